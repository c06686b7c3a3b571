/* cherish-invitation.c — a guest of an event (plain value, no SQL)
 *
 * Who (with the name and phone read with it), where they stand — invited,
 * accepted, declined, waitlisted, attended, no-show — how many people
 * they come with (themselves included), whether they walked in, when
 * they were checked in, the prizes they got (one name per line), and the
 * event's title and start.
 * Only the guest store makes these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-invitation"

#include "config.h"

#include "cherish-enum-types.h"
#include "cherish-invitation.h"
#include "cherish-record.h"

struct _CherishInvitation
{
  GObject                  parent_instance;

  gint64                   id;
  gint64                   event_id;
  gint64                   customer_id;
  char                    *customer_name;
  char                    *customer_phone;
  CherishInvitationStatus  status;
  gint64                   party_size;
  gboolean                 walk_in;
  char                    *checked_in_at;
  char                    *prizes;
  char                    *event_title;
  char                    *event_starts_at;
};

G_DEFINE_FINAL_TYPE (CherishInvitation, cherish_invitation, G_TYPE_OBJECT)

static const CherishField fields[] = {
  CHERISH_FIELD (CherishInvitation, id, "id", INT64),
  CHERISH_FIELD (CherishInvitation, event_id, "event-id", INT64),
  CHERISH_FIELD (CherishInvitation, customer_id, "customer-id", INT64),
  CHERISH_FIELD (CherishInvitation, customer_name, "customer-name", STRING),
  CHERISH_FIELD (CherishInvitation, customer_phone, "customer-phone", STRING),
  CHERISH_FIELD_ENUM_OF (CherishInvitation, status, "status", cherish_invitation_status_get_type,
                         CHERISH_INVITATION_STATUS_INVITED),
  CHERISH_FIELD_INT64_DEFAULT (CherishInvitation, party_size, "party-size", 1),
  CHERISH_FIELD (CherishInvitation, walk_in, "walk-in", BOOLEAN),
  CHERISH_FIELD (CherishInvitation, checked_in_at, "checked-in-at", STRING),
  CHERISH_FIELD (CherishInvitation, prizes, "prizes", STRING),
  CHERISH_FIELD (CherishInvitation, event_title, "event-title", STRING),
  CHERISH_FIELD (CherishInvitation, event_starts_at, "event-starts-at", STRING),
};

CHERISH_RECORD_IMPLEMENT (cherish_invitation, CherishInvitation, fields)

#define GETTER(ret, member) \
  ret cherish_invitation_get_##member (CherishInvitation *self) \
  { \
    g_return_val_if_fail (CHERISH_IS_INVITATION (self), 0); \
    return self->member; \
  }

GETTER (gint64, id)
GETTER (gint64, event_id)
GETTER (gint64, customer_id)
GETTER (const char *, customer_name)
GETTER (const char *, customer_phone)
GETTER (CherishInvitationStatus, status)
GETTER (gint64, party_size)
GETTER (gboolean, walk_in)
GETTER (const char *, checked_in_at)
GETTER (const char *, prizes)
GETTER (const char *, event_title)
GETTER (const char *, event_starts_at)
