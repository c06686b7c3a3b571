/* cherish-store.h — base of the classes that read and write one kind of record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_STORE (cherish_store_get_type ())

G_DECLARE_DERIVABLE_TYPE (CherishStore, cherish_store, CHERISH, STORE, GObject)

struct _CherishStoreClass
{
  GObjectClass parent_class;

  /* The table whose changes the store announces on the database. */
  const char *table;

  /*< private >*/
  gpointer padding[4];
};

CherishDatabase *cherish_store_get_database (CherishStore *self);
CherishClock    *cherish_store_get_clock    (CherishStore *self);
void             cherish_store_changed        (CherishStore  *self);
gboolean         cherish_store_check_customer (CherishStore  *self,
                                               gint64         customer_id,
                                               GError       **error);
gboolean         cherish_store_check_customers (CherishStore  *self,
                                                const gint64  *ids,
                                                guint          n_ids,
                                                GError       **error);
char            *cherish_store_now_timestamp  (CherishStore  *self);

G_END_DECLS
