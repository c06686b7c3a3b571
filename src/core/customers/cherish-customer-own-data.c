/* cherish-customer-own-data.c — everything about one customer, for them
 *
 * When a customer asks what the shop keeps about them: their profile,
 * visits and purchases, life events, celebrations, follow-ups, the events
 * they were invited to, and their points (balance, tier, every movement).
 * As JSON (json-glib; every field of every record, by its property name)
 * for another program, and as plain text to read or print.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer-own-data"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cherish-celebration-store.h"
#include "cherish-customer-own-data.h"
#include "cherish-customer-store.h"
#include "cherish-date.h"
#include "cherish-follow-up-store.h"
#include "cherish-guest-store.h"
#include "cherish-life-event-store.h"
#include "cherish-points-store.h"
#include "cherish-tier-store.h"
#include "cherish-visit-store.h"

#define ALL G_MAXINT

typedef struct
{
  CherishCustomer *customer;
  const char      *titles[6];
  GPtrArray       *lists[6];    /* of records: visits, life events, celebrations, follow-ups, events, points */
  gint64           balance;
  char            *tier;
} OwnData;

static void
own_data_clear (OwnData *data)
{
  g_clear_object (&data->customer);
  for (guint i = 0; i < G_N_ELEMENTS (data->lists); i++)
    g_clear_pointer (&data->lists[i], g_ptr_array_unref);
  g_clear_pointer (&data->tier, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OwnData, own_data_clear)

static gboolean
gather (CherishDatabase  *database,
        CherishClock     *clock,
        gint64            id,
        OwnData          *data,
        GError          **error)
{
  g_autoptr(CherishCustomerStore) customers = cherish_customer_store_new (database, clock);
  g_autoptr(CherishVisitStore) visits = cherish_visit_store_new (database, clock);
  g_autoptr(CherishLifeEventStore) life = cherish_life_event_store_new (database, clock);
  g_autoptr(CherishCelebrationStore) celebrations = cherish_celebration_store_new (database, clock);
  g_autoptr(CherishFollowUpStore) follow_ups = cherish_follow_up_store_new (database, clock);
  g_autoptr(CherishGuestStore) guests = cherish_guest_store_new (database, clock);
  g_autoptr(CherishPointsStore) points = cherish_points_store_new (database, clock);
  g_autoptr(CherishTierStore) tiers = cherish_tier_store_new (database, clock);

  data->customer = cherish_customer_store_get (customers, id, error);
  if (data->customer == NULL)
    return FALSE;
  data->titles[0] = "visits";
  data->lists[0] = cherish_visit_store_find_for_customer (visits, id, 0, ALL, error);
  data->titles[1] = "life_events";
  data->lists[1] = data->lists[0] != NULL ? cherish_life_event_store_list_for_customer (life, id, error) : NULL;
  data->titles[2] = "celebrations";
  data->lists[2] = data->lists[1] != NULL ? cherish_celebration_store_list_for_customer (celebrations, id, error)
                                          : NULL;
  data->titles[3] = "follow_ups";
  data->lists[3] = data->lists[2] != NULL ? cherish_follow_up_store_list_for_customer (follow_ups, id, error)
                                          : NULL;
  data->titles[4] = "events";
  data->lists[4] = data->lists[3] != NULL ? cherish_guest_store_list_for_customer (guests, id, error) : NULL;
  data->titles[5] = "points";
  data->lists[5] = data->lists[4] != NULL ? cherish_points_store_list_entries (points, id, ALL, error) : NULL;
  if (data->lists[5] == NULL)
    return FALSE;
  data->balance = cherish_points_store_get_balance (points, id, NULL);
  data->tier = cherish_tier_store_tier_of (tiers, id, NULL, NULL);
  return TRUE;
}

static char *
now_text (CherishClock *clock)
{
  g_autoptr(GDateTime) now = cherish_clock_get_now (clock);

  return cherish_timestamp_format (now);
}

/**
 * cherish_customer_own_data_json:
 *
 * Returns: (transfer full) (nullable): everything about the customer as
 *   pretty JSON, or %NULL with @error set
 */
char *
cherish_customer_own_data_json (CherishDatabase  *database,
                                CherishClock     *clock,
                                gint64            customer_id,
                                GError          **error)
{
  g_auto(OwnData) data = { 0 };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *now = now_text (clock);

  if (!gather (database, clock, customer_id, &data, error))
    return NULL;
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "cherish-customer-data-1");
  json_builder_set_member_name (builder, "exported_at");
  json_builder_add_string_value (builder, now);
  json_builder_set_member_name (builder, "customer");
  json_builder_add_value (builder, json_gobject_serialize (G_OBJECT (data.customer)));
  for (guint i = 0; i < G_N_ELEMENTS (data.lists); i++)
    {
      json_builder_set_member_name (builder, data.titles[i]);
      json_builder_begin_array (builder);
      for (guint r = 0; r < data.lists[i]->len; r++)
        json_builder_add_value (builder, json_gobject_serialize (data.lists[i]->pdata[r]));
      json_builder_end_array (builder);
    }
  json_builder_set_member_name (builder, "points_balance");
  json_builder_add_int_value (builder, data.balance);
  json_builder_set_member_name (builder, "tier");
  if (data.tier != NULL)
    json_builder_add_string_value (builder, data.tier);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

/* "name: value" for each property that has one. */
static void
append_record (GString *out,
               GObject *record)
{
  guint n = 0;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n);

  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *text = NULL;

      g_value_init (&value, specs[i]->value_type);
      g_object_get_property (record, specs[i]->name, &value);
      if (G_VALUE_HOLDS_STRING (&value))
        text = g_value_dup_string (&value);
      else if (G_VALUE_HOLDS_ENUM (&value))
        {
          GEnumValue *nick = g_enum_get_value (g_type_class_peek (specs[i]->value_type), g_value_get_enum (&value));

          text = g_strdup (nick != NULL ? nick->value_nick : "");
        }
      else if (g_value_type_transformable (specs[i]->value_type, G_TYPE_STRING))
        {
          g_auto(GValue) string = G_VALUE_INIT;

          g_value_init (&string, G_TYPE_STRING);
          g_value_transform (&value, &string);
          text = g_value_dup_string (&string);
        }
      if (text != NULL && *text != '\0' && !g_str_equal (text, "0") && !g_str_equal (text, "FALSE"))
        g_string_append_printf (out, "  %s: %s\n", specs[i]->name, text);
    }
  g_string_append_c (out, '\n');
}

/**
 * cherish_customer_own_data_text:
 *
 * Returns: (transfer full) (nullable): everything about the customer as
 *   plain text, to read or print; %NULL with @error set
 */
char *
cherish_customer_own_data_text (CherishDatabase  *database,
                                CherishClock     *clock,
                                gint64            customer_id,
                                GError          **error)
{
  g_auto(OwnData) data = { 0 };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *now = now_text (clock);
  const char *headings[] = {
    N_("Visits and purchases"), N_("Life events"), N_("Celebrations"), N_("Follow-ups"),
    N_("Events they were invited to"), N_("Points, every movement"),
  };

  if (!gather (database, clock, customer_id, &data, error))
    return NULL;
  /* Translators: the heading of a customer's own data, %s is their name */
  g_string_append_printf (out, _("Everything the shop keeps about %s"),
                          cherish_customer_get_display_name (data.customer));
  /* Translators: when the customer's data was written out, %s is a UTC time */
  g_string_append_printf (out, "\n%s\n\n", now);
  g_string_append_printf (out, "%s\n", _("Profile"));
  append_record (out, G_OBJECT (data.customer));
  for (guint i = 0; i < G_N_ELEMENTS (data.lists); i++)
    {
      g_string_append_printf (out, "%s (%u)\n", _(headings[i]), data.lists[i]->len);
      for (guint r = 0; r < data.lists[i]->len; r++)
        append_record (out, data.lists[i]->pdata[r]);
      if (data.lists[i]->len == 0)
        g_string_append_c (out, '\n');
    }
  /* Translators: a customer's points and tier */
  g_string_append_printf (out, _("Points now: %d · tier: %s\n"), (int) data.balance,
                          data.tier != NULL ? data.tier : _("none"));
  return g_string_free (g_steal_pointer (&out), FALSE);
}
