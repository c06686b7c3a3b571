/* cherish-today-page.c — the home page: what to do today
 *
 * Follow-ups due or overdue (Done, Snooze 1 Day, or open the customer),
 * occasions of the last week nobody marked done or skipped (what a
 * reminder may have told while nobody looked), tomorrow's customer
 * events, this week's celebrations, life events in the next 30 days, and the
 * pre-visit brief. Read again whenever what it shows changes, and when it
 * is shown (the day may have turned).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-today-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-brief.h"
#include "cherish-date.h"
#include "cherish-event-store.h"
#include "cherish-follow-up-store.h"
#include "cherish-labels.h"
#include "cherish-milestone-store.h"
#include "cherish-reminders.h"
#include "cherish-shop-settings.h"
#include "cherish-today-page.h"
#include "cherish-widget-util.h"

#define WEEK_DAYS 7
#define MISSED_DAYS 7
#define SOON_DAYS 30

struct _CherishTodayPage
{
  AdwBin                 parent_instance;

  CherishDatabase       *database;
  CherishClock          *clock;
  CherishFollowUpStore  *follow_ups;
  CherishMilestoneStore *milestones;
  CherishReminders      *reminders;
  CherishEventStore     *events;
  GPtrArray             *follow_up_rows;
  GPtrArray             *event_rows;
  GPtrArray             *missed_rows;
  GPtrArray             *week_rows;
  GPtrArray             *soon_rows;
  guint                  reload_id;

  /* Template widgets */
  GtkWidget             *all_clear;
  AdwPreferencesGroup   *follow_ups_group;
  AdwPreferencesGroup   *missed_group;
  AdwPreferencesGroup   *events_group;
  AdwPreferencesGroup   *week_group;
  AdwPreferencesGroup   *soon_group;
  CherishBrief          *brief;
};

G_DEFINE_FINAL_TYPE (CherishTodayPage, cherish_today_page, ADW_TYPE_BIN)

static void
cherish_today_page_dispose (GObject *object)
{
  CherishTodayPage *self = (CherishTodayPage *) object;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CHERISH_TYPE_TODAY_PAGE);
  g_clear_object (&self->follow_ups);
  g_clear_object (&self->milestones);
  g_clear_object (&self->reminders);
  g_clear_object (&self->events);
  g_clear_object (&self->clock);
  g_clear_object (&self->database);
  g_clear_pointer (&self->follow_up_rows, g_ptr_array_unref);
  g_clear_pointer (&self->missed_rows, g_ptr_array_unref);
  g_clear_pointer (&self->event_rows, g_ptr_array_unref);
  g_clear_pointer (&self->week_rows, g_ptr_array_unref);
  g_clear_pointer (&self->soon_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (cherish_today_page_parent_class)->dispose (object);
}

static void
close_follow_up (CherishTodayPage *self,
                 GtkWidget        *button,
                 gboolean          snooze)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "id"));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (snooze)
    ok = cherish_follow_up_store_snooze (self->follow_ups, id, 1, &error);
  else
    ok = cherish_follow_up_store_close (self->follow_ups, id, CHERISH_FOLLOW_UP_STATE_DONE, NULL,
                                        &error);
  if (!ok)
    g_warning ("Follow-up %" G_GINT64_FORMAT ": %s", id, error->message);
}

static void
on_done_clicked (GtkWidget        *button,
                 CherishTodayPage *self)
{
  close_follow_up (self, button, FALSE);
}

static void
on_snooze_clicked (GtkWidget        *button,
                   CherishTodayPage *self)
{
  close_follow_up (self, button, TRUE);
}

static GtkWidget *
follow_up_button (CherishTodayPage *self,
                  CherishFollowUp  *follow_up,
                  const char       *icon,
                  const char       *tooltip,
                  const char       *label,
                  GCallback         callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (button), "id",
                     GSIZE_TO_POINTER ((gsize) cherish_follow_up_get_id (follow_up)));
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static char *
due_text (const GDate *today,
          const char  *due_date)
{
  GDate due;
  int late;

  if (!cherish_date_parse (due_date, &due, NULL))
    return g_strdup ("");
  late = g_date_days_between (&due, today);
  if (late <= 0)
    return g_strdup (_("Due today"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day overdue", "%d days overdue", late),
                          late);
}

static guint
show_follow_ups (CherishTodayPage *self,
                 const GDate      *today)
{
  g_autofree char *today_text = cherish_date_format (today);
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;

  cherish_group_clear (self->follow_ups_group, self->follow_up_rows);
  due = cherish_follow_up_store_list_due (self->follow_ups, today_text, &error);
  if (due == NULL)
    {
      g_warning ("Could not read follow-ups: %s", error->message);
      return 0;
    }
  for (guint i = 0; i < due->len; i++)
    {
      CherishFollowUp *follow_up = due->pdata[i];
      g_autofree char *when = due_text (today, cherish_follow_up_get_due_date (follow_up));
      /* Translators: what a follow-up is about, then when it is due */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s"),
                                                   cherish_follow_up_get_about (follow_up), when);
      const char *name = cherish_follow_up_get_customer_name (follow_up);
      GtkWidget *row = cherish_info_row_new (name, subtitle,
                                             cherish_follow_up_get_customer_id (follow_up));
      /* Translators: what a button does, and for whom */
      g_autofree char *done_label = g_strdup_printf (_("Done: %s"), name);
      /* Translators: what a button does, and for whom */
      g_autofree char *snooze_label = g_strdup_printf (_("Snooze 1 day: %s"), name);

      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 follow_up_button (self, follow_up, "object-select-symbolic",
                                                   _("Done"), done_label,
                                                   G_CALLBACK (on_done_clicked)));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 follow_up_button (self, follow_up, "alarm-symbolic",
                                                   _("Snooze 1 Day"), snooze_label,
                                                   G_CALLBACK (on_snooze_clicked)));
      cherish_group_add_row (self->follow_ups_group, self->follow_up_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->follow_ups_group), due->len > 0);
  return due->len;
}

static guint
show_occasions (CherishTodayPage    *self,
                AdwPreferencesGroup *group,
                GPtrArray           *rows,
                const GDate         *today,
                guint                from_days,
                guint                to_days,
                gboolean             life_events_only)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  CherishMilestoneRules rules;
  GDate from = *today, to = *today;

  cherish_group_clear (group, rows);
  g_date_add_days (&from, from_days);
  g_date_add_days (&to, to_days);
  cherish_shop_settings_rules (&rules);
  found = cherish_milestone_store_find (self->milestones, &from, &to, &rules, &error);
  if (found == NULL)
    {
      g_warning ("Could not find occasions: %s", error->message);
      return 0;
    }
  for (guint i = 0; i < found->len; i++)
    {
      CherishOccasion *occasion = found->pdata[i];
      g_autofree char *when = NULL;

      /* Events are listed on their own, the day before. */
      if (cherish_occasion_get_customer_id (occasion) <= 0 ||
          cherish_occasion_get_kind (occasion) == CHERISH_OCCASION_EVENT ||
          (life_events_only && cherish_occasion_get_kind (occasion) != CHERISH_OCCASION_LIFE_EVENT))
        continue;
      if (cherish_occasion_get_date (occasion) == NULL)
        {
          g_autofree char *title = cherish_occasion_title (occasion);

          /* Translators: an occasion that comes with the customer's next visit */
          when = g_strdup_printf (_("%s at their next visit"), title);
        }
      else if ((when = cherish_occasion_when_from (occasion, today)) == NULL)
        continue;
      cherish_group_add_row (group, rows,
                             cherish_info_row_new (cherish_occasion_get_customer_name (occasion), when,
                                                   cherish_occasion_get_customer_id (occasion)));
    }
  gtk_widget_set_visible (GTK_WIDGET (group), rows->len > 0);
  return rows->len;
}

/* Occasions gone by this week that nobody marked: perhaps missed. */
static guint
show_missed (CherishTodayPage *self,
             const GDate      *today)
{
  g_autoptr(GPtrArray) missed = NULL;
  g_autoptr(GError) error = NULL;
  CherishReminderSettings settings;

  cherish_group_clear (self->missed_group, self->missed_rows);
  cherish_shop_settings_reminders (&settings);
  missed = cherish_reminders_list_missed (self->reminders, &settings, MISSED_DAYS, &error);
  if (missed == NULL)
    {
      g_warning ("Could not find missed occasions: %s", error->message);
      return 0;
    }
  for (guint i = 0; i < missed->len; i++)
    {
      CherishOccasion *occasion = cherish_reminder_get_occasion (missed->pdata[i]);
      g_autofree char *when = cherish_occasion_when_from (occasion, today);

      if (cherish_occasion_get_customer_id (occasion) <= 0 || when == NULL)
        continue;
      cherish_group_add_row (self->missed_group, self->missed_rows,
                             cherish_info_row_new (cherish_occasion_get_customer_name (occasion), when,
                                                   cherish_occasion_get_customer_id (occasion)));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->missed_group), self->missed_rows->len > 0);
  return self->missed_rows->len;
}

/* Tomorrow's customer events, with who said yes. */
static guint
show_events (CherishTodayPage *self,
             const GDate      *today)
{
  g_autoptr(GTimeZone) zone = cherish_clock_get_timezone (self->clock);
  g_autoptr(GDateTime) midnight = g_date_time_new (zone, g_date_get_year (today),
                                                   g_date_get_month (today),
                                                   g_date_get_day (today), 0, 0, 0);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (midnight, 1);
  g_autoptr(GDateTime) after = g_date_time_add_days (midnight, 2);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  cherish_group_clear (self->events_group, self->event_rows);
  list = cherish_event_store_list_between (self->events, tomorrow, after, &error);
  if (list == NULL)
    {
      g_warning ("Could not read events: %s", error->message);
      return 0;
    }
  for (guint i = 0; i < list->len; i++)
    {
      CherishEvent *event = list->pdata[i];
      g_autoptr(GDateTime) local = cherish_timestamp_to_local (cherish_event_get_starts_at (event), zone);
      g_autofree char *time = local != NULL ? g_date_time_format (local, "%H:%M") : g_strdup ("");
      int people = (int) cherish_event_get_n_accepted (event);
      g_autofree char *coming = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d person coming",
                                                              "%d people coming", people),
                                                 people);
      /* Translators: an event tomorrow: the time, then how many are coming */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), time, coming);

      cherish_group_add_row (self->events_group, self->event_rows,
                             cherish_info_row_new (cherish_event_get_title (event), subtitle, 0));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->events_group), list->len > 0);
  return list->len;
}

/**
 * cherish_today_page_reload:
 *
 * Reads what is due today again.
 */
void
cherish_today_page_reload (CherishTodayPage *self)
{
  guint shown = 0;
  GDate today;

  g_return_if_fail (CHERISH_IS_TODAY_PAGE (self));

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->database == NULL)
    return;
  cherish_clock_get_today (self->clock, &today);
  shown += show_follow_ups (self, &today);
  shown += show_missed (self, &today);
  shown += show_events (self, &today);
  shown += show_occasions (self, self->week_group, self->week_rows, &today, 0, WEEK_DAYS - 1, FALSE);
  shown += show_occasions (self, self->soon_group, self->soon_rows, &today, WEEK_DAYS, SOON_DAYS,
                           TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->all_clear), shown == 0);
}

static gboolean
reload_idle (gpointer user_data)
{
  CherishTodayPage *self = user_data;

  self->reload_id = 0;
  cherish_today_page_reload (self);
  return G_SOURCE_REMOVE;
}

/* Once for a burst of changes (a button's row goes away with it). */
static void
queue_reload (CherishTodayPage *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle, self);
}

static void
cherish_today_page_class_init (CherishTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cherish_today_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cherishapp/Cherish/cherish-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CherishTodayPage, all_clear);
  gtk_widget_class_bind_template_child (widget_class, CherishTodayPage, follow_ups_group);
  gtk_widget_class_bind_template_child (widget_class, CherishTodayPage, missed_group);
  gtk_widget_class_bind_template_child (widget_class, CherishTodayPage, events_group);
  gtk_widget_class_bind_template_child (widget_class, CherishTodayPage, week_group);
  gtk_widget_class_bind_template_child (widget_class, CherishTodayPage, soon_group);
  gtk_widget_class_bind_template_child (widget_class, CherishTodayPage, brief);
}

static void
cherish_today_page_init (CherishTodayPage *self)
{
  g_type_ensure (CHERISH_TYPE_BRIEF);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->follow_up_rows = g_ptr_array_new ();
  self->missed_rows = g_ptr_array_new ();
  self->event_rows = g_ptr_array_new ();
  self->week_rows = g_ptr_array_new ();
  self->soon_rows = g_ptr_array_new ();
  g_signal_connect (self, "map", G_CALLBACK (cherish_today_page_reload), NULL);
}

void
cherish_today_page_setup (CherishTodayPage *self,
                          CherishDatabase  *database,
                          CherishClock     *clock)
{
  static const char *tables[] = { "changed::follow_ups", "changed::customers", "changed::visits",
                                  "changed::life_events", "changed::celebrations",
                                  "changed::events", "changed::invitations" };

  g_return_if_fail (CHERISH_IS_TODAY_PAGE (self));

  self->database = g_object_ref (database);
  self->clock = g_object_ref (clock);
  self->follow_ups = cherish_follow_up_store_new (database, clock);
  self->milestones = cherish_milestone_store_new (database, clock);
  self->reminders = cherish_reminders_new (database, clock);
  self->events = cherish_event_store_new (database, clock);
  cherish_brief_setup (self->brief, database, clock);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_signal_connect_object (database, tables[i], G_CALLBACK (queue_reload), self,
                             G_CONNECT_SWAPPED);
  cherish_today_page_reload (self);
}
