/* cherish-pg-dialect.h — what the PostgreSQL backend turns from SQLite's ways
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int   cherish_pg_code_of_state        (const char  *state,
                                       const char  *constraint);
char *cherish_pg_rewrite_placeholders (const char  *sql,
                                       int         *n_params,
                                       GArray     **used);
char *cherish_pg_tidy_message         (const char  *message);

G_END_DECLS
