/* cherish-window.c — the main window
 *
 * Shows the shop's customers from a lazy, paged list model, an empty state
 * when there are none, and a plain-language explanation when the database
 * could not be opened. Its size is remembered in GSettings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-customer.h"
#include "cherish-customer-store.h"
#include "cherish-ui-resources.h"
#include "cherish-window.h"

struct _CherishWindow
{
  AdwApplicationWindow  parent_instance;

  CherishDatabase      *database;
  CherishCustomerStore *customers;
  GListModel           *customer_model;
  GSettings            *settings;

  /* Template widgets */
  GtkStack             *stack;
  GtkListView          *customer_list;
  AdwStatusPage        *empty_page;
  AdwStatusPage        *error_page;
  AdwWindowTitle       *window_title;
};

G_DEFINE_FINAL_TYPE (CherishWindow, cherish_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

static void
update_page (CherishWindow *self)
{
  guint n = g_list_model_get_n_items (self->customer_model);
  g_autofree char *subtitle = NULL;

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "customers" : "empty");

  if (n > 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u customer", "%u customers", n), n);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

/* ------------------------------------------------------------------ */
/* Signal callbacks                                                    */
/* ------------------------------------------------------------------ */

static void
on_customer_model_items_changed_cb (CherishWindow *self,
                                    guint          position,
                                    guint          removed,
                                    guint          added,
                                    GListModel    *model)
{
  update_page (self);
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */
/* ------------------------------------------------------------------ */

static void
cherish_window_constructed (GObject *object)
{
  CherishWindow *self = (CherishWindow *) object;
  CherishCustomerQuery everyone = { NULL, CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_FILTER_NONE };
  g_autoptr(GtkNoSelection) selection = NULL;

  G_OBJECT_CLASS (cherish_window_parent_class)->constructed (object);

  /* Without a database there is only the error page to show. */
  if (self->database == NULL)
    return;

  self->customers = cherish_customer_store_new (self->database, NULL);
  self->customer_model = cherish_customer_store_list (self->customers, &everyone);
  g_signal_connect_object (self->customer_model, "items-changed",
                           G_CALLBACK (on_customer_model_items_changed_cb), self,
                           G_CONNECT_SWAPPED);

  selection = gtk_no_selection_new (g_object_ref (self->customer_model));
  gtk_list_view_set_model (self->customer_list, GTK_SELECTION_MODEL (selection));
  update_page (self);
}

static void
cherish_window_dispose (GObject *object)
{
  CherishWindow *self = (CherishWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CHERISH_TYPE_WINDOW);

  g_clear_object (&self->customer_model);
  g_clear_object (&self->customers);
  g_clear_object (&self->database);
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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cherish_window_class_init (CherishWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cherish_window_constructed;
  object_class->dispose = cherish_window_dispose;
  object_class->get_property = cherish_window_get_property;
  object_class->set_property = cherish_window_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, CHERISH_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  cherish_ui_register_resource ();

  /* The list item template looks these types up by name. */
  g_type_ensure (CHERISH_TYPE_CUSTOMER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cherishapp/Cherish/cherish-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, customer_list);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, CherishWindow, window_title);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
cherish_window_init (CherishWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  if (g_strcmp0 (PROFILE, "Devel") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */
/* ------------------------------------------------------------------ */

/**
 * cherish_window_new:
 * @database: (nullable): the shop's database; %NULL when it could not be
 *   opened (then call cherish_window_show_error())
 */
CherishWindow *
cherish_window_new (GtkApplication  *application,
                    CherishDatabase *database)
{
  return g_object_new (CHERISH_TYPE_WINDOW,
                       "application", application,
                       "database", database,
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
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/**
 * cherish_window_get_page_name:
 *
 * Returns: the name of the page shown ("empty", "customers", "error")
 */
const char *
cherish_window_get_page_name (CherishWindow *self)
{
  g_return_val_if_fail (CHERISH_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}
