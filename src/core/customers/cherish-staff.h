/* cherish-staff.h — someone who works in the shop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CHERISH_TYPE_STAFF (cherish_staff_get_type ())

G_DECLARE_FINAL_TYPE (CherishStaff, cherish_staff, CHERISH, STAFF, GObject)

CherishStaff *cherish_staff_new        (const char    *name);
CherishStaff *cherish_staff_copy       (CherishStaff  *self);
gint64        cherish_staff_get_id     (CherishStaff  *self);
const char   *cherish_staff_get_name   (CherishStaff  *self);
gboolean      cherish_staff_get_active (CherishStaff  *self);
gboolean      cherish_staff_validate   (CherishStaff  *self,
                                        GError       **error);

G_END_DECLS
