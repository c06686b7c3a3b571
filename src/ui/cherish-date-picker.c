/* cherish-date-picker.c — a calendar beside a date field
 *
 * Dates are typed as year-month-day (Persian digits too); a calendar
 * button beside the field picks one with the mouse or the keyboard and
 * writes it in the same form, so both ways are checked alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-date-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-date-picker.h"
#include "cherish-date.h"

static void
on_day_selected_cb (GtkCalendar *calendar,
                    AdwEntryRow *row)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (picked, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (calendar),
                                                             GTK_TYPE_POPOVER)));
}

/* Opens on the date already typed, if it is one. */
static void
on_popover_show_cb (GtkPopover *popover,
                    AdwEntryRow *row)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  GDate date;

  if (cherish_date_parse (gtk_editable_get_text (GTK_EDITABLE (row)), &date, NULL))
    {
      g_autoptr(GDateTime) when = g_date_time_new_local (g_date_get_year (&date),
                                                         g_date_get_month (&date),
                                                         g_date_get_day (&date), 12, 0, 0);

      g_signal_handlers_block_by_func (calendar, on_day_selected_cb, row);
#if GTK_CHECK_VERSION (4, 20, 0)
      gtk_calendar_set_date (calendar, when);
#else
      gtk_calendar_select_day (calendar, when);
#endif
      g_signal_handlers_unblock_by_func (calendar, on_day_selected_cb, row);
    }
}

/**
 * cherish_date_picker_attach:
 * @row: a row where a date is typed as year-month-day
 *
 * Adds a calendar button at the end of @row.
 */
void
cherish_date_picker_attach (AdwEntryRow *row)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();
  g_autofree char *label = g_strdup_printf (_("Pick “%s” from a calendar"),
                                            adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (on_day_selected_cb), row);
  g_signal_connect (popover, "show", G_CALLBACK (on_popover_show_cb), row);

  adw_entry_row_add_suffix (row, button);
}
