/* cherish-reminders.c — what to remind the manager of, now
 *
 * Given the clock, the reminders due: each occasion its lead time before
 * (per kind, or the customer's own) and on the day, each open follow-up
 * on the day it is due — all falling due at midnight in the shop's time
 * zone. Reminders missed (the app was not running) stay due for
 * CHERISH_REMINDERS_CATCH_UP_DAYS days; occasions whose celebration is
 * done or skipped are left out. Checking claims the due reminders in the
 * sent-log (see cherish-reminder-store.c), so each is delivered once;
 * during quiet hours nothing is claimed, and what fell due is delivered
 * when they end.
 *
 * Each source of reminders is one function adding to the list: occasions,
 * follow-ups, and customer events (the day before, until they start).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-reminders"

#include "config.h"

#include <stdlib.h>

#include <string.h>

#include "cherish-celebration-store.h"
#include "cherish-date.h"
#include "cherish-event-store.h"
#include "cherish-follow-up-store.h"
#include "cherish-milestone-store.h"
#include "cherish-reminder-store.h"
#include "cherish-reminders.h"

#define DEFAULT_LEAD_DAYS 7

struct _CherishReminders
{
  GObject                  parent_instance;

  CherishDatabase         *database;
  CherishClock            *clock;
  CherishMilestoneStore   *milestones;
  CherishCelebrationStore *celebrations;
  CherishFollowUpStore    *follow_ups;
  CherishEventStore       *events;
  CherishReminderStore    *sent;

  /* The same on a reading connection of its own, kept (with its cache)
   * between lists of what is due; one list uses it at a time. */
  CherishReminders        *side;
  GMutex                   side_lock;
};

G_DEFINE_FINAL_TYPE (CherishReminders, cherish_reminders, G_TYPE_OBJECT)

/**
 * cherish_reminder_settings_init_default:
 *
 * A week ahead for every occasion, and quiet from 21:00 to 08:00.
 */
void
cherish_reminder_settings_init_default (CherishReminderSettings *settings)
{
  memset (settings, 0, sizeof *settings);
  for (guint i = 0; i < G_N_ELEMENTS (settings->lead_days); i++)
    settings->lead_days[i] = DEFAULT_LEAD_DAYS;
  settings->quiet_from = 21 * 60;
  settings->quiet_until = 8 * 60;
  cherish_milestone_rules_init_default (&settings->milestones);
}

/**
 * cherish_reminder_settings_is_quiet:
 * @now: local time
 *
 * Returns: whether @now is within the quiet hours (which may span midnight)
 */
gboolean
cherish_reminder_settings_is_quiet (const CherishReminderSettings *settings,
                                    GDateTime                     *now)
{
  guint minute = g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);
  guint from = settings->quiet_from % (24 * 60);
  guint until = settings->quiet_until % (24 * 60);

  if (from == until)
    return FALSE;
  if (from < until)
    return minute >= from && minute < until;
  return minute >= from || minute < until;
}

static void
cherish_reminders_finalize (GObject *object)
{
  CherishReminders *self = (CherishReminders *) object;

  g_clear_object (&self->milestones);
  g_clear_object (&self->celebrations);
  g_clear_object (&self->follow_ups);
  g_clear_object (&self->events);
  g_clear_object (&self->sent);
  g_clear_object (&self->side);
  g_mutex_clear (&self->side_lock);
  g_clear_object (&self->database);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (cherish_reminders_parent_class)->finalize (object);
}

static void
cherish_reminders_class_init (CherishRemindersClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cherish_reminders_finalize;
}

static void
cherish_reminders_init (CherishReminders *self)
{
  g_mutex_init (&self->side_lock);
}

/**
 * cherish_reminders_new:
 * @clock: (nullable): the system clock if %NULL
 */
CherishReminders *
cherish_reminders_new (CherishDatabase *database,
                       CherishClock    *clock)
{
  CherishReminders *self;

  g_return_val_if_fail (CHERISH_IS_DATABASE (database), NULL);

  self = g_object_new (CHERISH_TYPE_REMINDERS, NULL);
  self->database = g_object_ref (database);
  self->clock = clock != NULL ? g_object_ref (clock) : cherish_clock_new_system ();
  self->milestones = cherish_milestone_store_new (database, self->clock);
  self->celebrations = cherish_celebration_store_new (database, self->clock);
  self->follow_ups = cherish_follow_up_store_new (database, self->clock);
  self->events = cherish_event_store_new (database, self->clock);
  self->sent = cherish_reminder_store_new (database, self->clock);
  return self;
}

typedef struct
{
  CherishReminders              *self;
  const CherishReminderSettings *settings;
  GTimeZone                     *zone;
  GDate                          today;
  GDate                          first;    /* catching up from this day */
  gboolean                       past_only;
  GPtrArray                     *due;
  GHashTable                    *midnights;   /* julian day → GDateTime */
} Collect;

/* Midnight starting @date in the shop's time zone: the same few days for
 * thousands of reminders, so each is worked out once. */
static GDateTime *
start_of (Collect     *collect,
          const GDate *date)
{
  gpointer key = GUINT_TO_POINTER (g_date_get_julian (date));
  GDateTime *midnight = g_hash_table_lookup (collect->midnights, key);

  if (midnight == NULL)
    {
      midnight = g_date_time_new (collect->zone, g_date_get_year (date), g_date_get_month (date),
                                  g_date_get_day (date), 0, 0, 0);
      g_hash_table_insert (collect->midnights, key, midnight);
    }
  return g_date_time_ref (midnight);
}

static char *
celebration_key (CherishOccasionKind kind,
                 gint64              customer_id,
                 const char         *date,
                 gint64              life_event_id)
{
  return g_strdup_printf ("%d:%" G_GINT64_FORMAT ":%s:%" G_GINT64_FORMAT,
                          kind, customer_id, date, life_event_id);
}

/* The occasions whose celebration is done or skipped: nothing to remind. */
static GHashTable *
settled_celebrations (Collect      *collect,
                      const char   *from,
                      const char   *to,
                      GError      **error)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GHashTable) settled = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  list = cherish_celebration_store_list_between (collect->self->celebrations, from, to, error);
  if (list == NULL)
    return NULL;
  for (guint i = 0; i < list->len; i++)
    {
      CherishCelebration *celebration = list->pdata[i];
      CherishCelebrationStatus status = cherish_celebration_get_status (celebration);

      if (status == CHERISH_CELEBRATION_STATUS_DONE || status == CHERISH_CELEBRATION_STATUS_SKIPPED)
        g_hash_table_add (settled,
                          celebration_key (cherish_celebration_get_kind (celebration),
                                           cherish_celebration_get_customer_id (celebration),
                                           cherish_celebration_get_occasion_date (celebration),
                                           cherish_celebration_get_life_event_id (celebration)));
    }
  return g_steal_pointer (&settled);
}

static guint
lead_of (Collect         *collect,
         GHashTable      *leads,
         CherishOccasion *occasion)
{
  gint64 customer_id = cherish_occasion_get_customer_id (occasion);
  gpointer days;

  if (g_hash_table_lookup_extended (leads, &customer_id, NULL, &days))
    return GPOINTER_TO_INT (days);
  return collect->settings->lead_days[cherish_occasion_get_kind (occasion)];
}

static void
add_for_occasion (Collect         *collect,
                  CherishOccasion *occasion,
                  guint            lead)
{
  GDate day, ahead;
  g_autoptr(GDateTime) due_at = NULL;

  if (!cherish_date_parse (cherish_occasion_get_date (occasion), &day, NULL))
    return;

  if (g_date_compare (&day, &collect->today) <= 0)
    {
      if (g_date_compare (&day, &collect->first) < 0)
        return;
      due_at = start_of (collect, &day);
      g_ptr_array_add (collect->due,
                       cherish_reminder_new_for_occasion (occasion, CHERISH_REMINDER_ON_THE_DAY,
                                                          due_at));
      return;
    }

  if (lead == 0)
    return;
  ahead = day;
  g_date_subtract_days (&ahead, lead);
  if (g_date_compare (&ahead, &collect->today) > 0)
    return;
  due_at = start_of (collect, &ahead);
  g_ptr_array_add (collect->due,
                   cherish_reminder_new_for_occasion (occasion, CHERISH_REMINDER_AHEAD, due_at));
}

static gboolean
collect_occasions (Collect  *collect,
                   GError  **error)
{
  g_autoptr(GPtrArray) occasions = NULL;
  g_autoptr(GHashTable) leads = NULL;
  g_autoptr(GHashTable) settled = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  GHashTableIter iter;
  gpointer days;
  guint max_lead = 0;
  GDate to;

  leads = cherish_reminder_store_get_leads (collect->self->sent, error);
  if (leads == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (collect->settings->lead_days); i++)
    max_lead = MAX (max_lead, collect->settings->lead_days[i]);
  g_hash_table_iter_init (&iter, leads);
  while (g_hash_table_iter_next (&iter, NULL, &days))
    max_lead = MAX (max_lead, (guint) GPOINTER_TO_INT (days));
  max_lead = MIN (max_lead, CHERISH_REMINDERS_MAX_LEAD_DAYS);

  to = collect->today;
  if (collect->past_only)
    g_date_subtract_days (&to, 1);
  else
    g_date_add_days (&to, max_lead);
  occasions = cherish_milestone_store_find_dated (collect->self->milestones, &collect->first, &to,
                                                  &collect->settings->milestones, error);
  if (occasions == NULL)
    return FALSE;

  from_text = cherish_date_format (&collect->first);
  to_text = cherish_date_format (&to);
  settled = settled_celebrations (collect, from_text, to_text, error);
  if (settled == NULL)
    return FALSE;

  for (guint i = 0; i < occasions->len; i++)
    {
      CherishOccasion *occasion = occasions->pdata[i];
      g_autofree char *key = NULL;

      if (cherish_occasion_get_date (occasion) == NULL)
        continue;   /* at the next visit: the pre-visit brief tells */
      if (cherish_occasion_get_kind (occasion) == CHERISH_OCCASION_EVENT)
        continue;   /* events have reminders of their own, one per event */
      if (g_hash_table_size (settled) == 0)
        {
          add_for_occasion (collect, occasion, lead_of (collect, leads, occasion));
          continue;
        }
      key = celebration_key (cherish_occasion_get_kind (occasion),
                             cherish_occasion_get_customer_id (occasion),
                             cherish_occasion_get_date (occasion),
                             cherish_occasion_get_life_event_id (occasion));
      if (!g_hash_table_contains (settled, key))
        add_for_occasion (collect, occasion, lead_of (collect, leads, occasion));
    }
  return TRUE;
}

static gboolean
collect_follow_ups (Collect  *collect,
                    GError  **error)
{
  g_autofree char *first = cherish_date_format (&collect->first);
  g_autofree char *today = cherish_date_format (&collect->today);
  g_autoptr(GPtrArray) list = NULL;

  /* Long overdue ones are on Today; no more notifications for them. */
  list = cherish_follow_up_store_list_due_between (collect->self->follow_ups, first, today, error);
  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < list->len; i++)
    {
      CherishFollowUp *follow_up = list->pdata[i];
      g_autoptr(GDateTime) due_at = NULL;
      GDate day;

      if (!cherish_date_parse (cherish_follow_up_get_due_date (follow_up), &day, NULL))
        continue;
      due_at = start_of (collect, &day);
      g_ptr_array_add (collect->due, cherish_reminder_new_for_follow_up (follow_up, due_at));
    }
  return TRUE;
}

/* Each event not cancelled, from midnight of the day before it until it starts. */
static gboolean
collect_events (Collect  *collect,
                GError  **error)
{
  g_autoptr(GDateTime) now = cherish_clock_get_now (collect->self->clock);
  g_autoptr(GDateTime) today = start_of (collect, &collect->today);
  g_autoptr(GDateTime) until = g_date_time_add_days (today, 2);
  g_autoptr(GPtrArray) list = NULL;

  list = cherish_event_store_list_between (collect->self->events, now, until, error);
  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < list->len; i++)
    {
      CherishEvent *event = list->pdata[i];
      g_autoptr(GDateTime) due_at = NULL;
      GDate day;

      if (!cherish_timestamp_local_day (cherish_event_get_starts_at (event), collect->zone, &day))
        continue;
      g_date_subtract_days (&day, 1);
      if (g_date_compare (&day, &collect->today) > 0)
        continue;   /* the day after tomorrow, early */
      due_at = start_of (collect, &day);
      g_ptr_array_add (collect->due, cherish_reminder_new_for_event (event, due_at));
    }
  return TRUE;
}

/* A reminder with what it is ordered by, read once (13,000 reminders
 * are compared 180,000 times). */
typedef struct
{
  gint64           at;     /* microseconds */
  const char      *key;
  CherishReminder *reminder;
} Ordered;

static Ordered
ordered_of (CherishReminder *reminder)
{
  GDateTime *at = cherish_reminder_get_due_at (reminder);

  return (Ordered) { g_date_time_to_unix (at) * G_USEC_PER_SEC + g_date_time_get_microsecond (at),
                     cherish_reminder_get_key (reminder), reminder };
}

static int
compare_ordered (gconstpointer a,
                 gconstpointer b)
{
  const Ordered *oa = a, *ob = b;

  if (oa->at != ob->at)
    return oa->at < ob->at ? -1 : 1;
  return g_strcmp0 (oa->key, ob->key);
}

/* Earliest first, then by key. */
static void
sort_due (GPtrArray *reminders)
{
  g_autofree Ordered *ordered = g_new (Ordered, MAX (reminders->len, 1));

  for (guint i = 0; i < reminders->len; i++)
    ordered[i] = ordered_of (reminders->pdata[i]);
  qsort (ordered, reminders->len, sizeof (Ordered), compare_ordered);
  for (guint i = 0; i < reminders->len; i++)
    reminders->pdata[i] = ordered[i].reminder;
}

/* @a and @b, each sorted by sort_due(), as one list in that order; the
 * reminders move into it (13,000 refs and unrefs saved), leaving @a and
 * @b empty. */
static GPtrArray *
merge_due (GPtrArray *a,
           GPtrArray *b)
{
  GPtrArray *merged = g_ptr_array_new_full (a->len + b->len, g_object_unref);
  guint i = 0, j = 0;

  while (i < a->len && j < b->len)
    {
      Ordered x = ordered_of (a->pdata[i]), y = ordered_of (b->pdata[j]);

      g_ptr_array_add (merged, compare_ordered (&x, &y) <= 0 ? a->pdata[i++] : b->pdata[j++]);
    }
  for (; i < a->len; i++)
    g_ptr_array_add (merged, a->pdata[i]);
  for (; j < b->len; j++)
    g_ptr_array_add (merged, b->pdata[j]);
  g_ptr_array_set_free_func (a, NULL);
  g_ptr_array_set_free_func (b, NULL);
  g_ptr_array_set_size (a, 0);
  g_ptr_array_set_size (b, 0);
  return merged;
}

/* The occasions' reminders, collected on a reading connection of their
 * own while the follow-ups' are collected on the store's: a big shop has
 * thousands of each in the days looked at. */
typedef struct
{
  Collect  collect;
  gboolean ok;
  GError  *error;
} Side;

static gpointer
collect_side (gpointer user_data)
{
  Side *side = user_data;

  side->ok = collect_occasions (&side->collect, &side->error);
  if (side->ok)
    sort_due (side->collect.due);
  return NULL;
}

/* Every reminder due now, from the day @first on. */
static GPtrArray *
list_due_from (CherishReminders               *self,
               const CherishReminderSettings  *settings,
               const GDate                    *first,
               GError                        **error)
{
  g_autoptr(GPtrArray) due = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) occasions_due = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimeZone) zone = cherish_clock_get_timezone (self->clock);
  g_autoptr(GHashTable) midnights = g_hash_table_new_full (NULL, NULL, NULL,
                                                          (GDestroyNotify) g_date_time_unref);
  g_autoptr(GHashTable) side_midnights = g_hash_table_new_full (NULL, NULL, NULL,
                                                               (GDestroyNotify) g_date_time_unref);
  Collect collect = { self, settings, zone, { 0 }, *first, FALSE, due, midnights };
  Side side = { { NULL } };
  GThread *thread;
  gboolean ok;

  cherish_clock_get_today (self->clock, &collect.today);
  g_mutex_lock (&self->side_lock);
  if (self->side == NULL)
    {
      g_autoptr(CherishDatabase) reader = cherish_database_open_reader (self->database, error);

      if (reader == NULL)
        {
          g_mutex_unlock (&self->side_lock);
          return NULL;
        }
      self->side = cherish_reminders_new (reader, self->clock);
    }
  side.collect = (Collect) { self->side, settings, zone, collect.today, *first, FALSE, occasions_due,
                             side_midnights };
  thread = g_thread_new ("cherish-reminders", collect_side, &side);
  ok = collect_follow_ups (&collect, error) && collect_events (&collect, error);
  if (ok)
    sort_due (due);
  g_thread_join (thread);
  g_mutex_unlock (&self->side_lock);
  if (!side.ok)
    {
      if (ok)
        g_propagate_error (error, g_steal_pointer (&side.error));
      g_clear_error (&side.error);
      return NULL;
    }
  if (!ok)
    return NULL;
  return merge_due (due, occasions_due);
}

/**
 * cherish_reminders_list_due:
 *
 * Every reminder due now, delivered or not, earliest first (those missed
 * in the last CHERISH_REMINDERS_CATCH_UP_DAYS days included).
 *
 * Returns: (transfer full) (element-type CherishReminder) (nullable)
 */
GPtrArray *
cherish_reminders_list_due (CherishReminders               *self,
                            const CherishReminderSettings  *settings,
                            GError                        **error)
{
  GDate first;

  g_return_val_if_fail (CHERISH_IS_REMINDERS (self), NULL);
  g_return_val_if_fail (settings != NULL, NULL);

  cherish_clock_get_today (self->clock, &first);
  g_date_subtract_days (&first, CHERISH_REMINDERS_CATCH_UP_DAYS);
  return list_due_from (self, settings, &first, error);
}

/**
 * cherish_reminders_list_missed:
 * @days: how far back to look
 *
 * The occasions of the last @days days (not today) whose celebration is
 * neither done nor skipped: what may have gone by unnoticed.
 *
 * Returns: (transfer full) (element-type CherishReminder) (nullable): their
 *   reminders on the day, earliest first
 */
GPtrArray *
cherish_reminders_list_missed (CherishReminders               *self,
                               const CherishReminderSettings  *settings,
                               guint                           days,
                               GError                        **error)
{
  g_autoptr(GPtrArray) missed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GHashTable) midnights = g_hash_table_new_full (NULL, NULL, NULL,
                                                          (GDestroyNotify) g_date_time_unref);
  Collect collect = { self, settings, NULL, { 0 }, { 0 }, TRUE, missed, midnights };

  g_return_val_if_fail (CHERISH_IS_REMINDERS (self), NULL);
  g_return_val_if_fail (settings != NULL && days > 0, NULL);

  zone = cherish_clock_get_timezone (self->clock);
  collect.zone = zone;
  cherish_clock_get_today (self->clock, &collect.today);
  collect.first = collect.today;
  g_date_subtract_days (&collect.first, days);

  if (!collect_occasions (&collect, error))
    return NULL;
  sort_due (missed);
  return g_steal_pointer (&missed);
}

/**
 * cherish_reminders_check:
 *
 * Claims the reminders due now and not delivered yet; nothing during
 * quiet hours.
 *
 * Returns: (transfer full) (element-type CherishReminder) (nullable): the
 *   reminders to deliver, earliest first
 */
GPtrArray *
cherish_reminders_check (CherishReminders               *self,
                         const CherishReminderSettings  *settings,
                         GError                        **error)
{
  return cherish_reminders_check_full (self, settings, NULL, NULL, error);
}

/**
 * cherish_reminders_check_full:
 * @ready: (nullable): asked only when something may be due, before
 *   anything is claimed; %FALSE: nothing is claimed
 *
 * As cherish_reminders_check(). A check that finds nothing new (checked
 * today, nothing changed since) does not ask @ready: from cron, every few
 * minutes, it does not wake the notification server for nothing.
 *
 * Returns: (transfer full) (element-type CherishReminder) (nullable): the
 *   reminders to deliver, earliest first (none when @ready said no)
 */
GPtrArray *
cherish_reminders_check_full (CherishReminders               *self,
                              const CherishReminderSettings  *settings,
                              CherishRemindersReady           ready,
                              gpointer                        user_data,
                              GError                        **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 stamp, seen = -1;
  gboolean snooze_ended, again = FALSE, recorded = FALSE;
  GDate today, first;

  g_return_val_if_fail (CHERISH_IS_REMINDERS (self), NULL);

  now = cherish_clock_get_now (self->clock);
  if (cherish_reminder_settings_is_quiet (settings, now))
    return g_ptr_array_new_with_free_func (g_object_unref);

  /* Read first: a change committed while this check works is seen by the
   * next one. */
  stamp = cherish_reminder_store_get_change_stamp (self->sent, &local_error);
  last = local_error == NULL ? cherish_reminder_store_get_last_check (self->sent, &seen, &local_error) : NULL;
  snooze_ended = local_error == NULL &&
                 cherish_reminder_store_has_snooze_ended (self->sent, now, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* From the day of the last check (everything due before it was claimed
   * then), or the whole catch-up after a longer gap or when a snooze has
   * ended. */
  cherish_clock_get_today (self->clock, &today);
  first = today;
  g_date_subtract_days (&first, CHERISH_REMINDERS_CATCH_UP_DAYS);
  if (last != NULL)
    {
      g_autoptr(GTimeZone) zone = cherish_clock_get_timezone (self->clock);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (last, zone);
      GDate last_day;

      g_date_clear (&last_day, 1);
      g_date_set_dmy (&last_day, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                      g_date_time_get_year (local));
      recorded = g_date_compare (&last_day, &today) == 0 && seen == stamp;
      again = g_date_compare (&last_day, &first) >= 0;
      if (!snooze_ended && g_date_compare (&last_day, &first) > 0 && g_date_compare (&last_day, &today) <= 0)
        first = last_day;
    }

  /* Checked today already, nothing changed since and no snooze ended:
   * nothing can have fallen due (that happens at midnight). */
  if ((recorded && !snooze_ended) || (ready != NULL && !ready (user_data)))
    return g_ptr_array_new_with_free_func (g_object_unref);

  due = list_due_from (self, settings, &first, error);
  if (due == NULL)
    return NULL;
  return cherish_reminder_store_claim (self->sent, due, stamp, again, recorded, error);
}

/**
 * cherish_reminders_snooze:
 *
 * Reminds again tomorrow: a follow-up becomes due tomorrow, an occasion's
 * reminder comes again in a day (if still due).
 */
gboolean
cherish_reminders_snooze (CherishReminders  *self,
                          const char        *key,
                          GError           **error)
{
  gint64 follow_up_id;

  g_return_val_if_fail (CHERISH_IS_REMINDERS (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  follow_up_id = cherish_reminder_key_follow_up_id (key);
  if (follow_up_id > 0)
    return cherish_follow_up_store_snooze (self->follow_ups, follow_up_id, 1, error);
  return cherish_reminder_store_snooze (self->sent, key, 1, error);
}

typedef struct
{
  CherishReminders *self;
  const char       *key;
} Done;

static gboolean
done (gpointer   user_data,
      GError   **error)
{
  Done *run = user_data;
  gint64 follow_up_id = cherish_reminder_key_follow_up_id (run->key);
  g_autofree char *on_the_day = cherish_reminder_key_on_the_day (run->key);

  if (follow_up_id > 0 &&
      !cherish_follow_up_store_close (run->self->follow_ups, follow_up_id,
                                      CHERISH_FOLLOW_UP_STATE_DONE, NULL, error))
    return FALSE;
  if (on_the_day != NULL && !cherish_reminder_store_mark_done (run->self->sent, on_the_day, error))
    return FALSE;
  return cherish_reminder_store_mark_done (run->self->sent, run->key, error);
}

/**
 * cherish_reminders_done:
 *
 * The manager dealt with it: a follow-up is done; for an occasion, no
 * more reminders (neither again nor on the day).
 */
gboolean
cherish_reminders_done (CherishReminders  *self,
                        const char        *key,
                        GError           **error)
{
  Done run = { self, key };

  g_return_val_if_fail (CHERISH_IS_REMINDERS (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  return cherish_database_transaction (self->database, done, &run, error);
}
