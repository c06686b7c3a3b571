/* test-rewards.c — redeeming and adjusting points, tiers and the idea
 * board, through their windows, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cherish-alert.h"
#include "cherish-celebration-dialog.h"
#include "cherish-celebration-store.h"
#include "cherish-customer-points.h"
#include "cherish-form-dialog.h"
#include "cherish-idea-store.h"
#include "cherish-import-dialog.h"
#include "cherish-ideas-page.h"
#include "cherish-list-dialog.h"
#include "cherish-points-entry.h"
#include "cherish-points-store.h"
#include "cherish-rewards-page.h"
#include "cherish-staff-store.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"
#include "cherish-tier-store.h"

typedef struct
{
  CherishTestShop       shop;
  CherishCustomerStore *customers;
  CherishPointsStore   *points;
  GtkWindow            *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  cherish_test_shop_open (&f->shop, "2026-11-24T10:00:00+03:30", "rewards.db");
  f->customers = cherish_customer_store_new (f->shop.db, f->shop.clock);
  f->points = cherish_points_store_new (f->shop.db, f->shop.clock);
  /* As in the app: a libadwaita window, which dialogs open over. */
  f->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (f->window, 1000, 700);
  gtk_window_set_default_size (f->window, 800, 700);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->points);
  g_clear_object (&f->customers);
  cherish_test_shop_close (&f->shop);
}

static void
show (Fixture   *f,
      GtkWidget *child)
{
  adw_window_set_content (ADW_WINDOW (f->window), child);
  gtk_window_present (f->window);
  cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);
}

static const char *
error_of (gpointer dialog)
{
  g_autoptr(GPtrArray) labels = cherish_test_find_all (dialog, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (labels->pdata[i], "error") && gtk_widget_get_visible (labels->pdata[i]))
      return gtk_label_get_label (labels->pdata[i]);
  return NULL;
}

/* The label of @widget whose text starts with @prefix, or NULL. */
static const char *
label_starting (gpointer    widget,
                const char *prefix)
{
  g_autoptr(GPtrArray) labels = cherish_test_find_all (widget, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_label (labels->pdata[i]), prefix))
      return gtk_label_get_label (labels->pdata[i]);
  return NULL;
}

/* The dialog stays, red where the core says, when its action fails. */
static void
submit_refused (gpointer    dialog,
                const char *message_start)
{
  g_object_ref (dialog);
  g_assert_false (cherish_form_dialog_submit (dialog));
  g_assert_true (gtk_widget_get_visible (dialog));
  g_assert_true (g_str_has_prefix (error_of (dialog), message_start));
  g_object_unref (dialog);
}

/* Redeem is refused with a short balance (nothing moves), Adjust needs a
 * reason, then redeeming works and shows in the ledger. */
static void
test_redeem_and_adjust (Fixture       *f,
                        gconstpointer  data)
{
  gint64 sara = cherish_test_add_customer (f->customers, "Sara", NULL);
  gint64 coffee = cherish_points_store_add_reward (f->points, "Coffee", 50, 3, NULL);
  CherishCustomerPoints *group = g_object_new (CHERISH_TYPE_CUSTOMER_POINTS, NULL);
  GtkWidget *dialog;
  AdwEntryRow *reason;

  cherish_points_store_earn (f->points, sara, 40, 0, 0, NULL);
  cherish_customer_points_setup (group, f->shop.db, f->shop.clock);
  cherish_customer_points_set_customer (group, sara);
  show (f, GTK_WIDGET (group));
  g_assert_nonnull (cherish_test_row_titled (group, ADW_TYPE_ACTION_ROW, "40 points"));

  dialog = cherish_customer_points_redeem (group);
  submit_refused (dialog, "Not enough points: 40");
  g_assert_cmpint (cherish_points_store_get_balance (f->points, sara, NULL), ==, 40);
  g_assert_cmpint (cherish_points_store_get_stock (f->points, coffee, NULL), ==, 3);
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = cherish_customer_points_adjust (group);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (cherish_test_find (dialog, GTK_TYPE_SPIN_BUTTON, NULL)), 20);
  reason = cherish_test_row_titled (dialog, ADW_TYPE_ENTRY_ROW, "Reason");
  submit_refused (dialog, "Reason");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (reason), "error"));
  gtk_editable_set_text (GTK_EDITABLE (reason), "Birthday cake was late");
  g_assert_true (cherish_form_dialog_submit (CHERISH_FORM_DIALOG (dialog)));
  g_assert_cmpint (cherish_points_store_get_balance (f->points, sara, NULL), ==, 60);

  dialog = cherish_customer_points_redeem (group);
  /* The reward's name (typed by the shop) is isolated, the line set in
   * the interface's direction. */
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (
                     cherish_test_row_titled (dialog, ADW_TYPE_COMBO_ROW, "Reward"))),
                   ==, "\u200e\u2068Coffee\u2069 — 50 points");
  g_assert_true (cherish_form_dialog_submit (CHERISH_FORM_DIALOG (dialog)));
  g_assert_cmpint (cherish_points_store_get_balance (f->points, sara, NULL), ==, 10);
  g_assert_cmpint (cherish_points_store_get_stock (f->points, coffee, NULL), ==, 2);
  g_assert_nonnull (cherish_test_row_titled (group, ADW_TYPE_ACTION_ROW, "10 points"));
  g_assert_nonnull (cherish_test_row_titled (group, ADW_TYPE_ACTION_ROW, "-50 · Redeemed: Coffee"));
  g_assert_nonnull (cherish_test_row_titled (group, ADW_TYPE_ACTION_ROW, "+20 · Adjusted: Birthday cake was late"));

  /* Reversing the redemption gives the points and the coffee back. */
  g_signal_emit_by_name (cherish_test_find (cherish_test_row_titled (group, ADW_TYPE_ACTION_ROW,
                                                                     "-50 · Redeemed: Coffee"),
                                            GTK_TYPE_BUTTON, "Reverse this movement"), "clicked");
  g_assert_cmpint (cherish_points_store_get_balance (f->points, sara, NULL), ==, 60);
  g_assert_cmpint (cherish_points_store_get_stock (f->points, coffee, NULL), ==, 3);
  g_assert_cmpint (cherish_points_store_verify (f->points, NULL), ==, 0);

  if (g_getenv ("CHERISH_TEST_PNG_DIR") != NULL)
    {
      g_autofree char *png = g_build_filename (g_getenv ("CHERISH_TEST_PNG_DIR"), "customer-points.png", NULL);

      cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);
      cherish_test_save_png (GTK_WIDGET (f->window), png);
    }
}

/* A tier added from the page works out everyone's tier and says who moved. */
static void
test_tiers (Fixture       *f,
            gconstpointer  data)
{
  gint64 sara = cherish_test_add_customer (f->customers, "Sara", NULL);
  CherishRewardsPage *page = g_object_new (CHERISH_TYPE_REWARDS_PAGE, NULL);
  g_autoptr(GListModel) before = NULL;
  GtkWidget *dialog;
  CherishAlert *said = NULL;

  cherish_points_store_earn (f->points, sara, 300, 0, 0, NULL);
  cherish_rewards_page_setup (page, f->shop.db, f->shop.clock);
  show (f, GTK_WIDGET (page));
  g_assert_nonnull (cherish_test_row_titled (page, ADW_TYPE_ACTION_ROW, "No tiers yet"));

  dialog = cherish_rewards_page_add_tier (page);
  gtk_editable_set_text (GTK_EDITABLE (cherish_test_row_titled (dialog, ADW_TYPE_ENTRY_ROW, "Name")), "Silver");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (cherish_test_find (dialog, GTK_TYPE_SPIN_BUTTON, NULL)), 200);
  g_assert_true (cherish_form_dialog_submit (CHERISH_FORM_DIALOG (dialog)));
  said = cherish_test_toplevel (CHERISH_TYPE_ALERT);
  g_assert_nonnull (said);
  g_assert_cmpstr (cherish_alert_get_heading (said), ==, "1 Moved Up, 0 Moved Down");
  g_assert_true (strstr (cherish_alert_get_body (said), "Sara") != NULL);
  cherish_alert_close (said);
  g_assert_nonnull (cherish_test_row_titled (page, ADW_TYPE_ACTION_ROW, "Silver"));

  /* The same threshold again is refused in the dialog. */
  dialog = cherish_rewards_page_add_tier (page);
  gtk_editable_set_text (GTK_EDITABLE (cherish_test_row_titled (dialog, ADW_TYPE_ENTRY_ROW, "Name")), "Gold");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (cherish_test_find (dialog, GTK_TYPE_SPIN_BUTTON, NULL)), 200);
  submit_refused (dialog, "Another tier");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The box saying there is no idea yet. */
static GtkWidget *
empty_state (gpointer page)
{
  g_autoptr(GPtrArray) labels = cherish_test_find_all (page, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (labels->pdata[i]), "No Ideas Yet") == 0)
      return gtk_widget_get_parent (labels->pdata[i]);
  g_error ("no empty state");
}

/* Ana suggests, Bob votes (once), the manager approves, and planning a
 * birthday offers the idea, which is then counted as used. */
static void
test_ideas (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CherishIdeaStore) ideas = cherish_idea_store_new (f->shop.db, f->shop.clock);
  g_autoptr(CherishCelebrationStore) celebrations = cherish_celebration_store_new (f->shop.db, f->shop.clock);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(CherishOccasion) birthday = NULL;
  g_autoptr(CherishCelebration) plan = NULL;
  CherishIdeasPage *page = g_object_new (CHERISH_TYPE_IDEAS_PAGE, NULL);
  CherishCelebrationDialog *planner;
  GtkWidget *dialog, *row, *message;
  gint64 ana = cherish_test_add_staff (f->shop.db, "Ana");
  gint64 bob = cherish_test_add_staff (f->shop.db, "Bob");
  gint64 sara = cherish_test_add_customer (f->customers, "Sara", NULL);

  cherish_ideas_page_setup (page, f->shop.db, f->shop.clock);
  show (f, GTK_WIDGET (page));
  g_assert_true (gtk_widget_get_visible (empty_state (page)));

  cherish_ideas_page_set_voter (page, ana);
  dialog = cherish_ideas_page_suggest (page);
  submit_refused (dialog, "Idea");
  gtk_editable_set_text (GTK_EDITABLE (cherish_test_row_titled (dialog, ADW_TYPE_ENTRY_ROW, "Idea")), "Flowers");
  gtk_editable_set_text (GTK_EDITABLE (cherish_test_row_titled (dialog, ADW_TYPE_ENTRY_ROW, "Rough Cost")), "abc");
  submit_refused (dialog, "Cost");
  gtk_editable_set_text (GTK_EDITABLE (cherish_test_row_titled (dialog, ADW_TYPE_ENTRY_ROW, "Rough Cost")), "");
  {
    g_autoptr(GPtrArray) checks = cherish_test_find_all (dialog, GTK_TYPE_CHECK_BUTTON);

    for (guint i = 0; i < checks->len; i++)
      if (g_strcmp0 (gtk_check_button_get_label (checks->pdata[i]), "Birthday") == 0)
        gtk_check_button_set_active (checks->pdata[i], TRUE);
  }
  g_assert_true (cherish_form_dialog_submit (CHERISH_FORM_DIALOG (dialog)));
  row = cherish_test_row_titled (page, ADW_TYPE_ACTION_ROW, "Flowers");
  g_assert_nonnull (row);
  g_assert_false (gtk_widget_get_visible (empty_state (page)));

  /* Ana cannot vote for her own idea; Bob can, once. */
  message = NULL;
  g_signal_emit_by_name (cherish_test_button (row, "Vote"), "clicked");
  {
    g_autoptr(GPtrArray) labels = cherish_test_find_all (page, GTK_TYPE_LABEL);

    for (guint i = 0; i < labels->len; i++)
      if (gtk_widget_has_css_class (labels->pdata[i], "error"))
        message = labels->pdata[i];
  }
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (message)), ==, "Nobody votes for their own idea.");
  cherish_ideas_page_set_voter (page, bob);
  row = cherish_test_row_titled (page, ADW_TYPE_ACTION_ROW, "Flowers");
  g_signal_emit_by_name (cherish_test_button (row, "Vote"), "clicked");
  g_assert_false (gtk_widget_get_visible (message));
  row = cherish_test_row_titled (page, ADW_TYPE_ACTION_ROW, "Flowers");
  g_signal_emit_by_name (cherish_test_button (row, "Vote"), "clicked");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (message)), ==,
                   "This staff member already voted for this idea.");
  list = cherish_idea_store_list (ideas, "new", NULL);
  g_assert_cmpint (cherish_idea_get_votes (list->pdata[0]), ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Approved from the row's menu. */
  row = cherish_test_row_titled (page, ADW_TYPE_ACTION_ROW, "Flowers");
  g_signal_emit_by_name (cherish_test_button (row, "Approve"), "clicked");
  list = cherish_idea_store_list (ideas, "approved", NULL);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Planning Sara's birthday offers it; choosing it writes the surprise. */
  birthday = cherish_occasion_new (CHERISH_OCCASION_BIRTHDAY, sara, "Sara", "2026-11-27", 35, NULL, 0);
  plan = cherish_celebration_store_plan (celebrations, birthday, NULL);
  planner = cherish_celebration_dialog_new (f->window, f->shop.db, f->shop.clock, birthday, plan);
  gtk_window_present (GTK_WINDOW (planner));
  adw_combo_row_set_selected (cherish_test_row_titled (planner, ADW_TYPE_COMBO_ROW, "Staff Idea"), 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cherish_test_row_titled (planner, ADW_TYPE_ENTRY_ROW,
                                                                                  "The Surprise"))), ==, "Flowers");
  g_signal_emit_by_name (cherish_test_button (planner, "_Save"), "clicked");
  list = cherish_idea_store_list (ideas, "used", NULL);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (cherish_idea_get_used (list->pdata[0]), ==, 1);
  g_assert_nonnull (cherish_test_row_titled (page, ADW_TYPE_ACTION_ROW, "Flowers"));
}

/* The import assistant: columns as guessed, a refusal listed by line,
 * then the good rows only; the button then closes. */
/* Many ideas: each section shows a few and "Show All N", which lists
 * them all and votes from there. */
static void
test_many_ideas (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CherishIdeaStore) ideas = cherish_idea_store_new (f->shop.db, f->shop.clock);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) list = NULL;
  CherishIdeasPage *page = g_object_new (CHERISH_TYPE_IDEAS_PAGE, NULL);
  CherishListDialog *dialog;
  gint64 ana = cherish_test_add_staff (f->shop.db, "Ana");
  gint64 bob = cherish_test_add_staff (f->shop.db, "Bob");
  gpointer all;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *title = g_strdup_printf ("Idea %02u", i);

      g_assert_cmpint (cherish_idea_store_suggest (ideas, title, NULL, -1, NULL, NULL, ana, NULL), >, 0);
    }
  cherish_ideas_page_setup (page, f->shop.db, f->shop.clock);
  show (f, GTK_WIDGET (page));
  cherish_ideas_page_set_voter (page, bob);

  all = cherish_test_row_titled (page, ADW_TYPE_ACTION_ROW, "Show All 30");
  g_assert_nonnull (all);
  rows = cherish_test_find_all (page, ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, <=, 12);

  g_signal_emit_by_name (all, "activated");
  dialog = cherish_test_toplevel (CHERISH_TYPE_LIST_DIALOG);
  g_assert_nonnull (dialog);
  cherish_test_wait_for_frames (GTK_WIDGET (dialog), 2);
  g_assert_cmpuint (cherish_list_dialog_count_rows (dialog), >, 0);
  g_signal_emit_by_name (cherish_test_find (dialog, GTK_TYPE_BUTTON, "Vote"), "clicked");
  list = cherish_idea_store_list (ideas, "new", NULL);
  {
    guint votes = 0;

    for (guint i = 0; i < list->len; i++)
      votes += cherish_idea_get_votes (list->pdata[i]);
    g_assert_cmpuint (votes, ==, 1);
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_import_dialog (Fixture       *f,
                    gconstpointer  data)
{
  const char *text = "Full name;Mobile;Birthday;Shoe size\nSara;0912 111 2233;1990-03-20;38\n"
                     "Reza;0935;1990-02-30;44\nNima;;;41\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  CherishImport *import = cherish_import_new_csv (bytes, NULL, NULL);
  CherishImportDialog *dialog = cherish_import_dialog_new (f->window, f->shop.db, f->shop.clock, import,
                                                           "shop.csv");
  CherishCustomerQuery everyone = { NULL, CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_FILTER_NONE };
  const char *report;

  cherish_import_dialog_set_source (dialog, bytes);
  gtk_window_present (GTK_WINDOW (dialog));
  cherish_test_wait_for_frames (GTK_WIDGET (dialog), 2);
  /* What was read, beginning with the file's name, isolated, in a line set
   * in the interface's direction. */
  g_assert_nonnull (label_starting (dialog, "\u200e\u2068shop.csv\u2069: 3 rows, UTF-8, "));
  /* Read again as Windows-1256, then as found: the columns are rebuilt each time. */
  adw_combo_row_set_selected (cherish_test_row_titled (dialog, ADW_TYPE_COMBO_ROW, "Encoding"), 4);
  g_assert_nonnull (cherish_test_row_titled (dialog, ADW_TYPE_COMBO_ROW, "Mobile"));
  adw_combo_row_set_selected (cherish_test_row_titled (dialog, ADW_TYPE_COMBO_ROW, "Encoding"), 0);
  g_assert_cmpuint (adw_combo_row_get_selected (cherish_test_row_titled (dialog, ADW_TYPE_COMBO_ROW, "Mobile")),
                    ==, CHERISH_IMPORT_PHONE);
  g_assert_cmpuint (adw_combo_row_get_selected (cherish_test_row_titled (dialog, ADW_TYPE_COMBO_ROW,
                                                                         "Shoe size")), ==, CHERISH_IMPORT_IGNORE);
  /* Shoe size goes into the notes. */
  adw_combo_row_set_selected (cherish_test_row_titled (dialog, ADW_TYPE_COMBO_ROW, "Shoe size"),
                              CHERISH_IMPORT_NOTES);

  g_assert_false (cherish_import_dialog_run (dialog));
  report = error_of (dialog);
  g_assert_nonnull (strstr (report, "1 row has a problem; nothing was imported."));
  g_assert_nonnull (strstr (report, "Line 3: Birthday"));
  g_assert_cmpuint (cherish_customer_store_count (f->customers, &everyone, NULL), ==, 0);

  gtk_switch_set_active (GTK_SWITCH (cherish_test_find (dialog, GTK_TYPE_SWITCH, NULL)), TRUE);
  g_assert_true (cherish_import_dialog_run (dialog));
  g_assert_cmpuint (cherish_customer_store_count (f->customers, &everyone, NULL), ==, 2);
  g_assert_nonnull (cherish_test_button (dialog, "_Close"));
  {
    g_autoptr(GPtrArray) found = cherish_customer_store_find (f->customers, &everyone, 0, 10, NULL);

    g_assert_cmpstr (cherish_customer_get_notes (found->pdata[0]), ==, "41");
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  cherish_test_gtk_init (&argc, &argv);
#define ADD(path, func) g_test_add ("/rewards/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("redeem-and-adjust", test_redeem_and_adjust);
  ADD ("tiers", test_tiers);
  ADD ("ideas", test_ideas);
  ADD ("many-ideas", test_many_ideas);
  ADD ("import-dialog", test_import_dialog);
#undef ADD
  return g_test_run ();
}
