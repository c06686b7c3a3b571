/* cherish-tier.c — a loyalty tier (plain value, no SQL)
 *
 * Its name, the points (or visits) in twelve months it starts at, and
 * how many customers were in it at the last recalculation. Only the tier
 * store makes these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-tier"

#include "config.h"

#include "cherish-tier.h"
#include "cherish-record.h"

struct _CherishTier
{
  GObject   parent_instance;

  gint64   id;
  char     *name;
  gint64   threshold;
  gint64   n_customers;
};

G_DEFINE_FINAL_TYPE (CherishTier, cherish_tier, G_TYPE_OBJECT)

static const CherishField fields[] = {
  CHERISH_FIELD (CherishTier, id, "id", INT64),
  CHERISH_FIELD (CherishTier, name, "name", STRING),
  CHERISH_FIELD (CherishTier, threshold, "threshold", INT64),
  CHERISH_FIELD (CherishTier, n_customers, "n-customers", INT64),
};

CHERISH_RECORD_IMPLEMENT (cherish_tier, CherishTier, fields)

#define GETTER(ret, member) \
  ret cherish_tier_get_##member (CherishTier *self) \
  { \
    g_return_val_if_fail (CHERISH_IS_TIER (self), 0); \
    return self->member; \
  }

GETTER (gint64, id)
GETTER (const char *, name)
GETTER (gint64, threshold)
GETTER (gint64, n_customers)
