/* cherish-follow-up.c — contact a customer on a day about something (plain value, no SQL)
 *
 * Proactive care: call back after a large purchase, check in with a
 * regular not seen for a while. A follow-up is open until it is done
 * (with what came of it) or dismissed. One made by a rule names the rule
 * and what the rule saw (its source), so that it is made only once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-follow-up"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-date.h"
#include "cherish-enum-types.h"
#include "cherish-error.h"
#include "cherish-follow-up.h"
#include "cherish-record.h"
#include "cherish-text.h"

struct _CherishFollowUp
{
  GObject               parent_instance;

  gint64                id;
  gint64                customer_id;
  char                 *customer_name;
  char                 *due_date;
  char                 *about;
  CherishFollowUpState  state;
  char                 *outcome;
  char                 *rule;
  char                 *source;
  char                 *created_at;
  char                 *updated_at;
};

G_DEFINE_FINAL_TYPE (CherishFollowUp, cherish_follow_up, G_TYPE_OBJECT)

static const CherishField fields[] = {
  CHERISH_FIELD (CherishFollowUp, id, "id", INT64),
  CHERISH_FIELD (CherishFollowUp, customer_id, "customer-id", INT64),
  CHERISH_FIELD (CherishFollowUp, customer_name, "customer-name", STRING),
  CHERISH_FIELD (CherishFollowUp, due_date, "due-date", STRING),
  CHERISH_FIELD (CherishFollowUp, about, "about", STRING),
  CHERISH_FIELD_ENUM_OF (CherishFollowUp, state, "state", cherish_follow_up_state_get_type,
                         CHERISH_FOLLOW_UP_STATE_OPEN),
  CHERISH_FIELD (CherishFollowUp, outcome, "outcome", STRING),
  CHERISH_FIELD (CherishFollowUp, rule, "rule", STRING),
  CHERISH_FIELD (CherishFollowUp, source, "source", STRING),
  CHERISH_FIELD (CherishFollowUp, created_at, "created-at", STRING),
  CHERISH_FIELD (CherishFollowUp, updated_at, "updated-at", STRING),
};

CHERISH_RECORD_IMPLEMENT (cherish_follow_up, CherishFollowUp, fields)
CHERISH_RECORD_NEW_WITH (cherish_follow_up, CherishFollowUp, fields)

/**
 * cherish_follow_up_new:
 * @due_date: "YYYY-MM-DD"
 *
 * Returns: (transfer full): an open follow-up, not saved yet
 */
CherishFollowUp *
cherish_follow_up_new (gint64      customer_id,
                       const char *due_date,
                       const char *about)
{
  return g_object_new (CHERISH_TYPE_FOLLOW_UP,
                       "customer-id", customer_id,
                       "due-date", due_date,
                       "about", about,
                       NULL);
}

/**
 * cherish_follow_up_rules_init_default:
 *
 * Three days after a first visit, and a check-in after 90 days away; the
 * purchase rule needs an amount, so it starts off.
 */
void
cherish_follow_up_rules_init_default (CherishFollowUpRules *rules)
{
  *rules = (CherishFollowUpRules) { 0, NULL, 7, 3, 90 };
}

/**
 * cherish_follow_up_validate:
 *
 * Returns: %TRUE if it may be saved; else the error names the field
 */
gboolean
cherish_follow_up_validate (CherishFollowUp  *self,
                            GError          **error)
{
  g_autofree char *about = NULL;
  g_autoptr(GError) date_error = NULL;
  GDate due;

  g_return_val_if_fail (CHERISH_IS_FOLLOW_UP (self), FALSE);

  if (self->customer_id <= 0)
    {
      cherish_set_invalid (error, "customer-id", _("Customer: a follow-up is for someone."));
      return FALSE;
    }
  if (self->due_date == NULL || !cherish_date_parse (self->due_date, &due, &date_error))
    {
      cherish_set_invalid (error, "due-date", _("Due date: %s"),
                           date_error != NULL ? date_error->message : _("say which day."));
      return FALSE;
    }
  about = cherish_text_normalize (self->about);
  if (about == NULL)
    {
      cherish_set_invalid (error, "about", _("About: say what to talk about."));
      return FALSE;
    }
  return TRUE;
}

#define GETTER(ret, member) \
  ret cherish_follow_up_get_##member (CherishFollowUp *self) \
  { \
    g_return_val_if_fail (CHERISH_IS_FOLLOW_UP (self), 0); \
    return self->member; \
  }

GETTER (gint64, id)
GETTER (gint64, customer_id)
GETTER (const char *, customer_name)
GETTER (const char *, due_date)
GETTER (const char *, about)
GETTER (CherishFollowUpState, state)
GETTER (const char *, outcome)
GETTER (const char *, rule)
GETTER (const char *, source)
