/* cherish-invitation.h — a guest of an event (plain value, no SQL)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cherish-enums.h"

G_BEGIN_DECLS

#define CHERISH_INVITATION_MAX_PARTY 20

#define CHERISH_TYPE_INVITATION (cherish_invitation_get_type ())

G_DECLARE_FINAL_TYPE (CherishInvitation, cherish_invitation, CHERISH, INVITATION, GObject)

CherishInvitation       *cherish_invitation_copy              (CherishInvitation *self);
gint64                   cherish_invitation_get_id            (CherishInvitation *self);
gint64                   cherish_invitation_get_event_id      (CherishInvitation *self);
gint64                   cherish_invitation_get_customer_id   (CherishInvitation *self);
const char              *cherish_invitation_get_customer_name (CherishInvitation *self);
const char              *cherish_invitation_get_customer_phone (CherishInvitation *self);
CherishInvitationStatus  cherish_invitation_get_status        (CherishInvitation *self);
gint64                   cherish_invitation_get_party_size    (CherishInvitation *self);
gboolean                 cherish_invitation_get_walk_in       (CherishInvitation *self);
const char              *cherish_invitation_get_checked_in_at (CherishInvitation *self);
const char              *cherish_invitation_get_prizes        (CherishInvitation *self);
const char              *cherish_invitation_get_event_title   (CherishInvitation *self);
const char              *cherish_invitation_get_event_starts_at (CherishInvitation *self);

G_END_DECLS
