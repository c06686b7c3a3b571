/* cherish-sqlite-backend.h — the shop in one SQLite file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "cherish-backend.h"

G_BEGIN_DECLS

void            cherish_sqlite_configure          (void);
CherishBackend *cherish_sqlite_backend_new        (sqlite3        *db);
sqlite3        *cherish_sqlite_backend_get_handle (CherishBackend *backend);

G_END_DECLS
