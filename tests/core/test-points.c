/* test-points.c — the points ledger: 10,000 random movements against a model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "cherish-error.h"
#include "cherish-points-store.h"
#include "cherish-test-util.h"
#include "cherish-visit-store.h"

#define CUSTOMERS 20
#define REWARDS 3
#define OPERATIONS 10000

typedef struct
{
  gint64   id;
  int      customer;
  gint64   points;
  gboolean reversal;
  gboolean reversed;
  int      reward;     /* -1: none */
} Row;

static void
test_random_movements (void)
{
  CherishTestShop shop;
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(CherishPointsStore) points = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261124);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  gint64 ids[CUSTOMERS], balance[CUSTOMERS] = { 0 };
  gint64 reward_ids[REWARDS], cost[REWARDS] = { 50, 120, 400 }, stock[REWARDS] = { 5, -1, 2 };
  guint refused = 0, negative_adjustments = 0;

  cherish_test_shop_open (&shop, "2026-11-24T10:00:00Z", "points.db");
  customers = cherish_customer_store_new (shop.db, shop.clock);
  points = cherish_points_store_new (shop.db, shop.clock);
  for (int c = 0; c < CUSTOMERS; c++)
    {
      g_autofree char *name = g_strdup_printf ("Customer %d", c);

      ids[c] = cherish_test_add_customer (customers, name, NULL);
    }
  for (int r = 0; r < REWARDS; r++)
    reward_ids[r] = cherish_points_store_add_reward (points, "Reward", cost[r], stock[r], NULL);

  for (int op = 0; op < OPERATIONS; op++)
    {
      int c = g_rand_int_range (rand, 0, CUSTOMERS);
      int what = g_rand_int_range (rand, 0, 100);
      g_autoptr(GError) error = NULL;
      Row row = { 0, c, 0, FALSE, FALSE, -1 };
      gboolean expect_ok;
      gint64 id;

      if (what < 40)          /* earn */
        {
          row.points = g_rand_int_range (rand, 1, 200);
          expect_ok = TRUE;
          id = cherish_points_store_earn (points, ids[c], row.points, 0, 0, &error);
        }
      else if (what < 60)     /* redeem */
        {
          int r = g_rand_int_range (rand, 0, REWARDS);

          row.points = -cost[r];
          row.reward = r;
          expect_ok = stock[r] != 0 && balance[c] - cost[r] >= 0;
          id = cherish_points_store_redeem (points, ids[c], reward_ids[r], &error);
          if (id > 0 && stock[r] > 0)
            stock[r]--;
        }
      else if (what < 72)     /* expire */
        {
          row.points = -g_rand_int_range (rand, 1, 100);
          expect_ok = balance[c] + row.points >= 0;
          id = cherish_points_store_expire (points, ids[c], -row.points, &error);
        }
      else if (what < 85)     /* adjust, sometimes allowed below zero */
        {
          gboolean may = g_rand_int_range (rand, 0, 4) == 0;

          row.points = g_rand_int_range (rand, -900, 150);
          if (row.points == 0)
            row.points = 1;
          expect_ok = may || row.points > 0 || balance[c] + row.points >= 0;
          id = cherish_points_store_adjust (points, ids[c], row.points, "Goodwill", 0, may, &error);
          if (id > 0 && balance[c] + row.points < 0)
            negative_adjustments++;
        }
      else                    /* reverse an earlier row */
        {
          Row *target;
          guint pick;

          if (rows->len == 0)
            continue;
          pick = g_rand_int_range (rand, 0, rows->len);
          target = &g_array_index (rows, Row, pick);
          row.customer = c = target->customer;
          row.points = -target->points;
          row.reversal = TRUE;
          expect_ok = !target->reversal && !target->reversed &&
                      (row.points > 0 || balance[c] + row.points >= 0);
          id = cherish_points_store_reverse (points, target->id, &error);
          if (id > 0)
            {
              target->reversed = TRUE;
              if (target->reward >= 0 && stock[target->reward] >= 0)
                stock[target->reward]++;
            }
        }

      if (expect_ok)
        {
          g_assert_no_error (error);
          g_assert_cmpint (id, >, 0);
          row.id = id;
          balance[c] += row.points;
          g_array_append_val (rows, row);
        }
      else
        {
          g_assert_cmpint (id, ==, 0);
          g_assert_nonnull (error);
          refused++;
        }
      /* The balance is the sum, and the model's. */
      g_assert_cmpint (cherish_points_store_get_balance (points, ids[c], NULL), ==, balance[c]);
      g_assert_cmpint (cherish_points_store_sum (points, ids[c], NULL), ==, balance[c]);
    }

  g_assert_cmpint (cherish_points_store_verify (points, NULL), ==, 0);
  for (int r = 0; r < REWARDS; r++)
    g_assert_cmpint (cherish_points_store_get_stock (points, reward_ids[r], NULL), ==, stock[r]);
  g_test_message ("%u movements kept, %u refused, %u adjustments below zero", rows->len, refused,
                  negative_adjustments);
  g_assert_cmpuint (refused, >, 100);   /* the refusals were exercised */

  g_clear_object (&points);
  g_clear_object (&customers);
  cherish_test_shop_close (&shop);
}

static void
test_refusals (void)
{
  CherishTestShop shop;
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(CherishPointsStore) points = NULL;
  g_autoptr(GError) error = NULL;
  gint64 sara, scarf, earned, spent;

  cherish_test_shop_open (&shop, "2026-11-24T10:00:00Z", "refusals.db");
  customers = cherish_customer_store_new (shop.db, shop.clock);
  points = cherish_points_store_new (shop.db, shop.clock);
  sara = cherish_test_add_customer (customers, "Sara", NULL);
  scarf = cherish_points_store_add_reward (points, "Silk scarf", 100, 1, &error);
  g_assert_no_error (error);

  /* Short balance: nothing moves, the stock neither. */
  earned = cherish_points_store_earn (points, sara, 60, 0, 0, &error);
  g_assert_cmpint (cherish_points_store_redeem (points, sara, scarf, &error), ==, 0);
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (cherish_points_store_get_stock (points, scarf, NULL), ==, 1);
  g_assert_cmpint (cherish_points_store_get_balance (points, sara, NULL), ==, 60);

  /* Enough: redeemed; none left for a second; the reversal gives it back. */
  cherish_points_store_earn (points, sara, 90, 0, 0, &error);
  spent = cherish_points_store_redeem (points, sara, scarf, &error);
  g_assert_cmpint (spent, >, 0);
  g_assert_cmpint (cherish_points_store_get_stock (points, scarf, NULL), ==, 0);
  cherish_points_store_earn (points, sara, 200, 0, 0, &error);
  g_assert_cmpint (cherish_points_store_redeem (points, sara, scarf, &error), ==, 0);
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (cherish_points_store_reverse (points, spent, &error), >, 0);
  g_assert_cmpint (cherish_points_store_get_stock (points, scarf, NULL), ==, 1);
  g_assert_cmpint (cherish_points_store_reverse (points, spent, &error), ==, 0);
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (cherish_points_store_reverse (points, earned, &error), >, 0);
  g_assert_no_error (error);

  /* An adjustment needs a reason; the ledger cannot be edited. */
  g_assert_cmpint (cherish_points_store_adjust (points, sara, 10, "  ", 0, FALSE, &error), ==, 0);
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (cherish_points_store_earn (points, sara, 0, 0, 0, &error), ==, 0);
  g_clear_error (&error);
  g_assert_cmpint (cherish_points_store_verify (points, NULL), ==, 0);

  /* Not even through SQL: rows are neither changed nor removed. */
  {
    g_autofree char *path = g_build_filename (shop.dir, "refusals.db", NULL);
    sqlite3 *other = NULL;

    g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
    sqlite3_busy_timeout (other, 5000);
    g_assert_cmpint (sqlite3_exec (other, "UPDATE points_ledger SET points = 1", NULL, NULL, NULL), !=, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (other, "DELETE FROM points_ledger", NULL, NULL, NULL), !=, SQLITE_OK);
    sqlite3_close (other);
  }
  g_assert_cmpint (cherish_points_store_get_balance (points, sara, NULL), ==,
                   cherish_points_store_sum (points, sara, NULL));

  g_clear_object (&points);
  g_clear_object (&customers);
  cherish_test_shop_close (&shop);
}

/* Money to points: integer maths, rounded down. */
static void
test_rounding (void)
{
  static const struct { gint64 amount, per, unit, points; } table[] = {
    { 0, 1, 10000, 0 },
    { 9999, 1, 10000, 0 },
    { 10000, 1, 10000, 1 },
    { 19999, 1, 10000, 1 },
    { 20000, 1, 10000, 2 },
    { 1250, 3, 100, 36 },          /* 12.50 EUR at 3 points a euro */
    { 99, 3, 100, 0 },
    { 1000000, 0, 100, 0 },        /* no money rule */
    { -500, 1, 1, 0 },
    { G_MAXINT64, 7, 1, 1000000000 },   /* capped, no overflow */
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    g_assert_cmpint (cherish_points_for_amount (table[i].amount, table[i].per, table[i].unit), ==,
                     table[i].points);
}

/* Rules apply from their day on; a visit earns once. */
static void
test_rules (void)
{
  CherishTestShop shop;
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(CherishVisitStore) visits = NULL;
  g_autoptr(CherishPointsStore) points = NULL;
  CherishPointsRules autumn = { "2026-09-01", 10, 1, 10000, "IRR" };
  CherishPointsRules winter = { "2026-12-21", 20, 2, 10000, "IRR" };
  CherishPointsRules bad = { "2026-02-30", 1, 0, 1, "" };
  CherishPointsRules read;
  g_autoptr(GError) error = NULL;
  gint64 sara;
  const struct { const char *at; gint64 amount; gint64 expected; } cases[] = {
    { "2026-08-31T20:00:00Z", 500000, 0 },           /* before any rule */
    { "2026-11-24T10:00:00Z", 159999, 10 + 15 },
    { "2026-12-20T21:00:00Z", 100000, 20 + 20 },      /* 21 Dec in Tehran already */
  };

  cherish_test_shop_open (&shop, "2026-12-25T10:00:00+03:30", "rules.db");
  customers = cherish_customer_store_new (shop.db, shop.clock);
  visits = cherish_visit_store_new (shop.db, shop.clock);
  points = cherish_points_store_new (shop.db, shop.clock);
  sara = cherish_test_add_customer (customers, "Sara", NULL);

  g_assert_false (cherish_points_store_set_rules (points, &bad, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (cherish_points_store_set_rules (points, &autumn, &error));
  g_assert_true (cherish_points_store_set_rules (points, &winter, &error));
  g_assert_no_error (error);
  g_assert_true (cherish_points_store_get_rules (points, "2026-12-20", &read, &error));
  g_assert_cmpstr (read.starts_on, ==, "2026-09-01");
  g_assert_false (cherish_points_store_get_rules (points, "2026-01-01", &read, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CherishVisit) visit = cherish_visit_new (sara, CHERISH_VISIT_KIND_PURCHASE, cases[i].at);
      gint64 before = cherish_points_store_get_balance (points, sara, NULL);
      gint64 row;

      g_object_set (visit, "amount", cases[i].amount, "currency", "IRR", NULL);
      g_assert_true (cherish_visit_store_insert (visits, visit, &error));
      row = cherish_points_store_earn_for_visit (points, cherish_visit_get_id (visit), &error);
      g_assert_no_error (error);
      g_assert_cmpint (row > 0, ==, cases[i].expected > 0);
      g_assert_cmpint (cherish_points_store_get_balance (points, sara, NULL) - before, ==, cases[i].expected);
      /* Once. */
      g_assert_cmpint (cherish_points_store_earn_for_visit (points, cherish_visit_get_id (visit), &error), ==, 0);
      g_assert_no_error (error);
      g_assert_cmpint (cherish_points_store_get_balance (points, sara, NULL) - before, ==, cases[i].expected);
    }

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
  g_test_add_func ("/points/random-movements", test_random_movements);
  g_test_add_func ("/points/refusals", test_refusals);
  g_test_add_func ("/points/rounding", test_rounding);
  g_test_add_func ("/points/rules", test_rules);
  return g_test_run ();
}
