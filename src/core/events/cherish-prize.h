/* cherish-prize.h — a prize handed out at an event (plain value, no SQL)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CHERISH_TYPE_PRIZE (cherish_prize_get_type ())

G_DECLARE_FINAL_TYPE (CherishPrize, cherish_prize, CHERISH, PRIZE, GObject)

CherishPrize *cherish_prize_copy          (CherishPrize *self);
gint64        cherish_prize_get_id        (CherishPrize *self);
gint64        cherish_prize_get_event_id  (CherishPrize *self);
const char   *cherish_prize_get_name      (CherishPrize *self);
gint64        cherish_prize_get_quantity  (CherishPrize *self);
gint64        cherish_prize_get_remaining (CherishPrize *self);

G_END_DECLS
