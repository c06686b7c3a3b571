/* cherish-reward.c — a reward the points buy (plain value, no SQL)
 *
 * Its name, its cost in points, how many are left (-1: no limit) and
 * whether it is offered. Only the points store makes these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-reward"

#include "config.h"

#include "cherish-reward.h"
#include "cherish-record.h"

struct _CherishReward
{
  GObject  parent_instance;

  gint64   id;
  char     *name;
  gint64   cost;
  gint64   stock;
  gboolean active;
};

G_DEFINE_FINAL_TYPE (CherishReward, cherish_reward, G_TYPE_OBJECT)

static const CherishField fields[] = {
  CHERISH_FIELD (CherishReward, id, "id", INT64),
  CHERISH_FIELD (CherishReward, name, "name", STRING),
  CHERISH_FIELD (CherishReward, cost, "cost", INT64),
  CHERISH_FIELD (CherishReward, stock, "stock", INT64),
  CHERISH_FIELD (CherishReward, active, "active", BOOLEAN),
};

CHERISH_RECORD_IMPLEMENT (cherish_reward, CherishReward, fields)

#define GETTER(ret, member) \
  ret cherish_reward_get_##member (CherishReward *self) \
  { \
    g_return_val_if_fail (CHERISH_IS_REWARD (self), 0); \
    return self->member; \
  }

GETTER (gint64, id)
GETTER (const char *, name)
GETTER (gint64, cost)
GETTER (gint64, stock)
GETTER (gboolean, active)
