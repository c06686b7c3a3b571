/* test-customer-search.c — finding customers: folding, and the plans at every density
 *
 * Whatever way a search finds its page (sorting a few matches, walking
 * the list's index past many, asking the search index row by row, the
 * names starting with the word read where they sort), the page is the
 * one of all its matches in the list's order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cherish-customer-store-private.h"   /* the search plans */
#include "cherish-database-private.h"
#include "cherish-text.h"
#include "customer-store-fixture.h"

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

  fixture_add (f, "Sára Lindqvist", NULL, "sara.lindqvist@example.com");
  fixture_add (f, "Sara Novak", "021 4455 6677", "sara@example.com");
  fixture_add (f, "Zoë van Dijk", NULL, NULL);
  fixture_add (f, "سارا احمدی", "+98 912 345 6789", NULL);
  fixture_add (f, "كيان يزدي", NULL, NULL);   /* typed with Arabic letters */
  fixture_add (f, "محمد‌رضا کاظمی", NULL, NULL);
  deleted = fixture_add (f, "Sara Deleted", NULL, NULL);
  g_assert_true (cherish_customer_store_delete (f->store, deleted, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (search_cases); i++)
    {
      guint n = fixture_count (f, search_cases[i].search);

      if (n != search_cases[i].expected)
        g_error ("search “%s”: %u found, %u expected", search_cases[i].search, n,
                 search_cases[i].expected);
    }
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

/* The customers of add_many() and, before all of them by name, 10,000
 * named Anna, with no phone and no digit or "z" in their names. */
static void
add_annas (Fixture *f)
{
  g_autoptr(GPtrArray) annas = g_ptr_array_new_with_free_func (g_object_unref);

  add_many (f);
  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Anna %c%c%c%c", 'a' + i % 10, 'a' + i / 10 % 10,
                                               'a' + i / 100 % 10, 'a' + i / 1000);

      g_ptr_array_add (annas, cherish_customer_new (name));
    }
  g_assert_true (cherish_customer_store_insert_many (f->store, annas, NULL));
}

/* add_annas () on a file; else the test is skipped, @why_not_on_a_server. */
static gboolean
add_annas_first (Fixture    *f,
                 const char *why_not_on_a_server)
{
  if (cherish_database_get_dialect (f->shop.db) != CHERISH_DIALECT_SQLITE)
    {
      g_test_skip (why_not_on_a_server);
      return FALSE;
    }
  add_annas (f);
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
 * down (a server walks them within its time, then sorts). By name, a
 * server walks its names instead (test_search_names_walked ()). */
static void
test_search_most_deeper (Fixture       *f,
                         gconstpointer  data)
{
  CherishCustomerQuery zero = { "0", CHERISH_CUSTOMER_SORT_NAME, 0 };
  CherishCustomerQuery zero_by_visits = { "0", CHERISH_CUSTOMER_SORT_VISIT_COUNT, 0 };
  gboolean file = cherish_database_get_dialect (f->shop.db) == CHERISH_DIALECT_SQLITE;
  CherishCustomerQuery *asked = file ? &zero : &zero_by_visits;

  add_many (f);
  g_assert_cmpint (plan_at (f, asked, 0), ==, SEARCH_MOST);
  g_assert_cmpint (plan_at (f, asked, 50), ==, file ? SEARCH_MOST : SEARCH_MANY);
  g_assert_cmpint (plan_at (f, asked, 1000), ==, file ? SEARCH_MOST_GATHERED : SEARCH_MANY);
  for (guint offset = 0; !file && offset <= 1000; offset += 500)
    g_assert_cmpint (plan_at (f, &zero, offset), ==, SEARCH_NAMES_WALKED);
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

  /* Whether it is sought is kept for the data as they are: a Sara
   * renamed to start with punctuation (no new customer) is told as well,
   * and so is one renamed back by another store of the same shop. */
  g_object_set (more->pdata[0], "display-name", "(Sara) Renamed", NULL);
  g_assert_true (cherish_customer_store_update (f->store, more->pdata[0], &error));
  g_assert_no_error (error);
  g_assert_cmpint (plan_of (f, &sar), !=, SEARCH_SOUGHT);
  assert_pages_by_name (f, &sar, 430);
  {
    g_autoptr(CherishCustomerStore) other = cherish_customer_store_new (f->shop.db, NULL);

    g_object_set (more->pdata[0], "display-name", "Sara Again", NULL);
    g_assert_true (cherish_customer_store_update (other, more->pdata[0], &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (plan_of (f, &sar), ==, SEARCH_SOUGHT);
  assert_pages_by_name (f, &sar, 430);
}

/* On a server, by name, a search whose page ends early enough among the
 * names (as the sample measuring its density tells) walks the search
 * table's names in order: "vera" after 10,000 Annas and 600 others, "0"
 * in every phone. Among them, a customer whose e-mail is too long for
 * the index of names is read from the other index, in its place. "zoe",
 * at the very end, is sorted, as is a filtered search. The pages are
 * those of sorting every match. */
static void
test_search_names_walked (Fixture       *f,
                          gconstpointer  data)
{
  CherishCustomerQuery vera = { "vera", CHERISH_CUSTOMER_SORT_NAME, 0 };
  CherishCustomerQuery zero = { "0", CHERISH_CUSTOMER_SORT_NAME, 0 };
  CherishCustomerQuery zoe = { "zoe", CHERISH_CUSTOMER_SORT_NAME, 0 };
  CherishCustomerQuery vera_prospects = { "vera", CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_FILTER_PROSPECTS };
  g_autoptr(CherishCustomer) vera_long = NULL;
  g_autoptr(CherishCustomer) omid_long = NULL;
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GString) user = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  if (cherish_database_get_dialect (f->shop.db) == CHERISH_DIALECT_SQLITE)
    {
      g_test_skip ("a file walks the list's own index");
      return;
    }
  add_annas (f);
  /* 200 letters of name ("vera !!!…" sorts first of the Veras) and 250 of
   * e-mail, the most a customer may have. */
  g_string_append (name, "Vera ");
  for (guint i = 0; i < 195; i++)
    g_string_append_c (name, '!');
  for (guint i = 0; i < 26; i++)
    g_string_append (user, "verylong.");
  g_string_append (user, "name@example.com");
  vera_long = cherish_customer_new (name->str);
  g_object_set (vera_long, "phone", "0912 555 0000", "email", user->str, NULL);
  g_assert_true (cherish_customer_store_insert (f->store, vera_long, &error));
  g_assert_no_error (error);
  g_string_overwrite (name, 0, "Omid");
  omid_long = cherish_customer_new (name->str);
  g_object_set (omid_long, "email", user->str, NULL);
  g_assert_true (cherish_customer_store_insert (f->store, omid_long, &error));
  g_assert_no_error (error);

  g_assert_cmpint (plan_of (f, &vera), ==, SEARCH_NAMES_WALKED);
  assert_pages_by_name (f, &vera, 9209);
  g_assert_cmpint (plan_of (f, &zero), ==, SEARCH_NAMES_WALKED);
  assert_pages_by_name (f, &zero, 13001);
  g_assert_cmpint (plan_of (f, &zoe), !=, SEARCH_NAMES_WALKED);
  assert_pages_by_name (f, &zoe, 3200);
  g_assert_cmpint (plan_of (f, &vera_prospects), !=, SEARCH_NAMES_WALKED);
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

/* Whether the server's list of words holds exactly the words of its
 * search table (server step 14): each lexeme of a row short enough, with
 * the row's name, once. */
static void
assert_words_listed (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CherishStmt) stmt = cherish_database_prepare (
    f->shop.db,
    "WITH kept AS (SELECT DISTINCT u.lexeme AS word, s.name, s.rowid FROM customer_search s, unnest (s.words) AS u "
    "              WHERE octet_length (s.name) + octet_length (s.contact) <= 400) "
    "SELECT (SELECT count(*) FROM customer_words), (SELECT count(*) FROM kept), "
    "       (SELECT count(*) FROM (SELECT word, name, rowid FROM customer_words "
    "                              EXCEPT SELECT word, name, rowid FROM kept) AS extra)",
    &error);

  g_assert_no_error (error);
  g_assert_cmpint (cherish_stmt_step (stmt), ==, CHERISH_ROW);
  g_assert_cmpint (cherish_stmt_column_int64 (stmt, 0), >, 0);
  g_assert_cmpint (cherish_stmt_column_int64 (stmt, 0), ==, cherish_stmt_column_int64 (stmt, 1));
  g_assert_cmpint (cherish_stmt_column_int64 (stmt, 2), ==, 0);
}

/* The ids of @search's first @limit matches from @offset, in @sort. */
static GArray *
found_ids (Fixture             *f,
           const char          *search,
           CherishCustomerSort  sort,
           guint                offset,
           guint                limit)
{
  CherishCustomerQuery query = { search, sort, CHERISH_CUSTOMER_FILTER_NONE };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = cherish_customer_store_find (f->store, &query, offset, limit, &error);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_no_error (error);
  for (guint i = 0; i < found->len; i++)
    {
      gint64 id = cherish_customer_get_id (found->pdata[i]);

      g_array_append_val (ids, id);
    }
  return ids;
}

/* A one-word search on a server reads its list of words: it finds, in
 * every order and page, what the same word twice finds through the
 * full-text index (two words never read the list), each customer once
 * however many of their words start with it, and a customer too long for
 * the list as well. The list follows every change. */
static void
test_search_words (Fixture       *f,
                   gconstpointer  data)
{
  static const CherishCustomerSort sorts[] = {
    CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_SORT_LAST_VISIT, CHERISH_CUSTOMER_SORT_VISIT_COUNT,
  };
  static const struct { const char *one, *twice; } searches[] = {
    { "zo", "zo zo" }, { "sima", "sima sima" }, { "z", "z z" }, { "zane", "zane zane" },
  };
  CherishCustomerQuery z = { "z", CHERISH_CUSTOMER_SORT_NAME, 0 };
  g_autoptr(GString) name = g_string_new ("Zed ");
  g_autoptr(GString) email = g_string_new (NULL);
  g_autoptr(CherishCustomer) renamed = NULL;
  g_autoptr(GError) error = NULL;
  gint64 zora, zane, zed, gone;

  if (cherish_database_get_dialect (f->shop.db) == CHERISH_DIALECT_SQLITE)
    {
      g_test_skip ("a file's search index is FTS5");
      return;
    }
  add_many (f);
  /* Three words each starting with "z", two of them "za" and "zb"... */
  zora = fixture_add (f, "Zora Zane", NULL, "zz@example.com");
  zane = fixture_add (f, "Zane Zora", NULL, "zz@example.com");
  /* ...and 200 letters of name and 250 of e-mail, kept out of the list. */
  for (guint i = 0; i < 196; i++)
    g_string_append_c (name, '!');
  for (guint i = 0; i < 26; i++)
    g_string_append (email, "zedlong.");
  g_string_append (email, "name@example.com");
  zed = fixture_add (f, name->str, NULL, email->str);
  gone = fixture_add (f, "Zane Gone", NULL, NULL);
  assert_words_listed (f);

  for (guint s = 0; s < G_N_ELEMENTS (searches); s++)
    for (guint o = 0; o < G_N_ELEMENTS (sorts); o++)
      {
        CherishCustomerQuery one = { searches[s].one, sorts[o], 0 };
        CherishCustomerQuery twice = { searches[s].twice, sorts[o], 0 };
        guint count = cherish_customer_store_count (f->store, &twice, NULL);

        g_assert_cmpuint (cherish_customer_store_count (f->store, &one, NULL), ==, count);
        g_assert_cmpuint (cherish_customer_store_count_at_most (f->store, &one, 7, NULL), ==, MIN (count, 7));
        for (guint offset = 0; offset < count; offset += count / 5 + 1)
          {
            g_autoptr(GArray) listed = found_ids (f, searches[s].one, sorts[o], offset, 45);
            g_autoptr(GArray) indexed = found_ids (f, searches[s].twice, sorts[o], offset, 45);

            g_assert_cmpuint (listed->len, ==, indexed->len);
            g_assert_cmpmem (listed->data, listed->len * sizeof (gint64),
                             indexed->data, indexed->len * sizeof (gint64));
          }
      }
  /* Fewer than 1 in 50 of the shop, counted: sorted from the list of
   * words, never walked, though the sample meets enough of them for a
   * walk (a walk might meet them late and give up). 200 Abes, one in
   * ten of 2,000 more customers, first by name. */
  {
    CherishCustomerQuery abe = { "abe", CHERISH_CUSTOMER_SORT_NAME, 0 };
    g_autoptr(GPtrArray) more = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < 2000; i++)
      {
        g_autofree char *named = g_strdup_printf ("%s %04u", i % 10 == 0 ? "Abe" : "Ulla", i);

        g_ptr_array_add (more, cherish_customer_new (named));
      }
    g_assert_true (cherish_customer_store_insert_many (f->store, more, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (cherish_customer_store_count_at_most (f->store, &abe, 1000, NULL), ==, 200);
    g_assert_cmpint (plan_of (f, &abe), ==, SEARCH_FEW);
    assert_words_listed (f);
  }
  /* 3,200 Zoes, the two Zanes, Zed and the one gone yet. */
  g_assert_cmpuint (cherish_customer_store_count (f->store, &z, NULL), ==, 3204);

  /* Renamed, a new e-mail; deleted, back again; erased. */
  renamed = cherish_customer_store_get (f->store, zora, &error);
  g_assert_no_error (error);
  g_object_set (renamed, "display-name", "Yara Zane", "email", "yara@example.org", NULL);
  g_assert_true (cherish_customer_store_update (f->store, renamed, &error));
  g_assert_no_error (error);
  assert_words_listed (f);
  g_assert_cmpuint (fixture_count (f, "zora"), ==, 1);
  g_assert_cmpuint (fixture_count (f, "yara"), ==, 1);
  g_assert_cmpuint (fixture_count (f, "zz"), ==, 1);
  g_clear_object (&renamed);
  renamed = cherish_customer_store_get (f->store, zane, &error);
  g_object_set (renamed, "email", "zq@example.net", NULL);   /* the e-mail alone */
  g_assert_true (cherish_customer_store_update (f->store, renamed, &error));
  g_assert_no_error (error);
  assert_words_listed (f);
  g_assert_cmpuint (fixture_count (f, "zz"), ==, 0);
  g_assert_cmpuint (fixture_count (f, "zq"), ==, 1);
  g_assert_true (cherish_customer_store_delete (f->store, zed, &error));
  g_assert_cmpuint (fixture_count (f, "zedlong"), ==, 0);
  g_assert_true (cherish_customer_store_undelete (f->store, zed, &error));
  g_assert_cmpuint (fixture_count (f, "zedlong"), ==, 1);
  g_assert_true (cherish_customer_store_erase (f->store, gone, &error));
  g_assert_no_error (error);
  assert_words_listed (f);
  g_assert_cmpuint (fixture_count (f, "gone"), ==, 0);
  g_assert_cmpuint (cherish_customer_store_count (f->store, &z, NULL), ==, 3203);   /* Yara Zane still */
}

/* Among the first twice as many entries of the list as asked for, fewer
 * customers than asked for (each has three words starting with "q"): the
 * count is not told from them, but counted to its end. */
static void
test_search_words_few_customers (Fixture       *f,
                                 gconstpointer  data)
{
  CherishCustomerQuery q = { "q", CHERISH_CUSTOMER_SORT_NAME, 0 };

  if (cherish_database_get_dialect (f->shop.db) == CHERISH_DIALECT_SQLITE)
    {
      g_test_skip ("a file's search index is FTS5");
      return;
    }
  fixture_add (f, "Qa Qb Qc", NULL, NULL);
  fixture_add (f, "Qa Qb Qc", NULL, NULL);
  fixture_add (f, "Qz One", NULL, NULL);
  fixture_add (f, "Qz Two", NULL, NULL);
  g_assert_cmpuint (cherish_customer_store_count_at_most (f->store, &q, 3, NULL), ==, 3);
  g_assert_cmpuint (cherish_customer_store_count_at_most (f->store, &q, 10, NULL), ==, 4);
  g_assert_cmpuint (cherish_customer_store_count_at_most (f->store, &q, 2, NULL), ==, 2);
}

/* A search's density follows the shop's size: "sima", 500 among 13,000,
 * is some of the shop (1 in 50 or more), and few once 12,100 more came
 * in and it was counted again; a server keeps the size until it hears
 * that the customers changed. */
static void
test_search_shop_grows (Fixture       *f,
                        gconstpointer  data)
{
  CherishCustomerQuery sima = { "sima", CHERISH_CUSTOMER_SORT_VISIT_COUNT, 0 };
  g_autoptr(GPtrArray) more = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  add_many (f);
  g_assert_cmpint (plan_of (f, &sima), ==, SEARCH_SOME);
  for (guint i = 0; i < 12100; i++)
    {
      g_autofree char *name = g_strdup_printf ("Ulla %05u", i);

      g_ptr_array_add (more, cherish_customer_new (name));
    }
  g_assert_true (cherish_customer_store_insert_many (f->store, more, &error));
  g_assert_no_error (error);
  /* Counted (a server's sample could meet its matches together). */
  g_assert_cmpuint (cherish_customer_store_count_at_most (f->store, &sima, 1000, NULL), ==, 500);
  g_assert_cmpint (plan_of (f, &sima), ==, SEARCH_FEW);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/customer-store/search", test_search);
  ADD ("/customer-store/search-density", test_search_density);
  ADD ("/customer-store/search-typed-further", test_search_typed_further);
  ADD ("/customer-store/search-walk-predicted", test_search_walk_predicted);
  ADD ("/customer-store/search-sought", test_search_sought);
  ADD ("/customer-store/search-most-late", test_search_most_late);
  ADD ("/customer-store/search-most-deeper", test_search_most_deeper);
  ADD ("/customer-store/search-names-walked", test_search_names_walked);
  ADD ("/customer-store/search-shop-grows", test_search_shop_grows);
  ADD ("/customer-store/search-words", test_search_words);
  ADD ("/customer-store/search-words-few-customers", test_search_words_few_customers);

  return g_test_run ();
}
