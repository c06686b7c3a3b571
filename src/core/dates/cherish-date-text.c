/* cherish-date-text.c — dates as people write them, in either calendar
 *
 * A manager types, and a spreadsheet holds, dates in many forms: ISO
 * 2024-03-20, 20/03/2024, 3/20/2024, 20.03.2024, 1403/01/01 (Solar Hijri),
 * "1 Farvardin 1403", "۱ فروردین ۱۴۰۳", "3 Aug 1986", "August 3, 1986",
 * year-less birthdays ("--05-17", "17 May", "۱۲ مرداد") and spreadsheet
 * serial days (31480). Persian and Arabic-Indic digits read as Latin ones.
 * Each is read into the ISO text Cherish stores ("YYYY-MM-DD", a
 * year-less day as "--MM-DD"), or refused with the rule it breaks, told
 * in its own calendar ("Esfand 1404 has 29 days"). Two-digit years are
 * refused: "86" could be of two centuries.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-date-text"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cherish-date.h"
#include "cherish-date-parts.h"
#include "cherish-date-text.h"
#include "cherish-error.h"
#include "cherish-persian-date.h"
#include "cherish-text.h"

/* Below this a year is Solar Hijri. */
#define PERSIAN_BELOW 1601
/* The largest spreadsheet serial day read (9999-12-31). */
#define MAX_SERIAL 2958465

/* ------------------------------------------------------------------ */
/* Reading                                                             */
/* ------------------------------------------------------------------ */

/**
 * cherish_date_reading_init:
 * @order: for dates written with the year last; UNKNOWN to accept only
 *   those whose numbers tell
 * @today: the shop's today
 */
void
cherish_date_reading_init (CherishDateReading    *reading,
                           CherishCalendarSystem  calendar,
                           CherishDateOrder       order,
                           const GDate           *today)
{
  memset (reading, 0, sizeof *reading);
  reading->calendar = calendar;
  reading->order = order;
  reading->today = *today;
}

static void
set_not_a_date (GError                **error,
                const char             *text,
                CherishCalendarSystem   calendar)
{
  if (calendar == CHERISH_CALENDAR_PERSIAN)
    g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                 /* Translators: keep the example dates as they are in your language */
                 _("“%s” is not a date; write it like 1403/01/01 or 1 Farvardin 1403."), text);
  else
    g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                 _("“%s” is not a date; write it like 2024-03-20 or 20 March 2024."), text);
}

static gboolean
two_digit_year (const char  *text,
                GError     **error)
{
  g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
               _("“%s”: write the year in full, with four digits; a two-digit year could be of two centuries."),
               text);
  return FALSE;
}

/* Day and month of two numbers whose order the reading or the numbers tell. */
static gboolean
day_and_month (const CherishDateReading  *reading,
               const char                *text,
               int                        first,
               int                        second,
               int                       *month,
               int                       *day,
               GError                   **error)
{
  CherishDateOrder order = reading->order;

  if (first > 12 && second <= 12)
    order = CHERISH_DATE_ORDER_DMY;
  else if (second > 12 && first <= 12)
    order = CHERISH_DATE_ORDER_MDY;
  else if (first == second)
    order = CHERISH_DATE_ORDER_DMY;
  if (order == CHERISH_DATE_ORDER_UNKNOWN)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                   _("“%s” could be day/month or month/day: say which these dates use."), text);
      return FALSE;
    }
  *day = order == CHERISH_DATE_ORDER_DMY ? first : second;
  *month = order == CHERISH_DATE_ORDER_DMY ? second : first;
  return TRUE;
}

/* The Gregorian day of a year-less Solar Hijri one, as it falls this year
 * (30 Esfand: in the last leap year). */
static void
persian_no_year (const CherishDateReading *reading,
                 int                       month,
                 int                       day,
                 GDate                    *date)
{
  int year, m, d;

  if (!cherish_persian_from_gregorian (&reading->today, &year, &m, &d))
    year = 1404;
  while (!cherish_persian_to_gregorian (year, month, day, date))
    year--;
}

static gboolean
from_serial (const char  *text,
             int          serial,
             char       **iso,
             GError     **error)
{
  GDate date;

  /* Day 1 is 1900-01-01, and spreadsheets count a 29 February 1900 that
   * never was: from day 61 on, day 0 is 1899-12-30. */
  if (serial < 1 || serial > MAX_SERIAL || serial == 60)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                   _("“%s” is not a date: a spreadsheet's day number runs from 1 (1 January 1900)."), text);
      return FALSE;
    }
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 31, 12, 1899);
  g_date_add_days (&date, serial < 60 ? serial : serial - 1);
  if (!cherish_date_check_year (text, CHERISH_CALENDAR_GREGORIAN, g_date_get_year (&date), error))
    return FALSE;
  *iso = cherish_date_format (&date);
  return TRUE;
}

/**
 * cherish_date_read:
 * @text: a date as typed or found in a file
 * @year_optional: a year-less day (a birthday) is allowed
 * @iso: (out) (transfer full) (nullable): "YYYY-MM-DD", or "--MM-DD" for a
 *   year-less day; %NULL for an empty text (or a spreadsheet's "0/0/00")
 *
 * Returns: %TRUE if @text is empty or a date; else %FALSE with @error
 *   saying which rule it breaks
 */
gboolean
cherish_date_read (const CherishDateReading  *reading,
                   const char                *text,
                   gboolean                   year_optional,
                   char                     **iso,
                   GError                   **error)
{
  g_autofree char *folded = cherish_text_fold (text);
  CherishCalendarSystem calendar = reading->calendar;
  int year = 0, month = 0, day = 0;
  int year_index = -1;
  CherishDateParts parts;
  GDate date;

  *iso = NULL;
  g_strstrip (folded);
  if (*folded == '\0')
    return TRUE;
  cherish_date_parts_split (folded, &parts);

  if (parts.month == 0 && parts.n > 0 && !parts.stray)
    {
      gboolean zero = TRUE;

      for (guint i = 0; i < parts.n; i++)
        zero &= parts.number[i] == 0;
      if (zero && parts.n > 1)
        return TRUE;   /* Outlook's "0/0/00": no date */
    }

  if (parts.stray || parts.n == 0)
    {
      set_not_a_date (error, text, calendar);
      return FALSE;
    }

  if (parts.month != 0)
    {
      /* "12 Mordad 1365", "August 3, 1986", "17 May" */
      calendar = parts.month_calendar;
      month = parts.month;
      if (parts.n > 2)
        {
          set_not_a_date (error, text, calendar);
          return FALSE;
        }
      if (parts.n == 2)
        {
          year_index = parts.digits[0] >= 3 ? 0 : 1;
          if (parts.digits[year_index] < 3)
            return two_digit_year (text, error);
          if (parts.digits[1 - year_index] > 2)
            {
              set_not_a_date (error, text, calendar);
              return FALSE;
            }
          year = parts.number[year_index];
          day = parts.number[1 - year_index];
        }
      else
        {
          if (parts.digits[0] > 2)
            {
              g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                           _("“%s” is not a whole date: a day is missing."), text);
              return FALSE;
            }
          day = parts.number[0];
        }
    }
  else if (parts.n == 1)
    {
      if (reading->serials && parts.digits[0] <= 7)
        return from_serial (text, parts.number[0], iso, error);
      set_not_a_date (error, text, calendar);
      return FALSE;
    }
  else if (parts.n == 3)
    {
      if (parts.digits[0] == 4)
        {
          /* 2024-03-20, 1403/01/01 */
          year = parts.number[0];
          month = parts.number[1];
          day = parts.number[2];
          if (parts.digits[1] > 2 || parts.digits[2] > 2)
            {
              set_not_a_date (error, text, calendar);
              return FALSE;
            }
        }
      else if (parts.digits[2] == 4)
        {
          /* 20/03/2024, 3/20/2024, 20.03.2024 */
          if (parts.digits[0] > 2 || parts.digits[1] > 2)
            {
              set_not_a_date (error, text, calendar);
              return FALSE;
            }
          year = parts.number[2];
          if (!day_and_month (reading, text, parts.number[0], parts.number[1], &month, &day, error))
            return FALSE;
        }
      else if (parts.digits[0] <= 2 && parts.digits[1] <= 2 && parts.digits[2] <= 2)
        return two_digit_year (text, error);
      else
        {
          set_not_a_date (error, text, calendar);
          return FALSE;
        }
    }
  else
    {
      /* Two numbers: a year-less day, "--05-17", "05-17", "17/05" */
      if (parts.digits[0] > 2 || parts.digits[1] > 2)
        {
          g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                       _("“%s” is not a whole date: a day is missing."), text);
          return FALSE;
        }
      if (parts.dashes || strchr (folded, '-') != NULL || calendar == CHERISH_CALENDAR_PERSIAN)
        {
          month = parts.number[0];
          day = parts.number[1];
        }
      else if (!day_and_month (reading, text, parts.number[0], parts.number[1], &month, &day, error))
        return FALSE;
    }

  /* The year says the calendar of a date written in numbers. */
  if (year != 0 && parts.month == 0 && !reading->only_calendar)
    calendar = year < PERSIAN_BELOW ? CHERISH_CALENDAR_PERSIAN : CHERISH_CALENDAR_GREGORIAN;
  if (year == 0 && !year_optional)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID, _("“%s” needs a year."), text);
      return FALSE;
    }
  if ((year != 0 && !cherish_date_check_year (text, calendar, year, error)) ||
      !cherish_date_check_month_day (text, calendar, year, month, day, error))
    return FALSE;

  if (calendar == CHERISH_CALENDAR_GREGORIAN)
    *iso = year != 0 ? g_strdup_printf ("%04d-%02d-%02d", year, month, day)
                     : g_strdup_printf ("--%02d-%02d", month, day);
  else if (year != 0)
    {
      cherish_persian_to_gregorian (year, month, day, &date);
      *iso = cherish_date_format (&date);
    }
  else
    {
      persian_no_year (reading, month, day, &date);
      *iso = g_strdup_printf ("--%02d-%02d", g_date_get_month (&date), g_date_get_day (&date));
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* A column of dates                                                   */
/* ------------------------------------------------------------------ */

/**
 * cherish_date_survey:
 * @reading: (inout): how to read them; its calendar (unless
 *   only_calendar), order (unless given) and serials are set from @values
 * @needs_order: (out): some dates could be day/month or month/day and
 *   none of them tells
 *
 * Looks at a column of dates as a whole: years between 1278 and 1600 make
 * it Solar Hijri (its year-less days too); a first number above 12 makes
 * it day/month, a second one month/day; whole numbers only, some above
 * 31, are a spreadsheet's serial days.
 *
 * Returns: the forms seen
 */
CherishDateSeen
cherish_date_survey (CherishDateReading *reading,
                     const char * const *values,
                     guint               n_values,
                     gboolean           *needs_order)
{
  CherishDateSeen seen = 0;
  guint persian = 0, gregorian = 0, dmy = 0, mdy = 0, either = 0, plain = 0, others = 0;
  gboolean large = FALSE;

  for (guint i = 0; i < n_values; i++)
    {
      g_autofree char *folded = cherish_text_fold (values[i]);
      CherishDateParts parts;
      int year = 0;

      g_strstrip (folded);
      if (*folded == '\0')
        continue;
      cherish_date_parts_split (folded, &parts);
      if (parts.stray)
        continue;
      if (parts.month != 0)
        {
          seen |= parts.n == 2 ? CHERISH_DATE_SEEN_NAMED : CHERISH_DATE_SEEN_NO_YEAR;
          if (parts.month_calendar == CHERISH_CALENDAR_PERSIAN)
            persian++;
          else
            gregorian++;
          continue;
        }
      if (parts.n == 1)
        {
          plain++;
          large |= parts.number[0] > 31;
          continue;
        }
      others++;
      if (parts.n == 2)
        seen |= CHERISH_DATE_SEEN_NO_YEAR;
      else if (parts.digits[0] == 4)
        {
          seen |= CHERISH_DATE_SEEN_YMD;
          year = parts.number[0];
        }
      else if (parts.digits[2] == 4)
        {
          seen |= CHERISH_DATE_SEEN_YEAR_LAST;
          year = parts.number[2];
          if (parts.number[0] > 12 && parts.number[1] <= 12)
            dmy++;
          else if (parts.number[1] > 12 && parts.number[0] <= 12)
            mdy++;
          else if (parts.number[0] != parts.number[1])
            either++;
        }
      if (year > 0 && year < PERSIAN_BELOW)
        persian++;
      else if (year > 0)
        gregorian++;
    }

  if (!reading->only_calendar && persian + gregorian > 0)
    reading->calendar = persian > gregorian ? CHERISH_CALENDAR_PERSIAN : CHERISH_CALENDAR_GREGORIAN;
  if (reading->order == CHERISH_DATE_ORDER_UNKNOWN && (dmy > 0) != (mdy > 0))
    reading->order = dmy > 0 ? CHERISH_DATE_ORDER_DMY : CHERISH_DATE_ORDER_MDY;
  reading->serials = plain > 0 && others == 0 && large;
  if (reading->serials)
    seen |= CHERISH_DATE_SEEN_SERIAL;
  *needs_order = reading->order == CHERISH_DATE_ORDER_UNKNOWN && either > 0 && dmy + mdy == 0;
  return seen;
}

/**
 * cherish_date_reading_describe:
 *
 * Returns: (transfer full): how a column was read, for the manager:
 *   "Solar Hijri; year/month/day", "Gregorian; day/month/year"…
 */
char *
cherish_date_reading_describe (const CherishDateReading *reading,
                               CherishDateSeen           seen)
{
  g_autoptr(GPtrArray) forms = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  if (seen == 0)
    return g_strdup (_("no dates"));
  if (seen & CHERISH_DATE_SEEN_SERIAL)
    return g_strdup (_("spreadsheet day numbers"));
  if (seen & CHERISH_DATE_SEEN_YMD)
    g_ptr_array_add (forms, _("year/month/day"));
  if (seen & CHERISH_DATE_SEEN_YEAR_LAST)
    g_ptr_array_add (forms, reading->order == CHERISH_DATE_ORDER_MDY ? _("month/day/year")
                            : reading->order == CHERISH_DATE_ORDER_DMY ? _("day/month/year")
                            : _("day and month in an order not known yet"));
  if (seen & CHERISH_DATE_SEEN_NAMED)
    g_ptr_array_add (forms, _("with the month's name"));
  if (seen & CHERISH_DATE_SEEN_NO_YEAR)
    g_ptr_array_add (forms, _("some without a year"));
  g_ptr_array_add (forms, NULL);
  /* Translators: separates the forms dates were found in */
  joined = g_strjoinv (_(", "), (char **) forms->pdata);
  /* Translators: how a column of dates was read: its calendar, then the forms found */
  return g_strdup_printf (_("%s; %s"),
                          reading->calendar == CHERISH_CALENDAR_PERSIAN ? _("Solar Hijri") : _("Gregorian"),
                          joined);
}

/* ------------------------------------------------------------------ */
/* Writing                                                             */
/* ------------------------------------------------------------------ */

/**
 * cherish_date_iso_to_calendar:
 * @iso: a stored date, "YYYY-MM-DD" or "--MM-DD"
 * @today: a year-less day is converted as it falls in this year
 * @year: (out): 0 for a year-less day
 *
 * Returns: %TRUE if @iso is a stored date
 */
gboolean
cherish_date_iso_to_calendar (const char            *iso,
                              CherishCalendarSystem  calendar,
                              const GDate           *today,
                              int                   *year,
                              int                   *month,
                              int                   *day)
{
  GDate date;
  int y, m, d;

  if (iso == NULL || !cherish_birthday_parse (iso, &y, &m, &d, NULL))
    return FALSE;
  if (calendar == CHERISH_CALENDAR_GREGORIAN)
    {
      *year = y, *month = m, *day = d;
      return TRUE;
    }
  /* 29 February of a year-less birthday: as in the last leap year */
  cherish_date_in_year (iso, g_date_get_year (today), &date);
  if (!cherish_persian_from_gregorian (&date, year, month, day))
    return FALSE;
  if (y == 0)
    *year = 0;
  return TRUE;
}

/**
 * cherish_date_write:
 * @iso: (nullable): a stored date, "YYYY-MM-DD" or "--MM-DD"
 * @today: a year-less day is written as it falls in this year
 *
 * Writes a date for a file, in @calendar: ISO for the Gregorian one;
 * "1365/05/12" for the Solar Hijri one, a year-less day by its month's
 * name ("12 Mordad"). cherish_date_read() reads each back as it was.
 *
 * Returns: (transfer full) (nullable): the text; %NULL for %NULL, @iso
 *   itself if it is not a date
 */
char *
cherish_date_write (const char            *iso,
                    CherishCalendarSystem  calendar,
                    const GDate           *today)
{
  int year, month, day;

  if (iso == NULL)
    return NULL;
  if (calendar == CHERISH_CALENDAR_GREGORIAN ||
      !cherish_date_iso_to_calendar (iso, calendar, today, &year, &month, &day))
    return g_strdup (iso);
  if (year == 0)
    {
      CherishDateReading reading = { .today = *today };
      int no_year, gregorian_month, gregorian_day;
      GDate back;

      /* A day that falls elsewhere in another year (29 February) keeps
       * its Gregorian name. */
      persian_no_year (&reading, month, day, &back);
      if (cherish_date_read_stored (iso, &no_year, &gregorian_month, &gregorian_day) &&
          ((int) g_date_get_month (&back) != gregorian_month || (int) g_date_get_day (&back) != gregorian_day))
        return g_strdup_printf ("%d %s", gregorian_day, cherish_date_month_name (gregorian_month));
      return g_strdup_printf ("%d %s", day, cherish_persian_month_name (month));
    }
  return g_strdup_printf ("%04d/%02d/%02d", year, month, day);
}
