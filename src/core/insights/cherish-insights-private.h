/* cherish-insights-private.h — shared by the files of CherishInsightsStore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-insights-store.h"
#include "cherish-milestones.h"

G_BEGIN_DECLS

/* An event as the walk over visits needs it: who was invited, who came. */
typedef struct
{
  int         end_day;     /* the local day it ended */
  GHashTable *invited;     /* customer ids */
  GHashTable *came;        /* customer ids */
} InsightsEventGuests;

/* What computing the insights works with: days are local days counted
 * from 1970-01-01 in the shop's time zone. */
typedef struct
{
  CherishInsightsStore *self;
  CherishInsights      *insights;
  GTimeZone            *zone;
  const char           *currency;
  int                  *month_first;   /* one per month */
  int                  *month_last;
  guint                 n_months;
  int                   today;
  GHashTable           *deleted;       /* customer ids in the bin */
  const CherishMilestoneRules *rules;
  guint                *marked;        /* per month: birthdays, starts and life
                                        * events celebrated or skipped */
  GPtrArray            *guests;        /* InsightsEventGuests, as insights->events */
  /* local offsets by UTC day, computed as needed */
  int                   offsets_from;
  GArray               *offsets;
} InsightsScan;

int      cherish_insights_scan_day_of_date  (const GDate   *date);
int      cherish_insights_scan_day_of       (int            year,
                                             int            month,
                                             int            day);
int      cherish_insights_scan_local_day    (InsightsScan  *scan,
                                             const char    *timestamp);
int      cherish_insights_scan_month_of     (InsightsScan  *scan,
                                             int            day);
gboolean cherish_insights_scan_occasions    (InsightsScan  *scan,
                                             GError       **error);

CherishInsights *cherish_insights_new_empty (void);

/* The walk over every customer's visits (see cherish-insights-scan.c). */
typedef struct _InsightsWalk InsightsWalk;

InsightsWalk *cherish_insights_walk_new    (InsightsScan     *scan,
                                            GError          **error);
gboolean      cherish_insights_walk_run    (InsightsWalk     *walk,
                                            InsightsScan     *scan,
                                            GError          **error);
void          cherish_insights_walk_finish (InsightsWalk     *walk,
                                            CherishInsights  *insights);

G_END_DECLS
