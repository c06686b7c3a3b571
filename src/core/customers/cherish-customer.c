/* cherish-customer.c — a person the shop knows (plain value, no SQL)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cherish-customer.h"
#include "cherish-message.h"
#include "cherish-date.h"
#include "cherish-error.h"
#include "cherish-record.h"
#include "cherish-text.h"

#define MAX_NAME_LENGTH 200
#define MAX_EMAIL_LENGTH 254

struct _CherishCustomer
{
  GObject   parent_instance;

  gint64    id;
  char     *display_name;
  char     *phone;
  char     *email;
  char     *customer_since;
  char     *birthday;
  char     *likes;
  char     *dislikes;
  char     *notes;
  gboolean  is_prospect;
  gboolean  photo_consent;
  guint     channels;
  gboolean  do_not_contact;
  char     *created_at;
  char     *updated_at;
  char     *deleted_at;
  char     *last_visit_at;
  guint     visit_count;
  char     *next_event_date;
  char     *next_event_kind;
  char     *next_event_title;
};

G_DEFINE_FINAL_TYPE (CherishCustomer, cherish_customer, G_TYPE_OBJECT)

static const CherishField fields[] = {
  CHERISH_FIELD (CherishCustomer, id, "id", INT64),
  CHERISH_FIELD (CherishCustomer, display_name, "display-name", STRING),
  CHERISH_FIELD (CherishCustomer, phone, "phone", STRING),
  CHERISH_FIELD (CherishCustomer, email, "email", STRING),
  CHERISH_FIELD (CherishCustomer, customer_since, "customer-since", STRING),
  CHERISH_FIELD (CherishCustomer, birthday, "birthday", STRING),
  CHERISH_FIELD (CherishCustomer, likes, "likes", STRING),
  CHERISH_FIELD (CherishCustomer, dislikes, "dislikes", STRING),
  CHERISH_FIELD (CherishCustomer, notes, "notes", STRING),
  CHERISH_FIELD (CherishCustomer, is_prospect, "is-prospect", BOOLEAN),
  CHERISH_FIELD (CherishCustomer, photo_consent, "photo-consent", BOOLEAN),
  CHERISH_FIELD (CherishCustomer, channels, "channels", UINT),
  CHERISH_FIELD (CherishCustomer, do_not_contact, "do-not-contact", BOOLEAN),
  CHERISH_FIELD (CherishCustomer, created_at, "created-at", STRING),
  CHERISH_FIELD (CherishCustomer, updated_at, "updated-at", STRING),
  CHERISH_FIELD (CherishCustomer, deleted_at, "deleted-at", STRING),
  CHERISH_FIELD (CherishCustomer, last_visit_at, "last-visit-at", STRING),
  CHERISH_FIELD (CherishCustomer, visit_count, "visit-count", UINT),
  CHERISH_FIELD (CherishCustomer, next_event_date, "next-event-date", STRING),
  CHERISH_FIELD (CherishCustomer, next_event_kind, "next-event-kind", STRING),
  CHERISH_FIELD (CherishCustomer, next_event_title, "next-event-title", STRING),
};

CHERISH_RECORD_IMPLEMENT (cherish_customer, CherishCustomer, fields)
CHERISH_RECORD_NEW_WITH (cherish_customer, CherishCustomer, fields)

/* ------------------------------------------------------------------ */
/* Validation                                                          */
/* ------------------------------------------------------------------ */

static gboolean
email_is_valid (const char *email)
{
  const char *at = strchr (email, '@');
  const char *dot;

  if (at == NULL || at == email || strchr (at + 1, '@') != NULL || strlen (email) > MAX_EMAIL_LENGTH)
    return FALSE;

  for (const char *p = email; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || *p == ',' || *p == ';' || *p == '<' || *p == '>')
      return FALSE;

  dot = strrchr (at + 1, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0' && dot[-1] != '.';
}

static gboolean
phone_is_valid (const char *phone)
{
  g_autofree char *folded = cherish_text_fold (phone);
  guint digits = 0;

  for (const char *p = folded; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (!strchr ("+-(). /", *p))
        return FALSE;
    }

  return digits >= 3 && digits <= 20;
}

/**
 * cherish_customer_validate:
 * @today: the shop's today, for "customer since" and birthdays
 *
 * Checks what a form or a file gave. The error names the first field at
 * fault (cherish_error_get_field()) and says what is wrong with each.
 *
 * Returns: %TRUE if the customer may be saved
 */
gboolean
cherish_customer_validate (CherishCustomer  *self,
                           const GDate      *today,
                           GError          **error)
{
  g_autoptr(GError) problems = NULL;
  g_autofree char *name = NULL;
  int year, month, day;

  g_return_val_if_fail (CHERISH_IS_CUSTOMER (self), FALSE);
  g_return_val_if_fail (g_date_valid (today), FALSE);

  /* Every problem is named, the first field's first. */
  name = cherish_text_normalize (self->display_name);
  if (name == NULL)
    cherish_add_invalid (&problems, "display-name", _("Name: a customer needs a name."));
  else if (g_utf8_strlen (name, -1) > MAX_NAME_LENGTH)
    cherish_add_invalid (&problems, "display-name",
                         _("Name: at most %d characters, please."), MAX_NAME_LENGTH);

  if (self->phone != NULL && !phone_is_valid (self->phone))
    cherish_add_invalid (&problems, "phone",
                         _("Phone: “%s” is not a phone number; use digits, spaces and + - ( )."),
                         self->phone);

  if (self->email != NULL && !email_is_valid (self->email))
    cherish_add_invalid (&problems, "email",
                         _("E-mail: “%s” is not an e-mail address, like name@example.com."),
                         self->email);

  if (self->customer_since != NULL)
    {
      g_autoptr(GError) local_error = NULL;
      GDate since;

      if (!cherish_date_parse (self->customer_since, &since, &local_error))
        cherish_add_invalid (&problems, "customer-since", _("Customer since: %s"), local_error->message);
      else if (g_date_compare (&since, today) > 0)
        cherish_add_invalid (&problems, "customer-since",
                             _("Customer since: %s is in the future."), self->customer_since);
    }

  if (self->birthday != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      if (!cherish_birthday_parse (self->birthday, &year, &month, &day, &local_error))
        cherish_add_invalid (&problems, "birthday", _("Birthday: %s"), local_error->message);
      else if (year != 0)
        {
          GDate born;

          g_date_clear (&born, 1);
          g_date_set_dmy (&born, day, month, year);
          if (g_date_compare (&born, today) > 0)
            cherish_add_invalid (&problems, "birthday",
                                 _("Birthday: %s is in the future."), self->birthday);
        }
    }

  if (problems != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&problems));
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */
/* ------------------------------------------------------------------ */

/**
 * cherish_customer_new:
 *
 * Returns: (transfer full): a new customer, who accepts every channel
 */
CherishCustomer *
cherish_customer_new (const char *display_name)
{
  return cherish_customer_new_with ("display-name", display_name, "channels", (guint) CHERISH_CHANNELS_ALL, NULL);
}

#define GETTER(ret, member) \
  ret cherish_customer_get_##member (CherishCustomer *self) \
  { \
    g_return_val_if_fail (CHERISH_IS_CUSTOMER (self), 0); \
    return self->member; \
  }

GETTER (gint64, id)
GETTER (const char *, display_name)
GETTER (const char *, phone)
GETTER (const char *, email)
GETTER (const char *, customer_since)
GETTER (const char *, birthday)
GETTER (const char *, likes)
GETTER (const char *, dislikes)
GETTER (const char *, notes)
GETTER (gboolean, is_prospect)
GETTER (guint, channels)
GETTER (gboolean, do_not_contact)
GETTER (gboolean, photo_consent)
GETTER (const char *, created_at)
GETTER (const char *, updated_at)
GETTER (const char *, deleted_at)
GETTER (const char *, last_visit_at)
GETTER (guint, visit_count)
GETTER (const char *, next_event_kind)
GETTER (const char *, next_event_title)

/**
 * cherish_customer_get_next_occasion:
 * @today: the shop's today
 * @days: (out): days from @today to the occasion (0 is today)
 *
 * The nearer of the customer's next birthday and next life event (as a
 * list of customers reads it). A 29 February falls on the 28th in common
 * years.
 *
 * Returns: what the occasion is, or %CHERISH_OCCASION_NONE
 */
CherishOccasionKind
cherish_customer_get_next_occasion (CherishCustomer *self,
                                    const GDate     *today,
                                    int             *days)
{
  CherishOccasionKind occasion = CHERISH_OCCASION_NONE;
  int year, month, day;
  GDate next;

  g_return_val_if_fail (CHERISH_IS_CUSTOMER (self), CHERISH_OCCASION_NONE);

  *days = G_MAXINT;

  if (self->birthday != NULL && cherish_birthday_parse (self->birthday, &year, &month, &day, NULL))
    {
      cherish_date_next_yearly (month, day, today, &next);
      *days = g_date_days_between (today, &next);
      occasion = CHERISH_OCCASION_BIRTHDAY;
    }

  /* The list computed the date; a 29 February of a common year is the 28th. */
  if (self->next_event_date != NULL &&
      cherish_date_read_stored (self->next_event_date, &year, &month, &day) &&
      month >= 1 && month <= 12 && day >= 1 && day <= 31 && year > 0)
    {
      int event_days;

      g_date_clear (&next, 1);
      if (!g_date_valid_dmy (day, month, year))
        day = g_date_get_days_in_month (month, year);
      g_date_set_dmy (&next, day, month, year);
      event_days = g_date_days_between (today, &next);
      if (event_days >= 0 && event_days < *days)
        {
          *days = event_days;
          occasion = CHERISH_OCCASION_LIFE_EVENT;
        }
    }

  return occasion;
}

/* "roses\ngreen tea" and "tea\nroses" → "roses\ngreen tea\ntea". */
static char *
join_lines (const char *have,
            const char *more)
{
  g_autoptr(GString) out = g_string_new (have);
  g_auto(GStrv) old_lines = g_strsplit (have != NULL ? have : "", "\n", -1);
  g_auto(GStrv) new_lines = g_strsplit (more != NULL ? more : "", "\n", -1);

  for (guint i = 0; new_lines[i] != NULL; i++)
    if (*new_lines[i] != '\0' && !g_strv_contains ((const char * const *) old_lines, new_lines[i]))
      g_string_append_printf (out, "%s%s", out->len > 0 ? "\n" : "", new_lines[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * cherish_customer_complete:
 * @other: the same person, entered elsewhere
 *
 * Fills what @self lacks (phone, e-mail, birthday, customer since) from
 * @other, and adds the lines of @other's likes, dislikes and notes that
 * @self does not have. What @self has stays; so does a wish not to be
 * contacted (by a channel, or at all) that either had.
 *
 * Returns: whether @self changed (an import of the same file again
 *   changes nobody, and writes nothing)
 */
gboolean
cherish_customer_complete (CherishCustomer *self,
                           CherishCustomer *other)
{
  static const char *fill[] = { "phone", "email", "birthday", "customer-since" };
  static const char *add[] = { "likes", "dislikes", "notes" };
  guint channels;
  gboolean do_not_contact, changed = FALSE;

  g_return_val_if_fail (CHERISH_IS_CUSTOMER (self), FALSE);
  g_return_val_if_fail (CHERISH_IS_CUSTOMER (other), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (fill); i++)
    {
      g_autofree char *have = NULL;
      g_autofree char *more = NULL;

      g_object_get (self, fill[i], &have, NULL);
      g_object_get (other, fill[i], &more, NULL);
      if ((have == NULL || *have == '\0') && more != NULL)
        {
          changed |= *more != '\0';
          g_object_set (self, fill[i], more, NULL);
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (add); i++)
    {
      g_autofree char *have = NULL;
      g_autofree char *more = NULL;
      g_autofree char *both = NULL;

      g_object_get (self, add[i], &have, NULL);
      g_object_get (other, add[i], &more, NULL);
      both = join_lines (have, more);
      changed |= g_strcmp0 (have != NULL ? have : "", both) != 0;
      g_object_set (self, add[i], both, NULL);
    }
  /* Asked not to be written to, or not by some channel: that stands. */
  channels = self->channels & other->channels;
  do_not_contact = self->do_not_contact || other->do_not_contact;
  changed |= channels != self->channels || do_not_contact != self->do_not_contact;
  g_object_set (self, "channels", channels, "do-not-contact", do_not_contact, NULL);
  return changed;
}
