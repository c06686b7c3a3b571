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
#include "cherish-list-dialog.h"
#include "cherish-milestone-store.h"
#include "cherish-page-reading.h"
#include "cherish-widget-thread.h"
#include "cherish-reminders.h"
#include "cherish-shop-settings.h"
#include "cherish-message-dialog.h"
#include "cherish-message.h"
#include "cherish-today-page.h"
#include "cherish-widget-util.h"

#define WEEK_DAYS 7
#define MISSED_DAYS 7
#define SOON_DAYS 30

/* At most this many rows of a section; the rest behind "Show All". */
#define SHOWN 8

typedef enum
{
  FOLLOW_UPS,
  MISSED,
  EVENTS,
  WEEK,
  SOON,
  N_SECTIONS
} SectionId;

typedef struct
{
  AdwPreferencesGroup *group;
  GPtrArray           *rows;    /* the rows on the page */
  GListStore          *items;   /* the rows' items; all of them while "Show All" is open */
  CherishListDialog   *whole;   /* "Show All", while it is open */
  CherishDescribeItem  describe;
} Section;

struct _CherishTodayPage
{
  AdwBin                 parent_instance;

  CherishDatabase       *database;
  CherishPageRead        read;         /* in a thread, one read at a time */
  CherishClock          *clock;
  CherishFollowUpStore  *follow_ups;
  GTimeZone             *zone;
  GDate                  today;
  Section                sections[N_SECTIONS];
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
  cherish_page_read_clear (&self->read);
  g_clear_object (&self->clock);
  g_clear_object (&self->database);
  g_clear_pointer (&self->zone, g_time_zone_unref);
  for (guint i = 0; i < N_SECTIONS; i++)
    {
      g_clear_pointer (&self->sections[i].rows, g_ptr_array_unref);
      g_clear_object (&self->sections[i].items);
    }

  G_OBJECT_CLASS (cherish_today_page_parent_class)->dispose (object);
}

/* ---- What each row says ---------------------------------------------- */

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

static void
describe_follow_up (gpointer   item,
                    gpointer   user_data,
                    char     **title,
                    char     **subtitle,
                    gint64    *customer_id)
{
  CherishTodayPage *self = user_data;
  CherishFollowUp *follow_up = item;
  g_autofree char *when = due_text (&self->today, cherish_follow_up_get_due_date (follow_up));
  g_autofree char *after = g_strconcat (cherish_separator (), when, NULL);

  *title = g_strdup (cherish_follow_up_get_customer_name (follow_up));
  /* What a follow-up is about, then when it is due. */
  *subtitle = cherish_line_typed_first (cherish_follow_up_get_about (follow_up), after);
  *customer_id = cherish_follow_up_get_customer_id (follow_up);
}

static char *
occasion_when (CherishOccasion *occasion,
               const GDate     *today)
{
  g_autofree char *title = NULL;

  if (cherish_occasion_get_date (occasion) != NULL)
    return cherish_occasion_when_from (occasion, today);
  title = cherish_occasion_title (occasion);
  /* Translators: an occasion that comes with the customer's next visit */
  return g_strdup_printf (_("%s at their next visit"), title);
}

/* Whether occasion_when() has something to say: a day it falls on, or
 * "at their next visit" (without formatting thousands of texts to know). */
static gboolean
occasion_has_when (CherishOccasion *occasion)
{
  GDate day;

  return cherish_occasion_get_date (occasion) == NULL ||
         cherish_date_parse (cherish_occasion_get_date (occasion), &day, NULL);
}

static void
describe_occasion (gpointer   item,
                   gpointer   user_data,
                   char     **title,
                   char     **subtitle,
                   gint64    *customer_id)
{
  CherishTodayPage *self = user_data;
  CherishOccasion *occasion = item;

  *title = g_strdup (cherish_occasion_get_customer_name (occasion));
  *subtitle = occasion_when (occasion, &self->today);
  *customer_id = cherish_occasion_get_customer_id (occasion);
}

static void
describe_event (gpointer   item,
                gpointer   user_data,
                char     **title,
                char     **subtitle,
                gint64    *customer_id)
{
  CherishTodayPage *self = user_data;
  CherishEvent *event = item;
  g_autoptr(GDateTime) local = cherish_timestamp_to_local (cherish_event_get_starts_at (event), self->zone);
  g_autofree char *time = local != NULL ? g_date_time_format (local, "%H:%M") : g_strdup ("");
  int people = (int) cherish_event_get_n_accepted (event);
  g_autofree char *coming = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d person coming",
                                                          "%d people coming", people),
                                             people);

  *title = g_strdup (cherish_event_get_title (event));
  /* An event tomorrow: the time, then how many are coming. */
  *subtitle = g_strconcat (time, cherish_separator (), coming, NULL);
  *customer_id = 0;
}

/* ---- Follow-ups: Done and Snooze -------------------------------------- */

static void
close_follow_up (CherishTodayPage *self,
                 CherishFollowUp  *follow_up,
                 gboolean          snooze)
{
  gint64 id = cherish_follow_up_get_id (follow_up);
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
done_follow_up (gpointer item,
                gpointer user_data)
{
  close_follow_up (user_data, item, FALSE);
}

static void
snooze_follow_up (gpointer item,
                  gpointer user_data)
{
  close_follow_up (user_data, item, TRUE);
}

static void
on_follow_up_button_clicked (GtkWidget        *button,
                             CherishTodayPage *self)
{
  CherishFollowUp *follow_up = g_object_get_data (G_OBJECT (button), "follow-up");

  close_follow_up (self, follow_up, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "snooze")));
}

static GtkWidget *
follow_up_button (CherishTodayPage *self,
                  CherishFollowUp  *follow_up,
                  gboolean          snooze,
                  const char       *name)
{
  /* Translators: what a button does, and for whom */
  g_autofree char *label = g_strdup_printf (snooze ? _("Snooze 1 day: %s") : _("Done: %s"), name);
  GtkWidget *button = cherish_icon_button_new (snooze ? "alarm-symbolic" : "object-select-symbolic",
                                               snooze ? _("Snooze 1 Day") : _("Done"), label);

  g_object_set_data_full (G_OBJECT (button), "follow-up", g_object_ref (follow_up), g_object_unref);
  g_object_set_data (G_OBJECT (button), "snooze", GINT_TO_POINTER (snooze));
  g_signal_connect (button, "clicked", G_CALLBACK (on_follow_up_button_clicked), self);
  return button;
}

/* The message a follow-up asks for, by the rule that made it. */
static CherishMessagePurpose
purpose_of (CherishFollowUp *follow_up)
{
  const char *rule = cherish_follow_up_get_rule (follow_up);

  if (g_strcmp0 (rule, "purchase-over") == 0)
    return CHERISH_MESSAGE_AFTER_PURCHASE;
  if (g_strcmp0 (rule, "not-seen") == 0)
    return CHERISH_MESSAGE_NOT_SEEN;
  return CHERISH_MESSAGE_FOLLOW_UP;
}

static void
on_message_button_clicked (GtkWidget        *button,
                           CherishTodayPage *self)
{
  CherishFollowUp *follow_up = g_object_get_data (G_OBJECT (button), "follow-up");

  gtk_widget_activate_action (GTK_WIDGET (self), "win.send-message", "(xix)",
                              cherish_follow_up_get_customer_id (follow_up), (int) purpose_of (follow_up),
                              cherish_follow_up_get_id (follow_up));
}

/* A Send a Message button, for @name's row. */
static GtkWidget *
message_button_new (const char *name)
{
  /* Translators: what a button does, and for whom */
  g_autofree char *label = g_strdup_printf (_("Send a message: %s"), name);

  return cherish_icon_button_new ("mail-send-symbolic", _("Send a Message"), label);
}

/* Send a Message…: the follow-up is done when it goes. */
static GtkWidget *
follow_up_message_button (CherishFollowUp  *follow_up,
                          const char       *name,
                          CherishTodayPage *self)
{
  GtkWidget *button = message_button_new (name);

  g_object_set_data_full (G_OBJECT (button), "follow-up", g_object_ref (follow_up), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_message_button_clicked), self);
  return button;
}

/* A message for an occasion: its celebration is done when it goes. */
static void
on_occasion_message_clicked (GtkWidget        *button,
                             CherishTodayPage *self)
{
  CherishOccasion *occasion = g_object_get_data (G_OBJECT (button), "occasion");
  CherishMessageDialog *dialog;

  dialog = cherish_message_dialog_new_for_occasion (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                    self->database, self->clock, occasion);
  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
occasion_message_button (CherishOccasion  *occasion,
                         const char       *name,
                         CherishTodayPage *self)
{
  GtkWidget *button = message_button_new (name);

  g_object_set_data_full (G_OBJECT (button), "occasion", g_object_ref (occasion), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_occasion_message_clicked), self);
  return button;
}

/* ---- Sections --------------------------------------------------------- */

/* A section keeps only the items of its rows (a big shop's thousands
 * cost megabytes), and all of them while its whole list is open. */
static void
keep_items (Section   *section,
            GPtrArray *items)
{
  guint kept = section->whole != NULL ? items->len : MIN (items->len, SHOWN);

  g_list_store_splice (section->items, 0, g_list_model_get_n_items (G_LIST_MODEL (section->items)),
                       items->pdata, kept);
}

static void
on_whole_list_closed (CherishTodayPage  *self,
                      CherishListDialog *dialog)
{
  for (guint i = 0; i < N_SECTIONS; i++)
    {
      Section *section = &self->sections[i];
      guint n = g_list_model_get_n_items (G_LIST_MODEL (section->items));

      if (section->whole != dialog)
        continue;
      section->whole = NULL;
      if (n > SHOWN)
        g_list_store_splice (section->items, SHOWN, n - SHOWN, NULL, 0);
    }
}

static void
on_show_all_activated (CherishTodayPage *self,
                       AdwActionRow     *row)
{
  SectionId id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "section"));
  Section *section = &self->sections[id];
  /* In the order of the page's rows: Done next to the text. */
  const CherishListAction follow_up_actions[] = {
    { "alarm-symbolic", _("Snooze 1 Day"), snooze_follow_up },
    { "object-select-symbolic", _("Done"), done_follow_up },
  };
  CherishListDialog *dialog;

  dialog = cherish_list_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                    adw_preferences_group_get_title (section->group),
                                    G_LIST_MODEL (section->items), section->describe, self,
                                    follow_up_actions, id == FOLLOW_UPS ? G_N_ELEMENTS (follow_up_actions) : 0);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_whole_list_closed), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  /* It opens with the rows' items; the rest are read again. */
  section->whole = dialog;
  cherish_list_dialog_set_loading (dialog, TRUE);
  cherish_today_page_reload (self);
}

/* The first few rows of a section, and "Show All 1,934" for the rest. */
static guint
show_section (CherishTodayPage *self,
              SectionId         id,
              GPtrArray        *items)
{
  Section *section = &self->sections[id];

  cherish_group_clear (section->group, section->rows);
  keep_items (section, items);
  for (guint i = 0; i < MIN (items->len, SHOWN); i++)
    {
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      gint64 customer_id = 0;
      GtkWidget *row;

      section->describe (items->pdata[i], self, &title, &subtitle, &customer_id);
      row = cherish_info_row_new (title, subtitle, customer_id);
      if (id == FOLLOW_UPS)
        {
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), follow_up_button (self, items->pdata[i], FALSE, title));
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), follow_up_button (self, items->pdata[i], TRUE, title));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), follow_up_message_button (items->pdata[i], title, self));
        }
      else if (id != EVENTS && customer_id > 0)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), occasion_message_button (items->pdata[i], title, self));
      cherish_group_add_row (section->group, section->rows, row);
    }
  if (items->len > SHOWN)
    {
      GtkWidget *row = cherish_show_all_row_new (items->len, G_CALLBACK (on_show_all_activated), self);

      g_object_set_data (G_OBJECT (row), "section", GUINT_TO_POINTER (id));
      cherish_group_add_row (section->group, section->rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (section->group), items->len > 0);
  return items->len;
}

/* ---- Reading, in a thread of its own --------------------------------- */

/* What the page reads: everything, from a connection of its own, off the
 * main thread (a big shop's Today is 20,000 rows to look through). */
typedef struct
{
  CherishDatabase         *reader;
  CherishClock            *clock;
  CherishMilestoneRules    rules;
  CherishReminderSettings  settings;
  GDate                    today;
  GTimeZone               *zone;
  GPtrArray               *lists[N_SECTIONS];
} Load;

static void
load_free (gpointer data)
{
  Load *load = data;

  g_clear_object (&load->reader);
  g_clear_object (&load->clock);
  g_clear_pointer (&load->zone, g_time_zone_unref);
  for (guint i = 0; i < N_SECTIONS; i++)
    g_clear_pointer (&load->lists[i], g_ptr_array_unref);
  g_free (load);
}

static GPtrArray *
or_empty (GPtrArray  *list,
          const char *what,
          GError     *error)
{
  if (list != NULL)
    return list;
  g_warning ("Could not read %s: %s", what, error != NULL ? error->message : "?");
  return g_ptr_array_new ();
}

static GPtrArray *
find_occasions (CherishMilestoneStore *milestones,
                Load                  *load,
                guint                  from_days,
                guint                  to_days,
                gboolean               life_events_only)
{
  g_autoptr(GError) error = NULL;
  GDate from = load->today, to = load->today;

  g_date_add_days (&from, from_days);
  g_date_add_days (&to, to_days);
  return or_empty (life_events_only
                   ? cherish_milestone_store_find_life_events (milestones, &from, &to, &load->rules, &error)
                   : cherish_milestone_store_find (milestones, &from, &to, &load->rules, &error),
                   "occasions", error);
}

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  Load *load = data;
  g_autoptr(CherishFollowUpStore) follow_ups = cherish_follow_up_store_new (load->reader, load->clock);
  g_autoptr(CherishMilestoneStore) milestones = cherish_milestone_store_new (load->reader, load->clock);
  g_autoptr(CherishReminders) reminders = cherish_reminders_new (load->reader, load->clock);
  g_autoptr(CherishEventStore) events = cherish_event_store_new (load->reader, load->clock);
  g_autofree char *today_text = cherish_date_format (&load->today);
  g_autoptr(GDateTime) midnight = g_date_time_new (load->zone, g_date_get_year (&load->today),
                                                   g_date_get_month (&load->today),
                                                   g_date_get_day (&load->today), 0, 0, 0);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (midnight, 1);
  g_autoptr(GDateTime) after = g_date_time_add_days (midnight, 2);
  g_autoptr(GError) error = NULL;

  load->lists[FOLLOW_UPS] = or_empty (cherish_follow_up_store_list_due (follow_ups, today_text, &error),
                                      "follow-ups", error);
  g_clear_error (&error);
  load->lists[MISSED] = or_empty (cherish_reminders_list_missed (reminders, &load->settings, MISSED_DAYS,
                                                                 &error), "missed occasions", error);
  g_clear_error (&error);
  load->lists[EVENTS] = or_empty (cherish_event_store_list_between (events, tomorrow, after, &error),
                                  "events", error);
  load->lists[WEEK] = find_occasions (milestones, load, 0, WEEK_DAYS - 1, FALSE);
  /* Later this month, only the customers' own events. */
  load->lists[SOON] = find_occasions (milestones, load, WEEK_DAYS, SOON_DAYS, TRUE);
  g_task_return_boolean (task, TRUE);
}

/* ---- Showing, on the main thread ------------------------------------- */

/* The occasions a section lists, of those found. */
static GPtrArray *
occasions_shown (GPtrArray *found)
{
  GPtrArray *shown = g_ptr_array_new ();

  for (guint i = 0; i < found->len; i++)
    {
      CherishOccasion *occasion = found->pdata[i];

      /* Events are listed on their own, the day before. */
      if (cherish_occasion_get_customer_id (occasion) <= 0 ||
          cherish_occasion_get_kind (occasion) == CHERISH_OCCASION_EVENT ||
          !occasion_has_when (occasion))
        continue;
      g_ptr_array_add (shown, occasion);
    }
  return shown;
}

/* Occasions gone by this week that nobody marked: perhaps missed. */
static GPtrArray *
missed_shown (GPtrArray *missed)
{
  GPtrArray *shown = g_ptr_array_new ();

  for (guint i = 0; i < missed->len; i++)
    {
      CherishOccasion *occasion = cherish_reminder_get_occasion (missed->pdata[i]);

      /* Gone by: always on a day (occasion_when() says how long ago). */
      if (cherish_occasion_get_customer_id (occasion) > 0 && cherish_occasion_get_date (occasion) != NULL &&
          occasion_has_when (occasion))
        g_ptr_array_add (shown, occasion);
    }
  return shown;
}

static void
on_loaded (gpointer      page,
           GAsyncResult *result)
{
  CherishTodayPage *self = CHERISH_TODAY_PAGE (page);
  Load *load = g_task_get_task_data (G_TASK (result));
  guint shown = 0;

  if (self->database != NULL && g_task_propagate_boolean (G_TASK (result), NULL))
    {
      g_autoptr(GPtrArray) missed = missed_shown (load->lists[MISSED]);
      g_autoptr(GPtrArray) week = occasions_shown (load->lists[WEEK]);
      g_autoptr(GPtrArray) soon = occasions_shown (load->lists[SOON]);

      shown += show_section (self, FOLLOW_UPS, load->lists[FOLLOW_UPS]);
      shown += show_section (self, MISSED, missed);
      shown += show_section (self, EVENTS, load->lists[EVENTS]);
      shown += show_section (self, WEEK, week);
      shown += show_section (self, SOON, soon);
      gtk_widget_set_visible (GTK_WIDGET (self->all_clear), shown == 0);
    }
  /* A read that began before Show All was opened read everything too. */
  for (guint i = 0; i < N_SECTIONS; i++)
    if (self->sections[i].whole != NULL)
      cherish_list_dialog_set_loading (self->sections[i].whole, FALSE);
  if (cherish_page_read_done (self, &self->read) && self->database != NULL)
    cherish_today_page_reload (self);
}

/**
 * cherish_today_page_reload:
 *
 * Reads what is due today again, in a thread of its own; the page shows
 * it when it has it (and reads once more if asked meanwhile).
 */
void
cherish_today_page_reload (CherishTodayPage *self)
{
  CherishDatabase *reader;
  Load *load;

  g_return_if_fail (CHERISH_IS_TODAY_PAGE (self));

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->database == NULL ||
      (reader = cherish_page_read_start (self, &self->read, self->database, "Today")) == NULL)
    return;

  load = g_new0 (Load, 1);
  load->reader = g_object_ref (reader);
  cherish_clock_get_today (self->clock, &self->today);
  g_clear_pointer (&self->zone, g_time_zone_unref);
  self->zone = cherish_clock_get_timezone (self->clock);
  load->clock = g_object_ref (self->clock);
  load->today = self->today;
  load->zone = g_time_zone_ref (self->zone);
  cherish_shop_settings_rules (&load->rules);
  cherish_shop_settings_reminders (&load->settings);

  cherish_widget_run_in_thread (self, cherish_today_page_reload, load_in_thread, load, load_free, on_loaded);
}

static gboolean
reload_idle (gpointer user_data)
{
  CherishTodayPage *self = user_data;

  self->reload_id = 0;
  cherish_page_changed (self);
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
  self->sections[FOLLOW_UPS].group = self->follow_ups_group;
  self->sections[FOLLOW_UPS].describe = describe_follow_up;
  self->sections[MISSED].group = self->missed_group;
  self->sections[MISSED].describe = describe_occasion;
  self->sections[EVENTS].group = self->events_group;
  self->sections[EVENTS].describe = describe_event;
  self->sections[WEEK].group = self->week_group;
  self->sections[WEEK].describe = describe_occasion;
  self->sections[SOON].group = self->soon_group;
  self->sections[SOON].describe = describe_occasion;
  for (guint i = 0; i < N_SECTIONS; i++)
    {
      self->sections[i].rows = g_ptr_array_new ();
      self->sections[i].items = g_list_store_new (G_TYPE_OBJECT);
    }
  /* The day may have turned since it was last shown. */
  g_signal_connect (self, "map", G_CALLBACK (cherish_page_changed), NULL);
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
  cherish_brief_setup (self->brief, database, clock);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_signal_connect_object (database, tables[i], G_CALLBACK (queue_reload), self,
                             G_CONNECT_SWAPPED);
  cherish_page_follow (GTK_WIDGET (self), (CherishReload) cherish_today_page_reload);
}
