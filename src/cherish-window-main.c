/* cherish-window-main.c — the window program starts here (see main.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cherish-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CherishApplication) app = NULL;
  const char *localedir = g_getenv ("CHERISH_LOCALEDIR");

  cherish_application_share_one_heap ();
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = cherish_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
