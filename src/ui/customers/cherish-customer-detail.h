/* cherish-customer-detail.h — one customer: who they are and every contact
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_CUSTOMER_DETAIL (cherish_customer_detail_get_type ())

G_DECLARE_FINAL_TYPE (CherishCustomerDetail, cherish_customer_detail, CHERISH, CUSTOMER_DETAIL,
                      AdwBin)

void     cherish_customer_detail_setup           (CherishCustomerDetail *self,
                                                  CherishDatabase       *database,
                                                  CherishClock          *clock);
gboolean cherish_customer_detail_show_customer   (CherishCustomerDetail *self,
                                                  gint64                 id);
gint64   cherish_customer_detail_get_customer_id (CherishCustomerDetail *self);
void     cherish_customer_detail_set_show_back   (CherishCustomerDetail *self,
                                                  gboolean               show_back);

G_END_DECLS
