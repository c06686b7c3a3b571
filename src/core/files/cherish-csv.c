/* cherish-csv.c — comma-separated values (RFC 4180)
 *
 * Writing quotes a field only when it needs it (a comma, a quote or a line
 * break), doubles quotes, disarms formulas, and ends lines with CRLF; a
 * UTF-8 text starts with no BOM. Reading takes what spreadsheets write:
 * UTF-8 with or without a BOM, or Windows-1256; ',' ';' or tab between
 * fields; CRLF, LF or CR; quoted fields over several lines, doubled
 * quotes; an unclosed quote is an error naming its line.
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

/* A cell a spreadsheet would run as a formula ("=", "+", "-", "@", a tab
 * or a carriage return first) is written after an apostrophe, as is one
 * that starts with an apostrophe, so that reading it back is exact. */
static gboolean
needs_guard (const char *field)
{
  return field[0] != '\0' && strchr ("=+-@\t\r'", field[0]) != NULL;
}

/**
 * cherish_csv_append_row:
 * @fields: (array zero-terminated=1): the row's fields (%NULL ends it)
 *
 * Appends one row, CRLF-terminated, with formulas disarmed (see
 * cherish_csv_unguard()).
 */
void
cherish_csv_append_row (GString           *out,
                        const char *const *fields)
{
  for (guint i = 0; fields[i] != NULL; i++)
    {
      const char *field = fields[i];
      gboolean guard = needs_guard (field);

      if (i > 0)
        g_string_append_c (out, ',');
      if (strpbrk (field, ",\"\r\n") == NULL)
        {
          if (guard)
            g_string_append_c (out, '\'');
          g_string_append (out, field);
          continue;
        }
      g_string_append_c (out, '"');
      if (guard)
        g_string_append_c (out, '\'');
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
 * cherish_csv_unguard:
 * @field: a field as read
 *
 * Returns: (transfer none): @field without the apostrophe
 *   cherish_csv_append_row() put before a formula-like cell
 */
const char *
cherish_csv_unguard (const char *field)
{
  return field[0] == '\'' && needs_guard (field + 1) ? field + 1 : field;
}

/**
 * cherish_csv_guess_separator:
 *
 * Returns: the separator of @text's first line: ',' ';' or a tab, the one
 *   found most often outside quotes (',' when none is)
 */
char
cherish_csv_guess_separator (const char *text)
{
  guint counts[3] = { 0 };
  const char separators[] = { ',', ';', '\t' };
  gboolean quoted = FALSE;
  guint best = 0;

  for (const char *p = text; *p != '\0' && (quoted || *p != '\n'); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      for (guint s = 0; !quoted && s < G_N_ELEMENTS (separators); s++)
        counts[s] += *p == separators[s];
    }
  for (guint s = 1; s < G_N_ELEMENTS (separators); s++)
    if (counts[s] > counts[best])
      best = s;
  return separators[best];
}

/**
 * cherish_csv_decode:
 * @bytes: a file's contents
 * @encoding: (nullable): its encoding as the manager chose it, or %NULL to
 *   detect UTF-8 (with or without a BOM), UTF-16 with a BOM (Excel's
 *   "Unicode text"), or else Windows-1256 (what Excel writes for Persian
 *   on Windows)
 * @used: (out) (optional) (transfer full): the encoding read
 *
 * Returns: (transfer full) (nullable): the text in UTF-8, without a BOM;
 *   %NULL with @error saying which line cannot be read
 */
char *
cherish_csv_decode (GBytes      *bytes,
                    const char  *encoding,
                    char       **used,
                    GError     **error)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *end = NULL;
  g_autoptr(GError) local_error = NULL;
  char *text;

  if (data == NULL)
    data = "";
  /* Excel's "Unicode text" is UTF-16 with a byte order mark. */
  if (encoding == NULL && size >= 2 && ((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE))
    encoding = "UTF-16LE", data += 2, size -= 2;
  else if (encoding == NULL && size >= 2 && ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF))
    encoding = "UTF-16BE", data += 2, size -= 2;
  if (encoding == NULL || g_ascii_strcasecmp (encoding, "UTF-8") == 0)
    {
      if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
        data += 3, size -= 3;
      if (g_utf8_validate_len (data, size, &end) && memchr (data, '\0', size) == NULL)
        {
          if (used != NULL)
            *used = g_strdup ("UTF-8");
          return g_strndup (data, size);
        }
      if (encoding != NULL)
        {
          guint line = 1;

          for (const char *p = data; p < end; p++)
            line += *p == '\n';
          g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                       _("Line %u is not UTF-8 text; choose the file’s encoding."), line);
          return NULL;
        }
      encoding = "WINDOWS-1256";
    }
  text = g_convert (data, size, "UTF-8", encoding, NULL, NULL, &local_error);
  if (text == NULL || (g_ascii_strncasecmp (encoding, "UTF-16", 6) != 0 && memchr (data, '\0', size) != NULL))
    {
      g_free (text);
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                   _("This file cannot be read as %s text; choose its encoding."), encoding);
      return NULL;
    }
  if (used != NULL)
    *used = g_strdup (encoding);
  return text;
}

/**
 * cherish_csv_parse:
 *
 * Reads comma-separated @text; see cherish_csv_parse_full().
 *
 * Returns: (transfer full) (element-type GStrv) (nullable): the rows
 */
GPtrArray *
cherish_csv_parse (const char  *text,
                   GError     **error)
{
  return cherish_csv_parse_full (text, ',', NULL, error);
}

static void
end_row (GPtrArray *rows,
         GPtrArray *row,
         GString   *field,
         GArray    *lines,
         guint      line)
{
  g_ptr_array_add (row, g_strdup (field->str));
  g_string_truncate (field, 0);
  g_ptr_array_add (row, NULL);
  g_ptr_array_add (rows, g_ptr_array_steal (row, NULL));
  if (lines != NULL)
    g_array_append_val (lines, line);
}

/**
 * cherish_csv_parse_full:
 * @separator: ',' ';' or a tab
 * @lines: (out) (optional) (transfer full) (element-type guint): the
 *   line each row starts on
 *
 * Returns: (transfer full) (element-type GStrv) (nullable): the rows, each
 *   a %NULL-terminated array of fields; %NULL with @error set
 */
GPtrArray *
cherish_csv_parse_full (const char  *text,
                        char         separator,
                        GArray     **lines,
                        GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  const char *p = text;
  gboolean quoted = FALSE, any = FALSE;
  guint line = 1, quote_line = 0, row_line = 1;

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
              if (!(*p == '\r' && p[1] == '\n'))
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
      else if (*p == separator)
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
        }
      else if (*p == '\r' && p[1] == '\n')
        continue;
      else if (*p == '\n' || *p == '\r')
        {
          end_row (rows, row, field, starts, row_line);
          any = FALSE;
          row_line = ++line;
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
    end_row (rows, row, field, starts, row_line);
  if (lines != NULL)
    *lines = g_steal_pointer (&starts);
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
