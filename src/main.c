/* main.c — `cherish` starts here
 *
 * The commands that need no display (--check-reminders, --import,
 * --version, --help) run in this GLib-only program; anything else becomes
 * the window program. See cherish-command.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cherish-command.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CherishCommand) command = NULL;
  const char *localedir = g_getenv ("CHERISH_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (cherish_command_wants_window (argc, argv))
    return cherish_command_exec_window (argv);

  command = cherish_command_new ();
  return g_application_run (G_APPLICATION (command), argc, argv);
}
