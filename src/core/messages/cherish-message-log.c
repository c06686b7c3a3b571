/* cherish-message-log.c — a message sent, on the customer's timeline
 *
 * A message the manager sends goes on the customer's timeline as a
 * contact (an e-mail, a chat for SMS and WhatsApp, a call), its text as
 * the note; the follow-up or the occasion that asked for it is marked done
 * in the same transaction. Undo takes both back, also in one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-message-log"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-celebration-store.h"
#include "cherish-date.h"
#include "cherish-follow-up-store.h"
#include "cherish-message-log.h"
#include "cherish-visit-store.h"

typedef struct
{
  CherishDatabase *database;
  CherishClock    *clock;
  CherishSent     *sent;
} Log;

static CherishVisitKind
kind_of (CherishChannel channel)
{
  switch (channel)
    {
    case CHERISH_CHANNEL_EMAIL:
      return CHERISH_VISIT_KIND_EMAIL;
    case CHERISH_CHANNEL_CALL:
      return CHERISH_VISIT_KIND_PHONE;
    case CHERISH_CHANNEL_SMS:
    case CHERISH_CHANNEL_WHATSAPP:
    default:
      return CHERISH_VISIT_KIND_CHAT;
    }
}

static gboolean
log_sent (gpointer   user_data,
          GError   **error)
{
  Log *log = user_data;
  CherishSent *sent = log->sent;
  g_autoptr(CherishVisitStore) visits = cherish_visit_store_new (log->database, log->clock);
  g_autoptr(GDateTime) now = cherish_clock_get_now (log->clock);
  g_autofree char *at = cherish_timestamp_format (now);
  g_autoptr(CherishVisit) visit = cherish_visit_new (sent->customer_id, kind_of (sent->channel), at);
  /* Translators: a message sent, on the timeline: its purpose and channel, then its text */
  g_autofree char *note = g_strdup_printf (_("%s, by %s: %s"), cherish_message_purpose_label (sent->purpose),
                                           cherish_channel_label (sent->channel), sent->text);

  g_object_set (visit, "note", note, NULL);
  if (!cherish_visit_store_insert (visits, visit, error))
    return FALSE;
  sent->visit_id = cherish_visit_get_id (visit);
  if (sent->occasion != NULL)
    {
      g_autoptr(CherishCelebrationStore) celebrations = cherish_celebration_store_new (log->database, log->clock);
      g_autoptr(CherishCelebration) celebration = cherish_celebration_store_plan (celebrations, sent->occasion,
                                                                                 error);

      if (celebration == NULL)
        return FALSE;
      sent->celebration_id = cherish_celebration_get_id (celebration);
      sent->celebration_status = cherish_celebration_get_status (celebration);
      g_object_set (celebration, "status", CHERISH_CELEBRATION_STATUS_DONE, NULL);
      if (!cherish_celebration_store_update (celebrations, celebration, error))
        return FALSE;
    }
  if (sent->follow_up_id > 0)
    {
      g_autoptr(CherishFollowUpStore) follow_ups = cherish_follow_up_store_new (log->database, log->clock);

      return cherish_follow_up_store_close (follow_ups, sent->follow_up_id, CHERISH_FOLLOW_UP_STATE_DONE,
                                            note, error);
    }
  return TRUE;
}

/**
 * cherish_message_log_sent:
 * @sent: (inout): what was sent; its @visit_id is set
 *
 * Returns: %FALSE with @error, and nothing written, if it could not be kept
 */
gboolean
cherish_message_log_sent (CherishDatabase  *database,
                          CherishClock     *clock,
                          CherishSent      *sent,
                          GError          **error)
{
  Log log = { database, clock, sent };

  g_return_val_if_fail (sent != NULL && sent->customer_id > 0 && sent->text != NULL, FALSE);

  return cherish_database_transaction (database, log_sent, &log, error);
}

static gboolean
undo (gpointer   user_data,
      GError   **error)
{
  Log *log = user_data;
  g_autoptr(CherishVisitStore) visits = cherish_visit_store_new (log->database, log->clock);

  if (!cherish_visit_store_delete (visits, log->sent->visit_id, error))
    return FALSE;
  if (log->sent->celebration_id > 0)
    {
      g_autoptr(CherishCelebrationStore) celebrations = cherish_celebration_store_new (log->database, log->clock);
      g_autoptr(CherishCelebration) celebration = cherish_celebration_store_get (celebrations,
                                                                                log->sent->celebration_id, error);

      if (celebration == NULL)
        return FALSE;
      g_object_set (celebration, "status", log->sent->celebration_status, NULL);
      if (!cherish_celebration_store_update (celebrations, celebration, error))
        return FALSE;
    }
  if (log->sent->follow_up_id > 0)
    {
      g_autoptr(CherishFollowUpStore) follow_ups = cherish_follow_up_store_new (log->database, log->clock);

      return cherish_follow_up_store_reopen (follow_ups, log->sent->follow_up_id, error);
    }
  return TRUE;
}

/**
 * cherish_message_log_undo:
 *
 * Takes a sent message off the timeline and opens its follow-up again.
 */
gboolean
cherish_message_log_undo (CherishDatabase   *database,
                          CherishClock      *clock,
                          const CherishSent *sent,
                          GError           **error)
{
  Log log = { database, clock, (CherishSent *) sent };

  g_return_val_if_fail (sent != NULL && sent->visit_id > 0, FALSE);

  return cherish_database_transaction (database, undo, &log, error);
}
