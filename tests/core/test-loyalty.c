/* test-loyalty.c — bonuses given once, expiry oldest first, tiers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cherish-error.h"
#include "cherish-event-store.h"
#include "cherish-guest-store.h"
#include "cherish-points-entry.h"
#include "cherish-points-store.h"
#include "cherish-test-util.h"
#include "cherish-tier-store.h"
#include "cherish-visit-store.h"

typedef struct
{
  CherishTestShop       shop;
  CherishCustomerStore *customers;
  CherishVisitStore    *visits;
  CherishPointsStore   *points;
  CherishTierStore     *tiers;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  cherish_test_shop_open (&f->shop, "2026-11-24T10:00:00+03:30", "loyalty.db");
  f->customers = cherish_customer_store_new (f->shop.db, f->shop.clock);
  f->visits = cherish_visit_store_new (f->shop.db, f->shop.clock);
  f->points = cherish_points_store_new (f->shop.db, f->shop.clock);
  f->tiers = cherish_tier_store_new (f->shop.db, f->shop.clock);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->tiers);
  g_clear_object (&f->points);
  g_clear_object (&f->visits);
  g_clear_object (&f->customers);
  cherish_test_shop_close (&f->shop);
}

static void
set_now (Fixture    *f,
         const char *iso)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (iso, NULL);

  cherish_clock_set_now (f->shop.clock, now);
}

static gint64
balance (Fixture *f,
         gint64   customer)
{
  g_autoptr(GError) error = NULL;
  gint64 sum = cherish_points_store_sum (f->points, customer, &error);

  g_assert_no_error (error);
  g_assert_cmpint (cherish_points_store_get_balance (f->points, customer, NULL), ==, sum);
  return sum;
}

static gint64
visit (Fixture    *f,
       gint64      customer,
       const char *at)
{
  g_autoptr(CherishVisit) visit = cherish_visit_new (customer, CHERISH_VISIT_KIND_VISIT, at);
  g_autoptr(GError) error = NULL;
  gint64 before = balance (f, customer);

  g_assert_true (cherish_visit_store_insert (f->visits, visit, &error));
  cherish_points_store_earn_for_visit (f->points, cherish_visit_get_id (visit), &error);
  g_assert_no_error (error);
  return balance (f, customer) - before;
}

/* Seven days around the birthday, once a year; 29 Feb on the 28th in
 * common years; across the year's end. */
static void
test_birthday_bonus (Fixture       *f,
                     gconstpointer  data)
{
  CherishPointsRules rules = { "2025-01-01", 10, 0, 1, "", 100 };
  gint64 sara = cherish_test_add_customer (f->customers, "Sara", "birthday", "1990-11-27", NULL);
  gint64 leila = cherish_test_add_customer (f->customers, "Leila", "birthday", "--02-29", NULL);
  gint64 nima = cherish_test_add_customer (f->customers, "Nima", "birthday", "1985-01-01", NULL);
  gint64 omid = cherish_test_add_customer (f->customers, "Omid", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (cherish_points_store_set_rules (f->points, &rules, &error));
  g_assert_no_error (error);
  g_assert_cmpint (visit (f, sara, "2026-11-20T10:00:00+03:30"), ==, 10);        /* 7 days before */
  g_assert_cmpint (visit (f, sara, "2026-11-24T09:00:00+03:30"), ==, 110);       /* 3 days before */
  g_assert_cmpint (visit (f, sara, "2026-11-24T09:30:00+03:30"), ==, 10);        /* once */
  g_assert_cmpint (visit (f, leila, "2025-03-04T10:00:00+03:30"), ==, 10);       /* 28 Feb + 4 */
  g_assert_cmpint (visit (f, leila, "2026-03-02T10:00:00+03:30"), ==, 110);      /* 28 Feb + 2 */
  g_assert_cmpint (visit (f, nima, "2025-12-29T22:00:00Z"), ==, 110);            /* 30 Dec in Tehran */
  g_assert_cmpint (visit (f, nima, "2026-01-02T10:00:00+03:30"), ==, 10);        /* 2026's, given */
  g_assert_cmpint (visit (f, omid, "2026-11-24T10:00:00+03:30"), ==, 10);        /* no birthday */
  g_assert_cmpint (cherish_points_store_verify (f->points, &error), ==, 0);
}

/* The event bonus only for guests who came, once; a referral once per friend. */
static void
test_event_and_referral (Fixture       *f,
                         gconstpointer  data)
{
  CherishPointsRules rules = { "2026-01-01", 0, 0, 1, "", 0, 50, 200 };
  g_autoptr(CherishEventStore) events = cherish_event_store_new (f->shop.db, f->shop.clock);
  g_autoptr(CherishGuestStore) guests = cherish_guest_store_new (f->shop.db, f->shop.clock);
  g_autoptr(CherishEvent) evening = cherish_event_new ("Evening", "2026-11-24T18:00:00+03:30",
                                                       "2026-11-24T21:00:00+03:30");
  gint64 sara = cherish_test_add_customer (f->customers, "Sara", NULL);
  gint64 nima = cherish_test_add_customer (f->customers, "Nima", NULL);
  gint64 reza = cherish_test_add_customer (f->customers, "Reza", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *expected = NULL;
  gint64 guest, event;

  g_assert_true (cherish_points_store_set_rules (f->points, &rules, &error));
  g_assert_true (cherish_event_store_insert (events, evening, &error));
  event = cherish_event_get_id (evening);
  g_assert_true (cherish_event_store_set_status (events, event, CHERISH_EVENT_STATUS_OPEN, &error));
  guest = cherish_guest_store_invite (guests, event, sara, &error);
  g_assert_true (cherish_guest_store_accept (guests, guest, 1, NULL, &error));
  g_assert_no_error (error);

  /* Not yet come. */
  g_assert_cmpint (cherish_points_store_earn_for_event (f->points, sara, event, &error), ==, 0);
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT);
  g_clear_error (&error);
  /* Checking in gives it, in the same transaction; once. */
  g_assert_true (cherish_guest_store_check_in (guests, guest, &error));
  g_assert_cmpint (balance (f, sara), ==, 50);
  g_assert_true (cherish_guest_store_check_in (guests, guest, &error));
  g_assert_cmpint (cherish_points_store_earn_for_event (f->points, sara, event, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpint (balance (f, sara), ==, 50);
  /* So does walking in. */
  g_assert_cmpint (cherish_guest_store_walk_in (guests, event, reza, 1, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (balance (f, reza), ==, 50);
  history = cherish_points_store_list_entries (f->points, sara, 10, &error);
  g_assert_cmpuint (history->len, ==, 1);
  expected = g_strdup_printf ("event %d", (int) event);
  g_assert_cmpstr (cherish_points_entry_get_bonus (history->pdata[0]), ==, expected);

  /* Referrals. */
  g_assert_cmpint (cherish_points_store_earn_for_referral (f->points, sara, sara, &error), ==, 0);
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (cherish_points_store_earn_for_referral (f->points, sara, nima, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (cherish_points_store_earn_for_referral (f->points, sara, nima, &error), ==, 0);
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (cherish_points_store_earn_for_referral (f->points, reza, nima, &error), ==, 0);
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (balance (f, sara), ==, 250);
  g_assert_cmpint (balance (f, reza), ==, 50);

  /* A rule without a referral bonus gives nothing, and says so. */
  rules.referral_bonus = 0;
  g_strlcpy (rules.starts_on, "2026-11-24", sizeof rules.starts_on);
  g_assert_true (cherish_points_store_set_rules (f->points, &rules, &error));
  g_assert_cmpint (cherish_points_store_earn_for_referral (f->points, nima, reza, &error), ==, 0);
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT);
}

/* Points earned longer ago than the expiry go, oldest first, once. */
static void
test_expiry (Fixture       *f,
             gconstpointer  data)
{
  gint64 sara = cherish_test_add_customer (f->customers, "Sara", NULL);
  gint64 nima = cherish_test_add_customer (f->customers, "Nima", NULL);
  g_autoptr(GError) error = NULL;

  set_now (f, "2025-01-10T10:00:00Z");
  cherish_points_store_earn (f->points, sara, 100, 0, 0, &error);
  cherish_points_store_earn (f->points, nima, 40, 0, 0, &error);
  set_now (f, "2025-06-10T10:00:00Z");
  cherish_points_store_earn (f->points, sara, 50, 0, 0, &error);
  set_now (f, "2025-08-01T10:00:00Z");
  cherish_points_store_adjust (f->points, sara, -30, "Spent at the counter", 0, FALSE, &error);
  cherish_points_store_adjust (f->points, nima, -40, "Spent", 0, FALSE, &error);
  set_now (f, "2026-05-01T10:00:00Z");
  cherish_points_store_earn (f->points, sara, 60, 0, 0, &error);
  g_assert_no_error (error);
  set_now (f, "2026-11-24T10:00:00Z");

  /* Off by default. */
  g_assert_cmpint (cherish_points_store_get_expiry_months (f->points), ==, 0);
  g_assert_cmpint (cherish_points_store_expire_due (f->points, &error), ==, 0);
  g_assert_false (cherish_points_store_set_expiry_months (f->points, 121, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (cherish_points_store_set_expiry_months (f->points, 12, &error));
  g_assert_cmpint (balance (f, sara), ==, 180);
  /* Before 2025-11-24: 150 earned, 30 spent → 120 go; the 60 of May stay. */
  g_assert_cmpint (cherish_points_store_expire_due (f->points, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpint (balance (f, sara), ==, 60);
  g_assert_cmpint (balance (f, nima), ==, 0);
  g_assert_cmpint (cherish_points_store_expire_due (f->points, &error), ==, 0);
  g_assert_cmpint (balance (f, sara), ==, 60);

  /* A year on, the May points go too. */
  set_now (f, "2027-05-02T10:00:00Z");
  g_assert_cmpint (cherish_points_store_expire_due (f->points, &error), ==, 1);
  g_assert_cmpint (balance (f, sara), ==, 0);
  g_assert_cmpint (cherish_points_store_verify (f->points, &error), ==, 0);
  g_assert_no_error (error);
}

static guint
count_up (GPtrArray *moves)
{
  guint up = 0;

  for (guint i = 0; i < moves->len; i++)
    up += cherish_tier_move_get_up (moves->pdata[i]);
  return up;
}

static CherishTierMove *
move_of (GPtrArray  *moves,
         const char *name)
{
  for (guint i = 0; i < moves->len; i++)
    if (g_strcmp0 (cherish_tier_move_get_customer_name (moves->pdata[i]), name) == 0)
      return moves->pdata[i];
  return NULL;
}

/* Tiers by points earned in 12 months (reversals taken off) or visits;
 * changing a threshold shows who moved. */
static void
test_tiers (Fixture       *f,
            gconstpointer  data)
{
  gint64 ana = cherish_test_add_customer (f->customers, "Ana", NULL);
  gint64 ben = cherish_test_add_customer (f->customers, "Ben", NULL);
  gint64 cyrus = cherish_test_add_customer (f->customers, "Cyrus", NULL);
  gint64 dara = cherish_test_add_customer (f->customers, "Dara", NULL);
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tier = NULL;
  gint64 gold, measure = -1, big;

  g_assert_cmpint (cherish_tier_store_add (f->tiers, "  ", 10, &error), ==, 0);
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (cherish_tier_store_add (f->tiers, "Bronze", -1, &error), ==, 0);
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (cherish_tier_store_add (f->tiers, "Silver", 100, &error), >, 0);
  gold = cherish_tier_store_add (f->tiers, "Gold", 500, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cherish_tier_store_add (f->tiers, "Platinum", 500, &error), ==, 0);
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT);
  g_clear_error (&error);

  set_now (f, "2025-10-01T10:00:00Z");
  cherish_points_store_earn (f->points, cyrus, 600, 0, 0, &error);     /* too long ago */
  set_now (f, "2026-03-01T10:00:00Z");
  cherish_points_store_earn (f->points, ana, 600, 0, 0, &error);
  cherish_points_store_earn (f->points, ben, 150, 0, 0, &error);
  cherish_points_store_earn (f->points, dara, 400, 0, 0, &error);
  big = cherish_points_store_earn (f->points, dara, 300, 0, 0, &error);
  cherish_points_store_reverse (f->points, big, &error);                /* refunded */
  set_now (f, "2026-11-24T10:00:00Z");
  g_assert_no_error (error);

  tier = cherish_tier_store_tier_of (f->tiers, ana, &measure, &error);
  g_assert_cmpstr (tier, ==, "Gold");
  g_assert_cmpint (measure, ==, 600);
  g_clear_pointer (&tier, g_free);
  tier = cherish_tier_store_tier_of (f->tiers, cyrus, &measure, &error);
  g_assert_null (tier);
  g_assert_cmpint (measure, ==, 0);

  moves = cherish_tier_store_recalculate (f->tiers, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (moves->len, ==, 3);
  g_assert_cmpuint (count_up (moves), ==, 3);
  g_assert_cmpstr (cherish_tier_move_get_to_tier (move_of (moves, "Ana")), ==, "Gold");
  g_assert_cmpstr (cherish_tier_move_get_to_tier (move_of (moves, "Ben")), ==, "Silver");
  g_assert_cmpstr (cherish_tier_move_get_to_tier (move_of (moves, "Dara")), ==, "Silver");
  g_assert_null (move_of (moves, "Cyrus"));
  g_clear_pointer (&moves, g_ptr_array_unref);

  /* Nothing changed, nobody moves. */
  moves = cherish_tier_store_recalculate (f->tiers, &error);
  g_assert_cmpuint (moves->len, ==, 0);
  g_clear_pointer (&moves, g_ptr_array_unref);
  list = cherish_tier_store_list (f->tiers, &error);
  g_assert_cmpint (cherish_tier_get_n_customers (list->pdata[0]), ==, 2);
  g_assert_cmpint (cherish_tier_get_n_customers (list->pdata[1]), ==, 1);

  /* Gold now starts at 700: Ana moves down. */
  g_assert_true (cherish_tier_store_update (f->tiers, gold, "Gold", 700, &error));
  moves = cherish_tier_store_recalculate (f->tiers, &error);
  g_assert_cmpuint (moves->len, ==, 1);
  g_assert_cmpstr (cherish_tier_move_get_from_tier (moves->pdata[0]), ==, "Gold");
  g_assert_cmpstr (cherish_tier_move_get_to_tier (moves->pdata[0]), ==, "Silver");
  g_assert_false (cherish_tier_move_get_up (moves->pdata[0]));
  g_clear_pointer (&moves, g_ptr_array_unref);

  /* Inviting by tier: Silver and above, Gold and above, a tier that is not. */
  {
    g_autoptr(CherishGuestStore) guests = cherish_guest_store_new (f->shop.db, f->shop.clock);
    CherishGuestFilter silver = { CHERISH_GUEST_FILTER_TIER, 0, "Silver" };
    CherishGuestFilter golden = { CHERISH_GUEST_FILTER_TIER, 0, "Gold" };
    CherishGuestFilter none = { CHERISH_GUEST_FILTER_TIER, 0, "Bronze" };
    CherishGuestFilter empty = { CHERISH_GUEST_FILTER_TIER, 0, " " };

    g_assert_cmpint (cherish_guest_store_count_matching (guests, 0, &silver, &error), ==, 3);
    g_assert_cmpint (cherish_guest_store_count_matching (guests, 0, &golden, &error), ==, 0);
    g_assert_cmpint (cherish_guest_store_count_matching (guests, 0, &none, &error), ==, 0);
    g_assert_no_error (error);
    g_assert_cmpint (cherish_guest_store_count_matching (guests, 0, &empty, &error), ==, -1);
    g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* By visits: one visit each is no tier at all. */
  visit (f, ana, "2026-11-01T10:00:00Z");
  g_assert_true (cherish_tier_store_set_basis (f->tiers, CHERISH_TIER_BASIS_VISITS, &error));
  g_assert_cmpint (cherish_tier_store_get_basis (f->tiers), ==, CHERISH_TIER_BASIS_VISITS);
  moves = cherish_tier_store_recalculate (f->tiers, &error);
  g_assert_cmpuint (moves->len, ==, 3);
  g_assert_cmpuint (count_up (moves), ==, 0);
  g_assert_null (cherish_tier_move_get_to_tier (move_of (moves, "Ana")));   /* none */
  g_clear_pointer (&tier, g_free);
  tier = cherish_tier_store_tier_of (f->tiers, ana, &measure, &error);
  g_assert_null (tier);
  g_assert_cmpint (measure, ==, 1);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add ("/loyalty/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("birthday-bonus", test_birthday_bonus);
  ADD ("event-and-referral", test_event_and_referral);
  ADD ("expiry", test_expiry);
  ADD ("tiers", test_tiers);
#undef ADD
  return g_test_run ();
}
