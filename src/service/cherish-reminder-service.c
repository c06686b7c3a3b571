/* cherish-reminder-service.c — checks reminders and runs the follow-up rules
 *
 * While Cherish runs (window open, or in the background): every minute,
 * on resume from suspend (logind's PrepareForSleep), and at start, it
 * claims the reminders due and shows them. The follow-up rules run when a
 * visit is logged and once a day. Settings are read at each check, so a
 * change in Preferences counts at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-reminder-service"

#include "config.h"

#include "cherish-follow-up-store.h"
#include "cherish-points-store.h"
#include "cherish-reminder-store.h"
#include "cherish-reminder-service.h"
#include "cherish-reminders.h"
#include "cherish-shop-settings.h"
#include "cherish-tier-store.h"

#define CHECK_EVERY_SECONDS 60
#define DAILY_BACKUPS_KEPT 7
/* A check without a window waits at most this long for its notifications
 * to be answered. */
#define HOLD_SECONDS (10 * 60)

struct _CherishReminderService
{
  GObject               parent_instance;

  CherishDatabase      *database;
  CherishClock         *clock;
  CherishReminders     *reminders;
  CherishFollowUpStore *follow_ups;
  CherishNotifier      *notifier;

  GDate                 care_day;       /* when the daily care (backup, rules, expiry, tiers) last ran */
  guint                 timer_id;
  guint                 rules_idle_id;
  GDBusConnection      *system_bus;
  guint                 sleep_watch_id;

  GApplication         *held;           /* weak; held while notifications are open */
  guint                 hold_timeout_id;
};

G_DEFINE_FINAL_TYPE (CherishReminderService, cherish_reminder_service, G_TYPE_OBJECT)

static void
cherish_reminder_service_dispose (GObject *object)
{
  CherishReminderService *self = (CherishReminderService *) object;

  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_clear_handle_id (&self->rules_idle_id, g_source_remove);
  g_clear_handle_id (&self->hold_timeout_id, g_source_remove);
  if (self->held != NULL)
    g_application_release (self->held);
  g_clear_weak_pointer (&self->held);
  if (self->system_bus != NULL && self->sleep_watch_id != 0)
    g_dbus_connection_signal_unsubscribe (self->system_bus, self->sleep_watch_id);
  self->sleep_watch_id = 0;
  g_clear_object (&self->system_bus);
  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  g_clear_object (&self->notifier);
  g_clear_object (&self->follow_ups);
  g_clear_object (&self->reminders);
  g_clear_object (&self->clock);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (cherish_reminder_service_parent_class)->dispose (object);
}

static void
cherish_reminder_service_class_init (CherishReminderServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cherish_reminder_service_dispose;
}

static void
cherish_reminder_service_init (CherishReminderService *self)
{
  g_date_clear (&self->care_day, 1);
}

/**
 * cherish_reminder_service_new:
 * @actions: where the notifications' buttons go (the application)
 */
static void on_n_open_changed (CherishNotifier        *notifier,
                               GParamSpec             *pspec,
                               CherishReminderService *self);

CherishReminderService *
cherish_reminder_service_new (GActionGroup    *actions,
                              CherishDatabase *database)
{
  CherishReminderService *self;

  g_return_val_if_fail (CHERISH_IS_DATABASE (database), NULL);

  self = g_object_new (CHERISH_TYPE_REMINDER_SERVICE, NULL);
  self->database = g_object_ref (database);
  self->clock = cherish_clock_new_system ();
  self->reminders = cherish_reminders_new (database, self->clock);
  self->follow_ups = cherish_follow_up_store_new (database, self->clock);
  self->notifier = cherish_notifier_new (actions);
  g_signal_connect_object (self->notifier, "notify::n-open", G_CALLBACK (on_n_open_changed), self, 0);
  return self;
}

CherishNotifier *
cherish_reminder_service_get_notifier (CherishReminderService *self)
{
  g_return_val_if_fail (CHERISH_IS_REMINDER_SERVICE (self), NULL);
  return self->notifier;
}

/**
 * cherish_reminder_service_apply_rules:
 *
 * Makes the follow-ups the shop's rules call for (each only once).
 *
 * Returns: how many were made
 */
guint
cherish_reminder_service_apply_rules (CherishReminderService *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *currency = NULL;
  CherishFollowUpRules rules;
  guint made;

  g_return_val_if_fail (CHERISH_IS_REMINDER_SERVICE (self), 0);

  currency = cherish_shop_settings_follow_up_rules (&rules);
  made = cherish_follow_up_store_apply_rules (self->follow_ups, &rules, &error);
  if (error != NULL)
    g_warning ("Could not make follow-ups: %s", error->message);
  return made;
}

/* Once a day for the shop, whichever copy of the app (or
 * --check-reminders, on any computer of a shop on a server) asks first:
 * the day is claimed in the shop's data (schema step 30), so that a start
 * — or a check from a timer every few minutes — does not do it again.
 * The follow-up rules run at once ("not seen for 90 days" grows by the
 * day, and what they make is due today); the rest — a backup of a file
 * (the newest seven kept), points past their expiry, tiers following the
 * last 12 months — once the day's reminders are shown: at 100,000
 * customers it takes a second, which the first check of the day made
 * the reminders wait for. Returns whether the rest is to be done. */
static gboolean
daily_care_first (CherishReminderService *self,
                  const GDate            *today)
{
  g_autoptr(CherishReminderStore) sent = cherish_reminder_store_new (self->database, self->clock);
  g_autoptr(GError) error = NULL;

  self->care_day = *today;
  if (!cherish_reminder_store_claim_care_day (sent, today, &error))
    {
      if (error != NULL)
        g_warning ("Could not claim the day's care: %s", error->message);
      return FALSE;
    }
  cherish_reminder_service_apply_rules (self);
  return TRUE;
}

static void
daily_care_rest (CherishReminderService *self,
                 const GDate            *today)
{
  g_autofree char *backups = cherish_database_get_backups_folder (self->database);
  g_autoptr(CherishPointsStore) points = cherish_points_store_new (self->database, self->clock);
  g_autoptr(CherishTierStore) tiers = cherish_tier_store_new (self->database, self->clock);
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(GError) error = NULL;

  if (!cherish_database_backup_daily (self->database, backups, today, DAILY_BACKUPS_KEPT, NULL, &error))
    g_warning ("Could not make today's backup: %s", error->message);
  g_clear_error (&error);
  if (cherish_points_store_expire_due (points, &error) < 0)
    g_warning ("Could not expire points: %s", error->message);
  g_clear_error (&error);
  moves = cherish_tier_store_recalculate (tiers, &error);
  if (moves == NULL)
    g_warning ("Could not work out tiers: %s", error->message);
}

/* Asked only when something may be due: a check with nothing new does not
 * wake the notification server. */
static gboolean
can_deliver (gpointer user_data)
{
  if (cherish_notifier_is_available (user_data))
    return TRUE;
  g_debug ("No notification server: reminders stay due");
  return FALSE;
}

/**
 * cherish_reminder_service_check:
 *
 * Runs the rules if they have not run today, then shows the reminders due
 * and not shown yet.
 *
 * Returns: how many notifications were shown
 */
guint
cherish_reminder_service_check (CherishReminderService *self)
{
  g_autoptr(GPtrArray) claimed = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  CherishReminderSettings settings;
  gboolean care = FALSE;
  guint shown = 0;
  GDate today;

  g_return_val_if_fail (CHERISH_IS_REMINDER_SERVICE (self), 0);

  cherish_clock_get_today (self->clock, &today);
  if (!g_date_valid (&self->care_day) || g_date_compare (&self->care_day, &today) != 0)
    care = daily_care_first (self, &today);

  cherish_shop_settings_reminders (&settings);
  claimed = cherish_reminders_check_full (self->reminders, &settings, can_deliver, self->notifier, &error);
  if (claimed == NULL)
    g_warning ("Could not check reminders: %s", error->message);
  else
    {
      now = cherish_clock_get_now (self->clock);
      shown = cherish_notifier_deliver (self->notifier, claimed, now, &today);
    }
  if (care)
    daily_care_rest (self, &today);
  return shown;
}

static gboolean
on_timer (gpointer user_data)
{
  cherish_reminder_service_check (user_data);
  return G_SOURCE_CONTINUE;
}

static void
on_prepare_for_sleep (GDBusConnection *connection,
                      const char      *sender,
                      const char      *path,
                      const char      *interface,
                      const char      *signal,
                      GVariant        *parameters,
                      gpointer         user_data)
{
  gboolean going_to_sleep = TRUE;

  g_variant_get (parameters, "(b)", &going_to_sleep);
  if (!going_to_sleep)
    cherish_reminder_service_check (user_data);
}

static void
on_system_bus (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(CherishReminderService) self = user_data;
  g_autoptr(GError) error = NULL;
  GDBusConnection *bus = g_bus_get_finish (result, &error);

  if (bus == NULL)
    {
      g_debug ("No system bus, so no check on resume: %s", error->message);
      return;
    }
  if (self->database == NULL)   /* disposed meanwhile */
    {
      g_object_unref (bus);
      return;
    }
  self->system_bus = bus;
  self->sleep_watch_id =
    g_dbus_connection_signal_subscribe (bus, "org.freedesktop.login1",
                                        "org.freedesktop.login1.Manager", "PrepareForSleep",
                                        "/org/freedesktop/login1", NULL,
                                        G_DBUS_SIGNAL_FLAGS_NONE, on_prepare_for_sleep, self,
                                        NULL);
}

static gboolean
apply_rules_idle (gpointer user_data)
{
  CherishReminderService *self = user_data;

  self->rules_idle_id = 0;
  cherish_reminder_service_apply_rules (self);
  return G_SOURCE_REMOVE;
}

static void
on_visits_changed (CherishReminderService *self)
{
  /* Once for a burst of visits (an import, a quick log). */
  if (self->rules_idle_id == 0)
    self->rules_idle_id = g_idle_add (apply_rules_idle, self);
}

/**
 * cherish_reminder_service_start:
 *
 * Checks now, then every minute and on resume; makes follow-ups as
 * visits are logged.
 */
void
cherish_reminder_service_start (CherishReminderService *self)
{
  g_return_if_fail (CHERISH_IS_REMINDER_SERVICE (self));

  if (self->timer_id != 0)
    return;
  g_signal_connect_swapped (self->database, "changed::visits",
                            G_CALLBACK (on_visits_changed), self);
  self->timer_id = g_timeout_add_seconds (CHECK_EVERY_SECONDS, on_timer, self);
  g_bus_get (G_BUS_TYPE_SYSTEM, NULL, on_system_bus, g_object_ref (self));
  cherish_reminder_service_check (self);
}

static gboolean
withdraw_after (CherishReminderService  *self,
                const char              *key,
                gboolean                 ok)
{
  if (ok)
    cherish_notifier_withdraw (self->notifier, key);
  return ok;
}

/**
 * cherish_reminder_service_snooze:
 *
 * Reminds of @key again tomorrow.
 */
gboolean
cherish_reminder_service_snooze (CherishReminderService  *self,
                                 const char              *key,
                                 GError                 **error)
{
  g_return_val_if_fail (CHERISH_IS_REMINDER_SERVICE (self), FALSE);
  return withdraw_after (self, key, cherish_reminders_snooze (self->reminders, key, error));
}

/**
 * cherish_reminder_service_done:
 *
 * @key was dealt with: no more reminders of it.
 */
gboolean
cherish_reminder_service_done (CherishReminderService  *self,
                               const char              *key,
                               GError                 **error)
{
  g_return_val_if_fail (CHERISH_IS_REMINDER_SERVICE (self), FALSE);
  return withdraw_after (self, key, cherish_reminders_done (self->reminders, key, error));
}

static void
release_hold (CherishReminderService *self)
{
  g_clear_handle_id (&self->hold_timeout_id, g_source_remove);
  if (self->held == NULL)
    return;
  g_application_release (self->held);
  g_clear_weak_pointer (&self->held);
}

static gboolean
on_hold_timeout (gpointer user_data)
{
  CherishReminderService *self = user_data;

  self->hold_timeout_id = 0;
  release_hold (self);
  return G_SOURCE_REMOVE;
}

static void
on_n_open_changed (CherishNotifier        *notifier,
                   GParamSpec             *pspec,
                   CherishReminderService *self)
{
  if (cherish_notifier_get_n_open (notifier) == 0)
    release_hold (self);
}

/**
 * cherish_reminder_service_check_and_hold:
 * @app: the application to keep running
 *
 * Checks once; while the notifications it showed are open (at most ten
 * minutes), holds @app so that their buttons are answered.
 */
void
cherish_reminder_service_check_and_hold (CherishReminderService *self,
                                         GApplication           *app)
{
  guint shown;

  g_return_if_fail (CHERISH_IS_REMINDER_SERVICE (self));
  g_return_if_fail (G_IS_APPLICATION (app));

  shown = cherish_reminder_service_check (self);
  g_debug ("%u notifications shown", shown);
  if (cherish_notifier_get_n_open (self->notifier) == 0 || self->held != NULL)
    return;
  g_application_hold (app);
  g_set_weak_pointer (&self->held, app);
  self->hold_timeout_id = g_timeout_add_seconds (HOLD_SECONDS, on_hold_timeout, self);
}
