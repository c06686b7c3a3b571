/* cherish-reminder.h — one thing to remind the manager of (plain value, no SQL)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cherish-enums.h"
#include "cherish-event.h"
#include "cherish-follow-up.h"
#include "cherish-occasion.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_REMINDER (cherish_reminder_get_type ())

G_DECLARE_FINAL_TYPE (CherishReminder, cherish_reminder, CHERISH, REMINDER, GObject)

CherishReminder     *cherish_reminder_new_for_occasion  (CherishOccasion  *occasion,
                                                         CherishReminderKind kind,
                                                         GDateTime        *due_at);
CherishReminder     *cherish_reminder_new_for_follow_up (CherishFollowUp  *follow_up,
                                                         GDateTime        *due_at);
CherishReminder     *cherish_reminder_new_for_event     (CherishEvent     *event,
                                                         GDateTime        *due_at);

const char          *cherish_reminder_get_key           (CherishReminder  *self);
CherishReminderKind  cherish_reminder_get_kind          (CherishReminder  *self);
gint64               cherish_reminder_get_customer_id   (CherishReminder  *self);
const char          *cherish_reminder_get_customer_name (CherishReminder  *self);
const char          *cherish_reminder_get_date          (CherishReminder  *self);
GDateTime           *cherish_reminder_get_due_at        (CherishReminder  *self);
CherishOccasion     *cherish_reminder_get_occasion      (CherishReminder  *self);
CherishFollowUp     *cherish_reminder_get_follow_up     (CherishReminder  *self);
CherishEvent        *cherish_reminder_get_event         (CherishReminder  *self);

gboolean             cherish_reminder_is_late           (CherishReminder  *self,
                                                         GDateTime        *now);
void                 cherish_reminder_describe          (CherishReminder  *self,
                                                         const GDate      *today,
                                                         char            **summary,
                                                         char            **body);
char                *cherish_reminder_one_line          (CherishReminder  *self,
                                                         const GDate      *today);

char                *cherish_reminder_key_on_the_day    (const char       *key);
gint64               cherish_reminder_key_follow_up_id  (const char       *key);
gint64               cherish_reminder_key_customer_id   (const char       *key);

G_END_DECLS
