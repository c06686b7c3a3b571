/* test-accessibility.c — every control can be named by a screen reader
 *
 * Walks the widget tree of every page, the customer detail and every
 * dialog, on a sample shop, and fails on a button, an entry, a switch, a
 * list or an image that has no accessible name: no text of its own, no
 * accessible label, not labelled by another widget, and not the control
 * of a titled row.
 *
 * Runs with GTK_A11Y=test, whose accessibility contexts can be asked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "cherish-customer-dialog.h"
#include "cherish-customer-points.h"
#include "cherish-customer-store.h"
#include "cherish-customers-page.h"
#include "cherish-ideas-page.h"
#include "cherish-life-event-dialog.h"
#include "cherish-preferences-window.h"
#include "cherish-rewards-page.h"
#include "cherish-sample-data.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"
#include "cherish-visit-dialog.h"
#include "cherish-window.h"

static gboolean
has_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      return text != NULL && *text != '\0';
    }

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (has_text (c))
      return TRUE;
  return FALSE;
}

static gboolean
inside (GtkWidget *widget,
        GType      type)
{
  return gtk_widget_get_ancestor (gtk_widget_get_parent (widget), type) != NULL;
}

/* The control of a row with a title is named by it (libadwaita). */
static gboolean
in_titled_row (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);

  return row != NULL && *adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) != '\0';
}

static gboolean
is_named (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);

  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;

  if (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget))
    return has_text (widget);

  return in_titled_row (widget);
}

/* Widgets whose insides are the toolkit's own business. */
static gboolean
is_opaque (GtkWidget *widget)
{
  return GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_DROP_DOWN (widget) ||
         GTK_IS_WINDOW_CONTROLS (widget) || ADW_IS_AVATAR (widget) ||
         GTK_IS_CALENDAR (widget) || GTK_IS_POPOVER_MENU (widget);
}

static void
walk (GtkWidget  *widget,
      const char *where,
      GString    *problems,
      guint      *checked)
{
  gboolean control = GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) ||
                     GTK_IS_SWITCH (widget) || GTK_IS_CHECK_BUTTON (widget) ||
                     GTK_IS_DROP_DOWN (widget) || GTK_IS_SEARCH_ENTRY (widget) ||
                     GTK_IS_TEXT (widget) || GTK_IS_ENTRY (widget) ||
                     GTK_IS_TEXT_VIEW (widget) || GTK_IS_LIST_VIEW (widget) ||
                     GTK_IS_LIST_BOX (widget) || GTK_IS_FLOW_BOX (widget);
  gboolean image = GTK_IS_IMAGE (widget) &&
                   gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) !=
                     GTK_ACCESSIBLE_ROLE_PRESENTATION &&
                   /* decorative: inside something that has the name */
                   !inside (widget, GTK_TYPE_BUTTON) && !inside (widget, GTK_TYPE_MENU_BUTTON) &&
                   !inside (widget, ADW_TYPE_PREFERENCES_ROW) &&
                   !inside (widget, ADW_TYPE_STATUS_PAGE) && !inside (widget, ADW_TYPE_VIEW_SWITCHER) &&
                   !inside (widget, ADW_TYPE_VIEW_SWITCHER_BAR) &&
                   !inside (widget, GTK_TYPE_SEARCH_ENTRY) && !inside (widget, GTK_TYPE_DROP_DOWN);

  /* What is not on screen now is checked where it is shown. */
  if (!gtk_widget_get_mapped (widget))
    return;

  /* The text inside an entry-like widget is named through its parent. */
  if (GTK_IS_TEXT (widget) && (inside (widget, GTK_TYPE_SEARCH_ENTRY) ||
                               inside (widget, GTK_TYPE_ENTRY) ||
                               inside (widget, GTK_TYPE_SPIN_BUTTON)))
    control = FALSE;

  if (control || image)
    {
      (*checked)++;
      if (!is_named (widget))
        g_string_append_printf (problems, "  %s: %s (%s) inside %s has no accessible name\n",
                                where, G_OBJECT_TYPE_NAME (widget),
                                gtk_widget_get_css_name (widget),
                                G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));
    }

  if (is_opaque (widget))
    return;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    walk (c, where, problems, checked);
}

static void
check_window (GtkWidget  *window,
              GtkWidget  *parent,
              const char *where,
              GString    *problems,
              guint      *checked)
{
  cherish_test_present (window, parent);
  walk (window, where, problems, checked);
}

static void
test_everything_is_named (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autoptr(CherishDatabase) db = cherish_test_open_database (dir, "a11y.db");
  g_autoptr(CherishClock) clock = cherish_test_clock_at ("2026-11-24T09:30:00+03:30");
  g_autoptr(GString) problems = g_string_new (NULL);
  static const char *pages[] = { "today", "customers", "celebrations", "events", "rewards",
                                 "ideas" };
  CherishWindow *window;
  CherishCustomersPage *page;
  guint checked = 0;
  gint64 first_id;

  g_assert_true (cherish_sample_data_fill (db, clock, NULL, NULL));
  window = cherish_window_new (NULL, db, clock);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      cherish_window_set_page_name (window, pages[i]);
      cherish_window_get_page (window, pages[i]);   /* built even if not shown yet */
      check_window (GTK_WIDGET (window), NULL, pages[i], problems, &checked);
    }

  /* A customer's detail, with tags, life events and visits. */
  {
    g_autoptr(CherishCustomerStore) store = cherish_customer_store_new (db, clock);
    CherishCustomerQuery query = { "سارا احمدی", CHERISH_CUSTOMER_SORT_NAME, 0 };
    g_autoptr(GPtrArray) found = cherish_customer_store_find (store, &query, 0, 1, NULL);

    g_assert_cmpuint (found->len, ==, 1);
    first_id = cherish_customer_get_id (found->pdata[0]);
  }
  page = CHERISH_CUSTOMERS_PAGE (cherish_window_get_page (window, "customers"));
  cherish_window_set_page_name (window, "customers");
  cherish_customers_page_show_customer (page, first_id);
  check_window (GTK_WIDGET (window), NULL, "customer detail", problems, &checked);

  /* Narrow: the bottom view switcher and the back button. */
  cherish_test_resize (GTK_WINDOW (window), 360, 720);
  check_window (GTK_WIDGET (window), NULL, "narrow window", problems, &checked);

  {
    CherishCustomerPoints *points = CHERISH_CUSTOMER_POINTS (cherish_test_find (window, CHERISH_TYPE_CUSTOMER_POINTS,
                                                                                NULL));
    CherishRewardsPage *rewards = CHERISH_REWARDS_PAGE (cherish_test_find (window, CHERISH_TYPE_REWARDS_PAGE, NULL));
    CherishIdeasPage *ideas = CHERISH_IDEAS_PAGE (cherish_test_find (window, CHERISH_TYPE_IDEAS_PAGE, NULL));
    GtkWidget *dialogs[] = {
      cherish_customer_points_redeem (points),
      cherish_customer_points_adjust (points),
      cherish_customer_points_referral (points),
      cherish_rewards_page_add_reward (rewards),
      cherish_rewards_page_edit_rules (rewards),
      cherish_rewards_page_add_tier (rewards),
      cherish_ideas_page_suggest (ideas),
      GTK_WIDGET (cherish_customer_dialog_new (GTK_WINDOW (window), db, clock)),
      GTK_WIDGET (cherish_visit_dialog_new (GTK_WINDOW (window), db, clock, "IRR", 0)),
      GTK_WIDGET (cherish_visit_dialog_new (GTK_WINDOW (window), db, clock, "IRR", first_id)),
      GTK_WIDGET (cherish_life_event_dialog_new (GTK_WINDOW (window), db, clock, first_id, NULL)),
      GTK_WIDGET (cherish_preferences_window_new (NULL)),
    };
    static const char *names[] = { "redeem", "adjust points", "referral", "new reward", "points rules",
                                   "new tier", "suggest an idea", "new customer", "quick log",
                                   "log a visit", "life event", "preferences" };

    /* The quick log with matches listed. */
    gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (dialogs[8],
                                                                        CHERISH_TYPE_VISIT_DIALOG,
                                                                        "search_entry")), "sa");
    cherish_test_spin (300);

    for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
      {
        check_window (dialogs[i], GTK_WIDGET (window), names[i], problems, &checked);
        cherish_test_close (dialogs[i]);
      }
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&db);
  cherish_test_remove_dir (dir);

  g_test_message ("%u controls and images checked", checked);
  g_assert_cmpuint (checked, >, 100);
  if (problems->len > 0)
    g_error ("Unnamed controls:\n%s", problems->str);
}

int
main (int   argc,
      char *argv[])
{
  cherish_test_gtk_init (&argc, &argv);

  g_test_add_func ("/accessibility/everything-is-named", test_everything_is_named);

  return g_test_run ();
}
