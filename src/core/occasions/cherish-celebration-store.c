/* cherish-celebration-store.c — celebrations in the database, photos beside it
 *
 * An occasion is planned once: planning it again returns the same
 * celebration. Photos are copied into a "photos" folder beside the
 * database (private, like it), only for customers who agreed to photos,
 * and only image files; the old photo goes when a new one comes.
 *
 * A shop on a server keeps its photos in its photos table as well, so
 * that every counter sees them: the folder is then this computer's cache
 * of them, filled the first time a photo is shown. The server's trigger
 * removes a photo its celebration no longer names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-celebration-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cherish-celebration-store.h"
#include "cherish-enum-types.h"
#include "cherish-error.h"
#include "cherish-store-private.h"
#include "cherish-text.h"

struct _CherishCelebrationStore
{
  CherishStore parent_instance;
};

G_DEFINE_FINAL_TYPE (CherishCelebrationStore, cherish_celebration_store, CHERISH_TYPE_STORE)

#define COLUMNS \
  "id, customer_id, kind, occasion_date, number, life_event_id, status, surprise, staff_id, " \
  "gesture, cost_minor, currency, notes, skip_reason, photo, created_at, updated_at, " \
  "coalesce (idea_id, 0), coalesce (reward_id, 0)"
#define NOT_FOUND _("This celebration no longer exists.")

static CherishDatabase *
database_of (CherishCelebrationStore *self)
{
  return cherish_store_get_database (CHERISH_STORE (self));
}

static gpointer
celebration_from_row (CherishStmt *stmt)
{
  int kind = CHERISH_OCCASION_BIRTHDAY, status = CHERISH_CELEBRATION_STATUS_IDEA;

  cherish_enum_from_nick (CHERISH_TYPE_OCCASION_KIND, cherish_column_text (stmt, 2), &kind);
  cherish_enum_from_nick (CHERISH_TYPE_CELEBRATION_STATUS, cherish_column_text (stmt, 6), &status);

  return g_object_new (CHERISH_TYPE_CELEBRATION,
                       "id", (gint64) cherish_stmt_column_int64 (stmt, 0),
                       "customer-id", (gint64) cherish_stmt_column_int64 (stmt, 1),
                       "kind", kind,
                       "occasion-date", cherish_column_text (stmt, 3),
                       "number", (guint) cherish_stmt_column_int (stmt, 4),
                       "life-event-id", (gint64) cherish_stmt_column_int64 (stmt, 5),
                       "status", status,
                       "surprise", cherish_column_text (stmt, 7),
                       "staff-id", (gint64) cherish_stmt_column_int64 (stmt, 8),
                       "gesture", cherish_column_text (stmt, 9),
                       "cost", cherish_stmt_column_is_null (stmt, 10)
                                 ? (gint64) -1 : (gint64) cherish_stmt_column_int64 (stmt, 10),
                       "currency", cherish_column_text (stmt, 11),
                       "notes", cherish_column_text (stmt, 12),
                       "skip-reason", cherish_column_text (stmt, 13),
                       "photo", cherish_column_text (stmt, 14),
                       "created-at", cherish_column_text (stmt, 15),
                       "updated-at", cherish_column_text (stmt, 16),
                       "idea-id", (gint64) cherish_stmt_column_int64 (stmt, 17),
                       "reward-id", (gint64) cherish_stmt_column_int64 (stmt, 18),
                       NULL);
}

/* Where the engines' SQL differs: each one's expression of the unique
 * index celebrations_by_occasion, so that the look-up goes through it. */
static const CherishDialectSql same_occasion = {
  "SELECT " COLUMNS " FROM celebrations WHERE customer_id = ?1 "
  "AND kind = ?2 AND ifnull (occasion_date, '') = ifnull (?3, '') AND number = ?4",
  "SELECT " COLUMNS " FROM celebrations WHERE customer_id = ?1 "
  "AND kind = ?2 AND coalesce (occasion_date, '') = coalesce (?3::text, '') AND number = ?4",
};

static char *
photos_dir (CherishCelebrationStore *self)
{
  g_autofree char *dir = cherish_database_get_folder (database_of (self));

  return g_build_filename (dir, "photos", NULL);
}

static CherishCelebration *
find_existing (CherishCelebrationStore  *self,
               CherishOccasion          *occasion,
               GError                  **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  g_autoptr(GPtrArray) found = NULL;

  stmt = cherish_database_prepare (database_of (self), cherish_database_sql (database_of (self), same_occasion),
                                   error);
  if (stmt == NULL)
    return NULL;
  cherish_stmt_bind_int64 (stmt, 1, cherish_occasion_get_customer_id (occasion));
  cherish_bind_text (stmt, 2, cherish_enum_to_nick (CHERISH_TYPE_OCCASION_KIND,
                                                    cherish_occasion_get_kind (occasion)));
  cherish_bind_text (stmt, 3, cherish_occasion_get_date (occasion));
  cherish_stmt_bind_int64 (stmt, 4, cherish_occasion_get_number (occasion));

  found = cherish_database_collect (database_of (self), stmt, celebration_from_row, error);
  return found != NULL && found->len > 0 ? g_object_ref (found->pdata[0]) : NULL;
}

static void
cherish_celebration_store_class_init (CherishCelebrationStoreClass *klass)
{
  CHERISH_STORE_CLASS (klass)->table = "celebrations";
}

static void
cherish_celebration_store_init (CherishCelebrationStore *self)
{
}

CherishCelebrationStore *
cherish_celebration_store_new (CherishDatabase *database,
                               CherishClock    *clock)
{
  return g_object_new (CHERISH_TYPE_CELEBRATION_STORE, "database", database, "clock", clock, NULL);
}

/**
 * cherish_celebration_store_plan:
 *
 * Returns: (transfer full) (nullable): the celebration of @occasion — the
 *   one planned before, or a new idea
 */
CherishCelebration *
cherish_celebration_store_plan (CherishCelebrationStore  *self,
                                CherishOccasion          *occasion,
                                GError                  **error)
{
  g_autoptr(CherishCelebration) celebration = NULL;
  g_autoptr(CherishStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (CHERISH_IS_CELEBRATION_STORE (self), NULL);
  g_return_val_if_fail (CHERISH_IS_OCCASION (occasion), NULL);

  celebration = find_existing (self, occasion, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (celebration != NULL)
    return g_steal_pointer (&celebration);

  celebration = cherish_celebration_new_for (occasion);
  if (!cherish_celebration_validate (celebration, error) ||
      !cherish_store_check_customer (CHERISH_STORE (self),
                                     cherish_celebration_get_customer_id (celebration), error))
    return NULL;

  stmt = cherish_database_prepare (database_of (self),
                                   "INSERT INTO celebrations (customer_id, kind, occasion_date, "
                                   "  number, life_event_id, created_at, updated_at) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)", error);
  if (stmt == NULL)
    return NULL;

  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_stmt_bind_int64 (stmt, 1, cherish_celebration_get_customer_id (celebration));
  cherish_bind_text (stmt, 2, cherish_enum_to_nick (CHERISH_TYPE_OCCASION_KIND,
                                                    cherish_celebration_get_kind (celebration)));
  cherish_bind_text (stmt, 3, cherish_celebration_get_occasion_date (celebration));
  cherish_stmt_bind_int64 (stmt, 4, cherish_celebration_get_number (celebration));
  if (cherish_celebration_get_life_event_id (celebration) > 0)
    cherish_stmt_bind_int64 (stmt, 5, cherish_celebration_get_life_event_id (celebration));
  cherish_bind_text (stmt, 6, now);

  if (!cherish_store_step_insert (CHERISH_STORE (self), stmt, celebration, error))
    return NULL;
  g_object_set (celebration, "created-at", now, "updated-at", now, NULL);
  return g_steal_pointer (&celebration);
}

/**
 * cherish_celebration_store_update:
 *
 * Saves the plan (status, surprise and the staff idea it used, who,
 * gesture and the reward it was, cost, notes, reason).
 */
gboolean
cherish_celebration_store_update (CherishCelebrationStore  *self,
                                  CherishCelebration       *celebration,
                                  GError                  **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (CHERISH_IS_CELEBRATION_STORE (self), FALSE);
  g_return_val_if_fail (CHERISH_IS_CELEBRATION (celebration), FALSE);
  g_return_val_if_fail (cherish_celebration_get_id (celebration) > 0, FALSE);

  if (!cherish_celebration_validate (celebration, error))
    return FALSE;

  stmt = cherish_database_prepare (database_of (self),
                                   "UPDATE celebrations SET status = ?2, surprise = ?3, "
                                   "  staff_id = ?4, gesture = ?5, cost_minor = ?6, currency = ?7, "
                                   "  notes = ?8, skip_reason = ?9, updated_at = ?10, idea_id = ?11, "
                                   "  reward_id = ?12 WHERE id = ?1",
                                   error);
  if (stmt == NULL)
    return FALSE;

  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_stmt_bind_int64 (stmt, 1, cherish_celebration_get_id (celebration));
  cherish_bind_text (stmt, 2, cherish_enum_to_nick (CHERISH_TYPE_CELEBRATION_STATUS,
                                                    cherish_celebration_get_status (celebration)));
  cherish_bind_text (stmt, 3, cherish_celebration_get_surprise (celebration) ?: "");
  if (cherish_celebration_get_staff_id (celebration) > 0)
    cherish_stmt_bind_int64 (stmt, 4, cherish_celebration_get_staff_id (celebration));
  cherish_bind_text (stmt, 5, cherish_celebration_get_gesture (celebration) ?: "");
  if (cherish_celebration_get_cost (celebration) >= 0)
    {
      cherish_stmt_bind_int64 (stmt, 6, cherish_celebration_get_cost (celebration));
      cherish_bind_text (stmt, 7, cherish_celebration_get_currency (celebration));
    }
  cherish_bind_text (stmt, 8, cherish_celebration_get_notes (celebration) ?: "");
  cherish_bind_text (stmt, 9, cherish_celebration_get_skip_reason (celebration) ?: "");
  cherish_bind_text (stmt, 10, now);
  if (cherish_celebration_get_idea_id (celebration) > 0)
    cherish_stmt_bind_int64 (stmt, 11, cherish_celebration_get_idea_id (celebration));
  if (cherish_celebration_get_reward_id (celebration) > 0)
    cherish_stmt_bind_int64 (stmt, 12, cherish_celebration_get_reward_id (celebration));

  if (!cherish_store_step_update (CHERISH_STORE (self), stmt, NOT_FOUND, error))
    return FALSE;
  g_object_set (celebration, "updated-at", now, NULL);
  return TRUE;
}

/**
 * cherish_celebration_store_get:
 *
 * Returns: (transfer full) (nullable): the celebration
 */
CherishCelebration *
cherish_celebration_store_get (CherishCelebrationStore  *self,
                               gint64                    id,
                               GError                  **error)
{
  g_return_val_if_fail (CHERISH_IS_CELEBRATION_STORE (self), NULL);

  return cherish_database_get_by_id (database_of (self),
                                     "SELECT " COLUMNS " FROM celebrations WHERE id = ?1", id,
                                     celebration_from_row, NOT_FOUND, error);
}

/**
 * cherish_celebration_store_list_between:
 * @from: first day, "YYYY-MM-DD"
 * @to: last day
 *
 * Returns: (transfer full) (element-type CherishCelebration) (nullable):
 *   the celebrations of occasions in the range, by date
 */
GPtrArray *
cherish_celebration_store_list_between (CherishCelebrationStore  *self,
                                        const char               *from,
                                        const char               *to,
                                        GError                  **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_CELEBRATION_STORE (self), NULL);

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT " COLUMNS " FROM celebrations "
                                   "WHERE occasion_date BETWEEN ?1 AND ?2 ORDER BY occasion_date, id",
                                   error);
  if (stmt == NULL)
    return NULL;
  cherish_bind_text (stmt, 1, from);
  cherish_bind_text (stmt, 2, to);
  return cherish_database_collect (database_of (self), stmt, celebration_from_row, error);
}

/**
 * cherish_celebration_store_list_for_customer:
 *
 * Returns: (transfer full) (element-type CherishCelebration) (nullable):
 *   the customer's celebrations, newest occasion first
 */
GPtrArray *
cherish_celebration_store_list_for_customer (CherishCelebrationStore  *self,
                                             gint64                    customer_id,
                                             GError                  **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_CELEBRATION_STORE (self), NULL);

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT " COLUMNS " FROM celebrations WHERE customer_id = ?1 "
                                   "ORDER BY coalesce (occasion_date, '9999') DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;
  cherish_stmt_bind_int64 (stmt, 1, customer_id);
  return cherish_database_collect (database_of (self), stmt, celebration_from_row, error);
}

/* A server shop's photo, shown here the first time: into the cache. A
 * photo the server does not have (or cannot give now) is not shown. */
static void
fetch_into_cache (CherishCelebrationStore *self,
                  const char              *name,
                  const char              *path)
{
  g_autoptr(GBytes) bytes = cherish_database_read_photo (database_of (self), name, NULL);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  if (bytes == NULL)
    return;
  if (g_mkdir_with_parents (folder, 0700) != 0 ||
      !g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_warning ("Could not keep the photo %s: %s", path, error != NULL ? error->message : g_strerror (errno));
}

typedef struct
{
  CherishCelebrationStore *self;
  gint64                   id;
  const char              *name;
  GFile                   *file;
} NewPhoto;

/* The photo in the database (a server shop's), and the celebration
 * naming it: both or neither. */
static gboolean
set_photo_in_transaction (gpointer   user_data,
                          GError   **error)
{
  NewPhoto *photo = user_data;
  CherishDatabase *db = database_of (photo->self);
  g_autoptr(CherishStmt) stmt = NULL;

  if (cherish_database_keeps_photos (db))
    {
      g_autoptr(GBytes) bytes = g_file_load_bytes (photo->file, NULL, NULL, error);

      if (bytes == NULL || !cherish_database_write_photo (db, photo->name, bytes, NULL, error))
        return FALSE;
    }
  stmt = cherish_database_prepare (db, "UPDATE celebrations SET photo = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (stmt, 1, photo->id);
  cherish_bind_text (stmt, 2, photo->name);
  return cherish_store_step_update (CHERISH_STORE (photo->self), stmt, NOT_FOUND, error);
}

/**
 * cherish_celebration_store_photo_path:
 *
 * Returns: (transfer full) (nullable): where the celebration's photo is
 */
char *
cherish_celebration_store_photo_path (CherishCelebrationStore *self,
                                      CherishCelebration      *celebration)
{
  g_autofree char *dir = NULL;
  char *path;

  g_return_val_if_fail (CHERISH_IS_CELEBRATION_STORE (self), NULL);

  if (cherish_celebration_get_photo (celebration) == NULL)
    return NULL;
  dir = photos_dir (self);
  path = g_build_filename (dir, cherish_celebration_get_photo (celebration), NULL);
  if (cherish_database_keeps_photos (database_of (self)) && !g_file_test (path, G_FILE_TEST_EXISTS))
    fetch_into_cache (self, cherish_celebration_get_photo (celebration), path);
  return path;
}

/**
 * cherish_celebration_store_set_photo:
 * @source: an image file the manager picked
 *
 * Copies @source into the photos folder and keeps it with the celebration
 * — only when the customer agreed to photos. On any error nothing is
 * kept: no copy, no change.
 *
 * Returns: %TRUE if the photo was kept
 */
gboolean
cherish_celebration_store_set_photo (CherishCelebrationStore  *self,
                                     CherishCelebration       *celebration,
                                     GFile                    *source,
                                     GError                  **error)
{
  CherishDatabase *db;
  g_autoptr(CherishStmt) consent = NULL;
  g_autoptr(GFileInfo) info = NULL;
  NewPhoto photo;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  g_autofree char *old = NULL;
  g_autofree char *mime = NULL;
  const char *type, *dot;
  int rc;

  g_return_val_if_fail (CHERISH_IS_CELEBRATION_STORE (self), FALSE);
  g_return_val_if_fail (CHERISH_IS_CELEBRATION (celebration), FALSE);
  g_return_val_if_fail (G_IS_FILE (source), FALSE);

  db = database_of (self);
  consent = cherish_database_prepare (db, "SELECT photo_consent, display_name FROM customers "
                                          "WHERE id = ?1", error);
  if (consent == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (consent, 1, cherish_celebration_get_customer_id (celebration));
  rc = cherish_stmt_step (consent);
  if (rc != CHERISH_ROW)
    {
      cherish_set_invalid (error, "customer-id", _("Customer: this customer no longer exists."));
      return FALSE;
    }
  if (cherish_stmt_column_int (consent, 0) == 0)
    {
      cherish_set_invalid (error, "photo",
                           _("Photo: %s has not agreed to photos; ask first, and note it in "
                             "their details."), cherish_column_text (consent, 1));
      return FALSE;
    }

  info = g_file_query_info (source, G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  type = info != NULL ? g_file_info_get_content_type (info) : NULL;
  mime = type != NULL ? g_content_type_get_mime_type (type) : NULL;
  if (mime == NULL || !g_str_has_prefix (mime, "image/"))
    {
      g_autofree char *shown = g_file_get_parse_name (source);

      cherish_set_invalid (error, "photo", _("Photo: “%s” is not a picture."), shown);
      return FALSE;
    }

  dir = photos_dir (self);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_IO, _("Cannot create the folder “%s”: %s"),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }

  basename = g_file_get_basename (source);
  dot = strrchr (basename, '.');
  name = g_strdup_printf ("celebration-%" G_GINT64_FORMAT "-%08x%s",
                          cherish_celebration_get_id (celebration), g_random_int (),
                          dot != NULL && strlen (dot) <= 6 ? dot : "");
  target = g_file_new_build_filename (dir, name, NULL);
  if (!g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    return FALSE;

  photo = (NewPhoto) { self, cherish_celebration_get_id (celebration), name, target };
  if (!cherish_database_transaction (db, set_photo_in_transaction, &photo, error))
    {
      g_file_delete (target, NULL, NULL);
      return FALSE;
    }

  /* The new one is kept: the old one goes. */
  old = cherish_celebration_store_photo_path (self, celebration);
  if (old != NULL)
    g_unlink (old);
  g_object_set (celebration, "photo", name, NULL);
  return TRUE;
}
