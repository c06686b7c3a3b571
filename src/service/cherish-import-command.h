/* cherish-import-command.h — `cherish --import FILE.csv`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int cherish_import_command (const char *database_path,
                            const char *file,
                            const char *encoding,
                            const char *duplicates,
                            gboolean    good_rows_only);

G_END_DECLS
