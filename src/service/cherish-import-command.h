/* cherish-import-command.h — `cherish --import FILE.csv`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What `cherish --import` was told besides the file (each nullable). */
typedef struct
{
  const char *encoding;
  const char *duplicates;    /* "skip", "merge" or "keep" */
  gboolean    good_rows_only;
  const char *calendar;      /* "persian" or "gregorian": every date is in it */
  const char *date_order;    /* "dmy" or "mdy" */
} CherishImportOptions;

int cherish_import_command (const char                 *database_path,
                            const char                 *file,
                            const CherishImportOptions *options);

G_END_DECLS
