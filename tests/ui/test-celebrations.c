/* test-celebrations.c — the Celebrations page with a long list, under Xvfb
 *
 * A week of a big shop holds hundreds of occasions. The page lists every
 * one, and the window keeps drawing while it fills: on GTK before 4.12,
 * whose list views make a row for each of their first 200 items at once,
 * an empty list grows a screenful a frame up to those rows, then takes the
 * rest at once; a list that long already is replaced at once; a range
 * chosen meanwhile is read once the filling is done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "cherish-celebrations-page.h"
#include "cherish-customer-store.h"
#include "cherish-occasion.h"
#include "cherish-page-reading.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"
#include "cherish-widget-util.h"

#define CUSTOMERS 600

typedef struct
{
  CherishTestShop          shop;
  CherishCelebrationsPage *page;
  GtkWindow               *window;
  GArray                  *added;   /* items added at each change of the list */
} Fixture;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *f)
{
  if (added > 0)
    g_array_append_val (f->added, added);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_object_unref);

  /* Tuesday 24 November 2026; every birthday within the week. */
  cherish_test_shop_open (&f->shop, "2026-11-24T10:00:00+03:30", "celebrations.db");
  customers = cherish_customer_store_new (f->shop.db, f->shop.clock);
  for (guint i = 0; i < CUSTOMERS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Customer %03u", i);
      g_autofree char *birthday = g_strdup_printf ("--11-%02u", 25 + i % 5);

      g_ptr_array_add (many, g_object_new (CHERISH_TYPE_CUSTOMER, "display-name", name, "birthday", birthday,
                                           NULL));
    }
  g_assert_true (cherish_customer_store_insert_many (customers, many, NULL));

  f->added = g_array_new (FALSE, FALSE, sizeof (guint));
  f->page = g_object_new (CHERISH_TYPE_CELEBRATIONS_PAGE, NULL);
  g_signal_connect (cherish_celebrations_page_get_items (f->page), "items-changed",
                    G_CALLBACK (on_items_changed), f);
  cherish_celebrations_page_setup (f->page, f->shop.db, f->shop.clock);
  f->window = cherish_test_window_with (GTK_WIDGET (f->page), 600, 800);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_array_unref (f->added);
  cherish_test_shop_close (&f->shop);
}

/* The birthdays listed (the shop's own milestones of 100, 250 and 500
 * customers are listed too). */
static guint
count_birthdays (Fixture *f)
{
  GListModel *items = cherish_celebrations_page_get_items (f->page);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      n += CHERISH_IS_OCCASION (item) &&
           cherish_occasion_get_kind (CHERISH_OCCASION (item)) == CHERISH_OCCASION_BIRTHDAY;
    }
  return n;
}

static gboolean
fills_gradually (void)
{
  return gtk_get_minor_version () < 12;
}

/* Chooses the range @index, and waits until the first of what it read
 * is listed: on GTK before 4.12, filling an empty list, the rest is still
 * to come. */
static void
choose_until_listing (Fixture *f,
                      guint    index)
{
  GtkDropDown *range = cherish_test_child (f->page, CHERISH_TYPE_CELEBRATIONS_PAGE, "range_dropdown");
  guint before = f->added->len;

  gtk_drop_down_set_selected (range, index);
  while (f->added->len == before)
    g_main_context_iteration (NULL, TRUE);
  if (fills_gradually ())
    {
      g_assert_cmpuint (cherish_pages_loading (), ==, 1);
      g_assert_cmpuint (g_list_model_get_n_items (cherish_celebrations_page_get_items (f->page)), ==, 25);
    }
}

static void
test_long_list (Fixture       *f,
                gconstpointer  data)
{
  GListModel *items = cherish_celebrations_page_get_items (f->page);
  GtkDropDown *range = cherish_test_child (f->page, CHERISH_TYPE_CELEBRATIONS_PAGE, "range_dropdown");
  guint week = gtk_drop_down_get_selected (range);
  guint changes;

  /* Shown, then read in a thread, then filled: every occasion is listed
   * once the page says it has read. */
  g_assert_cmpuint (week, !=, 3);
  g_assert_cmpuint (cherish_pages_loading (), ==, 0);
  g_assert_cmpuint (count_birthdays (f), ==, CUSTOMERS);
  if (fills_gradually ())
    {
      /* A screenful a frame (25) while the view makes its rows, then the rest. */
      g_assert_cmpuint (f->added->len, >, 2);
      g_assert_cmpuint (g_array_index (f->added, guint, 0), ==, 25);
      g_assert_cmpuint (g_array_index (f->added, guint, f->added->len - 1), >, 25);
    }
  else
    {
      g_assert_cmpuint (f->added->len, ==, 1);
    }

  /* Read again (a change elsewhere): a list that long is replaced at once. */
  changes = f->added->len;
  cherish_celebrations_page_reload (f->page);
  cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);
  g_assert_cmpuint (f->added->len, ==, changes + 1);
  g_assert_cmpuint (count_birthdays (f), ==, CUSTOMERS);

  /* The 30 days before today: nobody. */
  gtk_drop_down_set_selected (range, 3);
  cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 0);

  /* The week again, and the 30 days before chosen while it fills: that
   * is read after, and shown alone. */
  choose_until_listing (f, week);
  gtk_drop_down_set_selected (range, 3);
  cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);
  g_assert_cmpuint (cherish_pages_loading (), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 0);

  /* The week once more, in full. */
  gtk_drop_down_set_selected (range, week);
  cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);
  g_assert_cmpuint (count_birthdays (f), ==, CUSTOMERS);

  /* Hidden while filling (another page chosen): the rest at once. */
  gtk_drop_down_set_selected (range, 3);
  cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);
  choose_until_listing (f, week);
  gtk_widget_set_visible (GTK_WIDGET (f->page), FALSE);
  g_assert_cmpuint (cherish_pages_loading (), ==, 0);
  g_assert_cmpuint (count_birthdays (f), ==, CUSTOMERS);
  gtk_widget_set_visible (GTK_WIDGET (f->page), TRUE);

  /* Destroyed while filling: nothing is left behind to run. */
  gtk_drop_down_set_selected (range, 3);
  cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);
  choose_until_listing (f, week);
}

int
main (int   argc,
      char *argv[])
{
  cherish_test_gtk_init (&argc, &argv);

  g_test_add ("/celebrations/long-list", Fixture, NULL, fixture_set_up, test_long_list, fixture_tear_down);

  return g_test_run ();
}
