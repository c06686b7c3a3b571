/* cherish-persian-date.h — the Solar Hijri calendar, both ways
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The Solar Hijri years Cherish converts (Gregorian 1821–2421). */
#define CHERISH_PERSIAN_MIN_YEAR 1200
#define CHERISH_PERSIAN_MAX_YEAR 1799

gboolean    cherish_persian_from_gregorian    (const GDate *date,
                                               int         *year,
                                               int         *month,
                                               int         *day);
gboolean    cherish_persian_to_gregorian      (int          year,
                                               int          month,
                                               int          day,
                                               GDate       *date);
int         cherish_persian_days_in_month     (int          year,
                                               int          month);
gboolean    cherish_persian_is_leap_year      (int          year);
const char *cherish_persian_month_name        (int          month);

G_END_DECLS
