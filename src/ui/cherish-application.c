/* cherish-application.c — the application: options, database, windows
 *
 * Command line:
 *   --database PATH   use this database instead of the one in the data dir
 *                     (also $CHERISH_DATABASE); runs as a separate instance
 *   --sample-data     fill an empty database with a demo shop
 *   --version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-application"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-application.h"
#include "cherish-customer-store.h"
#include "cherish-database.h"
#include "cherish-preferences-window.h"
#include "cherish-sample-data.h"
#include "cherish-window.h"

struct _CherishApplication
{
  AdwApplication   parent_instance;

  char            *database_path;
  gboolean         sample_data;
  CherishDatabase *database;
  GError          *open_error;
};

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

  adw_show_about_window (gtk_application_get_active_window (app),
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
  CherishPreferencesWindow *window;

  window = cherish_preferences_window_new (gtk_application_get_active_window (app));
  gtk_window_present (GTK_WINDOW (window));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
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

  return -1;
}

static void
cherish_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (cherish_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
}

static void
cherish_application_activate (GApplication *app)
{
  CherishApplication *self = CHERISH_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    {
      open_database (self);
      window = GTK_WINDOW (cherish_window_new (GTK_APPLICATION (app), self->database, NULL));
      if (self->open_error != NULL)
        cherish_window_show_error (CHERISH_WINDOW (window), self->open_error);
    }

  gtk_window_present (window);
}

static void
cherish_application_finalize (GObject *object)
{
  CherishApplication *self = (CherishApplication *) object;

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
