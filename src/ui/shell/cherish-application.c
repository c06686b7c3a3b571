/* cherish-application.c — the application: options, database, windows
 *
 * Command line (started by `cherish`, which runs --check-reminders and
 * --import itself, without a display; see cherish-command.c):
 *   --database PATH   use this database instead of the one in the data dir
 *                     (also $CHERISH_DATABASE); runs as a separate instance
 *   --sample-data     fill an empty database with a demo shop
 *   --background      run without a window, checking reminders (autostart)
 *   --open-customer ID, --show-today (hidden): what a notification's Open
 *                     asks of the window
 *
 * With "Run in background" on, closing the window leaves Cherish running
 * (held), checking reminders every minute.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-application"

#include "config.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cherish-application.h"
#include "cherish-background.h"
#include "cherish-command.h"
#include "cherish-database.h"
#include "cherish-error.h"
#include "cherish-page-reading.h"
#include "cherish-preferences-window.h"
#include "cherish-reminder-service.h"
#include "cherish-sample-data.h"
#include "cherish-search-provider.h"
#include "cherish-server-address.h"
#include "cherish-settings-sync.h"
#include "cherish-shop-settings.h"
#include "cherish-window.h"
#include "cherish-widget-util.h"

struct _CherishApplication
{
  AdwApplication   parent_instance;

  char            *database_path;
  gboolean         sample_data;
  CherishDatabase *database;
  GError          *open_error;

  gboolean         background;       /* --background: no window */
  CherishReminderService *reminders;
  GSettings       *settings;
  gboolean         held_for_background;
  CherishSearchProvider *search_provider;
  CherishSettingsSync *settings_sync;   /* the shop's shared rules, while it is open */
  CherishWindow   *connecting;       /* (weak) shown while a server is reached */
};

/* Started by GNOME Shell for a search, Cherish stays this long after the
 * last one (the overview asks at each key), and as long after its last
 * window closed. */
#define INACTIVITY_TIMEOUT_MS 30000

G_DEFINE_FINAL_TYPE (CherishApplication, cherish_application, ADW_TYPE_APPLICATION)

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

/* The shop's database is open (@database, taken): the shared settings
 * follow it, and --sample-data fills it. */
static void
adopt_database (CherishApplication *self,
                CherishDatabase    *database)
{
  g_autoptr(GError) error = NULL;

  self->database = database;
  if (self->settings != NULL)
    self->settings_sync = cherish_settings_sync_new (self->database, self->settings);

  if (self->sample_data)
    {
      guint added = 0;

      if (!cherish_sample_data_fill (self->database, NULL, &added, &error))
        g_warning ("Could not add the sample shop: %s", error->message);
      else if (added == 0)
        g_message ("The database already has customers; the sample shop was not added.");
    }
}

static void
open_database (CherishApplication *self)
{
  CherishDatabase *database;

  if (self->database != NULL || self->open_error != NULL)
    return;

  database = cherish_command_open_database (self->database_path, &self->open_error);
  if (database == NULL)
    {
      g_warning ("%s", self->open_error->message);
      return;
    }
  adopt_database (self, database);
}

static CherishReminderService *
ensure_reminders (CherishApplication *self)
{
  open_database (self);
  if (self->reminders == NULL && self->database != NULL)
    self->reminders = cherish_reminder_service_new (G_ACTION_GROUP (self), self->database);
  return self->reminders;
}

/* Stays running (no window) while "Run in background" is on. */
static void
update_background_hold (CherishApplication *self)
{
  gboolean wanted = g_settings_get_boolean (self->settings, "run-in-background");

  if (wanted == self->held_for_background)
    return;
  self->held_for_background = wanted;
  if (wanted)
    {
      g_application_hold (G_APPLICATION (self));
      if (ensure_reminders (self) != NULL)
        cherish_reminder_service_start (self->reminders);
    }
  else
    g_application_release (G_APPLICATION (self));
}

static void
on_run_in_background_changed (CherishApplication *self)
{
  update_background_hold (self);
  cherish_background_set_autostart (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                    self->held_for_background);
}

/* Checks once, holding the application while the notifications are open. */
static void
check_and_hold (CherishApplication *self)
{
  if (ensure_reminders (self) != NULL)
    cherish_reminder_service_check_and_hold (self->reminders, G_APPLICATION (self));
}

static CherishWindow *
present_window (CherishApplication *self)
{
  self->background = FALSE;
  g_application_activate (G_APPLICATION (self));
  return CHERISH_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (self)));
}

/* ------------------------------------------------------------------ */
/* Actions                                                             */
/* ------------------------------------------------------------------ */

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Cherish developers", NULL };

#if ADW_CHECK_VERSION (1, 5, 0)
  adw_show_about_dialog (GTK_WIDGET (gtk_application_get_active_window (app)),
#else
  adw_show_about_window (gtk_application_get_active_window (app),
#endif
                         "application-name", _("Cherish"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Cherish developers"),
                         "version", PACKAGE_VERSION,
                         "developers", developers,
                         "copyright", "© 2026 The Cherish developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         "comments", _("Know your regulars, celebrate their milestones and "
                                       "never miss the moment for a surprise."),
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  CherishApplication *self = user_data;

  cherish_preferences_window_present (cherish_preferences_window_new (self->database),
                                      GTK_WIDGET (gtk_application_get_active_window (app)));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
check_reminders_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  CherishApplication *self = user_data;

  if (ensure_reminders (self) != NULL)
    cherish_reminder_service_check (self->reminders);
}

static void
open_customer_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  CherishWindow *window = present_window (user_data);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-customer", "x",
                              g_variant_get_int64 (parameter));
}

/* The overview's "more results": the Customers page, searching. */
static void
search_customers_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  cherish_window_search_customers (present_window (user_data), g_variant_get_string (parameter, NULL));
}

static void
show_today_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  cherish_window_set_page_name (present_window (user_data), "today");
}

static void
reminder_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  CherishApplication *self = user_data;
  g_autoptr(GError) error = NULL;
  const char *key = g_variant_get_string (parameter, NULL);
  gboolean ok;

  if (ensure_reminders (self) == NULL)
    return;
  if (g_str_equal (g_action_get_name (G_ACTION (action)), "snooze-reminder"))
    ok = cherish_reminder_service_snooze (self->reminders, key, &error);
  else
    ok = cherish_reminder_service_done (self->reminders, key, &error);
  if (!ok)
    g_warning ("Reminder %s: %s", key, error->message);
}

/* Preferences → Storage moved the shop, or chose one on a server: the
 * setting says where it is now; the windows close and open again there. */
static gboolean
reopen_shop (gpointer user_data)
{
  CherishApplication *self = user_data;
  GList *windows = gtk_window_list_toplevels ();
  const char *text = g_object_get_data (G_OBJECT (self), "use-shop-toast");
  GtkWindow *window;

  g_application_hold (G_APPLICATION (self));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
  g_clear_object (&self->reminders);
  g_clear_object (&self->settings_sync);
  g_clear_object (&self->database);
  g_clear_error (&self->open_error);
  self->sample_data = FALSE;
  g_application_activate (G_APPLICATION (self));
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL && text != NULL && *text != '\0')
    cherish_window_toast (CHERISH_WINDOW (window), text);
  g_object_set_data (G_OBJECT (self), "use-shop-toast", NULL);
  if (self->held_for_background && ensure_reminders (self) != NULL)
    cherish_reminder_service_start (self->reminders);
  g_application_release (G_APPLICATION (self));
  return G_SOURCE_REMOVE;
}

static void
use_shop_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  CherishApplication *self = user_data;
  const char *location, *text;
  g_autofree char *usual = cherish_database_default_path ();

  /* --database chose the shop for this run: Preferences cannot. */
  if (self->database_path != NULL)
    return;
  g_variant_get (parameter, "(&s&s)", &location, &text);
  /* The usual file is kept as "": found again if the data folder moves. */
  g_settings_set_string (self->settings, "shop-location", g_str_equal (location, usual) ? "" : location);
  g_object_set_data_full (G_OBJECT (self), "use-shop-toast", g_strdup (text), g_free);
  g_idle_add_full (G_PRIORITY_DEFAULT, reopen_shop, g_object_ref (self), g_object_unref);
}

static void retry_shop_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data);

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
  { "check-reminders", check_reminders_action },
  { "retry-shop", retry_shop_action },
  { "open-customer", open_customer_action, "x" },
  { "search-customers", search_customers_action, "s" },
  { "show-today", show_today_action },
  { "snooze-reminder", reminder_action, "s" },
  { "done-reminder", reminder_action, "s" },
  { "use-shop", use_shop_action, "(ss)" },
};

/* ------------------------------------------------------------------ */
/* GApplication                                                        */
/* ------------------------------------------------------------------ */

static int
cherish_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  CherishApplication *self = CHERISH_APPLICATION (app);
  g_autoptr(GVariant) action = NULL;
  gint64 customer_id = 0;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("cherish %s\n", PACKAGE_VERSION);
      return 0;
    }

  self->sample_data = g_variant_dict_contains (options, "sample-data");

  g_free (self->database_path);
  self->database_path = cherish_command_read_database_option (app, options);

  /* The commands without a window are `cherish`'s own. */
  if (g_variant_dict_contains (options, "check-reminders") || g_variant_dict_contains (options, "import"))
    {
      g_printerr (_("Run “cherish” with --check-reminders or --import; this program is its window.\n"));
      return 1;
    }

  self->background = g_variant_dict_contains (options, "background");
  if (g_variant_dict_lookup (options, "open-customer", "x", &customer_id))
    action = g_variant_ref_sink (g_variant_new_int64 (customer_id));
  if (self->background || action != NULL || g_variant_dict_contains (options, "show-today"))
    {
      g_autoptr(GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      /* A notification's Open: the window on that customer, or on Today. */
      if (action != NULL || g_variant_dict_contains (options, "show-today"))
        {
          g_action_group_activate_action (G_ACTION_GROUP (app),
                                          action != NULL ? "open-customer" : "show-today", action);
          return g_application_get_is_remote (app) ? 0 : -1;
        }
      if (g_application_get_is_remote (app))
        return 0;
    }

  return -1;
}

static CherishDatabase *
database_for_search (gpointer user_data)
{
  CherishApplication *self = user_data;

  open_database (self);
  return self->database;
}

static gboolean
cherish_application_dbus_register (GApplication     *app,
                                   GDBusConnection  *connection,
                                   const char       *object_path,
                                   GError          **error)
{
  CherishApplication *self = CHERISH_APPLICATION (app);
  g_autofree char *path = g_strconcat (object_path, "/SearchProvider", NULL);

  if (!G_APPLICATION_CLASS (cherish_application_parent_class)->dbus_register (app, connection, object_path, error))
    return FALSE;
  if (self->search_provider == NULL)
    self->search_provider = cherish_search_provider_new (app, database_for_search, self, NULL);
  return cherish_search_provider_export (self->search_provider, connection, path, error);
}

static void
cherish_application_dbus_unregister (GApplication    *app,
                                     GDBusConnection *connection,
                                     const char      *object_path)
{
  CherishApplication *self = CHERISH_APPLICATION (app);

  if (self->search_provider != NULL)
    cherish_search_provider_unexport (self->search_provider);
  G_APPLICATION_CLASS (cherish_application_parent_class)->dbus_unregister (app, connection, object_path);
}

static void
cherish_application_startup (GApplication *app)
{
  CherishApplication *self = CHERISH_APPLICATION (app);

  G_APPLICATION_CLASS (cherish_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });

  g_application_set_inactivity_timeout (app, INACTIVITY_TIMEOUT_MS);
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::run-in-background",
                           G_CALLBACK (on_run_in_background_changed), self, G_CONNECT_SWAPPED);
}

static gboolean
start_reminders (gpointer user_data)
{
  CherishApplication *self = user_data;

  if (ensure_reminders (self) != NULL)
    cherish_reminder_service_start (self->reminders);
  return G_SOURCE_REMOVE;
}

/* A few seconds after the window is up, when its page has its data: a
 * big shop's first check takes a while, and nothing is lost by waiting. */
static gboolean
start_reminders_soon (gpointer user_data)
{
  g_timeout_add_seconds_full (G_PRIORITY_LOW, 3, start_reminders, g_object_ref (user_data), g_object_unref);
  return G_SOURCE_REMOVE;
}

/* The server answered (or not): the window shows the shop, or why not. */
static void
on_shop_reached (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(CherishApplication) self = user_data;
  g_autoptr(CherishDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  CherishWindow *window = self->connecting;

  g_clear_weak_pointer (&self->connecting);
  database = cherish_command_open_database_finish (result, &error);
  /* (Unless something wanted the shop meanwhile and opened it itself.) */
  if (self->database == NULL && self->open_error == NULL)
    {
      if (database == NULL)
        {
          g_warning ("%s", error->message);
          self->open_error = g_steal_pointer (&error);
        }
      else
        adopt_database (self, g_steal_pointer (&database));
    }
  g_application_release (G_APPLICATION (self));
  if (window == NULL)   /* closed while it waited */
    return;
  if (self->database == NULL)
    {
      cherish_window_show_error (window, self->open_error);
      /* Not for a newer Cherish's tables: trying again cannot help. */
      if (g_error_matches (self->open_error, CHERISH_ERROR, CHERISH_ERROR_IO))
        cherish_window_offer_retry (window);
      return;
    }
  cherish_window_set_database (window, self->database);
  cherish_widget_after_first_frame (GTK_WIDGET (window), start_reminders_soon, g_object_ref (self),
                                    g_object_unref);
}

/* The shop's server, if the shop is on one (NULL for a file). */
static char *
server_location (CherishApplication *self)
{
  g_autofree char *location = self->database_path != NULL ? g_strdup (self->database_path)
                                                          : cherish_shop_settings_location ();

  return cherish_server_address_is_uri (location) ? g_steal_pointer (&location) : NULL;
}

/* @window says it connects to @location while a thread reaches it. */
static void
reach_server (CherishApplication *self,
              CherishWindow      *window,
              const char         *location)
{
  g_autofree char *label = cherish_server_address_describe (location);

  cherish_window_show_connecting (window, label);
  g_set_weak_pointer (&self->connecting, window);
  g_application_hold (G_APPLICATION (self));
  cherish_command_open_database_async (location, NULL, on_shop_reached, g_object_ref (self));
}

/* A shop on a server is reached off the window's thread: the window shows
 * at once, saying where it connects, rather than after a network that
 * swallows packets gave up (ten seconds). */
static CherishWindow *
new_window_reaching_server (CherishApplication *self)
{
  g_autofree char *location = NULL;
  CherishWindow *window;

  if (self->database != NULL || self->open_error != NULL || (location = server_location (self)) == NULL)
    return NULL;
  window = cherish_window_new (GTK_APPLICATION (self), NULL, NULL);
  reach_server (self, window, location);
  return window;
}

/* Try Again, under a server that could not be reached. */
static void
retry_shop_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  CherishApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *location = server_location (self);

  /* No database here means no window has one either. */
  if (self->database != NULL || self->connecting != NULL || location == NULL || !CHERISH_IS_WINDOW (window))
    return;
  g_clear_error (&self->open_error);
  reach_server (self, CHERISH_WINDOW (window), location);
}

static void
cherish_application_activate (GApplication *app)
{
  CherishApplication *self = CHERISH_APPLICATION (app);
  GtkWindow *window;

  update_background_hold (self);
  if (self->background)
    {
      if (!self->held_for_background)   /* switched off since login */
        check_and_hold (self);
      return;
    }

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL && self->connecting == NULL &&
      (window = GTK_WINDOW (new_window_reaching_server (self))) != NULL)
    {
      gtk_window_present (window);
      return;   /* the reminders start once the shop is there */
    }
  if (window == NULL)
    {
      open_database (self);
      window = GTK_WINDOW (cherish_window_new (GTK_APPLICATION (app), self->database, NULL));
      if (self->open_error != NULL)
        cherish_window_show_error (CHERISH_WINDOW (window), self->open_error);
    }

  gtk_window_present (window);
  /* The window first: reminders are checked once it is on screen. */
  cherish_widget_after_first_frame (GTK_WIDGET (window), start_reminders_soon, g_object_ref (self),
                                    g_object_unref);
}

static void
cherish_application_finalize (GObject *object)
{
  CherishApplication *self = (CherishApplication *) object;

  g_clear_weak_pointer (&self->connecting);
  g_clear_object (&self->search_provider);
  g_clear_object (&self->reminders);
  g_clear_object (&self->settings_sync);
  g_clear_object (&self->settings);
  g_clear_object (&self->database);
  g_clear_error (&self->open_error);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (cherish_application_parent_class)->finalize (object);
}

static void
cherish_application_class_init (CherishApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = cherish_application_finalize;
  app_class->handle_local_options = cherish_application_handle_local_options;
  app_class->startup = cherish_application_startup;
  app_class->activate = cherish_application_activate;
  app_class->dbus_register = cherish_application_dbus_register;
  app_class->dbus_unregister = cherish_application_dbus_unregister;
}

static void
cherish_application_init (CherishApplication *self)
{
  cherish_command_add_options (G_APPLICATION (self));
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */
/* ------------------------------------------------------------------ */

/**
 * cherish_application_share_one_heap:
 *
 * To be called first in main(), before any thread starts. Pages read
 * their data in worker threads and the main thread frees it later; glibc
 * gives each thread a heap (an arena) of its own, and what is freed there
 * stays resident, scattered: 6–11 MB more at 100,000 customers once every
 * page has been opened. Cherish's few threads seldom allocate at the same
 * moment, so they share the main heap instead.
 */
void
cherish_application_share_one_heap (void)
{
#ifdef __GLIBC__
  mallopt (M_ARENA_MAX, 1);
#endif
}

CherishApplication *
cherish_application_new (void)
{
  return g_object_new (CHERISH_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/cherishapp/Cherish",
                       NULL);
}
