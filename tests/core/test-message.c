/* test-message.c — templates filled in, and the URIs a message goes out by
 *
 * Run in English (the "message" test) and in Persian ("message-fa"): every
 * purpose's template, filled with all it can say and with only a first
 * name, leaves no placeholder, bracket or stray space behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cherish-follow-up-store.h"
#include "cherish-message.h"
#include "cherish-message-log.h"
#include "cherish-visit-store.h"
#include "cherish-test-util.h"

static gboolean
persian (void)
{
  return g_str_has_prefix (g_getenv ("LANGUAGE") ?: "", "fa");
}

static void
put (GHashTable *values,
     const char *key,
     char       *value)
{
  g_hash_table_insert (values, g_strdup (key), value);
}

static GHashTable *
values_new (gboolean everything)
{
  GHashTable *values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  put (values, "first_name", g_strdup (persian () ? "سارا" : "Sara"));
  if (!everything)
    return values;
  put (values, "name", g_strdup (persian () ? "سارا احمدی" : "Sara Ahmadi"));
  put (values, "age", cherish_message_years (36));
  put (values, "years", cherish_message_years (1));
  put (values, "visit_number", g_strdup ("10"));
  put (values, "shop_number", g_strdup ("1000"));
  put (values, "life_event", g_strdup (persian () ? "فارغ‌التحصیلی" : "graduation"));
  put (values, "event_title", g_strdup (persian () ? "شب چای" : "Tea Evening"));
  put (values, "event_day", g_strdup (persian () ? "۳ آذر" : "24 November"));
  put (values, "event_time", g_strdup ("18:00"));
  put (values, "place", g_strdup (persian () ? "کافه گل" : "Café Gol"));
  put (values, "shop_name", g_strdup (persian () ? "گل‌سرخ" : "Rose Salon"));
  put (values, "staff_name", g_strdup (persian () ? "مریم" : "Maryam"));
  return values;
}

static void
assert_clean (const char *text,
              const char *what)
{
  if (strpbrk (text, "{}[]") != NULL || strstr (text, "  ") != NULL || strstr (text, " ,") != NULL ||
      strstr (text, " .") != NULL || strstr (text, " ،") != NULL || strstr (text, " \n") != NULL ||
      g_str_has_suffix (text, " ") || g_str_has_prefix (text, " ") || *text == '\0')
    g_error ("%s: not clean: “%s”", what, text);
}

/* Every purpose, with everything and with a first name only. */
static void
test_every_purpose (void)
{
  g_autoptr(GHashTable) all = values_new (TRUE);
  g_autoptr(GHashTable) little = values_new (FALSE);

  for (CherishMessagePurpose p = 0; p < CHERISH_MESSAGE_N_PURPOSES; p++)
    {
      const char *template_text = cherish_message_default_template (p);
      g_autofree char *full = cherish_message_render (template_text, all);
      g_autofree char *bare = cherish_message_render (template_text, little);
      g_autofree char *subject = cherish_message_render (cherish_message_default_subject (p), all);

      assert_clean (full, cherish_message_purpose_name (p));
      assert_clean (bare, cherish_message_purpose_name (p));
      assert_clean (subject, cherish_message_purpose_name (p));
      g_assert_nonnull (strstr (full, persian () ? "سارا" : "Sara"));
      g_assert_nonnull (strstr (bare, persian () ? "سارا" : "Sara"));
      /* Written in the manager's language */
      if (persian ())
        g_assert_cmpstr (template_text, !=, cherish_message_purpose_name (p));
      g_assert_nonnull (cherish_message_purpose_label (p));
    }
}

static void
test_render (void)
{
  static const struct { const char *template_text; const char *out; } cases[] = {
    { "Happy birthday, {first_name}![ {age} young today!] See you.", "Happy birthday, Sara! See you." },
    { "Hi {first_name}, from {shop_name}.", "Hi Sara, from." },
    { "Hi {nobody}, welcome.", "Hi, welcome." },
    { "{first_name}[\n{staff_name}]", "Sara" },
    { "Line one\n[{age}]\nLine three", "Line one\n\nLine three" },
    { "No placeholder.", "No placeholder." },
    { "[Only {first_name}]", "Only Sara" },
    { "Odd [bracket without end", "Odd [bracket without end" },
  };
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  put (values, "first_name", g_strdup ("Sara"));
  put (values, "shop_name", g_strdup (""));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = cherish_message_render (cases[i].template_text, values);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
  {
    g_autofree char *one = cherish_message_years (1);
    g_autofree char *three = cherish_message_years (3);

    g_assert_cmpstr (one, ==, persian () ? "1 سال" : "1 year");
    g_assert_cmpstr (three, ==, persian () ? "3 سال" : "3 years");
  }
}

static void
test_international (void)
{
  static const struct { const char *phone; const char *country; const char *out; } cases[] = {
    { "0912 111 2233", "IR", "+989121112233" },
    { "۰۹۱۲-۱۱۱-۲۲۳۳", "IR", "+989121112233" },
    { "912 111 2233", "IR", "+989121112233" },
    { "+98 912 111 2233", "DE", "+989121112233" },
    { "0049 30 1234567", "IR", "+49301234567" },
    { "030 1234567", "DE", "+49301234567" },
    { "06 30 123 4567", "HU", "+36301234567" },
    { "02 1234 5678", "IT", "+390212345678" },       /* Italy keeps its 0 */
    { "(555) 123-4567", "US", "+15551234567" },
    { "1 555 123 4567", "US", "+15551234567" },
    { "8 916 123 4567", "RU", "+79161234567" },
    { "0912 111 2233", NULL, NULL },                   /* no country: cannot tell */
    { "0912 111 2233", "XX", NULL },
    { "12", "IR", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = cherish_phone_international (cases[i].phone, cases[i].country);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

/* Persian text, emoji, line breaks, & # + ? survive each URI. */
static void
test_uris (void)
{
  const char *body = "سلام سارا 🌹\nTea & cake #1 + more? 100%";
  static const struct { CherishChannel channel; const char *address; const char *out; } cases[] = {
    { CHERISH_CHANNEL_EMAIL, "sara@example.com",
      "mailto:sara@example.com?subject=Hi%20%26%20welcome&body="
      "%D8%B3%D9%84%D8%A7%D9%85%20%D8%B3%D8%A7%D8%B1%D8%A7%20%F0%9F%8C%B9%0D%0ATea%20%26%20cake%20%231%20%2B"
      "%20more%3F%20100%25" },
    { CHERISH_CHANNEL_SMS, "0912 111 2233",
      "sms:+989121112233?body="
      "%D8%B3%D9%84%D8%A7%D9%85%20%D8%B3%D8%A7%D8%B1%D8%A7%20%F0%9F%8C%B9%0ATea%20%26%20cake%20%231%20%2B"
      "%20more%3F%20100%25" },
    { CHERISH_CHANNEL_WHATSAPP, "0912 111 2233",
      "https://wa.me/989121112233?text="
      "%D8%B3%D9%84%D8%A7%D9%85%20%D8%B3%D8%A7%D8%B1%D8%A7%20%F0%9F%8C%B9%0ATea%20%26%20cake%20%231%20%2B"
      "%20more%3F%20100%25" },
    { CHERISH_CHANNEL_CALL, "0912 111 2233", "tel:+989121112233" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *uri = cherish_message_uri (cases[i].channel, cases[i].address, "IR", "Hi & welcome", body);

      g_assert_cmpstr (uri, ==, cases[i].out);
      /* A URI GLib reads back to the same text */
      if (cases[i].channel == CHERISH_CHANNEL_SMS)
        {
          g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_ENCODED_QUERY, NULL);
          g_autofree char *text = g_uri_unescape_string (g_uri_get_query (parsed) + strlen ("body="), NULL);

          g_assert_cmpstr (text, ==, body);
        }
    }
  g_assert_null (cherish_message_uri (CHERISH_CHANNEL_SMS, "12", "IR", NULL, "x"));
}

static void
test_channels (void)
{
  static const struct { const char *text; guint set; } cases[] = {
    { "email sms whatsapp call", CHERISH_CHANNELS_ALL },
    { "E-mail, SMS", CHERISH_CHANNEL_EMAIL | CHERISH_CHANNEL_SMS },
    { "ایمیل، واتساپ", CHERISH_CHANNEL_EMAIL | CHERISH_CHANNEL_WHATSAPP },
    { "phone", CHERISH_CHANNEL_CALL },
    { "none", 0 },
    { "هیچ", 0 },
  };
  g_autoptr(GError) error = NULL;
  guint set = 99;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *back = NULL;

      g_assert_true (cherish_channels_from_text (cases[i].text, &set, NULL));
      g_assert_cmpuint (set, ==, cases[i].set);
      back = cherish_channels_to_text (set);
      g_assert_true (cherish_channels_from_text (back, &set, NULL));
      g_assert_cmpuint (set, ==, cases[i].set);
    }
  g_assert_false (cherish_channels_from_text ("email fax", &set, &error));
  g_assert_nonnull (strstr (error->message, "fax"));
}

/* Sent: on the timeline, the follow-up done; Undo: both back. */
static void
test_log_and_undo (void)
{
  CherishTestShop shop;
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(CherishFollowUpStore) follow_ups = NULL;
  g_autoptr(CherishVisitStore) visits = NULL;
  g_autoptr(CherishFollowUp) follow_up = NULL;
  g_autoptr(CherishFollowUp) after = NULL;
  g_autoptr(CherishVisit) visit = NULL;
  g_autoptr(GError) error = NULL;
  CherishSent sent = { 0 };
  gint64 sara;

  cherish_test_shop_open (&shop, "2026-11-29T10:00:00+03:30", "log.db");
  customers = cherish_customer_store_new (shop.db, shop.clock);
  follow_ups = cherish_follow_up_store_new (shop.db, shop.clock);
  visits = cherish_visit_store_new (shop.db, shop.clock);
  sara = cherish_test_add_customer (customers, "Sara Ahmadi", "phone", "0912 111 2233", NULL);
  follow_up = cherish_follow_up_new (sara, "2026-11-29", "How was the purchase?");
  g_assert_true (cherish_follow_up_store_add (follow_ups, follow_up, &error));

  sent = (CherishSent) { sara, CHERISH_CHANNEL_WHATSAPP, CHERISH_MESSAGE_AFTER_PURCHASE, "Hi Sara!",
                         cherish_follow_up_get_id (follow_up), 0 };
  g_assert_true (cherish_message_log_sent (shop.db, shop.clock, &sent, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sent.visit_id, >, 0);
  visit = cherish_visit_store_get (visits, sent.visit_id, &error);
  g_assert_cmpint (cherish_visit_get_kind (visit), ==, CHERISH_VISIT_KIND_CHAT);
  g_assert_nonnull (strstr (cherish_visit_get_note (visit), "Hi Sara!"));
  g_assert_nonnull (strstr (cherish_visit_get_note (visit), persian () ? "واتساپ" : "WhatsApp"));
  after = cherish_follow_up_store_get (follow_ups, cherish_follow_up_get_id (follow_up), &error);
  g_assert_cmpint (cherish_follow_up_get_state (after), ==, CHERISH_FOLLOW_UP_STATE_DONE);
  g_clear_object (&after);

  g_assert_true (cherish_message_log_undo (shop.db, shop.clock, &sent, &error));
  g_assert_null (cherish_visit_store_get (visits, sent.visit_id, NULL));
  after = cherish_follow_up_store_get (follow_ups, cherish_follow_up_get_id (follow_up), &error);
  g_assert_cmpint (cherish_follow_up_get_state (after), ==, CHERISH_FOLLOW_UP_STATE_OPEN);

  /* A follow-up that is gone: nothing is written at all. */
  sent.follow_up_id = 999;
  sent.visit_id = 0;
  g_assert_false (cherish_message_log_sent (shop.db, shop.clock, &sent, &error));
  g_assert_cmpuint (cherish_visit_store_count_for_customer (visits, sara, NULL), ==, 0);

  g_clear_object (&customers);
  g_clear_object (&follow_ups);
  g_clear_object (&visits);
  cherish_test_shop_close (&shop);
}

/* What a customer's message says of them, with and without years. */
static void
test_values (void)
{
  g_autoptr(CherishCustomer) sara = cherish_customer_new ("Sara Ahmadi");
  g_autoptr(CherishCustomer) nima = cherish_customer_new ("Nima");
  g_autoptr(GHashTable) of_sara = NULL;
  g_autoptr(GHashTable) of_nima = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 29, 11, 2026);
  g_object_set (sara, "birthday", "1990-12-03", "customer-since", "2020-01-15", NULL);
  g_object_set (nima, "birthday", "--12-03", NULL);
  of_sara = cherish_message_values_new (sara, "Rose Salon", &today);
  of_nima = cherish_message_values_new (nima, "", &today);
  g_assert_cmpstr (g_hash_table_lookup (of_sara, "first_name"), ==, "Sara");
  g_assert_cmpstr (g_hash_table_lookup (of_sara, "age"), ==, persian () ? "36 سال" : "36 years");
  /* January 2027 is nearer than January 2026 */
  g_assert_cmpstr (g_hash_table_lookup (of_sara, "years"), ==, persian () ? "7 سال" : "7 years");
  g_assert_cmpstr (g_hash_table_lookup (of_sara, "shop_name"), ==, "Rose Salon");
  g_assert_cmpstr (g_hash_table_lookup (of_sara, "visit_number"), ==, "1");
  g_assert_null (g_hash_table_lookup (of_nima, "age"));
  g_assert_null (g_hash_table_lookup (of_nima, "shop_name"));
  {
    g_autofree char *wish = cherish_message_render (cherish_message_default_template (CHERISH_MESSAGE_BIRTHDAY),
                                                    of_nima);

    g_assert_null (strstr (wish, "{"));
    g_assert_nonnull (strstr (wish, "Nima"));
  }
}

int
main (int   argc,
      char *argv[])
{
  cherish_test_speak_language ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/message/every-purpose", test_every_purpose);
  g_test_add_func ("/message/render", test_render);
  g_test_add_func ("/message/international", test_international);
  g_test_add_func ("/message/uris", test_uris);
  g_test_add_func ("/message/channels", test_channels);
  g_test_add_func ("/message/values", test_values);
  g_test_add_func ("/message/log-and-undo", test_log_and_undo);

  return g_test_run ();
}
