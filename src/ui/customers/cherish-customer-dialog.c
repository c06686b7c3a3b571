/* cherish-customer-dialog.c — adding a new customer
 *
 * Add stays insensitive until the fields are valid; Enter adds, Escape
 * cancels. A failure to save (the disk, the database) is shown in the form
 * and the dialog stays open with everything that was typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-customer-dialog.h"
#include "cherish-customer-form.h"
#include "cherish-customer-store.h"

struct _CherishCustomerDialog
{
  AdwWindow             parent_instance;

  CherishCustomerStore *store;

  /* Template widgets */
  CherishCustomerForm  *form;
  GtkButton            *add_button;
};

G_DEFINE_FINAL_TYPE (CherishCustomerDialog, cherish_customer_dialog, ADW_TYPE_WINDOW)

enum {
  CUSTOMER_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_add_clicked_cb (CherishCustomerDialog *self)
{
  g_autoptr(CherishCustomer) customer = NULL;
  g_autoptr(GError) error = NULL;

  if (!cherish_customer_form_get_valid (self->form))
    return;

  customer = cherish_customer_form_build (self->form);
  if (!cherish_customer_store_insert (self->store, customer, &error))
    {
      cherish_customer_form_show_error (self->form, error);
      return;
    }

  g_signal_emit (self, signals[CUSTOMER_ADDED], 0, cherish_customer_get_id (customer));
  gtk_window_close (GTK_WINDOW (self));
}

static void
cherish_customer_dialog_dispose (GObject *object)
{
  CherishCustomerDialog *self = (CherishCustomerDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CHERISH_TYPE_CUSTOMER_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cherish_customer_dialog_parent_class)->dispose (object);
}

static void
cherish_customer_dialog_class_init (CherishCustomerDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cherish_customer_dialog_dispose;

  /**
   * CherishCustomerDialog::customer-added:
   * @id: the new customer's id
   */
  signals[CUSTOMER_ADDED] = g_signal_new ("customer-added", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (CHERISH_TYPE_CUSTOMER_FORM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cherishapp/Cherish/cherish-customer-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerDialog, form);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerDialog, add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cherish_customer_dialog_init (CherishCustomerDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CherishCustomerDialog *
cherish_customer_dialog_new (GtkWindow       *parent,
                             CherishDatabase *database,
                             CherishClock    *clock)
{
  CherishCustomerDialog *self;

  g_return_val_if_fail (CHERISH_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CHERISH_IS_CLOCK (clock), NULL);

  self = g_object_new (CHERISH_TYPE_CUSTOMER_DIALOG, "transient-for", parent, NULL);
  self->store = cherish_customer_store_new (database, clock);
  cherish_customer_form_set_clock (self->form, clock);
  cherish_customer_form_set_customer (self->form, NULL);
  cherish_customer_form_focus_name (self->form);
  return self;
}
