/* cherish-window-customers.h — a new customer, and the shop's milestone it may make
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void cherish_window_customers_install_actions (GtkWidgetClass *widget_class);

G_END_DECLS
