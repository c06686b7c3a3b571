/* cherish-points-store.h — loyalty points: the append-only ledger and rewards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-store.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_POINTS_STORE (cherish_points_store_get_type ())

G_DECLARE_FINAL_TYPE (CherishPointsStore, cherish_points_store, CHERISH, POINTS_STORE, CherishStore)

CherishPointsStore *cherish_points_store_new         (CherishDatabase     *database,
                                                      CherishClock        *clock);
gint64              cherish_points_store_add_reward  (CherishPointsStore  *self,
                                                      const char          *name,
                                                      gint64               cost,
                                                      gint64               stock,
                                                      GError             **error);
gint64              cherish_points_store_get_stock   (CherishPointsStore  *self,
                                                      gint64               reward_id,
                                                      GError             **error);
gint64              cherish_points_store_earn        (CherishPointsStore  *self,
                                                      gint64               customer_id,
                                                      gint64               points,
                                                      gint64               visit_id,
                                                      gint64               event_id,
                                                      GError             **error);
gint64              cherish_points_store_redeem      (CherishPointsStore  *self,
                                                      gint64               customer_id,
                                                      gint64               reward_id,
                                                      GError             **error);
gint64              cherish_points_store_adjust      (CherishPointsStore  *self,
                                                      gint64               customer_id,
                                                      gint64               points,
                                                      const char          *reason,
                                                      gint64               staff_id,
                                                      gboolean             may_go_negative,
                                                      GError             **error);
gint64              cherish_points_store_expire      (CherishPointsStore  *self,
                                                      gint64               customer_id,
                                                      gint64               points,
                                                      GError             **error);
gint64              cherish_points_store_reverse     (CherishPointsStore  *self,
                                                      gint64               row_id,
                                                      GError             **error);
gint64              cherish_points_store_get_balance (CherishPointsStore  *self,
                                                      gint64               customer_id,
                                                      GError             **error);
gint64              cherish_points_store_sum         (CherishPointsStore  *self,
                                                      gint64               customer_id,
                                                      GError             **error);
gint64              cherish_points_store_verify      (CherishPointsStore  *self,
                                                      GError             **error);

G_END_DECLS
