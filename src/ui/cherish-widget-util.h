/* cherish-widget-util.h — small things every form does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void cherish_widget_set_invalid (GtkWidget *widget,
                                 gboolean   invalid);

G_END_DECLS
