/* test-customer-store.c — customers: round trips, validation, search, sort, filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cherish-customer-store.h"
#include "cherish-customer-store-private.h"   /* the search plans */
#include "cherish-database-private.h"
#include "cherish-error.h"
#include "cherish-life-event-store.h"
#include "cherish-message.h"
#include "cherish-test-util.h"
#include "cherish-text.h"
#include "cherish-visit-store.h"

typedef struct
{
  CherishTestShop       shop;
  CherishCustomerStore *store;
  CherishVisitStore    *visits;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  cherish_test_shop_open (&f->shop, "2025-06-15T10:00:00+03:30", "customers.db");
  f->store = cherish_customer_store_new (f->shop.db, f->shop.clock);
  f->visits = cherish_visit_store_new (f->shop.db, f->shop.clock);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->visits);
  g_clear_object (&f->store);
  cherish_test_shop_close (&f->shop);
}

static gint64
add (Fixture    *f,
     const char *name,
     const char *phone,
     const char *email)
{
  return cherish_test_add_customer (f->store, name, "phone", phone, "email", email, NULL);
}

static guint
count (Fixture    *f,
       const char *search)
{
  CherishCustomerQuery query = { search, CHERISH_CUSTOMER_SORT_NAME, 0 };
  g_autoptr(GError) error = NULL;
  guint n = cherish_customer_store_count (f->store, &query, &error);

  g_assert_no_error (error);
  return n;
}

static void
add_visit (Fixture          *f,
           gint64            customer_id,
           CherishVisitKind  kind,
           const char       *at)
{
  g_autoptr(CherishVisit) visit = cherish_visit_new (customer_id, kind, at);
  g_autoptr(GError) error = NULL;

  g_assert_true (cherish_visit_store_insert (f->visits, visit, &error));
  g_assert_no_error (error);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CherishCustomer) customer = cherish_customer_new ("  Sara Ahmadi  ");
  g_autoptr(CherishCustomer) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (customer,
                "phone", "+98 912 345 6789",
                "email", "sara@example.com",
                "customer-since", "2005-03-01",
                "birthday", "--02-29",
                "likes", "Green tea, Jazz\n  Lavender  \n",
                "dislikes", "Loud music",
                "notes", "Retires in spring.\nLikes a window seat.",
                "is-prospect", FALSE,
                "photo-consent", TRUE,
                NULL);
  g_assert_true (cherish_customer_store_insert (f->store, customer, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cherish_customer_get_id (customer), >, 0);
  /* The fixed clock, in UTC. */
  g_assert_cmpstr (cherish_customer_get_created_at (customer), ==, "2025-06-15T06:30:00Z");

  loaded = cherish_customer_store_get (f->store, cherish_customer_get_id (customer), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cherish_customer_get_display_name (loaded), ==, "Sara Ahmadi");
  g_assert_cmpstr (cherish_customer_get_phone (loaded), ==, "+98 912 345 6789");
  g_assert_cmpstr (cherish_customer_get_email (loaded), ==, "sara@example.com");
  g_assert_cmpstr (cherish_customer_get_customer_since (loaded), ==, "2005-03-01");
  g_assert_cmpstr (cherish_customer_get_birthday (loaded), ==, "--02-29");
  g_assert_cmpstr (cherish_customer_get_likes (loaded), ==, "Green tea\nJazz\nLavender");
  g_assert_cmpstr (cherish_customer_get_dislikes (loaded), ==, "Loud music");
  g_assert_cmpstr (cherish_customer_get_notes (loaded), ==,
                   "Retires in spring.\nLikes a window seat.");
  g_assert_false (cherish_customer_get_is_prospect (loaded));
  g_assert_true (cherish_customer_get_photo_consent (loaded));
  g_assert_null (cherish_customer_get_deleted_at (loaded));
  g_assert_cmpuint (cherish_customer_get_visit_count (loaded), ==, 0);

  /* Update */
  cherish_clock_advance (f->shop.clock, G_TIME_SPAN_DAY);
  g_object_set (loaded, "display-name", "Sara Ahmadi-Karimi", "phone", NULL, NULL);
  g_assert_true (cherish_customer_store_update (f->store, loaded, &error));
  g_assert_no_error (error);
  g_clear_object (&customer);
  customer = cherish_customer_store_get (f->store, cherish_customer_get_id (loaded), &error);
  g_assert_cmpstr (cherish_customer_get_display_name (customer), ==, "Sara Ahmadi-Karimi");
  g_assert_null (cherish_customer_get_phone (customer));
  g_assert_cmpstr (cherish_customer_get_updated_at (customer), ==, "2025-06-16T06:30:00Z");
  g_assert_cmpstr (cherish_customer_get_created_at (customer), ==, "2025-06-15T06:30:00Z");
  g_assert_cmpuint (count (f, "karimi"), ==, 1);
  g_assert_cmpuint (count (f, "0912"), ==, 0);

  /* Copies are equal and independent. */
  {
    g_autoptr(CherishCustomer) copy = cherish_customer_copy (customer);

    g_assert_cmpstr (cherish_customer_get_display_name (copy), ==, "Sara Ahmadi-Karimi");
    g_assert_cmpint (cherish_customer_get_id (copy), ==, cherish_customer_get_id (customer));
    g_object_set (copy, "display-name", "Other", NULL);
    g_assert_cmpstr (cherish_customer_get_display_name (customer), ==, "Sara Ahmadi-Karimi");
  }
}

static const struct
{
  const char *property;
  const char *value;
  const char *field;
  const char *message_part;
} invalid_cases[] = {
  { "display-name", "", "display-name", "Name" },
  { "display-name", "   \t ", "display-name", "Name" },
  { "email", "sara", "email", "E-mail" },
  { "email", "sara@", "email", "E-mail" },
  { "email", "@example.com", "email", "E-mail" },
  { "email", "sara@example", "email", "E-mail" },
  { "email", "sara @example.com", "email", "E-mail" },
  { "email", "sara@@example.com", "email", "E-mail" },
  { "email", "sara@example.", "email", "E-mail" },
  { "phone", "call me", "phone", "Phone" },
  { "phone", "12", "phone", "Phone" },
  { "customer-since", "2025-02-30", "customer-since", "February 2025 has 28 days" },
  { "customer-since", "2025-13-01", "customer-since", "no month 13" },
  { "customer-since", "1.3.2024", "customer-since", "year-month-day" },
  { "customer-since", "2025-06-16", "customer-since", "in the future" },
  { "customer-since", "1200-01-01", "customer-since", "between 1900" },
  { "birthday", "2023-02-29", "birthday", "February 2023 has 28 days" },
  { "birthday", "--02-30", "birthday", "February has 29 days" },
  { "birthday", "--13-01", "birthday", "no month 13" },
  { "birthday", "02-14", "birthday", "Birthday" },
  { "birthday", "2030-01-01", "birthday", "in the future" },
};

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_autoptr(CherishCustomer) customer = cherish_customer_new ("Valid Name");
      g_autoptr(GError) error = NULL;

      g_object_set (customer, invalid_cases[i].property, invalid_cases[i].value, NULL);
      g_assert_false (cherish_customer_store_insert (f->store, customer, &error));
      g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
      g_assert_cmpstr (cherish_error_get_field (error), ==, invalid_cases[i].field);
      if (strstr (error->message, invalid_cases[i].message_part) == NULL)
        g_error ("case %u (%s = “%s”): message “%s” lacks “%s”", i, invalid_cases[i].property,
                 invalid_cases[i].value, error->message, invalid_cases[i].message_part);
      g_assert_cmpint (cherish_customer_get_id (customer), ==, 0);
    }

  /* Nothing was saved. */
  g_assert_cmpuint (count (f, NULL), ==, 0);

  /* Valid edge cases. */
  {
    static const char *birthdays[] = { "--02-29", "2024-02-29", "1900-01-01", "2025-06-15" };

    for (guint i = 0; i < G_N_ELEMENTS (birthdays); i++)
      {
        g_autoptr(CherishCustomer) customer = cherish_customer_new ("Edge");
        g_autoptr(GError) error = NULL;

        g_object_set (customer, "birthday", birthdays[i], "customer-since", "2025-06-15",
                      "phone", "(021) 8888-1234", "email", "a.b+c@mail.example.ir", NULL);
        g_assert_true (cherish_customer_store_insert (f->store, customer, &error));
        g_assert_no_error (error);
      }
  }

  /* Persian digits are read as digits. */
  {
    g_autoptr(CherishCustomer) customer = cherish_customer_new ("نگار");
    g_autoptr(GError) error = NULL;

    g_object_set (customer, "customer-since", "۲۰۲۴-۰۳-۲۰", "phone", "۰۹۱۲ ۱۲۳ ۴۵۶۷", NULL);
    g_assert_true (cherish_customer_store_insert (f->store, customer, &error));
    g_assert_no_error (error);
  }

  /* An update that fails leaves the stored customer as it was. */
  {
    gint64 id = add (f, "Before", NULL, NULL);
    g_autoptr(CherishCustomer) customer = cherish_customer_store_get (f->store, id, NULL);
    g_autoptr(CherishCustomer) again = NULL;
    g_autoptr(GError) error = NULL;

    g_object_set (customer, "display-name", "After", "email", "not-an-email", NULL);
    g_assert_false (cherish_customer_store_update (f->store, customer, &error));
    g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
    again = cherish_customer_store_get (f->store, id, NULL);
    g_assert_cmpstr (cherish_customer_get_display_name (again), ==, "Before");
  }
}

static const struct
{
  const char *search;
  guint       expected;
} search_cases[] = {
  /* Latin: case, accents, word order, prefixes */
  { "zoe", 1 },
  { "ZOË", 1 },
  { "dijk zo", 1 },
  { "van", 1 },
  { "sár", 2 },           /* Sára Lindqvist, Sara Novak */
  { "sara lind", 1 },
  { "lindqvist", 1 },
  { "xyz", 0 },
  /* Persian: Arabic and Persian forms of yeh and kaf, harakat, ZWNJ */
  { "سارا", 1 },
  { "احمد", 1 },
  { "كيان", 1 },          /* Arabic kaf and yeh */
  { "کیان", 1 },
  { "یزدی", 1 },
  { "مُحَمَّد", 1 },        /* with harakat */
  { "رضا", 1 },           /* after a ZWNJ: محمد‌رضا */
  /* Phone: with or without spaces, leading zero, country code, Persian digits */
  { "0912 345", 1 },
  { "912345", 1 },
  { "+98912", 1 },
  { "۰۹۱۲۳۴۵", 1 },
  { "021", 1 },
  /* E-mail */
  { "lindqvist@", 1 },
  { "example", 2 },
  { "sara@example.com", 2 },  /* sara.lindqvist@example.com has all three words */
  /* Nothing to search for means everyone */
  { "  ", 6 },
  { "!!", 6 },
};

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  gint64 deleted;

  add (f, "Sára Lindqvist", NULL, "sara.lindqvist@example.com");
  add (f, "Sara Novak", "021 4455 6677", "sara@example.com");
  add (f, "Zoë van Dijk", NULL, NULL);
  add (f, "سارا احمدی", "+98 912 345 6789", NULL);
  add (f, "كيان يزدي", NULL, NULL);   /* typed with Arabic letters */
  add (f, "محمد‌رضا کاظمی", NULL, NULL);
  deleted = add (f, "Sara Deleted", NULL, NULL);
  g_assert_true (cherish_customer_store_delete (f->store, deleted, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (search_cases); i++)
    {
      guint n = count (f, search_cases[i].search);

      if (n != search_cases[i].expected)
        g_error ("search “%s”: %u found, %u expected", search_cases[i].search, n,
                 search_cases[i].expected);
    }
}

static GStrv
names_in_order (Fixture             *f,
                CherishCustomerSort  sort)
{
  CherishCustomerQuery query = { NULL, sort, 0 };
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GError) error = NULL;

  found = cherish_customer_store_find (f->store, &query, 0, 100, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < found->len; i++)
    g_strv_builder_add (builder, cherish_customer_get_display_name (found->pdata[i]));
  return g_strv_builder_end (builder);
}

/* 13,000 customers: "Zoe" 3,200 of them (many: 1 in 16 or more, under a
 * quarter), "Sima" 500 (some: 1 in 50 or more, which a server sorts by
 * name and a file walks), "Lina" 90 and "Omid" 2 (few), and a phone each
 * (the phone searches match most); named so that the orders differ. */
static void
add_many (Fixture *f)
{
  g_autoptr(GPtrArray) customers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 13000; i++)
    {
      const char *first = i < 3200 ? "Zoe" : i < 3290 ? "Lina" : i < 3292 ? "Omid" : i < 3792 ? "Sima" : "Vera";
      g_autofree char *name = g_strdup_printf ("%s %05u", first, (i * 37) % 13000);
      g_autofree char *phone = g_strdup_printf ("0912%07u", i);
      CherishCustomer *customer = cherish_customer_new (name);

      g_object_set (customer, "phone", phone, NULL);
      g_ptr_array_add (customers, customer);
    }
  g_assert_true (cherish_customer_store_insert_many (f->store, customers, &error));
  g_assert_no_error (error);
}

/* However many customers a search matches, the first pages are the same
 * as sorting every match: sorting a few, walking the sort index past
 * many (or sorting some), asking the search index row by row for most. */
static void
test_search_density (Fixture       *f,
                     gconstpointer  data)
{
  static const char *searches[] = { "omid", "lina", "sima", "zoe", "0912", "0" };
  static const guint expected[] = { 2, 90, 500, 3200, 13000, 13000 };
  static const CherishCustomerSort sorts[] = { CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_SORT_VISIT_COUNT };

  add_many (f);
  for (guint s = 0; s < G_N_ELEMENTS (searches); s++)
    for (guint o = 0; o < G_N_ELEMENTS (sorts); o++)
      {
        CherishCustomerQuery query = { searches[s], sorts[o], CHERISH_CUSTOMER_FILTER_NONE };
        g_autoptr(GPtrArray) all = cherish_customer_store_find (f->store, &query, 0, 20000, NULL);
        guint count = cherish_customer_store_count (f->store, &query, NULL);

        g_test_message ("%s: %u", searches[s], count);
        g_assert_cmpuint (all->len, ==, count);
        g_assert_cmpuint (count, ==, expected[s]);
        for (guint offset = 0; offset < count; offset += count / 7 + 1)
          {
            g_autoptr(GPtrArray) page = cherish_customer_store_find (f->store, &query, offset, 45, NULL);

            for (guint i = 0; i < page->len; i++)
              g_assert_cmpint (cherish_customer_get_id (page->pdata[i]), ==,
                               cherish_customer_get_id (all->pdata[offset + i]));
          }
        /* By name, in order. */
        for (guint i = 1; sorts[o] == CHERISH_CUSTOMER_SORT_NAME && i < all->len; i++)
          g_assert_cmpint (g_utf8_collate (cherish_customer_get_display_name (all->pdata[i - 1]),
                                           cherish_customer_get_display_name (all->pdata[i])), <, 0);
      }
}

/* On a file (else the test is skipped, @why_not_on_a_server), the
 * customers of add_many() and, before all of them by name, 10,000 named
 * Anna, with no phone and no digit or "z" in their names. */
static gboolean
add_annas_first (Fixture    *f,
                 const char *why_not_on_a_server)
{
  g_autoptr(GPtrArray) annas = g_ptr_array_new_with_free_func (g_object_unref);

  if (cherish_database_get_dialect (f->shop.db) != CHERISH_DIALECT_SQLITE)
    {
      g_test_skip (why_not_on_a_server);
      return FALSE;
    }
  add_many (f);
  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Anna %c%c%c%c", 'a' + i % 10, 'a' + i / 10 % 10,
                                               'a' + i / 100 % 10, 'a' + i / 1000);

      g_ptr_array_add (annas, cherish_customer_new (name));
    }
  g_assert_true (cherish_customer_store_insert_many (f->store, annas, NULL));
  return TRUE;
}

static SearchDensity
plan_at (Fixture                    *f,
         const CherishCustomerQuery *query,
         guint                       offset)
{
  g_autofree char *late = NULL;
  g_autoptr(GError) error = NULL;
  int give_ups = 0;
  SearchDensity density = cherish_customer_search_plan (f->store, query, offset, 50, &late, &give_ups, &error);

  g_assert_no_error (error);
  return density;
}

static SearchDensity
plan_of (Fixture                    *f,
         const CherishCustomerQuery *query)
{
  return plan_at (f, query, 0);
}

/* A search of most of the shop asks row by row for its first pages (a
 * server for its first only: its planner takes another course from the
 * second, 100–390 ms a page at 100,000), and gathers its matches deeper
 * down (a server walks them within its time, then sorts). */
static void
test_search_most_deeper (Fixture       *f,
                         gconstpointer  data)
{
  CherishCustomerQuery zero = { "0", CHERISH_CUSTOMER_SORT_NAME, 0 };
  gboolean file = cherish_database_get_dialect (f->shop.db) == CHERISH_DIALECT_SQLITE;

  add_many (f);
  g_assert_cmpint (plan_at (f, &zero, 0), ==, SEARCH_MOST);
  g_assert_cmpint (plan_at (f, &zero, 50), ==, file ? SEARCH_MOST : SEARCH_MANY);
  g_assert_cmpint (plan_at (f, &zero, 1000), ==, file ? SEARCH_MOST_GATHERED : SEARCH_MANY);
}

/* A walk along the list's order that gave up tells about the searches
 * typed further: "zo" came late among names (the Zoes after 19,800
 * others), so "zoe" is sorted at once instead of walked first, and its
 * pages are the same. Another order is not told. A file's walk gives up
 * after a number of steps; a server's after a time, which a small shop's
 * walk does not reach. */
static void
test_search_typed_further (Fixture       *f,
                           gconstpointer  data)
{
  CherishCustomerQuery zo = { "zo", CHERISH_CUSTOMER_SORT_NAME, 0 };
  CherishCustomerQuery zoe = { "zoe", CHERISH_CUSTOMER_SORT_NAME, 0 };
  CherishCustomerQuery zoe_by_visits = { "zoe", CHERISH_CUSTOMER_SORT_VISIT_COUNT, 0 };
  g_autoptr(GPtrArray) walked = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) page = NULL;

  if (!add_annas_first (f, "a server's walk gives up after a time"))
    return;
  g_assert_cmpint (plan_of (f, &zoe), ==, SEARCH_MANY);

  walked = cherish_customer_store_find (f->store, &zo, 0, 50, NULL);
  g_assert_cmpuint (walked->len, ==, 50);
  g_assert_cmpint (plan_of (f, &zo), ==, SEARCH_FEW);       /* it gave up */
  g_assert_cmpint (plan_of (f, &zoe), ==, SEARCH_FEW);
  g_assert_cmpint (plan_of (f, &zoe_by_visits), ==, SEARCH_MANY);

  /* Sorted, it is not walked again, nor forgets why. */
  g_ptr_array_unref (cherish_customer_store_find (f->store, &zo, 0, 50, NULL));
  g_assert_cmpint (plan_of (f, &zo), ==, SEARCH_FEW);

  all = cherish_customer_store_find (f->store, &zoe, 0, 20000, NULL);
  page = cherish_customer_store_find (f->store, &zoe, 0, 50, NULL);
  g_assert_cmpuint (all->len, ==, 3200);
  for (guint i = 0; i < page->len; i++)
    g_assert_cmpint (cherish_customer_get_id (page->pdata[i]), ==, cherish_customer_get_id (all->pdata[i]));
}

/* The first time a file walks some of the shop by name, it tells first
 * whether the walk can arrive: "sima" (600 names, after 10,000 Annas and
 * more; one starts with punctuation, so they are not sought, see
 * test_search_sought ()) cannot, and is sorted at once; "moradi" (a
 * surname of 500, spread over the list) is walked. The pages are the same
 * as sorting them all. */
static void
test_search_walk_predicted (Fixture       *f,
                            gconstpointer  data)
{
  static const char *firsts[] = { "Anna", "Lina", "Sima", "Vera", "Zoe" };
  CherishCustomerQuery sima = { "sima", CHERISH_CUSTOMER_SORT_NAME, 0 };
  CherishCustomerQuery moradi = { "moradi", CHERISH_CUSTOMER_SORT_NAME, 0 };
  CherishCustomerQuery sima_by_visits = { "sima", CHERISH_CUSTOMER_SORT_VISIT_COUNT, 0 };
  g_autoptr(GPtrArray) spread = g_ptr_array_new_with_free_func (g_object_unref);

  if (!add_annas_first (f, "a server's walk gives up after a time"))
    return;
  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %03u Moradi", firsts[i % G_N_ELEMENTS (firsts)], i);

      g_ptr_array_add (spread, cherish_customer_new (name));
    }
  g_ptr_array_add (spread, cherish_customer_new ("(Sima) Odd"));
  g_assert_true (cherish_customer_store_insert_many (f->store, spread, NULL));

  g_assert_cmpint (plan_of (f, &sima), ==, SEARCH_FEW);
  g_assert_cmpint (plan_of (f, &moradi), ==, SEARCH_SOME);
  g_assert_cmpint (plan_of (f, &sima_by_visits), ==, SEARCH_SOME);
  /* Told once, kept. */
  g_assert_cmpint (plan_of (f, &sima), ==, SEARCH_FEW);

  for (guint q = 0; q < 2; q++)
    {
      CherishCustomerQuery *query = q == 0 ? &sima : &moradi;
      g_autoptr(GPtrArray) page = cherish_customer_store_find (f->store, query, 0, 50, NULL);
      g_autoptr(GPtrArray) all = NULL;

      /* The walk arrived: walked again. */
      g_assert_cmpint (plan_of (f, query), ==, q == 0 ? SEARCH_FEW : SEARCH_SOME);
      all = cherish_customer_store_find (f->store, query, 0, 20000, NULL);
      g_assert_cmpuint (all->len, ==, q == 0 ? 601 : 500);
      g_assert_cmpuint (page->len, ==, 50);
      for (guint i = 0; i < page->len; i++)
        g_assert_cmpint (cherish_customer_get_id (page->pdata[i]), ==, cherish_customer_get_id (all->pdata[i]));
    }
}

/* @query's customers sorted by name here, from all of them in another
 * order: what a page by name must be. */
static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  CherishCustomer *x = *(CherishCustomer **) a, *y = *(CherishCustomer **) b;
  g_autofree char *kx = cherish_text_fold (cherish_customer_get_display_name (x));
  g_autofree char *ky = cherish_text_fold (cherish_customer_get_display_name (y));
  int by_key = strcmp (kx, ky);
  gint64 i = cherish_customer_get_id (x), j = cherish_customer_get_id (y);

  return by_key != 0 ? by_key : (i < j ? -1 : i > j);
}

static void
assert_pages_by_name (Fixture                    *f,
                      const CherishCustomerQuery *query,
                      guint                       expected)
{
  CherishCustomerQuery by_visits = { query->search, CHERISH_CUSTOMER_SORT_VISIT_COUNT, query->filter };
  g_autoptr(GPtrArray) all = cherish_customer_store_find (f->store, &by_visits, 0, 20000, NULL);
  static const guint offsets[] = { 0, 50, 400 };

  g_assert_cmpuint (all->len, ==, expected);
  g_ptr_array_sort (all, compare_by_name);
  for (guint o = 0; o < G_N_ELEMENTS (offsets); o++)
    {
      g_autoptr(GPtrArray) page = cherish_customer_store_find (f->store, query, offsets[o], 50, NULL);

      g_assert_cmpuint (page->len, ==, MIN (50, expected - MIN (expected, offsets[o])));
      for (guint i = 0; i < page->len; i++)
        g_assert_cmpint (cherish_customer_get_id (page->pdata[i]), ==,
                         cherish_customer_get_id (all->pdata[offsets[o] + i]));
    }
}

/* "sar": 400 names start with it (after 10,000 Annas and more), 30
 * surnames do. The names are sought where they sort in the index of
 * names, the surnames sorted, and the pages are those of sorting every
 * match — not while a name starting with punctuation is among them (it
 * sorts before the others): then all are sorted. */
static void
test_search_sought (Fixture       *f,
                    gconstpointer  data)
{
  CherishCustomerQuery sar = { "sar", CHERISH_CUSTOMER_SORT_NAME, 0 };
  CherishCustomerQuery sar_prospects = { "sar", CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_FILTER_PROSPECTS };
  g_autoptr(GPtrArray) more = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CherishCustomer) odd = cherish_customer_new ("(Sara) Odd");
  g_autoptr(GError) error = NULL;

  if (!add_annas_first (f, "a server sorts its matches by name on its search table"))
    return;
  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %03u", i % 2 == 0 ? "Sara" : "Sárina", (i * 7) % 400);

      g_ptr_array_add (more, cherish_customer_new (name));
    }
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %02u Sarabi", i % 2 == 0 ? "Ali" : "Zoe", i);

      g_ptr_array_add (more, cherish_customer_new (name));
    }
  g_assert_true (cherish_customer_store_insert_many (f->store, more, &error));
  g_assert_no_error (error);

  g_assert_cmpint (plan_of (f, &sar), ==, SEARCH_SOUGHT);
  g_assert_cmpint (plan_of (f, &sar_prospects), !=, SEARCH_SOUGHT);
  assert_pages_by_name (f, &sar, 430);

  g_assert_true (cherish_customer_store_insert (f->store, odd, &error));
  g_assert_no_error (error);
  g_assert_cmpint (plan_of (f, &sar), !=, SEARCH_SOUGHT);
  assert_pages_by_name (f, &sar, 431);

  /* Deleted, it is no longer found: sought again. */
  g_assert_true (cherish_customer_store_delete (f->store, cherish_customer_get_id (odd), &error));
  g_assert_no_error (error);
  g_assert_cmpint (plan_of (f, &sar), ==, SEARCH_SOUGHT);
  assert_pages_by_name (f, &sar, 430);
}

/* A search that matches most of the shop, but not at the top of the
 * order: "0" (every phone) where the first 10,000 names have none. Asking
 * the search index row by row gives up on a file, and the matches are
 * gathered and walked instead, at once the next time; the pages are the
 * same. Another order is not told. */
static void
test_search_most_late (Fixture       *f,
                       gconstpointer  data)
{
  CherishCustomerQuery zero = { "0", CHERISH_CUSTOMER_SORT_NAME, 0 };
  CherishCustomerQuery zero_by_visits = { "0", CHERISH_CUSTOMER_SORT_VISIT_COUNT, 0 };
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) asked = NULL;
  g_autoptr(GPtrArray) gathered = NULL;

  if (!add_annas_first (f, "a server asks row by row to the page's end"))
    return;
  g_assert_cmpint (plan_of (f, &zero), ==, SEARCH_MOST);

  asked = cherish_customer_store_find (f->store, &zero, 0, 100, NULL);
  g_assert_cmpint (plan_of (f, &zero), ==, SEARCH_MOST_GATHERED);   /* it gave up */
  g_assert_cmpint (plan_of (f, &zero_by_visits), ==, SEARCH_MOST);
  gathered = cherish_customer_store_find (f->store, &zero, 0, 100, NULL);
  g_assert_cmpint (plan_of (f, &zero), ==, SEARCH_MOST_GATHERED);

  all = cherish_customer_store_find (f->store, &zero, 0, 20000, NULL);
  g_assert_cmpuint (all->len, ==, 13000);
  g_assert_cmpuint (asked->len, ==, 100);
  g_assert_cmpuint (gathered->len, ==, 100);
  for (guint i = 0; i < 100; i++)
    {
      g_assert_cmpint (cherish_customer_get_id (asked->pdata[i]), ==, cherish_customer_get_id (all->pdata[i]));
      g_assert_cmpint (cherish_customer_get_id (gathered->pdata[i]), ==, cherish_customer_get_id (all->pdata[i]));
    }
}

static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  gint64 anna = add (f, "anna", NULL, NULL);
  gint64 bob = add (f, "Bob", NULL, NULL);
  gint64 cleo = add (f, "Cléo", NULL, NULL);
  g_auto(GStrv) by_name = NULL;
  g_auto(GStrv) by_last = NULL;
  g_auto(GStrv) by_count = NULL;

  add_visit (f, bob, CHERISH_VISIT_KIND_VISIT, "2025-06-01T10:00:00Z");
  add_visit (f, bob, CHERISH_VISIT_KIND_PURCHASE, "2025-06-02T10:00:00Z");
  add_visit (f, bob, CHERISH_VISIT_KIND_VISIT, "2025-05-01T10:00:00Z");
  add_visit (f, cleo, CHERISH_VISIT_KIND_VISIT, "2025-06-10T10:00:00+03:30");
  /* A phone call is a contact, not a visit. */
  add_visit (f, anna, CHERISH_VISIT_KIND_PHONE, "2025-06-14T10:00:00Z");

  by_name = names_in_order (f, CHERISH_CUSTOMER_SORT_NAME);
  by_last = names_in_order (f, CHERISH_CUSTOMER_SORT_LAST_VISIT);
  by_count = names_in_order (f, CHERISH_CUSTOMER_SORT_VISIT_COUNT);

  g_assert_cmpstrv (by_name, ((const char *[]) { "anna", "Bob", "Cléo", NULL }));
  g_assert_cmpstrv (by_last, ((const char *[]) { "Cléo", "Bob", "anna", NULL }));
  g_assert_cmpstrv (by_count, ((const char *[]) { "Bob", "Cléo", "anna", NULL }));

  {
    g_autoptr(CherishCustomer) b = cherish_customer_store_get (f->store, bob, NULL);
    g_autoptr(CherishCustomer) c = cherish_customer_store_get (f->store, cleo, NULL);

    g_assert_cmpuint (cherish_customer_get_visit_count (b), ==, 3);
    g_assert_cmpstr (cherish_customer_get_last_visit_at (b), ==, "2025-06-02T10:00:00Z");
    /* Stored in UTC. */
    g_assert_cmpstr (cherish_customer_get_last_visit_at (c), ==, "2025-06-10T06:30:00Z");
  }
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CherishCustomer) prospect = cherish_customer_new ("Maybe Later");
  CherishCustomerQuery prospects = { NULL, 0, CHERISH_CUSTOMER_FILTER_PROSPECTS };
  CherishCustomerQuery customers = { NULL, 0, CHERISH_CUSTOMER_FILTER_CUSTOMERS };
  CherishCustomerQuery prospects_named = { "maybe", 0, CHERISH_CUSTOMER_FILTER_PROSPECTS };

  add (f, "Regular One", NULL, NULL);
  add (f, "Regular Two", NULL, NULL);
  g_object_set (prospect, "is-prospect", TRUE, NULL);
  g_assert_true (cherish_customer_store_insert (f->store, prospect, NULL));

  g_assert_cmpuint (cherish_customer_store_count (f->store, &prospects, NULL), ==, 1);
  g_assert_cmpuint (cherish_customer_store_count (f->store, &customers, NULL), ==, 2);
  g_assert_cmpuint (cherish_customer_store_count (f->store, &prospects_named, NULL), ==, 1);
}

/* Each count the lists show, against the figures the test knows: the
 * shop's customers, the prospects, and everyone the unfiltered list
 * shows (each of which a server keeps as rows come and go: server steps
 * 9 and 10; a file counts them from its small indexes). */
static void
assert_shop_size (Fixture *f,
                  guint    customers,
                  guint    prospects)
{
  CherishCustomerQuery everyone = { NULL, 0, CHERISH_CUSTOMER_FILTER_NONE };
  CherishCustomerQuery only_customers = { NULL, 0, CHERISH_CUSTOMER_FILTER_CUSTOMERS };
  CherishCustomerQuery only_prospects = { NULL, 0, CHERISH_CUSTOMER_FILTER_PROSPECTS };

  g_assert_cmpuint (cherish_customer_store_count (f->store, &only_customers, NULL), ==, customers);
  g_assert_cmpuint (cherish_customer_store_count (f->store, &only_prospects, NULL), ==, prospects);
  g_assert_cmpuint (cherish_customer_store_count (f->store, &everyone, NULL), ==, customers + prospects);
}

/* @id deleted, back with Undo, then erased for good, each counted from
 * @customers and @prospects: one fewer of either, as @is_customer says. */
static void
delete_undo_erase (Fixture  *f,
                   gint64    id,
                   guint     customers,
                   guint     prospects,
                   gboolean  is_customer)
{
  guint fewer_customers = is_customer ? customers - 1 : customers;
  guint fewer_prospects = is_customer ? prospects : prospects - 1;

  g_assert_true (cherish_customer_store_delete (f->store, id, NULL));
  assert_shop_size (f, fewer_customers, fewer_prospects);
  g_assert_true (cherish_customer_store_undelete (f->store, id, NULL));
  assert_shop_size (f, customers, prospects);
  g_assert_true (cherish_customer_store_erase (f->store, id, NULL));
  assert_shop_size (f, fewer_customers, fewer_prospects);
}

/* The count of the shop's customers (which a server keeps as rows come
 * and go: server step 9) follows every way a customer comes and goes. */
static void
test_shop_size (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CherishCustomer) prospect = cherish_customer_new ("Maybe Later");
  g_autoptr(CherishMerge) merge = NULL;
  gint64 one, two, three, maybe;

  assert_shop_size (f, 0, 0);
  one = add (f, "Regular One", NULL, NULL);
  two = add (f, "Regular Two", NULL, NULL);
  three = add (f, "Regular Three", NULL, NULL);
  assert_shop_size (f, 3, 0);

  /* An import: many in one statement, a prospect among them. */
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf ("Imported %u", i);
      CherishCustomer *customer = cherish_customer_new (name);

      if (i % 10 == 0)
        g_object_set (customer, "is-prospect", TRUE, NULL);
      g_ptr_array_add (many, customer);
    }
  g_assert_true (cherish_customer_store_insert_many (f->store, many, NULL));
  assert_shop_size (f, 39, 4);

  /* A prospect, then the same become a customer. */
  g_object_set (prospect, "is-prospect", TRUE, NULL);
  g_assert_true (cherish_customer_store_insert (f->store, prospect, NULL));
  assert_shop_size (f, 39, 5);
  g_object_set (prospect, "is-prospect", FALSE, NULL);
  g_assert_true (cherish_customer_store_update (f->store, prospect, NULL));
  assert_shop_size (f, 40, 4);
  /* Saving a customer again, unchanged or renamed, counts nothing. */
  g_object_set (prospect, "display-name", "Now Regular", NULL);
  g_assert_true (cherish_customer_store_update (f->store, prospect, NULL));
  assert_shop_size (f, 40, 4);

  /* Deleted, back with Undo, erased; another deleted and purged. */
  delete_undo_erase (f, two, 40, 4, TRUE);
  g_assert_true (cherish_customer_store_delete (f->store, one, NULL));
  g_assert_cmpint (cherish_customer_store_purge_deleted (f->store, NULL), >=, 0);
  assert_shop_size (f, 38, 4);

  /* Two made one, and apart again. */
  merge = cherish_customer_store_merge (f->store, three, cherish_customer_get_id (prospect), NULL);
  g_assert_nonnull (merge);
  assert_shop_size (f, 37, 4);
  g_assert_true (cherish_customer_store_unmerge (f->store, merge, NULL));
  assert_shop_size (f, 38, 4);

  /* A prospect the same: the shop's customers stay as they are. */
  maybe = cherish_customer_get_id (many->pdata[0]);
  g_assert_cmpint (maybe, >, 0);
  delete_undo_erase (f, maybe, 38, 4, FALSE);
}

static gint64
add_with (Fixture    *f,
          const char *name,
          const char *birthday)
{
  return cherish_test_add_customer (f->store, name, "birthday", birthday, NULL);
}

static void
add_life_event (Fixture    *f,
                gint64      customer_id,
                const char *date,
                gboolean    yearly)
{
  g_autoptr(CherishLifeEventStore) events = cherish_life_event_store_new (f->shop.db, f->shop.clock);
  g_autoptr(CherishLifeEvent) event = cherish_life_event_new (customer_id,
                                                              CHERISH_LIFE_EVENT_KIND_WEDDING,
                                                              date);

  g_object_set (event, "yearly", yearly, NULL);
  g_assert_true (cherish_life_event_store_insert (events, event, NULL));
}

static GStrv
names_found (Fixture               *f,
             CherishCustomerFilter  filter)
{
  CherishCustomerQuery query = { NULL, CHERISH_CUSTOMER_SORT_NAME, filter };
  g_autoptr(GPtrArray) found = cherish_customer_store_find (f->store, &query, 0, 100, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_assert_cmpuint (cherish_customer_store_count (f->store, &query, NULL), ==, found->len);
  for (guint i = 0; i < found->len; i++)
    g_strv_builder_add (builder, cherish_customer_get_display_name (found->pdata[i]));
  return g_strv_builder_end (builder);
}

static void
test_filter_not_seen_and_coming_up (Fixture       *f,
                                    gconstpointer  data)
{
  g_auto(GStrv) not_seen = NULL;
  g_auto(GStrv) not_seen_now = NULL;
  g_auto(GStrv) coming_up = NULL;
  gint64 away, recent, yearly, once, once_last_year, prospect;

  /* The clock says 2025-06-15. */
  away = add_with (f, "A away", "1990-07-01");
  recent = add_with (f, "B recent", NULL);
  add_with (f, "C new, no visit yet", NULL);
  add_with (f, "D birthday", "--06-30");
  yearly = add_with (f, "E anniversary", NULL);
  once = add_with (f, "F wedding", NULL);
  once_last_year = add_with (f, "G wedding last year", NULL);
  prospect = add_with (f, "H prospect", NULL);
  {
    g_autoptr(CherishCustomer) p = cherish_customer_store_get (f->store, prospect, NULL);

    g_object_set (p, "is-prospect", TRUE, NULL);
    g_assert_true (cherish_customer_store_update (f->store, p, NULL));
  }

  add_visit (f, away, CHERISH_VISIT_KIND_VISIT, "2025-01-01T10:00:00Z");
  add_visit (f, recent, CHERISH_VISIT_KIND_VISIT, "2025-06-01T10:00:00Z");
  add_life_event (f, yearly, "2010-06-02", TRUE);
  add_life_event (f, once, "2025-06-20", FALSE);
  add_life_event (f, once_last_year, "2024-06-20", FALSE);

  not_seen = names_found (f, CHERISH_CUSTOMER_FILTER_NOT_SEEN);
  g_assert_cmpstrv (not_seen, ((const char *[]) { "A away", NULL }));

  coming_up = names_found (f, CHERISH_CUSTOMER_FILTER_COMING_UP);
  g_assert_cmpstrv (coming_up, ((const char *[]) { "D birthday", "E anniversary", "F wedding",
                                                   NULL }));

  /* 100 days later everyone without a recent visit is "not seen", prospects aside. */
  cherish_clock_advance (f->shop.clock, 100 * G_TIME_SPAN_DAY);
  not_seen_now = names_found (f, CHERISH_CUSTOMER_FILTER_NOT_SEEN);
  g_assert_cmpuint (g_strv_length (not_seen_now), ==, 7);
}

static CherishOccasionKind
next_occasion (Fixture    *f,
               const char *name,
               int        *days,
               char      **title)
{
  CherishCustomerQuery query = { name, CHERISH_CUSTOMER_SORT_NAME, 0 };
  g_autoptr(GPtrArray) found = cherish_customer_store_find (f->store, &query, 0, 1, NULL);
  GDate today;

  g_assert_cmpuint (found->len, ==, 1);
  cherish_clock_get_today (f->shop.clock, &today);
  *title = g_strdup (cherish_customer_get_next_event_title (found->pdata[0]));
  return cherish_customer_get_next_occasion (found->pdata[0], &today, days);
}

static void
test_next_occasion (Fixture       *f,
                    gconstpointer  data)
{
  gint64 both = add_with (f, "Both", "--06-20");
  gint64 past = add_with (f, "Past", "1980-06-20");
  gint64 wrap = add_with (f, "Wrap", NULL);
  g_autofree char *title = NULL;
  int days;

  /* The clock says 2025-06-15. */
  add_life_event (f, both, "2010-06-18", TRUE);     /* in 3 days, yearly */
  add_life_event (f, both, "2025-07-01", FALSE);
  add_life_event (f, past, "2025-06-01", FALSE);    /* over: the birthday wins */
  add_life_event (f, wrap, "2011-01-02", TRUE);
  add_with (f, "Nobody", NULL);

  g_assert_cmpint (next_occasion (f, "both", &days, &title), ==, CHERISH_OCCASION_LIFE_EVENT);
  g_assert_cmpint (days, ==, 3);
  g_clear_pointer (&title, g_free);

  g_assert_cmpint (next_occasion (f, "past", &days, &title), ==, CHERISH_OCCASION_BIRTHDAY);
  g_assert_cmpint (days, ==, 5);
  g_clear_pointer (&title, g_free);

  g_assert_cmpint (next_occasion (f, "nobody", &days, &title), ==, CHERISH_OCCASION_NONE);
  g_clear_pointer (&title, g_free);

  /* Over the year's end: from 30 December, 2 January is 3 days away. */
  {
    g_autoptr(GDateTime) dec30 = g_date_time_new_from_iso8601 ("2025-12-30T12:00:00+03:30", NULL);

    cherish_clock_set_now (f->shop.clock, dec30);
  }
  g_assert_cmpint (next_occasion (f, "wrap", &days, &title), ==, CHERISH_OCCASION_LIFE_EVENT);
  g_assert_cmpint (days, ==, 3);
}

static void
test_delete_undo_erase (Fixture       *f,
                        gconstpointer  data)
{
  gint64 id = add (f, "Leaving Soon", "0912 000 1111", NULL);
  gint64 other = add (f, "Staying", NULL, NULL);
  g_autoptr(CherishCustomer) deleted = NULL;
  g_autoptr(GError) error = NULL;

  add_visit (f, id, CHERISH_VISIT_KIND_VISIT, "2025-06-01T10:00:00Z");

  g_assert_true (cherish_customer_store_delete (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (f, NULL), ==, 1);
  g_assert_cmpuint (count (f, "leaving"), ==, 0);
  deleted = cherish_customer_store_get (f->store, id, &error);
  g_assert_nonnull (cherish_customer_get_deleted_at (deleted));

  /* Deleting twice is an error, not a silent success. */
  g_assert_false (cherish_customer_store_delete (f->store, id, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A deleted customer takes no visits. */
  {
    g_autoptr(CherishVisit) visit = cherish_visit_new (id, CHERISH_VISIT_KIND_VISIT,
                                                       "2025-06-02T10:00:00Z");

    g_assert_false (cherish_visit_store_insert (f->visits, visit, &error));
    g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
    g_assert_cmpstr (cherish_error_get_field (error), ==, "customer-id");
    g_clear_error (&error);
  }

  g_assert_true (cherish_customer_store_undelete (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (f, "leaving"), ==, 1);
  g_assert_cmpuint (cherish_visit_store_count_for_customer (f->visits, id, NULL), ==, 1);

  /* Purge erases what is left deleted, with its visits and search words. */
  g_assert_true (cherish_customer_store_delete (f->store, id, NULL));
  g_assert_cmpint (cherish_customer_store_purge_deleted (f->store, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_null (cherish_customer_store_get (f->store, id, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (cherish_visit_store_count_for_customer (f->visits, id, NULL), ==, 0);
  g_assert_cmpuint (count (f, "0912"), ==, 0);
  g_assert_cmpuint (count (f, NULL), ==, 1);

  g_assert_true (cherish_customer_store_erase (f->store, other, &error));
  g_assert_false (cherish_customer_store_erase (f->store, other, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_NOT_FOUND);
}

/* A customer made field by field (as a store makes thousands from rows)
 * is the customer g_object_new() makes from the same properties (an empty
 * text is no text; nothing else is touched). */
static void
test_new_with (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CherishCustomer) by_properties =
    g_object_new (CHERISH_TYPE_CUSTOMER, "id", (gint64) 42, "display-name", "Sara Ahmadi", "phone", "",
                  "email", "sara@example.com", "is-prospect", TRUE, "visit-count", (guint) 7,
                  "channels", (guint) CHERISH_CHANNELS_ALL, "last-visit-at", "2025-06-01T10:00:00Z", NULL);
  g_autoptr(CherishCustomer) by_fields =
    cherish_customer_new_with ("id", (gint64) 42, "display-name", "Sara Ahmadi", "phone", "",
                               "email", "sara@example.com", "is-prospect", TRUE, "visit-count", (guint) 7,
                               "channels", (guint) CHERISH_CHANNELS_ALL, "last-visit-at", "2025-06-01T10:00:00Z",
                               NULL);
  g_autoptr(CherishCustomer) plain = cherish_customer_new ("Sara");
  GParamSpec **pspecs;
  guint n;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (by_fields), &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) a = G_VALUE_INIT;
      g_auto(GValue) b = G_VALUE_INIT;

      g_value_init (&a, pspecs[i]->value_type);
      g_value_init (&b, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (by_properties), pspecs[i]->name, &a);
      g_object_get_property (G_OBJECT (by_fields), pspecs[i]->name, &b);
      g_assert_cmpint (g_param_values_cmp (pspecs[i], &a, &b), ==, 0);
    }
  g_free (pspecs);
  g_assert_null (cherish_customer_get_phone (by_fields));
  g_assert_true (cherish_customer_get_is_prospect (by_fields) == TRUE);
  g_assert_cmpuint (cherish_customer_get_visit_count (by_fields), ==, 7);
  g_assert_cmpuint (cherish_customer_get_channels (plain), ==, CHERISH_CHANNELS_ALL);
  g_assert_cmpstr (cherish_customer_get_display_name (plain), ==, "Sara");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/customer-store/round-trip", test_round_trip);
  ADD ("/customer-store/new-with", test_new_with);
  ADD ("/customer-store/validation", test_validation);
  ADD ("/customer-store/search", test_search);
  ADD ("/customer-store/search-density", test_search_density);
  ADD ("/customer-store/search-typed-further", test_search_typed_further);
  ADD ("/customer-store/search-walk-predicted", test_search_walk_predicted);
  ADD ("/customer-store/search-sought", test_search_sought);
  ADD ("/customer-store/search-most-late", test_search_most_late);
  ADD ("/customer-store/search-most-deeper", test_search_most_deeper);
  ADD ("/customer-store/sort", test_sort);
  ADD ("/customer-store/filter", test_filter);
  ADD ("/customer-store/shop-size", test_shop_size);
  ADD ("/customer-store/filter-not-seen-coming-up", test_filter_not_seen_and_coming_up);
  ADD ("/customer-store/next-occasion", test_next_occasion);
  ADD ("/customer-store/delete-undo-erase", test_delete_undo_erase);

  return g_test_run ();
}
