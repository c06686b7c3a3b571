/* test-shared-shop.c — two counters on one shop on a PostgreSQL server
 *
 * Each counter is a connection of its own (a CherishDatabase, as a second
 * Cherish process on another computer has): what one writes, the other
 * hears; racing redemptions never overspend; a reminder is claimed by one
 * of them only. Runs on the throwaway server of build-aux/pg-server.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include "cherish-command.h"
#include "cherish-customer-store.h"
#include "cherish-error.h"
#include "cherish-follow-up-store.h"
#include "cherish-points-store.h"
#include "cherish-reminder-store.h"
#include "cherish-test-server.h"
#include "cherish-test-util.h"

#define NOW "2026-11-24T10:00:00Z"

typedef struct
{
  char            *dir;
  char            *uri;
  CherishClock    *clock;
  CherishDatabase *a;
  CherishDatabase *b;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = cherish_test_make_dir ();
  f->uri = cherish_test_server_database (f->dir, "shared.db");
  f->clock = cherish_test_clock_at (NOW);
  f->a = cherish_database_open (f->uri, &error);
  g_assert_no_error (error);
  f->b = cherish_database_open (f->uri, &error);
  g_assert_no_error (error);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_clear_object (&f->a);
  g_clear_object (&f->b);
  g_clear_object (&f->clock);
  cherish_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->uri);
}

static void
count_change (CherishDatabase *db,
              guint           *heard)
{
  (*heard)++;
}

/* Runs the main loop until *@counter reaches @wanted or @ms pass;
 * returns the time it took, in milliseconds. */
static double
wait_for (guint *counter,
          guint  wanted,
          int    ms)
{
  gint64 start = g_get_monotonic_time ();

  while (*counter < wanted && g_get_monotonic_time () - start < ms * 1000)
    g_main_context_iteration (NULL, FALSE);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* A customer added at one counter: the other's lists hear of it within
 * a second, once; nobody hears their own change twice. */
static void
test_changes_heard (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CherishCustomerStore) at_a = cherish_customer_store_new (f->a, f->clock);
  g_autoptr(CherishCustomerStore) at_b = cherish_customer_store_new (f->b, f->clock);
  guint heard_a = 0, heard_b = 0;
  double took;

  g_signal_connect (f->a, "changed::customers", G_CALLBACK (count_change), &heard_a);
  g_signal_connect (f->b, "changed::customers", G_CALLBACK (count_change), &heard_b);

  cherish_test_add_customer (at_a, "Brenda", NULL);
  g_assert_cmpuint (heard_a, ==, 1);
  took = wait_for (&heard_b, 1, 5000);
  g_test_message ("heard at the other counter after %.1f ms", took);
  g_assert_cmpuint (heard_b, ==, 1);
  g_assert_cmpfloat (took, <, 1000);
  g_assert_cmpint (cherish_customer_store_count (at_b, &(CherishCustomerQuery) { 0 }, NULL), ==, 1);

  cherish_test_add_customer (at_b, "Sara", NULL);
  wait_for (&heard_a, 2, 5000);
  wait_for (&heard_b, 3, 300);   /* a second announcement would come now */
  g_assert_cmpuint (heard_a, ==, 2);
  g_assert_cmpuint (heard_b, ==, 2);
}

typedef struct
{
  CherishDatabase *database;
  GError          *error;
  gboolean         done;
} Opened;

static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Opened *opened = user_data;

  opened->database = cherish_command_open_database_finish (result, &opened->error);
  opened->done = TRUE;
}

/* The window opens a shop on a server in a thread (it may be slow to
 * answer): the database it gets hears the other counter's changes on the
 * window's main loop, and they hear its own. */
static void
test_opened_in_thread (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(CherishCustomerStore) at_a = cherish_customer_store_new (f->a, f->clock);
  g_autoptr(CherishCustomerStore) at_c = NULL;
  Opened opened = { NULL };
  guint heard_a = 0, heard_c = 0;

  cherish_command_open_database_async (f->uri, NULL, on_opened, &opened);
  while (!opened.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (opened.error);
  g_assert_nonnull (opened.database);

  g_signal_connect (opened.database, "changed::customers", G_CALLBACK (count_change), &heard_c);
  g_signal_connect (f->a, "changed::customers", G_CALLBACK (count_change), &heard_a);
  cherish_test_add_customer (at_a, "Brenda", NULL);
  g_assert_cmpfloat (wait_for (&heard_c, 1, 5000), <, 1000);
  g_assert_cmpuint (heard_c, ==, 1);

  at_c = cherish_customer_store_new (opened.database, f->clock);
  cherish_test_add_customer (at_c, "Sara", NULL);
  g_assert_cmpfloat (wait_for (&heard_a, 2, 5000), <, 1000);
  g_assert_cmpuint (heard_a, ==, 2);
  g_clear_object (&at_c);
  g_clear_object (&opened.database);

  /* And a server that is not there: said, with nothing opened. */
  opened = (Opened) { NULL };
  cherish_command_open_database_async ("postgresql://cherish@127.0.0.1:1/nowhere", NULL, on_opened, &opened);
  while (!opened.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (opened.database);
  g_assert_error (opened.error, CHERISH_ERROR, CHERISH_ERROR_IO);
  g_clear_error (&opened.error);
}

/* A counter working on a connection of its own, in a thread: @prepare
 * gets it ready, then the two counters @act at the same moment. */
typedef void (*CounterFunc) (CherishDatabase *db,
                             gpointer         data);

typedef struct
{
  const char  *uri;
  CounterFunc  prepare;
  CounterFunc  act;
  gpointer     data;
  gint        *ready;
} Counter;

static gpointer
run_counter (gpointer user_data)
{
  Counter *counter = user_data;
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(CherishDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  g_main_context_push_thread_default (context);
  db = cherish_database_open (counter->uri, &error);
  g_assert_no_error (error);
  if (counter->prepare != NULL)
    counter->prepare (db, counter->data);
  g_atomic_int_inc (counter->ready);
  while (g_atomic_int_get (counter->ready) < 2)
    g_thread_yield ();
  counter->act (db, counter->data);
  g_clear_object (&db);
  g_main_context_pop_thread_default (context);
  return NULL;
}

/* Two counters on @uri: each prepares, then both act at once. */
static void
at_two_counters (const char  *uri,
                 CounterFunc  prepare,
                 CounterFunc  act,
                 gpointer     one,
                 gpointer     two)
{
  gint ready = 0;
  Counter first = { uri, prepare, act, one, &ready };
  Counter second = { uri, prepare, act, two, &ready };
  GThread *threads[2];

  threads[0] = g_thread_new ("counter-1", run_counter, &first);
  threads[1] = g_thread_new ("counter-2", run_counter, &second);
  g_thread_join (threads[0]);
  g_thread_join (threads[1]);
}

typedef struct
{
  CherishClock *clock;
  gint64        customer;
  gint64        reward;
  gint64        spent;
  GError       *error;
} Redemption;

static void
redeem (CherishDatabase *db,
        gpointer         data)
{
  Redemption *r = data;
  g_autoptr(CherishPointsStore) points = cherish_points_store_new (db, r->clock);

  r->spent = cherish_points_store_redeem (points, r->customer, r->reward, &r->error);
}

/* Brenda has 100 points and the scarf (or a coffee, of which there is no
 * end) costs 80: pressed at two counters at once, one redemption goes
 * through, the other is refused; round after round, the balance and the
 * stock stay right. */
static void
test_redeem_race (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CherishCustomerStore) customers = cherish_customer_store_new (f->a, f->clock);
  g_autoptr(CherishPointsStore) points = cherish_points_store_new (f->a, f->clock);
  g_autoptr(GError) error = NULL;
  gint64 brenda = cherish_test_add_customer (customers, "Brenda", NULL);
  gint64 scarf = cherish_points_store_add_reward (points, "Silk scarf", 80, 20, &error);
  gint64 coffee = cherish_points_store_add_reward (points, "Coffee", 80, -1, &error);
  const guint rounds = 20;

  g_assert_no_error (error);
  cherish_points_store_earn (points, brenda, 20, 0, 0, &error);
  g_assert_no_error (error);
  for (guint round = 0; round < rounds; round++)
    {
      Redemption one = { f->clock, brenda, round % 2 ? coffee : scarf, 0, NULL };
      Redemption two = one;
      GError *refused;

      cherish_points_store_earn (points, brenda, 80, 0, 0, &error);   /* 100 again */
      g_assert_no_error (error);
      at_two_counters (f->uri, NULL, redeem, &one, &two);   /* both press Redeem at once */

      g_assert_true ((one.spent > 0) != (two.spent > 0));
      refused = one.spent > 0 ? two.error : one.error;   /* the other one's */
      g_assert_error (refused, CHERISH_ERROR, CHERISH_ERROR_CONFLICT);
      g_clear_error (&one.error);
      g_clear_error (&two.error);
      g_assert_cmpint (cherish_points_store_get_balance (points, brenda, NULL), ==, 20);
    }
  g_assert_cmpint (cherish_points_store_get_stock (points, scarf, NULL), ==, 20 - rounds / 2);
  g_assert_cmpint (cherish_points_store_verify (points, NULL), ==, 0);
}

typedef struct
{
  Fixture *f;
  double   waited_ms;
  GError  *refused;
} Busy;

/* Inside counter A's write (an import, say): counter B saves. */
static gboolean
save_at_b_meanwhile (gpointer   user_data,
                     GError   **error)
{
  Busy *busy = user_data;
  g_autoptr(CherishCustomerStore) at_a = cherish_customer_store_new (busy->f->a, busy->f->clock);
  g_autoptr(CherishCustomerStore) at_b = cherish_customer_store_new (busy->f->b, busy->f->clock);
  g_autoptr(CherishCustomer) sara = cherish_customer_new ("Sara");
  gint64 start;

  cherish_test_add_customer (at_a, "Brenda", NULL);
  start = g_get_monotonic_time ();
  g_assert_false (cherish_customer_store_insert (at_b, sara, &busy->refused));
  busy->waited_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_cmpint (cherish_customer_get_id (sara), ==, 0);
  return TRUE;
}

/* A counter saving while another holds the shop for longer than a file
 * would wait is told so, as on a file, and nothing of its save is kept;
 * the other's write goes in, and the same save works a moment later. */
static void
test_busy (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CherishCustomerStore) at_b = cherish_customer_store_new (f->b, f->clock);
  g_autoptr(GError) error = NULL;
  Busy busy = { f, 0, NULL };

  g_assert_true (cherish_database_transaction (f->a, save_at_b_meanwhile, &busy, &error));
  g_assert_no_error (error);
  g_test_message ("refused after %.0f ms: %s", busy.waited_ms, busy.refused->message);
  g_assert_error (busy.refused, CHERISH_ERROR, CHERISH_ERROR_LOCKED);
  g_assert_nonnull (strstr (busy.refused->message, "Another counter"));
  g_assert_cmpfloat (busy.waited_ms, >=, 4500);
  g_assert_cmpfloat (busy.waited_ms, <, 9000);
  g_clear_error (&busy.refused);
  g_assert_cmpint (cherish_customer_store_count (at_b, &(CherishCustomerQuery) { 0 }, NULL), ==, 1);
  cherish_test_add_customer (at_b, "Sara", NULL);
  g_assert_cmpint (cherish_customer_store_count (at_b, &(CherishCustomerQuery) { 0 }, NULL), ==, 2);
}

typedef struct
{
  CherishClock         *clock;
  CherishReminderStore *reminders;
  GPtrArray            *due;
  GPtrArray            *claimed;
} Claim;

/* What is due, read at the counter. */
static void
find_due (CherishDatabase *db,
          gpointer         data)
{
  Claim *c = data;
  g_autoptr(CherishFollowUpStore) follow_ups = cherish_follow_up_store_new (db, c->clock);
  g_autoptr(GDateTime) now = cherish_clock_get_now (c->clock);
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GError) error = NULL;

  open = cherish_follow_up_store_list_due (follow_ups, "2026-11-24", &error);
  g_assert_no_error (error);
  c->due = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < open->len; i++)
    g_ptr_array_add (c->due, cherish_reminder_new_for_follow_up (open->pdata[i], now));
  c->reminders = cherish_reminder_store_new (db, c->clock);
}

static void
claim (CherishDatabase *db,
       gpointer         data)
{
  Claim *c = data;
  g_autoptr(GError) error = NULL;

  c->claimed = cherish_reminder_store_claim (c->reminders, c->due, 0, TRUE, FALSE, &error);
  g_assert_no_error (error);
  g_clear_object (&c->reminders);
  g_clear_pointer (&c->due, g_ptr_array_unref);
}

/* Thirty follow-ups due, two counters checking at the same moment: each
 * reminder is claimed (so shown) by one of them only. */
static void
test_claimed_once (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CherishCustomerStore) customers = cherish_customer_store_new (f->a, f->clock);
  g_autoptr(CherishFollowUpStore) follow_ups = cherish_follow_up_store_new (f->a, f->clock);
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  Claim one = { f->clock, NULL, NULL, NULL };
  Claim two = one;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *name = g_strdup_printf ("Customer %u", i);
      gint64 id = cherish_test_add_customer (customers, name, NULL);
      g_autoptr(CherishFollowUp) follow_up = cherish_follow_up_new (id, "2026-11-24", "Call back");

      g_assert_true (cherish_follow_up_store_add (follow_ups, follow_up, &error));
      g_assert_no_error (error);
    }

  at_two_counters (f->uri, find_due, claim, &one, &two);

  g_test_message ("claimed: %u at one counter, %u at the other", one.claimed->len, two.claimed->len);
  g_assert_cmpuint (one.claimed->len + two.claimed->len, ==, 30);
  for (guint i = 0; i < one.claimed->len; i++)
    g_hash_table_add (keys, (gpointer) cherish_reminder_get_key (one.claimed->pdata[i]));
  for (guint i = 0; i < two.claimed->len; i++)
    g_assert_true (g_hash_table_add (keys, (gpointer) cherish_reminder_get_key (two.claimed->pdata[i])));
  g_assert_cmpuint (g_hash_table_size (keys), ==, 30);
  g_ptr_array_unref (one.claimed);
  g_ptr_array_unref (two.claimed);
}

/* The README's set-up: the shop belongs to a role of its own, each
 * counter logs in as itself. Whichever counter connects first makes the
 * tables, owned by the shop's role: the second counter works with them. */
static void
test_roles (void)
{
  g_autofree char *name = g_strdup_printf ("roles_%d", getpid ());
  g_autofree char *create = g_strdup_printf ("CREATE DATABASE %s OWNER shop_owner", name);
  g_autofree char *drop = g_strdup_printf ("DROP DATABASE %s WITH (FORCE)", name);
  g_autofree char *as_one = cherish_test_server_uri_as ("counter_one", name);
  g_autofree char *as_two = cherish_test_server_uri_as ("counter_two", name);
  g_autoptr(CherishClock) clock = cherish_test_clock_at (NOW);
  g_autoptr(CherishDatabase) one = NULL;
  g_autoptr(CherishDatabase) two = NULL;
  g_autoptr(CherishCustomerStore) at_one = NULL;
  g_autoptr(CherishCustomerStore) at_two = NULL;
  g_autoptr(GPtrArray) owners = NULL;
  g_autoptr(GError) error = NULL;

  cherish_test_server_admin ("CREATE ROLE shop_owner NOLOGIN;"
                             "CREATE ROLE counter_one LOGIN IN ROLE shop_owner;"
                             "CREATE ROLE counter_two LOGIN IN ROLE shop_owner");
  cherish_test_server_admin (create);

  one = cherish_database_open (as_one, &error);
  g_assert_no_error (error);
  at_one = cherish_customer_store_new (one, clock);
  cherish_test_add_customer (at_one, "Brenda", NULL);

  two = cherish_database_open (as_two, &error);
  g_assert_no_error (error);
  at_two = cherish_customer_store_new (two, clock);
  cherish_test_add_customer (at_two, "Sara", NULL);
  g_assert_cmpint (cherish_customer_store_count (at_one, &(CherishCustomerQuery) { 0 }, NULL), ==, 2);

  owners = cherish_test_server_rows (as_one, "SELECT DISTINCT tableowner FROM pg_tables "
                                             "WHERE schemaname = current_schema ()");
  g_assert_cmpuint (owners->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) owners->pdata[1], 0), ==, "shop_owner");

  g_clear_object (&at_one);
  g_clear_object (&at_two);
  g_clear_object (&one);
  g_clear_object (&two);
  cherish_test_server_admin (drop);
  cherish_test_server_admin ("DROP ROLE counter_one; DROP ROLE counter_two; DROP ROLE shop_owner");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!cherish_test_on_server ())
    g_error ("test-shared-shop needs CHERISH_TEST_BACKEND=postgresql (meson test --suite postgresql)");
  g_test_add ("/shared-shop/changes-heard", Fixture, NULL, setup, test_changes_heard, teardown);
  g_test_add ("/shared-shop/opened-in-thread", Fixture, NULL, setup, test_opened_in_thread, teardown);
  g_test_add ("/shared-shop/redeem-race", Fixture, NULL, setup, test_redeem_race, teardown);
  g_test_add ("/shared-shop/claimed-once", Fixture, NULL, setup, test_claimed_once, teardown);
  g_test_add ("/shared-shop/busy", Fixture, NULL, setup, test_busy, teardown);
  g_test_add_func ("/shared-shop/roles", test_roles);
  return g_test_run ();
}
