/* cherish-tier-move.c — a customer who changed tier (plain value, no SQL)
 *
 * Who, the tier they were in and the one they are in now (%NULL: none),
 * and whether that is up. Only the tier store makes these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-tier-move"

#include "config.h"

#include "cherish-tier-move.h"
#include "cherish-record.h"

struct _CherishTierMove
{
  GObject   parent_instance;

  gint64   customer_id;
  char     *customer_name;
  char     *from_tier;
  char     *to_tier;
  gboolean up;
};

G_DEFINE_FINAL_TYPE (CherishTierMove, cherish_tier_move, G_TYPE_OBJECT)

static const CherishField fields[] = {
  CHERISH_FIELD (CherishTierMove, customer_id, "customer-id", INT64),
  CHERISH_FIELD (CherishTierMove, customer_name, "customer-name", STRING),
  CHERISH_FIELD (CherishTierMove, from_tier, "from-tier", STRING),
  CHERISH_FIELD (CherishTierMove, to_tier, "to-tier", STRING),
  CHERISH_FIELD (CherishTierMove, up, "up", BOOLEAN),
};

CHERISH_RECORD_IMPLEMENT (cherish_tier_move, CherishTierMove, fields)

#define GETTER(ret, member) \
  ret cherish_tier_move_get_##member (CherishTierMove *self) \
  { \
    g_return_val_if_fail (CHERISH_IS_TIER_MOVE (self), 0); \
    return self->member; \
  }

GETTER (gint64, customer_id)
GETTER (const char *, customer_name)
GETTER (const char *, from_tier)
GETTER (const char *, to_tier)
GETTER (gboolean, up)
