/* cherish-csv.h — comma-separated values (RFC 4180)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void       cherish_csv_append_row    (GString           *out,
                                      const char *const *fields);
GPtrArray *cherish_csv_parse         (const char        *text,
                                      GError           **error);
char      *cherish_csv_guest_list    (GPtrArray         *invitations);

G_END_DECLS
