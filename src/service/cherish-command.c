/* cherish-command.c — `cherish` without a window
 *
 * `cherish` links GLib only. The commands that need no display run here:
 *   --check-reminders  from a login, cron or a systemd timer
 *   --import FILE      (with --encoding, --duplicates, --good-rows-only,
 *                      --calendar, --date-order)
 *   --version, --help
 * Anything else (no option, --sample-data, --background, a D-Bus
 * activation) is the window's: the process becomes the window program
 * (cherish-window, next to it in a build tree, else in libexecdir), which
 * takes the same options.
 *
 * --check-reminders registers as the application. When a copy of Cherish
 * runs (a window, or in the background), that copy is asked to check: it
 * owns the notifications' buttons. Otherwise this process checks, shows
 * the notifications and stays while they are open (at most ten minutes):
 * Snooze and Done are answered here, Open turns this process into the
 * window on that customer (or Today), and so does starting Cherish
 * meanwhile.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-command"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <unistd.h>

#include "cherish-command.h"
#include "cherish-settings-sync.h"
#include "cherish-shop-settings.h"
#include "cherish-customer-store.h"
#include "cherish-import-command.h"
#include "cherish-move-command.h"
#include "cherish-reminder-service.h"

struct _CherishCommand
{
  GApplication            parent_instance;

  char                   *database_path;
  CherishDatabase        *database;
  CherishReminderService *reminders;
  gboolean                checked;
};

G_DEFINE_FINAL_TYPE (CherishCommand, cherish_command, G_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
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
  { "calendar", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --import: every date is in this calendar, persian (Solar Hijri) or gregorian "
       "(else a column of years 1278–1600 is read as Solar Hijri)"), N_("CALENDAR") },
  { "date-order", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --import: dates like 03/04/2020 are dmy (day/month/year) or mdy (month/day/year)"),
    N_("ORDER") },
  { "move-to", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Copy the shop into an empty database (a file, or postgresql://… on a server), check the "
       "copy and quit"), N_("PLACE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
  /* How a notification's Open reaches the window. */
  { "open-customer", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT64, NULL, NULL, NULL },
  { "show-today", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, NULL, NULL, NULL },
  { NULL }
};

/**
 * cherish_command_add_options:
 *
 * Gives @app the options of `cherish`, which the window takes as well.
 */
void
cherish_command_add_options (GApplication *app)
{
  g_application_add_main_option_entries (app, option_entries);
  g_application_set_option_context_summary (app, _("Know your regulars and celebrate them."));
}

/**
 * cherish_command_read_database_option:
 *
 * Returns: (transfer full) (nullable): the absolute path of --database (or
 *   the server's URI), if given; with it (or $CHERISH_DATABASE), @app runs as a separate
 *   instance: another database is another shop
 */
char *
cherish_command_read_database_option (GApplication *app,
                                      GVariantDict *options)
{
  g_autofree char *given = NULL;
  char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^ay", &given))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (given);

      /* A server's address is kept as it is (GIO sees no local path in
       * it, and the shop's own file must not be opened instead). */
      path = cherish_database_is_server_uri (given) ? g_strdup (given) : g_file_get_path (file);
    }
  if (path != NULL || g_getenv ("CHERISH_DATABASE") != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
  return path;
}

/**
 * cherish_command_wants_window:
 *
 * Returns: whether @argv asks for the window rather than a command
 */
gboolean
cherish_command_wants_window (int   argc,
                              char *argv[])
{
  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (g_str_equal (arg, "--"))
        break;
      if (g_str_equal (arg, "--check-reminders") || g_str_equal (arg, "--import") ||
          g_str_has_prefix (arg, "--import=") || g_str_equal (arg, "--move-to") ||
          g_str_has_prefix (arg, "--move-to=") || g_str_equal (arg, "--version") ||
          g_str_equal (arg, "-h") || g_str_equal (arg, "-?") || g_str_has_prefix (arg, "--help"))
        return FALSE;
    }
  return TRUE;
}

/* cherish-window next to this program (a build tree), else the installed one. */
static char *
window_program (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

  if (self != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self);
      g_autofree char *sibling = g_build_filename (dir, "cherish-window", NULL);

      if (g_file_test (sibling, G_FILE_TEST_IS_EXECUTABLE))
        return g_steal_pointer (&sibling);
    }
  return g_build_filename (LIBEXECDIR, "cherish-window", NULL);
}

/**
 * cherish_command_exec_window:
 * @argv: (array zero-terminated=1): the arguments, argv[0] included
 *
 * Becomes the window program with the same arguments.
 *
 * Returns: only if that failed: the exit status
 */
int
cherish_command_exec_window (char *argv[])
{
  g_autofree char *program = window_program ();
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  g_ptr_array_add (args, program);
  for (int i = 1; argv[i] != NULL; i++)
    g_ptr_array_add (args, argv[i]);
  g_ptr_array_add (args, NULL);

  execv (program, (char **) args->pdata);
  g_printerr (_("Cannot start the window (%s): %s\n"), program, g_strerror (errno));
  return 1;
}

/**
 * cherish_command_open_database:
 * @path: (nullable): the database, or %NULL for the usual one
 *   (cherish_shop_settings_location())
 *
 * Opens the shop's database and erases the customers whose Undo window
 * ended with the last run (or a crash).
 *
 * Returns: (transfer full) (nullable): the database, or %NULL with @error set
 */
CherishDatabase *
cherish_command_open_database (const char  *path,
                               GError     **error)
{
  g_autofree char *usual = path == NULL ? cherish_shop_settings_location () : NULL;
  g_autoptr(CherishDatabase) database = cherish_database_open (path != NULL ? path : usual, error);
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(GError) purge_error = NULL;

  if (database == NULL)
    return NULL;
  customers = cherish_customer_store_new (database, NULL);
  if (cherish_customer_store_purge_deleted (customers, &purge_error) < 0)
    g_warning ("Could not erase deleted customers: %s", purge_error->message);
  return g_steal_pointer (&database);
}

static void
open_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  GError *error = NULL;
  CherishDatabase *database;

  /* Its changes are not watched from the caller's main context while
   * this thread still uses the connection (both would read its socket):
   * _finish() moves the watch there. */
  g_main_context_push_thread_default (context);
  database = cherish_command_open_database (task_data, &error);
  g_main_context_pop_thread_default (context);
  if (database == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, database, g_object_unref);
}

/**
 * cherish_command_open_database_async:
 *
 * cherish_command_open_database() in a thread: for a shop on a server,
 * which may be slow to answer (or not answer at all), and whose tables
 * may need bringing up to date first. Its changes are heard on the main
 * context of the thread that calls _finish().
 */
void
cherish_command_open_database_async (const char          *path,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, cherish_command_open_database_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, open_in_thread);
}

/**
 * cherish_command_open_database_finish:
 *
 * Returns: (transfer full) (nullable): the database, or %NULL with @error set
 */
CherishDatabase *
cherish_command_open_database_finish (GAsyncResult  *result,
                                      GError       **error)
{
  CherishDatabase *database;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  database = g_task_propagate_pointer (G_TASK (result), error);
  if (database != NULL)
    cherish_database_listen_here (database);
  return database;
}

static CherishReminderService *
ensure_reminders (CherishCommand *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (self->reminders != NULL)
    return self->reminders;
  self->database = cherish_command_open_database (self->database_path, &error);
  if (self->database == NULL)
    {
      g_printerr ("%s\n", error->message);
      return NULL;
    }
  /* The shop's shared rules, as the shop keeps them (or as this computer
   * has them, for a shop that keeps none yet); the window keeps them in
   * step while it runs (cherish-application.c). */
  settings = g_settings_new (APP_ID);
  g_object_unref (cherish_settings_sync_new (self->database, settings));
  self->reminders = cherish_reminder_service_new (G_ACTION_GROUP (self), self->database);
  return self->reminders;
}

/* The window takes over this process, with @option if any. */
static void
become_window (CherishCommand *self,
               const char     *option)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (argv, g_strdup ("cherish"));
  if (self->database_path != NULL)
    {
      g_ptr_array_add (argv, g_strdup ("--database"));
      g_ptr_array_add (argv, g_strdup (self->database_path));
    }
  if (option != NULL)
    g_ptr_array_add (argv, g_strdup (option));
  g_ptr_array_add (argv, NULL);

  /* Everything written is committed; let go of the file first. */
  g_clear_object (&self->reminders);
  g_clear_object (&self->database);
  cherish_command_exec_window ((char **) argv->pdata);
  g_application_quit (G_APPLICATION (self));
}

/* ------------------------------------------------------------------ */
/* Actions (the notifications' buttons, and another check)             */
/* ------------------------------------------------------------------ */

static void
check_reminders_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  CherishCommand *self = user_data;

  if (ensure_reminders (self) != NULL)
    cherish_reminder_service_check_and_hold (self->reminders, G_APPLICATION (self));
}

static void
reminder_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  CherishCommand *self = user_data;
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

static void
open_customer_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  g_autofree char *option = g_strdup_printf ("--open-customer=%" G_GINT64_FORMAT,
                                             g_variant_get_int64 (parameter));

  become_window (user_data, option);
}

static void
show_today_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  become_window (user_data, "--show-today");
}

static const GActionEntry actions[] = {
  { "check-reminders", check_reminders_action },
  { "open-customer", open_customer_action, "x" },
  { "show-today", show_today_action },
  { "snooze-reminder", reminder_action, "s" },
  { "done-reminder", reminder_action, "s" },
};

/* ------------------------------------------------------------------ */
/* GApplication                                                        */
/* ------------------------------------------------------------------ */

/* Under cron nothing says where the session bus is (no
 * DBUS_SESSION_BUS_ADDRESS, no XDG_RUNTIME_DIR): the user's runtime
 * folder has it while they are logged in. */
static void
find_session_bus (void)
{
  const char *runtime = g_getenv ("XDG_RUNTIME_DIR");
  g_autofree char *path = NULL;

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") != NULL)
    return;
  path = runtime != NULL ? g_build_filename (runtime, "bus", NULL)
                         : g_strdup_printf ("/run/user/%u/bus", (guint) getuid ());
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *escaped = g_dbus_address_escape_value (path);
      g_autofree char *address = g_strconcat ("unix:path=", escaped, NULL);

      g_setenv ("DBUS_SESSION_BUS_ADDRESS", address, TRUE);
    }
}

static int
cherish_command_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  CherishCommand *self = CHERISH_COMMAND (app);
  g_autofree char *import_file = NULL;
  g_autofree char *move_to = NULL;
  g_autoptr(GError) error = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("cherish %s\n", PACKAGE_VERSION);
      return 0;
    }

  self->database_path = cherish_command_read_database_option (app, options);

  if (g_variant_dict_lookup (options, "move-to", "s", &move_to))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (move_to);
      g_autofree char *path = cherish_database_is_server_uri (move_to) ? g_strdup (move_to)
                                                                       : g_file_get_path (file);

      return cherish_move_command (self->database_path, path != NULL ? path : move_to);
    }

  if (g_variant_dict_lookup (options, "import", "^ay", &import_file))
    {
      g_autofree char *encoding = NULL;
      g_autofree char *duplicates = NULL;
      g_autofree char *calendar = NULL;
      g_autofree char *date_order = NULL;
      CherishImportOptions import = { NULL };

      g_variant_dict_lookup (options, "encoding", "s", &encoding);
      g_variant_dict_lookup (options, "duplicates", "s", &duplicates);
      g_variant_dict_lookup (options, "calendar", "s", &calendar);
      g_variant_dict_lookup (options, "date-order", "s", &date_order);
      import.encoding = encoding;
      import.duplicates = duplicates;
      import.good_rows_only = g_variant_dict_contains (options, "good-rows-only");
      import.calendar = calendar;
      import.date_order = date_order;
      return cherish_import_command (self->database_path, import_file, &import);
    }

  /* --check-reminders: a running copy checks (it has the buttons). */
  find_session_bus ();
  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (g_application_get_is_remote (app))
    {
      g_action_group_activate_action (G_ACTION_GROUP (app), "check-reminders", NULL);
      return 0;
    }
  return -1;
}

static void
cherish_command_startup (GApplication *app)
{
  G_APPLICATION_CLASS (cherish_command_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), actions, G_N_ELEMENTS (actions), app);
}

static void
cherish_command_activate (GApplication *app)
{
  CherishCommand *self = CHERISH_COMMAND (app);

  if (!self->checked)
    {
      self->checked = TRUE;
      g_action_group_activate_action (G_ACTION_GROUP (app), "check-reminders", NULL);
      return;
    }
  /* Cherish was started while this check waits on its notifications. */
  become_window (self, NULL);
}

static void
cherish_command_finalize (GObject *object)
{
  CherishCommand *self = (CherishCommand *) object;

  g_clear_object (&self->reminders);
  g_clear_object (&self->database);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (cherish_command_parent_class)->finalize (object);
}

static void
cherish_command_class_init (CherishCommandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = cherish_command_finalize;
  app_class->handle_local_options = cherish_command_handle_local_options;
  app_class->startup = cherish_command_startup;
  app_class->activate = cherish_command_activate;
}

static void
cherish_command_init (CherishCommand *self)
{
  cherish_command_add_options (G_APPLICATION (self));
}

CherishCommand *
cherish_command_new (void)
{
  return g_object_new (CHERISH_TYPE_COMMAND,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}
