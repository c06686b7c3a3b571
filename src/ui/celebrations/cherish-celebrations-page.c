/* cherish-celebrations-page.c — the moments coming up, week by week
 *
 * The occasions of the chosen days (from the milestone store), grouped
 * under a heading per week, each with whose it is, what it is, how far
 * away, and how its celebration stands. Activating one opens its plan.
 * Thousands of occasions at a big shop: a list view, built lazily.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-celebrations-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-celebration-dialog.h"
#include "cherish-celebration-store.h"
#include "cherish-celebrations-page.h"
#include "cherish-page-reading.h"
#include "cherish-widget-thread.h"
#include "cherish-widget-util.h"
#include "cherish-customer-store.h"
#include "cherish-date.h"
#include "cherish-enum-types.h"
#include "cherish-labels.h"
#include "cherish-milestone-store.h"
#include "cherish-photo.h"
#include "cherish-shop-settings.h"

struct _CherishCelebrationsPage
{
  AdwBin                   parent_instance;

  CherishDatabase         *database;
  CherishClock            *clock;
  CherishMilestoneStore   *milestones;
  CherishCelebrationStore *celebrations;
  CherishCustomerStore    *customers;
  GSettings               *settings;
  GListStore              *items;      /* GtkStringObject headings, CherishOccasion */
  GHashTable              *plans;      /* occasion key → CherishCelebration */
  GHashTable              *photos;     /* photo path → GdkPaintable, decoded once */
  CherishPageRead          read;       /* in a thread, one read at a time */
  GPtrArray               *filling;    /* a read going into items, in order */
  guint                    fill_id;    /* its tick callback */

  /* Template widgets */
  GtkDropDown             *range_dropdown;
  GtkDropDown             *kind_dropdown;
  GtkLabel                *shop_label;
  GtkStack                *stack;
  GtkListView             *occasion_list;
};

G_DEFINE_FINAL_TYPE (CherishCelebrationsPage, cherish_celebrations_page, ADW_TYPE_BIN)

/* GTK before 4.12 makes a row for each of a list view's first 200 items
 * as soon as they are there, and lays out the text of every one: a month
 * of a shop of 100,000 customers (12,500 occasions) held the window for
 * 300 ms when the page was first shown. There the list gets a screenful a
 * frame until it has those rows, then the rest at once. Newer GTK makes
 * the rows on screen only. */
#define FILL_EACH_FRAME 25
#define FILL_GRADUALLY_UP_TO 250

static const int range_days[][2] = { { 0, 6 }, { 0, 29 }, { 0, 89 }, { -30, -1 } };
static const CherishOccasionKind kinds[] = {
  CHERISH_OCCASION_NONE, CHERISH_OCCASION_BIRTHDAY, CHERISH_OCCASION_LIFE_EVENT,
  CHERISH_OCCASION_TENURE, CHERISH_OCCASION_NTH_VISIT, CHERISH_OCCASION_SHOP_MILESTONE,
  CHERISH_OCCASION_EVENT,
};

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

static char *
occasion_key (gint64               customer_id,
              CherishOccasionKind  kind,
              const char          *date,
              guint                number)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "|%d|%s|%u", customer_id, kind, date ?: "", number);
}

static const char *
status_label (CherishCelebrationStatus status)
{
  switch (status)
    {
    case CHERISH_CELEBRATION_STATUS_PLANNED:
      return _("Planned");
    case CHERISH_CELEBRATION_STATUS_DONE:
      return _("Done");
    case CHERISH_CELEBRATION_STATUS_SKIPPED:
      return _("Skipped");
    case CHERISH_CELEBRATION_STATUS_IDEA:
    default:
      return _("Idea");
    }
}

/* The plan made for @occasion, if any. */
static CherishCelebration *
occasion_plan (CherishCelebrationsPage *self,
               CherishOccasion         *occasion)
{
  g_autofree char *key = occasion_key (cherish_occasion_get_customer_id (occasion),
                                       cherish_occasion_get_kind (occasion),
                                       cherish_occasion_get_date (occasion),
                                       cherish_occasion_get_number (occasion));

  return g_hash_table_lookup (self->plans, key);
}

static GdkPaintable *
occasion_photo (CherishCelebrationsPage *self,
                CherishOccasion         *occasion)
{
  CherishCelebration *plan = occasion_plan (self, occasion);
  g_autofree char *path = NULL;
  GdkPaintable *thumbnail;

  if (plan == NULL || cherish_celebration_get_status (plan) != CHERISH_CELEBRATION_STATUS_DONE)
    return NULL;
  path = cherish_celebration_store_photo_path (self->celebrations, plan);
  if (path == NULL)
    return NULL;

  /* Rows are bound again as the list scrolls: decode each photo once. */
  thumbnail = g_hash_table_lookup (self->photos, path);
  if (thumbnail == NULL)
    {
      thumbnail = cherish_photo_load_thumbnail (path, 48);
      if (thumbnail == NULL)
        return NULL;
      g_hash_table_insert (self->photos, g_steal_pointer (&path), thumbnail);
    }
  return g_object_ref (thumbnail);
}

static char *
occasion_subtitle (CherishCelebrationsPage *self,
                   CherishOccasion         *occasion)
{
  CherishCelebration *plan = occasion_plan (self, occasion);
  GString *text = g_string_new (NULL);
  GDate today, day;

  if (cherish_occasion_get_date (occasion) == NULL)
    g_string_append (text, cherish_occasion_get_kind (occasion) == CHERISH_OCCASION_NTH_VISIT
                             ? _("At their next visit") : _("Coming soon"));
  else if (cherish_date_parse (cherish_occasion_get_date (occasion), &day, NULL))
    {
      g_autofree char *shown = cherish_calendar_format_date (&day);
      int days;

      cherish_clock_get_today (self->clock, &today);
      days = g_date_days_between (&today, &day);
      if (days == 0)
        g_string_append_printf (text, _("Today, %s"), shown);
      else if (days > 0)
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "In %d day, %s",
                                                   "In %d days, %s", days), days, shown);
      else
        g_string_append (text, shown);
    }

  if (plan != NULL)
    {
      CherishCelebrationStatus status = cherish_celebration_get_status (plan);
      /* The outcome: why it was skipped, or what the surprise is. */
      const char *outcome = status == CHERISH_CELEBRATION_STATUS_SKIPPED
                              ? cherish_celebration_get_skip_reason (plan)
                              : cherish_celebration_get_surprise (plan);

      g_string_append_printf (text, "%s%s", cherish_separator (), status_label (status));
      if (outcome != NULL && *outcome != '\0')
        g_string_append_printf (text, ": %s", outcome);
    }

  return g_string_free (text, FALSE);
}

static char *
week_heading (CherishCelebrationsPage *self,
              const char              *date)
{
  g_autofree char *shown = NULL;
  GDate today, day, monday;
  int weeks;

  if (date == NULL || !cherish_date_parse (date, &day, NULL))
    return g_strdup (_("Any day now"));

  cherish_clock_get_today (self->clock, &today);
  monday = day;
  g_date_subtract_days (&monday, g_date_get_weekday (&day) - G_DATE_MONDAY);
  {
    GDate this_monday = today;

    g_date_subtract_days (&this_monday, g_date_get_weekday (&today) - G_DATE_MONDAY);
    weeks = g_date_days_between (&this_monday, &monday) / 7;
  }
  if (weeks == 0)
    return g_strdup (_("This week"));
  if (weeks == 1)
    return g_strdup (_("Next week"));
  if (weeks == -1)
    return g_strdup (_("Last week"));
  shown = cherish_calendar_format_date (&monday);
  return g_strdup_printf (_("Week of %s"), shown);
}

static void
load_plans (CherishCelebrationsPage *self,
            const char              *from,
            const char              *to)
{
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GError) error = NULL;

  g_hash_table_remove_all (self->plans);
  g_hash_table_remove_all (self->photos);   /* a photo may have been replaced */
  plans = cherish_celebration_store_list_between (self->celebrations, from, to, &error);
  if (plans == NULL)
    {
      g_warning ("%s", error->message);
      return;
    }
  for (guint i = 0; i < plans->len; i++)
    {
      CherishCelebration *c = plans->pdata[i];

      g_hash_table_insert (self->plans,
                           occasion_key (cherish_celebration_get_customer_id (c),
                                         cherish_celebration_get_kind (c),
                                         cherish_celebration_get_occasion_date (c),
                                         cherish_celebration_get_number (c)),
                           g_object_ref (c));
    }
}

static void
update_shop_label (CherishCelebrationsPage     *self,
                   const CherishMilestoneRules *rules)
{
  CherishCustomerQuery customers = { NULL, CHERISH_CUSTOMER_SORT_NAME,
                                     CHERISH_CUSTOMER_FILTER_CUSTOMERS };
  guint total = cherish_customer_store_count (self->customers, &customers, NULL);
  guint next;
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;

  next = cherish_milestone_steps_next (&rules->shop, total);
  if (next == 0 || total == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->shop_label), FALSE);
      return;
    }

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "You are %u customer away from your customer number %u.",
                                       "You are %u customers away from your customer number %u.",
                                       next - total), next - total, next);
  shown = cherish_calendar_digits (text);
  gtk_label_set_label (self->shop_label, shown);
  gtk_widget_set_visible (GTK_WIDGET (self->shop_label), TRUE);
}

/* ------------------------------------------------------------------ */
/* Signal callbacks                                                    */
/* ------------------------------------------------------------------ */

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *photo = gtk_picture_new ();

  /* The photo of a celebration done, when the customer agreed to one. */
  gtk_widget_set_size_request (photo, 48, 48);
  gtk_widget_set_valign (photo, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (photo, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (photo), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Photo of the celebration"), -1);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (row, "occasion-row");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_box_append (GTK_BOX (row), photo);
  gtk_box_append (GTK_BOX (row), box);
  gtk_list_item_set_child (item, row);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            CherishCelebrationsPage  *self)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkPicture *photo = GTK_PICTURE (gtk_widget_get_first_child (row));
  GtkWidget *box = gtk_widget_get_next_sibling (GTK_WIDGET (photo));
  GtkLabel *title = GTK_LABEL (gtk_widget_get_first_child (box));
  GtkLabel *subtitle = GTK_LABEL (gtk_widget_get_next_sibling (GTK_WIDGET (title)));
  gpointer object = gtk_list_item_get_item (item);
  g_autoptr(GdkPaintable) thumbnail = NULL;

  if (CHERISH_IS_OCCASION (object))
    thumbnail = occasion_photo (self, object);
  gtk_picture_set_paintable (photo, thumbnail);
  gtk_widget_set_visible (GTK_WIDGET (photo), thumbnail != NULL);

  if (GTK_IS_STRING_OBJECT (object))
    {
      gtk_label_set_label (title, gtk_string_object_get_string (object));
      gtk_widget_add_css_class (GTK_WIDGET (title), "heading");
      gtk_widget_add_css_class (row, "week-heading");
      gtk_widget_set_visible (GTK_WIDGET (subtitle), FALSE);
      gtk_list_item_set_activatable (item, FALSE);
    }
  else
    {
      CherishOccasion *occasion = object;
      g_autofree char *what = cherish_occasion_title (occasion);
      g_autofree char *line = NULL;
      g_autofree char *when = occasion_subtitle (self, occasion);
      g_autofree char *shown = cherish_calendar_digits (when);

      /* A Persian name in an English line (or the other way round) does
       * not turn the line around. */
      if (cherish_occasion_get_customer_name (occasion) != NULL)
        {
          g_autofree char *after = g_strconcat (" — ", what, NULL);

          line = cherish_line_typed_first (cherish_occasion_get_customer_name (occasion), after);
        }
      else
        line = g_strdup (what);
      {
        g_autofree char *digits = cherish_calendar_digits (line);

        gtk_label_set_label (title, digits);
      }
      gtk_widget_remove_css_class (GTK_WIDGET (title), "heading");
      gtk_widget_remove_css_class (row, "week-heading");
      gtk_label_set_label (subtitle, shown);
      gtk_widget_set_visible (GTK_WIDGET (subtitle), TRUE);
      gtk_list_item_set_activatable (item, cherish_occasion_get_customer_id (occasion) > 0);
    }
}

static void
on_filter_changed_cb (CherishCelebrationsPage *self)
{
  if (self->milestones != NULL)
    cherish_celebrations_page_reload (self);
}

static void
on_occasion_activated_cb (CherishCelebrationsPage *self,
                          guint                    position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);
  g_autoptr(CherishCelebration) plan = NULL;
  g_autoptr(GError) error = NULL;
  CherishCelebrationDialog *dialog;

  if (!CHERISH_IS_OCCASION (item) || cherish_occasion_get_customer_id (CHERISH_OCCASION (item)) <= 0)
    return;

  plan = cherish_celebration_store_plan (self->celebrations, CHERISH_OCCASION (item), &error);
  if (plan == NULL)
    {
      g_warning ("%s", error->message);
      return;
    }

  dialog = cherish_celebration_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                           self->database, self->clock, CHERISH_OCCASION (item),
                                           plan);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */
/* ------------------------------------------------------------------ */

static void
cherish_celebrations_page_dispose (GObject *object)
{
  CherishCelebrationsPage *self = (CherishCelebrationsPage *) object;

  if (self->fill_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fill_id);
  self->fill_id = 0;
  g_clear_pointer (&self->filling, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CHERISH_TYPE_CELEBRATIONS_PAGE);
  g_clear_pointer (&self->plans, g_hash_table_unref);
  g_clear_pointer (&self->photos, g_hash_table_unref);
  g_clear_object (&self->items);
  g_clear_object (&self->customers);
  g_clear_object (&self->settings);
  g_clear_object (&self->celebrations);
  g_clear_object (&self->milestones);
  g_clear_object (&self->clock);
  cherish_page_read_clear (&self->read);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (cherish_celebrations_page_parent_class)->dispose (object);
}

static gboolean fill_more (CherishCelebrationsPage *self,
                           gboolean                 all);
static void fill_done (CherishCelebrationsPage *self);

/* Hidden while filling: the rest at once (no rows to make off screen), so
 * that the read ends and the next one may begin. */
static void
cherish_celebrations_page_unmap (GtkWidget *widget)
{
  CherishCelebrationsPage *self = CHERISH_CELEBRATIONS_PAGE (widget);

  GTK_WIDGET_CLASS (cherish_celebrations_page_parent_class)->unmap (widget);
  if (self->fill_id == 0)
    return;
  gtk_widget_remove_tick_callback (widget, self->fill_id);
  self->fill_id = 0;
  fill_more (self, TRUE);
  fill_done (self);
}

static void
cherish_celebrations_page_class_init (CherishCelebrationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cherish_celebrations_page_dispose;
  widget_class->unmap = cherish_celebrations_page_unmap;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cherishapp/Cherish/cherish-celebrations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CherishCelebrationsPage, range_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CherishCelebrationsPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CherishCelebrationsPage, shop_label);
  gtk_widget_class_bind_template_child (widget_class, CherishCelebrationsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CherishCelebrationsPage, occasion_list);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_occasion_activated_cb);
}

/* The range the manager chose in Preferences: 7, 30 or 90 days ahead. */
static guint
default_range (CherishCelebrationsPage *self)
{
  int days = g_settings_get_int (self->settings, "celebrations-days");

  for (guint i = 0; i < G_N_ELEMENTS (range_days); i++)
    if (range_days[i][0] == 0 && range_days[i][1] == days - 1)
      return i;
  return 1;
}

static void
cherish_celebrations_page_init (CherishCelebrationsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  cherish_drop_down_let_shrink (self->range_dropdown);
  cherish_drop_down_let_shrink (self->kind_dropdown);

  self->items = g_list_store_new (G_TYPE_OBJECT);
  self->plans = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->photos = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->settings = g_settings_new (APP_ID);
  gtk_drop_down_set_selected (self->range_dropdown, default_range (self));

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  gtk_list_view_set_factory (self->occasion_list, factory);
  gtk_list_view_set_model (self->occasion_list,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items)))));
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */
/* ------------------------------------------------------------------ */

void
cherish_celebrations_page_setup (CherishCelebrationsPage *self,
                                 CherishDatabase         *database,
                                 CherishClock            *clock)
{
  g_return_if_fail (CHERISH_IS_CELEBRATIONS_PAGE (self));

  self->database = g_object_ref (database);
  self->clock = g_object_ref (clock);
  self->milestones = cherish_milestone_store_new (database, clock);
  self->celebrations = cherish_celebration_store_new (database, clock);
  self->customers = cherish_customer_store_new (database, clock);

  /* Whatever changes what is worth celebrating, or how it is planned. */
  for (guint i = 0; i < 4; i++)
    {
      static const char *signals[] = { "changed::customers", "changed::visits",
                                       "changed::life_events", "changed::celebrations" };

      static const char *keys[] = { "changed::tenure-thresholds", "changed::visit-thresholds",
                                    "changed::shop-thresholds", "changed::feb29-on-march1" };

      g_signal_connect_object (database, signals[i], G_CALLBACK (cherish_page_changed), self,
                               G_CONNECT_SWAPPED);
      /* And the rules the manager sets in Preferences. */
      g_signal_connect_object (self->settings, keys[i], G_CALLBACK (cherish_page_changed), self,
                               G_CONNECT_SWAPPED);
    }
  cherish_page_follow (GTK_WIDGET (self), (CherishReload) cherish_celebrations_page_reload);
}

/* ---- Reading, in a thread of its own --------------------------------- */

/* The occasions of the chosen days, read from a connection of the page's
 * own off the main thread: a month of a big shop has 12,000 of them
 * (30 to 80 ms to find). */
typedef struct
{
  CherishDatabase       *reader;
  CherishClock          *clock;
  CherishMilestoneRules  rules;
  GDate                  from;
  GDate                  to;
  CherishOccasionKind    kind;      /* NONE: every kind */
  GPtrArray             *occasions;
} Load;

static void
load_free (gpointer data)
{
  Load *load = data;

  g_clear_object (&load->reader);
  g_clear_object (&load->clock);
  g_clear_pointer (&load->occasions, g_ptr_array_unref);
  g_free (load);
}

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  Load *load = data;
  g_autoptr(CherishMilestoneStore) milestones = cherish_milestone_store_new (load->reader, load->clock);
  GError *error = NULL;

  load->occasions = cherish_milestone_store_find (milestones, &load->from, &load->to, &load->rules, &error);
  if (load->occasions == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* ---- Showing, on the main thread ------------------------------------- */

/* Adds to the list the next screenful of what is left to fill, or (@all,
 * or once the view has its rows) the whole rest; whether all of it is in.
 * The list holds the first of self->filling, as many as it has items. */
static gboolean
fill_more (CherishCelebrationsPage *self,
           gboolean                 all)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint left = self->filling->len - n;
  guint take = all || n >= FILL_GRADUALLY_UP_TO ? left : MIN (left, FILL_EACH_FRAME);

  g_list_store_splice (self->items, n, 0, self->filling->pdata + n, take);
  return n + take == self->filling->len;
}

static gboolean
on_fill_tick (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  CherishCelebrationsPage *self = CHERISH_CELEBRATIONS_PAGE (widget);

  if (!fill_more (self, FALSE))
    return G_SOURCE_CONTINUE;
  self->fill_id = 0;
  fill_done (self);
  return G_SOURCE_REMOVE;
}

/* Puts @items (taken) in the list instead of what it shows: at once, or a
 * screenful a frame while the view has not made its rows yet (see
 * FILL_EACH_FRAME; a list that long already is replaced at once, and
 * keeps its place). Returns: whether they are all in already. */
static gboolean
fill (CherishCelebrationsPage *self,
      GPtrArray               *items)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  gboolean gradually = gtk_get_major_version () == 4 && gtk_get_minor_version () < 12 &&
                       gtk_widget_get_mapped (GTK_WIDGET (self)) && shown < FILL_GRADUALLY_UP_TO;
  guint first = gradually ? MIN (items->len, FILL_EACH_FRAME) : items->len;

  g_clear_pointer (&self->filling, g_ptr_array_unref);
  self->filling = items;
  g_list_store_splice (self->items, 0, shown, items->pdata, first);
  if (first == items->len)
    {
      g_clear_pointer (&self->filling, g_ptr_array_unref);
      return TRUE;
    }
  self->fill_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), on_fill_tick, NULL, NULL);
  return FALSE;
}

/* The occasions read, under a heading before each week. Returns: whether
 * the list holds them all already (else fill_done() comes later). */
static gboolean
show_occasions (CherishCelebrationsPage *self,
                Load                    *load)
{
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *from_text = cherish_date_format (&load->from);
  g_autofree char *to_text = cherish_date_format (&load->to);
  g_autofree char *heading = NULL;
  g_autofree char *heading_date = NULL;

  load_plans (self, from_text, to_text);

  /* A heading before each week: worked out once per day, not once per
   * occasion (a month of a big shop has 12,000 on 30 days). */
  for (guint i = 0; i < load->occasions->len; i++)
    {
      CherishOccasion *occasion = load->occasions->pdata[i];
      const char *date = cherish_occasion_get_date (occasion);

      if (load->kind != CHERISH_OCCASION_NONE && cherish_occasion_get_kind (occasion) != load->kind)
        continue;

      if (heading == NULL || g_strcmp0 (date, heading_date) != 0)
        {
          g_autofree char *week = week_heading (self, date);

          g_free (heading_date);
          heading_date = g_strdup (date);
          if (g_strcmp0 (week, heading) != 0)
            {
              g_ptr_array_add (shown, gtk_string_object_new (week));
              g_free (heading);
              heading = g_steal_pointer (&week);
            }
        }
      g_ptr_array_add (shown, g_object_ref (occasion));
    }

  gtk_stack_set_visible_child_name (self->stack, shown->len > 0 ? "list" : "empty");
  update_shop_label (self, &load->rules);
  return fill (self, g_steal_pointer (&shown));
}

static void
on_loaded (gpointer      page,
           GAsyncResult *result)
{
  CherishCelebrationsPage *self = CHERISH_CELEBRATIONS_PAGE (page);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_warning ("Could not read the occasions: %s", error->message);
  else if (self->database != NULL && !show_occasions (self, g_task_get_task_data (G_TASK (result))))
    return;   /* still filling the list: fill_done() ends the read */
  fill_done (self);
}

/* The list shows the whole read: the next one may begin. */
static void
fill_done (CherishCelebrationsPage *self)
{
  g_clear_pointer (&self->filling, g_ptr_array_unref);
  if (cherish_page_read_done (self, &self->read) && self->database != NULL)
    cherish_celebrations_page_reload (self);
}

/**
 * cherish_celebrations_page_reload:
 *
 * Reads the occasions and plans of the chosen days again, in a thread of
 * its own; the page shows them when it has them (and reads once more if
 * asked meanwhile).
 */
void
cherish_celebrations_page_reload (CherishCelebrationsPage *self)
{
  guint range = MIN (gtk_drop_down_get_selected (self->range_dropdown), G_N_ELEMENTS (range_days) - 1);
  guint kind_index = MIN (gtk_drop_down_get_selected (self->kind_dropdown), G_N_ELEMENTS (kinds) - 1);
  CherishDatabase *reader;
  GDate today;
  Load *load;

  g_return_if_fail (CHERISH_IS_CELEBRATIONS_PAGE (self));

  if (self->database == NULL ||
      (reader = cherish_page_read_start (self, &self->read, self->database, "the occasions")) == NULL)
    return;

  load = g_new0 (Load, 1);
  load->reader = g_object_ref (reader);
  load->clock = g_object_ref (self->clock);
  load->kind = kinds[kind_index];
  cherish_shop_settings_rules (&load->rules);
  cherish_clock_get_today (self->clock, &today);
  load->from = today;
  load->to = today;
  if (range_days[range][0] < 0)
    g_date_subtract_days (&load->from, -range_days[range][0]);
  if (range_days[range][1] < 0)
    g_date_subtract_days (&load->to, -range_days[range][1]);
  else
    g_date_add_days (&load->to, range_days[range][1]);

  cherish_widget_run_in_thread (self, cherish_celebrations_page_reload, load_in_thread, load, load_free,
                                on_loaded);
}

/**
 * cherish_celebrations_page_get_items:
 *
 * Returns: (transfer none): headings and occasions, as listed
 */
GListModel *
cherish_celebrations_page_get_items (CherishCelebrationsPage *self)
{
  g_return_val_if_fail (CHERISH_IS_CELEBRATIONS_PAGE (self), NULL);

  return G_LIST_MODEL (self->items);
}
