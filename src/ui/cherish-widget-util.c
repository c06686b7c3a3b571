/* cherish-widget-util.c — small things every form does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-widget-util"

#include "config.h"

#include "cherish-widget-util.h"

/**
 * cherish_widget_set_invalid:
 *
 * Shows @widget in red (the "error" style class) while what it holds is
 * not acceptable.
 */
void
cherish_widget_set_invalid (GtkWidget *widget,
                            gboolean   invalid)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (invalid)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}
