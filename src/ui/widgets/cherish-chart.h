/* cherish-chart.h — lines or stacked bars over the months, drawn natively
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  CHERISH_CHART_LINES,
  CHERISH_CHART_STACKED_BARS,
} CherishChartKind;

/* The text of a value ("1,250", "€12.50"), for labels and tooltips. */
typedef char *(*CherishChartFormat) (double   value,
                                     gpointer user_data);

#define CHERISH_TYPE_CHART (cherish_chart_get_type ())

G_DECLARE_FINAL_TYPE (CherishChart, cherish_chart, CHERISH, CHART, GtkWidget)

GtkWidget  *cherish_chart_new          (CherishChartKind     kind,
                                        const char          *title);
void        cherish_chart_set_format   (CherishChart        *self,
                                        CherishChartFormat   format,
                                        gpointer             user_data);
void        cherish_chart_set_data     (CherishChart        *self,
                                        const char * const  *labels,
                                        const char * const  *series,
                                        const double        *values);
guint       cherish_chart_get_n_points (CherishChart        *self);
const char * const *cherish_chart_get_labels (CherishChart  *self);
const char * const *cherish_chart_get_series (CherishChart  *self);
double      cherish_chart_get_value    (CherishChart        *self,
                                        guint                series,
                                        guint                point);
char       *cherish_chart_format_value (CherishChart        *self,
                                        double               value);
void        cherish_chart_select       (CherishChart        *self,
                                        int                  point);
int         cherish_chart_get_selected (CherishChart        *self);
char       *cherish_chart_describe     (CherishChart        *self,
                                        guint                point);

/* For the family's other members (CherishHeatTable). */
void        cherish_chart_ink          (GtkWidget           *widget,
                                        GdkRGBA             *color);
void        cherish_chart_draw_text    (GtkSnapshot         *snapshot,
                                        GtkWidget           *widget,
                                        const char          *text,
                                        double               x,
                                        double               y,
                                        double               align,
                                        const GdkRGBA       *color);
void        cherish_chart_take_keys    (GtkWidget           *widget,
                                        GCallback            key_pressed,
                                        GCallback            focus_enter,
                                        GCallback            query_tooltip);

G_END_DECLS
