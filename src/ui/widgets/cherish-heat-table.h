/* cherish-heat-table.h — shares in a table, the stronger the darker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CHERISH_TYPE_HEAT_TABLE (cherish_heat_table_get_type ())

G_DECLARE_FINAL_TYPE (CherishHeatTable, cherish_heat_table, CHERISH, HEAT_TABLE, GtkWidget)

GtkWidget *cherish_heat_table_new      (const char          *title);
void       cherish_heat_table_set_data (CherishHeatTable    *self,
                                        const char * const  *rows,
                                        const char * const  *columns,
                                        const int           *counts,
                                        const int           *totals);
void       cherish_heat_table_select   (CherishHeatTable    *self,
                                        int                  row,
                                        int                  column);
char      *cherish_heat_table_describe (CherishHeatTable    *self,
                                        guint                row,
                                        guint                column);
char      *cherish_heat_table_to_csv   (CherishHeatTable    *self);

G_END_DECLS
