/* cherish-reminder-store.h — the reminders' sent-log and lead times
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-reminder.h"
#include "cherish-store.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_REMINDER_STORE (cherish_reminder_store_get_type ())

G_DECLARE_FINAL_TYPE (CherishReminderStore, cherish_reminder_store, CHERISH, REMINDER_STORE,
                      CherishStore)

CherishReminderStore *cherish_reminder_store_new       (CherishDatabase       *database,
                                                        CherishClock          *clock);
GPtrArray            *cherish_reminder_store_claim     (CherishReminderStore  *self,
                                                        GPtrArray             *due,
                                                        gint64                 stamp,
                                                        gboolean               again,
                                                        gboolean               recorded,
                                                        GError               **error);
GDateTime            *cherish_reminder_store_get_last_check   (CherishReminderStore  *self,
                                                               gint64                *seen_stamp,
                                                               GError               **error);
gint64                cherish_reminder_store_get_change_stamp (CherishReminderStore  *self,
                                                               GError               **error);
gboolean              cherish_reminder_store_claim_care_day   (CherishReminderStore  *self,
                                                               const GDate           *today,
                                                               GError               **error);
gboolean              cherish_reminder_store_has_snooze_ended (CherishReminderStore  *self,
                                                               GDateTime             *now,
                                                               GError               **error);
gboolean              cherish_reminder_store_mark_done (CherishReminderStore  *self,
                                                        const char            *key,
                                                        GError               **error);
gboolean              cherish_reminder_store_snooze    (CherishReminderStore  *self,
                                                        const char            *key,
                                                        guint                  days,
                                                        GError               **error);
gboolean              cherish_reminder_store_set_lead  (CherishReminderStore  *self,
                                                        gint64                 customer_id,
                                                        int                    days,
                                                        GError               **error);
int                   cherish_reminder_store_get_lead  (CherishReminderStore  *self,
                                                        gint64                 customer_id,
                                                        GError               **error);
GHashTable           *cherish_reminder_store_get_leads (CherishReminderStore  *self,
                                                        GError               **error);

G_END_DECLS
