/* cherish-month-grid.h — a month of days to pick from, in the shop's calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CHERISH_TYPE_MONTH_GRID (cherish_month_grid_get_type ())

G_DECLARE_FINAL_TYPE (CherishMonthGrid, cherish_month_grid, CHERISH, MONTH_GRID, GtkBox)

GtkWidget *cherish_month_grid_new      (void);
void       cherish_month_grid_show     (CherishMonthGrid *self,
                                        const GDate      *date,
                                        gboolean          selected);
guint      cherish_month_grid_get_year  (CherishMonthGrid *self);
guint      cherish_month_grid_get_month (CherishMonthGrid *self);

G_END_DECLS
