/* test-milestone-store.c — every occasion in a range, from a real database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cherish-celebration-store.h"
#include "cherish-customer-store.h"
#include "cherish-date.h"
#include "cherish-event-store.h"
#include "cherish-guest-store.h"
#include "cherish-labels.h"
#include "cherish-life-event-store.h"
#include "cherish-milestone-store.h"
#include "cherish-test-util.h"
#include "cherish-visit-store.h"

typedef struct
{
  CherishTestShop        shop;
  CherishCustomerStore  *customers;
  CherishVisitStore     *visits;
  CherishLifeEventStore *events;
  CherishMilestoneStore *milestones;
  CherishMilestoneRules  rules;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  /* 10:00 in Tehran on 15 June 2025, or the same instant in UTC. */
  cherish_test_shop_open (&f->shop, data != NULL ? (const char *) data : "2025-06-15T10:00:00+03:30",
                          "milestones.db");
  f->customers = cherish_customer_store_new (f->shop.db, f->shop.clock);
  f->visits = cherish_visit_store_new (f->shop.db, f->shop.clock);
  f->events = cherish_life_event_store_new (f->shop.db, f->shop.clock);
  f->milestones = cherish_milestone_store_new (f->shop.db, f->shop.clock);
  cherish_milestone_rules_init_default (&f->rules);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->milestones);
  g_clear_object (&f->events);
  g_clear_object (&f->visits);
  g_clear_object (&f->customers);
  cherish_test_shop_close (&f->shop);
}

static gint64
customer (Fixture    *f,
          const char *name,
          const char *birthday,
          const char *since)
{
  return cherish_test_add_customer (f->customers, name, "birthday", birthday,
                                    "customer-since", since, NULL);
}

/* @o as "kind date number name". */
static char *
line_of (CherishOccasion *o)
{
  static const char *kinds[] = { "none", "birthday", "life-event", "tenure", "visit", "shop", "event" };

  return g_strdup_printf ("%s %s %u %s\n", kinds[cherish_occasion_get_kind (o)],
                          cherish_occasion_get_date (o) ?: "next",
                          cherish_occasion_get_number (o),
                          cherish_occasion_get_customer_name (o) ?: "-");
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The lines of those of @found with a day (and of @kind, unless NONE), in
 * the order of their text. */
static char *
dated_lines (GPtrArray           *found,
             CherishOccasionKind  kind)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < found->len; i++)
    if (cherish_occasion_get_date (found->pdata[i]) != NULL &&
        (kind == CHERISH_OCCASION_NONE || cherish_occasion_get_kind (found->pdata[i]) == kind))
      g_ptr_array_add (lines, line_of (found->pdata[i]));
  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append (out, lines->pdata[i]);
  return g_string_free (out, FALSE);
}

/* The occasions of a range, one line each. The reminders' reading of the
 * same range has those with a day, the same; Today's reading of the
 * customers' own events has those of them. */
static char *
find (Fixture    *f,
      const char *from_text,
      const char *to_text)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) dated = NULL;
  g_autoptr(GPtrArray) life = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_dated = NULL;
  g_autofree char *got_dated = NULL;
  g_autofree char *expected_life = NULL;
  g_autofree char *got_life = NULL;
  GString *out = g_string_new (NULL);
  GDate from, to;

  g_assert_true (cherish_date_parse (from_text, &from, NULL));
  g_assert_true (cherish_date_parse (to_text, &to, NULL));
  found = cherish_milestone_store_find (f->milestones, &from, &to, &f->rules, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < found->len; i++)
    {
      g_autofree char *line = line_of (found->pdata[i]);

      g_string_append (out, line);
    }

  dated = cherish_milestone_store_find_dated (f->milestones, &from, &to, &f->rules, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < dated->len; i++)
    g_assert_nonnull (cherish_occasion_get_date (dated->pdata[i]));
  expected_dated = dated_lines (found, CHERISH_OCCASION_NONE);
  got_dated = dated_lines (dated, CHERISH_OCCASION_NONE);
  g_assert_cmpstr (got_dated, ==, expected_dated);

  life = cherish_milestone_store_find_life_events (f->milestones, &from, &to, &f->rules, &error);
  g_assert_no_error (error);
  expected_life = dated_lines (found, CHERISH_OCCASION_LIFE_EVENT);
  got_life = dated_lines (life, CHERISH_OCCASION_NONE);
  g_assert_cmpstr (got_life, ==, expected_life);
  return g_string_free (out, FALSE);
}

static void
test_birthdays_and_tenure (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *june = NULL;
  g_autofree char *february = NULL;
  g_autofree char *new_year = NULL;

  customer (f, "Ana", "1990-06-20", NULL);
  customer (f, "Leap", "--02-29", "2024-02-29");      /* born and became a customer on a 29th */
  customer (f, "Januar", "2000-01-02", NULL);
  customer (f, "Five years", NULL, "2020-06-18");
  customer (f, "Three years", NULL, "2022-06-18");   /* not a threshold */

  /* Five customers: the shop's 10th is coming (ranges that reach today). */
  june = find (f, "2025-06-15", "2025-06-30");
  g_assert_cmpstr (june, ==,
                   "shop next 10 -\n"
                   "tenure 2025-06-18 5 Five years\n"
                   "birthday 2025-06-20 35 Ana\n");

  /* 29 February, in a common year: on the 28th, by default. */
  february = find (f, "2025-02-20", "2025-03-05");
  g_assert_cmpstr (february, ==,
                   "birthday 2025-02-28 0 Leap\n"
                   "tenure 2025-02-28 1 Leap\n");
  f->rules.feb29_on_march1 = TRUE;
  g_clear_pointer (&february, g_free);
  february = find (f, "2025-02-20", "2025-03-05");
  g_assert_cmpstr (february, ==,
                   "birthday 2025-03-01 0 Leap\n"
                   "tenure 2025-03-01 1 Leap\n");

  /* Over the year's end. */
  new_year = find (f, "2025-12-30", "2026-01-03");
  g_assert_cmpstr (new_year, ==, "shop next 10 -\nbirthday 2026-01-02 26 Januar\n");
}

static void
test_life_events (Fixture       *f,
                  gconstpointer  data)
{
  gint64 id = customer (f, "Maryam", NULL, NULL);
  static const struct { const char *date; gboolean yearly; const char *title; } events[] = {
    { "2010-06-17", TRUE, "Wedding anniversary" },
    { "2025-06-25", FALSE, "Retirement party" },
    { "2024-06-25", FALSE, "Last year's move" },
  };
  g_autofree char *june = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    {
      g_autoptr(CherishLifeEvent) e = cherish_life_event_new (id, CHERISH_LIFE_EVENT_KIND_OTHER,
                                                              events[i].date);

      g_object_set (e, "yearly", events[i].yearly, "title", events[i].title, NULL);
      g_assert_true (cherish_life_event_store_insert (f->events, e, NULL));
    }

  june = find (f, "2025-06-01", "2025-06-30");
  g_assert_cmpstr (june, ==,
                   "life-event 2025-06-17 15 Maryam\n"
                   "life-event 2025-06-25 0 Maryam\n");
}

static void
add_visits (Fixture    *f,
            gint64      id,
            guint       n,
            const char *last_at)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *at = g_strdup_printf ("2025-05-%02uT10:00:00Z", i + 1);
      g_autoptr(CherishVisit) v = cherish_visit_new (id, CHERISH_VISIT_KIND_VISIT,
                                                     i + 1 == n ? last_at : at);

      g_assert_true (cherish_visit_store_insert (f->visits, v, NULL));
    }
}

static void
test_nth_visit (Fixture       *f,
                gconstpointer  data)
{
  gint64 ten = customer (f, "Ten", NULL, NULL);
  gint64 nine = customer (f, "Nine", NULL, NULL);
  g_autofree char *week = NULL;
  g_autofree char *after_delete = NULL;

  /* The 10th visit at 21:00 UTC on the 11th: the 12th in Tehran. */
  add_visits (f, ten, 10, "2025-06-11T21:00:00Z");
  add_visits (f, nine, 9, "2025-06-01T10:00:00Z");

  week = find (f, "2025-06-09", "2025-06-15");
  g_assert_cmpstr (week, ==,
                   "visit next 10 Nine\n"
                   "visit 2025-06-12 10 Ten\n");

  /* Its 10th visit removed, Ten is at 9 again: the next one will be the 10th. */
  {
    CherishVisit *last = NULL;
    g_autoptr(GListModel) timeline = cherish_visit_store_list_for_customer (f->visits, ten);

    last = g_list_model_get_item (timeline, 0);
    g_assert_true (cherish_visit_store_delete (f->visits, cherish_visit_get_id (last), NULL));
    g_object_unref (last);
  }
  after_delete = find (f, "2025-06-09", "2025-06-15");
  g_assert_cmpstr (after_delete, ==,
                   "visit next 10 Nine\n"
                   "visit next 10 Ten\n");
}

static void
test_nth_visit_utc (Fixture       *f,
                    gconstpointer  data)
{
  gint64 ten = customer (f, "Ten", NULL, NULL);
  g_autofree char *week = NULL;

  /* The same instant is still the 11th in UTC. */
  add_visits (f, ten, 10, "2025-06-11T21:00:00Z");
  week = find (f, "2025-06-09", "2025-06-11");
  g_assert_cmpstr (week, ==, "visit 2025-06-11 10 Ten\n");
}

static void
test_shop_nth_customer (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *soon = NULL;
  g_autofree char *reached = NULL;
  g_autofree char *past = NULL;
  gint64 deleted, tenth;

  for (guint i = 1; i <= 8; i++)
    {
      g_autofree char *name = g_strdup_printf ("Customer %u", i);

      customer (f, name, NULL, NULL);
    }
  deleted = customer (f, "Gone", NULL, NULL);
  g_assert_true (cherish_customer_store_delete (f->customers, deleted, NULL));

  /* Eight customers (the deleted one does not count): the 10th is coming. */
  soon = find (f, "2025-06-15", "2025-06-21");
  g_assert_cmpstr (soon, ==, "shop next 10 -\n");

  customer (f, "Customer 9", NULL, NULL);
  tenth = customer (f, "Customer 10", NULL, NULL);
  reached = find (f, "2025-06-15", "2025-06-21");
  g_assert_cmpstr (reached, ==, "shop 2025-06-15 10 Customer 10\n");

  /* Nothing about the shop in a range long past. */
  past = find (f, "2024-01-01", "2024-01-31");
  g_assert_cmpstr (past, ==, "");

  /* The count follows undo, deletion, prospects and erasing. */
  {
    g_autoptr(CherishCustomer) prospect = cherish_customer_new ("Maybe Later");
    g_autofree char *eleven = NULL;
    g_autofree char *nine = NULL;
    g_autofree char *ten = NULL;

    g_assert_true (cherish_customer_store_undelete (f->customers, deleted, NULL));
    g_object_set (prospect, "is-prospect", TRUE, NULL);
    g_assert_true (cherish_customer_store_insert (f->customers, prospect, NULL));
    /* "Gone" is back, before Customer 9 in the order they came. */
    eleven = find (f, "2025-06-15", "2025-06-21");
    g_assert_cmpstr (eleven, ==, "shop 2025-06-15 10 Customer 9\n");

    g_assert_true (cherish_customer_store_delete (f->customers, deleted, NULL));
    g_assert_cmpint (cherish_customer_store_purge_deleted (f->customers, NULL), ==, 1);
    g_assert_true (cherish_customer_store_delete (f->customers, tenth, NULL));
    nine = find (f, "2025-06-15", "2025-06-21");
    g_assert_cmpstr (nine, ==, "shop next 10 -\n");

    g_object_set (prospect, "is-prospect", FALSE, NULL);
    g_assert_true (cherish_customer_store_update (f->customers, prospect, NULL));
    ten = find (f, "2025-06-15", "2025-06-21");
    g_assert_cmpstr (ten, ==, "shop 2025-06-15 10 Maybe Later\n");
  }
}

typedef struct
{
  Fixture *f;
  guint    n;
} Bulk;

static gboolean
add_bulk (gpointer   user_data,
          GError   **error)
{
  Bulk *bulk = user_data;

  for (guint i = 1; i <= bulk->n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Imported %04u", i);
      g_autoptr(CherishCustomer) c = cherish_customer_new (name);

      if (!cherish_customer_store_insert (bulk->f->customers, c, error))
        return FALSE;
    }
  return TRUE;
}

/* A whole spreadsheet imported in a day: the highest thresholds only. */
static void
test_shop_import (Fixture       *f,
                  gconstpointer  data)
{
  Bulk bulk = { f, 1002 };
  g_autofree char *today = NULL;

  g_assert_true (cherish_database_transaction (f->shop.db, add_bulk, &bulk, NULL));
  today = find (f, "2025-06-15", "2025-06-15");
  g_assert_cmpstr (today, ==,
                   "shop 2025-06-15 100 Imported 0100\n"
                   "shop 2025-06-15 500 Imported 0500\n"
                   "shop 2025-06-15 1000 Imported 1000\n");
}

static gint64
add_event (Fixture    *f,
           const char *title,
           const char *starts,
           const char *ends)
{
  g_autoptr(CherishEventStore) events = cherish_event_store_new (f->shop.db, f->shop.clock);
  g_autoptr(CherishEvent) event = cherish_event_new (title, starts, ends);
  g_autoptr(GError) error = NULL;

  g_assert_true (cherish_event_store_insert (events, event, &error));
  g_assert_true (cherish_event_store_set_status (events, cherish_event_get_id (event),
                                                 CHERISH_EVENT_STATUS_OPEN, &error));
  g_assert_no_error (error);
  return cherish_event_get_id (event);
}

/* An event they are on the list of, on the shop's day it starts (not if
 * they declined, nor if it was cancelled); its celebration can be planned. */
static void
test_invitations (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CherishEventStore) events = cherish_event_store_new (f->shop.db, f->shop.clock);
  g_autoptr(CherishGuestStore) guests = cherish_guest_store_new (f->shop.db, f->shop.clock);
  g_autoptr(CherishCelebrationStore) celebrations = cherish_celebration_store_new (f->shop.db, f->shop.clock);
  g_autoptr(CherishCelebration) plan = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *week = NULL;
  g_autofree char *expected = NULL;
  gboolean tehran = data == NULL;
  gint64 ana = customer (f, "Ana", NULL, NULL), bob = customer (f, "Bob", NULL, NULL);
  gint64 cy = customer (f, "Cy", NULL, NULL);
  /* 01:00 on the 21st in Tehran is still the 20th in UTC. */
  gint64 late = add_event (f, "Late tasting", "2025-06-21T01:00:00+03:30", "2025-06-21T03:00:00+03:30");
  gint64 gone = add_event (f, "Cancelled evening", "2025-06-19T18:00:00+03:30", "2025-06-19T20:00:00+03:30");
  gint64 bob_guest;
  GDate from, to;

  cherish_guest_store_invite (guests, late, ana, &error);
  bob_guest = cherish_guest_store_invite (guests, late, bob, &error);
  cherish_guest_store_invite (guests, gone, cy, &error);
  g_assert_true (cherish_guest_store_decline (guests, bob_guest, NULL, &error));
  g_assert_true (cherish_event_store_set_status (events, gone, CHERISH_EVENT_STATUS_CANCELLED, &error));
  g_assert_no_error (error);

  week = find (f, "2025-06-15", "2025-06-21");
  expected = g_strdup_printf ("event %s %d Ana\n", tehran ? "2025-06-21" : "2025-06-20",
                              (int) late);
  g_assert_cmpstr (week, ==, expected);
  g_clear_pointer (&week, g_free);
  week = find (f, "2025-06-15", "2025-06-20");
  g_assert_cmpstr (week, ==, tehran ? "" : expected);

  g_assert_true (cherish_date_parse ("2025-06-15", &from, NULL));
  g_assert_true (cherish_date_parse ("2025-06-21", &to, NULL));
  found = cherish_milestone_store_find (f->milestones, &from, &to, &f->rules, &error);
  plan = cherish_celebration_store_plan (celebrations, found->pdata[0], &error);
  g_assert_no_error (error);
  g_assert_cmpint (cherish_celebration_get_kind (plan), ==, CHERISH_OCCASION_EVENT);
  g_assert_cmpuint (cherish_celebration_get_number (plan), ==, (guint) late);
  {
    g_autofree char *title = cherish_occasion_title (found->pdata[0]);

    g_assert_cmpstr (title, ==, "Invited: Late tasting");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("/milestone-store/birthdays-and-tenure", test_birthdays_and_tenure, NULL);
  ADD ("/milestone-store/life-events", test_life_events, NULL);
  ADD ("/milestone-store/nth-visit", test_nth_visit, NULL);
  ADD ("/milestone-store/nth-visit-utc", test_nth_visit_utc, "2025-06-15T06:30:00Z");
  ADD ("/milestone-store/shop-nth-customer", test_shop_nth_customer, NULL);
  ADD ("/milestone-store/shop-import", test_shop_import, NULL);
  ADD ("/milestone-store/invitations", test_invitations, NULL);
  ADD ("/milestone-store/invitations-utc", test_invitations, "2025-06-15T06:30:00Z");

  return g_test_run ();
}
