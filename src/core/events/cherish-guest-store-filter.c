/* cherish-guest-store-filter.c — adding many guests at once, by a filter
 *
 * The top customers by visits or by spend, those celebrating this month
 * (a birthday or a life event), those not seen for a while, those whose
 * likes say a word, prospects: counted first (only those not on the list
 * yet), then added in one INSERT … SELECT, each once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-guest-store"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-date.h"
#include "cherish-error.h"
#include "cherish-guest-store-private.h"
#include "cherish-store-private.h"
#include "cherish-text.h"

static CherishDatabase *
database_of (CherishGuestStore *self)
{
  return cherish_store_get_database (CHERISH_STORE (self));
}

/* The filters whose SQL differs between the engines. */
static const CherishDialectSql top_spend = {
  "SELECT s.customer_id AS id FROM customer_spend s "
  "JOIN customers c INDEXED BY customers_by_id ON c.id = s.customer_id "
  "WHERE c.deleted_at IS NULL AND s.currency = ?3 "
  "ORDER BY s.total_minor DESC, s.customer_id LIMIT ?2",
  "SELECT s.customer_id AS id FROM customer_spend s "
  "JOIN customers c ON c.id = s.customer_id "
  "WHERE c.deleted_at IS NULL AND s.currency = ?3 "
  "ORDER BY s.total_minor DESC, s.customer_id LIMIT ?2",
};
/* Each part through its own index (month-day, yearly month-day, date). */
static const CherishDialectSql celebrating = {
  "SELECT id FROM customers WHERE deleted_at IS NULL "
  "AND birthday_md BETWEEN ?4 || '-01' AND ?4 || '-31' "
  "UNION SELECT e.customer_id FROM life_events e JOIN customers c ON c.id = e.customer_id "
  "WHERE c.deleted_at IS NULL AND e.yearly = 1 "
  "AND substr (e.date, -5) BETWEEN ?4 || '-01' AND ?4 || '-31' "
  "UNION SELECT e.customer_id FROM life_events e JOIN customers c ON c.id = e.customer_id "
  "WHERE c.deleted_at IS NULL AND e.yearly = 0 AND e.date BETWEEN ?5 AND ?6",
  "SELECT id FROM customers WHERE deleted_at IS NULL "
  "AND birthday_md BETWEEN ?4::text || '-01' AND ?4::text || '-31' "
  "UNION SELECT e.customer_id FROM life_events e JOIN customers c ON c.id = e.customer_id "
  "WHERE c.deleted_at IS NULL AND e.yearly = 1 "
  "AND right (e.date, 5) BETWEEN ?4::text || '-01' AND ?4::text || '-31' "
  "UNION SELECT e.customer_id FROM life_events e JOIN customers c ON c.id = e.customer_id "
  "WHERE c.deleted_at IS NULL AND e.yearly = 0 AND e.date BETWEEN ?5 AND ?6",
};
/* Words that start a word of their likes, folded as the search is. The
 * search index holds exactly the customers not deleted. */
static const CherishDialectSql liking = {
  "SELECT rowid AS id FROM customer_search WHERE customer_search MATCH ?3",
  "SELECT rowid AS id FROM customer_search WHERE liked @@ to_tsquery ('simple', ?3)",
};

/* The customers a filter picks; binds: ?1 event, ?2 limit, ?3 text,
 * ?4 this month "MM", ?5 first and ?6 last day of the month, ?7 cutoff. */
static const char *
filter_select (CherishDatabase        *db,
               CherishGuestFilterKind  kind)
{
  switch (kind)
    {
    case CHERISH_GUEST_FILTER_TOP_VISITS:
      return "SELECT id FROM customers WHERE deleted_at IS NULL AND is_prospect = 0 "
             "AND visit_count > 0 ORDER BY visit_count DESC, id LIMIT ?2";
    case CHERISH_GUEST_FILTER_TOP_SPEND:
      return cherish_database_sql (db, top_spend);
    case CHERISH_GUEST_FILTER_CELEBRATING:
      return cherish_database_sql (db, celebrating);
    case CHERISH_GUEST_FILTER_NOT_SEEN:
      return "SELECT id FROM customers WHERE deleted_at IS NULL AND is_prospect = 0 "
             "AND last_visit_at < ?7";
    case CHERISH_GUEST_FILTER_LIKES:
      return cherish_database_sql (db, liking);
    case CHERISH_GUEST_FILTER_TIER:
      return "SELECT ct.customer_id AS id FROM customer_tiers ct JOIN tiers t ON t.id = ct.tier_id "
             "JOIN customers c ON c.id = ct.customer_id WHERE c.deleted_at IS NULL "
             "AND t.threshold >= (SELECT threshold FROM tiers WHERE name = ?3)";
    case CHERISH_GUEST_FILTER_PROSPECTS:
    default:
      return "SELECT id FROM customers WHERE deleted_at IS NULL AND is_prospect = 1";
    }
}

static gboolean
bind_filter (CherishGuestStore         *self,
             CherishStmt               *stmt,
             gint64                     event_id,
             const CherishGuestFilter  *filter,
             GError                   **error)
{
  CherishClock *clock = cherish_store_get_clock (CHERISH_STORE (self));
  g_autoptr(GDateTime) now = cherish_clock_get_now (clock);
  g_autoptr(GDateTime) cutoff = g_date_time_add_days (now, -CHERISH_NOT_SEEN_DAYS);
  g_autofree char *cutoff_text = cherish_timestamp_format (cutoff);
  g_autofree char *month = NULL, *first = NULL, *last = NULL;
  g_autofree char *text = cherish_text_normalize (filter->text);
  GDate today;

  if ((filter->kind == CHERISH_GUEST_FILTER_LIKES || filter->kind == CHERISH_GUEST_FILTER_TOP_SPEND ||
       filter->kind == CHERISH_GUEST_FILTER_TIER) && text == NULL)
    {
      cherish_set_invalid (error, "filter-text", filter->kind == CHERISH_GUEST_FILTER_LIKES
                                                 ? _("Likes: say what they like.")
                                                 : filter->kind == CHERISH_GUEST_FILTER_TIER
                                                 ? _("Tier: say which.")
                                                 : _("Currency: say which."));
      return FALSE;
    }
  cherish_clock_get_today (clock, &today);
  month = g_strdup_printf ("%02d", g_date_get_month (&today));
  first = g_strdup_printf ("%04d-%02d-01", g_date_get_year (&today), g_date_get_month (&today));
  last = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&today), g_date_get_month (&today),
                          g_date_get_days_in_month (g_date_get_month (&today),
                                                    g_date_get_year (&today)));
  cherish_stmt_bind_int64 (stmt, 1, event_id);
  cherish_stmt_bind_int64 (stmt, 2, filter->limit > 0 ? filter->limit : 50);
  if (filter->kind == CHERISH_GUEST_FILTER_LIKES)
    {
      CherishDialect dialect = cherish_database_get_dialect (database_of (self));
      g_autofree char *match = cherish_text_fts_query_likes (text, (CherishSearchSyntax) dialect);

      /* Nothing to look for: a query that finds no one. */
      if (match == NULL)
        match = g_strdup (dialect == CHERISH_DIALECT_SQLITE ? "likes : \"\"" : "'':*C");
      cherish_bind_text (stmt, 3, match);
    }
  else
    cherish_bind_text (stmt, 3, text);
  cherish_bind_text (stmt, 4, month);
  cherish_bind_text (stmt, 5, first);
  cherish_bind_text (stmt, 6, last);
  cherish_bind_text (stmt, 7, cutoff_text);
  return TRUE;
}

/**
 * cherish_guest_store_count_matching:
 *
 * Returns: how many customers @filter would add (those not on the list
 *   yet), or -1 with @error set
 */
gint64
cherish_guest_store_count_matching (CherishGuestStore         *self,
                                    gint64                     event_id,
                                    const CherishGuestFilter  *filter,
                                    GError                   **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_GUEST_STORE (self), -1);

  sql = g_strdup_printf ("SELECT count (*) FROM (%s) AS picked WHERE picked.id NOT IN "
                         "(SELECT customer_id FROM invitations WHERE event_id = ?1)",
                         filter_select (database_of (self), filter->kind));
  stmt = cherish_database_prepare (database_of (self), sql, error);
  if (stmt == NULL || !bind_filter (self, stmt, event_id, filter, error))
    return -1;
  return cherish_database_count (database_of (self), stmt, error);
}

typedef struct
{
  CherishGuestStore        *self;
  gint64                    event_id;
  const CherishGuestFilter *filter;
  gint64                    count;
} Matching;

static gboolean
invite_matching (gpointer   user_data,
                 GError   **error)
{
  Matching *change = user_data;
  CherishGuestStore *self = change->self;
  g_autofree char *sql = NULL;
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now = cherish_store_now_timestamp (CHERISH_STORE (self));

  if (!cherish_guest_store_check_event_open (self, change->event_id, error))
    return FALSE;
  sql = g_strdup_printf ("INSERT INTO invitations (event_id, customer_id, created_at, updated_at) "
                         "SELECT ?1, picked.id, ?8, ?8 FROM (%s) AS picked WHERE true "
                         "ON CONFLICT DO NOTHING", filter_select (database_of (change->self), change->filter->kind));
  stmt = cherish_database_prepare (database_of (self), sql, error);
  if (stmt == NULL || !bind_filter (self, stmt, change->event_id, change->filter, error))
    return FALSE;
  cherish_bind_text (stmt, 8, now);
  if (!cherish_database_step_done (database_of (self), stmt, error))
    return FALSE;
  change->count = cherish_database_changes (database_of (self));
  if (change->count > 0)
    cherish_store_changed (CHERISH_STORE (self));
  return TRUE;
}

/**
 * cherish_guest_store_invite_matching:
 *
 * Adds every customer @filter picks who is not on the list yet; all or
 * none.
 *
 * Returns: how many were added, or -1 with @error set
 */
gint64
cherish_guest_store_invite_matching (CherishGuestStore         *self,
                                     gint64                     event_id,
                                     const CherishGuestFilter  *filter,
                                     GError                   **error)
{
  Matching change = { self, event_id, filter, 0 };

  g_return_val_if_fail (CHERISH_IS_GUEST_STORE (self), -1);

  if (!cherish_database_transaction (database_of (self), invite_matching, &change, error))
    return -1;
  return change.count;
}

