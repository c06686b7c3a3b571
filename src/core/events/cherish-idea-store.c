/* cherish-idea-store.c — the staff idea board
 *
 * Staff who see customers every day suggest ways to show appreciation:
 * a title, what it is, a rough cost and the occasions it fits. The others
 * vote, once each and not for their own idea; the manager approves or
 * declines (a decline says why). Approved ideas are offered when a
 * celebration is planned, those fitting the occasion first, and each
 * celebration that used one counts, so the board shows what worked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-idea-store"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-error.h"
#include "cherish-idea-store.h"
#include "cherish-money.h"
#include "cherish-store-private.h"
#include "cherish-text.h"

struct _CherishIdeaStore
{
  CherishStore parent_instance;
};

G_DEFINE_FINAL_TYPE (CherishIdeaStore, cherish_idea_store, CHERISH_TYPE_STORE)

static const char * const known_kinds[] = {
  "birthday", "life-event", "tenure", "nth-visit", "shop-milestone", "event",
};

/* How many celebrations used an idea. */
#define USED "(SELECT count (*) FROM celebrations c WHERE c.idea_id = i.id)"

#define SELECT_IDEAS \
  "SELECT i.id, i.title, i.description, coalesce (i.cost_minor, -1), i.currency, i.kinds, " \
  "  coalesce (i.staff_id, 0), s.name, i.status, i.comment, " \
  "  (SELECT count (*) FROM idea_votes v WHERE v.idea_id = i.id), " \
  "  " USED " AS used " \
  "FROM ideas i LEFT JOIN staff s ON s.id = i.staff_id "

static CherishDatabase *
database_of (CherishIdeaStore *self)
{
  return cherish_store_get_database (CHERISH_STORE (self));
}

static void
cherish_idea_store_class_init (CherishIdeaStoreClass *klass)
{
  CHERISH_STORE_CLASS (klass)->table = "ideas";
}

static void
cherish_idea_store_init (CherishIdeaStore *self)
{
}

CherishIdeaStore *
cherish_idea_store_new (CherishDatabase *database,
                        CherishClock    *clock)
{
  return g_object_new (CHERISH_TYPE_IDEA_STORE, "database", database, "clock", clock, NULL);
}

static gpointer
idea_from_row (CherishStmt *stmt)
{
  return g_object_new (CHERISH_TYPE_IDEA,
                       "id", (gint64) cherish_stmt_column_int64 (stmt, 0),
                       "title", cherish_column_text (stmt, 1),
                       "description", cherish_column_text (stmt, 2),
                       "cost-minor", (gint64) cherish_stmt_column_int64 (stmt, 3),
                       "currency", cherish_column_text (stmt, 4),
                       "kinds", cherish_column_text (stmt, 5),
                       "staff-id", (gint64) cherish_stmt_column_int64 (stmt, 6),
                       "staff-name", cherish_column_text (stmt, 7),
                       "status", cherish_column_text (stmt, 8),
                       "comment", cherish_column_text (stmt, 9),
                       "votes", (gint64) cherish_stmt_column_int64 (stmt, 10),
                       "used", (gint64) cherish_stmt_column_int64 (stmt, 11),
                       NULL);
}

static gboolean
check_staff (CherishIdeaStore  *self,
             gint64             staff_id,
             const char        *field,
             GError           **error)
{
  if (cherish_database_int_by_id (database_of (self), "SELECT 1 FROM staff WHERE id = ?1 AND active = 1",
                                  staff_id, 0, error) == 1)
    return TRUE;
  if (error == NULL || *error == NULL)
    cherish_set_invalid (error, field, _("Staff: choose who it is."));
  return FALSE;
}

/* The kinds as stored, one per line; %NULL with @error for an unknown one. */
static char *
join_kinds (const char * const  *kinds,
            GError             **error)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (gsize i = 0; kinds != NULL && kinds[i] != NULL; i++)
    {
      if (!g_strv_contains (known_kinds, kinds[i]))
        {
          cherish_set_invalid (error, "kinds", _("Occasions: “%s” is not a kind of occasion."), kinds[i]);
          return NULL;
        }
      g_string_append_printf (joined, "%s%s", joined->len > 0 ? "\n" : "", kinds[i]);
    }
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/**
 * cherish_idea_store_suggest:
 * @cost_minor: a rough cost in minor units, or -1 when not said
 * @currency: (nullable): the cost's currency
 * @kinds: (nullable) (array zero-terminated=1): the occasion kinds it fits
 * @staff_id: who suggests it
 *
 * Returns: the new idea's id, or 0 with @error set
 */
gint64
cherish_idea_store_suggest (CherishIdeaStore    *self,
                            const char          *title,
                            const char          *description,
                            gint64               cost_minor,
                            const char          *currency,
                            const char * const  *kinds,
                            gint64               staff_id,
                            GError             **error)
{
  g_autofree char *clean_title = cherish_text_normalize (title);
  g_autofree char *clean_description = cherish_text_normalize (description);
  g_autofree char *joined = NULL;
  g_autofree char *now = NULL;
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_IDEA_STORE (self), 0);

  if (clean_title == NULL)
    {
      cherish_set_invalid (error, "title", _("Idea: say what it is in a few words."));
      return 0;
    }
  if (cost_minor >= 0 && !cherish_money_check (cost_minor, currency, "cost", _("Cost"), error))
    return 0;
  if ((joined = join_kinds (kinds, error)) == NULL || !check_staff (self, staff_id, "staff", error))
    return 0;
  stmt = cherish_database_prepare (database_of (self),
                                   "INSERT INTO ideas (title, description, cost_minor, currency, kinds, "
                                   "  staff_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return 0;
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_bind_text (stmt, 1, clean_title);
  cherish_bind_text (stmt, 2, clean_description != NULL ? clean_description : "");
  if (cost_minor >= 0)
    cherish_stmt_bind_int64 (stmt, 3, cost_minor);
  cherish_bind_text (stmt, 4, cost_minor >= 0 ? currency : NULL);
  cherish_bind_text (stmt, 5, joined);
  cherish_stmt_bind_int64 (stmt, 6, staff_id);
  cherish_bind_text (stmt, 7, now);
  if (!cherish_database_step_done (database_of (self), stmt, error))
    return 0;
  cherish_store_changed (CHERISH_STORE (self));
  return cherish_database_last_insert_id (database_of (self));
}

/**
 * cherish_idea_store_get:
 *
 * Returns: (transfer full): the idea, or %NULL with @error set
 */
CherishIdea *
cherish_idea_store_get (CherishIdeaStore  *self,
                        gint64             idea_id,
                        GError           **error)
{
  g_return_val_if_fail (CHERISH_IS_IDEA_STORE (self), NULL);

  return cherish_database_get_by_id (database_of (self), SELECT_IDEAS "WHERE i.id = ?1", idea_id,
                                     idea_from_row, _("This idea no longer exists."), error);
}

/**
 * cherish_idea_store_vote:
 * @staff_id: who votes
 *
 * One vote per staff member per idea, not for their own idea, and not for
 * a declined one.
 */
gboolean
cherish_idea_store_vote (CherishIdeaStore  *self,
                         gint64             idea_id,
                         gint64             staff_id,
                         GError           **error)
{
  g_autoptr(CherishIdea) idea = NULL;
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now = NULL;
  int rc;

  g_return_val_if_fail (CHERISH_IS_IDEA_STORE (self), FALSE);

  if ((idea = cherish_idea_store_get (self, idea_id, error)) == NULL ||
      !check_staff (self, staff_id, "voter", error))
    return FALSE;
  if (cherish_idea_get_staff_id (idea) == staff_id)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           _("Nobody votes for their own idea."));
      return FALSE;
    }
  if (g_strcmp0 (cherish_idea_get_status (idea), "declined") == 0)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           _("This idea was declined; it takes no more votes."));
      return FALSE;
    }
  stmt = cherish_database_prepare (database_of (self),
                                   "INSERT INTO idea_votes (idea_id, staff_id, at) VALUES (?1, ?2, ?3)",
                                   error);
  if (stmt == NULL)
    return FALSE;
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_stmt_bind_int64 (stmt, 1, idea_id);
  cherish_stmt_bind_int64 (stmt, 2, staff_id);
  cherish_bind_text (stmt, 3, now);
  rc = cherish_stmt_step (stmt);
  cherish_stmt_reset (stmt);
  if (rc == CHERISH_CONSTRAINT_PRIMARYKEY)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           _("This staff member already voted for this idea."));
      return FALSE;
    }
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (database_of (self), rc, error);
      return FALSE;
    }
  cherish_store_changed (CHERISH_STORE (self));
  return TRUE;
}

/**
 * cherish_idea_store_decide:
 * @approve: approve, or decline
 * @comment: (nullable): the manager's word; required to decline
 *
 * The manager may change their mind later; the last decision stands.
 */
gboolean
cherish_idea_store_decide (CherishIdeaStore  *self,
                           gint64             idea_id,
                           gboolean           approve,
                           const char        *comment,
                           GError           **error)
{
  g_autofree char *clean = cherish_text_normalize (comment);
  g_autofree char *now = NULL;
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_IDEA_STORE (self), FALSE);

  if (!approve && clean == NULL)
    {
      cherish_set_invalid (error, "comment", _("Comment: say why the idea is declined."));
      return FALSE;
    }
  stmt = cherish_database_prepare (database_of (self),
                                   "UPDATE ideas SET status = ?2, comment = ?3, decided_at = ?4 "
                                   "WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_stmt_bind_int64 (stmt, 1, idea_id);
  cherish_bind_text (stmt, 2, approve ? "approved" : "declined");
  cherish_bind_text (stmt, 3, clean != NULL ? clean : "");
  cherish_bind_text (stmt, 4, now);
  return cherish_store_step_update (CHERISH_STORE (self), stmt, _("This idea no longer exists."), error);
}

/**
 * cherish_idea_store_list:
 * @status: (nullable): "new", "approved", "declined", "used" (approved and
 *   used at least once), or %NULL for all
 *
 * Returns: (transfer container) (element-type CherishIdea): the ideas,
 *   most votes first, or %NULL with @error set
 */
GPtrArray *
cherish_idea_store_list (CherishIdeaStore  *self,
                         const char        *status,
                         GError           **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_IDEA_STORE (self), NULL);

  stmt = cherish_database_prepare (database_of (self),
                                   SELECT_IDEAS
                                   "WHERE CAST (?1 AS TEXT) IS NULL OR (?1 = 'used' AND " USED " > 0) "
                                   "  OR (i.status = ?1 AND (?1 <> 'approved' OR " USED " = 0)) "
                                   "ORDER BY 11 DESC, 12 DESC, i.title", error);
  if (stmt == NULL)
    return NULL;
  cherish_bind_text (stmt, 1, status);
  return cherish_database_collect (database_of (self), stmt, idea_from_row, error);
}

/**
 * cherish_idea_store_list_for_occasion:
 * @kind: (nullable): the occasion's kind ("birthday", "event"…)
 *
 * Returns: (transfer container) (element-type CherishIdea): the approved
 *   ideas, those that fit @kind first, then by votes; %NULL with @error set
 */
GPtrArray *
cherish_idea_store_list_for_occasion (CherishIdeaStore  *self,
                                      const char        *kind,
                                      GError           **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_IDEA_STORE (self), NULL);

  stmt = cherish_database_prepare (database_of (self),
                                   SELECT_IDEAS
                                   "WHERE i.status = 'approved' "
                                   "ORDER BY instr ('\n' || i.kinds || '\n', "
                                   "  '\n' || CAST (?1 AS TEXT) || '\n') = 0, 11 DESC, i.title", error);
  if (stmt == NULL)
    return NULL;
  cherish_bind_text (stmt, 1, kind != NULL ? kind : "");
  return cherish_database_collect (database_of (self), stmt, idea_from_row, error);
}
