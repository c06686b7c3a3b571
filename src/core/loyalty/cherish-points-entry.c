/* cherish-points-entry.c — one row of a customer's points ledger (plain value, no SQL)
 *
 * What kind of movement it was ("earned", "redeemed", "expired",
 * "adjusted", "reversed"), the points, when, why (the reason, the reward
 * bought, the bonus), and whether a later row reversed it. Only the points
 * store makes these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-points-entry"

#include "config.h"

#include "cherish-points-entry.h"
#include "cherish-record.h"

struct _CherishPointsEntry
{
  GObject  parent_instance;

  gint64   id;
  char     *kind;
  gint64   points;
  char     *at;
  char     *reason;
  char     *reward_name;
  char     *bonus;
  gint64   visit_id;
  gboolean reversed;
};

G_DEFINE_FINAL_TYPE (CherishPointsEntry, cherish_points_entry, G_TYPE_OBJECT)

static const CherishField fields[] = {
  CHERISH_FIELD (CherishPointsEntry, id, "id", INT64),
  CHERISH_FIELD (CherishPointsEntry, kind, "kind", STRING),
  CHERISH_FIELD (CherishPointsEntry, points, "points", INT64),
  CHERISH_FIELD (CherishPointsEntry, at, "at", STRING),
  CHERISH_FIELD (CherishPointsEntry, reason, "reason", STRING),
  CHERISH_FIELD (CherishPointsEntry, reward_name, "reward-name", STRING),
  CHERISH_FIELD (CherishPointsEntry, bonus, "bonus", STRING),
  CHERISH_FIELD (CherishPointsEntry, visit_id, "visit-id", INT64),
  CHERISH_FIELD (CherishPointsEntry, reversed, "reversed", BOOLEAN),
};

CHERISH_RECORD_IMPLEMENT (cherish_points_entry, CherishPointsEntry, fields)

#define GETTER(ret, member) \
  ret cherish_points_entry_get_##member (CherishPointsEntry *self) \
  { \
    g_return_val_if_fail (CHERISH_IS_POINTS_ENTRY (self), 0); \
    return self->member; \
  }

GETTER (gint64, id)
GETTER (const char *, kind)
GETTER (gint64, points)
GETTER (const char *, at)
GETTER (const char *, reason)
GETTER (const char *, reward_name)
GETTER (const char *, bonus)
GETTER (gint64, visit_id)
GETTER (gboolean, reversed)
