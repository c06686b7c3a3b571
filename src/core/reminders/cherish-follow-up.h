/* cherish-follow-up.h — contact a customer on a day about something (plain value, no SQL)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cherish-enums.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_FOLLOW_UP (cherish_follow_up_get_type ())

/* The follow-ups the shop makes by itself; 0 turns a rule off. */
typedef struct
{
  gint64      purchase_over;      /* minor units of @currency */
  const char *currency;
  guint       purchase_days;      /* follow up this many days after it */
  guint       first_visit_days;   /* … after a customer's first visit */
  guint       not_seen_days;      /* check in when not seen for this long */
  gboolean    slipping;           /* … with a regular slipping away */
} CherishFollowUpRules;

void cherish_follow_up_rules_init_default (CherishFollowUpRules *rules);

G_DECLARE_FINAL_TYPE (CherishFollowUp, cherish_follow_up, CHERISH, FOLLOW_UP, GObject)

CherishFollowUp      *cherish_follow_up_new             (gint64           customer_id,
                                                         const char      *due_date,
                                                         const char      *about);
CherishFollowUp      *cherish_follow_up_copy            (CherishFollowUp *self);
CherishFollowUp      *cherish_follow_up_new_with        (const char      *first_field,
                                                         ...) G_GNUC_NULL_TERMINATED;
gint64                cherish_follow_up_get_id          (CherishFollowUp *self);
gint64                cherish_follow_up_get_customer_id (CherishFollowUp *self);
const char           *cherish_follow_up_get_customer_name (CherishFollowUp *self);
const char           *cherish_follow_up_get_due_date    (CherishFollowUp *self);
const char           *cherish_follow_up_get_about       (CherishFollowUp *self);
CherishFollowUpState  cherish_follow_up_get_state       (CherishFollowUp *self);
const char           *cherish_follow_up_get_outcome     (CherishFollowUp *self);
const char           *cherish_follow_up_get_rule        (CherishFollowUp *self);
const char           *cherish_follow_up_get_source      (CherishFollowUp *self);
gboolean              cherish_follow_up_validate        (CherishFollowUp *self,
                                                         GError         **error);

G_END_DECLS
