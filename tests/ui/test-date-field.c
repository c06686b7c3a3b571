/* test-date-field.c — dates typed and picked in the shop's calendar
 *
 * Run twice: in English with the Gregorian calendar (the "date-field"
 * test), and as a Persian manager runs Cherish, LANGUAGE=fa with the
 * automatic calendar (the "date-field-fa" test): a Solar Hijri birthday
 * typed in Persian digits is stored as the Gregorian ISO day and shown
 * back in Persian, and the month grid shows Solar Hijri months.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "cherish-calendar.h"
#include "cherish-customer-form.h"
#include "cherish-date-field.h"
#include "cherish-month-grid.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"

static gboolean
persian (void)
{
  return g_str_has_prefix (g_getenv ("LANGUAGE") ?: "", "fa");
}

/* A row in a window, as in every form: in a boxed list. */
static AdwEntryRow *
date_row (GtkWidget  **window,
          gboolean     year_optional)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_entry_row_new ();

  *window = gtk_window_new ();
  cherish_date_field_attach (ADW_ENTRY_ROW (row), "Date", year_optional);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_window_set_child (GTK_WINDOW (*window), list);
  gtk_window_present (GTK_WINDOW (*window));
  cherish_test_wait_for_frames (*window, 2);
  return ADW_ENTRY_ROW (row);
}

static char *
read_iso (AdwEntryRow  *row,
          GError      **error)
{
  char *iso = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 29, 11, 2026);
  cherish_date_field_read (row, &today, "date", &iso, error);
  return iso;
}

static CherishMonthGrid *
open_grid (AdwEntryRow *row)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (cherish_test_find (row, GTK_TYPE_MENU_BUTTON, NULL));
  GtkWidget *popover;

  g_assert_nonnull (button);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  gtk_menu_button_popup (button);
  cherish_test_wait_for_frames (popover, 2);
  return CHERISH_MONTH_GRID (gtk_popover_get_child (GTK_POPOVER (popover)));
}

/* It opens on the date typed, in the calendar in use, and writes the day picked. */
static void
test_picker (void)
{
  GtkWidget *window;
  AdwEntryRow *row = date_row (&window, FALSE);
  CherishMonthGrid *grid;
  GtkWidget *day;
  g_autofree char *iso = NULL;

  gtk_editable_set_text (GTK_EDITABLE (row), "2025-12-30");
  grid = open_grid (row);
  if (persian ())
    {
      g_assert_cmpuint (cherish_month_grid_get_year (grid), ==, 1404);   /* 9 Dey 1404 */
      g_assert_cmpuint (cherish_month_grid_get_month (grid), ==, 10);
      day = cherish_test_button (grid, "۱۲");
    }
  else
    {
      g_assert_cmpuint (cherish_month_grid_get_year (grid), ==, 2025);
      g_assert_cmpuint (cherish_month_grid_get_month (grid), ==, 12);
      day = cherish_test_button (grid, "21");
    }
  g_assert_nonnull (day);
  g_signal_emit_by_name (day, "clicked");
  iso = read_iso (row, NULL);
  if (persian ())
    {
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "۱۲ دی ۱۴۰۴");
      g_assert_cmpstr (iso, ==, "2026-01-02");
    }
  else
    {
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "21 December 2025");
      g_assert_cmpstr (iso, ==, "2025-12-21");
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* What is typed, in any form; what is wrong, said in the calendar in use. */
static void
test_typed (void)
{
  static const struct { const char *text; const char *iso; } typed[] = {
    { "۱۳۷۰/۰۱/۰۱", "1991-03-21" },
    { "1370-1-1", "1991-03-21" },
    { "12 Mordad 1365", "1986-08-03" },
    { "3 Aug 1986", "1986-08-03" },
    { "1986-08-03", "1986-08-03" },
    { "20/03/2024", "2024-03-20" },
  };
  GtkWidget *window;
  AdwEntryRow *row = date_row (&window, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;

      gtk_editable_set_text (GTK_EDITABLE (row), typed[i].text);
      iso = read_iso (row, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (iso, ==, typed[i].iso);
    }
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *iso = NULL;

    gtk_editable_set_text (GTK_EDITABLE (row), "1404/12/30");
    iso = read_iso (row, &error);
    g_assert_null (iso);
    g_assert_nonnull (error);
    /* Esfand, in the manager's language */
    g_assert_nonnull (strstr (error->message, persian () ? "اسفند سال ۱۴۰۴، ۲۹ روز دارد" : "Esfand 1404 has 29 days"));
    /* The text stays as typed. */
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "1404/12/30");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A birthday typed in Persian digits is stored as the Gregorian day and
 * shown back as a Persian manager reads it. */
static void
test_customer_form (void)
{
  CherishCustomerForm *form = g_object_new (CHERISH_TYPE_CUSTOMER_FORM, NULL);
  GtkWidget *window = gtk_window_new ();
  AdwEntryRow *birthday;
  g_autoptr(CherishCustomer) customer = NULL;
  g_autoptr(CherishCustomer) back = NULL;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (form));
  gtk_window_present (GTK_WINDOW (window));
  cherish_test_wait_for_frames (window, 2);
  birthday = cherish_test_row_starting (form, ADW_TYPE_ENTRY_ROW, _("Birthday"));
  gtk_editable_set_text (GTK_EDITABLE (cherish_test_row_starting (form, ADW_TYPE_ENTRY_ROW, _("Name"))), "Sara");
  gtk_editable_set_text (GTK_EDITABLE (birthday), "۱۳۷۰/۰۱/۰۱");
  g_assert_true (cherish_customer_form_get_valid (form));
  customer = cherish_customer_form_build (form);
  g_assert_cmpstr (cherish_customer_get_birthday (customer), ==, "1991-03-21");

  cherish_customer_form_set_customer (form, customer);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (birthday)), ==,
                   persian () ? "۱ فروردین ۱۳۷۰" : "21 March 1991");
  back = cherish_customer_form_build (form);
  g_assert_cmpstr (cherish_customer_get_birthday (back), ==, "1991-03-21");

  /* A wrong day: the form says so and cannot be saved; the text stays. */
  gtk_editable_set_text (GTK_EDITABLE (birthday), "۱۴۰۴/۱۲/۳۰");
  g_assert_false (cherish_customer_form_get_valid (form));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (birthday), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (birthday)), ==, "۱۴۰۴/۱۲/۳۰");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  cherish_test_gtk_init (&argc, &argv);   /* the locale and translations too */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_settings_set_string (settings, "calendar", persian () ? "automatic" : "gregorian");
  }
  if (persian ())
    gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);

  g_test_add_func ("/date-field/picker", test_picker);
  g_test_add_func ("/date-field/typed", test_typed);
  g_test_add_func ("/date-field/customer-form", test_customer_form);

  return g_test_run ();
}
