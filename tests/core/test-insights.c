/* test-insights.c — the shop's figures, on a shop where each is known
 *
 * Eight customers whose stories were written for these figures (a lapse
 * at exactly three times the usual gap and one a day longer, a month
 * nobody came back in, a customer with one visit, a visit at 1 a.m.
 * that UTC puts on the day before, a purchase in another currency, a
 * customer in the bin), two events (one without guests), care given and
 * points; the expected numbers were worked out by hand from the
 * definitions in cherish-insights-store.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cherish-database-private.h"
#include "cherish-insights-store.h"
#include "cherish-test-util.h"

typedef struct
{
  CherishTestShop       shop;
  CherishInsightsStore *store;
  CherishMilestoneRules rules;
} Fixture;

static void
sql (Fixture    *f,
     const char *text)
{
  g_autoptr(GError) error = NULL;

  cherish_database_exec (f->shop.db, text, &error);
  g_assert_no_error (error);
}

static void
customer (Fixture    *f,
          int         id,
          const char *name)
{
  g_autofree char *text = g_strdup_printf ("INSERT INTO customers (id, display_name, sort_key, created_at, "
                                           "updated_at) VALUES (%d, '%s', lower ('%s'), "
                                           "'2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')",
                                           id, name, name);

  sql (f, text);
}

/* A visit at noon, Tehran time (08:30 UTC), or at @local_time. */
static void
visit (Fixture    *f,
       int         customer_id,
       const char *day,
       const char *kind,
       int         amount,
       const char *currency)
{
  g_autofree char *amount_text = amount > 0 ? g_strdup_printf ("%d, '%s'", amount, currency)
                                            : g_strdup ("NULL, NULL");
  g_autofree char *at = strchr (day, 'T') != NULL ? g_strdup (day) : g_strdup_printf ("%sT08:30:00Z", day);
  g_autofree char *text = g_strdup_printf ("INSERT INTO visits (customer_id, at, kind, amount_minor, "
                                           "currency, created_at) VALUES (%d, '%s', '%s', %s, '%s')",
                                           customer_id, at, kind, amount_text, at);

  sql (f, text);
}

static void
build_shop (Fixture *f)
{
  customer (f, 1, "Anna");
  visit (f, 1, "2025-01-10", "purchase", 1000, "EUR");
  visit (f, 1, "2025-02-09", "purchase", 1000, "EUR");
  visit (f, 1, "2025-03-11", "purchase", 1000, "EUR");
  visit (f, 1, "2025-04-01", "phone", 0, NULL);         /* a call is not a visit */

  customer (f, 2, "Babak");                             /* one visit, lost 121 days on */
  visit (f, 2, "2025-01-05", "visit", 0, NULL);

  customer (f, 3, "Cyrus");                             /* away exactly 3 × 50 days: not lost */
  visit (f, 3, "2024-09-01", "visit", 0, NULL);
  visit (f, 3, "2024-10-21", "visit", 0, NULL);
  visit (f, 3, "2024-12-10", "visit", 0, NULL);
  visit (f, 3, "2025-05-09", "visit", 0, NULL);

  customer (f, 4, "Dara");                              /* a day longer: lost and back on 10 May */
  visit (f, 4, "2024-09-01", "visit", 0, NULL);
  visit (f, 4, "2024-10-21", "visit", 0, NULL);
  visit (f, 4, "2024-12-10", "visit", 0, NULL);
  visit (f, 4, "2025-05-10", "visit", 0, NULL);

  customer (f, 5, "Elham");
  visit (f, 5, "2025-04-05", "purchase", 2500, "EUR");
  visit (f, 5, "2025-04-19T21:30:00Z", "purchase", 1500, "EUR");   /* 20 April, 1 a.m. */
  visit (f, 5, "2025-06-01", "purchase", 999, "USD");

  customer (f, 6, "Farid");
  visit (f, 6, "2025-04-10", "visit", 0, NULL);

  customer (f, 7, "Golnar");
  visit (f, 7, "2025-05-02", "visit", 0, NULL);

  customer (f, 8, "Hana");                              /* in the bin: not counted */
  visit (f, 8, "2025-04-07", "purchase", 7000, "EUR");
  sql (f, "UPDATE customers SET deleted_at = '2025-06-01T00:00:00Z' WHERE id = 8");

  customer (f, 9, "Iraj");                              /* every Saturday since 3 May */
  for (int day = 3; day <= 45; day += 7)
    {
      g_autofree char *date = g_strdup_printf ("2025-%02d-%02d", day <= 31 ? 5 : 6,
                                               day <= 31 ? day : day - 31);

      visit (f, 9, date, "visit", 500, "EUR");
    }

  /* Events: one with guests, one without, one cancelled, one to come. */
  sql (f, "INSERT INTO events (id, title, starts_at, ends_at, status, created_at, updated_at) VALUES "
          "(1, 'Spring evening', '2025-04-12T14:30:00Z', '2025-04-12T17:30:00Z', 'done', '2025-03-01T00:00:00Z', '2025-03-01T00:00:00Z'),"
          "(2, 'Empty talk', '2025-05-05T08:30:00Z', '2025-05-05T09:30:00Z', 'done', '2025-03-01T00:00:00Z', '2025-03-01T00:00:00Z'),"
          "(3, 'Called off', '2025-05-20T08:30:00Z', '2025-05-20T09:30:00Z', 'cancelled', '2025-03-01T00:00:00Z', '2025-03-01T00:00:00Z'),"
          "(4, 'Summer fair', '2025-07-01T08:30:00Z', '2025-07-01T09:30:00Z', 'open', '2025-03-01T00:00:00Z', '2025-03-01T00:00:00Z')");
  sql (f, "INSERT INTO invitations (event_id, customer_id, status, checked_in_at, created_at, updated_at) VALUES "
          "(1, 5, 'attended', '2025-04-12T14:40:00Z', '2025-03-01T00:00:00Z', '2025-03-01T00:00:00Z'),"
          "(1, 6, 'no-show', NULL, '2025-03-01T00:00:00Z', '2025-03-01T00:00:00Z'),"
          "(1, 7, 'declined', NULL, '2025-03-01T00:00:00Z', '2025-03-01T00:00:00Z'),"
          "(3, 1, 'accepted', NULL, '2025-03-01T00:00:00Z', '2025-03-01T00:00:00Z')");

  /* Care: celebrations and follow-ups. */
  sql (f, "INSERT INTO celebrations (customer_id, kind, occasion_date, status, skip_reason, created_at, updated_at) VALUES "
          "(1, 'birthday', '2025-05-03', 'done', '', '2025-05-01T00:00:00Z', '2025-05-01T00:00:00Z'),"
          "(2, 'birthday', '2025-05-04', 'skipped', 'Away', '2025-05-01T00:00:00Z', '2025-05-01T00:00:00Z'),"
          "(3, 'birthday', '2025-05-05', 'planned', '', '2025-05-01T00:00:00Z', '2025-05-01T00:00:00Z'),"
          "(4, 'birthday', '2024-12-25', 'done', '', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z')");
  sql (f, "INSERT INTO follow_ups (customer_id, due_date, about, state, created_at, updated_at) VALUES "
          "(1, '2025-04-10', 'Call', 'done', '2025-04-01T00:00:00Z', '2025-04-09T08:30:00Z'),"
          "(2, '2025-04-20', 'Call', 'done', '2025-04-01T00:00:00Z', '2025-04-25T08:30:00Z'),"
          "(3, '2025-05-01', 'Call', 'open', '2025-04-01T00:00:00Z', '2025-04-01T00:00:00Z'),"
          "(4, '2025-05-15', 'Call', 'dismissed', '2025-04-01T00:00:00Z', '2025-05-15T00:00:00Z'),"
          "(5, '2025-06-15', 'Call', 'open', '2025-04-01T00:00:00Z', '2025-04-01T00:00:00Z'),"
          "(6, '2025-06-20', 'Call', 'open', '2025-04-01T00:00:00Z', '2025-04-01T00:00:00Z')");

  /* Occasions: birthdays, starts with the shop and life events, known or
   * not when they came. */
  sql (f, "UPDATE customers SET birthday = '1990-05-03' WHERE id = 1");
  sql (f, "UPDATE customers SET birthday = '--05-04' WHERE id = 2");
  sql (f, "UPDATE customers SET birthday = '1985-05-05' WHERE id = 3");
  sql (f, "UPDATE customers SET birthday = '1980-02-29' WHERE id = 4");   /* 28 Feb in 2025 */
  sql (f, "UPDATE customers SET birthday = '1995-03-10', created_at = '2025-04-01T00:00:00Z' WHERE id = 5");
  sql (f, "UPDATE customers SET customer_since = '2024-06-20' WHERE id = 6");   /* a year on 20 June */
  sql (f, "UPDATE customers SET customer_since = '2020-01-15' WHERE id = 7");   /* five years */
  sql (f, "UPDATE customers SET customer_since = '2023-03-01' WHERE id = 9");   /* two: no milestone */
  sql (f, "UPDATE customers SET birthday = '1990-04-10' WHERE id = 8");         /* in the bin */
  sql (f, "INSERT INTO life_events (customer_id, kind, title, date, yearly, created_at) VALUES "
          "(1, 'anniversary', 'Wedding day', '2010-04-25', 1, '2024-01-01T00:00:00Z'),"
          "(2, 'retirement', 'Retires', '2025-06-20', 0, '2024-01-01T00:00:00Z'),"
          "(3, 'graduation', 'Graduates', '2025-02-14', 0, '2025-01-01T00:00:00Z'),"
          "(4, 'wedding', 'Wedding', '2025-03-01', 0, '2025-04-01T00:00:00Z')");

  /* Points. */
  sql (f, "INSERT INTO rewards (id, name, cost, created_at) VALUES (1, 'Tea', 40, '2025-01-01T00:00:00Z')");
  sql (f, "INSERT INTO points_ledger (customer_id, kind, points, reward_id, at) VALUES "
          "(5, 'earned', 100, NULL, '2025-04-05T08:30:00Z'),"
          "(5, 'redeemed', -40, 1, '2025-05-10T08:30:00Z'),"
          "(5, 'expired', -10, NULL, '2025-06-01T08:30:00Z'),"
          "(1, 'earned', 30, NULL, '2024-12-20T08:30:00Z'),"
          "(8, 'earned', 500, NULL, '2025-04-07T08:30:00Z')");
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  cherish_test_shop_open (&f->shop, "2025-06-15T10:00:00+03:30", "insights.db");
  f->store = cherish_insights_store_new (f->shop.db, f->shop.clock);
  cherish_milestone_rules_init_default (&f->rules);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  cherish_test_shop_close (&f->shop);
}

static const CherishInsightsMonth *
month (CherishInsights *insights,
       guint            i)
{
  return &g_array_index (insights->months, CherishInsightsMonth, i);
}

static void
assert_series (CherishInsights *insights,
               gsize            offset,
               const int        expected[6])
{
  for (guint i = 0; i < 6; i++)
    {
      const guint8 *base = (const guint8 *) month (insights, i);
      int value = (int) *(const guint *) (base + offset);

      if (value != expected[i])
        g_error ("month %u of the series at %" G_GSIZE_FORMAT ": %d, expected %d",
                 i + 1, offset, value, expected[i]);
    }
}

static void
test_regulars (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CherishInsights) insights = NULL;
  g_autoptr(GError) error = NULL;
  static const int active[] = { 4, 4, 2, 3, 7, 6 };
  static const int new_customers[] = { 2, 0, 0, 2, 2, 0 };
  static const int returned[] = { 0, 0, 0, 0, 1, 0 };
  static const int lost[] = { 0, 0, 0, 0, 2, 0 };
  static const int visits[] = { 2, 1, 1, 3, 8, 3 };
  static const int within_30[] = { 1, 0, 0, 1, -1, -1 };
  static const int within_90[] = { 1, 0, -1, -1, -1, -1 };
  static const gint64 spending[] = { 1000, 1000, 1000, 4000, 2500, 1000 };

  build_shop (f);
  insights = cherish_insights_store_compute (f->store, CHERISH_CALENDAR_GREGORIAN, 6, "EUR", &f->rules, &error);
  g_assert_no_error (error);

  /* January to 15 June 2025. */
  g_assert_cmpuint (insights->months->len, ==, 6);
  g_assert_cmpint (g_date_get_month (&month (insights, 0)->first), ==, G_DATE_JANUARY);
  g_assert_cmpint (g_date_get_day (&month (insights, 5)->last), ==, 15);
  g_assert_cmpint (g_date_get_day (&month (insights, 1)->last), ==, 28);

  assert_series (insights, G_STRUCT_OFFSET (CherishInsightsMonth, active), active);
  assert_series (insights, G_STRUCT_OFFSET (CherishInsightsMonth, new_customers), new_customers);
  assert_series (insights, G_STRUCT_OFFSET (CherishInsightsMonth, returned), returned);
  assert_series (insights, G_STRUCT_OFFSET (CherishInsightsMonth, lost), lost);
  assert_series (insights, G_STRUCT_OFFSET (CherishInsightsMonth, visits), visits);
  assert_series (insights, G_STRUCT_OFFSET (CherishInsightsMonth, came_again[CHERISH_INSIGHTS_WITHIN_30]), within_30);
  assert_series (insights, G_STRUCT_OFFSET (CherishInsightsMonth, came_again[CHERISH_INSIGHTS_WITHIN_90]), within_90);
  for (guint i = 0; i < 6; i++)
    {
      g_assert_cmpint (month (insights, i)->spending_minor, ==, spending[i]);
      g_assert_cmpint (month (insights, i)->came_again[CHERISH_INSIGHTS_WITHIN_180], ==, -1);
    }

  /* Anna, away 96 days where she came every 30: slipping, not lost. */
  g_assert_cmpuint (insights->n_slipping, ==, 1);
  g_assert_cmpuint (insights->slipping->len, ==, 1);
  {
    const CherishInsightsCustomer *anna = &g_array_index (insights->slipping, CherishInsightsCustomer, 0);

    g_assert_cmpstr (anna->name, ==, "Anna");
    g_assert_cmpuint (anna->visits, ==, 3);
    g_assert_cmpint (anna->spending_minor, ==, 3000);
    g_assert_cmpfloat (anna->usual_gap, ==, 30);
    g_assert_cmpuint (anna->days_away, ==, 96);
  }

  /* Who spent most in the range, then who came most. */
  {
    static const char *top[] = { "Elham", "Iraj", "Anna", "Babak", "Cyrus", "Dara", "Farid", "Golnar" };

    g_assert_cmpuint (insights->top->len, ==, G_N_ELEMENTS (top));
    for (guint i = 0; i < G_N_ELEMENTS (top); i++)
      g_assert_cmpstr (g_array_index (insights->top, CherishInsightsCustomer, i).name, ==, top[i]);
    g_assert_cmpint (g_array_index (insights->top, CherishInsightsCustomer, 0).spending_minor, ==, 4000);
    g_assert_cmpuint (g_array_index (insights->top, CherishInsightsCustomer, 1).visits, ==, 7);
  }
}

static void
test_care_points_events (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(CherishInsights) insights = NULL;
  g_autoptr(GError) error = NULL;
  const CherishInsightsEvent *spring, *empty;

  build_shop (f);
  insights = cherish_insights_store_compute (f->store, CHERISH_CALENDAR_GREGORIAN, 6, "EUR", &f->rules, &error);
  g_assert_no_error (error);

  /* May: one celebrated, one skipped (the planned one is neither). */
  g_assert_cmpuint (month (insights, 4)->celebrated, ==, 1);
  g_assert_cmpuint (month (insights, 4)->skipped, ==, 1);
  /* Gone unmarked: January, Golnar's five years; February, Dara's birthday
   * (29 February, the 28th in 2025) and Cyrus graduating; March, nothing
   * the shop knew of then; April, Anna's wedding day; May, Cyrus's
   * birthday (Anna's was celebrated, Babak's skipped); June's are to come. */
  {
    static const int unmarked[] = { 1, 2, 0, 1, 1, 0 };

    assert_series (insights, G_STRUCT_OFFSET (CherishInsightsMonth, unmarked), unmarked);
  }
  g_assert_cmpuint (month (insights, 0)->celebrated + month (insights, 3)->celebrated, ==, 0);

  /* April: one on time, one late; May: one missed; June's are not late yet. */
  g_assert_cmpuint (month (insights, 3)->follow_ups_on_time, ==, 1);
  g_assert_cmpuint (month (insights, 3)->follow_ups_late, ==, 1);
  g_assert_cmpuint (month (insights, 4)->follow_ups_missed, ==, 1);
  g_assert_cmpuint (month (insights, 5)->follow_ups_missed + month (insights, 5)->follow_ups_on_time, ==, 0);

  g_assert_cmpint (month (insights, 3)->points_earned, ==, 100);
  g_assert_cmpint (month (insights, 4)->points_redeemed, ==, 40);
  g_assert_cmpint (month (insights, 5)->points_expired, ==, 10);
  g_assert_cmpint (insights->points_outstanding, ==, 80);

  /* The cancelled event and the one to come are not among them. */
  g_assert_cmpuint (insights->events->len, ==, 2);
  spring = &g_array_index (insights->events, CherishInsightsEvent, 0);
  empty = &g_array_index (insights->events, CherishInsightsEvent, 1);
  g_assert_cmpstr (spring->title, ==, "Spring evening");
  g_assert_cmpuint (spring->invited, ==, 3);
  g_assert_cmpuint (spring->came, ==, 1);
  g_assert_cmpuint (spring->no_shows, ==, 1);
  g_assert_cmpuint (spring->guests_back, ==, 1);   /* Elham, on 20 April */
  g_assert_cmpuint (spring->others, ==, 4);        /* Anna, Babak, Cyrus, Dara */
  g_assert_cmpuint (spring->others_back, ==, 2);   /* Cyrus and Dara, in May */
  g_assert_true (spring->complete);

  g_assert_cmpstr (empty->title, ==, "Empty talk");
  g_assert_cmpuint (empty->invited, ==, 0);
  g_assert_cmpuint (empty->came, ==, 0);
  g_assert_cmpuint (empty->others, ==, 8);
  g_assert_cmpuint (empty->others_back, ==, 4);    /* Cyrus, Dara, Elham, Iraj */
  g_assert_false (empty->complete);
}

/* Solar Hijri months: 15 June 2025 is 25 Khordad 1404; the three months
 * are Farvardin (21 March–20 April), Ordibehesht and Khordad so far. */
static void
test_persian_months (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CherishInsights) insights = NULL;
  g_autoptr(GError) error = NULL;

  build_shop (f);
  insights = cherish_insights_store_compute (f->store, CHERISH_CALENDAR_PERSIAN, 3, "EUR", &f->rules, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (insights->months->len, ==, 3);
  g_assert_cmpint (g_date_get_month (&month (insights, 0)->first), ==, G_DATE_MARCH);
  g_assert_cmpint (g_date_get_day (&month (insights, 0)->first), ==, 21);
  g_assert_cmpint (g_date_get_day (&month (insights, 0)->last), ==, 20);
  g_assert_cmpint (g_date_get_day (&month (insights, 1)->first), ==, 21);
  g_assert_cmpint (g_date_get_day (&month (insights, 2)->first), ==, 22);   /* 1 Khordad: 22 May */

  /* Farvardin: Elham twice (5 and 20 April), Farid; Hana is in the bin. */
  g_assert_cmpuint (month (insights, 0)->visits, ==, 3);
  g_assert_cmpint (month (insights, 0)->spending_minor, ==, 4000);
  g_assert_cmpuint (month (insights, 0)->new_customers, ==, 2);
}

/* An empty shop has months and no figures; all time is this month. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CherishInsights) insights = NULL;
  g_autoptr(GError) error = NULL;

  insights = cherish_insights_store_compute (f->store, CHERISH_CALENDAR_GREGORIAN, 0, NULL, &f->rules, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (insights->months->len, ==, 1);
  g_assert_cmpuint (month (insights, 0)->visits + month (insights, 0)->active, ==, 0);
  g_assert_cmpuint (insights->slipping->len + insights->top->len + insights->events->len, ==, 0);
  g_assert_cmpint (insights->points_outstanding, ==, 0);
}

/* All time starts at the month of the first visit (September 2024). */
static void
test_all_time (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CherishInsights) insights = NULL;
  g_autoptr(GError) error = NULL;

  build_shop (f);
  insights = cherish_insights_store_compute (f->store, CHERISH_CALENDAR_GREGORIAN, 0, NULL, &f->rules, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (insights->months->len, ==, 10);
  g_assert_cmpint (g_date_get_month (&month (insights, 0)->first), ==, G_DATE_SEPTEMBER);
  g_assert_cmpuint (month (insights, 0)->new_customers, ==, 2);   /* Cyrus and Dara */
  /* Without a currency, every amount: Elham's dollars too. */
  g_assert_cmpint (month (insights, 9)->spending_minor, ==, 1000 + 999);
}

/* Sixty customers with the same three purchases, all slipping away: the
 * walk goes in parts that two threads share, and customers as good as
 * each other are listed as one walk from the first customer would. */
static void
test_ties (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CherishInsights) insights = NULL;
  g_autoptr(GError) error = NULL;

  for (int id = 1; id <= 60; id++)
    {
      g_autofree char *name = g_strdup_printf ("C%02d", id);

      customer (f, id, name);
      visit (f, id, "2025-01-10", "purchase", 1000, "EUR");
      visit (f, id, "2025-02-09", "purchase", 1000, "EUR");
      visit (f, id, "2025-03-11", "purchase", 1000, "EUR");
    }
  insights = cherish_insights_store_compute (f->store, CHERISH_CALENDAR_GREGORIAN, 6, "EUR", &f->rules, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (month (insights, 0)->new_customers, ==, 60);
  g_assert_cmpuint (month (insights, 2)->visits, ==, 60);
  g_assert_cmpint (month (insights, 1)->spending_minor, ==, 60 * 1000);
  g_assert_cmpuint (insights->n_slipping, ==, 60);
  g_assert_cmpuint (insights->slipping->len, ==, CHERISH_INSIGHTS_SLIPPING_LISTED);
  for (guint i = 0; i < insights->slipping->len; i++)
    g_assert_cmpint (g_array_index (insights->slipping, CherishInsightsCustomer, i).customer_id, ==, i + 1);
  g_assert_cmpuint (insights->top->len, ==, CHERISH_INSIGHTS_TOP_LISTED);
  for (guint i = 0; i < insights->top->len; i++)
    g_assert_cmpint (g_array_index (insights->top, CherishInsightsCustomer, i).customer_id, ==, i + 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/insights/regulars", test_regulars);
  ADD ("/insights/care-points-events", test_care_points_events);
  ADD ("/insights/persian-months", test_persian_months);
  ADD ("/insights/empty", test_empty);
  ADD ("/insights/all-time", test_all_time);
  ADD ("/insights/ties", test_ties);
#undef ADD

  return g_test_run ();
}
