/* cherish-help.h — the help pages, opened in Yelp
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void       cherish_show_help        (GtkWidget  *widget,
                                     const char *page);
GtkWidget *cherish_help_button_new  (const char *page);

G_END_DECLS
