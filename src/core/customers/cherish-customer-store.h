/* cherish-customer-store.h — customers in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-customer.h"
#include "cherish-enums.h"
#include "cherish-store.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_CUSTOMER_STORE (cherish_customer_store_get_type ())

G_DECLARE_FINAL_TYPE (CherishCustomerStore, cherish_customer_store, CHERISH, CUSTOMER_STORE,
                      CherishStore)

/**
 * CherishCustomerQuery:
 * @search: (nullable): words that must start words of the name, phone or
 *   e-mail, in any order; case, accents and letter forms do not matter
 * @sort: the order of the list
 * @filter: which customers to keep: prospects only, customers only, not
 *   seen for %CHERISH_NOT_SEEN_DAYS days (no visit since then, or none
 *   since they were added that long ago), or with a birthday or a life
 *   event in the current month (by the store's clock)
 */
typedef struct
{
  const char            *search;
  CherishCustomerSort    sort;
  CherishCustomerFilter  filter;
} CherishCustomerQuery;

/**
 * CherishCustomerData:
 *
 * How much a customer has, each kind counted (what erasing takes).
 */
typedef struct
{
  gint64 visits;
  gint64 life_events;
  gint64 celebrations;
  gint64 photos;
  gint64 follow_ups;
  gint64 invitations;
  gint64 ledger_rows;
} CherishCustomerData;

/* Told about each customer in turn; %FALSE with @error stops. */
typedef gboolean (*CherishCustomerFunc) (CherishCustomer  *customer,
                                         gpointer          user_data,
                                         GError          **error);

typedef struct _CherishMerge CherishMerge;

void    cherish_merge_free            (CherishMerge *merge);
gint64  cherish_merge_get_kept_id     (CherishMerge *merge);
gint64  cherish_merge_get_merged_id   (CherishMerge *merge);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CherishMerge, cherish_merge_free)

CherishCustomerStore *cherish_customer_store_new            (CherishDatabase             *database,
                                                             CherishClock                *clock);
gboolean              cherish_customer_store_insert         (CherishCustomerStore        *self,
                                                             CherishCustomer             *customer,
                                                             GError                     **error);
gboolean              cherish_customer_store_bulk_write     (CherishCustomerStore        *self,
                                                             CherishTransactionFunc       func,
                                                             gpointer                     user_data,
                                                             GError                     **error);
gboolean              cherish_customer_store_insert_many    (CherishCustomerStore        *self,
                                                             GPtrArray                   *customers,
                                                             GError                     **error);
gboolean              cherish_customer_store_update         (CherishCustomerStore        *self,
                                                             CherishCustomer             *customer,
                                                             GError                     **error);
CherishCustomer      *cherish_customer_store_get            (CherishCustomerStore        *self,
                                                             gint64                       id,
                                                             GError                     **error);
gboolean              cherish_customer_store_delete         (CherishCustomerStore        *self,
                                                             gint64                       id,
                                                             GError                     **error);
gboolean              cherish_customer_store_undelete       (CherishCustomerStore        *self,
                                                             gint64                       id,
                                                             GError                     **error);
gboolean              cherish_customer_store_erase          (CherishCustomerStore        *self,
                                                             gint64                       id,
                                                             GError                     **error);
gboolean              cherish_customer_store_count_data     (CherishCustomerStore        *self,
                                                             gint64                       id,
                                                             CherishCustomerData         *counts,
                                                             GError                     **error);
CherishMerge         *cherish_customer_store_merge          (CherishCustomerStore        *self,
                                                             gint64                       kept_id,
                                                             gint64                       merged_id,
                                                             GError                     **error);
gboolean              cherish_customer_store_unmerge        (CherishCustomerStore        *self,
                                                             CherishMerge                *merge,
                                                             GError                     **error);
int                   cherish_customer_store_purge_deleted  (CherishCustomerStore        *self,
                                                             GError                     **error);
guint                 cherish_customer_store_count          (CherishCustomerStore        *self,
                                                             const CherishCustomerQuery  *query,
                                                             GError                     **error);
guint                 cherish_customer_store_count_at_most  (CherishCustomerStore        *self,
                                                             const CherishCustomerQuery  *query,
                                                             guint                        at_most,
                                                             GError                     **error);
GPtrArray            *cherish_customer_store_find           (CherishCustomerStore        *self,
                                                             const CherishCustomerQuery  *query,
                                                             guint                        offset,
                                                             guint                        limit,
                                                             GError                     **error);
gboolean              cherish_customer_store_for_each       (CherishCustomerStore        *self,
                                                             CherishCustomerFunc          func,
                                                             gpointer                     user_data,
                                                             GError                     **error);
GListModel           *cherish_customer_store_list           (CherishCustomerStore        *self,
                                                             const CherishCustomerQuery  *query);

G_END_DECLS
