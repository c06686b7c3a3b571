/* cherish-chart-draw.c — a chart's layout and drawing
 *
 * Part of CherishChart (see cherish-chart.c): where the plot, the scale,
 * the months and the legend go, mirrored right to left, and how the bars
 * and the lines are drawn with GtkSnapshot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-chart"

#include "config.h"

#include "cherish-chart-private.h"

#define PAD 8.0
#define TICK_GAP 6.0
#define LABEL_GAP 8.0   /* between two month names */

/* The GNOME palette's blue, orange, purple, red and green: told apart in
 * light and dark styles. */
static const char * const palette[] = { "#3584e4", "#e66100", "#9141ac", "#c01c28", "#26a269" };

static void
series_color (guint    series,
              GdkRGBA *color)
{
  gdk_rgba_parse (color, palette[series % G_N_ELEMENTS (palette)]);
}

/* The top of the scale: 1, 2 or 5 times a power of ten, at least @max. */
static double
nice_top (double max)
{
  double step = 1;

  /* Whole counts: the middle line of the scale stays a whole number. */
  if (max <= 2)
    return 2;
  while (step * 10 <= max)
    step *= 10;
  if (step >= max)
    return step;
  if (step * 2 >= max)
    return step * 2;
  if (step * 5 >= max)
    return step * 5;
  return step * 10;
}

static double
highest (CherishChart *self)
{
  double max = 0;

  for (guint i = 0; i < n_points (self); i++)
    {
      double sum = 0;

      for (guint s = 0; s < n_series (self); s++)
        {
          double v = MAX (value_at (self, s, i), 0);

          if (self->kind == CHERISH_CHART_STACKED_BARS)
            sum += v;
          else
            max = MAX (max, v);
        }
      max = MAX (max, sum);
    }
  return max;
}

/* ------------------------------------------------------------------ */
/* Layout                                                              */
/* ------------------------------------------------------------------ */

typedef struct
{
  graphene_rect_t plot;
  double          legend;   /* its height: the series' names, when several */
  double          slot;
  double          top;
  gboolean        rtl;
} Frame;

static void
measure_text (GtkWidget  *widget,
              const char *text,
              int        *width,
              int        *height)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);

  pango_layout_get_pixel_size (layout, width, height);
}

static void
make_frame (CherishChart *self,
            Frame        *frame)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autofree char *top_text = NULL;
  int scale_width, text_height;
  guint n = MAX (n_points (self), 1);

  frame->top = nice_top (highest (self));
  top_text = cherish_chart_format_value (self, frame->top);
  measure_text (widget, top_text, &scale_width, &text_height);

  frame->rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  frame->legend = n_series (self) > 1 ? text_height + TICK_GAP : 0;
  frame->plot.origin.x = frame->rtl ? PAD : PAD + scale_width + TICK_GAP;
  frame->plot.origin.y = PAD + frame->legend + text_height / 2.0;
  frame->plot.size.width = MAX (width - 2 * PAD - scale_width - TICK_GAP, 1);
  frame->plot.size.height = MAX (height - frame->plot.origin.y - PAD - text_height - TICK_GAP, 1);
  frame->slot = frame->plot.size.width / n;
}

/* The middle of @point's slot, left to right or right to left. */
static double
x_of (const Frame *frame,
      guint        point)
{
  double offset = frame->slot * (point + 0.5);

  return frame->rtl ? frame->plot.origin.x + frame->plot.size.width - offset
                    : frame->plot.origin.x + offset;
}

static double
y_of (const Frame *frame,
      double       value)
{
  return frame->plot.origin.y + frame->plot.size.height * (1 - MAX (value, 0) / frame->top);
}

/**
 * cherish_chart_point_at:
 * @x: a position across the widget
 *
 * Returns: the point (the month) whose slot is at @x, or -1 with none
 */
int
cherish_chart_point_at (CherishChart *self,
                        double        x)
{
  Frame frame;
  int point;

  if (n_points (self) == 0)
    return -1;
  make_frame (self, &frame);
  point = (int) ((frame.rtl ? frame.plot.origin.x + frame.plot.size.width - x
                            : x - frame.plot.origin.x) / frame.slot);
  return CLAMP (point, 0, (int) n_points (self) - 1);
}

/* ------------------------------------------------------------------ */
/* Drawing                                                             */
/* ------------------------------------------------------------------ */

/**
 * cherish_chart_draw_text:
 * @y: the middle of the line
 * @align: 0: @text starts at @x, 0.5: centred on it, 1: ends at it
 *
 * Writes @text in the widget's font, for a chart of the family.
 */
void
cherish_chart_draw_text (GtkSnapshot   *snapshot,
                         GtkWidget     *widget,
                         const char    *text,
                         double         x,
                         double         y,
                         double         align,
                         const GdkRGBA *color)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x - width * align, y - height / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
draw_axes (CherishChart *self,
           GtkSnapshot  *snapshot,
           const Frame  *frame,
           const GdkRGBA *ink)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkRGBA faint = *ink;
  double scale_x = frame->rtl ? frame->plot.origin.x + frame->plot.size.width + TICK_GAP
                              : frame->plot.origin.x - TICK_GAP;
  g_autofree int *widths = g_new0 (int, MAX (n_points (self), 1));
  g_autofree double *centres = g_new0 (double, MAX (n_points (self), 1));
  g_autofree gboolean *shown = g_new0 (gboolean, MAX (n_points (self), 1));
  int label_height, widest = 0;
  guint every = 1;

  faint.alpha *= 0.15;
  for (guint tick = 0; tick <= 2; tick++)
    {
      double value = frame->top * tick / 2;
      double y = y_of (frame, value);
      g_autofree char *text = cherish_chart_format_value (self, value);

      gtk_snapshot_append_color (snapshot, &faint,
                                 &GRAPHENE_RECT_INIT (frame->plot.origin.x, y - 0.5,
                                                      frame->plot.size.width, 1));
      cherish_chart_draw_text (snapshot, widget, text, scale_x, y, frame->rtl ? 0 : 1, ink);
    }

  /* Month names below, as many as fit side by side. */
  measure_text (widget, "M", NULL, &label_height);
  for (guint i = 0; i < n_points (self); i++)
    {
      measure_text (widget, self->labels[i], &widths[i], NULL);
      widest = MAX (widest, widths[i]);
    }
  while (every < n_points (self) && frame->slot * every < widest + LABEL_GAP)
    every++;

  for (guint i = 0; i < n_points (self); i++)
    /* Centred under its point, but not past either edge. */
    centres[i] = CLAMP (x_of (frame, i), PAD + widths[i] / 2.0,
                        MAX (gtk_widget_get_width (widget) - PAD - widths[i] / 2.0, PAD + widths[i] / 2.0));
  cherish_chart_pick_labels (n_points (self), centres, widths, every, shown);
  for (guint i = 0; i < n_points (self); i++)
    if (shown[i])
      cherish_chart_draw_text (snapshot, widget, self->labels[i], centres[i],
                               frame->plot.origin.y + frame->plot.size.height + TICK_GAP + label_height / 2.0,
                               0.5, ink);
}

/**
 * cherish_chart_pick_labels:
 * @centres: where each label's middle is (kept inside the chart: the
 *   latest, at an edge, may sit closer to the one before than a slot)
 * @widths: how wide each is
 * @every: one label for so many points
 * @shown: (out caller-allocates): whether each is drawn
 *
 * The latest label always, then every @every-th before it that keeps
 * clear of the one drawn after it.
 */
void
cherish_chart_pick_labels (guint         n,
                           const double *centres,
                           const int    *widths,
                           guint         every,
                           gboolean     *shown)
{
  double left = 0, right = 0;
  gboolean any = FALSE;

  for (guint i = n; i-- > 0;)
    {
      double from = centres[i] - widths[i] / 2.0, to = centres[i] + widths[i] / 2.0;

      shown[i] = (n - 1 - i) % MAX (every, 1) == 0 &&
                 (!any || to + LABEL_GAP <= left || from >= right + LABEL_GAP);
      if (shown[i])
        left = from, right = to, any = TRUE;
    }
}

/* Each series' colour and name, in a row above the plot. */
static void
draw_legend (CherishChart  *self,
             GtkSnapshot   *snapshot,
             const Frame   *frame,
             const GdkRGBA *ink)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double x = frame->rtl ? gtk_widget_get_width (widget) - PAD : PAD;
  double y = PAD + (frame->legend - TICK_GAP) / 2;
  double swatch = 10;

  if (frame->legend == 0)
    return;
  for (guint s = 0; s < n_series (self); s++)
    {
      int width, height;
      GdkRGBA color;

      measure_text (widget, self->series[s], &width, &height);
      series_color (s, &color);
      gtk_snapshot_append_color (snapshot, &color,
                                 &GRAPHENE_RECT_INIT (frame->rtl ? x - swatch : x, y - swatch / 2,
                                                      swatch, swatch));
      x += frame->rtl ? -(swatch + 4) : swatch + 4;
      cherish_chart_draw_text (snapshot, widget, self->series[s], x, y, frame->rtl ? 1 : 0, ink);
      x += frame->rtl ? -(width + 16) : width + 16;
    }
}

static void
draw_bars (CherishChart *self,
           GtkSnapshot  *snapshot,
           const Frame  *frame)
{
  double width = MAX (frame->slot * 0.6, 1);

  for (guint i = 0; i < n_points (self); i++)
    {
      double base = 0;

      for (guint s = 0; s < n_series (self); s++)
        {
          double v = MAX (value_at (self, s, i), 0);
          double y0 = y_of (frame, base), y1 = y_of (frame, base + v);
          GdkRGBA color;

          series_color (s, &color);
          if (self->selected >= 0 && (guint) self->selected != i)
            color.alpha = 0.55;
          gtk_snapshot_append_color (snapshot, &color,
                                     &GRAPHENE_RECT_INIT (x_of (frame, i) - width / 2, y1,
                                                          width, y0 - y1));
          base += v;
        }
    }
}

static void
draw_lines (CherishChart *self,
            GtkSnapshot  *snapshot,
            const Frame  *frame)
{
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot,
                                           &GRAPHENE_RECT_INIT (0, 0,
                                                                gtk_widget_get_width (GTK_WIDGET (self)),
                                                                gtk_widget_get_height (GTK_WIDGET (self))));

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint s = 0; s < n_series (self); s++)
    {
      GdkRGBA color;

      series_color (s, &color);
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_set_line_width (cr, 2.5);
      for (guint i = 0; i < n_points (self); i++)
        {
          if (i == 0)
            cairo_move_to (cr, x_of (frame, i), y_of (frame, value_at (self, s, i)));
          else
            cairo_line_to (cr, x_of (frame, i), y_of (frame, value_at (self, s, i)));
        }
      cairo_stroke (cr);
      for (guint i = 0; i < n_points (self); i++)
        {
          double radius = (int) i == self->selected ? 5 : 3;

          cairo_arc (cr, x_of (frame, i), y_of (frame, value_at (self, s, i)), radius, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }
  cairo_destroy (cr);
}

/**
 * cherish_chart_draw:
 *
 * Draws the chart: its scale, its months, its legend and its data, the
 * month being read marked.
 */
void
cherish_chart_draw (CherishChart *self,
                    GtkSnapshot  *snapshot)
{
  GtkWidget *widget = GTK_WIDGET (self);
  Frame frame;
  GdkRGBA ink;

  if (n_points (self) == 0 || n_series (self) == 0)
    return;

  cherish_chart_ink (widget, &ink);
  make_frame (self, &frame);

  /* The month being read, marked behind the data. */
  if (self->selected >= 0)
    {
      GdkRGBA mark = ink;

      mark.alpha *= 0.08;
      gtk_snapshot_append_color (snapshot, &mark,
                                 &GRAPHENE_RECT_INIT (x_of (&frame, self->selected) - frame.slot / 2,
                                                      frame.plot.origin.y, frame.slot,
                                                      frame.plot.size.height));
    }
  draw_axes (self, snapshot, &frame, &ink);
  draw_legend (self, snapshot, &frame, &ink);
  if (self->kind == CHERISH_CHART_STACKED_BARS)
    draw_bars (self, snapshot, &frame);
  else
    draw_lines (self, snapshot, &frame);
}
