/* cherish-ics.c — an event as an iCalendar file (RFC 5545)
 *
 * One VEVENT in a VCALENDAR: times in UTC ("…Z"), text escaped (\\ \; \,
 * and \n), lines folded at 75 octets without cutting a UTF-8 character,
 * CRLF line ends. A draft is TENTATIVE, a cancelled event CANCELLED. The
 * UID stays the same for the event, so a calendar that imports it again
 * updates it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-ics"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-date.h"
#include "cherish-ics.h"

#define FOLD_AT 75

static char *
ics_time (const char *timestamp)
{
  g_autoptr(GDateTime) when = cherish_timestamp_parse (timestamp, NULL);
  g_autoptr(GDateTime) utc = when != NULL ? g_date_time_to_utc (when) : NULL;

  return utc != NULL ? g_date_time_format (utc, "%Y%m%dT%H%M%SZ") : g_strdup ("");
}

/* Appends "NAME:value" folded, with CRLF. */
static void
add_line (GString    *out,
          const char *name,
          const char *value)
{
  g_autofree char *line = g_strconcat (name, ":", value, NULL);
  gsize used = 0;

  for (const char *p = line; *p != '\0'; )
    {
      const char *next = g_utf8_next_char (p);
      gsize size = next - p;

      if (used + size > FOLD_AT)
        {
          g_string_append (out, "\r\n ");
          used = 1;
        }
      g_string_append_len (out, p, size);
      used += size;
      p = next;
    }
  g_string_append (out, "\r\n");
}

static char *
escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    switch (*p)
      {
      case '\\':
        g_string_append (out, "\\\\");
        break;
      case ';':
        g_string_append (out, "\\;");
        break;
      case ',':
        g_string_append (out, "\\,");
        break;
      case '\n':
        g_string_append (out, "\\n");
        break;
      case '\r':
        break;
      default:
        g_string_append_c (out, *p);
      }
  return g_string_free (out, FALSE);
}

static void
add_text (GString    *out,
          const char *name,
          const char *value)
{
  g_autofree char *escaped = escape (value);

  add_line (out, name, escaped);
}

/**
 * cherish_ics_from_event:
 * @now: when the file is made (DTSTAMP)
 *
 * Returns: (transfer full): the iCalendar text
 */
char *
cherish_ics_from_event (CherishEvent *event,
                        GDateTime    *now)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (now);
  g_autofree char *stamp = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
  g_autofree char *starts = ics_time (cherish_event_get_starts_at (event));
  g_autofree char *ends = ics_time (cherish_event_get_ends_at (event));
  g_autofree char *uid = g_strdup_printf ("event-%" G_GINT64_FORMAT "@cherishapp.github.io",
                                          cherish_event_get_id (event));
  g_autoptr(GString) description = g_string_new (cherish_event_get_description (event));
  const char *incentives = cherish_event_get_incentives (event);
  const char *status;

  g_return_val_if_fail (CHERISH_IS_EVENT (event), NULL);

  if (incentives != NULL && *incentives != '\0')
    {
      if (description->len > 0)
        g_string_append (description, "\n\n");
      g_string_append (description, incentives);
    }
  switch (cherish_event_get_status (event))
    {
    case CHERISH_EVENT_STATUS_DRAFT:
      status = "TENTATIVE";
      break;
    case CHERISH_EVENT_STATUS_CANCELLED:
      status = "CANCELLED";
      break;
    case CHERISH_EVENT_STATUS_OPEN:
    case CHERISH_EVENT_STATUS_DONE:
    default:
      status = "CONFIRMED";
    }

  add_line (out, "BEGIN", "VCALENDAR");
  add_line (out, "VERSION", "2.0");
  add_line (out, "PRODID", "-//Cherish//Customer events//EN");
  add_line (out, "CALSCALE", "GREGORIAN");
  add_line (out, "BEGIN", "VEVENT");
  add_line (out, "UID", uid);
  add_line (out, "DTSTAMP", stamp);
  add_line (out, "DTSTART", starts);
  add_line (out, "DTEND", ends);
  add_text (out, "SUMMARY", cherish_event_get_title (event));
  if (description->len > 0)
    add_text (out, "DESCRIPTION", description->str);
  if (cherish_event_get_place (event) != NULL && *cherish_event_get_place (event) != '\0')
    add_text (out, "LOCATION", cherish_event_get_place (event));
  add_line (out, "STATUS", status);
  add_line (out, "END", "VEVENT");
  add_line (out, "END", "VCALENDAR");
  return g_string_free (out, FALSE);
}
