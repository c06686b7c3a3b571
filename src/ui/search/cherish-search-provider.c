/* cherish-search-provider.c — customers found from the GNOME overview
 *
 * org.gnome.Shell.SearchProvider2 on the application's own bus
 * connection (GNOME Shell finds it through the .ini file installed in
 * gnome-shell/search-providers, and starts Cherish by D-Bus activation,
 * without a window). Typing a name or a phone number (Persian digits
 * too: the search folds them as the Customers page does) lists the
 * customers it matches, with their next occasion or last visit and their
 * initials; choosing one opens Cherish on that customer, and "more
 * results" opens the Customers page searching the same words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-search-provider"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-customer-row.h"
#include "cherish-customer-store.h"
#include "cherish-initials-icon.h"
#include "cherish-search-provider.h"

/* The overview shows a few; "more results" opens the page with all. */
#define MAX_RESULTS 10
#define ICON_SIZE 64

static const char introspection_xml[] =
  "<node>"
  "  <interface name='org.gnome.Shell.SearchProvider2'>"
  "    <method name='GetInitialResultSet'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetSubsearchResultSet'>"
  "      <arg type='as' name='previous_results' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetResultMetas'>"
  "      <arg type='as' name='identifiers' direction='in'/>"
  "      <arg type='aa{sv}' name='metas' direction='out'/>"
  "    </method>"
  "    <method name='ActivateResult'>"
  "      <arg type='s' name='identifier' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "    <method name='LaunchSearch'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

struct _CherishSearchProvider
{
  GObject                parent_instance;

  GApplication          *application;   /* not owned: it owns this */
  CherishDatabaseGetter  get_database;
  gpointer               user_data;
  CherishClock          *clock;
  CherishCustomerStore  *customers;
  GHashTable            *found;          /* id text → CherishCustomer, the last results */
  GDBusConnection       *connection;
  guint                  registration;
};

G_DEFINE_FINAL_TYPE (CherishSearchProvider, cherish_search_provider, G_TYPE_OBJECT)

static CherishCustomerStore *
customers_of (CherishSearchProvider *self)
{
  if (self->customers == NULL)
    {
      CherishDatabase *database = self->get_database (self->user_data);

      if (database != NULL)
        self->customers = cherish_customer_store_new (database, self->clock);
    }
  return self->customers;
}

/**
 * cherish_search_provider_find:
 * @terms: what was typed in the overview, word by word
 *
 * Returns: (transfer full): the ids of the first customers @terms find,
 *   those seen most recently first (as the Customers page orders by last
 *   visit): in the overview, the regular who is on the phone
 */
GStrv
cherish_search_provider_find (CherishSearchProvider *self,
                              const char * const    *terms)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autofree char *text = g_strjoinv (" ", (char **) terms);
  CherishCustomerStore *customers = customers_of (self);

  g_return_val_if_fail (CHERISH_IS_SEARCH_PROVIDER (self), NULL);

  g_hash_table_remove_all (self->found);
  if (customers != NULL && *g_strstrip (text) != '\0')
    {
      CherishCustomerQuery query = { text, CHERISH_CUSTOMER_SORT_LAST_VISIT, CHERISH_CUSTOMER_FILTER_NONE };
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) found = cherish_customer_store_find (customers, &query, 0, MAX_RESULTS, &error);

      if (found == NULL)
        g_warning ("Could not search for “%s”: %s", text, error->message);
      for (guint i = 0; found != NULL && i < found->len; i++)
        {
          char *id = g_strdup_printf ("%" G_GINT64_FORMAT, cherish_customer_get_id (found->pdata[i]));

          g_strv_builder_add (ids, id);
          g_hash_table_insert (self->found, id, g_object_ref (found->pdata[i]));
        }
    }
  return g_strv_builder_end (ids);
}

static GVariant *
meta_of (CherishSearchProvider *self,
         const char            *id,
         CherishCustomer       *customer)
{
  g_auto(GVariantBuilder) meta = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE_VARDICT);
  g_autofree char *subtitle = NULL;
  g_autofree char *when = NULL;
  g_autofree char *description = NULL;
  g_autoptr(GIcon) icon = cherish_initials_icon_new (cherish_customer_get_display_name (customer), ICON_SIZE);
  g_autoptr(GVariant) serialized = g_icon_serialize (icon);

  cherish_customer_row_describe (customer, self->clock, &subtitle, &when);
  description = cherish_calendar_digits (when != NULL ? when : subtitle);
  g_variant_builder_add (&meta, "{sv}", "id", g_variant_new_string (id));
  g_variant_builder_add (&meta, "{sv}", "name", g_variant_new_string (cherish_customer_get_display_name (customer)));
  g_variant_builder_add (&meta, "{sv}", "description", g_variant_new_string (description));
  g_variant_builder_add (&meta, "{sv}", "icon", serialized);
  return g_variant_builder_end (&meta);
}

/**
 * cherish_search_provider_get_metas:
 * @ids: ids given by cherish_search_provider_find()
 *
 * Returns: (transfer floating): an aa{sv} with each customer's id, name,
 *   description (their next occasion, else their last visit) and icon
 *   (their initials); an id no longer found is left out
 */
GVariant *
cherish_search_provider_get_metas (CherishSearchProvider *self,
                                   const char * const    *ids)
{
  g_auto(GVariantBuilder) metas = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("aa{sv}"));
  CherishCustomerStore *customers = customers_of (self);

  g_return_val_if_fail (CHERISH_IS_SEARCH_PROVIDER (self), NULL);

  for (guint i = 0; ids[i] != NULL && customers != NULL; i++)
    {
      CherishCustomer *known = g_hash_table_lookup (self->found, ids[i]);
      g_autoptr(CherishCustomer) customer = known != NULL ? g_object_ref (known) : NULL;
      gint64 id = g_ascii_strtoll (ids[i], NULL, 10);

      if (customer == NULL && id > 0)
        customer = cherish_customer_store_get (customers, id, NULL);
      if (customer != NULL && cherish_customer_get_deleted_at (customer) == NULL)
        g_variant_builder_add_value (&metas, meta_of (self, ids[i], customer));
    }
  return g_variant_builder_end (&metas);
}

static void
handle_method_call (GDBusConnection       *connection,
                    const char            *sender,
                    const char            *object_path,
                    const char            *interface_name,
                    const char            *method_name,
                    GVariant              *parameters,
                    GDBusMethodInvocation *invocation,
                    gpointer               user_data)
{
  CherishSearchProvider *self = user_data;
  g_autofree const char **terms = NULL;

  /* Each call keeps the application a while longer (its inactivity
   * timeout): the overview asks again at every key. */
  g_application_hold (self->application);

  if (g_str_equal (method_name, "GetInitialResultSet") || g_str_equal (method_name, "GetSubsearchResultSet"))
    {
      g_auto(GStrv) ids = NULL;

      /* A narrower search is searched again: the first results were only
       * the first few of all that matched. */
      if (g_str_equal (method_name, "GetInitialResultSet"))
        g_variant_get (parameters, "(^a&s)", &terms);
      else
        g_variant_get (parameters, "(@as^a&s)", NULL, &terms);
      ids = cherish_search_provider_find (self, terms);
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(^as)", ids));
    }
  else if (g_str_equal (method_name, "GetResultMetas"))
    {
      g_variant_get (parameters, "(^a&s)", &terms);
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new_tuple ((GVariant *[]) {
                                               cherish_search_provider_get_metas (self, terms) }, 1));
    }
  else if (g_str_equal (method_name, "ActivateResult"))
    {
      const char *id = NULL;

      g_variant_get (parameters, "(&s^a&su)", &id, &terms, NULL);
      g_action_group_activate_action (G_ACTION_GROUP (self->application), "open-customer",
                                      g_variant_new_int64 (g_ascii_strtoll (id, NULL, 10)));
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method_name, "LaunchSearch"))
    {
      g_autofree char *text = NULL;

      g_variant_get (parameters, "(^a&su)", &terms, NULL);
      text = g_strjoinv (" ", (char **) terms);
      g_action_group_activate_action (G_ACTION_GROUP (self->application), "search-customers",
                                      g_variant_new_string (text));
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else
    g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD,
                                           "No method %s", method_name);

  g_application_release (self->application);
}

static void
cherish_search_provider_dispose (GObject *object)
{
  CherishSearchProvider *self = (CherishSearchProvider *) object;

  cherish_search_provider_unexport (self);
  g_clear_object (&self->customers);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->found, g_hash_table_unref);

  G_OBJECT_CLASS (cherish_search_provider_parent_class)->dispose (object);
}

static void
cherish_search_provider_class_init (CherishSearchProviderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cherish_search_provider_dispose;
}

static void
cherish_search_provider_init (CherishSearchProvider *self)
{
  self->found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

/**
 * cherish_search_provider_new:
 * @application: activated to open a customer ("app.open-customer") or the
 *   Customers page on a search ("app.search-customers")
 * @get_database: (scope forever): gives the shop's database when the
 *   first search comes
 * @clock: (nullable): for "3 days ago"; %NULL for the system's
 */
CherishSearchProvider *
cherish_search_provider_new (GApplication          *application,
                             CherishDatabaseGetter  get_database,
                             gpointer               user_data,
                             CherishClock          *clock)
{
  CherishSearchProvider *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (get_database != NULL, NULL);

  self = g_object_new (CHERISH_TYPE_SEARCH_PROVIDER, NULL);
  self->application = application;
  self->get_database = get_database;
  self->user_data = user_data;
  self->clock = clock != NULL ? g_object_ref (clock) : cherish_clock_new_system ();
  return self;
}

/**
 * cherish_search_provider_export:
 * @object_path: where GNOME Shell looks for it (the .ini file's ObjectPath)
 *
 * Returns: %TRUE if the provider answers on @connection now
 */
gboolean
cherish_search_provider_export (CherishSearchProvider  *self,
                                GDBusConnection        *connection,
                                const char             *object_path,
                                GError                **error)
{
  static GDBusNodeInfo *info;
  static const GDBusInterfaceVTable vtable = { handle_method_call, NULL, NULL, { NULL } };

  g_return_val_if_fail (CHERISH_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (self->registration == 0, FALSE);

  if (g_once_init_enter (&info))
    g_once_init_leave (&info, g_dbus_node_info_new_for_xml (introspection_xml, NULL));
  self->registration = g_dbus_connection_register_object (connection, object_path, info->interfaces[0], &vtable,
                                                          self, NULL, error);
  if (self->registration == 0)
    return FALSE;
  self->connection = g_object_ref (connection);
  return TRUE;
}

void
cherish_search_provider_unexport (CherishSearchProvider *self)
{
  g_return_if_fail (CHERISH_IS_SEARCH_PROVIDER (self));

  if (self->registration != 0)
    g_dbus_connection_unregister_object (self->connection, self->registration);
  self->registration = 0;
  g_clear_object (&self->connection);
}
