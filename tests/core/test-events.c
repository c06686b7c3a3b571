/* test-events.c — events: capacity and waitlist, check-in rules, prizes, bulk guests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cherish-customer-store.h"
#include "cherish-error.h"
#include "cherish-event-store.h"
#include "cherish-guest-store.h"
#include "cherish-test-util.h"
#include "cherish-visit-store.h"

typedef struct
{
  CherishTestShop       shop;
  CherishCustomerStore *customers;
  CherishEventStore    *events;
  CherishGuestStore    *guests;
  gint64                evening;    /* Friday 2025-06-20, 18:00–21:00 Tehran, 5 people */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CherishEvent) event = NULL;
  g_autoptr(GError) error = NULL;

  cherish_test_shop_open (&f->shop, "2025-06-15T10:00:00+03:30", "events.db");
  f->customers = cherish_customer_store_new (f->shop.db, f->shop.clock);
  f->events = cherish_event_store_new (f->shop.db, f->shop.clock);
  f->guests = cherish_guest_store_new (f->shop.db, f->shop.clock);

  event = cherish_event_new ("  New collection evening ", "2025-06-20T18:00:00+03:30",
                             "2025-06-20T21:00:00+03:30");
  g_object_set (event, "capacity", (gint64) 5, "place", "The shop", NULL);
  g_assert_true (cherish_event_store_insert (f->events, event, &error));
  g_assert_no_error (error);
  f->evening = cherish_event_get_id (event);
  g_assert_cmpstr (cherish_event_get_title (event), ==, "New collection evening");
  g_assert_cmpstr (cherish_event_get_starts_at (event), ==, "2025-06-20T14:30:00Z");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->guests);
  g_clear_object (&f->events);
  g_clear_object (&f->customers);
  cherish_test_shop_close (&f->shop);
}

static gint64
guest (Fixture    *f,
       const char *name)
{
  gint64 customer = cherish_test_add_customer (f->customers, name, NULL);
  g_autoptr(GError) error = NULL;
  gint64 id = cherish_guest_store_invite (f->guests, f->evening, customer, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static CherishInvitationStatus
accept (Fixture *f,
        gint64   id,
        guint    party)
{
  CherishInvitationStatus status = -1;
  g_autoptr(GError) error = NULL;

  g_assert_true (cherish_guest_store_accept (f->guests, id, party, &status, &error));
  g_assert_no_error (error);
  return status;
}

static CherishInvitationStatus
status_of (Fixture *f,
           gint64   id)
{
  g_autoptr(CherishInvitation) invitation = cherish_guest_store_get (f->guests, id, NULL);

  return cherish_invitation_get_status (invitation);
}

static void
set_now (Fixture    *f,
         const char *iso8601)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (iso8601, NULL);

  cherish_clock_set_now (f->shop.clock, now);
}

static void
test_capacity_and_waitlist (Fixture       *f,
                            gconstpointer  data)
{
  gint64 ana = guest (f, "Ana"), bob = guest (f, "Bob"), cyrus = guest (f, "Cyrus");
  gint64 dara = guest (f, "Dara");
  g_autoptr(GPtrArray) promoted = NULL;
  g_autoptr(CherishEvent) event = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (accept (f, ana, 2), ==, CHERISH_INVITATION_STATUS_ACCEPTED);
  g_assert_cmpint (accept (f, bob, 2), ==, CHERISH_INVITATION_STATUS_ACCEPTED);
  g_assert_cmpint (accept (f, cyrus, 2), ==, CHERISH_INVITATION_STATUS_WAITLISTED);   /* 6 > 5 */
  g_assert_cmpint (accept (f, dara, 1), ==, CHERISH_INVITATION_STATUS_WAITLISTED);    /* Cyrus waits first */

  /* Ana's party cannot grow to 4 (Bob's 2 + 4 > 5): she keeps 2. */
  g_assert_false (cherish_guest_store_accept (f->guests, ana, 4, NULL, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cherish_guest_store_accept (f->guests, ana, 21, NULL, &error));
  g_clear_error (&error);

  event = cherish_event_store_get (f->events, f->evening, NULL);
  g_assert_cmpint (cherish_event_get_n_invited (event), ==, 4);
  g_assert_cmpint (cherish_event_get_n_accepted (event), ==, 4);
  g_assert_cmpint (cherish_event_get_n_waitlisted (event), ==, 2);
  g_clear_object (&event);

  /* Ana declines: Cyrus (2) then Dara (1) move up, in order, and are named. */
  g_assert_true (cherish_guest_store_decline (f->guests, ana, &promoted, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (promoted->len, ==, 2);
  g_assert_cmpstr (cherish_invitation_get_customer_name (promoted->pdata[0]), ==, "Cyrus");
  g_assert_cmpstr (cherish_invitation_get_customer_name (promoted->pdata[1]), ==, "Dara");
  g_assert_cmpint (status_of (f, dara), ==, CHERISH_INVITATION_STATUS_ACCEPTED);
  event = cherish_event_store_get (f->events, f->evening, NULL);
  g_assert_cmpint (cherish_event_get_n_accepted (event), ==, 5);
  g_assert_cmpint (cherish_event_get_n_waitlisted (event), ==, 0);
  g_clear_pointer (&promoted, g_ptr_array_unref);

  /* Declining twice frees nothing twice; Ana coming back waits. */
  g_assert_true (cherish_guest_store_decline (f->guests, ana, &promoted, &error));
  g_assert_cmpuint (promoted->len, ==, 0);
  g_assert_cmpint (accept (f, ana, 1), ==, CHERISH_INVITATION_STATUS_WAITLISTED);
}

static void
test_no_double_invitation (Fixture       *f,
                           gconstpointer  data)
{
  gint64 sara = cherish_test_add_customer (f->customers, "Sara", "likes", "green tea\nroses", NULL);
  CherishGuestFilter likes = { CHERISH_GUEST_FILTER_LIKES, 0, "Roses" };
  CherishGuestFilter prospects = { CHERISH_GUEST_FILTER_PROSPECTS, 0, NULL };
  CherishGuestFilter empty = { CHERISH_GUEST_FILTER_LIKES, 0, "  " };
  g_autoptr(GError) error = NULL;

  cherish_test_add_customer (f->customers, "Omid", "likes", "roses", NULL);
  cherish_test_add_customer (f->customers, "Nika", "is-prospect", TRUE, NULL);
  g_assert_cmpint (cherish_guest_store_invite (f->guests, f->evening, sara, &error), >, 0);
  g_assert_cmpint (cherish_guest_store_invite (f->guests, f->evening, sara, &error), ==, 0);
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT);
  g_clear_error (&error);

  /* Preview first: only Omid is new among those who like roses. */
  g_assert_cmpint (cherish_guest_store_count_matching (f->guests, f->evening, &likes, &error), ==, 1);
  g_assert_cmpint (cherish_guest_store_invite_matching (f->guests, f->evening, &likes, &error), ==, 1);
  g_assert_cmpint (cherish_guest_store_invite_matching (f->guests, f->evening, &likes, &error), ==, 0);
  g_assert_cmpint (cherish_guest_store_count_matching (f->guests, f->evening, &prospects, &error), ==, 1);
  g_assert_cmpint (cherish_guest_store_invite_matching (f->guests, f->evening, &prospects, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpint (cherish_guest_store_count_matching (f->guests, f->evening, &empty, &error), ==, -1);
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
}

/* Likes are found as the search finds names: each word starts a word,
 * whatever the case, accents or Arabic and Persian letter forms. */
static void
test_likes_filter (Fixture       *f,
                   gconstpointer  data)
{
  static const struct { const char *text; gint64 count; } cases[] = {
    { "roses", 2 }, { "ROS", 2 }, { "oses", 0 }, { "green tea", 1 }, { "tea green", 1 },
    { "café", 2 }, { "CAFE", 2 }, { "چای", 2 }, { "چاي", 2 }, { "کیک شکلات", 1 },
  };
  gint64 gone;

  cherish_test_add_customer (f->customers, "Sara", "likes", "green tea\nroses\nCafé crème", NULL);
  cherish_test_add_customer (f->customers, "Omid", "likes", "Roses\ncafe\nچای\nکیک شکلاتی", NULL);
  cherish_test_add_customer (f->customers, "Nika", "likes", "چاي سبز", NULL);
  gone = cherish_test_add_customer (f->customers, "Gone", "likes", "roses", NULL);
  g_assert_true (cherish_customer_store_delete (f->customers, gone, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CherishGuestFilter likes = { CHERISH_GUEST_FILTER_LIKES, 0, cases[i].text };
      g_autoptr(GError) error = NULL;

      g_test_message ("likes %s", cases[i].text);
      g_assert_cmpint (cherish_guest_store_count_matching (f->guests, f->evening, &likes, &error), ==,
                       cases[i].count);
      g_assert_no_error (error);
    }
}

static void
test_top_customers (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CherishVisitStore) visits = cherish_visit_store_new (f->shop.db, f->shop.clock);
  CherishGuestFilter top = { CHERISH_GUEST_FILTER_TOP_VISITS, 2, NULL };
  CherishGuestFilter spend = { CHERISH_GUEST_FILTER_TOP_SPEND, 1, "IRR" };
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  for (int c = 0; c < 3; c++)
    {
      g_autofree char *name = g_strdup_printf ("Regular %d", c);
      gint64 id = cherish_test_add_customer (f->customers, name, NULL);

      for (int v = 0; v <= c; v++)
        {
          g_autoptr(CherishVisit) visit = cherish_visit_new (id, CHERISH_VISIT_KIND_PURCHASE,
                                                             "2025-06-10T10:00:00Z");

          g_object_set (visit, "amount", (gint64) (c == 0 ? 9000000 : 1000), "currency", "IRR", NULL);
          g_assert_true (cherish_visit_store_insert (visits, visit, &error));
          g_assert_no_error (error);
        }
    }
  g_assert_cmpint (cherish_guest_store_invite_matching (f->guests, f->evening, &top, &error), ==, 2);
  g_assert_cmpint (cherish_guest_store_invite_matching (f->guests, f->evening, &spend, &error), ==, 1);
  g_assert_no_error (error);
  list = cherish_guest_store_list (f->guests, f->evening, &error);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_cmpstr (cherish_invitation_get_customer_name (list->pdata[0]), ==, "Regular 0");
}

static gint64
purchase (CherishVisitStore *visits,
          gint64             customer,
          gint64             amount,
          const char        *currency)
{
  g_autoptr(CherishVisit) visit = cherish_visit_new (customer, CHERISH_VISIT_KIND_PURCHASE,
                                                     "2025-06-10T10:00:00Z");

  g_object_set (visit, "amount", amount, "currency", currency, NULL);
  g_assert_true (cherish_visit_store_insert (visits, visit, NULL));
  return cherish_visit_get_id (visit);
}

static char *
top_spender (Fixture *f)
{
  CherishGuestFilter spend = { CHERISH_GUEST_FILTER_TOP_SPEND, 1, "IRR" };
  g_autoptr(CherishEvent) event = cherish_event_new ("Top", "2025-07-01T18:00:00Z",
                                                     "2025-07-01T20:00:00Z");
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  char *name;

  g_assert_true (cherish_event_store_insert (f->events, event, &error));
  g_assert_cmpint (cherish_guest_store_invite_matching (f->guests, cherish_event_get_id (event),
                                                        &spend, &error), <=, 1);
  list = cherish_guest_store_list (f->guests, cherish_event_get_id (event), &error);
  g_assert_no_error (error);
  name = list->len > 0 ? g_strdup (cherish_invitation_get_customer_name (list->pdata[0])) : NULL;
  g_assert_true (cherish_event_store_delete (f->events, cherish_event_get_id (event), &error));
  return name;
}

/* The spend per customer the top filter reads follows every purchase
 * added, removed, or moved by a merge; other currencies do not count. */
static void
test_spend_follows_purchases (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(CherishVisitStore) visits = cherish_visit_store_new (f->shop.db, f->shop.clock);
  gint64 ana = cherish_test_add_customer (f->customers, "Ana", NULL);
  gint64 bob = cherish_test_add_customer (f->customers, "Bob", NULL);
  gint64 cyrus = cherish_test_add_customer (f->customers, "Cyrus", NULL);
  gint64 big;
  g_autofree char *first = NULL, *second = NULL, *third = NULL, *fourth = NULL, *none = NULL;

  purchase (visits, ana, 5000, "IRR");
  purchase (visits, ana, 1000, "IRR");
  big = purchase (visits, bob, 8000, "IRR");
  purchase (visits, cyrus, 90000, "EUR");
  first = top_spender (f);
  g_assert_cmpstr (first, ==, "Bob");

  g_assert_true (cherish_visit_store_delete (visits, big, NULL));
  second = top_spender (f);
  g_assert_cmpstr (second, ==, "Ana");

  /* Cyrus takes over Bob's history: 3000 + nothing in IRR. */
  purchase (visits, bob, 3000, "IRR");
  purchase (visits, cyrus, 4000, "IRR");
  {
    g_autoptr(GError) error = NULL;
    CherishMerge *merge = cherish_customer_store_merge (f->customers, cyrus, bob, &error);

    g_assert_no_error (error);
    cherish_merge_free (merge);
  }
  third = top_spender (f);
  g_assert_cmpstr (third, ==, "Cyrus");

  /* Deleted customers are not invited. */
  g_assert_true (cherish_customer_store_delete (f->customers, cyrus, NULL));
  fourth = top_spender (f);
  g_assert_cmpstr (fourth, ==, "Ana");
  g_assert_true (cherish_customer_store_delete (f->customers, ana, NULL));
  none = top_spender (f);
  g_assert_null (none);
}

static void
test_check_in_rules (Fixture       *f,
                     gconstpointer  data)
{
  gint64 ana = guest (f, "Ana"), bob = guest (f, "Bob"), cyrus = guest (f, "Cyrus");
  gint64 walker = cherish_test_add_customer (f->customers, "Walker", NULL);
  g_autoptr(GError) error = NULL;

  accept (f, ana, 1);
  g_assert_true (cherish_guest_store_decline (f->guests, bob, NULL, &error));

  /* Not before the day (even one minute before its midnight). */
  set_now (f, "2025-06-19T23:59:00+03:30");
  g_assert_false (cherish_guest_store_check_in (f->guests, ana, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT);
  g_clear_error (&error);

  /* On the day, before it starts. */
  set_now (f, "2025-06-20T09:00:00+03:30");
  g_assert_true (cherish_guest_store_check_in (f->guests, ana, &error));
  g_assert_true (cherish_guest_store_check_in (f->guests, ana, &error));   /* twice: nothing new */
  g_assert_no_error (error);
  g_assert_cmpint (status_of (f, ana), ==, CHERISH_INVITATION_STATUS_ATTENDED);

  /* Bob declined: accepted again first. */
  g_assert_false (cherish_guest_store_check_in (f->guests, bob, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT);
  g_clear_error (&error);
  accept (f, bob, 1);
  g_assert_true (cherish_guest_store_check_in (f->guests, bob, &error));

  /* Invited only, room left: welcome. A walk-in, and a no-show. */
  g_assert_true (cherish_guest_store_check_in (f->guests, cyrus, &error));
  g_assert_cmpint (cherish_guest_store_walk_in (f->guests, f->evening, walker, 2, &error), >, 0);
  g_assert_no_error (error);
  g_assert_false (cherish_guest_store_mark_no_show (f->guests, cyrus, &error));
  g_clear_error (&error);
}

static void
test_prizes (Fixture       *f,
             gconstpointer  data)
{
  gint64 ana = guest (f, "Ana"), bob = guest (f, "Bob");
  g_autoptr(CherishPrize) scarf = NULL;
  g_autoptr(CherishPrize) again = NULL;
  g_autoptr(GPtrArray) prizes = NULL;
  g_autoptr(CherishInvitation) got = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  scarf = cherish_event_store_add_prize (f->events, f->evening, " Silk scarf ", 2, &error);
  g_assert_no_error (error);
  id = cherish_prize_get_id (scarf);
  again = cherish_event_store_add_prize (f->events, f->evening, "Silk scarf", 1, &error);
  g_assert_null (again);
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (cherish_event_store_add_prize (f->events, f->evening, "Mug", 0, &error));
  g_clear_error (&error);

  /* Only to a guest who came. */
  g_assert_false (cherish_event_store_award_prize (f->events, id, ana, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT);
  g_clear_error (&error);

  set_now (f, "2025-06-20T19:00:00+03:30");
  accept (f, ana, 1);
  g_assert_true (cherish_guest_store_check_in (f->guests, ana, &error));
  g_assert_true (cherish_guest_store_check_in (f->guests, bob, &error));
  g_assert_true (cherish_event_store_award_prize (f->events, id, ana, &error));
  g_assert_true (cherish_event_store_award_prize (f->events, id, bob, &error));
  g_assert_no_error (error);
  g_assert_false (cherish_event_store_award_prize (f->events, id, bob, &error));   /* none left */
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT);

  prizes = cherish_event_store_list_prizes (f->events, f->evening, NULL);
  g_assert_cmpint (cherish_prize_get_remaining (prizes->pdata[0]), ==, 0);
  got = cherish_guest_store_get (f->guests, ana, NULL);
  g_assert_cmpstr (cherish_invitation_get_prizes (got), ==, "Silk scarf");
}

static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  gint64 ana = guest (f, "Ana"), bob = guest (f, "Bob");
  gint64 other = cherish_test_add_customer (f->customers, "Late", NULL);
  g_autoptr(CherishEvent) event = NULL;
  g_autoptr(GError) error = NULL;

  accept (f, ana, 5);
  g_assert_cmpint (accept (f, bob, 1), ==, CHERISH_INVITATION_STATUS_WAITLISTED);
  g_assert_true (cherish_event_store_set_status (f->events, f->evening, CHERISH_EVENT_STATUS_CANCELLED,
                                                 &error));
  g_assert_true (cherish_event_store_set_status (f->events, f->evening, CHERISH_EVENT_STATUS_CANCELLED,
                                                 &error));
  g_assert_no_error (error);

  /* Nothing moves any more: no promotion, no new guest, no way back. */
  g_assert_false (cherish_guest_store_decline (f->guests, ana, NULL, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (status_of (f, bob), ==, CHERISH_INVITATION_STATUS_WAITLISTED);
  g_assert_cmpint (cherish_guest_store_invite (f->guests, f->evening, other, &error), ==, 0);
  g_clear_error (&error);
  g_assert_false (cherish_event_store_set_status (f->events, f->evening, CHERISH_EVENT_STATUS_OPEN,
                                                  &error));
  g_clear_error (&error);
  event = cherish_event_store_get (f->events, f->evening, NULL);
  g_assert_cmpint (cherish_event_get_n_accepted (event), ==, 5);
  g_assert_cmpint (cherish_event_get_n_waitlisted (event), ==, 1);
}

static void
test_invalid (Fixture       *f,
              gconstpointer  data)
{
  static const struct { const char *title, *starts, *ends; gint64 capacity; const char *field; } cases[] = {
    { "  ", "2025-06-20T18:00:00Z", "2025-06-20T21:00:00Z", 0, "title" },
    { "Party", NULL, "2025-06-20T21:00:00Z", 0, "starts-at" },
    { "Party", "2025-06-31T18:00:00Z", "2025-07-01T21:00:00Z", 0, "starts-at" },
    { "Party", "2025-06-20T18:00:00Z", "2025-06-20T18:00:00Z", 0, "ends-at" },
    { "Party", "2025-06-20T18:00:00Z", "2025-06-20T21:00:00Z", -3, "capacity" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CherishEvent) event = cherish_event_new (cases[i].title, cases[i].starts, cases[i].ends);
      g_autoptr(GError) error = NULL;

      g_object_set (event, "capacity", cases[i].capacity, NULL);
      g_assert_false (cherish_event_store_insert (f->events, event, &error));
      g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
      g_assert_cmpstr (cherish_error_get_field (error), ==, cases[i].field);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/events/capacity-and-waitlist", test_capacity_and_waitlist);
  ADD ("/events/no-double-invitation", test_no_double_invitation);
  ADD ("/events/likes-filter", test_likes_filter);
  ADD ("/events/top-customers", test_top_customers);
  ADD ("/events/spend-follows-purchases", test_spend_follows_purchases);
  ADD ("/events/check-in-rules", test_check_in_rules);
  ADD ("/events/prizes", test_prizes);
  ADD ("/events/cancelled", test_cancelled);
  ADD ("/events/invalid", test_invalid);

  return g_test_run ();
}
