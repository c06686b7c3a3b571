/* test-unreachable.c — a server that stops answering, not refusing
 *
 * A cut or black-holed network does not refuse a connection: it never
 * answers. Between Cherish and the test server runs a small TCP relay of
 * the test's own (a thread); "cut", it drops the connections it relays
 * and takes new ones without ever answering. Reconnecting must then hold
 * the caller (the window's thread) only a moment each time, not libpq's
 * ten-second time-out, and succeed once the relay answers again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "cherish-database-private.h"
#include "cherish-pg-backend.h"
#include "cherish-test-server.h"
#include "cherish-test-util.h"

typedef struct
{
  GMainContext   *context;
  GMainLoop      *loop;
  GThread        *thread;
  guint16         port;       /* the relay's */
  guint16         target;     /* the server's */
  gboolean        answering;  /* in the relay's thread only */
  GPtrArray      *held;       /* connections taken while cut */
  GPtrArray      *relayed;    /* GIOStreams being relayed */
  GMutex          lock;
  GCond           ready;
} Relay;

static void
relay (Relay             *self,
       GSocketConnection *connection)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) upstream = g_socket_client_connect_to_host (client, "127.0.0.1", self->target,
                                                                          NULL, NULL);

  if (upstream == NULL)
    return;
  g_io_stream_splice_async (G_IO_STREAM (connection), G_IO_STREAM (upstream),
                            G_IO_STREAM_SPLICE_CLOSE_STREAM1 | G_IO_STREAM_SPLICE_CLOSE_STREAM2,
                            G_PRIORITY_DEFAULT, NULL, NULL, NULL);
  g_ptr_array_add (self->relayed, g_object_ref (connection));
  g_ptr_array_add (self->relayed, g_object_ref (upstream));
}

static gboolean
on_incoming (GSocketService    *service,
             GSocketConnection *connection,
             GObject           *source,
             gpointer           user_data)
{
  Relay *self = user_data;

  if (self->answering)
    relay (self, connection);
  else
    g_ptr_array_add (self->held, g_object_ref (connection));
  return TRUE;
}

static gpointer
relay_thread (gpointer data)
{
  Relay *self = data;
  g_autoptr(GSocketService) service = NULL;

  g_main_context_push_thread_default (self->context);
  service = g_socket_service_new ();
  self->port = g_socket_listener_add_any_inet_port (G_SOCKET_LISTENER (service), NULL, NULL);
  g_signal_connect (service, "incoming", G_CALLBACK (on_incoming), self);
  g_socket_service_start (service);
  g_mutex_lock (&self->lock);
  g_cond_signal (&self->ready);
  g_mutex_unlock (&self->lock);
  g_main_loop_run (self->loop);
  g_socket_service_stop (service);
  g_main_context_pop_thread_default (self->context);
  return NULL;
}

/* Runs @func in the relay's thread and waits for it. */
typedef struct
{
  Relay    *self;
  gboolean  answer;
  gboolean  done;
} Switch;

static gboolean
switch_in_thread (gpointer data)
{
  Switch *change = data;
  Relay *self = change->self;

  self->answering = change->answer;
  if (!change->answer)
    {
      /* The connections relayed so far go dead. */
      for (guint i = 0; i < self->relayed->len; i++)
        g_io_stream_close (self->relayed->pdata[i], NULL, NULL);
      g_ptr_array_set_size (self->relayed, 0);
    }
  else
    {
      /* The network is back: what was sent meanwhile arrives. */
      for (guint i = 0; i < self->held->len; i++)
        relay (self, self->held->pdata[i]);
      g_ptr_array_set_size (self->held, 0);
    }
  g_mutex_lock (&self->lock);
  change->done = TRUE;
  g_cond_signal (&self->ready);
  g_mutex_unlock (&self->lock);
  return G_SOURCE_REMOVE;
}

static void
relay_answer (Relay    *self,
              gboolean  answer)
{
  Switch change = { self, answer, FALSE };

  g_main_context_invoke (self->context, switch_in_thread, &change);
  g_mutex_lock (&self->lock);
  while (!change.done)
    g_cond_wait (&self->ready, &self->lock);
  g_mutex_unlock (&self->lock);
}

static void
relay_start (Relay   *self,
             guint16  target)
{
  self->target = target;
  self->answering = TRUE;
  self->held = g_ptr_array_new_with_free_func (g_object_unref);
  self->relayed = g_ptr_array_new_with_free_func (g_object_unref);
  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  g_mutex_lock (&self->lock);
  self->thread = g_thread_new ("relay", relay_thread, self);
  while (self->port == 0)
    g_cond_wait (&self->ready, &self->lock);
  g_mutex_unlock (&self->lock);
}

static gboolean
quit_in_thread (gpointer data)
{
  Relay *self = data;

  g_ptr_array_set_size (self->held, 0);
  g_ptr_array_set_size (self->relayed, 0);
  g_main_loop_quit (self->loop);
  return G_SOURCE_REMOVE;
}

static void
relay_stop (Relay *self)
{
  g_main_context_invoke (self->context, quit_in_thread, self);
  g_thread_join (self->thread);
  g_main_loop_unref (self->loop);
  g_main_context_unref (self->context);
  g_ptr_array_unref (self->held);
  g_ptr_array_unref (self->relayed);
}

static gint64
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000;
}

static void
test_unreachable (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *direct = cherish_test_server_database (dir, "t.db");
  g_autofree char *uri = NULL;
  g_autofree char *message = NULL;
  const char *port = strrchr (direct, ':');
  const char *database = strrchr (direct, '/');
  Relay relayed = { 0 };
  CherishBackend *backend;
  CherishStmt *one;
  int rc = CHERISH_FAILED;
  gint64 start, longest = 0;
  gboolean back = FALSE;

  g_assert_nonnull (port);
  relay_start (&relayed, (guint16) g_ascii_strtoull (port + 1, NULL, 10));
  uri = g_strdup_printf ("postgresql://cherish@127.0.0.1:%u%s", relayed.port, database);
  backend = cherish_pg_backend_open (uri, TRUE, &rc, &message);
  g_assert_cmpint (rc, ==, CHERISH_OK);
  one = backend->klass->prepare (backend, "SELECT 1", &rc);
  g_assert_cmpint (cherish_stmt_step (one), ==, CHERISH_ROW);
  cherish_stmt_reset (one);

  /* Cut: the statement fails, and each try to connect again comes back
   * within a moment while nothing answers. */
  relay_answer (&relayed, FALSE);
  g_assert_cmpint (cherish_stmt_step (one), ==, CHERISH_IOERR);
  cherish_stmt_reset (one);
  for (guint i = 0; i < 6; i++)
    {
      start = g_get_monotonic_time ();
      g_assert_false (backend->klass->connected (backend));
      longest = MAX (longest, ms_since (start));
      g_usleep (200000);
    }
  g_test_message ("longest wait for a server that does not answer: %" G_GINT64_FORMAT " ms", longest);
  g_assert_cmpint (longest, <, 1000);

  /* It answers again: connected within a few tries, and the statement
   * runs on the new connection. */
  relay_answer (&relayed, TRUE);
  start = g_get_monotonic_time ();
  while (!back && ms_since (start) < 10000)
    {
      back = backend->klass->connected (backend);
      if (!back)
        g_usleep (100000);
    }
  g_test_message ("connected again %" G_GINT64_FORMAT " ms after the server answered", ms_since (start));
  g_assert_true (back);
  g_assert_cmpint (cherish_stmt_step (one), ==, CHERISH_ROW);
  g_assert_cmpint (cherish_stmt_column_int64 (one, 0), ==, 1);

  one->klass->finalize (one);
  backend->klass->close (backend);
  relay_stop (&relayed);
  cherish_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/unreachable/reconnect", test_unreachable);
  return g_test_run ();
}
