/* cherish-store.c — base of the classes that read and write one kind of record
 *
 * A store holds the database and the clock, and announces each committed
 * write on the database so that lists showing its records reload.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-store"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-database-private.h"
#include "cherish-date.h"
#include "cherish-error.h"
#include "cherish-store-private.h"

typedef struct
{
  CherishDatabase *database;
  CherishClock    *clock;
} CherishStorePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (CherishStore, cherish_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_CLOCK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cherish_store_dispose (GObject *object)
{
  CherishStorePrivate *priv = cherish_store_get_instance_private (CHERISH_STORE (object));

  g_clear_object (&priv->database);
  g_clear_object (&priv->clock);

  G_OBJECT_CLASS (cherish_store_parent_class)->dispose (object);
}

static void
cherish_store_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CherishStorePrivate *priv = cherish_store_get_instance_private (CHERISH_STORE (object));

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, priv->database);
      break;
    case PROP_CLOCK:
      g_value_set_object (value, priv->clock);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cherish_store_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CherishStorePrivate *priv = cherish_store_get_instance_private (CHERISH_STORE (object));

  switch (prop_id)
    {
    case PROP_DATABASE:
      priv->database = g_value_dup_object (value);
      break;
    case PROP_CLOCK:
      priv->clock = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cherish_store_constructed (GObject *object)
{
  CherishStorePrivate *priv = cherish_store_get_instance_private (CHERISH_STORE (object));

  G_OBJECT_CLASS (cherish_store_parent_class)->constructed (object);

  g_assert (priv->database != NULL);
  if (priv->clock == NULL)
    priv->clock = cherish_clock_new_system ();
}

static void
cherish_store_class_init (CherishStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cherish_store_dispose;
  object_class->get_property = cherish_store_get_property;
  object_class->set_property = cherish_store_set_property;
  object_class->constructed = cherish_store_constructed;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, CHERISH_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, CHERISH_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cherish_store_init (CherishStore *self)
{
}

CherishDatabase *
cherish_store_get_database (CherishStore *self)
{
  CherishStorePrivate *priv = cherish_store_get_instance_private (self);

  g_return_val_if_fail (CHERISH_IS_STORE (self), NULL);

  return priv->database;
}

CherishClock *
cherish_store_get_clock (CherishStore *self)
{
  CherishStorePrivate *priv = cherish_store_get_instance_private (self);

  g_return_val_if_fail (CHERISH_IS_STORE (self), NULL);

  return priv->clock;
}

/**
 * cherish_store_changed:
 *
 * Announces a write as CherishDatabase::changed with the store's table as
 * detail (once the outermost transaction commits), so that every list of
 * that table follows, whichever store instance wrote.
 */
void
cherish_store_changed (CherishStore *self)
{
  CherishStorePrivate *priv = cherish_store_get_instance_private (self);

  g_return_if_fail (CHERISH_IS_STORE (self));

  if (CHERISH_STORE_GET_CLASS (self)->table != NULL)
    cherish_database_emit_changed (priv->database, CHERISH_STORE_GET_CLASS (self)->table);
}

/* A row if the customer ?1 is not there (deleted or erased); on a
 * server, ?1 is an array of them, asked in one round trip. */
static const CherishDialectSql customer_gone = {
  "SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM customers WHERE id = ?1 AND deleted_at IS NULL)",
  "SELECT 1 FROM unnest (?1::bigint[]) AS e (id) WHERE NOT EXISTS "
  "(SELECT 1 FROM customers c WHERE c.id = e.id AND c.deleted_at IS NULL) LIMIT 1",
};

/**
 * cherish_store_check_customers:
 * @ids: (array length=n_ids): customers' ids
 *
 * For records that belong to customers (many written at once): checks
 * that every one of them exists and is not deleted. The error names the
 * field "customer-id".
 */
gboolean
cherish_store_check_customers (CherishStore  *self,
                               const gint64  *ids,
                               guint          n_ids,
                               GError       **error)
{
  CherishStorePrivate *priv = cherish_store_get_instance_private (self);
  gboolean server;
  g_autoptr(CherishStmt) stmt = NULL;
  int rc = CHERISH_DONE;

  g_return_val_if_fail (CHERISH_IS_STORE (self), FALSE);

  server = cherish_database_get_dialect (priv->database) == CHERISH_DIALECT_POSTGRESQL;
  stmt = cherish_database_prepare (priv->database, cherish_database_sql (priv->database, customer_gone), error);
  if (stmt == NULL)
    return FALSE;
  if (server)
    {
      g_autoptr(GString) array = g_string_new ("{");

      for (guint i = 0; i < n_ids; i++)
        g_string_append_printf (array, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
      g_string_append_c (array, '}');
      cherish_bind_text (stmt, 1, array->str);
      rc = cherish_stmt_step (stmt);
    }
  else
    for (guint i = 0; i < n_ids && rc == CHERISH_DONE; i++)
      {
        cherish_stmt_reset (stmt);
        cherish_stmt_bind_int64 (stmt, 1, ids[i]);
        rc = cherish_stmt_step (stmt);
      }

  if (rc == CHERISH_DONE)
    return TRUE;
  if (rc == CHERISH_ROW)
    cherish_set_invalid (error, "customer-id", _("Customer: this customer no longer exists."));
  else
    cherish_database_set_error (priv->database, rc, error);
  return FALSE;
}

/**
 * cherish_store_check_customer:
 *
 * For records that belong to a customer: checks the customer exists and
 * is not deleted. The error names the field "customer-id".
 */
gboolean
cherish_store_check_customer (CherishStore  *self,
                              gint64         customer_id,
                              GError       **error)
{
  return cherish_store_check_customers (self, &customer_id, 1, error);
}

/**
 * cherish_store_now_timestamp:
 *
 * Returns: (transfer full): the clock's now as a stored UTC timestamp
 */
char *
cherish_store_now_timestamp (CherishStore *self)
{
  CherishStorePrivate *priv = cherish_store_get_instance_private (self);
  g_autoptr(GDateTime) now = cherish_clock_get_now (priv->clock);

  return cherish_timestamp_format (now);
}

/* Steps a bound INSERT, gives @record (a value type with an "id"
 * property) its new id and announces the change. An INSERT … ON CONFLICT
 * DO NOTHING that found its row already there adds nothing: the id is
 * left as it was and nothing is announced. */
gboolean
cherish_store_step_insert (CherishStore  *self,
                           CherishStmt   *stmt,
                           gpointer       record,
                           GError       **error)
{
  CherishStorePrivate *priv = cherish_store_get_instance_private (self);

  if (!cherish_database_step_done (priv->database, stmt, error))
    return FALSE;
  if (cherish_database_changes (priv->database) == 0)
    return TRUE;

  g_object_set (record, "id", cherish_database_last_insert_id (priv->database), NULL);
  cherish_store_changed (self);
  return TRUE;
}

/* Steps a bound UPDATE that must change one row, and announces it. */
gboolean
cherish_store_step_update (CherishStore  *self,
                           CherishStmt   *stmt,
                           const char    *not_found,
                           GError       **error)
{
  CherishStorePrivate *priv = cherish_store_get_instance_private (self);

  if (!cherish_database_step_done (priv->database, stmt, error))
    return FALSE;

  if (cherish_database_changes (priv->database) == 0)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_NOT_FOUND, not_found);
      return FALSE;
    }

  cherish_store_changed (self);
  return TRUE;
}
