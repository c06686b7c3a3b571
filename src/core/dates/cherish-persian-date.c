/* cherish-persian-date.c — the Solar Hijri calendar, both ways
 *
 * Persian shops write dates in the Solar Hijri (Jalali) calendar; Cherish
 * stores Gregorian ISO dates. ICU knows where each Solar Hijri year
 * starts: that is asked once for every year Cherish converts, and the
 * rest is arithmetic (six months of 31 days, five of 30, then Esfand with
 * whatever is left: 29 days, or 30 in a leap year), so that an import of
 * 100,000 dates costs no more than reading ISO ones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-persian-date"

#include "config.h"

#include <glib/gi18n.h>
#include <unicode/ucal.h>

#include "cherish-persian-date.h"

#define N_YEARS (CHERISH_PERSIAN_MAX_YEAR - CHERISH_PERSIAN_MIN_YEAR + 2)
/* g_date_get_julian() of 1970-01-01 */
#define UNIX_EPOCH_JULIAN 719163

/* The GDate Julian day of 1 Farvardin of each year, and of the year after
 * the last (for the length of its Esfand). */
static const guint32 *
year_starts (void)
{
  static guint32 *starts;
  static gsize computed;

  if (g_once_init_enter (&computed))
    {
      static const UChar utc[] = { 'U', 'T', 'C', 0 };
      guint32 *table = g_new0 (guint32, N_YEARS);
      UErrorCode status = U_ZERO_ERROR;
      UCalendar *calendar = ucal_open (utc, -1, "en@calendar=persian", UCAL_TRADITIONAL, &status);

      for (int i = 0; i < N_YEARS && U_SUCCESS (status); i++)
        {
          double days;
          gint64 whole;

          ucal_clear (calendar);
          ucal_setDateTime (calendar, CHERISH_PERSIAN_MIN_YEAR + i, 0, 1, 12, 0, 0, &status);
          days = ucal_getMillis (calendar, &status) / (1000.0 * 60 * 60 * 24);
          whole = (gint64) days;

          /* Noon: never a whole day; before 1970, down is toward -∞. */
          table[i] = (guint32) ((days < 0 ? whole - 1 : whole) + UNIX_EPOCH_JULIAN);
        }
      if (U_FAILURE (status))
        g_error ("ICU cannot compute Solar Hijri dates: %s", u_errorName (status));
      ucal_close (calendar);
      starts = table;
      g_once_init_leave (&computed, 1);
    }
  return starts;
}

static gboolean
year_is_known (int year)
{
  return year >= CHERISH_PERSIAN_MIN_YEAR && year <= CHERISH_PERSIAN_MAX_YEAR;
}

/* Days from 1 Farvardin to the first of @month. */
static int
days_before_month (int month)
{
  return month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30;
}

/**
 * cherish_persian_days_in_month:
 * @month: 1 (Farvardin) to 12 (Esfand)
 *
 * Returns: the days of @month in @year, or 0 if Cherish does not know the year
 */
int
cherish_persian_days_in_month (int year,
                               int month)
{
  const guint32 *starts;

  g_return_val_if_fail (month >= 1 && month <= 12, 0);

  if (!year_is_known (year))
    return 0;
  if (month < 12)
    return month <= 6 ? 31 : 30;
  starts = year_starts ();
  return (int) (starts[year - CHERISH_PERSIAN_MIN_YEAR + 1] - starts[year - CHERISH_PERSIAN_MIN_YEAR]) -
         days_before_month (12);
}

/**
 * cherish_persian_is_leap_year:
 *
 * Returns: whether Esfand of @year has 30 days
 */
gboolean
cherish_persian_is_leap_year (int year)
{
  return cherish_persian_days_in_month (year, 12) == 30;
}

/**
 * cherish_persian_to_gregorian:
 * @date: (out caller-allocates): the same day in the Gregorian calendar
 *
 * Returns: %TRUE if @year/@month/@day is a Solar Hijri date Cherish knows
 */
gboolean
cherish_persian_to_gregorian (int    year,
                              int    month,
                              int    day,
                              GDate *date)
{
  if (!year_is_known (year) || month < 1 || month > 12 || day < 1 ||
      day > cherish_persian_days_in_month (year, month))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_julian (date, year_starts ()[year - CHERISH_PERSIAN_MIN_YEAR] + days_before_month (month) + day - 1);
  return TRUE;
}

/**
 * cherish_persian_from_gregorian:
 * @year: (out): the Solar Hijri year
 * @month: (out): its month, 1 (Farvardin) to 12 (Esfand)
 * @day: (out): the day of the month
 *
 * Returns: %TRUE if @date falls in a year Cherish knows
 */
gboolean
cherish_persian_from_gregorian (const GDate *date,
                                int         *year,
                                int         *month,
                                int         *day)
{
  const guint32 *starts = year_starts ();
  guint32 julian;
  int index, offset;

  g_return_val_if_fail (g_date_valid (date), FALSE);

  julian = g_date_get_julian (date);
  /* 1 Farvardin falls on 20 or 21 March: the year is one of two. */
  index = g_date_get_year (date) - 621 - CHERISH_PERSIAN_MIN_YEAR;
  if (index >= 0 && index < N_YEARS && julian < starts[index])
    index--;
  if (index < 0 || index >= N_YEARS - 1 || julian < starts[index])
    return FALSE;

  offset = (int) (julian - starts[index]);
  *year = CHERISH_PERSIAN_MIN_YEAR + index;
  *month = offset < 186 ? offset / 31 + 1 : (offset - 186) / 30 + 7;
  *day = offset - days_before_month (*month) + 1;
  return TRUE;
}

/**
 * cherish_persian_month_name:
 * @month: 1 (Farvardin) to 12 (Esfand)
 *
 * Returns: (transfer none): the month's name in the manager's language
 */
const char *
cherish_persian_month_name (int month)
{
  static const char *names[] = {
    /* Translators: the months of the Solar Hijri calendar */
    N_("Farvardin"), N_("Ordibehesht"), N_("Khordad"), N_("Tir"), N_("Mordad"), N_("Shahrivar"),
    N_("Mehr"), N_("Aban"), N_("Azar"), N_("Dey"), N_("Bahman"), N_("Esfand"),
  };

  g_return_val_if_fail (month >= 1 && month <= 12, "");
  return _(names[month - 1]);
}
