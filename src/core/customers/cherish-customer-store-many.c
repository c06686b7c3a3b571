/* cherish-customer-store-many.c — many customers written at once (an import)
 *
 * All of them in one transaction, or none. On a file each is an INSERT of
 * its own, and an import of more customers than the shop has sets the
 * customers' indexes aside until the end; on a server, where each
 * statement is a round trip, they go many rows to a statement.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer-store"

#include "config.h"

#include "cherish-customer-store.h"
#include "cherish-customer-store-private.h"
#include "cherish-text.h"

/* The customers' indexes a bulk write sets aside (not the primary key's),
 * and how to build each again. On a server none: dropping an index locks
 * the table, and the other counters could not read the customers until
 * the import ends. */
static const CherishDialectSql customer_indexes = {
  "SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
  "AND tbl_name = 'customers' AND sql IS NOT NULL",
  "SELECT indexname, indexdef FROM pg_indexes WHERE false",
};

typedef struct
{
  CherishCustomerStore *self;
  GPtrArray            *customers;
} WriteMany;

/* On a server, where each statement is a round trip and fires the search
 * list's triggers once, new customers go many rows to a statement, their
 * ids drawn first. An import of 20,000 took 16.5 s one row at a time
 * (three round trips each), 1.7 s so. @sort_keys: the customers' folded
 * names, by index, for both statements. */
static void
bind_new_customer (CherishStmt *stmt,
                   int          at,
                   guint        index,
                   gpointer     row,
                   gpointer     sort_keys)
{
  cherish_customer_store_bind (stmt, at, row, g_ptr_array_index ((GPtrArray *) sort_keys, index));
  cherish_stmt_bind_int64 (stmt, at + 13, cherish_customer_get_id (row));
}

static void
bind_new_search_row (CherishStmt *stmt,
                     int          at,
                     guint        index,
                     gpointer     row,
                     gpointer     sort_keys)
{
  cherish_customer_store_bind_search_row (stmt, at, row, g_ptr_array_index ((GPtrArray *) sort_keys, index));
}

static const int customer_places[] = { 13, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 14, 15 };
static const CherishRowsSql customer_rows = {
  "INSERT INTO customers (id, display_name, sort_key, phone, email, customer_since, birthday, "
  "likes, dislikes, notes, is_prospect, photo_consent, updated_at, created_at, channels, do_not_contact)",
  customer_places, G_N_ELEMENTS (customer_places), 15, bind_new_customer,
};
static const CherishRowsSql search_rows = {
  "INSERT INTO customer_search (rowid, name, contact, likes)", NULL, 4, 4, bind_new_search_row,
};

static gboolean
insert_many_in_transaction (gpointer   user_data,
                            GError   **error)
{
  WriteMany *many = user_data;
  CherishDatabase *db = database_of (many->self);

  if (cherish_database_get_dialect (db) == CHERISH_DIALECT_POSTGRESQL)
    {
      g_autoptr(GPtrArray) sort_keys = g_ptr_array_new_full (many->customers->len, g_free);

      for (guint i = 0; i < many->customers->len; i++)
        g_ptr_array_add (sort_keys, cherish_text_fold (cherish_customer_get_display_name (many->customers->pdata[i])));
      if (!cherish_database_draw_ids (db, "customers", many->customers, error) ||
          !cherish_database_insert_rows (db, &customer_rows, many->customers, sort_keys, error) ||
          !cherish_database_insert_rows (db, &search_rows, many->customers, sort_keys, error))
        return FALSE;
      if (many->customers->len > 0)
        cherish_store_changed (CHERISH_STORE (many->self));
      return TRUE;
    }
  for (guint i = 0; i < many->customers->len; i++)
    if (!cherish_customer_store_insert_one (many->self, many->customers->pdata[i], error))
      return FALSE;
  return TRUE;
}

typedef struct
{
  CherishCustomerStore   *self;
  CherishTransactionFunc  func;
  gpointer                user_data;
} BulkWrite;

static gboolean
bulk_write_in_transaction (gpointer   user_data,
                           GError   **error)
{
  BulkWrite *bulk = user_data;
  CherishDatabase *db = database_of (bulk->self);
  g_autoptr(CherishStmt) stmt = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) definitions = g_ptr_array_new_with_free_func (g_free);
  int rc;

  stmt = cherish_database_prepare (db, cherish_database_sql (db, customer_indexes), error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    {
      g_ptr_array_add (names, g_strdup (cherish_column_text (stmt, 0)));
      g_ptr_array_add (definitions, g_strdup (cherish_column_text (stmt, 1)));
    }
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (db, rc, error);
      return FALSE;
    }
  g_clear_pointer (&stmt, cherish_stmt_release);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *drop = g_strdup_printf ("DROP INDEX \"%s\"", (char *) names->pdata[i]);

      if (!cherish_database_exec (db, drop, error))
        return FALSE;
    }
  if (!bulk->func (bulk->user_data, error))
    return FALSE;
  for (guint i = 0; i < definitions->len; i++)
    if (!cherish_database_exec (db, definitions->pdata[i], error))
      return FALSE;
  return TRUE;
}

/**
 * cherish_customer_store_bulk_write:
 * @func: (scope call): writes many customers through this store
 *
 * Runs @func in one transaction with the customers' indexes set aside and
 * built again once it is done: for an import of more customers than the
 * shop has, building each index once beats growing it row by row. Readers
 * see the indexes throughout; if @func fails, nothing changed.
 *
 * Returns: %TRUE if @func succeeded and everything was written
 */
gboolean
cherish_customer_store_bulk_write (CherishCustomerStore    *self,
                                   CherishTransactionFunc   func,
                                   gpointer                 user_data,
                                   GError                 **error)
{
  BulkWrite bulk = { self, func, user_data };

  g_return_val_if_fail (CHERISH_IS_CUSTOMER_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  return cherish_database_transaction (database_of (self), bulk_write_in_transaction, &bulk, error);
}

/**
 * cherish_customer_store_insert_many:
 * @customers: (element-type CherishCustomer): new customers; their ids,
 *   created-at and updated-at are set
 *
 * Validates and saves many new customers in one transaction (an import):
 * all of them, or none with @error naming the first that is wrong.
 *
 * Returns: %TRUE on success
 */
gboolean
cherish_customer_store_insert_many (CherishCustomerStore  *self,
                                    GPtrArray             *customers,
                                    GError               **error)
{
  g_autofree char *now = NULL;
  WriteMany many = { self, customers };
  GDate today;

  g_return_val_if_fail (CHERISH_IS_CUSTOMER_STORE (self), FALSE);

  cherish_clock_get_today (cherish_store_get_clock (CHERISH_STORE (self)), &today);
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  for (guint i = 0; i < customers->len; i++)
    {
      CherishCustomer *customer = customers->pdata[i];
      g_autoptr(GError) problem = NULL;

      g_return_val_if_fail (cherish_customer_get_id (customer) == 0, FALSE);
      cherish_customer_store_normalize (customer);
      if (!cherish_customer_validate (customer, &today, &problem))
        {
          g_set_error (error, problem->domain, problem->code, "%s (%s)", problem->message,
                       cherish_customer_get_display_name (customer) ?: "");
          return FALSE;
        }
      g_object_set (customer, "created-at", now, "updated-at", now, NULL);
    }
  if (!cherish_database_transaction (database_of (self), insert_many_in_transaction, &many, error))
    {
      for (guint i = 0; i < customers->len; i++)
        g_object_set (customers->pdata[i], "id", (gint64) 0, "created-at", NULL, "updated-at", NULL, NULL);
      return FALSE;
    }
  return TRUE;
}
