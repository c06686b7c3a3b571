/* cherish-customer-events.c — the events a customer was invited to
 *
 * On the customer's page: each event they are or were on the list of,
 * latest first, with its day and where they stand (coming, came, on the
 * waitlist…) and the prizes they got. Hidden when there is none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer-events"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-customer-events.h"
#include "cherish-date.h"
#include "cherish-guest-store.h"
#include "cherish-labels.h"
#include "cherish-widget-util.h"

struct _CherishCustomerEvents
{
  AdwPreferencesGroup  parent_instance;

  CherishClock        *clock;
  CherishGuestStore   *guests;
  GPtrArray           *rows;
  gint64               customer_id;
};

G_DEFINE_FINAL_TYPE (CherishCustomerEvents, cherish_customer_events, ADW_TYPE_PREFERENCES_GROUP)

static void
cherish_customer_events_dispose (GObject *object)
{
  CherishCustomerEvents *self = (CherishCustomerEvents *) object;

  g_clear_object (&self->guests);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (cherish_customer_events_parent_class)->dispose (object);
}

static void
cherish_customer_events_class_init (CherishCustomerEventsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cherish_customer_events_dispose;
}

static void
cherish_customer_events_init (CherishCustomerEvents *self)
{
  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Events"));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

static void
reload (CherishCustomerEvents *self)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GTimeZone) zone = NULL;

  cherish_group_clear (ADW_PREFERENCES_GROUP (self), self->rows);
  if (self->guests == NULL || self->customer_id <= 0)
    return;
  zone = cherish_clock_get_timezone (self->clock);
  list = cherish_guest_store_list_for_customer (self->guests, self->customer_id, NULL);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      CherishInvitation *guest = list->pdata[i];
      g_autofree char *when = cherish_calendar_format_timestamp (cherish_invitation_get_event_starts_at (guest),
                                                                 zone);
      const char *prizes = cherish_invitation_get_prizes (guest);
      g_autofree char *subtitle = NULL;

      if (prizes != NULL && *prizes != '\0')
        {
          g_auto(GStrv) names = g_strsplit (prizes, "\n", -1);
          g_autofree char *joined = g_strjoinv (_(", "), names);

          /* Translators: an event's day, the guest's status, the prizes they got */
          subtitle = g_strdup_printf (_("%s · %s · won %s"), when,
                                      cherish_invitation_status_label (cherish_invitation_get_status (guest)),
                                      joined);
        }
      else
        /* An event's day, then the guest's status. */
        subtitle = g_strconcat (when, cherish_separator (),
                                cherish_invitation_status_label (cherish_invitation_get_status (guest)), NULL);
      cherish_group_add_row (ADW_PREFERENCES_GROUP (self), self->rows,
                             cherish_info_row_new (cherish_invitation_get_event_title (guest), subtitle, 0));
    }
  gtk_widget_set_visible (GTK_WIDGET (self), self->rows->len > 0);
}

void
cherish_customer_events_setup (CherishCustomerEvents *self,
                               CherishDatabase       *database,
                               CherishClock          *clock)
{
  g_return_if_fail (CHERISH_IS_CUSTOMER_EVENTS (self));

  self->clock = g_object_ref (clock);
  self->guests = cherish_guest_store_new (database, clock);
  g_signal_connect_object (database, "changed::invitations", G_CALLBACK (reload), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (database, "changed::events", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
}

void
cherish_customer_events_set_customer (CherishCustomerEvents *self,
                                      gint64                 customer_id)
{
  g_return_if_fail (CHERISH_IS_CUSTOMER_EVENTS (self));

  self->customer_id = customer_id;
  reload (self);
}
