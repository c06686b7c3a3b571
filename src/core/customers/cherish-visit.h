/* cherish-visit.h — one visit, purchase or contact (plain value, no SQL)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cherish-enums.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_VISIT (cherish_visit_get_type ())

G_DECLARE_FINAL_TYPE (CherishVisit, cherish_visit, CHERISH, VISIT, GObject)

#define CHERISH_NO_AMOUNT (-1)

CherishVisit     *cherish_visit_new             (gint64            customer_id,
                                                 CherishVisitKind  kind,
                                                 const char       *at);
CherishVisit     *cherish_visit_copy            (CherishVisit     *self);
gint64            cherish_visit_get_id          (CherishVisit     *self);
gint64            cherish_visit_get_customer_id (CherishVisit     *self);
CherishVisitKind  cherish_visit_get_kind        (CherishVisit     *self);
const char       *cherish_visit_get_at          (CherishVisit     *self);
gint64            cherish_visit_get_amount      (CherishVisit     *self);
const char       *cherish_visit_get_currency    (CherishVisit     *self);
const char       *cherish_visit_get_note        (CherishVisit     *self);
gint64            cherish_visit_get_staff_id    (CherishVisit     *self);
void              cherish_visit_set_amount      (CherishVisit     *self,
                                                 gint64            amount_minor,
                                                 const char       *currency);
gboolean          cherish_visit_validate        (CherishVisit     *self,
                                                 GDateTime        *now,
                                                 GError          **error);

G_END_DECLS
