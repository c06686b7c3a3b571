/* test-crash.c — a killed process never corrupts nor loses a commit
 *
 * A child process adds customers one committed transaction at a time and
 * reports each commit through a pipe once cherish_customer_store_insert()
 * has returned. The parent kills it with SIGKILL at a random moment (while
 * opening, migrating, writing, checkpointing…), then opens the database:
 * it must open, pass integrity_check, and hold every acknowledged row.
 * On a PostgreSQL server (suite postgresql) the client is killed in the
 * middle of its transactions the same way: the server must keep every
 * acknowledged row, and let the next client write (no lock left behind).
 *
 * 50 trials by default; CHERISH_SLOW_TESTS=1 runs 500.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cherish-customer-store.h"
#include "cherish-test-server.h"
#include "cherish-test-util.h"

G_GNUC_NORETURN static void
child_main (const char *path,
            guint       trial,
            int         ack_fd)
{
  g_autoptr(CherishDatabase) db = NULL;
  g_autoptr(CherishCustomerStore) store = NULL;
  g_autoptr(GError) error = NULL;

  db = cherish_database_open (path, &error);
  if (db == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      _exit (3);
    }
  store = cherish_customer_store_new (db, NULL);

  for (guint32 n = 1; ; n++)
    {
      g_autofree char *name = g_strdup_printf ("Crash t%ur%u", trial, n);
      g_autoptr(CherishCustomer) customer = cherish_customer_new (name);

      g_object_set (customer, "notes", "Acknowledged only after the commit returned.", NULL);
      if (!cherish_customer_store_insert (store, customer, &error))
        {
          g_printerr ("child: %s\n", error->message);
          _exit (4);
        }
      if (write (ack_fd, &n, sizeof n) != sizeof n)
        _exit (5);
    }
}

/* Reads acknowledgements until @deadline (monotonic µs) or EOF; returns the
 * highest one seen. */
static guint32
read_acks (int      fd,
           gint64   deadline,
           guint32  highest)
{
  for (;;)
    {
      struct pollfd pfd = { fd, POLLIN, 0 };
      gint64 left = deadline < 0 ? 0 : deadline - g_get_monotonic_time ();
      guint32 n;
      ssize_t r;

      if (deadline >= 0 && left <= 0)
        return highest;
      if (poll (&pfd, 1, deadline < 0 ? 1000 : (int) (left / 1000) + 1) <= 0)
        return highest;

      r = read (fd, &n, sizeof n);
      if (r == 0)
        return highest;
      if (r < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (r, ==, sizeof n);
      g_assert_cmpuint (n, ==, highest + 1);
      highest = n;
    }
}

/* Waits (at most a minute) for the child's first commit. */
static guint32
read_first_ack (int fd)
{
  struct pollfd pfd = { fd, POLLIN, 0 };
  guint32 n = 0;

  if (poll (&pfd, 1, 60 * 1000) == 1 && read (fd, &n, sizeof n) == sizeof n)
    return n;
  return 0;
}

static void
test_kill_at_random (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *path = cherish_test_on_server () ? cherish_test_server_database (dir, "crash.db")
                                                    : g_build_filename (dir, "crash.db", NULL);
  guint trials = g_getenv ("CHERISH_SLOW_TESTS") != NULL ? 500 : 50;
  guint total_acked = 0;

  for (guint trial = 0; trial < trials; trial++)
    {
      g_autoptr(CherishDatabase) db = NULL;
      g_autoptr(CherishCustomerStore) store = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *problems = NULL;
      int fds[2];
      guint32 acked;
      pid_t pid;
      int status;

      g_assert_cmpint (pipe (fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (fds[0]);
          child_main (path, trial, fds[1]);
        }
      close (fds[1]);

      /* Every fifth child is let commit once first, so that commits are
       * killed even on a machine slow enough to be still opening. */
      acked = 0;
      if (trial % 5 == 0)
        {
          acked = read_first_ack (fds[0]);
          g_assert_cmpuint (acked, ==, 1);
        }

      /* Then a random while: from not at all to a few dozen commits. */
      acked = read_acks (fds[0], g_get_monotonic_time () + g_test_rand_int_range (0, 60000),
                         acked);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));
      /* What was written to the pipe before the kill was acknowledged too. */
      acked = read_acks (fds[0], -1, acked);
      close (fds[0]);
      total_acked += acked;

      db = cherish_database_open (path, &error);
      g_assert_no_error (error);
      g_assert_true (cherish_database_check_integrity (db, &problems, &error));
      g_assert_no_error (error);

      store = cherish_customer_store_new (db, NULL);
      for (guint32 n = 1; n <= acked; n++)
        {
          g_autofree char *name = g_strdup_printf ("Crash t%ur%u", trial, n);
          CherishCustomerQuery query = { name, CHERISH_CUSTOMER_SORT_NAME, 0 };
          g_autoptr(GPtrArray) found = cherish_customer_store_find (store, &query, 0, 1, &error);

          /* "t1r1" also starts "t1r10"…, which sort after it: the first is the one. */
          g_assert_no_error (error);
          if (found->len == 0 ||
              g_strcmp0 (cherish_customer_get_display_name (found->pdata[0]), name) != 0)
            g_error ("trial %u: acknowledged row %u is missing", trial, n);
        }

      /* The killed client's transaction held the shop's write lock: the
       * next one writes at once. */
      {
        g_autoptr(CherishCustomer) next = cherish_customer_new ("After the crash");
        gint64 start = g_get_monotonic_time ();

        g_assert_true (cherish_customer_store_insert (store, next, &error));
        g_assert_no_error (error);
        g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
      }
    }

  g_test_message ("%u trials, %u acknowledged commits, all present", trials, total_acked);
  g_assert_cmpuint (total_acked, >, 0);
  cherish_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/crash/kill-at-random", test_kill_at_random);

  return g_test_run ();
}
