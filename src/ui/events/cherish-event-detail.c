/* cherish-event-detail.c — one event: its guests, check-in, sharing
 *
 * The event's day, place and counts; Edit, open it to guests, mark it
 * done or cancel it; save it as an .ics file or the guest list as CSV
 * (through the file chooser portal). Guests are added by a filter — with
 * the count shown before adding — or one by one by name or phone. Each
 * guest row has what can happen next (cherish-event-detail-guests.c).
 * What the core refuses is said in a banner, and nothing moves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-event-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-csv.h"
#include "cherish-customer-store.h"
#include "cherish-date.h"
#include "cherish-event-detail-private.h"
#include "cherish-message-dialog.h"
#include "cherish-file-picker.h"
#include "cherish-list-dialog.h"
#include "cherish-event-day.h"
#include "cherish-event-dialog.h"
#include "cherish-event-prizes.h"
#include "cherish-event-store.h"
#include "cherish-guest-list-print.h"
#include "cherish-guest-store.h"
#include "cherish-ics.h"
#include "cherish-labels.h"
#include "cherish-shop-settings.h"
#include "cherish-tier-store.h"
#include "cherish-text.h"
#include "cherish-widget-util.h"

#define SEARCH_RESULTS 5
#define GUESTS_SHOWN 30


G_DEFINE_FINAL_TYPE (CherishEventDetail, cherish_event_detail, GTK_TYPE_BOX)

static const CherishGuestFilterKind filter_kinds[] = {
  CHERISH_GUEST_FILTER_TOP_VISITS, CHERISH_GUEST_FILTER_TOP_SPEND, CHERISH_GUEST_FILTER_CELEBRATING,
  CHERISH_GUEST_FILTER_NOT_SEEN, CHERISH_GUEST_FILTER_LIKES, CHERISH_GUEST_FILTER_PROSPECTS,
};

static void
cherish_event_detail_dispose (GObject *object)
{
  CherishEventDetail *self = (CherishEventDetail *) object;

  g_clear_object (&self->event);
  g_clear_object (&self->events);
  g_clear_object (&self->guests);
  g_clear_object (&self->tiers);
  g_clear_pointer (&self->tier_names, g_ptr_array_unref);
  g_clear_object (&self->customers);
  g_clear_object (&self->clock);
  g_clear_object (&self->database);
  g_clear_pointer (&self->result_rows, g_ptr_array_unref);
  g_clear_pointer (&self->guest_rows, g_ptr_array_unref);
  g_clear_object (&self->guest_items);

  G_OBJECT_CLASS (cherish_event_detail_parent_class)->dispose (object);
}

static void
cherish_event_detail_class_init (CherishEventDetailClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cherish_event_detail_dispose;
}

/* Says what happened (or what the core refused); %NULL hides it. */
void
cherish_event_detail_say (CherishEventDetail *self,
                          const char         *message,
                          gboolean            is_error)
{
  gtk_label_set_label (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
}

static char *
event_summary (CherishEventDetail *self,
               CherishEvent       *event)
{
  g_autoptr(GTimeZone) zone = cherish_clock_get_timezone (self->clock);
  g_autofree char *when = cherish_calendar_format_timestamp (cherish_event_get_starts_at (event), zone);
  g_autofree char *counts = NULL;
  const char *place = cherish_event_get_place (event);

  /* Translators: an event's guests: invited, people coming, waiting, people who came */
  counts = g_strdup_printf (_("%d invited · %d coming · %d waiting · %d came"),
                            (int) cherish_event_get_n_invited (event),
                            (int) cherish_event_get_n_accepted (event),
                            (int) cherish_event_get_n_waitlisted (event),
                            (int) cherish_event_get_n_attended (event));
  if (cherish_event_get_capacity (event) > 0)
    {
      /* Translators: the guest counts, then the places there are */
      g_autofree char *with = g_strdup_printf (_("%s · %d places"), counts,
                                               (int) cherish_event_get_capacity (event));

      g_free (counts);
      counts = g_steal_pointer (&with);
    }
  return g_strdup_printf ("%s%s%s\n%s", when, place != NULL && *place != '\0' ? cherish_separator () : "",
                          place != NULL ? place : "", counts);
}

static void reload (CherishEventDetail *self);
static void show_all_guests (CherishEventDetail *self);

/* The filter chosen; @currency holds the shop's currency it may point to. */
static CherishGuestFilter
current_filter (CherishEventDetail  *self,
                char               **currency)
{
  guint selected = adw_combo_row_get_selected (self->filter_row);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->filter_text_row));
  CherishGuestFilter filter = { CHERISH_GUEST_FILTER_TIER, 0, NULL };

  if (selected >= G_N_ELEMENTS (filter_kinds))
    {
      selected -= G_N_ELEMENTS (filter_kinds);
      filter.text = selected < self->tier_names->len ? self->tier_names->pdata[selected] : "";
      return filter;
    }
  filter.kind = filter_kinds[selected];
  if (filter.kind == CHERISH_GUEST_FILTER_TOP_VISITS || filter.kind == CHERISH_GUEST_FILTER_TOP_SPEND)
    filter.limit = 20;
  if (filter.kind == CHERISH_GUEST_FILTER_LIKES)
    filter.text = text;
  if (filter.kind == CHERISH_GUEST_FILTER_TOP_SPEND)
    {
      *currency = cherish_shop_settings_currency ();
      filter.text = *currency;
    }
  return filter;
}

static void
update_preview (CherishEventDetail *self)
{
  CherishGuestFilter filter;
  g_autoptr(GError) error = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *text = NULL;
  gint64 count;

  if (self->event == NULL)
    return;
  filter = current_filter (self, &currency);
  count = cherish_guest_store_count_matching (self->guests, cherish_event_get_id (self->event),
                                              &filter, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->filter_text_row), filter.kind == CHERISH_GUEST_FILTER_LIKES);
  cherish_widget_set_invalid (GTK_WIDGET (self->filter_text_row), error != NULL &&
                              filter.kind == CHERISH_GUEST_FILTER_LIKES &&
                              *gtk_editable_get_text (GTK_EDITABLE (self->filter_text_row)) != '\0');
  if (count < 0)
    text = g_strdup (filter.kind == CHERISH_GUEST_FILTER_LIKES ? _("Type what they like.") : error->message);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d customer not on the list yet",
                                         "%d customers not on the list yet", (int) count), (int) count);
  {
    g_autofree char *digits = cherish_calendar_digits (text);

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->preview_row), digits);
  }
  gtk_widget_set_sensitive (self->add_button, count > 0);
}

static void
on_add_matching (CherishEventDetail *self)
{
  g_autofree char *currency = NULL;
  CherishGuestFilter filter = current_filter (self, &currency);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 added;

  added = cherish_guest_store_invite_matching (self->guests, cherish_event_get_id (self->event),
                                               &filter, &error);
  if (added < 0)
    {
      cherish_event_detail_say (self, error->message, TRUE);
      return;
    }
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d guest added.", "%d guests added.",
                                       (int) added), (int) added);
  cherish_event_detail_say (self, text, FALSE);
}

static void
on_invite_one (GtkListBoxRow      *row,
               CherishEventDetail *self)
{
  gint64 customer = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "id"));
  g_autoptr(GError) error = NULL;

  if (cherish_guest_store_invite (self->guests, cherish_event_get_id (self->event), customer, &error) == 0)
    cherish_event_detail_say (self, error->message, TRUE);
  else
    {
      cherish_event_detail_say (self, NULL, FALSE);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
    }
}

/* Someone came without an invitation: on the list and checked in at once. */
static void
on_walk_in (GtkButton          *button,
            CherishEventDetail *self)
{
  gint64 customer = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "id"));
  g_autoptr(GError) error = NULL;

  if (cherish_guest_store_walk_in (self->guests, cherish_event_get_id (self->event), customer, 1,
                                   &error) == 0)
    cherish_event_detail_say (self, error->message, TRUE);
  else
    {
      cherish_event_detail_say (self, NULL, FALSE);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
    }
}

static void
on_search_changed (CherishEventDetail *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  CherishCustomerQuery query = { text, CHERISH_CUSTOMER_SORT_LAST_VISIT, CHERISH_CUSTOMER_FILTER_NONE };
  g_autoptr(GPtrArray) found = NULL;

  cherish_group_clear (self->results_group, self->result_rows);
  if (*text == '\0' || self->customers == NULL)
    return;
  found = cherish_customer_store_find (self->customers, &query, 0, SEARCH_RESULTS, NULL);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      const char *name = cherish_customer_get_display_name (found->pdata[i]);
      GtkWidget *row = cherish_info_row_new (name, _("Invite"), 0);
      GtkWidget *walk_in = gtk_button_new_with_label (_("Walk In"));
      /* Translators: a button's name for screen readers, %s is a customer */
      g_autofree char *label = g_strdup_printf (_("Walk in: %s"), name);

      gtk_widget_set_valign (walk_in, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (walk_in, _("Came without an invitation: check in now"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (walk_in), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data (G_OBJECT (walk_in), "id",
                         GSIZE_TO_POINTER ((gsize) cherish_customer_get_id (found->pdata[i])));
      g_signal_connect (walk_in, "clicked", G_CALLBACK (on_walk_in), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), walk_in);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "id",
                         GSIZE_TO_POINTER ((gsize) cherish_customer_get_id (found->pdata[i])));
      g_signal_connect (row, "activated", G_CALLBACK (on_invite_one), self);
      cherish_group_add_row (self->results_group, self->result_rows, row);
    }
}

static void
set_status (CherishEventDetail *self,
            CherishEventStatus  status)
{
  g_autoptr(GError) error = NULL;

  if (!cherish_event_store_set_status (self->events, cherish_event_get_id (self->event), status, &error))
    cherish_event_detail_say (self, error->message, TRUE);
}

static void on_open (CherishEventDetail *self) { set_status (self, CHERISH_EVENT_STATUS_OPEN); }
static void on_done (CherishEventDetail *self) { set_status (self, CHERISH_EVENT_STATUS_DONE); }
static void on_cancel (CherishEventDetail *self) { set_status (self, CHERISH_EVENT_STATUS_CANCELLED); }

static void
on_edit (CherishEventDetail *self)
{
  CherishEventDialog *dialog = cherish_event_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                         self->database, self->clock, self->event);

  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  CherishEventDetail *self;
  char               *contents;
} Saving;

static void
saving_free (gpointer data)
{
  Saving *saving = data;

  g_object_unref (saving->self);
  g_free (saving->contents);
  g_free (saving);
}

static void
on_save_picked (GFile    *file,
                gpointer  user_data)
{
  Saving *saving = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents (file, saving->contents, strlen (saving->contents), NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error))
    cherish_event_detail_say (saving->self, error->message, TRUE);
  else
    cherish_event_detail_say (saving->self, _("Saved."), FALSE);
}

/* Asks where to save @contents (taken), through the portal. */
static void
save_as (CherishEventDetail *self,
         const char         *title,
         const char         *name,
         char               *contents)
{
  Saving *saving = g_new0 (Saving, 1);

  saving->self = g_object_ref (self);
  saving->contents = contents;
  cherish_file_picker_run (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), TRUE, title, _("_Save"), name,
                           NULL, on_save_picked, saving, saving_free);
}

static void
on_export_ics (CherishEventDetail *self)
{
  g_autoptr(GDateTime) now = cherish_clock_get_now (self->clock);

  save_as (self, _("Save the Event"), "event.ics", cherish_ics_from_event (self->event, now));
}

static void
on_export_csv (CherishEventDetail *self)
{
  g_autoptr(GPtrArray) list = cherish_guest_store_list (self->guests, cherish_event_get_id (self->event),
                                                        NULL);

  if (list != NULL)
    save_as (self, _("Save the Guest List"), "guests.csv", cherish_csv_guest_list (list));
}

static void
on_event_day (CherishEventDetail *self)
{
  CherishEventDay *window = cherish_event_day_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                   self->database, self->clock,
                                                   cherish_event_get_id (self->event));

  gtk_window_present (GTK_WINDOW (window));
}

/* One message after another: invitations, reminders or thanks. */
static void
on_message_guests (CherishEventDetail *self)
{
  g_autoptr(GPtrArray) guests = g_ptr_array_new_with_free_func (g_object_unref);
  CherishMessageDialog *dialog;

  if (self->event == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->guest_items)); i++)
    {
      g_autoptr(CherishInvitation) guest = g_list_model_get_item (G_LIST_MODEL (self->guest_items), i);

      if (cherish_invitation_get_status (guest) != CHERISH_INVITATION_STATUS_DECLINED)
        g_ptr_array_add (guests, g_object_ref (guest));
    }
  dialog = cherish_message_dialog_new_for_guests (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                  self->database, self->clock, self->event, guests);
  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_print (CherishEventDetail *self)
{
  g_autoptr(GPtrArray) list = cherish_guest_store_list (self->guests, cherish_event_get_id (self->event),
                                                        NULL);
  g_autoptr(GTimeZone) zone = cherish_clock_get_timezone (self->clock);
  g_autofree char *when = cherish_calendar_format_timestamp (cherish_event_get_starts_at (self->event), zone);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (list == NULL)
    return;
  operation = cherish_guest_list_print_new (self->event, when, list);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    cherish_event_detail_say (self, error->message, TRUE);
}

static void
reload (CherishEventDetail *self)
{
  g_autoptr(CherishEvent) event = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *summary = NULL;
  CherishEventStatus status;

  if (self->event == NULL)
    return;
  event = cherish_event_store_get (self->events, cherish_event_get_id (self->event), NULL);
  if (event == NULL)
    return;
  g_set_object (&self->event, event);
  status = cherish_event_get_status (event);
  gtk_label_set_label (self->title_label, cherish_event_get_title (event));
  summary = event_summary (self, event);
  {
    g_autofree char *digits = cherish_calendar_digits (summary);

    gtk_label_set_label (self->summary_label, digits);
  }
  gtk_widget_set_visible (self->open_button, status == CHERISH_EVENT_STATUS_DRAFT);
  gtk_widget_set_visible (self->done_button, status == CHERISH_EVENT_STATUS_OPEN);
  gtk_widget_set_visible (self->cancel_button, status == CHERISH_EVENT_STATUS_DRAFT ||
                                               status == CHERISH_EVENT_STATUS_OPEN);

  cherish_group_clear (self->guests_group, self->guest_rows);
  list = cherish_guest_store_list (self->guests, cherish_event_get_id (event), NULL);
  g_list_store_remove_all (self->guest_items);
  if (list != NULL)
    g_list_store_splice (self->guest_items, 0, 0, list->pdata, list->len);
  /* A page's worth of rows, however many are invited; the rest in a list. */
  for (guint i = 0; list != NULL && i < MIN (list->len, GUESTS_SHOWN); i++)
    cherish_group_add_row (self->guests_group, self->guest_rows, cherish_event_detail_guest_row (self, list->pdata[i]));
  if (list != NULL && list->len > GUESTS_SHOWN)
    cherish_group_add_row (self->guests_group, self->guest_rows,
                           cherish_show_all_row_new (list->len, G_CALLBACK (show_all_guests), self));
  if (list == NULL || list->len == 0)
    cherish_group_add_row (self->guests_group, self->guest_rows,
                           cherish_info_row_new (_("No guests yet"),
                                                 _("Add them by a filter or by name above."), 0));
  update_preview (self);
}

static void
describe_guest (gpointer   item,
                gpointer   user_data,
                char     **title,
                char     **subtitle,
                gint64    *customer_id)
{
  CherishInvitation *guest = item;
  int party = (int) cherish_invitation_get_party_size (guest);
  const char *status = cherish_invitation_status_label (cherish_invitation_get_status (guest));

  *title = g_strdup (cherish_invitation_get_customer_name (guest));
  *subtitle = party > 1 ? g_strdup_printf (_("%s · party of %d"), status, party) : g_strdup (status);
  *customer_id = cherish_invitation_get_customer_id (guest);
}

static void
check_in_guest (gpointer item,
                gpointer user_data)
{
  CherishEventDetail *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!cherish_guest_store_check_in (self->guests, cherish_invitation_get_id (item), &error))
    cherish_event_detail_say (self, error->message, TRUE);
  else
    cherish_event_detail_say (self, NULL, FALSE);
}

static void
show_all_guests (CherishEventDetail *self)
{
  const CherishListAction actions[] = {
    { "object-select-symbolic", _("Check In"), check_in_guest },
  };
  CherishListDialog *dialog;

  dialog = cherish_list_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), _("Guests"),
                                    G_LIST_MODEL (self->guest_items), describe_guest, self, actions,
                                    G_N_ELEMENTS (actions));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
button (const char *label,
        GCallback   callback,
        gpointer    self)
{
  GtkWidget *widget = gtk_button_new_with_mnemonic (label);

  g_signal_connect_swapped (widget, "clicked", callback, self);
  return widget;
}

static void
cherish_event_detail_init (CherishEventDetail *self)
{
  GtkWidget *actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *flow = gtk_flow_box_new ();
  AdwPreferencesGroup *add_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *one_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkWidget *add_row = adw_action_row_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 18);
  self->result_rows = g_ptr_array_new ();
  self->guest_rows = g_ptr_array_new ();
  self->guest_items = g_list_store_new (CHERISH_TYPE_INVITATION);
  self->tier_names = g_ptr_array_new_with_free_func (g_free);

  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->title_label, TRUE);
  gtk_label_set_xalign (self->title_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "title-1");
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->title_label));
  self->summary_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->summary_label, TRUE);
  gtk_label_set_xalign (self->summary_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "dim-label");
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->summary_label));

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_widget_set_hexpand (flow, TRUE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
  {
    GtkWidget *day = button (_("Event _Day: Check-In"), G_CALLBACK (on_event_day), self);

    gtk_widget_add_css_class (day, "suggested-action");
    gtk_flow_box_append (GTK_FLOW_BOX (flow), day);
  }
  gtk_flow_box_append (GTK_FLOW_BOX (flow), button (_("_Edit"), G_CALLBACK (on_edit), self));
  self->open_button = button (_("_Open to Guests"), G_CALLBACK (on_open), self);
  gtk_flow_box_append (GTK_FLOW_BOX (flow), self->open_button);
  self->done_button = button (_("Mark _Done"), G_CALLBACK (on_done), self);
  gtk_flow_box_append (GTK_FLOW_BOX (flow), self->done_button);
  self->cancel_button = button (_("Cance_l Event"), G_CALLBACK (on_cancel), self);
  gtk_widget_add_css_class (self->cancel_button, "destructive-action");
  gtk_flow_box_append (GTK_FLOW_BOX (flow), self->cancel_button);
  gtk_flow_box_append (GTK_FLOW_BOX (flow), button (_("Save as _Calendar File…"),
                                                    G_CALLBACK (on_export_ics), self));
  gtk_flow_box_append (GTK_FLOW_BOX (flow), button (_("Save _Guest List…"),
                                                    G_CALLBACK (on_export_csv), self));
  gtk_flow_box_append (GTK_FLOW_BOX (flow), button (_("_Print Guest List…"),
                                                    G_CALLBACK (on_print), self));
  gtk_flow_box_append (GTK_FLOW_BOX (flow), button (_("_Message Every Guest…"),
                                                    G_CALLBACK (on_message_guests), self));
  gtk_box_append (GTK_BOX (actions), flow);
  gtk_box_append (GTK_BOX (self), actions);

  self->message_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message_label, TRUE);
  gtk_label_set_xalign (self->message_label, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->message_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("What happened"), -1);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->message_label));

  /* Add many by a filter, with the count first. */
  adw_preferences_group_set_title (add_group, _("Add Guests"));
  gtk_string_list_append (kinds, _("Top 20 by visits"));
  gtk_string_list_append (kinds, _("Top 20 by spend"));
  gtk_string_list_append (kinds, _("Celebrating this month"));
  gtk_string_list_append (kinds, _("Not seen for 90 days"));
  gtk_string_list_append (kinds, _("Who like…"));
  gtk_string_list_append (kinds, _("Prospects"));
  self->filter_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->filter_row), _("Customers"));
  adw_combo_row_set_model (self->filter_row, G_LIST_MODEL (kinds));
  g_signal_connect_swapped (self->filter_row, "notify::selected", G_CALLBACK (update_preview), self);
  adw_preferences_group_add (add_group, GTK_WIDGET (self->filter_row));
  self->filter_text_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->filter_text_row), _("They Like"));
  g_signal_connect_swapped (self->filter_text_row, "changed", G_CALLBACK (update_preview), self);
  adw_preferences_group_add (add_group, GTK_WIDGET (self->filter_text_row));
  self->preview_row = ADW_ACTION_ROW (add_row);
  self->add_button = button (_("_Add Them"), G_CALLBACK (on_add_matching), self);
  gtk_widget_set_valign (self->add_button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (add_row), self->add_button);
  adw_preferences_group_add (add_group, add_row);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (add_group));

  /* Or one by one. */
  adw_preferences_group_set_title (one_group, _("Invite Someone"));
  adw_preferences_group_set_description (one_group,
                                         _("Click a name to invite them; on the day, Walk In checks in "
                                           "someone who came without an invitation."));
  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _("Name or phone"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Customer to invite"), -1);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  adw_preferences_group_add (one_group, GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (one_group));
  self->results_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->results_group));

  self->guests_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->guests_group, _("Guests"));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->guests_group));

  self->prizes = g_object_new (CHERISH_TYPE_EVENT_PRIZES, NULL);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->prizes));
}

void
cherish_event_detail_setup (CherishEventDetail *self,
                            CherishDatabase    *database,
                            CherishClock       *clock)
{
  static const char *tables[] = { "changed::events", "changed::invitations", "changed::prizes",
                                  "changed::customers" };

  g_return_if_fail (CHERISH_IS_EVENT_DETAIL (self));

  self->database = g_object_ref (database);
  self->clock = g_object_ref (clock);
  self->events = cherish_event_store_new (database, clock);
  self->guests = cherish_guest_store_new (database, clock);
  self->tiers = cherish_tier_store_new (database, clock);
  self->customers = cherish_customer_store_new (database, clock);
  cherish_event_prizes_setup (self->prizes, database, clock);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_signal_connect_object (database, tables[i], G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
}

/* One filter per tier, as the tiers are now: "Gold and above". */
static void
show_tier_filters (CherishEventDetail *self)
{
  GtkStringList *kinds = GTK_STRING_LIST (adw_combo_row_get_model (self->filter_row));
  guint base = G_N_ELEMENTS (filter_kinds);
  g_autoptr(GPtrArray) tiers = cherish_tier_store_list (self->tiers, NULL);

  adw_combo_row_set_selected (self->filter_row, 0);
  gtk_string_list_splice (kinds, base, g_list_model_get_n_items (G_LIST_MODEL (kinds)) - base, NULL);
  g_ptr_array_set_size (self->tier_names, 0);
  for (guint i = 0; tiers != NULL && i < tiers->len; i++)
    {
      g_autofree char *tier = cherish_text_isolate (cherish_tier_get_name (tiers->pdata[i]));
      /* Translators: a guest filter, %s is a loyalty tier */
      g_autofree char *label = g_strdup_printf (_("%s and above"), tier);
      g_autofree char *line = cherish_line_in_direction (label);

      gtk_string_list_append (kinds, line);
      g_ptr_array_add (self->tier_names, g_strdup (cherish_tier_get_name (tiers->pdata[i])));
    }
}

void
cherish_event_detail_show_event (CherishEventDetail *self,
                                 gint64              event_id)
{
  g_autoptr(CherishEvent) event = NULL;

  g_return_if_fail (CHERISH_IS_EVENT_DETAIL (self));

  event = cherish_event_store_get (self->events, event_id, NULL);
  g_set_object (&self->event, event);
  show_tier_filters (self);
  cherish_event_prizes_set_event (self->prizes, event_id);
  cherish_event_detail_say (self, NULL, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  reload (self);
}

gint64
cherish_event_detail_get_event_id (CherishEventDetail *self)
{
  g_return_val_if_fail (CHERISH_IS_EVENT_DETAIL (self), 0);
  return self->event != NULL ? cherish_event_get_id (self->event) : 0;
}
