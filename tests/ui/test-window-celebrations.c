/* test-window-celebrations.c — celebrations in the whole window, under Xvfb
 *
 * Planning a birthday with its photo, marking it done or skipped, the
 * shop's tenth customer offered as a milestone the moment they are added,
 * and thresholds changed in Preferences: through the same actions and
 * widgets the keyboard and mouse reach, on a real database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cherish-celebration-dialog.h"
#include "cherish-celebration-store.h"
#include "cherish-celebrations-page.h"
#include "cherish-customer-dialog.h"
#include "cherish-customer-form.h"
#include "cherish-occasion.h"
#include "cherish-page-reading.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"
#include "cherish-test-window.h"
#include "cherish-widget-util.h"

typedef CherishTestWindow Fixture;

static gint64
customer_with_birthday (Fixture    *f,
                        const char *name,
                        const char *birthday,
                        gboolean    consent)
{
  return cherish_test_add_customer (f->store, name, "birthday", birthday, "photo-consent", consent,
                                    NULL);
}

/* Whether a photo (@text NULL) or a label with @text is shown somewhere
 * inside @widget. */
static gboolean
shows (GtkWidget  *widget,
       const char *text)
{
  if (!gtk_widget_get_visible (widget))
    return FALSE;
  if (text == NULL && GTK_IS_PICTURE (widget))
    return gtk_picture_get_paintable (GTK_PICTURE (widget)) != NULL;
  if (text != NULL && GTK_IS_LABEL (widget))
    return strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (shows (c, text))
      return TRUE;
  return FALSE;
}

/* The position of the first occasion of @name in the page's list. */
static guint
occasion_position (CherishCelebrationsPage *page,
                   const char              *name)
{
  GListModel *items = cherish_celebrations_page_get_items (page);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      if (CHERISH_IS_OCCASION (item) &&
          g_strcmp0 (cherish_occasion_get_customer_name (CHERISH_OCCASION (item)), name) == 0)
        return i;
    }
  g_error ("%s is not listed", name);
  return 0;
}

static void
test_celebrations (Fixture       *f,
                   gconstpointer  data)
{
  CherishCelebrationsPage *page = CHERISH_CELEBRATIONS_PAGE (cherish_window_get_page (f->window, "celebrations"));
  g_autoptr(CherishCelebrationStore) store = cherish_celebration_store_new (f->db, f->clock);
  g_autofree char *png_path = NULL;
  g_autoptr(GFile) png = NULL;
  GtkWindow *dialog;
  GtkWidget *save;
  gint64 sara, omid;

  /* The clock says 24 November 2026. */
  sara = customer_with_birthday (f, "Sara", "1990-11-27", TRUE);
  omid = customer_with_birthday (f, "Omid", "--11-28", FALSE);
  cherish_window_set_page_name (f->window, "celebrations");
  cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);
  g_assert_cmpuint (g_list_model_get_n_items (cherish_celebrations_page_get_items (page)), ==, 3);

  /* Plan Sara's birthday from the page. */
  g_signal_emit_by_name (cherish_test_child (page, CHERISH_TYPE_CELEBRATIONS_PAGE, "occasion_list"), "activate",
                         occasion_position (page, "Sara"));
  dialog = cherish_test_window_dialog (CHERISH_TYPE_CELEBRATION_DIALOG);
  g_assert_nonnull (dialog);
  save = cherish_test_child (dialog, CHERISH_TYPE_CELEBRATION_DIALOG, "save_button");
  adw_combo_row_set_selected (cherish_test_child (dialog, CHERISH_TYPE_CELEBRATION_DIALOG, "status_row"),
                              CHERISH_CELEBRATION_STATUS_DONE);
  cherish_test_window_type (cherish_test_child (dialog, CHERISH_TYPE_CELEBRATION_DIALOG, "surprise_row"), "Lavender cake");
  cherish_test_window_type (cherish_test_child (dialog, CHERISH_TYPE_CELEBRATION_DIALOG, "cost_row"), "-3");
  g_assert_false (gtk_widget_is_sensitive (save));
  cherish_test_window_type (cherish_test_child (dialog, CHERISH_TYPE_CELEBRATION_DIALOG, "cost_row"), "450000");

  /* With a photo: Sara agreed. */
  png_path = g_build_filename (f->dir, "cake.png", NULL);
  {
    g_autoptr(GdkPixbuf) cake = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 640, 480);

    gdk_pixbuf_fill (cake, 0xb57edcff);
    g_assert_true (gdk_pixbuf_save (cake, png_path, "png", NULL, NULL));
  }
  png = g_file_new_for_path (png_path);
  g_assert_true (cherish_celebration_dialog_attach_photo (CHERISH_CELEBRATION_DIALOG (dialog), png));
  cherish_test_window_click (save);
  cherish_test_spin (100);
  g_assert_null (cherish_test_window_dialog (CHERISH_TYPE_CELEBRATION_DIALOG));
  {
    g_autoptr(GPtrArray) saved = cherish_celebration_store_list_for_customer (store, sara, NULL);

    g_assert_cmpuint (saved->len, ==, 1);
    g_assert_cmpint (cherish_celebration_get_status (saved->pdata[0]), ==,
                     CHERISH_CELEBRATION_STATUS_DONE);
    g_assert_cmpstr (cherish_celebration_get_surprise (saved->pdata[0]), ==, "Lavender cake");
    g_assert_cmpint (cherish_celebration_get_cost (saved->pdata[0]), ==, 450000);
    g_assert_nonnull (cherish_celebration_get_photo (saved->pdata[0]));
  }

  /* The page shows the photo beside her birthday. */
  cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);
  g_assert_true (shows (cherish_test_child (page, CHERISH_TYPE_CELEBRATIONS_PAGE, "occasion_list"), NULL));

  /* Sara's detail lists her coming occasions and the celebration, photo and all. */
  {
    CherishCustomersPage *customers = cherish_test_window_customers (f);
    CherishCustomerDetail *detail = cherish_test_window_detail (customers);
    GtkListBox *list = cherish_test_child (detail, CHERISH_TYPE_CUSTOMER_DETAIL, "celebrations_list");
    gboolean celebrated = FALSE, photo = FALSE;

    cherish_customers_page_show_customer (customers, sara);
    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row;
         row = gtk_widget_get_next_sibling (row))
      if (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)) ?: "", "Celebrated"))
        {
          celebrated = TRUE;
          photo = shows (row, NULL);
        }
    g_assert_true (celebrated);
    g_assert_true (photo);
  }

  /* From a plan, one click to the customer. */
  g_signal_emit_by_name (cherish_test_child (page, CHERISH_TYPE_CELEBRATIONS_PAGE, "occasion_list"), "activate",
                         occasion_position (page, "Sara"));
  dialog = cherish_test_window_dialog (CHERISH_TYPE_CELEBRATION_DIALOG);
  gtk_window_set_transient_for (dialog, GTK_WINDOW (f->window));
  cherish_test_window_click (cherish_test_child (dialog, CHERISH_TYPE_CELEBRATION_DIALOG, "customer_button"));
  cherish_test_spin (100);
  g_assert_cmpstr (cherish_window_get_page_name (f->window), ==, "customers");
  g_assert_cmpint (cherish_customer_detail_get_customer_id (cherish_test_window_detail (cherish_test_window_customers (f))), ==, sara);
  cherish_window_set_page_name (f->window, "celebrations");

  /* Omid's: no photo without consent, and skipping needs a reason. */
  g_signal_emit_by_name (cherish_test_child (page, CHERISH_TYPE_CELEBRATIONS_PAGE, "occasion_list"), "activate",
                         occasion_position (page, "Omid"));
  dialog = cherish_test_window_dialog (CHERISH_TYPE_CELEBRATION_DIALOG);
  save = cherish_test_child (dialog, CHERISH_TYPE_CELEBRATION_DIALOG, "save_button");
  g_assert_false (cherish_celebration_dialog_attach_photo (CHERISH_CELEBRATION_DIALOG (dialog), png));
  {
    GtkLabel *error_label = cherish_test_child (dialog, CHERISH_TYPE_CELEBRATION_DIALOG, "error_label");

    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
    g_assert_nonnull (strstr (gtk_label_get_label (error_label), "has not agreed to photos"));
  }
  adw_combo_row_set_selected (cherish_test_child (dialog, CHERISH_TYPE_CELEBRATION_DIALOG, "status_row"),
                              CHERISH_CELEBRATION_STATUS_SKIPPED);
  g_assert_false (gtk_widget_is_sensitive (save));
  cherish_test_window_type (cherish_test_child (dialog, CHERISH_TYPE_CELEBRATION_DIALOG, "skip_reason_row"), "Away that week");
  cherish_test_window_click (save);
  cherish_test_spin (100);
  {
    g_autoptr(GPtrArray) saved = cherish_celebration_store_list_for_customer (store, omid, NULL);

    g_assert_cmpuint (saved->len, ==, 1);
    g_assert_cmpint (cherish_celebration_get_status (saved->pdata[0]), ==,
                     CHERISH_CELEBRATION_STATUS_SKIPPED);
    g_assert_null (cherish_celebration_get_photo (saved->pdata[0]));
  }
  /* The page tells why. */
  cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);
  g_assert_true (shows (cherish_test_child (page, CHERISH_TYPE_CELEBRATIONS_PAGE, "occasion_list"),
                        "Skipped: Away that week"));
}

/* The 10th customer, added through the dialog: the shop's milestone is
 * offered, and planned in one click. */
static void
test_shop_milestone_offered (Fixture       *f,
                             gconstpointer  data)
{
  CherishCustomerDialog *dialog;
  GtkWindow *plan;

  for (guint i = 1; i <= 9; i++)
    {
      g_autofree char *name = g_strdup_printf ("Regular %u", i);

      cherish_test_add_customer (f->store, name, NULL);
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-customer", NULL));
  dialog = CHERISH_CUSTOMER_DIALOG (cherish_test_window_dialog (CHERISH_TYPE_CUSTOMER_DIALOG));
  cherish_test_window_type (cherish_test_child (cherish_test_child (dialog, CHERISH_TYPE_CUSTOMER_DIALOG, "form"), CHERISH_TYPE_CUSTOMER_FORM,
                    "name_row"), "Tenth");
  cherish_test_window_click (cherish_test_child (dialog, CHERISH_TYPE_CUSTOMER_DIALOG, "add_button"));
  cherish_test_spin (100);

  /* The toast's button runs this action for the new customer. */
  {
    CherishCustomerDetail *detail = cherish_test_window_detail (cherish_test_window_customers (f));

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.plan-shop-milestone",
                                               "x", cherish_customer_detail_get_customer_id (detail)));
  }
  plan = cherish_test_window_dialog (CHERISH_TYPE_CELEBRATION_DIALOG);
  g_assert_nonnull (plan);
  g_assert_nonnull (strstr (adw_preferences_group_get_description (
                              cherish_test_child (plan, CHERISH_TYPE_CELEBRATION_DIALOG, "occasion_group")),
                            "customer number 10"));
  gtk_window_destroy (plan);
}

/* Thresholds set in Preferences change the page at once. */
static void
test_celebrations_rules (Fixture       *f,
                         gconstpointer  data)
{
  CherishCelebrationsPage *page = CHERISH_CELEBRATIONS_PAGE (cherish_window_get_page (f->window, "celebrations"));
  GListModel *items = cherish_celebrations_page_get_items (page);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  /* Two years on 1 December: not a milestone by default. */
  cherish_test_add_customer (f->store, "Nima", "customer-since", "2024-12-01", NULL);
  cherish_window_set_page_name (f->window, "celebrations");
  cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);   /* shown: it reads its data */
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 0);

  /* The page reads again, in a thread: the window does not wait. */
  g_settings_set_string (settings, "tenure-thresholds", "2, +1");
  g_assert_cmpuint (cherish_pages_loading (), ==, 1);
  cherish_test_spin (0);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
  occasion_position (page, "Nima");

  g_settings_reset (settings, "tenure-thresholds");
  cherish_test_spin (0);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  cherish_test_gtk_init (&argc, &argv);

  CHERISH_TEST_WINDOW_ADD ("/celebrations/plan-done-photo-skip", test_celebrations);
  CHERISH_TEST_WINDOW_ADD ("/celebrations/rules-from-preferences", test_celebrations_rules);
  CHERISH_TEST_WINDOW_ADD ("/celebrations/shop-milestone-offered", test_shop_milestone_offered);

  return g_test_run ();
}
