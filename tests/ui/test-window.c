/* test-window.c — the first window, driven under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "cherish-customer-store.h"
#include "cherish-error.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"
#include "cherish-window.h"

typedef struct
{
  char            *dir;
  CherishDatabase *db;
  CherishWindow   *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = cherish_test_make_dir ();
  f->db = cherish_test_open_database (f->dir, "window.db");
  f->window = cherish_window_new (NULL, f->db);
  gtk_window_present (GTK_WINDOW (f->window));
  cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->db);
  cherish_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
test_empty_state (Fixture       *f,
                  gconstpointer  data)
{
  AdwStatusPage *empty;

  g_assert_cmpstr (cherish_window_get_page_name (f->window), ==, "empty");
  empty = ADW_STATUS_PAGE (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                          CHERISH_TYPE_WINDOW, "empty_page"));
  g_assert_cmpstr (adw_status_page_get_title (empty), ==, "No Customers Yet");
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (empty)));
}

static void
test_follows_store (Fixture       *f,
                    gconstpointer  data)
{
  /* Another store instance, as a dialog or an import would use. */
  g_autoptr(CherishCustomerStore) store = cherish_customer_store_new (f->db, NULL);
  g_autoptr(CherishCustomer) sara = cherish_customer_new ("Sara");
  g_autoptr(CherishCustomer) omid = cherish_customer_new ("امید");
  AdwWindowTitle *title;
  GtkListView *list;

  title = ADW_WINDOW_TITLE (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                           CHERISH_TYPE_WINDOW, "window_title"));
  list = GTK_LIST_VIEW (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                       CHERISH_TYPE_WINDOW, "customer_list"));

  g_assert_true (cherish_customer_store_insert (store, sara, NULL));
  g_assert_true (cherish_customer_store_insert (store, omid, NULL));
  cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);

  g_assert_cmpstr (cherish_window_get_page_name (f->window), ==, "customers");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))), ==, 2);
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "2 customers");

  g_assert_true (cherish_customer_store_delete (store, cherish_customer_get_id (sara), NULL));
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "1 customer");
  g_assert_true (cherish_customer_store_delete (store, cherish_customer_get_id (omid), NULL));
  g_assert_cmpstr (cherish_window_get_page_name (f->window), ==, "empty");
}

static void
test_error_page (void)
{
  g_autoptr(GError) error = g_error_new (CHERISH_ERROR, CHERISH_ERROR_CORRUPT,
                                         "The database “x” is damaged.");
  CherishWindow *window = cherish_window_new (NULL, NULL);
  AdwStatusPage *page;

  cherish_window_show_error (window, error);
  gtk_window_present (GTK_WINDOW (window));
  cherish_test_wait_for_frames (GTK_WIDGET (window), 2);

  g_assert_cmpstr (cherish_window_get_page_name (window), ==, "error");
  page = ADW_STATUS_PAGE (gtk_widget_get_template_child (GTK_WIDGET (window), CHERISH_TYPE_WINDOW,
                                                         "error_page"));
  g_assert_cmpstr (adw_status_page_get_description (page), ==, error->message);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  int minimum;

  /* The window fits a 360 px wide screen. */
  gtk_widget_measure (GTK_WIDGET (f->window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL,
                      NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
}

int
main (int   argc,
      char *argv[])
{
  cherish_test_gtk_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/window/empty-state", test_empty_state);
  ADD ("/window/follows-store", test_follows_store);
  ADD ("/window/narrow", test_narrow);
  g_test_add_func ("/window/error-page", test_error_page);

  return g_test_run ();
}
