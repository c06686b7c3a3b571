/* cherish-visit-store.h — visits, purchases and contacts in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-store.h"
#include "cherish-visit.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_VISIT_STORE (cherish_visit_store_get_type ())

G_DECLARE_FINAL_TYPE (CherishVisitStore, cherish_visit_store, CHERISH, VISIT_STORE, CherishStore)

CherishVisitStore *cherish_visit_store_new                (CherishDatabase    *database,
                                                           CherishClock       *clock);
gboolean           cherish_visit_store_insert             (CherishVisitStore  *self,
                                                           CherishVisit       *visit,
                                                           GError            **error);
gboolean           cherish_visit_store_delete             (CherishVisitStore  *self,
                                                           gint64              id,
                                                           GError            **error);
CherishVisit      *cherish_visit_store_get                (CherishVisitStore  *self,
                                                           gint64              id,
                                                           GError            **error);
guint              cherish_visit_store_count_for_customer (CherishVisitStore  *self,
                                                           gint64              customer_id,
                                                           GError            **error);
GPtrArray         *cherish_visit_store_find_for_customer  (CherishVisitStore  *self,
                                                           gint64              customer_id,
                                                           guint               offset,
                                                           guint               limit,
                                                           GError            **error);
GPtrArray         *cherish_visit_store_list_after         (CherishVisitStore  *self,
                                                          gint64              after_id,
                                                          guint               limit,
                                                          GError            **error);
GListModel        *cherish_visit_store_list_for_customer  (CherishVisitStore  *self,
                                                           gint64              customer_id);

G_END_DECLS
