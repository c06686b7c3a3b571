/* cherish-customer-import-vcard.c — customers from contacts (.vcf)
 *
 * Part of CherishImport (see cherish-customer-import.c): a vCard file
 * becomes rows of name, phones, e-mails, birthday, notes, organisation and
 * anniversary, imported and reported as a CSV file is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cherish-csv.h"
#include "cherish-customer-import-private.h"
#include "cherish-error.h"

/* "a\\,b\\nc" → "a,b" newline "c" */
static char *
vcard_unescape (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          g_string_append_c (out, *p == 'n' || *p == 'N' ? '\n' : *p);
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* vCard 2.1 from older phones: "=D8=B3=D8=A7" */
static char *
vcard_quoted_printable (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '=' && g_ascii_isxdigit (p[1]) && g_ascii_isxdigit (p[2]))
        {
          g_string_append_c (out, (char) (g_ascii_xdigit_value (p[1]) * 16 + g_ascii_xdigit_value (p[2])));
          p += 2;
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* "19900320", "1990-03-20", "--0320", "--03-20", "1990-03-20T00:00:00Z" → ISO or "--MM-DD" */
static char *
vcard_birthday (const char *value)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  gboolean no_year = g_str_has_prefix (value, "--");

  for (const char *p = value; *p != '\0' && *p != 'T'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);
  if (no_year && digits->len == 4)
    return g_strdup_printf ("--%.2s-%.2s", digits->str, digits->str + 2);
  if (!no_year && digits->len == 8)
    return g_strdup_printf ("%.4s-%.2s-%.2s", digits->str, digits->str + 4, digits->str + 6);
  return g_strdup (value);   /* the check says what is wrong with it */
}

static void
free_string (gpointer string)
{
  g_string_free (string, TRUE);
}

enum { VCARD_NAME, VCARD_PHONE, VCARD_EMAIL, VCARD_BIRTHDAY, VCARD_NOTES, VCARD_ORGANIZATION,
       VCARD_ANNIVERSARY, VCARD_N_FIELDS };

/* Several phones or e-mails share their cell, as in Google's files. */
static void
vcard_add (char       **card,
           int          field,
           const char  *value)
{
  char *joined;

  if (*value == '\0')
    return;
  if (card[field] == NULL)
    {
      card[field] = g_strdup (value);
      return;
    }
  joined = g_strconcat (card[field], " ::: ", value, NULL);
  g_free (card[field]);
  card[field] = joined;
}

static void
vcard_take (char       **card,
            const char  *line)
{
  const char *colon = strchr (line, ':');
  g_autofree char *name = NULL;
  g_autofree char *value = NULL;
  g_auto(GStrv) params = NULL;
  const char *property;
  int field = -1;

  if (colon == NULL)
    return;
  name = g_ascii_strup (line, colon - line);
  params = g_strsplit (name, ";", -1);
  property = strchr (params[0], '.') != NULL ? strchr (params[0], '.') + 1 : params[0];   /* "item1.TEL" */
  value = g_strdup (colon + 1);
  if (strstr (name, "QUOTED-PRINTABLE") != NULL)
    {
      char *decoded = vcard_quoted_printable (value);

      g_free (value);
      value = decoded;
    }
  if (g_str_equal (property, "FN"))
    field = VCARD_NAME;
  else if (g_str_equal (property, "N") && card[VCARD_NAME] == NULL)
    {
      g_auto(GStrv) parts = g_strsplit (value, ";", -1);   /* family;given;… */
      g_autofree char *given = vcard_unescape (parts[0] != NULL && parts[1] != NULL ? parts[1] : "");
      g_autofree char *family = vcard_unescape (parts[0] != NULL ? parts[0] : "");

      card[VCARD_NAME] = g_strstrip (g_strdup_printf ("%s %s", given, family));
      return;
    }
  else if (g_str_equal (property, "TEL"))
    {
      field = VCARD_PHONE;
      if (g_ascii_strncasecmp (value, "tel:", 4) == 0)   /* vCard 4: a URI */
        memmove (value, value + 4, strlen (value + 4) + 1);
    }
  else if (g_str_equal (property, "EMAIL"))
    field = VCARD_EMAIL;
  else if (g_str_equal (property, "BDAY") || g_str_equal (property, "ANNIVERSARY") ||
           g_str_equal (property, "X-ANNIVERSARY"))
    {
      field = g_str_equal (property, "BDAY") ? VCARD_BIRTHDAY : VCARD_ANNIVERSARY;
      g_free (card[field]);
      card[field] = vcard_birthday (value);
      return;
    }
  else if (g_str_equal (property, "ORG"))
    {
      g_auto(GStrv) parts = g_strsplit (value, ";", 2);   /* organisation;unit */

      g_free (card[VCARD_ORGANIZATION]);
      card[VCARD_ORGANIZATION] = vcard_unescape (parts[0] != NULL ? parts[0] : "");
      return;
    }
  else if (g_str_equal (property, "NOTE"))
    field = VCARD_NOTES;
  if (field == VCARD_PHONE || field == VCARD_EMAIL)
    {
      g_autofree char *unescaped = vcard_unescape (value);

      vcard_add (card, field, g_strstrip (unescaped));
      return;
    }
  if (field < 0 || (card[field] != NULL && field != VCARD_NAME))
    return;
  g_free (card[field]);
  card[field] = vcard_unescape (value);
}

/**
 * cherish_import_new_vcard:
 *
 * Reads contacts from a vCard file (2.1, 3.0 or 4.0, as phones and GNOME
 * Contacts write them): the name, every phone and e-mail (the first
 * becomes the customer's, the others go into the notes), the birthday,
 * the anniversary (a yearly life event), the organisation and the note of
 * each card; each card's line is the line of its
 * BEGIN:VCARD. It is then run as a CSV import is.
 *
 * Returns: (transfer full) (nullable): the import, or %NULL with @error set
 */
CherishImport *
cherish_import_new_vcard (GBytes  *bytes,
                          GError **error)
{
  g_autoptr(CherishImport) self = g_new0 (CherishImport, 1);
  g_autofree char *text = cherish_csv_decode (bytes, NULL, &self->encoding, error);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) properties = g_ptr_array_new_with_free_func (free_string);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  char **card = NULL;
  guint line = 0, card_line = 0;
  const char *header[] = { "name", "phone", "email", "birthday", "notes", "organization", "anniversary", NULL };

  if (text == NULL)
    return NULL;
  self->separator = ',';
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_ptr_array_add (self->rows, g_strdupv ((char **) header));
  g_array_append_val (self->lines, line);
  lines = g_regex_split_simple ("\\r\\n|\\r|\\n", text, 0, 0);

  /* Unfolded: a line that starts with a space or a tab goes on the one
   * before, as does the line after a quoted-printable "=" at the end. */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      GString *last = properties->len > 0 ? properties->pdata[properties->len - 1] : NULL;
      gboolean soft_break = last != NULL && last->len > 0 && last->str[last->len - 1] == '=' &&
                            strstr (last->str, "QUOTED-PRINTABLE") != NULL;

      if (last != NULL && (lines[i][0] == ' ' || lines[i][0] == '\t'))
        g_string_append (last, lines[i] + 1);
      else if (soft_break)
        g_string_append (g_string_truncate (last, last->len - 1), lines[i]);
      else
        {
          guint number = i + 1;

          g_ptr_array_add (properties, g_string_new (lines[i]));
          g_array_append_val (starts, number);
        }
    }

  for (guint i = 0; i < properties->len; i++)
    {
      const char *property = ((GString *) properties->pdata[i])->str;

      if (g_ascii_strncasecmp (property, "BEGIN:VCARD", 11) == 0)
        {
          g_strfreev (card);
          card = g_new0 (char *, VCARD_N_FIELDS + 1);
          card_line = g_array_index (starts, guint, i);
        }
      else if (g_ascii_strncasecmp (property, "END:VCARD", 9) == 0 && card != NULL)
        {
          for (guint f = 0; f < VCARD_N_FIELDS; f++)
            if (card[f] == NULL)
              card[f] = g_strdup ("");
          g_ptr_array_add (self->rows, g_steal_pointer (&card));
          g_array_append_val (self->lines, card_line);
        }
      else if (card != NULL)
        vcard_take (card, property);
    }
  g_strfreev (card);
  if (self->rows->len == 1)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_INVALID, _("There is no contact in this file."));
      return NULL;
    }
  self->n_columns = VCARD_N_FIELDS;
  self->fields = g_new0 (CherishImportField, VCARD_N_FIELDS);
  self->fields[VCARD_NAME] = CHERISH_IMPORT_NAME;
  self->fields[VCARD_PHONE] = CHERISH_IMPORT_PHONE;
  self->fields[VCARD_EMAIL] = CHERISH_IMPORT_EMAIL;
  self->fields[VCARD_BIRTHDAY] = CHERISH_IMPORT_BIRTHDAY;
  self->fields[VCARD_NOTES] = CHERISH_IMPORT_NOTES;
  self->fields[VCARD_ORGANIZATION] = CHERISH_IMPORT_ORGANIZATION;
  self->fields[VCARD_ANNIVERSARY] = CHERISH_IMPORT_ANNIVERSARY;
  return g_steal_pointer (&self);
}

/**
 * cherish_import_new:
 * @encoding: (nullable): for a CSV file, its encoding, or %NULL to detect it
 *
 * Reads a vCard file (it starts with BEGIN:VCARD) or else a CSV file.
 *
 * Returns: (transfer full) (nullable): the import, or %NULL with @error set
 */
CherishImport *
cherish_import_new (GBytes      *bytes,
                    const char  *encoding,
                    GError     **error)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  gsize at = size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;

  while (at < size && g_ascii_isspace (data[at]))
    at++;
  if (size - at >= 11 && g_ascii_strncasecmp (data + at, "BEGIN:VCARD", 11) == 0)
    return cherish_import_new_vcard (bytes, error);
  return cherish_import_new_csv (bytes, encoding, error);
}
