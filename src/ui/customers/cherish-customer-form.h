/* cherish-customer-form.h — the fields of a customer, checked as they are typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cherish-clock.h"
#include "cherish-customer.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_CUSTOMER_FORM (cherish_customer_form_get_type ())

G_DECLARE_FINAL_TYPE (CherishCustomerForm, cherish_customer_form, CHERISH, CUSTOMER_FORM, GtkBox)

void             cherish_customer_form_set_clock    (CherishCustomerForm *self,
                                                     CherishClock        *clock);
void             cherish_customer_form_set_customer (CherishCustomerForm *self,
                                                     CherishCustomer     *customer);
CherishCustomer *cherish_customer_form_build        (CherishCustomerForm *self);
gboolean         cherish_customer_form_get_valid    (CherishCustomerForm *self);
gboolean         cherish_customer_form_get_modified (CherishCustomerForm *self);
void             cherish_customer_form_show_error   (CherishCustomerForm *self,
                                                     const GError        *error);
void             cherish_customer_form_focus_name   (CherishCustomerForm *self);

G_END_DECLS
