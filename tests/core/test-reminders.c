/* test-reminders.c — what is due when, delivered once, snoozed, done, caught up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cherish-celebration-store.h"
#include "cherish-customer-store.h"
#include "cherish-date.h"
#include "cherish-error.h"
#include "cherish-event-store.h"
#include "cherish-follow-up-store.h"
#include "cherish-reminder-store.h"
#include "cherish-reminders.h"
#include "cherish-test-util.h"

typedef struct
{
  CherishTestShop          shop;
  CherishCustomerStore    *customers;
  CherishFollowUpStore    *follow_ups;
  CherishReminderStore    *leads;
  CherishReminders        *reminders;
  CherishReminderSettings  settings;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  /* A minute to midnight in Tehran, on 15 June. */
  cherish_test_shop_open (&f->shop, "2025-06-15T23:59:00+03:30", "reminders.db");
  f->customers = cherish_customer_store_new (f->shop.db, f->shop.clock);
  f->follow_ups = cherish_follow_up_store_new (f->shop.db, f->shop.clock);
  f->leads = cherish_reminder_store_new (f->shop.db, f->shop.clock);
  f->reminders = cherish_reminders_new (f->shop.db, f->shop.clock);
  cherish_reminder_settings_init_default (&f->settings);
  f->settings.quiet_from = f->settings.quiet_until = 0;   /* the quiet-hours test sets them */
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->reminders);
  g_clear_object (&f->leads);
  g_clear_object (&f->follow_ups);
  g_clear_object (&f->customers);
  cherish_test_shop_close (&f->shop);
}

static void
set_now (Fixture    *f,
         const char *iso8601)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (iso8601, NULL);

  g_assert_nonnull (now);
  cherish_clock_set_now (f->shop.clock, now);
}

/* The keys of @list, "; "-separated, without the "occasion:" prefix. */
static char *
keys_of (GPtrArray *list)
{
  GString *keys = g_string_new (NULL);

  g_assert_nonnull (list);
  for (guint i = 0; i < list->len; i++)
    {
      const char *key = cherish_reminder_get_key (list->pdata[i]);

      if (g_str_has_prefix (key, "occasion:"))
        key += strlen ("occasion:");
      g_string_append_printf (keys, "%s%s", i > 0 ? "; " : "", key);
    }
  return g_string_free (keys, FALSE);
}

static char *
due (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = cherish_reminders_list_due (f->reminders, &f->settings, &error);

  g_assert_no_error (error);
  return keys_of (list);
}

static char *
check_with (CherishReminders              *reminders,
            const CherishReminderSettings *settings)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = cherish_reminders_check (reminders, settings, &error);

  g_assert_no_error (error);
  return keys_of (list);
}

static char *
check (Fixture *f)
{
  return check_with (f->reminders, &f->settings);
}

#define assert_keys(expr, expected) \
  G_STMT_START { g_autofree char *_keys = (expr); g_assert_cmpstr (_keys, ==, expected); } G_STMT_END

static gint64
add_follow_up (Fixture    *f,
               gint64      customer,
               const char *day,
               const char *about)
{
  g_autoptr(CherishFollowUp) follow_up = cherish_follow_up_new (customer, day, about);
  g_autoptr(GError) error = NULL;

  g_assert_true (cherish_follow_up_store_add (f->follow_ups, follow_up, &error));
  g_assert_no_error (error);
  return cherish_follow_up_get_id (follow_up);
}

/* A week ahead falls due at midnight of the shop's day, not a minute before. */
static void
test_midnight (Fixture       *f,
               gconstpointer  data)
{
  gint64 sara = cherish_test_add_customer (f->customers, "Sara", "birthday", "--06-23", NULL);
  g_autofree char *ahead = g_strdup_printf ("birthday:%" G_GINT64_FORMAT ":2025-06-23:0:ahead", sara);
  g_autofree char *day = g_strdup_printf ("birthday:%" G_GINT64_FORMAT ":2025-06-23:0:day", sara);

  assert_keys (due (f), "");
  assert_keys (check (f), "");

  set_now (f, "2025-06-16T00:00:00+03:30");
  assert_keys (due (f), ahead);
  assert_keys (check (f), ahead);
  assert_keys (check (f), "");
  assert_keys (due (f), ahead);   /* still due, but delivered */

  /* 23:59:59 the day before, then midnight of the day (20:30 UTC on the 22nd). */
  set_now (f, "2025-06-22T23:59:59+03:30");
  assert_keys (check (f), "");
  set_now (f, "2025-06-23T00:00:00+03:30");
  assert_keys (due (f), day);
  assert_keys (check (f), day);
  assert_keys (check (f), "");
}

/* Lead times per kind of occasion, and a customer's own. */
static void
test_lead_times (Fixture       *f,
                 gconstpointer  data)
{
  gint64 sara = cherish_test_add_customer (f->customers, "Sara", "birthday", "1990-06-20", NULL);
  gint64 ali = cherish_test_add_customer (f->customers, "Ali", "customer-since", "2020-06-19", NULL);
  g_autofree char *sara_ahead = g_strdup_printf ("birthday:%" G_GINT64_FORMAT ":2025-06-20:0:ahead", sara);
  g_autofree char *ali_ahead = g_strdup_printf ("tenure:%" G_GINT64_FORMAT ":2025-06-19:0:ahead", ali);
  g_autofree char *both = g_strdup_printf ("%s; %s", ali_ahead, sara_ahead);
  g_autoptr(GError) error = NULL;

  set_now (f, "2025-06-16T09:00:00+03:30");
  assert_keys (due (f), both);

  f->settings.lead_days[CHERISH_OCCASION_TENURE] = 2;
  assert_keys (due (f), sara_ahead);

  /* Sara wants only three days' notice; Ali four, above the shop's two. */
  g_assert_true (cherish_reminder_store_set_lead (f->leads, sara, 3, &error));
  g_assert_true (cherish_reminder_store_set_lead (f->leads, ali, 4, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cherish_reminder_store_get_lead (f->leads, sara, NULL), ==, 3);
  assert_keys (due (f), ali_ahead);

  /* 0: on the day only; -1: back to the shop's. */
  g_assert_true (cherish_reminder_store_set_lead (f->leads, ali, 0, &error));
  assert_keys (due (f), "");
  g_assert_true (cherish_reminder_store_set_lead (f->leads, sara, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cherish_reminder_store_get_lead (f->leads, sara, NULL), ==, -1);
  assert_keys (due (f), sara_ahead);

  g_assert_false (cherish_reminder_store_set_lead (f->leads, sara, 91, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cherish_reminder_store_set_lead (f->leads, 9999, 3, &error));
  g_assert_nonnull (error);
}

/* Snoozed: again in a day; done: never again, not even on the day. */
static void
test_snooze_and_done (Fixture       *f,
                      gconstpointer  data)
{
  gint64 sara = cherish_test_add_customer (f->customers, "Sara", "birthday", "--06-20", NULL);
  gint64 call = add_follow_up (f, sara, "2025-06-16", "Ask about the colour");
  g_autofree char *ahead = g_strdup_printf ("birthday:%" G_GINT64_FORMAT ":2025-06-20:0:ahead", sara);
  g_autofree char *call_today = g_strdup_printf ("follow-up:%" G_GINT64_FORMAT ":2025-06-16", call);
  g_autofree char *call_tomorrow = g_strdup_printf ("follow-up:%" G_GINT64_FORMAT ":2025-06-17", call);
  g_autofree char *both = g_strdup_printf ("%s; %s", ahead, call_today);
  g_autofree char *full_key = g_strdup_printf ("occasion:%s", ahead);
  g_autofree char *both_tomorrow = g_strdup_printf ("%s; %s", ahead, call_tomorrow);
  g_autofree char *on_the_day = g_strdup_printf ("birthday:%" G_GINT64_FORMAT ":2025-06-20:0:day",
                                                 sara);
  g_autoptr(CherishFollowUp) closed = NULL;
  g_autoptr(GError) error = NULL;

  set_now (f, "2025-06-16T10:00:00+03:30");
  assert_keys (check (f), both);

  g_assert_true (cherish_reminders_snooze (f->reminders, call_today, &error));
  g_assert_true (cherish_reminders_snooze (f->reminders, full_key, &error));
  g_assert_no_error (error);
  set_now (f, "2025-06-16T23:00:00+03:30");
  assert_keys (check (f), "");

  /* A day later both come back; the follow-up is now due the 17th. */
  set_now (f, "2025-06-17T10:00:00+03:30");
  assert_keys (check (f), both_tomorrow);
  assert_keys (check (f), "");

  g_assert_true (cherish_reminders_done (f->reminders, call_tomorrow, &error));
  g_assert_true (cherish_reminders_done (f->reminders, full_key, &error));
  g_assert_no_error (error);
  closed = cherish_follow_up_store_get (f->follow_ups, call, NULL);
  g_assert_cmpint (cherish_follow_up_get_state (closed), ==, CHERISH_FOLLOW_UP_STATE_DONE);

  /* Snoozing something done changes nothing; the day itself stays quiet. */
  g_assert_true (cherish_reminders_snooze (f->reminders, full_key, &error));
  g_assert_no_error (error);
  set_now (f, "2025-06-20T10:00:00+03:30");
  assert_keys (due (f), on_the_day);
  assert_keys (check (f), "");
}

/* After a long gap (or before the first check) the claim takes every
 * reminder due to be new without looking them up; one dealt with
 * meanwhile from the Today page, or delivered by another computer, is
 * still not delivered again. */
static void
test_settled_before_a_gap (Fixture       *f,
                           gconstpointer  data)
{
  gint64 sara = cherish_test_add_customer (f->customers, "Sara", "birthday", "--06-20", NULL);
  gint64 omid = cherish_test_add_customer (f->customers, "Omid", "birthday", "--06-21", NULL);
  gint64 call = add_follow_up (f, omid, "2025-06-16", "Call back");
  g_autoptr(CherishReminders) other = cherish_reminders_new (f->shop.db, f->shop.clock);
  g_autofree char *sara_ahead = g_strdup_printf ("occasion:birthday:%" G_GINT64_FORMAT ":2025-06-20:0:ahead",
                                                 sara);
  g_autofree char *omid_ahead = g_strdup_printf ("birthday:%" G_GINT64_FORMAT ":2025-06-21:0:ahead", omid);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  set_now (f, "2025-06-16T10:00:00+03:30");
  g_assert_true (cherish_reminders_done (f->reminders, sara_ahead, &error));
  g_assert_no_error (error);
  expected = g_strdup_printf ("%s; follow-up:%" G_GINT64_FORMAT ":2025-06-16", omid_ahead, call);
  assert_keys (check (f), expected);
  assert_keys (check_with (other, &f->settings), "");
  assert_keys (check (f), "");

  /* Weeks later, after a change, none of those due then comes again. */
  set_now (f, "2025-07-14T10:00:00+03:30");
  add_follow_up (f, sara, "2025-06-30", "Ask about the trip");
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("follow-up:*:2025-06-30");
  {
    g_autofree char *keys = check (f);

    g_assert_true (g_pattern_match_simple (expected, keys));
  }
  assert_keys (check (f), "");
}

/* Delivered once, even by another process on the same database. */
static void
test_once_across_restarts (Fixture       *f,
                           gconstpointer  data)
{
  gint64 sara;
  g_autofree char *expected = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(CherishDatabase) db = cherish_test_open_database (g_getenv ("REMINDERS_DIR"),
                                                                  "reminders.db");
      g_autoptr(CherishReminders) reminders = NULL;
      g_autofree char *keys = NULL;

      set_now (f, "2025-06-16T10:00:00+03:30");
      reminders = cherish_reminders_new (db, f->shop.clock);
      keys = check_with (reminders, &f->settings);
      g_print ("claimed [%s]\n", keys);
      return;
    }

  sara = cherish_test_add_customer (f->customers, "Sara", "birthday", "--06-20", NULL);
  add_follow_up (f, sara, "2025-06-16", "Call back");
  expected = g_strdup_printf ("claimed [birthday:%" G_GINT64_FORMAT ":2025-06-20:0:ahead; "
                              "follow-up:*:2025-06-16]*", sara);
  g_setenv ("REMINDERS_DIR", f->shop.dir, TRUE);

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout (expected);

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("claimed []*");

  set_now (f, "2025-06-16T11:00:00+03:30");
  assert_keys (check (f), "");
}

static void
test_once_two_copies (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CherishDatabase) other_db = cherish_test_open_database (f->shop.dir, "reminders.db");
  g_autoptr(CherishReminders) other = cherish_reminders_new (other_db, f->shop.clock);
  guint delivered = 0;

  for (int i = 0; i < 20; i++)
    {
      gint64 id = cherish_test_add_customer (f->customers, "Guest", "birthday", "--06-18", NULL);

      add_follow_up (f, id, "2025-06-16", "Thank them");
    }
  set_now (f, "2025-06-16T10:00:00+03:30");

  /* Two copies check in turns, each seeing what the other claimed. */
  for (int round = 0; round < 3; round++)
    {
      g_autoptr(GPtrArray) mine = cherish_reminders_check (f->reminders, &f->settings, NULL);
      g_autoptr(GPtrArray) theirs = cherish_reminders_check (other, &f->settings, NULL);

      g_assert_nonnull (mine);
      g_assert_nonnull (theirs);
      delivered += mine->len + theirs->len;
      g_assert_cmpuint (theirs->len, ==, 0);
    }
  /* 20 birthdays, 20 follow-ups and the shop's 10th customer, yesterday. */
  g_assert_cmpuint (delivered, ==, 41);
}

/* The day's care of the shop (the rules, a backup, points expiring,
 * tiers) is claimed once a day, by the first that asks: another copy of
 * the app, another computer's connection, the same copy again, or a clock
 * set back a day does not claim it again; the next day does. */
static void
test_care_day (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CherishDatabase) other_db = cherish_test_open_database (f->shop.dir, "reminders.db");
  g_autoptr(CherishReminderStore) other = cherish_reminder_store_new (other_db, f->shop.clock);
  g_autoptr(GError) error = NULL;
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 15, 6, 2025);
  g_assert_true (cherish_reminder_store_claim_care_day (f->leads, &day, &error));
  g_assert_no_error (error);
  g_assert_false (cherish_reminder_store_claim_care_day (other, &day, &error));
  g_assert_no_error (error);
  g_assert_false (cherish_reminder_store_claim_care_day (f->leads, &day, &error));
  g_assert_no_error (error);

  g_date_subtract_days (&day, 1);
  g_assert_false (cherish_reminder_store_claim_care_day (other, &day, &error));
  g_assert_no_error (error);

  g_date_add_days (&day, 2);
  g_assert_true (cherish_reminder_store_claim_care_day (other, &day, &error));
  g_assert_no_error (error);
  g_assert_false (cherish_reminder_store_claim_care_day (f->leads, &day, &error));
  g_assert_no_error (error);
}

/* Ten days off: what fell due is delivered late, once; older is let go. */
static void
test_catch_up (Fixture       *f,
               gconstpointer  data)
{
  gint64 sara = cherish_test_add_customer (f->customers, "Sara", "birthday", "--06-18", NULL);
  gint64 omid = cherish_test_add_customer (f->customers, "Omid", "birthday", "--06-23", NULL);
  gint64 old = add_follow_up (f, omid, "2025-05-20", "Long overdue");
  gint64 call = add_follow_up (f, omid, "2025-06-20", "Call back");
  g_autoptr(GPtrArray) claimed = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *body = NULL;
  GDate today;

  set_now (f, "2025-06-10T09:00:00+03:30");
  assert_keys (check (f), "");

  set_now (f, "2025-06-26T09:00:00+03:30");
  expected = g_strdup_printf ("birthday:%" G_GINT64_FORMAT ":2025-06-18:0:day; "
                              "follow-up:%" G_GINT64_FORMAT ":2025-06-20; "
                              "birthday:%" G_GINT64_FORMAT ":2025-06-23:0:day",
                              sara, call, omid);
  claimed = cherish_reminders_check (f->reminders, &f->settings, NULL);
  assert_keys (keys_of (claimed), expected);
  g_assert_cmpint (old, >, 0);

  now = cherish_clock_get_now (f->shop.clock);
  cherish_clock_get_today (f->shop.clock, &today);
  for (guint i = 0; i < claimed->len; i++)
    g_assert_true (cherish_reminder_is_late (claimed->pdata[i], now));
  cherish_reminder_describe (claimed->pdata[0], &today, &summary, &body);
  g_assert_cmpstr (summary, ==, "Sara");
  g_assert_cmpstr (body, ==, "Birthday 8 days ago");
  g_clear_pointer (&summary, g_free);
  g_clear_pointer (&body, g_free);
  cherish_reminder_describe (claimed->pdata[1], &today, &summary, &body);
  /* The name is kept in its place whatever its script; a summary's line
   * (which starts with a name) is set in the interface's direction. */
  g_assert_cmpstr (summary, ==, "Follow up with \u2068Omid\u2069");
  g_assert_cmpstr (body, ==, "Call back");
  {
    g_autofree char *line = cherish_reminder_one_line (claimed->pdata[1], &today);

    g_assert_cmpstr (line, ==, "\u200e\u2068Omid\u2069: follow up: \u2068Call back\u2069");
  }

  assert_keys (check (f), "");
}

/* A check looks back to the day of the last one: what was due before was
 * claimed then. Something written since with an earlier date is left to
 * Today; something due today is delivered. */
static void
test_since_last_check (Fixture       *f,
                       gconstpointer  data)
{
  gint64 sara = cherish_test_add_customer (f->customers, "Sara", NULL);
  gint64 late, today;
  g_autoptr(CherishReminderStore) sent = cherish_reminder_store_new (f->shop.db, f->shop.clock);
  gint64 stamp;
  g_autofree char *late_key = NULL;
  g_autofree char *today_key = NULL;
  g_autofree char *all_due = NULL;

  set_now (f, "2025-06-16T10:00:00+03:30");
  assert_keys (check (f), "");

  /* Every write the stores announce is counted, in its transaction. */
  stamp = cherish_reminder_store_get_change_stamp (sent, NULL);
  late = add_follow_up (f, sara, "2025-06-15", "Written late");
  g_assert_cmpint (cherish_reminder_store_get_change_stamp (sent, NULL), >, stamp);
  late_key = g_strdup_printf ("follow-up:%" G_GINT64_FORMAT ":2025-06-15", late);
  set_now (f, "2025-06-16T10:01:00+03:30");
  assert_keys (check (f), "");
  assert_keys (due (f), late_key);

  today = add_follow_up (f, sara, "2025-06-16", "Due today");
  today_key = g_strdup_printf ("follow-up:%" G_GINT64_FORMAT ":2025-06-16", today);
  all_due = g_strdup_printf ("%s; %s", late_key, today_key);
  set_now (f, "2025-06-16T10:02:00+03:30");
  assert_keys (check (f), today_key);
  assert_keys (due (f), all_due);
}

/* A customer erased between reading what is due and claiming it: the
 * claim leaves their reminders out and delivers the others. */
static void
test_erased_meanwhile (Fixture       *f,
                       gconstpointer  data)
{
  gint64 sara = cherish_test_add_customer (f->customers, "Sara", NULL);
  gint64 omid = cherish_test_add_customer (f->customers, "Omid", NULL);
  gint64 for_sara = add_follow_up (f, sara, "2025-06-16", "Call Sara");
  gint64 for_omid = add_follow_up (f, omid, "2025-06-16", "Call Omid");
  g_autoptr(CherishReminderStore) sent = cherish_reminder_store_new (f->shop.db, f->shop.clock);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) claimed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *omid_key = NULL;
  g_autofree char *both = NULL;
  gint64 stamp;

  set_now (f, "2025-06-16T10:00:00+03:30");
  stamp = cherish_reminder_store_get_change_stamp (sent, &error);
  list = cherish_reminders_list_due (f->reminders, &f->settings, &error);
  g_assert_no_error (error);
  both = g_strdup_printf ("follow-up:%" G_GINT64_FORMAT ":2025-06-16; follow-up:%" G_GINT64_FORMAT ":2025-06-16",
                          for_sara, for_omid);
  assert_keys (keys_of (list), both);

  g_assert_true (cherish_customer_store_erase (f->customers, sara, &error));
  g_assert_no_error (error);
  claimed = cherish_reminder_store_claim (sent, list, stamp, TRUE, FALSE, &error);
  g_assert_no_error (error);
  omid_key = g_strdup_printf ("follow-up:%" G_GINT64_FORMAT ":2025-06-16", for_omid);
  assert_keys (keys_of (claimed), omid_key);
  assert_keys (check (f), "");
}

/* Counts the questions, and answers @user_data's answer. */
typedef struct
{
  gboolean answer;
  guint    asked;
} Ready;

static gboolean
ready_cb (gpointer user_data)
{
  Ready *ready = user_data;

  ready->asked++;
  return ready->answer;
}

static char *
check_when (Fixture *f,
            Ready   *ready)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = cherish_reminders_check_full (f->reminders, &f->settings, ready_cb, ready, &error);

  g_assert_no_error (error);
  return keys_of (list);
}

/* When the reminders cannot be delivered (no notification server), none
 * is claimed: they stay due for the next check. A check that finds
 * nothing new does not ask. */
static void
test_not_ready (Fixture       *f,
                gconstpointer  data)
{
  gint64 sara = cherish_test_add_customer (f->customers, "Sara", NULL);
  gint64 call = add_follow_up (f, sara, "2025-06-16", "Call back");
  g_autofree char *key = g_strdup_printf ("follow-up:%" G_GINT64_FORMAT ":2025-06-16", call);
  Ready ready = { FALSE, 0 };

  set_now (f, "2025-06-16T10:00:00+03:30");
  assert_keys (check_when (f, &ready), "");
  g_assert_cmpuint (ready.asked, ==, 1);
  assert_keys (check_when (f, &ready), "");
  g_assert_cmpuint (ready.asked, ==, 2);

  ready.answer = TRUE;
  assert_keys (check_when (f, &ready), key);
  g_assert_cmpuint (ready.asked, ==, 3);

  /* Checked, nothing changed since: not asked at all. */
  set_now (f, "2025-06-16T10:05:00+03:30");
  assert_keys (check_when (f, &ready), "");
  g_assert_cmpuint (ready.asked, ==, 3);

  /* Something new: asked again. */
  call = add_follow_up (f, sara, "2025-06-16", "Send the photos");
  g_free (key);
  key = g_strdup_printf ("follow-up:%" G_GINT64_FORMAT ":2025-06-16", call);
  assert_keys (check_when (f, &ready), key);
  g_assert_cmpuint (ready.asked, ==, 4);
}

static void
test_quiet_hours (Fixture       *f,
                  gconstpointer  data)
{
  gint64 sara = cherish_test_add_customer (f->customers, "Sara", NULL);
  gint64 call = add_follow_up (f, sara, "2025-06-16", "Call back");
  g_autofree char *on_time = g_strdup_printf ("follow-up:%" G_GINT64_FORMAT ":2025-06-16", call);
  g_autoptr(GDateTime) at = NULL;

  f->settings.quiet_from = 21 * 60;
  f->settings.quiet_until = 8 * 60;

  set_now (f, "2025-06-16T00:00:00+03:30");
  assert_keys (check (f), "");
  set_now (f, "2025-06-16T07:59:00+03:30");
  assert_keys (check (f), "");
  set_now (f, "2025-06-16T08:00:00+03:30");
  assert_keys (check (f), on_time);

  /* Quiet within a day, and none. */
  f->settings.quiet_from = 13 * 60;
  f->settings.quiet_until = 14 * 60;
  at = g_date_time_new_from_iso8601 ("2025-06-16T13:30:00+03:30", NULL);
  g_assert_true (cherish_reminder_settings_is_quiet (&f->settings, at));
  f->settings.quiet_until = 13 * 60;
  g_assert_false (cherish_reminder_settings_is_quiet (&f->settings, at));
}

/* A celebration done or skipped needs no reminder. */
static void
test_settled_celebrations (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(CherishCelebrationStore) celebrations = cherish_celebration_store_new (f->shop.db,
                                                                                   f->shop.clock);
  gint64 sara = cherish_test_add_customer (f->customers, "Sara", "birthday", "--06-20", NULL);
  g_autoptr(CherishOccasion) birthday = cherish_occasion_new (CHERISH_OCCASION_BIRTHDAY, sara, "Sara",
                                                              "2025-06-20", 0, NULL, 0);
  g_autoptr(CherishCelebration) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ahead = g_strdup_printf ("birthday:%" G_GINT64_FORMAT ":2025-06-20:0:ahead", sara);

  set_now (f, "2025-06-16T10:00:00+03:30");
  plan = cherish_celebration_store_plan (celebrations, birthday, &error);
  g_assert_no_error (error);
  assert_keys (due (f), ahead);

  /* Gone by without a plan: missed; once skipped: not. */
  set_now (f, "2025-06-23T10:00:00+03:30");
  {
    g_autoptr(GPtrArray) missed = cherish_reminders_list_missed (f->reminders, &f->settings, 7, &error);
    g_autofree char *day = g_strdup_printf ("birthday:%" G_GINT64_FORMAT ":2025-06-20:0:day", sara);

    g_assert_no_error (error);
    assert_keys (keys_of (missed), day);
  }
  g_object_set (plan, "status", CHERISH_CELEBRATION_STATUS_SKIPPED, "skip-reason", "Away", NULL);
  g_assert_true (cherish_celebration_store_update (celebrations, plan, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) missed = cherish_reminders_list_missed (f->reminders, &f->settings, 7, &error);

    assert_keys (keys_of (missed), "");
  }
  set_now (f, "2025-06-16T10:00:00+03:30");
  assert_keys (due (f), "");
}

/* The day before an event, until it starts; a cancelled one, never. */
static void
test_events (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CherishEventStore) events = cherish_event_store_new (f->shop.db, f->shop.clock);
  g_autoptr(CherishEvent) tasting = cherish_event_new ("Tasting", "2025-06-18T18:00:00+03:30",
                                                       "2025-06-18T20:00:00+03:30");
  g_autoptr(CherishEvent) cancelled = cherish_event_new ("Sale", "2025-06-18T10:00:00+03:30",
                                                         "2025-06-18T12:00:00+03:30");
  g_autoptr(GPtrArray) claimed = NULL;
  g_autofree char *key = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *body = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  g_object_set (tasting, "place", "The shop", NULL);
  g_assert_true (cherish_event_store_insert (events, tasting, &error));
  g_assert_true (cherish_event_store_insert (events, cancelled, &error));   /* no place */
  g_assert_true (cherish_event_store_set_status (events, cherish_event_get_id (cancelled),
                                                 CHERISH_EVENT_STATUS_CANCELLED, &error));
  g_assert_no_error (error);
  key = g_strdup_printf ("event:%" G_GINT64_FORMAT ":2025-06-18T14:30:00Z",
                         cherish_event_get_id (tasting));

  set_now (f, "2025-06-16T23:59:00+03:30");
  assert_keys (due (f), "");
  set_now (f, "2025-06-17T00:00:00+03:30");
  claimed = cherish_reminders_check (f->reminders, &f->settings, &error);
  g_assert_no_error (error);
  assert_keys (keys_of (claimed), key);
  cherish_clock_get_today (f->shop.clock, &today);
  cherish_reminder_describe (claimed->pdata[0], &today, &summary, &body);
  g_assert_cmpstr (summary, ==, "Tasting");
  g_assert_cmpstr (body, ==, "Tomorrow at 18:00, The shop");
  assert_keys (check (f), "");

  /* On the day, until it starts (not again if delivered); after, no more. */
  set_now (f, "2025-06-18T17:59:00+03:30");
  assert_keys (due (f), key);
  set_now (f, "2025-06-18T18:01:00+03:30");
  assert_keys (due (f), "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/reminders/midnight", test_midnight);
  ADD ("/reminders/since-last-check", test_since_last_check);
  ADD ("/reminders/lead-times", test_lead_times);
  ADD ("/reminders/snooze-and-done", test_snooze_and_done);
  ADD ("/reminders/once-across-restarts", test_once_across_restarts);
  ADD ("/reminders/once-two-copies", test_once_two_copies);
  ADD ("/reminders/care-day", test_care_day);
  ADD ("/reminders/catch-up", test_catch_up);
  ADD ("/reminders/settled-before-a-gap", test_settled_before_a_gap);
  ADD ("/reminders/quiet-hours", test_quiet_hours);
  ADD ("/reminders/not-ready", test_not_ready);
  ADD ("/reminders/erased-meanwhile", test_erased_meanwhile);
  ADD ("/reminders/settled-celebrations", test_settled_celebrations);
  ADD ("/reminders/events", test_events);

  return g_test_run ();
}
