/* test-preferences.c — the shop's settings, driven under Xvfb
 *
 * What the manager types into Preferences is checked, saved as GSettings
 * and read back by the milestone rules; what is wrong is shown and not
 * saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "cherish-preferences-window.h"
#include "cherish-server-address.h"
#include "cherish-shop-settings.h"
#include "cherish-test-gtk.h"
#include "cherish-test-server.h"
#include "cherish-test-util.h"

static void
assert_setting (GSettings  *settings,
                const char *key,
                const char *expected)
{
  g_autofree char *value = g_settings_get_string (settings, key);

  g_assert_cmpstr (value, ==, expected);
}

static gpointer
row (CherishPreferencesWindow *window,
     const char               *name)
{
  return cherish_test_child (window, CHERISH_TYPE_PREFERENCES_WINDOW, name);
}

/* Types @text into an entry row and presses its apply button. */
static void
apply (gpointer    entry_row,
       const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry_row), text);
  g_signal_emit_by_name (entry_row, "apply");
}

static void
test_currency (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  CherishPreferencesWindow *window = cherish_preferences_window_new (NULL);
  GtkWidget *currency = row (window, "currency_row");

  cherish_test_present (window, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (currency)), ==, "IRR");

  apply (currency, "EURO");
  g_assert_true (gtk_widget_has_css_class (currency, "error"));
  assert_setting (settings, "currency", "IRR");

  apply (currency, "eur");
  g_assert_false (gtk_widget_has_css_class (currency, "error"));
  assert_setting (settings, "currency", "EUR");
  g_settings_reset (settings, "currency");

  /* The calendar dates are shown in. */
  adw_combo_row_set_selected (row (window, "calendar_row"), 2);
  assert_setting (settings, "calendar", "persian");
  g_settings_reset (settings, "calendar");
  cherish_test_close (window);
}

/* The shop's name and country, for its messages. */
static void
test_shop (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  CherishPreferencesWindow *window = cherish_preferences_window_new (NULL);
  AdwComboRow *country = row (window, "country_row");
  GListModel *names = adw_combo_row_get_model (country);
  g_autofree char *from_settings = NULL;
  guint germany = GTK_INVALID_LIST_POSITION;

  cherish_test_present (window, NULL);
  /* C.UTF-8 names no country: "Not Set", and nothing saved by looking. */
  g_assert_cmpuint (adw_combo_row_get_selected (country), ==, 0);
  assert_setting (settings, "country", "");

  gtk_editable_set_text (GTK_EDITABLE (row (window, "shop_name_row")), "Rose Salon");
  assert_setting (settings, "shop-name", "Rose Salon");

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Germany"))
      germany = i;
  g_assert_cmpuint (germany, !=, GTK_INVALID_LIST_POSITION);
  adw_combo_row_set_selected (country, germany);
  assert_setting (settings, "country", "DE");
  from_settings = cherish_shop_settings_country ();
  g_assert_cmpstr (from_settings, ==, "DE");

  g_settings_reset (settings, "shop-name");
  g_settings_reset (settings, "country");
  cherish_test_close (window);
}

/* The shop's own words for a purpose: saved as typed, previewed, used,
 * and reset. */
static void
test_messages (void)
{
  CherishPreferencesWindow *window = cherish_preferences_window_new (NULL);
  gpointer birthday;
  GtkTextBuffer *buffer;
  GtkLabel *preview;
  g_autofree char *saved = NULL;
  g_autofree char *back = NULL;

  cherish_test_present (window, NULL);
  birthday = cherish_test_row_titled (window, ADW_TYPE_EXPANDER_ROW, "Birthday");
  g_assert_nonnull (birthday);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (cherish_test_find (birthday, GTK_TYPE_TEXT_VIEW, NULL)));
  preview = GTK_LABEL (cherish_test_find (birthday, GTK_TYPE_LABEL, NULL));
  {
    g_autoptr(GPtrArray) labels = cherish_test_find_all (birthday, GTK_TYPE_LABEL);

    for (guint i = 0; i < labels->len; i++)
      if (gtk_label_get_selectable (labels->pdata[i]))
        preview = labels->pdata[i];
  }

  gtk_text_buffer_set_text (buffer, "Dear {first_name}, many happy returns![ {age} and counting.]", -1);
  saved = cherish_shop_settings_message_template (CHERISH_MESSAGE_BIRTHDAY);
  g_assert_cmpstr (saved, ==, "Dear {first_name}, many happy returns![ {age} and counting.]");
  g_assert_true (g_str_has_prefix (gtk_label_get_label (preview), "Dear Sara, many happy returns! "));
  g_assert_true (g_str_has_suffix (gtk_label_get_label (preview), " years and counting."));

  g_signal_emit_by_name (cherish_test_button (birthday, "_Reset to Cherish’s Own"), "clicked");
  back = cherish_shop_settings_message_template (CHERISH_MESSAGE_BIRTHDAY);
  g_assert_cmpstr (back, ==, cherish_message_default_template (CHERISH_MESSAGE_BIRTHDAY));
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_autoptr(GVariant) templates = g_settings_get_value (settings, "message-templates");

    g_assert_cmpuint (g_variant_n_children (templates), ==, 0);
  }
  cherish_test_close (window);
}

static void
test_celebrations (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  CherishPreferencesWindow *window = cherish_preferences_window_new (NULL);
  GtkWidget *tenure = row (window, "tenure_row");
  GtkWidget *visits = row (window, "visits_row");
  CherishMilestoneRules rules;

  cherish_test_present (window, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (visits)), ==,
                   "10, 25, 50, 100, +100");

  /* Not growing, not a number, nothing after "+N": red, and not saved. */
  apply (tenure, "5, 1");
  g_assert_true (gtk_widget_has_css_class (tenure, "error"));
  apply (tenure, "1, two");
  g_assert_true (gtk_widget_has_css_class (tenure, "error"));
  apply (tenure, "+5, 10");
  g_assert_true (gtk_widget_has_css_class (tenure, "error"));
  assert_setting (settings, "tenure-thresholds", "1, 5, 10, 15, 20, 25, +5");

  /* Written the manager's way, with Persian digits and comma, kept tidy. */
  apply (visits, "۲۰،۴۰ ,+40");
  g_assert_false (gtk_widget_has_css_class (visits, "error"));
  assert_setting (settings, "visit-thresholds", "20, 40, +40");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (visits)), ==, "20, 40, +40");

  gtk_switch_set_active (row (window, "feb29_switch"), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "feb29-on-march1"));

  /* What the milestones engine is given. */
  cherish_shop_settings_rules (&rules);
  g_assert_true (rules.feb29_on_march1);
  g_assert_cmpuint (rules.visits.n_values, ==, 2);
  g_assert_cmpuint (rules.visits.values[1], ==, 40);
  g_assert_cmpuint (rules.visits.every, ==, 40);
  g_assert_cmpuint (rules.tenure.every, ==, 5);

  adw_combo_row_set_selected (row (window, "horizon_row"), 2);
  g_assert_cmpint (g_settings_get_int (settings, "celebrations-days"), ==, 90);

  g_settings_reset (settings, "visit-thresholds");
  g_settings_reset (settings, "feb29-on-march1");
  g_settings_reset (settings, "celebrations-days");
  cherish_test_close (window);
}

/* What Preferences → Storage asked the application: app.use-shop's
 * place and what the window says then. */
typedef struct
{
  char *location;
  char *text;
} UseShop;

static void
on_use_shop (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  UseShop *used = user_data;

  g_clear_pointer (&used->location, g_free);
  g_clear_pointer (&used->text, g_free);
  g_variant_get (parameter, "(ss)", &used->location, &used->text);
}

static CherishPreferencesWindow *
storage_window (CherishDatabase *db,
                UseShop         *used)
{
  CherishPreferencesWindow *window = cherish_preferences_window_new (db);
  g_autoptr(GSimpleActionGroup) app = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) use_shop = g_simple_action_new ("use-shop", G_VARIANT_TYPE ("(ss)"));

  g_signal_connect (use_shop, "activate", G_CALLBACK (on_use_shop), used);
  g_action_map_add_action (G_ACTION_MAP (app), G_ACTION (use_shop));
  gtk_widget_insert_action_group (GTK_WIDGET (window), "app", G_ACTION_GROUP (app));
  cherish_test_present (window, NULL);
  cherish_preferences_window_show_page (window, "storage");
  return window;
}

/* Presses the row's button and waits for the page to be done with it. */
static void
press (gpointer    window,
       const char *row_title,
       const char *label)
{
  gpointer row = cherish_test_row_titled (window, ADW_TYPE_ACTION_ROW, row_title);
  GtkWidget *button;
  GtkWidget *spinner;
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_visible (row));
  button = cherish_test_button (row, label);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  spinner = cherish_test_find (window, GTK_TYPE_SPINNER, NULL);
  while (gtk_widget_get_visible (spinner))
    {
      if (g_get_monotonic_time () > until)
        g_error ("%s: no end after 60 s", row_title);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static const char *
connection_said (gpointer window)
{
  return adw_action_row_get_subtitle (cherish_test_row_titled (window, ADW_TYPE_ACTION_ROW, _("Connection")));
}

static const char *
server_value (const char *uri,
              const char *sql)
{
  static char value[64];
  g_autoptr(GPtrArray) rows = cherish_test_server_rows (uri, sql);

  g_assert_cmpuint (rows->len, ==, 2);
  g_strlcpy (value, g_ptr_array_index ((GPtrArray *) rows->pdata[1], 0), sizeof value);
  return value;
}

/* A shop in a file moved to an empty database on the server, used from
 * the server by another computer, and moved back into a new file — all
 * from Preferences → Storage; a wrong address and an unreachable server
 * are said on the page. */
static void
test_storage (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;
  g_autofree char *server = NULL;
  g_autofree char *unreachable = NULL;
  g_autoptr(CherishDatabase) db = NULL;
  g_autoptr(CherishDatabase) on_server = NULL;
  g_autoptr(CherishDatabase) back = NULL;
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(GError) error = NULL;
  UseShop used = { NULL, NULL };
  CherishCustomerQuery everyone = { NULL, CHERISH_CUSTOMER_SORT_NAME, 0 };
  CherishPreferencesWindow *window;
  gpointer address;

  if (g_getenv ("CHERISH_TEST_POSTGRESQL") == NULL)
    {
      g_test_skip ("Needs a PostgreSQL server: runs as ui-preferences-postgresql");
      return;
    }

  dir = cherish_test_make_dir ();
  file = g_build_filename (dir, "shop.db", NULL);
  db = cherish_database_open (file, &error);
  g_assert_no_error (error);
  customers = cherish_customer_store_new (db, NULL);
  cherish_test_add_customer (customers, "Brenda Walsh", NULL);
  cherish_test_add_customer (customers, "سارا احمدی", NULL);
  cherish_test_add_customer (customers, "Dylan McKay", NULL);
  g_settings_set_string (settings, "shop-location", file);
  server = cherish_test_server_database (dir, "storage");

  window = storage_window (db, &used);
  g_assert_cmpstr (adw_action_row_get_subtitle (cherish_test_row_titled (window, ADW_TYPE_ACTION_ROW,
                                                                         _("On This Computer"))), ==, file);
  g_assert_false (gtk_widget_is_visible (cherish_test_row_titled (window, ADW_TYPE_ACTION_ROW,
                                                                   _("Move the Shop to This Computer"))));
  address = cherish_test_row_starting (window, ADW_TYPE_ENTRY_ROW, "Server Address");

  /* Not an address: said in red, nothing tried. */
  gtk_editable_set_text (GTK_EDITABLE (address), "db.example.com/shop");
  g_assert_true (gtk_widget_has_css_class (address, "error"));
  press (window, _("Connection"), _("Test"));
  g_assert_true (g_str_has_prefix (connection_said (window), "A server’s address starts with postgresql://"));

  /* A server that is not there: libpq's words, after the attempt. */
  unreachable = g_strdup_printf ("postgresql://%s@127.0.0.1:1/nowhere", g_get_user_name ());
  gtk_editable_set_text (GTK_EDITABLE (address), unreachable);
  g_assert_false (gtk_widget_has_css_class (address, "error"));
  press (window, _("Connection"), _("Test"));
  g_assert_true (g_str_has_prefix (connection_said (window), "Cannot reach the shop’s database “nowhere on 127.0.0.1:1"));
  g_assert_false (gtk_widget_is_visible (cherish_test_row_titled (window, ADW_TYPE_ACTION_ROW,
                                                                   _("Move the Shop to This Server"))));

  /* An empty database: the shop can move there. */
  gtk_editable_set_text (GTK_EDITABLE (address), server);
  press (window, _("Connection"), _("Test"));
  g_assert_nonnull (strstr (connection_said (window), "The database is empty"));
  press (window, _("Move the Shop to This Server"), _("Move"));
  g_assert_cmpstr (used.location, ==, server);
  g_assert_true (g_str_has_prefix (used.text, "The shop was moved to the server and checked"));
  g_assert_cmpstr (server_value (server, "SELECT count(*) FROM customers"), ==, "3");
  g_assert_cmpstr (server_value (server, "SELECT display_name FROM customers WHERE display_name LIKE 'س%'"), ==, "سارا احمدی");
  cherish_test_close (window);

  /* Another counter, on its own file, joins the shop on the server. */
  window = storage_window (db, &used);
  address = cherish_test_row_starting (window, ADW_TYPE_ENTRY_ROW, "Server Address");
  gtk_editable_set_text (GTK_EDITABLE (address), server);
  press (window, _("Connection"), _("Test"));
  g_assert_nonnull (strstr (connection_said (window), "The database holds a Cherish shop"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (cherish_test_row_titled (window, ADW_TYPE_ACTION_ROW,
                                                                                   _("Use the Shop on This Server"))),
                            "3 customers"));
  g_clear_pointer (&used.location, g_free);
  press (window, _("Use the Shop on This Server"), _("Use"));
  g_assert_cmpstr (used.location, ==, server);
  g_assert_cmpstr (used.text, ==, "");
  cherish_test_close (window);

  /* On the server: back into a new file on this computer. */
  g_settings_set_string (settings, "shop-location", server);
  on_server = cherish_database_open (server, &error);
  g_assert_no_error (error);
  window = storage_window (on_server, &used);
  g_assert_nonnull (cherish_test_row_titled (window, ADW_TYPE_ACTION_ROW, _("On a PostgreSQL Server")));
  g_clear_pointer (&used.location, g_free);
  press (window, _("Move the Shop to This Computer"), _("Move"));
  g_assert_nonnull (used.location);
  g_assert_false (cherish_database_is_server_uri (used.location));
  g_assert_cmpstr (used.location, !=, file);
  back = cherish_database_open (used.location, &error);
  g_assert_no_error (error);
  g_clear_object (&customers);
  customers = cherish_customer_store_new (back, NULL);
  g_assert_cmpint (cherish_customer_store_count (customers, &everyone, &error), ==, 3);
  g_assert_no_error (error);
  cherish_test_close (window);

  g_clear_object (&customers);
  g_clear_object (&back);
  g_unlink (used.location);
  g_settings_reset (settings, "shop-location");
  g_free (used.location);
  g_free (used.text);
  g_clear_object (&db);
  g_clear_object (&on_server);
  cherish_test_remove_dir (dir);
}

/* A server that asks for a password: refused without it; the password
 * typed in its row is kept in Cherish's password file (not in the
 * address, not in the settings), and libpq reads it from there. */
static void
test_storage_password (void)
{
  g_autofree char *config = g_build_filename (g_get_user_config_dir (), "cherish", "pgpass", NULL);
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *admin_uri = NULL;
  g_autofree char *role = NULL;
  g_autofree char *database = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(CherishDatabase) db = NULL;
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  UseShop used = { NULL, NULL };
  CherishPreferencesWindow *window;
  gpointer address, password;
  GStatBuf st;

  if (g_getenv ("CHERISH_TEST_POSTGRESQL") == NULL)
    {
      g_test_skip ("Needs a PostgreSQL server: runs as ui-preferences-postgresql");
      return;
    }
  /* Its own login and database: the file suite and the server suite may
   * run at once on one server. */
  role = g_strdup_printf ("counter_pw_%d", (int) getpid ());
  database = g_strdup_printf ("t_storage_password_%d", (int) getpid ());
  sql = g_strdup_printf ("DO $$ BEGIN CREATE ROLE password_logins NOLOGIN; "
                         "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
  cherish_test_server_admin (sql);
  g_free (sql);
  sql = g_strdup_printf ("CREATE ROLE %s LOGIN PASSWORD 'se:cr\\et' IN ROLE password_logins", role);
  cherish_test_server_admin (sql);
  g_free (sql);
  sql = g_strdup_printf ("CREATE DATABASE %s OWNER %s", database, role);
  cherish_test_server_admin (sql);
  uri = cherish_test_server_uri_as (role, database);
  admin_uri = g_strdup_printf ("%s/%s", g_getenv ("CHERISH_TEST_POSTGRESQL"), database);

  dir = cherish_test_make_dir ();
  file = g_build_filename (dir, "shop.db", NULL);
  db = cherish_database_open (file, &error);
  g_assert_no_error (error);
  customers = cherish_customer_store_new (db, NULL);
  cherish_test_add_customer (customers, "Kelly Taylor", NULL);
  g_settings_set_string (settings, "shop-location", file);

  window = storage_window (db, &used);
  address = cherish_test_row_starting (window, ADW_TYPE_ENTRY_ROW, "Server Address");
  password = cherish_test_row_titled (window, ADW_TYPE_PASSWORD_ENTRY_ROW, "Password");
  gtk_editable_set_text (GTK_EDITABLE (address), uri);
  press (window, _("Connection"), _("Test"));
  g_assert_nonnull (strstr (connection_said (window), role));
  g_assert_true (gtk_widget_has_css_class (cherish_test_row_titled (window, ADW_TYPE_ACTION_ROW, _("Connection")),
                                           "error"));

  gtk_editable_set_text (GTK_EDITABLE (password), "se:cr\\et");
  press (window, _("Connection"), _("Test"));
  g_assert_nonnull (strstr (connection_said (window), "The database is empty"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (password)), ==, "");
  g_assert_cmpint (g_stat (config, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  press (window, _("Move the Shop to This Server"), _("Move"));
  g_assert_cmpstr (used.location, ==, uri);   /* no password in it */
  g_assert_cmpstr (server_value (admin_uri, "SELECT display_name FROM customers"), ==, "Kelly Taylor");
  cherish_test_close (window);

  g_settings_reset (settings, "shop-location");
  g_free (used.location);
  g_free (used.text);
  g_clear_object (&customers);
  g_clear_object (&db);
  g_unlink (config);
  cherish_test_remove_dir (dir);
  g_free (sql);
  sql = g_strdup_printf ("DROP DATABASE %s WITH (FORCE)", database);
  cherish_test_server_admin (sql);
}

/* The password is never kept in the address: Cherish's own password file
 * (mode 0600, libpq's format) holds it, a copy of ~/.pgpass the first
 * time. */
static void
test_password_file (void)
{
  g_autofree char *config = g_build_filename (g_get_user_config_dir (), "cherish", "pgpass", NULL);
  g_autofree char *home_pgpass = g_build_filename (g_get_home_dir (), ".pgpass", NULL);
  g_autofree char *password = NULL;
  g_autofree char *bare = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  bare = cherish_server_address_take_password ("postgresql://counter1:s%40cret@db.example.com:5433/shop"
                                               "?sslmode=verify-full&password=x", &password);
  g_assert_cmpstr (bare, ==, "postgresql://counter1@db.example.com:5433/shop?sslmode=verify-full");
  g_assert_cmpstr (password, ==, "x");   /* the query's comes last: libpq's choice */
  g_clear_pointer (&bare, g_free);
  g_clear_pointer (&password, g_free);
  bare = cherish_server_address_take_password ("postgresql://counter1:s%40cret@db.example.com/shop", &password);
  g_assert_cmpstr (bare, ==, "postgresql://counter1@db.example.com/shop");
  g_assert_cmpstr (password, ==, "s@cret");

  g_assert_null (cherish_server_address_password_file ());
  g_assert_true (g_file_set_contents (home_pgpass, "other.example.com:5432:*:me:old\n", -1, NULL));
  g_assert_true (cherish_server_address_save_password (bare, "s:e\\cret", &error));
  g_assert_no_error (error);
  g_assert_true (cherish_server_address_save_password ("postgresql://counter1:typed@db.example.com/shop",
                                                       "new:one", &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (config, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "other.example.com:5432:*:me:old\n"
                                 "db.example.com:*:shop:counter1:new\\:one\n");
  g_assert_cmpint (g_stat (config, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpstr (cherish_server_address_password_file (), ==, config);
  g_unlink (config);
  g_unlink (home_pgpass);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("cherish-preferences-XXXXXX", NULL);
  g_autofree char *config = g_build_filename (home, "config", NULL);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  int status;

  /* Password files and moved shops go here, not in the tester's home. */
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  cherish_test_gtk_init (&argc, &argv);

  g_test_add_func ("/preferences/currency", test_currency);
  g_test_add_func ("/preferences/shop", test_shop);
  g_test_add_func ("/preferences/messages", test_messages);
  g_test_add_func ("/preferences/celebrations", test_celebrations);
  g_test_add_func ("/preferences/storage", test_storage);
  g_test_add_func ("/preferences/storage-password", test_storage_password);
  g_test_add_func ("/preferences/password-file", test_password_file);

  status = g_test_run ();
  cherish_test_remove_dir (home);
  return status;
}
