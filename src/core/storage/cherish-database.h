/* cherish-database.h — where the shop is kept: an SQLite file or a PostgreSQL server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CHERISH_TYPE_DATABASE (cherish_database_get_type ())

G_DECLARE_FINAL_TYPE (CherishDatabase, cherish_database, CHERISH, DATABASE, GObject)

/**
 * CherishTransactionFunc:
 * @user_data: what was given to cherish_database_transaction()
 * @error: set it when returning %FALSE
 *
 * Returns: %TRUE to commit, %FALSE to roll everything back
 */
typedef gboolean (*CherishTransactionFunc) (gpointer   user_data,
                                            GError   **error);

/**
 * CherishBackupProgress:
 * @done: pages copied so far
 * @total: pages in all
 */
typedef void (*CherishBackupProgress) (int      done,
                                       int      total,
                                       gpointer user_data);

/**
 * CherishDatabaseProbe:
 * @server: the server's version ("15.4")
 * @version: the version of the shop's tables there; 0 when it is empty
 * @customers: the shop's customers, when there is one
 *
 * What cherish_database_probe() found at a server's address.
 */
typedef struct
{
  char   *server;
  int     version;
  gint64  customers;
} CherishDatabaseProbe;

char            *cherish_database_default_path         (void);
gboolean         cherish_database_is_server_uri        (const char             *location);
CherishDatabase *cherish_database_open                 (const char             *path,
                                                        GError                **error);
const char      *cherish_database_get_path             (CherishDatabase        *self);
gboolean         cherish_database_get_connected        (CherishDatabase        *self);
CherishDatabase *cherish_database_open_reader          (CherishDatabase        *self,
                                                        GError                **error);
void             cherish_database_release_memory       (CherishDatabase        *self);
int              cherish_database_get_schema_version   (CherishDatabase        *self);
int              cherish_database_get_latest_version   (void);
gboolean         cherish_database_transaction          (CherishDatabase        *self,
                                                        CherishTransactionFunc  func,
                                                        gpointer                user_data,
                                                        GError                **error);
gboolean         cherish_database_backup               (CherishDatabase        *self,
                                                        const char             *destination,
                                                        CherishBackupProgress   progress,
                                                        gpointer                user_data,
                                                        GCancellable           *cancellable,
                                                        GError                **error);
gboolean         cherish_database_restore              (CherishDatabase        *self,
                                                        const char             *source,
                                                        const char             *keep_current_as,
                                                        GError                **error);
char            *cherish_database_get_backups_folder   (CherishDatabase        *self);
char            *cherish_database_get_folder           (CherishDatabase        *self);
gboolean         cherish_database_backup_daily         (CherishDatabase        *self,
                                                        const char             *folder,
                                                        const GDate            *today,
                                                        guint                   keep,
                                                        gboolean               *made,
                                                        GError                **error);
gboolean         cherish_database_copy_to              (CherishDatabase        *self,
                                                        CherishDatabase        *destination,
                                                        char                  **report,
                                                        GError                **error);
void             cherish_database_move_async           (CherishDatabase        *self,
                                                        const char             *destination,
                                                        GCancellable           *cancellable,
                                                        GAsyncReadyCallback     callback,
                                                        gpointer                user_data);
char            *cherish_database_move_finish          (CherishDatabase        *self,
                                                        GAsyncResult           *result,
                                                        GError                **error);
CherishDatabaseProbe *cherish_database_probe           (const char             *location,
                                                        GError                **error);
void             cherish_database_probe_async          (const char             *location,
                                                        GCancellable           *cancellable,
                                                        GAsyncReadyCallback     callback,
                                                        gpointer                user_data);
CherishDatabaseProbe *cherish_database_probe_finish    (GAsyncResult           *result,
                                                        GError                **error);
void             cherish_database_probe_free           (CherishDatabaseProbe   *probe);
void             cherish_database_listen_here          (CherishDatabase        *self);
gboolean         cherish_database_check_integrity      (CherishDatabase        *self,
                                                        char                  **problems,
                                                        GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CherishDatabaseProbe, cherish_database_probe_free)

G_END_DECLS
