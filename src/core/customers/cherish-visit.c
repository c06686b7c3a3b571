/* cherish-visit.c — one visit, purchase or contact (plain value, no SQL)
 *
 * Money is an integer count of minor units (cents, rials) with its ISO
 * 4217 currency code; an amount of -1 (CHERISH_NO_AMOUNT) means none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-visit"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-date.h"
#include "cherish-enum-types.h"
#include "cherish-error.h"
#include "cherish-money.h"
#include "cherish-record.h"
#include "cherish-visit.h"

/* A clock a little ahead of ours is not an error. */
#define FUTURE_TOLERANCE (10 * G_TIME_SPAN_MINUTE)

struct _CherishVisit
{
  GObject           parent_instance;

  gint64            id;
  gint64            customer_id;
  CherishVisitKind  kind;
  char             *at;
  gint64            amount;
  char             *currency;
  char             *note;
  gint64            staff_id;
};

G_DEFINE_FINAL_TYPE (CherishVisit, cherish_visit, G_TYPE_OBJECT)

static const CherishField fields[] = {
  CHERISH_FIELD (CherishVisit, id, "id", INT64),
  CHERISH_FIELD (CherishVisit, customer_id, "customer-id", INT64),
  CHERISH_FIELD_ENUM_OF (CherishVisit, kind, "kind", cherish_visit_kind_get_type,
                         CHERISH_VISIT_KIND_VISIT),
  CHERISH_FIELD (CherishVisit, at, "at", STRING),
  CHERISH_FIELD_INT64_DEFAULT (CherishVisit, amount, "amount", CHERISH_NO_AMOUNT),
  CHERISH_FIELD (CherishVisit, currency, "currency", STRING),
  CHERISH_FIELD (CherishVisit, note, "note", STRING),
  CHERISH_FIELD (CherishVisit, staff_id, "staff-id", INT64),
};

CHERISH_RECORD_IMPLEMENT (cherish_visit, CherishVisit, fields)

CherishVisit *
cherish_visit_new (gint64            customer_id,
                   CherishVisitKind  kind,
                   const char       *at)
{
  return g_object_new (CHERISH_TYPE_VISIT,
                       "customer-id", customer_id,
                       "kind", kind,
                       "at", at,
                       NULL);
}

/**
 * cherish_visit_set_amount:
 * @amount_minor: minor units, or %CHERISH_NO_AMOUNT
 * @currency: (nullable): ISO 4217 code, such as "IRR" or "EUR"
 */
void
cherish_visit_set_amount (CherishVisit *self,
                          gint64        amount_minor,
                          const char   *currency)
{
  g_return_if_fail (CHERISH_IS_VISIT (self));

  g_object_set (self, "amount", amount_minor, "currency", currency, NULL);
}

/**
 * cherish_visit_validate:
 * @now: the current instant; a visit cannot be later than that
 *
 * Returns: %TRUE if the visit may be saved; else the error names the field
 */
gboolean
cherish_visit_validate (CherishVisit  *self,
                        GDateTime     *now,
                        GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDateTime) at = NULL;

  g_return_val_if_fail (CHERISH_IS_VISIT (self), FALSE);

  if (self->customer_id <= 0)
    {
      cherish_set_invalid (error, "customer-id", _("Customer: choose who came."));
      return FALSE;
    }

  at = cherish_timestamp_parse (self->at, &local_error);
  if (at == NULL)
    {
      cherish_set_invalid (error, "at", _("Date and time: %s"), local_error->message);
      return FALSE;
    }
  if (g_date_time_difference (at, now) > FUTURE_TOLERANCE)
    {
      cherish_set_invalid (error, "at", _("Date and time: %s is in the future."), self->at);
      return FALSE;
    }

  return cherish_money_check (self->amount, self->currency, "amount", _("Amount"), error);
}

#define GETTER(ret, member) \
  ret cherish_visit_get_##member (CherishVisit *self) \
  { \
    g_return_val_if_fail (CHERISH_IS_VISIT (self), 0); \
    return self->member; \
  }

GETTER (gint64, id)
GETTER (gint64, customer_id)
GETTER (CherishVisitKind, kind)
GETTER (const char *, at)
GETTER (gint64, amount)
GETTER (const char *, currency)
GETTER (const char *, note)
GETTER (gint64, staff_id)
