/* test-stores.c — visits, life events and staff; how stores learn a
 * new row's id
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cherish-customer-store.h"
#include "cherish-database-private.h"
#include "cherish-error.h"
#include "cherish-life-event-store.h"
#include "cherish-sample-data.h"
#include "cherish-staff-store.h"
#include "cherish-test-server.h"
#include "cherish-test-util.h"
#include "cherish-visit-store.h"

typedef struct
{
  CherishTestShop        shop;
  CherishCustomerStore  *customers;
  CherishVisitStore     *visits;
  CherishLifeEventStore *events;
  CherishStaffStore     *staff;
  gint64                 customer_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  cherish_test_shop_open (&f->shop, "2025-12-31T23:30:00+03:30", "stores.db");
  f->customers = cherish_customer_store_new (f->shop.db, f->shop.clock);
  f->visits = cherish_visit_store_new (f->shop.db, f->shop.clock);
  f->events = cherish_life_event_store_new (f->shop.db, f->shop.clock);
  f->staff = cherish_staff_store_new (f->shop.db, f->shop.clock);
  f->customer_id = cherish_test_add_customer (f->customers, "Maryam", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->staff);
  g_clear_object (&f->events);
  g_clear_object (&f->visits);
  g_clear_object (&f->customers);
  cherish_test_shop_close (&f->shop);
}

static void
test_visit_round_trip (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(CherishStaff) jonas = cherish_staff_new ("Jonas");
  g_autoptr(CherishVisit) visit = NULL;
  g_autoptr(CherishVisit) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cherish_staff_store_insert (f->staff, jonas, &error));

  visit = cherish_visit_new (f->customer_id, CHERISH_VISIT_KIND_PURCHASE,
                             "2025-12-31T23:00:00+03:30");
  cherish_visit_set_amount (visit, 1250000, "IRR");
  g_object_set (visit, "note", "  New coffee machine  ", "staff-id", cherish_staff_get_id (jonas),
                NULL);
  g_assert_true (cherish_visit_store_insert (f->visits, visit, &error));
  g_assert_no_error (error);

  loaded = cherish_visit_store_get (f->visits, cherish_visit_get_id (visit), &error);
  g_assert_no_error (error);
  g_assert_cmpint (cherish_visit_get_customer_id (loaded), ==, f->customer_id);
  g_assert_cmpint (cherish_visit_get_kind (loaded), ==, CHERISH_VISIT_KIND_PURCHASE);
  g_assert_cmpstr (cherish_visit_get_at (loaded), ==, "2025-12-31T19:30:00Z");
  g_assert_cmpint (cherish_visit_get_amount (loaded), ==, 1250000);
  g_assert_cmpstr (cherish_visit_get_currency (loaded), ==, "IRR");
  g_assert_cmpstr (cherish_visit_get_note (loaded), ==, "New coffee machine");
  g_assert_cmpint (cherish_visit_get_staff_id (loaded), ==, cherish_staff_get_id (jonas));

  /* A contact without an amount. */
  {
    g_autoptr(CherishVisit) call = cherish_visit_new (f->customer_id, CHERISH_VISIT_KIND_PHONE,
                                                      "2025-12-30T09:00:00Z");
    g_autoptr(CherishVisit) call_loaded = NULL;

    g_assert_true (cherish_visit_store_insert (f->visits, call, &error));
    call_loaded = cherish_visit_store_get (f->visits, cherish_visit_get_id (call), &error);
    g_assert_cmpint (cherish_visit_get_amount (call_loaded), ==, CHERISH_NO_AMOUNT);
    g_assert_null (cherish_visit_get_currency (call_loaded));
  }
}

static const struct
{
  gint64      customer_offset;   /* added to the fixture's customer id */
  const char *at;
  gint64      amount;
  const char *currency;
  const char *field;
} invalid_visits[] = {
  { 0, "2025-12-31", CHERISH_NO_AMOUNT, NULL, "at" },
  { 0, "yesterday", CHERISH_NO_AMOUNT, NULL, "at" },
  { 0, "2025-12-31T10:00:00", CHERISH_NO_AMOUNT, NULL, "at" },      /* no zone */
  { 0, "2026-01-01T12:00:00+03:30", CHERISH_NO_AMOUNT, NULL, "at" }, /* future */
  { 0, "2025-12-01T10:00:00Z", -5, "IRR", "amount" },
  { 0, "2025-12-01T10:00:00Z", 100, "rial", "currency" },
  { 0, "2025-12-01T10:00:00Z", 100, NULL, "currency" },
  { 1000, "2025-12-01T10:00:00Z", CHERISH_NO_AMOUNT, NULL, "customer-id" },
};

static void
test_visit_validation (Fixture       *f,
                       gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (invalid_visits); i++)
    {
      g_autoptr(CherishVisit) visit = NULL;
      g_autoptr(GError) error = NULL;

      visit = cherish_visit_new (f->customer_id + invalid_visits[i].customer_offset,
                                 CHERISH_VISIT_KIND_PURCHASE, invalid_visits[i].at);
      cherish_visit_set_amount (visit, invalid_visits[i].amount, invalid_visits[i].currency);
      g_assert_false (cherish_visit_store_insert (f->visits, visit, &error));
      g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
      if (g_strcmp0 (cherish_error_get_field (error), invalid_visits[i].field) != 0)
        g_error ("case %u: field %s, expected %s (%s)", i, cherish_error_get_field (error),
                 invalid_visits[i].field, error->message);
    }

  g_assert_cmpuint (cherish_visit_store_count_for_customer (f->visits, f->customer_id, NULL),
                    ==, 0);
}

static void
test_visit_counts (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CherishCustomer) customer = NULL;
  g_autoptr(GListModel) timeline = NULL;
  gint64 latest_id = 0;

  for (guint i = 0; i < 250; i++)
    {
      g_autoptr(GDateTime) base = g_date_time_new_utc (2024, 1, 1, 10, 0, 0);
      g_autoptr(GDateTime) at = g_date_time_add_hours (base, i * 30);
      g_autofree char *text = g_date_time_format_iso8601 (at);
      g_autoptr(CherishVisit) visit = cherish_visit_new (f->customer_id,
                                                         i % 5 == 0 ? CHERISH_VISIT_KIND_EMAIL
                                                                    : CHERISH_VISIT_KIND_VISIT,
                                                         text);

      g_assert_true (cherish_visit_store_insert (f->visits, visit, NULL));
      latest_id = cherish_visit_get_id (visit);
    }

  customer = cherish_customer_store_get (f->customers, f->customer_id, NULL);
  g_assert_cmpuint (cherish_customer_get_visit_count (customer), ==, 200);
  g_assert_cmpstr (cherish_customer_get_last_visit_at (customer), ==, "2024-11-07T16:00:00Z");

  /* The timeline is every contact, newest first, paged. */
  timeline = cherish_visit_store_list_for_customer (f->visits, f->customer_id);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 250);
  {
    g_autoptr(CherishVisit) newest = g_list_model_get_item (timeline, 0);
    g_autoptr(CherishVisit) oldest = g_list_model_get_item (timeline, 249);

    g_assert_cmpint (cherish_visit_get_id (newest), ==, latest_id);
    g_assert_cmpstr (cherish_visit_get_at (oldest), ==, "2024-01-01T10:00:00Z");
  }

  /* Removing the latest visit moves "last visit" back and the count down. */
  g_assert_true (cherish_visit_store_delete (f->visits, latest_id, NULL));
  g_clear_object (&customer);
  customer = cherish_customer_store_get (f->customers, f->customer_id, NULL);
  g_assert_cmpuint (cherish_customer_get_visit_count (customer), ==, 199);
  g_assert_cmpstr (cherish_customer_get_last_visit_at (customer), ==, "2024-11-06T10:00:00Z");
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 249);
}

static void
test_life_events (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CherishLifeEvent) retirement = NULL;
  g_autoptr(CherishLifeEvent) anniversary = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  retirement = cherish_life_event_new (f->customer_id, CHERISH_LIFE_EVENT_KIND_RETIREMENT,
                                       "2026-03-20");
  g_object_set (retirement, "title", " Retirement party ", "notes", "New hairstyle!", NULL);
  g_assert_true (cherish_life_event_store_insert (f->events, retirement, &error));
  g_assert_no_error (error);

  anniversary = cherish_life_event_new (f->customer_id, CHERISH_LIFE_EVENT_KIND_ANNIVERSARY,
                                        "۲۰۱۰-۰۶-۰۱");
  g_object_set (anniversary, "yearly", TRUE, NULL);
  g_assert_true (cherish_life_event_store_insert (f->events, anniversary, &error));
  g_assert_cmpstr (cherish_life_event_get_date (anniversary), ==, "2010-06-01");

  list = cherish_life_event_store_list_for_customer (f->events, f->customer_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpint (cherish_life_event_get_kind (list->pdata[0]), ==,
                   CHERISH_LIFE_EVENT_KIND_ANNIVERSARY);
  g_assert_true (cherish_life_event_get_yearly (list->pdata[0]));
  g_assert_cmpstr (cherish_life_event_get_title (list->pdata[1]), ==, "Retirement party");
  g_assert_cmpstr (cherish_life_event_get_notes (list->pdata[1]), ==, "New hairstyle!");

  /* Update and delete */
  g_object_set (retirement, "date", "2026-04-01", NULL);
  g_assert_true (cherish_life_event_store_update (f->events, retirement, &error));
  g_assert_no_error (error);
  {
    g_autoptr(CherishLifeEvent) loaded = cherish_life_event_store_get (
      f->events, cherish_life_event_get_id (retirement), &error);

    g_assert_cmpstr (cherish_life_event_get_date (loaded), ==, "2026-04-01");
  }
  g_assert_true (cherish_life_event_store_delete (f->events,
                                                  cherish_life_event_get_id (anniversary), &error));
  g_assert_false (cherish_life_event_store_delete (f->events,
                                                   cherish_life_event_get_id (anniversary),
                                                   &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Validation */
  {
    static const struct { CherishLifeEventKind kind; const char *title; const char *date;
                          const char *field; } cases[] = {
      { CHERISH_LIFE_EVENT_KIND_WEDDING, NULL, "2025-02-30", "date" },
      { CHERISH_LIFE_EVENT_KIND_WEDDING, NULL, NULL, "date" },
      { CHERISH_LIFE_EVENT_KIND_WEDDING, NULL, "next June", "date" },
      { CHERISH_LIFE_EVENT_KIND_OTHER, "  ", "2026-01-01", "title" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(CherishLifeEvent) bad = cherish_life_event_new (f->customer_id, cases[i].kind,
                                                                  cases[i].date);

        g_object_set (bad, "title", cases[i].title, NULL);
        g_assert_false (cherish_life_event_store_insert (f->events, bad, &error));
        g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
        g_assert_cmpstr (cherish_error_get_field (error), ==, cases[i].field);
        g_clear_error (&error);
      }
  }

  /* They go when the customer is erased. */
  g_assert_true (cherish_customer_store_erase (f->customers, f->customer_id, NULL));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = cherish_life_event_store_list_for_customer (f->events, f->customer_id, &error);
  g_assert_cmpuint (list->len, ==, 0);
}

/* Many at once (an import's anniversaries): all written, each with its
 * id, in the shop's date form; one of a customer who was deleted, or one
 * not valid, and none are. */
static void
test_life_events_many (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 gone = cherish_test_add_customer (f->customers, "Gone Soon", NULL);

  for (guint i = 0; i < 150; i++)   /* 128 + 16 + 4 + 2 */
    {
      g_autofree char *date = g_strdup_printf ("20%02u-%02u-%02u", i % 25, 1 + i % 12, 1 + i % 28);
      CherishLifeEvent *event = cherish_life_event_new (f->customer_id, CHERISH_LIFE_EVENT_KIND_ANNIVERSARY, date);

      g_object_set (event, "yearly", TRUE, "notes", i == 149 ? "the last" : NULL, NULL);
      g_ptr_array_add (many, event);
    }
  g_assert_true (cherish_life_event_store_insert_many (f->events, many, &error));
  g_assert_no_error (error);
  list = cherish_life_event_store_list_for_customer (f->events, f->customer_id, &error);
  g_assert_cmpuint (list->len, ==, 150);
  for (guint i = 0; i < many->len; i++)
    {
      g_autoptr(CherishLifeEvent) back = cherish_life_event_store_get (f->events,
                                                                       cherish_life_event_get_id (many->pdata[i]),
                                                                       &error);

      g_assert_no_error (error);
      g_assert_cmpstr (cherish_life_event_get_date (back), ==, cherish_life_event_get_date (many->pdata[i]));
      g_assert_cmpstr (cherish_life_event_get_notes (back) ?: "", ==, i == 149 ? "the last" : "");
      g_assert_true (cherish_life_event_get_yearly (back));
    }

  /* A deleted customer's among them, or a date that is not one: none. */
  g_assert_true (cherish_customer_store_delete (f->customers, gone, NULL));
  for (guint bad = 0; bad < 2; bad++)
    {
      g_ptr_array_set_size (many, 0);
      for (guint i = 0; i < 140; i++)
        g_ptr_array_add (many, cherish_life_event_new (bad == 0 && i == 139 ? gone : f->customer_id,
                                                       CHERISH_LIFE_EVENT_KIND_WEDDING,
                                                       bad == 1 && i == 70 ? "2025-02-30" : "2024-05-05"));
      g_assert_false (cherish_life_event_store_insert_many (f->events, many, &error));
      g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
      g_assert_cmpstr (cherish_error_get_field (error), ==, bad == 0 ? "customer-id" : "date");
      g_clear_error (&error);
      for (guint i = 0; i < many->len; i++)
        g_assert_cmpint (cherish_life_event_get_id (many->pdata[i]), ==, 0);
      g_clear_pointer (&list, g_ptr_array_unref);
      list = cherish_life_event_store_list_for_customer (f->events, f->customer_id, &error);
      g_assert_cmpuint (list->len, ==, 150);
    }
}

static void
test_staff (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CherishStaff) niloufar = cherish_staff_new ("نیلوفر");
  g_autoptr(CherishStaff) camille = cherish_staff_new ("Camille");
  g_autoptr(CherishStaff) empty = cherish_staff_new ("   ");
  g_autoptr(GPtrArray) active = NULL;
  g_autoptr(GPtrArray) everyone = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cherish_staff_store_insert (f->staff, niloufar, &error));
  g_assert_true (cherish_staff_store_insert (f->staff, camille, &error));
  g_assert_false (cherish_staff_store_insert (f->staff, empty, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
  g_assert_cmpstr (cherish_error_get_field (error), ==, "name");
  g_clear_error (&error);

  g_object_set (camille, "active", FALSE, NULL);
  g_assert_true (cherish_staff_store_update (f->staff, camille, &error));

  active = cherish_staff_store_list (f->staff, TRUE, &error);
  everyone = cherish_staff_store_list (f->staff, FALSE, &error);
  g_assert_cmpuint (active->len, ==, 1);
  g_assert_cmpuint (everyone->len, ==, 2);
  g_assert_cmpstr (cherish_staff_get_name (active->pdata[0]), ==, "نیلوفر");
}

static void
test_sample_data (Fixture       *f,
                  gconstpointer  data)
{
  CherishCustomerQuery all = { NULL, CHERISH_CUSTOMER_SORT_NAME, 0 };
  g_autoptr(GError) error = NULL;
  guint added = 0;

  /* The fixture's database already has a customer: left alone. */
  g_assert_true (cherish_sample_data_fill (f->shop.db, f->shop.clock, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (cherish_customer_store_count (f->customers, &all, NULL), ==, 1);

  g_assert_true (cherish_customer_store_erase (f->customers, f->customer_id, NULL));

  /* On any day, including a leap day, the demo shop is valid and complete. */
  {
    static const char *days[] = { "2025-12-31T23:30:00+03:30", "2028-02-29T08:00:00Z" };

    for (guint d = 0; d < G_N_ELEMENTS (days); d++)
      {
        g_autofree char *name = g_strdup_printf ("sample-%u.db", d);
        g_autoptr(CherishDatabase) db = cherish_test_open_database (f->shop.dir, name);
        g_autoptr(CherishClock) clock = cherish_test_clock_at (days[d]);
        g_autoptr(CherishCustomerStore) customers = cherish_customer_store_new (db, clock);
        CherishCustomerQuery persian = { "سارا", 0, 0 };
        CherishCustomerQuery prospects = { NULL, 0, CHERISH_CUSTOMER_FILTER_PROSPECTS };

        g_assert_true (cherish_sample_data_fill (db, clock, &added, &error));
        g_assert_no_error (error);
        g_assert_cmpuint (added, >=, 50);
        g_assert_cmpuint (cherish_customer_store_count (customers, &all, NULL), ==, added);
        g_assert_cmpuint (cherish_customer_store_count (customers, &persian, NULL), >=, 1);
        g_assert_cmpuint (cherish_customer_store_count (customers, &prospects, NULL), >=, 1);
      }
  }
}

/* On a server, a store learns a new row's id from the session's
 * lastval(): the last value any sequence gave, a trigger's included. So
 * no trigger of the shop may insert into a table whose id comes from a
 * sequence, or an INSERT that fired it would read that table's id.
 * (SQLite's last_insert_rowid() is the statement's own row, whatever
 * its triggers do.) */
static void
test_new_ids (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GHashTable) numbered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GRegex) insert = g_regex_new ("INSERT\\s+INTO\\s+([a-z_]+)", G_REGEX_CASELESS, 0, NULL);
  g_autoptr(CherishStmt) tables = NULL;
  g_autoptr(CherishStmt) triggers = NULL;
  g_autoptr(GError) error = NULL;
  guint n_triggers = 0;

  if (!cherish_test_on_server ())
    {
      g_test_skip ("SQLite reads the statement's own row");
      return;
    }
  tables = cherish_database_prepare (f->shop.db,
                                     "SELECT DISTINCT c.relname FROM pg_attribute a "
                                     "JOIN pg_class c ON c.oid = a.attrelid "
                                     "WHERE a.attidentity <> '' AND a.attnum > 0 "
                                     "AND c.relnamespace = current_schema ()::regnamespace", &error);
  g_assert_no_error (error);
  while (cherish_stmt_step (tables) == CHERISH_ROW)
    g_hash_table_add (numbered, g_strdup (cherish_column_text (tables, 0)));
  g_assert_true (g_hash_table_contains (numbered, "customers"));
  g_assert_true (g_hash_table_contains (numbered, "points_ledger"));

  triggers = cherish_database_prepare (f->shop.db,
                                       "SELECT t.tgname, p.prosrc FROM pg_trigger t "
                                       "JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT t.tgisinternal", &error);
  g_assert_no_error (error);
  while (cherish_stmt_step (triggers) == CHERISH_ROW)
    {
      g_autoptr(GMatchInfo) match = NULL;

      n_triggers++;
      g_regex_match (insert, cherish_column_text (triggers, 1), 0, &match);
      for (; g_match_info_matches (match); g_match_info_next (match, NULL))
        {
          g_autofree char *target = g_match_info_fetch (match, 1);

          if (g_hash_table_contains (numbered, target))
            g_error ("trigger %s inserts into %s, whose id is numbered: lastval() would read it",
                     cherish_column_text (triggers, 0), target);
        }
    }
  g_assert_cmpuint (n_triggers, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/visits/round-trip", test_visit_round_trip);
  ADD ("/visits/validation", test_visit_validation);
  ADD ("/visits/counts-and-timeline", test_visit_counts);
  ADD ("/life-events/round-trip-and-validation", test_life_events);
  ADD ("/life-events/many", test_life_events_many);
  ADD ("/staff/round-trip", test_staff);
  ADD ("/sample-data/fill", test_sample_data);
  ADD ("/schema/new-ids", test_new_ids);

  return g_test_run ();
}
