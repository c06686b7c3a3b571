/* cherish-message.c — personal messages: templates, filled in, and where they go
 *
 * Each purpose (a birthday, years as a customer, an event's invitation…)
 * has a template, written as a shop would write it, warm and short, and
 * translated. A template names what it needs in braces — {first_name},
 * {name}, {age}, {years}, {visit_number}, {shop_number}, {life_event},
 * {event_title}, {event_day}, {event_time}, {place}, {shop_name},
 * {staff_name} — and puts what may be missing in square brackets: "Happy
 * birthday, {first_name}![ {age} young today!]" drops the bracket when the
 * birthday has no year, so no message ever says "{age}" or "0 years". A
 * placeholder with no value outside brackets is left out and the sentence
 * closed up around it.
 *
 * A message goes out through the desktop: a mailto: (subject and body), an
 * sms:, a WhatsApp link (https://wa.me/) or a tel: URI, every character
 * percent-encoded (Persian text, emoji, line breaks, & # + ?), with the
 * phone number made international from the shop's country (0912… in Iran
 * is +98912…).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-message"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cherish-date.h"
#include "cherish-error.h"
#include "cherish-message.h"
#include "cherish-text.h"

static const struct
{
  const char *name;
  const char *label;
  const char *subject;
  const char *text;
} purposes[CHERISH_MESSAGE_N_PURPOSES] = {
  [CHERISH_MESSAGE_BIRTHDAY] = {
    "birthday", N_("Birthday"), N_("Happy birthday, {first_name}!"),
    N_("Happy birthday, {first_name}![ {age} young today!] Everyone[ at {shop_name}] wishes you a "
       "wonderful year ahead. Come by soon — we would love to celebrate with you.[\n{staff_name}]") },
  [CHERISH_MESSAGE_TENURE] = {
    "tenure", N_("Years as a customer"), N_("Thank you, {first_name}"),
    N_("Dear {first_name}, today it is {years} since your first visit[ to {shop_name}]. Thank you for "
       "every one of them — we are so glad you are with us.[\n{staff_name}]") },
  [CHERISH_MESSAGE_NTH_VISIT] = {
    "nth-visit", N_("A milestone visit"), N_("Your {visit_number} visit"),
    N_("{first_name}, your next visit is your {visit_number} with us! Thank you for coming back — it "
       "means a lot. A little surprise will be waiting for you.[\n{staff_name}]") },
  [CHERISH_MESSAGE_SHOP_MILESTONE] = {
    "shop-milestone", N_("The shop's milestone customer"), N_("You are our {shop_number} customer!"),
    N_("{first_name}, you are our {shop_number} customer[ at {shop_name}]! Thank you for being part of "
       "our story — come by, we have something for you.[\n{staff_name}]") },
  [CHERISH_MESSAGE_RETIREMENT] = {
    "retirement", N_("Retirement"), N_("Congratulations, {first_name}!"),
    N_("Congratulations on your retirement, {first_name}! Wishing you time for everything you love. "
       "Drop by soon — the coffee is on us.[\n{staff_name}]") },
  [CHERISH_MESSAGE_WEDDING] = {
    "wedding", N_("Wedding"), N_("Congratulations, {first_name}!"),
    N_("Congratulations on your wedding, {first_name}! Wishing you both every happiness.[\n{staff_name}]") },
  [CHERISH_MESSAGE_GRADUATION] = {
    "graduation", N_("Graduation"), N_("Congratulations, {first_name}!"),
    N_("Congratulations on your graduation, {first_name}! We are proud of you.[\n{staff_name}]") },
  [CHERISH_MESSAGE_NEW_BABY] = {
    "new-baby", N_("New baby"), N_("Congratulations, {first_name}!"),
    N_("Congratulations on your little one, {first_name}! Wishing your family joy and plenty of "
       "rest.[\n{staff_name}]") },
  [CHERISH_MESSAGE_MOVE] = {
    "move", N_("Moving home"), N_("Good luck in your new home!"),
    N_("Good luck in your new home, {first_name}! We hope it is a happy one.[\n{staff_name}]") },
  [CHERISH_MESSAGE_ANNIVERSARY] = {
    "anniversary", N_("Anniversary"), N_("Happy anniversary, {first_name}!"),
    N_("Happy anniversary, {first_name}! Wishing you many more happy years together.[\n{staff_name}]") },
  [CHERISH_MESSAGE_LIFE_EVENT] = {
    "life-event", N_("Another life event"), N_("Our best wishes, {first_name}"),
    N_("Dear {first_name}, our warmest wishes for[ your {life_event} and] everything that is coming up "
       "for you![\n{staff_name}]") },
  [CHERISH_MESSAGE_AFTER_PURCHASE] = {
    "after-purchase", N_("After a purchase"), N_("How is everything, {first_name}?"),
    N_("Hi {first_name}, thank you for your visit[ to {shop_name}]! How are you getting on with your "
       "purchase? If anything is not right, just reply.[\n{staff_name}]") },
  [CHERISH_MESSAGE_NOT_SEEN] = {
    "not-seen", N_("Someone not seen lately"), N_("We miss you, {first_name}"),
    N_("Hi {first_name}, we have missed you[ at {shop_name}]! We hope all is well. It would be lovely to "
       "see you again soon.[\n{staff_name}]") },
  [CHERISH_MESSAGE_FOLLOW_UP] = {
    "follow-up", N_("A follow-up"), N_("Hello, {first_name}"),
    N_("Hi {first_name}, just checking in[ from {shop_name}] — how are you?[\n{staff_name}]") },
  [CHERISH_MESSAGE_EVENT_INVITATION] = {
    "event-invitation", N_("Event invitation"), N_("You are invited: {event_title}"),
    N_("Dear {first_name}, you are warmly invited to {event_title} on {event_day}[ at {event_time}][, "
       "{place}]. We would love to see you there — just reply to let us know.[\n{staff_name}]") },
  [CHERISH_MESSAGE_EVENT_REMINDER] = {
    "event-reminder", N_("Event reminder"), N_("Tomorrow: {event_title}"),
    N_("Hi {first_name}, a little reminder: {event_title} is tomorrow, {event_day}[ at {event_time}][, "
       "{place}]. See you there![\n{staff_name}]") },
  [CHERISH_MESSAGE_EVENT_THANKS] = {
    "event-thanks", N_("Thank you for coming"), N_("Thank you for coming, {first_name}"),
    N_("Dear {first_name}, thank you for coming to {event_title}! It was a joy to have you with "
       "us.[\n{staff_name}]") },
};

/**
 * cherish_message_purpose_name:
 *
 * Returns: (transfer none): the purpose's stable name, "birthday"
 */
const char *
cherish_message_purpose_name (CherishMessagePurpose purpose)
{
  g_return_val_if_fail (purpose < CHERISH_MESSAGE_N_PURPOSES, NULL);
  return purposes[purpose].name;
}

/**
 * cherish_message_purpose_label:
 *
 * Returns: (transfer none): what the purpose is, for the manager
 */
const char *
cherish_message_purpose_label (CherishMessagePurpose purpose)
{
  g_return_val_if_fail (purpose < CHERISH_MESSAGE_N_PURPOSES, NULL);
  return _(purposes[purpose].label);
}

/**
 * cherish_message_default_template:
 *
 * Returns: (transfer none): the purpose's message as Cherish writes it, in
 *   the manager's language
 */
const char *
cherish_message_default_template (CherishMessagePurpose purpose)
{
  g_return_val_if_fail (purpose < CHERISH_MESSAGE_N_PURPOSES, NULL);
  return _(purposes[purpose].text);
}

/**
 * cherish_message_default_subject:
 *
 * Returns: (transfer none): the subject of the purpose's e-mail
 */
const char *
cherish_message_default_subject (CherishMessagePurpose purpose)
{
  g_return_val_if_fail (purpose < CHERISH_MESSAGE_N_PURPOSES, NULL);
  return _(purposes[purpose].subject);
}

/**
 * cherish_message_years:
 *
 * Returns: (transfer full): "1 year", "3 years", as the language counts
 */
char *
cherish_message_years (int years)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", years), years);
}

/* ------------------------------------------------------------------ */
/* What a customer's message says of them                              */
/* ------------------------------------------------------------------ */

/* Whole years from @since to the nearest anniversary of it (this year's,
 * or next year's when this year's is more than half a year gone), or -1. */
static int
years_at_nearest (const char  *since,
                  const GDate *today)
{
  int year, month, day, nearest = g_date_get_year (today);
  GDate anniversary;

  if (since == NULL || !cherish_birthday_parse (since, &year, &month, &day, NULL) || year == 0)
    return -1;
  g_date_clear (&anniversary, 1);
  if (!g_date_valid_dmy (day, month, nearest))
    day = 28;   /* 29 February, in a common year */
  g_date_set_dmy (&anniversary, day, month, nearest);
  if (g_date_days_between (&anniversary, today) > 182)
    nearest++;
  return nearest - year > 0 ? nearest - year : -1;
}

/**
 * cherish_message_values_new:
 * @shop_name: (nullable): the shop's name
 * @today: the shop's today
 *
 * What a template may say of @customer: {first_name}, {name}, {age} and
 * {years} (at the birthday and the anniversary as a customer nearest
 * today, "36 years"; none without a year), {visit_number} (of their next
 * visit) and {shop_name}. The caller adds an event's or a life event's.
 *
 * Returns: (transfer full) (element-type utf8 utf8): placeholder → value
 */
GHashTable *
cherish_message_values_new (CherishCustomer *customer,
                            const char      *shop_name,
                            const GDate     *today)
{
  GHashTable *values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *name = cherish_customer_get_display_name (customer);
  g_auto(GStrv) words = g_strsplit (name != NULL ? name : "", " ", 2);
  int age = years_at_nearest (cherish_customer_get_birthday (customer), today);
  int years = years_at_nearest (cherish_customer_get_customer_since (customer), today);

  g_hash_table_insert (values, g_strdup ("name"), g_strdup (name));
  g_hash_table_insert (values, g_strdup ("first_name"), g_strdup (words[0] != NULL ? words[0] : ""));
  if (age > 0)
    g_hash_table_insert (values, g_strdup ("age"), cherish_message_years (age));
  if (years > 0)
    g_hash_table_insert (values, g_strdup ("years"), cherish_message_years (years));
  g_hash_table_insert (values, g_strdup ("visit_number"),
                       g_strdup_printf ("%u", cherish_customer_get_visit_count (customer) + 1));
  if (shop_name != NULL && *shop_name != '\0')
    g_hash_table_insert (values, g_strdup ("shop_name"), g_strdup (shop_name));
  return values;
}

/**
 * cherish_message_for_occasion:
 * @values: (element-type utf8 utf8): gets what the occasion says: the
 *   years, the visit or the shop's customer number, the life event
 * @life_event: (nullable): the occasion's life event, if it is one
 *
 * Returns: the purpose of a message for @occasion
 */
CherishMessagePurpose
cherish_message_for_occasion (CherishOccasion  *occasion,
                              CherishLifeEvent *life_event,
                              GHashTable       *values)
{
  guint number = cherish_occasion_get_number (occasion);

  switch (cherish_occasion_get_kind (occasion))
    {
    case CHERISH_OCCASION_BIRTHDAY:
      if (number > 0)
        g_hash_table_replace (values, g_strdup ("age"), cherish_message_years ((int) number));
      return CHERISH_MESSAGE_BIRTHDAY;
    case CHERISH_OCCASION_TENURE:
      g_hash_table_replace (values, g_strdup ("years"), cherish_message_years ((int) number));
      return CHERISH_MESSAGE_TENURE;
    case CHERISH_OCCASION_NTH_VISIT:
      g_hash_table_replace (values, g_strdup ("visit_number"), g_strdup_printf ("%u", number));
      return CHERISH_MESSAGE_NTH_VISIT;
    case CHERISH_OCCASION_SHOP_MILESTONE:
      g_hash_table_replace (values, g_strdup ("shop_number"), g_strdup_printf ("%u", number));
      return CHERISH_MESSAGE_SHOP_MILESTONE;
    case CHERISH_OCCASION_LIFE_EVENT:
      if (cherish_occasion_get_title (occasion) != NULL)
        g_hash_table_replace (values, g_strdup ("life_event"), g_strdup (cherish_occasion_get_title (occasion)));
      switch (life_event != NULL ? cherish_life_event_get_kind (life_event) : CHERISH_LIFE_EVENT_KIND_OTHER)
        {
        case CHERISH_LIFE_EVENT_KIND_RETIREMENT:
          return CHERISH_MESSAGE_RETIREMENT;
        case CHERISH_LIFE_EVENT_KIND_WEDDING:
          return CHERISH_MESSAGE_WEDDING;
        case CHERISH_LIFE_EVENT_KIND_GRADUATION:
          return CHERISH_MESSAGE_GRADUATION;
        case CHERISH_LIFE_EVENT_KIND_NEW_BABY:
          return CHERISH_MESSAGE_NEW_BABY;
        case CHERISH_LIFE_EVENT_KIND_MOVE:
          return CHERISH_MESSAGE_MOVE;
        case CHERISH_LIFE_EVENT_KIND_ANNIVERSARY:
          return CHERISH_MESSAGE_ANNIVERSARY;
        case CHERISH_LIFE_EVENT_KIND_OTHER:
        default:
          return CHERISH_MESSAGE_LIFE_EVENT;
        }
    case CHERISH_OCCASION_EVENT:
    case CHERISH_OCCASION_NONE:
    default:
      return CHERISH_MESSAGE_FOLLOW_UP;
    }
}

/* ------------------------------------------------------------------ */
/* Filling in                                                          */
/* ------------------------------------------------------------------ */

/* Appends @text from @start to @end with its placeholders filled;
 * returns FALSE if one of them has no value. */
static gboolean
fill (GString    *out,
      const char *start,
      const char *end,
      GHashTable *values,
      gboolean    in_brackets)
{
  gboolean complete = TRUE;

  for (const char *p = start; p < end; p++)
    {
      const char *close;

      if (*p == '[' && !in_brackets && (close = memchr (p, ']', end - p)) != NULL)
        {
          g_autoptr(GString) optional = g_string_new (NULL);

          if (fill (optional, p + 1, close, values, TRUE))
            g_string_append_len (out, optional->str, optional->len);
          p = close;
        }
      else if (*p == '{' && (close = memchr (p, '}', end - p)) != NULL)
        {
          g_autofree char *key = g_strndup (p + 1, close - p - 1);
          const char *value = values != NULL ? g_hash_table_lookup (values, key) : NULL;

          if (value != NULL && *value != '\0')
            g_string_append (out, value);
          else
            complete = FALSE;
          p = close;
        }
      else
        g_string_append_c (out, *p);
    }
  return complete;
}

static gboolean
closes_sentence (gunichar c)
{
  if (c > 0 && c < 0x80)
    return strchr (",.!?;:", (int) c) != NULL;
  return c == 0x060C || c == 0x061B || c == 0x061F;   /* Arabic comma, semicolon, question mark */
}

/* Spaces run together, none before a comma or a full stop, none at the
 * ends of lines: what is left when a placeholder had nothing to say. */
static char *
tidy (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ')
        {
          const char *next = p;

          while (*next == ' ')
            next++;
          if (out->len == 0 || out->str[out->len - 1] == '\n' || out->str[out->len - 1] == ' ' ||
              *next == '\n' || *next == '\0' || closes_sentence (g_utf8_get_char (next)))
            continue;
        }
      if (c == '\n')
        while (out->len > 0 && out->str[out->len - 1] == ' ')
          g_string_truncate (out, out->len - 1);
      g_string_append_unichar (out, c);
    }
  return g_strstrip (g_string_free (out, FALSE));
}

/**
 * cherish_message_render:
 * @template_text: a template, "{first_name}" and "[optional {age}]"
 * @values: (element-type utf8 utf8) (nullable): placeholder → its value
 *
 * Returns: (transfer full): the message, every placeholder filled or left
 *   out cleanly
 */
char *
cherish_message_render (const char *template_text,
                        GHashTable *values)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (template_text != NULL, NULL);

  fill (out, template_text, template_text + strlen (template_text), values, FALSE);
  return tidy (out->str);
}

/* ------------------------------------------------------------------ */
/* Channels                                                            */
/* ------------------------------------------------------------------ */

static const struct
{
  CherishChannel  channel;
  const char     *word;          /* in files */
  const char     *label;
  const char     *others[4];     /* read in files too */
} channels[] = {
  { CHERISH_CHANNEL_EMAIL, "email", N_("E-mail"), { "e-mail", "mail", "ایمیل", "رایانامه" } },
  { CHERISH_CHANNEL_SMS, "sms", N_("SMS"), { "text", "پیامک", "اس ام اس" } },
  { CHERISH_CHANNEL_WHATSAPP, "whatsapp", N_("WhatsApp"), { "واتساپ", "واتس اپ" } },
  { CHERISH_CHANNEL_CALL, "call", N_("Calls"), { "phone", "calls", "تماس", "تلفن" } },
};

/**
 * cherish_channel_label:
 *
 * Returns: (transfer none): the channel's name for the manager
 */
const char *
cherish_channel_label (CherishChannel channel)
{
  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    if (channels[i].channel == channel)
      return _(channels[i].label);
  g_return_val_if_reached (NULL);
}

/**
 * cherish_channels_to_text:
 *
 * Returns: (transfer full): the channels, as a file writes them: "email
 *   sms", or "none" (an empty cell says nothing, so means all)
 */
char *
cherish_channels_to_text (guint set)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    if (set & channels[i].channel)
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", channels[i].word);
  if (out->len == 0)
    g_string_assign (out, "none");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
means_none (const char *folded)
{
  static const char *none[] = { "none", "no", "-", "هیچ", "هیچکدام", "هیچ کدام" };

  for (guint i = 0; i < G_N_ELEMENTS (none); i++)
    {
      g_autofree char *word = cherish_text_fold (none[i]);

      if (g_str_equal (folded, word))
        return TRUE;
    }
  return FALSE;
}

/**
 * cherish_channels_from_text:
 * @text: channels as a file or a person writes them: "email, SMS",
 *   "ایمیل، واتساپ", "none"
 * @set: (out): the channels
 *
 * Returns: %FALSE with @error naming a word that is no channel
 */
gboolean
cherish_channels_from_text (const char  *text,
                            guint       *set,
                            GError     **error)
{
  g_auto(GStrv) words = cherish_text_split_any (text, ",;،/ ");
  g_autofree char *whole = cherish_text_fold (text);

  *set = 0;
  if (means_none (g_strstrip (whole)))
    return TRUE;
  for (guint w = 0; words[w] != NULL; w++)
    {
      g_autofree char *word = cherish_text_fold (words[w]);
      gboolean known = *word == '\0';

      for (guint i = 0; i < G_N_ELEMENTS (channels) && !known; i++)
        {
          g_autofree char *name = cherish_text_fold (channels[i].word);

          known = g_str_equal (word, name);
          for (guint o = 0; o < G_N_ELEMENTS (channels[i].others) && channels[i].others[o] != NULL && !known; o++)
            {
              g_autofree char *other = cherish_text_fold (channels[i].others[o]);

              known = g_str_equal (word, other);
            }
          if (known)
            *set |= channels[i].channel;
        }
      if (!known)
        {
          g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                       _("“%s” is no way to reach a customer; say email, sms, whatsapp or call."), words[w]);
          return FALSE;
        }
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Where it goes                                                       */
/* ------------------------------------------------------------------ */

/* Calling codes by ISO 3166 country, and the digits a national number
 * starts with that the international one drops ("0" by default). */
static const struct
{
  const char *country;
  const char *code;
  const char *trunk;
} countries[] = {
  { "IR", "98", "0" }, { "AF", "93", "0" }, { "TJ", "992", "8" }, { "AE", "971", "0" },
  { "SA", "966", "0" }, { "QA", "974", "" }, { "KW", "965", "" }, { "BH", "973", "" },
  { "OM", "968", "" }, { "IQ", "964", "0" }, { "TR", "90", "0" }, { "AZ", "994", "0" },
  { "AM", "374", "0" }, { "GE", "995", "0" }, { "UZ", "998", "8" }, { "TM", "993", "8" },
  { "KG", "996", "0" }, { "KZ", "7", "8" }, { "RU", "7", "8" }, { "UA", "380", "0" },
  { "PK", "92", "0" }, { "IN", "91", "0" }, { "BD", "880", "0" }, { "CN", "86", "0" },
  { "JP", "81", "0" }, { "KR", "82", "0" }, { "ID", "62", "0" }, { "MY", "60", "0" },
  { "SG", "65", "" }, { "TH", "66", "0" }, { "VN", "84", "0" }, { "PH", "63", "0" },
  { "AU", "61", "0" }, { "NZ", "64", "0" }, { "US", "1", "1" }, { "CA", "1", "1" },
  { "MX", "52", "" }, { "BR", "55", "0" }, { "AR", "54", "0" }, { "CL", "56", "" },
  { "CO", "57", "" }, { "GB", "44", "0" }, { "IE", "353", "0" }, { "DE", "49", "0" },
  { "AT", "43", "0" }, { "CH", "41", "0" }, { "FR", "33", "0" }, { "BE", "32", "0" },
  { "NL", "31", "0" }, { "LU", "352", "" }, { "IT", "39", "" }, { "ES", "34", "" },
  { "PT", "351", "" }, { "GR", "30", "" }, { "CY", "357", "" }, { "SE", "46", "0" },
  { "NO", "47", "" }, { "DK", "45", "" }, { "FI", "358", "0" }, { "IS", "354", "" },
  { "PL", "48", "" }, { "CZ", "420", "" }, { "SK", "421", "0" }, { "HU", "36", "06" },
  { "RO", "40", "0" }, { "BG", "359", "0" }, { "RS", "381", "0" }, { "HR", "385", "0" },
  { "SI", "386", "0" }, { "LT", "370", "8" }, { "LV", "371", "" }, { "EE", "372", "" },
  { "IL", "972", "0" }, { "LB", "961", "0" }, { "JO", "962", "0" }, { "SY", "963", "0" },
  { "EG", "20", "0" }, { "MA", "212", "0" }, { "DZ", "213", "0" }, { "TN", "216", "" },
  { "NG", "234", "0" }, { "KE", "254", "0" }, { "ZA", "27", "0" },
};

/**
 * cherish_phone_countries:
 *
 * Returns: (transfer full): the ISO 3166 codes of the countries whose
 *   numbers Cherish makes international, in no particular order
 */
GStrv
cherish_phone_countries (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < G_N_ELEMENTS (countries); i++)
    g_strv_builder_add (builder, countries[i].country);
  return g_strv_builder_end (builder);
}

/**
 * cherish_phone_international:
 * @phone: a number as the customer gave it, "0912 111 2233", "+49 30…"
 * @country: (nullable): the shop's country, ISO 3166 ("IR")
 *
 * Returns: (transfer full) (nullable): "+989121112233"; %NULL when the
 *   number cannot be made international (too short, or a national
 *   number and no country Cherish knows)
 */
char *
cherish_phone_international (const char *phone,
                             const char *country)
{
  g_autofree char *folded = cherish_text_fold (phone);
  g_autofree char *digits = cherish_text_digits (phone);
  const char *national = digits;

  if (strlen (digits) < 5)
    return NULL;
  g_strstrip (folded);
  if (folded[0] == '+')
    return g_strconcat ("+", digits, NULL);
  if (g_str_has_prefix (digits, "00"))
    return g_strconcat ("+", digits + 2, NULL);
  for (guint i = 0; country != NULL && i < G_N_ELEMENTS (countries); i++)
    if (g_ascii_strcasecmp (countries[i].country, country) == 0)
      {
        gsize trunk = strlen (countries[i].trunk);

        if (trunk > 0 && g_str_has_prefix (national, countries[i].trunk))
          national += trunk;
        /* "912 111 2233" without its 0, as people write it too */
        return g_strconcat ("+", countries[i].code, national, NULL);
      }
  return NULL;
}

/* Every byte but the unreserved ones percent-encoded, as RFC 3986 wants a
 * query's value; line breaks as CRLF for mail (RFC 6068). */
static char *
escape (const char *text,
        gboolean    crlf)
{
  g_autoptr(GString) lines = g_string_new (text != NULL ? text : "");

  if (crlf)
    {
      g_string_replace (lines, "\r\n", "\n", 0);
      g_string_replace (lines, "\n", "\r\n", 0);
    }
  return g_uri_escape_string (lines->str, NULL, FALSE);
}

/**
 * cherish_message_uri:
 * @address: an e-mail address for %CHERISH_CHANNEL_EMAIL, else a phone
 * @country: (nullable): the shop's country, for a national phone number
 * @subject: (nullable): an e-mail's subject
 * @body: (nullable): the message
 *
 * Returns: (transfer full) (nullable): the URI the desktop opens to send
 *   @body; %NULL if @address cannot be used (a phone number that cannot be
 *   made international)
 */
char *
cherish_message_uri (CherishChannel  channel,
                     const char     *address,
                     const char     *country,
                     const char     *subject,
                     const char     *body)
{
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (address != NULL, NULL);

  if (channel == CHERISH_CHANNEL_EMAIL)
    {
      g_autofree char *to = g_uri_escape_string (address, "@", FALSE);
      g_autofree char *about = escape (subject, TRUE);

      text = escape (body, TRUE);
      return g_strdup_printf ("mailto:%s?subject=%s&body=%s", to, about, text);
    }
  number = cherish_phone_international (address, country);
  if (number == NULL)
    return NULL;
  text = escape (body, FALSE);
  switch (channel)
    {
    case CHERISH_CHANNEL_SMS:
      return g_strdup_printf ("sms:%s?body=%s", number, text);
    case CHERISH_CHANNEL_WHATSAPP:
      return g_strdup_printf ("https://wa.me/%s?text=%s", number + 1, text);
    case CHERISH_CHANNEL_CALL:
      return g_strdup_printf ("tel:%s", number);
    case CHERISH_CHANNEL_EMAIL:
    default:
      g_return_val_if_reached (NULL);
    }
}
