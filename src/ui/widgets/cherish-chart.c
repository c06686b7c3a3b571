/* cherish-chart.c — lines or stacked bars over the months, drawn natively
 *
 * A chart a manager reads at a glance: a few series over the months, a
 * scale on the side, the months below. Drawn with GtkSnapshot (bars as
 * rectangles, lines as a Cairo node, which GTK renders at the display's
 * scale: sharp at any size), mirrored right to left, its numbers in the
 * interface's digits. Pointing at a month, or moving to it with the arrow
 * keys, shows its exact numbers in a tooltip; a screen reader hears the
 * chart's title and what it shows in a sentence, and the same numbers are
 * there as CSV for a table or a spreadsheet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-chart.h"

#define PAD 8.0
#define TICK_GAP 6.0
#define MIN_HEIGHT 180
#define MIN_SLOT 18.0

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

G_DEFINE_FINAL_TYPE (CherishChart, cherish_chart, GTK_TYPE_WIDGET)

/* The GNOME palette's blue, orange, purple, red and green: told apart in
 * light and dark styles. */
static const char * const palette[] = { "#3584e4", "#e66100", "#9141ac", "#c01c28", "#26a269" };

static guint
n_points (CherishChart *self)
{
  return self->n_labels;
}

static guint
n_series (CherishChart *self)
{
  return self->n_names;
}

static double
value_at (CherishChart *self,
          guint         series,
          guint         point)
{
  return self->values[series * n_points (self) + point];
}

/**
 * cherish_chart_format_value:
 *
 * Returns: (transfer full): @value as the chart writes it ("1,250",
 *   "€12.50"), in the interface's digits
 */
char *
cherish_chart_format_value (CherishChart *self,
                            double        value)
{
  g_autofree char *text = NULL;

  if (self->format != NULL)
    return self->format (value, self->format_data);
  text = g_strdup_printf ("%'.0f", value);
  return cherish_calendar_digits (text);
}

static void
series_color (guint    series,
              GdkRGBA *color)
{
  gdk_rgba_parse (color, palette[series % G_N_ELEMENTS (palette)]);
}

/**
 * cherish_chart_ink:
 *
 * The colour a chart of the family writes in: its widget's text colour.
 */
void
cherish_chart_ink (GtkWidget *widget,
                   GdkRGBA   *color)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (widget, color);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
#endif
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

static int
point_at (CherishChart *self,
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
  while (every < n_points (self) && frame->slot * every < widest + 8)
    every++;

  for (guint i = 0; i < n_points (self); i++)
    if ((n_points (self) - 1 - i) % every == 0)   /* the latest always */
      {
        int width = widths[i];
        double x;

        /* Centred under its point, but not past either edge. */
        x = CLAMP (x_of (frame, i), PAD + width / 2.0,
                   MAX (gtk_widget_get_width (widget) - PAD - width / 2.0, PAD + width / 2.0));
        cherish_chart_draw_text (snapshot, widget, self->labels[i], x,
                   frame->plot.origin.y + frame->plot.size.height + TICK_GAP + label_height / 2.0,
                   0.5, ink);
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

static void
cherish_chart_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  CherishChart *self = CHERISH_CHART (widget);
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

static void
cherish_chart_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  CherishChart *self = CHERISH_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = MAX (360, (int) (n_points (self) * MIN_SLOT * 2));
    }
  else
    *minimum = *natural = MIN_HEIGHT + (n_series (self) > 1 ? 24 : 0);
}

/* ------------------------------------------------------------------ */
/* Pointing and keys                                                   */
/* ------------------------------------------------------------------ */

static void
set_selected (CherishChart *self,
              int           point)
{
  if (point == self->selected)
    return;
  self->selected = point;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
}

static void
on_motion_cb (GtkEventControllerMotion *motion,
              double                    x,
              double                    y,
              CherishChart             *self)
{
  set_selected (self, point_at (self, x));
}

static void
on_leave_cb (GtkEventControllerMotion *motion,
             CherishChart             *self)
{
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    set_selected (self, -1);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *key,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   CherishChart          *self)
{
  int last = (int) n_points (self) - 1;
  int step = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? -1 : 1;
  int current = self->selected >= 0 ? self->selected : last;

  if (last < 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      set_selected (self, CLAMP (current - step, 0, last));
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      set_selected (self, CLAMP (current + step, 0, last));
      return TRUE;
    case GDK_KEY_Home:
      set_selected (self, 0);
      return TRUE;
    case GDK_KEY_End:
      set_selected (self, last);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_focus_enter_cb (GtkEventControllerFocus *focus,
                   CherishChart            *self)
{
  if (self->selected < 0)
    set_selected (self, (int) n_points (self) - 1);
}

static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard_mode,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  CherishChart *self = CHERISH_CHART (widget);
  g_autofree char *text = NULL;
  int point = keyboard_mode ? self->selected : point_at (self, x);

  if (point < 0)
    return FALSE;
  text = cherish_chart_describe (self, point);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */
/* ------------------------------------------------------------------ */

static void
cherish_chart_finalize (GObject *object)
{
  CherishChart *self = (CherishChart *) object;

  g_strfreev (self->labels);
  g_strfreev (self->series);
  g_free (self->values);

  G_OBJECT_CLASS (cherish_chart_parent_class)->finalize (object);
}

static void
cherish_chart_class_init (CherishChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = cherish_chart_finalize;
  widget_class->snapshot = cherish_chart_snapshot;
  widget_class->measure = cherish_chart_measure;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

/**
 * cherish_chart_take_keys:
 * @key_pressed: moves what is read with the arrow keys
 * @focus_enter: picks what is read first
 * @query_tooltip: says what is read
 *
 * Makes a chart of the family reachable with Tab, read with the arrow
 * keys and said in a tooltip.
 */
void
cherish_chart_take_keys (GtkWidget *widget,
                         GCallback  key_pressed,
                         GCallback  focus_enter,
                         GCallback  query_tooltip)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect (widget, "query-tooltip", query_tooltip, NULL);
  g_signal_connect (key, "key-pressed", key_pressed, widget);
  g_signal_connect (focus, "enter", focus_enter, widget);
  gtk_widget_add_controller (widget, key);
  gtk_widget_add_controller (widget, focus);
}

static void
cherish_chart_init (CherishChart *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->selected = -1;
  cherish_chart_take_keys (GTK_WIDGET (self), G_CALLBACK (on_key_pressed_cb),
                           G_CALLBACK (on_focus_enter_cb), G_CALLBACK (on_query_tooltip_cb));
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */
/* ------------------------------------------------------------------ */

/* What it shows, said in a sentence: each series from first to last. */
static void
tell_screen_readers (CherishChart *self)
{
  g_autoptr(GString) description = g_string_new (NULL);

  for (guint s = 0; s < n_series (self) && n_points (self) > 0; s++)
    {
      g_autofree char *first = cherish_chart_format_value (self, value_at (self, s, 0));
      g_autofree char *last = cherish_chart_format_value (self, value_at (self, s, n_points (self) - 1));

      if (description->len > 0)
        g_string_append (description, "; ");
      /* Translators: a chart's series, "Active customers: 120 in Farvardin 1404, 150 in Esfand 1404" */
      g_string_append_printf (description, _("%s: %s in %s, %s in %s"), self->series[s],
                              first, self->labels[0], last, self->labels[n_points (self) - 1]);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description->str, -1);
}

/**
 * cherish_chart_new:
 * @title: what the chart shows, for screen readers and the CSV
 */
GtkWidget *
cherish_chart_new (CherishChartKind  kind,
                   const char       *title)
{
  CherishChart *self = g_object_new (CHERISH_TYPE_CHART, NULL);

  self->kind = kind;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return GTK_WIDGET (self);
}

void
cherish_chart_set_format (CherishChart       *self,
                          CherishChartFormat  format,
                          gpointer            user_data)
{
  g_return_if_fail (CHERISH_IS_CHART (self));

  self->format = format;
  self->format_data = user_data;
  tell_screen_readers (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * cherish_chart_set_data:
 * @labels: the points' names (the months)
 * @series: the series' names
 * @values: (array): each series' values in turn, one per label
 */
void
cherish_chart_set_data (CherishChart       *self,
                        const char * const *labels,
                        const char * const *series,
                        const double       *values)
{
  guint n;

  g_return_if_fail (CHERISH_IS_CHART (self));

  g_strfreev (self->labels);
  g_strfreev (self->series);
  self->labels = g_strdupv ((char **) labels);
  self->series = g_strdupv ((char **) series);
  self->n_labels = g_strv_length (self->labels);
  self->n_names = g_strv_length (self->series);
  n = n_points (self) * n_series (self);
  g_free (self->values);
  self->values = g_memdup2 (values, n * sizeof (double));
  self->selected = -1;

  tell_screen_readers (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
cherish_chart_get_n_points (CherishChart *self)
{
  g_return_val_if_fail (CHERISH_IS_CHART (self), 0);

  return n_points (self);
}

/**
 * cherish_chart_select:
 * @point: the point to show in the tooltip and mark, or -1
 */
void
cherish_chart_select (CherishChart *self,
                      int           point)
{
  g_return_if_fail (CHERISH_IS_CHART (self));

  set_selected (self, CLAMP (point, -1, (int) n_points (self) - 1));
}

int
cherish_chart_get_selected (CherishChart *self)
{
  g_return_val_if_fail (CHERISH_IS_CHART (self), -1);

  return self->selected;
}

/**
 * cherish_chart_get_labels:
 *
 * Returns: (transfer none) (array zero-terminated=1): the points' names
 */
const char * const *
cherish_chart_get_labels (CherishChart *self)
{
  g_return_val_if_fail (CHERISH_IS_CHART (self), NULL);

  return (const char * const *) self->labels;
}

/**
 * cherish_chart_get_series:
 *
 * Returns: (transfer none) (array zero-terminated=1): the series' names
 */
const char * const *
cherish_chart_get_series (CherishChart *self)
{
  g_return_val_if_fail (CHERISH_IS_CHART (self), NULL);

  return (const char * const *) self->series;
}

double
cherish_chart_get_value (CherishChart *self,
                         guint         series,
                         guint         point)
{
  g_return_val_if_fail (CHERISH_IS_CHART (self), 0);
  g_return_val_if_fail (series < n_series (self) && point < n_points (self), 0);

  return value_at (self, series, point);
}

/**
 * cherish_chart_describe:
 *
 * Returns: (transfer full): @point's name and each series' exact value,
 *   a line each (its tooltip)
 */
char *
cherish_chart_describe (CherishChart *self,
                        guint         point)
{
  GString *text;

  g_return_val_if_fail (CHERISH_IS_CHART (self), NULL);
  g_return_val_if_fail (point < n_points (self), NULL);

  text = g_string_new (self->labels[point]);
  for (guint s = 0; s < n_series (self); s++)
    {
      g_autofree char *value = cherish_chart_format_value (self, value_at (self, s, point));

      /* Translators: a line of a chart's tooltip, "New customers: 12" */
      g_string_append_printf (text, _("\n%s: %s"), self->series[s], value);
    }
  return g_string_free (text, FALSE);
}
