/* cherish-customer-import-private.h — what the import's readers share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-customer-import.h"

G_BEGIN_DECLS

struct _CherishImport
{
  char                  *encoding;
  char                   separator;
  GPtrArray             *rows;       /* GStrv, the header first */
  GArray                *lines;      /* the line each row starts on */
  guint                  n_columns;
  CherishImportField    *fields;
  CherishCalendarSystem  calendar;
  gboolean               only_calendar;
  CherishDateOrder       order;
};

/* How a row's dates are read: for each column, after a look at all of it. */
typedef struct
{
  CherishDateReading *readings;   /* by column */
  GDate               today;
} CherishImportDates;

const char      *cherish_import_cell          (GStrv                      row,
                                               guint                      column);
void             cherish_import_guess_fields  (CherishImport             *self);
gboolean         cherish_import_field_is_date (CherishImportField         field);
void             cherish_import_dates_init    (CherishImportDates        *dates,
                                               CherishImport             *self,
                                               const GDate               *today,
                                               GPtrArray                 *described,
                                               gboolean                  *needs_order);
void             cherish_import_dates_clear   (CherishImportDates        *dates);
CherishCustomer *cherish_import_read_row      (CherishImport             *self,
                                               const CherishImportDates  *dates,
                                               GStrv                      row,
                                               char                     **anniversary,
                                               gboolean                  *more_contacts,
                                               GError                   **error);

G_END_DECLS
