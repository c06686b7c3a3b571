/* cherish-customer-follow-ups.c — a customer's follow-ups and reminder lead time
 *
 * On the customer's page: their follow-ups (open ones first, each with a
 * Done button; then what came of the others), a form to add one by hand
 * (what about, and the day, checked by the core as it is saved), and how
 * many days ahead to be reminded of this customer's occasions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer-follow-ups"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-customer-follow-ups.h"
#include "cherish-date-field.h"
#include "cherish-date.h"
#include "cherish-error.h"
#include "cherish-follow-up-store.h"
#include "cherish-reminder-store.h"
#include "cherish-widget-util.h"

#define DEFAULT_IN_DAYS 7

/* The lead times offered; -1: the shop's. */
static const int leads[] = { -1, 0, 1, 3, 7, 14, 30 };

struct _CherishCustomerFollowUps
{
  AdwPreferencesGroup   parent_instance;

  CherishClock         *clock;
  CherishFollowUpStore *follow_ups;
  CherishReminderStore *reminders;
  gint64                customer_id;
  gboolean              loading;

  GtkListBox           *list;
  AdwEntryRow          *about_row;
  AdwEntryRow          *due_row;
  GtkLabel             *error_label;
  AdwComboRow          *lead_row;
};

G_DEFINE_FINAL_TYPE (CherishCustomerFollowUps, cherish_customer_follow_ups,
                     ADW_TYPE_PREFERENCES_GROUP)

static void
cherish_customer_follow_ups_dispose (GObject *object)
{
  CherishCustomerFollowUps *self = (CherishCustomerFollowUps *) object;

  g_clear_object (&self->follow_ups);
  g_clear_object (&self->reminders);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (cherish_customer_follow_ups_parent_class)->dispose (object);
}

static void
cherish_customer_follow_ups_class_init (CherishCustomerFollowUpsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cherish_customer_follow_ups_dispose;
}

static char *
state_text (CherishFollowUp *follow_up)
{
  g_autofree char *due = cherish_calendar_format_iso (cherish_follow_up_get_due_date (follow_up));
  const char *outcome = cherish_follow_up_get_outcome (follow_up);

  switch (cherish_follow_up_get_state (follow_up))
    {
    case CHERISH_FOLLOW_UP_STATE_DONE:
      if (outcome != NULL && *outcome != '\0')
        /* Translators: a follow-up done on its day, and what came of it */
        return g_strdup_printf (_("%s · done: %s"), due, outcome);
      /* Translators: a follow-up's day, and that it was done */
      return g_strdup_printf (_("%s · done"), due);
    case CHERISH_FOLLOW_UP_STATE_DISMISSED:
      /* Translators: a follow-up's day, and that it was dismissed */
      return g_strdup_printf (_("%s · dismissed"), due);
    case CHERISH_FOLLOW_UP_STATE_OPEN:
    default:
      /* Translators: the day a follow-up is due */
      return g_strdup_printf (_("Due %s"), due);
    }
}

static void
on_done_clicked (GtkButton                *button,
                 CherishCustomerFollowUps *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "id"));
  g_autoptr(GError) error = NULL;

  if (!cherish_follow_up_store_close (self->follow_ups, id, CHERISH_FOLLOW_UP_STATE_DONE, NULL,
                                      &error))
    g_warning ("Follow-up %" G_GINT64_FORMAT ": %s", id, error->message);
}

static GtkWidget *
follow_up_row (CherishCustomerFollowUps *self,
               CherishFollowUp          *follow_up)
{
  g_autofree char *subtitle = state_text (follow_up);
  GtkWidget *row = cherish_info_row_new (cherish_follow_up_get_about (follow_up), subtitle, 0);

  if (cherish_follow_up_get_state (follow_up) == CHERISH_FOLLOW_UP_STATE_OPEN)
    {
      /* Translators: a button's name for screen readers: done, and what about */
      g_autofree char *label = g_strdup_printf (_("Done: %s"), cherish_follow_up_get_about (follow_up));
      GtkWidget *done = cherish_icon_button_new ("object-select-symbolic", _("Done"), label);

      g_object_set_data (G_OBJECT (done), "id",
                         GSIZE_TO_POINTER ((gsize) cherish_follow_up_get_id (follow_up)));
      g_signal_connect (done, "clicked", G_CALLBACK (on_done_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), done);
    }
  return row;
}

static void
reload (CherishCustomerFollowUps *self)
{
  g_autoptr(GPtrArray) list = NULL;
  GtkWidget *child;
  int lead;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  if (self->follow_ups == NULL || self->customer_id <= 0)
    return;

  list = cherish_follow_up_store_list_for_customer (self->follow_ups, self->customer_id, NULL);
  /* Open ones first, then the others, each latest first as listed. */
  for (int pass = 0; list != NULL && pass < 2; pass++)
    for (guint i = 0; i < list->len; i++)
      if ((cherish_follow_up_get_state (list->pdata[i]) == CHERISH_FOLLOW_UP_STATE_OPEN) == (pass == 0))
        gtk_list_box_append (self->list, follow_up_row (self, list->pdata[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->list), list != NULL && list->len > 0);

  lead = cherish_reminder_store_get_lead (self->reminders, self->customer_id, NULL);
  self->loading = TRUE;
  adw_combo_row_set_selected (self->lead_row, 0);
  for (guint i = 0; i < G_N_ELEMENTS (leads); i++)
    if (leads[i] == lead)
      adw_combo_row_set_selected (self->lead_row, i);
  self->loading = FALSE;
}

static void
show_error (CherishCustomerFollowUps *self,
            const GError             *error)
{
  const char *field = error != NULL ? cherish_error_get_field (error) : NULL;

  cherish_widget_set_invalid (GTK_WIDGET (self->about_row), g_strcmp0 (field, "about") == 0);
  cherish_widget_set_invalid (GTK_WIDGET (self->due_row), g_strcmp0 (field, "due-date") == 0);
  gtk_label_set_label (self->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
}

static void
reset_form (CherishCustomerFollowUps *self)
{
  g_autofree char *due = NULL;
  GDate day;

  cherish_clock_get_today (self->clock, &day);
  g_date_add_days (&day, DEFAULT_IN_DAYS);
  due = cherish_date_format (&day);
  gtk_editable_set_text (GTK_EDITABLE (self->about_row), "");
  cherish_date_field_set_iso (self->due_row, due);
  show_error (self, NULL);
}

static void
on_add (CherishCustomerFollowUps *self)
{
  g_autoptr(CherishFollowUp) follow_up = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *due = NULL;
  GDate today;

  cherish_clock_get_today (self->clock, &today);
  if (!cherish_date_field_read (self->due_row, &today, "due-date", &due, &error))
    {
      show_error (self, error);
      return;
    }
  follow_up = cherish_follow_up_new (self->customer_id, due,
                                     gtk_editable_get_text (GTK_EDITABLE (self->about_row)));
  if (!cherish_follow_up_store_add (self->follow_ups, follow_up, &error))
    {
      show_error (self, error);   /* what was typed stays */
      return;
    }
  reset_form (self);
}

static void
on_lead_selected (CherishCustomerFollowUps *self)
{
  guint selected = adw_combo_row_get_selected (self->lead_row);
  g_autoptr(GError) error = NULL;

  if (self->loading || self->customer_id <= 0 || selected >= G_N_ELEMENTS (leads))
    return;
  /* Also when the notification comes late, from showing what is kept. */
  if (cherish_reminder_store_get_lead (self->reminders, self->customer_id, NULL) == leads[selected])
    return;
  if (!cherish_reminder_store_set_lead (self->reminders, self->customer_id, leads[selected], &error))
    g_warning ("Could not keep the lead time: %s", error->message);
}

static GtkWidget *
boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

static void
cherish_customer_follow_ups_init (CherishCustomerFollowUps *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *form = boxed_list ();

  gtk_accessible_update_property (GTK_ACCESSIBLE (form), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("New follow-up"), -1);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Follow-ups"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("When to get in touch, and about what."));

  self->list = GTK_LIST_BOX (boxed_list ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Follow-ups"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));

  self->about_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->about_row), _("New Follow-up About"));
  adw_entry_row_set_show_apply_button (self->about_row, TRUE);
  g_signal_connect_swapped (self->about_row, "apply", G_CALLBACK (on_add), self);
  gtk_list_box_append (GTK_LIST_BOX (form), GTK_WIDGET (self->about_row));

  self->due_row = ADW_ENTRY_ROW (adw_entry_row_new ());

  g_signal_connect_swapped (self->due_row, "entry-activated", G_CALLBACK (on_add), self);
  cherish_date_field_attach (self->due_row, _("On"), FALSE);
  gtk_list_box_append (GTK_LIST_BOX (form), GTK_WIDGET (self->due_row));

  gtk_string_list_append (choices, _("The shop’s lead times"));
  gtk_string_list_append (choices, _("On the day only"));
  for (guint i = 2; i < G_N_ELEMENTS (leads); i++)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ahead",
                                                            "%d days ahead", leads[i]), leads[i]);

      gtk_string_list_append (choices, text);
    }
  self->lead_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->lead_row), _("Remind Me of Their Occasions"));
  adw_combo_row_set_model (self->lead_row, G_LIST_MODEL (choices));
  g_signal_connect_swapped (self->lead_row, "notify::selected", G_CALLBACK (on_lead_selected), self);
  gtk_list_box_append (GTK_LIST_BOX (form), GTK_WIDGET (self->lead_row));
  gtk_box_append (GTK_BOX (box), form);

  self->error_label = cherish_error_label_new ();
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), box);
}

void
cherish_customer_follow_ups_setup (CherishCustomerFollowUps *self,
                                   CherishDatabase          *database,
                                   CherishClock             *clock)
{
  g_return_if_fail (CHERISH_IS_CUSTOMER_FOLLOW_UPS (self));

  self->clock = g_object_ref (clock);
  self->follow_ups = cherish_follow_up_store_new (database, clock);
  self->reminders = cherish_reminder_store_new (database, clock);
  g_signal_connect_object (database, "changed::follow_ups", G_CALLBACK (reload), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (database, "changed::reminder_leads", G_CALLBACK (reload), self,
                           G_CONNECT_SWAPPED);
}

/**
 * cherish_customer_follow_ups_set_customer:
 *
 * Shows @customer_id's follow-ups, with an empty form for a new one.
 */
void
cherish_customer_follow_ups_set_customer (CherishCustomerFollowUps *self,
                                          gint64                    customer_id)
{
  g_return_if_fail (CHERISH_IS_CUSTOMER_FOLLOW_UPS (self));

  self->customer_id = customer_id;
  reset_form (self);
  reload (self);
}
