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

#include "cherish-preferences-window.h"
#include "cherish-shop-settings.h"
#include "cherish-test-gtk.h"

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
  CherishPreferencesWindow *window = cherish_preferences_window_new ();
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
  CherishPreferencesWindow *window = cherish_preferences_window_new ();
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
  CherishPreferencesWindow *window = cherish_preferences_window_new ();
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
  CherishPreferencesWindow *window = cherish_preferences_window_new ();
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

int
main (int   argc,
      char *argv[])
{
  cherish_test_gtk_init (&argc, &argv);

  g_test_add_func ("/preferences/currency", test_currency);
  g_test_add_func ("/preferences/shop", test_shop);
  g_test_add_func ("/preferences/messages", test_messages);
  g_test_add_func ("/preferences/celebrations", test_celebrations);

  return g_test_run ();
}
