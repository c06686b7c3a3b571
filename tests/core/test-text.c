/* test-text.c — folding, search queries, dates and the clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cherish-clock.h"
#include "cherish-date.h"
#include "cherish-error.h"
#include "cherish-money.h"
#include "cherish-text.h"

static void
test_fold (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "Sára", "sara" },
    { "  ZOË   van\tDijk ", "zoe van dijk" },
    { "Straße", "strasse" },
    { "Ångström", "angstrom" },
    { "كيان يزدي", "کیان یزدی" },          /* Arabic kaf and yeh → Persian */
    { "مُحَمَّد", "محمد" },                  /* harakat dropped */
    { "آرش", "ارش" },                       /* madda dropped */
    { "فاطمة", "فاطمه" },                   /* teh marbuta → heh */
    { "محمد‌رضا", "محمد رضا" },             /* ZWNJ is a word break */
    { "سلامـــت", "سلامت" },                /* tatweel dropped */
    { "۰۹۱۲ ٣٤٥", "0912 345" },             /* Persian and Arabic digits */
    { "ﷺ", "صلی الله علیه وسلم" },          /* compatibility forms decomposed */
    { "", "" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = cherish_text_fold (cases[i].in);

      g_assert_cmpstr (folded, ==, cases[i].out);
    }

  /* Invalid UTF-8 folds to nothing rather than to garbage. */
  {
    g_autofree char *folded = cherish_text_fold ("abc\xff");

    g_assert_cmpstr (folded, ==, "");
  }
}

static void
test_phone_key (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "0912 345 6789", "09123456789 9123456789" },   /* the last ten are the same */
    { "+98 912 345 6789", "989123456789 9123456789" },
    { "(021) 8888-1234", "02188881234 2188881234" },
    { "۰۹۱۲۳۴۵", "0912345 912345" },
    { "12345", "12345" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = cherish_text_phone_key (cases[i].in);

      g_assert_cmpstr (key, ==, cases[i].out);
    }
}

static void
test_fts_query (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "sara", "{name contact} : (\"sara\"*)" },
    { "Sára  Lind", "{name contact} : (\"sara\"* \"lind\"*)" },
    { "a\"b OR c*", "{name contact} : (\"a\"* \"b\"* \"or\"* \"c\"*)" },
    { "sara@example.com", "{name contact} : (\"sara\"* \"example\"* \"com\"*)" },
    { "0912 345", "contact : \"912345\"* OR name : \"0912345\"*" },
    { "+98 (912)", "contact : \"98912\"* OR name : \"98912\"*" },
    { "000", "contact : \"0\"* OR name : \"000\"*" },
    { "", NULL },
    { "  -- ", NULL },
    { NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *query = cherish_text_fts_query (cases[i].in, CHERISH_SEARCH_FTS5);

      g_assert_cmpstr (query, ==, cases[i].out);
    }
}

/* One word, the customers it finds whose name does not start with it,
 * and those whose name does; nothing for a phone number or several
 * words. */
static void
test_fts_query_spread (void)
{
  static const struct { const char *in; const char *out; const char *starts; const char *word; } cases[] = {
    { "Sára", "{name contact} : (\"sara\"*) NOT name : ^ \"sara\"*", "name : ^ \"sara\"*", "sara" },
    { " زهرا ", "{name contact} : (\"زهرا\"*) NOT name : ^ \"زهرا\"*", "name : ^ \"زهرا\"*", "زهرا" },
    { "o'", "{name contact} : (\"o\"*) NOT name : ^ \"o\"*", "name : ^ \"o\"*", "o" },
    { "Sára Lind", NULL, NULL, NULL },
    { "0912 345", NULL, NULL, NULL },
    { "  -- ", NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *word = NULL;
      g_autofree char *query = cherish_text_fts_query_spread (cases[i].in, &word);
      g_autofree char *starts = cherish_text_fts_query_name_starts (cases[i].in);
      g_autofree char *alone = cherish_text_search_word (cases[i].in);

      g_assert_cmpstr (query, ==, cases[i].out);
      g_assert_cmpstr (starts, ==, cases[i].starts);
      g_assert_cmpstr (word, ==, cases[i].word);
      g_assert_cmpstr (alone, ==, cases[i].word);
    }
}

/* The same words in PostgreSQL's language: every word starts a word (of
 * the name or the contact, or of the likes: two vectors). */
static void
test_tsquery (void)
{
  g_autofree char *words = cherish_text_fts_query ("Sára O'Brien", CHERISH_SEARCH_TSQUERY);
  g_autofree char *phone = cherish_text_fts_query ("0912 345", CHERISH_SEARCH_TSQUERY);
  g_autofree char *likes = cherish_text_fts_query_likes ("Green tea", CHERISH_SEARCH_TSQUERY);
  g_autofree char *none = cherish_text_fts_query ("  -- ", CHERISH_SEARCH_TSQUERY);

  g_assert_cmpstr (words, ==, "'sara':* & 'o':* & 'brien':*");
  g_assert_cmpstr (phone, ==, "'912345':* | '0912345':*");
  g_assert_cmpstr (likes, ==, "'green':* & 'tea':*");
  g_assert_null (none);
}

static void
test_split_lines (void)
{
  g_auto(GStrv) items = cherish_text_split_lines (" tea, coffee \n\n cake،شیرینی ");
  g_auto(GStrv) none = cherish_text_split_lines (NULL);

  g_assert_cmpstrv (items, ((const char *[]) { "tea", "coffee", "cake", "شیرینی", NULL }));
  g_assert_cmpuint (g_strv_length (none), ==, 0);
}

static void
test_date_parse (void)
{
  static const struct { const char *in; gboolean ok; const char *message_part; } cases[] = {
    { "2024-02-29", TRUE, NULL },
    { "2025-02-28", TRUE, NULL },
    { "۲۰۲۴-۰۳-۲۰", TRUE, NULL },
    { " 2024-03-20 ", TRUE, NULL },
    { "2025-02-29", FALSE, "February 2025 has 28 days" },
    { "2025-02-30", FALSE, "February 2025 has 28 days" },
    { "2025-04-31", FALSE, "April 2025 has 30 days" },
    { "2025-00-10", FALSE, "no month 0" },
    { "2025-1-1", FALSE, "year-month-day" },
    { "20250101", FALSE, "year-month-day" },
    { "2025-01-01T10:00", FALSE, "year-month-day" },
    { "1899-12-31", FALSE, "between 1900 and 2200" },
    { "", FALSE, "year-month-day" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;
      gboolean ok = cherish_date_parse (cases[i].in, &date, &error);

      g_assert_cmpint (ok, ==, cases[i].ok);
      if (!ok)
        {
          g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
          if (g_strstr_len (error->message, -1, cases[i].message_part) == NULL)
            g_error ("“%s”: “%s” lacks “%s”", cases[i].in, error->message, cases[i].message_part);
        }
    }

  {
    GDate date;
    g_autofree char *text = NULL;

    g_date_clear (&date, 1);
    g_date_set_dmy (&date, 5, 3, 2024);
    text = cherish_date_format (&date);
    g_assert_cmpstr (text, ==, "2024-03-05");
  }
}

static void
test_next_yearly (void)
{
  static const struct { int month, day; const char *today; const char *next; } cases[] = {
    { 2, 29, "2025-03-01", "2026-02-28" },   /* common year: the 28th */
    { 2, 29, "2027-12-31", "2028-02-29" },   /* leap year: the 29th */
    { 2, 29, "2025-02-28", "2025-02-28" },   /* today */
    { 12, 31, "2025-12-31", "2025-12-31" },
    { 1, 1, "2025-12-31", "2026-01-01" },    /* over the year's end */
    { 6, 15, "2025-06-16", "2026-06-15" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;
      GDate today, next;

      g_assert_true (cherish_date_parse (cases[i].today, &today, NULL));
      cherish_date_next_yearly (cases[i].month, cases[i].day, &today, &next);
      text = cherish_date_format (&next);
      g_assert_cmpstr (text, ==, cases[i].next);
    }
}

static void
test_birthday_parse (void)
{
  static const struct { const char *in; gboolean ok; int year, month, day; } cases[] = {
    { "--02-29", TRUE, 0, 2, 29 },
    { "--12-31", TRUE, 0, 12, 31 },
    { "1990-07-14", TRUE, 1990, 7, 14 },
    { "--02-30", FALSE, 0, 0, 0 },
    { "--04-31", FALSE, 0, 0, 0 },
    { "--2-3", FALSE, 0, 0, 0 },
    { "1991-02-29", FALSE, 0, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      int year = -1, month = -1, day = -1;
      gboolean ok = cherish_birthday_parse (cases[i].in, &year, &month, &day, &error);

      g_assert_cmpint (ok, ==, cases[i].ok);
      if (ok)
        {
          g_assert_cmpint (year, ==, cases[i].year);
          g_assert_cmpint (month, ==, cases[i].month);
          g_assert_cmpint (day, ==, cases[i].day);
        }
      else
        g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
    }
}

static void
test_timestamps (void)
{
  g_autoptr(GDateTime) tehran = g_date_time_new_from_iso8601 ("2025-03-20T23:30:00+03:30", NULL);
  g_autofree char *text = cherish_timestamp_format (tehran);
  g_autoptr(GDateTime) back = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (text, ==, "2025-03-20T20:00:00Z");
  back = cherish_timestamp_parse (text, &error);
  g_assert_no_error (error);
  g_assert_true (g_date_time_equal (back, tehran));

  g_assert_null (cherish_timestamp_parse ("2025-03-20 20:00", &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
}

static void
test_describe (void)
{
  static const struct { const char *when; const char *text; } cases[] = {
    { "2025-03-20T20:31:00Z", "Today" },           /* 00:01 on the 21st in Tehran */
    { "2025-03-20T20:29:00Z", "Yesterday" },       /* 23:59 on the 20th in Tehran */
    { "2025-03-16T10:00:00Z", "5 days ago" },
    { "2025-03-07T10:00:00Z", "2 weeks ago" },
    { "2025-01-01T10:00:00Z", "2 months ago" },
    { "2022-03-01T10:00:00Z", "3 years ago" },
    { "2025-03-22T10:00:00Z", "Today" },           /* a clock slightly behind */
  };
  g_autoptr(GTimeZone) tehran = g_time_zone_new_identifier ("Asia/Tehran");
  g_autoptr(GDateTime) now = g_date_time_new (tehran, 2025, 3, 21, 9, 0, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = cherish_timestamp_describe (cases[i].when, now);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
  g_assert_null (cherish_timestamp_describe ("garbage", now));
}

static void
test_money (void)
{
  static const struct { const char *text; const char *currency; gint64 amount; const char *field; } cases[] = {
    { "1250000", "IRR", 1250000, NULL },
    { "1,250,000", "IRR", 1250000, NULL },
    { "۱۲۵۰۰۰۰", "IRR", 1250000, NULL },
    { "۱٬۲۵۰٬۰۰۰", "IRR", 1250000, NULL },
    { "12.5", "EUR", 1250, NULL },
    { "12.50", "EUR", 1250, NULL },
    { "12", "EUR", 1200, NULL },
    { "0", "EUR", 0, NULL },
    { "12.345", "EUR", 0, "amount" },
    { "12.5", "IRR", 0, "amount" },
    { "-5", "EUR", 0, "amount" },
    { "ten", "EUR", 0, "amount" },
    { "", "EUR", 0, "amount" },
    { "99999999999999999999", "IRR", 0, "amount" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 amount = -1;
      gboolean ok = cherish_money_parse (cases[i].text, cases[i].currency, &amount, &error);

      if (cases[i].field == NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpint (amount, ==, cases[i].amount);
        }
      else
        {
          g_assert_false (ok);
          g_assert_cmpstr (cherish_error_get_field (error), ==, cases[i].field);
        }
    }

  {
    g_autofree char *irr = cherish_money_format (1250000, "IRR");
    g_autofree char *eur = cherish_money_format (123456, "EUR");
    g_autofree char *small = cherish_money_format (5, "EUR");

    g_assert_cmpstr (irr, ==, "1,250,000 IRR");
    g_assert_cmpstr (eur, ==, "1,234.56 EUR");
    g_assert_cmpstr (small, ==, "0.05 EUR");
  }
}

/* Numbers in decimal, as printf writes them, at both ends of gint64. */
static void
test_append_int (void)
{
  const gint64 numbers[] = { 0, 7, -7, 1234567890, -90, G_MAXINT64, G_MININT64 };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autoptr(GString) out = g_string_new ("key:");
      g_autofree char *expected = g_strdup_printf ("key:%" G_GINT64_FORMAT, numbers[i]);

      cherish_text_append_int (out, numbers[i]);
      g_assert_cmpstr (out->str, ==, expected);
    }
}

static void
test_clock (void)
{
  g_autoptr(CherishClock) tehran = NULL;
  g_autoptr(CherishClock) system = cherish_clock_new_system ();
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) real = g_date_time_new_now_local ();
  g_autoptr(GTimeZone) zone = NULL;
  GDate today;

  /* 22:00 UTC on 31 December is already New Year's Day in Tehran. */
  {
    g_autoptr(GDateTime) instant = g_date_time_new_from_iso8601 ("2025-12-31T22:00:00Z", NULL);
    g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Tehran");
    g_autoptr(GDateTime) local = g_date_time_to_timezone (instant, tz);

    tehran = cherish_clock_new_fixed (local);
  }
  g_assert_true (cherish_clock_is_fixed (tehran));
  cherish_clock_get_today (tehran, &today);
  g_assert_cmpint (g_date_get_year (&today), ==, 2026);
  g_assert_cmpint (g_date_get_month (&today), ==, 1);
  g_assert_cmpint (g_date_get_day (&today), ==, 1);
  zone = cherish_clock_get_timezone (tehran);
  g_assert_cmpstr (g_time_zone_get_identifier (zone), ==, "Asia/Tehran");

  /* Two hours earlier it is 23:30 on 31 December there. */
  cherish_clock_advance (tehran, -2 * G_TIME_SPAN_HOUR);
  cherish_clock_get_today (tehran, &today);
  g_assert_cmpint (g_date_get_year (&today), ==, 2025);

  now = cherish_clock_get_now_utc (tehran);
  g_assert_cmpint (g_date_time_get_hour (now), ==, 20);

  /* The system clock follows real time. */
  g_assert_false (cherish_clock_is_fixed (system));
  g_clear_pointer (&now, g_date_time_unref);
  now = cherish_clock_get_now (system);
  g_assert_cmpint (ABS (g_date_time_difference (now, real)), <, 60 * G_TIME_SPAN_SECOND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/fold", test_fold);
  g_test_add_func ("/text/phone-key", test_phone_key);
  g_test_add_func ("/text/fts-query", test_fts_query);
  g_test_add_func ("/text/append-int", test_append_int);
  g_test_add_func ("/text/fts-query-spread", test_fts_query_spread);
  g_test_add_func ("/text/tsquery", test_tsquery);
  g_test_add_func ("/text/split-lines", test_split_lines);
  g_test_add_func ("/date/parse", test_date_parse);
  g_test_add_func ("/date/birthday", test_birthday_parse);
  g_test_add_func ("/date/next-yearly", test_next_yearly);
  g_test_add_func ("/date/timestamps", test_timestamps);
  g_test_add_func ("/date/describe", test_describe);
  g_test_add_func ("/money/parse-and-format", test_money);
  g_test_add_func ("/clock/fixed-and-system", test_clock);

  return g_test_run ();
}
