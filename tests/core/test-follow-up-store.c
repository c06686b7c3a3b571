/* test-follow-up-store.c — follow-ups: due, done, snoozed, made once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cherish-customer-store.h"
#include "cherish-error.h"
#include "cherish-follow-up-store.h"
#include "cherish-test-util.h"
#include "cherish-visit-store.h"

typedef struct
{
  CherishTestShop       shop;
  CherishCustomerStore *customers;
  CherishFollowUpStore *follow_ups;
  gint64                sara;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  /* Ten to midnight in Tehran, on the 15th. */
  cherish_test_shop_open (&f->shop, "2025-06-15T23:50:00+03:30", "follow-ups.db");
  f->customers = cherish_customer_store_new (f->shop.db, f->shop.clock);
  f->follow_ups = cherish_follow_up_store_new (f->shop.db, f->shop.clock);
  f->sara = cherish_test_add_customer (f->customers, "Sara", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->follow_ups);
  g_clear_object (&f->customers);
  cherish_test_shop_close (&f->shop);
}

static gint64
add (Fixture    *f,
     const char *due,
     const char *about)
{
  g_autoptr(CherishFollowUp) follow_up = cherish_follow_up_new (f->sara, due, about);
  g_autoptr(GError) error = NULL;

  g_assert_true (cherish_follow_up_store_add (f->follow_ups, follow_up, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cherish_follow_up_get_id (follow_up), >, 0);
  return cherish_follow_up_get_id (follow_up);
}

static guint
n_due (Fixture    *f,
       const char *up_to)
{
  g_autoptr(GPtrArray) due = cherish_follow_up_store_list_due (f->follow_ups, up_to, NULL);

  g_assert_nonnull (due);
  return due->len;
}

static void
test_due_and_closed (Fixture       *f,
                     gconstpointer  data)
{
  gint64 overdue = add (f, "2025-06-10", "  How did the colour hold?  ");
  gint64 today = add (f, "2025-06-15", "Call back about the order");
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;

  add (f, "2025-06-20", "Next week");

  due = cherish_follow_up_store_list_due (f->follow_ups, "2025-06-15", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 2);
  g_assert_cmpint (cherish_follow_up_get_id (due->pdata[0]), ==, overdue);
  g_assert_cmpstr (cherish_follow_up_get_about (due->pdata[0]), ==, "How did the colour hold?");
  g_assert_cmpuint (n_due (f, "2025-06-22"), ==, 3);

  g_assert_true (cherish_follow_up_store_close (f->follow_ups, today, CHERISH_FOLLOW_UP_STATE_DONE,
                                                "Ordered two more", &error));
  g_assert_no_error (error);
  g_assert_true (cherish_follow_up_store_close (f->follow_ups, overdue,
                                                CHERISH_FOLLOW_UP_STATE_DISMISSED, NULL, &error));
  g_assert_cmpuint (n_due (f, "2025-06-15"), ==, 0);
  {
    g_autoptr(CherishFollowUp) done = cherish_follow_up_store_get (f->follow_ups, today, &error);

    g_assert_cmpint (cherish_follow_up_get_state (done), ==, CHERISH_FOLLOW_UP_STATE_DONE);
    g_assert_cmpstr (cherish_follow_up_get_outcome (done), ==, "Ordered two more");
  }

  /* Gone with the customer. */
  g_assert_cmpuint (n_due (f, "2025-06-22"), ==, 1);
  g_assert_true (cherish_customer_store_delete (f->customers, f->sara, NULL));
  g_assert_cmpuint (n_due (f, "2025-06-22"), ==, 0);

  g_assert_false (cherish_follow_up_store_close (f->follow_ups, 9999, CHERISH_FOLLOW_UP_STATE_DONE,
                                                 NULL, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_NOT_FOUND);
}

/* Oldest due first, then in the order made, whatever order they were
 * written in; between two days, in any order. */
static void
test_order (Fixture       *f,
            gconstpointer  data)
{
  gint64 a = add (f, "2025-06-12", "Made first");
  gint64 b = add (f, "2025-06-05", "Made second");
  gint64 c = add (f, "2025-06-12", "Made third");
  gint64 d = add (f, "2025-06-01", "Made last");
  gint64 expected[] = { d, b, a, c };
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) between = NULL;
  g_autoptr(GError) error = NULL;
  gint64 sum = 0;

  /* Written again after the others (a server keeps it after them). */
  g_assert_true (cherish_follow_up_store_close (f->follow_ups, a, CHERISH_FOLLOW_UP_STATE_DONE, NULL, &error));
  g_assert_true (cherish_follow_up_store_reopen (f->follow_ups, a, &error));
  g_assert_no_error (error);

  due = cherish_follow_up_store_list_due (f->follow_ups, "2025-06-15", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (cherish_follow_up_get_id (due->pdata[i]), ==, expected[i]);

  between = cherish_follow_up_store_list_due_between (f->follow_ups, "2025-06-05", "2025-06-12", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (between->len, ==, 3);
  for (guint i = 0; i < between->len; i++)
    sum += cherish_follow_up_get_id (between->pdata[i]);
  g_assert_cmpint (sum, ==, a + b + c);
}

static const char *
name_due (Fixture *f,
          guint    i)
{
  g_autoptr(GPtrArray) due = cherish_follow_up_store_list_due (f->follow_ups, "2025-06-30", NULL);

  g_assert_nonnull (due);
  g_assert_cmpuint (due->len, >, i);
  return g_intern_string (cherish_follow_up_get_customer_name (due->pdata[i]));
}

/* The name kept on a follow-up (schema step 25) follows the customer's:
 * renamed, merged into another, read back every way. */
static void
test_customer_name (Fixture       *f,
                    gconstpointer  data)
{
  gint64 id = add (f, "2025-06-10", "How did the colour hold?");
  gint64 omid = cherish_test_add_customer (f->customers, "Omid", NULL);
  g_autoptr(CherishCustomer) sara = cherish_customer_store_get (f->customers, f->sara, NULL);
  g_autoptr(CherishFollowUp) read = NULL;
  g_autoptr(CherishMerge) merge = NULL;
  g_autoptr(GPtrArray) hers = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (name_due (f, 0), ==, "Sara");

  g_object_set (sara, "display-name", "Sara Ahmadi", NULL);
  g_assert_true (cherish_customer_store_update (f->customers, sara, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (name_due (f, 0), ==, "Sara Ahmadi");
  read = cherish_follow_up_store_get (f->follow_ups, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cherish_follow_up_get_customer_name (read), ==, "Sara Ahmadi");
  hers = cherish_follow_up_store_list_for_customer (f->follow_ups, f->sara, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hers->len, ==, 1);
  g_assert_cmpstr (cherish_follow_up_get_customer_name (hers->pdata[0]), ==, "Sara Ahmadi");

  /* Sara was Omid's second entry: her follow-up is his now, by name too,
   * and hers again when the merge is undone. */
  merge = cherish_customer_store_merge (f->customers, omid, f->sara, &error);
  g_assert_no_error (error);
  g_assert_nonnull (merge);
  g_assert_cmpstr (name_due (f, 0), ==, "Omid");
  g_assert_true (cherish_customer_store_unmerge (f->customers, merge, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (name_due (f, 0), ==, "Sara Ahmadi");
}

static void
test_snooze (Fixture       *f,
             gconstpointer  data)
{
  gint64 id = add (f, "2025-06-01", "Check in");
  g_autoptr(CherishFollowUp) snoozed = NULL;

  /* From today (the 15th in the shop's time zone), not from when it was due. */
  g_assert_true (cherish_follow_up_store_snooze (f->follow_ups, id, 1, NULL));
  snoozed = cherish_follow_up_store_get (f->follow_ups, id, NULL);
  g_assert_cmpstr (cherish_follow_up_get_due_date (snoozed), ==, "2025-06-16");
  g_assert_cmpuint (n_due (f, "2025-06-15"), ==, 0);
  g_assert_cmpuint (n_due (f, "2025-06-16"), ==, 1);

  /* A closed one is not snoozed. */
  g_assert_true (cherish_follow_up_store_close (f->follow_ups, id, CHERISH_FOLLOW_UP_STATE_DONE,
                                                NULL, NULL));
  g_assert_false (cherish_follow_up_store_snooze (f->follow_ups, id, 1, NULL));
}

/* A rule that runs again — even from a second copy on the same file —
 * makes nothing new. */
static void
test_made_once (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CherishDatabase) other_db = cherish_test_open_database (f->shop.dir, "follow-ups.db");
  g_autoptr(CherishFollowUpStore) other = cherish_follow_up_store_new (other_db, f->shop.clock);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(CherishFollowUp) follow_up = cherish_follow_up_new (f->sara, "2025-06-18",
                                                                    "After the big purchase");
      g_autoptr(GError) error = NULL;

      g_object_set (follow_up, "rule", "purchase-over", "source", "visit:42", NULL);
      g_assert_true (cherish_follow_up_store_add (i == 1 ? other : f->follow_ups, follow_up, &error));
      g_assert_no_error (error);
      g_assert_cmpint (cherish_follow_up_get_id (follow_up) > 0, ==, i == 0);
    }
  g_assert_cmpuint (n_due (f, "2025-06-30"), ==, 1);

  /* By hand, the same words twice are two follow-ups. */
  add (f, "2025-06-18", "After the big purchase");
  add (f, "2025-06-18", "After the big purchase");
  g_assert_cmpuint (n_due (f, "2025-06-30"), ==, 3);
}

static void
test_invalid (Fixture       *f,
              gconstpointer  data)
{
  static const struct { gint64 customer; const char *due; const char *about; const char *field; } cases[] = {
    { 0, "2025-06-18", "Call", "customer-id" },
    { 9999, "2025-06-18", "Call", "customer-id" },
    { 1, NULL, "Call", "due-date" },
    { 1, "2025-02-30", "Call", "due-date" },
    { 1, "18/06/2025", "Call", "due-date" },
    { 1, "2025-06-18", "   ", "about" },
    { 1, "2025-06-18", NULL, "about" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CherishFollowUp) follow_up = NULL;
      g_autoptr(GError) error = NULL;
      gint64 customer = cases[i].customer == 1 ? f->sara : cases[i].customer;

      follow_up = cherish_follow_up_new (customer, cases[i].due, cases[i].about);
      g_assert_false (cherish_follow_up_store_add (f->follow_ups, follow_up, &error));
      g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
      g_assert_cmpstr (cherish_error_get_field (error), ==, cases[i].field);
    }
  g_assert_cmpuint (n_due (f, "9999-12-31"), ==, 0);
}

/* A day typed in Persian digits is kept, and read back, in ASCII. */
static void
test_persian_digits (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CherishFollowUp) follow_up = cherish_follow_up_new (f->sara, "۲۰۲۵-۰۶-۱۸", "تماس");
  g_autoptr(CherishFollowUp) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cherish_follow_up_store_add (f->follow_ups, follow_up, &error));
  g_assert_no_error (error);
  loaded = cherish_follow_up_store_get (f->follow_ups, cherish_follow_up_get_id (follow_up), &error);
  g_assert_cmpstr (cherish_follow_up_get_due_date (loaded), ==, "2025-06-18");
  g_assert_cmpstr (cherish_follow_up_get_customer_name (loaded), ==, "Sara");
  g_assert_cmpuint (n_due (f, "2025-06-18"), ==, 1);
}

static void
visit (Fixture          *f,
       gint64            customer,
       CherishVisitKind  kind,
       const char       *at,
       gint64            amount)
{
  g_autoptr(CherishVisitStore) store = cherish_visit_store_new (f->shop.db, f->shop.clock);
  g_autoptr(CherishVisit) v = cherish_visit_new (customer, kind, at);
  g_autoptr(GError) error = NULL;

  if (amount >= 0)
    cherish_visit_set_amount (v, amount, "IRR");
  g_assert_true (cherish_visit_store_insert (store, v, &error));
  g_assert_no_error (error);
}

/* The clock says 15 June 2025, ten to midnight in Tehran. */
static void
test_rules (Fixture       *f,
            gconstpointer  data)
{
  CherishFollowUpRules rules;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) due = NULL;
  gint64 omid = cherish_test_add_customer (f->customers, "Omid", NULL);
  gint64 lena = cherish_test_add_customer (f->customers, "Lena", NULL);
  gint64 old = cherish_test_add_customer (f->customers, "Old Timer", NULL);

  cherish_follow_up_rules_init_default (&rules);
  rules.purchase_over = 1000000;
  rules.currency = "IRR";

  /* Sara: a regular since 2024, bought big on the 14th (late at night,
   * still the 14th in Tehran) and small on the 12th. */
  visit (f, f->sara, CHERISH_VISIT_KIND_VISIT, "2024-01-10T10:00:00+03:30", -1);
  visit (f, f->sara, CHERISH_VISIT_KIND_PURCHASE, "2025-06-14T23:30:00+03:30", 2500000);
  visit (f, f->sara, CHERISH_VISIT_KIND_PURCHASE, "2025-06-12T12:00:00+03:30", 500000);
  /* Omid came for the first time on the 13th; a call does not count. */
  visit (f, omid, CHERISH_VISIT_KIND_PHONE, "2025-05-01T12:00:00+03:30", -1);
  visit (f, omid, CHERISH_VISIT_KIND_VISIT, "2025-06-13T12:00:00+03:30", -1);
  /* Lena was last here on 10 March: 97 days ago. */
  visit (f, lena, CHERISH_VISIT_KIND_VISIT, "2025-03-10T12:00:00+03:30", -1);
  /* Old Timer left in 2023: long gone, not flooded into the list. */
  visit (f, old, CHERISH_VISIT_KIND_VISIT, "2023-01-10T12:00:00+03:30", -1);

  g_assert_cmpuint (cherish_follow_up_store_apply_rules (f->follow_ups, &rules, &error), ==, 3);
  g_assert_no_error (error);
  /* Again, and again from "tomorrow": nothing new. */
  g_assert_cmpuint (cherish_follow_up_store_apply_rules (f->follow_ups, &rules, &error), ==, 0);
  {
    g_autoptr(GDateTime) tomorrow = g_date_time_new_from_iso8601 ("2025-06-16T09:00:00+03:30", NULL);

    cherish_clock_set_now (f->shop.clock, tomorrow);
  }
  g_assert_cmpuint (cherish_follow_up_store_apply_rules (f->follow_ups, &rules, &error), ==, 0);

  due = cherish_follow_up_store_list_due (f->follow_ups, "2025-12-31", &error);
  g_assert_cmpuint (due->len, ==, 3);
  /* Lena: due the day she crossed 90 days (8 June). */
  g_assert_cmpint (cherish_follow_up_get_customer_id (due->pdata[0]), ==, lena);
  g_assert_cmpstr (cherish_follow_up_get_due_date (due->pdata[0]), ==, "2025-06-08");
  g_assert_cmpstr (cherish_follow_up_get_about (due->pdata[0]), ==, "Check in: not seen for 90 days");
  /* Omid: three days after his first visit. */
  g_assert_cmpint (cherish_follow_up_get_customer_id (due->pdata[1]), ==, omid);
  g_assert_cmpstr (cherish_follow_up_get_due_date (due->pdata[1]), ==, "2025-06-16");
  /* Sara: a week after the big purchase, counted from the day in Tehran. */
  g_assert_cmpint (cherish_follow_up_get_customer_id (due->pdata[2]), ==, f->sara);
  g_assert_cmpstr (cherish_follow_up_get_due_date (due->pdata[2]), ==, "2025-06-21");
  g_assert_cmpstr (cherish_follow_up_get_rule (due->pdata[2]), ==, "purchase-over");

  /* Done with Lena; she comes back, then stays away again: a new check-in. */
  g_assert_true (cherish_follow_up_store_close (f->follow_ups, cherish_follow_up_get_id (due->pdata[0]),
                                                CHERISH_FOLLOW_UP_STATE_DONE, "Moved away", NULL));
  visit (f, lena, CHERISH_VISIT_KIND_VISIT, "2025-06-16T08:00:00+03:30", -1);
  g_assert_cmpuint (cherish_follow_up_store_apply_rules (f->follow_ups, &rules, &error), ==, 0);
  {
    g_autoptr(GDateTime) later = g_date_time_new_from_iso8601 ("2025-09-20T09:00:00+03:30", NULL);

    cherish_clock_set_now (f->shop.clock, later);
  }
  /* All three are away for 90 days by 20 September; Lena once more. */
  g_assert_cmpuint (cherish_follow_up_store_apply_rules (f->follow_ups, &rules, &error), ==, 3);
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) hers = cherish_follow_up_store_list_for_customer (f->follow_ups, lena, NULL);

    g_assert_cmpuint (hers->len, ==, 2);
    g_assert_cmpstr (cherish_follow_up_get_due_date (hers->pdata[0]), ==, "2025-09-14");
    g_assert_cmpint (cherish_follow_up_get_state (hers->pdata[0]), ==, CHERISH_FOLLOW_UP_STATE_OPEN);
  }
}

/* Regulars slipping away: away longer than twice their usual gap (the
 * median of their gaps), not yet lost; once for each time away. Today is
 * 15 June 2025. */
static void
test_slipping (Fixture       *f,
               gconstpointer  data)
{
  CherishFollowUpRules rules = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hers = NULL;
  gint64 two = cherish_test_add_customer (f->customers, "Two Visits", NULL);
  gint64 gone = cherish_test_add_customer (f->customers, "Long Gone", NULL);
  gint64 near = cherish_test_add_customer (f->customers, "Just In Time", NULL);

  rules.slipping = TRUE;
  /* Sara came every 10 days (and twice on the last day), last on 25 May:
   * 21 days away, more than 20. */
  visit (f, f->sara, CHERISH_VISIT_KIND_VISIT, "2025-05-05T12:00:00+03:30", -1);
  visit (f, f->sara, CHERISH_VISIT_KIND_VISIT, "2025-05-15T12:00:00+03:30", -1);
  visit (f, f->sara, CHERISH_VISIT_KIND_PURCHASE, "2025-05-25T10:00:00+03:30", 1000);
  visit (f, f->sara, CHERISH_VISIT_KIND_VISIT, "2025-05-25T18:00:00+03:30", -1);
  /* Two visits are not a regular's. */
  visit (f, two, CHERISH_VISIT_KIND_VISIT, "2025-05-01T12:00:00+03:30", -1);
  visit (f, two, CHERISH_VISIT_KIND_VISIT, "2025-05-11T12:00:00+03:30", -1);
  /* Every 10 days, last in 2024: lost (over 120 days), not slipping. */
  visit (f, gone, CHERISH_VISIT_KIND_VISIT, "2024-12-01T12:00:00+03:30", -1);
  visit (f, gone, CHERISH_VISIT_KIND_VISIT, "2024-12-11T12:00:00+03:30", -1);
  visit (f, gone, CHERISH_VISIT_KIND_VISIT, "2024-12-21T12:00:00+03:30", -1);
  /* Every 10 days, last on 26 May: exactly twice that, not yet. */
  visit (f, near, CHERISH_VISIT_KIND_VISIT, "2025-05-06T12:00:00+03:30", -1);
  visit (f, near, CHERISH_VISIT_KIND_VISIT, "2025-05-16T12:00:00+03:30", -1);
  visit (f, near, CHERISH_VISIT_KIND_VISIT, "2025-05-26T12:00:00+03:30", -1);

  g_assert_cmpuint (cherish_follow_up_store_apply_rules (f->follow_ups, &rules, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpuint (cherish_follow_up_store_apply_rules (f->follow_ups, &rules, &error), ==, 0);
  hers = cherish_follow_up_store_list_for_customer (f->follow_ups, f->sara, NULL);
  g_assert_cmpuint (hers->len, ==, 1);
  g_assert_cmpstr (cherish_follow_up_get_rule (hers->pdata[0]), ==, "slipping");
  g_assert_cmpstr (cherish_follow_up_get_due_date (hers->pdata[0]), ==, "2025-06-15");
  g_assert_cmpstr (cherish_follow_up_get_about (hers->pdata[0]), ==,
                   "Slipping away: usually every 10 days, away 21");

  /* A day later, "Just In Time" is 21 days away too. */
  {
    g_autoptr(GDateTime) tomorrow = g_date_time_new_from_iso8601 ("2025-06-16T12:00:00+03:30", NULL);

    cherish_clock_set_now (f->shop.clock, tomorrow);
  }
  g_assert_cmpuint (cherish_follow_up_store_apply_rules (f->follow_ups, &rules, &error), ==, 1);
  {
    g_autoptr(GPtrArray) near_ones = cherish_follow_up_store_list_for_customer (f->follow_ups, near, NULL);
    g_autoptr(GPtrArray) two_ones = cherish_follow_up_store_list_for_customer (f->follow_ups, two, NULL);
    g_autoptr(GPtrArray) gone_ones = cherish_follow_up_store_list_for_customer (f->follow_ups, gone, NULL);

    g_assert_cmpuint (near_ones->len, ==, 1);
    g_assert_cmpuint (two_ones->len + gone_ones->len, ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/follow-ups/due-and-closed", test_due_and_closed);
  ADD ("/follow-ups/order", test_order);
  ADD ("/follow-ups/customer-name", test_customer_name);
  ADD ("/follow-ups/snooze", test_snooze);
  ADD ("/follow-ups/made-once", test_made_once);
  ADD ("/follow-ups/invalid", test_invalid);
  ADD ("/follow-ups/persian-digits", test_persian_digits);
  ADD ("/follow-ups/rules", test_rules);
  ADD ("/follow-ups/slipping", test_slipping);
#undef ADD

  return g_test_run ();
}
