/* cherish-message.h — personal messages: templates, filled in, and where they go
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cherish-customer.h"
#include "cherish-life-event.h"
#include "cherish-occasion.h"

G_BEGIN_DECLS

/* What a message is for: each has its own template. */
typedef enum
{
  CHERISH_MESSAGE_BIRTHDAY,
  CHERISH_MESSAGE_TENURE,             /* years as a customer */
  CHERISH_MESSAGE_NTH_VISIT,
  CHERISH_MESSAGE_SHOP_MILESTONE,     /* the shop's Nth customer */
  CHERISH_MESSAGE_RETIREMENT,
  CHERISH_MESSAGE_WEDDING,
  CHERISH_MESSAGE_GRADUATION,
  CHERISH_MESSAGE_NEW_BABY,
  CHERISH_MESSAGE_MOVE,
  CHERISH_MESSAGE_ANNIVERSARY,
  CHERISH_MESSAGE_LIFE_EVENT,         /* another life event */
  CHERISH_MESSAGE_AFTER_PURCHASE,
  CHERISH_MESSAGE_NOT_SEEN,           /* a check-in with someone not seen lately */
  CHERISH_MESSAGE_FOLLOW_UP,
  CHERISH_MESSAGE_EVENT_INVITATION,
  CHERISH_MESSAGE_EVENT_REMINDER,
  CHERISH_MESSAGE_EVENT_THANKS,
  CHERISH_MESSAGE_N_PURPOSES,
} CherishMessagePurpose;

/* How a message reaches the customer. */
typedef enum
{
  CHERISH_CHANNEL_EMAIL    = 1 << 0,
  CHERISH_CHANNEL_SMS      = 1 << 1,
  CHERISH_CHANNEL_WHATSAPP = 1 << 2,
  CHERISH_CHANNEL_CALL     = 1 << 3,
} CherishChannel;

#define CHERISH_CHANNELS_ALL (CHERISH_CHANNEL_EMAIL | CHERISH_CHANNEL_SMS | CHERISH_CHANNEL_WHATSAPP | \
                              CHERISH_CHANNEL_CALL)

const char *cherish_message_purpose_name      (CherishMessagePurpose  purpose);
const char *cherish_message_purpose_label     (CherishMessagePurpose  purpose);
const char *cherish_message_default_template  (CherishMessagePurpose  purpose);
const char *cherish_message_default_subject   (CherishMessagePurpose  purpose);
char       *cherish_message_render            (const char            *template_text,
                                               GHashTable            *values);
char       *cherish_message_years             (int                    years);
CherishMessagePurpose cherish_message_for_occasion (CherishOccasion   *occasion,
                                                    CherishLifeEvent  *life_event,
                                                    GHashTable        *values);
GHashTable *cherish_message_values_new        (CherishCustomer       *customer,
                                               const char            *shop_name,
                                               const GDate           *today);

const char *cherish_channel_label             (CherishChannel         channel);
char       *cherish_channels_to_text          (guint                  set);
gboolean    cherish_channels_from_text        (const char            *text,
                                               guint                 *set,
                                               GError               **error);

GStrv       cherish_phone_countries           (void);
char       *cherish_phone_international       (const char            *phone,
                                               const char            *country);
char       *cherish_message_uri               (CherishChannel         channel,
                                               const char            *address,
                                               const char            *country,
                                               const char            *subject,
                                               const char            *body);

G_END_DECLS
