/* test-calendar.c — Solar Hijri dates, against dates known for sure, and
 * Persian digits kept apart from what separates a line's parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

#include "cherish-calendar.h"
#include "cherish-customer-row.h"
#include "cherish-test-util.h"
#include "cherish-widget-util.h"

static void
test_conversion (void)
{
  static const struct { int y, m, d, py, pm, pd; } cases[] = {
    { 2020, 3, 20, 1399, 1, 1 },    /* Nowruz 1399 */
    { 2021, 3, 20, 1399, 12, 30 },  /* 1399 is a leap year: 30 Esfand */
    { 2021, 3, 21, 1400, 1, 1 },
    { 2024, 3, 20, 1403, 1, 1 },    /* Nowruz 1403 */
    { 2025, 3, 20, 1403, 12, 30 },  /* 1403 is a leap year */
    { 2025, 3, 21, 1404, 1, 1 },    /* Nowruz 1404 */
    { 2026, 11, 24, 1405, 9, 3 },
    { 2029, 3, 19, 1407, 12, 29 },  /* 1407 is not: 29 Esfand is its last day */
    { 2029, 3, 20, 1408, 1, 1 },
    { 2030, 3, 20, 1408, 12, 30 },  /* 1408 is a leap year */
    { 2030, 3, 21, 1409, 1, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int py, pm, pd;

      g_assert_true (cherish_calendar_to_persian (cases[i].y, cases[i].m, cases[i].d,
                                                  &py, &pm, &pd));
      if (py != cases[i].py || pm != cases[i].pm || pd != cases[i].pd)
        g_error ("%d-%02d-%02d: %d/%d/%d, expected %d/%d/%d", cases[i].y, cases[i].m, cases[i].d,
                 py, pm, pd, cases[i].py, cases[i].pm, cases[i].pd);
    }
}

static void
test_format (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *gregorian = NULL;
  g_autofree char *persian = NULL;
  g_autofree char *time_text = NULL;
  g_autoptr(GTimeZone) tehran = g_time_zone_new_identifier ("Asia/Tehran");
  g_autoptr(GDateTime) when = g_date_time_new (tehran, 2026, 11, 24, 14, 30, 0);

  if (g_str_has_prefix (g_getenv ("LANGUAGE") ?: "", "fa"))
    {
      g_test_skip ("English names are checked with LANGUAGE=en");
      return;
    }

  g_settings_set_string (settings, "calendar", "gregorian");
  gregorian = cherish_calendar_format_iso ("2026-11-24");
  g_assert_cmpstr (gregorian, ==, "24 November 2026");

  g_settings_set_string (settings, "calendar", "persian");
  persian = cherish_calendar_format_iso ("2026-11-24");
  g_assert_cmpstr (persian, ==, "3 Azar 1405");
  g_assert_false (g_strcmp0 (persian, gregorian) == 0);
  time_text = cherish_calendar_format_local (when);
  g_assert_cmpstr (time_text, ==, "3 Azar 1405, 14:30");

  /* A year-less day, as it falls this year; not a date: shown as it is;
   * nothing: nothing. */
  {
    g_autofree char *yearless = cherish_calendar_format_iso ("--08-03");
    g_autofree char *odd = cherish_calendar_format_iso ("--13-24");

    g_assert_true (g_str_equal (yearless, "12 Mordad") || g_str_equal (yearless, "13 Mordad"));
    g_assert_cmpstr (odd, ==, "--13-24");
    g_assert_null (cherish_calendar_format_iso (NULL));
  }

  /* Digits stay as they are in English. */
  {
    g_autofree char *digits = cherish_calendar_digits ("11 visits");

    g_assert_cmpstr (digits, ==, "11 visits");
  }

  /* Automatic follows the language. */
  g_settings_set_string (settings, "calendar", "automatic");
  g_assert_cmpint (cherish_calendar_uses_persian (), ==,
                   g_str_has_prefix (g_getenv ("LANGUAGE") ?: "", "fa"));
}

/* Run with LANGUAGE=fa (the calendar-fa test): Persian names and digits. */
static void
test_persian_language (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *date = NULL;
  g_autofree char *digits = NULL;

  if (!g_str_has_prefix (g_getenv ("LANGUAGE") ?: "", "fa"))
    {
      g_test_skip ("needs LANGUAGE=fa");
      return;
    }

  g_settings_set_string (settings, "calendar", "automatic");
  g_assert_true (cherish_calendar_uses_persian ());
  date = cherish_calendar_format_iso ("2026-11-24");
  g_assert_cmpstr (date, ==, "۳ آذر ۱۴۰۵");
  digits = cherish_calendar_digits ("11 visits");
  g_assert_cmpstr (digits, ==, "۱۱ visits");

  /* Parts of a line are not set apart by a middle dot, which beside
   * Persian digits reads as a zero ("۲ هفته پیش · ۲۰" as "۲۰۰"). */
  g_assert_cmpstr (cherish_separator (), ==, "؛ ");
  {
    g_autoptr(CherishClock) clock = cherish_test_clock_at ("2026-11-24T10:00:00+03:30");
    g_autoptr(CherishCustomer) customer = g_object_new (CHERISH_TYPE_CUSTOMER, "display-name", "Sara",
                                                        "last-visit-at", "2026-11-10T10:00:00Z",
                                                        "visit-count", 20, NULL);
    g_autofree char *subtitle = NULL;
    g_autofree char *when = NULL;
    g_autofree char *shown = NULL;

    cherish_customer_row_describe (customer, clock, &subtitle, &when);
    shown = cherish_calendar_digits (subtitle);
    g_assert_null (strstr (shown, "·"));
    g_assert_nonnull (strstr (shown, "؛ ۲۰"));
  }
}

int
main (int   argc,
      char *argv[])
{
  cherish_test_speak_language ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar/persian-language", test_persian_language);
  g_test_add_func ("/calendar/persian-conversion", test_conversion);
  g_test_add_func ("/calendar/format", test_format);

  return g_test_run ();
}
