/* cherish-events-page.c — the shop's customer events, coming and past
 *
 * Coming events, soonest first, and past ones, latest first, each with
 * its day and its guests (invited, coming, waiting, came); New Event; a
 * click opens the event (see cherish-event-detail.c), Back returns. With
 * no event yet, a page says what events are for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-events-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-date.h"
#include "cherish-event-detail.h"
#include "cherish-event-dialog.h"
#include "cherish-event-store.h"
#include "cherish-events-page.h"
#include "cherish-page-reading.h"
#include "cherish-widget-util.h"

struct _CherishEventsPage
{
  AdwBin               parent_instance;

  CherishDatabase     *database;
  CherishClock        *clock;
  CherishEventStore   *events;
  GPtrArray           *rows;

  GtkStack            *stack;
  GtkWidget           *empty;
  AdwPreferencesGroup *upcoming_group;
  AdwPreferencesGroup *past_group;
  CherishEventDetail  *detail;
};

G_DEFINE_FINAL_TYPE (CherishEventsPage, cherish_events_page, ADW_TYPE_BIN)

static void
cherish_events_page_dispose (GObject *object)
{
  CherishEventsPage *self = (CherishEventsPage *) object;

  g_clear_object (&self->events);
  g_clear_object (&self->clock);
  g_clear_object (&self->database);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (cherish_events_page_parent_class)->dispose (object);
}

static void
cherish_events_page_class_init (CherishEventsPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cherish_events_page_dispose;
}

static const char *
status_text (CherishEventStatus status)
{
  switch (status)
    {
    case CHERISH_EVENT_STATUS_DRAFT:
      return _("Draft");
    case CHERISH_EVENT_STATUS_DONE:
      return _("Done");
    case CHERISH_EVENT_STATUS_CANCELLED:
      return _("Cancelled");
    case CHERISH_EVENT_STATUS_OPEN:
    default:
      return _("Open");
    }
}

static void
on_row_activated (GtkListBoxRow     *row,
                  CherishEventsPage *self)
{
  cherish_events_page_show_event (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "id")));
}

static guint
fill (CherishEventsPage   *self,
      AdwPreferencesGroup *group,
      gboolean             upcoming)
{
  g_autoptr(GPtrArray) list = cherish_event_store_list (self->events, upcoming, NULL);
  g_autoptr(GTimeZone) zone = cherish_clock_get_timezone (self->clock);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      CherishEvent *event = list->pdata[i];
      g_autofree char *when = cherish_calendar_format_timestamp (cherish_event_get_starts_at (event), zone);
      /* Translators: an event in the list: when, its state, then its guests */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s · %d invited · %d coming · %d waiting · %d came"),
                                                   when, status_text (cherish_event_get_status (event)),
                                                   (int) cherish_event_get_n_invited (event),
                                                   (int) cherish_event_get_n_accepted (event),
                                                   (int) cherish_event_get_n_waitlisted (event),
                                                   (int) cherish_event_get_n_attended (event));
      GtkWidget *row = cherish_info_row_new (cherish_event_get_title (event), subtitle, 0);

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data (G_OBJECT (row), "id", GSIZE_TO_POINTER ((gsize) cherish_event_get_id (event)));
      g_object_set_data (G_OBJECT (row), "group", group);
      g_signal_connect (row, "activated", G_CALLBACK (on_row_activated), self);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (group), list != NULL && list->len > 0);
  return list != NULL ? list->len : 0;
}

static void
reload (CherishEventsPage *self)
{
  guint shown;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (g_object_get_data (self->rows->pdata[i], "group"),
                                  self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);
  if (self->events == NULL)
    return;
  shown = fill (self, self->upcoming_group, TRUE) + fill (self, self->past_group, FALSE);
  gtk_widget_set_visible (self->empty, shown == 0);
}

/**
 * cherish_events_page_new_event:
 *
 * Opens the dialog for a new event.
 */
void
cherish_events_page_new_event (CherishEventsPage *self)
{
  CherishEventDialog *dialog;

  g_return_if_fail (CHERISH_IS_EVENTS_PAGE (self));

  dialog = cherish_event_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                     self->database, self->clock, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_back (CherishEventsPage *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
cherish_events_page_init (CherishEventsPage *self)
{
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *new_button = gtk_button_new_with_mnemonic (_("_New Event"));
  GtkWidget *detail_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *back = gtk_button_new_from_icon_name ("go-previous-symbolic");

  self->rows = g_ptr_array_new ();
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT_RIGHT);

  gtk_widget_set_halign (new_button, GTK_ALIGN_START);
  gtk_widget_add_css_class (new_button, "suggested-action");
  gtk_widget_add_css_class (new_button, "pill");
  g_signal_connect_swapped (new_button, "clicked", G_CALLBACK (cherish_events_page_new_event), self);

  self->empty = cherish_empty_state_new ("send-to-symbolic", _("No Events Yet"),
                                        _("Invite your customers to a special evening — a new collection, an "
                                          "anniversary, a tasting — with offers and prizes. Plan it here, fill "
                                          "the guest list and check guests in on the day."),
                                        "event-day");

  self->upcoming_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->upcoming_group, _("Coming"));
  self->past_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->past_group, _("Past"));
  gtk_box_append (GTK_BOX (list), new_button);
  gtk_box_append (GTK_BOX (list), self->empty);
  gtk_box_append (GTK_BOX (list), GTK_WIDGET (self->upcoming_group));
  gtk_box_append (GTK_BOX (list), GTK_WIDGET (self->past_group));
  gtk_stack_add_named (self->stack, cherish_scrolled_page_new (list), "list");

  gtk_widget_set_halign (back, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (back, _("Back to the events"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (back), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Back to the events"), -1);
  g_signal_connect_swapped (back, "clicked", G_CALLBACK (on_back), self);
  self->detail = g_object_new (CHERISH_TYPE_EVENT_DETAIL, NULL);
  gtk_box_append (GTK_BOX (detail_box), back);
  gtk_box_append (GTK_BOX (detail_box), GTK_WIDGET (self->detail));
  gtk_stack_add_named (self->stack, cherish_scrolled_page_new (detail_box), "detail");

  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

void
cherish_events_page_setup (CherishEventsPage *self,
                           CherishDatabase   *database,
                           CherishClock      *clock)
{
  static const char *tables[] = { "changed::events", "changed::invitations" };

  g_return_if_fail (CHERISH_IS_EVENTS_PAGE (self));

  self->database = g_object_ref (database);
  self->clock = g_object_ref (clock);
  self->events = cherish_event_store_new (database, clock);
  cherish_event_detail_setup (self->detail, database, clock);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_signal_connect_object (database, tables[i], G_CALLBACK (cherish_page_changed), self, G_CONNECT_SWAPPED);
  cherish_page_follow (GTK_WIDGET (self), (CherishReload) reload);
}

/**
 * cherish_events_page_show_event:
 *
 * Opens the event's page.
 */
void
cherish_events_page_show_event (CherishEventsPage *self,
                                gint64             event_id)
{
  g_return_if_fail (CHERISH_IS_EVENTS_PAGE (self));

  cherish_event_detail_show_event (self->detail, event_id);
  gtk_stack_set_visible_child_name (self->stack, "detail");
}
