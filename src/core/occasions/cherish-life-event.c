/* cherish-life-event.c — something coming up in a customer's life
 *
 * A retirement, a wedding, a graduation, a new baby, a move: once, on its
 * date; or every year on that day (an anniversary).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-life-event"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-date.h"
#include "cherish-enum-types.h"
#include "cherish-error.h"
#include "cherish-life-event.h"
#include "cherish-record.h"

#define MAX_TITLE_LENGTH 200

struct _CherishLifeEvent
{
  GObject               parent_instance;

  gint64                id;
  gint64                customer_id;
  CherishLifeEventKind  kind;
  char                 *title;
  char                 *date;
  gboolean              yearly;
  char                 *notes;
};

G_DEFINE_FINAL_TYPE (CherishLifeEvent, cherish_life_event, G_TYPE_OBJECT)

static const CherishField fields[] = {
  CHERISH_FIELD (CherishLifeEvent, id, "id", INT64),
  CHERISH_FIELD (CherishLifeEvent, customer_id, "customer-id", INT64),
  CHERISH_FIELD_ENUM_OF (CherishLifeEvent, kind, "kind", cherish_life_event_kind_get_type,
                         CHERISH_LIFE_EVENT_KIND_OTHER),
  CHERISH_FIELD (CherishLifeEvent, title, "title", STRING),
  CHERISH_FIELD (CherishLifeEvent, date, "date", STRING),
  CHERISH_FIELD (CherishLifeEvent, yearly, "yearly", BOOLEAN),
  CHERISH_FIELD (CherishLifeEvent, notes, "notes", STRING),
};

CHERISH_RECORD_IMPLEMENT (cherish_life_event, CherishLifeEvent, fields)

CherishLifeEvent *
cherish_life_event_new (gint64                customer_id,
                        CherishLifeEventKind  kind,
                        const char           *date)
{
  return g_object_new (CHERISH_TYPE_LIFE_EVENT,
                       "customer-id", customer_id,
                       "kind", kind,
                       "date", date,
                       NULL);
}

/**
 * cherish_life_event_validate:
 *
 * Returns: %TRUE if the life event may be saved; else the error names the
 *   field
 */
gboolean
cherish_life_event_validate (CherishLifeEvent  *self,
                             GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  GDate date;

  g_return_val_if_fail (CHERISH_IS_LIFE_EVENT (self), FALSE);

  if (self->customer_id <= 0)
    {
      cherish_set_invalid (error, "customer-id", _("Customer: choose whose life event this is."));
      return FALSE;
    }

  if (self->kind == CHERISH_LIFE_EVENT_KIND_OTHER && self->title == NULL)
    {
      cherish_set_invalid (error, "title", _("Title: say what the occasion is."));
      return FALSE;
    }

  if (self->title != NULL && g_utf8_strlen (self->title, -1) > MAX_TITLE_LENGTH)
    {
      cherish_set_invalid (error, "title", _("Title: at most %d characters, please."),
                           MAX_TITLE_LENGTH);
      return FALSE;
    }

  if (self->date == NULL)
    {
      cherish_set_invalid (error, "date", _("Date: when is it?"));
      return FALSE;
    }

  if (!cherish_date_parse (self->date, &date, &local_error))
    {
      cherish_set_invalid (error, "date", _("Date: %s"), local_error->message);
      return FALSE;
    }

  return TRUE;
}

#define GETTER(ret, member) \
  ret cherish_life_event_get_##member (CherishLifeEvent *self) \
  { \
    g_return_val_if_fail (CHERISH_IS_LIFE_EVENT (self), 0); \
    return self->member; \
  }

GETTER (gint64, id)
GETTER (gint64, customer_id)
GETTER (CherishLifeEventKind, kind)
GETTER (const char *, title)
GETTER (const char *, date)
GETTER (gboolean, yearly)
GETTER (const char *, notes)
