/* cherish-ideas-page.c — the staff idea board
 *
 * Whoever stands at the counter picks their name ("You Are"), suggests an
 * idea or votes for a colleague's; the manager approves or declines (with
 * a reason). New, Approved, Used (approved ideas celebrations have used)
 * and Declined, most votes first. With no idea yet, a page says what the
 * board is for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-ideas-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-error.h"
#include "cherish-form-dialog.h"
#include "cherish-idea-store.h"
#include "cherish-ideas-page.h"
#include "cherish-list-dialog.h"
#include "cherish-money.h"
#include "cherish-page-reading.h"
#include "cherish-shop-settings.h"
#include "cherish-staff-store.h"
#include "cherish-text.h"
#include "cherish-widget-util.h"

static const char * const kinds[] = {
  "birthday", "tenure", "nth-visit", "life-event", "shop-milestone", "event",
};

static const struct
{
  const char *status;
  const char *title;
} sections[] = {
  { "new", N_("New") },
  { "approved", N_("Approved") },
  { "used", N_("Used") },
  { "declined", N_("Declined") },
};

struct _CherishIdeasPage
{
  AdwBin               parent_instance;

  CherishIdeaStore    *ideas;
  CherishStaffStore   *staff;
  GPtrArray           *staff_list;        /* active staff, as in the voter row */
  GPtrArray           *rows;

  GtkWidget           *empty;
  AdwComboRow         *voter_row;
  AdwPreferencesGroup *groups[G_N_ELEMENTS (sections)];
  GListStore          *items[G_N_ELEMENTS (sections)];   /* every idea, for Show All */
  GtkLabel            *message;
};

/* At most this many ideas of a section; the rest behind "Show All". */
#define SHOWN 8

G_DEFINE_FINAL_TYPE (CherishIdeasPage, cherish_ideas_page, ADW_TYPE_BIN)

static void
cherish_ideas_page_dispose (GObject *object)
{
  CherishIdeasPage *self = (CherishIdeasPage *) object;

  g_clear_object (&self->ideas);
  g_clear_object (&self->staff);
  g_clear_pointer (&self->staff_list, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  for (guint s = 0; s < G_N_ELEMENTS (self->items); s++)
    g_clear_object (&self->items[s]);

  G_OBJECT_CLASS (cherish_ideas_page_parent_class)->dispose (object);
}

static void
cherish_ideas_page_class_init (CherishIdeasPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cherish_ideas_page_dispose;
}

/**
 * cherish_idea_kind_label:
 * @kind: an occasion kind as ideas keep it ("birthday", "event"…)
 *
 * Returns: (transfer none): its name for the manager
 */
const char *
cherish_idea_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "birthday") == 0)
    return _("Birthday");
  if (g_strcmp0 (kind, "tenure") == 0)
    return _("Years as a Customer");
  if (g_strcmp0 (kind, "nth-visit") == 0)
    return _("Milestone Visit");
  if (g_strcmp0 (kind, "life-event") == 0)
    return _("Life Event");
  if (g_strcmp0 (kind, "shop-milestone") == 0)
    return _("Shop Milestone");
  return _("Event");
}

static gint64
voter (CherishIdeasPage *self)
{
  guint selected = adw_combo_row_get_selected (self->voter_row);

  if (self->staff_list == NULL || selected >= self->staff_list->len)
    return 0;
  return cherish_staff_get_id (self->staff_list->pdata[selected]);
}

static void
say (CherishIdeasPage *self,
     const GError     *error)
{
  gtk_label_set_label (self->message, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), error != NULL);
}

static void
on_vote (GtkButton        *button,
         CherishIdeasPage *self)
{
  g_autoptr(GError) error = NULL;

  cherish_idea_store_vote (self->ideas, cherish_widget_get_id (button), voter (self), &error);
  say (self, error);
}

static void
on_approve (GtkButton        *button,
            CherishIdeasPage *self)
{
  g_autoptr(GError) error = NULL;

  cherish_idea_store_decide (self->ideas, cherish_widget_get_id (button), TRUE, NULL, &error);
  say (self, error);
}

typedef struct
{
  CherishIdeasPage *self;
  gint64            idea_id;
} Decline;

static gboolean
decline (CherishFormDialog  *dialog,
         gpointer            user_data,
         GError            **error)
{
  Decline *data = user_data;

  return cherish_idea_store_decide (data->self->ideas, data->idea_id, FALSE,
                                    cherish_form_dialog_get_text (dialog, "comment"), error);
}

static void
decline_idea (CherishIdeasPage *self,
              gint64            idea_id)
{
  Decline *data = g_new0 (Decline, 1);
  CherishFormDialog *dialog;

  data->self = self;
  data->idea_id = idea_id;
  dialog = cherish_form_dialog_new (GTK_WIDGET (self), _("Decline Idea"), _("_Decline"), decline, data, g_free);
  cherish_form_dialog_set_intro (dialog, _("Say why, so the one who suggested it knows."));
  cherish_form_dialog_add_entry (dialog, "comment", _("Why"), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_decline (GtkButton        *button,
            CherishIdeasPage *self)
{
  decline_idea (self, cherish_widget_get_id (button));
}

static char *
idea_subtitle (CherishIdea *idea)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(GStrv) fits = g_strsplit (cherish_idea_get_kinds (idea) ?: "", "\n", -1);
  int votes = (int) cherish_idea_get_votes (idea), used = (int) cherish_idea_get_used (idea);

  if (cherish_idea_get_staff_name (idea) != NULL)
    {
      /* A name in another script keeps its place among the words. */
      g_autofree char *isolated = cherish_text_isolate (cherish_idea_get_staff_name (idea));

      /* Translators: who suggested an idea */
      g_string_append_printf (text, _("by %s"), isolated);
    }
  g_string_append (text, text->len > 0 ? cherish_separator () : "");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d vote", "%d votes", votes), votes);
  if (used > 0)
    {
      g_string_append (text, cherish_separator ());
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "used %d time", "used %d times", used), used);
    }
  for (guint i = 0; fits[i] != NULL; i++)
    if (*fits[i] != '\0')
      g_string_append_printf (text, "%s%s", i == 0 ? cherish_separator () : _(", "), cherish_idea_kind_label (fits[i]));
  if (cherish_idea_get_cost_minor (idea) >= 0)
    {
      g_autofree char *cost = cherish_money_format (cherish_idea_get_cost_minor (idea),
                                                    cherish_idea_get_currency (idea));

      g_string_append_printf (text, "%s%s", cherish_separator (), cost);
    }
  if (cherish_idea_get_description (idea) != NULL && *cherish_idea_get_description (idea) != '\0')
    g_string_append_printf (text, "\n%s", cherish_idea_get_description (idea));
  if (cherish_idea_get_comment (idea) != NULL && *cherish_idea_get_comment (idea) != '\0')
    /* Translators: the manager's comment on an idea */
    g_string_append_printf (text, "\n%s", cherish_idea_get_comment (idea));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_button (GtkWidget        *row,
            const char       *label,
            char             *accessible,
            CherishIdea      *idea,
            GCallback         clicked,
            CherishIdeasPage *self)
{
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             cherish_row_button_new (label, accessible, cherish_idea_get_id (idea), clicked, self));
  g_free (accessible);
}

static void
describe_idea (gpointer   item,
               gpointer   user_data,
               char     **title,
               char     **subtitle,
               gint64    *customer_id)
{
  *title = g_strdup (cherish_idea_get_title (item));
  *subtitle = idea_subtitle (item);
  *customer_id = 0;
}

static void
vote_item (gpointer item,
           gpointer user_data)
{
  CherishIdeasPage *self = user_data;
  g_autoptr(GError) error = NULL;

  cherish_idea_store_vote (self->ideas, cherish_idea_get_id (item), voter (self), &error);
  say (self, error);
}

static void
approve_item (gpointer item,
              gpointer user_data)
{
  CherishIdeasPage *self = user_data;
  g_autoptr(GError) error = NULL;

  cherish_idea_store_decide (self->ideas, cherish_idea_get_id (item), TRUE, NULL, &error);
  say (self, error);
}

static void
decline_item (gpointer item,
              gpointer user_data)
{
  decline_idea (user_data, cherish_idea_get_id (item));
}

/* A whole section in a list, each idea with what its rows offer. */
static void
on_show_all (CherishIdeasPage *self,
             AdwActionRow     *row)
{
  guint s = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "section"));
  const CherishListAction actions[] = {
    { "emblem-favorite-symbolic", _("Vote"), vote_item },
    { "object-select-symbolic", _("Approve"), approve_item },
    { "window-close-symbolic", _("Decline…"), decline_item },
  };
  CherishListDialog *dialog;

  dialog = cherish_list_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                    _(sections[s].title), G_LIST_MODEL (self->items[s]), describe_idea,
                                    self, actions, s == 0 ? 3 : s < 3 ? 1 : 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reload (CherishIdeasPage *self)
{
  guint shown = 0;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (g_object_get_data (self->rows->pdata[i], "group"), self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);
  if (self->ideas == NULL)
    return;
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      g_autoptr(GPtrArray) list = cherish_idea_store_list (self->ideas, sections[s].status, NULL);

      g_list_store_remove_all (self->items[s]);
      if (list != NULL)
        g_list_store_splice (self->items[s], 0, 0, list->pdata, list->len);
      for (guint i = 0; list != NULL && i < MIN (list->len, SHOWN); i++)
        {
          CherishIdea *idea = list->pdata[i];
          g_autofree char *subtitle = idea_subtitle (idea);
          GtkWidget *row = cherish_info_row_new (cherish_idea_get_title (idea), subtitle, 0);

          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
          if (s < 3)
            /* Translators: a button's name for screen readers, %s is an idea */
            add_button (row, _("Vote"), g_strdup_printf (_("Vote for %s"), cherish_idea_get_title (idea)), idea, G_CALLBACK (on_vote), self);
          if (s == 0)
            {
              GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
              /* Translators: a menu button's name for screen readers, %s is an idea */
              g_autofree char *name = g_strdup_printf (_("Decide on %s"), cherish_idea_get_title (idea));

              gtk_box_append (GTK_BOX (box), cherish_row_button_new (_("Approve"), NULL, cherish_idea_get_id (idea),
                                                                     G_CALLBACK (on_approve), self));
              gtk_box_append (GTK_BOX (box), cherish_row_button_new (_("Decline…"), NULL,
                                                                     cherish_idea_get_id (idea),
                                                                     G_CALLBACK (on_decline), self));
              adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                         cherish_more_button_new (box, _("Approve or decline"), name));
            }
          g_object_set_data (G_OBJECT (row), "group", self->groups[s]);
          adw_preferences_group_add (self->groups[s], row);
          g_ptr_array_add (self->rows, row);
        }
      if (list != NULL && list->len > SHOWN)
        {
          GtkWidget *all = cherish_show_all_row_new (list->len, G_CALLBACK (on_show_all), self);

          g_object_set_data (G_OBJECT (all), "section", GUINT_TO_POINTER (s));
          g_object_set_data (G_OBJECT (all), "group", self->groups[s]);
          adw_preferences_group_add (self->groups[s], all);
          g_ptr_array_add (self->rows, all);
        }
      gtk_widget_set_visible (GTK_WIDGET (self->groups[s]), list != NULL && list->len > 0);
      shown += list != NULL ? list->len : 0;
    }
  gtk_widget_set_visible (self->empty, shown == 0);
}

static void
reload_staff (CherishIdeasPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 was = voter (self);
  guint keep = 0;

  g_clear_pointer (&self->staff_list, g_ptr_array_unref);
  self->staff_list = cherish_staff_store_list (self->staff, TRUE, NULL);
  for (guint i = 0; self->staff_list != NULL && i < self->staff_list->len; i++)
    {
      gtk_string_list_append (names, cherish_staff_get_name (self->staff_list->pdata[i]));
      if (cherish_staff_get_id (self->staff_list->pdata[i]) == was)
        keep = i;
    }
  adw_combo_row_set_model (self->voter_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->voter_row, keep);
}

/**
 * cherish_ideas_page_set_voter:
 *
 * Chooses who votes and suggests, as the "You Are" row does.
 */
void
cherish_ideas_page_set_voter (CherishIdeasPage *self,
                              gint64            staff_id)
{
  g_return_if_fail (CHERISH_IS_IDEAS_PAGE (self));

  for (guint i = 0; self->staff_list != NULL && i < self->staff_list->len; i++)
    if (cherish_staff_get_id (self->staff_list->pdata[i]) == staff_id)
      adw_combo_row_set_selected (self->voter_row, i);
}

static gboolean
suggest (CherishFormDialog  *dialog,
         gpointer            user_data,
         GError            **error)
{
  CherishIdeasPage *self = user_data;
  g_autofree char *currency = cherish_shop_settings_currency ();
  g_autoptr(GStrvBuilder) chosen = g_strv_builder_new ();
  g_auto(GStrv) fits = NULL;
  g_autofree char *cost_text = g_strstrip (g_strdup (cherish_form_dialog_get_text (dialog, "cost")));
  gint64 cost = -1;

  if (*cost_text != '\0' && !cherish_money_parse (cost_text, currency, &cost, NULL))
    {
      cherish_set_invalid (error, "cost", _("Cost: an amount of money, like 500000, or nothing."));
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      GtkCheckButton *check = g_object_get_data (G_OBJECT (dialog), kinds[i]);

      if (gtk_check_button_get_active (check))
        g_strv_builder_add (chosen, kinds[i]);
    }
  fits = g_strv_builder_end (chosen);
  if (voter (self) <= 0)
    {
      cherish_set_invalid (error, "staff", _("Staff: add your staff in Preferences first."));
      return FALSE;
    }
  return cherish_idea_store_suggest (self->ideas, cherish_form_dialog_get_text (dialog, "title"),
                                     cherish_form_dialog_get_text (dialog, "description"), cost,
                                     cost >= 0 ? currency : NULL, (const char * const *) fits, voter (self),
                                     error) > 0;
}

/**
 * cherish_ideas_page_suggest:
 *
 * Returns: (transfer none): the dialog for a new idea by whoever "You
 *   Are" names, presented
 */
GtkWidget *
cherish_ideas_page_suggest (CherishIdeasPage *self)
{
  CherishFormDialog *dialog = cherish_form_dialog_new (GTK_WIDGET (self), _("Suggest an Idea"), _("_Suggest"),
                                                       suggest, self, NULL);
  GtkWidget *fits_row = adw_action_row_new ();
  GtkWidget *flow = gtk_flow_box_new ();
  g_autofree char *intro = NULL;

  if (voter (self) > 0)
    intro = g_strdup_printf (_("Suggested by %s."), adw_combo_row_get_selected_item (self->voter_row) != NULL
                             ? gtk_string_object_get_string (adw_combo_row_get_selected_item (self->voter_row))
                             : "");
  cherish_form_dialog_set_intro (dialog, intro);
  cherish_form_dialog_add_entry (dialog, "title", _("Idea"), NULL);
  cherish_form_dialog_add_entry (dialog, "description", _("How It Goes"), NULL);
  cherish_form_dialog_add_entry (dialog, "cost", _("Rough Cost"), NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (fits_row), _("Fits"));
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_widget_set_margin_top (flow, 6);
  gtk_widget_set_margin_bottom (flow, 6);
  gtk_widget_set_hexpand (flow, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (cherish_idea_kind_label (kinds[i]));

      g_object_set_data (G_OBJECT (dialog), kinds[i], check);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), check);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (fits_row), flow);
  cherish_form_dialog_add_row (dialog, "kinds", fits_row);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}

static void
cherish_ideas_page_init (CherishIdeasPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *suggest_button = gtk_button_new_with_mnemonic (_("_Suggest an Idea"));
  AdwPreferencesGroup *who = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  self->rows = g_ptr_array_new ();
  gtk_widget_set_halign (suggest_button, GTK_ALIGN_START);
  gtk_widget_add_css_class (suggest_button, "suggested-action");
  gtk_widget_add_css_class (suggest_button, "pill");
  g_signal_connect_swapped (suggest_button, "clicked", G_CALLBACK (cherish_ideas_page_suggest), self);
  gtk_box_append (GTK_BOX (box), suggest_button);

  self->voter_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->voter_row), _("You Are"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->voter_row), _("Who suggests and votes"));
  adw_preferences_group_add (who, GTK_WIDGET (self->voter_row));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (who));
  self->message = cherish_error_label_new ();
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->message));

  self->empty = cherish_empty_state_new ("dialog-information-symbolic", _("No Ideas Yet"),
                                         _("Your staff see your customers every day. Let them suggest "
                                           "ways to show appreciation — flowers on a birthday, a card "
                                           "for ten years — vote for the best, and approve them here. "
                                           "Approved ideas are offered when you plan a celebration."),
                                         "ideas");
  gtk_box_append (GTK_BOX (box), self->empty);
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      self->groups[s] = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      self->items[s] = g_list_store_new (CHERISH_TYPE_IDEA);
      adw_preferences_group_set_title (self->groups[s], _(sections[s].title));
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->groups[s]));
    }
  adw_bin_set_child (ADW_BIN (self), cherish_scrolled_page_new (box));
}

void
cherish_ideas_page_setup (CherishIdeasPage *self,
                          CherishDatabase  *database,
                          CherishClock     *clock)
{
  static const char *tables[] = { "changed::ideas", "changed::celebrations" };

  g_return_if_fail (CHERISH_IS_IDEAS_PAGE (self));

  self->ideas = cherish_idea_store_new (database, clock);
  self->staff = cherish_staff_store_new (database, clock);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_signal_connect_object (database, tables[i], G_CALLBACK (cherish_page_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (database, "changed::staff", G_CALLBACK (reload_staff), self, G_CONNECT_SWAPPED);
  reload_staff (self);
  cherish_page_follow (GTK_WIDGET (self), (CherishReload) reload);
}
