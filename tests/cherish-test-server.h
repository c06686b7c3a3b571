/* cherish-test-server.h — the tests' shops on a PostgreSQL server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  cherish_test_on_server       (void);
char     *cherish_test_server_database (const char *dir,
                                        const char *name);
void      cherish_test_server_drop     (const char *dir);
GPtrArray *cherish_test_server_rows    (const char *uri,
                                        const char *sql);
void      cherish_test_server_admin    (const char *sql);
char     *cherish_test_server_uri_as   (const char *role,
                                        const char *database);

G_END_DECLS
