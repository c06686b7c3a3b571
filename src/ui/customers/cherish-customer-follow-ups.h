/* cherish-customer-follow-ups.h — a customer's follow-ups and reminder lead time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_CUSTOMER_FOLLOW_UPS (cherish_customer_follow_ups_get_type ())

G_DECLARE_FINAL_TYPE (CherishCustomerFollowUps, cherish_customer_follow_ups, CHERISH,
                      CUSTOMER_FOLLOW_UPS, AdwPreferencesGroup)

void cherish_customer_follow_ups_setup        (CherishCustomerFollowUps *self,
                                               CherishDatabase          *database,
                                               CherishClock             *clock);
void cherish_customer_follow_ups_set_customer (CherishCustomerFollowUps *self,
                                               gint64                    customer_id);

G_END_DECLS
