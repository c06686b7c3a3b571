/* cherish-idea.c — a staff member's idea for showing appreciation (plain value, no SQL)
 *
 * Its title, description, rough cost, the occasion kinds it fits (one
 * per line: "birthday", "life-event", "tenure", "nth-visit",
 * "shop-milestone", "event"), who suggested it, where it stands ("new",
 * "approved", "declined") with the manager's comment, its votes and how
 * many celebrations used it. Only the idea store makes these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-idea"

#include "config.h"

#include "cherish-idea.h"
#include "cherish-record.h"

struct _CherishIdea
{
  GObject  parent_instance;

  gint64   id;
  char     *title;
  char     *description;
  gint64   cost_minor;
  char     *currency;
  char     *kinds;
  gint64   staff_id;
  char     *staff_name;
  char     *status;
  char     *comment;
  gint64   votes;
  gint64   used;
};

G_DEFINE_FINAL_TYPE (CherishIdea, cherish_idea, G_TYPE_OBJECT)

static const CherishField fields[] = {
  CHERISH_FIELD (CherishIdea, id, "id", INT64),
  CHERISH_FIELD (CherishIdea, title, "title", STRING),
  CHERISH_FIELD (CherishIdea, description, "description", STRING),
  CHERISH_FIELD (CherishIdea, cost_minor, "cost-minor", INT64),
  CHERISH_FIELD (CherishIdea, currency, "currency", STRING),
  CHERISH_FIELD (CherishIdea, kinds, "kinds", STRING),
  CHERISH_FIELD (CherishIdea, staff_id, "staff-id", INT64),
  CHERISH_FIELD (CherishIdea, staff_name, "staff-name", STRING),
  CHERISH_FIELD (CherishIdea, status, "status", STRING),
  CHERISH_FIELD (CherishIdea, comment, "comment", STRING),
  CHERISH_FIELD (CherishIdea, votes, "votes", INT64),
  CHERISH_FIELD (CherishIdea, used, "used", INT64),
};

CHERISH_RECORD_IMPLEMENT (cherish_idea, CherishIdea, fields)

#define GETTER(ret, member) \
  ret cherish_idea_get_##member (CherishIdea *self) \
  { \
    g_return_val_if_fail (CHERISH_IS_IDEA (self), 0); \
    return self->member; \
  }

GETTER (gint64, id)
GETTER (const char *, title)
GETTER (const char *, description)
GETTER (gint64, cost_minor)
GETTER (const char *, currency)
GETTER (const char *, kinds)
GETTER (gint64, staff_id)
GETTER (const char *, staff_name)
GETTER (const char *, status)
GETTER (const char *, comment)
GETTER (gint64, votes)
GETTER (gint64, used)
