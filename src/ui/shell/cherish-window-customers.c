/* cherish-window-customers.c — a new customer, and the shop's milestone it may make
 *
 * The window's win.new-customer (the header bar's + and Ctrl+N) opens the
 * new customer form; the customer added is shown on the Customers page.
 * When they are the shop's 10th, 100th… customer (the milestone steps of
 * Preferences), a toast offers win.plan-shop-milestone, which plans the
 * celebration and opens it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-window-customers"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-celebration-dialog.h"
#include "cherish-celebration-store.h"
#include "cherish-customer-dialog.h"
#include "cherish-customer-store.h"
#include "cherish-date.h"
#include "cherish-milestones.h"
#include "cherish-shop-settings.h"
#include "cherish-widget-util.h"
#include "cherish-window-customers.h"
#include "cherish-window.h"

/* The shop's occasion that customer @id made, or NULL. */
static CherishOccasion *
shop_milestone_of (CherishWindow *window,
                   gint64         id)
{
  CherishCustomerQuery customers = { NULL, CHERISH_CUSTOMER_SORT_NAME,
                                     CHERISH_CUSTOMER_FILTER_CUSTOMERS };
  CherishClock *clock = cherish_window_get_clock (window);
  g_autoptr(CherishCustomerStore) store = cherish_customer_store_new (cherish_window_get_database (window), clock);
  g_autoptr(CherishCustomer) customer = cherish_customer_store_get (store, id, NULL);
  g_autofree char *today_text = NULL;
  CherishMilestoneRules rules;
  GDate today;
  guint total;

  if (customer == NULL || cherish_customer_get_is_prospect (customer))
    return NULL;

  cherish_shop_settings_rules (&rules);
  total = cherish_customer_store_count (store, &customers, NULL);
  if (!cherish_milestone_steps_match (&rules.shop, total))
    return NULL;

  cherish_clock_get_today (clock, &today);
  today_text = cherish_date_format (&today);
  return cherish_occasion_new (CHERISH_OCCASION_SHOP_MILESTONE, id,
                               cherish_customer_get_display_name (customer), today_text, total,
                               NULL, 0);
}

static void
plan_shop_milestone_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  CherishWindow *window = CHERISH_WINDOW (widget);
  CherishDatabase *database = cherish_window_get_database (window);
  CherishClock *clock = cherish_window_get_clock (window);
  g_autoptr(CherishOccasion) occasion = shop_milestone_of (window, g_variant_get_int64 (parameter));
  g_autoptr(CherishCelebrationStore) store = NULL;
  g_autoptr(CherishCelebration) plan = NULL;
  g_autoptr(GError) error = NULL;

  if (occasion == NULL)
    return;
  store = cherish_celebration_store_new (database, clock);
  plan = cherish_celebration_store_plan (store, occasion, &error);
  if (plan == NULL)
    {
      cherish_window_toast (window, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (cherish_celebration_dialog_new (GTK_WINDOW (window), database, clock,
                                                                  occasion, plan)));
}

static void
on_customer_added_cb (CherishWindow *window,
                      gint64         id)
{
  g_autoptr(CherishOccasion) milestone = shop_milestone_of (window, id);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-customer", "x", id);

  /* The shop's 10th, 100th… customer: offer to celebrate at once. */
  if (milestone != NULL)
    {
      g_autofree char *title = g_strdup_printf (_("This is the shop’s customer number %u!"),
                                                cherish_occasion_get_number (milestone));
      g_autofree char *shown = cherish_calendar_digits (title);
      AdwToast *toast = cherish_toast_new (shown);

      adw_toast_set_button_label (toast, _("_Plan a Celebration"));
      adw_toast_set_action_name (toast, "win.plan-shop-milestone");
      adw_toast_set_action_target_value (toast, g_variant_new_int64 (id));
      adw_toast_set_timeout (toast, 0);
      cherish_window_add_toast (window, toast);
    }
}

static void
new_customer_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CherishWindow *window = CHERISH_WINDOW (widget);
  CherishCustomerDialog *dialog;

  dialog = cherish_customer_dialog_new (GTK_WINDOW (window), cherish_window_get_database (window),
                                        cherish_window_get_clock (window));
  g_signal_connect_object (dialog, "customer-added", G_CALLBACK (on_customer_added_cb), window,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * cherish_window_customers_install_actions:
 *
 * Adds win.new-customer and win.plan-shop-milestone to the window's class.
 */
void
cherish_window_customers_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-customer", NULL, new_customer_action);
  gtk_widget_class_install_action (widget_class, "win.plan-shop-milestone", "x",
                                   plan_shop_milestone_action);
}
