/* cherish-reminder.c — one thing to remind the manager of (plain value, no SQL)
 *
 * An occasion coming up (its lead time before), an occasion on the day,
 * a follow-up now due, or a customer event tomorrow. Its key names it for the sent-log: the same
 * reminder always gets the same key, a snoozed follow-up (due another
 * day) a new one. The words are made when it is shown, so that "in 7
 * days" is right on the day it is read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-reminder"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-date.h"
#include "cherish-enum-types.h"
#include "cherish-labels.h"
#include "cherish-reminder.h"
#include "cherish-text.h"

/* Due this long before it is sent, it was missed (the app was not running). */
#define LATE_AFTER (5 * G_TIME_SPAN_MINUTE)

struct _CherishReminder
{
  GObject              parent_instance;

  char                *key;
  CherishReminderKind  kind;
  GDateTime           *due_at;
  CherishOccasion     *occasion;
  CherishFollowUp     *follow_up;
  CherishEvent        *event;
};

G_DEFINE_FINAL_TYPE (CherishReminder, cherish_reminder, G_TYPE_OBJECT)

static void
cherish_reminder_finalize (GObject *object)
{
  CherishReminder *self = (CherishReminder *) object;

  g_free (self->key);
  g_clear_pointer (&self->due_at, g_date_time_unref);
  g_clear_object (&self->occasion);
  g_clear_object (&self->follow_up);
  g_clear_object (&self->event);

  G_OBJECT_CLASS (cherish_reminder_parent_class)->finalize (object);
}

static void
cherish_reminder_class_init (CherishReminderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cherish_reminder_finalize;
}

static void
cherish_reminder_init (CherishReminder *self)
{
}

/**
 * cherish_reminder_new_for_occasion:
 * @occasion: one with a date
 * @kind: %CHERISH_REMINDER_AHEAD or %CHERISH_REMINDER_ON_THE_DAY
 * @due_at: when it falls due
 */
CherishReminder *
cherish_reminder_new_for_occasion (CherishOccasion     *occasion,
                                   CherishReminderKind  kind,
                                   GDateTime           *due_at)
{
  CherishReminder *self;
  GString *key;

  g_return_val_if_fail (CHERISH_IS_OCCASION (occasion), NULL);
  g_return_val_if_fail (cherish_occasion_get_date (occasion) != NULL, NULL);
  g_return_val_if_fail (kind != CHERISH_REMINDER_FOLLOW_UP, NULL);

  self = g_object_new (CHERISH_TYPE_REMINDER, NULL);
  self->kind = kind;
  self->occasion = g_object_ref (occasion);
  self->due_at = g_date_time_ref (due_at);
  /* "occasion:<kind>:<customer>:<date>:<life event>:ahead|day" */
  key = g_string_sized_new (64);
  g_string_append (key, "occasion:");
  g_string_append (key, cherish_enum_to_nick (CHERISH_TYPE_OCCASION_KIND, cherish_occasion_get_kind (occasion)));
  g_string_append_c (key, ':');
  cherish_text_append_int (key, cherish_occasion_get_customer_id (occasion));
  g_string_append_c (key, ':');
  g_string_append (key, cherish_occasion_get_date (occasion));
  g_string_append_c (key, ':');
  cherish_text_append_int (key, cherish_occasion_get_life_event_id (occasion));
  g_string_append (key, kind == CHERISH_REMINDER_AHEAD ? ":ahead" : ":day");
  self->key = g_string_free (key, FALSE);
  return self;
}

CherishReminder *
cherish_reminder_new_for_follow_up (CherishFollowUp *follow_up,
                                    GDateTime       *due_at)
{
  CherishReminder *self;
  GString *key;

  g_return_val_if_fail (CHERISH_IS_FOLLOW_UP (follow_up), NULL);

  self = g_object_new (CHERISH_TYPE_REMINDER, NULL);
  self->kind = CHERISH_REMINDER_FOLLOW_UP;
  self->follow_up = g_object_ref (follow_up);
  self->due_at = g_date_time_ref (due_at);
  /* "follow-up:<id>:<due date>" */
  key = g_string_sized_new (40);
  g_string_append (key, "follow-up:");
  cherish_text_append_int (key, cherish_follow_up_get_id (follow_up));
  g_string_append_c (key, ':');
  g_string_append (key, cherish_follow_up_get_due_date (follow_up) != NULL
                        ? cherish_follow_up_get_due_date (follow_up) : "");
  self->key = g_string_free (key, FALSE);
  return self;
}

/**
 * cherish_reminder_new_for_event:
 *
 * The day before a customer event (a new key if it moves).
 */
CherishReminder *
cherish_reminder_new_for_event (CherishEvent *event,
                                GDateTime    *due_at)
{
  CherishReminder *self;

  g_return_val_if_fail (CHERISH_IS_EVENT (event), NULL);

  self = g_object_new (CHERISH_TYPE_REMINDER, NULL);
  self->kind = CHERISH_REMINDER_EVENT;
  self->event = g_object_ref (event);
  self->due_at = g_date_time_ref (due_at);
  self->key = g_strdup_printf ("event:%" G_GINT64_FORMAT ":%s", cherish_event_get_id (event),
                               cherish_event_get_starts_at (event));
  return self;
}

const char *
cherish_reminder_get_key (CherishReminder *self)
{
  g_return_val_if_fail (CHERISH_IS_REMINDER (self), NULL);
  return self->key;
}

CherishReminderKind
cherish_reminder_get_kind (CherishReminder *self)
{
  g_return_val_if_fail (CHERISH_IS_REMINDER (self), 0);
  return self->kind;
}

gint64
cherish_reminder_get_customer_id (CherishReminder *self)
{
  g_return_val_if_fail (CHERISH_IS_REMINDER (self), 0);
  if (self->event != NULL)
    return 0;
  return self->occasion != NULL ? cherish_occasion_get_customer_id (self->occasion)
                                : cherish_follow_up_get_customer_id (self->follow_up);
}

const char *
cherish_reminder_get_customer_name (CherishReminder *self)
{
  g_return_val_if_fail (CHERISH_IS_REMINDER (self), NULL);
  if (self->event != NULL)
    return cherish_event_get_title (self->event);
  return self->occasion != NULL ? cherish_occasion_get_customer_name (self->occasion)
                                : cherish_follow_up_get_customer_name (self->follow_up);
}

/**
 * cherish_reminder_get_date:
 *
 * Returns: the day of the occasion, or the day the follow-up is due;
 *   for an event, when it starts (a UTC timestamp)
 */
const char *
cherish_reminder_get_date (CherishReminder *self)
{
  g_return_val_if_fail (CHERISH_IS_REMINDER (self), NULL);
  if (self->event != NULL)
    return cherish_event_get_starts_at (self->event);
  return self->occasion != NULL ? cherish_occasion_get_date (self->occasion)
                                : cherish_follow_up_get_due_date (self->follow_up);
}

GDateTime *
cherish_reminder_get_due_at (CherishReminder *self)
{
  g_return_val_if_fail (CHERISH_IS_REMINDER (self), NULL);
  return self->due_at;
}

/**
 * cherish_reminder_get_occasion:
 *
 * Returns: (transfer none) (nullable): the occasion, for the occasion kinds
 */
CherishOccasion *
cherish_reminder_get_occasion (CherishReminder *self)
{
  g_return_val_if_fail (CHERISH_IS_REMINDER (self), NULL);
  return self->occasion;
}

/**
 * cherish_reminder_get_follow_up:
 *
 * Returns: (transfer none) (nullable): the follow-up, for that kind
 */
CherishFollowUp *
cherish_reminder_get_follow_up (CherishReminder *self)
{
  g_return_val_if_fail (CHERISH_IS_REMINDER (self), NULL);
  return self->follow_up;
}

/**
 * cherish_reminder_get_event:
 *
 * Returns: (transfer none) (nullable): the event, for that kind
 */
CherishEvent *
cherish_reminder_get_event (CherishReminder *self)
{
  g_return_val_if_fail (CHERISH_IS_REMINDER (self), NULL);
  return self->event;
}

/**
 * cherish_reminder_is_late:
 *
 * Returns: whether it fell due well before @now: nobody was there to
 *   send it then (the app was not running, or it was quiet hours)
 */
gboolean
cherish_reminder_is_late (CherishReminder *self,
                          GDateTime       *now)
{
  g_return_val_if_fail (CHERISH_IS_REMINDER (self), FALSE);
  return g_date_time_difference (now, self->due_at) > LATE_AFTER;
}

/* "Tomorrow at 18:00, The shop" in the time zone of @today's clock. */
static char *
event_when (CherishReminder *self,
            const GDate     *today,
            GTimeZone       *zone)
{
  const char *starts = cherish_event_get_starts_at (self->event);
  g_autoptr(GDateTime) local = cherish_timestamp_to_local (starts, zone);
  g_autofree char *time = local != NULL ? g_date_time_format (local, "%H:%M") : g_strdup ("");
  const char *place = cherish_event_get_place (self->event);
  g_autofree char *day = NULL;
  GDate date;
  int days;

  days = cherish_timestamp_local_day (starts, zone, &date) ? g_date_days_between (today, &date) : 0;
  if (days == 0)
    /* Translators: when an event starts, %s is the time, "Today at 18:00" */
    day = g_strdup_printf (_("Today at %s"), time);
  else if (days == 1)
    /* Translators: when an event starts, %s is the time, "Tomorrow at 18:00" */
    day = g_strdup_printf (_("Tomorrow at %s"), time);
  else
    /* Translators: when an event starts, %d days from now, at the time %s */
    day = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "In %d day at %s", "In %d days at %s", days),
                           days, time);
  if (place == NULL || *place == '\0')
    return g_steal_pointer (&day);
  /* Translators: when an event starts, then where: "Tomorrow at 18:00, The shop" */
  return g_strdup_printf (_("%s, %s"), day, place);
}

/* Whether the interface is written right to left: a notification server
 * lays a line out by its first letter, which may be a name's. */
static gboolean
interface_is_rtl (void)
{
  /* Translators: "default:RTL" if your language is written right to left
   * (as in GTK's own translation), else "default:LTR" as it is */
  return g_str_equal (_("default:LTR"), "default:RTL");
}

/**
 * cherish_reminder_describe:
 * @today: the day it is read
 * @summary: (out) (transfer full): the heading of a notification
 * @body: (out) (transfer full): its text
 */
void
cherish_reminder_describe (CherishReminder  *self,
                           const GDate      *today,
                           char            **summary,
                           char            **body)
{
  g_return_if_fail (CHERISH_IS_REMINDER (self));

  if (self->event != NULL)
    {
      /* Due at a midnight of the shop's time zone: that zone. */
      g_autoptr(GTimeZone) zone = g_time_zone_ref (g_date_time_get_timezone (self->due_at));

      *summary = g_strdup (cherish_event_get_title (self->event));
      *body = event_when (self, today, zone);
      return;
    }
  if (self->occasion != NULL)
    {
      *summary = g_strdup (cherish_occasion_get_customer_name (self->occasion));
      *body = cherish_occasion_when_from (self->occasion, today);
      return;
    }

  {
    g_autofree char *name = cherish_text_isolate (cherish_follow_up_get_customer_name (self->follow_up));

    /* Translators: a notification heading, %s is a customer's name */
    *summary = g_strdup_printf (_("Follow up with %s"), name);
  }
  *body = g_strdup (cherish_follow_up_get_about (self->follow_up));
}

/**
 * cherish_reminder_one_line:
 *
 * Returns: (transfer full): the reminder as one line of a summary:
 *   "Sara Ahmadi: Birthday (35) in 7 days"
 */
char *
cherish_reminder_one_line (CherishReminder *self,
                           const GDate     *today)
{
  g_autofree char *what = NULL;
  g_autofree char *name = NULL;
  g_autofree char *line = NULL;

  g_return_val_if_fail (CHERISH_IS_REMINDER (self), NULL);

  if (self->event != NULL)
    {
      g_autoptr(GTimeZone) zone = g_time_zone_ref (g_date_time_get_timezone (self->due_at));

      what = event_when (self, today, zone);
    }
  else if (self->occasion != NULL)
    what = cherish_occasion_when_from (self->occasion, today);
  else
    {
      g_autofree char *about = cherish_text_isolate (cherish_follow_up_get_about (self->follow_up));

      /* Translators: a reminder to contact a customer, %s is what about */
      what = g_strdup_printf (_("follow up: %s"), about);
    }

  name = cherish_text_isolate (cherish_reminder_get_customer_name (self));
  /* Translators: one line of a summary of reminders: a customer, then what */
  line = g_strdup_printf (_("%s: %s"), name, what);
  /* It starts with a name: the line is set in the interface's direction. */
  return cherish_text_in_direction (line, interface_is_rtl ());
}

/**
 * cherish_reminder_key_on_the_day:
 *
 * Returns: (transfer full) (nullable): the key of the same occasion's
 *   reminder on the day, for the key of its reminder ahead
 */
char *
cherish_reminder_key_on_the_day (const char *key)
{
  g_return_val_if_fail (key != NULL, NULL);

  if (!g_str_has_prefix (key, "occasion:") || !g_str_has_suffix (key, ":ahead"))
    return NULL;
  return g_strdup_printf ("%.*s:day", (int) (strlen (key) - strlen (":ahead")), key);
}

/* The id a key part starting at @p gives ("<id>:…"), or 0. */
static gint64
key_id (const char *p)
{
  char *end = NULL;
  gint64 id = g_ascii_strtoll (p, &end, 10);

  return end != NULL && *end == ':' && id > 0 ? id : 0;
}

/**
 * cherish_reminder_key_follow_up_id:
 *
 * Returns: the follow-up a key names, or 0
 */
gint64
cherish_reminder_key_follow_up_id (const char *key)
{
  g_return_val_if_fail (key != NULL, 0);

  if (!g_str_has_prefix (key, "follow-up:"))
    return 0;
  return key_id (key + strlen ("follow-up:"));
}

/**
 * cherish_reminder_key_customer_id:
 *
 * Returns: the customer whose occasion a key names
 *   ("occasion:<kind>:<customer>:…"), or 0
 */
gint64
cherish_reminder_key_customer_id (const char *key)
{
  const char *kind_end;

  g_return_val_if_fail (key != NULL, 0);

  if (!g_str_has_prefix (key, "occasion:"))
    return 0;
  kind_end = strchr (key + strlen ("occasion:"), ':');
  return kind_end != NULL ? key_id (kind_end + 1) : 0;
}
