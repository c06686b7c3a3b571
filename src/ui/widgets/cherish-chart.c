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
#include "cherish-chart-private.h"

#define MIN_HEIGHT 180
#define MIN_SLOT 18.0

G_DEFINE_FINAL_TYPE (CherishChart, cherish_chart, GTK_TYPE_WIDGET)

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

static void
cherish_chart_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  cherish_chart_draw (CHERISH_CHART (widget), snapshot);
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
  set_selected (self, cherish_chart_point_at (self, x));
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
  int point = keyboard_mode ? self->selected : cherish_chart_point_at (self, x);

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
