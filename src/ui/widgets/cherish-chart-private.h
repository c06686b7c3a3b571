/* cherish-chart-private.h — what cherish-chart.c and its drawing share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-chart.h"

G_BEGIN_DECLS

struct _CherishChart
{
  GtkWidget           parent_instance;

  CherishChartKind    kind;
  GStrv               labels;
  GStrv               series;
  guint               n_labels;     /* their lengths, read at every value */
  guint               n_names;
  double             *values;       /* series × points */
  CherishChartFormat  format;
  gpointer            format_data;
  int                 selected;     /* the point in the tooltip, or -1 */
};

static inline guint
n_points (CherishChart *self)
{
  return self->n_labels;
}

static inline guint
n_series (CherishChart *self)
{
  return self->n_names;
}

static inline double
value_at (CherishChart *self,
          guint         series,
          guint         point)
{
  return self->values[series * n_points (self) + point];
}

void cherish_chart_draw     (CherishChart *self,
                             GtkSnapshot  *snapshot);
int  cherish_chart_point_at (CherishChart *self,
                             double        x);
void cherish_chart_pick_labels (guint         n,
                                const double *centres,
                                const int    *widths,
                                guint         every,
                                gboolean     *shown);

G_END_DECLS
