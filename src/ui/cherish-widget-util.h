/* cherish-widget-util.h — small things every form does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void       cherish_widget_set_invalid (GtkWidget           *widget,
                                       gboolean             invalid);
GtkLabel  *cherish_error_label_new    (void);
GtkWidget *cherish_info_row_new       (const char          *title,
                                       const char          *subtitle,
                                       gint64               customer_id);
void       cherish_group_add_row      (AdwPreferencesGroup *group,
                                       GPtrArray           *rows,
                                       GtkWidget           *row);
void       cherish_group_clear        (AdwPreferencesGroup *group,
                                       GPtrArray           *rows);

G_END_DECLS
