/* cherish-rewards-page.c — the reward catalogue, how points are earned, tiers
 *
 * Rewards: what points buy, with their cost, stock and whether they are
 * offered (a switch). Earning: the rules in force today — per visit, per
 * money spent (rounded down), birthday week, events, referrals — changed
 * from a day on; when points expire. Tiers: named thresholds of points or
 * visits in 12 months; Recalculate says who moved. Check Balances compares
 * every cached balance with the sum of its ledger rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-rewards-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-date.h"
#include "cherish-error.h"
#include "cherish-form-dialog.h"
#include "cherish-labels.h"
#include "cherish-money.h"
#include "cherish-page-reading.h"
#include "cherish-points-store.h"
#include "cherish-reward.h"
#include "cherish-alert.h"
#include "cherish-rewards-page.h"
#include "cherish-shop-settings.h"
#include "cherish-tier-store.h"
#include "cherish-widget-util.h"

#define MOVES_SHOWN 12

struct _CherishRewardsPage
{
  AdwBin               parent_instance;

  CherishClock        *clock;
  CherishPointsStore  *points;
  CherishTierStore    *tiers;
  GPtrArray           *reward_rows;
  GPtrArray           *rule_rows;
  GPtrArray           *tier_rows;

  AdwPreferencesGroup *rewards_group;
  AdwPreferencesGroup *rules_group;
  AdwPreferencesGroup *tiers_group;
  GtkSpinButton       *expiry_spin;
  AdwComboRow         *basis_row;
  AdwActionRow        *check_row;
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (CherishRewardsPage, cherish_rewards_page, ADW_TYPE_BIN)

static void
cherish_rewards_page_dispose (GObject *object)
{
  CherishRewardsPage *self = (CherishRewardsPage *) object;

  g_clear_object (&self->points);
  g_clear_object (&self->tiers);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->reward_rows, g_ptr_array_unref);
  g_clear_pointer (&self->rule_rows, g_ptr_array_unref);
  g_clear_pointer (&self->tier_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (cherish_rewards_page_parent_class)->dispose (object);
}

static void
cherish_rewards_page_class_init (CherishRewardsPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cherish_rewards_page_dispose;
}

static void
on_reward_active (GtkSwitch          *toggle,
                  GParamSpec         *pspec,
                  CherishRewardsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!cherish_points_store_set_reward_active (self->points, cherish_widget_get_id (toggle),
                                               gtk_switch_get_active (toggle), &error))
    g_warning ("Could not change the reward: %s", error->message);
}

static void
show_rewards (CherishRewardsPage *self)
{
  g_autoptr(GPtrArray) rewards = cherish_points_store_list_rewards (self->points, FALSE, NULL);

  cherish_group_clear (self->rewards_group, self->reward_rows);
  for (guint i = 0; rewards != NULL && i < rewards->len; i++)
    {
      CherishReward *reward = rewards->pdata[i];
      g_autofree char *price = cherish_points_text (cherish_reward_get_cost (reward));
      g_autofree char *left = cherish_reward_get_stock (reward) < 0
        ? g_strdup (_("no limit"))
        : g_strdup_printf (_("%d left"), (int) cherish_reward_get_stock (reward));
      /* A reward's cost, then how many are left. */
      g_autofree char *subtitle = g_strconcat (price, cherish_separator (), left, NULL);
      /* Translators: the switch that offers a reward, %s is its name */
      g_autofree char *label = g_strdup_printf (_("Offer %s"), cherish_reward_get_name (reward));
      GtkWidget *row = cherish_info_row_new (cherish_reward_get_name (reward), subtitle, 0);
      GtkWidget *toggle = gtk_switch_new ();

      gtk_switch_set_active (GTK_SWITCH (toggle), cherish_reward_get_active (reward));
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data (G_OBJECT (toggle), "id", GSIZE_TO_POINTER ((gsize) cherish_reward_get_id (reward)));
      g_signal_connect (toggle, "notify::active", G_CALLBACK (on_reward_active), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      cherish_group_add_row (self->rewards_group, self->reward_rows, row);
    }
  if (rewards == NULL || rewards->len == 0)
    cherish_group_add_row (self->rewards_group, self->reward_rows,
                           cherish_info_row_new (_("No rewards yet"),
                                                 _("Add what points buy: a free coffee, a treatment, a gift."),
                                                 0));
}

static void
add_rule_row (CherishRewardsPage *self,
              const char         *title,
              gint64              points,
              const char         *what)
{
  g_autofree char *subtitle = NULL;

  if (points <= 0)
    subtitle = g_strdup (_("Nothing"));
  else
    /* Translators: points given, then for what: "10 points for each visit" */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d point %s", "%d points %s", (int) points),
                                (int) points, what);
  cherish_group_add_row (self->rules_group, self->rule_rows, cherish_info_row_new (title, subtitle, 0));
}

static void
show_rules (CherishRewardsPage *self)
{
  g_autofree char *today = NULL;
  CherishPointsRules rules;
  GDate date;

  cherish_group_clear (self->rules_group, self->rule_rows);
  cherish_clock_get_today (self->clock, &date);
  today = cherish_date_format (&date);
  if (!cherish_points_store_get_rules (self->points, today, &rules, NULL))
    {
      cherish_group_add_row (self->rules_group, self->rule_rows,
                             cherish_info_row_new (_("No rules yet"),
                                                   _("Visits earn no points until you set how many."), 0));
      return;
    }
  add_rule_row (self, _("Visits"), rules.per_visit, _("for each visit"));
  if (rules.per_amount > 0)
    {
      g_autofree char *unit = cherish_money_format (rules.amount_unit, rules.currency);
      /* Translators: for every amount of money spent, "for every 100,000 IRR spent" */
      g_autofree char *what = g_strdup_printf (_("for every %s spent"), unit);

      add_rule_row (self, _("Spending"), rules.per_amount, what);
    }
  else
    add_rule_row (self, _("Spending"), 0, NULL);
  add_rule_row (self, _("Birthday Week"), rules.birthday_bonus, _("with the first visit"));
  add_rule_row (self, _("Events"), rules.event_bonus, _("for coming"));
  add_rule_row (self, _("Referrals"), rules.referral_bonus, _("for each friend brought"));
  {
    g_autofree char *since = cherish_calendar_format_iso (rules.starts_on);
    g_autofree char *text = g_strdup_printf (_("Since %s"), since);

    cherish_group_add_row (self->rules_group, self->rule_rows, cherish_info_row_new (text, NULL, 0));
  }
}

static void
on_remove_tier (GtkButton          *button,
                CherishRewardsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!cherish_tier_store_remove (self->tiers, cherish_widget_get_id (button), &error))
    g_warning ("Could not remove the tier: %s", error->message);
  else
    cherish_rewards_page_recalculate (self);
}

static GtkWidget *tier_dialog (CherishRewardsPage *self,
                               CherishTier        *tier);

static void
on_tier_activated (GtkListBoxRow      *row,
                   CherishRewardsPage *self)
{
  tier_dialog (self, g_object_get_data (G_OBJECT (row), "tier"));
}

static void
show_tiers (CherishRewardsPage *self)
{
  g_autoptr(GPtrArray) tiers = cherish_tier_store_list (self->tiers, NULL);
  gboolean visits = cherish_tier_store_get_basis (self->tiers) == CHERISH_TIER_BASIS_VISITS;

  cherish_group_clear (self->tiers_group, self->tier_rows);
  self->loading = TRUE;
  adw_combo_row_set_selected (self->basis_row, visits ? 1 : 0);
  self->loading = FALSE;
  for (guint i = 0; tiers != NULL && i < tiers->len; i++)
    {
      CherishTier *tier = tiers->pdata[i];
      int from = (int) cherish_tier_get_threshold (tier), n = (int) cherish_tier_get_n_customers (tier);
      g_autofree char *start = visits
        ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "From %d visit", "From %d visits", from), from)
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "From %d point", "From %d points", from), from);
      g_autofree char *members = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d customer", "%d customers", n),
                                                  n);
      /* A tier: where it starts, then how many are in it. */
      g_autofree char *subtitle = g_strconcat (start, cherish_separator (), members, NULL);
      /* Translators: a button's name for screen readers, %s is a tier */
      g_autofree char *label = g_strdup_printf (_("Remove %s"), cherish_tier_get_name (tier));
      GtkWidget *row = cherish_info_row_new (cherish_tier_get_name (tier), subtitle, 0);
      GtkWidget *remove = cherish_row_button_new (NULL, label, cherish_tier_get_id (tier),
                                                  G_CALLBACK (on_remove_tier), self);

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "tier", g_object_ref (tier), g_object_unref);
      g_signal_connect (row, "activated", G_CALLBACK (on_tier_activated), self);
      gtk_button_set_icon_name (GTK_BUTTON (remove), "user-trash-symbolic");
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, label);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      cherish_group_add_row (self->tiers_group, self->tier_rows, row);
    }
  if (tiers == NULL || tiers->len == 0)
    cherish_group_add_row (self->tiers_group, self->tier_rows,
                           cherish_info_row_new (_("No tiers yet"),
                                                 _("Name levels your regulars reach, like Silver and Gold."),
                                                 0));
}

static void
reload (CherishRewardsPage *self)
{
  if (self->points == NULL)
    return;
  show_rewards (self);
  show_rules (self);
  show_tiers (self);
  self->loading = TRUE;
  gtk_spin_button_set_value (self->expiry_spin, cherish_points_store_get_expiry_months (self->points));
  self->loading = FALSE;
}

static gboolean
add_reward (CherishFormDialog   *dialog,
            gpointer             user_data,
            GError             **error)
{
  CherishRewardsPage *self = user_data;
  gint64 stock = cherish_form_dialog_get_number (dialog, "stock");

  return cherish_points_store_add_reward (self->points, cherish_form_dialog_get_text (dialog, "name"),
                                          cherish_form_dialog_get_number (dialog, "cost"),
                                          stock > 0 ? stock : -1, error) > 0;
}

/**
 * cherish_rewards_page_add_reward:
 *
 * Returns: (transfer none): the dialog for a new reward, presented
 */
GtkWidget *
cherish_rewards_page_add_reward (CherishRewardsPage *self)
{
  CherishFormDialog *dialog = cherish_form_dialog_new (GTK_WIDGET (self), _("New Reward"), _("_Add"),
                                                       add_reward, self, NULL);

  cherish_form_dialog_add_entry (dialog, "name", _("Name"), NULL);
  cherish_form_dialog_add_number (dialog, "cost", _("Cost in Points"), NULL, 1, 1000000, 100);
  cherish_form_dialog_add_number (dialog, "stock", _("How Many There Are"), _("0: no limit"), 0, 100000, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}

static gboolean
save_rules (CherishFormDialog   *dialog,
            gpointer             user_data,
            GError             **error)
{
  CherishRewardsPage *self = user_data;
  g_autofree char *currency = cherish_shop_settings_currency ();
  const char *unit_text = cherish_form_dialog_get_text (dialog, "amount-unit");
  CherishPointsRules rules = { "", 0 };
  g_autofree char *starts_on = NULL;
  GDate today;

  cherish_clock_get_today (self->clock, &today);
  if (!cherish_form_dialog_get_date (dialog, "starts-on", &today, &starts_on, error))
    return FALSE;
  if (starts_on == NULL)
    {
      cherish_set_invalid (error, "starts-on", _("Starts on: say from which day."));
      return FALSE;
    }
  g_strlcpy (rules.starts_on, starts_on, sizeof rules.starts_on);
  rules.per_visit = cherish_form_dialog_get_number (dialog, "per-visit");
  rules.per_amount = cherish_form_dialog_get_number (dialog, "per-amount");
  rules.birthday_bonus = cherish_form_dialog_get_number (dialog, "birthday");
  rules.event_bonus = cherish_form_dialog_get_number (dialog, "event");
  rules.referral_bonus = cherish_form_dialog_get_number (dialog, "referral");
  g_strlcpy (rules.currency, currency, sizeof rules.currency);
  rules.amount_unit = 1;
  if (rules.per_amount > 0 && !cherish_money_parse (unit_text, currency, &rules.amount_unit, NULL))
    {
      cherish_set_invalid (error, "amount-unit", _("For every: an amount of money, like 100000."));
      return FALSE;
    }
  return cherish_points_store_set_rules (self->points, &rules, error);
}

/**
 * cherish_rewards_page_edit_rules:
 *
 * Returns: (transfer none): the dialog for the rules from a day on, filled
 *   with today's, presented
 */
GtkWidget *
cherish_rewards_page_edit_rules (CherishRewardsPage *self)
{
  CherishFormDialog *dialog = cherish_form_dialog_new (GTK_WIDGET (self), _("Points Rules"), _("_Save"),
                                                       save_rules, self, NULL);
  g_autofree char *currency = cherish_shop_settings_currency ();
  g_autofree char *unit = NULL;
  g_autofree char *today = NULL;
  g_autofree char *unit_title = NULL;
  CherishPointsRules rules = { "", 0, 0, 100000 };
  GDate date;

  cherish_clock_get_today (self->clock, &date);
  today = cherish_date_format (&date);
  cherish_points_store_get_rules (self->points, today, &rules, NULL);
  unit = g_strdup_printf ("%" G_GINT64_FORMAT, rules.amount_unit);
  /* Translators: %s is the shop's currency, like IRR */
  unit_title = g_strdup_printf (_("For Every (%s)"), currency);
  cherish_form_dialog_set_intro (dialog, _("The rules apply to visits from the day they start; points "
                                           "already earned stay as they are. Money earns whole points "
                                           "only: 1 point for every 100,000 gives 1 point for 199,999."));
  cherish_form_dialog_add_date (dialog, "starts-on", _("Starts On"), today);
  cherish_form_dialog_add_number (dialog, "per-visit", _("Points per Visit"), NULL, 0, 1000000, rules.per_visit);
  cherish_form_dialog_add_number (dialog, "per-amount", _("Points for Spending"), NULL, 0, 1000000,
                                  rules.per_amount);
  cherish_form_dialog_add_entry (dialog, "amount-unit", unit_title, unit);
  cherish_form_dialog_add_number (dialog, "birthday", _("Birthday Week Bonus"),
                                  _("With the first visit in the 7 days around the birthday"), 0, 1000000,
                                  rules.birthday_bonus);
  cherish_form_dialog_add_number (dialog, "event", _("Event Bonus"), _("For coming to an event"), 0, 1000000,
                                  rules.event_bonus);
  cherish_form_dialog_add_number (dialog, "referral", _("Referral Bonus"), _("For bringing a friend"), 0,
                                  1000000, rules.referral_bonus);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}

typedef struct
{
  CherishRewardsPage *self;
  gint64              tier_id;    /* 0: a new one */
} TierForm;

/* A tier added or changed: everyone's tier follows, and who moved is said. */
static gboolean
save_tier (CherishFormDialog   *dialog,
           gpointer             user_data,
           GError             **error)
{
  TierForm *form = user_data;
  const char *name = cherish_form_dialog_get_text (dialog, "name");
  gint64 threshold = cherish_form_dialog_get_number (dialog, "threshold");
  gboolean saved = form->tier_id > 0
                   ? cherish_tier_store_update (form->self->tiers, form->tier_id, name, threshold, error)
                   : cherish_tier_store_add (form->self->tiers, name, threshold, error) > 0;

  if (saved)
    cherish_rewards_page_recalculate (form->self);
  return saved;
}

static GtkWidget *
tier_dialog (CherishRewardsPage *self,
             CherishTier        *tier)
{
  TierForm *form = g_new0 (TierForm, 1);
  CherishFormDialog *dialog = cherish_form_dialog_new (GTK_WIDGET (self), tier != NULL ? _("Tier") : _("New Tier"),
                                                       tier != NULL ? _("_Save") : _("_Add"), save_tier, form,
                                                       g_free);

  form->self = self;
  form->tier_id = tier != NULL ? cherish_tier_get_id (tier) : 0;
  cherish_form_dialog_set_intro (dialog, _("Saving works out everyone’s tier again and says who moved."));
  cherish_form_dialog_add_entry (dialog, "name", _("Name"), tier != NULL ? cherish_tier_get_name (tier) : NULL);
  cherish_form_dialog_add_number (dialog, "threshold", _("Starts At"),
                                  cherish_tier_store_get_basis (self->tiers) == CHERISH_TIER_BASIS_VISITS
                                  ? _("Visits in the last 12 months") : _("Points earned in the last 12 months"),
                                  0, 1000000000, tier != NULL ? cherish_tier_get_threshold (tier) : 100);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}

/**
 * cherish_rewards_page_add_tier:
 *
 * Returns: (transfer none): the dialog for a new tier, presented
 */
GtkWidget *
cherish_rewards_page_add_tier (CherishRewardsPage *self)
{
  return tier_dialog (self, NULL);
}

/**
 * cherish_rewards_page_recalculate:
 *
 * Works out everyone's tier and says who moved.
 *
 * Returns: how many customers moved
 */
guint
cherish_rewards_page_recalculate (CherishRewardsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) moves = cherish_tier_store_recalculate (self->tiers, &error);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *heading = NULL;
  CherishAlert *dialog;
  guint up = 0;

  if (moves == NULL)
    {
      g_string_assign (body, error->message);
      heading = g_strdup (_("Tiers Not Recalculated"));
    }
  else
    {
      for (guint i = 0; i < moves->len; i++)
        {
          CherishTierMove *move = moves->pdata[i];

          up += cherish_tier_move_get_up (move);
          if (i < MOVES_SHOWN)
            /* Translators: who moved, from which tier to which: "Sara: Silver → Gold" */
            g_string_append_printf (body, _("%s: %s → %s\n"), cherish_tier_move_get_customer_name (move),
                                    cherish_tier_move_get_from_tier (move) ?: _("no tier"),
                                    cherish_tier_move_get_to_tier (move) ?: _("no tier"));
        }
      if (moves->len > MOVES_SHOWN)
        g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "…and %d more", "…and %d more",
                                                   (int) (moves->len - MOVES_SHOWN)),
                                (int) (moves->len - MOVES_SHOWN));
      /* Translators: after recalculating tiers: how many moved up, how many down */
      heading = g_strdup_printf (_("%d Moved Up, %d Moved Down"), (int) up, (int) (moves->len - up));
      if (moves->len == 0)
        g_string_assign (body, _("Everyone is in the tier they were in."));
    }
  {
    g_autofree char *digits = cherish_calendar_digits (heading);

    dialog = cherish_alert_new (digits, body->str);
  }
  cherish_alert_add_response (dialog, "close", _("_Close"));
  cherish_alert_present (dialog, GTK_WIDGET (self));
  return moves != NULL ? moves->len : 0;
}

static void
on_check (CherishRewardsPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 wrong = cherish_points_store_verify (self->points, &error);
  g_autofree char *text = NULL;

  if (wrong < 0)
    text = g_strdup (error->message);
  else if (wrong == 0)
    text = g_strdup (_("Every balance matches its ledger."));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d balance differs from its ledger.",
                                         "%d balances differ from their ledger.", (int) wrong), (int) wrong);
  adw_action_row_set_subtitle (self->check_row, text);
}

static void
on_expiry_changed (CherishRewardsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!self->loading &&
      !cherish_points_store_set_expiry_months (self->points, gtk_spin_button_get_value_as_int (self->expiry_spin),
                                               &error))
    g_warning ("Could not change the expiry: %s", error->message);
}

static void
on_basis_changed (CherishRewardsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!self->loading &&
      !cherish_tier_store_set_basis (self->tiers, adw_combo_row_get_selected (self->basis_row) == 1
                                                  ? CHERISH_TIER_BASIS_VISITS : CHERISH_TIER_BASIS_POINTS,
                                     &error))
    g_warning ("Could not change how tiers are measured: %s", error->message);
}

static AdwPreferencesGroup *
group_new (GtkWidget  *box,
           const char *title,
           const char *description,
           const char *button_label,
           GCallback   clicked,
           gpointer    user_data)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  adw_preferences_group_set_description (group, description);
  if (button_label != NULL)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (button_label);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      g_signal_connect_swapped (button, "clicked", clicked, user_data);
      adw_preferences_group_set_header_suffix (group, button);
    }
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (group));
  return group;
}

static GtkWidget *
button_row (const char *title,
            const char *button_label,
            GCallback   clicked,
            gpointer    user_data)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (button_label);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", clicked, user_data);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

static void
cherish_rewards_page_init (CherishRewardsPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  AdwPreferencesGroup *expiry_group, *ledger_group;
  GtkWidget *expiry_row = adw_action_row_new ();
  const char *bases[] = { N_("Points earned in 12 months"), N_("Visits in 12 months"), NULL };
  g_autoptr(GtkStringList) basis_names = gtk_string_list_new (NULL);

  self->reward_rows = g_ptr_array_new ();
  self->rule_rows = g_ptr_array_new ();
  self->tier_rows = g_ptr_array_new ();

  self->rewards_group = group_new (box, _("Rewards"), _("What your regulars can choose with their points"),
                                   _("_Add Reward"), G_CALLBACK (cherish_rewards_page_add_reward), self);
  self->rules_group = group_new (box, _("Earning Points"), NULL, _("_Change Rules"),
                                 G_CALLBACK (cherish_rewards_page_edit_rules), self);

  expiry_group = group_new (box, _("Expiry"), NULL, NULL, NULL, NULL);
  self->expiry_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 120, 1));
  gtk_widget_set_valign (GTK_WIDGET (self->expiry_spin), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->expiry_spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Points expire after (months)"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expiry_row), _("Points Expire After (Months)"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (expiry_row), _("Oldest points first; 0: never"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (expiry_row), GTK_WIDGET (self->expiry_spin));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (expiry_row), GTK_WIDGET (self->expiry_spin));
  g_signal_connect_swapped (self->expiry_spin, "value-changed", G_CALLBACK (on_expiry_changed), self);
  adw_preferences_group_add (expiry_group, expiry_row);

  self->tiers_group = group_new (box, _("Tiers"), NULL, _("Add _Tier"),
                                 G_CALLBACK (cherish_rewards_page_add_tier), self);
  for (guint i = 0; bases[i] != NULL; i++)
    gtk_string_list_append (basis_names, _(bases[i]));
  self->basis_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->basis_row), _("Measured By"));
  adw_combo_row_set_model (self->basis_row, G_LIST_MODEL (basis_names));
  g_signal_connect_swapped (self->basis_row, "notify::selected", G_CALLBACK (on_basis_changed), self);
  adw_preferences_group_add (self->tiers_group, GTK_WIDGET (self->basis_row));
  adw_preferences_group_add (self->tiers_group,
                             button_row (_("Who Is in Which Tier"), _("_Recalculate"),
                                         G_CALLBACK (cherish_rewards_page_recalculate), self));

  ledger_group = group_new (box, _("Ledger"), _("Every movement of points is kept; nothing is changed or "
                                                "deleted."), NULL, NULL, NULL);
  self->check_row = ADW_ACTION_ROW (button_row (_("Balances"), _("Chec_k"), G_CALLBACK (on_check), self));
  adw_preferences_group_add (ledger_group, GTK_WIDGET (self->check_row));

  adw_bin_set_child (ADW_BIN (self), cherish_scrolled_page_new (box));
}

void
cherish_rewards_page_setup (CherishRewardsPage *self,
                            CherishDatabase    *database,
                            CherishClock       *clock)
{
  static const char *tables[] = {
    "changed::rewards", "changed::points_rules", "changed::tiers", "changed::customer_tiers",
    "changed::loyalty_settings",
  };

  g_return_if_fail (CHERISH_IS_REWARDS_PAGE (self));

  self->clock = g_object_ref (clock);
  self->points = cherish_points_store_new (database, clock);
  self->tiers = cherish_tier_store_new (database, clock);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_signal_connect_object (database, tables[i], G_CALLBACK (cherish_page_changed), self, G_CONNECT_SWAPPED);
  cherish_page_follow (GTK_WIDGET (self), (CherishReload) reload);
}
