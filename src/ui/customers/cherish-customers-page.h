/* cherish-customers-page.h — the list of customers and one customer's detail
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_CUSTOMERS_PAGE (cherish_customers_page_get_type ())

G_DECLARE_FINAL_TYPE (CherishCustomersPage, cherish_customers_page, CHERISH, CUSTOMERS_PAGE, AdwBin)

void        cherish_customers_page_setup         (CherishCustomersPage *self,
                                                  CherishDatabase      *database,
                                                  CherishClock         *clock);
void        cherish_customers_page_focus_search  (CherishCustomersPage *self);
void        cherish_customers_page_search        (CherishCustomersPage *self,
                                                  const char           *text);
void        cherish_customers_page_show_customer (CherishCustomersPage *self,
                                                  gint64                id);
#if ADW_CHECK_VERSION (1, 4, 0)
void        cherish_customers_page_set_folded    (CherishCustomersPage *self,
                                                  gboolean              folded);
#endif
void        cherish_customers_page_forget        (CherishCustomersPage *self,
                                                  gint64                id);
GListModel *cherish_customers_page_get_model     (CherishCustomersPage *self);
const char *cherish_customers_page_get_state     (CherishCustomersPage *self);

G_END_DECLS
