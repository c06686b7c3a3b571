/* cherish-pg-backend.h — a shop on a PostgreSQL server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-backend.h"

G_BEGIN_DECLS

CherishBackend *cherish_pg_backend_open     (const char  *uri,
                                             gboolean     listen,
                                             int         *rc,
                                             char       **message);
int             cherish_pg_backend_set_busy_timeout (CherishBackend *backend,
                                                     int             ms);

G_END_DECLS
