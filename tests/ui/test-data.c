/* test-data.c — a customer erased from the window, after a confirmation
 * that names what goes, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cherish-alert.h"
#include "cherish-form-dialog.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"
#include "cherish-visit-store.h"
#include "cherish-window.h"

static void
test_erase (void)
{
  CherishTestShop shop;
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(CherishVisitStore) visits = NULL;
  g_autoptr(CherishCustomer) gone = NULL;
  CherishWindow *window;
  CherishAlert *dialog;
  gint64 zahra;

  cherish_test_shop_open (&shop, "2026-11-24T10:00:00+03:30", "data.db");
  customers = cherish_customer_store_new (shop.db, shop.clock);
  visits = cherish_visit_store_new (shop.db, shop.clock);
  zahra = cherish_test_add_customer (customers, "Zahra Tavakoli", NULL);
  for (int i = 0; i < 2; i++)
    {
      g_autoptr(CherishVisit) visit = cherish_visit_new (zahra, CHERISH_VISIT_KIND_VISIT, "2026-11-20T10:00:00Z");

      g_assert_true (cherish_visit_store_insert (visits, visit, NULL));
    }
  window = cherish_window_new (NULL, shop.db, shop.clock);
  gtk_window_present (GTK_WINDOW (window));
  cherish_test_wait_for_frames (GTK_WIDGET (window), 2);

  /* Cancel keeps her. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.erase-customer", "x", zahra));
  dialog = cherish_test_toplevel (CHERISH_TYPE_ALERT);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (cherish_alert_get_heading (dialog), ==, "Erase Zahra Tavakoli?");
  g_assert_nonnull (strstr (cherish_alert_get_body (dialog), "2 visits and purchases"));
  g_assert_nonnull (strstr (cherish_alert_get_body (dialog), "cannot be undone"));
  cherish_alert_respond (dialog, "cancel");
  g_assert_nonnull ((gone = cherish_customer_store_get (customers, zahra, NULL)));
  g_clear_object (&gone);

  /* Erase takes her and her visits. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.erase-customer", "x", zahra));
  dialog = cherish_test_toplevel (CHERISH_TYPE_ALERT);
  g_assert_nonnull (dialog);
  cherish_alert_respond (dialog, "erase");
  g_assert_null (cherish_customer_store_get (customers, zahra, NULL));
  g_assert_cmpuint (cherish_visit_store_count_for_customer (visits, zahra, NULL), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&visits);
  g_clear_object (&customers);
  cherish_test_shop_close (&shop);
}

/* Merged from the customer's page, then undone from the toast. */
static void
test_merge (void)
{
  CherishTestShop shop;
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(CherishCustomer) kept = NULL;
  CherishWindow *window;
  CherishFormDialog *dialog;
  gint64 sara, again;

  cherish_test_shop_open (&shop, "2026-11-24T10:00:00+03:30", "merge.db");
  customers = cherish_customer_store_new (shop.db, shop.clock);
  sara = cherish_test_add_customer (customers, "Sara Ahmadi", NULL);
  again = cherish_test_add_customer (customers, "Sara A.", "phone", "0912 111 2233", NULL);
  window = cherish_window_new (NULL, shop.db, shop.clock);
  gtk_window_present (GTK_WINDOW (window));
  cherish_test_wait_for_frames (GTK_WIDGET (window), 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.merge-customer", "x", sara));
  dialog = CHERISH_FORM_DIALOG (cherish_test_toplevel (CHERISH_TYPE_FORM_DIALOG));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (cherish_test_row_titled (dialog, ADW_TYPE_ENTRY_ROW,
                                                                "Same Person As (name or phone)")), "Nobody");
  g_object_ref (dialog);
  g_assert_false (cherish_form_dialog_submit (dialog));
  gtk_editable_set_text (GTK_EDITABLE (cherish_test_row_titled (dialog, ADW_TYPE_ENTRY_ROW,
                                                                "Same Person As (name or phone)")), "0912 111");
  g_assert_true (cherish_form_dialog_submit (dialog));
  g_object_unref (dialog);
  kept = cherish_customer_store_get (customers, sara, NULL);
  g_assert_cmpstr (cherish_customer_get_phone (kept), ==, "0912 111 2233");
  g_clear_object (&kept);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-merge", NULL));
  kept = cherish_customer_store_get (customers, sara, NULL);
  g_assert_null (cherish_customer_get_phone (kept));
  g_clear_object (&kept);
  kept = cherish_customer_store_get (customers, again, NULL);
  g_assert_null (cherish_customer_get_deleted_at (kept));

  g_clear_object (&kept);
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&customers);
  cherish_test_shop_close (&shop);
}

int
main (int   argc,
      char *argv[])
{
  cherish_test_gtk_init (&argc, &argv);
  g_test_add_func ("/data/erase", test_erase);
  g_test_add_func ("/data/merge", test_merge);
  return g_test_run ();
}
