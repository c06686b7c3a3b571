/* cherish-customer-export.h — customers and visits as CSV files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-customer-store.h"
#include "cherish-date-text.h"
#include "cherish-visit-store.h"

G_BEGIN_DECLS

char *cherish_customer_export_csv (CherishCustomerStore  *customers,
                                   CherishCalendarSystem  calendar,
                                   GError               **error);
char *cherish_visit_export_csv    (CherishVisitStore     *visits,
                                   CherishCustomerStore  *customers,
                                   GError               **error);

G_END_DECLS
