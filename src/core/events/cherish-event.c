/* cherish-event.c — a customer event: the evening and its offers (plain value, no SQL)
 *
 * A new collection, an anniversary party, a tasting: a title, what it is,
 * when it starts and ends (stored in UTC, shown in the shop's time zone),
 * where, how many people fit (0: no limit; guests' +1s count), where it
 * stands (draft, open, done, cancelled) and the incentives offered, one
 * per line. The counts of guests are read with it by the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-event"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-date.h"
#include "cherish-enum-types.h"
#include "cherish-error.h"
#include "cherish-event.h"
#include "cherish-record.h"
#include "cherish-text.h"

struct _CherishEvent
{
  GObject             parent_instance;

  gint64              id;
  char               *title;
  char               *description;
  char               *starts_at;
  char               *ends_at;
  char               *place;
  gint64              capacity;
  CherishEventStatus  status;
  char               *incentives;
  char               *created_at;
  char               *updated_at;
  gint64              n_invited;
  gint64              n_accepted;
  gint64              n_waitlisted;
  gint64              n_attended;
};

G_DEFINE_FINAL_TYPE (CherishEvent, cherish_event, G_TYPE_OBJECT)

static const CherishField fields[] = {
  CHERISH_FIELD (CherishEvent, id, "id", INT64),
  CHERISH_FIELD (CherishEvent, title, "title", STRING),
  CHERISH_FIELD (CherishEvent, description, "description", STRING),
  CHERISH_FIELD (CherishEvent, starts_at, "starts-at", STRING),
  CHERISH_FIELD (CherishEvent, ends_at, "ends-at", STRING),
  CHERISH_FIELD (CherishEvent, place, "place", STRING),
  CHERISH_FIELD (CherishEvent, capacity, "capacity", INT64),
  CHERISH_FIELD_ENUM_OF (CherishEvent, status, "status", cherish_event_status_get_type,
                         CHERISH_EVENT_STATUS_DRAFT),
  CHERISH_FIELD (CherishEvent, incentives, "incentives", STRING),
  CHERISH_FIELD (CherishEvent, created_at, "created-at", STRING),
  CHERISH_FIELD (CherishEvent, updated_at, "updated-at", STRING),
  CHERISH_FIELD (CherishEvent, n_invited, "n-invited", INT64),
  CHERISH_FIELD (CherishEvent, n_accepted, "n-accepted", INT64),
  CHERISH_FIELD (CherishEvent, n_waitlisted, "n-waitlisted", INT64),
  CHERISH_FIELD (CherishEvent, n_attended, "n-attended", INT64),
};

CHERISH_RECORD_IMPLEMENT (cherish_event, CherishEvent, fields)

/**
 * cherish_event_new:
 * @starts_at: "YYYY-MM-DDTHH:MM:SSZ" (or with an offset)
 *
 * Returns: (transfer full): a draft event, not saved yet
 */
CherishEvent *
cherish_event_new (const char *title,
                   const char *starts_at,
                   const char *ends_at)
{
  return g_object_new (CHERISH_TYPE_EVENT, "title", title, "starts-at", starts_at,
                       "ends-at", ends_at, NULL);
}

static gboolean
check_time (const char  *text,
            const char  *field,
            const char  *label,
            GError     **error)
{
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GError) local_error = NULL;

  if (text == NULL || *text == '\0')
    {
      /* Translators: %s is "Starts" or "Ends" */
      cherish_set_invalid (error, field, _("%s: say when."), label);
      return FALSE;
    }
  when = cherish_timestamp_parse (text, &local_error);
  if (when == NULL)
    {
      cherish_set_invalid (error, field, "%s: %s", label, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * cherish_event_validate:
 *
 * Returns: %TRUE if it may be saved; else the error names the field
 */
gboolean
cherish_event_validate (CherishEvent  *self,
                        GError       **error)
{
  g_autofree char *title = NULL;
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;

  g_return_val_if_fail (CHERISH_IS_EVENT (self), FALSE);

  title = cherish_text_normalize (self->title);
  if (title == NULL)
    {
      cherish_set_invalid (error, "title", _("Title: give the event a name."));
      return FALSE;
    }
  if (!check_time (self->starts_at, "starts-at", _("Starts"), error) ||
      !check_time (self->ends_at, "ends-at", _("Ends"), error))
    return FALSE;
  starts = cherish_timestamp_parse (self->starts_at, NULL);
  ends = cherish_timestamp_parse (self->ends_at, NULL);
  if (g_date_time_compare (ends, starts) <= 0)
    {
      cherish_set_invalid (error, "ends-at", _("Ends: the event must end after it starts."));
      return FALSE;
    }
  if (self->capacity < 0 || self->capacity > CHERISH_EVENT_MAX_CAPACITY)
    {
      cherish_set_invalid (error, "capacity",
                           _("Capacity: between 1 and %d people, or none for no limit."),
                           CHERISH_EVENT_MAX_CAPACITY);
      return FALSE;
    }
  return TRUE;
}

#define GETTER(ret, member) \
  ret cherish_event_get_##member (CherishEvent *self) \
  { \
    g_return_val_if_fail (CHERISH_IS_EVENT (self), 0); \
    return self->member; \
  }

GETTER (gint64, id)
GETTER (const char *, title)
GETTER (const char *, description)
GETTER (const char *, starts_at)
GETTER (const char *, ends_at)
GETTER (const char *, place)
GETTER (gint64, capacity)
GETTER (CherishEventStatus, status)
GETTER (const char *, incentives)
GETTER (gint64, n_invited)
GETTER (gint64, n_accepted)
GETTER (gint64, n_waitlisted)
GETTER (gint64, n_attended)
