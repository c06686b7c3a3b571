/* cherish-customer-dialog.h — adding a new customer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_CUSTOMER_DIALOG (cherish_customer_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CherishCustomerDialog, cherish_customer_dialog, CHERISH, CUSTOMER_DIALOG,
                      AdwWindow)

CherishCustomerDialog *cherish_customer_dialog_new (GtkWindow       *parent,
                                                    CherishDatabase *database,
                                                    CherishClock    *clock);

G_END_DECLS
