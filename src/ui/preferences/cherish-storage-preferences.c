/* cherish-storage-preferences.c — the Storage page of Preferences
 *
 * Where the shop is kept, and moving it: from this computer's file onto a
 * PostgreSQL server (so that several counters share it), using a shop a
 * server holds already (a second counter joining), and back into a new
 * file on this computer. The address is tested first (in a thread: a slow
 * server never holds the window), and the page offers only what fits what
 * is there: an empty database can take this shop, a shop can be used, and
 * anything else is refused with the reason. A move copies and checks
 * every row off the main thread; the shop it came from is left as it was.
 * Once moved or chosen, the application opens its window again on the
 * new place (app.use-shop).
 *
 * The password is not kept in the address: it goes into Cherish's own
 * password file (see cherish-server-address.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-storage-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-server-address.h"
#include "cherish-shop-settings.h"
#include "cherish-storage-preferences.h"
#include "cherish-widget-util.h"

struct _CherishStoragePreferences
{
  AdwPreferencesPage  parent_instance;

  CherishDatabase    *database;
  GCancellable       *cancellable;
  char               *tested;       /* the address the last test was of */
  CherishDatabaseProbe *probe;      /* what it found there */

  AdwActionRow       *here_row;
  AdwPreferencesGroup *server_group;
  AdwEntryRow        *address_row;
  AdwEntryRow        *password_row;
  AdwActionRow       *test_row;
  GtkWidget          *test_button;
  GtkWidget          *spinner;
  AdwActionRow       *offer_row;
  GtkWidget          *offer_button;
  AdwPreferencesGroup *back_group;
  GtkWidget          *back_button;
};

G_DEFINE_FINAL_TYPE (CherishStoragePreferences, cherish_storage_preferences, ADW_TYPE_PREFERENCES_PAGE)

static gboolean
on_server (CherishStoragePreferences *self)
{
  return cherish_database_is_server_uri (cherish_database_get_path (self->database));
}

/* The address as typed, without its password. */
static char *
typed_address (CherishStoragePreferences *self,
               char                     **password)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->address_row))));

  return cherish_server_address_take_password (text, password);
}

static void
set_busy (CherishStoragePreferences *self,
          gboolean                   busy)
{
  gtk_widget_set_visible (self->spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->server_group), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->back_group), !busy);
}

/* Says @text under the connection row; red when @error. */
static void
say (CherishStoragePreferences *self,
     const char                *text,
     gboolean                   error)
{
  adw_action_row_set_subtitle (self->test_row, text);
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->test_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->test_row), "error");
}

/* What can be done with what the test found. */
static void
show_offer (CherishStoragePreferences *self)
{
  g_autofree char *count = NULL;
  g_autofree char *subtitle = NULL;

  if (self->probe == NULL ||
      g_strcmp0 (self->tested, cherish_database_get_path (self->database)) == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->offer_row), FALSE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->offer_row), TRUE);
  if (self->probe->version == 0)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->offer_row), _("Move the Shop to This Server"));
      adw_action_row_set_subtitle (self->offer_row,
                                   _("Every customer, visit and point is copied there and checked, "
                                     "then Cherish works on the server. The shop kept here is left "
                                     "as it was. The other counters connect to the same address."));
      gtk_button_set_label (GTK_BUTTON (self->offer_button), _("Move"));
      gtk_widget_add_css_class (self->offer_button, "suggested-action");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->offer_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Move the shop to this server"), -1);
      return;
    }
  count = cherish_count_text ((guint) MIN (self->probe->customers, G_MAXUINT));
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "It holds a shop with %s customer. This computer then "
                                           "works on it; the shop kept here stays as it was, unused.",
                                           "It holds a shop with %s customers. This computer then "
                                           "works on it; the shop kept here stays as it was, unused.",
                                           (gulong) self->probe->customers),
                              count);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->offer_row), _("Use the Shop on This Server"));
  adw_action_row_set_subtitle (self->offer_row, subtitle);
  gtk_button_set_label (GTK_BUTTON (self->offer_button), _("Use"));
  gtk_widget_remove_css_class (self->offer_button, "suggested-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->offer_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Use the shop on this server"), -1);
}

static void
forget_test (CherishStoragePreferences *self)
{
  g_clear_pointer (&self->tested, g_free);
  g_clear_pointer (&self->probe, cherish_database_probe_free);
  show_offer (self);
}

static void
on_address_changed_cb (CherishStoragePreferences *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->address_row))));

  cherish_widget_set_invalid (GTK_WIDGET (self->address_row),
                              *text != '\0' && !cherish_server_address_check (text, NULL));
  if (self->tested != NULL)
    {
      forget_test (self);
      say (self, _("Not tested yet"), FALSE);
    }
}

static void
on_probed (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(CherishStoragePreferences) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CherishDatabaseProbe) probe = cherish_database_probe_finish (result, &error);
  g_autofree char *text = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (probe == NULL)
    {
      forget_test (self);
      say (self, error->message, TRUE);
      return;
    }
  if (g_strcmp0 (self->tested, cherish_database_get_path (self->database)) == 0)
    text = g_strdup_printf (_("Connected to PostgreSQL %s. This is the shop in use."), probe->server);
  else if (probe->version == 0)
    text = g_strdup_printf (_("Connected to PostgreSQL %s. The database is empty: this shop can be "
                              "moved there."), probe->server);
  else
    text = g_strdup_printf (_("Connected to PostgreSQL %s. The database holds a Cherish shop."),
                            probe->server);
  say (self, text, FALSE);
  self->probe = g_steal_pointer (&probe);
  show_offer (self);
}

static void
on_test_clicked_cb (CherishStoragePreferences *self)
{
  g_autofree char *password = NULL;
  g_autofree char *address = typed_address (self, &password);
  const char *typed_password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));
  g_autoptr(GError) error = NULL;

  forget_test (self);
  if (!cherish_server_address_check (address, &error))
    {
      say (self, error->message, TRUE);
      return;
    }
  /* A password typed in the address goes where the typed one goes. */
  if (*typed_password != '\0')
    {
      g_free (password);
      password = g_strdup (typed_password);
    }
  if (password != NULL && !cherish_server_address_save_password (address, password, &error))
    {
      say (self, error->message, TRUE);
      return;
    }
  if (password != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->address_row), address);
      gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
    }

  self->tested = g_steal_pointer (&address);
  say (self, _("Connecting…"), FALSE);
  set_busy (self, TRUE);
  cherish_database_probe_async (self->tested, self->cancellable, on_probed, g_object_ref (self));
}

/* Opens the window again on @location ("": the usual file), saying @text. */
static void
use_shop (CherishStoragePreferences *self,
          const char                *location,
          const char                *text)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "app.use-shop", "(ss)", location, text);
}

static void
on_moved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(CherishStoragePreferences) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = cherish_database_move_finish (CHERISH_DATABASE (source), result, &error);
  const char *destination = g_object_get_data (G_OBJECT (self), "destination");

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (report == NULL)
    {
      say (self, error->message, TRUE);
      if (!on_server (self) || destination == NULL || cherish_database_is_server_uri (destination))
        return;
      /* Back to this computer: the error goes under its own row. */
      adw_preferences_group_set_description (self->back_group, error->message);
      return;
    }
  g_debug ("Moved to %s:\n%s", destination, report);
  use_shop (self, destination,
            cherish_database_is_server_uri (destination)
            ? _("The shop was moved to the server and checked: every row and every sum is the same.")
            : _("The shop was copied to this computer and checked: every row and every sum is the same."));
}

static void
move_to (CherishStoragePreferences *self,
         const char                *destination)
{
  g_object_set_data_full (G_OBJECT (self), "destination", g_strdup (destination), g_free);
  say (self, _("Moving the shop…"), FALSE);
  set_busy (self, TRUE);
  cherish_database_move_async (self->database, destination, self->cancellable, on_moved,
                               g_object_ref (self));
}

static void
on_offer_clicked_cb (CherishStoragePreferences *self)
{
  g_return_if_fail (self->probe != NULL && self->tested != NULL);

  if (self->probe->version == 0)
    move_to (self, self->tested);
  else
    use_shop (self, self->tested, "");
}

/* A file on this computer that holds no shop yet: the usual one if it
 * is not there, else one named after today. */
static char *
new_file (void)
{
  g_autofree char *usual = cherish_database_default_path ();
  g_autofree char *folder = g_path_get_dirname (usual);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d");

  if (!g_file_test (usual, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&usual);
  for (guint n = 1; ; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("cherish-%s.db", stamp)
                                     : g_strdup_printf ("cherish-%s-%u.db", stamp, n);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&path);
    }
}

static void
on_back_clicked_cb (CherishStoragePreferences *self)
{
  g_autofree char *path = new_file ();

  adw_preferences_group_set_description (self->back_group, NULL);
  move_to (self, path);
}

static GtkWidget *
suffix_button (CherishStoragePreferences *self,
               AdwActionRow              *row,
               const char                *label,
               const char                *accessible_label,
               GCallback                  clicked)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (accessible_label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    accessible_label, -1);
  g_signal_connect_swapped (button, "clicked", clicked, self);
  adw_action_row_add_suffix (row, button);
  return button;
}

static void
build (CherishStoragePreferences *self)
{
  AdwPreferencesGroup *here_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  const char *path = cherish_database_get_path (self->database);
  g_autofree char *usual = cherish_shop_settings_location ();
  gboolean chosen_at_start = g_getenv ("CHERISH_DATABASE") != NULL || g_strcmp0 (usual, path) != 0;

  adw_preferences_group_set_title (here_group, _("Where the Shop Is Kept"));
  self->here_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->here_row), FALSE);
  if (on_server (self))
    {
      g_autofree char *described = cherish_server_address_describe (path);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->here_row), _("On a PostgreSQL Server"));
      adw_action_row_set_subtitle (self->here_row, described);
      adw_action_row_add_prefix (self->here_row, gtk_image_new_from_icon_name ("network-server-symbolic"));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->here_row), _("On This Computer"));
      adw_action_row_set_subtitle (self->here_row, path);
      adw_action_row_add_prefix (self->here_row, gtk_image_new_from_icon_name ("drive-harddisk-symbolic"));
    }
#if ADW_CHECK_VERSION (1, 3, 0)
  adw_action_row_set_subtitle_selectable (self->here_row, TRUE);
#endif
  adw_preferences_group_add (here_group, GTK_WIDGET (self->here_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), here_group);

  self->server_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->server_group, _("Share With Other Counters"));
  adw_preferences_group_set_description (self->server_group,
                                         _("Several computers can share one shop kept on a PostgreSQL "
                                           "server. Whoever runs the server makes a database for the "
                                           "shop and a login for each counter; its address looks like "
                                           "postgresql://counter1@db.example.com/shop."));
  self->address_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->address_row),
                                 _("Server Address"));
  adw_entry_row_set_input_purpose (self->address_row, GTK_INPUT_PURPOSE_URL);
  /* An address reads left to right, in a Persian window too. */
  gtk_widget_set_direction (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->address_row))),
                            GTK_TEXT_DIR_LTR);
  if (on_server (self))
    gtk_editable_set_text (GTK_EDITABLE (self->address_row), path);
  g_signal_connect_swapped (self->address_row, "changed", G_CALLBACK (on_address_changed_cb), self);
  g_signal_connect_swapped (self->address_row, "entry-activated", G_CALLBACK (on_test_clicked_cb), self);
  adw_entry_row_set_activates_default (self->address_row, FALSE);
  adw_preferences_group_add (self->server_group, GTK_WIDGET (self->address_row));

  self->password_row = ADW_ENTRY_ROW (adw_password_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->password_row),
                                 _("Password"));
  g_signal_connect_swapped (self->password_row, "entry-activated", G_CALLBACK (on_test_clicked_cb), self);
  adw_preferences_group_add (self->server_group, GTK_WIDGET (self->password_row));

  self->test_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->test_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->test_row), _("Connection"));
  adw_action_row_set_subtitle (self->test_row, _("Not tested yet"));
#if ADW_CHECK_VERSION (1, 3, 0)
  adw_action_row_set_subtitle_selectable (self->test_row, TRUE);
#endif
  self->spinner = gtk_spinner_new ();
  gtk_widget_set_visible (self->spinner, FALSE);
  adw_action_row_add_suffix (self->test_row, self->spinner);
  self->test_button = suffix_button (self, self->test_row, _("Test"), _("Test the connection"),
                                     G_CALLBACK (on_test_clicked_cb));
  adw_preferences_group_add (self->server_group, GTK_WIDGET (self->test_row));

  self->offer_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->offer_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->offer_row), _("Move the Shop to This Server"));
  self->offer_button = suffix_button (self, self->offer_row, _("Move"), NULL, G_CALLBACK (on_offer_clicked_cb));
  gtk_widget_set_visible (GTK_WIDGET (self->offer_row), FALSE);
  adw_preferences_group_add (self->server_group, GTK_WIDGET (self->offer_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), self->server_group);

  self->back_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  {
    AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Move the Shop to This Computer"));
    adw_action_row_set_subtitle (row, _("Everything on the server is copied into a new file on this "
                                        "computer and checked, then Cherish works on that file. The "
                                        "server keeps its copy for the other counters."));
    self->back_button = suffix_button (self, row, _("Move"), _("Move the shop to this computer"),
                                       G_CALLBACK (on_back_clicked_cb));
    adw_preferences_group_add (self->back_group, GTK_WIDGET (row));
  }
  gtk_widget_set_visible (GTK_WIDGET (self->back_group), on_server (self));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), self->back_group);

  /* --database (or $CHERISH_DATABASE) chose the shop for this run. */
  if (chosen_at_start)
    {
      adw_preferences_group_set_description (here_group,
                                             _("Chosen when Cherish was started (--database or "
                                               "CHERISH_DATABASE): start it without to choose here."));
      gtk_widget_set_visible (GTK_WIDGET (self->server_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->back_group), FALSE);
    }
}

static void
cherish_storage_preferences_dispose (GObject *object)
{
  CherishStoragePreferences *self = (CherishStoragePreferences *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->database);
  g_clear_pointer (&self->tested, g_free);
  g_clear_pointer (&self->probe, cherish_database_probe_free);

  G_OBJECT_CLASS (cherish_storage_preferences_parent_class)->dispose (object);
}

static void
cherish_storage_preferences_class_init (CherishStoragePreferencesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cherish_storage_preferences_dispose;
}

static void
cherish_storage_preferences_init (CherishStoragePreferences *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * cherish_storage_preferences_new:
 * @database: the shop in use
 *
 * Returns: (transfer floating): the Storage page
 */
AdwPreferencesPage *
cherish_storage_preferences_new (CherishDatabase *database)
{
  CherishStoragePreferences *self = g_object_new (CHERISH_TYPE_STORAGE_PREFERENCES,
                                                  "name", "storage",
                                                  "title", _("Storage"),
                                                  "icon-name", "drive-harddisk-symbolic",
                                                  NULL);

  self->database = g_object_ref (database);
  build (self);
  return ADW_PREFERENCES_PAGE (self);
}
