/* cherish-tier-store.h — loyalty tiers and who is in which
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-store.h"
#include "cherish-tier.h"
#include "cherish-tier-move.h"

G_BEGIN_DECLS

/* What a tier's threshold counts, over the last 12 months. */
typedef enum
{
  CHERISH_TIER_BASIS_POINTS,
  CHERISH_TIER_BASIS_VISITS,
} CherishTierBasis;

#define CHERISH_TYPE_TIER_STORE (cherish_tier_store_get_type ())

G_DECLARE_FINAL_TYPE (CherishTierStore, cherish_tier_store, CHERISH, TIER_STORE, CherishStore)

CherishTierStore *cherish_tier_store_new         (CherishDatabase   *database,
                                                  CherishClock      *clock);
gint64            cherish_tier_store_add         (CherishTierStore  *self,
                                                  const char        *name,
                                                  gint64             threshold,
                                                  GError           **error);
gboolean          cherish_tier_store_update      (CherishTierStore  *self,
                                                  gint64             id,
                                                  const char        *name,
                                                  gint64             threshold,
                                                  GError           **error);
gboolean          cherish_tier_store_remove      (CherishTierStore  *self,
                                                  gint64             id,
                                                  GError           **error);
GPtrArray        *cherish_tier_store_list        (CherishTierStore  *self,
                                                  GError           **error);
CherishTierBasis  cherish_tier_store_get_basis   (CherishTierStore  *self);
gboolean          cherish_tier_store_set_basis   (CherishTierStore  *self,
                                                  CherishTierBasis   basis,
                                                  GError           **error);
char             *cherish_tier_store_tier_of     (CherishTierStore  *self,
                                                  gint64             customer_id,
                                                  gint64            *measure,
                                                  GError           **error);
GPtrArray        *cherish_tier_store_recalculate (CherishTierStore  *self,
                                                  GError           **error);

G_END_DECLS
