/* cherish-points-entry.h — one row of a customer's points ledger (plain value, no SQL)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CHERISH_TYPE_POINTS_ENTRY (cherish_points_entry_get_type ())

G_DECLARE_FINAL_TYPE (CherishPointsEntry, cherish_points_entry, CHERISH, POINTS_ENTRY, GObject)

CherishPointsEntry *cherish_points_entry_copy            (CherishPointsEntry *self);
gint64              cherish_points_entry_get_id          (CherishPointsEntry *self);
const char         *cherish_points_entry_get_kind        (CherishPointsEntry *self);
gint64              cherish_points_entry_get_points      (CherishPointsEntry *self);
const char         *cherish_points_entry_get_at          (CherishPointsEntry *self);
const char         *cherish_points_entry_get_reason      (CherishPointsEntry *self);
const char         *cherish_points_entry_get_reward_name (CherishPointsEntry *self);
const char         *cherish_points_entry_get_bonus       (CherishPointsEntry *self);
gint64              cherish_points_entry_get_visit_id    (CherishPointsEntry *self);
gboolean            cherish_points_entry_get_reversed    (CherishPointsEntry *self);

G_END_DECLS
