/* cherish-customer-row.h — one customer in the list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cherish-clock.h"
#include "cherish-customer.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_CUSTOMER_ROW (cherish_customer_row_get_type ())

G_DECLARE_FINAL_TYPE (CherishCustomerRow, cherish_customer_row, CHERISH, CUSTOMER_ROW, GtkWidget)

CherishCustomerRow *cherish_customer_row_new          (void);
void                cherish_customer_row_set_customer (CherishCustomerRow *self,
                                                       CherishCustomer    *customer,
                                                       CherishClock       *clock);
void                cherish_customer_row_describe     (CherishCustomer    *customer,
                                                       CherishClock       *clock,
                                                       char              **subtitle,
                                                       char              **when);

G_END_DECLS
