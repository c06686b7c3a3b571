/* cherish-customer-own-data.h — everything about one customer, for them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

char *cherish_customer_own_data_json (CherishDatabase  *database,
                                      CherishClock     *clock,
                                      gint64            customer_id,
                                      GError          **error);
char *cherish_customer_own_data_text (CherishDatabase  *database,
                                      CherishClock     *clock,
                                      gint64            customer_id,
                                      GError          **error);

G_END_DECLS
