/* cherish-labels.c — what the manager reads for each kind of thing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-labels"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-date.h"
#include "cherish-labels.h"

const char *
cherish_visit_kind_label (CherishVisitKind kind)
{
  switch (kind)
    {
    case CHERISH_VISIT_KIND_PURCHASE:
      return _("Purchase");
    case CHERISH_VISIT_KIND_PHONE:
      return _("Phone call");
    case CHERISH_VISIT_KIND_EMAIL:
      return _("E-mail");
    case CHERISH_VISIT_KIND_CHAT:
      return _("Chat");
    case CHERISH_VISIT_KIND_SOCIAL:
      return _("Social media message");
    case CHERISH_VISIT_KIND_VISIT:
    default:
      return _("Visit");
    }
}

const char *
cherish_life_event_kind_label (CherishLifeEventKind kind)
{
  switch (kind)
    {
    case CHERISH_LIFE_EVENT_KIND_RETIREMENT:
      return _("Retirement");
    case CHERISH_LIFE_EVENT_KIND_WEDDING:
      return _("Wedding");
    case CHERISH_LIFE_EVENT_KIND_GRADUATION:
      return _("Graduation");
    case CHERISH_LIFE_EVENT_KIND_NEW_BABY:
      return _("New baby");
    case CHERISH_LIFE_EVENT_KIND_MOVE:
      return _("Move");
    case CHERISH_LIFE_EVENT_KIND_ANNIVERSARY:
      return _("Anniversary");
    case CHERISH_LIFE_EVENT_KIND_OTHER:
    default:
      return _("Other");
    }
}

/**
 * cherish_occasion_when:
 * @what: the occasion ("Birthday", "Retirement party")
 * @days: how many days away it is
 *
 * Returns: (transfer full): "Birthday 2 days ago", "Birthday yesterday", "Birthday today",
 *   "Birthday tomorrow", "Birthday in 5 days"
 */
char *
cherish_occasion_when (const char *what,
                       int         days)
{
  if (days == -1)
    /* Translators: %s is an occasion, "Birthday yesterday" */
    return g_strdup_printf (_("%s yesterday"), what);
  if (days < 0)
    /* Translators: %s is an occasion, "Birthday 3 days ago" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s %d day ago", "%s %d days ago", -days),
                            what, -days);
  if (days == 0)
    /* Translators: %s is an occasion, "Birthday today" */
    return g_strdup_printf (_("%s today"), what);
  if (days == 1)
    /* Translators: %s is an occasion, "Birthday tomorrow" */
    return g_strdup_printf (_("%s tomorrow"), what);
  /* Translators: %s is an occasion, "Birthday in 5 days" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s in %d day", "%s in %d days", days),
                          what, days);
}

/**
 * cherish_occasion_title:
 *
 * Returns: (transfer full): what the occasion is: "Birthday (35)",
 *   "5 years as a customer", "Visit number 10"…
 */
char *
cherish_occasion_title (CherishOccasion *occasion)
{
  guint n = cherish_occasion_get_number (occasion);

  switch (cherish_occasion_get_kind (occasion))
    {
    case CHERISH_OCCASION_BIRTHDAY:
      /* Translators: a birthday and the age, "Birthday (35)" */
      return n > 0 ? g_strdup_printf (_("Birthday (%u)"), n) : g_strdup (_("Birthday"));
    case CHERISH_OCCASION_TENURE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u year as a customer",
                                           "%u years as a customer", n), n);
    case CHERISH_OCCASION_NTH_VISIT:
      return g_strdup_printf (_("Visit number %u"), n);
    case CHERISH_OCCASION_SHOP_MILESTONE:
      return g_strdup_printf (_("The shop’s customer number %u"), n);
    case CHERISH_OCCASION_LIFE_EVENT:
      if (n > 0)
        /* Translators: a yearly life event and how many years it has been */
        return g_strdup_printf (_("%s (%u years)"), cherish_occasion_get_title (occasion) ?: _("Life event"), n);
      return g_strdup (cherish_occasion_get_title (occasion) ?: _("Life event"));
    case CHERISH_OCCASION_EVENT:
      /* Translators: an event a customer is invited to, %s is its title */
      return g_strdup_printf (_("Invited: %s"), cherish_occasion_get_title (occasion) ?: "");
    case CHERISH_OCCASION_NONE:
    default:
      return g_strdup ("");
    }
}

const char *
cherish_invitation_status_label (CherishInvitationStatus status)
{
  switch (status)
    {
    case CHERISH_INVITATION_STATUS_ACCEPTED:
      return _("Coming");
    case CHERISH_INVITATION_STATUS_DECLINED:
      return _("Declined");
    case CHERISH_INVITATION_STATUS_WAITLISTED:
      return _("On the waitlist");
    case CHERISH_INVITATION_STATUS_ATTENDED:
      return _("Came");
    case CHERISH_INVITATION_STATUS_NO_SHOW:
      return _("Did not come");
    case CHERISH_INVITATION_STATUS_INVITED:
    default:
      return _("Invited");
    }
}

/**
 * cherish_occasion_when_from:
 * @occasion: a dated occasion
 * @today: the shop's day
 *
 * Returns: (transfer full) (nullable): its title and how far from @today it
 *   is, "Birthday (35) in 5 days"; %NULL when it has no date
 */
char *
cherish_occasion_when_from (CherishOccasion *occasion,
                            const GDate     *today)
{
  g_autofree char *title = NULL;
  GDate day;

  if (!cherish_date_parse (cherish_occasion_get_date (occasion), &day, NULL))
    return NULL;
  title = cherish_occasion_title (occasion);
  return cherish_occasion_when (title, g_date_days_between (today, &day));
}

/**
 * cherish_points_text:
 *
 * Returns: (transfer full): "1 point", "50 points"
 */
char *
cherish_points_text (gint64 points)
{
  int n = (int) CLAMP (points, G_MININT, G_MAXINT);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d point", "%d points", n), n);
}
