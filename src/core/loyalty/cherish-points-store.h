/* cherish-points-store.h — loyalty points: the append-only ledger and rewards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-store.h"

G_BEGIN_DECLS

/**
 * CherishPointsRules:
 * @starts_on: "YYYY-MM-DD": the rules apply to visits from that day on
 * @per_visit: points for each visit or purchase
 * @per_amount: points for each @amount_unit minor units spent in @currency
 *   (rounded down: 1 point per 10,000 IRR gives 1 point for 19,999 IRR)
 * @birthday_bonus: once a year, with the first visit in the seven days
 *   around the birthday (three before, three after)
 * @event_bonus: for coming to an event (at check-in), once per event
 * @referral_bonus: for bringing a friend who becomes a customer, once per
 *   friend
 */
typedef struct
{
  char    starts_on[11];
  gint64  per_visit;
  gint64  per_amount;
  gint64  amount_unit;
  char    currency[4];
  gint64  birthday_bonus;
  gint64  event_bonus;
  gint64  referral_bonus;
} CherishPointsRules;

gint64 cherish_points_for_amount (gint64 amount_minor,
                                  gint64 per_amount,
                                  gint64 amount_unit);

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
gboolean            cherish_points_store_set_rules   (CherishPointsStore        *self,
                                                      const CherishPointsRules  *rules,
                                                      GError                   **error);
gboolean            cherish_points_store_get_rules   (CherishPointsStore        *self,
                                                      const char                *day,
                                                      CherishPointsRules        *rules,
                                                      GError                   **error);
gint64              cherish_points_store_earn_for_visit (CherishPointsStore     *self,
                                                      gint64                     visit_id,
                                                      GError                   **error);
gint64              cherish_points_store_earn_for_event (CherishPointsStore     *self,
                                                      gint64                     customer_id,
                                                      gint64                     event_id,
                                                      GError                   **error);
gint64              cherish_points_store_earn_for_referral (CherishPointsStore  *self,
                                                      gint64                     customer_id,
                                                      gint64                     friend_id,
                                                      GError                   **error);
int                 cherish_points_store_get_expiry_months (CherishPointsStore  *self);
gboolean            cherish_points_store_set_expiry_months (CherishPointsStore  *self,
                                                      int                        months,
                                                      GError                   **error);
gint64              cherish_points_store_expire_due  (CherishPointsStore  *self,
                                                      GError             **error);
gint64              cherish_points_store_verify      (CherishPointsStore  *self,
                                                      GError             **error);
GPtrArray          *cherish_points_store_list_rewards (CherishPointsStore *self,
                                                      gboolean             active_only,
                                                      GError             **error);
gboolean            cherish_points_store_set_reward_active (CherishPointsStore *self,
                                                      gint64               reward_id,
                                                      gboolean             active,
                                                      GError             **error);
GPtrArray          *cherish_points_store_list_entries (CherishPointsStore *self,
                                                      gint64               customer_id,
                                                      guint                limit,
                                                      GError             **error);

G_END_DECLS
