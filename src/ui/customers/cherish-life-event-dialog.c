/* cherish-life-event-dialog.c — noting something coming up in a customer's life
 *
 * A new life event, or an existing one to edit. The fields are checked as
 * they are typed with the core's validation; Save stays off until they
 * are right, and nothing typed is lost on an error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-life-event-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-date-field.h"
#include "cherish-error.h"
#include "cherish-life-event-dialog.h"
#include "cherish-life-event-store.h"
#include "cherish-widget-util.h"

struct _CherishLifeEventDialog
{
  AdwWindow              parent_instance;

  CherishLifeEventStore *store;
  CherishLifeEvent      *event;

  /* Template widgets */
  AdwComboRow           *kind_row;
  AdwEntryRow           *title_row;
  AdwEntryRow           *date_row;
  GtkSwitch             *yearly_switch;
  AdwEntryRow           *notes_row;
  GtkLabel              *error_label;
  GtkButton             *save_button;
};

G_DEFINE_FINAL_TYPE (CherishLifeEventDialog, cherish_life_event_dialog, ADW_TYPE_WINDOW)

/* The event as the fields say; a date typed wrong is left out and said
 * in @date_error. */
static CherishLifeEvent *
build (CherishLifeEventDialog  *self,
       GError                 **date_error)
{
  CherishLifeEvent *event = cherish_life_event_copy (self->event);
  g_autofree char *date = NULL;
  GDate today;

  cherish_clock_get_today (cherish_store_get_clock (CHERISH_STORE (self->store)), &today);
  cherish_date_field_read (self->date_row, &today, "date", &date, date_error);
  g_object_set (event,
                "kind", adw_combo_row_get_selected (self->kind_row),
                "title", gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                "date", date,
                "yearly", gtk_switch_get_active (self->yearly_switch),
                "notes", gtk_editable_get_text (GTK_EDITABLE (self->notes_row)),
                NULL);
  return event;
}

static void
show_error (CherishLifeEventDialog *self,
            const GError           *error)
{
  const char *field = error != NULL ? cherish_error_get_field (error) : NULL;

  cherish_widget_set_invalid (GTK_WIDGET (self->title_row), g_strcmp0 (field, "title") == 0);
  cherish_widget_set_invalid (GTK_WIDGET (self->date_row), g_strcmp0 (field, "date") == 0);

  gtk_label_set_label (self->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
}

static void
on_field_changed_cb (CherishLifeEventDialog *self)
{
  g_autoptr(CherishLifeEvent) candidate = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) date_error = NULL;
  gboolean valid;

  /* Rows announce changes while the template is being built. */
  if (self->event == NULL)
    return;

  candidate = build (self, &date_error);
  valid = cherish_life_event_validate (candidate, &error) && date_error == NULL;
  if (date_error != NULL)
    {
      g_clear_error (&error);
      error = g_steal_pointer (&date_error);
    }
  /* Say nothing about an empty date until something was typed there. */
  show_error (self, valid || *gtk_editable_get_text (GTK_EDITABLE (self->date_row)) == '\0'
                      ? NULL : error);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), valid);
}

static void
on_save_clicked_cb (CherishLifeEventDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CherishLifeEvent) event = build (self, &error);
  gboolean saved;

  if (error != NULL)
    {
      show_error (self, error);
      return;
    }
  saved = cherish_life_event_get_id (event) > 0
            ? cherish_life_event_store_update (self->store, event, &error)
            : cherish_life_event_store_insert (self->store, event, &error);
  if (!saved)
    {
      show_error (self, error);
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

static void
cherish_life_event_dialog_dispose (GObject *object)
{
  CherishLifeEventDialog *self = (CherishLifeEventDialog *) object;

  g_clear_object (&self->event);
  gtk_widget_dispose_template (GTK_WIDGET (self), CHERISH_TYPE_LIFE_EVENT_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cherish_life_event_dialog_parent_class)->dispose (object);
}

static void
cherish_life_event_dialog_class_init (CherishLifeEventDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cherish_life_event_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cherishapp/Cherish/cherish-life-event-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CherishLifeEventDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CherishLifeEventDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, CherishLifeEventDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, CherishLifeEventDialog, yearly_switch);
  gtk_widget_class_bind_template_child (widget_class, CherishLifeEventDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, CherishLifeEventDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CherishLifeEventDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cherish_life_event_dialog_init (CherishLifeEventDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  cherish_date_field_attach (self->date_row, _("Date"), FALSE);
}

/**
 * cherish_life_event_dialog_new:
 * @customer_id: whose life event
 * @event: (nullable): the event to edit, or %NULL for a new one
 */
CherishLifeEventDialog *
cherish_life_event_dialog_new (GtkWindow        *parent,
                               CherishDatabase  *database,
                               CherishClock     *clock,
                               gint64            customer_id,
                               CherishLifeEvent *event)
{
  CherishLifeEventDialog *self;

  g_return_val_if_fail (CHERISH_IS_DATABASE (database), NULL);
  g_return_val_if_fail (event == NULL || CHERISH_IS_LIFE_EVENT (event), NULL);

  self = g_object_new (CHERISH_TYPE_LIFE_EVENT_DIALOG, "transient-for", parent, NULL);
  self->store = cherish_life_event_store_new (database, clock);
  self->event = event != NULL ? cherish_life_event_copy (event)
                              : cherish_life_event_new (customer_id,
                                                        CHERISH_LIFE_EVENT_KIND_RETIREMENT, NULL);

  adw_combo_row_set_selected (self->kind_row, cherish_life_event_get_kind (self->event));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row),
                         cherish_life_event_get_title (self->event) ?: "");
  cherish_date_field_set_iso (self->date_row, cherish_life_event_get_date (self->event));
  gtk_switch_set_active (self->yearly_switch, cherish_life_event_get_yearly (self->event));
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row),
                         cherish_life_event_get_notes (self->event) ?: "");
  on_field_changed_cb (self);

  gtk_widget_grab_focus (event != NULL ? GTK_WIDGET (self->date_row) : GTK_WIDGET (self->kind_row));
  return self;
}
