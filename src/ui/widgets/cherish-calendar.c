/* cherish-calendar.c — dates as the manager reads them (Gregorian or Solar Hijri)
 *
 * Dates are stored as ISO text whatever the manager reads. Shown, they
 * follow the "calendar" setting: the Solar Hijri (Jalali) calendar, the
 * Gregorian one, or automatic (Solar Hijri when Cherish speaks Persian).
 * ICU does the conversion and the formatting, in the locale translators
 * name for dates (fa_IR gives Persian month names and digits).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-calendar"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <langinfo.h>
#include <string.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include "cherish-calendar.h"
#include "cherish-date.h"
#include "cherish-persian-date.h"

static const UChar utc[] = { 'U', 'T', 'C', 0 };

/* The locale dates are written in, as translators chose it. */
static const char *
date_locale (void)
{
  /* Translators: the ICU locale dates are written in, such as fa_IR or de_DE */
  return C_("ICU locale", "en_US");
}

/* Milliseconds of @year-@month-@day at noon, UTC, in the Gregorian calendar. */
static UDate
gregorian_noon (int year,
                int month,
                int day)
{
  UErrorCode status = U_ZERO_ERROR;
  UCalendar *calendar = ucal_open (utc, -1, "en_US@calendar=gregorian", UCAL_TRADITIONAL, &status);
  UDate when;

  ucal_clear (calendar);
  ucal_setDateTime (calendar, year, month - 1, day, 12, 0, 0, &status);
  when = ucal_getMillis (calendar, &status);
  ucal_close (calendar);
  return U_SUCCESS (status) ? when : 0;
}

/**
 * cherish_calendar_to_persian:
 *
 * Converts a Gregorian date to the Solar Hijri calendar.
 *
 * Returns: %TRUE on success
 */
gboolean
cherish_calendar_to_persian (int  year,
                             int  month,
                             int  day,
                             int *p_year,
                             int *p_month,
                             int *p_day)
{
  GDate date;

  if (!g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return cherish_persian_from_gregorian (&date, p_year, p_month, p_day);
}

/**
 * cherish_calendar_uses_persian:
 *
 * Returns: whether dates are shown in the Solar Hijri calendar
 */
gboolean
cherish_calendar_uses_persian (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *calendar = g_settings_get_string (settings, "calendar");

  if (g_strcmp0 (calendar, "persian") == 0)
    return TRUE;
  if (g_strcmp0 (calendar, "gregorian") == 0)
    return FALSE;
  return g_str_has_prefix (date_locale (), "fa");
}

/**
 * cherish_calendar_system:
 *
 * Returns: the calendar dates are shown and typed in
 */
CherishCalendarSystem
cherish_calendar_system (void)
{
  return cherish_calendar_uses_persian () ? CHERISH_CALENDAR_PERSIAN : CHERISH_CALENDAR_GREGORIAN;
}

static char *
format (UDate       when,
        const char *pattern)
{
  g_autofree char *locale = g_strdup_printf ("%s@calendar=%s", date_locale (),
                                             cherish_calendar_uses_persian () ? "persian"
                                                                              : "gregorian");
  UErrorCode status = U_ZERO_ERROR;
  UChar upattern[64], out[128];
  char utf8[512];
  UDateFormat *formatter;
  int32_t length;

  u_strFromUTF8 (upattern, G_N_ELEMENTS (upattern), NULL, pattern, -1, &status);
  formatter = udat_open (UDAT_PATTERN, UDAT_PATTERN, locale, utc, -1, upattern, -1, &status);
  length = udat_format (formatter, when, out, G_N_ELEMENTS (out), NULL, &status);
  udat_close (formatter);
  u_strToUTF8 (utf8, sizeof utf8, NULL, out, length, &status);

  return U_SUCCESS (status) ? g_strdup (utf8) : NULL;
}

/**
 * cherish_calendar_format_date:
 *
 * Returns: (transfer full): "3 Azar 1405", "۳ آذر ۱۴۰۵" or "24 November 2026"
 */
char *
cherish_calendar_format_date (const GDate *date)
{
  g_return_val_if_fail (g_date_valid (date), NULL);

  return format (gregorian_noon (g_date_get_year (date), g_date_get_month (date),
                                 g_date_get_day (date)), "d MMMM y");
}

/**
 * cherish_calendar_format_iso:
 * @iso_date: (nullable): a stored "YYYY-MM-DD"
 *
 * Returns: (transfer full) (nullable): the date as the manager reads it
 *   ("3 Azar 1405"; a year-less "--08-03": "12 Mordad"); %NULL for %NULL,
 *   the text itself if it is not a date
 */
char *
cherish_calendar_format_iso (const char *iso_date)
{
  GDate date;

  if (iso_date == NULL)
    return NULL;
  if (g_str_has_prefix (iso_date, "--"))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      /* A year-less day, as it falls this year: "3 August", "۱۲ مرداد" */
      if (!cherish_date_in_year (iso_date, g_date_time_get_year (now), &date))
        return g_strdup (iso_date);
      return format (gregorian_noon (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date)),
                     "d MMMM");
    }
  if (!cherish_date_parse (iso_date, &date, NULL))
    return g_strdup (iso_date);
  return cherish_calendar_format_date (&date);
}

/**
 * cherish_calendar_format_local:
 * @when: an instant, already in the shop's time zone
 *
 * Returns: (transfer full): its wall-clock date and time, "3 Azar 1405, 14:30"
 */
char *
cherish_calendar_format_local (GDateTime *when)
{
  UDate wall;

  g_return_val_if_fail (when != NULL, NULL);

  /* The wall-clock fields, written as if in UTC. */
  wall = gregorian_noon (g_date_time_get_year (when), g_date_time_get_month (when),
                         g_date_time_get_day_of_month (when)) +
         ((g_date_time_get_hour (when) - 12) * 3600.0 + g_date_time_get_minute (when) * 60.0) * 1000.0;

  /* Translators: ICU pattern of a visit's date and time */
  return format (wall, C_("ICU pattern", "d MMMM y, HH:mm"));
}

/**
 * cherish_calendar_format_timestamp:
 * @timestamp: a stored instant
 * @zone: the shop's time zone
 *
 * Returns: (transfer full): its wall-clock date and time in @zone, or a copy
 *   of @timestamp if it is not one
 */
char *
cherish_calendar_format_timestamp (const char *timestamp,
                                   GTimeZone  *zone)
{
  g_autoptr(GDateTime) local = cherish_timestamp_to_local (timestamp, zone);

  return local != NULL ? cherish_calendar_format_local (local) : g_strdup (timestamp);
}

/**
 * cherish_calendar_digits:
 * @text: (nullable): text with numbers in it, for reading (not for fields)
 *
 * Returns: (transfer full) (nullable): @text with Persian digits when
 *   dates are written in Persian, else a copy
 */
char *
cherish_calendar_digits (const char *text)
{
  GString *out;

  if (text == NULL || !g_str_has_prefix (date_locale (), "fa"))
    return g_strdup (text);

  out = g_string_sized_new (strlen (text) * 2);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_unichar (out, 0x06F0 + (*p - '0'));
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/**
 * cherish_calendar_date_order:
 *
 * Returns: how dates written with the year last are read: day/month in
 *   Persian and most places, month/day where the locale writes so
 */
CherishDateOrder
cherish_calendar_date_order (void)
{
  const char *format_of_dates = nl_langinfo (D_FMT);
  const char *day = strstr (format_of_dates, "%d");
  const char *month = strstr (format_of_dates, "%m");

  if (!cherish_calendar_uses_persian () && day != NULL && month != NULL && month < day)
    return CHERISH_DATE_ORDER_MDY;
  return CHERISH_DATE_ORDER_DMY;
}

/**
 * cherish_calendar_first_weekday:
 *
 * Returns: the day a week starts on in the month grid: Saturday in the
 *   Solar Hijri calendar, else as the locale of dates says
 */
GDateWeekday
cherish_calendar_first_weekday (void)
{
  UErrorCode status = U_ZERO_ERROR;
  UCalendar *calendar;
  int32_t first;

  if (cherish_calendar_uses_persian ())
    return G_DATE_SATURDAY;
  calendar = ucal_open (utc, -1, date_locale (), UCAL_GREGORIAN, &status);
  first = U_SUCCESS (status) ? ucal_getAttribute (calendar, UCAL_FIRST_DAY_OF_WEEK) : UCAL_MONDAY;
  ucal_close (calendar);
  /* ICU counts from Sunday = 1, GLib from Monday = 1 */
  return first == UCAL_SUNDAY ? G_DATE_SUNDAY : (GDateWeekday) (first - 1);
}

/**
 * cherish_calendar_weekday_name:
 *
 * Returns: (transfer full): the short name of @weekday in the language of
 *   dates, for a month grid's heading ("Sa", "ش")
 */
char *
cherish_calendar_weekday_name (GDateWeekday weekday)
{
  UErrorCode status = U_ZERO_ERROR;
  UDateFormat *formatter = udat_open (UDAT_NONE, UDAT_MEDIUM, date_locale (), utc, -1, NULL, 0, &status);
  UChar name[32];
  char utf8[128];
  int32_t length;

  /* ICU counts from Sunday = 1 */
  length = udat_getSymbols (formatter, UDAT_STANDALONE_SHORTER_WEEKDAYS, weekday == G_DATE_SUNDAY ? 1 : weekday + 1,
                            name, G_N_ELEMENTS (name), &status);
  udat_close (formatter);
  u_strToUTF8 (utf8, sizeof utf8, NULL, name, length, &status);
  return U_SUCCESS (status) ? g_strdup (utf8) : g_strdup ("");
}

/**
 * cherish_calendar_month_title:
 * @month: in the calendar in use
 *
 * Returns: (transfer full): "Azar 1405", "آذر ۱۴۰۵", "November 2026"
 */
char *
cherish_calendar_month_title (int year,
                              int month)
{
  g_autofree char *title = g_strdup_printf ("%s %d", cherish_calendar_uses_persian ()
                                                       ? cherish_persian_month_name (month)
                                                       : cherish_date_month_name (month), year);

  return cherish_calendar_digits (title);
}

/**
 * cherish_calendar_country_name:
 * @code: an ISO 3166 country, "IR"
 *
 * Returns: (transfer full): its name in the language of dates, "Iran", "ایران"
 */
char *
cherish_calendar_country_name (const char *code)
{
  g_autofree char *locale = g_strdup_printf ("und_%s", code);
  UErrorCode status = U_ZERO_ERROR;
  UChar name[128];
  char utf8[512];
  int32_t length;

  length = uloc_getDisplayCountry (locale, date_locale (), name, G_N_ELEMENTS (name), &status);
  u_strToUTF8 (utf8, sizeof utf8, NULL, name, length, &status);
  return U_SUCCESS (status) && length > 0 ? g_strdup (utf8) : g_strdup (code);
}

/**
 * cherish_calendar_digits_in_values:
 * @values: (element-type utf8 utf8): what a message fills in
 *
 * Writes each value's digits as the manager's language does ("۳۷ سال").
 */
void
cherish_calendar_digits_in_values (GHashTable *values)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_hash_table_iter_replace (&iter, cherish_calendar_digits (value));
}
