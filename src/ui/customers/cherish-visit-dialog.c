/* cherish-visit-dialog.c — logging a visit, a purchase or a contact
 *
 * For the manager at the till (Ctrl+L from anywhere): type a few letters of
 * the name or digits of the phone, the best match is picked, Enter moves
 * on to the amount, Enter again logs. Opened from a customer's detail, the
 * customer is already chosen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-visit-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-customer-store.h"
#include "cherish-date.h"
#include "cherish-money.h"
#include "cherish-points-store.h"
#include "cherish-visit-dialog.h"
#include "cherish-visit-store.h"
#include "cherish-widget-util.h"

#define MAX_MATCHES 6

struct _CherishVisitDialog
{
  AdwWindow             parent_instance;

  CherishClock         *clock;
  CherishCustomerStore *customers;
  CherishVisitStore    *visits;
  CherishPointsStore   *points;
  CherishDatabase      *database;
  char                 *currency;
  gint64                customer_id;

  /* Template widgets */
  AdwPreferencesGroup  *who_group;
  GtkSearchEntry       *search_entry;
  GtkListBox           *matches_list;
  AdwComboRow          *kind_row;
  AdwEntryRow          *amount_row;
  AdwEntryRow          *note_row;
  GtkLabel             *error_label;
  GtkButton            *log_button;
};

G_DEFINE_FINAL_TYPE (CherishVisitDialog, cherish_visit_dialog, ADW_TYPE_WINDOW)

enum {
  VISIT_LOGGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

static void
show_error (CherishVisitDialog *self,
            const char         *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* Reads the amount; TRUE with CHERISH_NO_AMOUNT when left empty. */
static gboolean
read_amount (CherishVisitDialog  *self,
             gint64              *amount,
             GError             **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->amount_row));
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  *amount = CHERISH_NO_AMOUNT;
  if (*trimmed == '\0')
    return TRUE;
  return cherish_money_parse (trimmed, self->currency, amount, error);
}

static void
update_sensitivity (CherishVisitDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 amount;
  gboolean amount_ok;

  /* Rows announce changes while the template is built and torn down. */
  if (self->amount_row == NULL)
    return;

  amount_ok = read_amount (self, &amount, &error);

  cherish_widget_set_invalid (GTK_WIDGET (self->amount_row), !amount_ok);
  show_error (self, error != NULL ? error->message : NULL);

  gtk_widget_set_sensitive (GTK_WIDGET (self->log_button), self->customer_id > 0 && amount_ok);
}

static void
clear_matches (CherishVisitDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->matches_list))) != NULL)
    gtk_list_box_remove (self->matches_list, child);
}

static void
add_match (CherishVisitDialog *self,
           CherishCustomer    *customer)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 cherish_customer_get_display_name (customer));
  if (cherish_customer_get_phone (customer) != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), cherish_customer_get_phone (customer));
  g_object_set_data (G_OBJECT (row), "customer-id",
                     GSIZE_TO_POINTER (cherish_customer_get_id (customer)));
  gtk_list_box_append (self->matches_list, row);
}

/* ------------------------------------------------------------------ */
/* Signal callbacks                                                    */
/* ------------------------------------------------------------------ */

static void
on_search_changed_cb (CherishVisitDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  CherishCustomerQuery query = { text, CHERISH_CUSTOMER_SORT_LAST_VISIT,
                                 CHERISH_CUSTOMER_FILTER_NONE };
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  clear_matches (self);
  self->customer_id = 0;

  if (text == NULL || *text == '\0')
    {
      update_sensitivity (self);
      return;
    }

  found = cherish_customer_store_find (self->customers, &query, 0, MAX_MATCHES, &error);
  if (found == NULL)
    {
      show_error (self, error->message);
      return;
    }

  for (guint i = 0; i < found->len; i++)
    add_match (self, found->pdata[i]);

  /* The best match is picked already: Enter goes on. */
  gtk_list_box_select_row (self->matches_list, gtk_list_box_get_row_at_index (self->matches_list, 0));
  update_sensitivity (self);
}

static void
on_match_selected_cb (CherishVisitDialog *self,
                      GtkListBoxRow      *row)
{
  self->customer_id = row != NULL ? (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row),
                                                                                  "customer-id"))
                                  : 0;
  update_sensitivity (self);
}

static void
on_search_activate_cb (CherishVisitDialog *self)
{
  if (self->customer_id > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));
}

static void
on_field_changed_cb (CherishVisitDialog *self)
{
  update_sensitivity (self);
}


typedef struct
{
  CherishVisitDialog *self;
  CherishVisit       *visit;
} LogVisit;

/* The visit and the points it earns, together or not at all. */
static gboolean
log_visit_in_transaction (gpointer   user_data,
                          GError   **error)
{
  LogVisit *log = user_data;
  g_autoptr(GError) local_error = NULL;

  if (!cherish_visit_store_insert (log->self->visits, log->visit, error))
    return FALSE;
  cherish_points_store_earn_for_visit (log->self->points, cherish_visit_get_id (log->visit), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static gboolean
log_visit (CherishVisitDialog  *self,
           CherishVisit        *visit,
           GError             **error)
{
  LogVisit log = { self, visit };

  return cherish_database_transaction (self->database, log_visit_in_transaction, &log, error);
}

static void
on_log_clicked_cb (CherishVisitDialog *self)
{
  g_autoptr(GDateTime) now = cherish_clock_get_now (self->clock);
  g_autofree char *at = cherish_timestamp_format (now);
  g_autoptr(CherishVisit) visit = NULL;
  g_autoptr(GError) error = NULL;
  gint64 amount;

  if (self->customer_id <= 0 || !read_amount (self, &amount, &error))
    return;

  visit = cherish_visit_new (self->customer_id, adw_combo_row_get_selected (self->kind_row), at);
  if (amount != CHERISH_NO_AMOUNT)
    cherish_visit_set_amount (visit, amount, self->currency);
  g_object_set (visit, "note", gtk_editable_get_text (GTK_EDITABLE (self->note_row)), NULL);

  if (!log_visit (self, visit, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[VISIT_LOGGED], 0, self->customer_id);
  gtk_window_close (GTK_WINDOW (self));
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */
/* ------------------------------------------------------------------ */

static void
cherish_visit_dialog_dispose (GObject *object)
{
  CherishVisitDialog *self = (CherishVisitDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CHERISH_TYPE_VISIT_DIALOG);
  g_clear_object (&self->visits);
  g_clear_object (&self->points);
  g_clear_object (&self->database);
  g_clear_object (&self->customers);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->currency, g_free);

  G_OBJECT_CLASS (cherish_visit_dialog_parent_class)->dispose (object);
}

static void
cherish_visit_dialog_class_init (CherishVisitDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cherish_visit_dialog_dispose;

  /**
   * CherishVisitDialog::visit-logged:
   * @customer_id: whose visit it was
   */
  signals[VISIT_LOGGED] = g_signal_new ("visit-logged", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cherishapp/Cherish/cherish-visit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CherishVisitDialog, who_group);
  gtk_widget_class_bind_template_child (widget_class, CherishVisitDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CherishVisitDialog, matches_list);
  gtk_widget_class_bind_template_child (widget_class, CherishVisitDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CherishVisitDialog, amount_row);
  gtk_widget_class_bind_template_child (widget_class, CherishVisitDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, CherishVisitDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CherishVisitDialog, log_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_match_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_log_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cherish_visit_dialog_init (CherishVisitDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cherish_visit_dialog_new:
 * @currency: the shop's currency, for the amount
 * @customer_id: whose visit, or 0 to let the manager find them
 */
CherishVisitDialog *
cherish_visit_dialog_new (GtkWindow       *parent,
                          CherishDatabase *database,
                          CherishClock    *clock,
                          const char      *currency,
                          gint64           customer_id)
{
  CherishVisitDialog *self;
  g_autofree char *amount_title = NULL;

  g_return_val_if_fail (CHERISH_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CHERISH_IS_CLOCK (clock), NULL);

  self = g_object_new (CHERISH_TYPE_VISIT_DIALOG, "transient-for", parent, NULL);
  self->clock = g_object_ref (clock);
  self->customers = cherish_customer_store_new (database, clock);
  self->visits = cherish_visit_store_new (database, clock);
  self->points = cherish_points_store_new (database, clock);
  self->database = g_object_ref (database);
  self->currency = g_strdup (currency);

  amount_title = g_strdup_printf (_("Amount in %s (optional)"), currency);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->amount_row), amount_title);

  if (customer_id > 0)
    {
      g_autoptr(CherishCustomer) customer = cherish_customer_store_get (self->customers,
                                                                        customer_id, NULL);
      g_autofree char *title = NULL;

      self->customer_id = customer_id;
      gtk_widget_set_visible (GTK_WIDGET (self->who_group), FALSE);
      if (customer != NULL)
        {
          title = g_strdup_printf (_("Log a Visit of %s"),
                                   cherish_customer_get_display_name (customer));
          gtk_window_set_title (GTK_WINDOW (self), title);
        }
      gtk_widget_grab_focus (GTK_WIDGET (self->kind_row));
    }
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  update_sensitivity (self);
  return self;
}
