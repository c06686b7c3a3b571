/* cherish-message-log.h — a message sent, on the customer's timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-clock.h"
#include "cherish-database.h"
#include "cherish-message.h"
#include "cherish-occasion.h"

G_BEGIN_DECLS

/**
 * CherishSent:
 * @customer_id: to whom
 * @channel: how
 * @purpose: what for
 * @text: the message as sent
 * @follow_up_id: the follow-up it answers (closed as done with it), or 0
 * @occasion: (nullable): the occasion it is for (its celebration marked
 *   done with it)
 * @visit_id: (out): the timeline row it became, for an Undo
 * @celebration_id: (out): the occasion's celebration, for an Undo
 * @celebration_status: (out): what it was before, for an Undo
 */
typedef struct
{
  gint64                 customer_id;
  CherishChannel         channel;
  CherishMessagePurpose  purpose;
  const char            *text;
  gint64                 follow_up_id;
  CherishOccasion       *occasion;
  gint64                 visit_id;
  gint64                 celebration_id;
  int                    celebration_status;
} CherishSent;

gboolean cherish_message_log_sent (CherishDatabase  *database,
                                   CherishClock     *clock,
                                   CherishSent      *sent,
                                   GError          **error);
gboolean cherish_message_log_undo (CherishDatabase  *database,
                                   CherishClock     *clock,
                                   const CherishSent *sent,
                                   GError          **error);

G_END_DECLS
