/* cherish-heat-table.c — shares in a table, the stronger the darker
 *
 * Rows (the months first-timers came in) by columns (came again within
 * 30, 90, 180 days): each cell is a share, shown as a percentage on a
 * shade of blue as strong as the share, or a dash where it is not known
 * yet. Drawn with GtkSnapshot, mirrored right to left, in the interface's
 * digits; the arrow keys move from cell to cell, and a cell's tooltip
 * gives its counts ("12 of 40").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-heat-table"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-chart.h"
#include "cherish-csv.h"
#include "cherish-heat-table.h"

#define ROW_HEIGHT 28.0
#define GAP 2.0
#define PAD 6.0

struct _CherishHeatTable
{
  GtkWidget  parent_instance;

  char      *title;
  GStrv      rows;
  GStrv      columns;
  int       *counts;    /* rows × columns; < 0: not known yet */
  int       *totals;    /* per row */
  int        row;       /* the selected cell, or -1 */
  int        column;
};

G_DEFINE_FINAL_TYPE (CherishHeatTable, cherish_heat_table, GTK_TYPE_WIDGET)

static guint
n_rows (CherishHeatTable *self)
{
  return self->rows != NULL ? g_strv_length (self->rows) : 0;
}

static guint
n_columns (CherishHeatTable *self)
{
  return self->columns != NULL ? g_strv_length (self->columns) : 0;
}

static int
count_at (CherishHeatTable *self,
          guint             row,
          guint             column)
{
  return self->counts[row * n_columns (self) + column];
}

/* "45%", or NULL when not known. */
static char *
share_text (CherishHeatTable *self,
            guint             row,
            guint             column)
{
  g_autofree char *text = NULL;
  int count = count_at (self, row, column), total = self->totals[row];

  if (count < 0 || total == 0)
    return NULL;
  /* Translators: a share, "45%" */
  text = g_strdup_printf (_("%d%%"), total > 0 ? (int) (100.0 * count / total + 0.5) : 0);
  return cherish_calendar_digits (text);
}

static double
label_width (CherishHeatTable *self)
{
  int widest = 0;

  for (guint r = 0; r < n_rows (self); r++)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->rows[r]);
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }
  return widest + 2 * PAD;
}

typedef struct
{
  double   labels;      /* width of the row names */
  double   cell;        /* width of a cell */
  gboolean rtl;
  double   width;
} Grid;

static void
make_grid (CherishHeatTable *self,
           Grid             *grid)
{
  grid->width = gtk_widget_get_width (GTK_WIDGET (self));
  grid->labels = label_width (self);
  grid->cell = MAX ((grid->width - grid->labels) / MAX (n_columns (self), 1) - GAP, 1);
  grid->rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
}

/* The left edge of @column's cells (-1: the row names). */
static double
x_of (const Grid *grid,
      int         column)
{
  double start = column < 0 ? 0 : grid->labels + column * (grid->cell + GAP);
  double width = column < 0 ? grid->labels : grid->cell;

  return grid->rtl ? grid->width - start - width : start;
}

static void
cherish_heat_table_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  CherishHeatTable *self = CHERISH_HEAT_TABLE (widget);
  GdkRGBA ink, blue, white = { 1, 1, 1, 1 };
  Grid grid;

  cherish_chart_ink (widget, &ink);
  gdk_rgba_parse (&blue, "#1c71d8");
  make_grid (self, &grid);

  for (guint c = 0; c < n_columns (self); c++)
    cherish_chart_draw_text (snapshot, widget, self->columns[c], x_of (&grid, c) + grid.cell / 2,
                             ROW_HEIGHT / 2, 0.5, &ink);

  for (guint r = 0; r < n_rows (self); r++)
    {
      double y = (r + 1) * (ROW_HEIGHT + GAP);

      cherish_chart_draw_text (snapshot, widget, self->rows[r], x_of (&grid, -1) + grid.labels / 2,
                               y + ROW_HEIGHT / 2, 0.5, &ink);
      for (guint c = 0; c < n_columns (self); c++)
        {
          g_autofree char *text = share_text (self, r, c);
          int total = self->totals[r];
          double share = text != NULL && total > 0 ? (double) count_at (self, r, c) / total : 0;
          GdkRGBA fill = blue;
          graphene_rect_t cell = GRAPHENE_RECT_INIT (x_of (&grid, c), y, grid.cell, ROW_HEIGHT);

          fill.alpha = text != NULL ? 0.08 + 0.92 * share : 0.03;
          gtk_snapshot_append_color (snapshot, &fill, &cell);
          if ((int) r == self->row && (int) c == self->column)
            {
              GskRoundedRect outline;
              float widths[4] = { 2, 2, 2, 2 };
              GdkRGBA colors[4] = { ink, ink, ink, ink };

              gsk_rounded_rect_init_from_rect (&outline, &cell, 0);
              gtk_snapshot_append_border (snapshot, &outline, widths, colors);
            }
          cherish_chart_draw_text (snapshot, widget, text != NULL ? text : total == 0 ? "" : "—",
                                   cell.origin.x + grid.cell / 2, y + ROW_HEIGHT / 2, 0.5,
                                   share > 0.5 ? &white : &ink);
        }
    }
}

static void
cherish_heat_table_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  CherishHeatTable *self = CHERISH_HEAT_TABLE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) label_width (self) + n_columns (self) * 48;
      *natural = MAX (*minimum, 360);
    }
  else
    *minimum = *natural = (int) ((n_rows (self) + 1) * (ROW_HEIGHT + GAP));
}

static void
set_cell (CherishHeatTable *self,
          int               row,
          int               column)
{
  self->row = row;
  self->column = column;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
}

static gboolean
cell_at (CherishHeatTable *self,
         double            x,
         double            y,
         int              *row,
         int              *column)
{
  Grid grid;

  make_grid (self, &grid);
  *row = (int) (y / (ROW_HEIGHT + GAP)) - 1;
  for (guint c = 0; c < n_columns (self); c++)
    if (x >= x_of (&grid, c) && x < x_of (&grid, c) + grid.cell)
      {
        *column = c;
        return *row >= 0 && *row < (int) n_rows (self);
      }
  return FALSE;
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *key,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   CherishHeatTable      *self)
{
  int step = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? -1 : 1;
  int row = MAX (self->row, 0), column = MAX (self->column, 0);

  if (n_rows (self) == 0 || n_columns (self) == 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left:
      column -= step;
      break;
    case GDK_KEY_Right:
      column += step;
      break;
    case GDK_KEY_Up:
      row--;
      break;
    case GDK_KEY_Down:
      row++;
      break;
    default:
      return FALSE;
    }
  set_cell (self, CLAMP (row, 0, (int) n_rows (self) - 1), CLAMP (column, 0, (int) n_columns (self) - 1));
  return TRUE;
}

static void
on_focus_enter_cb (GtkEventControllerFocus *focus,
                   CherishHeatTable        *self)
{
  if (self->row < 0 && n_rows (self) > 0)
    set_cell (self, n_rows (self) - 1, 0);
}

static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard_mode,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  CherishHeatTable *self = CHERISH_HEAT_TABLE (widget);
  g_autofree char *text = NULL;
  int row = self->row, column = self->column;

  if (!keyboard_mode && !cell_at (self, x, y, &row, &column))
    return FALSE;
  if (row < 0 || column < 0)
    return FALSE;
  text = cherish_heat_table_describe (self, row, column);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
cherish_heat_table_finalize (GObject *object)
{
  CherishHeatTable *self = (CherishHeatTable *) object;

  g_free (self->title);
  g_strfreev (self->rows);
  g_strfreev (self->columns);
  g_free (self->counts);
  g_free (self->totals);

  G_OBJECT_CLASS (cherish_heat_table_parent_class)->finalize (object);
}

static void
cherish_heat_table_class_init (CherishHeatTableClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = cherish_heat_table_finalize;
  widget_class->snapshot = cherish_heat_table_snapshot;
  widget_class->measure = cherish_heat_table_measure;
  gtk_widget_class_set_css_name (widget_class, "heattable");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
cherish_heat_table_init (CherishHeatTable *self)
{
  self->row = self->column = -1;
  cherish_chart_take_keys (GTK_WIDGET (self), G_CALLBACK (on_key_pressed_cb),
                           G_CALLBACK (on_focus_enter_cb), G_CALLBACK (on_query_tooltip_cb));
}

GtkWidget *
cherish_heat_table_new (const char *title)
{
  CherishHeatTable *self = g_object_new (CHERISH_TYPE_HEAT_TABLE, NULL);

  self->title = g_strdup (title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return GTK_WIDGET (self);
}

/**
 * cherish_heat_table_set_data:
 * @rows: the rows' names
 * @columns: the columns' names
 * @counts: (array): each row's counts in turn, one per column (< 0: not
 *   known yet)
 * @totals: (array): what each row's counts are shares of
 */
void
cherish_heat_table_set_data (CherishHeatTable   *self,
                             const char * const *rows,
                             const char * const *columns,
                             const int          *counts,
                             const int          *totals)
{
  g_autoptr(GString) description = g_string_new (NULL);

  g_return_if_fail (CHERISH_IS_HEAT_TABLE (self));

  g_strfreev (self->rows);
  g_strfreev (self->columns);
  self->rows = g_strdupv ((char **) rows);
  self->columns = g_strdupv ((char **) columns);
  g_free (self->counts);
  g_free (self->totals);
  self->counts = g_memdup2 (counts, n_rows (self) * n_columns (self) * sizeof (int));
  self->totals = g_memdup2 (totals, n_rows (self) * sizeof (int));
  self->row = self->column = -1;

  /* Said in a sentence: the latest row whose first column is known. */
  for (guint r = n_rows (self); r-- > 0;)
    if (n_columns (self) > 0 && count_at (self, r, 0) >= 0)
      {
        g_autofree char *cell = cherish_heat_table_describe (self, r, 0);

        g_string_append (description, cell);
        break;
      }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description->str, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
cherish_heat_table_select (CherishHeatTable *self,
                           int               row,
                           int               column)
{
  g_return_if_fail (CHERISH_IS_HEAT_TABLE (self));

  set_cell (self, CLAMP (row, -1, (int) n_rows (self) - 1), CLAMP (column, -1, (int) n_columns (self) - 1));
}

/**
 * cherish_heat_table_describe:
 *
 * Returns: (transfer full): the cell's row, column and counts (its tooltip)
 */
char *
cherish_heat_table_describe (CherishHeatTable *self,
                             guint             row,
                             guint             column)
{
  g_autofree char *share = NULL;
  g_autofree char *text = NULL;
  int count;

  g_return_val_if_fail (CHERISH_IS_HEAT_TABLE (self), NULL);
  g_return_val_if_fail (row < n_rows (self) && column < n_columns (self), NULL);

  count = count_at (self, row, column);
  if (self->totals[row] == 0)
    /* Translators: a row of a table with nobody to count, "Esfand 1403: nobody new" */
    return g_strdup_printf (_("%s: nobody new"), self->rows[row]);
  if (count < 0)
    /* Translators: a cell of a table not known yet, "Esfand 1403, within 90 days: not known yet" */
    return g_strdup_printf (_("%s, %s: not known yet"), self->rows[row], self->columns[column]);
  share = share_text (self, row, column);
  /* Translators: a cell of a table, "Esfand 1403, within 30 days: 12 of 40 (30%)" */
  text = g_strdup_printf (_("%s, %s: %d of %d (%s)"), self->rows[row], self->columns[column],
                          count, self->totals[row], share);
  return cherish_calendar_digits (text);
}

/**
 * cherish_heat_table_to_csv:
 *
 * Returns: (transfer full): the counts as CSV: each row's name and total,
 *   then its counts (empty where not known)
 */
char *
cherish_heat_table_to_csv (CherishHeatTable *self)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (CHERISH_IS_HEAT_TABLE (self), NULL);

  g_ptr_array_add (fields, g_strdup (self->title));
  g_ptr_array_add (fields, g_strdup (_("Customers")));
  for (guint c = 0; c < n_columns (self); c++)
    g_ptr_array_add (fields, g_strdup (self->columns[c]));
  g_ptr_array_add (fields, NULL);
  cherish_csv_append_row (out, (const char * const *) fields->pdata);
  for (guint r = 0; r < n_rows (self); r++)
    {
      g_ptr_array_set_size (fields, 0);
      g_ptr_array_add (fields, g_strdup (self->rows[r]));
      g_ptr_array_add (fields, g_strdup_printf ("%d", self->totals[r]));
      for (guint c = 0; c < n_columns (self); c++)
        g_ptr_array_add (fields, count_at (self, r, c) >= 0 ? g_strdup_printf ("%d", count_at (self, r, c))
                                                          : g_strdup (""));
      g_ptr_array_add (fields, NULL);
      cherish_csv_append_row (out, (const char * const *) fields->pdata);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
