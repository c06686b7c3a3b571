/* test-erase.c — erasing a customer leaves no trace: every table searched
 * for their id, name, phone and e-mail, and the photos folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>

#include "cherish-celebration-store.h"
#include "cherish-customer-own-data.h"
#include "cherish-error.h"
#include "cherish-event-store.h"
#include "cherish-follow-up-store.h"
#include "cherish-guest-store.h"
#include "cherish-life-event-store.h"
#include "cherish-points-store.h"
#include "cherish-reminder.h"
#include "cherish-reminder-store.h"
#include "cherish-reminders.h"
#include "cherish-database-private.h"
#include "cherish-test-server.h"
#include "cherish-test-util.h"
#include "cherish-visit-store.h"

static gboolean
contains (const char *haystack,
          gsize       length,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (haystack + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static const char *traces[] = { "zahra", "Zahra", "765 4321", "7654321", "tavakoli" };

/* Every row of every table that still names the customer, one per line. */
/* The same on a server: every table of the shop's database, each value
 * as text. */
static char *
find_traces_on_server (const char *uri,
                       gint64      id)
{
  g_autoptr(GString) found = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = cherish_test_server_rows (uri, "SELECT tablename FROM pg_tables "
                                                               "WHERE schemaname = current_schema ()");

  g_assert_cmpuint (tables->len, >, 20);
  for (guint t = 1; t < tables->len; t++)
    {
      const char *table = g_ptr_array_index ((GPtrArray *) tables->pdata[t], 0);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", table);
      g_autoptr(GPtrArray) rows = cherish_test_server_rows (uri, sql);
      GPtrArray *columns = rows->pdata[0];

      for (guint r = 1; r < rows->len; r++)
        for (guint c = 0; c < columns->len; c++)
          {
            const char *column = columns->pdata[c];
            const char *value = g_ptr_array_index ((GPtrArray *) rows->pdata[r], c);

            if (g_str_equal (column, "customer_id") && value != NULL &&
                g_ascii_strtoll (value, NULL, 10) == id)
              g_string_append_printf (found, "%s.customer_id = %d\n", table, (int) id);
            if (g_str_equal (column, "key") && value != NULL && cherish_reminder_key_customer_id (value) == id)
              g_string_append_printf (found, "%s.key = %s\n", table, value);
            for (guint k = 0; value != NULL && k < G_N_ELEMENTS (traces); k++)
              if (contains (value, strlen (value), traces[k]))
                g_string_append_printf (found, "%s.%s has “%s”\n", table, column, traces[k]);
          }
    }
  return g_string_free (g_steal_pointer (&found), FALSE);
}

static char *
find_traces (const char *path,
             gint64      id)
{
  g_autoptr(GString) found = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  if (cherish_test_on_server ())
    return find_traces_on_server (path, id);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table'", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (tables->len, >, 20);

  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", (char *) tables->pdata[t]);

      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
        continue;   /* a virtual table's own shadow, read through it */
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          {
            const char *column = sqlite3_column_name (stmt, c);
            int bytes = sqlite3_column_bytes (stmt, c);
            const char *value = sqlite3_column_blob (stmt, c);

            if (g_str_equal (column, "customer_id") && sqlite3_column_type (stmt, c) == SQLITE_INTEGER &&
                sqlite3_column_int64 (stmt, c) == id)
              g_string_append_printf (found, "%s.customer_id = %d\n", (char *) tables->pdata[t], (int) id);
            if (g_str_equal (column, "key") && sqlite3_column_type (stmt, c) == SQLITE_TEXT &&
                cherish_reminder_key_customer_id ((const char *) sqlite3_column_text (stmt, c)) == id)
              g_string_append_printf (found, "%s.key = %s\n", (char *) tables->pdata[t],
                                      (const char *) sqlite3_column_text (stmt, c));
            for (guint k = 0; value != NULL && k < G_N_ELEMENTS (traces); k++)
              if (contains (value, bytes, traces[k]))
                g_string_append_printf (found, "%s.%s has “%s”\n", (char *) tables->pdata[t], column, traces[k]);
          }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (g_steal_pointer (&found), FALSE);
}

static void
test_erase_leaves_no_trace (void)
{
  CherishTestShop shop;
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(CherishVisitStore) visits = NULL;
  g_autoptr(CherishLifeEventStore) life = NULL;
  g_autoptr(CherishCelebrationStore) celebrations = NULL;
  g_autoptr(CherishFollowUpStore) follow_ups = NULL;
  g_autoptr(CherishEventStore) events = NULL;
  g_autoptr(CherishGuestStore) guests = NULL;
  g_autoptr(CherishPointsStore) points = NULL;
  g_autoptr(CherishReminderStore) reminders = NULL;
  g_autoptr(CherishReminders) check = NULL;
  g_autofree char *her_key = NULL;
  g_autoptr(CherishOccasion) birthday = NULL;
  g_autoptr(CherishCelebration) plan = NULL;
  g_autoptr(CherishEvent) evening = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *picture = NULL;
  g_autofree char *photos = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GDir) dir = NULL;
  CherishCustomerData counts;
  gint64 zahra, other, reward;

  cherish_test_shop_open (&shop, "2026-11-24T10:00:00+03:30", "erase.db");
  customers = cherish_customer_store_new (shop.db, shop.clock);
  visits = cherish_visit_store_new (shop.db, shop.clock);
  life = cherish_life_event_store_new (shop.db, shop.clock);
  celebrations = cherish_celebration_store_new (shop.db, shop.clock);
  follow_ups = cherish_follow_up_store_new (shop.db, shop.clock);
  events = cherish_event_store_new (shop.db, shop.clock);
  guests = cherish_guest_store_new (shop.db, shop.clock);
  points = cherish_points_store_new (shop.db, shop.clock);
  reminders = cherish_reminder_store_new (shop.db, shop.clock);

  zahra = cherish_test_add_customer (customers, "Zahra Tavakoli", "phone", "0912 765 4321",
                                     "email", "zahra@example.org", "birthday", "1985-11-27",
                                     "likes", "jasmine", "notes", "Zahra prefers Fridays", "photo-consent", TRUE,
                                     NULL);
  other = cherish_test_add_customer (customers, "Other Customer", NULL);
  for (int i = 0; i < 2; i++)
    {
      g_autoptr(CherishVisit) visit = cherish_visit_new (zahra, CHERISH_VISIT_KIND_VISIT, "2026-11-20T10:00:00Z");

      g_object_set (visit, "note", "Zahra's order", NULL);
      g_assert_true (cherish_visit_store_insert (visits, visit, &error));
    }
  {
    g_autoptr(CherishLifeEvent) move = cherish_life_event_new (zahra, CHERISH_LIFE_EVENT_KIND_MOVE, "2026-12-10");
    g_autoptr(CherishFollowUp) call = cherish_follow_up_new (zahra, "2026-11-30", "Ask Zahra about the move");

    g_object_set (move, "title", "Zahra moves to Shiraz", NULL);
    g_assert_true (cherish_life_event_store_insert (life, move, &error));
    g_assert_true (cherish_follow_up_store_add (follow_ups, call, &error));
  }
  birthday = cherish_occasion_new (CHERISH_OCCASION_BIRTHDAY, zahra, "Zahra Tavakoli", "2026-11-27", 41, NULL, 0);
  plan = cherish_celebration_store_plan (celebrations, birthday, &error);
  g_assert_no_error (error);
  picture = g_build_filename (shop.dir, "zahra.png", NULL);
  g_assert_true (g_file_set_contents (picture, "\x89PNG\r\n\x1a\n picture of Zahra", -1, NULL));
  source = g_file_new_for_path (picture);
  g_assert_true (cherish_celebration_store_set_photo (celebrations, plan, source, &error));
  g_assert_no_error (error);
  evening = cherish_event_new ("Evening", "2026-11-25T18:00:00+03:30", "2026-11-25T20:00:00+03:30");
  g_assert_true (cherish_event_store_insert (events, evening, &error));
  g_assert_cmpint (cherish_guest_store_invite (guests, cherish_event_get_id (evening), zahra, &error), >, 0);
  cherish_points_store_earn (points, zahra, 100, 0, 0, &error);
  reward = cherish_points_store_add_reward (points, "Coffee", 50, -1, &error);
  g_assert_cmpint (cherish_points_store_redeem (points, zahra, reward, &error), >, 0);
  g_assert_true (cherish_reminder_store_set_lead (reminders, zahra, 3, &error));
  g_assert_no_error (error);
  /* Her birthday's reminder delivered: the sent-log names her. */
  check = cherish_reminders_new (shop.db, shop.clock);
  {
    g_autoptr(GPtrArray) claimed = NULL;
    CherishReminderSettings settings;
    guint hers = 0;

    cherish_reminder_settings_init_default (&settings);
    settings.quiet_from = settings.quiet_until = 0;
    claimed = cherish_reminders_check (check, &settings, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < claimed->len; i++)
      if (cherish_reminder_get_customer_id (claimed->pdata[i]) == zahra)
        {
          /* Dealt with three days ahead: the reminder on the day, never
           * delivered, is recorded done too. */
          g_assert_true (cherish_reminders_done (check, cherish_reminder_get_key (claimed->pdata[i]), &error));
          g_assert_no_error (error);
          her_key = g_strdup (cherish_reminder_get_key (claimed->pdata[i]));
          hers++;
        }
    g_assert_cmpuint (hers, ==, 1);
  }

  /* What erasing will take, said first. */
  g_assert_true (cherish_customer_store_count_data (customers, zahra, &counts, &error));
  g_assert_cmpint (counts.visits, ==, 2);
  g_assert_cmpint (counts.life_events, ==, 1);
  g_assert_cmpint (counts.celebrations, ==, 1);
  g_assert_cmpint (counts.photos, ==, 1);
  g_assert_cmpint (counts.follow_ups, ==, 1);
  g_assert_cmpint (counts.invitations, ==, 1);
  g_assert_cmpint (counts.ledger_rows, ==, 2);
  before = find_traces (cherish_database_get_path (shop.db), zahra);
  g_assert_cmpstr (before, !=, "");   /* the search does find her */

  g_assert_true (cherish_customer_store_erase (customers, zahra, &error));
  g_assert_no_error (error);
  after = find_traces (cherish_database_get_path (shop.db), zahra);
  g_assert_cmpstr (after, ==, "");
  /* Her notification, still on the screen, acted on now: nothing of hers
   * comes back. */
  g_assert_true (cherish_reminders_snooze (check, her_key, &error));
  g_assert_true (cherish_reminders_done (check, her_key, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  after = find_traces (cherish_database_get_path (shop.db), zahra);
  g_assert_cmpstr (after, ==, "");
  photos = g_build_filename (shop.dir, "photos", NULL);
  dir = g_dir_open (photos, 0, NULL);
  g_assert_null (dir != NULL ? g_dir_read_name (dir) : NULL);
  {
    g_autoptr(CherishCustomer) still = cherish_customer_store_get (customers, other, NULL);

    g_assert_nonnull (still);
  }

  g_clear_object (&check);
  g_clear_object (&reminders);
  g_clear_object (&points);
  g_clear_object (&guests);
  g_clear_object (&events);
  g_clear_object (&follow_ups);
  g_clear_object (&celebrations);
  g_clear_object (&life);
  g_clear_object (&visits);
  g_clear_object (&customers);
  cherish_test_shop_close (&shop);
}

/* What the shop keeps about someone, for them: JSON read back with
 * json-glib, and text to read. */
static void
test_own_data (void)
{
  CherishTestShop shop;
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(CherishVisitStore) visits = NULL;
  g_autoptr(CherishPointsStore) points = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  JsonObject *root, *customer;
  gint64 sara;

  cherish_test_shop_open (&shop, "2026-11-24T10:00:00+03:30", "own.db");
  customers = cherish_customer_store_new (shop.db, shop.clock);
  visits = cherish_visit_store_new (shop.db, shop.clock);
  points = cherish_points_store_new (shop.db, shop.clock);
  sara = cherish_test_add_customer (customers, "سارا \"Sunny\" احمدی", "phone", "0912 111 2233",
                                    "likes", "roses\ngreen tea", NULL);
  cherish_test_add_customer (customers, "Someone else", NULL);
  for (int i = 0; i < 2; i++)
    {
      g_autoptr(CherishVisit) visit = cherish_visit_new (sara, CHERISH_VISIT_KIND_PURCHASE, "2026-11-20T10:00:00Z");

      cherish_visit_set_amount (visit, 250000, "IRR");
      g_assert_true (cherish_visit_store_insert (visits, visit, NULL));
    }
  cherish_points_store_earn (points, sara, 30, 0, 0, NULL);

  json = cherish_customer_own_data_json (shop.db, shop.clock, sara, &error);
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "cherish-customer-data-1");
  customer = json_object_get_object_member (root, "customer");
  g_assert_cmpstr (json_object_get_string_member (customer, "display-name"), ==, "سارا \"Sunny\" احمدی");
  g_assert_cmpstr (json_object_get_string_member (customer, "likes"), ==, "roses\ngreen tea");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "visits")), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (
                     json_object_get_array_member (root, "visits"), 0), "amount"), ==, 250000);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "points")), ==, 1);
  g_assert_cmpint (json_object_get_int_member (root, "points_balance"), ==, 30);
  g_assert_true (json_object_get_null_member (root, "tier"));
  g_assert_null (strstr (json, "Someone else"));

  text = cherish_customer_own_data_text (shop.db, shop.clock, sara, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "Everything the shop keeps about سارا"));
  g_assert_nonnull (strstr (text, "Visits and purchases (2)"));
  g_assert_nonnull (strstr (text, "  phone: 0912 111 2233"));
  g_assert_nonnull (strstr (text, "Points now: 30"));

  g_clear_object (&points);
  g_clear_object (&visits);
  g_clear_object (&customers);
  cherish_test_shop_close (&shop);
}

static gint64
count_rows (CherishDatabase *db,
            const char      *sql,
            gint64           id)
{
  sqlite3 *raw = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  if (cherish_test_on_server ())
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
      g_auto(GStrv) parts = g_strsplit (sql, "?1", -1);
      g_autofree char *text = g_strjoinv (number, parts);
      g_autoptr(GPtrArray) rows = cherish_test_server_rows (cherish_database_get_path (db), text);

      return rows->len > 1 ? g_ascii_strtoll (g_ptr_array_index ((GPtrArray *) rows->pdata[1], 0), NULL, 10)
                           : -1;
    }

  g_assert_cmpint (sqlite3_open_v2 (cherish_database_get_path (db), &raw, SQLITE_OPEN_READONLY, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (raw);
  return n;
}

/* One person entered twice: everything moves to the one kept (the ledger
 * rows too), clashes stay with the first; undo puts it all back. */
static void
test_merge (void)
{
  CherishTestShop shop;
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(CherishVisitStore) visits = NULL;
  g_autoptr(CherishPointsStore) points = NULL;
  g_autoptr(CherishEventStore) events = NULL;
  g_autoptr(CherishGuestStore) guests = NULL;
  g_autoptr(CherishEvent) evening = NULL;
  g_autoptr(CherishMerge) merge = NULL;
  g_autoptr(CherishCustomer) kept = NULL;
  g_autoptr(GError) error = NULL;
  gint64 sara, again, event;

  cherish_test_shop_open (&shop, "2026-11-24T10:00:00+03:30", "merge.db");
  customers = cherish_customer_store_new (shop.db, shop.clock);
  visits = cherish_visit_store_new (shop.db, shop.clock);
  points = cherish_points_store_new (shop.db, shop.clock);
  events = cherish_event_store_new (shop.db, shop.clock);
  guests = cherish_guest_store_new (shop.db, shop.clock);
  sara = cherish_test_add_customer (customers, "Sara Ahmadi", "phone", "0912 111 2233", "likes", "roses", NULL);
  again = cherish_test_add_customer (customers, "Sara A.", "email", "sara@example.com", "likes", "tea",
                                     "notes", "Entered twice", NULL);
  for (int i = 0; i < 3; i++)
    {
      g_autoptr(CherishVisit) visit = cherish_visit_new (i < 1 ? sara : again, CHERISH_VISIT_KIND_VISIT,
                                                         i == 2 ? "2026-11-22T10:00:00Z" : "2026-11-20T10:00:00Z");

      g_assert_true (cherish_visit_store_insert (visits, visit, NULL));
    }
  cherish_points_store_earn (points, sara, 10, 0, 0, NULL);
  cherish_points_store_earn (points, again, 25, 0, 0, NULL);
  evening = cherish_event_new ("Evening", "2026-11-25T18:00:00+03:30", "2026-11-25T20:00:00+03:30");
  g_assert_true (cherish_event_store_insert (events, evening, NULL));
  event = cherish_event_get_id (evening);
  cherish_guest_store_invite (guests, event, sara, NULL);
  cherish_guest_store_invite (guests, event, again, NULL);   /* a clash: Sara's stays */

  g_assert_null (cherish_customer_store_merge (customers, sara, sara, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
  g_clear_error (&error);

  merge = cherish_customer_store_merge (customers, sara, again, &error);
  g_assert_no_error (error);
  kept = cherish_customer_store_get (customers, sara, NULL);
  g_assert_cmpstr (cherish_customer_get_email (kept), ==, "sara@example.com");
  g_assert_cmpstr (cherish_customer_get_likes (kept), ==, "roses\ntea");
  g_assert_cmpstr (cherish_customer_get_notes (kept), ==, "Entered twice");
  g_assert_cmpuint (cherish_customer_get_visit_count (kept), ==, 3);
  g_assert_cmpstr (cherish_customer_get_last_visit_at (kept), ==, "2026-11-22T10:00:00Z");
  g_assert_cmpint (cherish_points_store_get_balance (points, sara, NULL), ==, 35);
  g_assert_cmpint (cherish_points_store_verify (points, NULL), ==, 0);
  g_assert_cmpint (count_rows (shop.db, "SELECT count (*) FROM points_ledger WHERE customer_id = ?1", sara), ==, 2);
  g_assert_cmpint (count_rows (shop.db, "SELECT count (*) FROM invitations WHERE customer_id = ?1", sara), ==, 1);
  g_clear_object (&kept);
  kept = cherish_customer_store_get (customers, again, NULL);
  g_assert_nonnull (cherish_customer_get_deleted_at (kept));   /* deleted, as Delete does */
  g_clear_object (&kept);

  /* The ledger still refuses any other change. */
  g_assert_cmpint (count_rows (shop.db, "SELECT count (*) FROM points_ledger WHERE customer_id = ?1", again), ==, 0);
  /* (Through the shop's own connection: the engine's triggers refuse it.) */
  g_assert_false (cherish_database_exec (shop.db, "UPDATE points_ledger SET points = 999", &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (cherish_database_exec (shop.db, "UPDATE points_ledger SET customer_id = customer_id, at = 'x'",
                                         &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT);
  g_clear_error (&error);

  g_assert_true (cherish_customer_store_unmerge (customers, merge, &error));
  g_assert_no_error (error);
  kept = cherish_customer_store_get (customers, sara, NULL);
  g_assert_null (cherish_customer_get_email (kept));
  g_assert_cmpstr (cherish_customer_get_likes (kept), ==, "roses");
  g_assert_cmpuint (cherish_customer_get_visit_count (kept), ==, 1);
  g_assert_cmpint (cherish_points_store_get_balance (points, sara, NULL), ==, 10);
  g_assert_cmpint (cherish_points_store_get_balance (points, again, NULL), ==, 25);
  g_assert_cmpint (cherish_points_store_verify (points, NULL), ==, 0);
  g_clear_object (&kept);
  kept = cherish_customer_store_get (customers, again, NULL);
  g_assert_nonnull (kept);
  g_assert_cmpuint (cherish_customer_get_visit_count (kept), ==, 2);

  g_clear_object (&kept);
  g_clear_object (&guests);
  g_clear_object (&events);
  g_clear_object (&points);
  g_clear_object (&visits);
  g_clear_object (&customers);
  cherish_test_shop_close (&shop);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/erase/leaves-no-trace", test_erase_leaves_no_trace);
  g_test_add_func ("/own-data/json-and-text", test_own_data);
  g_test_add_func ("/merge/and-undo", test_merge);
  return g_test_run ();
}
