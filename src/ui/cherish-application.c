/* cherish-application.c — the application: options, database, windows
 *
 * Command line:
 *   --database PATH   use this database instead of the one in the data dir
 *                     (also $CHERISH_DATABASE); runs as a separate instance
 *   --sample-data     fill an empty database with a demo shop
 *   --check-reminders deliver the reminders due (to the running copy if
 *                     there is one), wait while they are shown, then quit
 *   --background      run without a window, checking reminders (autostart)
 *   --version
 *
 * With "Run in background" on, closing the window leaves Cherish running
 * (held), checking reminders every minute.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-application"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-application.h"
#include "cherish-background.h"
#include "cherish-customer-store.h"
#include "cherish-database.h"
#include "cherish-import-command.h"
#include "cherish-preferences-window.h"
#include "cherish-reminder-service.h"
#include "cherish-sample-data.h"
#include "cherish-window.h"
#include "cherish-widget-util.h"

struct _CherishApplication
{
  AdwApplication   parent_instance;

  char            *database_path;
  gboolean         sample_data;
  CherishDatabase *database;
  GError          *open_error;

  gboolean         check_only;       /* --check-reminders: no window */
  gboolean         background;       /* --background: no window */
  CherishReminderService *reminders;
  GSettings       *settings;
  gboolean         held_for_background;
  gboolean         held_for_notifications;
  guint            linger_id;
};

/* --check-reminders waits at most this long for its notifications to be
 * answered, then quits. */
#define LINGER_SECONDS (10 * 60)

G_DEFINE_FINAL_TYPE (CherishApplication, cherish_application, ADW_TYPE_APPLICATION)

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

static void
open_database (CherishApplication *self)
{
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(GError) error = NULL;
  int purged;

  if (self->database != NULL || self->open_error != NULL)
    return;

  self->database = cherish_database_open (self->database_path, &self->open_error);
  if (self->database == NULL)
    {
      g_warning ("%s", self->open_error->message);
      return;
    }

  /* Deletions whose Undo window ended with the last run (or a crash). */
  customers = cherish_customer_store_new (self->database, NULL);
  purged = cherish_customer_store_purge_deleted (customers, &error);
  if (purged < 0)
    g_warning ("Could not erase deleted customers: %s", error->message);
  g_clear_error (&error);

  if (self->sample_data)
    {
      guint added = 0;

      if (!cherish_sample_data_fill (self->database, NULL, &added, &error))
        g_warning ("Could not add the sample shop: %s", error->message);
      else if (added == 0)
        g_message ("The database already has customers; the sample shop was not added.");
    }
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

static void
stop_lingering (CherishApplication *self)
{
  g_clear_handle_id (&self->linger_id, g_source_remove);
  if (self->held_for_notifications)
    {
      self->held_for_notifications = FALSE;
      g_application_release (G_APPLICATION (self));
    }
}

static gboolean
on_linger_timeout (gpointer user_data)
{
  CherishApplication *self = user_data;

  self->linger_id = 0;
  stop_lingering (self);
  return G_SOURCE_REMOVE;
}

static void
on_n_open_changed (CherishNotifier    *notifier,
                   GParamSpec         *pspec,
                   CherishApplication *self)
{
  if (cherish_notifier_get_n_open (notifier) == 0)
    stop_lingering (self);
}

/* --check-reminders: deliver, then stay while the notifications are shown
 * for their buttons to work. */
static void
check_and_linger (CherishApplication *self)
{
  CherishNotifier *notifier;
  guint shown;

  if (ensure_reminders (self) == NULL)
    return;
  shown = cherish_reminder_service_check (self->reminders);
  g_debug ("%u notifications shown", shown);
  notifier = cherish_reminder_service_get_notifier (self->reminders);
  if (cherish_notifier_get_n_open (notifier) == 0 || self->held_for_notifications)
    return;
  self->held_for_notifications = TRUE;
  g_application_hold (G_APPLICATION (self));
  g_signal_connect_object (notifier, "notify::n-open", G_CALLBACK (on_n_open_changed), self, 0);
  self->linger_id = g_timeout_add_seconds (LINGER_SECONDS, on_linger_timeout, self);
}

static CherishWindow *
present_window (CherishApplication *self)
{
  self->check_only = self->background = FALSE;
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
  cherish_preferences_window_present (cherish_preferences_window_new (),
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

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
  { "check-reminders", check_reminders_action },
  { "open-customer", open_customer_action, "x" },
  { "show-today", show_today_action },
  { "snooze-reminder", reminder_action, "s" },
  { "done-reminder", reminder_action, "s" },
};

/* ------------------------------------------------------------------ */
/* GApplication                                                        */
/* ------------------------------------------------------------------ */

static int
cherish_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  CherishApplication *self = CHERISH_APPLICATION (app);
  g_autofree char *path = NULL;
  g_autofree char *import_file = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("cherish %s\n", PACKAGE_VERSION);
      return 0;
    }

  self->sample_data = g_variant_dict_contains (options, "sample-data");

  if (g_variant_dict_lookup (options, "database", "^ay", &path))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

      g_free (self->database_path);
      self->database_path = g_file_get_path (file);
    }

  /* Another database is another shop: do not hand over to a running copy. */
  if (self->database_path != NULL || g_getenv ("CHERISH_DATABASE") != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  /* An import needs no window, nor a display. */
  if (g_variant_dict_lookup (options, "import", "^ay", &import_file))
    {
      g_autofree char *encoding = NULL;
      g_autofree char *duplicates = NULL;

      g_variant_dict_lookup (options, "encoding", "s", &encoding);
      g_variant_dict_lookup (options, "duplicates", "s", &duplicates);
      return cherish_import_command (self->database_path, import_file, encoding, duplicates,
                                     g_variant_dict_contains (options, "good-rows-only"));
    }

  self->check_only = g_variant_dict_contains (options, "check-reminders");
  self->background = g_variant_dict_contains (options, "background");
  if (self->check_only || self->background)
    {
      g_autoptr(GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      /* A copy is running: it checks (it has the notifications' buttons). */
      if (g_application_get_is_remote (app))
        {
          if (self->check_only)
            g_action_group_activate_action (G_ACTION_GROUP (app), "check-reminders", NULL);
          return 0;
        }
    }

  return -1;
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

static void
cherish_application_activate (GApplication *app)
{
  CherishApplication *self = CHERISH_APPLICATION (app);
  GtkWindow *window;

  if (self->check_only)
    {
      check_and_linger (self);
      return;
    }
  update_background_hold (self);
  if (self->background)
    {
      if (!self->held_for_background)   /* switched off since login */
        check_and_linger (self);
      return;
    }

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
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

  g_clear_handle_id (&self->linger_id, g_source_remove);
  g_clear_object (&self->reminders);
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
}

static void
cherish_application_init (CherishApplication *self)
{
  static const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Use the database in FILE instead of the usual one"), N_("FILE") },
    { "sample-data", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Fill an empty database with a demo shop"), NULL },
    { "check-reminders", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Send the reminders that are due as notifications, then quit"), NULL },
    { "background", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Run without a window, sending reminders when they are due"), NULL },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Import customers from a CSV or vCard file, print a report and quit"), N_("FILE") },
    { "encoding", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --import: the file’s encoding (UTF-8 or Windows-1256 are found by themselves)"),
      N_("NAME") },
    { "duplicates", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --import: what to do with customers already there: skip, merge or keep"), N_("WHAT") },
    { "good-rows-only", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --import: import the good rows even if others have problems"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Know your regulars and celebrate them."));
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */
/* ------------------------------------------------------------------ */

CherishApplication *
cherish_application_new (void)
{
  return g_object_new (CHERISH_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/cherishapp/Cherish",
                       NULL);
}
