/* cherish-date-field.c — a date typed, or picked from a month, in the shop's calendar
 *
 * A date field is an AdwEntryRow whose title gives an example in the
 * calendar the shop uses ("Birthday (like 12 Mordad 1365, or 12 Mordad)").
 * It shows a stored date as the manager reads it and accepts whatever
 * cherish_date_read() does: Solar Hijri or Gregorian by the year, Persian
 * or Latin digits, / - or . between the numbers, month names
 * ("۱۲ مرداد ۱۳۶۵", "3 Aug 1986"), year-less days where a year is not
 * needed. A button beside it opens a month grid (CherishMonthGrid) in that
 * calendar; a picked day is written as the field shows dates. The typed
 * text is never changed behind the manager's back: a wrong date keeps its
 * text and the form says which rule it breaks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-date-field"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-clock.h"
#include "cherish-date.h"
#include "cherish-error.h"
#include "cherish-date-field.h"
#include "cherish-date-text.h"
#include "cherish-month-grid.h"

#define YEAR_OPTIONAL "cherish-date-field-year-optional"
#define TITLE "cherish-date-field-title"

static void
on_day_picked (CherishMonthGrid *grid,
               guint             julian,
               AdwEntryRow      *row)
{
  g_autofree char *iso = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  iso = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                         g_date_get_day (&date));
  cherish_date_field_set_iso (row, iso);
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (grid), GTK_TYPE_POPOVER)));
}

/* Opens on the date typed, if it is one (a year-less one: this year's). */
static void
on_popover_show (GtkPopover  *popover,
                 AdwEntryRow *row)
{
  GtkWidget *grid = gtk_popover_get_child (popover);
  g_autoptr(CherishClock) clock = cherish_clock_new_system ();
  g_autofree char *iso = NULL;
  GDate today, date;

  cherish_clock_get_today (clock, &today);
  /* Made here, so that it follows the calendar chosen since. */
  if (grid != NULL)
    gtk_popover_set_child (popover, NULL);
  grid = cherish_month_grid_new ();
  g_signal_connect (grid, "day-picked", G_CALLBACK (on_day_picked), row);
  gtk_popover_set_child (popover, grid);

  if (cherish_date_field_read (row, &today, NULL, &iso, NULL) &&
      cherish_date_in_year (iso, g_date_get_year (&today), &date))
    cherish_month_grid_show (CHERISH_MONTH_GRID (grid), &date, TRUE);
}

/**
 * cherish_date_field_attach:
 * @title: what the date is, "Birthday"
 * @year_optional: a year-less day is allowed (a birthday)
 *
 * Makes @row a date field: its title with an example in the shop's
 * calendar, and a month grid button at its end.
 */
void
cherish_date_field_attach (AdwEntryRow *row,
                           const char  *title,
                           gboolean     year_optional)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  g_autofree char *example = cherish_calendar_format_iso ("1986-08-03");
  g_autofree char *short_example = cherish_calendar_format_iso ("--08-03");
  g_autofree char *full_title = NULL;
  g_autofree char *label = g_strdup_printf (_("Pick “%s” from a calendar"), title);

  if (year_optional)
    /* Translators: a date field's title, then examples of a date with and without a year */
    full_title = g_strdup_printf (_("%s (like %s, or %s)"), title, example, short_example);
  else
    /* Translators: a date field's title, then an example of a date */
    full_title = g_strdup_printf (_("%s (like %s)"), title, example);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), full_title);
  g_object_set_data (G_OBJECT (row), YEAR_OPTIONAL, GINT_TO_POINTER (year_optional));
  g_object_set_data_full (G_OBJECT (row), TITLE, g_strdup (title), g_free);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  g_signal_connect (popover, "show", G_CALLBACK (on_popover_show), row);
  adw_entry_row_add_suffix (row, button);
}

/**
 * cherish_date_field_set_iso:
 * @iso: (nullable): a stored date, "YYYY-MM-DD" or "--MM-DD"
 *
 * Shows @iso as the manager reads dates: "12 Mordad 1365", "3 August".
 */
void
cherish_date_field_set_iso (AdwEntryRow *row,
                            const char  *iso)
{
  g_autofree char *shown = cherish_calendar_format_iso (iso);

  gtk_editable_set_text (GTK_EDITABLE (row), shown != NULL ? shown : "");
}

/**
 * cherish_date_field_read:
 * @today: the shop's today (where a year-less Solar Hijri day falls)
 * @field: (nullable): the field an error names (cherish_error_get_field())
 * @iso: (out) (transfer full) (nullable): the date to store; %NULL when
 *   the field is empty
 *
 * Returns: %TRUE if the field is empty or holds a date; else %FALSE with
 *   @error saying which rule the text breaks, in the shop's calendar:
 *   "Birthday: “1404/12/30” is not a date: Esfand 1404 has 29 days."
 */
gboolean
cherish_date_field_read (AdwEntryRow  *row,
                         const GDate  *today,
                         const char   *field,
                         char        **iso,
                         GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  CherishDateReading reading;

  cherish_date_reading_init (&reading, cherish_calendar_system (), cherish_calendar_date_order (), today);
  if (cherish_date_read (&reading, gtk_editable_get_text (GTK_EDITABLE (row)),
                         GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), YEAR_OPTIONAL)), iso, &local_error))
    return TRUE;
  {
    /* In the digits of the manager's language: "اسفند ۱۴۰۴، ۲۹ روز دارد" */
    g_autofree char *message = cherish_calendar_digits (local_error->message);

    /* Translators: a date field, like "Birthday", then what is wrong with the date typed */
    cherish_set_invalid (error, field, _("%s: %s"), (const char *) g_object_get_data (G_OBJECT (row), TITLE),
                         message);
  }
  return FALSE;
}
