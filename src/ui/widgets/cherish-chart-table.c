/* cherish-chart-table.c — a chart's numbers, as a table to read and as CSV
 *
 * Under a chart, "Show the Numbers" opens what it draws as a table: a row
 * per month, a column per series, written as the chart writes them (the
 * interface's digits, money in the shop's currency). For whoever prefers
 * to read figures, copies one, or uses a screen reader, which reads a
 * table cell by cell.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-chart-table.h"
#include "cherish-csv.h"

static GtkWidget *
cell (const char *text,
      gboolean    heading,
      gboolean    number)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_selectable (GTK_LABEL (label), !heading);
  gtk_label_set_xalign (GTK_LABEL (label), number ? 1 : 0);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  else if (number)
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

/**
 * cherish_chart_table_new:
 *
 * Returns: (transfer floating): an expander showing @chart's numbers as
 *   they are now
 */
GtkWidget *
cherish_chart_table_new (CherishChart *chart)
{
  const char * const *labels = cherish_chart_get_labels (chart);
  const char * const *series = cherish_chart_get_series (chart);
  GtkWidget *expander = gtk_expander_new_with_mnemonic (_("Show the _Numbers"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *grid = gtk_grid_new ();

  g_return_val_if_fail (CHERISH_IS_CHART (chart), NULL);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_widget_set_margin_top (grid, 6);
  gtk_widget_set_margin_bottom (grid, 6);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_grid_attach (GTK_GRID (grid), cell (_("Month"), TRUE, FALSE), 0, 0, 1, 1);
  for (guint s = 0; series != NULL && series[s] != NULL; s++)
    gtk_grid_attach (GTK_GRID (grid), cell (series[s], TRUE, TRUE), s + 1, 0, 1, 1);
  for (guint i = 0; labels != NULL && labels[i] != NULL; i++)
    {
      gtk_grid_attach (GTK_GRID (grid), cell (labels[i], FALSE, FALSE), 0, i + 1, 1, 1);
      for (guint s = 0; series[s] != NULL; s++)
        {
          g_autofree char *text = cherish_chart_format_value (chart, cherish_chart_get_value (chart, s, i));

          gtk_grid_attach (GTK_GRID (grid), cell (text, FALSE, TRUE), s + 1, i + 1, 1, 1);
        }
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The chart’s numbers"), -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), grid);
  gtk_expander_set_child (GTK_EXPANDER (expander), scroller);
  gtk_widget_set_margin_bottom (expander, 12);
  return expander;
}

/**
 * cherish_chart_to_csv:
 *
 * Returns: (transfer full): the chart's numbers as CSV: a header of the
 *   series' names, then a row for each point, plain digits
 */
char *
cherish_chart_to_csv (CherishChart *self)
{
  const char * const *labels = cherish_chart_get_labels (self);
  const char * const *series = cherish_chart_get_series (self);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (CHERISH_IS_CHART (self), NULL);

  g_ptr_array_add (row, g_strdup (_("Month")));
  for (guint s = 0; series != NULL && series[s] != NULL; s++)
    g_ptr_array_add (row, g_strdup (series[s]));
  g_ptr_array_add (row, NULL);
  cherish_csv_append_row (out, (const char * const *) row->pdata);
  for (guint i = 0; labels != NULL && labels[i] != NULL; i++)
    {
      g_ptr_array_set_size (row, 0);
      g_ptr_array_add (row, g_strdup (labels[i]));
      for (guint s = 0; series[s] != NULL; s++)
        g_ptr_array_add (row, g_strdup_printf ("%.0f", cherish_chart_get_value (self, s, i)));
      g_ptr_array_add (row, NULL);
      cherish_csv_append_row (out, (const char * const *) row->pdata);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
