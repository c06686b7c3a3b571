/* cherish-form-dialog.c — a small modal form: rows, one action, errors in place
 *
 * The rewards, tiers, points, referral and idea forms are all a few rows
 * and one action. Each row is added under the name of the field the core
 * names in its errors ("cost", "reason"…): when the action fails, that row
 * turns red and the message shows under the rows, and nothing typed is
 * lost. When it succeeds, the dialog closes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-form-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-error.h"
#include "cherish-date-field.h"
#include "cherish-form-dialog.h"
#include "cherish-widget-util.h"

struct _CherishFormDialog
{
  AdwWindow          parent_instance;

  CherishFormSubmit  submit;
  gpointer           user_data;
  GDestroyNotify     destroy;
  GHashTable        *fields;      /* field name → row */

  GtkLabel          *intro;
  GtkListBox        *list;
  GtkLabel          *error_label;
};

G_DEFINE_FINAL_TYPE (CherishFormDialog, cherish_form_dialog, ADW_TYPE_WINDOW)

static void
cherish_form_dialog_dispose (GObject *object)
{
  CherishFormDialog *self = (CherishFormDialog *) object;

  if (self->destroy != NULL)
    g_clear_pointer (&self->user_data, self->destroy);
  g_clear_pointer (&self->fields, g_hash_table_unref);

  G_OBJECT_CLASS (cherish_form_dialog_parent_class)->dispose (object);
}

static void
cherish_form_dialog_class_init (CherishFormDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cherish_form_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cherish_form_dialog_init (CherishFormDialog *self)
{
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * cherish_form_dialog_submit:
 *
 * Runs the form's action, as its button does.
 *
 * Returns: whether it succeeded (the dialog is then closed)
 */
gboolean
cherish_form_dialog_submit (CherishFormDialog *self)
{
  g_autoptr(GError) error = NULL;
  const char *field;
  GHashTableIter iter;
  gpointer key, row;

  g_return_val_if_fail (CHERISH_IS_FORM_DIALOG (self), FALSE);

  if (self->submit (self, self->user_data, &error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return TRUE;
    }
  field = error != NULL ? cherish_error_get_field (error) : NULL;
  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, &key, &row))
    cherish_widget_set_invalid (row, g_strcmp0 (field, key) == 0);
  gtk_label_set_label (self->error_label, error != NULL ? error->message : _("This could not be done."));
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  return FALSE;
}

/**
 * cherish_form_dialog_new:
 * @parent: a widget of the window the dialog belongs to
 * @submit: what the action does
 * @destroy: (nullable): frees @user_data with the dialog
 *
 * Returns: (transfer none): the dialog; add rows, then present it
 */
CherishFormDialog *
cherish_form_dialog_new (GtkWidget         *parent,
                         const char        *title,
                         const char        *action_label,
                         CherishFormSubmit  submit,
                         gpointer           user_data,
                         GDestroyNotify     destroy)
{
  CherishFormDialog *self = g_object_new (CHERISH_TYPE_FORM_DIALOG,
                                          "transient-for", gtk_widget_get_root (parent),
                                          "modal", TRUE, "title", title,
                                          "default-width", 440, NULL);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *action = gtk_button_new_with_mnemonic (action_label);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->submit = submit;
  self->user_data = user_data;
  self->destroy = destroy;

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), action);
  gtk_widget_add_css_class (action, "suggested-action");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  g_signal_connect_swapped (action, "clicked", G_CALLBACK (cherish_form_dialog_submit), self);
  gtk_box_append (GTK_BOX (content), header);

  self->intro = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->intro, TRUE);
  gtk_label_set_xalign (self->intro, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->intro), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->intro));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));
  self->error_label = cherish_error_label_new ();
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));

  gtk_box_append (GTK_BOX (content), cherish_scrolled_page_new (box));
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (gtk_widget_get_last_child (content)),
                                                    TRUE);
  adw_window_set_content (ADW_WINDOW (self), content);
  gtk_window_set_default_widget (GTK_WINDOW (self), action);
  return self;
}

void
cherish_form_dialog_set_intro (CherishFormDialog *self,
                               const char        *text)
{
  g_return_if_fail (CHERISH_IS_FORM_DIALOG (self));

  gtk_label_set_label (self->intro, text);
  gtk_widget_set_visible (GTK_WIDGET (self->intro), text != NULL && *text != '\0');
}

/**
 * cherish_form_dialog_add_row:
 * @field: (nullable): the field the core names in its errors
 *
 * Returns: (transfer none): @row
 */
GtkWidget *
cherish_form_dialog_add_row (CherishFormDialog *self,
                             const char        *field,
                             GtkWidget         *row)
{
  g_return_val_if_fail (CHERISH_IS_FORM_DIALOG (self), NULL);

  gtk_list_box_append (self->list, row);
  if (field != NULL)
    g_hash_table_replace (self->fields, g_strdup (field), row);
  return row;
}

/**
 * cherish_form_dialog_add_entry:
 *
 * Returns: (transfer none): a text row; Enter runs the action
 */
AdwEntryRow *
cherish_form_dialog_add_entry (CherishFormDialog *self,
                               const char        *field,
                               const char        *title,
                               const char        *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  return ADW_ENTRY_ROW (cherish_form_dialog_add_row (self, field, row));
}

/**
 * cherish_form_dialog_add_date:
 * @iso: (nullable): the stored date to show
 *
 * Returns: (transfer none): a date field (cherish_date_field_attach())
 */
AdwEntryRow *
cherish_form_dialog_add_date (CherishFormDialog *self,
                              const char        *field,
                              const char        *title,
                              const char        *iso)
{
  AdwEntryRow *row = cherish_form_dialog_add_entry (self, field, title, NULL);

  cherish_date_field_attach (row, title, FALSE);
  cherish_date_field_set_iso (row, iso);
  return row;
}

/**
 * cherish_form_dialog_get_date:
 * @iso: (out) (transfer full) (nullable): the date typed, %NULL if none
 *
 * Returns: %TRUE if the date field of @field is empty or holds a date;
 *   else %FALSE with @error naming @field and saying what is wrong
 */
gboolean
cherish_form_dialog_get_date (CherishFormDialog  *self,
                              const char         *field,
                              const GDate        *today,
                              char              **iso,
                              GError            **error)
{
  GtkWidget *row = g_hash_table_lookup (self->fields, field);

  g_return_val_if_fail (ADW_IS_ENTRY_ROW (row), FALSE);
  return cherish_date_field_read (ADW_ENTRY_ROW (row), today, field, iso, error);
}

/**
 * cherish_form_dialog_add_number:
 *
 * Returns: (transfer none): the spin button of a whole-number row
 */
GtkSpinButton *
cherish_form_dialog_add_number (CherishFormDialog *self,
                                const char        *field,
                                const char        *title,
                                const char        *subtitle,
                                double             min,
                                double             max,
                                double             value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (min, max, 1);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  g_object_set_data (G_OBJECT (row), "spin", spin);
  cherish_form_dialog_add_row (self, field, row);
  return GTK_SPIN_BUTTON (spin);
}

/**
 * cherish_form_dialog_get_text:
 *
 * Returns: (transfer none): what was typed in the entry row of @field
 */
const char *
cherish_form_dialog_get_text (CherishFormDialog *self,
                              const char        *field)
{
  GtkWidget *row = g_hash_table_lookup (self->fields, field);

  g_return_val_if_fail (GTK_IS_EDITABLE (row), "");
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/**
 * cherish_form_dialog_get_number:
 *
 * Returns: the value of the number row of @field
 */
gint64
cherish_form_dialog_get_number (CherishFormDialog *self,
                                const char        *field)
{
  GtkWidget *row = g_hash_table_lookup (self->fields, field);
  GtkSpinButton *spin = row != NULL ? g_object_get_data (G_OBJECT (row), "spin") : NULL;

  g_return_val_if_fail (GTK_IS_SPIN_BUTTON (spin), 0);
  gtk_spin_button_update (spin);
  return (gint64) gtk_spin_button_get_value (spin);
}
