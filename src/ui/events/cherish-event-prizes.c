/* cherish-event-prizes.c — an event's prizes and who got them
 *
 * Each prize with how many are left; its menu hands one to a guest who
 * came (the core refuses when none is left, and says so). A prize is
 * added with its name and how many there are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-event-prizes"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-error.h"
#include "cherish-event-prizes.h"
#include "cherish-event-store.h"
#include "cherish-guest-store.h"
#include "cherish-widget-util.h"

struct _CherishEventPrizes
{
  AdwPreferencesGroup  parent_instance;

  CherishEventStore   *events;
  CherishGuestStore   *guests;
  gint64               event_id;
  GPtrArray           *rows;

  AdwEntryRow         *name_row;
  GtkSpinButton       *quantity_spin;
  GtkLabel            *message_label;
};

G_DEFINE_FINAL_TYPE (CherishEventPrizes, cherish_event_prizes, ADW_TYPE_PREFERENCES_GROUP)

static void
cherish_event_prizes_dispose (GObject *object)
{
  CherishEventPrizes *self = (CherishEventPrizes *) object;

  g_clear_object (&self->events);
  g_clear_object (&self->guests);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (cherish_event_prizes_parent_class)->dispose (object);
}

static void
cherish_event_prizes_class_init (CherishEventPrizesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cherish_event_prizes_dispose;
}

static void
say (CherishEventPrizes *self,
     const GError       *error)
{
  gtk_label_set_label (self->message_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), error != NULL);
}

static void
on_award (GtkButton          *button,
          CherishEventPrizes *self)
{
  gint64 prize = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "prize"));
  gint64 guest = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "guest"));
  g_autoptr(GError) error = NULL;

  cherish_event_store_award_prize (self->events, prize, guest, &error);
  say (self, error);
}

/* The menu of a prize: one button per guest who came. */
static GtkWidget *
award_menu (CherishEventPrizes *self,
            CherishPrize       *prize,
            GPtrArray          *came)
{
  GtkWidget *menu = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  /* Translators: a menu button's name for screen readers, %s is a prize */
  g_autofree char *name = g_strdup_printf (_("Give %s to…"), cherish_prize_get_name (prize));

  for (guint i = 0; i < came->len; i++)
    {
      GtkWidget *button = gtk_button_new_with_label (cherish_invitation_get_customer_name (came->pdata[i]));

      gtk_widget_add_css_class (button, "flat");
      g_object_set_data (G_OBJECT (button), "prize", GSIZE_TO_POINTER ((gsize) cherish_prize_get_id (prize)));
      g_object_set_data (G_OBJECT (button), "guest",
                         GSIZE_TO_POINTER ((gsize) cherish_invitation_get_id (came->pdata[i])));
      g_signal_connect (button, "clicked", G_CALLBACK (on_award), self);
      gtk_box_append (GTK_BOX (box), button);
    }
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (menu), popover);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (menu), _("Give…"));
  gtk_widget_set_valign (menu, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (menu, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_sensitive (menu, came->len > 0 && cherish_prize_get_remaining (prize) > 0);
  return menu;
}

static void
reload (CherishEventPrizes *self)
{
  g_autoptr(GPtrArray) prizes = NULL;
  g_autoptr(GPtrArray) guests = NULL;
  g_autoptr(GPtrArray) came = g_ptr_array_new ();

  cherish_group_clear (ADW_PREFERENCES_GROUP (self), self->rows);
  if (self->events == NULL || self->event_id <= 0)
    return;
  prizes = cherish_event_store_list_prizes (self->events, self->event_id, NULL);
  guests = cherish_guest_store_list (self->guests, self->event_id, NULL);
  for (guint i = 0; guests != NULL && i < guests->len; i++)
    if (cherish_invitation_get_status (guests->pdata[i]) == CHERISH_INVITATION_STATUS_ATTENDED)
      g_ptr_array_add (came, guests->pdata[i]);
  for (guint i = 0; prizes != NULL && i < prizes->len; i++)
    {
      CherishPrize *prize = prizes->pdata[i];
      /* Translators: how many of a prize are left, of how many */
      g_autofree char *left = g_strdup_printf (_("%d left of %d"), (int) cherish_prize_get_remaining (prize),
                                               (int) cherish_prize_get_quantity (prize));
      GtkWidget *row = cherish_info_row_new (cherish_prize_get_name (prize), left, 0);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), award_menu (self, prize, came));
      cherish_group_add_row (ADW_PREFERENCES_GROUP (self), self->rows, row);
    }
}

static void
on_add (CherishEventPrizes *self)
{
  g_autoptr(CherishPrize) prize = NULL;
  g_autoptr(GError) error = NULL;

  prize = cherish_event_store_add_prize (self->events, self->event_id,
                                         gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                                         gtk_spin_button_get_value_as_int (self->quantity_spin), &error);
  cherish_widget_set_invalid (GTK_WIDGET (self->name_row), prize == NULL);
  say (self, error);
  if (prize != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
}

static void
cherish_event_prizes_init (CherishEventPrizes *self)
{
  GtkWidget *quantity_row = adw_action_row_new ();
  GtkWidget *form = gtk_list_box_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Prizes"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("Handed out during the event, to guests who came."));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (form), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (form, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (form), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("New prize"), -1);
  self->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("New Prize"));
  adw_entry_row_set_show_apply_button (self->name_row, TRUE);
  g_signal_connect_swapped (self->name_row, "apply", G_CALLBACK (on_add), self);
  gtk_list_box_append (GTK_LIST_BOX (form), GTK_WIDGET (self->name_row));
  self->quantity_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 100000, 1));
  gtk_widget_set_valign (GTK_WIDGET (self->quantity_spin), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->quantity_spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("How many"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (quantity_row), _("How Many"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (quantity_row), GTK_WIDGET (self->quantity_spin));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (quantity_row), GTK_WIDGET (self->quantity_spin));
  gtk_list_box_append (GTK_LIST_BOX (form), quantity_row);
  gtk_box_append (GTK_BOX (box), form);

  self->message_label = cherish_error_label_new ();
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->message_label));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), box);
}

void
cherish_event_prizes_setup (CherishEventPrizes *self,
                            CherishDatabase    *database,
                            CherishClock       *clock)
{
  g_return_if_fail (CHERISH_IS_EVENT_PRIZES (self));

  self->events = cherish_event_store_new (database, clock);
  self->guests = cherish_guest_store_new (database, clock);
  g_signal_connect_object (database, "changed::prizes", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (database, "changed::invitations", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
}

void
cherish_event_prizes_set_event (CherishEventPrizes *self,
                                gint64              event_id)
{
  g_return_if_fail (CHERISH_IS_EVENT_PRIZES (self));

  self->event_id = event_id;
  say (self, NULL);
  reload (self);
}
