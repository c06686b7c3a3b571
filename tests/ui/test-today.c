/* test-today.c — the Today page, driven under Xvfb
 *
 * It lists the follow-ups due and overdue (not tomorrow's), this week's
 * celebrations and life events soon; Done and Snooze take a follow-up off
 * the list and say so in the database; the pre-visit brief finds a
 * customer and tells what to talk about.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "cherish-brief.h"
#include "cherish-event-store.h"
#include "cherish-guest-store.h"
#include "cherish-follow-up-store.h"
#include "cherish-life-event-store.h"
#include "cherish-list-dialog.h"
#include "cherish-page-reading.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"
#include "cherish-today-page.h"
#include "cherish-widget-util.h"

typedef struct
{
  CherishTestShop       shop;
  CherishCustomerStore *customers;
  CherishFollowUpStore *follow_ups;
  CherishTodayPage     *page;
  GtkWindow            *window;
  gint64                sara;
  gint64                overdue;
  gint64                today;
} Fixture;

static gint64
add_follow_up (Fixture    *f,
               gint64      customer,
               const char *due,
               const char *about)
{
  g_autoptr(CherishFollowUp) follow_up = cherish_follow_up_new (customer, due, about);

  g_assert_true (cherish_follow_up_store_add (f->follow_ups, follow_up, NULL));
  return cherish_follow_up_get_id (follow_up);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gint64 omid;

  cherish_test_shop_open (&f->shop, "2026-11-24T10:00:00+03:30", "today.db");
  f->customers = cherish_customer_store_new (f->shop.db, f->shop.clock);
  f->follow_ups = cherish_follow_up_store_new (f->shop.db, f->shop.clock);
  f->sara = cherish_test_add_customer (f->customers, "Sara Ahmadi", "birthday", "--11-26",
                                       "likes", "green tea\nroses", "dislikes", "loud music", NULL);
  omid = cherish_test_add_customer (f->customers, "Omid Karimi", NULL);
  f->overdue = add_follow_up (f, omid, "2026-11-21", "Ask how the colour holds");
  f->today = add_follow_up (f, f->sara, "2026-11-24", "Thank her for the referral");
  add_follow_up (f, f->sara, "2026-11-25", "Tomorrow's call");
  cherish_test_add_customer (f->customers, "Leila Nouri", "birthday", "--11-22", NULL);

  /* Tomorrow evening; Sara comes with two friends. One next week is not shown. */
  {
    g_autoptr(CherishEventStore) events = cherish_event_store_new (f->shop.db, f->shop.clock);
    g_autoptr(CherishGuestStore) guests = cherish_guest_store_new (f->shop.db, f->shop.clock);
    g_autoptr(CherishEvent) tasting = cherish_event_new ("Tasting evening", "2026-11-25T18:30:00+03:30",
                                                         "2026-11-25T21:00:00+03:30");
    g_autoptr(CherishEvent) later = cherish_event_new ("Sale", "2026-12-01T10:00:00+03:30",
                                                       "2026-12-01T18:00:00+03:30");

    g_assert_true (cherish_event_store_insert (events, tasting, NULL));
    g_assert_true (cherish_event_store_insert (events, later, NULL));
    g_assert_true (cherish_guest_store_accept (guests,
                                               cherish_guest_store_invite (guests,
                                                                           cherish_event_get_id (tasting),
                                                                           f->sara, NULL),
                                               3, NULL, NULL));
  }

  f->page = g_object_new (CHERISH_TYPE_TODAY_PAGE, NULL);
  cherish_today_page_setup (f->page, f->shop.db, f->shop.clock);
  f->window = cherish_test_window_with (GTK_WIDGET (f->page), 600, 900);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (f->window);
  g_clear_object (&f->follow_ups);
  g_clear_object (&f->customers);
  cherish_test_shop_close (&f->shop);
}

/* "title — subtitle" of each row of a group of the page, in order, as
 * read (without the marks that keep a note in its place in a line). */
static char *
rows_of (gpointer    widget,
         GType       type,
         const char *name)
{
  g_autoptr(GPtrArray) rows = NULL;
  GString *text = g_string_new (NULL);
  GtkWidget *group = name != NULL ? cherish_test_child (widget, type, name) : widget;

  if (!gtk_widget_get_visible (group))
    return g_string_free (text, FALSE);
  rows = cherish_test_find_all (group, ADW_TYPE_ACTION_ROW);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *subtitle = cherish_test_without_bidi_marks (adw_action_row_get_subtitle (rows->pdata[i]) ?: "");

      g_string_append_printf (text, "%s%s — %s", i > 0 ? "\n" : "",
                              adw_preferences_row_get_title (rows->pdata[i]), subtitle);
    }
  return g_string_free (text, FALSE);
}

static char *
today_rows (Fixture    *f,
            const char *group)
{
  return rows_of (f->page, CHERISH_TYPE_TODAY_PAGE, group);
}

static GtkWidget *
follow_up_row (Fixture *f,
               guint    index)
{
  g_autoptr(GPtrArray) rows = cherish_test_find_all (cherish_test_child (f->page, CHERISH_TYPE_TODAY_PAGE,
                                                                        "follow_ups_group"),
                                                    ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (index, <, rows->len);
  return rows->pdata[index];
}

static CherishFollowUpState
state_of (Fixture *f,
          gint64   id)
{
  g_autoptr(CherishFollowUp) follow_up = cherish_follow_up_store_get (f->follow_ups, id, NULL);

  return cherish_follow_up_get_state (follow_up);
}

static void
test_due_items (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *follow_ups = today_rows (f, "follow_ups_group");
  g_autofree char *week = today_rows (f, "week_group");
  g_autofree char *missed = today_rows (f, "missed_group");
  g_autofree char *events = today_rows (f, "events_group");
  GtkWidget *done = NULL;
  GtkWidget *snooze = NULL;

  g_assert_cmpstr (follow_ups, ==,
                   "Omid Karimi — Ask how the colour holds · 3 days overdue\n"
                   "Sara Ahmadi — Thank her for the referral · Due today");
  g_assert_cmpstr (week, ==, "Sara Ahmadi — Birthday in 2 days");
  g_assert_cmpstr (missed, ==, "Leila Nouri — Birthday 2 days ago");
  g_assert_cmpstr (events, ==, "Tasting evening — 18:30 · 3 people coming");
  g_assert_false (gtk_widget_get_visible (cherish_test_child (f->page, CHERISH_TYPE_TODAY_PAGE,
                                                              "all_clear")));
  /* The note is set apart from the line, which reads in the window's
   * direction whatever the note's script: an English note in a Persian
   * window starts the line right to left. */
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (follow_up_row (f, 1))), ==,
                   "\u200e\u2068Thank her for the referral\u2069 · Due today");
  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  {
    g_autofree char *line = cherish_line_typed_first ("Check the gift voucher", "؛ موعد امروز");

    g_assert_cmpstr (line, ==, "\u200f\u2068Check the gift voucher\u2069؛ موعد امروز");
  }
  /* So does a toast that starts with a name. */
  {
    g_autoptr(AdwToast) toast = cherish_toast_new ("«Aisha Khan» حذف شد");

    g_assert_cmpstr (adw_toast_get_title (toast), ==, "\u200f«Aisha Khan» حذف شد");
  }
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);

  /* Done takes the overdue one off, and it is done in the database. */
  done = cherish_test_find (follow_up_row (f, 0), GTK_TYPE_BUTTON, "Done");
  g_assert_nonnull (done);
  g_signal_emit_by_name (done, "clicked");
  cherish_test_spin (100);
  g_assert_cmpint (state_of (f, f->overdue), ==, CHERISH_FOLLOW_UP_STATE_DONE);
  g_free (follow_ups);
  follow_ups = today_rows (f, "follow_ups_group");
  g_assert_cmpstr (follow_ups, ==, "Sara Ahmadi — Thank her for the referral · Due today");

  /* Snooze: due tomorrow, still open, off today's list. */
  snooze = cherish_test_find (follow_up_row (f, 0), GTK_TYPE_BUTTON, "Snooze 1 Day");
  g_assert_nonnull (snooze);
  g_signal_emit_by_name (snooze, "clicked");
  cherish_test_spin (100);
  g_assert_cmpint (state_of (f, f->today), ==, CHERISH_FOLLOW_UP_STATE_OPEN);
  g_free (follow_ups);
  follow_ups = today_rows (f, "follow_ups_group");
  g_assert_cmpstr (follow_ups, ==, "");
}

static void
test_all_clear (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) later = g_date_time_new_from_iso8601 ("2026-12-20T10:00:00+03:30", NULL);
  GtkWidget *all_clear = cherish_test_child (f->page, CHERISH_TYPE_TODAY_PAGE, "all_clear");

  g_assert_true (cherish_follow_up_store_close (f->follow_ups, f->overdue,
                                                CHERISH_FOLLOW_UP_STATE_DISMISSED, NULL, NULL));
  g_assert_true (cherish_follow_up_store_close (f->follow_ups, f->today,
                                                CHERISH_FOLLOW_UP_STATE_DONE, "Sent flowers", NULL));
  cherish_test_spin (100);
  g_assert_false (gtk_widget_get_visible (all_clear));   /* tomorrow's and the birthday */

  cherish_clock_set_now (f->shop.clock, later);
  g_assert_true (cherish_follow_up_store_close (f->follow_ups, f->today + 1,
                                                CHERISH_FOLLOW_UP_STATE_DONE, NULL, NULL));
  cherish_test_spin (100);
  g_assert_true (gtk_widget_get_visible (all_clear));
}

static void
test_brief (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CherishLifeEventStore) events = cherish_life_event_store_new (f->shop.db, f->shop.clock);
  g_autoptr(CherishLifeEvent) wedding = cherish_life_event_new (f->sara, CHERISH_LIFE_EVENT_KIND_WEDDING,
                                                                "2026-12-10");
  CherishBrief *brief = cherish_test_child (f->page, CHERISH_TYPE_TODAY_PAGE, "brief");
  g_autoptr(GPtrArray) results = NULL;
  GtkWidget *entry = NULL;
  g_autofree char *text = NULL;

  g_object_set (wedding, "title", "Wedding", NULL);
  g_assert_true (cherish_life_event_store_insert (events, wedding, NULL));

  entry = cherish_test_find (brief, GTK_TYPE_SEARCH_ENTRY, NULL);
  g_assert_nonnull (entry);

  gtk_editable_set_text (GTK_EDITABLE (entry), "sara");
  g_signal_emit_by_name (entry, "search-changed");
  results = cherish_test_find_all (brief, ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (results->pdata[0]), ==, "Sara Ahmadi");
  g_signal_emit_by_name (results->pdata[0], "activated");

  text = rows_of (brief, G_TYPE_NONE, NULL);
  g_assert_true (g_str_has_prefix (text, "Sara Ahmadi — No visits yet\n"));
  g_assert_nonnull (strstr (text, "Likes — green tea, roses\n"));
  g_assert_nonnull (strstr (text, "Dislikes — loud music\n"));
  g_assert_nonnull (strstr (text, "Coming Up — Birthday in 2 days\nWedding in 16 days\n"));
  g_assert_nonnull (strstr (text, "Last Visits — No visits yet\n"));
  g_assert_nonnull (strstr (text, "Open Follow-ups — Tomorrow's call\nThank her for the referral\n"));

  /* Nobody by that name: said so. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "zzz");
  g_signal_emit_by_name (entry, "search-changed");
  g_free (text);
  text = rows_of (brief, G_TYPE_NONE, NULL);
  g_assert_true (g_str_has_prefix (text, "No customer by that name or phone — \n"));
}

static gboolean
add_many (gpointer   user_data,
          GError   **error)
{
  Fixture *f = user_data;
  gint64 many = cherish_test_add_customer (f->customers, "Mina Rahimi", NULL);

  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *about = g_strdup_printf ("Call number %u", i);

      add_follow_up (f, many, "2026-11-23", about);
    }
  return TRUE;
}

/* A big shop: 5,000 follow-ups due make a handful of rows, not 5,000;
 * "Show All" opens them in a list that makes only the rows on screen. */
static void
test_many_due (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *group = cherish_test_child (f->page, CHERISH_TYPE_TODAY_PAGE, "follow_ups_group");
  g_autoptr(GPtrArray) rows = NULL;
  AdwPreferencesRow *all = NULL;
  CherishListDialog *dialog;
  g_autoptr(GListModel) whole = NULL;

  g_assert_true (cherish_database_transaction (f->shop.db, add_many, f, NULL));
  cherish_test_spin (200);

  rows = cherish_test_find_all (group, ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, <=, 9);
  all = cherish_test_row_titled (group, ADW_TYPE_ACTION_ROW, "Show All 5,002");
  g_assert_nonnull (all);

  g_signal_emit_by_name (all, "activated");
  dialog = cherish_test_toplevel (CHERISH_TYPE_LIST_DIALOG);
  g_assert_nonnull (dialog);
  /* It opens with the page's rows and says it reads the rest. */
  g_assert_true (cherish_list_dialog_get_loading (dialog));
  cherish_test_wait_for_frames (GTK_WIDGET (dialog), 3);
  g_assert_false (cherish_list_dialog_get_loading (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (
                      GTK_LIST_VIEW (cherish_test_find (dialog, GTK_TYPE_LIST_VIEW, NULL))))), ==, 5002);
  g_assert_cmpuint (cherish_list_dialog_count_rows (dialog), >, 0);
  /* GtkListView keeps about 200 rows around the ones on screen. */
  g_assert_cmpuint (cherish_list_dialog_count_rows (dialog), <=, 250);

  /* Done in the whole list takes one off, there and on the page. */
  {
    GtkWidget *done = cherish_test_find (dialog, GTK_TYPE_BUTTON, "Done");

    g_assert_nonnull (done);
    g_signal_emit_by_name (done, "clicked");
    cherish_test_spin (200);
    g_assert_nonnull (cherish_test_row_titled (group, ADW_TYPE_ACTION_ROW, "Show All 5,001"));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (
                        GTK_LIST_VIEW (cherish_test_find (dialog, GTK_TYPE_LIST_VIEW, NULL))))), ==, 5001);
  }

  /* Closed, the page keeps only its rows' items, and Show All reads the
   * rest again. */
  whole = G_LIST_MODEL (g_object_ref (gtk_list_view_get_model (
            GTK_LIST_VIEW (cherish_test_find (dialog, GTK_TYPE_LIST_VIEW, NULL)))));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (whole), ==, 8);
  g_signal_emit_by_name (cherish_test_row_titled (group, ADW_TYPE_ACTION_ROW, "Show All 5,001"), "activated");
  dialog = cherish_test_toplevel (CHERISH_TYPE_LIST_DIALOG);
  cherish_test_wait_for_frames (GTK_WIDGET (dialog), 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (
                      GTK_LIST_VIEW (cherish_test_find (dialog, GTK_TYPE_LIST_VIEW, NULL))))), ==, 5001);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
on_finalized (gpointer  data,
              GObject  *where)
{
  *(GThread **) data = g_thread_self ();
}

/* The window closed while the page reads: the page is kept until what it
 * read has come back, and goes then, on the main thread, never in the
 * thread it read in (where the toolkit must not be touched). */
static void
test_closed_while_reading (Fixture       *f,
                           gconstpointer  data)
{
  GThread *finalized_in = NULL;

  g_object_weak_ref (G_OBJECT (f->page), on_finalized, &finalized_in);
  cherish_today_page_reload (f->page);
  g_assert_cmpuint (cherish_pages_loading (), ==, 1);
  gtk_window_destroy (g_steal_pointer (&f->window));
  f->page = NULL;
  g_assert_null (finalized_in);

  cherish_test_spin (0);   /* until the read came back */
  g_assert_cmpuint (cherish_pages_loading (), ==, 0);
  g_assert_nonnull (finalized_in);
  g_assert_true (finalized_in == g_thread_self ());
}

int
main (int   argc,
      char *argv[])
{
  cherish_test_gtk_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/today/due-items", test_due_items);
  ADD ("/today/all-clear", test_all_clear);
  ADD ("/today/brief", test_brief);
  ADD ("/today/many-due", test_many_due);
  ADD ("/today/closed-while-reading", test_closed_while_reading);

  return g_test_run ();
}
