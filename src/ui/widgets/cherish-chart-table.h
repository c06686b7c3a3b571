/* cherish-chart-table.h — a chart's numbers, as a table to read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-chart.h"

G_BEGIN_DECLS

GtkWidget *cherish_chart_table_new (CherishChart *chart);
char      *cherish_chart_to_csv    (CherishChart *self);

G_END_DECLS
