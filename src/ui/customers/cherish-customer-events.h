/* cherish-customer-events.h — the events a customer was invited to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_CUSTOMER_EVENTS (cherish_customer_events_get_type ())

G_DECLARE_FINAL_TYPE (CherishCustomerEvents, cherish_customer_events, CHERISH, CUSTOMER_EVENTS,
                      AdwPreferencesGroup)

void cherish_customer_events_setup        (CherishCustomerEvents *self,
                                           CherishDatabase       *database,
                                           CherishClock          *clock);
void cherish_customer_events_set_customer (CherishCustomerEvents *self,
                                           gint64                 customer_id);

G_END_DECLS
