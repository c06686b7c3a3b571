/* cherish-test-window.c — a whole window on a real shop, for the window's
 * tests, and what they do to it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "cherish-lazy-page.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"
#include "cherish-test-window.h"

/* The window on a new shop, on its customers page, the clock on Tuesday
 * 24 November 2026 in Tehran. */
void
cherish_test_window_set_up (CherishTestWindow *f,
                            gconstpointer      data)
{
  f->dir = cherish_test_make_dir ();
  f->db = cherish_test_open_database (f->dir, "window.db");
  f->clock = cherish_test_clock_at ("2026-11-24T10:00:00+03:30");
  f->store = cherish_customer_store_new (f->db, f->clock);
  f->window = cherish_window_new (NULL, f->db, f->clock);
  cherish_window_set_page_name (f->window, "customers");
  gtk_window_present (GTK_WINDOW (f->window));
  cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);
}

void
cherish_test_window_tear_down (CherishTestWindow *f,
                               gconstpointer      data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->store);
  g_clear_object (&f->clock);
  g_clear_object (&f->db);
  cherish_test_remove_dir (f->dir);
  g_free (f->dir);
}

CherishCustomersPage *
cherish_test_window_customers (CherishTestWindow *f)
{
  return CHERISH_CUSTOMERS_PAGE (cherish_window_get_page (f->window, "customers"));
}

/* The customer's detail on @page, built now if it was not yet. */
CherishCustomerDetail *
cherish_test_window_detail (CherishCustomersPage *page)
{
  return CHERISH_CUSTOMER_DETAIL (cherish_lazy_page_get_page (cherish_test_child (page, CHERISH_TYPE_CUSTOMERS_PAGE,
                                                                                   "detail_slot")));
}

/* A dialog window of @type on screen, or %NULL. */
GtkWindow *
cherish_test_window_dialog (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WINDOW (window);
    }
  return NULL;
}

/* What a click does, at once (activating a button animates first). */
void
cherish_test_window_click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

void
cherish_test_window_type (gpointer    editable,
                          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}
