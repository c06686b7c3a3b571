/* test-window.c — the shell and the customers workspace, driven under Xvfb
 *
 * Real widgets on a real database: what the manager does, done through
 * the same actions and widgets the keyboard and mouse reach.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cherish-celebrations-page.h"
#include "cherish-customer-detail.h"
#include "cherish-customer-dialog.h"
#include "cherish-customer-form.h"
#include "cherish-customer-store.h"
#include "cherish-customers-page.h"
#include "cherish-error.h"
#include "cherish-life-event-dialog.h"
#include "cherish-message.h"
#include "cherish-paged-model.h"
#include "cherish-points-store.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"
#include "cherish-test-window.h"
#include "cherish-today-page.h"
#include "cherish-events-page.h"
#include "cherish-ideas-page.h"
#include "cherish-rewards-page.h"
#include "cherish-server-banner.h"
#include "cherish-test-server.h"
#include "cherish-visit-dialog.h"
#include "cherish-visit-store.h"
#include "cherish-lazy-page.h"
#include "cherish-window.h"

typedef CherishTestWindow Fixture;

static gint64
add_customer (Fixture    *f,
              const char *name)
{
  return cherish_test_add_customer (f->store, name, NULL);
}

static void
test_shell (Fixture       *f,
            gconstpointer  data)
{
  static const char *pages[] = { "today", "customers", "celebrations", "events", "rewards",
                                 "ideas" };
  AdwViewStack *stack = cherish_test_child (f->window, CHERISH_TYPE_WINDOW, "view_stack");

  /* Only the page shown is built at first (the start stays quick). */
  g_assert_cmpstr (cherish_window_get_page_name (f->window), !=, "insights");
  g_assert_null (cherish_lazy_page_peek_page (CHERISH_LAZY_PAGE (adw_view_stack_get_child_by_name (stack,
                                                                                                   "insights"))));

  /* Every page is there, built when shown, and none is blank. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *slot = adw_view_stack_get_child_by_name (stack, pages[i]);
      GtkWidget *page;

      g_assert_true (CHERISH_IS_LAZY_PAGE (slot));
      cherish_window_set_page_name (f->window, pages[i]);
      g_assert_cmpstr (cherish_window_get_page_name (f->window), ==, pages[i]);
      page = cherish_lazy_page_peek_page (CHERISH_LAZY_PAGE (slot));
      g_assert_true (page == cherish_window_get_page (f->window, pages[i]));
      g_assert_true (CHERISH_IS_CUSTOMERS_PAGE (page) || CHERISH_IS_CELEBRATIONS_PAGE (page) ||
                     CHERISH_IS_TODAY_PAGE (page) || CHERISH_IS_EVENTS_PAGE (page) ||
                     CHERISH_IS_REWARDS_PAGE (page) || CHERISH_IS_IDEAS_PAGE (page));
      g_assert_true (gtk_widget_get_mapped (page));
    }

  /* The customers page builds a customer's detail when one is chosen. */
  g_assert_null (cherish_lazy_page_peek_page (cherish_test_child (cherish_test_window_customers (f), CHERISH_TYPE_CUSTOMERS_PAGE,
                                                                  "detail_slot")));

  /* Ctrl+F goes to the customers and their search. */
  cherish_window_set_page_name (f->window, "today");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  g_assert_cmpstr (cherish_window_get_page_name (f->window), ==, "customers");
}

static void
test_empty_and_no_results (Fixture       *f,
                           gconstpointer  data)
{
  CherishCustomersPage *page = cherish_test_window_customers (f);
  GtkEditable *search = cherish_test_child (page, CHERISH_TYPE_CUSTOMERS_PAGE, "search_entry");
  GtkStack *detail = cherish_test_child (page, CHERISH_TYPE_CUSTOMERS_PAGE, "detail_stack");

  g_assert_cmpstr (cherish_customers_page_get_state (page), ==, "empty");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (detail), ==, "blank");

  add_customer (f, "Sara Ahmadi");
  g_assert_cmpstr (cherish_customers_page_get_state (page), ==, "list");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (detail), ==, "none");

  gtk_editable_set_text (search, "nobody like this");
  cherish_test_spin (400); /* the search entry waits for typing to pause */
  g_assert_cmpstr (cherish_customers_page_get_state (page), ==, "no-results");

  gtk_editable_set_text (search, "ahm");
  cherish_test_spin (400);
  g_assert_cmpstr (cherish_customers_page_get_state (page), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (cherish_customers_page_get_model (page)), ==, 1);
}

static void
test_create_through_dialog (Fixture       *f,
                            gconstpointer  data)
{
  CherishCustomersPage *page = cherish_test_window_customers (f);
  CherishCustomerDialog *dialog;
  CherishCustomerForm *form;
  GtkWidget *add_button, *birthday_row;
  GtkEditable *search;
  GtkLabel *error_label;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-customer", NULL));
  dialog = CHERISH_CUSTOMER_DIALOG (cherish_test_window_dialog (CHERISH_TYPE_CUSTOMER_DIALOG));
  g_assert_nonnull (dialog);
  form = cherish_test_child (dialog, CHERISH_TYPE_CUSTOMER_DIALOG, "form");
  add_button = cherish_test_child (dialog, CHERISH_TYPE_CUSTOMER_DIALOG, "add_button");
  birthday_row = cherish_test_child (form, CHERISH_TYPE_CUSTOMER_FORM, "birthday_row");
  error_label = cherish_test_child (form, CHERISH_TYPE_CUSTOMER_FORM, "error_label");

  /* Nothing typed: Add is off. */
  g_assert_false (gtk_widget_get_sensitive (add_button));

  cherish_test_window_type (cherish_test_child (form, CHERISH_TYPE_CUSTOMER_FORM, "name_row"), "Leila Nouri");
  cherish_test_window_type (cherish_test_child (form, CHERISH_TYPE_CUSTOMER_FORM, "phone_row"), "0912 555 1234");
  cherish_test_window_type (birthday_row, "2025-02-30");

  /* An impossible birthday: the row is red, the core's message shows,
   * Add is off, and the typed text stays. */
  g_assert_false (gtk_widget_get_sensitive (add_button));
  g_assert_true (gtk_widget_has_css_class (birthday_row, "error"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_label (error_label), "February 2025 has 28 days"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (birthday_row)), ==, "2025-02-30");

  cherish_test_window_type (birthday_row, "--02-28");
  g_assert_true (gtk_widget_get_sensitive (add_button));
  g_assert_false (gtk_widget_has_css_class (birthday_row, "error"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));

  /* She takes no calls and no WhatsApp: two switches under May Be Contacted. */
  {
    AdwExpanderRow *contact = cherish_test_child (form, CHERISH_TYPE_CUSTOMER_FORM, "contact_row");

    g_assert_true (adw_expander_row_get_enable_expansion (contact));
    g_assert_cmpstr (adw_expander_row_get_subtitle (contact), ==, "E-mail, SMS, WhatsApp, Calls");
    gtk_switch_set_active (GTK_SWITCH (cherish_test_find (cherish_test_row_titled (contact, ADW_TYPE_ACTION_ROW,
                                                                                   "Calls"),
                                                          GTK_TYPE_SWITCH, NULL)), FALSE);
    gtk_switch_set_active (GTK_SWITCH (cherish_test_find (cherish_test_row_titled (contact, ADW_TYPE_ACTION_ROW,
                                                                                   "WhatsApp"),
                                                          GTK_TYPE_SWITCH, NULL)), FALSE);
    g_assert_cmpstr (adw_expander_row_get_subtitle (contact), ==, "E-mail, SMS");
  }

  cherish_test_window_click (add_button);
  cherish_test_spin (100);
  g_assert_null (cherish_test_window_dialog (CHERISH_TYPE_CUSTOMER_DIALOG));

  /* It is in the list, search finds it, and its detail is open. */
  g_assert_cmpstr (cherish_customers_page_get_state (page), ==, "list");
  search = cherish_test_child (page, CHERISH_TYPE_CUSTOMERS_PAGE, "search_entry");
  gtk_editable_set_text (search, "0912555");
  cherish_test_spin (400);
  g_assert_cmpuint (g_list_model_get_n_items (cherish_customers_page_get_model (page)), ==, 1);
  {
    CherishCustomerDetail *detail = cherish_test_window_detail (page);
    g_autoptr(CherishCustomer) saved = cherish_customer_store_get (
      f->store, cherish_customer_detail_get_customer_id (detail), NULL);

    g_assert_nonnull (saved);
    g_assert_cmpstr (cherish_customer_get_display_name (saved), ==, "Leila Nouri");
    g_assert_cmpstr (cherish_customer_get_birthday (saved), ==, "--02-28");
    g_assert_cmpuint (cherish_customer_get_channels (saved), ==, CHERISH_CHANNEL_EMAIL | CHERISH_CHANNEL_SMS);
    g_assert_false (cherish_customer_get_do_not_contact (saved));
  }
}

static void
test_edit_keeps_text_on_error (Fixture       *f,
                               gconstpointer  data)
{
  CherishCustomersPage *page = cherish_test_window_customers (f);
  gint64 id = add_customer (f, "Kaveh Moradi");
  CherishCustomerDetail *detail = cherish_test_window_detail (page);
  CherishCustomerForm *form = cherish_test_child (detail, CHERISH_TYPE_CUSTOMER_DETAIL, "form");
  GtkWidget *save = cherish_test_child (detail, CHERISH_TYPE_CUSTOMER_DETAIL, "save_button");
  GtkWidget *email = cherish_test_child (form, CHERISH_TYPE_CUSTOMER_FORM, "email_row");

  cherish_customers_page_show_customer (page, id);
  g_assert_false (gtk_widget_get_sensitive (save)); /* nothing changed yet */

  cherish_test_window_type (email, "kaveh@");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (gtk_widget_has_css_class (email, "error"));

  /* A change made elsewhere meanwhile does not wipe what is being typed. */
  add_customer (f, "Someone Else");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (email)), ==, "kaveh@");

  cherish_test_window_type (email, "kaveh@example.com");
  g_assert_true (gtk_widget_get_sensitive (save));
  cherish_test_window_click (save);
  {
    g_autoptr(CherishCustomer) saved = cherish_customer_store_get (f->store, id, NULL);

    g_assert_cmpstr (cherish_customer_get_email (saved), ==, "kaveh@example.com");
  }
  g_assert_false (gtk_widget_get_sensitive (save));
}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  CherishCustomersPage *page = cherish_test_window_customers (f);
  gint64 id = add_customer (f, "Parisa Abbasi");
  CherishCustomerQuery all = { NULL, CHERISH_CUSTOMER_SORT_NAME, 0 };

  cherish_customers_page_show_customer (page, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-customer", "x",
                                             id));
  g_assert_cmpuint (cherish_customer_store_count (f->store, &all, NULL), ==, 0);
  g_assert_cmpstr (cherish_customers_page_get_state (page), ==, "empty");

  /* The toast's Undo button runs this action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo-delete", "x", id));
  g_assert_cmpuint (cherish_customer_store_count (f->store, &all, NULL), ==, 1);
  g_assert_cmpstr (cherish_customers_page_get_state (page), ==, "list");

  /* Deleted again and the window closed: erased for good. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-customer", "x",
                                             id));
  gtk_window_destroy (GTK_WINDOW (f->window));
  f->window = cherish_window_new (NULL, f->db, f->clock);
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (cherish_customer_store_get (f->store, id, &error));
    g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_NOT_FOUND);
  }
}

static void
test_quick_log (Fixture       *f,
                gconstpointer  data)
{
  CherishCustomersPage *page = cherish_test_window_customers (f);
  gint64 id = add_customer (f, "Björn Eriksson");
  g_autoptr(CherishVisitStore) visits = cherish_visit_store_new (f->db, f->clock);
  g_autoptr(CherishPointsStore) points = cherish_points_store_new (f->db, f->clock);
  CherishPointsRules rules = { "2026-01-01", 5, 1, 100000, "IRR" };
  CherishCustomerDetail *detail = cherish_test_window_detail (page);
  GtkListBox *timeline = cherish_test_child (detail, CHERISH_TYPE_CUSTOMER_DETAIL, "visits_list");
  CherishVisitDialog *dialog;
  GtkWidget *log_button, *amount;

  add_customer (f, "Bahram Yousefi");
  g_assert_true (cherish_points_store_set_rules (points, &rules, NULL));
  cherish_customers_page_show_customer (page, id);
  g_assert_null (gtk_list_box_get_row_at_index (timeline, 0));

  /* Ctrl+L, type a name, pick, choose the kind, an amount, Enter. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.quick-log", NULL));
  dialog = CHERISH_VISIT_DIALOG (cherish_test_window_dialog (CHERISH_TYPE_VISIT_DIALOG));
  g_assert_nonnull (dialog);
  log_button = cherish_test_child (dialog, CHERISH_TYPE_VISIT_DIALOG, "log_button");
  amount = cherish_test_child (dialog, CHERISH_TYPE_VISIT_DIALOG, "amount_row");
  g_assert_false (gtk_widget_get_sensitive (log_button));

  cherish_test_window_type (cherish_test_child (dialog, CHERISH_TYPE_VISIT_DIALOG, "search_entry"), "bjorn");
  cherish_test_spin (400);
  g_assert_true (gtk_widget_get_sensitive (log_button));

  adw_combo_row_set_selected (cherish_test_child (dialog, CHERISH_TYPE_VISIT_DIALOG, "kind_row"),
                              CHERISH_VISIT_KIND_PURCHASE);
  cherish_test_window_type (amount, "-5");
  g_assert_false (gtk_widget_get_sensitive (log_button));
  cherish_test_window_type (amount, "1,250,000");
  g_assert_true (gtk_widget_get_sensitive (log_button));
  cherish_test_window_type (cherish_test_child (dialog, CHERISH_TYPE_VISIT_DIALOG, "note_row"),
                            "Asked for the blue one");
  cherish_test_window_click (log_button);
  cherish_test_spin (100);

  g_assert_cmpuint (cherish_visit_store_count_for_customer (visits, id, NULL), ==, 1);
  /* It earned 5 for the visit and 12 for 1,250,000 IRR (1 per 100,000, rounded down). */
  g_assert_cmpint (cherish_points_store_get_balance (points, id, NULL), ==, 17);
  /* The open timeline shows it. */
  {
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (timeline, 0);
    const char *subtitle;

    g_assert_nonnull (row);
    g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                              "1,250,000 IRR"));
    /* The date, then the note: the note isolated, the line in the
     * interface's direction (a date's digits set none). */
    subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
    g_assert_true (g_str_has_prefix (subtitle, "\u200e"));
    g_assert_true (g_str_has_suffix (subtitle, " — \u2068Asked for the blue one\u2069"));
  }
}

static void
test_life_event (Fixture       *f,
                 gconstpointer  data)
{
  CherishCustomersPage *page = cherish_test_window_customers (f);
  gint64 id = add_customer (f, "Simin Taheri");
  CherishCustomerDetail *detail = cherish_test_window_detail (page);
  GtkListBox *events = cherish_test_child (detail, CHERISH_TYPE_CUSTOMER_DETAIL, "life_events_list");
  GtkWindow *dialog;
  GtkWidget *save, *date;

  cherish_customers_page_show_customer (page, id);
  cherish_test_window_click (cherish_test_child (detail, CHERISH_TYPE_CUSTOMER_DETAIL, "add_life_event_button"));
  dialog = cherish_test_window_dialog (CHERISH_TYPE_LIFE_EVENT_DIALOG);
  g_assert_nonnull (dialog);
  save = cherish_test_child (dialog, CHERISH_TYPE_LIFE_EVENT_DIALOG, "save_button");
  date = cherish_test_child (dialog, CHERISH_TYPE_LIFE_EVENT_DIALOG, "date_row");

  adw_combo_row_set_selected (cherish_test_child (dialog, CHERISH_TYPE_LIFE_EVENT_DIALOG, "kind_row"),
                              CHERISH_LIFE_EVENT_KIND_RETIREMENT);
  cherish_test_window_type (date, "2027-02-29");
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_true (gtk_widget_has_css_class (date, "error"));

  cherish_test_window_type (cherish_test_child (dialog, CHERISH_TYPE_LIFE_EVENT_DIALOG, "title_row"), "Retirement party");
  cherish_test_window_type (date, "2027-03-01");
  cherish_test_window_click (save);
  cherish_test_spin (100);
  g_assert_null (cherish_test_window_dialog (CHERISH_TYPE_LIFE_EVENT_DIALOG));

  /* The detail lists it at once. */
  {
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (events, 0);

    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                     "Retirement party");
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "1 March 2027");
  }
}

typedef struct
{
  CherishCustomerStore *store;
  guint                 n;
} Many;

static gboolean
add_many (gpointer   user_data,
          GError   **error)
{
  Many *many = user_data;

  for (guint i = 0; i < many->n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Customer %05u", i);
      g_autoptr(CherishCustomer) customer = cherish_customer_new (name);

      if (!cherish_customer_store_insert (many->store, customer, error))
        return FALSE;
    }
  return TRUE;
}

/* A big list is never read whole: not when it follows a change, not when
 * the search changes (GTK 4.8 list views would, if told "all removed and
 * all added" in one signal). The model reads pages of 50 rows: at most
 * 400 of the 3,000 here, and 1,200 while scrolling to the end. */
static void
test_big_list_stays_lazy (Fixture       *f,
                          gconstpointer  data)
{
  CherishCustomersPage *page = cherish_test_window_customers (f);
  Many many = { f->store, 3000 };
  GListModel *model;
  guint before;

  g_assert_true (cherish_database_transaction (f->db, add_many, &many, NULL));
  cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);
  model = cherish_customers_page_get_model (page);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3000);

  before = cherish_paged_model_get_fetches (CHERISH_PAGED_MODEL (model));
  add_customer (f, "Aaron First");
  cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3001);
  g_assert_cmpuint (cherish_paged_model_get_fetches (CHERISH_PAGED_MODEL (model)) - before, <=, 8);

  gtk_editable_set_text (cherish_test_child (page, CHERISH_TYPE_CUSTOMERS_PAGE, "search_entry"), "customer");
  cherish_test_spin (400);
  cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);
  model = cherish_customers_page_get_model (page);
  /* A search counts to a thousand… */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1000);
  g_assert_cmpuint (cherish_paged_model_get_fetches (CHERISH_PAGED_MODEL (model)), <=, 8);

  /* …and grows when the manager scrolls down there, without reading the
   * rows between. */
  {
    GtkScrolledWindow *scroller = cherish_test_child (page, CHERISH_TYPE_CUSTOMERS_PAGE,
                                                      "list_scroller");
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

    for (guint i = 0; i < 50 && g_list_model_get_n_items (model) < 3000; i++)
      {
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
        cherish_test_wait_for_frames (GTK_WIDGET (f->window), 1);
        cherish_test_spin (20);
      }
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3000);
    g_assert_cmpuint (cherish_paged_model_get_fetches (CHERISH_PAGED_MODEL (model)), <=, 24);
  }
}

static void
test_error_page (void)
{
  g_autoptr(GError) error = g_error_new (CHERISH_ERROR, CHERISH_ERROR_CORRUPT,
                                         "The database “x” is damaged.");
  CherishWindow *window = cherish_window_new (NULL, NULL, NULL);
  AdwStatusPage *page;

  cherish_window_show_error (window, error);
  gtk_window_present (GTK_WINDOW (window));
  cherish_test_wait_for_frames (GTK_WIDGET (window), 2);

  g_assert_cmpstr (cherish_window_get_page_name (window), ==, "error");
  page = cherish_test_child (window, CHERISH_TYPE_WINDOW, "error_page");
  g_assert_cmpstr (adw_status_page_get_description (page), ==, error->message);
  /* Nothing to add customers to: the button is off. */
  g_assert_false (gtk_widget_is_sensitive (cherish_test_child (window, CHERISH_TYPE_WINDOW,
                                                  "new_customer_button")));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  int minimum;

  /* The window's content fits a 360 px wide screen (the window itself
   * also counts its client-side shadow), once the window is that narrow
   * (newer libadwaita changes the layout at a breakpoint). */
  cherish_test_resize (GTK_WINDOW (f->window), 360, 720);
  gtk_widget_measure (cherish_test_child (f->window, CHERISH_TYPE_WINDOW, "toast_overlay"),
                      GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  /* The customers page, first shown in a narrow window (it is built
   * then), goes one pane at a time too, and side by side once wide. */
  {
    CherishWindow *window = cherish_window_new (NULL, f->db, f->clock);
    CherishLazyPage *slot = cherish_test_child (window, CHERISH_TYPE_WINDOW, "customers_slot");

    cherish_window_set_page_name (window, "today");
    gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
    gtk_window_present (GTK_WINDOW (window));
    cherish_test_wait_for_frames (GTK_WIDGET (window), 2);
    g_assert_null (cherish_lazy_page_peek_page (slot));
    cherish_window_set_page_name (window, "customers");
    cherish_test_wait_for_frames (GTK_WIDGET (window), 2);
    g_assert_nonnull (cherish_lazy_page_peek_page (slot));
    gtk_widget_measure (cherish_test_child (window, CHERISH_TYPE_WINDOW, "toast_overlay"),
                        GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, <=, 360);
#if ADW_CHECK_VERSION (1, 4, 0)
    {
      AdwNavigationSplitView *panes = ADW_NAVIGATION_SPLIT_VIEW (cherish_test_find (cherish_lazy_page_peek_page (slot),
                                                                                    ADW_TYPE_NAVIGATION_SPLIT_VIEW,
                                                                                    NULL));

      g_assert_true (adw_navigation_split_view_get_collapsed (panes));
      cherish_test_resize (GTK_WINDOW (window), 1000, 720);
      g_assert_false (adw_navigation_split_view_get_collapsed (panes));
      /* Where the pages' switcher would not fit in the header bar, it
       * is at the bottom (libadwaita warns, fatally here, at overflow). */
      cherish_test_resize (GTK_WINDOW (window), 600, 720);
      g_assert_true (adw_navigation_split_view_get_collapsed (panes));
      g_assert_true (adw_view_switcher_bar_get_reveal (cherish_test_child (window, CHERISH_TYPE_WINDOW,
                                                                           "switcher_bar")));
      cherish_test_resize (GTK_WINDOW (window), 720, 720);
      g_assert_false (adw_navigation_split_view_get_collapsed (panes));
      g_assert_false (adw_view_switcher_bar_get_reveal (cherish_test_child (window, CHERISH_TYPE_WINDOW,
                                                                            "switcher_bar")));
    }
#endif
    gtk_window_destroy (GTK_WINDOW (window));
  }
}

/* A shop on a server that goes away (the server ends the connection and
 * refuses new ones for a while): the banner says so within seconds; once
 * the server takes connections again, Cherish connects by itself, the
 * banner goes and the list answers. A shop in a file never shows it. */
static void
test_server_away (Fixture       *f,
                  gconstpointer  data)
{
  CherishServerBanner *banner = cherish_test_child (f->window, CHERISH_TYPE_WINDOW, "server_banner");
  g_autofree char *away = NULL;
  g_autofree char *back = NULL;
  const char *name;
  gint64 start;

  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_false (cherish_server_banner_get_shown (banner));
  if (!cherish_test_on_server ())
    {
      cherish_test_add_customer (f->store, "Brenda", NULL);
      cherish_test_spin (300);
      g_assert_false (cherish_server_banner_get_shown (banner));
      return;
    }

  name = strrchr (cherish_database_get_path (f->db), '/') + 1;
  away = g_strdup_printf ("ALTER DATABASE %s ALLOW_CONNECTIONS false; "
                          "SELECT pg_terminate_backend (pid) FROM pg_stat_activity WHERE datname = '%s'",
                          name, name);
  back = g_strdup_printf ("ALTER DATABASE %s ALLOW_CONNECTIONS true", name);
  cherish_test_server_admin (away);
  start = g_get_monotonic_time ();
  while (!cherish_server_banner_get_shown (banner) && g_get_monotonic_time () - start < 5 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, FALSE);
  g_test_message ("banner shown after %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_true (cherish_server_banner_get_shown (banner));
  cherish_test_spin (2500);   /* tried again, refused: still shown */
  g_assert_true (cherish_server_banner_get_shown (banner));
  if (g_getenv ("CHERISH_TEST_PNG") != NULL)   /* to look at it */
    cherish_test_save_png (GTK_WIDGET (f->window), g_getenv ("CHERISH_TEST_PNG"));

  cherish_test_server_admin (back);
  start = g_get_monotonic_time ();
  while (cherish_server_banner_get_shown (banner) && g_get_monotonic_time () - start < 10 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, FALSE);
  g_test_message ("connected again after %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_false (cherish_server_banner_get_shown (banner));
  g_assert_true (cherish_database_get_connected (f->db));
  cherish_test_add_customer (f->store, "Brenda", NULL);
  g_assert_cmpuint (cherish_customer_store_count (f->store, &(CherishCustomerQuery) { 0 }, NULL), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  cherish_test_gtk_init (&argc, &argv);

  CHERISH_TEST_WINDOW_ADD ("/window/shell", test_shell);
  CHERISH_TEST_WINDOW_ADD ("/window/narrow", test_narrow);
  CHERISH_TEST_WINDOW_ADD ("/window/server-away", test_server_away);
  CHERISH_TEST_WINDOW_ADD ("/customers/empty-and-no-results", test_empty_and_no_results);
  CHERISH_TEST_WINDOW_ADD ("/customers/create-through-dialog", test_create_through_dialog);
  CHERISH_TEST_WINDOW_ADD ("/customers/edit-keeps-text-on-error", test_edit_keeps_text_on_error);
  CHERISH_TEST_WINDOW_ADD ("/customers/delete-and-undo", test_delete_and_undo);
  CHERISH_TEST_WINDOW_ADD ("/customers/quick-log", test_quick_log);
  CHERISH_TEST_WINDOW_ADD ("/customers/life-event", test_life_event);
  CHERISH_TEST_WINDOW_ADD ("/customers/big-list-stays-lazy", test_big_list_stays_lazy);
  g_test_add_func ("/window/error-page", test_error_page);

  return g_test_run ();
}
