/* cherish-insights-page.h — is the care working? The shop's months at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"
#include "cherish-insights-store.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_INSIGHTS_PAGE (cherish_insights_page_get_type ())

G_DECLARE_FINAL_TYPE (CherishInsightsPage, cherish_insights_page, CHERISH, INSIGHTS_PAGE, AdwBin)

void             cherish_insights_page_setup        (CherishInsightsPage *self,
                                                     CherishDatabase     *database,
                                                     CherishClock        *clock);
void             cherish_insights_page_reload       (CherishInsightsPage *self);
CherishInsights *cherish_insights_page_get_insights (CherishInsightsPage *self);

G_END_DECLS
