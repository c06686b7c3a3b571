/* cherish-occasion.c — one moment worth celebrating (plain value, no SQL)
 *
 * What, for whom, on which day (none when it comes with the next visit or
 * customer), and the number that makes it count: the age (0 when the
 * birth year is not known), the years as a customer or since a yearly
 * life event, the Nth visit, the shop's Nth customer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-occasion"

#include "config.h"

#include "cherish-enum-types.h"
#include "cherish-occasion.h"
#include "cherish-record.h"

struct _CherishOccasion
{
  GObject              parent_instance;

  CherishOccasionKind  kind;
  gint64               customer_id;
  char                *customer_name;
  char                *date;
  guint                number;
  char                *title;
  gint64               life_event_id;
};

G_DEFINE_FINAL_TYPE (CherishOccasion, cherish_occasion, G_TYPE_OBJECT)

static const CherishField fields[] = {
  CHERISH_FIELD_ENUM_OF (CherishOccasion, kind, "kind", cherish_occasion_kind_get_type,
                         CHERISH_OCCASION_NONE),
  CHERISH_FIELD (CherishOccasion, customer_id, "customer-id", INT64),
  CHERISH_FIELD (CherishOccasion, customer_name, "customer-name", STRING),
  CHERISH_FIELD (CherishOccasion, date, "date", STRING),
  CHERISH_FIELD (CherishOccasion, number, "number", UINT),
  CHERISH_FIELD (CherishOccasion, title, "title", STRING),
  CHERISH_FIELD (CherishOccasion, life_event_id, "life-event-id", INT64),
};

CHERISH_RECORD_IMPLEMENT (cherish_occasion, CherishOccasion, fields)

/**
 * cherish_occasion_new:
 * @date: (nullable): "YYYY-MM-DD", or %NULL for "at the next visit" or
 *   "coming soon"
 *
 * Sets the fields directly: a scan makes thousands of these.
 */
CherishOccasion *
cherish_occasion_new (CherishOccasionKind  kind,
                      gint64               customer_id,
                      const char          *customer_name,
                      const char          *date,
                      guint                number,
                      const char          *title,
                      gint64               life_event_id)
{
  CherishOccasion *self = g_object_new (CHERISH_TYPE_OCCASION, NULL);

  self->kind = kind;
  self->customer_id = customer_id;
  self->customer_name = g_strdup (customer_name);
  self->date = g_strdup (date);
  self->number = number;
  self->title = g_strdup (title && *title ? title : NULL);
  self->life_event_id = life_event_id;
  return self;
}

#define GETTER(ret, member) \
  ret cherish_occasion_get_##member (CherishOccasion *self) \
  { \
    g_return_val_if_fail (CHERISH_IS_OCCASION (self), 0); \
    return self->member; \
  }

GETTER (CherishOccasionKind, kind)
GETTER (gint64, customer_id)
GETTER (const char *, customer_name)
GETTER (const char *, date)
GETTER (guint, number)
GETTER (const char *, title)
GETTER (gint64, life_event_id)
