/* cherish-customer-points.c — a customer's points, tier and ledger
 *
 * On the customer's page: the balance and tier (with the points or visits
 * of the last 12 months), Redeem (a reward from the catalogue), Adjust (by
 * hand, with a reason and who), Brought a Friend (the referral bonus), and
 * the latest movements, each of which can be reversed once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer-points"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-customer-points.h"
#include "cherish-customer-store.h"
#include "cherish-error.h"
#include "cherish-form-dialog.h"
#include "cherish-labels.h"
#include "cherish-points-entry.h"
#include "cherish-points-store.h"
#include "cherish-reward.h"
#include "cherish-staff-store.h"
#include "cherish-tier-store.h"
#include "cherish-text.h"
#include "cherish-widget-util.h"

#define HISTORY 10

struct _CherishCustomerPoints
{
  AdwPreferencesGroup   parent_instance;

  CherishClock         *clock;
  CherishPointsStore   *points;
  CherishTierStore     *tiers;
  CherishStaffStore    *staff;
  CherishCustomerStore *customers;
  GPtrArray            *rows;
  gint64                customer_id;

  AdwActionRow         *balance_row;
  GtkLabel             *message;
};

G_DEFINE_FINAL_TYPE (CherishCustomerPoints, cherish_customer_points, ADW_TYPE_PREFERENCES_GROUP)

static void
cherish_customer_points_dispose (GObject *object)
{
  CherishCustomerPoints *self = (CherishCustomerPoints *) object;

  g_clear_object (&self->points);
  g_clear_object (&self->tiers);
  g_clear_object (&self->staff);
  g_clear_object (&self->customers);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (cherish_customer_points_parent_class)->dispose (object);
}

static void
cherish_customer_points_class_init (CherishCustomerPointsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cherish_customer_points_dispose;
}

/* "+10 · Visit", "−50 · Free coffee", "+100 · Birthday week"… */
static char *
entry_title (CherishPointsEntry *entry)
{
  const char *kind = cherish_points_entry_get_kind (entry);
  const char *bonus = cherish_points_entry_get_bonus (entry);
  const char *what;
  g_autofree char *owned = NULL;

  if (g_strcmp0 (kind, "redeemed") == 0)
    what = owned = g_strdup_printf (_("Redeemed: %s"), cherish_points_entry_get_reward_name (entry) ?: "");
  else if (g_strcmp0 (kind, "expired") == 0)
    what = _("Expired");
  else if (g_strcmp0 (kind, "reversed") == 0)
    what = _("Reversal");
  else if (g_strcmp0 (kind, "adjusted") == 0)
    what = owned = g_strdup_printf (_("Adjusted: %s"), cherish_points_entry_get_reason (entry));
  else if (bonus != NULL && g_str_has_prefix (bonus, "birthday"))
    what = _("Birthday week");
  else if (bonus != NULL && g_str_has_prefix (bonus, "event"))
    what = _("Came to an event");
  else if (bonus != NULL && g_str_has_prefix (bonus, "referral"))
    what = _("Brought a friend");
  else if (cherish_points_entry_get_visit_id (entry) > 0)
    what = _("Visit");
  else
    what = _("Earned");
  /* Translators: a movement of points: how many (with its sign), then what */
  return g_strdup_printf (_("%+d · %s"), (int) cherish_points_entry_get_points (entry), what);
}

static void
say (CherishCustomerPoints *self,
     const GError          *error)
{
  gtk_label_set_label (self->message, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), error != NULL);
}

static void
on_reverse (GtkButton             *button,
            CherishCustomerPoints *self)
{
  g_autoptr(GError) error = NULL;

  cherish_points_store_reverse (self->points, cherish_widget_get_id (button), &error);
  say (self, error);
}

static void
reload (CherishCustomerPoints *self)
{
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *tier = NULL;
  g_autofree char *title = NULL;
  g_autofree char *measure_text = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  gint64 balance, measure = 0;

  cherish_group_clear (ADW_PREFERENCES_GROUP (self), self->rows);
  if (self->points == NULL || self->customer_id <= 0)
    return;
  balance = cherish_points_store_get_balance (self->points, self->customer_id, NULL);
  tier = cherish_tier_store_tier_of (self->tiers, self->customer_id, &measure, NULL);
  title = cherish_points_text (balance);
  measure_text = cherish_tier_store_get_basis (self->tiers) == CHERISH_TIER_BASIS_VISITS
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d visit in 12 months", "%d visits in 12 months",
                                    (int) measure), (int) measure)
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d point earned in 12 months",
                                    "%d points earned in 12 months", (int) measure), (int) measure);
  /* A customer's tier, then what it is measured by. */
  subtitle = g_strconcat (tier != NULL ? tier : _("No tier"), cherish_separator (), measure_text, NULL);
  {
    g_autofree char *digits = cherish_calendar_digits (title);
    g_autofree char *sub_digits = cherish_calendar_digits (subtitle);

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->balance_row), digits);
    adw_action_row_set_subtitle (self->balance_row, sub_digits);
  }

  zone = cherish_clock_get_timezone (self->clock);
  history = cherish_points_store_list_entries (self->points, self->customer_id, HISTORY, NULL);
  for (guint i = 0; history != NULL && i < history->len; i++)
    {
      CherishPointsEntry *entry = history->pdata[i];
      g_autofree char *what = entry_title (entry);
      g_autofree char *when = cherish_calendar_format_timestamp (cherish_points_entry_get_at (entry), zone);
      g_autofree char *subtitle_text = cherish_points_entry_get_reversed (entry)
        /* Translators: a movement of points that a later one undid: when, then "reversed" */
        ? g_strdup_printf (_("%s · reversed"), when) : g_strdup (when);
      GtkWidget *row = cherish_info_row_new (what, subtitle_text, 0);

      if (!cherish_points_entry_get_reversed (entry) &&
          g_strcmp0 (cherish_points_entry_get_kind (entry), "reversed") != 0)
        {
          GtkWidget *undo = cherish_row_button_new (NULL, _("Reverse this movement"),
                                                    cherish_points_entry_get_id (entry),
                                                    G_CALLBACK (on_reverse), self);

          gtk_button_set_icon_name (GTK_BUTTON (undo), "edit-undo-symbolic");
          gtk_widget_set_tooltip_text (undo, _("Reverse this movement"));
          gtk_widget_add_css_class (undo, "flat");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), undo);
        }
      cherish_group_add_row (ADW_PREFERENCES_GROUP (self), self->rows, row);
    }
}

static GtkWidget *
menu_button (GtkWidget  *box,
             const char *label,
             GCallback   clicked,
             gpointer    user_data)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_swapped (button, "clicked", clicked, user_data);
  gtk_box_append (GTK_BOX (box), button);
  return button;
}

static void
cherish_customer_points_init (CherishCustomerPoints *self)
{
  GtkWidget *redeem = gtk_button_new_with_mnemonic (_("_Redeem…"));
  GtkWidget *more;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Points"));

  gtk_widget_add_css_class (redeem, "flat");
  g_signal_connect_swapped (redeem, "clicked", G_CALLBACK (cherish_customer_points_redeem), self);
  menu_button (box, _("_Adjust…"), G_CALLBACK (cherish_customer_points_adjust), self);
  menu_button (box, _("_Brought a Friend…"), G_CALLBACK (cherish_customer_points_referral), self);
  more = cherish_more_button_new (box, _("More about points"), _("More about points"));
  gtk_box_append (GTK_BOX (suffix), redeem);
  gtk_box_append (GTK_BOX (suffix), more);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), suffix);

  self->balance_row = ADW_ACTION_ROW (adw_action_row_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->balance_row), "property");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->balance_row));
  self->message = cherish_error_label_new ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->message));
}

void
cherish_customer_points_setup (CherishCustomerPoints *self,
                               CherishDatabase       *database,
                               CherishClock          *clock)
{
  static const char *tables[] = { "changed::points_ledger", "changed::tiers", "changed::customer_tiers" };

  g_return_if_fail (CHERISH_IS_CUSTOMER_POINTS (self));

  self->clock = g_object_ref (clock);
  self->points = cherish_points_store_new (database, clock);
  self->tiers = cherish_tier_store_new (database, clock);
  self->staff = cherish_staff_store_new (database, clock);
  self->customers = cherish_customer_store_new (database, clock);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_signal_connect_object (database, tables[i], G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
}

void
cherish_customer_points_set_customer (CherishCustomerPoints *self,
                                      gint64                 customer_id)
{
  g_return_if_fail (CHERISH_IS_CUSTOMER_POINTS (self));

  self->customer_id = customer_id;
  say (self, NULL);
  reload (self);
}

static GtkWidget *
combo_row (CherishFormDialog *dialog,
           const char        *field,
           const char        *title,
           GtkStringList     *names)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  return cherish_form_dialog_add_row (dialog, field, row);
}

typedef struct
{
  CherishCustomerPoints *self;
  GPtrArray             *choices;     /* rewards, or staff */
  AdwComboRow           *row;
  GtkSwitch             *below_zero;
} Form;

static void
form_free (gpointer data)
{
  Form *form = data;

  g_clear_pointer (&form->choices, g_ptr_array_unref);
  g_free (form);
}

static gboolean
redeem (CherishFormDialog  *dialog,
        gpointer            user_data,
        GError            **error)
{
  Form *form = user_data;
  guint chosen = adw_combo_row_get_selected (form->row);

  if (form->choices == NULL || chosen >= form->choices->len)
    {
      cherish_set_invalid (error, "reward", _("Reward: add rewards on the Rewards page first."));
      return FALSE;
    }
  return cherish_points_store_redeem (form->self->points, form->self->customer_id,
                                      cherish_reward_get_id (form->choices->pdata[chosen]), error) > 0;
}

/**
 * cherish_customer_points_redeem:
 *
 * Returns: (transfer none): the dialog to spend points on a reward, presented
 */
GtkWidget *
cherish_customer_points_redeem (CherishCustomerPoints *self)
{
  Form *form = g_new0 (Form, 1);
  CherishFormDialog *dialog = cherish_form_dialog_new (GTK_WIDGET (self), _("Redeem Points"), _("_Redeem"),
                                                       redeem, form, form_free);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *intro = NULL;
  g_autofree char *intro_digits = NULL;
  gint64 balance;

  form->self = self;
  balance = cherish_points_store_get_balance (self->points, self->customer_id, NULL);
  intro = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "They have %d point.", "They have %d points.",
                                        (int) balance), (int) balance);
  intro_digits = cherish_calendar_digits (intro);
  cherish_form_dialog_set_intro (dialog, intro_digits);
  form->choices = cherish_points_store_list_rewards (self->points, TRUE, NULL);
  for (guint i = 0; form->choices != NULL && i < form->choices->len; i++)
    {
      CherishReward *reward = form->choices->pdata[i];
      g_autofree char *price = cherish_points_text (cherish_reward_get_cost (reward));
      g_autofree char *name = cherish_text_isolate (cherish_reward_get_name (reward));
      /* Translators: a reward to choose, then what it costs */
      g_autofree char *text = g_strdup_printf (_("%s — %s"), name, price);
      g_autofree char *line = cherish_line_in_direction (text);
      g_autofree char *digits = cherish_calendar_digits (line);

      gtk_string_list_append (names, digits);
    }
  form->row = ADW_COMBO_ROW (combo_row (dialog, "reward", _("Reward"), names));
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}

static gboolean
adjust (CherishFormDialog  *dialog,
        gpointer            user_data,
        GError            **error)
{
  Form *form = user_data;
  guint chosen = adw_combo_row_get_selected (form->row);
  gint64 staff_id = chosen > 0 && form->choices != NULL && chosen <= form->choices->len
                    ? cherish_staff_get_id (form->choices->pdata[chosen - 1]) : 0;

  return cherish_points_store_adjust (form->self->points, form->self->customer_id,
                                      cherish_form_dialog_get_number (dialog, "points"),
                                      cherish_form_dialog_get_text (dialog, "reason"), staff_id,
                                      gtk_switch_get_active (form->below_zero), error) > 0;
}

/**
 * cherish_customer_points_adjust:
 *
 * Returns: (transfer none): the dialog to add or take points by hand, presented
 */
GtkWidget *
cherish_customer_points_adjust (CherishCustomerPoints *self)
{
  Form *form = g_new0 (Form, 1);
  CherishFormDialog *dialog = cherish_form_dialog_new (GTK_WIDGET (self), _("Adjust Points"), _("_Adjust"),
                                                       adjust, form, form_free);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *below_row = adw_action_row_new ();

  form->self = self;
  form->choices = cherish_staff_store_list (self->staff, TRUE, NULL);
  gtk_string_list_append (names, _("Not said"));
  for (guint i = 0; form->choices != NULL && i < form->choices->len; i++)
    gtk_string_list_append (names, cherish_staff_get_name (form->choices->pdata[i]));
  cherish_form_dialog_set_intro (dialog, _("Add points (a positive number) or take them (a negative one). "
                                           "The reason is kept in the ledger."));
  cherish_form_dialog_add_number (dialog, "points", _("Points"), NULL, -1000000, 1000000, 0);
  cherish_form_dialog_add_entry (dialog, "reason", _("Reason"), NULL);
  form->row = ADW_COMBO_ROW (combo_row (dialog, "staff", _("By"), names));
  form->below_zero = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (form->below_zero), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (below_row), _("May Go Below Zero"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (below_row), GTK_WIDGET (form->below_zero));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (below_row), GTK_WIDGET (form->below_zero));
  cherish_form_dialog_add_row (dialog, NULL, below_row);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}

static gboolean
referral (CherishFormDialog  *dialog,
          gpointer            user_data,
          GError            **error)
{
  CherishCustomerPoints *self = user_data;
  g_autofree char *text = g_strstrip (g_strdup (cherish_form_dialog_get_text (dialog, "friend")));
  CherishCustomerQuery query = { text, CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_FILTER_NONE };
  g_autoptr(GPtrArray) found = NULL;
  gint64 friend_id = 0;

  if (*text != '\0')
    found = cherish_customer_store_find (self->customers, &query, 0, 20, error);
  for (guint i = 0; found != NULL && i < found->len; i++)
    if (found->len == 1 || g_utf8_collate (cherish_customer_get_display_name (found->pdata[i]), text) == 0)
      friend_id = cherish_customer_get_id (found->pdata[i]);
  if (friend_id == 0)
    {
      if (error != NULL && *error != NULL)
        return FALSE;
      cherish_set_invalid (error, "friend", found != NULL && found->len > 1
                           ? _("Friend: more than one customer matches; type the whole name or the phone.")
                           : _("Friend: no customer by that name or phone. Add them first."));
      return FALSE;
    }
  return cherish_points_store_earn_for_referral (self->points, self->customer_id, friend_id, error) > 0;
}

/**
 * cherish_customer_points_referral:
 *
 * Returns: (transfer none): the dialog to give the referral bonus for a
 *   friend they brought, presented
 */
GtkWidget *
cherish_customer_points_referral (CherishCustomerPoints *self)
{
  CherishFormDialog *dialog = cherish_form_dialog_new (GTK_WIDGET (self), _("Brought a Friend"), _("_Give Points"),
                                                       referral, self, NULL);

  cherish_form_dialog_set_intro (dialog, _("The friend must be a customer already. Each friend counts once."));
  cherish_form_dialog_add_entry (dialog, "friend", _("Friend’s Name or Phone"), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}
