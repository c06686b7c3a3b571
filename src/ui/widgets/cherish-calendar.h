/* cherish-calendar.h — dates as the manager reads them (Gregorian or Solar Hijri)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cherish-date-text.h"

G_BEGIN_DECLS

gboolean  cherish_calendar_to_persian     (int          year,
                                           int          month,
                                           int          day,
                                           int         *p_year,
                                           int         *p_month,
                                           int         *p_day);
gboolean  cherish_calendar_uses_persian   (void);
CherishCalendarSystem cherish_calendar_system (void);
char     *cherish_calendar_format_date    (const GDate *date);
char     *cherish_calendar_format_iso     (const char  *iso_date);
char     *cherish_calendar_format_local   (GDateTime   *when);
char     *cherish_calendar_format_timestamp (const char *timestamp,
                                            GTimeZone  *zone);
char     *cherish_calendar_digits         (const char  *text);
void      cherish_calendar_digits_in_values (GHashTable *values);
CherishDateOrder cherish_calendar_date_order (void);
GDateWeekday cherish_calendar_first_weekday (void);
char     *cherish_calendar_weekday_name   (GDateWeekday weekday);
char     *cherish_calendar_country_name   (const char  *code);
char     *cherish_calendar_month_title    (int          year,
                                           int          month);

G_END_DECLS
