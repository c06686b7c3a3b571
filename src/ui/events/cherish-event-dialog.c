/* cherish-event-dialog.c — a new customer event, or changes to one
 *
 * Title, day (typed in the shop's calendar, or picked from a month),
 * start and end times (HH:MM, in the shop's time zone; an end before the
 * start is the next day), place, capacity (0: no limit), what it is, and the
 * incentives, one per line. The core checks it on Save: the wrong field
 * turns red with the reason, and nothing typed is lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-event-dialog"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "cherish-date-field.h"
#include "cherish-date.h"
#include "cherish-error.h"
#include "cherish-event-dialog.h"
#include "cherish-event-store.h"
#include "cherish-widget-util.h"

struct _CherishEventDialog
{
  AdwWindow          parent_instance;

  CherishClock      *clock;
  CherishEventStore *events;
  CherishEvent      *event;     /* being edited, or NULL */

  AdwEntryRow       *title_row;
  AdwEntryRow       *date_row;
  AdwEntryRow       *starts_row;
  AdwEntryRow       *ends_row;
  AdwEntryRow       *place_row;
  GtkSpinButton     *capacity_spin;
  AdwEntryRow       *description_row;
  AdwEntryRow       *incentives_row;
  GtkLabel          *error_label;
};

G_DEFINE_FINAL_TYPE (CherishEventDialog, cherish_event_dialog, ADW_TYPE_WINDOW)

static void
cherish_event_dialog_dispose (GObject *object)
{
  CherishEventDialog *self = (CherishEventDialog *) object;

  g_clear_object (&self->event);
  g_clear_object (&self->events);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (cherish_event_dialog_parent_class)->dispose (object);
}

static void
cherish_event_dialog_class_init (CherishEventDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cherish_event_dialog_dispose;
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* "YYYY-MM-DD" + "HH:MM" in the shop's zone → a stored timestamp, or the
 * text as typed (the core then says what is wrong with it). */
static char *
timestamp_of (CherishEventDialog *self,
              const char         *day_text,
              const char         *time_text,
              int                 add_days)
{
  g_autoptr(GTimeZone) zone = cherish_clock_get_timezone (self->clock);
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) later = NULL;
  g_autofree char *time = g_strstrip (g_strdup (time_text));
  int hour = -1, minute = -1;
  char end = 0;
  GDate day;

  if (!cherish_date_parse (day_text, &day, NULL))
    return g_strdup (day_text);
  if (sscanf (time, "%d:%d%c", &hour, &minute, &end) != 2 || hour < 0 || hour > 23 ||
      minute < 0 || minute > 59)
    return g_strdup_printf ("%s %s", day_text, time);
  when = g_date_time_new (zone, g_date_get_year (&day), g_date_get_month (&day),
                          g_date_get_day (&day), hour, minute, 0);
  later = g_date_time_add_days (when, add_days);
  return cherish_timestamp_format (later);
}

static void
show_error (CherishEventDialog *self,
            const GError       *error)
{
  const char *field = error != NULL ? cherish_error_get_field (error) : NULL;

  cherish_widget_set_invalid (GTK_WIDGET (self->title_row), g_strcmp0 (field, "title") == 0);
  cherish_widget_set_invalid (GTK_WIDGET (self->date_row), g_strcmp0 (field, "day") == 0);
  cherish_widget_set_invalid (GTK_WIDGET (self->starts_row), g_strcmp0 (field, "starts-at") == 0);
  cherish_widget_set_invalid (GTK_WIDGET (self->ends_row), g_strcmp0 (field, "ends-at") == 0);
  cherish_widget_set_invalid (GTK_WIDGET (self->capacity_spin), g_strcmp0 (field, "capacity") == 0);
  gtk_label_set_label (self->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
}

/**
 * cherish_event_dialog_save:
 *
 * Returns: whether the event was saved (the dialog then closes)
 */
gboolean
cherish_event_dialog_save (CherishEventDialog *self)
{
  g_autoptr(CherishEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  g_autofree char *incentives = NULL;
  int start_h = 0, start_m = 0, end_h = 0, end_m = 0;
  gboolean next_day;
  gboolean ok;
  g_autofree char *day = NULL;
  GDate today;

  cherish_clock_get_today (self->clock, &today);
  if (!cherish_date_field_read (self->date_row, &today, "day", &day, &error))
    {
      show_error (self, error);
      return FALSE;
    }
  sscanf (text_of (self->starts_row), "%d:%d", &start_h, &start_m);
  sscanf (text_of (self->ends_row), "%d:%d", &end_h, &end_m);
  next_day = end_h * 60 + end_m < start_h * 60 + start_m;   /* until after midnight */
  starts = timestamp_of (self, day != NULL ? day : "", text_of (self->starts_row), 0);
  ends = timestamp_of (self, day != NULL ? day : "", text_of (self->ends_row), next_day ? 1 : 0);
  incentives = g_strdelimit (g_strdup (text_of (self->incentives_row)), ";", '\n');

  event = self->event != NULL ? cherish_event_copy (self->event) : cherish_event_new (NULL, NULL, NULL);
  g_object_set (event, "title", text_of (self->title_row), "starts-at", starts, "ends-at", ends,
                "place", text_of (self->place_row),
                "capacity", (gint64) gtk_spin_button_get_value_as_int (self->capacity_spin),
                "description", text_of (self->description_row), "incentives", incentives, NULL);
  ok = self->event != NULL ? cherish_event_store_update (self->events, event, &error)
                           : cherish_event_store_insert (self->events, event, &error);
  show_error (self, error);
  if (ok)
    gtk_window_destroy (GTK_WINDOW (self));
  return ok;
}

static AdwEntryRow *
entry_row (GtkWidget  *list,
           const char *title)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (row));
  return row;
}

static void
cherish_event_dialog_init (CherishEventDialog *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *capacity_row = adw_action_row_new ();

  gtk_window_set_default_size (GTK_WINDOW (self), 480, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_title (GTK_WINDOW (self), _("Event"));

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (cherish_event_dialog_save), self);
  gtk_box_append (GTK_BOX (content), header);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Event"), -1);
  self->title_row = entry_row (list, _("Title"));
  self->date_row = entry_row (list, _("Day"));
  cherish_date_field_attach (self->date_row, _("Day"), FALSE);
  self->starts_row = entry_row (list, _("Starts (hour:minute)"));
  self->ends_row = entry_row (list, _("Ends (hour:minute)"));
  self->place_row = entry_row (list, _("Place"));

  self->capacity_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, CHERISH_EVENT_MAX_CAPACITY, 1));
  gtk_widget_set_valign (GTK_WIDGET (self->capacity_spin), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->capacity_spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Capacity"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (capacity_row), _("Capacity"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (capacity_row),
                               _("People, guests’ companions included; 0: no limit"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (capacity_row), GTK_WIDGET (self->capacity_spin));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (capacity_row), GTK_WIDGET (self->capacity_spin));
  gtk_list_box_append (GTK_LIST_BOX (list), capacity_row);

  self->description_row = entry_row (list, _("What It Is"));
  self->incentives_row = entry_row (list, _("Incentives (separated by ;)"));
  gtk_box_append (GTK_BOX (box), list);

  self->error_label = cherish_error_label_new ();
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (content), scrolled);
  adw_window_set_content (ADW_WINDOW (self), content);
  gtk_window_set_default_widget (GTK_WINDOW (self), save);
}

/**
 * cherish_event_dialog_new:
 * @event: (nullable): the event to change, or %NULL for a new one
 *
 * Returns: (transfer none): the dialog, to present
 */
CherishEventDialog *
cherish_event_dialog_new (GtkWindow       *parent,
                          CherishDatabase *database,
                          CherishClock    *clock,
                          CherishEvent    *event)
{
  CherishEventDialog *self = g_object_new (CHERISH_TYPE_EVENT_DIALOG, "transient-for", parent, NULL);
  g_autoptr(GTimeZone) zone = cherish_clock_get_timezone (clock);
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  g_autofree char *day = NULL, *from = NULL, *until = NULL, *incentives = NULL;

  self->clock = g_object_ref (clock);
  self->events = cherish_event_store_new (database, clock);
  gtk_window_set_title (GTK_WINDOW (self), event != NULL ? _("Edit Event") : _("New Event"));
  if (event != NULL)
    {
      self->event = g_object_ref (event);
      starts = cherish_timestamp_to_local (cherish_event_get_starts_at (event), zone);
      ends = cherish_timestamp_to_local (cherish_event_get_ends_at (event), zone);
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), cherish_event_get_title (event));
      gtk_editable_set_text (GTK_EDITABLE (self->place_row), cherish_event_get_place (event) ?: "");
      gtk_editable_set_text (GTK_EDITABLE (self->description_row),
                             cherish_event_get_description (event) ?: "");
      incentives = g_strdelimit (g_strdup (cherish_event_get_incentives (event) ?: ""), "\n", ';');
      gtk_editable_set_text (GTK_EDITABLE (self->incentives_row), incentives);
      gtk_spin_button_set_value (self->capacity_spin, cherish_event_get_capacity (event));
    }
  else
    {
      /* A week from today, 18:00 to 21:00. */
      g_autoptr(GDateTime) now = cherish_clock_get_now (clock);
      g_autoptr(GDateTime) week = g_date_time_add_days (now, 7);

      starts = g_date_time_new (zone, g_date_time_get_year (week), g_date_time_get_month (week),
                                g_date_time_get_day_of_month (week), 18, 0, 0);
      ends = g_date_time_add_hours (starts, 3);
    }
  day = g_date_time_format (starts, "%Y-%m-%d");
  from = g_date_time_format (starts, "%H:%M");
  until = g_date_time_format (ends, "%H:%M");
  cherish_date_field_set_iso (self->date_row, day);
  gtk_editable_set_text (GTK_EDITABLE (self->starts_row), from);
  gtk_editable_set_text (GTK_EDITABLE (self->ends_row), until);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}
