/* cherish-sample-data.c — a demo shop to try Cherish with
 *
 * A small salon-and-café with about sixty regulars, Persian and Latin
 * names, three years of visits, birthdays and life events placed around
 * today so that every screen has something to show. The same seed gives
 * the same shop, so screenshots are repeatable. It only ever fills an
 * empty database: a real shop's customers are never mixed with these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-sample-data"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-customer-store.h"
#include "cherish-date.h"
#include "cherish-event-store.h"
#include "cherish-follow-up-store.h"
#include "cherish-guest-store.h"
#include "cherish-life-event-store.h"
#include "cherish-sample-data.h"
#include "cherish-idea-store.h"
#include "cherish-points-store.h"
#include "cherish-staff-store.h"
#include "cherish-tier-store.h"
#include "cherish-visit-store.h"

#define SEED 20241124

static const char *names[] = {
  "سارا احمدی", "مریم رضایی", "علی محمدی", "زهرا کریمی", "رضا حسینی", "فاطمه موسوی",
  "محمد جعفری", "نرگس صادقی", "حسین اکبری", "لیلا نوری", "امیر قاسمی", "شیرین رحیمی",
  "پریسا عباسی", "کاوه مرادی", "مهسا کاظمی", "بهرام یوسفی", "نازنین شریفی", "آرش فرهادی",
  "سیمین طاهری", "داریوش بهرامی", "گلناز حیدری", "پژمان سلیمانی", "رویا ملکی", "فرهاد زمانی",
  "الهام نجفی", "کیان امینی", "ترانه خسروی", "بابک وحیدی", "یاسمن کیانی", "مژگان افشار",
  "Sara Lindqvist", "Emma Müller", "Lucas Moreau", "Sofía García", "Oliver Smith",
  "Chloé Dubois", "Mateo Rossi", "Hannah Schmidt", "Noah Williams", "Léa Martin",
  "Ingrid Johansson", "Marco Bianchi", "Aisha Khan", "Yuki Tanaka", "Zoë van Dijk",
  "Björn Eriksson", "Amélie Laurent", "Diego Fernández", "Nina Kowalski", "Tomás Silva",
  "Grace O'Brien", "Omar Haddad", "Elif Yılmaz", "Anna Novák", "Jonas Weber",
  "Clara Hoffmann", "Ravi Patel", "Maja Andersen", "Felix Wagner", "Isabel Costa",
};

static const char *likes[] = {
  "قهوه ترک", "چای سبز", "گل رز", "شکلات تلخ", "موسیقی سنتی", "کتاب شعر",
  "Flat white", "Lavender", "Jazz", "Dark chocolate", "Oat milk", "Short haircuts",
  "Window seat", "Almond croissant", "Curly hair care", "Peonies",
};

static const char *dislikes[] = {
  "شیرینی زیاد", "موسیقی بلند", "عطر تند", "Strong perfume", "Loud music", "Waiting",
  "Cinnamon", "Cold rooms",
};

static const char *staff_names[] = { "نیلوفر", "Jonas", "مهدی", "Camille" };

static const struct
{
  CherishLifeEventKind  kind;
  const char           *title;
  int                   days_from_today;
  gboolean              yearly;
} life_events[] = {
  { CHERISH_LIFE_EVENT_KIND_RETIREMENT, N_("Retirement party"), 12, FALSE },
  { CHERISH_LIFE_EVENT_KIND_WEDDING, N_("Wedding"), 26, FALSE },
  { CHERISH_LIFE_EVENT_KIND_GRADUATION, N_("Graduates from university"), 5, FALSE },
  { CHERISH_LIFE_EVENT_KIND_NEW_BABY, N_("Baby due"), 40, FALSE },
  { CHERISH_LIFE_EVENT_KIND_MOVE, N_("Moving to a new flat"), 3, FALSE },
  { CHERISH_LIFE_EVENT_KIND_ANNIVERSARY, N_("Wedding anniversary"), 9, TRUE },
  { CHERISH_LIFE_EVENT_KIND_OTHER, N_("Opens her own bakery"), 18, FALSE },
  { CHERISH_LIFE_EVENT_KIND_ANNIVERSARY, N_("Shop opening anniversary"), 60, TRUE },
};

static char *
date_from_today (const GDate *today,
                 int          days)
{
  GDate date = *today;

  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  return cherish_date_format (&date);
}

static char *
pick_lines (GRand       *rand,
            const char **items,
            guint        n_items,
            guint        max)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) picked = NULL;
  guint n = g_rand_int_range (rand, 0, max + 1);

  for (guint i = 0; i < n; i++)
    {
      const char *item = items[g_rand_int_range (rand, 0, n_items)];

      g_strv_builder_add (builder, item);
    }
  picked = g_strv_builder_end (builder);
  return g_strjoinv ("\n", picked);
}

typedef struct
{
  CherishClock          *clock;
  CherishCustomerStore  *customers;
  CherishVisitStore     *visits;
  CherishLifeEventStore *events;
  CherishStaffStore     *staff;
  CherishFollowUpStore  *follow_ups;
  guint                  added;
  CherishPointsStore    *points;
} Fill;

/* A few follow-ups made by hand, due today and overdue. */
static const char *follow_up_abouts[] = {
  N_("Ask how the new colour holds"),
  N_("Send the photos from the party"),
  N_("Call: the order came in"),
};

static gboolean
add_customer (Fill        *fill,
              GRand       *rand,
              guint        index,
              const GDate *today,
              GPtrArray   *staff,
              GError     **error)
{
  g_autoptr(CherishCustomer) customer = cherish_customer_new (names[index]);
  g_autoptr(GDateTime) now = cherish_clock_get_now (fill->clock);
  g_autofree char *like = pick_lines (rand, likes, G_N_ELEMENTS (likes), 3);
  g_autofree char *dislike = pick_lines (rand, dislikes, G_N_ELEMENTS (dislikes), 1);
  g_autofree char *phone = NULL;
  g_autofree char *email = NULL;
  g_autofree char *since = NULL;
  g_autofree char *birthday = NULL;
  gboolean prospect = index % 13 == 7;
  int tenure_days = g_rand_int_range (rand, 20, 8 * 365);
  int birthday_offset = (index % 5 == 0) ? g_rand_int_range (rand, 0, 30)
                                         : g_rand_int_range (rand, 30, 365);
  guint n_visits;

  phone = g_strdup_printf ("0912 %03d %04d", g_rand_int_range (rand, 100, 999),
                           g_rand_int_range (rand, 1000, 9999));
  if (index >= 30)
    email = g_strdup_printf ("customer%u@example.com", index + 1);
  since = prospect ? NULL : date_from_today (today, -tenure_days);

  /* Birthdays spread over the coming year, a fifth within the month;
   * about a third without a known year. */
  {
    GDate date = *today;

    g_date_add_days (&date, birthday_offset);
    /* Not 29 February: the year below is picked at random. */
    if (g_date_get_month (&date) == G_DATE_FEBRUARY && g_date_get_day (&date) == 29)
      g_date_subtract_days (&date, 1);
    if (index % 3 == 0)
      birthday = g_strdup_printf ("--%02d-%02d", g_date_get_month (&date), g_date_get_day (&date));
    else
      birthday = g_strdup_printf ("%04d-%02d-%02d",
                                  g_date_get_year (&date) - g_rand_int_range (rand, 19, 70),
                                  g_date_get_month (&date), g_date_get_day (&date));
  }

  g_object_set (customer,
                "phone", phone,
                "email", email,
                "customer-since", since,
                "birthday", birthday,
                "likes", like,
                "dislikes", dislike,
                "is-prospect", prospect,
                "photo-consent", g_rand_boolean (rand),
                NULL);
  if (index == 0)
    g_object_set (customer, "notes",
                  _("Has come every month for twenty years. Retires soon: "
                    "ask about the party and surprise her with a new style."), NULL);

  if (!cherish_customer_store_insert (fill->customers, customer, error))
    return FALSE;

  /* Regulars come often; prospects have only been in touch. */
  n_visits = prospect ? 0 : g_rand_int_range (rand, 1, 9) * g_rand_int_range (rand, 1, 6);
  for (guint v = 0; v < n_visits; v++)
    {
      static const CherishVisitKind kinds[] = {
        CHERISH_VISIT_KIND_VISIT, CHERISH_VISIT_KIND_PURCHASE, CHERISH_VISIT_KIND_PURCHASE,
        CHERISH_VISIT_KIND_VISIT, CHERISH_VISIT_KIND_PHONE, CHERISH_VISIT_KIND_CHAT,
      };
      int days_ago = g_rand_int_range (rand, 0, MIN (tenure_days, 3 * 365));
      g_autoptr(GDateTime) at = g_date_time_add_seconds (now, -(days_ago * 86400.0 +
                                                               g_rand_int_range (rand, 3600, 8 * 3600)));
      g_autofree char *at_text = g_date_time_format_iso8601 (at);
      CherishVisitKind kind = kinds[g_rand_int_range (rand, 0, G_N_ELEMENTS (kinds))];
      g_autoptr(CherishVisit) visit = cherish_visit_new (cherish_customer_get_id (customer),
                                                         kind, at_text);
      g_autoptr(GError) earn_error = NULL;

      if (kind == CHERISH_VISIT_KIND_PURCHASE)
        cherish_visit_set_amount (visit, g_rand_int_range (rand, 5, 120) * 50000, "IRR");
      if (staff->len > 0)
        g_object_set (visit, "staff-id",
                      cherish_staff_get_id (g_ptr_array_index (staff, v % staff->len)), NULL);

      if (!cherish_visit_store_insert (fill->visits, visit, error))
        return FALSE;
      cherish_points_store_earn_for_visit (fill->points, cherish_visit_get_id (visit), &earn_error);
      if (earn_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&earn_error));
          return FALSE;
        }
    }

  if (index < G_N_ELEMENTS (life_events) * 3 && index % 3 == 0)
    {
      guint e = index / 3;
      g_autofree char *date = date_from_today (today, life_events[e].days_from_today);
      g_autoptr(CherishLifeEvent) event = cherish_life_event_new (cherish_customer_get_id (customer),
                                                                  life_events[e].kind, date);

      g_object_set (event, "title", _(life_events[e].title), "yearly", life_events[e].yearly, NULL);
      if (!cherish_life_event_store_insert (fill->events, event, error))
        return FALSE;
    }

  if (index % 7 == 1 && index / 7 < G_N_ELEMENTS (follow_up_abouts))
    {
      g_autofree char *due = date_from_today (today, -(int) (index / 7));
      g_autoptr(CherishFollowUp) follow_up = cherish_follow_up_new (cherish_customer_get_id (customer),
                                                                    due, _(follow_up_abouts[index / 7]));

      if (!cherish_follow_up_store_add (fill->follow_ups, follow_up, error))
        return FALSE;
    }

  fill->added++;
  return TRUE;
}

/* An evening tomorrow, open, with some of the regulars coming. */
static gboolean
add_event (Fill         *fill,
           const GDate  *today,
           GError      **error)
{
  g_autoptr(CherishEventStore) events = cherish_event_store_new (cherish_store_get_database (CHERISH_STORE (fill->customers)),
                                                                 fill->clock);
  g_autoptr(CherishGuestStore) guests = cherish_guest_store_new (cherish_store_get_database (CHERISH_STORE (fill->customers)),
                                                                 fill->clock);
  g_autoptr(GTimeZone) zone = cherish_clock_get_timezone (fill->clock);
  g_autoptr(GDateTime) midnight = g_date_time_new (zone, g_date_get_year (today), g_date_get_month (today),
                                                   g_date_get_day (today), 0, 0, 0);
  g_autoptr(GDateTime) starts = g_date_time_add_hours (midnight, 24 + 18);
  g_autoptr(GDateTime) ends = g_date_time_add_hours (starts, 3);
  g_autofree char *starts_text = cherish_timestamp_format (starts);
  g_autofree char *ends_text = cherish_timestamp_format (ends);
  g_autoptr(CherishEvent) event = cherish_event_new (_("Autumn collection evening"), starts_text, ends_text);
  CherishGuestFilter regulars = { CHERISH_GUEST_FILTER_TOP_VISITS, 8, NULL };
  g_autoptr(GPtrArray) invited = NULL;
  g_autoptr(CherishPrize) prize = NULL;

  g_object_set (event, "place", _("The shop"), "capacity", (gint64) 10, "status", CHERISH_EVENT_STATUS_OPEN,
                "description", _("The new collection, tea and sweets."),
                /* xgettext:no-c-format */
                "incentives", _("10% off everything tonight"), NULL);
  if (!cherish_event_store_insert (events, event, error) ||
      cherish_guest_store_invite_matching (guests, cherish_event_get_id (event), &regulars, error) < 0)
    return FALSE;
  invited = cherish_guest_store_list (guests, cherish_event_get_id (event), error);
  if (invited == NULL)
    return FALSE;
  for (guint i = 0; i < invited->len; i++)
    {
      gint64 id = cherish_invitation_get_id (invited->pdata[i]);

      if (i % 4 == 3 && !cherish_guest_store_decline (guests, id, NULL, error))
        return FALSE;
      if (i % 4 != 3 && !cherish_guest_store_accept (guests, id, 1 + i % 3, NULL, error))
        return FALSE;
    }
  prize = cherish_event_store_add_prize (events, cherish_event_get_id (event), _("Silk scarf"), 3, error);
  return prize != NULL;
}

/* How points are earned (from three years back, so past visits count),
 * what they buy, two tiers, and a few ideas of the staff. */
static gboolean
add_rules (Fill         *fill,
           const GDate  *today,
           GError      **error)
{
  CherishPointsRules rules = { "", 10, 1, 100000, "IRR", 100, 50, 200 };
  GDate start = *today;

  g_date_subtract_years (&start, 3);
  g_date_strftime (rules.starts_on, sizeof rules.starts_on, "%Y-%m-%d", &start);
  return cherish_points_store_set_rules (fill->points, &rules, error) &&
         cherish_points_store_add_reward (fill->points, _("Free coffee"), 50, -1, error) > 0 &&
         cherish_points_store_add_reward (fill->points, _("Hair treatment"), 300, 5, error) > 0 &&
         cherish_points_store_add_reward (fill->points, _("Silk scarf"), 800, 2, error) > 0;
}

static gboolean
add_loyalty (Fill       *fill,
             GPtrArray  *staff,
             GError    **error)
{
  CherishDatabase *database = cherish_store_get_database (CHERISH_STORE (fill->points));
  g_autoptr(CherishTierStore) tiers = cherish_tier_store_new (database, fill->clock);
  g_autoptr(CherishIdeaStore) ideas = cherish_idea_store_new (database, fill->clock);
  g_autoptr(GPtrArray) moves = NULL;
  const char *birthday[] = { "birthday", NULL };
  const char *years[] = { "tenure", "life-event", NULL };
  const char *visit[] = { "nth-visit", NULL };
  gint64 flowers, card;

#define STAFF(i) cherish_staff_get_id (g_ptr_array_index (staff, (i) % staff->len))
  if (cherish_tier_store_add (tiers, _("Silver"), 200, error) == 0 ||
      cherish_tier_store_add (tiers, _("Gold"), 600, error) == 0 ||
      (moves = cherish_tier_store_recalculate (tiers, error)) == NULL)
    return FALSE;
  flowers = cherish_idea_store_suggest (ideas, _("Flowers from the market"),
                                        _("A small bunch on the counter, with their name on a card"),
                                        1500000, "IRR", birthday, STAFF (0), error);
  card = cherish_idea_store_suggest (ideas, _("A handwritten card from all of us"), "", -1, NULL, years,
                                     STAFF (1), error);
  if (flowers == 0 || card == 0 ||
      cherish_idea_store_suggest (ideas, _("A free coffee on their 100th visit"), "", -1, NULL, visit,
                                  STAFF (2), error) == 0)
    return FALSE;
  return cherish_idea_store_vote (ideas, flowers, STAFF (1), error) &&
         cherish_idea_store_vote (ideas, flowers, STAFF (2), error) &&
         cherish_idea_store_vote (ideas, card, STAFF (0), error) &&
         cherish_idea_store_decide (ideas, flowers, TRUE, _("Yes — ask the florist next door"), error);
#undef STAFF
}

static gboolean
fill_in_transaction (gpointer   user_data,
                     GError   **error)
{
  Fill *fill = user_data;
  g_autoptr(GPtrArray) staff = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  GDate today;

  cherish_clock_get_today (fill->clock, &today);

  for (guint i = 0; i < G_N_ELEMENTS (staff_names); i++)
    {
      g_autoptr(CherishStaff) member = cherish_staff_new (staff_names[i]);

      if (!cherish_staff_store_insert (fill->staff, member, error))
        return FALSE;
      g_ptr_array_add (staff, g_steal_pointer (&member));
    }

  if (!add_rules (fill, &today, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (!add_customer (fill, rand, i, &today, staff, error))
      return FALSE;

  return add_event (fill, &today, error) && add_loyalty (fill, staff, error);
}

/**
 * cherish_sample_data_fill:
 * @clock: (nullable): where "today" comes from; %NULL for the system clock
 * @n_customers: (out) (optional): how many customers were added; 0 when
 *   the database already had customers and was left alone
 *
 * Fills an empty database with a demo shop, all in one transaction.
 *
 * Returns: %TRUE unless writing failed (then nothing was added)
 */
gboolean
cherish_sample_data_fill (CherishDatabase  *database,
                          CherishClock     *clock,
                          guint            *n_customers,
                          GError          **error)
{
  g_autoptr(CherishCustomerStore) customers = cherish_customer_store_new (database, clock);
  g_autoptr(CherishVisitStore) visits = cherish_visit_store_new (database, clock);
  g_autoptr(CherishLifeEventStore) events = cherish_life_event_store_new (database, clock);
  g_autoptr(CherishStaffStore) staff = cherish_staff_store_new (database, clock);
  g_autoptr(CherishFollowUpStore) follow_ups = cherish_follow_up_store_new (database, clock);
  g_autoptr(CherishPointsStore) points = cherish_points_store_new (database, clock);
  CherishCustomerQuery everyone = { NULL, CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_FILTER_NONE };
  g_autoptr(GError) local_error = NULL;
  Fill fill = { cherish_store_get_clock (CHERISH_STORE (customers)), customers, visits, events,
                staff, follow_ups, 0, points };
  guint existing;

  if (n_customers != NULL)
    *n_customers = 0;

  existing = cherish_customer_store_count (customers, &everyone, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (existing > 0)
    return TRUE;

  if (!cherish_database_transaction (database, fill_in_transaction, &fill, error))
    return FALSE;

  if (n_customers != NULL)
    *n_customers = fill.added;
  return TRUE;
}
