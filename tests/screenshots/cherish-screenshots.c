/* cherish-screenshots.c — photographs every screen, wide and narrow
 *
 * Usage: cherish-screenshots OUTPUT-DIR
 *
 * Starts the real window on a fresh sample-data database (and on an empty
 * one, for the empty state) under Xvfb and writes one PNG per screen and
 * width, named after the language: $LANGUAGE=fa gives the Persian,
 * right-to-left set; CHERISH_TEST_HIGH_CONTRAST=1 and
 * CHERISH_TEST_LARGE_TEXT=1 give those looks. Open them and look before
 * calling a screen done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cherish-celebration-dialog.h"
#include "cherish-page-reading.h"
#include "cherish-preferences-window.h"
#include "cherish-celebrations-page.h"
#include "cherish-customer-dialog.h"
#include "cherish-customer-form.h"
#include "cherish-customer-points.h"
#include "cherish-event-day.h"
#include "cherish-event-dialog.h"
#include "cherish-event-store.h"
#include "cherish-events-page.h"
#include "cherish-follow-up-store.h"
#include "cherish-ideas-page.h"
#include "cherish-import-dialog.h"
#include "cherish-list-dialog.h"
#include "cherish-message-dialog.h"
#include "cherish-month-grid.h"
#include "cherish-rewards-page.h"
#include "cherish-customer-store.h"
#include "cherish-customers-page.h"
#include "cherish-sample-data.h"
#include "cherish-today-page.h"
#include "cherish-server-address.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"
#include "cherish-visit-dialog.h"
#include "cherish-widget-util.h"
#include "cherish-window.h"

typedef enum
{
  SHOW_PAGE,
  SHOW_CUSTOMER,
  SHOW_NEW_CUSTOMER,
  SHOW_QUICK_LOG,
  SHOW_PLAN,
  SHOW_PREFERENCES,
  SHOW_REMINDER_PREFERENCES,
  SHOW_MESSAGE_PREFERENCES,
  SHOW_STORAGE_PREFERENCES,
  SHOW_EVENT,
  SHOW_NEW_EVENT,
  SHOW_EVENT_DAY,
  SHOW_REDEEM,
  SHOW_NEW_TIER,
  SHOW_SUGGEST_IDEA,
  SHOW_IMPORT,
  SHOW_WRONG_DATE,
  SHOW_MONTH_GRID,
  SHOW_MESSAGE,
  SHOW_FURTHER_DOWN,
  SHOW_ALL_DUE,
} Show;

static const struct
{
  const char *name;
  int         width;
  int         height;
} sizes[] = {
  { "wide", 1100, 760 },
  { "narrow", 360, 720 },
};

static const char *lang;
static const char *out_dir;
static CherishClock *fixed_clock;

static void
save (GtkWidget  *widget,
      const char *screen,
      const char *size)
{
  g_autofree char *file = g_strdup_printf ("%s-%s-%s.png", screen, size, lang);
  g_autofree char *path = g_build_filename (out_dir, file, NULL);

  cherish_test_wait_for_frames (widget, 3);
  cherish_test_spin (500); /* let transitions end */
  cherish_test_save_png (widget, path);
  g_print ("%s\n", path);
}

static gint64
first_customer (CherishDatabase *db)
{
  g_autoptr(CherishCustomerStore) store = cherish_customer_store_new (db, fixed_clock);
  CherishCustomerQuery query = { NULL, CHERISH_CUSTOMER_SORT_NAME, 0 };
  g_autoptr(GPtrArray) found = cherish_customer_store_find (store, &query, 0, 1, NULL);

  return found->len > 0 ? cherish_customer_get_id (found->pdata[0]) : 0;
}

/* More follow-ups due today than Today shows, one for each of the first
 * customers by name: its "Show All" has something to open. */
static void
add_follow_ups_due (CherishDatabase *db)
{
  /* What the manager wrote, in the shop's language. */
  static const char * const about_en[] = {
    "Ask how the new colour holds", "Thank her for the referral",
    "Offer the loyalty card", "Check the gift voucher was used",
  };
  static const char * const about_fa[] = {
    "بپرسید رنگ تازه چطور مانده", "برای معرفی دوستش تشکر کنید",
    "کارت وفاداری را پیشنهاد کنید", "Check the gift voucher was used",
  };
  const char * const *about = g_str_has_prefix (lang, "fa") ? about_fa : about_en;
  g_autoptr(CherishCustomerStore) customers = cherish_customer_store_new (db, fixed_clock);
  g_autoptr(CherishFollowUpStore) follow_ups = cherish_follow_up_store_new (db, fixed_clock);
  CherishCustomerQuery query = { NULL, CHERISH_CUSTOMER_SORT_NAME, 0 };
  g_autoptr(GPtrArray) found = cherish_customer_store_find (customers, &query, 0, 12, NULL);

  for (guint i = 0; i < found->len; i++)
    {
      g_autoptr(CherishFollowUp) follow_up =
        cherish_follow_up_new (cherish_customer_get_id (found->pdata[i]), "2026-11-24",
                               about[i % G_N_ELEMENTS (about_en)]);

      g_assert_true (cherish_follow_up_store_add (follow_ups, follow_up, NULL));
    }
}

/* Today's follow-ups, the whole list: their "Show All" activated. */
static GtkWidget *
show_all_due (CherishWindow *window)
{
  GtkWidget *page = GTK_WIDGET (cherish_window_get_page (window, "today"));
  GtkWidget *group = cherish_test_child (page, CHERISH_TYPE_TODAY_PAGE, "follow_ups_group");
  g_autoptr(GPtrArray) rows = NULL;
  CherishListDialog *dialog;

  while (cherish_pages_loading () > 0)
    cherish_test_spin (20);
  rows = cherish_test_find_all (group, ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, >, 0);
  g_signal_emit_by_name (rows->pdata[rows->len - 1], "activated");   /* the last: Show All */
  dialog = cherish_test_toplevel (CHERISH_TYPE_LIST_DIALOG);
  g_assert_nonnull (dialog);
  while (cherish_list_dialog_get_loading (dialog))
    cherish_test_spin (20);
  return GTK_WIDGET (dialog);
}

static void
photograph (CherishDatabase *db,
            const char      *screen,
            const char      *page,
            Show             show)
{
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      CherishWindow *window = cherish_window_new (NULL, db, fixed_clock);
      GtkWidget *dialog = NULL;

      gtk_window_set_default_size (GTK_WINDOW (window), sizes[s].width, sizes[s].height);
      cherish_window_set_page_name (window, page);
      gtk_window_present (GTK_WINDOW (window));
      cherish_test_resize (GTK_WINDOW (window), sizes[s].width, sizes[s].height);

      switch (show)
        {
        case SHOW_CUSTOMER:
          cherish_customers_page_show_customer (
            CHERISH_CUSTOMERS_PAGE (cherish_window_get_page (window, "customers")),
            first_customer (db));
          break;
        case SHOW_NEW_CUSTOMER:
          dialog = GTK_WIDGET (cherish_customer_dialog_new (GTK_WINDOW (window), db, fixed_clock));
          break;
        case SHOW_QUICK_LOG:
          dialog = GTK_WIDGET (cherish_visit_dialog_new (GTK_WINDOW (window), db, fixed_clock,
                                                         "IRR", 0));
          break;
        case SHOW_PREFERENCES:
        case SHOW_REMINDER_PREFERENCES:
        case SHOW_MESSAGE_PREFERENCES:
        case SHOW_STORAGE_PREFERENCES:
          {
            CherishPreferencesWindow *preferences = NULL;

            /* Chosen in Preferences, not by --database: the page offers its moves. */
            if (show == SHOW_STORAGE_PREFERENCES)
              {
                g_autoptr(GSettings) settings = g_settings_new (APP_ID);

                g_settings_set_string (settings, "shop-location", cherish_database_get_path (db));
              }
            preferences = cherish_preferences_window_new (db);

            if (show == SHOW_REMINDER_PREFERENCES)
              cherish_preferences_window_show_page (preferences, "reminders");
            else if (show == SHOW_MESSAGE_PREFERENCES)
              cherish_preferences_window_show_page (preferences, "messages");
            else if (show == SHOW_STORAGE_PREFERENCES)
              cherish_preferences_window_show_page (preferences, "storage");
            dialog = GTK_WIDGET (preferences);
          }
          break;
        case SHOW_PLAN:
          {
            GtkWidget *celebrations = GTK_WIDGET (cherish_window_get_page (window, "celebrations"));
            GListModel *items = cherish_celebrations_page_get_items (CHERISH_CELEBRATIONS_PAGE (celebrations));
            GListModel *toplevels = gtk_window_get_toplevels ();

            /* The first occasion with a day: its plan. */
            for (guint i = 0; i < g_list_model_get_n_items (items); i++)
              {
                g_autoptr(GObject) item = g_list_model_get_item (items, i);

                if (CHERISH_IS_OCCASION (item) && cherish_occasion_get_date (CHERISH_OCCASION (item)))
                  {
                    g_signal_emit_by_name (gtk_widget_get_template_child (celebrations,
                                                                          CHERISH_TYPE_CELEBRATIONS_PAGE,
                                                                          "occasion_list"),
                                           "activate", i);
                    break;
                  }
              }
            for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
              {
                g_autoptr(GObject) top = g_list_model_get_item (toplevels, i);

                if (CHERISH_IS_CELEBRATION_DIALOG (top))
                  dialog = GTK_WIDGET (top);
              }
            g_assert_nonnull (dialog);
          }
          break;
        case SHOW_EVENT:
          {
            g_autoptr(CherishEventStore) events = cherish_event_store_new (db, fixed_clock);
            g_autoptr(GPtrArray) list = cherish_event_store_list (events, TRUE, NULL);

            g_assert_true (list != NULL && list->len > 0);
            cherish_events_page_show_event (
              CHERISH_EVENTS_PAGE (cherish_window_get_page (window, "events")),
              cherish_event_get_id (list->pdata[0]));
          }
          break;
        case SHOW_EVENT_DAY:
          {
            g_autoptr(CherishEventStore) events = cherish_event_store_new (db, fixed_clock);
            g_autoptr(GPtrArray) list = cherish_event_store_list (events, TRUE, NULL);

            dialog = GTK_WIDGET (cherish_event_day_new (GTK_WINDOW (window), db, fixed_clock,
                                                        cherish_event_get_id (list->pdata[0])));
          }
          break;
        case SHOW_NEW_EVENT:
          dialog = GTK_WIDGET (cherish_event_dialog_new (GTK_WINDOW (window), db, fixed_clock, NULL));
          break;
        case SHOW_REDEEM:
          cherish_customers_page_show_customer (
            CHERISH_CUSTOMERS_PAGE (cherish_window_get_page (window, "customers")),
            first_customer (db));
          dialog = GTK_WIDGET (cherish_customer_points_redeem (
            CHERISH_CUSTOMER_POINTS (cherish_test_find (window, CHERISH_TYPE_CUSTOMER_POINTS, NULL))));
          break;
        case SHOW_NEW_TIER:
          dialog = GTK_WIDGET (cherish_rewards_page_add_tier (
            CHERISH_REWARDS_PAGE (cherish_test_find (window, CHERISH_TYPE_REWARDS_PAGE, NULL))));
          break;
        case SHOW_IMPORT:
          {
            static const char text[] = "نام و نام خانوادگی;موبایل;تاریخ تولد;علاقه‌مندی‌ها;شماره کفش\n"
                                       "سارا احمدی;0912 111 2233 ::: 021 5555 1234;1369/01/01;گل رز، چای سبز;38\n"
                                       "رضا کریمی;0935 000 1111;1369/12/30;قهوه;44\n"
                                       "Nina Kowalski;+48 600 100 200;05/06;tulips;39\n";
            g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);

            dialog = GTK_WIDGET (cherish_import_dialog_new (GTK_WINDOW (window), db, fixed_clock,
                                                            cherish_import_new_csv (bytes, NULL, NULL),
                                                            "customers.csv"));
            gtk_window_present (GTK_WINDOW (dialog));
            cherish_import_dialog_run (CHERISH_IMPORT_DIALOG (dialog));   /* the report of a refusal */
          }
          break;
        case SHOW_WRONG_DATE:
          {
            GtkWidget *form;

            dialog = GTK_WIDGET (cherish_customer_dialog_new (GTK_WINDOW (window), db, fixed_clock));
            form = cherish_test_find (dialog, CHERISH_TYPE_CUSTOMER_FORM, NULL);
            gtk_editable_set_text (cherish_test_row_starting (form, ADW_TYPE_ENTRY_ROW, _("Name")),
                                   "Sara Ahmadi");
            gtk_editable_set_text (cherish_test_row_starting (form, ADW_TYPE_ENTRY_ROW, _("Birthday")),
                                   "1404/12/30");
          }
          break;
        case SHOW_MONTH_GRID:
          {
            GtkWidget *grid = cherish_month_grid_new ();
            GDate day;

            g_date_clear (&day, 1);
            g_date_set_dmy (&day, 24, 11, 2026);
            cherish_month_grid_show (CHERISH_MONTH_GRID (grid), &day, TRUE);
            gtk_widget_set_margin_start (grid, 12);
            gtk_widget_set_margin_end (grid, 12);
            gtk_widget_set_margin_top (grid, 12);
            gtk_widget_set_margin_bottom (grid, 12);
            dialog = gtk_window_new ();
            gtk_window_set_title (GTK_WINDOW (dialog), _("Birthday"));
            gtk_window_set_child (GTK_WINDOW (dialog), grid);
          }
          break;
        case SHOW_MESSAGE:
          {
            g_autoptr(CherishCustomerStore) store = cherish_customer_store_new (db, fixed_clock);
            g_autoptr(CherishCustomer) customer = cherish_customer_store_get (store, first_customer (db), NULL);

            dialog = GTK_WIDGET (cherish_message_dialog_new (GTK_WINDOW (window), db, fixed_clock, customer,
                                                             CHERISH_MESSAGE_BIRTHDAY, 0));
          }
          break;
        case SHOW_SUGGEST_IDEA:
          dialog = GTK_WIDGET (cherish_ideas_page_suggest (
            CHERISH_IDEAS_PAGE (cherish_test_find (window, CHERISH_TYPE_IDEAS_PAGE, NULL))));
          break;
        case SHOW_FURTHER_DOWN:
          {
            GtkWidget *shown = adw_view_stack_get_visible_child (
              ADW_VIEW_STACK (cherish_test_find (window, ADW_TYPE_VIEW_STACK, NULL)));
            GtkAdjustment *adjustment = NULL;

            while (cherish_pages_loading () > 0)
              cherish_test_spin (20);
            cherish_test_wait_for_frames (GTK_WIDGET (window), 2);
            /* The page's own scroller: around its groups (a drop-down's
             * list has one too). */
            adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (
              gtk_widget_get_ancestor (cherish_test_find (shown, ADW_TYPE_PREFERENCES_GROUP, NULL),
                                       GTK_TYPE_SCROLLED_WINDOW)));
            gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) * 0.45);
          }
          break;
        case SHOW_ALL_DUE:
          dialog = show_all_due (window);
          break;
        case SHOW_PAGE:
        default:
          break;
        }

      if (dialog != NULL)
        {
          cherish_test_present (dialog, window);
          if (sizes[s].width < 400 && GTK_IS_WINDOW (dialog))
            cherish_test_resize (GTK_WINDOW (dialog), sizes[s].width, sizes[s].height);
          if (show == SHOW_MESSAGE_PREFERENCES)
            {
              /* Once shown: a newer libadwaita builds a dialog's pages then. */
              gpointer birthday = cherish_test_row_titled (dialog, ADW_TYPE_EXPANDER_ROW, _("Birthday"));

              g_assert_nonnull (birthday);
              adw_expander_row_set_expanded (birthday, TRUE);
            }
          if (show == SHOW_QUICK_LOG)
            gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (
                                     GTK_WIDGET (dialog), CHERISH_TYPE_VISIT_DIALOG,
                                     "search_entry")), "sa");
          /* A dialog of newer libadwaita is drawn over its window. */
          save (GTK_IS_WINDOW (dialog) ? dialog : GTK_WIDGET (window), screen, sizes[s].name);
          cherish_test_close (dialog);
        }
      else
        save (GTK_WIDGET (window), screen, sizes[s].name);

      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* A window whose shop is on a server that has not answered yet. */
static void
photograph_connecting (void)
{
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      CherishWindow *window = cherish_window_new (NULL, NULL, fixed_clock);
      g_autofree char *label = cherish_server_address_describe ("postgresql://counter1@db.example.com:5432/shop");

      gtk_window_set_default_size (GTK_WINDOW (window), sizes[s].width, sizes[s].height);
      cherish_window_show_connecting (window, label);
      gtk_window_present (GTK_WINDOW (window));
      cherish_test_resize (GTK_WINDOW (window), sizes[s].width, sizes[s].height);
      save (GTK_WIDGET (window), "connecting", sizes[s].name);
      gtk_window_destroy (GTK_WINDOW (window));
    }
  /* It did not answer: why, and Try Again. */
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      CherishWindow *window = cherish_window_new (NULL, NULL, fixed_clock);
      g_autoptr(GSimpleActionGroup) app = g_simple_action_group_new ();
      g_autoptr(GSimpleAction) retry = g_simple_action_new ("retry-shop", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(CherishDatabaseProbe) probe = NULL;

      /* The application's action, as a window of the running Cherish has
       * it (this one has no application): the button is drawn sensitive. */
      g_action_map_add_action (G_ACTION_MAP (app), G_ACTION (retry));
      gtk_widget_insert_action_group (GTK_WIDGET (window), "app", G_ACTION_GROUP (app));

      probe = cherish_database_probe ("postgresql://counter1@127.0.0.1:1/shop?connect_timeout=2", &error);
      g_assert_null (probe);
      gtk_window_set_default_size (GTK_WINDOW (window), sizes[s].width, sizes[s].height);
      cherish_window_show_error (window, error);
      cherish_window_offer_retry (window);
      gtk_window_present (GTK_WINDOW (window));
      cherish_test_resize (GTK_WINDOW (window), sizes[s].width, sizes[s].height);
      save (GTK_WIDGET (window), "unreachable", sizes[s].name);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(CherishDatabase) empty = NULL;
  g_autoptr(CherishDatabase) sample = NULL;
  g_autoptr(GError) error = NULL;

  cherish_test_gtk_init (&argc, &argv);
  if (argc != 2)
    {
      g_printerr ("Usage: %s OUTPUT-DIR\n", argv[0]);
      return 2;
    }
  out_dir = argv[1];
  g_mkdir_with_parents (out_dir, 0755);
  lang = g_str_has_prefix (g_getenv ("LANGUAGE") ?: "", "fa") ? "fa" : "en";
  if (g_getenv ("CHERISH_TEST_HIGH_CONTRAST") != NULL)
    lang = g_strconcat (lang, "-high-contrast", NULL);
  else if (g_getenv ("CHERISH_TEST_LARGE_TEXT") != NULL)
    lang = g_strconcat (lang, "-large-text", NULL);

  dir = cherish_test_make_dir ();
  empty = cherish_test_open_database (dir, "empty.db");
  sample = cherish_test_open_database (dir, "sample.db");
  /* A fixed day, so the pictures do not change from one run to the next. */
  fixed_clock = cherish_test_clock_at ("2026-11-24T09:30:00+03:30");
  if (!cherish_sample_data_fill (sample, fixed_clock, NULL, &error))
    g_error ("%s", error->message);

  photograph (empty, "empty", "customers", SHOW_PAGE);
  photograph (sample, "today", "today", SHOW_PAGE);
  photograph (sample, "customers", "customers", SHOW_PAGE);
  photograph (sample, "customer-detail", "customers", SHOW_CUSTOMER);
  photograph (sample, "new-customer", "customers", SHOW_NEW_CUSTOMER);
  photograph (sample, "quick-log", "customers", SHOW_QUICK_LOG);
  photograph (sample, "celebrations", "celebrations", SHOW_PAGE);
  photograph (sample, "plan-celebration", "celebrations", SHOW_PLAN);
  photograph (sample, "preferences", "today", SHOW_PREFERENCES);
  photograph (sample, "preferences-reminders", "today", SHOW_REMINDER_PREFERENCES);
  photograph (sample, "preferences-messages", "today", SHOW_MESSAGE_PREFERENCES);
  photograph (sample, "preferences-storage", "today", SHOW_STORAGE_PREFERENCES);
  photograph_connecting ();
  photograph (empty, "today-empty", "today", SHOW_PAGE);
  photograph (empty, "events-empty", "events", SHOW_PAGE);
  photograph (sample, "events", "events", SHOW_PAGE);
  photograph (sample, "event-detail", "events", SHOW_EVENT);
  photograph (sample, "new-event", "events", SHOW_NEW_EVENT);
  photograph (sample, "event-day", "events", SHOW_EVENT_DAY);
  photograph (empty, "rewards-empty", "rewards", SHOW_PAGE);
  photograph (sample, "rewards", "rewards", SHOW_PAGE);
  photograph (sample, "new-tier", "rewards", SHOW_NEW_TIER);
  photograph (sample, "redeem", "customers", SHOW_REDEEM);
  photograph (empty, "ideas-empty", "ideas", SHOW_PAGE);
  photograph (sample, "ideas", "ideas", SHOW_PAGE);
  photograph (sample, "suggest-idea", "ideas", SHOW_SUGGEST_IDEA);
  photograph (empty, "insights-empty", "insights", SHOW_PAGE);
  photograph (sample, "insights", "insights", SHOW_PAGE);
  photograph (sample, "insights-further", "insights", SHOW_FURTHER_DOWN);
  photograph (empty, "import", "customers", SHOW_IMPORT);
  photograph (sample, "wrong-date", "customers", SHOW_WRONG_DATE);
  photograph (sample, "month-grid", "customers", SHOW_MONTH_GRID);
  photograph (sample, "message", "customers", SHOW_MESSAGE);
  /* Last: it adds follow-ups to the sample shop. */
  add_follow_ups_due (sample);
  photograph (sample, "today-show-all", "today", SHOW_ALL_DUE);

  g_clear_object (&empty);
  g_clear_object (&sample);
  g_clear_object (&fixed_clock);
  cherish_test_remove_dir (dir);
  return 0;
}
