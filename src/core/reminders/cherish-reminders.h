/* cherish-reminders.h — what to remind the manager of, now
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-clock.h"
#include "cherish-database.h"
#include "cherish-milestones.h"
#include "cherish-reminder.h"

G_BEGIN_DECLS

/* Reminders that fell due more than this many days ago are not sent any more. */
#define CHERISH_REMINDERS_CATCH_UP_DAYS 14
#define CHERISH_REMINDERS_MAX_LEAD_DAYS 90

/**
 * CherishReminderSettings:
 * @lead_days: by #CherishOccasionKind, how many days ahead to be reminded
 *   (besides on the day; 0: on the day only)
 * @quiet_from: minute of the day quiet hours start (nothing is sent)
 * @quiet_until: minute of the day they end; equal to @quiet_from: none
 * @milestones: what is worth celebrating
 */
typedef struct
{
  guint                 lead_days[CHERISH_OCCASION_SHOP_MILESTONE + 1];
  guint                 quiet_from;
  guint                 quiet_until;
  CherishMilestoneRules milestones;
} CherishReminderSettings;

void     cherish_reminder_settings_init_default (CherishReminderSettings       *settings);
gboolean cherish_reminder_settings_is_quiet     (const CherishReminderSettings *settings,
                                                 GDateTime                     *now);

/**
 * CherishRemindersReady:
 *
 * Asked by cherish_reminders_check_full() once something may be due, and
 * before anything is claimed: whether the reminders can be delivered now
 * (a notification server answers). %FALSE leaves them due.
 */
typedef gboolean (*CherishRemindersReady) (gpointer user_data);

#define CHERISH_TYPE_REMINDERS (cherish_reminders_get_type ())

G_DECLARE_FINAL_TYPE (CherishReminders, cherish_reminders, CHERISH, REMINDERS, GObject)

CherishReminders *cherish_reminders_new      (CherishDatabase                *database,
                                              CherishClock                   *clock);
GPtrArray        *cherish_reminders_list_due (CherishReminders               *self,
                                              const CherishReminderSettings  *settings,
                                              GError                        **error);
GPtrArray        *cherish_reminders_list_missed (CherishReminders            *self,
                                                 const CherishReminderSettings *settings,
                                                 guint                        days,
                                                 GError                     **error);
GPtrArray        *cherish_reminders_check    (CherishReminders               *self,
                                              const CherishReminderSettings  *settings,
                                              GError                        **error);
GPtrArray        *cherish_reminders_check_full (CherishReminders             *self,
                                                const CherishReminderSettings *settings,
                                                CherishRemindersReady         ready,
                                                gpointer                      user_data,
                                                GError                      **error);
gboolean          cherish_reminders_snooze   (CherishReminders               *self,
                                              const char                     *key,
                                              GError                        **error);
gboolean          cherish_reminders_done     (CherishReminders               *self,
                                              const char                     *key,
                                              GError                        **error);

G_END_DECLS
