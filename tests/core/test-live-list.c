/* test-live-list.c — stable slots over changing lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cherish-live-list.h"
#include "cherish-staff.h"

static GListModel *
make_list (guint       n,
           const char *prefix)
{
  GListStore *store = g_list_store_new (CHERISH_TYPE_STAFF);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %u", prefix, i);
      g_autoptr(CherishStaff) staff = cherish_staff_new (name);

      g_list_store_append (store, staff);
    }
  return G_LIST_MODEL (store);
}

typedef struct
{
  guint position, removed, added, calls;
} Change;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Change     *change)
{
  *change = (Change) { position, removed, added, change->calls + 1 };
}

static void
count_notify (gpointer user_data)
{
  (*(guint *) user_data)++;
}

static void
test_slots (void)
{
  g_autoptr(CherishLiveList) live = cherish_live_list_new ();
  g_autoptr(GListModel) ten = make_list (10, "ten");
  g_autoptr(GListModel) four = make_list (4, "four");
  g_autoptr(GListModel) twelve = make_list (12, "twelve");
  g_autoptr(CherishListSlot) slot0 = NULL;
  g_autoptr(CherishListSlot) slot0_again = NULL;
  g_autoptr(CherishListSlot) slot3 = NULL;
  Change change = { 0 };
  guint notified0 = 0, notified3 = 0;

  g_signal_connect (live, "items-changed", G_CALLBACK (on_items_changed), &change);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (live)) == CHERISH_TYPE_LIST_SLOT);

  cherish_live_list_set_model (live, ten);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (live)), ==, 10);
  g_assert_cmpuint (change.added, ==, 10);

  slot0 = g_list_model_get_item (G_LIST_MODEL (live), 0);
  slot3 = g_list_model_get_item (G_LIST_MODEL (live), 3);
  g_assert_cmpstr (cherish_staff_get_name (cherish_list_slot_get_item (slot0)), ==, "ten 0");
  g_signal_connect_swapped (slot0, "notify::item", G_CALLBACK (count_notify), &notified0);
  g_signal_connect_swapped (slot3, "notify::item", G_CALLBACK (count_notify), &notified3);

  /* Narrower: only the tail moves; slot 0 (read) hears of its new item,
   * slot 3 (never read) has nothing to say; the same objects stay. */
  cherish_live_list_set_model (live, four);
  g_assert_cmpuint (change.position, ==, 4);
  g_assert_cmpuint (change.removed, ==, 6);
  g_assert_cmpuint (change.added, ==, 0);
  g_assert_cmpuint (notified0, ==, 1);
  g_assert_cmpuint (notified3, ==, 0);
  slot0_again = g_list_model_get_item (G_LIST_MODEL (live), 0);
  g_assert_true (slot0 == slot0_again);
  g_assert_cmpstr (cherish_staff_get_name (cherish_list_slot_get_item (slot0)), ==, "four 0");
  g_assert_cmpstr (cherish_staff_get_name (cherish_list_slot_get_item (slot3)), ==, "four 3");

  /* Wider: the tail grows. */
  cherish_live_list_set_model (live, twelve);
  g_assert_cmpuint (change.position, ==, 4);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 8);
  g_assert_cmpstr (cherish_staff_get_name (cherish_list_slot_get_item (slot3)), ==, "twelve 3");
  {
    g_autoptr(CherishListSlot) last = g_list_model_get_item (G_LIST_MODEL (live), 11);

    g_assert_cmpstr (cherish_staff_get_name (cherish_list_slot_get_item (last)), ==, "twelve 11");
    g_assert_null (g_list_model_get_item (G_LIST_MODEL (live), 12));
  }

  /* Changes of the model shown are followed. */
  g_list_store_remove (G_LIST_STORE (twelve), 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (live)), ==, 11);
  g_assert_cmpstr (cherish_staff_get_name (cherish_list_slot_get_item (slot0)), ==, "twelve 1");

  /* Same length, new contents: no items-changed at all, only notifies. */
  {
    g_autoptr(GListModel) eleven = make_list (11, "eleven");
    guint calls = change.calls;

    cherish_live_list_set_model (live, eleven);
    g_assert_cmpuint (change.calls, ==, calls);
    g_assert_cmpstr (cherish_staff_get_name (cherish_list_slot_get_item (slot0)), ==, "eleven 0");
  }
}

/* Slots far down hear of a change once the main loop is idle, so the
 * first rows are shown at once. */
static void
test_far_slots_later (void)
{
  g_autoptr(CherishLiveList) live = cherish_live_list_new ();
  g_autoptr(GListModel) first = make_list (200, "first");
  g_autoptr(GListModel) second = make_list (200, "second");
  g_autoptr(CherishListSlot) near = NULL;
  g_autoptr(CherishListSlot) far = NULL;
  guint notified_near = 0, notified_far = 0;

  cherish_live_list_set_model (live, first);
  near = g_list_model_get_item (G_LIST_MODEL (live), 2);
  far = g_list_model_get_item (G_LIST_MODEL (live), 150);
  cherish_list_slot_get_item (near);
  cherish_list_slot_get_item (far);
  g_signal_connect_swapped (near, "notify::item", G_CALLBACK (count_notify), &notified_near);
  g_signal_connect_swapped (far, "notify::item", G_CALLBACK (count_notify), &notified_far);

  cherish_live_list_set_model (live, second);
  g_assert_cmpuint (notified_near, ==, 1);
  g_assert_cmpuint (notified_far, ==, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (notified_far, ==, 1);
  g_assert_cmpstr (cherish_staff_get_name (cherish_list_slot_get_item (far)), ==, "second 150");

  /* Two changes before the idle: told once, of the latest. */
  cherish_live_list_set_model (live, first);
  cherish_live_list_set_model (live, second);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (notified_far, ==, 2);
  g_assert_cmpuint (notified_near, ==, 3);
  g_assert_cmpstr (cherish_staff_get_name (cherish_list_slot_get_item (far)), ==, "second 150");

  /* Read after a change, before it is told (a row bound to it then): it
   * holds the new item, nothing to tell. */
  cherish_live_list_set_model (live, first);
  g_assert_cmpstr (cherish_staff_get_name (cherish_list_slot_get_item (far)), ==, "first 150");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (notified_far, ==, 2);
}

/* The slots the view says it shows hear of a change at once, those above
 * and below them once the main loop is idle. */
static void
test_shown_slots_first (void)
{
  g_autoptr(CherishLiveList) live = cherish_live_list_new ();
  g_autoptr(GListModel) first = make_list (100, "first");
  g_autoptr(GListModel) second = make_list (100, "second");
  CherishListSlot *slots[4];
  const guint positions[4] = { 2, 10, 14, 20 };
  guint notified[4] = { 0 };

  cherish_live_list_set_model (live, first);
  for (guint i = 0; i < G_N_ELEMENTS (slots); i++)
    {
      slots[i] = g_list_model_get_item (G_LIST_MODEL (live), positions[i]);
      cherish_list_slot_get_item (slots[i]);
      g_signal_connect_swapped (slots[i], "notify::item", G_CALLBACK (count_notify), &notified[i]);
    }

  cherish_live_list_set_shown (live, 10, 5);
  cherish_live_list_set_model (live, second);
  g_assert_cmpuint (notified[0], ==, 0);
  g_assert_cmpuint (notified[1], ==, 1);
  g_assert_cmpuint (notified[2], ==, 1);
  g_assert_cmpuint (notified[3], ==, 0);

  while (g_main_context_iteration (NULL, FALSE))
    ;
  /* Each told once, of the new item. */
  for (guint i = 0; i < G_N_ELEMENTS (slots); i++)
    {
      g_autofree char *expected = g_strdup_printf ("second %u", positions[i]);

      g_assert_cmpuint (notified[i], ==, 1);
      g_assert_cmpstr (cherish_staff_get_name (cherish_list_slot_get_item (slots[i])), ==, expected);
      g_object_unref (slots[i]);
    }
}

/* A slot a view still holds outlives the list without harm. */
static void
test_slot_outlives_list (void)
{
  g_autoptr(GListModel) three = make_list (3, "three");
  CherishLiveList *live = cherish_live_list_new ();
  g_autoptr(CherishListSlot) slot = NULL;

  cherish_live_list_set_model (live, three);
  slot = g_list_model_get_item (G_LIST_MODEL (live), 1);
  g_assert_nonnull (cherish_list_slot_get_item (slot));
  g_object_unref (live);
  g_assert_nonnull (cherish_list_slot_get_item (slot));
  g_assert_cmpuint (cherish_list_slot_get_position (slot), ==, 1);
}

/* A slot nobody holds goes, and its item with it; asked again, the list
 * makes a new one that reads the item again. */
static void
test_slot_let_go (void)
{
  g_autoptr(CherishLiveList) live = cherish_live_list_new ();
  g_autoptr(GListModel) ten = make_list (10, "ten");
  CherishListSlot *slot;
  gpointer item;

  cherish_live_list_set_model (live, ten);
  slot = g_list_model_get_item (G_LIST_MODEL (live), 4);
  g_object_add_weak_pointer (G_OBJECT (slot), (gpointer *) &slot);
  item = cherish_list_slot_get_item (slot);
  g_assert_cmpstr (cherish_staff_get_name (item), ==, "ten 4");
  g_object_unref (slot);
  g_assert_null (slot);   /* the list did not keep it */

  slot = g_list_model_get_item (G_LIST_MODEL (live), 4);
  g_assert_cmpstr (cherish_staff_get_name (cherish_list_slot_get_item (slot)), ==, "ten 4");
  g_object_unref (slot);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/live-list/slots", test_slots);
  g_test_add_func ("/live-list/shown-slots-first", test_shown_slots_first);
  g_test_add_func ("/live-list/slot-outlives-list", test_slot_outlives_list);
  g_test_add_func ("/live-list/slot-let-go", test_slot_let_go);
  g_test_add_func ("/live-list/far-slots-later", test_far_slots_later);

  return g_test_run ();
}
