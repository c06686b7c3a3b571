/* cherish-customer-import.h — customers from a spreadsheet's CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cherish-customer-store.h"
#include "cherish-date-text.h"

G_BEGIN_DECLS

/* What a column holds. */
typedef enum
{
  CHERISH_IMPORT_IGNORE,
  CHERISH_IMPORT_NAME,
  CHERISH_IMPORT_FIRST_NAME,
  CHERISH_IMPORT_LAST_NAME,
  CHERISH_IMPORT_PHONE,
  CHERISH_IMPORT_EMAIL,
  CHERISH_IMPORT_BIRTHDAY,
  CHERISH_IMPORT_CUSTOMER_SINCE,
  CHERISH_IMPORT_LIKES,
  CHERISH_IMPORT_DISLIKES,
  CHERISH_IMPORT_NOTES,
  CHERISH_IMPORT_PROSPECT,
  CHERISH_IMPORT_PHOTO_CONSENT,
  CHERISH_IMPORT_ORGANIZATION,    /* the name of a row without a person's */
  CHERISH_IMPORT_ANNIVERSARY,     /* a yearly life event */
  CHERISH_IMPORT_CONTACT_BY,      /* the channels the customer accepts */
  CHERISH_IMPORT_DO_NOT_CONTACT,
  CHERISH_IMPORT_N_FIELDS,
} CherishImportField;

/* What to do with a row that is a customer already (same phone or e-mail,
 * or same name and birthday), or that repeats an earlier row. */
typedef enum
{
  CHERISH_IMPORT_SKIP,
  CHERISH_IMPORT_MERGE,        /* fill what the customer lacks, add likes and notes */
  CHERISH_IMPORT_KEEP_BOTH,
} CherishImportDuplicates;

/**
 * CherishImportReport:
 * @rows: data rows read (the header not counted)
 * @added: new customers
 * @merged: customers completed from a row
 * @skipped: duplicate rows left out
 * @bad: rows with a problem (not imported)
 * @problems: "Line 12: Birthday: … E-mail: …", one per bad row (each of
 *   its problems named), in order
 * @more_contacts: customers with more than one phone or e-mail; the
 *   first is theirs, the others are in their notes
 * @anniversaries: anniversaries added as yearly life events
 * @dates: how each column of dates was read, "Birthday: Solar Hijri; …"
 */
typedef struct
{
  guint      rows;
  guint      added;
  guint      merged;
  guint      skipped;
  guint      bad;
  GPtrArray *problems;
  guint      more_contacts;
  guint      anniversaries;
  GPtrArray *dates;
} CherishImportReport;

void cherish_import_report_clear (CherishImportReport *report);

typedef struct _CherishImport CherishImport;

CherishImport      *cherish_import_new_csv     (GBytes                   *bytes,
                                                const char               *encoding,
                                                GError                  **error);
CherishImport      *cherish_import_new         (GBytes                   *bytes,
                                                const char               *encoding,
                                                GError                  **error);
CherishImport      *cherish_import_new_vcard   (GBytes                   *bytes,
                                                GError                  **error);
void                cherish_import_free        (CherishImport            *self);
const char         *cherish_import_get_encoding (CherishImport           *self);
char                cherish_import_get_separator (CherishImport          *self);
guint               cherish_import_get_n_columns (CherishImport          *self);
const char         *cherish_import_get_header  (CherishImport            *self,
                                                guint                     column);
CherishImportField  cherish_import_get_field   (CherishImport            *self,
                                                guint                     column);
void                cherish_import_set_field   (CherishImport            *self,
                                                guint                     column,
                                                CherishImportField        field);
void                cherish_import_set_calendar (CherishImport           *self,
                                                CherishCalendarSystem     calendar,
                                                gboolean                  only_calendar);
void                cherish_import_set_date_order (CherishImport         *self,
                                                CherishDateOrder          order);
GPtrArray          *cherish_import_describe_dates (CherishImport         *self,
                                                const GDate              *today,
                                                gboolean                 *needs_order);
guint               cherish_import_get_n_rows  (CherishImport            *self);
const char * const *cherish_import_get_row     (CherishImport            *self,
                                                guint                     row);
gboolean            cherish_import_run         (CherishImport            *self,
                                                CherishCustomerStore     *store,
                                                CherishImportDuplicates   duplicates,
                                                gboolean                  good_rows_only,
                                                GCancellable             *cancellable,
                                                CherishImportReport      *report,
                                                GError                  **error);

CherishImportField  cherish_import_guess_field (const char               *header);
const char         *cherish_import_field_label (CherishImportField        field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CherishImport, cherish_import_free)

G_END_DECLS
