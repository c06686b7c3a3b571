/* cherish-money.c — amounts in minor units, read and written
 *
 * Money is kept as an integer count of the currency's minor unit. Most
 * currencies have two decimals; the rial, the yen and a few others are
 * counted whole in practice, and so they are here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-money"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cherish-error.h"
#include "cherish-money.h"
#include "cherish-text.h"

/* Limits amounts to what a shop sells, far from gint64 overflow. */
#define MAX_AMOUNT G_GINT64_CONSTANT (1000000000000000)

guint
cherish_money_decimals (const char *currency)
{
  static const char *whole[] = { "IRR", "IRT", "JPY", "KRW", "IQD", "VND", "CLP", "ISK" };

  for (guint i = 0; i < G_N_ELEMENTS (whole); i++)
    if (g_strcmp0 (currency, whole[i]) == 0)
      return 0;
  return 2;
}

/**
 * cherish_money_parse:
 * @text: what was typed: "1250000", "1,250,000", "12.50", "۱۲٬۵۰۰"
 * @amount_minor: (out): the amount in minor units
 *
 * Returns: %TRUE if @text is a non-negative amount with no more decimals
 *   than @currency has; otherwise an error naming the field "amount"
 */
gboolean
cherish_money_parse (const char  *text,
                     const char  *currency,
                     gint64      *amount_minor,
                     GError     **error)
{
  g_autofree char *folded = cherish_text_fold (text);
  guint decimals = cherish_money_decimals (currency);
  gint64 whole = 0, fraction = 0;
  guint fraction_digits = 0;
  gboolean seen_digit = FALSE, in_fraction = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= '0' && c <= '9')
        {
          seen_digit = TRUE;
          if (in_fraction)
            {
              if (++fraction_digits > decimals)
                goto too_precise;
              fraction = fraction * 10 + (c - '0');
            }
          else
            {
              whole = whole * 10 + (c - '0');
              if (whole > MAX_AMOUNT)
                goto too_big;
            }
        }
      else if ((c == '.' || c == 0x066B /* ARABIC DECIMAL SEPARATOR */) && !in_fraction)
        in_fraction = TRUE;
      else if (c == ',' || c == ' ' || c == 0x066C /* ARABIC THOUSANDS SEPARATOR */ ||
               c == 0x2019 || c == '\'')
        continue;
      else if (c == '-')
        {
          cherish_set_invalid (error, "amount", _("Amount: it cannot be negative."));
          return FALSE;
        }
      else
        {
          cherish_set_invalid (error, "amount",
                               _("Amount: “%s” is not an amount; type digits, like 1250000."),
                               text);
          return FALSE;
        }
    }

  if (!seen_digit)
    {
      cherish_set_invalid (error, "amount",
                           _("Amount: “%s” is not an amount; type digits, like 1250000."),
                           text != NULL ? text : "");
      return FALSE;
    }

  for (guint i = fraction_digits; i < decimals; i++)
    fraction *= 10;
  for (guint i = 0; i < decimals; i++)
    whole *= 10;
  *amount_minor = whole + fraction;
  return TRUE;

too_precise:
  cherish_set_invalid (error, "amount",
                       g_dngettext (GETTEXT_PACKAGE,
                                    "Amount: %s has at most %u decimal.",
                                    "Amount: %s has at most %u decimals.", decimals),
                       currency, decimals);
  return FALSE;

too_big:
  cherish_set_invalid (error, "amount", _("Amount: that is more than a shop can take at once."));
  return FALSE;
}

/**
 * cherish_money_format:
 *
 * Returns: (transfer full): "1,250,000 IRR", "12.50 EUR"
 */
char *
cherish_money_format (gint64      amount_minor,
                      const char *currency)
{
  guint decimals = cherish_money_decimals (currency);
  gint64 divisor = decimals == 2 ? 100 : 1;
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, amount_minor / divisor);
  GString *out = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0 && digits[i - 1] != '-')
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  if (decimals == 2)
    g_string_append_printf (out, ".%02" G_GINT64_FORMAT, ABS (amount_minor % 100));
  if (currency != NULL)
    g_string_append_printf (out, " %s", currency);

  return g_string_free (out, FALSE);
}

/**
 * cherish_money_currency_is_valid:
 *
 * Returns: whether @currency looks like an ISO 4217 code (three capitals)
 */
gboolean
cherish_money_currency_is_valid (const char *currency)
{
  if (currency == NULL || strlen (currency) != 3)
    return FALSE;
  for (guint i = 0; i < 3; i++)
    if (!g_ascii_isupper (currency[i]))
      return FALSE;
  return TRUE;
}

/**
 * cherish_money_check:
 * @amount_minor: minor units, or -1 for no amount
 * @field: the field the amount is in ("amount", "cost")
 * @label: how the form calls it ("Amount", "Cost"), translated
 *
 * Returns: %TRUE if there is no amount, or a non-negative one with a
 *   currency code; else the error names the field at fault
 */
gboolean
cherish_money_check (gint64       amount_minor,
                     const char  *currency,
                     const char  *field,
                     const char  *label,
                     GError     **error)
{
  if (amount_minor == -1)
    return TRUE;

  if (amount_minor < 0)
    {
      /* Translators: %s is "Amount" or "Cost" */
      cherish_set_invalid (error, field, _("%s: it cannot be negative."), label);
      return FALSE;
    }
  if (!cherish_money_currency_is_valid (currency))
    {
      cherish_set_invalid (error, "currency",
                           _("Currency: “%s” is not a currency code like IRR, EUR or USD."),
                           currency != NULL ? currency : "");
      return FALSE;
    }
  return TRUE;
}
