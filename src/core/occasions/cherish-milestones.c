/* cherish-milestones.c — which moments are worth celebrating (pure date logic)
 *
 * The thresholds that make a number worth celebrating (the 1st, 5th, 10th
 * year as a customer; the 10th, 25th, 100th visit; the shop's 100th
 * customer), and the days a yearly date falls on within a range of dates,
 * across year ends and leap years; and one customer's occasions from what
 * is known of them. No database, no clock: the milestone store feeds these
 * with candidates it found through indexes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-milestones"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cherish-date.h"
#include "cherish-error.h"
#include "cherish-text.h"
#include "cherish-life-event.h"
#include "cherish-milestones.h"
#include "cherish-occasion.h"

static void
set_steps (CherishMilestoneSteps *steps,
           const guint           *values,
           guint                  n_values,
           guint                  every)
{
  g_assert (n_values <= CHERISH_MILESTONE_MAX_STEPS);

  memset (steps, 0, sizeof *steps);
  memcpy (steps->values, values, n_values * sizeof (guint));
  steps->n_values = n_values;
  steps->every = every;
}

/**
 * cherish_milestone_rules_init_default:
 *
 * Years 1, 5, 10, 15, 20, 25 and every 5 after; visits 10, 25, 50, 100
 * and every 100 after; customers 10, 100, 500, 1000 and every 1000 after;
 * 29 February on the 28th in common years.
 */
void
cherish_milestone_rules_init_default (CherishMilestoneRules *rules)
{
  static const guint tenure[] = { 1, 5, 10, 15, 20, 25 };
  static const guint visits[] = { 10, 25, 50, 100 };
  static const guint shop[] = { 10, 100, 500, 1000 };

  set_steps (&rules->tenure, tenure, G_N_ELEMENTS (tenure), 5);
  set_steps (&rules->visits, visits, G_N_ELEMENTS (visits), 100);
  set_steps (&rules->shop, shop, G_N_ELEMENTS (shop), 1000);
  rules->feb29_on_march1 = FALSE;
}

/**
 * cherish_milestone_steps_parse:
 * @text: thresholds as the manager writes them: "1, 5, 10, +5" — up to
 *   eight growing numbers, then "+N" for every N after the last
 *
 * Returns: %TRUE if @text made sense; else the error says why (field
 *   "thresholds") and @steps is unchanged
 */
gboolean
cherish_milestone_steps_parse (const char             *text,
                               CherishMilestoneSteps  *steps,
                               GError                **error)
{
  g_autofree char *folded = cherish_text_fold (text);
  g_auto(GStrv) parts = g_strsplit_set (folded, ",،", -1);
  CherishMilestoneSteps parsed = { { 0 }, 0, 0 };

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *part = g_strstrip (parts[i]);
      gboolean every = part[0] == '+';
      guint64 value;
      char *end;

      if (*part == '\0')
        continue;
      if (parsed.every > 0)
        goto invalid;   /* nothing after "+N" */

      value = g_ascii_strtoull (part + (every ? 1 : 0), &end, 10);
      if (*end != '\0' || value == 0 || value > 1000000 || end == part + (every ? 1 : 0))
        goto invalid;

      if (every)
        parsed.every = (guint) value;
      else
        {
          if (parsed.n_values == CHERISH_MILESTONE_MAX_STEPS ||
              (parsed.n_values > 0 && value <= parsed.values[parsed.n_values - 1]))
            goto invalid;
          parsed.values[parsed.n_values++] = (guint) value;
        }
    }

  if (parsed.n_values == 0 && parsed.every == 0)
    goto invalid;

  *steps = parsed;
  return TRUE;

invalid:
  cherish_set_invalid (error, "thresholds",
                       _("“%s” is not a list of thresholds: write up to eight growing numbers, "
                         "then +N for every N after, like 1, 5, 10, +5."), text ?: "");
  return FALSE;
}

/**
 * cherish_milestone_steps_format:
 *
 * Returns: (transfer full): @steps as cherish_milestone_steps_parse() reads them
 */
char *
cherish_milestone_steps_format (const CherishMilestoneSteps *steps)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < steps->n_values; i++)
    g_string_append_printf (out, "%s%u", i ? ", " : "", steps->values[i]);
  if (steps->every > 0)
    g_string_append_printf (out, "%s+%u", out->len ? ", " : "", steps->every);
  return g_string_free (out, FALSE);
}

/**
 * cherish_milestone_steps_match:
 *
 * Returns: whether @value is one of the thresholds
 */
gboolean
cherish_milestone_steps_match (const CherishMilestoneSteps *steps,
                               guint                        value)
{
  guint last;

  if (value == 0)
    return FALSE;

  for (guint i = 0; i < steps->n_values; i++)
    if (steps->values[i] == value)
      return TRUE;

  last = steps->n_values > 0 ? steps->values[steps->n_values - 1] : 0;
  return steps->every > 0 && value > last && value % steps->every == 0;
}

/**
 * cherish_milestone_steps_next:
 *
 * Returns: the first threshold greater than @value, or 0 if there is none
 */
guint
cherish_milestone_steps_next (const CherishMilestoneSteps *steps,
                              guint                        value)
{
  guint last;

  for (guint i = 0; i < steps->n_values; i++)
    if (steps->values[i] > value)
      return steps->values[i];

  if (steps->every == 0)
    return 0;

  last = steps->n_values > 0 ? steps->values[steps->n_values - 1] : 0;
  value = MAX (value, last);
  return (value / steps->every + 1) * steps->every;
}

/**
 * cherish_day_range_init:
 * @from: the first day
 * @to: the last day (at most two years after @from)
 */
void
cherish_day_range_init (CherishDayRange *range,
                        const GDate     *from,
                        const GDate     *to)
{
  range->first_year = g_date_get_year (from);
  range->last_year = g_date_get_year (to);
  range->first = range->first_year * 10000 + g_date_get_month (from) * 100 + g_date_get_day (from);
  range->last = range->last_year * 10000 + g_date_get_month (to) * 100 + g_date_get_day (to);
}

/**
 * cherish_milestones_yearly:
 * @month: 1–12
 * @day: 1–31 (29 February allowed)
 * @range: the days to look in
 * @dates: (out caller-allocates): the days it falls on within @range
 *
 * Told in whole numbers: a scan asks it for every birthday and
 * anniversary of a month (GDate's comparisons took 390 instructions a
 * date, 13 million for the 30 days of a shop of 100,000).
 *
 * Returns: how many of @dates were set
 */
guint
cherish_milestones_yearly (int                    month,
                           int                    day,
                           const CherishDayRange *range,
                           gboolean               feb29_on_march1,
                           GDate                  dates[3])
{
  guint n = 0;

  g_return_val_if_fail (month >= 1 && month <= 12, 0);
  g_return_val_if_fail (day >= 1 && day <= 31, 0);

  for (int year = range->first_year; year <= range->last_year && n < 3; year++)
    {
      int m = month, d = day, key;

      if (month == 2 && day == 29 && !g_date_is_leap_year (year))
        {
          m = feb29_on_march1 ? 3 : 2;
          d = feb29_on_march1 ? 1 : 28;
        }
      else if (day > 28 && day > g_date_get_days_in_month (month, year))
        continue;

      key = year * 10000 + m * 100 + d;
      if (key >= range->first && key <= range->last)
        {
          g_date_clear (&dates[n], 1);
          g_date_set_dmy (&dates[n++], d, m, year);
        }
    }

  return n;
}

static void
add_yearly (GPtrArray                   *found,
            CherishCustomer             *customer,
            CherishOccasionKind          kind,
            const char                  *date_text,
            const char                  *title,
            gint64                       life_event_id,
            const CherishDayRange       *range,
            const CherishMilestoneRules *rules)
{
  int year = 0, month = 0, day = 0;
  GDate dates[3];
  guint n;

  if (!cherish_date_read_stored (date_text, &year, &month, &day) ||
      month < 1 || month > 12 || day < 1 || day > 31)
    return;

  n = cherish_milestones_yearly (month, day, range, rules->feb29_on_march1, dates);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = cherish_date_format (&dates[i]);
      int years = year > 0 ? g_date_get_year (&dates[i]) - year : 0;

      if (kind == CHERISH_OCCASION_TENURE && !cherish_milestone_steps_match (&rules->tenure, years))
        continue;
      if (kind == CHERISH_OCCASION_LIFE_EVENT && years < 0)
        continue;
      g_ptr_array_add (found, cherish_occasion_new (kind, cherish_customer_get_id (customer),
                                                    cherish_customer_get_display_name (customer),
                                                    text, MAX (years, 0), title, life_event_id));
    }
}

static int
compare_by_date (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (cherish_occasion_get_date (*(CherishOccasion **) a),
                    cherish_occasion_get_date (*(CherishOccasion **) b));
}

/**
 * cherish_milestones_of_customer:
 * @life_events: (element-type CherishLifeEvent): the customer's
 * @from: first day
 * @to: last day, within two years of @from
 *
 * One customer's occasions, from what is known of them: birthdays,
 * years as a customer at the thresholds, life events, and — when the next
 * visit is a threshold — that visit (undated, listed first).
 *
 * Returns: (transfer full) (element-type CherishOccasion): by date
 */
GPtrArray *
cherish_milestones_of_customer (CherishCustomer             *customer,
                                GPtrArray                   *life_events,
                                const GDate                 *from,
                                const GDate                 *to,
                                const CherishMilestoneRules *rules)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  guint next_visit = cherish_customer_get_visit_count (customer) + 1;
  CherishDayRange range;

  g_return_val_if_fail (CHERISH_IS_CUSTOMER (customer), found);

  cherish_day_range_init (&range, from, to);
  add_yearly (found, customer, CHERISH_OCCASION_BIRTHDAY, cherish_customer_get_birthday (customer),
              NULL, 0, &range, rules);
  if (!cherish_customer_get_is_prospect (customer))
    add_yearly (found, customer, CHERISH_OCCASION_TENURE,
                cherish_customer_get_customer_since (customer), NULL, 0, &range, rules);

  for (guint i = 0; life_events != NULL && i < life_events->len; i++)
    {
      CherishLifeEvent *event = life_events->pdata[i];
      const char *title = cherish_life_event_get_title (event);

      if (cherish_life_event_get_yearly (event))
        add_yearly (found, customer, CHERISH_OCCASION_LIFE_EVENT,
                    cherish_life_event_get_date (event), title,
                    cherish_life_event_get_id (event), &range, rules);
      else
        {
          GDate day;

          if (cherish_date_parse (cherish_life_event_get_date (event), &day, NULL) &&
              g_date_compare (&day, from) >= 0 && g_date_compare (&day, to) <= 0)
            g_ptr_array_add (found,
                             cherish_occasion_new (CHERISH_OCCASION_LIFE_EVENT,
                                                   cherish_customer_get_id (customer),
                                                   cherish_customer_get_display_name (customer),
                                                   cherish_life_event_get_date (event), 0, title,
                                                   cherish_life_event_get_id (event)));
        }
    }

  g_ptr_array_sort (found, compare_by_date);

  if (!cherish_customer_get_is_prospect (customer) &&
      cherish_milestone_steps_match (&rules->visits, next_visit))
    g_ptr_array_insert (found, 0,
                        cherish_occasion_new (CHERISH_OCCASION_NTH_VISIT,
                                              cherish_customer_get_id (customer),
                                              cherish_customer_get_display_name (customer),
                                              NULL, next_visit, NULL, 0));
  return found;
}
