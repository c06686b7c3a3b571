/* cherish-insights-store.h — is the care working? The shop's figures by month
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-date-text.h"
#include "cherish-milestones.h"
#include "cherish-store.h"

G_BEGIN_DECLS

/* How long a customer must be away, at least, to count as lost (and
 * three times their usual gap), and what "active" looks back over. */
#define CHERISH_INSIGHTS_LOST_DAYS_AT_LEAST 120
#define CHERISH_INSIGHTS_ACTIVE_DAYS 90
#define CHERISH_INSIGHTS_EVENT_DAYS 60
#define CHERISH_INSIGHTS_SLIPPING_LISTED 50
#define CHERISH_INSIGHTS_TOP_LISTED 10

/* The windows of "came again within …" */
typedef enum
{
  CHERISH_INSIGHTS_WITHIN_30,
  CHERISH_INSIGHTS_WITHIN_90,
  CHERISH_INSIGHTS_WITHIN_180,
  CHERISH_INSIGHTS_N_WITHIN
} CherishInsightsWithin;

/**
 * CherishInsightsMonth:
 * @first: the month's first day, in the shop's calendar
 * @last: its last day (today, for the month under way)
 * @active: customers with a visit in the 90 days up to @last
 * @new_customers: customers whose first visit was in the month
 * @returned: customers who came back in the month after being lost
 * @lost: customers who became lost in the month: away longer than three
 *   times their usual gap (the median of their gaps) and 120 days
 * @came_again: of @new_customers, how many came again within 30, 90 and
 *   180 days of their first visit; -1 while that is not known yet
 * @visits: visits and purchases in the month
 * @spending_minor: what they spent, in the shop's currency (minor units)
 * @celebrated: occasions of the month celebrated
 * @skipped: occasions of the month skipped
 * @unmarked: birthdays, anniversaries with the shop (the milestone years)
 *   and life events of the month's past days, known to the shop by then,
 *   neither celebrated nor skipped
 * @follow_ups_on_time: follow-ups due in the month done by their day
 * @follow_ups_late: … done after it
 * @follow_ups_missed: … still open, or dismissed, past their day
 * @points_earned: points earned in the month
 * @points_redeemed: points spent on rewards
 * @points_expired: points that expired
 */
typedef struct
{
  GDate  first;
  GDate  last;
  guint  active;
  guint  new_customers;
  guint  returned;
  guint  lost;
  int    came_again[CHERISH_INSIGHTS_N_WITHIN];
  guint  visits;
  gint64 spending_minor;
  guint  celebrated;
  guint  skipped;
  guint  unmarked;
  guint  follow_ups_on_time;
  guint  follow_ups_late;
  guint  follow_ups_missed;
  gint64 points_earned;
  gint64 points_redeemed;
  gint64 points_expired;
} CherishInsightsMonth;

/**
 * CherishInsightsCustomer:
 * @visits: all their visits (slipping away), or those of the range (top)
 * @spending_minor: all they spent, or what they spent in the range
 * @last_visit: the day of their last visit
 * @usual_gap: the median of the days between their visits (0: one visit)
 * @days_away: days since their last visit
 */
typedef struct
{
  gint64  customer_id;
  char   *name;
  guint   visits;
  gint64  spending_minor;
  GDate   last_visit;
  double  usual_gap;
  guint   days_away;
} CherishInsightsCustomer;

/**
 * CherishInsightsEvent:
 * @invited: invitations (declined ones included)
 * @came: guests who came
 * @no_shows: guests marked as not having come
 * @guests_back: of those who came, how many visited within 60 days after
 * @others: customers (not prospects) not invited, there before the event
 * @others_back: of those, how many visited within the same days
 * @complete: whether the 60 days are over
 */
typedef struct
{
  gint64    event_id;
  char     *title;
  GDate     day;
  guint     invited;
  guint     came;
  guint     no_shows;
  guint     guests_back;
  guint     others;
  guint     others_back;
  gboolean  complete;
} CherishInsightsEvent;

/**
 * CherishInsights:
 * @months: (element-type CherishInsightsMonth): oldest first
 * @slipping: (element-type CherishInsightsCustomer): regulars (three
 *   visits or more) away longer than twice their usual gap and not lost
 *   yet, the most valuable first (at most 50)
 * @n_slipping: how many are slipping away in all
 * @top: (element-type CherishInsightsCustomer): the ten customers who
 *   spent most in the range (then visited most)
 * @events: (element-type CherishInsightsEvent): the events of the range
 *   that took place, by day
 * @points_outstanding: points the customers hold now
 */
typedef struct
{
  GArray *months;
  GArray *slipping;
  guint   n_slipping;
  GArray *top;
  GArray *events;
  gint64  points_outstanding;
} CherishInsights;

void   cherish_insights_free       (CherishInsights *insights);
double cherish_insights_usual_gap  (const int       *days,
                                    guint            n_days);
double cherish_insights_lost_after (double           usual_gap);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CherishInsights, cherish_insights_free)

#define CHERISH_TYPE_INSIGHTS_STORE (cherish_insights_store_get_type ())

G_DECLARE_FINAL_TYPE (CherishInsightsStore, cherish_insights_store, CHERISH, INSIGHTS_STORE, CherishStore)

CherishInsightsStore *cherish_insights_store_new     (CherishDatabase        *database,
                                                      CherishClock           *clock);
CherishInsights      *cherish_insights_store_compute (CherishInsightsStore        *self,
                                                      CherishCalendarSystem        calendar,
                                                      guint                        months,
                                                      const char                  *currency,
                                                      const CherishMilestoneRules *rules,
                                                      GError                     **error);

G_END_DECLS
