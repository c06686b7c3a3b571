/* cherish-photo.h — small pictures of celebrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GdkPaintable *cherish_photo_load_thumbnail (const char *path,
                                            int         size);

G_END_DECLS
