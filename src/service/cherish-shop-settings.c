/* cherish-shop-settings.c — the shop's rules, from its settings
 *
 * The thresholds and the 29 February rule the manager set in Preferences;
 * a setting that does not parse (edited by hand) falls back to the
 * default, with a warning.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-shop-settings"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "cherish-database.h"
#include "cherish-money.h"
#include "cherish-shop-settings.h"

static void
read_steps (GSettings             *settings,
            const char            *key,
            CherishMilestoneSteps *steps)
{
  g_autofree char *text = g_settings_get_string (settings, key);
  g_autoptr(GError) error = NULL;

  if (!cherish_milestone_steps_parse (text, steps, &error))
    g_warning ("Setting %s: %s", key, error->message);
}

/**
 * cherish_shop_settings_rules:
 * @rules: (out caller-allocates): the milestone rules in force
 */
void
cherish_shop_settings_rules (CherishMilestoneRules *rules)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  cherish_milestone_rules_init_default (rules);
  read_steps (settings, "tenure-thresholds", &rules->tenure);
  read_steps (settings, "visit-thresholds", &rules->visits);
  read_steps (settings, "shop-thresholds", &rules->shop);
  rules->feb29_on_march1 = g_settings_get_boolean (settings, "feb29-on-march1");
}

/**
 * cherish_shop_settings_reminders:
 * @settings: (out caller-allocates): the reminder settings in force
 */
void
cherish_shop_settings_reminders (CherishReminderSettings *settings)
{
  static const struct { CherishOccasionKind kind; const char *key; } leads[] = {
    { CHERISH_OCCASION_BIRTHDAY, "lead-days-birthday" },
    { CHERISH_OCCASION_LIFE_EVENT, "lead-days-life-event" },
    { CHERISH_OCCASION_TENURE, "lead-days-tenure" },
    { CHERISH_OCCASION_NTH_VISIT, "lead-days-nth-visit" },
    { CHERISH_OCCASION_SHOP_MILESTONE, "lead-days-shop-milestone" },
  };
  g_autoptr(GSettings) gsettings = g_settings_new (APP_ID);

  cherish_reminder_settings_init_default (settings);
  for (guint i = 0; i < G_N_ELEMENTS (leads); i++)
    settings->lead_days[leads[i].kind] = g_settings_get_int (gsettings, leads[i].key);
  settings->quiet_from = g_settings_get_int (gsettings, "quiet-from") * 60;
  settings->quiet_until = g_settings_get_int (gsettings, "quiet-until") * 60;
  cherish_shop_settings_rules (&settings->milestones);
}

/**
 * cherish_shop_settings_follow_up_rules:
 * @rules: (out caller-allocates): the follow-up rules in force
 *
 * Returns: (transfer full): the currency @rules points to, to free after
 */
char *
cherish_shop_settings_follow_up_rules (CherishFollowUpRules *rules)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  char *currency = cherish_shop_settings_currency ();
  gint64 over = g_settings_get_int (settings, "follow-up-purchase-over");

  cherish_follow_up_rules_init_default (rules);
  for (guint i = cherish_money_decimals (currency); i > 0; i--)
    over *= 10;
  rules->purchase_over = over;
  rules->currency = currency;
  rules->purchase_days = g_settings_get_int (settings, "follow-up-purchase-days");
  rules->first_visit_days = g_settings_get_int (settings, "follow-up-first-visit-days");
  rules->not_seen_days = g_settings_get_int (settings, "follow-up-not-seen-days");
  rules->slipping = g_settings_get_boolean (settings, "follow-up-slipping");
  return currency;
}

/**
 * cherish_shop_settings_currency:
 *
 * Returns: (transfer full): the currency amounts are logged in ("IRR")
 */
char *
cherish_shop_settings_currency (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  return g_settings_get_string (settings, "currency");
}

/**
 * cherish_shop_settings_shop_name:
 *
 * Returns: (transfer full): the shop's name, maybe empty
 */
char *
cherish_shop_settings_shop_name (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  return g_settings_get_string (settings, "shop-name");
}

/**
 * cherish_shop_settings_country:
 *
 * Returns: (transfer full): the shop's country, "IR": as set in
 *   Preferences, else the territory of the locale (fa_IR → IR); empty when
 *   neither says
 */
char *
cherish_shop_settings_country (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *country = g_settings_get_string (settings, "country");
  const char *locale = setlocale (LC_MESSAGES, NULL);
  const char *underscore = locale != NULL ? strchr (locale, '_') : NULL;

  if (*country != '\0')
    return g_steal_pointer (&country);
  if (underscore == NULL || !g_ascii_isalpha (underscore[1]) || !g_ascii_isalpha (underscore[2]))
    return g_strdup ("");
  return g_ascii_strup (underscore + 1, 2);
}

/**
 * cherish_shop_settings_message_template:
 *
 * Returns: (transfer full): the shop's own template for @purpose, or
 *   Cherish's in the language it speaks
 */
char *
cherish_shop_settings_message_template (CherishMessagePurpose purpose)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GVariant) templates = g_settings_get_value (settings, "message-templates");
  const char *own = NULL;

  if (g_variant_lookup (templates, cherish_message_purpose_name (purpose), "&s", &own) && *own != '\0')
    return g_strdup (own);
  return g_strdup (cherish_message_default_template (purpose));
}

/**
 * cherish_shop_settings_set_message_template:
 * @text: (nullable): the shop's own template, or %NULL (or Cherish's own
 *   text) for Cherish's
 */
void
cherish_shop_settings_set_message_template (CherishMessagePurpose  purpose,
                                            const char            *text)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GVariant) templates = g_settings_get_value (settings, "message-templates");
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{ss}"));
  const char *name = cherish_message_purpose_name (purpose);
  GVariantIter iter;
  const char *key, *value;

  g_variant_iter_init (&iter, templates);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    if (!g_str_equal (key, name))
      g_variant_builder_add (&builder, "{ss}", key, value);
  if (text != NULL && *text != '\0' && g_strcmp0 (text, cherish_message_default_template (purpose)) != 0)
    g_variant_builder_add (&builder, "{ss}", name, text);
  g_settings_set_value (settings, "message-templates", g_variant_builder_end (&builder));
}

/**
 * cherish_shop_settings_location:
 *
 * Where the shop is kept when no --database is given: $CHERISH_DATABASE,
 * else the place chosen in Preferences → Storage, else the file in the
 * data folder.
 *
 * Returns: (transfer full): a file's path or a server's address
 */
char *
cherish_shop_settings_location (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *chosen = NULL;

  if (g_getenv ("CHERISH_DATABASE") != NULL && *g_getenv ("CHERISH_DATABASE") != '\0')
    return g_strdup (g_getenv ("CHERISH_DATABASE"));
  settings = g_settings_new (APP_ID);
  chosen = g_settings_get_string (settings, "shop-location");
  if (*chosen != '\0')
    return g_steal_pointer (&chosen);
  return cherish_database_default_path ();
}
