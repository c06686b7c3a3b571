/* cherish-staff-store.h — the shop's staff in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-staff.h"
#include "cherish-store.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_STAFF_STORE (cherish_staff_store_get_type ())

G_DECLARE_FINAL_TYPE (CherishStaffStore, cherish_staff_store, CHERISH, STAFF_STORE, CherishStore)

CherishStaffStore *cherish_staff_store_new    (CherishDatabase    *database,
                                               CherishClock       *clock);
gboolean           cherish_staff_store_insert (CherishStaffStore  *self,
                                               CherishStaff       *staff,
                                               GError            **error);
gboolean           cherish_staff_store_update (CherishStaffStore  *self,
                                               CherishStaff       *staff,
                                               GError            **error);
CherishStaff      *cherish_staff_store_get    (CherishStaffStore  *self,
                                               gint64              id,
                                               GError            **error);
GPtrArray         *cherish_staff_store_list   (CherishStaffStore  *self,
                                               gboolean            active_only,
                                               GError            **error);

G_END_DECLS
