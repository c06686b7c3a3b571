/* cherish-message-dialog.c — a personal message, written and sent in one dialog
 *
 * The template of the purpose (a birthday, a follow-up, an invitation…),
 * filled in for the customer and the shop (and signed by whoever served
 * the customer last), editable before it goes; then
 * one row per way it can go — e-mail, SMS, WhatsApp, a call — each only
 * when the customer has that address or number, accepts that channel and
 * has not asked not to be contacted, and Copy Text. A channel opens the
 * desktop's program for it (the OpenURI portal in Flatpak) with the
 * message in it; the message goes on the customer's timeline, the
 * follow-up that asked for it is marked done, and the window's toast
 * offers Undo for both.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-message-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-date.h"
#include "cherish-customer-store.h"
#include "cherish-life-event-store.h"
#include "cherish-staff-store.h"
#include "cherish-visit-store.h"
#include "cherish-message-dialog.h"
#include "cherish-message-log.h"
#include "cherish-shop-settings.h"
#include "cherish-widget-util.h"
#include "cherish-window.h"

struct _CherishMessageDialog
{
  AdwWindow         parent_instance;

  CherishDatabase  *database;
  CherishClock     *clock;
  CherishCustomer  *customer;
  gint64            follow_up_id;
  CherishOccasion  *occasion;
  char             *country;
  GHashTable       *values;
  AdwComboRow      *purpose_row;
  AdwEntryRow      *subject_row;
  GtkTextView      *text_view;
  GtkWidget        *box;
  GtkWidget        *channels_group;
  AdwWindowTitle   *window_title;

  /* A guest list, one message after another */
  CherishEvent     *event;
  GPtrArray        *guests;      /* CherishInvitation */
  guint             next;
  guint             n_sent;
  guint             n_skipped;
  guint             n_refused;   /* asked not to be contacted, or no way to reach them */
  gboolean          finished;
};

G_DEFINE_FINAL_TYPE (CherishMessageDialog, cherish_message_dialog, ADW_TYPE_WINDOW)

static const CherishChannel channels[] = {
  CHERISH_CHANNEL_EMAIL, CHERISH_CHANNEL_SMS, CHERISH_CHANNEL_WHATSAPP, CHERISH_CHANNEL_CALL,
};

static void
cherish_message_dialog_dispose (GObject *object)
{
  CherishMessageDialog *self = CHERISH_MESSAGE_DIALOG (object);

  g_clear_object (&self->database);
  g_clear_object (&self->clock);
  g_clear_object (&self->customer);
  g_clear_object (&self->occasion);
  g_clear_object (&self->event);
  g_clear_pointer (&self->guests, g_ptr_array_unref);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->values, g_hash_table_unref);

  G_OBJECT_CLASS (cherish_message_dialog_parent_class)->dispose (object);
}

static void
cherish_message_dialog_class_init (CherishMessageDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cherish_message_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cherish_message_dialog_init (CherishMessageDialog *self)
{
}

/* {staff_name}: who served the customer last signs the message. */
static void
add_staff_name (CherishMessageDialog *self)
{
  g_autoptr(CherishVisitStore) visits = cherish_visit_store_new (self->database, self->clock);
  g_autoptr(GPtrArray) latest = cherish_visit_store_find_for_customer (visits,
                                                                       cherish_customer_get_id (self->customer),
                                                                       0, 20, NULL);

  for (guint i = 0; latest != NULL && i < latest->len; i++)
    if (cherish_visit_get_staff_id (latest->pdata[i]) > 0)
      {
        g_autoptr(CherishStaffStore) staff = cherish_staff_store_new (self->database, self->clock);
        g_autoptr(CherishStaff) who = cherish_staff_store_get (staff, cherish_visit_get_staff_id (latest->pdata[i]),
                                                               NULL);

        if (who != NULL)
          g_hash_table_replace (self->values, g_strdup ("staff_name"), g_strdup (cherish_staff_get_name (who)));
        return;
      }
}

/* The purpose's template and subject, filled in. */
static void
on_purpose_chosen (CherishMessageDialog *self)
{
  CherishMessagePurpose purpose = adw_combo_row_get_selected (self->purpose_row);
  g_autofree char *own = NULL;
  g_autofree char *text = NULL;
  g_autofree char *subject = NULL;

  if (purpose >= CHERISH_MESSAGE_N_PURPOSES)
    return;
  own = cherish_shop_settings_message_template (purpose);
  text = cherish_message_render (own, self->values);
  subject = cherish_message_render (cherish_message_default_subject (purpose), self->values);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);
  gtk_editable_set_text (GTK_EDITABLE (self->subject_row), subject);
}

/**
 * cherish_message_dialog_get_text:
 *
 * Returns: (transfer full): the message as it stands, edits included
 */
char *
cherish_message_dialog_get_text (CherishMessageDialog *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (CHERISH_IS_MESSAGE_DIALOG (self), NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The address @channel needs, if the customer has it and may be reached by it. */
static const char *
address_for (CherishMessageDialog *self,
             CherishChannel        channel)
{
  const char *address = channel == CHERISH_CHANNEL_EMAIL ? cherish_customer_get_email (self->customer)
                                                          : cherish_customer_get_phone (self->customer);

  if (cherish_customer_get_do_not_contact (self->customer) ||
      (cherish_customer_get_channels (self->customer) & channel) == 0 || address == NULL || *address == '\0')
    return NULL;
  return address;
}

/**
 * cherish_message_dialog_get_uri:
 *
 * Returns: (transfer full) (nullable): what @channel would open, or %NULL
 *   when the message cannot go that way
 */
char *
cherish_message_dialog_get_uri (CherishMessageDialog *self,
                                CherishChannel        channel)
{
  const char *address;
  g_autofree char *text = NULL;

  g_return_val_if_fail (CHERISH_IS_MESSAGE_DIALOG (self), NULL);

  address = address_for (self, channel);
  if (address == NULL)
    return NULL;
  text = cherish_message_dialog_get_text (self);
  return cherish_message_uri (channel, address, self->country,
                              gtk_editable_get_text (GTK_EDITABLE (self->subject_row)), text);
}

typedef struct
{
  CherishDatabase *database;
  CherishClock    *clock;
  CherishSent      sent;
  char            *text;
} Sent;

static void
sent_free (Sent *sent)
{
  g_clear_object (&sent->database);
  g_clear_object (&sent->clock);
  g_free (sent->text);
  g_free (sent);
}

static void
on_undo_clicked (AdwToast *toast,
                 Sent     *sent)
{
  g_autoptr(GError) error = NULL;

  if (!cherish_message_log_undo (sent->database, sent->clock, &sent->sent, &error))
    g_warning ("Undo of a sent message: %s", error->message);
}

/* On the timeline, the follow-up done, and Undo in the window's toast. */
static gboolean
log_sent (CherishMessageDialog  *self,
          CherishChannel         channel,
          GError               **error)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  Sent *sent = g_new0 (Sent, 1);
  g_autofree char *title = NULL;
  g_autofree char *name = g_markup_escape_text (cherish_customer_get_display_name (self->customer), -1);
  AdwToast *toast;

  sent->database = g_object_ref (self->database);
  sent->clock = g_object_ref (self->clock);
  sent->text = cherish_message_dialog_get_text (self);
  sent->sent = (CherishSent) { cherish_customer_get_id (self->customer), channel,
                               adw_combo_row_get_selected (self->purpose_row), sent->text, self->follow_up_id,
                               self->occasion, 0, 0, 0 };
  if (!cherish_message_log_sent (self->database, self->clock, &sent->sent, error))
    {
      sent_free (sent);
      return FALSE;
    }
  sent->sent.occasion = NULL;   /* the toast outlives the dialog: an Undo needs only the ids */
  if (!CHERISH_IS_WINDOW (parent) || self->guests != NULL)   /* a guest list says it all at the end */
    {
      sent_free (sent);
      return TRUE;
    }
  /* Translators: a toast: a message went to a customer, by a channel */
  title = g_strdup_printf (_("Message to %s by %s"), name, cherish_channel_label (channel));
  toast = cherish_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 10);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked), sent,
                         (GClosureNotify) (void (*) (void)) sent_free, 0);
  cherish_window_add_toast (CHERISH_WINDOW (parent), toast);
  return TRUE;
}

static void
launch (CherishMessageDialog *self,
        const char           *uri)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

#if GTK_CHECK_VERSION (4, 10, 0)
  g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

  gtk_uri_launcher_launch (launcher, parent, NULL, NULL, NULL);
#else
  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
#endif
}

static void next_guest (CherishMessageDialog *self);

/**
 * cherish_message_dialog_send:
 *
 * Opens the desktop's program for @channel with the message (or copies
 * the text, for 0), keeps it on the timeline and closes the dialog.
 *
 * Returns: whether the message went
 */
gboolean
cherish_message_dialog_send (CherishMessageDialog *self,
                             CherishChannel        channel)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;

  g_return_val_if_fail (CHERISH_IS_MESSAGE_DIALOG (self), FALSE);

  if (channel == 0)
    {
      g_autofree char *text = cherish_message_dialog_get_text (self);

      gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
      return TRUE;
    }
  uri = cherish_message_dialog_get_uri (self, channel);
  if (uri == NULL)
    return FALSE;
  if (!log_sent (self, channel, &error))
    {
      g_warning ("A sent message: %s", error->message);
      return FALSE;
    }
  launch (self, uri);
  if (self->guests != NULL)
    {
      self->n_sent++;
      next_guest (self);
    }
  else
    gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_channel_activated (AdwActionRow         *row,
                      CherishMessageDialog *self)
{
  cherish_message_dialog_send (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "channel")));
}

static const char *
channel_icon (CherishChannel channel)
{
  switch (channel)
    {
    case CHERISH_CHANNEL_EMAIL:
      return "mail-send-symbolic";
    case CHERISH_CHANNEL_CALL:
      return "call-start-symbolic";
    case CHERISH_CHANNEL_SMS:
    case CHERISH_CHANNEL_WHATSAPP:
    default:
      return "chat-message-new-symbolic";
    }
}

static void
add_channel_row (CherishMessageDialog *self,
                 GtkWidget            *group,
                 CherishChannel        channel,
                 const char           *title,
                 const char           *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (channel != 0 ? channel_icon (channel) : "edit-copy-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "channel", GUINT_TO_POINTER (channel));
  g_signal_connect (row, "activated", G_CALLBACK (on_channel_activated), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

/* One row per channel the message can go by, and Copy Text; returns how
 * many of them can be used now. */
static guint
add_channels (CherishMessageDialog *self,
              GtkWidget            *box)
{
  GtkWidget *group = adw_preferences_group_new ();
  guint usable = 0, reachable = 0;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Send By"));
  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    {
      g_autofree char *uri = NULL;
      g_autofree char *isolated = NULL;
      const char *address = address_for (self, channels[i]);

      if (address == NULL)
        continue;
      isolated = g_strdup_printf ("\u2066%s\u2069", address);   /* "0912 946 8053" left to right */
      uri = cherish_message_uri (channels[i], address, self->country, NULL, "");
      add_channel_row (self, group, channels[i], cherish_channel_label (channels[i]),
                       uri != NULL ? isolated : _("Set the shop's country in Preferences to reach this number"));
      if (uri == NULL)
        gtk_widget_set_sensitive (gtk_widget_get_last_child (GTK_WIDGET (group)), FALSE);
      usable++;
      reachable += uri != NULL;
    }
  if (cherish_customer_get_do_not_contact (self->customer))
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("They asked not to be contacted."));
  else if (usable == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("No phone or e-mail they accept messages by."));
  add_channel_row (self, group, 0, _("Copy Text"), NULL);
  if (self->channels_group != NULL)
    gtk_box_remove (GTK_BOX (box), self->channels_group);
  self->channels_group = group;
  gtk_box_append (GTK_BOX (box), group);
  return reachable;
}

static void
add_message (CherishMessageDialog  *self,
             GtkWidget             *box,
             CherishMessagePurpose  purpose)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  g_autoptr(GtkStringList) purposes = gtk_string_list_new (NULL);

  for (CherishMessagePurpose p = 0; p < CHERISH_MESSAGE_N_PURPOSES; p++)
    gtk_string_list_append (purposes, cherish_message_purpose_label (p));
  self->purpose_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->purpose_row), _("For"));
  adw_combo_row_set_model (self->purpose_row, G_LIST_MODEL (purposes));
  adw_combo_row_set_selected (self->purpose_row, purpose);
  g_signal_connect_swapped (self->purpose_row, "notify::selected", G_CALLBACK (on_purpose_chosen), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->purpose_row));
  self->subject_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->subject_row), _("Subject (for an e-mail)"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->subject_row));
  gtk_box_append (GTK_BOX (box), group);

  self->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->text_view, GTK_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (self->text_view), "notes-view");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Message"), -1);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->text_view));
  gtk_widget_add_css_class (frame, "card");
  gtk_box_append (GTK_BOX (box), frame);
  on_purpose_chosen (self);
}

/* @purpose's message with the values now known, in the manager's digits. */
static void
show_purpose (CherishMessageDialog  *self,
              CherishMessagePurpose  purpose)
{
  cherish_calendar_digits_in_values (self->values);
  if (adw_combo_row_get_selected (self->purpose_row) == purpose)
    on_purpose_chosen (self);
  else
    adw_combo_row_set_selected (self->purpose_row, purpose);
}

/**
 * cherish_message_dialog_set_occasion:
 * @life_event: (nullable): the occasion's life event, if it is one
 *
 * Makes it the message for @occasion (a birthday, years as a customer, a
 * life event…): its template, what it says of the occasion, and the
 * occasion's celebration marked done when the message goes.
 */
void
cherish_message_dialog_set_occasion (CherishMessageDialog *self,
                                     CherishOccasion      *occasion,
                                     CherishLifeEvent     *life_event)
{
  CherishMessagePurpose purpose;

  g_return_if_fail (CHERISH_IS_MESSAGE_DIALOG (self));
  g_return_if_fail (CHERISH_IS_OCCASION (occasion));

  g_set_object (&self->occasion, occasion);
  purpose = cherish_message_for_occasion (occasion, life_event, self->values);
  show_purpose (self, purpose);
}

/**
 * cherish_message_dialog_set_guest:
 *
 * Makes it the message to @guest of @event: a thank-you once they came
 * (or the event is done), a reminder the day before, else an invitation —
 * with the event's title, day (in the shop's calendar), time and place.
 */
void
cherish_message_dialog_set_guest (CherishMessageDialog *self,
                                  CherishEvent         *event,
                                  CherishInvitation    *guest)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) now = NULL;
  CherishMessagePurpose purpose = CHERISH_MESSAGE_EVENT_INVITATION;

  g_return_if_fail (CHERISH_IS_MESSAGE_DIALOG (self));
  g_return_if_fail (CHERISH_IS_EVENT (event) && CHERISH_IS_INVITATION (guest));

  zone = cherish_clock_get_timezone (self->clock);
  now = cherish_clock_get_now (self->clock);
  starts = cherish_timestamp_to_local (cherish_event_get_starts_at (event), zone);
  g_hash_table_replace (self->values, g_strdup ("event_title"), g_strdup (cherish_event_get_title (event)));
  if (cherish_event_get_place (event) != NULL)
    g_hash_table_replace (self->values, g_strdup ("place"), g_strdup (cherish_event_get_place (event)));
  if (starts != NULL)
    {
      g_autofree char *day = g_date_time_format (starts, "%Y-%m-%d");
      g_autofree char *time = g_date_time_format (starts, "%H:%M");
      g_autoptr(GDateTime) local_now = g_date_time_to_timezone (now, zone);

      g_hash_table_replace (self->values, g_strdup ("event_day"), cherish_calendar_format_iso (day));
      g_hash_table_replace (self->values, g_strdup ("event_time"), g_strdup (time));
      if (g_date_time_difference (starts, local_now) > 0 &&
          g_date_time_difference (starts, local_now) < 2 * G_TIME_SPAN_DAY)
        purpose = CHERISH_MESSAGE_EVENT_REMINDER;
    }
  if (cherish_invitation_get_checked_in_at (guest) != NULL ||
      cherish_event_get_status (event) == CHERISH_EVENT_STATUS_DONE)
    purpose = CHERISH_MESSAGE_EVENT_THANKS;
  show_purpose (self, purpose);
}

/**
 * cherish_message_dialog_new_for_occasion:
 *
 * The message for @occasion (a birthday, years as a customer, a life
 * event…) to its customer; its celebration is marked done when it goes.
 *
 * Returns: (transfer none) (nullable): the dialog, to present; %NULL if
 *   the customer is gone
 */
CherishMessageDialog *
cherish_message_dialog_new_for_occasion (GtkWindow       *parent,
                                         CherishDatabase *database,
                                         CherishClock    *clock,
                                         CherishOccasion *occasion)
{
  g_autoptr(CherishCustomerStore) customers = cherish_customer_store_new (database, clock);
  g_autoptr(CherishCustomer) customer = cherish_customer_store_get (customers,
                                                                    cherish_occasion_get_customer_id (occasion), NULL);
  g_autoptr(CherishLifeEvent) life_event = NULL;
  CherishMessageDialog *self;

  if (customer == NULL)
    return NULL;
  if (cherish_occasion_get_life_event_id (occasion) > 0)
    {
      g_autoptr(CherishLifeEventStore) life_events = cherish_life_event_store_new (database, clock);

      life_event = cherish_life_event_store_get (life_events, cherish_occasion_get_life_event_id (occasion), NULL);
    }
  self = cherish_message_dialog_new (parent, database, clock, customer, CHERISH_MESSAGE_FOLLOW_UP, 0);
  cherish_message_dialog_set_occasion (self, occasion, life_event);
  return self;
}

/* ---- A guest list ----------------------------------------------------- */

static void
finish_guests (CherishMessageDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GString) said = g_string_new (NULL);

  g_string_append_printf (said, g_dngettext (GETTEXT_PACKAGE, "%u guest sent a message", "%u guests sent a message",
                                             self->n_sent), self->n_sent);
  if (self->n_skipped > 0)
    {
      g_string_append (said, cherish_separator ());
      g_string_append_printf (said, g_dngettext (GETTEXT_PACKAGE, "%u skipped", "%u skipped", self->n_skipped),
                              self->n_skipped);
    }
  if (self->n_refused > 0)
    {
      g_string_append (said, cherish_separator ());
      g_string_append_printf (said, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u not contacted (asked not to be, or no way to reach them)",
                                                 "%u not contacted (asked not to be, or no way to reach them)",
                                                 self->n_refused), self->n_refused);
    }
  if (CHERISH_IS_WINDOW (parent))
    cherish_window_toast (CHERISH_WINDOW (parent), said->str);
  self->finished = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The next guest who can be written to: their message, their channels. */
static void
next_guest (CherishMessageDialog *self)
{
  g_autoptr(CherishCustomerStore) customers = cherish_customer_store_new (self->database, self->clock);

  while (self->next < self->guests->len)
    {
      CherishInvitation *guest = self->guests->pdata[self->next++];
      g_autoptr(CherishCustomer) customer = cherish_customer_store_get (customers,
                                                                        cherish_invitation_get_customer_id (guest),
                                                                        NULL);
      g_autofree char *shop_name = cherish_shop_settings_shop_name ();
      g_autofree char *title = NULL;
      g_autofree char *count = NULL;
      GDate today;

      if (customer == NULL)
        continue;
      g_set_object (&self->customer, customer);
      if (add_channels (self, self->box) == 0)
        {
          self->n_refused++;
          continue;
        }
      cherish_clock_get_today (self->clock, &today);
      g_clear_pointer (&self->values, g_hash_table_unref);
      self->values = cherish_message_values_new (customer, shop_name, &today);
      add_staff_name (self);
      cherish_message_dialog_set_guest (self, self->event, guest);
      title = g_strdup_printf (_("Message to %s"), cherish_customer_get_display_name (customer));
      /* Translators: where the manager is in a guest list */
      count = g_strdup_printf (_("Guest %u of %u"), self->next, self->guests->len);
      adw_window_title_set_title (self->window_title, title);
      adw_window_title_set_subtitle (self->window_title, count);
      return;
    }
  finish_guests (self);
}

static void
on_skip (CherishMessageDialog *self)
{
  self->n_skipped++;
  next_guest (self);
}

/**
 * cherish_message_dialog_new_for_guests:
 * @guests: (element-type CherishInvitation): the guests, in order
 *
 * One message after another to the guests of @event: each one's
 * invitation, reminder or thanks, sent by a channel or skipped. Guests
 * who asked not to be contacted, or who cannot be reached, are passed
 * over and counted; the window's toast says how it went.
 *
 * Returns: (transfer none) (nullable): the dialog, to present; %NULL when
 *   no guest can be written to (the toast says why)
 */
CherishMessageDialog *
cherish_message_dialog_new_for_guests (GtkWindow       *parent,
                                       CherishDatabase *database,
                                       CherishClock    *clock,
                                       CherishEvent    *event,
                                       GPtrArray       *guests)
{
  g_autoptr(CherishCustomer) nobody = cherish_customer_new ("");
  CherishMessageDialog *self;
  GtkWidget *skip = gtk_button_new_with_mnemonic (_("_Skip"));

  g_return_val_if_fail (CHERISH_IS_EVENT (event), NULL);

  self = cherish_message_dialog_new (parent, database, clock, nobody, CHERISH_MESSAGE_EVENT_INVITATION, 0);
  self->event = g_object_ref (event);
  self->guests = g_ptr_array_ref (guests);
  gtk_widget_set_tooltip_text (skip, _("On to the next guest, without a message"));
  g_signal_connect_swapped (skip, "clicked", G_CALLBACK (on_skip), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (gtk_widget_get_ancestor (GTK_WIDGET (self->window_title),
                                                                    ADW_TYPE_HEADER_BAR)), skip);
  g_object_ref (self);
  next_guest (self);
  if (self->finished)
    {
      g_object_unref (self);   /* nobody to write to: the toast said so */
      return NULL;
    }
  g_object_unref (self);
  return self;
}

/**
 * cherish_message_dialog_new:
 * @purpose: what the message is for (the manager may change it)
 * @follow_up_id: the follow-up it answers (marked done when it goes), or 0
 *
 * Returns: (transfer none): the dialog, to present
 */
CherishMessageDialog *
cherish_message_dialog_new (GtkWindow             *parent,
                            CherishDatabase       *database,
                            CherishClock          *clock,
                            CherishCustomer       *customer,
                            CherishMessagePurpose  purpose,
                            gint64                 follow_up_id)
{
  g_autofree char *title = g_strdup_printf (_("Message to %s"), cherish_customer_get_display_name (customer));
  CherishMessageDialog *self = g_object_new (CHERISH_TYPE_MESSAGE_DIALOG, "transient-for", parent, "modal", TRUE,
                                             "title", title, "default-width", 480, "default-height", 620, NULL);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  g_autofree char *shop_name = cherish_shop_settings_shop_name ();
  GDate today;

  g_return_val_if_fail (CHERISH_IS_CUSTOMER (customer), NULL);

  self->database = g_object_ref (database);
  self->clock = g_object_ref (clock);
  self->customer = g_object_ref (customer);
  self->follow_up_id = follow_up_id;
  self->country = cherish_shop_settings_country ();
  cherish_clock_get_today (clock, &today);
  self->values = cherish_message_values_new (customer, shop_name, &today);
  if (cherish_customer_get_id (customer) > 0)
    add_staff_name (self);
  cherish_calendar_digits_in_values (self->values);

  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new (title, NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->window_title));
  gtk_box_append (GTK_BOX (content), header);
  self->box = box;
  add_message (self, box, purpose);
  add_channels (self, box);
  gtk_box_append (GTK_BOX (content), cherish_scrolled_page_new (box));
  adw_window_set_content (ADW_WINDOW (self), content);
  return self;
}
