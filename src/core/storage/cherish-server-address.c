/* cherish-server-address.c — a PostgreSQL server's address, and its password
 *
 * A shop on a server is named by a libpq connection URI
 * (postgresql://counter1@db.example.com/shop?sslmode=verify-full). The
 * address Cherish keeps (in its settings, in messages) never holds the
 * password: a password typed in Preferences goes into Cherish's own
 * password file, in libpq's format (host:port:database:user:password, mode
 * 0600, in the user's configuration folder — inside a Flatpak's own), which
 * the connection then reads (libpq's `passfile`). Made the first time, it
 * starts as a copy of the user's ~/.pgpass, so that what libpq found there
 * is still found.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-database"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include "cherish-libpq.h"
#include <string.h>

#include "cherish-error.h"
#include "cherish-server-address.h"

/**
 * cherish_server_address_is_uri:
 *
 * Returns: whether @location is a PostgreSQL connection URI
 *   (postgresql://… or postgres://…) rather than a file
 */
gboolean
cherish_server_address_is_uri (const char *location)
{
  return location != NULL &&
         (g_str_has_prefix (location, "postgresql://") || g_str_has_prefix (location, "postgres://"));
}

/* The URI's values by keyword (host, port, dbname, user, …), or NULL with
 * libpq's reason. */
static GHashTable *
parse (const char  *uri,
       char       **reason)
{
  g_autofree char *libpq_reason = NULL;
  PQconninfoOption *options = NULL;
  GHashTable *values;

  if (!cherish_libpq_load (reason))
    return NULL;
  options = PQconninfoParse (uri, &libpq_reason);
  if (options == NULL)
    {
      if (reason != NULL)
        *reason = g_strstrip (g_strdup (libpq_reason != NULL ? libpq_reason : ""));
      if (libpq_reason != NULL)
        PQfreemem (g_steal_pointer (&libpq_reason));
      return NULL;
    }
  values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (PQconninfoOption *o = options; o->keyword != NULL; o++)
    if (o->val != NULL && *o->val != '\0')
      g_hash_table_insert (values, g_strdup (o->keyword), g_strdup (o->val));
  PQconninfoFree (options);
  return values;
}

/**
 * cherish_server_address_describe:
 *
 * Returns: (transfer full): @uri as a person reads it, without its
 *   password: "shop on db.example.com:5432 as counter1"
 */
char *
cherish_server_address_describe (const char *uri)
{
  g_autoptr(GHashTable) values = parse (uri, NULL);
  const char *dbname, *host, *port, *user;
  g_autofree char *server = NULL;

  if (values == NULL)
    return g_strdup ("");
  dbname = g_hash_table_lookup (values, "dbname");
  host = g_hash_table_lookup (values, "host");
  port = g_hash_table_lookup (values, "port");
  user = g_hash_table_lookup (values, "user");
  if (dbname == NULL)
    dbname = user != NULL ? user : "postgres";
  server = g_strconcat (host != NULL ? host : "localhost", port != NULL ? ":" : "", port != NULL ? port : "", NULL);
  if (user != NULL)
    /* Translators: a shop on a PostgreSQL server: the database, the server
     * (a host and port), then the login: "shop on db.example.com:5432 as
     * counter1". Each is Latin text: isolate them in a right-to-left
     * language (U+2068 … U+2069). */
    return g_strdup_printf (_("%s on %s as %s"), dbname, server, user);
  /* Translators: a shop on a PostgreSQL server: the database, then the
   * server (a host and port): "shop on db.example.com:5432" */
  return g_strdup_printf (_("%s on %s"), dbname, server);
}

/**
 * cherish_server_address_check:
 *
 * Returns: whether @text is a PostgreSQL address libpq understands; if
 *   not, @error says what is wrong with it
 */
gboolean
cherish_server_address_check (const char  *text,
                              GError     **error)
{
  g_autofree char *reason = NULL;
  g_autoptr(GHashTable) values = NULL;

  if (!cherish_server_address_is_uri (text))
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                   _("A server’s address starts with postgresql://, for example "
                     "postgresql://counter1@db.example.com/shop"));
      return FALSE;
    }
  values = parse (text, &reason);
  if (values == NULL)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                   _("The server’s address cannot be read: %s"), reason);
      return FALSE;
    }
  return TRUE;
}

/* Removes "password=…" from the query of @uri (in place). */
static void
drop_query_password (GString *uri)
{
  char *query = strchr (uri->str, '?');

  while (query != NULL)
    {
      char *name = query + 1;
      char *end = strchr (name, '&');
      gsize length = end != NULL ? (gsize) (end - name) : strlen (name);

      if (g_str_has_prefix (name, "password="))
        {
          /* "?password=x&a=b" → "?a=b"; "?a=b&password=x" → "?a=b". */
          gsize from = (gsize) (name - uri->str);

          if (end != NULL)
            g_string_erase (uri, (gssize) from, (gssize) length + 1);
          else
            g_string_truncate (uri, from - 1);
          query = strchr (uri->str, '?');
          query = query != NULL && query[1] == '\0' ? (g_string_truncate (uri, (gsize) (query - uri->str)), NULL)
                                                    : query;
          continue;
        }
      query = end;
    }
}

/**
 * cherish_server_address_take_password:
 * @uri: an address, maybe with a password in it
 * @password: (out) (optional) (nullable) (transfer full): the password it
 *   held, decoded
 *
 * Returns: (transfer full): @uri without its password (user:secret@ and
 *   password=… in the query)
 */
char *
cherish_server_address_take_password (const char  *uri,
                                      char       **password)
{
  g_autoptr(GString) text = g_string_new (uri);
  g_autoptr(GHashTable) values = parse (uri, NULL);
  const char *scheme_end = strstr (text->str, "://");

  if (password != NULL)
    *password = values != NULL ? g_strdup (g_hash_table_lookup (values, "password")) : NULL;
  if (scheme_end != NULL)
    {
      const char *authority = scheme_end + 3;
      gsize length = strcspn (authority, "/?");
      const char *at = g_strrstr_len (authority, (gssize) length, "@");
      const char *colon = at != NULL ? memchr (authority, ':', (gsize) (at - authority)) : NULL;

      if (colon != NULL)
        g_string_erase (text, colon - text->str, at - colon);
    }
  drop_query_password (text);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Cherish's password file. */
static char *
own_file (void)
{
  return g_build_filename (g_get_user_config_dir (), "cherish", "pgpass", NULL);
}

/**
 * cherish_server_address_password_file:
 *
 * Returns: (transfer full) (nullable): the password file a connection
 *   reads: Cherish's own once a password was saved in Preferences (and
 *   PGPASSFILE does not choose another); %NULL for libpq's usual one
 */
char *
cherish_server_address_password_file (void)
{
  g_autofree char *path = own_file ();

  if (g_getenv ("PGPASSFILE") != NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  return g_steal_pointer (&path);
}

/* A field of a password file line: ':' and '\' escaped; '*' when none. */
static void
append_field (GString    *line,
              GHashTable *values,
              const char *keyword)
{
  const char *value = g_hash_table_lookup (values, keyword);

  if (value == NULL)
    {
      g_string_append (line, "*:");
      return;
    }
  for (const char *c = value; *c != '\0'; c++)
    {
      if (*c == ':' || *c == '\\')
        g_string_append_c (line, '\\');
      g_string_append_c (line, *c);
    }
  g_string_append_c (line, ':');
}

/**
 * cherish_server_address_save_password:
 * @uri: the address (a password in it is ignored)
 * @password: the password for its database and user
 *
 * Keeps @password in Cherish's password file for @uri's host, port,
 * database and user, replacing one kept for them before.
 *
 * Returns: %TRUE when it was written
 */
gboolean
cherish_server_address_save_password (const char  *uri,
                                      const char  *password,
                                      GError     **error)
{
  g_autofree char *path = own_file ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *bare = cherish_server_address_take_password (uri, NULL);
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GString) contents = g_string_new (NULL);
  g_autofree char *old = NULL;
  g_auto(GStrv) lines = NULL;

  if (!cherish_server_address_check (bare, error))
    return FALSE;
  values = parse (bare, NULL);
  if (g_hash_table_lookup (values, "dbname") == NULL && g_hash_table_lookup (values, "user") != NULL)
    g_hash_table_insert (values, g_strdup ("dbname"), g_strdup (g_hash_table_lookup (values, "user")));
  append_field (key, values, "host");
  append_field (key, values, "port");
  append_field (key, values, "dbname");
  append_field (key, values, "user");

  /* The first time: what libpq read until now. */
  if (!g_file_get_contents (path, &old, NULL, NULL))
    {
      g_autofree char *usual = g_getenv ("PGPASSFILE") != NULL
                               ? g_strdup (g_getenv ("PGPASSFILE"))
                               : g_build_filename (g_get_home_dir (), ".pgpass", NULL);

      if (!g_file_get_contents (usual, &old, NULL, NULL))
        old = g_strdup ("");
    }
  lines = g_strsplit (old, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0' && !g_str_has_prefix (lines[i], key->str))
      g_string_append_printf (contents, "%s\n", lines[i]);
  g_string_append (contents, key->str);
  for (const char *c = password; *c != '\0'; c++)
    {
      if (*c == ':' || *c == '\\')
        g_string_append_c (contents, '\\');
      g_string_append_c (contents, *c);
    }
  g_string_append_c (contents, '\n');

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_IO, _("Cannot make the folder “%s”: %s"),
                   folder, g_strerror (errno));
      return FALSE;
    }
  /* libpq ignores a password file others may read. */
  if (!g_file_set_contents_full (path, contents->str, (gssize) contents->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;
  return TRUE;
}
