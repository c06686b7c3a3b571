/* cherish-customer-export.c — customers and visits as CSV files
 *
 * UTF-8, a header row, RFC 4180 quoting, CRLF; cells a spreadsheet would
 * run as formulas are disarmed (cherish_csv_append_row()). Likes,
 * dislikes and notes keep their lines inside one quoted cell, so that
 * importing the customers file gives back the same customers. Amounts are
 * written in the currency's units ("12.50", "1500000"), dates in the
 * shop's calendar (ISO year-month-day, or Solar Hijri 1365/05/12 and a
 * year-less "12 Mordad", which the import reads back as they were) and
 * times in UTC.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer-export"

#include "config.h"

#include "cherish-csv.h"
#include "cherish-customer-export.h"
#include "cherish-date-text.h"
#include "cherish-message.h"
#include "cherish-enum-types.h"
#include "cherish-enums.h"
#include "cherish-money.h"

#define PAGE 5000

typedef struct
{
  GString               *out;
  CherishCalendarSystem  calendar;
  GDate                  today;
} Export;

static gboolean
append_customer (CherishCustomer  *c,
                 gpointer          user_data,
                 GError          **error)
{
  Export *export = user_data;
  g_autofree char *visits = g_strdup_printf ("%u", cherish_customer_get_visit_count (c));
  g_autofree char *birthday = cherish_date_write (cherish_customer_get_birthday (c), export->calendar,
                                                  &export->today);
  g_autofree char *since = cherish_date_write (cherish_customer_get_customer_since (c), export->calendar,
                                               &export->today);
  g_autofree char *channels = cherish_channels_to_text (cherish_customer_get_channels (c));
  const char *row[] = {
    cherish_customer_get_display_name (c),
    cherish_customer_get_phone (c) ?: "",
    cherish_customer_get_email (c) ?: "",
    birthday ?: "",
    since ?: "",
    cherish_customer_get_likes (c) ?: "",
    cherish_customer_get_dislikes (c) ?: "",
    cherish_customer_get_notes (c) ?: "",
    cherish_customer_get_is_prospect (c) ? "yes" : "no",
    cherish_customer_get_photo_consent (c) ? "yes" : "no",
    channels,
    cherish_customer_get_do_not_contact (c) ? "yes" : "no",
    visits,
    cherish_customer_get_last_visit_at (c) ?: "",
    NULL
  };

  cherish_csv_append_row (export->out, row);
  return TRUE;
}

/**
 * cherish_customer_export_csv:
 * @calendar: the calendar birthdays and "customer since" are written in
 *
 * Returns: (transfer full) (nullable): every customer (not the deleted
 *   ones) by name, or %NULL with @error set
 */
char *
cherish_customer_export_csv (CherishCustomerStore   *customers,
                             CherishCalendarSystem   calendar,
                             GError                **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *header[] = { "name", "phone", "email", "birthday", "customer_since", "likes", "dislikes",
                           "notes", "prospect", "photo_consent", "contact_by", "do_not_contact", "visits",
                           "last_visit_at", NULL };
  Export export = { out, calendar, { 0 } };

  cherish_clock_get_today (cherish_store_get_clock (CHERISH_STORE (customers)), &export.today);
  cherish_csv_append_row (out, header);
  if (!cherish_customer_store_for_each (customers, append_customer, &export, error))
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
amount_text (gint64      minor,
             const char *currency)
{
  if (cherish_money_decimals (currency) == 2)
    return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%02d", minor < 0 ? "-" : "", ABS (minor) / 100,
                            (int) (ABS (minor) % 100));
  return g_strdup_printf ("%" G_GINT64_FORMAT, minor);
}

static gboolean
index_customer (CherishCustomer  *customer,
                gpointer          user_data,
                GError          **error)
{
  gint64 id = cherish_customer_get_id (customer);

  g_hash_table_insert (user_data, g_memdup2 (&id, sizeof id), g_object_ref (customer));
  return TRUE;
}

/**
 * cherish_visit_export_csv:
 *
 * Returns: (transfer full) (nullable): every visit, purchase, call and
 *   message, oldest first, with its customer's name and phone; %NULL with
 *   @error set
 */
char *
cherish_visit_export_csv (CherishVisitStore     *visits,
                          CherishCustomerStore  *customers,
                          GError               **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr(GString) out = g_string_new (NULL);
  const char *header[] = { "customer", "customer_phone", "kind", "at", "amount", "currency", "note", NULL };
  gint64 after = 0;

  if (!cherish_customer_store_for_each (customers, index_customer, by_id, error))
    return NULL;
  cherish_csv_append_row (out, header);
  for (;;)
    {
      g_autoptr(GPtrArray) page = cherish_visit_store_list_after (visits, after, PAGE, error);

      if (page == NULL)
        return NULL;
      for (guint i = 0; i < page->len; i++)
        {
          CherishVisit *v = page->pdata[i];
          gint64 customer_id = cherish_visit_get_customer_id (v);
          CherishCustomer *c = g_hash_table_lookup (by_id, &customer_id);
          g_autofree char *amount = cherish_visit_get_currency (v) != NULL
            ? amount_text (cherish_visit_get_amount (v), cherish_visit_get_currency (v)) : g_strdup ("");
          const char *row[] = {
            c != NULL ? cherish_customer_get_display_name (c) : "",
            c != NULL && cherish_customer_get_phone (c) != NULL ? cherish_customer_get_phone (c) : "",
            cherish_enum_to_nick (CHERISH_TYPE_VISIT_KIND, cherish_visit_get_kind (v)),
            cherish_visit_get_at (v),
            amount,
            cherish_visit_get_currency (v) ?: "",
            cherish_visit_get_note (v) ?: "",
            NULL
          };

          cherish_csv_append_row (out, row);
          after = cherish_visit_get_id (v);
        }
      if (page->len < PAGE)
        return g_string_free (g_steal_pointer (&out), FALSE);
    }
}
