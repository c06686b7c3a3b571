/* cherish-initials-icon.h — a customer's initials in a coloured circle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char  *cherish_initials_of           (const char *name);
GIcon *cherish_initials_icon_new     (const char *name,
                                      int         size);

G_END_DECLS
