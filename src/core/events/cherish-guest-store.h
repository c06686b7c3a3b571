/* cherish-guest-store.h — an event's guest list: invitations, capacity, check-in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-invitation.h"
#include "cherish-store.h"

G_BEGIN_DECLS

/**
 * CherishGuestFilter:
 * @kind: which customers
 * @limit: for the top ones, how many
 * @text: for likes, the word; for the top by spend, the currency
 */
typedef struct
{
  CherishGuestFilterKind  kind;
  guint                   limit;
  const char             *text;
} CherishGuestFilter;

#define CHERISH_TYPE_GUEST_STORE (cherish_guest_store_get_type ())

G_DECLARE_FINAL_TYPE (CherishGuestStore, cherish_guest_store, CHERISH, GUEST_STORE, CherishStore)

CherishGuestStore *cherish_guest_store_new               (CherishDatabase          *database,
                                                          CherishClock             *clock);
gint64             cherish_guest_store_invite            (CherishGuestStore        *self,
                                                          gint64                    event_id,
                                                          gint64                    customer_id,
                                                          GError                  **error);
gint64             cherish_guest_store_count_matching    (CherishGuestStore        *self,
                                                          gint64                    event_id,
                                                          const CherishGuestFilter *filter,
                                                          GError                  **error);
gint64             cherish_guest_store_invite_matching   (CherishGuestStore        *self,
                                                          gint64                    event_id,
                                                          const CherishGuestFilter *filter,
                                                          GError                  **error);
gboolean           cherish_guest_store_accept            (CherishGuestStore        *self,
                                                          gint64                    id,
                                                          guint                     party_size,
                                                          CherishInvitationStatus  *status,
                                                          GError                  **error);
gboolean           cherish_guest_store_decline           (CherishGuestStore        *self,
                                                          gint64                    id,
                                                          GPtrArray               **promoted,
                                                          GError                  **error);
gboolean           cherish_guest_store_check_in          (CherishGuestStore        *self,
                                                          gint64                    id,
                                                          GError                  **error);
gboolean           cherish_guest_store_mark_no_show      (CherishGuestStore        *self,
                                                          gint64                    id,
                                                          GError                  **error);
gint64             cherish_guest_store_walk_in           (CherishGuestStore        *self,
                                                          gint64                    event_id,
                                                          gint64                    customer_id,
                                                          guint                     party_size,
                                                          GError                  **error);
CherishInvitation *cherish_guest_store_get               (CherishGuestStore        *self,
                                                          gint64                    id,
                                                          GError                  **error);
GPtrArray         *cherish_guest_store_list              (CherishGuestStore        *self,
                                                          gint64                    event_id,
                                                          GError                  **error);
GPtrArray         *cherish_guest_store_list_for_customer (CherishGuestStore        *self,
                                                          gint64                    customer_id,
                                                          GError                  **error);

G_END_DECLS
