/* cherish-date.c — strict ISO-8601 dates and timestamps
 *
 * Dates are stored as "YYYY-MM-DD", a birthday without a year as "--MM-DD"
 * (the ISO 8601 / vCard form), and instants as UTC "YYYY-MM-DDTHH:MM:SSZ",
 * so that text order is time order in every index. Parsing is strict and
 * says what is wrong: "2025-02-30" is not a date, and the message says why.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-date"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cherish-date.h"
#include "cherish-date-parts.h"
#include "cherish-error.h"
#include "cherish-text.h"

/**
 * cherish_date_month_name:
 * @month: 1 to 12
 *
 * Returns: (transfer none): the Gregorian month's name, translated
 */
const char *
cherish_date_month_name (int month)
{
  static const char *names[] = {
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"),
    N_("December"),
  };

  return _(names[month - 1]);
}

static gboolean
parse_digits (const char *p,
              guint       n,
              int        *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      *value = *value * 10 + (p[i] - '0');
    }
  return TRUE;
}

/* @text as "YYYY-MM-DD" in ASCII digits. */
static gboolean
parse_iso (const char *text,
           int        *year,
           int        *month,
           int        *day)
{
  return strlen (text) == 10 && text[4] == '-' && text[7] == '-' &&
         parse_digits (text, 4, year) && parse_digits (text + 5, 2, month) &&
         parse_digits (text + 8, 2, day);
}

/* The digits at *@p, moved past. */
static gboolean
read_number (const char **p,
             int         *value)
{
  const char *s = *p;
  int v = 0;

  if (!g_ascii_isdigit (*s))
    return FALSE;
  for (; g_ascii_isdigit (*s); s++)
    {
      if (v > 99999)
        return FALSE;
      v = v * 10 + (*s - '0');
    }
  *value = v;
  *p = s;
  return TRUE;
}

/**
 * cherish_date_read_stored:
 * @stored: a date as the database keeps it: "YYYY-MM-DD", or "--MM-DD"
 *   for a day without its year
 * @year: (out): the year, 0 without one
 *
 * Reads a stored date's numbers, and nothing more: not whether they make
 * a date. For the many dates a list reads at once (sscanf () was a tenth
 * of the Insights' work at 100,000 customers).
 *
 * Returns: %TRUE if @stored has that shape
 */
gboolean
cherish_date_read_stored (const char *stored,
                          int        *year,
                          int        *month,
                          int        *day)
{
  const char *p = stored;

  *year = 0;
  if (p == NULL)
    return FALSE;
  if (p[0] == '-' && p[1] == '-')
    p += 2;
  else if (!read_number (&p, year) || *p++ != '-')
    return FALSE;
  return read_number (&p, month) && *p++ == '-' && read_number (&p, day);
}

/**
 * cherish_date_parse:
 * @text: "YYYY-MM-DD" (Persian or Arabic digits are read as well)
 * @date: (out caller-allocates): the date
 *
 * Returns: %TRUE if @text is a real calendar date
 */
gboolean
cherish_date_parse (const char  *text,
                    GDate       *date,
                    GError     **error)
{
  int year, month, day;

  /* Folded (Persian or Arabic digits to ASCII) only when needed: the
   * dates the database gives back are ASCII, 13,000 of them at a time. */
  if (text == NULL || !parse_iso (text, &year, &month, &day))
    {
      g_autofree char *folded = cherish_text_fold (text);

      if (folded == NULL || !parse_iso (folded, &year, &month, &day))
        {
          g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                       _("“%s” is not a date; write it as year-month-day, like 2024-03-20."),
                       text != NULL ? text : "");
          return FALSE;
        }
    }

  if (!cherish_date_check_year (text, CHERISH_CALENDAR_GREGORIAN, year, error) || !cherish_date_check_month_day (text, CHERISH_CALENDAR_GREGORIAN, year, month, day, error))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/**
 * cherish_date_format:
 *
 * Returns: (transfer full): @date as "YYYY-MM-DD"
 */
char *
cherish_date_format (const GDate *date)
{
  guint year, month, day;
  char *text;

  g_return_val_if_fail (g_date_valid (date), NULL);

  year = g_date_get_year (date);
  month = g_date_get_month (date);
  day = g_date_get_day (date);
  if (year > 9999)
    return g_strdup_printf ("%u-%02u-%02u", year, month, day);

  /* By hand: printf took a tenth of the time of working out 13,000
   * reminders, most of it for their dates and keys. */
  text = g_malloc (11);
  text[0] = '0' + year / 1000;
  text[1] = '0' + year / 100 % 10;
  text[2] = '0' + year / 10 % 10;
  text[3] = '0' + year % 10;
  text[4] = '-';
  text[5] = '0' + month / 10;
  text[6] = '0' + month % 10;
  text[7] = '-';
  text[8] = '0' + day / 10;
  text[9] = '0' + day % 10;
  text[10] = '\0';
  return text;
}

/**
 * cherish_date_next_yearly:
 * @next: (out caller-allocates): the first day on or after @today that is
 *   @month/@day; a 29 February is celebrated on the 28th in common years
 */
void
cherish_date_next_yearly (int          month,
                          int          day,
                          const GDate *today,
                          GDate       *next)
{
  int year = g_date_get_year (today);

  for (;; year++)
    {
      int d = MIN (day, (int) g_date_get_days_in_month (month, year));

      g_date_clear (next, 1);
      g_date_set_dmy (next, d, month, year);
      if (g_date_compare (next, today) >= 0)
        return;
    }
}

/**
 * cherish_birthday_parse:
 * @text: "YYYY-MM-DD", or "--MM-DD" when the year is not known
 * @year: (out): the year, or 0 when not known
 *
 * Returns: %TRUE if @text is a possible birthday
 */
gboolean
cherish_birthday_parse (const char  *text,
                        int         *year,
                        int         *month,
                        int         *day,
                        GError     **error)
{
  g_autofree char *folded = cherish_text_fold (text);

  if (g_str_has_prefix (folded, "--"))
    {
      if (strlen (folded) != 7 || folded[4] != '-' ||
          !parse_digits (folded + 2, 2, month) || !parse_digits (folded + 5, 2, day))
        {
          g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                       _("“%s” is not a birthday; write year-month-day, or --month-day "
                         "when the year is not known, like --03-20."), text);
          return FALSE;
        }
      *year = 0;
      return cherish_date_check_month_day (text, CHERISH_CALENDAR_GREGORIAN, 0, *month, *day, error);
    }
  else
    {
      GDate date;

      if (!cherish_date_parse (text, &date, error))
        return FALSE;
      *year = g_date_get_year (&date);
      *month = g_date_get_month (&date);
      *day = g_date_get_day (&date);
      return TRUE;
    }
}

/**
 * cherish_date_in_year:
 * @stored: a stored date, "YYYY-MM-DD", or a year-less day "--MM-DD"
 * @year: the year a year-less day is placed in
 * @date: (out caller-allocates): the date; a year-less day in @year, or in
 *   the last year before it that has it (29 February)
 *
 * Returns: %TRUE if @stored is a stored date
 */
gboolean
cherish_date_in_year (const char *stored,
                      int         year,
                      GDate      *date)
{
  int y, m, d;

  if (stored == NULL || !cherish_birthday_parse (stored, &y, &m, &d, NULL))
    return FALSE;
  if (y == 0)
    for (y = year; !g_date_valid_dmy (d, m, y); y--)
      ;
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/**
 * cherish_timestamp_format:
 *
 * Returns: (transfer full): @when in UTC as "YYYY-MM-DDTHH:MM:SSZ"
 */
char *
cherish_timestamp_format (GDateTime *when)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (when != NULL, NULL);

  utc = g_date_time_to_utc (when);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * cherish_timestamp_parse:
 * @text: an ISO 8601 date and time with a zone ("Z" or an offset)
 *
 * Returns: (transfer full) (nullable): the instant
 */
GDateTime *
cherish_timestamp_parse (const char  *text,
                         GError     **error)
{
  GDateTime *when = NULL;
  int year;

  if (text != NULL)
    when = g_date_time_new_from_iso8601 (text, NULL);

  if (when == NULL)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                   _("“%s” is not a date and time with a time zone, like "
                     "2024-03-20T14:30:00Z."), text != NULL ? text : "");
      return NULL;
    }

  year = g_date_time_get_year (when);
  if (!cherish_date_check_year (text, CHERISH_CALENDAR_GREGORIAN, year, error))
    g_clear_pointer (&when, g_date_time_unref);

  return when;
}

/**
 * cherish_timestamp_to_local:
 * @timestamp: a stored instant
 * @zone: the shop's time zone
 *
 * Returns: (transfer full) (nullable): @timestamp as a moment in @zone, or
 *   %NULL if it is not a timestamp
 */
GDateTime *
cherish_timestamp_to_local (const char *timestamp,
                            GTimeZone  *zone)
{
  g_autoptr(GDateTime) when = cherish_timestamp_parse (timestamp, NULL);

  return when != NULL ? g_date_time_to_timezone (when, zone) : NULL;
}

static void
date_set_from (GDate     *day,
               GDateTime *when)
{
  int y, m, d;

  g_date_time_get_ymd (when, &y, &m, &d);
  g_date_clear (day, 1);
  g_date_set_dmy (day, d, m, y);
}

/**
 * cherish_timestamp_local_day:
 * @timestamp: a stored instant
 * @zone: the shop's time zone
 * @day: (out caller-allocates): the day it falls on in @zone
 *
 * Returns: %FALSE (and @day cleared) if @timestamp is not a timestamp
 */
gboolean
cherish_timestamp_local_day (const char *timestamp,
                             GTimeZone  *zone,
                             GDate      *day)
{
  g_autoptr(GDateTime) local = cherish_timestamp_to_local (timestamp, zone);

  g_date_clear (day, 1);
  if (local == NULL)
    return FALSE;
  date_set_from (day, local);
  return TRUE;
}

/**
 * cherish_timestamp_describe:
 * @timestamp: a stored instant
 * @now: the current instant, in the shop's time zone
 *
 * Says how long ago @timestamp was, in calendar days of the shop's time
 * zone: "Today", "Yesterday", "5 days ago", "3 weeks ago", "2 months ago",
 * "4 years ago".
 *
 * Returns: (transfer full) (nullable): the description, or %NULL if
 *   @timestamp is not a timestamp
 */
char *
cherish_timestamp_describe (const char *timestamp,
                            GDateTime  *now)
{
  GDate then_day, today;
  int days;

  if (!cherish_timestamp_local_day (timestamp, g_date_time_get_timezone (now), &then_day))
    return NULL;
  date_set_from (&today, now);
  days = g_date_days_between (&then_day, &today);

  if (days <= 0)
    return g_strdup (_("Today"));
  if (days == 1)
    return g_strdup (_("Yesterday"));
  if (days < 14)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago", days), days);
  if (days < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d week ago", "%d weeks ago", days / 7),
                            days / 7);
  if (days < 730)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month ago", "%d months ago",
                                         days / 30), days / 30);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year ago", "%d years ago", days / 365),
                          days / 365);
}
