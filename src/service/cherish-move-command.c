/* cherish-move-command.c — `cherish --move-to DESTINATION`
 *
 * Copies the shop (the usual database, or --database's) into an empty one
 * elsewhere: a file into a PostgreSQL server (postgresql://…), a server
 * into a file, or a file into another file. Every row goes, in one
 * transaction of the destination, and the copy is checked before it
 * commits (rows of each table, points, balances, spend, visits); the
 * report says what was checked. The shop it came from is left as it was:
 * the counters start with --database DESTINATION from then on. Exits 0
 * when the shop was moved, 1 when nothing was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-move-command"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-database.h"
#include "cherish-move-command.h"
#include "cherish-shop-settings.h"

int
cherish_move_command (const char *database_path,
                      const char *destination)
{
  g_autoptr(CherishDatabase) from = NULL;
  g_autoptr(CherishDatabase) to = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  g_autofree char *source = database_path != NULL ? g_strdup (database_path)
                                                  : cherish_shop_settings_location ();

  from = cherish_database_open (source, &error);
  if (from == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  to = cherish_database_open (destination, &error);
  if (to == NULL || !cherish_database_copy_to (from, to, &report, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print (_("The shop was copied and checked; the same on both sides:\n%s"), report);
  g_print (_("Start Cherish with --database and the new place from now on; the old one was "
             "left as it was.\n"));
  return 0;
}
