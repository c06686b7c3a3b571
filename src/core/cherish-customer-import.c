/* cherish-customer-import.c — customers from a spreadsheet's CSV file
 *
 * The file is read as UTF-8 (with or without a BOM) or Windows-1256, with
 * ',' ';' or tab between fields, and its first row is taken as headers,
 * from which each column's meaning is guessed (in English or Persian) —
 * the manager may change any. Running it checks every row as the
 * customer form does and names each bad one by its line; a row that is a
 * customer already (same phone or e-mail, or same name and birthday), or
 * that repeats an earlier row, is skipped, merged into the customer, or
 * kept as another one. Everything is written in one transaction: all
 * rows or none (unless the manager chose to import only the good rows),
 * and a cancel or a failure leaves the database as it was.
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
#include "cherish-store.h"
#include "cherish-text.h"

#define CANCEL_CHECK_EVERY 500
/* Each batch of new customers flushes the search index once: not too often. */
#define WRITE_EVERY 10000
/* From this many new customers (and twice as many as the shop has), the
 * indexes are built after the import rather than grown row by row. */
#define BULK_AT_LEAST 5000


static const struct
{
  CherishImportField  field;
  const char         *names[12];
} header_names[] = {
  { CHERISH_IMPORT_NAME, { "name", "full name", "customer", "customer name", "display name", "contact",
                           "نام و نام خانوادگی", "نام کامل", "مشتری", "نام مشتری" } },
  { CHERISH_IMPORT_FIRST_NAME, { "first name", "given name", "first", "firstname", "نام", "اسم" } },
  { CHERISH_IMPORT_LAST_NAME, { "last name", "surname", "family name", "last", "lastname",
                                "نام خانوادگی", "فامیلی", "فامیل" } },
  { CHERISH_IMPORT_PHONE, { "phone", "mobile", "cell", "telephone", "tel", "phone number", "mobile phone",
                            "تلفن", "موبایل", "شماره", "شماره تماس", "تلفن همراه" } },
  { CHERISH_IMPORT_EMAIL, { "email", "e-mail", "mail", "email address", "e-mail address", "ایمیل",
                            "پست الکترونیک", "رایانامه" } },
  { CHERISH_IMPORT_BIRTHDAY, { "birthday", "birth date", "date of birth", "dob", "born", "birthdate",
                               "تولد", "تاریخ تولد", "روز تولد" } },
  { CHERISH_IMPORT_CUSTOMER_SINCE, { "customer since", "since", "first visit", "joined", "member since",
                                     "مشتری از", "عضویت", "تاریخ عضویت", "اولین مراجعه" } },
  { CHERISH_IMPORT_LIKES, { "likes", "favourites", "favorites", "preferences", "interests", "علاقه",
                            "علاقه مندی", "علاقه مندی ها", "علایق", "دوست دارد" } },
  { CHERISH_IMPORT_DISLIKES, { "dislikes", "allergies", "avoid", "دوست ندارد", "حساسیت", "نمی پسندد" } },
  { CHERISH_IMPORT_NOTES, { "notes", "note", "comments", "comment", "remarks", "یادداشت", "یادداشت ها",
                            "توضیحات" } },
  { CHERISH_IMPORT_PROSPECT, { "prospect", "lead", "not a customer yet", "مشتری احتمالی", "بالقوه" } },
  { CHERISH_IMPORT_PHOTO_CONSENT, { "photo consent", "agrees to photos", "photos", "رضایت عکس",
                                    "اجازه عکس" } },
};

/**
 * cherish_import_guess_field:
 * @header: a column's header, as in the file
 *
 * Returns: what the column holds, by its header in English or Persian
 *   (case, accents, letter forms and half-spaces do not matter)
 */
CherishImportField
cherish_import_guess_field (const char *header)
{
  g_autoptr(GString) spaced = g_string_new (header);
  g_autofree char *folded = NULL;

  /* "first_name", "E-mail:", a half-space: the words are what count. */
  g_string_replace (spaced, "\u200c", " ", 0);
  folded = cherish_text_fold (g_strdelimit (spaced->str, "_.:", ' '));
  g_strstrip (folded);
  for (guint i = 0; i < G_N_ELEMENTS (header_names); i++)
    for (guint n = 0; n < G_N_ELEMENTS (header_names[i].names) && header_names[i].names[n] != NULL; n++)
      {
        g_autofree char *name = cherish_text_fold (header_names[i].names[n]);

        if (g_strcmp0 (folded, name) == 0)
          return header_names[i].field;
      }
  return CHERISH_IMPORT_IGNORE;
}

/**
 * cherish_import_field_label:
 *
 * Returns: (transfer none): what a column holds, for the manager
 */
const char *
cherish_import_field_label (CherishImportField field)
{
  switch (field)
    {
    case CHERISH_IMPORT_NAME:
      return _("Name");
    case CHERISH_IMPORT_FIRST_NAME:
      return _("First name");
    case CHERISH_IMPORT_LAST_NAME:
      return _("Last name");
    case CHERISH_IMPORT_PHONE:
      return _("Phone");
    case CHERISH_IMPORT_EMAIL:
      return _("E-mail");
    case CHERISH_IMPORT_BIRTHDAY:
      return _("Birthday");
    case CHERISH_IMPORT_CUSTOMER_SINCE:
      return _("Customer since");
    case CHERISH_IMPORT_LIKES:
      return _("Likes");
    case CHERISH_IMPORT_DISLIKES:
      return _("Dislikes");
    case CHERISH_IMPORT_NOTES:
      return _("Notes");
    case CHERISH_IMPORT_PROSPECT:
      return _("Prospect");
    case CHERISH_IMPORT_PHOTO_CONSENT:
      return _("Agrees to photos");
    case CHERISH_IMPORT_IGNORE:
    case CHERISH_IMPORT_N_FIELDS:
    default:
      return _("Left out");
    }
}

/**
 * cherish_import_new_csv:
 * @encoding: (nullable): the file's encoding, or %NULL to detect it
 *
 * Reads a CSV file whose first row names the columns.
 *
 * Returns: (transfer full) (nullable): the import, to preview, map and
 *   run; %NULL with @error saying what is wrong with the file
 */
CherishImport *
cherish_import_new_csv (GBytes      *bytes,
                        const char  *encoding,
                        GError     **error)
{
  g_autoptr(CherishImport) self = g_new0 (CherishImport, 1);
  g_autofree char *text = cherish_csv_decode (bytes, encoding, &self->encoding, error);

  if (text == NULL)
    return NULL;
  self->separator = cherish_csv_guess_separator (text);
  self->rows = cherish_csv_parse_full (text, self->separator, &self->lines, error);
  if (self->rows == NULL)
    return NULL;
  if (self->rows->len == 0)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_INVALID, _("The file is empty."));
      return NULL;
    }
  for (guint r = 0; r < self->rows->len; r++)
    self->n_columns = MAX (self->n_columns, g_strv_length (self->rows->pdata[r]));
  self->fields = g_new0 (CherishImportField, self->n_columns);
  for (guint c = 0; c < self->n_columns; c++)
    {
      CherishImportField field = cherish_import_guess_field (cherish_import_get_header (self, c));

      /* A column's meaning is taken once: the first wins. */
      for (guint before = 0; before < c && field != CHERISH_IMPORT_IGNORE; before++)
        if (self->fields[before] == field)
          field = CHERISH_IMPORT_IGNORE;
      self->fields[c] = field;
    }
  return g_steal_pointer (&self);
}

void
cherish_import_free (CherishImport *self)
{
  if (self == NULL)
    return;
  g_free (self->encoding);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->lines, g_array_unref);
  g_free (self->fields);
  g_free (self);
}

const char *
cherish_import_get_encoding (CherishImport *self)
{
  return self->encoding;
}

char
cherish_import_get_separator (CherishImport *self)
{
  return self->separator;
}

guint
cherish_import_get_n_columns (CherishImport *self)
{
  return self->n_columns;
}

static const char *
cell (GStrv  row,
      guint  column)
{
  return column < g_strv_length (row) ? cherish_csv_unguard (row[column]) : "";
}

const char *
cherish_import_get_header (CherishImport *self,
                           guint          column)
{
  return cell (self->rows->pdata[0], column);
}

CherishImportField
cherish_import_get_field (CherishImport *self,
                          guint          column)
{
  g_return_val_if_fail (column < self->n_columns, CHERISH_IMPORT_IGNORE);
  return self->fields[column];
}

void
cherish_import_set_field (CherishImport      *self,
                          guint               column,
                          CherishImportField  field)
{
  g_return_if_fail (column < self->n_columns && field < CHERISH_IMPORT_N_FIELDS);
  self->fields[column] = field;
}

/**
 * cherish_import_get_n_rows:
 *
 * Returns: the data rows, the header row not counted
 */
guint
cherish_import_get_n_rows (CherishImport *self)
{
  return self->rows->len - 1;
}

/**
 * cherish_import_get_row:
 * @row: from 0, the first after the header
 *
 * Returns: (transfer none) (array zero-terminated=1): the row's fields
 */
const char * const *
cherish_import_get_row (CherishImport *self,
                        guint          row)
{
  g_return_val_if_fail (row + 1 < self->rows->len, NULL);
  return (const char * const *) self->rows->pdata[row + 1];
}

void
cherish_import_report_clear (CherishImportReport *report)
{
  g_clear_pointer (&report->problems, g_ptr_array_unref);
  memset (report, 0, sizeof *report);
}

/* ------------------------------------------------------------------ */
/* Rows to customers                                                   */
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

/* "yes", "no", "1", "بله"… */
static gboolean
read_yes_no (const char  *text,
             gboolean    *yes,
             const char  *field,
             const char  *label,
             GError     **error)
{
  static const char *yes_words[] = { "yes", "y", "true", "1", "x", "بله", "آری", "اری", "اره", NULL };
  static const char *no_words[] = { "no", "n", "false", "0", "خیر", "نه", NULL };
  g_autofree char *folded = cherish_text_fold (text);

  g_strstrip (folded);
  for (guint i = 0; yes_words[i] != NULL || no_words[i] != NULL; i++)
    {
      g_autofree char *y = yes_words[i] != NULL ? cherish_text_fold (yes_words[i]) : NULL;
      g_autofree char *n = no_words[i] != NULL ? cherish_text_fold (no_words[i]) : NULL;

      if (g_strcmp0 (folded, y) == 0 || g_strcmp0 (folded, n) == 0)
        {
          *yes = g_strcmp0 (folded, y) == 0;
          return TRUE;
        }
    }
  /* Translators: %s is a column, like "Prospect"; the rest of the message follows */
  cherish_set_invalid (error, field, _("%s: “%s” is neither yes nor no."), label, text);
  return FALSE;
}

/* The row's customer, or %NULL with @error saying what is wrong. */
static CherishCustomer *
customer_of (CherishImport  *self,
             GStrv           row,
             const GDate    *today,
             GError        **error)
{
  g_autoptr(CherishCustomer) customer = NULL;
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GString) first = g_string_new (NULL);
  g_autoptr(GString) last = g_string_new (NULL);
  const char *property[CHERISH_IMPORT_N_FIELDS] = {
    [CHERISH_IMPORT_PHONE] = "phone", [CHERISH_IMPORT_EMAIL] = "email",
    [CHERISH_IMPORT_BIRTHDAY] = "birthday", [CHERISH_IMPORT_CUSTOMER_SINCE] = "customer-since",
    [CHERISH_IMPORT_LIKES] = "likes", [CHERISH_IMPORT_DISLIKES] = "dislikes", [CHERISH_IMPORT_NOTES] = "notes",
  };

  customer = cherish_customer_new (NULL);
  for (guint c = 0; c < self->n_columns; c++)
    {
      g_autofree char *value = g_strstrip (g_strdup (cell (row, c)));
      CherishImportField field = self->fields[c];
      g_autofree char *listed = NULL;

      if (*value == '\0' || field == CHERISH_IMPORT_IGNORE)
        continue;
      switch (field)
        {
        case CHERISH_IMPORT_NAME:
          g_string_assign (name, value);
          break;
        case CHERISH_IMPORT_FIRST_NAME:
          g_string_assign (first, value);
          break;
        case CHERISH_IMPORT_LAST_NAME:
          g_string_assign (last, value);
          break;
        case CHERISH_IMPORT_LIKES:
        case CHERISH_IMPORT_DISLIKES:
          listed = as_lines (value);
          g_object_set (customer, property[field], listed, NULL);
          break;
        case CHERISH_IMPORT_PROSPECT:
        case CHERISH_IMPORT_PHOTO_CONSENT:
          {
            gboolean yes = FALSE;

            if (!read_yes_no (value, &yes, field == CHERISH_IMPORT_PROSPECT ? "is-prospect" : "photo-consent",
                              cherish_import_field_label (field), error))
              return NULL;
            g_object_set (customer, field == CHERISH_IMPORT_PROSPECT ? "is-prospect" : "photo-consent", yes,
                          NULL);
          }
          break;
        case CHERISH_IMPORT_PHONE:
        case CHERISH_IMPORT_EMAIL:
        case CHERISH_IMPORT_BIRTHDAY:
        case CHERISH_IMPORT_CUSTOMER_SINCE:
        case CHERISH_IMPORT_NOTES:
          g_object_set (customer, property[field], value, NULL);
          break;
        case CHERISH_IMPORT_IGNORE:
        case CHERISH_IMPORT_N_FIELDS:
        default:
          break;
        }
    }
  if (name->len == 0)
    g_string_printf (name, "%s%s%s", first->str, first->len > 0 && last->len > 0 ? " " : "", last->str);
  g_object_set (customer, "display-name", name->str, NULL);
  if (!cherish_customer_validate (customer, today, error))
    return NULL;
  return g_steal_pointer (&customer);
}

/* The keys a duplicate is found by; each NULL when the customer has none. */
static void
keys_of (CherishCustomer *customer,
         char           **keys)
{
  const char *phone = cherish_customer_get_phone (customer);
  const char *email = cherish_customer_get_email (customer);
  const char *birthday = cherish_customer_get_birthday (customer);
  g_autofree char *digits = cherish_text_digits (phone);
  gsize n = strlen (digits);

  keys[0] = n >= 7 ? g_strconcat ("p ", digits + (n > 10 ? n - 10 : 0), NULL) : NULL;
  if (email != NULL)
    {
      g_autofree char *lower = g_utf8_strdown (email, -1);

      keys[1] = g_strconcat ("e ", lower, NULL);
    }
  else
    keys[1] = NULL;
  if (birthday != NULL)
    {
      g_autofree char *name = cherish_text_fold (cherish_customer_get_display_name (customer));

      keys[2] = g_strconcat ("b ", name, " ", birthday + strlen (birthday) - 5, NULL);
    }
  else
    keys[2] = NULL;
}

/* Which customer (an id, or -row-1 for an earlier row) has a key of @customer. */
static gint64
find_twin (GHashTable      *known,
           CherishCustomer *customer)
{
  char *keys[3];
  gint64 twin = 0;

  keys_of (customer, keys);
  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      if (twin == 0 && keys[k] != NULL && g_hash_table_contains (known, keys[k]))
        twin = (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (known, keys[k])) - G_MAXINT32;
      g_free (keys[k]);
    }
  return twin;
}

static void
remember (GHashTable      *known,
          CherishCustomer *customer,
          gint64           who)
{
  char *keys[3];

  keys_of (customer, keys);
  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    if (keys[k] != NULL && !g_hash_table_contains (known, keys[k]))
      g_hash_table_insert (known, keys[k], GSIZE_TO_POINTER ((gsize) (who + G_MAXINT32)));
    else
      g_free (keys[k]);
}

/* The shop's customers, as duplicates are looked for among them. */
typedef struct
{
  GHashTable *keys;
  guint       n;
} Known;

static gboolean
remember_customer (CherishCustomer  *customer,
                   gpointer          user_data,
                   GError          **error)
{
  Known *known = user_data;

  remember (known->keys, customer, cherish_customer_get_id (customer));
  known->n++;
  return TRUE;
}

/* Fills what the customer lacks from @row, adds its likes, dislikes and notes. */
static gboolean
merge_into (CherishCustomerStore  *store,
            gint64                 id,
            CherishCustomer       *row,
            GError               **error)
{
  g_autoptr(CherishCustomer) customer = cherish_customer_store_get (store, id, error);

  if (customer == NULL)
    return FALSE;
  cherish_customer_complete (customer, row);
  return cherish_customer_store_update (store, customer, error);
}

typedef struct
{
  CherishImport           *self;
  CherishCustomerStore    *store;
  CherishImportDuplicates  duplicates;
  GCancellable            *cancellable;
  GPtrArray               *customers;   /* by data row; NULL for a bad one */
  GArray                  *twins;       /* by data row: 0, a customer id, or -(earlier row + 1) */
  GArray                  *ids;         /* by data row: the id it was given */
  CherishImportReport     *report;
} Run;

/* New customers are written many at a time (one statement each, no
 * savepoint each); their ids are known after. */
static gboolean
flush (Run        *run,
       GPtrArray  *pending,
       GArray     *rows,
       GError    **error)
{
  if (pending->len == 0)
    return TRUE;
  if (!cherish_customer_store_insert_many (run->store, pending, error))
    return FALSE;
  for (guint i = 0; i < pending->len; i++)
    g_array_index (run->ids, gint64, g_array_index (rows, guint, i)) = cherish_customer_get_id (pending->pdata[i]);
  run->report->added += pending->len;
  g_ptr_array_set_size (pending, 0);
  g_array_set_size (rows, 0);
  return TRUE;
}

static gboolean
write_rows (gpointer   user_data,
            GError   **error)
{
  Run *run = user_data;
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();
  g_autoptr(GArray) pending_rows = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint r = 0; r < run->customers->len; r++)
    {
      CherishCustomer *customer = run->customers->pdata[r];
      gint64 twin = g_array_index (run->twins, gint64, r);
      gint64 id = 0;

      if (r % CANCEL_CHECK_EVERY == 0 && g_cancellable_set_error_if_cancelled (run->cancellable, error))
        return FALSE;
      if (customer == NULL)
        continue;
      if (twin == 0 || run->duplicates == CHERISH_IMPORT_KEEP_BOTH)
        {
          g_ptr_array_add (pending, customer);
          g_array_append_val (pending_rows, r);
          if (pending->len >= WRITE_EVERY && !flush (run, pending, pending_rows, error))
            return FALSE;
          continue;
        }
      if (!flush (run, pending, pending_rows, error))
        return FALSE;
      if (twin < 0)
        twin = g_array_index (run->ids, gint64, -twin - 1);   /* the customer that row became */
      if (run->duplicates == CHERISH_IMPORT_SKIP)
        {
          run->report->skipped++;
          id = twin;
        }
      else
        {
          if (!merge_into (run->store, twin, customer, error))
            return FALSE;
          run->report->merged++;
          id = twin;
        }
      g_array_index (run->ids, gint64, r) = id;
    }
  return flush (run, pending, pending_rows, error);
}

static void
unref_customer (gpointer customer)
{
  if (customer != NULL)
    g_object_unref (customer);
}

/**
 * cherish_import_run:
 * @duplicates: what to do with a row that is a customer already
 * @good_rows_only: import the good rows even when others are bad; else a
 *   single bad row stops the import, with nothing written
 * @report: (out caller-allocates): what happened; clear it after
 *
 * Returns: whether the rows were written (all in one transaction); %FALSE
 *   with @error set and the database untouched otherwise
 */
gboolean
cherish_import_run (CherishImport            *self,
                    CherishCustomerStore     *store,
                    CherishImportDuplicates   duplicates,
                    gboolean                  good_rows_only,
                    GCancellable             *cancellable,
                    CherishImportReport      *report,
                    GError                  **error)
{
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) customers = g_ptr_array_new_with_free_func (unref_customer);
  g_autoptr(GArray) twins = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_autoptr(GArray) ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  gboolean named = FALSE;
  Known shop = { known, 0 };
  guint n_new = 0;
  GDate today;
  Run run = { self, store, duplicates, cancellable, customers, twins, ids, report };

  memset (report, 0, sizeof *report);
  report->problems = g_ptr_array_new_with_free_func (g_free);
  for (guint c = 0; c < self->n_columns; c++)
    named |= self->fields[c] == CHERISH_IMPORT_NAME || self->fields[c] == CHERISH_IMPORT_FIRST_NAME ||
             self->fields[c] == CHERISH_IMPORT_LAST_NAME;
  if (!named)
    {
      cherish_set_invalid (error, "columns", _("Columns: say which one holds the names."));
      return FALSE;
    }
  if (!cherish_customer_store_for_each (store, remember_customer, &shop, error))
    return FALSE;

  cherish_clock_get_today (cherish_store_get_clock (CHERISH_STORE (store)), &today);
  report->rows = cherish_import_get_n_rows (self);
  g_array_set_size (twins, report->rows);
  g_array_set_size (ids, report->rows);
  for (guint r = 0; r < report->rows; r++)
    {
      g_autoptr(GError) problem = NULL;
      CherishCustomer *customer = customer_of (self, self->rows->pdata[r + 1], &today, &problem);

      g_ptr_array_add (customers, customer);
      if (customer == NULL)
        {
          report->bad++;
          /* Translators: a bad row of a file: its line, then what is wrong */
          g_ptr_array_add (report->problems, g_strdup_printf (_("Line %u: %s"),
                                                              g_array_index (self->lines, guint, r + 1),
                                                              problem->message));
          continue;
        }
      g_array_index (twins, gint64, r) = find_twin (known, customer);
      remember (known, customer, -(gint64) r - 1);
    }
  if (report->bad > 0 && !good_rows_only)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "%u row has a problem; nothing was imported.",
                                "%u rows have problems; nothing was imported.", report->bad),
                   report->bad);
      return FALSE;
    }
  /* Many more new customers than the shop has: indexes built once, after. */
  for (guint r = 0; r < report->rows; r++)
    n_new += customers->pdata[r] != NULL && g_array_index (twins, gint64, r) == 0;
  if (n_new >= BULK_AT_LEAST && n_new >= 2 * shop.n
      ? !cherish_customer_store_bulk_write (store, write_rows, &run, error)
      : !cherish_database_transaction (cherish_store_get_database (CHERISH_STORE (store)), write_rows,
                                       &run, error))
    {
      report->added = report->merged = report->skipped = 0;
      return FALSE;
    }
  return TRUE;
}
