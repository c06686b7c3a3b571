/* cherish-event-day.c — check-in at the door, big and touch-friendly
 *
 * A window for the event's day: a large search over the guest list (name
 * or phone, in any case, accents or Persian letter forms), a big Check In
 * button on each guest, and a walk-in form that adds a new prospect (name
 * and phone) and checks them in at once. What the core refuses — before
 * the day, a declined guest — is said at the top.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-event-day"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-customer-store.h"
#include "cherish-event-day.h"
#include "cherish-event-store.h"
#include "cherish-guest-store.h"
#include "cherish-labels.h"
#include "cherish-text.h"
#include "cherish-widget-util.h"

struct _CherishEventDay
{
  AdwWindow             parent_instance;

  CherishDatabase      *database;
  CherishCustomerStore *customers;
  CherishGuestStore    *guests;
  gint64                event_id;
  char                 *search;     /* folded */
  char                 *digits;     /* of a search that is a phone number */

  GtkLabel             *message_label;
  GtkSearchEntry       *search_entry;
  GtkListBox           *list;
  AdwEntryRow          *name_row;
  AdwEntryRow          *phone_row;
};

G_DEFINE_FINAL_TYPE (CherishEventDay, cherish_event_day, ADW_TYPE_WINDOW)

static void
cherish_event_day_dispose (GObject *object)
{
  CherishEventDay *self = (CherishEventDay *) object;

  g_clear_object (&self->customers);
  g_clear_object (&self->database);
  g_clear_object (&self->guests);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->digits, g_free);

  G_OBJECT_CLASS (cherish_event_day_parent_class)->dispose (object);
}

static void
cherish_event_day_class_init (CherishEventDayClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cherish_event_day_dispose;
}

static void
say (CherishEventDay *self,
     const GError    *error)
{
  gtk_label_set_label (self->message_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), error != NULL);
}

static void
on_check_in (GtkButton       *button,
             CherishEventDay *self)
{
  g_autoptr(GError) error = NULL;

  cherish_guest_store_check_in (self->guests, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "id")),
                                &error);
  say (self, error);
}

static gboolean
matches (CherishEventDay   *self,
         CherishInvitation *guest)
{
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;

  if (self->search == NULL || *self->search == '\0')
    return TRUE;
  if (self->digits != NULL)
    {
      phone = cherish_text_digits (cherish_invitation_get_customer_phone (guest));
      return strstr (phone, self->digits) != NULL;
    }
  name = cherish_text_fold (cherish_invitation_get_customer_name (guest));
  return strstr (name, self->search) != NULL;
}

/* Guests shown at the door at once; the others are found by typing. */
#define DOOR_ROWS_AT_MOST 40

static void
reload (CherishEventDay *self)
{
  g_autoptr(GPtrArray) list = cherish_guest_store_list (self->guests, self->event_id, NULL);
  GtkWidget *child;
  guint shown = 0, more = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      CherishInvitation *guest = list->pdata[i];
      CherishInvitationStatus status = cherish_invitation_get_status (guest);
      GtkWidget *row;

      if (!matches (self, guest))
        continue;
      if (shown++ >= DOOR_ROWS_AT_MOST)
        {
          more++;
          continue;
        }
      row = cherish_info_row_new (cherish_invitation_get_customer_name (guest),
                                  cherish_invitation_status_label (status), 0);
      gtk_widget_add_css_class (row, "event-day-row");
      if (status == CHERISH_INVITATION_STATUS_ATTENDED)
        {
          GtkWidget *done = gtk_image_new_from_icon_name ("object-select-symbolic");

          gtk_image_set_pixel_size (GTK_IMAGE (done), 32);
          gtk_widget_add_css_class (done, "success");
          gtk_accessible_update_property (GTK_ACCESSIBLE (done), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Checked in"), -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), done);
        }
      else if (status == CHERISH_INVITATION_STATUS_DECLINED ||
               status == CHERISH_INVITATION_STATUS_WAITLISTED)
        {
          /* Not at the door's pace: accepted first, on the event's page. */
          GtkWidget *hint = gtk_label_new (_("Accept first"));

          gtk_widget_add_css_class (hint, "dim-label");
          gtk_widget_set_tooltip_text (hint, _("Accept first on the event’s page"));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), hint);
        }
      else
        {
          GtkWidget *button = gtk_button_new_with_label (_("Check In"));
          /* Translators: a button's name for screen readers, %s is a guest */
          g_autofree char *label = g_strdup_printf (_("Check in %s"),
                                                    cherish_invitation_get_customer_name (guest));

          gtk_widget_add_css_class (button, "suggested-action");
          gtk_widget_add_css_class (button, "pill");
          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
          g_object_set_data (G_OBJECT (button), "id",
                             GSIZE_TO_POINTER ((gsize) cherish_invitation_get_id (guest)));
          g_signal_connect (button, "clicked", G_CALLBACK (on_check_in), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
        }
      gtk_list_box_append (self->list, row);
    }
  if (more > 0)
    {
      g_autofree char *count = cherish_count_text (more);
      /* Translators: %s is a number, in the shop's digits */
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s more guest",
                                                             "%s more guests", more), count);

      gtk_list_box_append (self->list, cherish_info_row_new (title, _("Type a name or a phone number to find them."),
                                                             0));
    }
  if (gtk_widget_get_first_child (GTK_WIDGET (self->list)) == NULL)
    gtk_list_box_append (self->list, cherish_info_row_new (_("No guest by that name or phone"),
                                                           _("A walk-in? Add them below."), 0));
}

/**
 * cherish_event_day_search:
 *
 * Shows the guests whose name or phone has @text.
 */
void
cherish_event_day_search (CherishEventDay *self,
                          const char      *text)
{
  g_autofree char *folded = cherish_text_fold (text != NULL ? text : "");
  g_autofree char *digits = NULL;

  g_return_if_fail (CHERISH_IS_EVENT_DAY (self));

  g_strstrip (folded);
  digits = cherish_text_digits (folded);
  g_free (self->search);
  g_free (self->digits);
  self->search = g_steal_pointer (&folded);
  /* A phone number is found whatever spaces, dashes or digits it was typed with. */
  self->digits = *digits != '\0' && strspn (self->search, "0123456789+-() ") == strlen (self->search)
                 ? g_steal_pointer (&digits) : NULL;
  reload (self);
}

static void
on_search_changed (CherishEventDay *self)
{
  cherish_event_day_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/**
 * cherish_event_day_walk_in:
 *
 * Adds a new prospect and checks them in, all or nothing.
 *
 * Returns: whether they were added
 */
typedef struct
{
  CherishEventDay *self;
  const char      *name;
  const char      *phone;
} WalkIn;

static gboolean
walk_in (gpointer   user_data,
         GError   **error)
{
  WalkIn *run = user_data;
  g_autoptr(CherishCustomer) customer = cherish_customer_new (run->name);

  g_object_set (customer, "phone", run->phone != NULL && *run->phone != '\0' ? run->phone : NULL,
                "is-prospect", TRUE, NULL);
  return cherish_customer_store_insert (run->self->customers, customer, error) &&
         cherish_guest_store_walk_in (run->self->guests, run->self->event_id,
                                      cherish_customer_get_id (customer), 1, error) > 0;
}

gboolean
cherish_event_day_walk_in (CherishEventDay *self,
                           const char      *name,
                           const char      *phone)
{
  WalkIn run = { self, name, phone };
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_return_val_if_fail (CHERISH_IS_EVENT_DAY (self), FALSE);

  ok = cherish_database_transaction (self->database, walk_in, &run, &error);
  say (self, error);
  return ok;
}

static void
on_walk_in (CherishEventDay *self)
{
  if (cherish_event_day_walk_in (self, gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                                 gtk_editable_get_text (GTK_EDITABLE (self->phone_row))))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
      gtk_editable_set_text (GTK_EDITABLE (self->phone_row), "");
    }
}

static void
cherish_event_day_init (CherishEventDay *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  AdwPreferencesGroup *walk_in = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add and Check In"));

  gtk_window_set_default_size (GTK_WINDOW (self), 720, 800);
  gtk_window_set_title (GTK_WINDOW (self), _("Event Day"));
  gtk_widget_add_css_class (GTK_WIDGET (self), "event-day");
  gtk_box_append (GTK_BOX (content), header);

  self->message_label = cherish_error_label_new ();
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->message_label));
  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _("Guest’s name or phone"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Find a guest"), -1);
  gtk_widget_add_css_class (GTK_WIDGET (self->search_entry), "title-3");
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Guests"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));

  adw_preferences_group_set_title (walk_in, _("Walk-in"));
  adw_preferences_group_set_description (walk_in, _("Someone new at the door: added as a prospect and "
                                                    "checked in."));
  self->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Name"));
  adw_preferences_group_add (walk_in, GTK_WIDGET (self->name_row));
  self->phone_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->phone_row), _("Phone"));
  adw_preferences_group_add (walk_in, GTK_WIDGET (self->phone_row));
  gtk_widget_set_halign (add, GTK_ALIGN_END);
  gtk_widget_set_margin_top (add, 12);
  gtk_widget_add_css_class (add, "pill");
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_walk_in), self);
  adw_preferences_group_add (walk_in, add);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (walk_in));

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (content), scrolled);
  adw_window_set_content (ADW_WINDOW (self), content);
}

/**
 * cherish_event_day_new:
 *
 * Returns: (transfer none): the window, to present
 */
CherishEventDay *
cherish_event_day_new (GtkWindow       *parent,
                       CherishDatabase *database,
                       CherishClock    *clock,
                       gint64           event_id)
{
  CherishEventDay *self = g_object_new (CHERISH_TYPE_EVENT_DAY, "transient-for", parent, NULL);

  self->database = g_object_ref (database);
  self->customers = cherish_customer_store_new (database, clock);
  self->guests = cherish_guest_store_new (database, clock);
  self->event_id = event_id;
  g_signal_connect_object (database, "changed::invitations", G_CALLBACK (reload), self,
                           G_CONNECT_SWAPPED);
  reload (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return self;
}
