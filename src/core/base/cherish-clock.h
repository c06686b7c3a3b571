/* cherish-clock.h — the one place "now" comes from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CHERISH_TYPE_CLOCK (cherish_clock_get_type ())

G_DECLARE_FINAL_TYPE (CherishClock, cherish_clock, CHERISH, CLOCK, GObject)

CherishClock *cherish_clock_new_system   (void);
CherishClock *cherish_clock_new_fixed    (GDateTime    *now);
gboolean      cherish_clock_is_fixed     (CherishClock *self);
GDateTime    *cherish_clock_get_now      (CherishClock *self);
GDateTime    *cherish_clock_get_now_utc  (CherishClock *self);
void          cherish_clock_get_today    (CherishClock *self,
                                          GDate        *today);
GTimeZone    *cherish_clock_get_timezone (CherishClock *self);
void          cherish_clock_set_now      (CherishClock *self,
                                          GDateTime    *now);
void          cherish_clock_advance      (CherishClock *self,
                                          GTimeSpan     span);

G_END_DECLS
