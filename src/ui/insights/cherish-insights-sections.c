/* cherish-insights-sections.c — the Insights page's sections
 *
 * Part of CherishInsightsPage: each section is a group with a title that
 * names what it shows and a sentence saying how it is counted, its charts
 * (their numbers saved as CSV from the group's button) or its rows (a
 * customer opens on activation; one slipping away gets a follow-up for
 * today in one click).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-insights-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cherish-calendar.h"
#include "cherish-chart-table.h"
#include "cherish-chart.h"
#include "cherish-date.h"
#include "cherish-file-picker.h"
#include "cherish-heat-table.h"
#include "cherish-insights-page-private.h"
#include "cherish-money.h"
#include "cherish-persian-date.h"
#include "cherish-widget-util.h"
#include "cherish-window.h"

/* The regulars slipping away shown, the most valuable. */
#define SLIPPING_SHOWN 8

/* ------------------------------------------------------------------ */
/* Labels and numbers                                                  */
/* ------------------------------------------------------------------ */

static char *
month_name (const GDate *first)
{
  int year, month, day;

  if (cherish_calendar_uses_persian () && cherish_persian_from_gregorian (first, &year, &month, &day))
    return cherish_calendar_month_title (year, month);
  return cherish_calendar_month_title (g_date_get_year (first), g_date_get_month (first));
}

static GStrv
month_names (CherishInsights *insights)
{
  GStrv names = g_new0 (char *, insights->months->len + 1);

  for (guint i = 0; i < insights->months->len; i++)
    names[i] = month_name (&g_array_index (insights->months, CherishInsightsMonth, i).first);
  return names;
}

static char *
format_money (double   value,
              gpointer user_data)
{
  CherishInsightsPage *self = user_data;
  g_autofree char *text = cherish_money_format ((gint64) value, self->currency);

  return cherish_calendar_digits (text);
}

/* ------------------------------------------------------------------ */
/* Sections                                                            */
/* ------------------------------------------------------------------ */

static GtkWidget *
add_group (CherishInsightsPage *self,
           const char          *title,
           const char          *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (GTK_BOX (self->sections), group);
  g_ptr_array_add (self->groups, group);
  return group;
}

/* The CSV of a group's charts, one after the other. */
static char *
group_csv (GtkWidget *group)
{
  GPtrArray *charts = g_object_get_data (G_OBJECT (group), "cherish-charts");
  GString *csv = g_string_new (NULL);

  for (guint i = 0; charts != NULL && i < charts->len; i++)
    {
      g_autofree char *part = CHERISH_IS_CHART (charts->pdata[i])
                                ? cherish_chart_to_csv (charts->pdata[i])
                                : cherish_heat_table_to_csv (charts->pdata[i]);

      if (i > 0)
        g_string_append (csv, "\r\n");
      g_string_append (csv, part);
    }
  return g_string_free (csv, FALSE);
}

static void
on_csv_file_cb (GFile    *file,
                gpointer  user_data)
{
  GtkWidget *group = user_data;
  g_autofree char *csv = NULL;
  g_autoptr(GError) error = NULL;

  if (file == NULL)
    return;
  csv = group_csv (group);
  if (!g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                NULL, &error))
    cherish_window_toast (CHERISH_WINDOW (gtk_widget_get_root (group)), error->message);
}

static void
on_save_csv_clicked (GtkButton *button,
                     GtkWidget *group)
{
  g_autofree char *file_name = g_strdup_printf ("%s.csv", adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)));

  cherish_file_picker_run (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button))), TRUE,
                           _("Save the Numbers"), _("_Save"), file_name, NULL, on_csv_file_cb,
                           g_object_ref (group), g_object_unref);
}

/* A chart in @group; the group's button saves its charts' numbers as CSV. */
static void
add_chart (AdwPreferencesGroup *group,
           GtkWidget           *chart)
{
  GPtrArray *charts = g_object_get_data (G_OBJECT (group), "cherish-charts");

  if (charts == NULL)
    {
      g_autofree char *tooltip = g_strdup_printf (_("Save the numbers of “%s” as CSV"),
                                                  adw_preferences_group_get_title (group));
      GtkWidget *button = cherish_icon_button_new ("document-save-symbolic", tooltip, NULL);

      charts = g_ptr_array_new ();
      g_object_set_data_full (G_OBJECT (group), "cherish-charts", charts,
                              (GDestroyNotify) g_ptr_array_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (on_save_csv_clicked), group);
      adw_preferences_group_set_header_suffix (group, button);
    }
  g_ptr_array_add (charts, chart);
  gtk_widget_add_css_class (chart, "card");
  gtk_widget_set_margin_bottom (chart, 6);
  adw_preferences_group_add (group, chart);
  if (CHERISH_IS_CHART (chart))
    adw_preferences_group_add (group, cherish_chart_table_new (CHERISH_CHART (chart)));
}

/* A series of the months: a field of CherishInsightsMonth. */
typedef struct
{
  const char *name;
  gsize       offset;
  gboolean    wide;     /* a gint64, not a guint */
} Series;

#define SERIES(name, field) \
  { name, G_STRUCT_OFFSET (CherishInsightsMonth, field), \
    sizeof (((CherishInsightsMonth *) NULL)->field) == sizeof (gint64) }

/* A chart of @n_series fields of the months, in @group. */
static GtkWidget *
add_month_chart (CherishInsightsPage *self,
                 GtkWidget           *group,
                 CherishChartKind     kind,
                 const char          *title,
                 GStrv                labels,
                 const Series        *series,
                 guint                n_series,
                 CherishChartFormat   format)
{
  GArray *months = self->insights->months;
  g_autofree double *values = g_new (double, n_series * months->len);
  g_autofree const char **names = g_new0 (const char *, n_series + 1);
  GtkWidget *chart = cherish_chart_new (kind, title);

  for (guint s = 0; s < n_series; s++)
    {
      names[s] = _(series[s].name);
      for (guint i = 0; i < months->len; i++)
        {
          const guint8 *month = (const guint8 *) &g_array_index (months, CherishInsightsMonth, i);

          values[s * months->len + i] = series[s].wide ? *(const gint64 *) (month + series[s].offset)
                                                       : *(const guint *) (month + series[s].offset);
        }
    }
  if (format != NULL)
    cherish_chart_set_format (CHERISH_CHART (chart), format, self);
  cherish_chart_set_data (CHERISH_CHART (chart), (const char * const *) labels, names, values);
  add_chart (ADW_PREFERENCES_GROUP (group), chart);
  return chart;
}

static void
show_regulars (CherishInsightsPage *self,
               GStrv                labels)
{
  static const Series series[] = {
    SERIES (N_("Active"), active), SERIES (N_("New"), new_customers),
    SERIES (N_("Back"), returned), SERIES (N_("Lost"), lost),
  };
  GtkWidget *group = add_group (self, _("Regulars Over Time"),
                                _("Active: came in the 90 days up to the month’s end. Back: came "
                                  "again after being lost. Lost: away three times their usual gap "
                                  "and at least 120 days."));

  add_month_chart (self, group, CHERISH_CHART_LINES, _("Regulars over time"), labels, series,
                   G_N_ELEMENTS (series), NULL);
}

static void
on_show_customer_cb (AdwActionRow *row,
                     gpointer      user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "win.show-customer", "x",
                              cherish_widget_get_id (row));
}

static void
on_add_follow_up_cb (GtkButton           *button,
                     CherishInsightsPage *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);
  g_autoptr(CherishFollowUp) follow_up = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today_text = NULL;
  GDate today;

  cherish_clock_get_today (self->clock, &today);
  today_text = cherish_date_format (&today);
  follow_up = cherish_follow_up_new (cherish_widget_get_id (row), today_text,
                                     _("Slipping away: get in touch"));
  if (!cherish_follow_up_store_add (self->follow_ups, follow_up, &error))
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (button), error->message);
      return;
    }
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), _("Follow-up added for today"));
}

static GtkWidget *
customer_row (CherishInsightsPage           *self,
              const CherishInsightsCustomer *customer,
              const char                    *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 customer->name != NULL ? customer->name : "");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "id", GSIZE_TO_POINTER ((gsize) customer->customer_id));
  g_signal_connect (row, "activated", G_CALLBACK (on_show_customer_cb), NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static void
show_slipping (CherishInsightsPage *self)
{
  CherishInsights *insights = self->insights;
  g_autofree char *description = NULL;
  GtkWidget *group;

  if (insights->n_slipping == 0)
    description = g_strdup (_("No regular is away longer than twice their usual gap."));
  else
    {
      g_autofree char *count = cherish_count_text (insights->n_slipping);

      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%s regular is away longer than twice their usual gap. The most valuable first:",
                                                  "%s regulars are away longer than twice their usual gap. The most valuable first:",
                                                  insights->n_slipping), count);
    }
  group = add_group (self, _("Slipping Away"), description);

  for (guint i = 0; i < MIN (insights->slipping->len, SLIPPING_SHOWN); i++)
    {
      const CherishInsightsCustomer *customer = &g_array_index (insights->slipping, CherishInsightsCustomer, i);
      g_autofree char *usual = g_strdup_printf ("%.0f", customer->usual_gap);
      g_autofree char *away = g_strdup_printf ("%u", customer->days_away);
      g_autofree char *text = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row, *button;

      /* Translators: "usually every 30 days, away 96 days" */
      text = g_strdup_printf (_("Usually every %s days, away %s days"), usual, away);
      subtitle = cherish_calendar_digits (text);
      row = customer_row (self, customer, subtitle);
      button = cherish_icon_button_new ("alarm-symbolic", _("Add a Follow-up for Today"), NULL);
      g_signal_connect (button, "clicked", G_CALLBACK (on_add_follow_up_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static void
show_coming_back (CherishInsightsPage *self,
                  GStrv                labels)
{
  CherishInsights *insights = self->insights;
  guint n = insights->months->len;
  g_autofree int *counts = g_new (int, n * CHERISH_INSIGHTS_N_WITHIN);
  g_autofree int *totals = g_new (int, n);
  const char *columns[] = { _("Within 30 days"), _("Within 90 days"), _("Within 180 days"), NULL };
  GtkWidget *table = cherish_heat_table_new (_("Coming back"));
  GtkWidget *group = add_group (self, _("Coming Back"),
                                _("Of the customers who first came in each month, the share who "
                                  "came again."));

  for (guint i = 0; i < n; i++)
    {
      const CherishInsightsMonth *m = &g_array_index (insights->months, CherishInsightsMonth, i);

      totals[i] = m->new_customers;
      for (guint w = 0; w < CHERISH_INSIGHTS_N_WITHIN; w++)
        counts[i * CHERISH_INSIGHTS_N_WITHIN + w] = m->came_again[w];
    }
  cherish_heat_table_set_data (CHERISH_HEAT_TABLE (table), (const char * const *) labels, columns,
                               counts, totals);
  add_chart (ADW_PREFERENCES_GROUP (group), table);
}

static void
show_care (CherishInsightsPage *self,
           GStrv                labels)
{
  static const Series occasions[] = {
    SERIES (N_("Celebrated"), celebrated), SERIES (N_("Skipped"), skipped),
    SERIES (N_("Gone unmarked"), unmarked),
  };
  static const Series follow_ups[] = {
    SERIES (N_("Done on time"), follow_ups_on_time), SERIES (N_("Done late"), follow_ups_late),
    SERIES (N_("Missed"), follow_ups_missed),
  };
  GtkWidget *group = add_group (self, _("Care Given"),
                                _("Occasions celebrated, skipped or gone by unmarked (birthdays, "
                                  "years with the shop and life events the shop knew of), and "
                                  "follow-ups done by their day, after it, or not at all."));

  add_month_chart (self, group, CHERISH_CHART_STACKED_BARS, _("Occasions"), labels, occasions,
                   G_N_ELEMENTS (occasions), NULL);
  add_month_chart (self, group, CHERISH_CHART_STACKED_BARS, _("Follow-ups"), labels, follow_ups,
                   G_N_ELEMENTS (follow_ups), NULL);
}

static char *
share_of (guint part,
          guint whole)
{
  g_autofree char *text = NULL;

  /* Translators: "2 of 4 (50%)" */
  text = g_strdup_printf (_("%u of %u (%u%%)"), part, whole,
                          whole > 0 ? (guint) (100.0 * part / whole + 0.5) : 0);
  return cherish_calendar_digits (text);
}

static void
show_events (CherishInsightsPage *self)
{
  CherishInsights *insights = self->insights;
  GtkWidget *group;

  if (insights->events->len == 0)
    return;
  group = add_group (self, _("Events"),
                     _("Who came, and how many came back to the shop within 60 days, next to "
                       "the customers who were not invited."));
  for (guint i = 0; i < insights->events->len; i++)
    {
      const CherishInsightsEvent *event = &g_array_index (insights->events, CherishInsightsEvent, i);
      g_autofree char *day = cherish_calendar_format_date (&event->day);
      g_autofree char *guests = share_of (event->guests_back, event->came);
      g_autofree char *others = share_of (event->others_back, event->others);
      g_autofree char *text = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      /* Translators: an event's figures: its day, invited, came, no-shows,
       * then guests and others who came back */
      text = g_strdup_printf (_("%s · invited %u, came %u, did not come %u\n"
                                "Back within 60 days: guests %s, not invited %s%s"),
                              day, event->invited, event->came, event->no_shows, guests, others,
                              event->complete ? "" : _(" (so far)"));
      subtitle = cherish_calendar_digits (text);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), event->title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static void
show_points (CherishInsightsPage *self,
             GStrv                labels)
{
  static const Series series[] = {
    SERIES (N_("Earned"), points_earned), SERIES (N_("Redeemed"), points_redeemed),
    SERIES (N_("Expired"), points_expired),
  };
  g_autofree char *held = cherish_count_text ((guint) MAX (self->insights->points_outstanding, 0));
  g_autofree char *description = g_strdup_printf (_("Points earned, spent on rewards and expired. "
                                                     "The customers hold %s points now."), held);
  GtkWidget *group = add_group (self, _("Points"), description);

  add_month_chart (self, group, CHERISH_CHART_STACKED_BARS, _("Points"), labels, series,
                   G_N_ELEMENTS (series), NULL);
}

static void
show_visits (CherishInsightsPage *self,
             GStrv                labels)
{
  static const Series visits[] = { SERIES (N_("Visits"), visits) };
  static const Series spending[] = { SERIES (N_("Spending"), spending_minor) };
  CherishInsights *insights = self->insights;
  GtkWidget *group = add_group (self, _("Visits and Spending"),
                                _("Visits and purchases each month, and what they came to."));

  add_month_chart (self, group, CHERISH_CHART_LINES, _("Visits"), labels, visits, 1, NULL);
  add_month_chart (self, group, CHERISH_CHART_STACKED_BARS, _("Spending"), labels, spending, 1,
                   format_money);

  if (insights->top->len == 0)
    return;
  group = add_group (self, _("Top Customers"), _("Who spent most in these months."));
  for (guint i = 0; i < insights->top->len; i++)
    {
      const CherishInsightsCustomer *customer = &g_array_index (insights->top, CherishInsightsCustomer, i);
      g_autofree char *money = cherish_money_format (customer->spending_minor, self->currency);
      g_autofree char *text = NULL;
      g_autofree char *subtitle = NULL;

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u visit", "%s, %u visits",
                                           customer->visits), money, customer->visits);
      subtitle = cherish_calendar_digits (text);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), customer_row (self, customer, subtitle));
    }
}

/**
 * cherish_insights_page_show:
 *
 * Shows the figures read last, in place of those shown.
 */
void
cherish_insights_page_show (CherishInsightsPage *self)
{
  g_auto(GStrv) labels = NULL;
  guint visits = 0;

  for (guint i = 0; i < self->groups->len; i++)
    gtk_box_remove (GTK_BOX (self->sections), self->groups->pdata[i]);
  g_ptr_array_set_size (self->groups, 0);

  for (guint i = 0; i < self->insights->months->len; i++)
    visits += g_array_index (self->insights->months, CherishInsightsMonth, i).visits;
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), visits > 0 ? "insights" : "empty");
  if (visits == 0)
    return;

  labels = month_names (self->insights);
  show_regulars (self, labels);
  show_slipping (self);
  show_coming_back (self, labels);
  show_visits (self, labels);
  show_care (self, labels);
  show_events (self);
  show_points (self, labels);
}

