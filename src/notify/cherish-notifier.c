/* cherish-notifier.c — reminders as desktop notifications
 *
 * Through libnotify, so that it works on any desktop with a notification
 * server. A reminder on time is one notification with the buttons Open,
 * Snooze 1 Day and Done; reminders that were missed (Cherish was not
 * running, or it was quiet hours) come as one summary that opens Today.
 * Each button activates an action of the application ("app.open-customer",
 * "app.snooze-reminder", "app.done-reminder", "app.show-today"), so it
 * works the same from a notification and from the window.
 *
 * The notifier keeps each notification until it is closed, for its
 * buttons to answer; "notify::n-open" tells when the last one is closed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-notifier"

#include "config.h"

#include <glib/gi18n.h>
#include <libnotify/notify.h>

#include "cherish-notifier.h"
#include "cherish-reminder.h"

/* More reminders than this at once become a summary, even on time. */
#define AT_ONCE 3
/* Lines a summary lists before "and N more". */
#define SUMMARY_LINES 5

struct _CherishNotifier
{
  GObject       parent_instance;

  GActionGroup *actions;    /* weak: the application */
  GHashTable   *open;       /* key → NotifyNotification */
};

G_DEFINE_FINAL_TYPE (CherishNotifier, cherish_notifier, G_TYPE_OBJECT)

enum { PROP_0, PROP_N_OPEN, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
cherish_notifier_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CherishNotifier *self = CHERISH_NOTIFIER (object);

  switch (prop_id)
    {
    case PROP_N_OPEN:
      g_value_set_uint (value, g_hash_table_size (self->open));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
close_quietly (gpointer data)
{
  NotifyNotification *notification = data;

  g_signal_handlers_disconnect_matched (notification, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL,
                                        g_object_get_data (G_OBJECT (notification), "notifier"));
  g_object_unref (notification);
}

static void
cherish_notifier_finalize (GObject *object)
{
  CherishNotifier *self = (CherishNotifier *) object;

  g_hash_table_unref (self->open);
  g_clear_weak_pointer (&self->actions);

  G_OBJECT_CLASS (cherish_notifier_parent_class)->finalize (object);
}

static void
cherish_notifier_class_init (CherishNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = cherish_notifier_get_property;
  object_class->finalize = cherish_notifier_finalize;

  properties[PROP_N_OPEN] =
    g_param_spec_uint ("n-open", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cherish_notifier_init (CherishNotifier *self)
{
  self->open = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, close_quietly);
}

/**
 * cherish_notifier_new:
 * @actions: where the buttons' actions are (the application)
 */
CherishNotifier *
cherish_notifier_new (GActionGroup *actions)
{
  CherishNotifier *self;

  g_return_val_if_fail (G_IS_ACTION_GROUP (actions), NULL);

  if (!notify_is_initted ())
    notify_init (_("Cherish"));
  self = g_object_new (CHERISH_TYPE_NOTIFIER, NULL);
  g_set_weak_pointer (&self->actions, actions);
  return self;
}

/**
 * cherish_notifier_is_available:
 *
 * Returns: whether a notification server answers: when none does,
 *   reminders are better left due (on Today, and for the next check)
 *   than claimed and lost
 */
gboolean
cherish_notifier_is_available (CherishNotifier *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (CHERISH_IS_NOTIFIER (self), FALSE);

  return notify_get_server_info (&name, NULL, NULL, NULL);
}

guint
cherish_notifier_get_n_open (CherishNotifier *self)
{
  g_return_val_if_fail (CHERISH_IS_NOTIFIER (self), 0);
  return g_hash_table_size (self->open);
}

/* Lets go of a notification, later: this may run inside its own signal. */
static void
forget (CherishNotifier *self,
        const char      *key)
{
  gpointer stolen_key, notification;

  if (!g_hash_table_steal_extended (self->open, key, &stolen_key, &notification))
    return;
  g_free (stolen_key);
  g_idle_add_once (close_quietly, notification);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_OPEN]);
}

static void
on_closed (NotifyNotification *notification,
           CherishNotifier    *self)
{
  forget (self, g_object_get_data (G_OBJECT (notification), "key"));
}

static void
activate (CherishNotifier *self,
          const char      *action,
          GVariant        *target)
{
  g_autoptr(GVariant) sunk = g_variant_ref_sink (target);

  if (self->actions != NULL)
    g_action_group_activate_action (self->actions, action, sunk);
}

static void
on_action (NotifyNotification *notification,
           char               *action,
           gpointer            user_data)
{
  CherishNotifier *self = g_object_get_data (G_OBJECT (notification), "notifier");
  const char *key = g_object_get_data (G_OBJECT (notification), "key");
  gint64 customer_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (notification), "customer"));
  g_autofree char *held = g_strdup (key);

  g_debug ("Notification %s: %s", key, action);
  /* Closed first, so that the action finds nothing left to withdraw. */
  notify_notification_close (notification, NULL);
  forget (self, key);

  if (g_str_equal (action, "snooze"))
    activate (self, "snooze-reminder", g_variant_new_string (held));
  else if (g_str_equal (action, "done"))
    activate (self, "done-reminder", g_variant_new_string (held));
  else if (customer_id > 0)
    activate (self, "open-customer", g_variant_new_int64 (customer_id));
  else
    activate (self, "show-today", NULL);
}

static NotifyNotification *
add (CherishNotifier *self,
     const char      *key,
     gint64           customer_id,
     const char      *summary,
     const char      *body)
{
  NotifyNotification *notification = notify_notification_new (summary, body, APP_ID);

  notify_notification_set_app_name (notification, _("Cherish"));
  notify_notification_set_hint_string (notification, "desktop-entry", APP_ID);
  g_object_set_data_full (G_OBJECT (notification), "key", g_strdup (key), g_free);
  g_object_set_data (G_OBJECT (notification), "notifier", self);
  g_object_set_data (G_OBJECT (notification), "customer", GSIZE_TO_POINTER ((gsize) customer_id));
  notify_notification_add_action (notification, "default", _("Open"), on_action, NULL, NULL);
  notify_notification_add_action (notification, "open", _("Open"), on_action, NULL, NULL);
  g_signal_connect (notification, "closed", G_CALLBACK (on_closed), self);
  return notification;
}

static gboolean
show (CherishNotifier    *self,
      NotifyNotification *notification)
{
  g_autoptr(GError) error = NULL;
  const char *key = g_object_get_data (G_OBJECT (notification), "key");

  if (!notify_notification_show (notification, &error))
    {
      g_warning ("Could not show a notification: %s", error->message);
      g_object_unref (notification);
      return FALSE;
    }
  g_hash_table_replace (self->open, g_strdup (key), notification);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_OPEN]);
  return TRUE;
}

static gboolean
deliver_one (CherishNotifier *self,
             CherishReminder *reminder,
             const GDate     *today)
{
  g_autofree char *summary = NULL;
  g_autofree char *body = NULL;
  NotifyNotification *notification;

  cherish_reminder_describe (reminder, today, &summary, &body);
  notification = add (self, cherish_reminder_get_key (reminder),
                      cherish_reminder_get_customer_id (reminder), summary, body);
  notify_notification_add_action (notification, "snooze", _("Snooze 1 Day"), on_action, NULL, NULL);
  notify_notification_add_action (notification, "done", _("Done"), on_action, NULL, NULL);
  return show (self, notification);
}

static gboolean
deliver_summary (CherishNotifier *self,
                 GPtrArray       *reminders,
                 const GDate     *today)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *summary = NULL;
  g_autofree char *key = NULL;

  for (guint i = 0; i < MIN (reminders->len, SUMMARY_LINES); i++)
    {
      g_autofree char *line = cherish_reminder_one_line (reminders->pdata[i], today);

      g_string_append_printf (body, "%s%s", i > 0 ? "\n" : "", line);
    }
  if (reminders->len > SUMMARY_LINES)
    {
      guint more = reminders->len - SUMMARY_LINES;

      g_string_append_c (body, '\n');
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "and %u more on Today",
                                                 "and %u more on Today", more), more);
    }
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reminder while you were away",
                                          "%u reminders while you were away", reminders->len),
                             reminders->len);
  key = g_strdup_printf ("summary:%s", cherish_reminder_get_key (reminders->pdata[0]));
  return show (self, add (self, key, 0, summary, body->str));
}

/**
 * cherish_notifier_deliver:
 * @reminders: (element-type CherishReminder): claimed reminders
 * @now: the time they are delivered
 * @today: the shop's day
 *
 * Shows @reminders: one notification each when on time and few, else one
 * summary.
 *
 * Returns: how many notifications were shown
 */
guint
cherish_notifier_deliver (CherishNotifier *self,
                          GPtrArray       *reminders,
                          GDateTime       *now,
                          const GDate     *today)
{
  gboolean late = FALSE;
  guint shown = 0;

  g_return_val_if_fail (CHERISH_IS_NOTIFIER (self), 0);
  g_return_val_if_fail (reminders != NULL, 0);

  if (reminders->len == 0)
    return 0;
  for (guint i = 0; i < reminders->len; i++)
    late |= cherish_reminder_is_late (reminders->pdata[i], now);

  if (reminders->len > AT_ONCE || (late && reminders->len > 1))
    return deliver_summary (self, reminders, today) ? 1 : 0;

  for (guint i = 0; i < reminders->len; i++)
    shown += deliver_one (self, reminders->pdata[i], today) ? 1 : 0;
  return shown;
}

/**
 * cherish_notifier_withdraw:
 *
 * Closes the notification of the reminder @key, if still shown (it was
 * dealt with from the window).
 */
void
cherish_notifier_withdraw (CherishNotifier *self,
                           const char      *key)
{
  NotifyNotification *notification;

  g_return_if_fail (CHERISH_IS_NOTIFIER (self));

  notification = g_hash_table_lookup (self->open, key);
  if (notification != NULL)
    notify_notification_close (notification, NULL);
  forget (self, key);
}
