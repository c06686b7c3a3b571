/* cherish-background.h — start at login to run in the background
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void  cherish_background_set_autostart (GtkWindow *parent,
                                        gboolean   enabled);
char *cherish_background_autostart_path (void);

G_END_DECLS
