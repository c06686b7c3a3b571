/* test-follow-ups.c — a customer's follow-ups on their page, under Xvfb
 *
 * A follow-up added by hand is checked by the core: a wrong day is shown
 * with its message and what was typed stays; a right one is listed and
 * saved. Done closes it; the customer's own lead time is kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "cherish-customer-follow-ups.h"
#include "cherish-follow-up-store.h"
#include "cherish-reminder-store.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"

static GtkWidget *
error_label (gpointer widget)
{
  g_autoptr(GPtrArray) labels = cherish_test_find_all (widget, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (labels->pdata[i], "error"))
      return labels->pdata[i];
  g_error ("no error label");
}

static void
test_add_by_hand (void)
{
  CherishTestShop shop;
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(CherishFollowUpStore) follow_ups = NULL;
  g_autoptr(CherishReminderStore) reminders = NULL;
  g_autoptr(GPtrArray) saved = NULL;
  g_autoptr(GPtrArray) done_buttons = NULL;
  CherishCustomerFollowUps *group;
  GtkWindow *window;
  GtkWidget *about, *due, *message;
  gint64 sara;

  cherish_test_shop_open (&shop, "2026-11-24T10:00:00+03:30", "follow-ups.db");
  customers = cherish_customer_store_new (shop.db, shop.clock);
  follow_ups = cherish_follow_up_store_new (shop.db, shop.clock);
  reminders = cherish_reminder_store_new (shop.db, shop.clock);
  sara = cherish_test_add_customer (customers, "Sara", NULL);

  group = g_object_new (CHERISH_TYPE_CUSTOMER_FOLLOW_UPS, NULL);
  cherish_customer_follow_ups_setup (group, shop.db, shop.clock);
  cherish_customer_follow_ups_set_customer (group, sara);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (window, GTK_WIDGET (group));
  gtk_window_present (window);
  cherish_test_wait_for_frames (GTK_WIDGET (window), 2);

  about = cherish_test_row_titled (group, ADW_TYPE_ENTRY_ROW, "New Follow-up About");
  due = cherish_test_row_starting (group, ADW_TYPE_ENTRY_ROW, "On (like ");
  message = error_label (group);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due)), ==, "1 December 2026");

  /* A day that does not exist: its row is red, the core says why, nothing saved. */
  gtk_editable_set_text (GTK_EDITABLE (about), "Ask about the wedding photos");
  gtk_editable_set_text (GTK_EDITABLE (due), "2026-02-30");
  g_signal_emit_by_name (about, "apply");
  g_assert_true (gtk_widget_has_css_class (due, "error"));
  g_assert_false (gtk_widget_has_css_class (about, "error"));
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (message)), ==,
                   "On: “2026-02-30” is not a date: February 2026 has 28 days.");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (about)), ==, "Ask about the wedding photos");
  saved = cherish_follow_up_store_list_for_customer (follow_ups, sara, NULL);
  g_assert_cmpuint (saved->len, ==, 0);
  g_clear_pointer (&saved, g_ptr_array_unref);

  /* Nothing to say: the about row is red. */
  gtk_editable_set_text (GTK_EDITABLE (about), "   ");
  gtk_editable_set_text (GTK_EDITABLE (due), "۲۰۲۶-۱۲-۰۲");   /* Persian digits */
  g_signal_emit_by_name (about, "apply");
  g_assert_true (gtk_widget_has_css_class (about, "error"));
  g_assert_false (gtk_widget_has_css_class (due, "error"));

  gtk_editable_set_text (GTK_EDITABLE (about), "Ask about the wedding photos");
  g_signal_emit_by_name (about, "apply");
  g_assert_false (gtk_widget_get_visible (message));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (about)), ==, "");
  saved = cherish_follow_up_store_list_for_customer (follow_ups, sara, NULL);
  g_assert_cmpuint (saved->len, ==, 1);
  g_assert_cmpstr (cherish_follow_up_get_due_date (saved->pdata[0]), ==, "2026-12-02");
  g_assert_nonnull (cherish_test_row_titled (group, ADW_TYPE_ACTION_ROW, "Ask about the wedding photos"));

  /* Done from its row. */
  done_buttons = cherish_test_find_all (cherish_test_row_titled (group, ADW_TYPE_ACTION_ROW, "Ask about the wedding photos"),
                         GTK_TYPE_BUTTON);
  g_assert_cmpuint (done_buttons->len, ==, 1);
  g_signal_emit_by_name (done_buttons->pdata[0], "clicked");
  g_clear_pointer (&saved, g_ptr_array_unref);
  saved = cherish_follow_up_store_list_for_customer (follow_ups, sara, NULL);
  g_assert_cmpint (cherish_follow_up_get_state (saved->pdata[0]), ==, CHERISH_FOLLOW_UP_STATE_DONE);
  g_assert_nonnull (cherish_test_row_titled (group, ADW_TYPE_ACTION_ROW, "Ask about the wedding photos"));

  if (g_getenv ("CHERISH_TEST_PNG_DIR") != NULL)
    {
      g_autofree char *png = g_build_filename (g_getenv ("CHERISH_TEST_PNG_DIR"),
                                               "customer-follow-ups.png", NULL);

      cherish_test_wait_for_frames (GTK_WIDGET (window), 2);
      cherish_test_save_png (GTK_WIDGET (window), png);
    }

  /* Three days ahead for Sara's occasions (the fourth choice), then the shop's again. */
  adw_combo_row_set_selected (cherish_test_row_titled (group, ADW_TYPE_COMBO_ROW, "Remind Me of Their Occasions"), 3);
  g_assert_cmpint (cherish_reminder_store_get_lead (reminders, sara, NULL), ==, 3);
  adw_combo_row_set_selected (cherish_test_row_titled (group, ADW_TYPE_COMBO_ROW, "Remind Me of Their Occasions"), 0);
  g_assert_cmpint (cherish_reminder_store_get_lead (reminders, sara, NULL), ==, -1);

  gtk_window_destroy (window);
  g_clear_object (&reminders);
  g_clear_object (&follow_ups);
  g_clear_object (&customers);
  cherish_test_shop_close (&shop);
}

int
main (int   argc,
      char *argv[])
{
  cherish_test_gtk_init (&argc, &argv);
  g_test_add_func ("/follow-ups/add-by-hand", test_add_by_hand);
  return g_test_run ();
}
