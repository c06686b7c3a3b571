/* cherish-celebration.c — the plan for one occasion (plain value, no SQL)
 *
 * An occasion becomes a celebration to plan: an idea, then planned, then
 * done — or skipped, with the reason. It says what the surprise is, who
 * does it, the gesture or reward given, what it cost, notes, and the photo
 * if one was taken (a file name in the app's photos folder).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-celebration"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-celebration.h"
#include "cherish-enum-types.h"
#include "cherish-error.h"
#include "cherish-money.h"
#include "cherish-record.h"
#include "cherish-text.h"

#define NO_COST (-1)

struct _CherishCelebration
{
  GObject                   parent_instance;

  gint64                    id;
  gint64                    customer_id;
  CherishOccasionKind       kind;
  char                     *occasion_date;
  guint                     number;
  gint64                    life_event_id;
  CherishCelebrationStatus  status;
  char                     *surprise;
  gint64                    staff_id;
  char                     *gesture;
  gint64                    cost;
  char                     *currency;
  char                     *notes;
  char                     *skip_reason;
  char                     *photo;
  char                     *created_at;
  char                     *updated_at;
  gint64                    idea_id;
  gint64                    reward_id;
};

G_DEFINE_FINAL_TYPE (CherishCelebration, cherish_celebration, G_TYPE_OBJECT)

static const CherishField fields[] = {
  CHERISH_FIELD (CherishCelebration, id, "id", INT64),
  CHERISH_FIELD (CherishCelebration, customer_id, "customer-id", INT64),
  CHERISH_FIELD_ENUM_OF (CherishCelebration, kind, "kind", cherish_occasion_kind_get_type,
                         CHERISH_OCCASION_BIRTHDAY),
  CHERISH_FIELD (CherishCelebration, occasion_date, "occasion-date", STRING),
  CHERISH_FIELD (CherishCelebration, number, "number", UINT),
  CHERISH_FIELD (CherishCelebration, life_event_id, "life-event-id", INT64),
  CHERISH_FIELD_ENUM_OF (CherishCelebration, status, "status",
                         cherish_celebration_status_get_type, CHERISH_CELEBRATION_STATUS_IDEA),
  CHERISH_FIELD (CherishCelebration, surprise, "surprise", STRING),
  CHERISH_FIELD (CherishCelebration, staff_id, "staff-id", INT64),
  CHERISH_FIELD (CherishCelebration, gesture, "gesture", STRING),
  CHERISH_FIELD_INT64_DEFAULT (CherishCelebration, cost, "cost", NO_COST),
  CHERISH_FIELD (CherishCelebration, currency, "currency", STRING),
  CHERISH_FIELD (CherishCelebration, notes, "notes", STRING),
  CHERISH_FIELD (CherishCelebration, skip_reason, "skip-reason", STRING),
  CHERISH_FIELD (CherishCelebration, photo, "photo", STRING),
  CHERISH_FIELD (CherishCelebration, created_at, "created-at", STRING),
  CHERISH_FIELD (CherishCelebration, updated_at, "updated-at", STRING),
  CHERISH_FIELD (CherishCelebration, idea_id, "idea-id", INT64),
  CHERISH_FIELD (CherishCelebration, reward_id, "reward-id", INT64),
};

CHERISH_RECORD_IMPLEMENT (cherish_celebration, CherishCelebration, fields)

/**
 * cherish_celebration_new_for:
 *
 * Returns: (transfer full): a new idea for @occasion, not saved yet
 */
CherishCelebration *
cherish_celebration_new_for (CherishOccasion *occasion)
{
  g_return_val_if_fail (CHERISH_IS_OCCASION (occasion), NULL);

  return g_object_new (CHERISH_TYPE_CELEBRATION,
                       "customer-id", cherish_occasion_get_customer_id (occasion),
                       "kind", cherish_occasion_get_kind (occasion),
                       "occasion-date", cherish_occasion_get_date (occasion),
                       "number", cherish_occasion_get_number (occasion),
                       "life-event-id", cherish_occasion_get_life_event_id (occasion),
                       NULL);
}

/**
 * cherish_celebration_validate:
 *
 * Returns: %TRUE if it may be saved; else the error names the field
 */
gboolean
cherish_celebration_validate (CherishCelebration  *self,
                              GError             **error)
{
  g_autofree char *reason = NULL;

  g_return_val_if_fail (CHERISH_IS_CELEBRATION (self), FALSE);

  if (self->customer_id <= 0)
    {
      cherish_set_invalid (error, "customer-id", _("Customer: a celebration is for someone."));
      return FALSE;
    }

  reason = cherish_text_normalize (self->skip_reason);
  if (self->status == CHERISH_CELEBRATION_STATUS_SKIPPED && reason == NULL)
    {
      cherish_set_invalid (error, "skip-reason", _("Reason: say why it was skipped."));
      return FALSE;
    }

  return cherish_money_check (self->cost, self->currency, "cost", _("Cost"), error);
}

#define GETTER(ret, member) \
  ret cherish_celebration_get_##member (CherishCelebration *self) \
  { \
    g_return_val_if_fail (CHERISH_IS_CELEBRATION (self), 0); \
    return self->member; \
  }

GETTER (gint64, id)
GETTER (gint64, customer_id)
GETTER (CherishOccasionKind, kind)
GETTER (const char *, occasion_date)
GETTER (guint, number)
GETTER (gint64, life_event_id)
GETTER (CherishCelebrationStatus, status)
GETTER (const char *, surprise)
GETTER (gint64, staff_id)
GETTER (const char *, gesture)
GETTER (gint64, cost)
GETTER (const char *, currency)
GETTER (const char *, notes)
GETTER (const char *, skip_reason)
GETTER (const char *, photo)
GETTER (gint64, idea_id)
GETTER (gint64, reward_id)
