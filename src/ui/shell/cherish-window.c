/* cherish-window.c — the main window
 *
 * The pages of the shop (Today, Customers, Celebrations, Events, Rewards,
 * Ideas) in an AdwViewStack, switched from the header bar, or from a bar at
 * the bottom when the window is narrow. When the database could not be
 * opened, a plain explanation instead. Size and last page are remembered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-celebrations-page.h"
#include "cherish-customer-store.h"
#include "cherish-customers-page.h"
#include "cherish-events-page.h"
#include "cherish-ideas-page.h"
#include "cherish-insights-page.h"
#include "cherish-rewards-page.h"
#include "cherish-today-page.h"
#include "cherish-ui-resources.h"
#include "cherish-visit-dialog.h"
#include "cherish-widget-util.h"
#include "cherish-help.h"
#include "cherish-lazy-page.h"
#include "cherish-server-banner.h"
#include "cherish-window.h"
#include "cherish-window-customers.h"
#include "cherish-first-frame.h"
#include "cherish-renderer.h"
#include "cherish-window-data.h"

struct _CherishWindow
{
  AdwApplicationWindow  parent_instance;

  CherishDatabase      *database;
  CherishClock         *clock;
  CherishCustomerStore *customers;
  GSettings            *settings;
  GHashTable           *pending_deletes;   /* customer ids awaiting Undo */
  GPtrArray            *delete_toasts;     /* their toasts, to let go of */

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  CherishServerBanner  *server_banner;
  AdwViewStack         *view_stack;
  AdwHeaderBar         *header_bar;
  GtkWidget            *switcher;     /* in the header bar */
  AdwViewSwitcherBar   *switcher_bar;
  AdwStatusPage        *error_page;
  AdwStatusPage        *connecting_page;
  GtkWidget            *retry_button;
  GtkSpinner           *connecting_spinner;
  GtkWidget            *new_customer_button;
  /* The pages, each built when first shown (cherish-lazy-page.c) */
  CherishLazyPage      *today_slot;
  CherishLazyPage      *customers_slot;
  CherishLazyPage      *celebrations_slot;
  CherishLazyPage      *events_slot;
  CherishLazyPage      *rewards_slot;
  CherishLazyPage      *ideas_slot;
  CherishLazyPage      *insights_slot;
};

G_DEFINE_FINAL_TYPE (CherishWindow, cherish_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_CLOCK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The Customers page, built now if it was not yet. */
static CherishCustomersPage *
customers_page (CherishWindow *self)
{
  return CHERISH_CUSTOMERS_PAGE (cherish_lazy_page_get_page (self->customers_slot));
}

/* A page not built yet shows no one to forget. */
static void
forget_customer (CherishWindow *self,
                 gint64         id)
{
  GtkWidget *page = cherish_lazy_page_peek_page (self->customers_slot);

  if (page != NULL)
    cherish_customers_page_forget (CHERISH_CUSTOMERS_PAGE (page), id);
}

/* ------------------------------------------------------------------ */
/* Actions                                                             */
/* ------------------------------------------------------------------ */

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CherishWindow *self = CHERISH_WINDOW (widget);

  cherish_window_set_page_name (self, "customers");
  cherish_customers_page_focus_search (customers_page (self));
}

static void
open_visit_dialog (CherishWindow *self,
                   gint64         customer_id)
{
  g_autofree char *currency = g_settings_get_string (self->settings, "currency");
  CherishVisitDialog *dialog;

  dialog = cherish_visit_dialog_new (GTK_WINDOW (self), self->database, self->clock, currency,
                                     customer_id);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
quick_log_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  open_visit_dialog (CHERISH_WINDOW (widget), 0);
}

static void
log_visit_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  open_visit_dialog (CHERISH_WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cherish_show_help (widget, NULL);
}

/* A toast from a widget that knows no window (cherish_show_help()). */
static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  cherish_window_toast (CHERISH_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_customer_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CherishWindow *self = CHERISH_WINDOW (widget);

  cherish_window_set_page_name (self, "customers");
  cherish_customers_page_show_customer (customers_page (self), g_variant_get_int64 (parameter));
}

static void
on_delete_toast_dismissed_cb (AdwToast      *toast,
                              CherishWindow *self)
{
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "customer-id"));
  g_autoptr(GError) error = NULL;

  g_signal_handlers_disconnect_by_func (toast, on_delete_toast_dismissed_cb, self);
  g_ptr_array_remove (self->delete_toasts, toast);
  /* The window is going: dispose() erased what was pending. */
  if (self->pending_deletes == NULL)
    return;

  /* Undo was not pressed: now the deletion is for good. */
  if (g_hash_table_remove (self->pending_deletes, GSIZE_TO_POINTER (id)) &&
      !cherish_customer_store_erase (self->customers, id, &error))
    g_warning ("Could not erase customer %" G_GINT64_FORMAT ": %s", id, error->message);
}

static void
delete_customer_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CherishWindow *self = CHERISH_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(CherishCustomer) customer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  customer = cherish_customer_store_get (self->customers, id, &error);
  if (customer == NULL || !cherish_customer_store_delete (self->customers, id, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, cherish_toast_new (error->message));
      return;
    }

  forget_customer (self, id);
  g_hash_table_add (self->pending_deletes, GSIZE_TO_POINTER (id));

  /* Toast titles are markup. */
  name = g_markup_escape_text (cherish_customer_get_display_name (customer), -1);
  title = g_strdup_printf (_("“%s” was deleted"), name);
  toast = cherish_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete");
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (id));
  adw_toast_set_timeout (toast, 10);
  g_object_set_data (G_OBJECT (toast), "customer-id", GSIZE_TO_POINTER (id));
  /* A toast may outlive the window (its timeout holds it): dispose()
   * disconnects it. (A closure watching the window trips GLib 2.90 when
   * both are finalised together.) */
  g_signal_connect (toast, "dismissed", G_CALLBACK (on_delete_toast_dismissed_cb), self);
  g_ptr_array_add (self->delete_toasts, g_object_ref (toast));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CherishWindow *self = CHERISH_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;

  if (!g_hash_table_remove (self->pending_deletes, GSIZE_TO_POINTER (id)))
    return;

  if (!cherish_customer_store_undelete (self->customers, id, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, cherish_toast_new (error->message));
      return;
    }
  cherish_window_set_page_name (self, "customers");
  cherish_customers_page_show_customer (customers_page (self), id);
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */
/* ------------------------------------------------------------------ */

static void
enable_shop_actions (CherishWindow *self,
                     gboolean       enabled)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-customer", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.quick-log", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", enabled);
}

/* How each page is given the shop's database, in the order of slot_of(). */
static const CherishPageSetup page_setups[] = {
  (CherishPageSetup) cherish_today_page_setup,
  (CherishPageSetup) cherish_customers_page_setup,
  (CherishPageSetup) cherish_celebrations_page_setup,
  (CherishPageSetup) cherish_events_page_setup,
  (CherishPageSetup) cherish_rewards_page_setup,
  (CherishPageSetup) cherish_ideas_page_setup,
  (CherishPageSetup) cherish_insights_page_setup,
};

static CherishLazyPage *
slot_of (CherishWindow *self,
         guint          i)
{
  CherishLazyPage *slots[] = { self->today_slot, self->customers_slot, self->celebrations_slot,
                               self->events_slot, self->rewards_slot, self->ideas_slot,
                               self->insights_slot };

  G_STATIC_ASSERT (G_N_ELEMENTS (slots) == G_N_ELEMENTS (page_setups));
  return slots[i];
}

/* Every page reads the shop's database from now on. */
static void
use_database (CherishWindow *self)
{
  self->customers = cherish_customer_store_new (self->database, self->clock);
  cherish_server_banner_set_database (self->server_banner, self->database);
  for (guint i = 0; i < G_N_ELEMENTS (page_setups); i++)
    cherish_lazy_page_set_database (slot_of (self, i), self->database, self->clock);
}

static void
cherish_window_constructed (GObject *object)
{
  CherishWindow *self = (CherishWindow *) object;

  G_OBJECT_CLASS (cherish_window_parent_class)->constructed (object);

  if (self->clock == NULL)
    self->clock = cherish_clock_new_system ();

  /* Without a database there is only the error page (or, while a server
   * is reached, the connecting one) to show. */
  enable_shop_actions (self, self->database != NULL);
  if (self->database != NULL)
    use_database (self);
}

static void
cherish_window_dispose (GObject *object)
{
  CherishWindow *self = (CherishWindow *) object;
  GHashTableIter iter;
  gpointer id;

  /* Deletions still waiting for Undo become final when the window goes. */
  if (self->pending_deletes != NULL && self->customers != NULL)
    {
      g_hash_table_iter_init (&iter, self->pending_deletes);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        cherish_customer_store_erase (self->customers, (gint64) GPOINTER_TO_SIZE (id), NULL);
    }
  g_clear_pointer (&self->pending_deletes, g_hash_table_unref);
  for (guint i = 0; self->delete_toasts != NULL && i < self->delete_toasts->len; i++)
    g_signal_handlers_disconnect_by_func (self->delete_toasts->pdata[i], on_delete_toast_dismissed_cb, self);
  g_clear_pointer (&self->delete_toasts, g_ptr_array_unref);

  /* Let go of the stack while it is alive (libadwaita 1.2 warns otherwise). */
  if (self->switcher_bar != NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, NULL);
#if ADW_CHECK_VERSION (1, 4, 0)
  if (self->switcher != NULL)
    adw_view_switcher_set_stack (ADW_VIEW_SWITCHER (self->switcher), NULL);
#else
  if (self->switcher != NULL)
    adw_view_switcher_title_set_stack (ADW_VIEW_SWITCHER_TITLE (self->switcher), NULL);
#endif

  gtk_widget_dispose_template (GTK_WIDGET (self), CHERISH_TYPE_WINDOW);
  /* After the template: a breakpoint may put it back while it goes. */
  g_clear_object (&self->switcher);

  g_clear_object (&self->customers);
  g_clear_object (&self->database);
  g_clear_object (&self->clock);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cherish_window_parent_class)->dispose (object);
}

static void
cherish_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CherishWindow *self = CHERISH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cherish_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CherishWindow *self = CHERISH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#if ADW_CHECK_VERSION (1, 4, 0)
/* The window's breakpoint (narrow) folds the customers page, if built. */
static void
fold_customers (CherishWindow *self)
{
  GtkWidget *page = cherish_lazy_page_peek_page (self->customers_slot);

  if (page != NULL)
    cherish_customers_page_set_folded (CHERISH_CUSTOMERS_PAGE (page),
                                       adw_application_window_get_current_breakpoint (ADW_APPLICATION_WINDOW (self)) != NULL);
}
#endif

/* The pages' switcher in the header bar; in a narrow window, the bar at
 * the bottom instead (a breakpoint on libadwaita 1.4, AdwViewSwitcherTitle
 * before). */
static void
add_switcher (CherishWindow *self)
{
#if ADW_CHECK_VERSION (1, 4, 0)
  /* Seven pages: each icon above its name, as libadwaita 1.2 shows them
   * too (side by side, "Celebrations" was cut short in a window 1,100 px
   * wide). Narrower than the header bar needs, it goes to a bar at the
   * bottom. */
  AdwBreakpoint *narrow = adw_breakpoint_new (adw_breakpoint_condition_parse ("max-width: 700sp"));
  GValue reveal = G_VALUE_INIT;
  GValue no_widget = G_VALUE_INIT;

  self->switcher = g_object_ref_sink (adw_view_switcher_new ());
  adw_view_switcher_set_policy (ADW_VIEW_SWITCHER (self->switcher), ADW_VIEW_SWITCHER_POLICY_NARROW);
  adw_view_switcher_set_stack (ADW_VIEW_SWITCHER (self->switcher), self->view_stack);
  adw_header_bar_set_title_widget (self->header_bar, self->switcher);
  g_value_init (&reveal, G_TYPE_BOOLEAN);
  g_value_set_boolean (&reveal, TRUE);
  g_value_init (&no_widget, GTK_TYPE_WIDGET);
  adw_breakpoint_add_setter (narrow, G_OBJECT (self->switcher_bar), "reveal", &reveal);
  adw_breakpoint_add_setter (narrow, G_OBJECT (self->header_bar), "title-widget", &no_widget);
  adw_application_window_add_breakpoint (ADW_APPLICATION_WINDOW (self), narrow);
  /* The customers page goes one pane at a time too: told, not a setter,
   * as it may be built while the breakpoint applies. */
  g_signal_connect (self, "notify::current-breakpoint", G_CALLBACK (fold_customers), NULL);
  g_signal_connect_swapped (self->customers_slot, "notify::page", G_CALLBACK (fold_customers), self);
#else
  self->switcher = g_object_ref_sink (adw_view_switcher_title_new ());
  adw_view_switcher_title_set_stack (ADW_VIEW_SWITCHER_TITLE (self->switcher), self->view_stack);
  adw_view_switcher_title_set_title (ADW_VIEW_SWITCHER_TITLE (self->switcher), _("Cherish"));
  adw_header_bar_set_title_widget (self->header_bar, self->switcher);
  g_object_bind_property (self->switcher, "title-visible", self->switcher_bar, "reveal", G_BINDING_SYNC_CREATE);
#endif
}

static void
cherish_window_class_init (CherishWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  cherish_widget_name_inner_controls ();
  /* GtkApplication does this for the app; tests make windows without it. */
  if (gdk_display_get_default () != NULL)
    gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                      RESOURCE_BASE "/icons");

  object_class->constructed = cherish_window_constructed;
  object_class->dispose = cherish_window_dispose;
  object_class->get_property = cherish_window_get_property;
  object_class->set_property = cherish_window_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, CHERISH_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, CHERISH_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  cherish_ui_register_resource ();
  g_type_ensure (CHERISH_TYPE_SERVER_BANNER);
  g_type_ensure (CHERISH_TYPE_LAZY_PAGE);
  g_type_ensure (CHERISH_TYPE_CUSTOMERS_PAGE);
  g_type_ensure (CHERISH_TYPE_CELEBRATIONS_PAGE);
  g_type_ensure (CHERISH_TYPE_TODAY_PAGE);
  g_type_ensure (CHERISH_TYPE_EVENTS_PAGE);
  g_type_ensure (CHERISH_TYPE_REWARDS_PAGE);
  g_type_ensure (CHERISH_TYPE_IDEAS_PAGE);
  g_type_ensure (CHERISH_TYPE_INSIGHTS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cherishapp/Cherish/cherish-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, server_banner);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, connecting_page);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, retry_button);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, connecting_spinner);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, new_customer_button);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, customers_slot);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, celebrations_slot);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, today_slot);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, events_slot);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, rewards_slot);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, ideas_slot);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, insights_slot);

  cherish_window_customers_install_actions (widget_class);
  cherish_window_data_install_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.quick-log", NULL, quick_log_action);
  gtk_widget_class_install_action (widget_class, "win.log-visit", "x", log_visit_action);
  gtk_widget_class_install_action (widget_class, "win.delete-customer", "x",
                                   delete_customer_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", "x", undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.show-customer", "x", show_customer_action);
  gtk_widget_class_install_action (widget_class, "win.help", NULL, help_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-customer", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "win.help", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK,
                                       "win.quick-log", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
cherish_window_init (CherishWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (page_setups); i++)
    cherish_lazy_page_set_setup (slot_of (self, i), page_setups[i]);
  add_switcher (self);

  self->pending_deletes = g_hash_table_new (NULL, NULL);
  self->delete_toasts = g_ptr_array_new_with_free_func (g_object_unref);
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "last-page", self->view_stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);

  if (g_strcmp0 (PROFILE, "Devel") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  cherish_first_frame_watch (GTK_WINDOW (self));
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */
/* ------------------------------------------------------------------ */

/**
 * cherish_window_new:
 * @database: (nullable): the shop's database; %NULL when it could not be
 *   opened (then call cherish_window_show_error())
 * @clock: (nullable): where "today" comes from; %NULL for the system clock
 *
 * The process's first window also chooses how windows are drawn
 * (cherish_renderer_choose()).
 */
CherishWindow *
cherish_window_new (GtkApplication  *application,
                    CherishDatabase *database,
                    CherishClock    *clock)
{
  cherish_renderer_choose ();
  return g_object_new (CHERISH_TYPE_WINDOW,
                       "application", application,
                       "database", database,
                       "clock", clock,
                       NULL);
}

/**
 * cherish_window_show_error:
 *
 * Replaces the content with an explanation of why the shop's data cannot
 * be shown.
 */
void
cherish_window_show_error (CherishWindow *self,
                           const GError  *error)
{
  g_return_if_fail (CHERISH_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  adw_status_page_set_description (self->error_page, error->message);
  gtk_spinner_stop (self->connecting_spinner);
  gtk_widget_set_visible (self->retry_button, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/**
 * cherish_window_offer_retry:
 *
 * Under the error, a Try Again button (app.retry-shop): for a server that
 * could not be reached, which may answer later.
 */
void
cherish_window_offer_retry (CherishWindow *self)
{
  g_return_if_fail (CHERISH_IS_WINDOW (self));

  gtk_widget_set_visible (self->retry_button, TRUE);
}

/**
 * cherish_window_show_connecting:
 * @label: the shop's address as a person reads it
 *   (cherish_server_address_describe())
 *
 * For a window made without a database while its server is reached:
 * says so until cherish_window_set_database() or
 * cherish_window_show_error().
 */
void
cherish_window_show_connecting (CherishWindow *self,
                                const char    *label)
{
  g_return_if_fail (CHERISH_IS_WINDOW (self));
  g_return_if_fail (self->database == NULL);

  adw_status_page_set_description (self->connecting_page, label);
  gtk_spinner_start (self->connecting_spinner);
  gtk_stack_set_visible_child_name (self->stack, "connecting");
}

/**
 * cherish_window_set_database:
 *
 * Gives a window made without a database (see
 * cherish_window_show_connecting()) the shop's, and shows it.
 */
void
cherish_window_set_database (CherishWindow   *self,
                             CherishDatabase *database)
{
  g_return_if_fail (CHERISH_IS_WINDOW (self));
  g_return_if_fail (self->database == NULL);
  g_return_if_fail (CHERISH_IS_DATABASE (database));

  self->database = g_object_ref (database);
  gtk_spinner_stop (self->connecting_spinner);
  enable_shop_actions (self, TRUE);
  use_database (self);
  gtk_stack_set_visible_child_name (self->stack, "shop");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/**
 * cherish_window_get_page_name:
 *
 * Returns: the page shown ("today", "customers", …), or "error", or
 *   "connecting"
 */
const char *
cherish_window_get_page_name (CherishWindow *self)
{
  const char *shown;

  g_return_val_if_fail (CHERISH_IS_WINDOW (self), NULL);

  shown = gtk_stack_get_visible_child_name (self->stack);
  if (g_strcmp0 (shown, "error") == 0 || g_strcmp0 (shown, "connecting") == 0)
    return shown;
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
cherish_window_set_page_name (CherishWindow *self,
                              const char    *name)
{
  g_return_if_fail (CHERISH_IS_WINDOW (self));

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/**
 * cherish_window_get_page:
 * @name: "today", "customers", …
 *
 * Returns: (transfer none): the page, built now if it was not yet (each
 *   is built when first shown)
 */
GtkWidget *
cherish_window_get_page (CherishWindow *self,
                         const char    *name)
{
  GtkWidget *slot;

  g_return_val_if_fail (CHERISH_IS_WINDOW (self), NULL);

  slot = adw_view_stack_get_child_by_name (self->view_stack, name);
  g_return_val_if_fail (CHERISH_IS_LAZY_PAGE (slot), NULL);
  return cherish_lazy_page_get_page (CHERISH_LAZY_PAGE (slot));
}

CherishDatabase *
cherish_window_get_database (CherishWindow *self)
{
  g_return_val_if_fail (CHERISH_IS_WINDOW (self), NULL);
  return self->database;
}

CherishClock *
cherish_window_get_clock (CherishWindow *self)
{
  g_return_val_if_fail (CHERISH_IS_WINDOW (self), NULL);
  return self->clock;
}

/**
 * cherish_window_toast:
 *
 * Says @text briefly at the bottom of the window.
 */
void
cherish_window_toast (CherishWindow *self,
                      const char    *text)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (CHERISH_IS_WINDOW (self));

  escaped = g_markup_escape_text (text, -1);   /* toast titles are markup */
  adw_toast_overlay_add_toast (self->toast_overlay, cherish_toast_new (escaped));
}

/**
 * cherish_window_add_toast:
 * @toast: (transfer full): a toast with a button
 */
void
cherish_window_add_toast (CherishWindow *self,
                          AdwToast      *toast)
{
  g_return_if_fail (CHERISH_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * cherish_window_search_customers:
 *
 * Shows the Customers page searching @text (the overview's "more results").
 */
void
cherish_window_search_customers (CherishWindow *self,
                                 const char    *text)
{
  g_return_if_fail (CHERISH_IS_WINDOW (self));

  cherish_window_set_page_name (self, "customers");
  cherish_customers_page_search (customers_page (self), text);
}

/**
 * cherish_window_forget_customer:
 *
 * Leaves the customer's page if it shows @id (erased).
 */
void
cherish_window_forget_customer (CherishWindow *self,
                                gint64         id)
{
  g_return_if_fail (CHERISH_IS_WINDOW (self));
  forget_customer (self, id);
}
