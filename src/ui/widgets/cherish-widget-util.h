/* cherish-widget-util.h — small things every form does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-database.h"

G_BEGIN_DECLS

void       cherish_widget_set_invalid (GtkWidget           *widget,
                                       gboolean             invalid);
GtkLabel  *cherish_error_label_new    (void);
GtkWidget *cherish_info_row_new       (const char          *title,
                                       const char          *subtitle,
                                       gint64               customer_id);
GtkWidget *cherish_show_all_row_new    (guint        count,
                                        GCallback    activated,
                                        gpointer     user_data);
void       cherish_group_add_row      (AdwPreferencesGroup *group,
                                       GPtrArray           *rows,
                                       GtkWidget           *row);
void       cherish_group_clear        (AdwPreferencesGroup *group,
                                       GPtrArray           *rows);
GtkWidget *cherish_scrolled_page_new  (GtkWidget           *child);
GtkWidget *cherish_empty_state_new    (const char          *icon_name,
                                       const char          *title,
                                       const char          *text,
                                       const char          *help_page);
GtkWidget *cherish_row_button_new     (const char          *label,
                                       const char          *accessible_label,
                                       gint64               id,
                                       GCallback            clicked,
                                       gpointer             user_data);
GtkWidget *cherish_icon_button_new    (const char          *icon_name,
                                       const char          *tooltip,
                                       const char          *accessible_label);
gint64     cherish_widget_get_id      (gpointer             widget);
GtkWidget *cherish_more_button_new    (GtkWidget           *content,
                                       const char          *tooltip,
                                       const char          *accessible_label);

void       cherish_widget_name_inner_controls (void);
void       cherish_drop_down_let_shrink (GtkDropDown *drop_down);
char      *cherish_count_text         (guint        count);
const char *cherish_separator         (void);
char      *cherish_line_in_direction (const char  *line);
char      *cherish_line_typed_first  (const char  *typed,
                                      const char  *rest);
AdwToast  *cherish_toast_new         (const char  *title);

void       cherish_dialog_present     (GtkWidget     *dialog,
                                       GtkWidget     *parent);

G_END_DECLS
