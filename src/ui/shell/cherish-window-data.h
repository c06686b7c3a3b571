/* cherish-window-data.h — the shop's data in and out: import, export, backup, restore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void cherish_window_data_install_actions (GtkWidgetClass *widget_class);

G_END_DECLS
