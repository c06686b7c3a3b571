/* cherish-shop-settings.h — the shop's rules, from its settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cherish-follow-up.h"
#include "cherish-message.h"
#include "cherish-milestones.h"
#include "cherish-reminders.h"

G_BEGIN_DECLS

void  cherish_shop_settings_rules           (CherishMilestoneRules   *rules);
void  cherish_shop_settings_reminders       (CherishReminderSettings *settings);
char *cherish_shop_settings_follow_up_rules (CherishFollowUpRules    *rules);
char *cherish_shop_settings_currency        (void);
char *cherish_shop_settings_location        (void);
char *cherish_shop_settings_shop_name       (void);
char *cherish_shop_settings_country         (void);
char *cherish_shop_settings_message_template (CherishMessagePurpose  purpose);
void  cherish_shop_settings_set_message_template (CherishMessagePurpose  purpose,
                                                  const char            *text);

G_END_DECLS
