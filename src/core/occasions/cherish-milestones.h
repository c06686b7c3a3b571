/* cherish-milestones.h — which moments are worth celebrating (pure date logic)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cherish-customer.h"

G_BEGIN_DECLS

#define CHERISH_MILESTONE_MAX_STEPS 8

/**
 * CherishMilestoneSteps:
 * @values: the first thresholds, ascending (1, 5, 10…)
 * @n_values: how many of @values are used
 * @every: after the last value, every multiple of this (0: none)
 */
typedef struct
{
  guint values[CHERISH_MILESTONE_MAX_STEPS];
  guint n_values;
  guint every;
} CherishMilestoneSteps;

/**
 * CherishMilestoneRules:
 * @tenure: years as a customer worth celebrating
 * @visits: a customer's visits worth celebrating
 * @shop: the shop's customers worth celebrating
 * @feb29_on_march1: in common years, 29 February is celebrated on 1 March
 *   (default: on 28 February)
 */
typedef struct
{
  CherishMilestoneSteps tenure;
  CherishMilestoneSteps visits;
  CherishMilestoneSteps shop;
  gboolean              feb29_on_march1;
} CherishMilestoneRules;

void     cherish_milestone_rules_init_default (CherishMilestoneRules       *rules);
gboolean cherish_milestone_steps_parse        (const char                  *text,
                                               CherishMilestoneSteps       *steps,
                                               GError                     **error);
char    *cherish_milestone_steps_format       (const CherishMilestoneSteps *steps);
gboolean cherish_milestone_steps_match        (const CherishMilestoneSteps *steps,
                                               guint                        value);
guint    cherish_milestone_steps_next         (const CherishMilestoneSteps *steps,
                                               guint                        value);
/**
 * CherishDayRange:
 *
 * The days from one to another, told once for the many dates matched
 * against them (cherish_day_range_init()).
 */
typedef struct
{
  /*< private >*/
  int first_year;
  int last_year;
  int first;   /* YYYYMMDD */
  int last;
} CherishDayRange;

void     cherish_day_range_init               (CherishDayRange             *range,
                                               const GDate                 *from,
                                               const GDate                 *to);
guint    cherish_milestones_yearly            (int                          month,
                                               int                          day,
                                               const CherishDayRange       *range,
                                               gboolean                     feb29_on_march1,
                                               GDate                        dates[3]);

GPtrArray *cherish_milestones_of_customer (CherishCustomer             *customer,
                                           GPtrArray                   *life_events,
                                           const GDate                 *from,
                                           const GDate                 *to,
                                           const CherishMilestoneRules *rules);

G_END_DECLS
