/* cherish-insights-scan.c — one walk over every customer's visits
 *
 * Part of CherishInsightsStore. The regulars' figures need each
 * customer's whole story: their first visit, the gaps between visits and
 * their usual gap, when they were away long enough to count as lost and
 * when they came back. Rather than a query per figure, one walk reads the
 * visits index (customer by customer, each one's visits by time) and
 * counts everything at once, in parts that two threads share: 1,000,000
 * visits in about a quarter of a second.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-insights"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cherish-insights-private.h"
#include "cherish-store-private.h"

#define EPOCH_JULIAN 719163   /* g_date_get_julian() of 1970-01-01 */
#define UNKNOWN_OFFSET G_MININT

/* One customer's visits, as the walk gathers them. */
typedef struct
{
  gint64  customer_id;
  GArray *days;          /* int, every visit's local day, latest first */
  GArray *amounts;       /* gint64 per visit, 0 in another currency */
  guint8 *active;        /* per month: counted active */
} Story;

int
cherish_insights_scan_day_of_date (const GDate *date)
{
  return (int) g_date_get_julian (date) - EPOCH_JULIAN;
}

/* Days from 1970-01-01 to a Gregorian date (Howard Hinnant's
 * days_from_civil): a timestamp is read without a GDateTime. */
static int
days_from_civil (int y,
                 int m,
                 int d)
{
  int era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/**
 * cherish_insights_scan_day_of:
 *
 * Returns: the day @year-@month-@day, counted from 1970-01-01
 */
int
cherish_insights_scan_day_of (int year,
                              int month,
                              int day)
{
  return days_from_civil (year, month, day);
}

static gboolean
read_digits (const char *text,
             guint       n,
             int        *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (text[i] - '0');
    }
  return TRUE;
}

/* The shop's offset from UTC, in seconds, at @seconds past the epoch. */
static int
offset_at (InsightsScan *scan,
           gint64        seconds)
{
  int interval = g_time_zone_find_interval (scan->zone, G_TIME_TYPE_UNIVERSAL, seconds);

  return interval < 0 ? 0 : g_time_zone_get_offset (scan->zone, interval);
}

/**
 * cherish_insights_scan_local_day:
 * @timestamp: UTC, "YYYY-MM-DDTHH:MM:SSZ"
 *
 * Returns: the shop's local day of @timestamp, or G_MININT if it is not
 *   one
 */
int
cherish_insights_scan_local_day (InsightsScan *scan,
                                 const char   *timestamp)
{
  int y, mo, d, h, mi, s, utc_day, offset;
  gint64 seconds;

  if (timestamp == NULL || strlen (timestamp) < 19 ||
      !read_digits (timestamp, 4, &y) || !read_digits (timestamp + 5, 2, &mo) ||
      !read_digits (timestamp + 8, 2, &d) || !read_digits (timestamp + 11, 2, &h) ||
      !read_digits (timestamp + 14, 2, &mi) || !read_digits (timestamp + 17, 2, &s))
    return G_MININT;

  utc_day = days_from_civil (y, mo, d);
  seconds = (gint64) utc_day * 86400 + h * 3600 + mi * 60 + s;

  /* The offset at both ends of the UTC day, computed once per day; on a
   * day the clocks change they differ and the moment itself is asked. */
  if (utc_day >= scan->offsets_from &&
      (guint) (utc_day - scan->offsets_from) < scan->offsets->len / 2)
    {
      int *pair = &g_array_index (scan->offsets, int, 2 * (utc_day - scan->offsets_from));

      if (pair[0] == UNKNOWN_OFFSET)
        {
          pair[0] = offset_at (scan, (gint64) utc_day * 86400);
          pair[1] = offset_at (scan, (gint64) utc_day * 86400 + 86399);
        }
      offset = pair[0] == pair[1] ? pair[0] : offset_at (scan, seconds);
    }
  else
    offset = offset_at (scan, seconds);

  seconds += offset;
  return (int) (seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400));
}

/**
 * cherish_insights_scan_month_of:
 *
 * Returns: the index of the month @day falls in, or -1 outside the range
 *   or after today
 */
int
cherish_insights_scan_month_of (InsightsScan *scan,
                                int           day)
{
  guint low = 0, high = scan->n_months;

  if (scan->n_months == 0 || day < scan->month_first[0] || day > scan->today)
    return -1;
  while (high - low > 1)
    {
      guint mid = (low + high) / 2;

      if (scan->month_first[mid] <= day)
        low = mid;
      else
        high = mid;
    }
  return day <= scan->month_last[low] ? (int) low : -1;
}

/* The first month whose last day is @day or later. */
static guint
first_month_ending_from (InsightsScan *scan,
                         int           day)
{
  guint low = 0, high = scan->n_months;

  while (low < high)
    {
      guint mid = (low + high) / 2;

      if (scan->month_last[mid] < day)
        low = mid + 1;
      else
        high = mid;
    }
  return low;
}

/**
 * cherish_insights_lost_after:
 *
 * Returns: how many days away make a customer with @usual_gap lost: three
 *   times it, and at least 120
 */
double
cherish_insights_lost_after (double usual_gap)
{
  return MAX (3 * usual_gap, CHERISH_INSIGHTS_LOST_DAYS_AT_LEAST);
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  int x = *(const int *) a, y = *(const int *) b;

  return (x > y) - (x < y);
}

/**
 * cherish_insights_usual_gap:
 * @days: (array length=n_days): distinct days, earliest first
 *
 * Returns: a customer's usual gap: the median of the days between their
 *   visits (0 with one visit)
 */
double
cherish_insights_usual_gap (const int *days,
                            guint      n_days)
{
  int few[64];
  g_autofree int *many = NULL;
  int *gaps;

  if (n_days < 2)
    return 0;
  gaps = n_days - 1 <= G_N_ELEMENTS (few) ? few : (many = g_new (int, n_days - 1));
  for (guint i = 0; i + 1 < n_days; i++)
    gaps[i] = days[i + 1] - days[i];
  /* Most customers have a few dozen gaps at most: sorted in place. */
  if (n_days - 1 <= 32)
    for (guint i = 1; i < n_days - 1; i++)
      {
        int gap = gaps[i];
        guint j = i;

        for (; j > 0 && gaps[j - 1] > gap; j--)
          gaps[j] = gaps[j - 1];
        gaps[j] = gap;
      }
  else
    qsort (gaps, n_days - 1, sizeof (int), compare_ints);
  if ((n_days - 1) % 2 == 1)
    return gaps[(n_days - 1) / 2];
  return (gaps[(n_days - 1) / 2 - 1] + gaps[(n_days - 1) / 2]) / 2.0;
}

/* Keeps @customer among the first @at_most of @list by @before. */
static void
keep_best (GArray                        *list,
           guint                          at_most,
           const CherishInsightsCustomer *customer)
{
  guint i = list->len;

  while (i > 0)
    {
      const CherishInsightsCustomer *other = &g_array_index (list, CherishInsightsCustomer, i - 1);

      if (other->spending_minor > customer->spending_minor ||
          (other->spending_minor == customer->spending_minor && other->visits >= customer->visits))
        break;
      i--;
    }
  if (i >= at_most)
    return;
  g_array_insert_val (list, i, *customer);
  if (list->len > at_most)
    g_array_set_size (list, at_most);
}

static void
count_events (InsightsScan *scan,
              gint64        customer_id,
              const int    *days,
              guint         n_days)
{
  CherishInsights *insights = scan->insights;

  for (guint e = 0; e < scan->guests->len; e++)
    {
      InsightsEventGuests *guests = scan->guests->pdata[e];
      CherishInsightsEvent *event = &g_array_index (insights->events, CherishInsightsEvent, e);
      gboolean came = g_hash_table_contains (guests->came, &customer_id);
      gboolean other = !came && !g_hash_table_contains (guests->invited, &customer_id) &&
                       days[0] <= guests->end_day;
      gboolean back = FALSE;

      if (!came && !other)
        continue;
      for (guint i = 0; i < n_days && !back; i++)
        back = days[i] > guests->end_day && days[i] <= guests->end_day + CHERISH_INSIGHTS_EVENT_DAYS;
      if (came)
        event->guests_back += back;
      else
        {
          event->others++;
          event->others_back += back;
        }
    }
}

/* Counts one customer's story into every figure. */
static void
tell_story (InsightsScan *scan,
            Story        *story)
{
  CherishInsights *insights = scan->insights;
  CherishInsightsMonth *months = (CherishInsightsMonth *) (gpointer) insights->months->data;
  g_autofree int *days = NULL;
  CherishInsightsCustomer customer = { story->customer_id, NULL, story->days->len, 0, { 0 }, 0, 0 };
  CherishInsightsCustomer in_range = { story->customer_id, NULL, 0, 0, { 0 }, 0, 0 };
  guint n_days = 0, n_visits = story->days->len;
  double gap, lost_after;
  int month, first_month;

  if (n_visits == 0 || g_hash_table_contains (scan->deleted, &story->customer_id))
    return;

  /* Distinct days, earliest first; each visit into its month. */
  days = g_new (int, n_visits);
  memset (story->active, 0, scan->n_months);
  for (guint i = n_visits; i-- > 0;)
    {
      int day = g_array_index (story->days, int, i);
      gint64 amount = g_array_index (story->amounts, gint64, i);

      customer.spending_minor += amount;
      if ((month = cherish_insights_scan_month_of (scan, day)) >= 0)
        {
          months[month].visits++;
          months[month].spending_minor += amount;
          in_range.visits++;
          in_range.spending_minor += amount;
        }
      if (n_days > 0 && days[n_days - 1] == day)
        continue;
      days[n_days++] = day;

      /* Active in each month whose last day is within 90 days of it. */
      for (guint m = first_month_ending_from (scan, day);
           m < scan->n_months && scan->month_last[m] < day + CHERISH_INSIGHTS_ACTIVE_DAYS; m++)
        story->active[m] = TRUE;
    }
  for (guint m = 0; m < scan->n_months; m++)
    months[m].active += story->active[m];

  /* New in the month of the first visit; came again within 30, 90, 180. */
  first_month = cherish_insights_scan_month_of (scan, days[0]);
  if (first_month >= 0)
    {
      static const int within[] = { 30, 90, 180 };

      months[first_month].new_customers++;
      for (guint w = 0; w < CHERISH_INSIGHTS_N_WITHIN; w++)
        if (n_days > 1 && days[1] - days[0] <= within[w])
          months[first_month].came_again[w]++;
    }

  /* Lost when away longer than three times the usual gap and 120 days;
   * back at the visit that ends such a time away. */
  gap = cherish_insights_usual_gap (days, n_days);
  lost_after = cherish_insights_lost_after (gap);
  for (guint i = 0; i < n_days; i++)
    {
      int next = i + 1 < n_days ? days[i + 1] : scan->today;

      if (next - days[i] <= lost_after)
        continue;
      if ((month = cherish_insights_scan_month_of (scan, days[i] + (int) lost_after + 1)) >= 0)
        months[month].lost++;
      if (i + 1 < n_days && (month = cherish_insights_scan_month_of (scan, next)) >= 0)
        months[month].returned++;
    }

  /* Slipping away: a regular away longer than twice the usual gap. */
  customer.usual_gap = gap;
  customer.days_away = scan->today - days[n_days - 1];
  g_date_set_julian (&customer.last_visit, days[n_days - 1] + 719163);
  if (n_visits >= 3 && n_days >= 2 && customer.days_away > 2 * gap && customer.days_away <= lost_after)
    {
      insights->n_slipping++;
      keep_best (insights->slipping, CHERISH_INSIGHTS_SLIPPING_LISTED, &customer);
    }
  if (in_range.visits > 0)
    {
      in_range.usual_gap = gap;
      in_range.days_away = customer.days_away;
      in_range.last_visit = customer.last_visit;
      keep_best (insights->top, CHERISH_INSIGHTS_TOP_LISTED, &in_range);
    }

  count_events (scan, story->customer_id, days, n_days);
}

/* One part of the walk: the customers with ids from @from, up to @to
 * (not included), each one's visits and purchases (not calls or
 * messages), latest first. */
static gboolean
walk_part (InsightsScan  *scan,
           gint64         from,
           gint64         to,
           GError       **error)
{
  CherishDatabase *db = cherish_store_get_database (CHERISH_STORE (scan->self));
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree guint8 *active = g_new0 (guint8, MAX (scan->n_months, 1));
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) amounts = g_array_new (FALSE, FALSE, sizeof (gint64));
  Story story = { -1, days, amounts, active };
  int rc;

  stmt = cherish_database_prepare (db, "SELECT customer_id, at, amount_minor, currency "
                                       "FROM visits INDEXED BY visits_by_customer "
                                       "WHERE kind IN ('visit', 'purchase') "
                                       "AND customer_id >= ?1 AND customer_id < ?2 "
                                       "ORDER BY customer_id, at DESC", error);
  if (stmt == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (stmt, 1, from);
  cherish_stmt_bind_int64 (stmt, 2, to);

  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    {
      gint64 customer_id = cherish_stmt_column_int64 (stmt, 0);
      int day = cherish_insights_scan_local_day (scan, cherish_column_text (stmt, 1));
      gint64 amount = 0;

      if (customer_id != story.customer_id)
        {
          tell_story (scan, &story);
          story.customer_id = customer_id;
          g_array_set_size (days, 0);
          g_array_set_size (amounts, 0);
        }
      if (day == G_MININT || day > scan->today)
        continue;
      if (cherish_stmt_column_type (stmt, 2) == CHERISH_COLUMN_INTEGER &&
          (scan->currency == NULL || g_strcmp0 (cherish_column_text (stmt, 3), scan->currency) == 0))
        amount = cherish_stmt_column_int64 (stmt, 2);
      g_array_append_val (days, day);
      g_array_append_val (amounts, amount);
    }
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (db, rc, error);
      return FALSE;
    }
  tell_story (scan, &story);
  return TRUE;
}

/* The walk over every visit, in parts of the customers (by id) that
 * whichever thread is free takes next: two connections walk side by side
 * (1,000,000 visits: 382 ms for one, 242 for two halves at once). Each
 * part counts into figures of its own, added up in the parts' order, so
 * that customers as good as each other are listed as one walk would. */
struct _InsightsWalk
{
  gint64            from;
  gint64            width;
  guint             n_parts;
  CherishInsights **parts;
  int               next;      /* atomic */
  int               failed;    /* atomic */
};

#define WALK_PARTS 12

/**
 * cherish_insights_walk_new:
 *
 * Returns: (transfer full) (nullable): the walk over every customer with
 *   visits, in parts; %NULL with @error set
 */
InsightsWalk *
cherish_insights_walk_new (InsightsScan  *scan,
                           GError       **error)
{
  CherishDatabase *db = cherish_store_get_database (CHERISH_STORE (scan->self));
  g_autoptr(CherishStmt) stmt = NULL;
  InsightsWalk *walk;
  gint64 first, last;
  int rc;

  /* Each on its own: the index answers one min () or max () at once,
   * where both in one query read every visit. */
  stmt = cherish_database_prepare (db, "SELECT (SELECT min (customer_id) FROM visits), "
                                       "(SELECT max (customer_id) FROM visits)", error);
  if (stmt == NULL)
    return NULL;
  rc = cherish_stmt_step (stmt);
  if (rc != CHERISH_ROW)
    {
      cherish_database_set_error (db, rc, error);
      return NULL;
    }
  walk = g_new0 (InsightsWalk, 1);
  if (cherish_stmt_column_is_null (stmt, 0))
    return walk;   /* no visits at all */
  first = cherish_stmt_column_int64 (stmt, 0);
  last = cherish_stmt_column_int64 (stmt, 1);
  walk->from = first;
  walk->n_parts = (guint) MIN (WALK_PARTS, last - first + 1);
  walk->width = (last - first) / walk->n_parts + 1;
  walk->parts = g_new0 (CherishInsights *, walk->n_parts);
  for (guint i = 0; i < walk->n_parts; i++)
    {
      CherishInsights *part = cherish_insights_new_empty ();

      g_array_set_size (part->months, scan->n_months);
      g_array_set_size (part->events, scan->insights->events->len);
      walk->parts[i] = part;
    }
  return walk;
}

/**
 * cherish_insights_walk_run:
 * @scan: this thread's own: its connection, its cache of offsets
 *
 * Walks the parts no other thread has taken, until none is left.
 */
gboolean
cherish_insights_walk_run (InsightsWalk  *walk,
                           InsightsScan  *scan,
                           GError       **error)
{
  InsightsScan part = *scan;
  guint i;

  while (!g_atomic_int_get (&walk->failed) &&
         (i = (guint) g_atomic_int_add (&walk->next, 1)) < walk->n_parts)
    {
      gint64 from = walk->from + (gint64) i * walk->width;

      part.insights = walk->parts[i];
      if (!walk_part (&part, from, i + 1 < walk->n_parts ? from + walk->width : G_MAXINT64, error))
        {
          g_atomic_int_set (&walk->failed, TRUE);
          return FALSE;
        }
    }
  return TRUE;
}

/* Adds @part's figures to @insights. Its customers are copied as they
 * are: they have no names yet (those are read for the merged lists). */
static void
add_part (CherishInsights *insights,
          CherishInsights *part)
{
  for (guint m = 0; m < part->months->len; m++)
    {
      CherishInsightsMonth *into = &g_array_index (insights->months, CherishInsightsMonth, m);
      const CherishInsightsMonth *from = &g_array_index (part->months, CherishInsightsMonth, m);

      into->active += from->active;
      into->new_customers += from->new_customers;
      into->returned += from->returned;
      into->lost += from->lost;
      for (guint w = 0; w < CHERISH_INSIGHTS_N_WITHIN; w++)
        into->came_again[w] += from->came_again[w];
      into->visits += from->visits;
      into->spending_minor += from->spending_minor;
    }
  insights->n_slipping += part->n_slipping;
  for (guint i = 0; i < part->slipping->len; i++)
    keep_best (insights->slipping, CHERISH_INSIGHTS_SLIPPING_LISTED,
               &g_array_index (part->slipping, CherishInsightsCustomer, i));
  for (guint i = 0; i < part->top->len; i++)
    keep_best (insights->top, CHERISH_INSIGHTS_TOP_LISTED,
               &g_array_index (part->top, CherishInsightsCustomer, i));
  for (guint e = 0; e < part->events->len; e++)
    {
      CherishInsightsEvent *into = &g_array_index (insights->events, CherishInsightsEvent, e);
      const CherishInsightsEvent *from = &g_array_index (part->events, CherishInsightsEvent, e);

      into->guests_back += from->guests_back;
      into->others += from->others;
      into->others_back += from->others_back;
    }
}

/**
 * cherish_insights_walk_finish:
 * @insights: (nullable): where the parts' figures are added (in their
 *   order), or %NULL when the walk failed
 *
 * Frees @walk.
 */
void
cherish_insights_walk_finish (InsightsWalk    *walk,
                              CherishInsights *insights)
{
  for (guint i = 0; i < walk->n_parts; i++)
    {
      CherishInsights *part = walk->parts[i];

      if (insights != NULL)
        add_part (insights, part);
      cherish_insights_free (part);
    }
  g_free (walk->parts);
  g_free (walk);
}
