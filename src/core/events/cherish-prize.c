/* cherish-prize.c — a prize handed out at an event (plain value, no SQL)
 *
 * Its name, how many there were and how many are left. Only the event
 * store makes these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-prize"

#include "config.h"

#include "cherish-prize.h"
#include "cherish-record.h"

struct _CherishPrize
{
  GObject  parent_instance;

  gint64   id;
  gint64   event_id;
  char    *name;
  gint64   quantity;
  gint64   remaining;
};

G_DEFINE_FINAL_TYPE (CherishPrize, cherish_prize, G_TYPE_OBJECT)

static const CherishField fields[] = {
  CHERISH_FIELD (CherishPrize, id, "id", INT64),
  CHERISH_FIELD (CherishPrize, event_id, "event-id", INT64),
  CHERISH_FIELD (CherishPrize, name, "name", STRING),
  CHERISH_FIELD (CherishPrize, quantity, "quantity", INT64),
  CHERISH_FIELD (CherishPrize, remaining, "remaining", INT64),
};

CHERISH_RECORD_IMPLEMENT (cherish_prize, CherishPrize, fields)

#define GETTER(ret, member) \
  ret cherish_prize_get_##member (CherishPrize *self) \
  { \
    g_return_val_if_fail (CHERISH_IS_PRIZE (self), 0); \
    return self->member; \
  }

GETTER (gint64, id)
GETTER (gint64, event_id)
GETTER (const char *, name)
GETTER (gint64, quantity)
GETTER (gint64, remaining)
