/* cherish-pg-dialect.c — what the PostgreSQL backend turns from SQLite's ways
 *
 * The stores write SQLite's placeholders (?1, ?2…) and planner hints;
 * PostgreSQL reads $1, $2… and plans alone. Its errors come as SQLSTATE
 * codes, which the backend interface reads as SQLite-like result codes.
 * Plain text in, text out: no connection here (cherish-pg-backend.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-database"

#include "config.h"

#include <string.h>

#include "cherish-backend.h"
#include "cherish-pg-dialect.h"

/**
 * cherish_pg_code_of_state:
 * @state: (nullable): the SQLSTATE of a failed statement
 * @constraint: (nullable): the constraint it broke
 *
 * Returns: the backend interface's code for it (CHERISH_BUSY, …)
 */
int
cherish_pg_code_of_state (const char *state,
                          const char *constraint)
{
  if (state == NULL)
    return CHERISH_IOERR;
  if (g_str_equal (state, "23505"))
    return constraint != NULL && g_str_has_suffix (constraint, "_pkey")
             ? CHERISH_CONSTRAINT_PRIMARYKEY : CHERISH_CONSTRAINT_UNIQUE;
  if (g_str_has_prefix (state, "23"))
    return CHERISH_CONSTRAINT;
  if (g_str_equal (state, "40001") || g_str_equal (state, "40P01") || g_str_equal (state, "55P03"))
    return CHERISH_BUSY;
  if (g_str_has_prefix (state, "08"))
    return CHERISH_IOERR;
  if (g_str_equal (state, "53100"))
    return CHERISH_FULL;
  if (g_str_equal (state, "42501") || g_str_equal (state, "25006"))
    return CHERISH_READONLY;
  if (g_str_equal (state, "57014"))
    return CHERISH_INTERRUPT;
  if (g_str_has_prefix (state, "28") || g_str_equal (state, "3D000"))
    return CHERISH_CANTOPEN;
  return CHERISH_FAILED;
}

/**
 * cherish_pg_rewrite_placeholders:
 * @n_params: (out): the largest number named
 * @used: (out) (transfer full) (element-type gboolean): which numbers the
 *   text names (a store binds the same numbers for the variants of a
 *   statement, each using some)
 *
 * Rewrites ?N → $N and ? → $(largest + 1), and drops SQLite's
 * "INDEXED BY index" hints, outside '…', "…" and comments.
 *
 * Returns: (transfer full): the statement as PostgreSQL reads it
 */
char *
cherish_pg_rewrite_placeholders (const char  *sql,
                                 int         *n_params,
                                 GArray     **used)
{
  GString *out = g_string_sized_new (strlen (sql) + 16);
  int largest = 0;

  *used = g_array_new (FALSE, TRUE, sizeof (gboolean));

  for (const char *p = sql; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '"')
        {
          const char *end = strchr (p + 1, *p);

          if (end == NULL)
            end = p + strlen (p) - 1;
          g_string_append_len (out, p, end - p + 1);
          p = end;
        }
      else if (p[0] == '-' && p[1] == '-')
        {
          const char *end = strchr (p, '\n');

          if (end == NULL)
            end = p + strlen (p) - 1;
          g_string_append_len (out, p, end - p + 1);
          p = end;
        }
      else if (g_ascii_strncasecmp (p, "INDEXED BY ", 11) == 0 && (p == sql || !g_ascii_isalnum (p[-1])))
        {
          /* SQLite's planner hint: PostgreSQL's planner chooses alone. */
          p += 11;
          while (g_ascii_isalnum (p[1]) || p[1] == '_')
            p++;
        }
      else if (*p == '?')
        {
          int number;

          if (g_ascii_isdigit (p[1]))
            {
              char *end;

              number = (int) g_ascii_strtoll (p + 1, &end, 10);
              p = end - 1;
            }
          else
            number = largest + 1;
          largest = MAX (largest, number);
          if ((guint) number > (*used)->len)
            g_array_set_size (*used, number);
          g_array_index (*used, gboolean, number - 1) = TRUE;
          g_string_append_printf (out, "$%d", number);
        }
      else
        g_string_append_c (out, *p);
    }

  *n_params = largest;
  return g_string_free (out, FALSE);
}

/**
 * cherish_pg_tidy_message:
 * @message: (nullable): libpq's or the server's message
 *
 * libpq's words as a person reads them: without the tab that starts its
 * hint's line ("\n\tIs the server running…") and the line end after.
 *
 * Returns: (transfer full): its lines trimmed, the empty ones left out
 */
char *
cherish_pg_tidy_message (const char *message)
{
  g_auto(GStrv) lines = g_strsplit (message != NULL ? message : "", "\n", -1);
  g_autoptr(GString) tidy = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_string_append_printf (tidy, "%s%s", tidy->len > 0 ? "\n" : "", lines[i]);
  if (tidy->len == 0)
    g_string_append (tidy, "unknown error");
  return g_string_free (g_steal_pointer (&tidy), FALSE);
}
