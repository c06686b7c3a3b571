/* cherish-brief.c — what to talk about with a customer coming in
 *
 * The pre-visit brief on Today: search a customer by name or phone, pick
 * one, and see at a glance their likes and dislikes, what is coming up in
 * their life (60 days), their last visits and open follow-ups.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-brief"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-customer-store.h"
#include "cherish-date.h"
#include "cherish-follow-up-store.h"
#include "cherish-labels.h"
#include "cherish-life-event-store.h"
#include "cherish-milestones.h"
#include "cherish-brief.h"
#include "cherish-shop-settings.h"
#include "cherish-visit-store.h"
#include "cherish-widget-util.h"

#define RESULTS 5
#define AHEAD_DAYS 60
#define LAST_VISITS 3

struct _CherishBrief
{
  GtkBox                 parent_instance;

  CherishClock          *clock;
  CherishCustomerStore  *customers;
  CherishVisitStore     *visits;
  CherishLifeEventStore *life_events;
  CherishFollowUpStore  *follow_ups;

  AdwPreferencesGroup   *search_group;
  GtkSearchEntry        *search_entry;
  GPtrArray             *result_rows;
  AdwPreferencesGroup   *brief_group;
  GPtrArray             *brief_rows;
  gint64                 customer_id;
};

G_DEFINE_FINAL_TYPE (CherishBrief, cherish_brief, GTK_TYPE_BOX)

static void
cherish_brief_dispose (GObject *object)
{
  CherishBrief *self = (CherishBrief *) object;

  g_clear_object (&self->customers);
  g_clear_object (&self->visits);
  g_clear_object (&self->life_events);
  g_clear_object (&self->follow_ups);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->result_rows, g_ptr_array_unref);
  g_clear_pointer (&self->brief_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (cherish_brief_parent_class)->dispose (object);
}

static void
cherish_brief_class_init (CherishBriefClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cherish_brief_dispose;
}

static void
add_brief_row (CherishBrief *self,
               const char   *title,
               const char   *subtitle)
{
  GtkWidget *row = cherish_info_row_new (title, subtitle, 0);

  gtk_widget_add_css_class (row, "property");
  cherish_group_add_row (self->brief_group, self->brief_rows, row);
}

static char *
lines_joined (const char *lines)
{
  g_auto(GStrv) items = g_strsplit (lines != NULL ? lines : "", "\n", -1);

  /* Translators: the separator of a list of likes, "coffee, roses" */
  return g_strjoinv (_(", "), items);
}

static void
show_coming_up (CherishBrief    *self,
                CherishCustomer *customer,
                const GDate     *today)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) occasions = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  CherishMilestoneRules rules;
  GDate to = *today;

  g_date_add_days (&to, AHEAD_DAYS);
  cherish_shop_settings_rules (&rules);
  events = cherish_life_event_store_list_for_customer (self->life_events, self->customer_id, NULL);
  occasions = cherish_milestones_of_customer (customer, events, today, &to, &rules);
  for (guint i = 0; i < occasions->len; i++)
    {
      CherishOccasion *occasion = occasions->pdata[i];
      g_autofree char *line = cherish_occasion_when_from (occasion, today);

      if (cherish_occasion_get_date (occasion) == NULL)
        {
          g_autofree char *title = cherish_occasion_title (occasion);

          /* Translators: an occasion that comes with the customer's next visit */
          line = g_strdup_printf (_("%s at this visit"), title);
        }
      if (line != NULL)
        g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", line);
    }
  add_brief_row (self, _("Coming Up"), text->len > 0 ? text->str : _("Nothing in the next 60 days"));
}

static void
show_last_visits (CherishBrief *self,
                  GDateTime    *now)
{
  g_autoptr(GPtrArray) visits = cherish_visit_store_find_for_customer (self->visits, self->customer_id,
                                                                      0, LAST_VISITS, NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; visits != NULL && i < visits->len; i++)
    {
      CherishVisit *visit = visits->pdata[i];
      g_autofree char *when = cherish_timestamp_describe (cherish_visit_get_at (visit), now);
      const char *note = cherish_visit_get_note (visit);

      g_string_append_printf (text, "%s%s, %s%s%s", text->len > 0 ? "\n" : "",
                              cherish_visit_kind_label (cherish_visit_get_kind (visit)), when,
                              note != NULL && *note != '\0' ? " — " : "", note != NULL ? note : "");
    }
  add_brief_row (self, _("Last Visits"), text->len > 0 ? text->str : _("No visits yet"));
}

static void
show_follow_ups (CherishBrief *self)
{
  g_autoptr(GPtrArray) list = cherish_follow_up_store_list_for_customer (self->follow_ups,
                                                                        self->customer_id, NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; list != NULL && i < list->len; i++)
    if (cherish_follow_up_get_state (list->pdata[i]) == CHERISH_FOLLOW_UP_STATE_OPEN)
      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "",
                              cherish_follow_up_get_about (list->pdata[i]));
  add_brief_row (self, _("Open Follow-ups"), text->len > 0 ? text->str : _("None"));
}

/**
 * cherish_brief_show_customer:
 * @customer_id: whom to brief about, or 0 for no one
 */
void
cherish_brief_show_customer (CherishBrief *self,
                             gint64        customer_id)
{
  g_autoptr(CherishCustomer) customer = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *likes = NULL;
  g_autofree char *dislikes = NULL;
  GDate today;

  g_return_if_fail (CHERISH_IS_BRIEF (self));

  cherish_group_clear (self->brief_group, self->brief_rows);
  self->customer_id = customer_id;
  if (customer_id > 0 && self->customers != NULL)
    customer = cherish_customer_store_get (self->customers, customer_id, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->brief_group), customer != NULL);
  if (customer == NULL)
    return;

  now = cherish_clock_get_now (self->clock);
  cherish_clock_get_today (self->clock, &today);
  adw_preferences_group_set_title (self->brief_group, cherish_customer_get_display_name (customer));

  likes = lines_joined (cherish_customer_get_likes (customer));
  dislikes = lines_joined (cherish_customer_get_dislikes (customer));
  add_brief_row (self, _("Likes"), *likes != '\0' ? likes : _("Not known yet"));
  add_brief_row (self, _("Dislikes"), *dislikes != '\0' ? dislikes : _("Not known yet"));
  show_coming_up (self, customer, &today);
  show_last_visits (self, now);
  show_follow_ups (self);
  cherish_group_add_row (self->brief_group, self->brief_rows,
                         cherish_info_row_new (_("Open Customer"), NULL, customer_id));
}

static void
on_result_activated (GtkListBoxRow *row,
                     CherishBrief  *self)
{
  cherish_brief_show_customer (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "id")));
}

static void
on_search_changed (CherishBrief *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  CherishCustomerQuery query = { text, CHERISH_CUSTOMER_SORT_LAST_VISIT, CHERISH_CUSTOMER_FILTER_NONE };
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  cherish_group_clear (self->search_group, self->result_rows);
  if (self->customers == NULL || *trimmed == '\0')
    return;

  found = cherish_customer_store_find (self->customers, &query, 0, RESULTS, NULL);
  now = cherish_clock_get_now (self->clock);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      CherishCustomer *customer = found->pdata[i];
      const char *last = cherish_customer_get_last_visit_at (customer);
      g_autofree char *when = last != NULL ? cherish_timestamp_describe (last, now) : NULL;
      g_autofree char *subtitle = when != NULL ? g_strdup_printf (_("Last visit %s"), when)
                                               : g_strdup (_("No visits yet"));
      GtkWidget *row = cherish_info_row_new (cherish_customer_get_display_name (customer),
                                             subtitle, 0);

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "id",
                         GSIZE_TO_POINTER ((gsize) cherish_customer_get_id (customer)));
      g_signal_connect (row, "activated", G_CALLBACK (on_result_activated), self);
      cherish_group_add_row (self->search_group, self->result_rows, row);
    }
  if (found != NULL && found->len == 0)
    cherish_group_add_row (self->search_group, self->result_rows,
                           cherish_info_row_new (_("No customer by that name or phone"), NULL, 0));
}

static void
cherish_brief_init (CherishBrief *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  self->result_rows = g_ptr_array_new ();
  self->brief_rows = g_ptr_array_new ();

  self->search_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->search_group, _("Pre-Visit Brief"));
  adw_preferences_group_set_description (self->search_group,
                                         _("Who is coming in? See what to talk about today."));
  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _("Name or phone"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Customer for the brief"), -1);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->search_entry), 6);
  adw_preferences_group_add (self->search_group, GTK_WIDGET (self->search_entry));
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->search_group));

  self->brief_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->brief_group), FALSE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->brief_group));
}

void
cherish_brief_setup (CherishBrief    *self,
                     CherishDatabase *database,
                     CherishClock    *clock)
{
  g_return_if_fail (CHERISH_IS_BRIEF (self));

  self->clock = g_object_ref (clock);
  self->customers = cherish_customer_store_new (database, clock);
  self->visits = cherish_visit_store_new (database, clock);
  self->life_events = cherish_life_event_store_new (database, clock);
  self->follow_ups = cherish_follow_up_store_new (database, clock);
}
