/* test-ideas.c — the staff idea board: suggest, vote once, approve or
 * decline, offered by occasion, "used on" counted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cherish-celebration-store.h"
#include "cherish-error.h"
#include "cherish-idea-store.h"
#include "cherish-staff-store.h"
#include "cherish-test-util.h"

static void
assert_refused (gboolean   done,
                GError   **error,
                int        code)
{
  g_assert_false (done);
  g_assert_error (*error, CHERISH_ERROR, code);
  g_clear_error (error);
}

static void
test_board (void)
{
  CherishTestShop shop;
  g_autoptr(CherishIdeaStore) ideas = NULL;
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(CherishCelebrationStore) celebrations = NULL;
  g_autoptr(CherishIdea) idea = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  const char *flowers_kinds[] = { "birthday", "event", NULL };
  const char *wrong_kinds[] = { "birthday", "funeral", NULL };
  const char *tenure_kinds[] = { "tenure", NULL };
  gint64 ana, bob, cy, flowers, coffee, poem;

  cherish_test_shop_open (&shop, "2026-11-24T10:00:00+03:30", "ideas.db");
  ideas = cherish_idea_store_new (shop.db, shop.clock);
  customers = cherish_customer_store_new (shop.db, shop.clock);
  celebrations = cherish_celebration_store_new (shop.db, shop.clock);
  ana = cherish_test_add_staff (shop.db, "Ana");
  bob = cherish_test_add_staff (shop.db, "Bob");
  cy = cherish_test_add_staff (shop.db, "Cy");

  /* Suggesting: a title, known kinds, someone who works here. */
  assert_refused (cherish_idea_store_suggest (ideas, "  ", "", -1, NULL, NULL, ana, &error) > 0,
                  &error, CHERISH_ERROR_INVALID);
  assert_refused (cherish_idea_store_suggest (ideas, "Flowers", "", -1, NULL, wrong_kinds, ana, &error) > 0,
                  &error, CHERISH_ERROR_INVALID);
  assert_refused (cherish_idea_store_suggest (ideas, "Flowers", "", -1, NULL, NULL, 999, &error) > 0,
                  &error, CHERISH_ERROR_INVALID);
  assert_refused (cherish_idea_store_suggest (ideas, "Flowers", "", 5000, "XX", NULL, ana, &error) > 0,
                  &error, CHERISH_ERROR_INVALID);
  flowers = cherish_idea_store_suggest (ideas, " Flowers from the market ", "A small bunch", 5000000, "IRR",
                                        flowers_kinds, ana, &error);
  coffee = cherish_idea_store_suggest (ideas, "Free coffee", "", -1, NULL, NULL, bob, &error);
  poem = cherish_idea_store_suggest (ideas, "A poem card", "", -1, NULL, tenure_kinds, cy, &error);
  g_assert_no_error (error);
  idea = cherish_idea_store_get (ideas, flowers, &error);
  g_assert_cmpstr (cherish_idea_get_title (idea), ==, "Flowers from the market");
  g_assert_cmpstr (cherish_idea_get_kinds (idea), ==, "birthday\nevent");
  g_assert_cmpstr (cherish_idea_get_staff_name (idea), ==, "Ana");
  g_assert_cmpstr (cherish_idea_get_status (idea), ==, "new");
  g_assert_cmpint (cherish_idea_get_cost_minor (idea), ==, 5000000);
  g_clear_object (&idea);

  /* Voting: once each, never for one's own. */
  assert_refused (cherish_idea_store_vote (ideas, flowers, ana, &error), &error, CHERISH_ERROR_CONFLICT);
  g_assert_true (cherish_idea_store_vote (ideas, flowers, bob, &error));
  assert_refused (cherish_idea_store_vote (ideas, flowers, bob, &error), &error, CHERISH_ERROR_CONFLICT);
  g_assert_true (cherish_idea_store_vote (ideas, flowers, cy, &error));
  g_assert_true (cherish_idea_store_vote (ideas, poem, ana, &error));
  g_assert_no_error (error);
  list = cherish_idea_store_list (ideas, "new", &error);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_cmpint (cherish_idea_get_id (list->pdata[0]), ==, flowers);   /* most votes first */
  g_assert_cmpint (cherish_idea_get_votes (list->pdata[0]), ==, 2);
  g_assert_cmpint (cherish_idea_get_id (list->pdata[1]), ==, poem);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Deciding: a decline says why; a declined idea takes no votes. */
  assert_refused (cherish_idea_store_decide (ideas, coffee, FALSE, " ", &error), &error, CHERISH_ERROR_INVALID);
  g_assert_true (cherish_idea_store_decide (ideas, coffee, FALSE, "We do that already", &error));
  assert_refused (cherish_idea_store_vote (ideas, coffee, cy, &error), &error, CHERISH_ERROR_CONFLICT);
  g_assert_true (cherish_idea_store_decide (ideas, flowers, TRUE, NULL, &error));
  g_assert_true (cherish_idea_store_decide (ideas, poem, TRUE, "Lovely", &error));
  assert_refused (cherish_idea_store_decide (ideas, 999, TRUE, NULL, &error), &error, CHERISH_ERROR_NOT_FOUND);
  g_assert_no_error (error);

  /* Offered when planning: those that fit the occasion first. */
  list = cherish_idea_store_list_for_occasion (ideas, "tenure", &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpint (cherish_idea_get_id (list->pdata[0]), ==, poem);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = cherish_idea_store_list_for_occasion (ideas, "birthday", &error);
  g_assert_cmpint (cherish_idea_get_id (list->pdata[0]), ==, flowers);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Used on two celebrations: it moves from approved to used. */
  for (int i = 0; i < 2; i++)
    {
      g_autofree char *name = g_strdup_printf ("Customer %d", i);
      gint64 customer = cherish_test_add_customer (customers, name, NULL);
      g_autoptr(CherishOccasion) birthday = cherish_occasion_new (CHERISH_OCCASION_BIRTHDAY, customer, name,
                                                                  "2026-11-27", 35, NULL, 0);
      g_autoptr(CherishCelebration) plan = cherish_celebration_store_plan (celebrations, birthday, &error);

      g_object_set (plan, "idea-id", flowers, "surprise", "Flowers from the market", NULL);
      g_assert_true (cherish_celebration_store_update (celebrations, plan, &error));
      g_assert_no_error (error);
    }
  list = cherish_idea_store_list (ideas, "used", &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (cherish_idea_get_used (list->pdata[0]), ==, 2);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = cherish_idea_store_list (ideas, "approved", &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (cherish_idea_get_id (list->pdata[0]), ==, poem);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = cherish_idea_store_list (ideas, "declined", &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (cherish_idea_get_comment (list->pdata[0]), ==, "We do that already");

  g_clear_pointer (&list, g_ptr_array_unref);
  g_clear_object (&celebrations);
  g_clear_object (&customers);
  g_clear_object (&ideas);
  cherish_test_shop_close (&shop);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ideas/board", test_board);
  return g_test_run ();
}
