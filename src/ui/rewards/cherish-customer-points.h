/* cherish-customer-points.h — a customer's points, tier and ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_CUSTOMER_POINTS (cherish_customer_points_get_type ())

G_DECLARE_FINAL_TYPE (CherishCustomerPoints, cherish_customer_points, CHERISH, CUSTOMER_POINTS,
                      AdwPreferencesGroup)

void       cherish_customer_points_setup        (CherishCustomerPoints *self,
                                                 CherishDatabase       *database,
                                                 CherishClock          *clock);
void       cherish_customer_points_set_customer (CherishCustomerPoints *self,
                                                 gint64                 customer_id);
GtkWidget *cherish_customer_points_redeem       (CherishCustomerPoints *self);
GtkWidget *cherish_customer_points_adjust       (CherishCustomerPoints *self);
GtkWidget *cherish_customer_points_referral     (CherishCustomerPoints *self);

G_END_DECLS
