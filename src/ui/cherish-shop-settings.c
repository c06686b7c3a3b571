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
