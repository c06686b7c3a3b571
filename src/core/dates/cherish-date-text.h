/* cherish-date-text.h — dates as people write them, in either calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CHERISH_CALENDAR_GREGORIAN,
  CHERISH_CALENDAR_PERSIAN,     /* Solar Hijri */
} CherishCalendarSystem;

/* Which comes first in a date whose year is written last. */
typedef enum
{
  CHERISH_DATE_ORDER_UNKNOWN,
  CHERISH_DATE_ORDER_DMY,
  CHERISH_DATE_ORDER_MDY,
} CherishDateOrder;

/* What a column of dates was seen to hold (cherish_date_survey()). */
typedef enum
{
  CHERISH_DATE_SEEN_YMD       = 1 << 0,
  CHERISH_DATE_SEEN_YEAR_LAST = 1 << 1,
  CHERISH_DATE_SEEN_NAMED     = 1 << 2,
  CHERISH_DATE_SEEN_NO_YEAR   = 1 << 3,
  CHERISH_DATE_SEEN_SERIAL    = 1 << 4,
} CherishDateSeen;

/**
 * CherishDateReading:
 * @calendar: the calendar of numbers whose year does not tell (year-less
 *   ones) — and of all of them when @only_calendar is set
 * @only_calendar: the year does not choose the calendar (1365 is then
 *   refused in the Gregorian one, not read as Solar Hijri)
 * @order: day/month or month/day, for dates with the year last
 * @serials: whole numbers are spreadsheet serial days (1 = 1900-01-01)
 * @today: a year-less Solar Hijri date is kept as the Gregorian day it
 *   falls on in this year
 *
 * How to read dates. A month's name says its calendar; otherwise a year
 * between 1278 and 1600 is Solar Hijri and a later one Gregorian.
 */
typedef struct
{
  CherishCalendarSystem calendar;
  gboolean              only_calendar;
  CherishDateOrder      order;
  gboolean              serials;
  GDate                 today;
} CherishDateReading;

void     cherish_date_reading_init     (CherishDateReading        *reading,
                                        CherishCalendarSystem      calendar,
                                        CherishDateOrder           order,
                                        const GDate               *today);
gboolean cherish_date_read             (const CherishDateReading  *reading,
                                        const char                *text,
                                        gboolean                   year_optional,
                                        char                     **iso,
                                        GError                   **error);
CherishDateSeen cherish_date_survey    (CherishDateReading        *reading,
                                        const char * const        *values,
                                        guint                      n_values,
                                        gboolean                  *needs_order);
char    *cherish_date_reading_describe (const CherishDateReading  *reading,
                                        CherishDateSeen            seen);
char    *cherish_date_write            (const char                *iso,
                                        CherishCalendarSystem      calendar,
                                        const GDate               *today);
gboolean cherish_date_iso_to_calendar  (const char                *iso,
                                        CherishCalendarSystem      calendar,
                                        const GDate               *today,
                                        int                       *year,
                                        int                       *month,
                                        int                       *day);

G_END_DECLS
