/* test-events.c — the Events page under Xvfb: create, add guests by a filter, check in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "cherish-customer-events.h"
#include "cherish-event-day.h"
#include "cherish-event-detail.h"
#include "cherish-list-dialog.h"
#include "cherish-event-dialog.h"
#include "cherish-event-store.h"
#include "cherish-events-page.h"
#include "cherish-guest-store.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"
#include "cherish-tier-store.h"

static void
test_create_invite_check_in (void)
{
  CherishTestShop shop;
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(CherishEventStore) events = NULL;
  g_autoptr(CherishGuestStore) guests = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) invited = NULL;
  g_autoptr(GDateTime) event_day = NULL;
  CherishEventsPage *page;
  CherishEventDialog *dialog;
  GtkWindow *window;
  AdwEntryRow *title, *ends;
  gpointer guest;

  cherish_test_shop_open (&shop, "2026-11-24T10:00:00+03:30", "events.db");
  customers = cherish_customer_store_new (shop.db, shop.clock);
  events = cherish_event_store_new (shop.db, shop.clock);
  guests = cherish_guest_store_new (shop.db, shop.clock);
  cherish_test_add_customer (customers, "Sara Ahmadi", "likes", "roses\ngreen tea", NULL);
  cherish_test_add_customer (customers, "Omid Karimi", "likes", "coffee", NULL);

  page = g_object_new (CHERISH_TYPE_EVENTS_PAGE, NULL);
  cherish_events_page_setup (page, shop.db, shop.clock);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 700, 1400);
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  cherish_test_wait_for_frames (GTK_WIDGET (window), 2);

  /* The dialog: an end before 00:00 is fine (next day); a wrong time is red and kept. */
  dialog = cherish_event_dialog_new (window, shop.db, shop.clock, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  title = cherish_test_row_titled (dialog, ADW_TYPE_ENTRY_ROW, "Title");
  ends = cherish_test_row_titled (dialog, ADW_TYPE_ENTRY_ROW, "Ends (hour:minute)");
  gtk_editable_set_text (GTK_EDITABLE (title), "Tasting evening");
  gtk_editable_set_text (GTK_EDITABLE (ends), "25:00");
  g_assert_false (cherish_event_dialog_save (dialog));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (ends), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ends)), ==, "25:00");
  gtk_editable_set_text (GTK_EDITABLE (ends), "21:30");
  g_assert_true (cherish_event_dialog_save (dialog));   /* closes */

  list = cherish_event_store_list (events, TRUE, NULL);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (cherish_event_get_starts_at (list->pdata[0]), ==, "2026-12-01T14:30:00Z");
  cherish_test_spin (50);
  g_assert_nonnull (cherish_test_row_titled (page, ADW_TYPE_ACTION_ROW, "Tasting evening"));

  /* A tier everyone is in, offered as a filter. */
  {
    g_autoptr(CherishTierStore) tiers = cherish_tier_store_new (shop.db, shop.clock);
    g_autoptr(GPtrArray) moves = NULL;

    g_assert_cmpint (cherish_tier_store_add (tiers, "Regular", 0, NULL), >, 0);
    moves = cherish_tier_store_recalculate (tiers, NULL);
    g_assert_cmpuint (moves->len, ==, 2);
  }

  /* Its page: those who like roses, counted, then added. */
  cherish_events_page_show_event (page, cherish_event_get_id (list->pdata[0]));
  adw_combo_row_set_selected (cherish_test_row_titled (page, ADW_TYPE_COMBO_ROW, "Customers"), 4);
  gtk_editable_set_text (GTK_EDITABLE (cherish_test_row_titled (page, ADW_TYPE_ENTRY_ROW, "They Like")), "Roses");
  g_assert_nonnull (cherish_test_row_titled (page, ADW_TYPE_ACTION_ROW, "1 customer not on the list yet"));
  g_signal_emit_by_name (cherish_test_button (page, "_Add Them"), "clicked");
  cherish_test_spin (50);
  invited = cherish_guest_store_list (guests, cherish_event_get_id (list->pdata[0]), NULL);
  g_assert_cmpuint (invited->len, ==, 1);
  g_assert_cmpstr (cherish_invitation_get_customer_name (invited->pdata[0]), ==, "Sara Ahmadi");
  guest = cherish_test_row_titled (page, ADW_TYPE_ACTION_ROW, "Sara Ahmadi");
  g_assert_nonnull (guest);

  /* By tier: Omid is the one left. */
  adw_combo_row_set_selected (cherish_test_row_titled (page, ADW_TYPE_COMBO_ROW, "Customers"), 6);
  {
    const char *filter = gtk_string_object_get_string (adw_combo_row_get_selected_item (
                           cherish_test_row_titled (page, ADW_TYPE_COMBO_ROW, "Customers")));
    g_autofree char *plain = cherish_test_without_bidi_marks (filter);

    /* The tier's name (typed by the shop) is isolated, the line set in
     * the interface's direction. */
    g_assert_cmpstr (filter, ==, "\u200e\u2068Regular\u2069 and above");
    g_assert_cmpstr (plain, ==, "Regular and above");
  }
  g_assert_nonnull (cherish_test_row_titled (page, ADW_TYPE_ACTION_ROW, "1 customer not on the list yet"));

  if (g_getenv ("CHERISH_TEST_PNG_DIR") != NULL)
    {
      g_autofree char *png = g_build_filename (g_getenv ("CHERISH_TEST_PNG_DIR"), "event-guests.png", NULL);

      cherish_test_spin (600);   /* the slide to the event's page */
      cherish_test_save_png (GTK_WIDGET (window), png);
    }

  /* Check-in waits for the day, and says so. */
  g_signal_emit_by_name (cherish_test_button (guest, "Check In"), "clicked");
  {
    g_autoptr(GPtrArray) labels = cherish_test_find_all (page, GTK_TYPE_LABEL);
    gboolean said = FALSE;

    for (guint i = 0; i < labels->len; i++)
      said |= gtk_widget_get_visible (labels->pdata[i]) &&
              gtk_widget_has_css_class (labels->pdata[i], "error") &&
              g_str_equal (gtk_label_get_label (labels->pdata[i]),
                           "Guests are checked in from the day of the event.");
    g_assert_true (said);
  }
  g_clear_pointer (&invited, g_ptr_array_unref);
  invited = cherish_guest_store_list (guests, cherish_event_get_id (list->pdata[0]), NULL);
  g_assert_cmpint (cherish_invitation_get_status (invited->pdata[0]), ==, CHERISH_INVITATION_STATUS_INVITED);

  event_day = g_date_time_new_from_iso8601 ("2026-12-01T17:45:00+03:30", NULL);
  cherish_clock_set_now (shop.clock, event_day);
  guest = cherish_test_row_titled (page, ADW_TYPE_ACTION_ROW, "Sara Ahmadi");
  g_signal_emit_by_name (cherish_test_button (guest, "Check In"), "clicked");
  cherish_test_spin (50);
  g_clear_pointer (&invited, g_ptr_array_unref);
  invited = cherish_guest_store_list (guests, cherish_event_get_id (list->pdata[0]), NULL);
  g_assert_cmpint (cherish_invitation_get_status (invited->pdata[0]), ==, CHERISH_INVITATION_STATUS_ATTENDED);
  guest = cherish_test_row_titled (page, ADW_TYPE_ACTION_ROW, "Sara Ahmadi");
  g_assert_cmpstr (adw_action_row_get_subtitle (guest), ==, "Came");

  /* A prize, one of it: to Sara, then none left, and it says so. */
  {
    gpointer name = cherish_test_row_titled (page, ADW_TYPE_ENTRY_ROW, "New Prize");
    gpointer prize;

    gtk_editable_set_text (GTK_EDITABLE (name), "Silk scarf");
    g_signal_emit_by_name (name, "apply");
    prize = cherish_test_row_titled (page, ADW_TYPE_ACTION_ROW, "Silk scarf");
    g_assert_nonnull (prize);
    g_assert_cmpstr (adw_action_row_get_subtitle (prize), ==, "1 left of 1");
    g_signal_emit_by_name (cherish_test_button (prize, "Sara Ahmadi"), "clicked");
    prize = cherish_test_row_titled (page, ADW_TYPE_ACTION_ROW, "Silk scarf");
    g_assert_cmpstr (adw_action_row_get_subtitle (prize), ==, "0 left of 1");
    g_signal_emit_by_name (cherish_test_button (prize, "Sara Ahmadi"), "clicked");
    {
      g_autoptr(GPtrArray) labels = cherish_test_find_all (page, GTK_TYPE_LABEL);
      gboolean said = FALSE;

      for (guint i = 0; i < labels->len; i++)
        said |= gtk_widget_get_visible (labels->pdata[i]) &&
                g_str_equal (gtk_label_get_label (labels->pdata[i]), "None of this prize is left.");
      g_assert_true (said);
    }
  }

  /* Event day: search, and a walk-in who is new (a name is needed). */
  {
    CherishEventDay *door = cherish_event_day_new (window, shop.db, shop.clock,
                                                   cherish_event_get_id (list->pdata[0]));
    g_autoptr(GPtrArray) everyone = NULL;
    CherishCustomerQuery prospects = { NULL, CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_FILTER_PROSPECTS };

    gtk_window_present (GTK_WINDOW (door));
    cherish_event_day_search (door, "SARA");
    g_assert_nonnull (cherish_test_row_titled (door, ADW_TYPE_ACTION_ROW, "Sara Ahmadi"));
    cherish_event_day_search (door, "0912");
    g_assert_nonnull (cherish_test_row_titled (door, ADW_TYPE_ACTION_ROW, "No guest by that name or phone"));
    g_assert_false (cherish_event_day_walk_in (door, "   ", "0912 111 2222"));
    g_assert_cmpuint (cherish_customer_store_count (customers, &prospects, NULL), ==, 0);
    g_assert_true (cherish_event_day_walk_in (door, "Nika Rad", "0912 111 2222"));
    g_assert_cmpuint (cherish_customer_store_count (customers, &prospects, NULL), ==, 1);
    everyone = cherish_guest_store_list (guests, cherish_event_get_id (list->pdata[0]), NULL);
    g_assert_cmpuint (everyone->len, ==, 2);
    g_assert_cmpint (cherish_invitation_get_status (everyone->pdata[0]), ==, CHERISH_INVITATION_STATUS_ATTENDED);
    g_assert_true (cherish_invitation_get_walk_in (everyone->pdata[0]) ||
                   cherish_invitation_get_walk_in (everyone->pdata[1]));
    cherish_event_day_search (door, "0912 111");
    g_assert_nonnull (cherish_test_row_titled (door, ADW_TYPE_ACTION_ROW, "Nika Rad"));
    gtk_window_destroy (GTK_WINDOW (door));
  }

  /* Sara's page lists the event and that she came. */
  {
    CherishCustomerEvents *theirs = g_object_new (CHERISH_TYPE_CUSTOMER_EVENTS, NULL);
    gpointer row;

    g_object_ref_sink (theirs);
    cherish_customer_events_setup (theirs, shop.db, shop.clock);
    cherish_customer_events_set_customer (theirs, cherish_invitation_get_customer_id (invited->pdata[0]));
    row = cherish_test_row_titled (theirs, ADW_TYPE_ACTION_ROW, "Tasting evening");
    g_assert_nonnull (row);
    g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (row), " · Came · won Silk scarf"));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (theirs)));
    g_object_unref (theirs);
  }

  gtk_window_destroy (window);
  g_clear_object (&guests);
  g_clear_object (&events);
  g_clear_object (&customers);
  cherish_test_shop_close (&shop);
}

/* A big evening: forty guests make thirty rows and Show All 40, whose
 * list checks a guest in. */
static void
test_many_guests (void)
{
  CherishTestShop shop;
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(CherishEventStore) events = NULL;
  g_autoptr(CherishGuestStore) guests = NULL;
  g_autoptr(CherishEvent) event = cherish_event_new ("Big night", "2026-11-24T18:00:00+03:30",
                                                     "2026-11-24T22:00:00+03:30");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) list = NULL;
  CherishEventsPage *page;
  CherishListDialog *dialog;
  GtkWindow *window;
  gpointer all;
  gint64 first = 0;

  cherish_test_shop_open (&shop, "2026-11-24T10:00:00+03:30", "many-guests.db");
  customers = cherish_customer_store_new (shop.db, shop.clock);
  events = cherish_event_store_new (shop.db, shop.clock);
  guests = cherish_guest_store_new (shop.db, shop.clock);
  g_assert_true (cherish_event_store_insert (events, event, NULL));
  for (guint i = 0; i < 45; i++)
    {
      g_autofree char *name = g_strdup_printf ("Guest %02u", i);
      gint64 id = cherish_guest_store_invite (guests, cherish_event_get_id (event),
                                              cherish_test_add_customer (customers, name, NULL), NULL);

      g_assert_cmpint (id, >, 0);
      if (first == 0)
        first = id;
    }

  page = g_object_new (CHERISH_TYPE_EVENTS_PAGE, NULL);
  cherish_events_page_setup (page, shop.db, shop.clock);
  window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (window, 700, 900);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (window);
  cherish_test_wait_for_frames (GTK_WIDGET (window), 2);
  cherish_events_page_show_event (page, cherish_event_get_id (event));
  cherish_test_wait_for_frames (GTK_WIDGET (window), 2);

  all = cherish_test_row_titled (page, ADW_TYPE_ACTION_ROW, "Show All 45");
  g_assert_nonnull (all);
  rows = cherish_test_find_all (gtk_widget_get_parent (GTK_WIDGET (all)), ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, ==, 31);

  g_signal_emit_by_name (all, "activated");
  dialog = cherish_test_toplevel (CHERISH_TYPE_LIST_DIALOG);
  g_assert_nonnull (dialog);
  cherish_test_wait_for_frames (GTK_WIDGET (dialog), 2);
  g_signal_emit_by_name (cherish_test_find (dialog, GTK_TYPE_BUTTON, "Check In"), "clicked");
  list = cherish_guest_store_list (guests, cherish_event_get_id (event), NULL);
  for (guint i = 0; i < list->len; i++)
    if (cherish_invitation_get_id (list->pdata[i]) == first)
      g_assert_cmpint (cherish_invitation_get_status (list->pdata[i]), ==, CHERISH_INVITATION_STATUS_ATTENDED);

  gtk_window_destroy (GTK_WINDOW (dialog));

  /* At the door: the first 40, and the others by typing. */
  {
    CherishEventDay *door = cherish_event_day_new (window, shop.db, shop.clock, cherish_event_get_id (event));
    g_autoptr(GPtrArray) door_rows = NULL;

    gtk_window_present (GTK_WINDOW (door));
    door_rows = cherish_test_find_all (door, ADW_TYPE_ACTION_ROW);
    g_assert_cmpuint (door_rows->len, ==, 41);
    g_assert_nonnull (cherish_test_row_titled (door, ADW_TYPE_ACTION_ROW, "5 more guests"));
    g_assert_null (cherish_test_row_titled (door, ADW_TYPE_ACTION_ROW, "Guest 44"));
    cherish_event_day_search (door, "guest 44");
    g_assert_nonnull (cherish_test_row_titled (door, ADW_TYPE_ACTION_ROW, "Guest 44"));
    gtk_window_destroy (GTK_WINDOW (door));
  }
  gtk_window_destroy (window);
  cherish_test_shop_close (&shop);
}

int
main (int   argc,
      char *argv[])
{
  cherish_test_gtk_init (&argc, &argv);
  g_test_add_func ("/events/create-invite-check-in", test_create_invite_check_in);
  g_test_add_func ("/events/many-guests", test_many_guests);
  return g_test_run ();
}
