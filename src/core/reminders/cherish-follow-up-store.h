/* cherish-follow-up-store.h — follow-ups in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-follow-up.h"
#include "cherish-store.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_FOLLOW_UP_STORE (cherish_follow_up_store_get_type ())

G_DECLARE_FINAL_TYPE (CherishFollowUpStore, cherish_follow_up_store, CHERISH,
                      FOLLOW_UP_STORE, CherishStore)

CherishFollowUpStore *cherish_follow_up_store_new          (CherishDatabase       *database,
                                                            CherishClock          *clock);
gboolean              cherish_follow_up_store_add          (CherishFollowUpStore  *self,
                                                            CherishFollowUp       *follow_up,
                                                            GError               **error);
guint                 cherish_follow_up_store_apply_rules  (CherishFollowUpStore  *self,
                                                            const CherishFollowUpRules *rules,
                                                            GError               **error);
gboolean              cherish_follow_up_store_close        (CherishFollowUpStore  *self,
                                                            gint64                 id,
                                                            CherishFollowUpState   state,
                                                            const char            *outcome,
                                                            GError               **error);
gboolean              cherish_follow_up_store_reopen       (CherishFollowUpStore  *self,
                                                            gint64                 id,
                                                            GError               **error);
gboolean              cherish_follow_up_store_snooze       (CherishFollowUpStore  *self,
                                                            gint64                 id,
                                                            guint                  days,
                                                            GError               **error);
CherishFollowUp      *cherish_follow_up_store_get          (CherishFollowUpStore  *self,
                                                            gint64                 id,
                                                            GError               **error);
GPtrArray            *cherish_follow_up_store_list_due     (CherishFollowUpStore  *self,
                                                            const char            *up_to,
                                                            GError               **error);
GPtrArray            *cherish_follow_up_store_list_due_between
                                                           (CherishFollowUpStore  *self,
                                                            const char            *from,
                                                            const char            *up_to,
                                                            GError               **error);
GPtrArray            *cherish_follow_up_store_list_for_customer
                                                           (CherishFollowUpStore  *self,
                                                            gint64                 customer_id,
                                                            GError               **error);

G_END_DECLS
