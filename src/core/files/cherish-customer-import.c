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
#include "cherish-life-event-store.h"
#include "cherish-store.h"
#include "cherish-text.h"

#define CANCEL_CHECK_EVERY 500
/* Each batch of new customers flushes the search index once: not too often. */
#define WRITE_EVERY 10000
/* From this many new customers (and twice as many as the shop has), the
 * indexes are built after the import rather than grown row by row. */
#define BULK_AT_LEAST 5000


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
  cherish_import_guess_fields (self);
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

const char *
cherish_import_get_header (CherishImport *self,
                           guint          column)
{
  return cherish_import_cell (self->rows->pdata[0], column);
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

/**
 * cherish_import_set_calendar:
 * @only_calendar: every date is in @calendar (else a column whose years
 *   fall between 1278 and 1600 is read as Solar Hijri, and @calendar is
 *   for columns whose dates do not tell)
 */
void
cherish_import_set_calendar (CherishImport         *self,
                             CherishCalendarSystem  calendar,
                             gboolean               only_calendar)
{
  self->calendar = calendar;
  self->only_calendar = only_calendar;
}

/**
 * cherish_import_set_date_order:
 * @order: day/month or month/day, for dates written with the year last
 *   whose numbers do not tell (UNKNOWN: the file's dates must tell)
 */
void
cherish_import_set_date_order (CherishImport    *self,
                               CherishDateOrder  order)
{
  self->order = order;
}

/**
 * cherish_import_describe_dates:
 * @needs_order: (out) (optional): some dates could be day/month or
 *   month/day, and none of them tells
 *
 * Returns: (transfer full) (element-type utf8): how each column of dates
 *   will be read, "Birthday (“DOB”): Gregorian; day/month/year"
 */
GPtrArray *
cherish_import_describe_dates (CherishImport *self,
                               const GDate   *today,
                               gboolean      *needs_order)
{
  GPtrArray *described = g_ptr_array_new_with_free_func (g_free);
  CherishImportDates dates;

  cherish_import_dates_init (&dates, self, today, described, needs_order);
  cherish_import_dates_clear (&dates);
  return described;
}

void
cherish_import_report_clear (CherishImportReport *report)
{
  g_clear_pointer (&report->problems, g_ptr_array_unref);
  g_clear_pointer (&report->dates, g_ptr_array_unref);
  memset (report, 0, sizeof *report);
}

/* ------------------------------------------------------------------ */
/* Rows to customers                                                   */
/* ------------------------------------------------------------------ */

#define N_KEYS 3

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

/* Which customer (an id, or -row-1 for an earlier row) has one of @keys. */
static gint64
find_twin (GHashTable  *known,
           char       **keys)
{
  for (guint k = 0; k < N_KEYS; k++)
    if (keys[k] != NULL && g_hash_table_contains (known, keys[k]))
      return (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (known, keys[k])) - G_MAXINT32;
  return 0;
}

/* Remembers @keys (taking them) as those of @who. */
static void
remember (GHashTable  *known,
          char       **keys,
          gint64       who)
{
  for (guint k = 0; k < N_KEYS; k++)
    if (keys[k] != NULL && !g_hash_table_contains (known, keys[k]))
      g_hash_table_insert (known, g_steal_pointer (&keys[k]), GSIZE_TO_POINTER ((gsize) (who + G_MAXINT32)));
    else
      g_clear_pointer (&keys[k], g_free);
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
  char *keys[N_KEYS];

  keys_of (customer, keys);
  remember (known->keys, keys, cherish_customer_get_id (customer));
  known->n++;
  return TRUE;
}

/* What a reading thread makes of a row. */
typedef struct
{
  CherishCustomer *customer;      /* NULL for a bad row */
  char            *anniversary;
  char            *problem;       /* what is wrong with a bad row, with its line */
  char            *keys[N_KEYS];  /* a good row's, see keys_of() */
  gboolean         more_contacts;
} ReadRow;

typedef struct
{
  CherishImport            *self;
  const CherishImportDates *dates;
  ReadRow                  *rows;
  guint                     first;
  guint                     end;
} ReadChunk;

static gpointer
read_chunk (gpointer user_data)
{
  ReadChunk *chunk = user_data;
  CherishImport *self = chunk->self;

  for (guint r = chunk->first; r < chunk->end; r++)
    {
      ReadRow *row = &chunk->rows[r];
      g_autoptr(GError) problem = NULL;

      row->customer = cherish_import_read_row (self, chunk->dates, self->rows->pdata[r + 1], &row->anniversary,
                                               &row->more_contacts, &problem);
      if (row->customer != NULL)
        keys_of (row->customer, row->keys);
      else
        /* Translators: a bad row of a file: its line, then what is wrong */
        row->problem = g_strdup_printf (_("Line %u: %s"), g_array_index (self->lines, guint, r + 1),
                                        problem->message);
    }
  return NULL;
}

#define MAX_READERS 8
/* Fewer rows than this are read on one thread. */
#define ROWS_PER_READER 5000

/* Reads every row, on as many threads as there are processors: a row
 * stands alone (only duplicates need the rows before, found after). */
static ReadRow *
read_rows (CherishImport            *self,
           const CherishImportDates *dates,
           guint                     n_rows)
{
  ReadRow *rows = g_new0 (ReadRow, n_rows);
  guint n_readers = CLAMP (MIN ((guint) g_get_num_processors (), n_rows / ROWS_PER_READER), 1, MAX_READERS);
  ReadChunk chunks[MAX_READERS];
  GThread *threads[MAX_READERS] = { NULL };

  for (guint t = 0; t < n_readers; t++)
    {
      chunks[t] = (ReadChunk) { self, dates, rows, (guint) ((guint64) n_rows * t / n_readers),
                                (guint) ((guint64) n_rows * (t + 1) / n_readers) };
      if (t > 0)
        threads[t] = g_thread_new ("cherish-import", read_chunk, &chunks[t]);
    }
  read_chunk (&chunks[0]);
  for (guint t = 1; t < n_readers; t++)
    g_thread_join (threads[t]);
  return rows;
}

/* Fills what the customer lacks from @row, adds its likes, dislikes and
 * notes; writes nothing when the row brings nothing new. */
static gboolean
merge_into (CherishCustomerStore  *store,
            gint64                 id,
            CherishCustomer       *row,
            GError               **error)
{
  g_autoptr(CherishCustomer) customer = cherish_customer_store_get (store, id, error);

  if (customer == NULL)
    return FALSE;
  return !cherish_customer_complete (customer, row) || cherish_customer_store_update (store, customer, error);
}

typedef struct
{
  CherishImport           *self;
  CherishCustomerStore    *store;
  CherishImportDuplicates  duplicates;
  GCancellable            *cancellable;
  GPtrArray               *customers;   /* by data row; NULL for a bad one */
  GPtrArray               *anniversaries; /* by data row: a date or NULL */
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

/* Whether @customer has a yearly anniversary on @date already. */
static gboolean
has_anniversary (CherishLifeEventStore  *events,
                 gint64                  customer,
                 const char             *date,
                 gboolean               *has,
                 GError                **error)
{
  g_autoptr(GPtrArray) known = cherish_life_event_store_list_for_customer (events, customer, error);

  if (known == NULL)
    return FALSE;
  *has = FALSE;
  for (guint i = 0; i < known->len; i++)
    *has |= cherish_life_event_get_kind (known->pdata[i]) == CHERISH_LIFE_EVENT_KIND_ANNIVERSARY &&
            g_strcmp0 (cherish_life_event_get_date (known->pdata[i]), date) == 0;
  return TRUE;
}

/* Each row's anniversary, a yearly life event of the customer it became
 * (not of a duplicate left out, not twice), all written at once. Only a
 * customer who was there before can have it already: a row merged into
 * one. */
static gboolean
add_anniversaries (Run     *run,
                   GError **error)
{
  g_autoptr(CherishLifeEventStore) events = NULL;
  g_autoptr(GPtrArray) anniversaries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) added = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint r = 0; r < run->customers->len; r++)
    {
      const char *date = run->anniversaries->pdata[r];
      gint64 id = g_array_index (run->ids, gint64, r);
      gint64 twin = g_array_index (run->twins, gint64, r);
      CherishLifeEvent *event = NULL;
      gboolean has = FALSE;
      char *key = NULL;

      if (date == NULL || id <= 0 || run->customers->pdata[r] == NULL ||
          (twin != 0 && run->duplicates == CHERISH_IMPORT_SKIP))
        continue;
      if (events == NULL)
        events = cherish_life_event_store_new (cherish_store_get_database (CHERISH_STORE (run->store)),
                                               cherish_store_get_clock (CHERISH_STORE (run->store)));
      key = g_strdup_printf ("%" G_GINT64_FORMAT " %s", id, date);
      if (!g_hash_table_add (added, key))
        continue;
      if (twin != 0 && run->duplicates == CHERISH_IMPORT_MERGE && !has_anniversary (events, id, date, &has, error))
        return FALSE;
      if (has)
        continue;
      event = cherish_life_event_new (id, CHERISH_LIFE_EVENT_KIND_ANNIVERSARY, date);
      g_object_set (event, "yearly", TRUE, NULL);
      g_ptr_array_add (anniversaries, event);
    }
  if (anniversaries->len > 0 && !cherish_life_event_store_insert_many (events, anniversaries, error))
    return FALSE;
  run->report->anniversaries = anniversaries->len;
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
  return flush (run, pending, pending_rows, error) && add_anniversaries (run, error);
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
  g_autoptr(GPtrArray) anniversaries = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) twins = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_autoptr(GArray) ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  gboolean named = FALSE, needs_order = FALSE;
  Known shop = { known, 0 };
  ReadRow *read = NULL;
  guint n_new = 0;
  GDate today;
  CherishImportDates dates;
  Run run = { self, store, duplicates, cancellable, customers, anniversaries, twins, ids, report };

  memset (report, 0, sizeof *report);
  report->problems = g_ptr_array_new_with_free_func (g_free);
  report->dates = g_ptr_array_new_with_free_func (g_free);
  for (guint c = 0; c < self->n_columns; c++)
    named |= self->fields[c] == CHERISH_IMPORT_NAME || self->fields[c] == CHERISH_IMPORT_FIRST_NAME ||
             self->fields[c] == CHERISH_IMPORT_LAST_NAME || self->fields[c] == CHERISH_IMPORT_ORGANIZATION;
  if (!named)
    {
      cherish_set_invalid (error, "columns", _("Columns: say which one holds the names."));
      return FALSE;
    }
  cherish_clock_get_today (cherish_store_get_clock (CHERISH_STORE (store)), &today);
  cherish_import_dates_init (&dates, self, &today, report->dates, &needs_order);
  if (needs_order)
    {
      cherish_import_dates_clear (&dates);
      cherish_set_invalid (error, "date-order",
                           _("Dates: some could be day/month/year or month/day/year, and none of them "
                             "tells; say which the file uses."));
      return FALSE;
    }
  if (!cherish_customer_store_for_each (store, remember_customer, &shop, error))
    {
      cherish_import_dates_clear (&dates);
      return FALSE;
    }

  report->rows = cherish_import_get_n_rows (self);
  g_array_set_size (twins, report->rows);
  g_array_set_size (ids, report->rows);
  read = read_rows (self, &dates, report->rows);
  for (guint r = 0; r < report->rows; r++)
    {
      ReadRow *row = &read[r];

      g_ptr_array_add (customers, row->customer);
      g_ptr_array_add (anniversaries, row->anniversary);
      if (row->customer == NULL)
        {
          report->bad++;
          g_ptr_array_add (report->problems, row->problem);
          continue;
        }
      report->more_contacts += row->more_contacts;
      g_array_index (twins, gint64, r) = find_twin (known, row->keys);
      remember (known, row->keys, -(gint64) r - 1);
    }
  g_clear_pointer (&read, g_free);
  cherish_import_dates_clear (&dates);
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
      report->added = report->merged = report->skipped = report->anniversaries = 0;
      return FALSE;
    }
  return TRUE;
}
