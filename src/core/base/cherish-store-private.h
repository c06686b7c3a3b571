/* cherish-store-private.h — what the store subclasses share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-database-private.h"
#include "cherish-store.h"

G_BEGIN_DECLS

gboolean cherish_store_step_insert (CherishStore  *self,
                                    CherishStmt   *stmt,
                                    gpointer       record,
                                    GError       **error);
gboolean cherish_store_step_update (CherishStore  *self,
                                    CherishStmt   *stmt,
                                    const char    *not_found,
                                    GError       **error);

G_END_DECLS
