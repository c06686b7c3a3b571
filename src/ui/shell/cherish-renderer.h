/* cherish-renderer.h — how Cherish's windows are drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean cherish_renderer_choose (void);

G_END_DECLS
