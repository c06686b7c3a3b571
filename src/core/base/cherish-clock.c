/* cherish-clock.c — the one place "now" comes from
 *
 * Every piece of core logic that needs today's date asks a CherishClock.
 * The system clock reads the real time in the local time zone; a fixed
 * clock returns whatever a test set, in whatever time zone it was given,
 * so behaviour around midnight, year ends and leap days can be tested.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-clock"

#include "config.h"

#include "cherish-clock.h"

struct _CherishClock
{
  GObject    parent_instance;

  GDateTime *fixed_now;
};

G_DEFINE_FINAL_TYPE (CherishClock, cherish_clock, G_TYPE_OBJECT)

static void
cherish_clock_finalize (GObject *object)
{
  CherishClock *self = (CherishClock *) object;

  g_clear_pointer (&self->fixed_now, g_date_time_unref);

  G_OBJECT_CLASS (cherish_clock_parent_class)->finalize (object);
}

static void
cherish_clock_class_init (CherishClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cherish_clock_finalize;
}

static void
cherish_clock_init (CherishClock *self)
{
}

/**
 * cherish_clock_new_system:
 *
 * Returns: (transfer full): a clock that reads the real time
 */
CherishClock *
cherish_clock_new_system (void)
{
  return g_object_new (CHERISH_TYPE_CLOCK, NULL);
}

/**
 * cherish_clock_new_fixed:
 * @now: the instant the clock shows, in the time zone to work in
 *
 * Returns: (transfer full): a clock that stands still until told otherwise
 */
CherishClock *
cherish_clock_new_fixed (GDateTime *now)
{
  CherishClock *self;

  g_return_val_if_fail (now != NULL, NULL);

  self = g_object_new (CHERISH_TYPE_CLOCK, NULL);
  self->fixed_now = g_date_time_ref (now);
  return self;
}

gboolean
cherish_clock_is_fixed (CherishClock *self)
{
  g_return_val_if_fail (CHERISH_IS_CLOCK (self), FALSE);

  return self->fixed_now != NULL;
}

/**
 * cherish_clock_get_now:
 *
 * Returns: (transfer full): the current instant in the clock's time zone
 */
GDateTime *
cherish_clock_get_now (CherishClock *self)
{
  g_return_val_if_fail (CHERISH_IS_CLOCK (self), NULL);

  if (self->fixed_now != NULL)
    return g_date_time_ref (self->fixed_now);

  return g_date_time_new_now_local ();
}

/**
 * cherish_clock_get_now_utc:
 *
 * Returns: (transfer full): the current instant in UTC
 */
GDateTime *
cherish_clock_get_now_utc (CherishClock *self)
{
  g_autoptr(GDateTime) now = cherish_clock_get_now (self);

  return g_date_time_to_utc (now);
}

/**
 * cherish_clock_get_today:
 * @today: (out caller-allocates): the calendar date in the clock's zone
 */
void
cherish_clock_get_today (CherishClock *self,
                         GDate        *today)
{
  g_autoptr(GDateTime) now = cherish_clock_get_now (self);
  int year, month, day;

  g_date_time_get_ymd (now, &year, &month, &day);
  g_date_clear (today, 1);
  g_date_set_dmy (today, day, month, year);
}

/**
 * cherish_clock_get_timezone:
 *
 * Returns: (transfer full): the time zone "today" is reckoned in
 */
GTimeZone *
cherish_clock_get_timezone (CherishClock *self)
{
  g_return_val_if_fail (CHERISH_IS_CLOCK (self), NULL);

  if (self->fixed_now != NULL)
    return g_time_zone_ref (g_date_time_get_timezone (self->fixed_now));

  return g_time_zone_new_local ();
}

/**
 * cherish_clock_set_now:
 *
 * Moves a fixed clock to @now. Programmer error on the system clock.
 */
void
cherish_clock_set_now (CherishClock *self,
                       GDateTime    *now)
{
  g_return_if_fail (CHERISH_IS_CLOCK (self));
  g_return_if_fail (self->fixed_now != NULL);
  g_return_if_fail (now != NULL);

  g_date_time_unref (self->fixed_now);
  self->fixed_now = g_date_time_ref (now);
}

void
cherish_clock_advance (CherishClock *self,
                       GTimeSpan     span)
{
  g_autoptr(GDateTime) later = NULL;

  g_return_if_fail (CHERISH_IS_CLOCK (self));
  g_return_if_fail (self->fixed_now != NULL);

  later = g_date_time_add (self->fixed_now, span);
  cherish_clock_set_now (self, later);
}
