/* cherish-command.h — `cherish` without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_COMMAND (cherish_command_get_type ())

G_DECLARE_FINAL_TYPE (CherishCommand, cherish_command, CHERISH, COMMAND, GApplication)

CherishCommand  *cherish_command_new                  (void);
gboolean         cherish_command_wants_window         (int            argc,
                                                       char          *argv[]);
int              cherish_command_exec_window          (char          *argv[]);
void             cherish_command_add_options          (GApplication  *app);
char            *cherish_command_read_database_option (GApplication  *app,
                                                       GVariantDict  *options);
CherishDatabase *cherish_command_open_database        (const char    *path,
                                                       GError       **error);
void             cherish_command_open_database_async  (const char    *path,
                                                       GCancellable  *cancellable,
                                                       GAsyncReadyCallback callback,
                                                       gpointer       user_data);
CherishDatabase *cherish_command_open_database_finish (GAsyncResult  *result,
                                                       GError       **error);

G_END_DECLS
