/* cherish-insights-page.c — is the care working? The shop's months at a glance
 *
 * For the last 3, 12 or 24 months or all time (the shop's months, Solar
 * Hijri in Persian): the regulars coming and going, first-timers coming
 * again, who is slipping away (to call this week), the care given,
 * events, points, visits and spending and the top customers. Everything
 * is computed in a thread of its own from a reading connection; the page
 * shows at once and fills in. Each chart's numbers can be saved as CSV.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-insights-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-follow-up-store.h"
#include "cherish-date.h"
#include "cherish-file-picker.h"
#include "cherish-help.h"
#include "cherish-insights-export.h"
#include "cherish-insights-page-private.h"
#include "cherish-page-reading.h"
#include "cherish-widget-thread.h"
#include "cherish-shop-settings.h"
#include "cherish-widget-util.h"
#include "cherish-window.h"

static const guint ranges[] = { 3, 12, 24, 0 };


G_DEFINE_FINAL_TYPE (CherishInsightsPage, cherish_insights_page, ADW_TYPE_BIN)

/* ------------------------------------------------------------------ */
/* Reading, in a thread                                                */
/* ------------------------------------------------------------------ */

typedef struct
{
  CherishDatabase       *reader;
  CherishClock          *clock;
  CherishCalendarSystem  calendar;
  guint                  months;
  char                  *currency;
  CherishMilestoneRules  rules;
} Load;

static void
load_free (gpointer data)
{
  Load *load = data;

  g_object_unref (load->reader);
  g_object_unref (load->clock);
  g_free (load->currency);
  g_free (load);
}

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Load *load = task_data;
  g_autoptr(CherishInsightsStore) store = cherish_insights_store_new (load->reader, load->clock);
  GError *error = NULL;
  CherishInsights *insights;

  insights = cherish_insights_store_compute (store, load->calendar, load->months, load->currency,
                                             &load->rules, &error);
  if (insights == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, insights, (GDestroyNotify) cherish_insights_free);
}

static void
on_loaded (gpointer      page,
           GAsyncResult *result)
{
  CherishInsightsPage *self = CHERISH_INSIGHTS_PAGE (page);
  g_autoptr(GError) error = NULL;
  CherishInsights *insights = g_task_propagate_pointer (G_TASK (result), &error);

  if (insights == NULL)
    g_warning ("Could not compute the insights: %s", error->message);
  else
    {
      g_clear_pointer (&self->insights, cherish_insights_free);
      self->insights = insights;
      cherish_insights_page_show (self);
    }
  if (cherish_page_read_done (self, &self->read))
    cherish_insights_page_reload (self);
}

/**
 * cherish_insights_page_reload:
 *
 * Computes the figures again, in a thread of its own; the page shows them
 * when it has them (and computes once more if asked meanwhile).
 */
void
cherish_insights_page_reload (CherishInsightsPage *self)
{
  CherishDatabase *reader;
  Load *load;

  g_return_if_fail (CHERISH_IS_INSIGHTS_PAGE (self));

  if (self->database == NULL ||
      (reader = cherish_page_read_start (self, &self->read, self->database, "the insights")) == NULL)
    return;

  load = g_new0 (Load, 1);
  load->reader = g_object_ref (reader);
  load->clock = g_object_ref (self->clock);
  load->calendar = cherish_calendar_system ();
  load->months = g_settings_get_uint (self->settings, "insights-months");
  g_free (self->currency);
  self->currency = cherish_shop_settings_currency ();
  load->currency = g_strdup (self->currency);
  cherish_shop_settings_rules (&load->rules);

  cherish_widget_run_in_thread (self, cherish_insights_page_reload, load_in_thread, load, load_free, on_loaded);
}

static void
on_range_selected (GtkDropDown         *drop_down,
                   GParamSpec          *pspec,
                   CherishInsightsPage *self)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (selected >= G_N_ELEMENTS (ranges) ||
      g_settings_get_uint (self->settings, "insights-months") == ranges[selected])
    return;
  g_settings_set_uint (self->settings, "insights-months", ranges[selected]);
  cherish_insights_page_reload (self);
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */
/* ------------------------------------------------------------------ */

static void
cherish_insights_page_dispose (GObject *object)
{
  CherishInsightsPage *self = (CherishInsightsPage *) object;

  g_clear_object (&self->database);
  cherish_page_read_clear (&self->read);
  g_clear_object (&self->clock);
  g_clear_object (&self->follow_ups);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->insights, cherish_insights_free);
  g_clear_pointer (&self->currency, g_free);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (cherish_insights_page_parent_class)->dispose (object);
}

static void
on_page_file_cb (GFile    *file,
                 gpointer  user_data)
{
  CherishInsightsPage *self = user_data;
  CherishInsightsExport format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "cherish-format"));
  g_autoptr(GError) error = NULL;

  if (file != NULL && !cherish_insights_export_save (self->sections, format, file, &error))
    cherish_window_toast (CHERISH_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), error->message);
}

/* "Insights 2026-11-24.pdf", in a folder the manager picks. */
static void
save_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CherishInsightsPage *self = CHERISH_INSIGHTS_PAGE (widget);
  gboolean pdf = g_str_equal (action_name, "insights.save-pdf");
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *today_text = NULL;
  g_autofree char *name = NULL;
  GDate today;

  cherish_clock_get_today (self->clock, &today);
  today_text = cherish_date_format (&today);
  /* Translators: the file name of the saved Insights page, "Insights 2026-11-24.pdf" */
  name = g_strdup_printf (_("Insights %s.%s"), today_text, pdf ? "pdf" : "png");
  gtk_file_filter_add_mime_type (filter, pdf ? "application/pdf" : "image/png");
  gtk_file_filter_set_name (filter, pdf ? _("PDF documents") : _("PNG pictures"));
  g_object_set_data (G_OBJECT (self), "cherish-format",
                     GINT_TO_POINTER (pdf ? CHERISH_INSIGHTS_EXPORT_PDF : CHERISH_INSIGHTS_EXPORT_PNG));
  cherish_file_picker_run (GTK_WINDOW (gtk_widget_get_root (widget)), TRUE, _("Save the Page"),
                           _("_Save"), name, filter, on_page_file_cb, g_object_ref (self),
                           g_object_unref);
}

static void
cherish_insights_page_class_init (CherishInsightsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cherish_insights_page_dispose;
  gtk_widget_class_install_action (widget_class, "insights.save-pdf", NULL, save_page_action);
  gtk_widget_class_install_action (widget_class, "insights.save-png", NULL, save_page_action);
}

/* The range at the start, Save As at the end: above the page, so that an
 * empty range can be left again. */
static GtkWidget *
top_bar (CherishInsightsPage *self,
         GtkWidget           *range)
{
  GtkWidget *bar = gtk_center_box_new ();
  GtkWidget *save = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();

  g_menu_append (menu, _("Save as _PDF…"), "insights.save-pdf");
  g_menu_append (menu, _("Save as P_icture…"), "insights.save-png");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (save), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (save), "document-save-as-symbolic");
  gtk_widget_set_tooltip_text (save, _("Save the Page"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (save), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Save the Page"), -1);
  gtk_center_box_set_start_widget (GTK_CENTER_BOX (bar), range);
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (bar), save);
  gtk_widget_set_margin_top (bar, 12);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  return bar;
}

/* The months shown: a drop-down, narrow enough for a phone's width. */
static GtkWidget *
range_choice (CherishInsightsPage *self)
{
  const char *names[] = { _("Last 3 Months"), _("Last 12 Months"), _("Last 24 Months"),
                          _("All Time"), NULL };
  GtkWidget *choice = gtk_drop_down_new_from_strings (names);
  guint months = g_settings_get_uint (self->settings, "insights-months");

  gtk_accessible_update_property (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Months shown"), -1);
  cherish_drop_down_let_shrink (GTK_DROP_DOWN (choice));
  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    if (ranges[i] == months)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), i);
  g_signal_connect (choice, "notify::selected", G_CALLBACK (on_range_selected), self);
  self->range = choice;
  return choice;
}

static void
cherish_insights_page_init (CherishInsightsPage *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->settings = g_settings_new (APP_ID);
  self->groups = g_ptr_array_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  self->sections = box;
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "cherish-insights-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Visits in These Months"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Once visits are logged (Ctrl+L, or from a customer’s page), "
                                     "this page shows whether regulars keep coming, who is slipping "
                                     "away, and what the care given brought."));
  adw_status_page_set_child (ADW_STATUS_PAGE (empty), cherish_help_button_new ("insights"));

  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_stack_add_named (GTK_STACK (self->stack), scroller, "insights");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_box_append (GTK_BOX (page), top_bar (self, range_choice (self)));
  gtk_box_append (GTK_BOX (page), self->stack);
  adw_bin_set_child (ADW_BIN (self), page);
}

static void
reload_cb (gpointer page)
{
  cherish_insights_page_reload (page);
}

static void
on_changed_cb (CherishInsightsPage *self)
{
  cherish_page_changed (self);
}

void
cherish_insights_page_setup (CherishInsightsPage *self,
                             CherishDatabase     *database,
                             CherishClock        *clock)
{
  static const char * const tables[] = { "visits", "customers", "celebrations", "follow_ups",
                                         "points_ledger", "invitations", "events" };

  g_return_if_fail (CHERISH_IS_INSIGHTS_PAGE (self));

  g_set_object (&self->database, database);
  g_set_object (&self->clock, clock);
  g_clear_object (&self->follow_ups);
  self->follow_ups = cherish_follow_up_store_new (database, clock);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *signal = g_strdup_printf ("changed::%s", tables[i]);

      g_signal_connect_object (database, signal, G_CALLBACK (on_changed_cb), self, G_CONNECT_SWAPPED);
    }
  /* Spending is summed in the shop's currency. */
  g_signal_connect_object (self->settings, "changed::currency", G_CALLBACK (on_changed_cb), self,
                           G_CONNECT_SWAPPED);
  cherish_page_follow (GTK_WIDGET (self), reload_cb);
}

/**
 * cherish_insights_page_get_insights:
 *
 * Returns: (transfer none) (nullable): the figures shown (for tests)
 */
CherishInsights *
cherish_insights_page_get_insights (CherishInsightsPage *self)
{
  g_return_val_if_fail (CHERISH_IS_INSIGHTS_PAGE (self), NULL);

  return self->insights;
}
