/* test-customer-list.c — the customers list: a model that pages, and grows
 *
 * The list of a big shop is a GListModel that reads a page of rows when
 * the view asks for it, follows every change of the store, and counts a
 * search to a thousand before it grows when scrolled there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cherish-customer-store.h"
#include "cherish-live-list.h"
#include "cherish-paged-model.h"
#include "cherish-test-util.h"

typedef struct
{
  CherishTestShop       shop;
  CherishCustomerStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  cherish_test_shop_open (&f->shop, "2025-06-15T10:00:00+03:30", "customer-list.db");
  f->store = cherish_customer_store_new (f->shop.db, f->shop.clock);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  cherish_test_shop_close (&f->shop);
}

static void
add (Fixture    *f,
     const char *name)
{
  cherish_test_add_customer (f->store, name, NULL);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  guint *calls = user_data;

  (*calls)++;
}

static void
test_list_model (Fixture       *f,
                 gconstpointer  data)
{
  CherishCustomerQuery query = { NULL, CHERISH_CUSTOMER_SORT_NAME, 0 };
  g_autoptr(GListModel) model = NULL;
  guint changes = 0;

  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Customer %04u", i);

      add (f, name);
    }

  model = cherish_customer_store_list (f->store, &query);
  g_assert_true (g_list_model_get_item_type (model) == CHERISH_TYPE_CUSTOMER);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1000);
  /* Nothing is read before it is asked for. */
  g_assert_cmpuint (cherish_paged_model_get_fetches (CHERISH_PAGED_MODEL (model)), ==, 0);

  {
    g_autoptr(CherishCustomer) first = g_list_model_get_item (model, 0);
    g_autoptr(CherishCustomer) again = g_list_model_get_item (model, 0);
    g_autoptr(CherishCustomer) deep = g_list_model_get_item (model, 777);
    g_autoptr(CherishCustomer) last = g_list_model_get_item (model, 999);
    g_autoptr(CherishCustomer) past = g_list_model_get_item (model, 1000);

    g_assert_cmpstr (cherish_customer_get_display_name (first), ==, "Customer 0000");
    g_assert_true (first == again);
    g_assert_cmpstr (cherish_customer_get_display_name (deep), ==, "Customer 0777");
    g_assert_cmpstr (cherish_customer_get_display_name (last), ==, "Customer 0999");
    g_assert_null (past);
    /* Three pages read, of the ten. */
    g_assert_cmpuint (cherish_paged_model_get_fetches (CHERISH_PAGED_MODEL (model)), ==, 3);
  }

  /* Walking the whole list evicts old pages but stays correct. */
  for (guint i = 0; i < 1000; i += 37)
    {
      g_autoptr(CherishCustomer) c = g_list_model_get_item (model, i);
      g_autofree char *expected = g_strdup_printf ("Customer %04u", i);

      g_assert_cmpstr (cherish_customer_get_display_name (c), ==, expected);
    }

  /* Both plans (walk the sort index for common words, sort the few matches
   * of rare ones) give the same order. */
  {
    static const struct { const char *search; guint n; const char *first; } cases[] = {
      { "customer", 1000, "Customer 0000" },   /* all: walks the index */
      { "customer 09", 100, "Customer 0900" }, /* one in ten: walks the index */
      { "customer 099", 10, "Customer 0990" }, /* one in a hundred: sorts */
      { "0777", 1, "Customer 0777" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        CherishCustomerQuery search = { cases[i].search, CHERISH_CUSTOMER_SORT_NAME, 0 };
        g_autoptr(GPtrArray) found = cherish_customer_store_find (f->store, &search, 0, 1000,
                                                                  NULL);

        g_assert_cmpuint (found->len, ==, cases[i].n);
        g_assert_cmpuint (cherish_customer_store_count (f->store, &search, NULL), ==, cases[i].n);
        g_assert_cmpstr (cherish_customer_get_display_name (found->pdata[0]), ==, cases[i].first);
        for (guint k = 1; k < found->len; k++)
          g_assert_cmpstr (cherish_customer_get_display_name (found->pdata[k - 1]), <,
                           cherish_customer_get_display_name (found->pdata[k]));
      }
  }

  /* It follows changes of the store. */
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &changes);
  add (f, "Aaron First");
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1001);
  {
    g_autoptr(CherishCustomer) first = g_list_model_get_item (model, 0);

    g_assert_cmpstr (cherish_customer_get_display_name (first), ==, "Aaron First");
  }
}

static void
count_calls (gpointer user_data)
{
  (*(guint *) user_data)++;
}

/* A search counts to a thousand and grows when the view nears its end;
 * the live list moves only its end, the rows on screen are not told. */
static void
test_list_grows (Fixture       *f,
                 gconstpointer  data)
{
  CherishCustomerQuery search = { "sam", CHERISH_CUSTOMER_SORT_NAME, 0 };
  g_autoptr(GListModel) model = NULL;
  g_autoptr(CherishLiveList) live = cherish_live_list_new ();
  g_autoptr(CherishListSlot) first = NULL;
  g_autoptr(CherishListSlot) near_end = NULL;
  g_autoptr(CherishCustomer) last = NULL;
  guint told = 0, changes = 0;

  for (guint i = 0; i < 2500; i++)
    {
      g_autofree char *name = g_strdup_printf ("Sam %04u", i);

      add (f, name);
    }
  add (f, "Other Person");

  g_assert_cmpuint (cherish_customer_store_count_at_most (f->store, &search, 1000, NULL), ==, 1000);
  g_assert_cmpuint (cherish_customer_store_count_at_most (f->store, &search, 5000, NULL), ==, 2500);
  g_assert_cmpuint (cherish_customer_store_count (f->store, &search, NULL), ==, 2500);

  model = cherish_customer_store_list (f->store, &search);
  cherish_live_list_set_model (live, model);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1000);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (live)), ==, 1000);
  g_signal_connect (live, "items-changed", G_CALLBACK (on_items_changed), &changes);

  first = g_list_model_get_item (G_LIST_MODEL (live), 0);
  g_assert_cmpstr (cherish_customer_get_display_name (cherish_list_slot_get_item (first)), ==,
                   "Sam 0000");
  g_signal_connect_swapped (first, "notify::item", G_CALLBACK (count_calls), &told);

  /* Reading near the end counts further, once the main loop is free. */
  near_end = g_list_model_get_item (G_LIST_MODEL (live), 950);
  g_assert_cmpstr (cherish_customer_get_display_name (cherish_list_slot_get_item (near_end)), ==,
                   "Sam 0950");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1000);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2500);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (live)), ==, 2500);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (told, ==, 0);
  last = g_list_model_get_item (model, 2499);
  g_assert_cmpstr (cherish_customer_get_display_name (last), ==, "Sam 2499");

  /* Counted to the end: reading there grows nothing more. */
  g_clear_object (&last);
  last = g_list_model_get_item (model, 2450);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (changes, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/customer-list/model", Fixture, NULL, fixture_set_up, test_list_model, fixture_tear_down);
  g_test_add ("/customer-list/grows", Fixture, NULL, fixture_set_up, test_list_grows, fixture_tear_down);

  return g_test_run ();
}
