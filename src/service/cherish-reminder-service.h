/* cherish-reminder-service.h — checks reminders and runs the follow-up rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cherish-database.h"
#include "cherish-notifier.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_REMINDER_SERVICE (cherish_reminder_service_get_type ())

G_DECLARE_FINAL_TYPE (CherishReminderService, cherish_reminder_service, CHERISH,
                      REMINDER_SERVICE, GObject)

CherishReminderService *cherish_reminder_service_new          (GActionGroup           *actions,
                                                               CherishDatabase        *database);
guint                   cherish_reminder_service_check        (CherishReminderService *self);
void                    cherish_reminder_service_check_and_hold (CherishReminderService *self,
                                                                 GApplication           *app);
void                    cherish_reminder_service_start        (CherishReminderService *self);
guint                   cherish_reminder_service_apply_rules  (CherishReminderService *self);
gboolean                cherish_reminder_service_snooze       (CherishReminderService *self,
                                                               const char             *key,
                                                               GError                **error);
gboolean                cherish_reminder_service_done         (CherishReminderService *self,
                                                               const char             *key,
                                                               GError                **error);
CherishNotifier        *cherish_reminder_service_get_notifier (CherishReminderService *self);

G_END_DECLS
