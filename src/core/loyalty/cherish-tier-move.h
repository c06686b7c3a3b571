/* cherish-tier-move.h — a customer who changed tier (plain value, no SQL)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CHERISH_TYPE_TIER_MOVE (cherish_tier_move_get_type ())

G_DECLARE_FINAL_TYPE (CherishTierMove, cherish_tier_move, CHERISH, TIER_MOVE, GObject)

CherishTierMove *cherish_tier_move_copy              (CherishTierMove *self);
gint64           cherish_tier_move_get_customer_id   (CherishTierMove *self);
const char      *cherish_tier_move_get_customer_name (CherishTierMove *self);
const char      *cherish_tier_move_get_from_tier     (CherishTierMove *self);
const char      *cherish_tier_move_get_to_tier       (CherishTierMove *self);
gboolean         cherish_tier_move_get_up            (CherishTierMove *self);

G_END_DECLS
