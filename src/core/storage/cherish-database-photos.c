/* cherish-database-photos.c — the celebrations' photos, where the shop keeps them
 *
 * Part of CherishDatabase (see cherish-database.c). A shop in a file keeps
 * its photos as files in the "photos" folder beside it; a shop on a server
 * keeps them in its photos table (server schema step 2), so that every
 * counter has them — each computer's folder is then a cache of them (see
 * cherish-celebration-store.c). Bytes cross to the server as base64 text,
 * as every value does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-database"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "cherish-database-private.h"
#include "cherish-error.h"

static const CherishDialectSql photo_bytes = {
  NULL,
  "SELECT encode (bytes, 'base64') FROM photos WHERE name = ?1",
};
static const CherishDialectSql photo_keep = {
  NULL,
  "INSERT INTO photos (name, bytes) VALUES (?1, decode (?2, 'base64'))",
};

/* Whether @self keeps its photos in the database (a server's). */
gboolean
cherish_database_keeps_photos (CherishDatabase *self)
{
  return cherish_database_sql (self, photo_keep) != NULL;
}

/* The photo @name: its file beside a file shop, its row on a server. */
GBytes *
cherish_database_read_photo (CherishDatabase  *self,
                             const char       *name,
                             GError          **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  guchar *bytes;
  gsize length;
  int rc;

  if (!cherish_database_keeps_photos (self))
    {
      g_autofree char *folder = cherish_database_get_folder (self);
      g_autofree char *path = g_build_filename (folder, "photos", name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      return g_file_load_bytes (file, NULL, NULL, error);
    }
  stmt = cherish_database_prepare (self, cherish_database_sql (self, photo_bytes), error);
  if (stmt == NULL)
    return NULL;
  cherish_bind_text (stmt, 1, name);
  rc = cherish_stmt_step (stmt);
  if (rc != CHERISH_ROW)
    {
      cherish_database_set_error (self, rc == CHERISH_DONE ? CHERISH_FAILED : rc, error);
      return NULL;
    }
  bytes = g_base64_decode (cherish_column_text (stmt, 0), &length);
  return g_bytes_new_take (bytes, length);
}

/* Keeps @bytes as the photo @name: a row on a server, else a file (mode
 * 0600) beside the shop, whose path is given in @written. */
gboolean
cherish_database_write_photo (CherishDatabase  *self,
                              const char       *name,
                              GBytes           *bytes,
                              char            **written,
                              GError          **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *text = NULL;

  if (written != NULL)
    *written = NULL;
  if (!cherish_database_keeps_photos (self))
    {
      g_autofree char *folder = cherish_database_get_folder (self);
      g_autofree char *photos = g_build_filename (folder, "photos", NULL);
      g_autofree char *path = g_build_filename (photos, name, NULL);

      if (g_mkdir_with_parents (photos, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_IO, _("Cannot create the folder “%s”: %s"),
                       photos, g_strerror (saved_errno));
          return FALSE;
        }
      if (!g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes),
                                     G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
        return FALSE;
      if (written != NULL)
        *written = g_steal_pointer (&path);
      return TRUE;
    }
  stmt = cherish_database_prepare (self, cherish_database_sql (self, photo_keep), error);
  if (stmt == NULL)
    return FALSE;
  text = g_base64_encode (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  cherish_bind_text (stmt, 1, name);
  cherish_bind_text (stmt, 2, text);
  return cherish_database_step_done (self, stmt, error);
}
