/* cherish-visit-dialog.h — logging a visit, a purchase or a contact
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_VISIT_DIALOG (cherish_visit_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CherishVisitDialog, cherish_visit_dialog, CHERISH, VISIT_DIALOG, AdwWindow)

CherishVisitDialog *cherish_visit_dialog_new (GtkWindow       *parent,
                                              CherishDatabase *database,
                                              CherishClock    *clock,
                                              const char      *currency,
                                              gint64           customer_id);

G_END_DECLS
