/* cherish-customer-store.c — customers in the database
 *
 * Besides the customers table, each customer has a row in the FTS5 table
 * customer_search holding folded words (cherish_text_fold()), kept in step
 * in the same transaction, so that searching is an index look-up even with
 * 100,000 customers. Visit counts and last visits are kept on the customer
 * by triggers, so the list sorts by them through an index.
 *
 * Deleting is soft (deleted_at) so that Undo can bring a customer back;
 * erasing removes the customer and everything about them for good.
 *
 * Searching, counting and listing are in cherish-customer-store-query.c,
 * erasing in cherish-customer-store-erase.c, many customers at once (an
 * import) in cherish-customer-store-many.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer-store"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-customer-store.h"
#include "cherish-customer-store-private.h"
#include "cherish-date.h"
#include "cherish-error.h"
#include "cherish-text.h"

struct _CherishCustomerStore
{
  CherishStore parent_instance;

  GHashTable *hints;   /* what the last searches were found to be: key → value + 1 */
};

G_DEFINE_FINAL_TYPE (CherishCustomerStore, cherish_customer_store, CHERISH_TYPE_STORE)

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

/* A customer from a row of COLUMNS. */
gpointer
cherish_customer_store_row (CherishStmt *stmt)
{
  return cherish_customer_new_with ("id", (gint64) cherish_stmt_column_int64 (stmt, 0),
                                    "display-name", cherish_column_text (stmt, 1),
                                    "phone", cherish_column_text (stmt, 2),
                                    "email", cherish_column_text (stmt, 3),
                                    "customer-since", cherish_column_text (stmt, 4),
                                    "birthday", cherish_column_text (stmt, 5),
                                    "likes", cherish_column_text (stmt, 6),
                                    "dislikes", cherish_column_text (stmt, 7),
                                    "notes", cherish_column_text (stmt, 8),
                                    "is-prospect", cherish_stmt_column_int (stmt, 9) != 0,
                                    "photo-consent", cherish_stmt_column_int (stmt, 10) != 0,
                                    "created-at", cherish_column_text (stmt, 11),
                                    "updated-at", cherish_column_text (stmt, 12),
                                    "deleted-at", cherish_column_text (stmt, 13),
                                    "last-visit-at", cherish_column_text (stmt, 14),
                                    "visit-count", (guint) cherish_stmt_column_int (stmt, 15),
                                    "channels", (guint) cherish_stmt_column_int (stmt, 16),
                                    "do-not-contact", cherish_stmt_column_int (stmt, 17) != 0,
                                    NULL);
}


/* Where the engines' SQL differs. */
static const CherishDialectSql replace_search_row = {
  "INSERT OR REPLACE INTO customer_search (rowid, name, contact, likes) VALUES (?1, ?2, ?3, ?4)",
  "INSERT INTO customer_search (rowid, name, contact, likes) VALUES (?1, ?2, ?3, ?4) "
  "ON CONFLICT (rowid) DO UPDATE SET name = excluded.name, contact = excluded.contact, "
  "likes = excluded.likes",
};
/* After an erase, words and pages of the erased customer are gone for
 * good at once (SQLite); PostgreSQL's VACUUM cannot run in a transaction
 * and the server's autovacuum does it. */
static char *
join_lines (const char *text)
{
  g_auto(GStrv) items = cherish_text_split_lines (text);

  return g_strjoinv ("\n", items);
}

/* Sets @property to @value unless it holds that already (an import
 * normalises 100,000 customers, most of them clean). */
static void
set_if_changed (CherishCustomer *customer,
                const char      *property,
                const char      *now,
                const char      *value)
{
  if (g_strcmp0 (now, value) != 0)
    g_object_set (customer, property, value, NULL);
}

/* Trims and normalises what a form gave, before validating it. */
void
cherish_customer_store_normalize (CherishCustomer *customer)
{
  static const struct
  {
    const char  *property;
    const char *(*get) (CherishCustomer *customer);
  } text_fields[] = {
    { "display-name", cherish_customer_get_display_name },
    { "phone", cherish_customer_get_phone },
    { "email", cherish_customer_get_email },
    { "customer-since", cherish_customer_get_customer_since },
    { "birthday", cherish_customer_get_birthday },
  };

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      const char *value = text_fields[i].get (customer);
      g_autofree char *normal = cherish_text_normalize (value);

      set_if_changed (customer, text_fields[i].property, value, normal);
    }

  {
    g_autofree char *likes = join_lines (cherish_customer_get_likes (customer));
    g_autofree char *dislikes = join_lines (cherish_customer_get_dislikes (customer));
    g_autofree char *notes = g_strdup (cherish_customer_get_notes (customer));

    if (notes != NULL)
      g_strchomp (notes);
    set_if_changed (customer, "likes", cherish_customer_get_likes (customer), likes);
    set_if_changed (customer, "dislikes", cherish_customer_get_dislikes (customer), dislikes);
    set_if_changed (customer, "notes", cherish_customer_get_notes (customer), notes);
  }
}

static gboolean
validate_customer (CherishCustomerStore  *self,
                   CherishCustomer       *customer,
                   GError               **error)
{
  GDate today;

  cherish_customer_store_normalize (customer);
  cherish_clock_get_today (cherish_store_get_clock (CHERISH_STORE (self)), &today);
  return cherish_customer_validate (customer, &today, error);
}

/* Binds @customer's search row, (rowid, name, contact, likes), as
 * ?1…?4 past @at; @name is the folded name. */
void
cherish_customer_store_bind_search_row (CherishStmt     *stmt,
                                        int              at,
                                        CherishCustomer *customer,
                                        const char      *name)
{
  g_autofree char *phone = cherish_text_phone_key (cherish_customer_get_phone (customer));
  g_autofree char *email = cherish_text_fold (cherish_customer_get_email (customer));
  g_autofree char *likes = cherish_text_fold (cherish_customer_get_likes (customer));
  g_autofree char *contact = g_strjoin (" ", phone, email, NULL);

  cherish_stmt_bind_int64 (stmt, at + 1, cherish_customer_get_id (customer));
  cherish_bind_text (stmt, at + 2, name);
  cherish_bind_text (stmt, at + 3, contact);
  cherish_bind_text (stmt, at + 4, likes);
}

/* The customer's row of the search index; @name is their folded name
 * (the sort key). */
static gboolean
write_search_row_folded (CherishCustomerStore  *self,
                         CherishCustomer       *customer,
                         const char            *name,
                         gboolean               fresh,
                         GError               **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  /* A new customer's row is a plain INSERT: OR REPLACE makes each one a
   * statement of its own, at which the full-text index flushes what it
   * holds in memory (an import of 100,000 customers took 2.5 times as
   * long). */
  stmt = cherish_database_prepare (database_of (self),
                                   fresh
                                   ? "INSERT INTO customer_search (rowid, name, contact, likes) "
                                     "VALUES (?1, ?2, ?3, ?4)"
                                   : cherish_database_sql (database_of (self), replace_search_row),
                                   error);
  if (stmt == NULL)
    return FALSE;

  cherish_customer_store_bind_search_row (stmt, 0, customer, name);
  return cherish_database_step_done (database_of (self), stmt, error);
}

static gboolean
write_search_row (CherishCustomerStore  *self,
                  CherishCustomer       *customer,
                  gboolean               fresh,
                  GError               **error)
{
  g_autofree char *name = cherish_text_fold (cherish_customer_get_display_name (customer));

  return write_search_row_folded (self, customer, name, fresh, error);
}

/* Binds @customer's columns as ?1…?15 (no ?13: its id, where wanted)
 * past @at, which is not 0 for the later rows of a statement of many. */
void
cherish_customer_store_bind (CherishStmt     *stmt,
                             int              at,
                             CherishCustomer *customer,
                             const char      *sort_key)
{
  cherish_bind_text (stmt, at + 1, cherish_customer_get_display_name (customer));
  cherish_bind_text (stmt, at + 2, sort_key);
  cherish_bind_text (stmt, at + 3, cherish_customer_get_phone (customer));
  cherish_bind_text (stmt, at + 4, cherish_customer_get_email (customer));
  cherish_bind_text (stmt, at + 5, cherish_customer_get_customer_since (customer));
  cherish_bind_text (stmt, at + 6, cherish_customer_get_birthday (customer));
  cherish_bind_text (stmt, at + 7, cherish_customer_get_likes (customer) ?: "");
  cherish_bind_text (stmt, at + 8, cherish_customer_get_dislikes (customer) ?: "");
  cherish_bind_text (stmt, at + 9, cherish_customer_get_notes (customer) ?: "");
  cherish_stmt_bind_int64 (stmt, at + 10, cherish_customer_get_is_prospect (customer));
  cherish_stmt_bind_int64 (stmt, at + 11, cherish_customer_get_photo_consent (customer));
  cherish_bind_text (stmt, at + 12, cherish_customer_get_updated_at (customer));
  cherish_stmt_bind_int64 (stmt, at + 14, (int) cherish_customer_get_channels (customer));
  cherish_stmt_bind_int64 (stmt, at + 15, cherish_customer_get_do_not_contact (customer));
}

typedef struct
{
  CherishCustomerStore *self;
  CherishCustomer      *customer;
  gint64                id;
} Write;

/* Writes a new, valid @customer in the open transaction. */
gboolean
cherish_customer_store_insert_one (CherishCustomerStore  *self,
                                   CherishCustomer       *customer,
                                   GError               **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *sort_key = NULL;

  stmt = cherish_database_prepare (database_of (self),
                                   "INSERT INTO customers (display_name, sort_key, phone, email, "
                                   "  customer_since, birthday, likes, dislikes, notes, is_prospect, "
                                   "  photo_consent, updated_at, created_at, channels, do_not_contact) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12, ?14, ?15)",
                                   error);
  if (stmt == NULL)
    return FALSE;

  sort_key = cherish_text_fold (cherish_customer_get_display_name (customer));
  cherish_customer_store_bind (stmt, 0, customer, sort_key);
  return cherish_store_step_insert (CHERISH_STORE (self), stmt, customer, error) &&
         write_search_row_folded (self, customer, sort_key, TRUE, error);
}

static gboolean
insert_in_transaction (gpointer   user_data,
                       GError   **error)
{
  Write *w = user_data;

  return cherish_customer_store_insert_one (w->self, w->customer, error);
}

static gboolean
update_in_transaction (gpointer   user_data,
                       GError   **error)
{
  Write *w = user_data;
  CherishDatabase *db = database_of (w->self);
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *sort_key = NULL;

  stmt = cherish_database_prepare (db,
                                   "UPDATE customers SET display_name = ?1, sort_key = ?2, phone = ?3, "
                                   "  email = ?4, customer_since = ?5, birthday = ?6, likes = ?7, "
                                   "  dislikes = ?8, notes = ?9, is_prospect = ?10, "
                                   "  photo_consent = ?11, updated_at = ?12, channels = ?14, "
                                   "  do_not_contact = ?15 "
                                   "WHERE id = ?13 AND deleted_at IS NULL",
                                   error);
  if (stmt == NULL)
    return FALSE;

  sort_key = cherish_text_fold (cherish_customer_get_display_name (w->customer));
  cherish_customer_store_bind (stmt, 0, w->customer, sort_key);
  cherish_stmt_bind_int64 (stmt, 13, w->id);
  return cherish_store_step_update (CHERISH_STORE (w->self), stmt,
                                    _("This customer no longer exists; nothing was saved."),
                                    error) &&
         write_search_row_folded (w->self, w->customer, sort_key, FALSE, error);
}

typedef struct
{
  CherishCustomerStore *self;
  gint64                id;
  gboolean              deleted;
} SetDeleted;

/* A deleted customer leaves the search index, so that searching and
 * counting never need to look at the customers table to skip them. */
static gboolean
set_deleted_in_transaction (gpointer   user_data,
                            GError   **error)
{
  SetDeleted *d = user_data;
  CherishDatabase *db = database_of (d->self);
  g_autofree char *now = cherish_store_now_timestamp (CHERISH_STORE (d->self));
  g_autoptr(CherishCustomer) customer = NULL;

  if (!cherish_database_change_by_id (db,
                                      d->deleted
                                        ? "UPDATE customers SET deleted_at = ?2 "
                                          "WHERE id = ?1 AND deleted_at IS NULL"
                                        : "UPDATE customers SET deleted_at = NULL "
                                          "WHERE id = ?1 AND deleted_at IS NOT NULL",
                                      d->id, d->deleted ? now : NULL,
                                      _("This customer no longer exists."), error))
    return FALSE;

  if (d->deleted)
    return cherish_database_change_by_id (db, "DELETE FROM customer_search WHERE rowid = ?1",
                                          d->id, NULL, _("This customer no longer exists."),
                                          error);

  customer = cherish_customer_store_get (d->self, d->id, error);
  return customer != NULL && write_search_row (d->self, customer, FALSE, error);
}

static gboolean
set_deleted (CherishCustomerStore  *self,
             gint64                 id,
             gboolean               deleted,
             GError               **error)
{
  SetDeleted d = { self, id, deleted };

  if (!cherish_database_transaction (database_of (self), set_deleted_in_transaction, &d, error))
    return FALSE;

  cherish_store_changed (CHERISH_STORE (self));
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */
/* ------------------------------------------------------------------ */

static void
cherish_customer_store_finalize (GObject *object)
{
  g_clear_pointer (&CHERISH_CUSTOMER_STORE (object)->hints, g_hash_table_unref);

  G_OBJECT_CLASS (cherish_customer_store_parent_class)->finalize (object);
}

/* The customers changed, here or (on a server) on another counter: the
 * size of the shop is asked again (cherish-customer-search-plan.c). */
static void
forget_shop_size (CherishCustomerStore *self)
{
  g_hash_table_remove (self->hints, CHERISH_SHOP_SIZE_HINT);
}

static void
cherish_customer_store_constructed (GObject *object)
{
  G_OBJECT_CLASS (cherish_customer_store_parent_class)->constructed (object);

  g_signal_connect_object (database_of (CHERISH_CUSTOMER_STORE (object)), "changed::customers",
                           G_CALLBACK (forget_shop_size), object, G_CONNECT_SWAPPED);
}

static void
cherish_customer_store_class_init (CherishCustomerStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->constructed = cherish_customer_store_constructed;
  G_OBJECT_CLASS (klass)->finalize = cherish_customer_store_finalize;
  CHERISH_STORE_CLASS (klass)->table = "customers";
}

/* What a recent search was found to be (how dense its matches are, or
 * whether they come late in an order), under a @key of the query's, so
 * that a count and the pages of a list do not measure it again; -1 if
 * not known. The store keeps the last few hundred: a search typed a
 * letter at a time leaves two a letter, and "mohammad karimi" would have
 * outgrown 32 before its last letters could learn from its first. */
#define HINTS_AT_MOST 256

int
cherish_customer_store_get_hint (CherishCustomerStore *self,
                                 const char           *key)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (self->hints, key)) - 1;
}

void
cherish_customer_store_set_hint (CherishCustomerStore *self,
                                 const char           *key,
                                 int                   hint)
{
  if (g_hash_table_size (self->hints) >= HINTS_AT_MOST)
    g_hash_table_remove_all (self->hints);
  g_hash_table_insert (self->hints, g_strdup (key), GINT_TO_POINTER (hint + 1));
}

static void
cherish_customer_store_init (CherishCustomerStore *self)
{
  self->hints = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */
/* ------------------------------------------------------------------ */

/**
 * cherish_customer_store_new:
 * @clock: (nullable): where "today" comes from; %NULL for the system clock
 */
CherishCustomerStore *
cherish_customer_store_new (CherishDatabase *database,
                            CherishClock    *clock)
{
  return g_object_new (CHERISH_TYPE_CUSTOMER_STORE, "database", database, "clock", clock, NULL);
}

/**
 * cherish_customer_store_insert:
 * @customer: the new customer; its id, created-at and updated-at are set
 *
 * Validates and saves a new customer. Nothing is saved on error.
 *
 * Returns: %TRUE on success
 */
gboolean
cherish_customer_store_insert (CherishCustomerStore  *self,
                               CherishCustomer       *customer,
                               GError               **error)
{
  g_autofree char *now = NULL;
  Write w = { self, customer, 0 };

  g_return_val_if_fail (CHERISH_IS_CUSTOMER_STORE (self), FALSE);
  g_return_val_if_fail (CHERISH_IS_CUSTOMER (customer), FALSE);
  g_return_val_if_fail (cherish_customer_get_id (customer) == 0, FALSE);

  if (!validate_customer (self, customer, error))
    return FALSE;

  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  g_object_set (customer, "created-at", now, "updated-at", now, NULL);

  if (!cherish_database_transaction (database_of (self), insert_in_transaction, &w, error))
    {
      g_object_set (customer, "id", (gint64) 0, "created-at", NULL, "updated-at", NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

/**
 * cherish_customer_store_update:
 *
 * Validates and saves the changes to an existing customer.
 *
 * Returns: %TRUE on success; nothing is saved on error
 */
gboolean
cherish_customer_store_update (CherishCustomerStore  *self,
                               CherishCustomer       *customer,
                               GError               **error)
{
  g_autofree char *now = NULL;
  Write w = { self, customer, 0 };

  g_return_val_if_fail (CHERISH_IS_CUSTOMER_STORE (self), FALSE);
  g_return_val_if_fail (CHERISH_IS_CUSTOMER (customer), FALSE);
  g_return_val_if_fail (cherish_customer_get_id (customer) > 0, FALSE);

  if (!validate_customer (self, customer, error))
    return FALSE;

  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  g_object_set (customer, "updated-at", now, NULL);
  w.id = cherish_customer_get_id (customer);

  return cherish_database_transaction (database_of (self), update_in_transaction, &w, error);
}

/**
 * cherish_customer_store_get:
 *
 * Returns: (transfer full) (nullable): the customer, also when deleted
 *   but not yet erased (see the deleted-at property)
 */
CherishCustomer *
cherish_customer_store_get (CherishCustomerStore  *self,
                            gint64                 id,
                            GError               **error)
{
  g_return_val_if_fail (CHERISH_IS_CUSTOMER_STORE (self), NULL);

  return cherish_database_get_by_id (database_of (self),
                                     "SELECT " COLUMNS " FROM customers c WHERE c.id = ?1", id,
                                     cherish_customer_store_row, _("This customer no longer exists."),
                                     error);
}

/**
 * cherish_customer_store_delete:
 *
 * Hides the customer everywhere; cherish_customer_store_undelete() brings
 * them back, cherish_customer_store_purge_deleted() erases them for good.
 */
gboolean
cherish_customer_store_delete (CherishCustomerStore  *self,
                               gint64                 id,
                               GError               **error)
{
  g_return_val_if_fail (CHERISH_IS_CUSTOMER_STORE (self), FALSE);

  return set_deleted (self, id, TRUE, error);
}

gboolean
cherish_customer_store_undelete (CherishCustomerStore  *self,
                                 gint64                 id,
                                 GError               **error)
{
  g_return_val_if_fail (CHERISH_IS_CUSTOMER_STORE (self), FALSE);

  return set_deleted (self, id, FALSE, error);
}
