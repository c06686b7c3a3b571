/* cherish-month-grid.c — a month of days to pick from, in the shop's calendar
 *
 * GtkCalendar knows only the Gregorian calendar; a Persian shop picks
 * dates in Solar Hijri months (Farvardin has 31 days, a week starts on
 * Saturday, the grid runs right to left). This grid shows a month of
 * the calendar in use: the month's name and year, buttons for the month
 * before and after, a list of years to choose from, the week's days as the
 * language of dates names them, and one button per day (the digits of
 * that language), today marked and the chosen day highlighted. Arrow keys
 * move between days; a day's button reads its whole date to a screen
 * reader. ::day-picked gives the day, as a GDate Julian day number.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-month-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-clock.h"
#include "cherish-month-grid.h"
#include "cherish-widget-util.h"
#include "cherish-persian-date.h"

struct _CherishMonthGrid
{
  GtkBox          parent_instance;

  gboolean        persian;
  int             year;       /* in the calendar in use */
  int             month;
  guint32         selected;   /* a GDate Julian day, 0 for none */
  GtkLabel       *title;
  GtkDropDown    *year_list;
  int             first_year;
  GtkGrid        *days;
  gboolean        updating;
};

G_DEFINE_FINAL_TYPE (CherishMonthGrid, cherish_month_grid, GTK_TYPE_BOX)

enum { DAY_PICKED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* The first day of the month shown, and how many days it has. */
static int
month_start (CherishMonthGrid *self,
             GDate            *first)
{
  g_date_clear (first, 1);
  if (self->persian)
    {
      cherish_persian_to_gregorian (self->year, self->month, 1, first);
      return cherish_persian_days_in_month (self->year, self->month);
    }
  g_date_set_dmy (first, 1, self->month, self->year);
  return g_date_get_days_in_month (self->month, self->year);
}

static void
on_day_clicked (GtkButton        *button,
                CherishMonthGrid *self)
{
  guint32 julian = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "julian"));

  self->selected = julian;
  g_signal_emit (self, signals[DAY_PICKED], 0, julian);
}

static void
fill (CherishMonthGrid *self)
{
  GtkWidget *child;
  GDate first, today;
  GDateWeekday week_start = cherish_calendar_first_weekday ();
  g_autofree char *title = cherish_calendar_month_title (self->year, self->month);
  g_autoptr(CherishClock) clock = cherish_clock_new_system ();
  GtkWidget *focus_day = NULL;
  int days, column;

  gtk_label_set_label (self->title, title);
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->year_list, (guint) (self->year - self->first_year));
  self->updating = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->days))) != NULL)
    gtk_grid_remove (self->days, child);

  for (int i = 0; i < 7; i++)
    {
      GDateWeekday weekday = (GDateWeekday) ((week_start - 1 + i) % 7 + 1);
      g_autofree char *name = cherish_calendar_weekday_name (weekday);
      GtkWidget *label = gtk_label_new (name);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_grid_attach (self->days, label, i, 0, 1, 1);
    }

  cherish_clock_get_today (clock, &today);
  days = month_start (self, &first);
  column = (g_date_get_weekday (&first) - week_start + 7) % 7;
  for (int day = 1; day <= days; day++)
    {
      guint32 julian = g_date_get_julian (&first) + day - 1;
      g_autofree char *number = g_strdup_printf ("%d", day);
      g_autofree char *shown = cherish_calendar_digits (number);
      GtkWidget *button = gtk_button_new_with_label (shown);
      GDate date;
      g_autofree char *spoken = NULL;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, julian);
      spoken = cherish_calendar_format_date (&date);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "circular");
      if (julian == g_date_get_julian (&today))
        gtk_widget_add_css_class (button, "accent");
      if (julian == self->selected)
        {
          gtk_widget_remove_css_class (button, "flat");
          gtk_widget_add_css_class (button, "suggested-action");
          focus_day = button;
        }
      else if (focus_day == NULL && julian == g_date_get_julian (&today))
        focus_day = button;
      g_object_set_data (G_OBJECT (button), "julian", GUINT_TO_POINTER (julian));
      g_signal_connect (button, "clicked", G_CALLBACK (on_day_clicked), self);
      gtk_grid_attach (self->days, button, (column + day - 1) % 7, 1 + (column + day - 1) / 7, 1, 1);
    }
  if (focus_day != NULL)
    gtk_widget_set_focus_child (GTK_WIDGET (self->days), focus_day);
}

static void
step_month (CherishMonthGrid *self,
            int               by)
{
  int index = self->year * 12 + (self->month - 1) + by;
  int min = self->persian ? CHERISH_PERSIAN_MIN_YEAR : 1900;
  int max = self->persian ? CHERISH_PERSIAN_MAX_YEAR : 2200;

  if (index / 12 < min || index / 12 > max)
    return;
  self->year = index / 12;
  self->month = index % 12 + 1;
  fill (self);
}

static void
on_previous (CherishMonthGrid *self)
{
  step_month (self, -1);
}

static void
on_next (CherishMonthGrid *self)
{
  step_month (self, 1);
}

static void
on_year_changed (CherishMonthGrid *self)
{
  if (self->updating)
    return;
  self->year = self->first_year + (int) gtk_drop_down_get_selected (self->year_list);
  fill (self);
}

/* Every year a date may fall in, in the digits of the language of dates
 * (a spin button takes Latin digits only). */
static GtkDropDown *
year_list_new (CherishMonthGrid *self)
{
  int last = self->persian ? CHERISH_PERSIAN_MAX_YEAR : 2200;
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);
  GtkDropDown *list;

  self->first_year = self->persian ? CHERISH_PERSIAN_MIN_YEAR : 1900;
  for (int year = self->first_year; year <= last; year++)
    {
      g_autofree char *number = g_strdup_printf ("%d", year);
      g_autofree char *shown = cherish_calendar_digits (number);

      gtk_string_list_append (years, shown);
    }
  list = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&years)), NULL));
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Year"), -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (list), _("Year"));
  gtk_widget_set_valign (GTK_WIDGET (list), GTK_ALIGN_CENTER);
  return list;
}

static void
cherish_month_grid_class_init (CherishMonthGridClass *klass)
{
  /**
   * CherishMonthGrid::day-picked:
   * @julian: the day, as g_date_get_julian() counts
   */
  signals[DAY_PICKED] = g_signal_new ("day-picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                      NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
cherish_month_grid_init (CherishMonthGrid *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  /* Right to left, GTK draws the arrows' mirrored icons. */
  GtkWidget *previous = cherish_icon_button_new ("go-previous-symbolic", _("Month Before"), NULL);
  GtkWidget *next = cherish_icon_button_new ("go-next-symbolic", _("Month After"), NULL);

  self->persian = cherish_calendar_uses_persian ();
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);

  self->title = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->title), "heading");
  gtk_widget_set_hexpand (GTK_WIDGET (self->title), TRUE);
  self->year_list = year_list_new (self);
  g_signal_connect_swapped (self->year_list, "notify::selected", G_CALLBACK (on_year_changed), self);
  g_signal_connect_swapped (previous, "clicked", G_CALLBACK (on_previous), self);
  g_signal_connect_swapped (next, "clicked", G_CALLBACK (on_next), self);
  gtk_box_append (GTK_BOX (header), previous);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (header), next);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->year_list));
  gtk_box_append (GTK_BOX (self), header);

  self->days = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_homogeneous (self->days, TRUE);
  gtk_grid_set_column_homogeneous (self->days, TRUE);
  gtk_grid_set_column_spacing (self->days, 2);
  gtk_grid_set_row_spacing (self->days, 2);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->days));

  {
    g_autoptr(CherishClock) clock = cherish_clock_new_system ();
    GDate today;

    cherish_clock_get_today (clock, &today);
    cherish_month_grid_show (self, &today, FALSE);
  }
}

GtkWidget *
cherish_month_grid_new (void)
{
  return g_object_new (CHERISH_TYPE_MONTH_GRID, NULL);
}

/**
 * cherish_month_grid_show:
 * @selected: mark @date as the one chosen
 *
 * Shows the month @date falls in, in the calendar in use.
 */
void
cherish_month_grid_show (CherishMonthGrid *self,
                         const GDate      *date,
                         gboolean          selected)
{
  int day;

  g_return_if_fail (CHERISH_IS_MONTH_GRID (self));
  g_return_if_fail (g_date_valid (date));

  if (!self->persian || !cherish_persian_from_gregorian (date, &self->year, &self->month, &day))
    {
      self->persian = FALSE;
      self->year = g_date_get_year (date);
      self->month = g_date_get_month (date);
    }
  self->selected = selected ? g_date_get_julian (date) : 0;
  fill (self);
}

/**
 * cherish_month_grid_get_year:
 *
 * Returns: the year shown, in the calendar in use
 */
guint
cherish_month_grid_get_year (CherishMonthGrid *self)
{
  g_return_val_if_fail (CHERISH_IS_MONTH_GRID (self), 0);
  return (guint) self->year;
}

/**
 * cherish_month_grid_get_month:
 *
 * Returns: the month shown, 1 to 12, in the calendar in use
 */
guint
cherish_month_grid_get_month (CherishMonthGrid *self)
{
  g_return_val_if_fail (CHERISH_IS_MONTH_GRID (self), 0);
  return (guint) self->month;
}
