/* cherish-import-dialog.h — the import assistant: preview, columns, report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-customer-import.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_IMPORT_DIALOG (cherish_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CherishImportDialog, cherish_import_dialog, CHERISH, IMPORT_DIALOG, AdwWindow)

CherishImportDialog *cherish_import_dialog_new    (GtkWindow           *parent,
                                                   CherishDatabase     *database,
                                                   CherishClock        *clock,
                                                   CherishImport       *import,
                                                   const char          *file_name);
gboolean             cherish_import_dialog_run    (CherishImportDialog *self);
void                 cherish_import_dialog_set_source (CherishImportDialog *self,
                                                   GBytes              *bytes);

G_END_DECLS
