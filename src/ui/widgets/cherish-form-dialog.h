/* cherish-form-dialog.h — a small modal form: rows, one action, errors in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CHERISH_TYPE_FORM_DIALOG (cherish_form_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CherishFormDialog, cherish_form_dialog, CHERISH, FORM_DIALOG, AdwWindow)

/* Does what the form is for; on FALSE the dialog stays, showing @error. */
typedef gboolean (*CherishFormSubmit) (CherishFormDialog  *dialog,
                                       gpointer            user_data,
                                       GError            **error);

CherishFormDialog *cherish_form_dialog_new        (GtkWidget          *parent,
                                                   const char         *title,
                                                   const char         *action_label,
                                                   CherishFormSubmit   submit,
                                                   gpointer            user_data,
                                                   GDestroyNotify      destroy);
void               cherish_form_dialog_set_intro  (CherishFormDialog  *self,
                                                   const char         *text);
GtkWidget         *cherish_form_dialog_add_row    (CherishFormDialog  *self,
                                                   const char         *field,
                                                   GtkWidget          *row);
AdwEntryRow       *cherish_form_dialog_add_entry  (CherishFormDialog  *self,
                                                   const char         *field,
                                                   const char         *title,
                                                   const char         *text);
AdwEntryRow       *cherish_form_dialog_add_date   (CherishFormDialog  *self,
                                                   const char         *field,
                                                   const char         *title,
                                                   const char         *iso);
gboolean           cherish_form_dialog_get_date   (CherishFormDialog  *self,
                                                   const char         *field,
                                                   const GDate        *today,
                                                   char              **iso,
                                                   GError            **error);
GtkSpinButton     *cherish_form_dialog_add_number (CherishFormDialog  *self,
                                                   const char         *field,
                                                   const char         *title,
                                                   const char         *subtitle,
                                                   double              min,
                                                   double              max,
                                                   double              value);
const char        *cherish_form_dialog_get_text   (CherishFormDialog  *self,
                                                   const char         *field);
gint64             cherish_form_dialog_get_number (CherishFormDialog  *self,
                                                   const char         *field);
gboolean           cherish_form_dialog_submit     (CherishFormDialog  *self);

G_END_DECLS
