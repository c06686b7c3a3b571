/* cherish-csv.h — comma-separated values (RFC 4180)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void       cherish_csv_append_row    (GString           *out,
                                      const char *const *fields);
const char *cherish_csv_unguard      (const char        *field);
char       cherish_csv_guess_separator (const char      *text);
char      *cherish_csv_decode        (GBytes            *bytes,
                                      const char        *encoding,
                                      char             **used,
                                      GError           **error);
GPtrArray *cherish_csv_parse         (const char        *text,
                                      GError           **error);
GPtrArray *cherish_csv_parse_full    (const char        *text,
                                      char               separator,
                                      GArray           **lines,
                                      GError           **error);
char      *cherish_csv_guest_list    (GPtrArray         *invitations);

G_END_DECLS
