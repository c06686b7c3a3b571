/* cherish-bench-insights.h — every series of the Insights page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-database.h"

G_BEGIN_DECLS

void cherish_bench_insights (CherishDatabase *db,
                             const char      *server_uri);

G_END_DECLS
