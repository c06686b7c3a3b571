/* cherish-event-detail-guests.c — an event's guest rows
 *
 * Part of CherishEventDetail (cherish-event-detail.c). Each guest row has
 * what can happen next: Check In as its button; in its menu Accept (with
 * their party) or Change Party, Decline, and Send a Message… (an
 * invitation, the reminder the day before or the thanks after, as the
 * event and the guest stand).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-event-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-customer-store.h"
#include "cherish-event-detail-private.h"
#include "cherish-labels.h"
#include "cherish-message-dialog.h"
#include "cherish-widget-util.h"

/* An invitation, a reminder or a thank-you, as the event and the guest stand. */
static void
open_message (CherishEventDetail *self,
              CherishInvitation  *guest)
{
  g_autoptr(CherishCustomerStore) customers = cherish_customer_store_new (self->database, self->clock);
  g_autoptr(CherishCustomer) customer = cherish_customer_store_get (customers,
                                                                    cherish_invitation_get_customer_id (guest), NULL);
  CherishMessageDialog *dialog;

  if (customer == NULL || self->event == NULL)
    return;
  dialog = cherish_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->database,
                                       self->clock, customer, CHERISH_MESSAGE_EVENT_INVITATION, 0);
  cherish_message_dialog_set_guest (dialog, self->event, guest);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
guest_action (GtkButton          *button,
              CherishEventDetail *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "id"));
  const char *what = g_object_get_data (G_OBJECT (button), "what");
  g_autoptr(GPtrArray) promoted = NULL;
  g_autoptr(GError) error = NULL;
  CherishInvitationStatus status = CHERISH_INVITATION_STATUS_INVITED;
  gboolean ok;

  if (g_str_equal (what, "accept"))
    {
      GtkSpinButton *party = g_object_get_data (G_OBJECT (button), "party");

      ok = cherish_guest_store_accept (self->guests, id, gtk_spin_button_get_value_as_int (party),
                                       &status, &error);
    }
  else if (g_str_equal (what, "message"))
    {
      open_message (self, g_object_get_data (G_OBJECT (button), "guest"));
      return;
    }
  else if (g_str_equal (what, "decline"))
    ok = cherish_guest_store_decline (self->guests, id, &promoted, &error);
  else
    ok = cherish_guest_store_check_in (self->guests, id, &error);

  if (!ok)
    cherish_event_detail_say (self, error->message, TRUE);
  else if (status == CHERISH_INVITATION_STATUS_WAITLISTED)
    cherish_event_detail_say (self, _("The event is full: the guest is on the waitlist."), FALSE);
  else if (promoted != NULL && promoted->len > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *text = NULL;

      for (guint i = 0; i < promoted->len; i++)
        g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                                cherish_invitation_get_customer_name (promoted->pdata[i]));
      /* Translators: %s lists the guests who got the freed places */
      text = g_strdup_printf (_("From the waitlist, now coming: %s. Let them know."), names->str);
      cherish_event_detail_say (self, text, FALSE);
    }
  else
    cherish_event_detail_say (self, NULL, FALSE);
}

static GtkWidget *
row_button (CherishEventDetail *self,
            CherishInvitation  *guest,
            const char         *label,
            const char         *what)
{
  GtkWidget *button = gtk_button_new_with_label (label);
  /* Translators: a button's name for screen readers: what it does, for whom */
  g_autofree char *name = g_strdup_printf (_("%s: %s"), label,
                                           cherish_invitation_get_customer_name (guest));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data (G_OBJECT (button), "id",
                     GSIZE_TO_POINTER ((gsize) cherish_invitation_get_id (guest)));
  g_object_set_data (G_OBJECT (button), "what", (gpointer) what);
  g_signal_connect (button, "clicked", G_CALLBACK (guest_action), self);
  return button;
}

/* A row stays narrow: the next step as a button, the others in a menu. */
GtkWidget *
cherish_event_detail_guest_row (CherishEventDetail *self,
                                CherishInvitation  *guest)
{
  CherishInvitationStatus status = cherish_invitation_get_status (guest);
  int party = (int) cherish_invitation_get_party_size (guest);
  g_autofree char *subtitle = party > 1
    /* Translators: a guest's status, and how many people they come with */
    ? g_strdup_printf (_("%s · party of %d"), cherish_invitation_status_label (status), party)
    : g_strdup (cherish_invitation_status_label (status));
  GtkWidget *row = cherish_info_row_new (cherish_invitation_get_customer_name (guest), subtitle, 0);
  GtkWidget *more = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gboolean any_more = FALSE;

  if (status == CHERISH_INVITATION_STATUS_INVITED || status == CHERISH_INVITATION_STATUS_ACCEPTED)
    {
      GtkWidget *check_in = row_button (self, guest, _("Check In"), "check-in");

      gtk_widget_add_css_class (check_in, "suggested-action");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), check_in);
    }
  if (status == CHERISH_INVITATION_STATUS_INVITED || status == CHERISH_INVITATION_STATUS_DECLINED ||
      status == CHERISH_INVITATION_STATUS_ACCEPTED)
    {
      GtkWidget *spin = gtk_spin_button_new_with_range (1, CHERISH_INVITATION_MAX_PARTY, 1);
      GtkWidget *label = gtk_label_new (_("People coming, the guest included"));
      GtkWidget *accept = row_button (self, guest, status == CHERISH_INVITATION_STATUS_ACCEPTED
                                                   ? _("Change Party") : _("Accept"), "accept");

      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), party);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), spin);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("People coming, the guest included"), -1);
      g_object_set_data (G_OBJECT (accept), "party", spin);
      gtk_box_append (GTK_BOX (more), label);
      gtk_box_append (GTK_BOX (more), spin);
      gtk_box_append (GTK_BOX (more), accept);
      any_more = TRUE;
    }
  if (status == CHERISH_INVITATION_STATUS_INVITED || status == CHERISH_INVITATION_STATUS_ACCEPTED ||
      status == CHERISH_INVITATION_STATUS_WAITLISTED)
    {
      gtk_box_append (GTK_BOX (more), row_button (self, guest, _("Decline"), "decline"));
      any_more = TRUE;
    }
  if (status != CHERISH_INVITATION_STATUS_DECLINED)
    {
      GtkWidget *message = row_button (self, guest, _("Send a Message…"), "message");

      g_object_set_data_full (G_OBJECT (message), "guest", g_object_ref (guest), g_object_unref);
      gtk_box_append (GTK_BOX (more), message);
      any_more = TRUE;
    }
  if (any_more)
    {
      /* Translators: a menu button's name for screen readers, %s is a guest */
      g_autofree char *name = g_strdup_printf (_("More for %s"),
                                               cherish_invitation_get_customer_name (guest));

      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 cherish_more_button_new (more, _("Accept, party, decline"), name));
    }
  else
    g_object_ref_sink (more), g_object_unref (more);
  return row;
}
