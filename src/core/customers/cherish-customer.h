/* cherish-customer.h — a person the shop knows (plain value, no SQL)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cherish-enums.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_CUSTOMER (cherish_customer_get_type ())


G_DECLARE_FINAL_TYPE (CherishCustomer, cherish_customer, CHERISH, CUSTOMER, GObject)

CherishCustomer *cherish_customer_new                (const char      *display_name);
CherishCustomer *cherish_customer_copy               (CherishCustomer *self);
CherishCustomer *cherish_customer_new_with           (const char      *first_field,
                                                      ...) G_GNUC_NULL_TERMINATED;
gint64           cherish_customer_get_id             (CherishCustomer *self);
const char      *cherish_customer_get_display_name   (CherishCustomer *self);
const char      *cherish_customer_get_phone          (CherishCustomer *self);
const char      *cherish_customer_get_email          (CherishCustomer *self);
const char      *cherish_customer_get_customer_since (CherishCustomer *self);
const char      *cherish_customer_get_birthday       (CherishCustomer *self);
const char      *cherish_customer_get_likes          (CherishCustomer *self);
const char      *cherish_customer_get_dislikes       (CherishCustomer *self);
const char      *cherish_customer_get_notes          (CherishCustomer *self);
gboolean         cherish_customer_get_is_prospect    (CherishCustomer *self);
gboolean         cherish_customer_get_photo_consent  (CherishCustomer *self);
guint            cherish_customer_get_channels       (CherishCustomer *self);
gboolean         cherish_customer_get_do_not_contact (CherishCustomer *self);
const char      *cherish_customer_get_created_at     (CherishCustomer *self);
const char      *cherish_customer_get_updated_at     (CherishCustomer *self);
const char      *cherish_customer_get_deleted_at     (CherishCustomer *self);
const char      *cherish_customer_get_last_visit_at  (CherishCustomer *self);
guint            cherish_customer_get_visit_count    (CherishCustomer *self);
const char      *cherish_customer_get_next_event_kind  (CherishCustomer *self);
const char      *cherish_customer_get_next_event_title (CherishCustomer *self);
CherishOccasionKind  cherish_customer_get_next_occasion    (CherishCustomer *self,
                                                        const GDate     *today,
                                                        int             *days);
gboolean         cherish_customer_complete           (CherishCustomer *self,
                                                      CherishCustomer *other);
gboolean         cherish_customer_validate           (CherishCustomer *self,
                                                      const GDate     *today,
                                                      GError         **error);

G_END_DECLS
