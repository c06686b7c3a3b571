/* cherish-tier.h — a loyalty tier (plain value, no SQL)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CHERISH_TYPE_TIER (cherish_tier_get_type ())

G_DECLARE_FINAL_TYPE (CherishTier, cherish_tier, CHERISH, TIER, GObject)

CherishTier *cherish_tier_copy            (CherishTier *self);
gint64       cherish_tier_get_id          (CherishTier *self);
const char  *cherish_tier_get_name        (CherishTier *self);
gint64       cherish_tier_get_threshold   (CherishTier *self);
gint64       cherish_tier_get_n_customers (CherishTier *self);

G_END_DECLS
