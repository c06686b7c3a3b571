/* test-date-text.c — the Solar Hijri calendar and dates as people write them
 *
 * The conversion (ICU) is checked on every day from 1900 to 2100, both
 * ways, against an independent algorithm written here: Kazimierz
 * Borkowski's, as the jalaali libraries use it, with its own Gregorian
 * day numbers (no GDate, no ICU).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "cherish-date.h"
#include "cherish-date-text.h"
#include "cherish-error.h"
#include "cherish-persian-date.h"

/* ------------------------------------------------------------------ */
/* The independent algorithm                                           */
/* ------------------------------------------------------------------ */

/* Division and remainder that truncate toward zero, as the algorithm
 * was written for. */
static long
tdiv (long a,
      long b)
{
  return a / b;
}

static long
tmod (long a,
      long b)
{
  return a - tdiv (a, b) * b;
}

/* Day number of a Gregorian date. */
static long
g2d (long gy,
     long gm,
     long gd)
{
  long d = tdiv ((gy + tdiv (gm - 8, 6) + 100100) * 1461, 4) + tdiv (153 * tmod (gm + 9, 12) + 2, 5) + gd -
           34840408;

  return d - tdiv (tdiv (gy + 100100 + tdiv (gm - 8, 6), 100) * 3, 4) + 752;
}

static void
d2g (long  jdn,
     long *gy,
     long *gm,
     long *gd)
{
  long j = 4 * jdn + 139361631, i;

  j = j + tdiv (tdiv (4 * jdn + 183187720, 146097) * 3, 4) * 4 - 3908;
  i = tdiv (tmod (j, 1461), 4) * 5 + 308;
  *gd = tdiv (tmod (i, 153), 5) + 1;
  *gm = tmod (tdiv (i, 153), 12) + 1;
  *gy = tdiv (j, 1461) - 100100 + tdiv (8 - *gm, 6);
}

/* Whether Solar Hijri year @jy is leap (0 if so), and the March day of
 * its first day in Gregorian year @gy. */
static void
jal_cal (long  jy,
         long *leap,
         long *gy,
         long *march)
{
  static const long breaks[] = { -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210,
                                 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178 };
  long leap_j = -14, jp = breaks[0], jump = 0, n, leap_g;

  *gy = jy + 621;
  for (guint i = 1; i < G_N_ELEMENTS (breaks); i++)
    {
      long jm = breaks[i];

      jump = jm - jp;
      if (jy < jm)
        break;
      leap_j += tdiv (jump, 33) * 8 + tdiv (tmod (jump, 33), 4);
      jp = jm;
    }
  n = jy - jp;
  leap_j += tdiv (n, 33) * 8 + tdiv (tmod (n, 33) + 3, 4);
  if (tmod (jump, 33) == 4 && jump - n == 4)
    leap_j++;
  leap_g = tdiv (*gy, 4) - tdiv ((tdiv (*gy, 100) + 1) * 3, 4) - 150;
  *march = 20 + leap_j - leap_g;
  if (jump - n < 6)
    n = n - jump + tdiv (jump + 4, 33) * 33;
  *leap = tmod (tmod (n + 1, 33) - 1, 4);
  if (*leap == -1)
    *leap = 4;
}

static void
d2j (long  jdn,
     long *jy,
     long *jm,
     long *jd)
{
  long gy, gm, gd, leap, march, k;

  d2g (jdn, &gy, &gm, &gd);
  *jy = gy - 621;
  jal_cal (*jy, &leap, &gy, &march);
  k = jdn - g2d (gy, 3, march);
  if (k >= 0)
    {
      if (k <= 185)
        {
          *jm = 1 + tdiv (k, 31);
          *jd = tmod (k, 31) + 1;
          return;
        }
      k -= 186;
    }
  else
    {
      (*jy)--;
      k += 179;
      if (leap == 1)
        k++;
    }
  *jm = 7 + tdiv (k, 30);
  *jd = tmod (k, 30) + 1;
}

static void
test_every_day (void)
{
  long first = g2d (1900, 1, 1), last = g2d (2100, 12, 31);
  guint esfand_30 = 0;

  for (long jdn = first; jdn <= last; jdn++)
    {
      long gy, gm, gd, jy, jm, jd;
      int y, m, d;
      GDate date, back;

      d2g (jdn, &gy, &gm, &gd);
      d2j (jdn, &jy, &jm, &jd);
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, (GDateDay) gd, (GDateMonth) gm, (GDateYear) gy);

      g_assert_true (cherish_persian_from_gregorian (&date, &y, &m, &d));
      if (y != jy || m != jm || d != jd)
        g_error ("%ld-%02ld-%02ld: Cherish says %d/%d/%d, the algorithm %ld/%ld/%ld", gy, gm, gd, y, m, d,
                 jy, jm, jd);
      g_assert_true (cherish_persian_to_gregorian ((int) jy, (int) jm, (int) jd, &back));
      g_assert_cmpint (g_date_compare (&back, &date), ==, 0);
      esfand_30 += jm == 12 && jd == 30;
    }
  /* About eight leap years in 33: some 49 in these two centuries. */
  g_assert_cmpuint (esfand_30, >=, 45);
  g_assert_cmpuint (esfand_30, <=, 52);
}

static void
test_leap_years (void)
{
  static const struct { int year; int esfand; } years[] = {
    { 1399, 30 }, { 1400, 29 }, { 1403, 30 }, { 1404, 29 }, { 1407, 29 }, { 1408, 30 },
  };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_assert_cmpint (cherish_persian_days_in_month (years[i].year, 12), ==, years[i].esfand);
      g_assert_cmpint (cherish_persian_is_leap_year (years[i].year), ==, years[i].esfand == 30);
      g_assert_cmpint (cherish_persian_to_gregorian (years[i].year, 12, 30, &date), ==, years[i].esfand == 30);
    }
  g_assert_cmpint (cherish_persian_days_in_month (1404, 1), ==, 31);
  g_assert_cmpint (cherish_persian_days_in_month (1404, 7), ==, 30);
  g_assert_false (cherish_persian_to_gregorian (1404, 13, 1, &date));
  g_assert_false (cherish_persian_to_gregorian (1199, 1, 1, &date));
}

/* ------------------------------------------------------------------ */
/* Every form of date                                                  */
/* ------------------------------------------------------------------ */

#define G CHERISH_CALENDAR_GREGORIAN
#define P CHERISH_CALENDAR_PERSIAN
#define DMY CHERISH_DATE_ORDER_DMY
#define MDY CHERISH_DATE_ORDER_MDY
#define ANY CHERISH_DATE_ORDER_UNKNOWN

static void
test_forms (void)
{
  static const struct
  {
    const char            *text;
    CherishCalendarSystem  calendar;
    CherishDateOrder       order;
    gboolean               year_optional;
    const char            *iso;       /* NULL: refused */
    const char            *because;   /* a part of the message */
  } cases[] = {
    /* ISO and year first */
    { "2024-03-20", G, ANY, FALSE, "2024-03-20", NULL },
    { "2015/03/01", G, ANY, FALSE, "2015-03-01", NULL },
    { "2015.3.1", G, ANY, FALSE, "2015-03-01", NULL },
    { " ۲۰۱۵/۰۳/۰۱ ", G, ANY, FALSE, "2015-03-01", NULL },
    /* Solar Hijri, by its years, whatever the calendar in use */
    { "1365/05/12", G, ANY, FALSE, "1986-08-03", NULL },
    { "۱۳۶۵/۰۵/۱۲", P, ANY, FALSE, "1986-08-03", NULL },
    { "١٣٧٠-٠١-٠١", P, ANY, FALSE, "1991-03-21", NULL },   /* Arabic-Indic digits */
    { "1370-01-01", G, ANY, FALSE, "1991-03-21", NULL },
    { "1403/12/30", P, ANY, FALSE, "2025-03-20", NULL },   /* Esfand 30 of a leap year */
    { "1404/12/30", P, ANY, FALSE, NULL, "Esfand 1404 has 29 days" },
    { "1404/12/29", P, ANY, FALSE, "2026-03-20", NULL },
    { "1404/07/31", P, ANY, FALSE, NULL, "Mehr 1404 has 30 days" },
    { "1404/13/01", P, ANY, FALSE, NULL, "no month 13" },
    { "1250/01/01", P, ANY, FALSE, NULL, "between 1278 and 1579" },
    /* Day and month, the year last */
    { "20/03/2024", G, ANY, FALSE, "2024-03-20", NULL },
    { "3/20/2024", G, ANY, FALSE, "2024-03-20", NULL },
    { "03/04/2020", G, DMY, FALSE, "2020-04-03", NULL },
    { "03/04/2020", G, MDY, FALSE, "2020-03-04", NULL },
    { "03/04/2020", G, ANY, FALSE, NULL, "day/month or month/day" },
    { "04/04/2020", G, ANY, FALSE, "2020-04-04", NULL },
    { "20.03.2024", G, ANY, FALSE, "2024-03-20", NULL },
    { "12/05/1365", P, DMY, FALSE, "1986-08-03", NULL },
    /* 29 February */
    { "2024-02-29", G, ANY, FALSE, "2024-02-29", NULL },
    { "29/02/2023", G, ANY, FALSE, NULL, "February 2023 has 28 days" },
    { "--02-29", G, ANY, TRUE, "--02-29", NULL },
    /* Months by name */
    { "12 Mordad 1365", G, ANY, FALSE, "1986-08-03", NULL },
    { "۱۲ مرداد ۱۳۶۵", G, ANY, FALSE, "1986-08-03", NULL },
    { "12 Amordad 1365", G, ANY, FALSE, "1986-08-03", NULL },
    { "3 Aug 1986", P, ANY, FALSE, "1986-08-03", NULL },
    { "3 Aug. 1986", P, ANY, FALSE, "1986-08-03", NULL },
    { "August 3, 1986", G, ANY, FALSE, "1986-08-03", NULL },
    { "August 3rd, 1986", G, ANY, FALSE, "1986-08-03", NULL },
    { "1986 august 3", G, ANY, FALSE, "1986-08-03", NULL },
    { "۳ اوت ۱۹۸۶", P, ANY, FALSE, "1986-08-03", NULL },
    { "30 Esfand 1403", G, ANY, FALSE, "2025-03-20", NULL },
    { "30 Esfand 1404", G, ANY, FALSE, NULL, "Esfand 1404 has 29 days" },
    { "31 April 2024", G, ANY, FALSE, NULL, "April 2024 has 30 days" },
    /* Year-less */
    { "--05-17", G, ANY, TRUE, "--05-17", NULL },
    { "05-17", G, ANY, TRUE, "--05-17", NULL },
    { "17 May", G, ANY, TRUE, "--05-17", NULL },
    { "May 17", G, ANY, TRUE, "--05-17", NULL },
    { "17/05", G, ANY, TRUE, "--05-17", NULL },
    { "۱۲ مرداد", G, ANY, TRUE, "--08-03", NULL },
    { "05/12", P, ANY, TRUE, "--08-03", NULL },
    { "30 Esfand", G, ANY, TRUE, "--03-20", NULL },        /* as in the last leap year */
    { "31 Esfand", G, ANY, TRUE, NULL, "Esfand has 30 days" },
    { "17 May", G, ANY, FALSE, NULL, "needs a year" },
    { "30 February", G, ANY, TRUE, NULL, "February has 29 days" },
    /* Refused with a reason */
    { "3/8/86", G, DMY, FALSE, NULL, "four digits" },
    { "3 Aug 86", G, ANY, FALSE, NULL, "four digits" },
    { "1986/08", G, ANY, TRUE, NULL, "a day is missing" },
    { "Aug 1986", G, ANY, TRUE, NULL, "a day is missing" },
    { "tomorrow", G, ANY, FALSE, NULL, "like 2024-03-20" },
    { "farda", P, ANY, FALSE, NULL, "like 1403/01/01" },
    { "1899-12-31", G, ANY, FALSE, NULL, "between 1900 and 2200" },
    { "2024-03-20T10:00", G, ANY, FALSE, NULL, "is not a date" },
    { "31480", G, ANY, FALSE, NULL, "is not a date" },     /* a serial only in a column of them */
    /* Empty, and Outlook's "no date" */
    { "", G, ANY, FALSE, NULL, NULL },
    { "0/0/00", G, MDY, TRUE, NULL, NULL },
  };
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 29, 11, 2026);   /* 8 Azar 1405 */
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CherishDateReading reading;
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;
      gboolean ok;

      cherish_date_reading_init (&reading, cases[i].calendar, cases[i].order, &today);
      ok = cherish_date_read (&reading, cases[i].text, cases[i].year_optional, &iso, &error);
      if (cases[i].iso != NULL && (!ok || g_strcmp0 (iso, cases[i].iso) != 0))
        g_error ("“%s”: expected %s, got %s (%s)", cases[i].text, cases[i].iso, iso,
                 error != NULL ? error->message : "");
      if (cases[i].iso == NULL && cases[i].because == NULL)
        {
          g_assert_true (ok);
          g_assert_null (iso);
        }
      if (cases[i].because != NULL)
        {
          if (ok)
            g_error ("“%s”: expected a refusal, got %s", cases[i].text, iso);
          g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
          if (strstr (error->message, cases[i].because) == NULL)
            g_error ("“%s”: “%s” does not say “%s”", cases[i].text, error->message, cases[i].because);
          g_assert_null (iso);
        }
    }
}

static void
test_only_calendar (void)
{
  CherishDateReading reading;
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 29, 11, 2026);
  cherish_date_reading_init (&reading, G, ANY, &today);
  reading.only_calendar = TRUE;
  g_assert_false (cherish_date_read (&reading, "1365/05/12", FALSE, &iso, &error));
  g_assert_nonnull (strstr (error->message, "between 1900 and 2200"));
}

static void
survey (const char * const   *values,
        CherishCalendarSystem calendar,
        CherishCalendarSystem expected_calendar,
        CherishDateOrder      expected_order,
        gboolean              expected_serials,
        gboolean              expected_needs_order)
{
  CherishDateReading reading;
  gboolean needs_order;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 29, 11, 2026);
  cherish_date_reading_init (&reading, calendar, ANY, &today);
  cherish_date_survey (&reading, values, g_strv_length ((char **) values), &needs_order);
  g_assert_cmpint (reading.calendar, ==, expected_calendar);
  g_assert_cmpint (reading.order, ==, expected_order);
  g_assert_cmpint (reading.serials, ==, expected_serials);
  g_assert_cmpint (needs_order, ==, expected_needs_order);
}

static void
test_survey (void)
{
  const char *persian[] = { "1365/05/12", "", "1370/1/1", "05/12", NULL };
  const char *dmy[] = { "03/04/2020", "25/12/1990", "01/01/2000", NULL };
  const char *mdy[] = { "3/4/2020", "12/25/1990", "0/0/00", NULL };
  const char *unknown[] = { "03/04/2020", "01/02/1990", NULL };
  const char *serials[] = { "31480", "7", "", "45000", NULL };
  const char *days[] = { "7", "12", NULL };
  const char *persian_named[] = { "12 Mordad", "1 Farvardin", NULL };

  survey (persian, G, P, ANY, FALSE, FALSE);
  survey (dmy, G, G, DMY, FALSE, FALSE);
  survey (mdy, G, G, MDY, FALSE, FALSE);
  survey (unknown, G, G, ANY, FALSE, TRUE);
  survey (serials, G, G, ANY, TRUE, FALSE);
  survey (days, G, G, ANY, FALSE, FALSE);
  survey (persian_named, G, P, ANY, FALSE, FALSE);
}

static void
test_serials (void)
{
  static const struct { const char *text; const char *iso; } cases[] = {
    { "1", "1900-01-01" }, { "59", "1900-02-28" }, { "61", "1900-03-01" },
    { "31480", "1986-03-09" }, { "45000", "2023-03-15" }, { "۴۵۰۰۰", "2023-03-15" },
  };
  CherishDateReading reading;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 29, 11, 2026);
  cherish_date_reading_init (&reading, G, ANY, &today);
  reading.serials = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = NULL;

      g_assert_true (cherish_date_read (&reading, cases[i].text, FALSE, &iso, NULL));
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

/* What is written in a calendar reads back as it was. */
static void
test_write_read_back (void)
{
  const char *dates[] = { "1986-08-03", "2025-03-20", "2024-02-29", "1900-01-01", "2100-12-31",
                          "--08-03", "--03-20", "--02-29", "--12-31", "--01-01", NULL };
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 29, 11, 2026);
  for (guint c = 0; c < 2; c++)
    for (guint i = 0; dates[i] != NULL; i++)
      {
        CherishDateReading reading;
        g_autofree char *written = cherish_date_write (dates[i], c, &today);
        g_autofree char *iso = NULL;
        g_autoptr(GError) error = NULL;

        /* Read with no hint of the calendar, as another shop's import would. */
        cherish_date_reading_init (&reading, G, ANY, &today);
        if (!cherish_date_read (&reading, written, TRUE, &iso, &error))
          g_error ("%s → “%s”: %s", dates[i], written, error->message);
        g_assert_cmpstr (iso, ==, dates[i]);
      }
  {
    g_autofree char *written = cherish_date_write ("1986-08-03", P, &today);

    g_assert_cmpstr (written, ==, "1365/05/12");
  }
}

/* A stored day placed in a year: a year-less one in that year, or in the
 * last year before it that has it. */
static void
test_in_year (void)
{
  static const struct { const char *stored; int year; const char *iso; } cases[] = {
    { "--08-03", 2026, "2026-08-03" }, { "--02-29", 2026, "2024-02-29" }, { "--02-29", 2028, "2028-02-29" },
    { "1986-08-03", 2026, "1986-08-03" }, { "--13-01", 2026, NULL }, { "tomorrow", 2026, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate date;
      g_autofree char *iso = NULL;

      if (cases[i].iso == NULL)
        {
          g_assert_false (cherish_date_in_year (cases[i].stored, cases[i].year, &date));
          continue;
        }
      g_assert_true (cherish_date_in_year (cases[i].stored, cases[i].year, &date));
      iso = cherish_date_format (&date);
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

/* The stored form, "YYYY-MM-DD", read (ASCII at once, other digits
 * folded) and written back by hand. */
static void
test_iso (void)
{
  static const struct { const char *text; const char *iso; } cases[] = {
    { "2024-03-20", "2024-03-20" },
    { "۲۰۲۴-۰۳-۲۰", "2024-03-20" },         /* Persian digits */
    { "٢٠٢٤-٠٣-٢٠", "2024-03-20" },         /* Arabic digits */
    { "2024-02-29", "2024-02-29" },
    { "1900-01-01", "1900-01-01" },
    { "0001-01-01", NULL },          /* not a plausible year */
    { "2023-02-29", NULL },
    { "2024-3-20", NULL },
    { "2024/03/20", NULL },
    { "2024-03-2x", NULL },
    { "", NULL },
  };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;

      if (cases[i].iso == NULL)
        {
          g_assert_false (cherish_date_parse (cases[i].text, &date, &error));
          g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
          continue;
        }
      if (!cherish_date_parse (cases[i].text, &date, &error))
        g_error ("%s: %s", cases[i].text, error->message);
      iso = cherish_date_format (&date);
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 31, 12, 10000);
  {
    g_autofree char *iso = cherish_date_format (&date);

    g_assert_cmpstr (iso, ==, "10000-12-31");
  }
}

/* The numbers of a stored date, as lists read thousands of them. */
static void
test_read_stored (void)
{
  static const struct { const char *text; int year, month, day; } cases[] = {
    { "2024-02-29", 2024, 2, 29 },
    { "--05-04", 0, 5, 4 },
    { "1900-1-2", 1900, 1, 2 },
    { "2024-03-20T08:30:00Z", 2024, 3, 20 },   /* what follows is not read */
    { "2024/03/20", -1 },
    { "--05", -1 },
    { "-05-04", -1 },
    { "2024-03-", -1 },
    { "۲۰۲۴-۰۳-۲۰", -1 },                       /* never stored so */
    { "", -1 },
    { NULL, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int year = -1, month = -1, day = -1;
      gboolean read = cherish_date_read_stored (cases[i].text, &year, &month, &day);

      g_assert_cmpint (read, ==, cases[i].year >= 0);
      if (!read)
        continue;
      g_assert_cmpint (year, ==, cases[i].year);
      g_assert_cmpint (month, ==, cases[i].month);
      g_assert_cmpint (day, ==, cases[i].day);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date-text/persian/every-day", test_every_day);
  g_test_add_func ("/date-text/persian/leap-years", test_leap_years);
  g_test_add_func ("/date-text/forms", test_forms);
  g_test_add_func ("/date-text/only-calendar", test_only_calendar);
  g_test_add_func ("/date-text/survey", test_survey);
  g_test_add_func ("/date-text/serials", test_serials);
  g_test_add_func ("/date-text/write-read-back", test_write_read_back);
  g_test_add_func ("/date-text/in-year", test_in_year);
  g_test_add_func ("/date-text/iso", test_iso);
  g_test_add_func ("/date-text/read-stored", test_read_stored);

  return g_test_run ();
}
