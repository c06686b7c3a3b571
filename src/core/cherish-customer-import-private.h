/* cherish-customer-import-private.h — what the import's readers share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-customer-import.h"

G_BEGIN_DECLS

struct _CherishImport
{
  char               *encoding;
  char                separator;
  GPtrArray          *rows;       /* GStrv, the header first */
  GArray             *lines;      /* the line each row starts on */
  guint               n_columns;
  CherishImportField *fields;
};

G_END_DECLS
