/* cherish-csv.c — comma-separated values (RFC 4180)
 *
 * Writing quotes a field only when it needs it (a comma, a quote or a line
 * break), doubles quotes, and ends lines with CRLF; a UTF-8 text starts
 * with no BOM. Reading takes what spreadsheets write: CRLF or LF, quoted
 * fields over several lines, doubled quotes, a UTF-8 BOM; an unclosed
 * quote is an error naming its line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-csv"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cherish-csv.h"
#include "cherish-enum-types.h"
#include "cherish-error.h"
#include "cherish-invitation.h"

/**
 * cherish_csv_append_row:
 * @fields: (array zero-terminated=1): the row's fields (%NULL ends it)
 */
void
cherish_csv_append_row (GString           *out,
                        const char *const *fields)
{
  for (guint i = 0; fields[i] != NULL; i++)
    {
      const char *field = fields[i];

      if (i > 0)
        g_string_append_c (out, ',');
      if (strpbrk (field, ",\"\r\n") == NULL)
        {
          g_string_append (out, field);
          continue;
        }
      g_string_append_c (out, '"');
      for (const char *p = field; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  g_string_append (out, "\r\n");
}

/**
 * cherish_csv_parse:
 *
 * Returns: (transfer full) (element-type GStrv) (nullable): the rows, each
 *   a %NULL-terminated array of fields; %NULL with @error set
 */
GPtrArray *
cherish_csv_parse (const char  *text,
                   GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = text;
  gboolean quoted = FALSE, any = FALSE;
  guint line = 1, quote_line = 0;

  g_return_val_if_fail (text != NULL, NULL);

  if (g_str_has_prefix (p, "\xEF\xBB\xBF"))
    p += 3;
  for (; *p != '\0'; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (*p == '"')
            quoted = FALSE;
          else
            {
              if (*p == '\n')
                line++;
              g_string_append_c (field, *p);
            }
          continue;
        }
      any = TRUE;
      if (*p == '"' && field->len == 0)
        {
          quoted = TRUE;
          quote_line = line;
        }
      else if (*p == ',')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
        }
      else if (*p == '\r' && p[1] == '\n')
        continue;
      else if (*p == '\n')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          g_ptr_array_add (row, NULL);
          g_ptr_array_add (rows, g_ptr_array_steal (row, NULL));
          any = FALSE;
          line++;
        }
      else
        g_string_append_c (field, *p);
    }
  if (quoted)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                   _("Line %u: a quoted field is never closed."), quote_line);
      return NULL;
    }
  if (any || field->len > 0 || row->len > 0)
    {
      g_ptr_array_add (row, g_strdup (field->str));
      g_ptr_array_add (row, NULL);
      g_ptr_array_add (rows, g_ptr_array_steal (row, NULL));
    }
  return g_steal_pointer (&rows);
}

/**
 * cherish_csv_guest_list:
 * @invitations: (element-type CherishInvitation): an event's guests
 *
 * Returns: (transfer full): the guest list as CSV, with a header row:
 *   name, phone, status, party size, walk-in, checked in at (UTC), prizes
 */
char *
cherish_csv_guest_list (GPtrArray *invitations)
{
  GString *out = g_string_new (NULL);
  const char *header[] = { "name", "phone", "status", "party_size", "walk_in", "checked_in_at",
                           "prizes", NULL };

  cherish_csv_append_row (out, header);
  for (guint i = 0; i < invitations->len; i++)
    {
      CherishInvitation *guest = invitations->pdata[i];
      g_autofree char *party = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                cherish_invitation_get_party_size (guest));
      g_auto(GStrv) prizes = g_strsplit (cherish_invitation_get_prizes (guest) ?: "", "\n", -1);
      g_autofree char *prize_list = g_strjoinv ("; ", prizes);
      const char *row[] = {
        cherish_invitation_get_customer_name (guest),
        cherish_invitation_get_customer_phone (guest) ?: "",
        cherish_enum_to_nick (CHERISH_TYPE_INVITATION_STATUS, cherish_invitation_get_status (guest)),
        party,
        cherish_invitation_get_walk_in (guest) ? "yes" : "no",
        cherish_invitation_get_checked_in_at (guest) ?: "",
        prize_list,
        NULL
      };

      cherish_csv_append_row (out, row);
    }
  return g_string_free (out, FALSE);
}
