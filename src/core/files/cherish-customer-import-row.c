/* cherish-customer-import-row.c — one row of a file becomes a customer
 *
 * Part of CherishImport (see cherish-customer-import.c). Nothing of a row
 * is thrown away: several phones or e-mails (in one cell, joined by
 * Google's " ::: " or by commas, or in several columns) give the customer
 * the first, and the others go into the customer's notes, as does the
 * organisation of a person (a row with no person's name takes the
 * organisation's). Each date column is read as a look at the whole
 * column decided (calendar, day/month order, spreadsheet day numbers).
 * A bad row names every problem it has, not only the first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cherish-csv.h"
#include "cherish-customer-import-private.h"
#include "cherish-date.h"
#include "cherish-error.h"
#include "cherish-message.h"
#include "cherish-text.h"

const char *
cherish_import_cell (GStrv  row,
                     guint  column)
{
  return column < g_strv_length (row) ? cherish_csv_unguard (row[column]) : "";
}

/* ------------------------------------------------------------------ */
/* Dates                                                               */
/* ------------------------------------------------------------------ */

/**
 * cherish_import_dates_init:
 * @described: (nullable): gets "Birthday: Solar Hijri; year/month/day"
 *   for each column of dates
 * @needs_order: (out) (optional): a column's dates could be day/month or
 *   month/day, and none of them tells
 *
 * Looks at each column of dates as a whole to decide how to read it.
 */
void
cherish_import_dates_init (CherishImportDates *dates,
                           CherishImport      *self,
                           const GDate        *today,
                           GPtrArray          *described,
                           gboolean           *needs_order)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  g_autofree CherishDateSeen *seen = g_new0 (CherishDateSeen, self->n_columns);
  g_autofree gboolean *unknown = g_new0 (gboolean, self->n_columns);
  CherishDateOrder file_order = CHERISH_DATE_ORDER_UNKNOWN;
  gboolean orders_differ = FALSE;

  dates->today = *today;
  dates->readings = g_new0 (CherishDateReading, self->n_columns);
  if (needs_order != NULL)
    *needs_order = FALSE;
  for (guint c = 0; c < self->n_columns; c++)
    {
      CherishDateReading *reading = &dates->readings[c];

      cherish_date_reading_init (reading, self->calendar, self->order, today);
      reading->only_calendar = self->only_calendar;
      if (!cherish_import_field_is_date (self->fields[c]))
        continue;
      g_ptr_array_set_size (values, 0);
      for (guint r = 1; r < self->rows->len; r++)
        g_ptr_array_add (values, (gpointer) cherish_import_cell (self->rows->pdata[r], c));
      seen[c] = cherish_date_survey (reading, (const char * const *) values->pdata, values->len, &unknown[c]);
      if (reading->order != CHERISH_DATE_ORDER_UNKNOWN)
        {
          orders_differ |= file_order != CHERISH_DATE_ORDER_UNKNOWN && file_order != reading->order;
          file_order = reading->order;
        }
    }

  /* A file writes all its dates alike: Outlook's anniversaries are
   * month/day when its birthdays say so. */
  for (guint c = 0; c < self->n_columns; c++)
    {
      if (!cherish_import_field_is_date (self->fields[c]))
        continue;
      if (unknown[c] && file_order != CHERISH_DATE_ORDER_UNKNOWN && !orders_differ)
        {
          dates->readings[c].order = file_order;
          unknown[c] = FALSE;
        }
      if (needs_order != NULL)
        *needs_order |= unknown[c];
      if (described != NULL)
        {
          g_autofree char *how = cherish_date_reading_describe (&dates->readings[c], seen[c]);

          /* Translators: a column of dates, its header in the file, and how its dates were read */
          g_ptr_array_add (described, g_strdup_printf (_("%s (“%s”): %s"),
                                                       cherish_import_field_label (self->fields[c]),
                                                       cherish_import_get_header (self, c), how));
        }
    }
}

void
cherish_import_dates_clear (CherishImportDates *dates)
{
  g_clear_pointer (&dates->readings, g_free);
}

/* ------------------------------------------------------------------ */
/* Values                                                              */
/* ------------------------------------------------------------------ */

/* "roses, green tea; coffee" → one per line, as the customer keeps them;
 * a cell that has lines already (Cherish's own export) keeps them. */
static char *
as_lines (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) parts = strchr (text, '\n') != NULL ? g_strsplit (text, "\n", -1)
                                                     : cherish_text_split_any (text, ",;،");

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *part = g_strstrip (g_strdup (parts[i]));

      if (*part != '\0')
        g_string_append_printf (out, "%s%s", out->len > 0 ? "\n" : "", part);
    }
  return out->len > 0 ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

/* Each of several values in one cell: Google's " ::: ", commas,
 * semicolons, and for e-mails, spaces and line breaks. */
static void
add_values (GPtrArray  *values,
            const char *cell,
            gboolean    email)
{
  g_autoptr(GString) text = g_string_new (cell);
  g_auto(GStrv) parts = NULL;

  g_string_replace (text, ":::", ";", 0);
  parts = cherish_text_split_any (text->str, email ? ",;، \t\n" : ",;،\n");
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *part = g_strstrip (g_strdup (parts[i]));
      gboolean known = *part == '\0';

      for (guint k = 0; k < values->len && !known; k++)
        known = g_ascii_strcasecmp (values->pdata[k], part) == 0;
      if (known)
        g_free (part);
      else
        g_ptr_array_add (values, part);
    }
}

/* "yes", "no", "1", "بله"… */
static gboolean
read_yes_no (const char *text,
             gboolean   *yes)
{
  static const char *words[][10] = {
    { "no", "n", "false", "0", "خیر", "نه", NULL },
    { "yes", "y", "true", "1", "x", "بله", "آری", "اری", "اره", NULL },
  };
  g_autofree char *folded = cherish_text_fold (text);

  g_strstrip (folded);
  for (guint answer = 0; answer < G_N_ELEMENTS (words); answer++)
    for (guint i = 0; words[answer][i] != NULL; i++)
      {
        g_autofree char *word = cherish_text_fold (words[answer][i]);

        if (g_str_equal (folded, word))
          {
            *yes = answer == 1;
            return TRUE;
          }
      }
  return FALSE;
}

static void
append_line (GString    *lines,
             const char *line)
{
  if (lines->len > 0)
    g_string_append_c (lines, '\n');
  g_string_append (lines, line);
}

/* A year-less anniversary is kept in this year (a yearly life event needs one). */
static char *
anniversary_date (const char  *iso,
                  const GDate *today)
{
  GDate date;

  if (!cherish_date_in_year (iso, g_date_get_year (today), &date))
    return g_strdup (iso);
  return cherish_date_format (&date);
}

/* ------------------------------------------------------------------ */
/* A row                                                               */
/* ------------------------------------------------------------------ */

typedef struct
{
  GString   *name;
  GString   *first;
  GString   *last;
  GString   *organization;
  GString   *notes;
  GPtrArray *phones;
  GPtrArray *emails;
} Gathered;

/* One cell into the customer; its problem, if any, into @problems. */
static void
take_cell (CherishImport             *self,
           const CherishImportDates  *dates,
           guint                      column,
           const char                *value,
           CherishCustomer           *customer,
           Gathered                  *row,
           char                     **anniversary,
           GError                   **problems)
{
  CherishImportField field = self->fields[column];
  const char *property[CHERISH_IMPORT_N_FIELDS] = {
    [CHERISH_IMPORT_BIRTHDAY] = "birthday", [CHERISH_IMPORT_CUSTOMER_SINCE] = "customer-since",
    [CHERISH_IMPORT_ANNIVERSARY] = "anniversary", [CHERISH_IMPORT_LIKES] = "likes",
    [CHERISH_IMPORT_DISLIKES] = "dislikes", [CHERISH_IMPORT_PROSPECT] = "is-prospect",
    [CHERISH_IMPORT_PHOTO_CONSENT] = "photo-consent", [CHERISH_IMPORT_CONTACT_BY] = "channels",
    [CHERISH_IMPORT_DO_NOT_CONTACT] = "do-not-contact",
  };

  switch (field)
    {
    case CHERISH_IMPORT_NAME:
      g_string_assign (row->name, value);
      break;
    case CHERISH_IMPORT_FIRST_NAME:
      g_string_append_printf (row->first, "%s%s", row->first->len > 0 ? " " : "", value);
      break;
    case CHERISH_IMPORT_LAST_NAME:
      g_string_assign (row->last, value);
      break;
    case CHERISH_IMPORT_ORGANIZATION:
      g_string_assign (row->organization, value);
      break;
    case CHERISH_IMPORT_PHONE:
    case CHERISH_IMPORT_EMAIL:
      add_values (field == CHERISH_IMPORT_PHONE ? row->phones : row->emails, value,
                  field == CHERISH_IMPORT_EMAIL);
      break;
    case CHERISH_IMPORT_NOTES:
      append_line (row->notes, value);
      break;
    case CHERISH_IMPORT_LIKES:
    case CHERISH_IMPORT_DISLIKES:
      {
        g_autofree char *listed = as_lines (value);

        g_object_set (customer, property[field], listed, NULL);
      }
      break;
    case CHERISH_IMPORT_CONTACT_BY:
      {
        g_autoptr(GError) error = NULL;
        guint set = 0;

        if (cherish_channels_from_text (value, &set, &error))
          g_object_set (customer, "channels", set, NULL);
        else
          cherish_add_invalid (problems, property[field], _("%s: %s"), cherish_import_field_label (field),
                               error->message);
      }
      break;
    case CHERISH_IMPORT_PROSPECT:
    case CHERISH_IMPORT_PHOTO_CONSENT:
    case CHERISH_IMPORT_DO_NOT_CONTACT:
      {
        gboolean yes = FALSE;

        if (read_yes_no (value, &yes))
          g_object_set (customer, property[field], yes, NULL);
        else
          /* Translators: %s is a column, like "Prospect" */
          cherish_add_invalid (problems, property[field], _("%s: “%s” is neither yes nor no."),
                               cherish_import_field_label (field), value);
      }
      break;
    case CHERISH_IMPORT_BIRTHDAY:
    case CHERISH_IMPORT_CUSTOMER_SINCE:
    case CHERISH_IMPORT_ANNIVERSARY:
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *iso = NULL;

        if (!cherish_date_read (&dates->readings[column], value, field != CHERISH_IMPORT_CUSTOMER_SINCE, &iso,
                                &error))
          /* Translators: a column, like "Birthday", then what is wrong with its date */
          cherish_add_invalid (problems, property[field], _("%s: %s"), cherish_import_field_label (field),
                               error->message);
        else if (field == CHERISH_IMPORT_ANNIVERSARY && iso != NULL)
          {
            g_free (*anniversary);
            *anniversary = anniversary_date (iso, &dates->today);
          }
        else if (iso != NULL)
          g_object_set (customer, property[field], iso, NULL);
      }
      break;
    case CHERISH_IMPORT_IGNORE:
    case CHERISH_IMPORT_N_FIELDS:
    default:
      break;
    }
}

/**
 * cherish_import_read_row:
 * @anniversary: (out) (transfer full) (nullable): the row's anniversary
 * @more_contacts: (out): the row had more than one phone or e-mail
 *
 * Returns: (transfer full) (nullable): the row's customer, or %NULL with
 *   @error naming each of the row's problems
 */
CherishCustomer *
cherish_import_read_row (CherishImport             *self,
                         const CherishImportDates  *dates,
                         GStrv                      row,
                         char                     **anniversary,
                         gboolean                  *more_contacts,
                         GError                   **error)
{
  g_autoptr(CherishCustomer) customer = cherish_customer_new (NULL);
  g_autoptr(GError) problems = NULL;
  g_autoptr(GError) cell_problems = NULL;
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GString) first = g_string_new (NULL);
  g_autoptr(GString) last = g_string_new (NULL);
  g_autoptr(GString) organization = g_string_new (NULL);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GPtrArray) phones = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) emails = g_ptr_array_new_with_free_func (g_free);
  Gathered gathered = { name, first, last, organization, notes, phones, emails };

  *anniversary = NULL;
  for (guint c = 0; c < self->n_columns; c++)
    {
      g_autofree char *value = g_strstrip (g_strdup (cherish_import_cell (row, c)));

      if (*value != '\0' && self->fields[c] != CHERISH_IMPORT_IGNORE)
        take_cell (self, dates, c, value, customer, &gathered, anniversary, &cell_problems);
    }

  if (name->len == 0)
    g_string_printf (name, "%s%s%s", first->str, first->len > 0 && last->len > 0 ? " " : "", last->str);
  if (name->len == 0)
    g_string_assign (name, organization->str);
  else if (organization->len > 0)
    {
      g_autofree char *line = g_strdup_printf (_("Organization: %s"), organization->str);

      append_line (notes, line);
    }
  for (guint i = 1; i < phones->len; i++)
    {
      g_autofree char *line = g_strdup_printf (_("Other phone: %s"), (char *) phones->pdata[i]);

      append_line (notes, line);
    }
  for (guint i = 1; i < emails->len; i++)
    {
      g_autofree char *line = g_strdup_printf (_("Other e-mail: %s"), (char *) emails->pdata[i]);

      append_line (notes, line);
    }
  *more_contacts = phones->len > 1 || emails->len > 1;
  g_object_set (customer,
                "display-name", name->str,
                "phone", phones->len > 0 ? phones->pdata[0] : NULL,
                "email", emails->len > 0 ? emails->pdata[0] : NULL,
                "notes", notes->len > 0 ? notes->str : NULL,
                NULL);

  cherish_customer_validate (customer, &dates->today, &problems);
  if (cell_problems != NULL)
    cherish_add_invalid (&problems, cherish_error_get_field (cell_problems), "%s", cell_problems->message);
  if (problems != NULL)
    {
      g_clear_pointer (anniversary, g_free);
      g_propagate_error (error, g_steal_pointer (&problems));
      return NULL;
    }
  return g_steal_pointer (&customer);
}
