/* cherish-customer-store-private.h — shared by the files of CherishCustomerStore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-customer-store.h"
#include "cherish-store-private.h"

G_BEGIN_DECLS

#define COLUMNS \
  "c.id, c.display_name, c.phone, c.email, c.customer_since, c.birthday, c.likes, " \
  "c.dislikes, c.notes, c.is_prospect, c.photo_consent, c.created_at, c.updated_at, " \
  "c.deleted_at, c.last_visit_at, c.visit_count, c.channels, c.do_not_contact"

/* The column after COLUMNS (a list's next life event). */
#define COLUMNS_N 18

gpointer cherish_customer_store_row      (CherishStmt          *stmt);
int      cherish_customer_store_get_hint (CherishCustomerStore *self,
                                          const char           *key);
void     cherish_customer_store_set_hint (CherishCustomerStore *self,
                                          const char           *key,
                                          int                   hint);

static inline CherishDatabase *
database_of (CherishCustomerStore *self)
{
  return cherish_store_get_database (CHERISH_STORE (self));
}

G_END_DECLS
