/* cherish-customer-store-merge.c — one person entered twice, made one
 *
 * Part of CherishCustomerStore. Merging moves everything of the second
 * customer to the first — visits, life events, celebrations, follow-ups,
 * invitations, points (the ledger rows themselves, so the history stays),
 * reminders — fills what the first one's profile lacks and adds the
 * second's likes and notes, then deletes the second (as Delete does: it
 * can be undone, and is erased for good later). Where both have the same
 * thing (both invited to one event, one occasion celebrated twice, a
 * bonus given to each), the first one's stays. All in one transaction;
 * cherish_customer_store_unmerge() puts every moved row back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer-store"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-customer-store-private.h"
#include "cherish-error.h"

struct _CherishMerge
{
  gint64           kept_id;
  gint64           merged_id;
  CherishCustomer *kept_before;   /* the profile as it was */
  GPtrArray       *moved;         /* per table below: GArray of row ids */
};

/* What moves, and the rows of the kept customer it must not clash with. */
static const struct
{
  const char *table;
  const char *clash;
} moves[] = {
  { "visits", NULL },
  { "life_events", NULL },
  { "follow_ups", NULL },
  { "celebrations", "EXISTS (SELECT 1 FROM celebrations k WHERE k.customer_id = ?1 AND k.kind = t.kind "
                    "AND coalesce (k.occasion_date, '') = coalesce (t.occasion_date, '') AND k.number = t.number)" },
  { "invitations", "EXISTS (SELECT 1 FROM invitations k WHERE k.customer_id = ?1 AND k.event_id = t.event_id)" },
  { "points_ledger", "t.bonus IS NOT NULL AND EXISTS (SELECT 1 FROM points_ledger k WHERE k.customer_id = ?1 "
                     "AND k.bonus = t.bonus)" },
  { "reminders_sent", NULL },
};

void
cherish_merge_free (CherishMerge *merge)
{
  if (merge == NULL)
    return;
  g_clear_object (&merge->kept_before);
  g_clear_pointer (&merge->moved, g_ptr_array_unref);
  g_free (merge);
}

gint64
cherish_merge_get_kept_id (CherishMerge *merge)
{
  return merge->kept_id;
}

gint64
cherish_merge_get_merged_id (CherishMerge *merge)
{
  return merge->merged_id;
}

/* Moves @from's rows of one table to @to; the ids moved go in @ids. */
static gboolean
move_rows (CherishCustomerStore  *self,
           guint                  m,
           gint64                 to,
           gint64                 from,
           GArray                *ids,
           GError               **error)
{
  const char *key = g_str_equal (moves[m].table, "reminders_sent") ? "key" : "id";
  g_autofree char *sql = NULL;
  g_autoptr(CherishStmt) stmt = NULL;
  int rc;

  /* reminders_sent is keyed by text: it is moved but not put back. */
  sql = g_strdup_printf ("UPDATE %s AS t SET customer_id = ?1 WHERE t.customer_id = ?2 AND NOT (%s) RETURNING %s",
                         moves[m].table, moves[m].clash != NULL ? moves[m].clash : "FALSE",
                         g_str_equal (key, "key") ? "0" : "id");
  stmt = cherish_database_prepare (database_of (self), sql, error);
  if (stmt == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (stmt, 1, to);
  cherish_stmt_bind_int64 (stmt, 2, from);
  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    {
      gint64 id = cherish_stmt_column_int64 (stmt, 0);

      if (id != 0)
        g_array_append_val (ids, id);
    }
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (database_of (self), rc, error);
      return FALSE;
    }
  cherish_database_emit_changed (database_of (self), moves[m].table);
  return TRUE;
}

/* Puts rows back on @to, by id. */
static gboolean
move_back (CherishCustomerStore  *self,
           guint                  m,
           gint64                 to,
           GArray                *ids,
           GError               **error)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET customer_id = ?1 WHERE id = ?2", moves[m].table);
  g_autoptr(CherishStmt) stmt = cherish_database_prepare (database_of (self), sql, error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      cherish_stmt_bind_int64 (stmt, 1, to);
      cherish_stmt_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      if (!cherish_database_step_done (database_of (self), stmt, error))
        return FALSE;
      cherish_stmt_reset (stmt);
    }
  cherish_database_emit_changed (database_of (self), moves[m].table);
  return TRUE;
}

/* The cached balances of both, from their rows (tiers follow at the next
 * recalculation). */
static gboolean
rebalance (CherishCustomerStore  *self,
           gint64                 a,
           gint64                 b,
           GError               **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  stmt = cherish_database_prepare (database_of (self),
                                   "INSERT INTO points_balances (customer_id, balance) "
                                   "SELECT c.id, (SELECT coalesce (sum (points), 0) FROM points_ledger l "
                                   "              WHERE l.customer_id = c.id) "
                                   "FROM customers c WHERE c.id IN (?1, ?2) "
                                   "ON CONFLICT (customer_id) DO UPDATE SET balance = excluded.balance", error);
  if (stmt == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (stmt, 1, a);
  cherish_stmt_bind_int64 (stmt, 2, b);
  if (!cherish_database_step_done (database_of (self), stmt, error))
    return FALSE;
  cherish_database_emit_changed (database_of (self), "points_ledger");
  return TRUE;
}

/* The kept profile, completed by the other's. */
static CherishCustomer *
merged_profile (CherishCustomer *kept,
                CherishCustomer *other)
{
  CherishCustomer *merged = cherish_customer_copy (kept);

  cherish_customer_complete (merged, other);
  if (cherish_customer_get_photo_consent (other))
    g_object_set (merged, "photo-consent", TRUE, NULL);
  if (!cherish_customer_get_is_prospect (other))
    g_object_set (merged, "is-prospect", FALSE, NULL);
  return merged;
}

typedef struct
{
  CherishCustomerStore *self;
  CherishMerge         *merge;
} MergeRun;

static gboolean
merge_in_transaction (gpointer   user_data,
                      GError   **error)
{
  MergeRun *run = user_data;
  CherishMerge *merge = run->merge;
  g_autoptr(CherishCustomer) other = cherish_customer_store_get (run->self, merge->merged_id, error);
  g_autoptr(CherishCustomer) merged = NULL;

  if (other == NULL)
    return FALSE;
  for (guint m = 0; m < G_N_ELEMENTS (moves); m++)
    if (!move_rows (run->self, m, merge->kept_id, merge->merged_id, merge->moved->pdata[m], error))
      return FALSE;
  merged = merged_profile (merge->kept_before, other);
  return rebalance (run->self, merge->kept_id, merge->merged_id, error) &&
         cherish_customer_store_update (run->self, merged, error) &&
         cherish_customer_store_delete (run->self, merge->merged_id, error);
}

/**
 * cherish_customer_store_merge:
 * @kept_id: the customer who stays
 * @merged_id: the same person entered again, who goes
 *
 * Returns: (transfer full) (nullable): what was done, to undo it with
 *   cherish_customer_store_unmerge(); %NULL with @error set (then nothing
 *   was changed)
 */
CherishMerge *
cherish_customer_store_merge (CherishCustomerStore  *self,
                              gint64                 kept_id,
                              gint64                 merged_id,
                              GError               **error)
{
  g_autoptr(CherishMerge) merge = g_new0 (CherishMerge, 1);
  MergeRun run = { self, merge };

  g_return_val_if_fail (CHERISH_IS_CUSTOMER_STORE (self), NULL);

  if (kept_id == merged_id)
    {
      cherish_set_invalid (error, "merged-id", _("Merge: choose another customer, not the same one."));
      return NULL;
    }
  merge->kept_id = kept_id;
  merge->merged_id = merged_id;
  merge->moved = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint m = 0; m < G_N_ELEMENTS (moves); m++)
    g_ptr_array_add (merge->moved, g_array_new (FALSE, FALSE, sizeof (gint64)));
  merge->kept_before = cherish_customer_store_get (self, kept_id, error);
  if (merge->kept_before == NULL ||
      !cherish_database_transaction (database_of (self), merge_in_transaction, &run, error))
    return NULL;
  cherish_store_changed (CHERISH_STORE (self));
  return g_steal_pointer (&merge);
}

static gboolean
unmerge_in_transaction (gpointer   user_data,
                        GError   **error)
{
  MergeRun *run = user_data;
  CherishMerge *merge = run->merge;
  g_autoptr(CherishCustomer) kept = NULL;

  if (!cherish_customer_store_undelete (run->self, merge->merged_id, error))
    return FALSE;
  for (guint m = 0; m < G_N_ELEMENTS (moves); m++)
    if (!g_str_equal (moves[m].table, "reminders_sent") &&
        !move_back (run->self, m, merge->merged_id, merge->moved->pdata[m], error))
      return FALSE;
  kept = cherish_customer_copy (merge->kept_before);
  return rebalance (run->self, merge->kept_id, merge->merged_id, error) &&
         cherish_customer_store_update (run->self, kept, error);
}

/**
 * cherish_customer_store_unmerge:
 *
 * Undoes @merge: the second customer is back with everything that was
 * moved, and the first one's profile as it was.
 */
gboolean
cherish_customer_store_unmerge (CherishCustomerStore  *self,
                                CherishMerge          *merge,
                                GError               **error)
{
  MergeRun run = { self, merge };

  g_return_val_if_fail (CHERISH_IS_CUSTOMER_STORE (self), FALSE);

  if (!cherish_database_transaction (database_of (self), unmerge_in_transaction, &run, error))
    return FALSE;
  cherish_store_changed (CHERISH_STORE (self));
  return TRUE;
}
