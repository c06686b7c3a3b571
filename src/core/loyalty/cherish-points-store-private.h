/* cherish-points-store-private.h — what the points store's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-points-store.h"
#include "cherish-store-private.h"

G_BEGIN_DECLS

#define CHERISH_MAX_POINTS 1000000000

/* One ledger row to append, and the id it got. */
typedef struct
{
  CherishPointsStore *self;
  gint64              customer_id;
  const char         *kind;
  gint64              points;
  gint64              visit_id;
  gint64              event_id;
  gint64              reward_id;
  gint64              reverses_id;
  const char         *reason;
  gint64              staff_id;
  gboolean            may_go_negative;
  gint64              row_id;
  const char         *bonus;      /* what a bonus was for, given once */
} CherishMovement;

CherishDatabase *cherish_points_store_database (CherishPointsStore      *self);
gboolean         cherish_points_store_append   (CherishMovement         *move,
                                                GError                 **error);
gint64           cherish_points_store_run      (CherishMovement         *move,
                                                CherishTransactionFunc   func,
                                                GError                 **error);

G_END_DECLS
