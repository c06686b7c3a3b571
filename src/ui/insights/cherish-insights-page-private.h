/* cherish-insights-page-private.h — shared by the files of CherishInsightsPage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-follow-up-store.h"
#include "cherish-insights-page.h"
#include "cherish-page-reading.h"
#include "cherish-widget-util.h"

G_BEGIN_DECLS

struct _CherishInsightsPage
{
  AdwBin                parent_instance;

  CherishDatabase      *database;
  CherishClock         *clock;
  CherishFollowUpStore *follow_ups;
  GSettings            *settings;
  CherishInsights      *insights;
  char                 *currency;
  CherishPageRead       read;             /* in a thread, one read at a time */

  GtkWidget            *stack;
  GtkWidget            *range;           /* a GtkDropDown of ranges */
  GtkWidget            *sections;        /* the box the groups are in */
  GPtrArray            *groups;          /* shown, removed on the next fill */
};

void cherish_insights_page_show (CherishInsightsPage *self);

G_END_DECLS
