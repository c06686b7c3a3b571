/* cherish-customer-detail.c — one customer: who they are and every contact
 *
 * The editable profile (CherishCustomerForm) with Save and Delete, the
 * life events coming up, and the timeline of visits and contacts, newest
 * first, twenty at a time from the lazy store model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-celebration-dialog.h"
#include "cherish-celebration-store.h"
#include "cherish-customer-detail.h"
#include "cherish-widget-util.h"
#include "cherish-message.h"
#include "cherish-milestones.h"
#include "cherish-shop-settings.h"
#include "cherish-customer-events.h"
#include "cherish-customer-points.h"
#include "cherish-customer-follow-ups.h"
#include "cherish-customer-form.h"
#include "cherish-customer-store.h"
#include "cherish-date.h"
#include "cherish-enum-types.h"
#include "cherish-labels.h"
#include "cherish-photo.h"
#include "cherish-life-event-dialog.h"
#include "cherish-life-event-store.h"
#include "cherish-money.h"
#include "cherish-text.h"
#include "cherish-visit-store.h"

#define VISITS_STEP 20

struct _CherishCustomerDetail
{
  AdwBin                 parent_instance;

  CherishDatabase       *database;
  CherishClock          *clock;
  CherishCustomerStore  *customers;
  CherishVisitStore     *visits;
  CherishLifeEventStore *life_events;
  CherishCustomer       *customer;
  GtkSliceListModel     *visit_slice;

  /* Template widgets */
  GtkRevealer           *back_revealer;
  AdwPreferencesPage    *page;
  AdwAvatar             *avatar;
  GtkLabel              *name_label;
  GtkLabel              *summary_label;
  GtkFlowBox            *tags_box;
  CherishCustomerForm   *form;
  CherishCustomerFollowUps *follow_ups;
  CherishCustomerEvents *events;
  CherishCustomerPoints *points;
  GtkButton             *save_button;
  GtkListBox            *life_events_list;
  GtkButton             *add_life_event_button;
  GtkListBox            *visits_list;
  GtkListBox            *celebrations_list;
  GtkButton             *more_button;
};

G_DEFINE_FINAL_TYPE (CherishCustomerDetail, cherish_customer_detail, ADW_TYPE_BIN)

enum {
  BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

static char *
format_local (CherishCustomerDetail *self,
              const char            *timestamp)
{
  g_autoptr(GTimeZone) zone = cherish_clock_get_timezone (self->clock);

  return cherish_calendar_format_timestamp (timestamp, zone);
}

static GtkWidget *
create_visit_row (gpointer item,
                  gpointer user_data)
{
  CherishCustomerDetail *self = user_data;
  CherishVisit *visit = item;
  g_autofree char *when = format_local (self, cherish_visit_get_at (visit));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (cherish_visit_get_amount (visit) != CHERISH_NO_AMOUNT)
    {
      g_autofree char *money = cherish_money_format (cherish_visit_get_amount (visit),
                                                     cherish_visit_get_currency (visit));

      title = g_strconcat (cherish_visit_kind_label (cherish_visit_get_kind (visit)), cherish_separator (), money,
                           NULL);
    }
  else
    title = g_strdup (cherish_visit_kind_label (cherish_visit_get_kind (visit)));

  if (cherish_visit_get_note (visit) != NULL)
    {
      /* The date's digits set no direction: the note would. */
      g_autofree char *note = cherish_text_isolate (cherish_visit_get_note (visit));
      g_autofree char *line = g_strdup_printf ("%s — %s", when, note);

      subtitle = cherish_line_in_direction (line);
    }
  else
    subtitle = g_strdup (when);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static void
on_remove_life_event_cb (GtkButton             *button,
                         CherishCustomerDetail *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "life-event-id"));
  g_autoptr(GError) error = NULL;

  if (!cherish_life_event_store_delete (self->life_events, id, &error))
    cherish_customer_form_show_error (self->form, error);
}

static void
open_life_event_dialog (CherishCustomerDetail *self,
                        CherishLifeEvent      *event)
{
  CherishLifeEventDialog *dialog;

  if (self->customer == NULL)
    return;

  dialog = cherish_life_event_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                          self->database, self->clock,
                                          cherish_customer_get_id (self->customer), event);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_life_event_activated_cb (AdwActionRow          *row,
                            CherishCustomerDetail *self)
{
  open_life_event_dialog (self, g_object_get_data (G_OBJECT (row), "life-event"));
}

static void
load_life_events (CherishCustomerDetail *self)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->life_events_list))) != NULL)
    gtk_list_box_remove (self->life_events_list, child);

  if (self->customer == NULL)
    return;

  events = cherish_life_event_store_list_for_customer (self->life_events,
                                                       cherish_customer_get_id (self->customer),
                                                       &error);
  if (events == NULL)
    {
      g_warning ("%s", error->message);
      return;
    }

  for (guint i = 0; i < events->len; i++)
    {
      CherishLifeEvent *event = events->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *subtitle = NULL;
      g_autofree char *label = NULL;
      const char *title = cherish_life_event_get_title (event);

      {
        g_autofree char *date = cherish_calendar_format_iso (cherish_life_event_get_date (event));

        subtitle = cherish_life_event_get_yearly (event) ? g_strdup_printf (_("%s, every year"), date)
                                                         : g_steal_pointer (&date);
      }
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     title != NULL ? title
                                                   : cherish_life_event_kind_label (cherish_life_event_get_kind (event)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      label = g_strdup_printf (_("Remove “%s”"), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
      gtk_widget_set_tooltip_text (remove, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data (G_OBJECT (remove), "life-event-id",
                         GSIZE_TO_POINTER (cherish_life_event_get_id (event)));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_life_event_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

      /* Activating the row edits the event. */
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "life-event", g_object_ref (event), g_object_unref);
      g_signal_connect (row, "activated", G_CALLBACK (on_life_event_activated_cb), self);
      gtk_list_box_append (self->life_events_list, row);
    }

  if (events->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing noted yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Note what they look forward to, when they tell you."));
      gtk_list_box_append (self->life_events_list, row);
    }
}

/* Likes and dislikes at a glance, as tags; they are edited in the form. */
static void
update_tags (CherishCustomerDetail *self)
{
  g_auto(GStrv) likes = cherish_text_split_lines (cherish_customer_get_likes (self->customer));
  g_auto(GStrv) dislikes = cherish_text_split_lines (cherish_customer_get_dislikes (self->customer));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tags_box))) != NULL)
    gtk_flow_box_remove (self->tags_box, child);

  for (guint pass = 0; pass < 2; pass++)
    {
      char **items = pass == 0 ? likes : dislikes;

      for (guint i = 0; items[i] != NULL; i++)
        {
          GtkWidget *tag = gtk_label_new (items[i]);
          g_autofree char *label = g_strdup_printf (pass == 0 ? _("Likes: %s") : _("Dislikes: %s"),
                                                    items[i]);

          gtk_widget_add_css_class (tag, "tag");
          if (pass == 1)
            gtk_widget_add_css_class (tag, "dislike");
          gtk_widget_set_tooltip_text (tag, label);
          gtk_accessible_update_property (GTK_ACCESSIBLE (tag), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          label, -1);
          gtk_flow_box_append (self->tags_box, tag);
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->tags_box), likes[0] != NULL || dislikes[0] != NULL);
}

static void
on_occasion_activated_cb (AdwActionRow          *row,
                          CherishCustomerDetail *self)
{
  CherishOccasion *occasion = g_object_get_data (G_OBJECT (row), "occasion");
  g_autoptr(CherishCelebrationStore) store = cherish_celebration_store_new (self->database,
                                                                            self->clock);
  g_autoptr(CherishCelebration) plan = NULL;
  g_autoptr(GError) error = NULL;
  CherishCelebrationDialog *dialog;

  plan = cherish_celebration_store_plan (store, occasion, &error);
  if (plan == NULL)
    {
      cherish_customer_form_show_error (self->form, error);
      return;
    }
  dialog = cherish_celebration_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                           self->database, self->clock, occasion, plan);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
text_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *shown = cherish_calendar_digits (subtitle);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), shown);
  return row;
}

/* The next year's occasions (plan them from here), then what was
 * celebrated or skipped, with the photo when there is one. */
static void
load_celebrations (CherishCustomerDetail *self)
{
  g_autoptr(CherishCelebrationStore) store = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) coming = NULL;
  g_autoptr(GPtrArray) past = NULL;
  CherishMilestoneRules rules;
  GtkWidget *child;
  GDate today, year;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->celebrations_list))) != NULL)
    gtk_list_box_remove (self->celebrations_list, child);
  if (self->customer == NULL)
    return;

  store = cherish_celebration_store_new (self->database, self->clock);
  cherish_shop_settings_rules (&rules);
  cherish_clock_get_today (self->clock, &today);
  year = today;
  g_date_add_days (&year, 365);
  events = cherish_life_event_store_list_for_customer (self->life_events,
                                                       cherish_customer_get_id (self->customer),
                                                       NULL);
  coming = cherish_milestones_of_customer (self->customer, events, &today, &year, &rules);

  for (guint i = 0; i < coming->len; i++)
    {
      CherishOccasion *occasion = coming->pdata[i];
      g_autofree char *title = cherish_occasion_title (occasion);
      g_autofree char *when = NULL;
      GtkWidget *row;

      if (cherish_occasion_get_date (occasion) == NULL)
        when = g_strdup (_("At their next visit"));
      else
        {
          g_autofree char *day = cherish_calendar_format_iso (cherish_occasion_get_date (occasion));
          GDate date;

          cherish_date_parse (cherish_occasion_get_date (occasion), &date, NULL);
          when = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "In %d day, %s", "In %d days, %s",
                                               g_date_days_between (&today, &date)),
                                  g_date_days_between (&today, &date), day);
        }
      row = text_row (title, when);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "occasion", g_object_ref (occasion), g_object_unref);
      g_signal_connect (row, "activated", G_CALLBACK (on_occasion_activated_cb), self);
      gtk_list_box_append (self->celebrations_list, row);
    }

  past = cherish_celebration_store_list_for_customer (store, cherish_customer_get_id (self->customer),
                                                      NULL);
  for (guint i = 0; past != NULL && i < past->len; i++)
    {
      CherishCelebration *c = past->pdata[i];
      CherishCelebrationStatus status = cherish_celebration_get_status (c);
      g_autoptr(CherishOccasion) occasion = NULL;
      g_autofree char *title = NULL;
      g_autofree char *day = NULL;
      g_autofree char *line = NULL;
      g_autofree char *photo = NULL;
      g_autoptr(GdkPaintable) thumbnail = NULL;
      GtkWidget *row;

      if (status != CHERISH_CELEBRATION_STATUS_DONE && status != CHERISH_CELEBRATION_STATUS_SKIPPED)
        continue;

      occasion = cherish_occasion_new (cherish_celebration_get_kind (c),
                                       cherish_celebration_get_customer_id (c), NULL,
                                       cherish_celebration_get_occasion_date (c),
                                       cherish_celebration_get_number (c), NULL, 0);
      title = cherish_occasion_title (occasion);
      day = cherish_calendar_format_iso (cherish_celebration_get_occasion_date (c));
      line = status == CHERISH_CELEBRATION_STATUS_DONE
               ? g_strdup_printf (_("Celebrated %s: %s"), day ?: "",
                                  cherish_celebration_get_surprise (c) ?: "")
               : g_strdup_printf (_("Skipped %s: %s"), day ?: "",
                                  cherish_celebration_get_skip_reason (c) ?: "");
      row = text_row (title, line);

      photo = cherish_celebration_store_photo_path (store, c);
      thumbnail = cherish_photo_load_thumbnail (photo, 48);
      if (thumbnail != NULL)
        {
          GtkWidget *picture = gtk_picture_new_for_paintable (thumbnail);

          gtk_widget_set_size_request (picture, 48, 48);
          gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Photo of the celebration"), -1);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), picture);
        }
      gtk_list_box_append (self->celebrations_list, row);
    }

  gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (self->celebrations_list),
                                                   ADW_TYPE_PREFERENCES_GROUP),
                          gtk_widget_get_first_child (GTK_WIDGET (self->celebrations_list)) != NULL);
}

static void
update_header (CherishCustomerDetail *self)
{
  GString *summary = g_string_new (NULL);
  guint visits = cherish_customer_get_visit_count (self->customer);

  adw_avatar_set_text (self->avatar, cherish_customer_get_display_name (self->customer));
  gtk_label_set_label (self->name_label, cherish_customer_get_display_name (self->customer));

  if (cherish_customer_get_is_prospect (self->customer))
    g_string_append (summary, _("Prospect"));
  else if (cherish_customer_get_customer_since (self->customer) != NULL)
    {
      g_autofree char *since = cherish_calendar_format_iso (cherish_customer_get_customer_since (self->customer));

      g_string_append_printf (summary, _("Customer since %s"), since);
    }
  if (summary->len > 0)
    g_string_append (summary, cherish_separator ());
  g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%u visit", "%u visits", visits),
                          visits);
  if (cherish_customer_get_last_visit_at (self->customer) != NULL)
    {
      g_autoptr(GDateTime) now = cherish_clock_get_now (self->clock);
      g_autofree char *last = cherish_timestamp_describe (cherish_customer_get_last_visit_at (self->customer),
                                                          now);

      g_string_append_printf (summary, _(" · last %s"), last);
    }

  {
    g_autofree char *shown = cherish_calendar_digits (summary->str);

    gtk_label_set_label (self->summary_label, shown);
  }
  g_string_free (summary, TRUE);
  update_tags (self);
}

static void
update_more_button (CherishCustomerDetail *self)
{
  GListModel *all = gtk_slice_list_model_get_model (self->visit_slice);

  gtk_widget_set_visible (GTK_WIDGET (self->more_button),
                          all != NULL && g_list_model_get_n_items (all) >
                                           gtk_slice_list_model_get_size (self->visit_slice));
}

/* The customer changed elsewhere (a visit logged, a quick edit). */
static void
reload_customer (CherishCustomerDetail *self)
{
  g_autoptr(CherishCustomer) fresh = NULL;

  if (self->customer == NULL)
    return;

  fresh = cherish_customer_store_get (self->customers, cherish_customer_get_id (self->customer),
                                      NULL);
  if (fresh == NULL || cherish_customer_get_deleted_at (fresh) != NULL)
    return;

  g_set_object (&self->customer, fresh);
  update_header (self);
  load_celebrations (self);
  /* Typed text is never thrown away: only an untouched form follows. */
  if (!cherish_customer_form_get_modified (self->form))
    cherish_customer_form_set_customer (self->form, fresh);
  update_more_button (self);
}

/* ------------------------------------------------------------------ */
/* Signal callbacks                                                    */
/* ------------------------------------------------------------------ */

static void
on_back_clicked_cb (CherishCustomerDetail *self)
{
  g_signal_emit (self, signals[BACK], 0);
}

static void
on_form_changed_cb (CherishCustomerDetail *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button),
                            cherish_customer_form_get_valid (self->form) &&
                            cherish_customer_form_get_modified (self->form));
}

static void
on_save_clicked_cb (CherishCustomerDetail *self)
{
  g_autoptr(CherishCustomer) edited = cherish_customer_form_build (self->form);
  g_autoptr(GError) error = NULL;

  if (!cherish_customer_store_update (self->customers, edited, &error))
    {
      cherish_customer_form_show_error (self->form, error);
      return;
    }

  cherish_customer_form_set_customer (self->form, edited);
  reload_customer (self);
}

static void act_on_customer (CherishCustomerDetail *self,
                             const char            *action);

static void
on_delete_clicked_cb (CherishCustomerDetail *self)
{
  act_on_customer (self, "win.delete-customer");
}

/* A window action on this customer. */
static void
act_on_customer (CherishCustomerDetail *self,
                 const char            *action)
{
  if (self->customer != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), action, "x", cherish_customer_get_id (self->customer));
}

static void
on_erase_clicked_cb (CherishCustomerDetail *self)
{
  act_on_customer (self, "win.erase-customer");
}

static void
on_data_clicked_cb (CherishCustomerDetail *self)
{
  act_on_customer (self, "win.save-customer-data");
}

static void
on_merge_clicked_cb (CherishCustomerDetail *self)
{
  act_on_customer (self, "win.merge-customer");
}

static void
on_log_clicked_cb (CherishCustomerDetail *self)
{
  if (self->customer != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.log-visit", "x",
                                cherish_customer_get_id (self->customer));
}

static void
on_message_clicked_cb (CherishCustomerDetail *self)
{
  if (self->customer != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.send-message", "(xix)",
                                cherish_customer_get_id (self->customer), (int) CHERISH_MESSAGE_FOLLOW_UP,
                                (gint64) 0);
}

static void
on_add_life_event_clicked_cb (CherishCustomerDetail *self)
{
  open_life_event_dialog (self, NULL);
}

static void
on_more_clicked_cb (CherishCustomerDetail *self)
{
  gtk_slice_list_model_set_size (self->visit_slice,
                                 gtk_slice_list_model_get_size (self->visit_slice) + VISITS_STEP);
  update_more_button (self);
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */
/* ------------------------------------------------------------------ */

static void
cherish_customer_detail_dispose (GObject *object)
{
  CherishCustomerDetail *self = (CherishCustomerDetail *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CHERISH_TYPE_CUSTOMER_DETAIL);
  g_clear_object (&self->visit_slice);
  g_clear_object (&self->customer);
  g_clear_object (&self->life_events);
  g_clear_object (&self->visits);
  g_clear_object (&self->customers);
  g_clear_object (&self->clock);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (cherish_customer_detail_parent_class)->dispose (object);
}

static void
cherish_customer_detail_class_init (CherishCustomerDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cherish_customer_detail_dispose;

  /**
   * CherishCustomerDetail::back:
   *
   * The manager wants the list again (narrow window).
   */
  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (CHERISH_TYPE_CUSTOMER_FORM);
  g_type_ensure (CHERISH_TYPE_CUSTOMER_FOLLOW_UPS);
  g_type_ensure (CHERISH_TYPE_CUSTOMER_EVENTS);
  g_type_ensure (CHERISH_TYPE_CUSTOMER_POINTS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cherishapp/Cherish/cherish-customer-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerDetail, back_revealer);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerDetail, page);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerDetail, avatar);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerDetail, tags_box);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerDetail, form);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerDetail, follow_ups);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerDetail, events);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerDetail, points);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerDetail, save_button);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerDetail, life_events_list);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerDetail, add_life_event_button);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerDetail, visits_list);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerDetail, celebrations_list);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerDetail, more_button);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_erase_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_data_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_merge_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_log_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_message_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_more_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_life_event_clicked_cb);
}

static void
cherish_customer_detail_init (CherishCustomerDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->visit_slice = gtk_slice_list_model_new (NULL, 0, VISITS_STEP);
  gtk_list_box_bind_model (self->visits_list, G_LIST_MODEL (self->visit_slice),
                           create_visit_row, self, NULL);
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */
/* ------------------------------------------------------------------ */

void
cherish_customer_detail_setup (CherishCustomerDetail *self,
                               CherishDatabase       *database,
                               CherishClock          *clock)
{
  g_return_if_fail (CHERISH_IS_CUSTOMER_DETAIL (self));
  g_return_if_fail (self->database == NULL);

  self->database = g_object_ref (database);
  self->clock = g_object_ref (clock);
  self->customers = cherish_customer_store_new (database, clock);
  self->visits = cherish_visit_store_new (database, clock);
  self->life_events = cherish_life_event_store_new (database, clock);
  cherish_customer_form_set_clock (self->form, clock);
  cherish_customer_follow_ups_setup (self->follow_ups, database, clock);
  cherish_customer_events_setup (self->events, database, clock);
  cherish_customer_points_setup (self->points, database, clock);

  g_signal_connect_object (database, "changed::customers", G_CALLBACK (reload_customer), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (database, "changed::visits", G_CALLBACK (reload_customer), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (database, "changed::life_events", G_CALLBACK (load_life_events), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (database, "changed::life_events", G_CALLBACK (load_celebrations), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (database, "changed::celebrations", G_CALLBACK (load_celebrations), self,
                           G_CONNECT_SWAPPED);
}

/**
 * cherish_customer_detail_show_customer:
 *
 * Returns: %FALSE if the customer no longer exists
 */
gboolean
cherish_customer_detail_show_customer (CherishCustomerDetail *self,
                                       gint64                 id)
{
  g_autoptr(CherishCustomer) customer = NULL;
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CHERISH_IS_CUSTOMER_DETAIL (self), FALSE);
  g_return_val_if_fail (self->database != NULL, FALSE);

  customer = cherish_customer_store_get (self->customers, id, &error);
  if (customer == NULL || cherish_customer_get_deleted_at (customer) != NULL)
    return FALSE;

  g_set_object (&self->customer, customer);
  cherish_customer_form_set_customer (self->form, customer);
  update_header (self);
  load_life_events (self);
  load_celebrations (self);
  cherish_customer_follow_ups_set_customer (self->follow_ups, id);
  cherish_customer_events_set_customer (self->events, id);
  cherish_customer_points_set_customer (self->points, id);

  timeline = cherish_visit_store_list_for_customer (self->visits, id);
  gtk_slice_list_model_set_size (self->visit_slice, VISITS_STEP);
  gtk_slice_list_model_set_model (self->visit_slice, timeline);
  update_more_button (self);

  return TRUE;
}

gint64
cherish_customer_detail_get_customer_id (CherishCustomerDetail *self)
{
  g_return_val_if_fail (CHERISH_IS_CUSTOMER_DETAIL (self), 0);

  return self->customer != NULL ? cherish_customer_get_id (self->customer) : 0;
}

void
cherish_customer_detail_set_show_back (CherishCustomerDetail *self,
                                       gboolean               show_back)
{
  g_return_if_fail (CHERISH_IS_CUSTOMER_DETAIL (self));

  gtk_revealer_set_reveal_child (self->back_revealer, show_back);
}
