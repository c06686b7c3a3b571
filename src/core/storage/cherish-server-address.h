/* cherish-server-address.h — a PostgreSQL server's address, and its password
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  cherish_server_address_is_uri         (const char  *location);
char     *cherish_server_address_describe       (const char  *uri);
gboolean  cherish_server_address_check          (const char  *text,
                                                 GError     **error);
char     *cherish_server_address_take_password  (const char  *uri,
                                                 char       **password);
char     *cherish_server_address_password_file  (void);
gboolean  cherish_server_address_save_password  (const char  *uri,
                                                 const char  *password,
                                                 GError     **error);

G_END_DECLS
