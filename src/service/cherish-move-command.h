/* cherish-move-command.h — `cherish --move-to DESTINATION`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int cherish_move_command (const char *database_path,
                          const char *destination);

G_END_DECLS
