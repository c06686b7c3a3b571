/* test-import-formats.c — files as other programs write them, byte for byte
 *
 * Google Contacts' "Google CSV" (UTF-8, several values joined by " ::: "),
 * Outlook's CSV (M/D/YYYY, "0/0/00" for no date, CRLF), a Persian shop's
 * Excel sheet saved as CSV (Windows-1256, ';', CRLF, Solar Hijri dates),
 * vCards with anniversaries and organisations; every problem of a row
 * named; and Cherish's own export read back exactly in both calendars.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cherish-customer-export.h"
#include "cherish-customer-import.h"
#include "cherish-error.h"
#include "cherish-life-event-store.h"
#include "cherish-message.h"
#include "cherish-test-util.h"

typedef struct
{
  CherishTestShop       shop;
  CherishCustomerStore *customers;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  cherish_test_shop_open (&f->shop, "2026-11-29T10:00:00+03:30", "formats.db");
  f->customers = cherish_customer_store_new (f->shop.db, f->shop.clock);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->customers);
  cherish_test_shop_close (&f->shop);
}

static CherishImport *
import_bytes (const char *data,
              gsize       size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  CherishImport *import = cherish_import_new (bytes, NULL, &error);

  g_assert_no_error (error);
  return import;
}

static CherishCustomer *
find (Fixture    *f,
      const char *name)
{
  CherishCustomerQuery query = { name, CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_FILTER_NONE };
  g_autoptr(GPtrArray) found = cherish_customer_store_find (f->customers, &query, 0, 10, NULL);

  for (guint i = 0; found != NULL && i < found->len; i++)
    if (g_str_equal (cherish_customer_get_display_name (found->pdata[i]), name))
      return g_object_ref (found->pdata[i]);
  g_error ("no customer named %s", name);
  return NULL;
}

static void
run_ok (Fixture             *f,
        CherishImport       *import,
        CherishImportReport *report)
{
  g_autoptr(GError) error = NULL;

  if (!cherish_import_run (import, f->customers, CHERISH_IMPORT_SKIP, FALSE, NULL, report, &error))
    g_error ("%s%s%s", error->message, report->problems->len > 0 ? "\n" : "",
             report->problems->len > 0 ? (char *) report->problems->pdata[0] : "");
}

static guint
anniversaries_of (Fixture         *f,
                  CherishCustomer *customer,
                  const char      *date)
{
  g_autoptr(CherishLifeEventStore) events = cherish_life_event_store_new (f->shop.db, f->shop.clock);
  g_autoptr(GPtrArray) list = cherish_life_event_store_list_for_customer (events,
                                                                          cherish_customer_get_id (customer),
                                                                          NULL);
  guint n = 0;

  for (guint i = 0; i < list->len; i++)
    if (cherish_life_event_get_kind (list->pdata[i]) == CHERISH_LIFE_EVENT_KIND_ANNIVERSARY)
      {
        g_assert_cmpstr (cherish_life_event_get_date (list->pdata[i]), ==, date);
        g_assert_true (cherish_life_event_get_yearly (list->pdata[i]));
        n++;
      }
  return n;
}

/* Google Contacts → Export → Google CSV, as it writes it today. */
static void
test_google (Fixture       *f,
             gconstpointer  data)
{
  const char *csv =
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
    "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
    "Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,"
    "E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,"
    "Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,Event 1 - Label,Event 1 - Value\n"
    "Sara,,Ahmadi,,,,,,,,,,,1990-03-20,Likes tea,,* myContacts,* Home,"
    "sara@example.com ::: sara.work@example.com,,,Mobile,+98 912 111 2233 ::: +98 21 5555 5555,"
    "Work,021 8888 0000,Home,\"Vali Asr St\nTehran\",Anniversary,2015-06-12\n"
    "Reza,Ali,Karimi,,,,,,,,Gol Flowers,Owner,,--05-17,,,* myContacts,,,,,Mobile,0935 000 1111,,,,,,\n"
    ",,,,,,,,,,Nour Bakery,,,,,,* myContacts,Work,info@nour.example,,,Work,021 7777 1234,,,,,,\n";
  g_autoptr(CherishImport) import = import_bytes (csv, strlen (csv));
  g_autoptr(CherishCustomer) sara = NULL;
  g_autoptr(CherishCustomer) reza = NULL;
  g_autoptr(CherishCustomer) bakery = NULL;
  CherishImportReport report;

  g_assert_cmpint (cherish_import_get_field (import, 0), ==, CHERISH_IMPORT_FIRST_NAME);
  g_assert_cmpint (cherish_import_get_field (import, 1), ==, CHERISH_IMPORT_FIRST_NAME);   /* middle */
  g_assert_cmpint (cherish_import_get_field (import, 2), ==, CHERISH_IMPORT_LAST_NAME);
  g_assert_cmpint (cherish_import_get_field (import, 10), ==, CHERISH_IMPORT_ORGANIZATION);
  g_assert_cmpint (cherish_import_get_field (import, 13), ==, CHERISH_IMPORT_BIRTHDAY);
  g_assert_cmpint (cherish_import_get_field (import, 14), ==, CHERISH_IMPORT_NOTES);
  g_assert_cmpint (cherish_import_get_field (import, 17), ==, CHERISH_IMPORT_IGNORE);      /* a label */
  g_assert_cmpint (cherish_import_get_field (import, 18), ==, CHERISH_IMPORT_EMAIL);
  g_assert_cmpint (cherish_import_get_field (import, 20), ==, CHERISH_IMPORT_EMAIL);
  g_assert_cmpint (cherish_import_get_field (import, 22), ==, CHERISH_IMPORT_PHONE);
  g_assert_cmpint (cherish_import_get_field (import, 24), ==, CHERISH_IMPORT_PHONE);
  g_assert_cmpint (cherish_import_get_field (import, 28), ==, CHERISH_IMPORT_ANNIVERSARY);

  run_ok (f, import, &report);
  g_assert_cmpuint (report.added, ==, 3);
  g_assert_cmpuint (report.more_contacts, ==, 1);
  g_assert_cmpuint (report.anniversaries, ==, 1);
  cherish_import_report_clear (&report);

  sara = find (f, "Sara Ahmadi");
  g_assert_cmpstr (cherish_customer_get_phone (sara), ==, "+98 912 111 2233");
  g_assert_cmpstr (cherish_customer_get_email (sara), ==, "sara@example.com");
  g_assert_cmpstr (cherish_customer_get_birthday (sara), ==, "1990-03-20");
  g_assert_cmpstr (cherish_customer_get_notes (sara), ==,
                   "Likes tea\nOther phone: +98 21 5555 5555\nOther phone: 021 8888 0000\n"
                   "Other e-mail: sara.work@example.com");
  g_assert_cmpuint (anniversaries_of (f, sara, "2015-06-12"), ==, 1);

  reza = find (f, "Reza Ali Karimi");
  g_assert_cmpstr (cherish_customer_get_birthday (reza), ==, "--05-17");
  g_assert_cmpstr (cherish_customer_get_notes (reza), ==, "Organization: Gol Flowers");

  bakery = find (f, "Nour Bakery");   /* no person's name: the organisation's */
  g_assert_cmpstr (cherish_customer_get_phone (bakery), ==, "021 7777 1234");
  g_assert_cmpstr (cherish_customer_get_email (bakery), ==, "info@nour.example");
  g_assert_null (cherish_customer_get_notes (bakery));

  /* The older Google CSV's headers. */
  g_assert_cmpint (cherish_import_guess_field ("Given Name"), ==, CHERISH_IMPORT_FIRST_NAME);
  g_assert_cmpint (cherish_import_guess_field ("Additional Name"), ==, CHERISH_IMPORT_FIRST_NAME);
  g_assert_cmpint (cherish_import_guess_field ("Family Name"), ==, CHERISH_IMPORT_LAST_NAME);
  g_assert_cmpint (cherish_import_guess_field ("Organization 1 - Name"), ==, CHERISH_IMPORT_ORGANIZATION);
  g_assert_cmpint (cherish_import_guess_field ("E-mail 3 - Type"), ==, CHERISH_IMPORT_IGNORE);
}

/* Outlook → Export → CSV: quoted headers, M/D/YYYY, "0/0/00", CRLF. */
static const char *outlook_header =
  "\"First Name\",\"Middle Name\",\"Last Name\",\"Title\",\"Suffix\",\"Initials\",\"Web Page\",\"Gender\","
  "\"Birthday\",\"Anniversary\",\"Location\",\"Language\",\"Internet Free Busy\",\"Notes\","
  "\"E-mail Address\",\"E-mail 2 Address\",\"E-mail 3 Address\",\"Primary Phone\",\"Home Phone\","
  "\"Home Phone 2\",\"Mobile Phone\",\"Pager\",\"Home Fax\",\"Home Address\",\"Company\","
  "\"Business Phone\",\"Business Phone 2\",\"Other Phone\"\r\n";

static void
test_outlook (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *csv = g_strconcat (
    outlook_header,
    "\"Leila\",\"\",\"Nouri\",\"\",\"\",\"L.N.\",\"\",\"Unspecified\",\"3/20/1990\",\"6/12/2015\",\"\",\"\",\"\","
    "\"VIP\",\"leila@example.com\",\"leila@work.example\",\"\",\"\",\"021 5555 1234\",\"\","
    "\"0912 345 6789\",\"\",\"\",\"\",\"Nouri & Co\",\"021 8888 1111\",\"\",\"\"\r\n"
    "\"Amir\",\"\",\"Tehrani\",\"\",\"\",\"\",\"\",\"Unspecified\",\"0/0/00\",\"0/0/00\",\"\",\"\",\"\","
    "\"\",\"amir@example.com\",\"\",\"\",\"\",\"\",\"\",\"0912 000 2222\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n",
    NULL);
  g_autoptr(CherishImport) import = import_bytes (csv, strlen (csv));
  g_autoptr(CherishCustomer) leila = NULL;
  g_autoptr(CherishCustomer) amir = NULL;
  CherishImportReport report;

  run_ok (f, import, &report);
  g_assert_cmpuint (report.added, ==, 2);
  g_assert_cmpuint (report.more_contacts, ==, 1);
  g_assert_cmpuint (report.anniversaries, ==, 1);
  g_assert_cmpuint (report.dates->len, ==, 2);
  g_assert_nonnull (strstr (report.dates->pdata[0], "month/day/year"));
  cherish_import_report_clear (&report);

  leila = find (f, "Leila Nouri");
  g_assert_cmpstr (cherish_customer_get_birthday (leila), ==, "1990-03-20");
  g_assert_cmpstr (cherish_customer_get_phone (leila), ==, "021 5555 1234");
  g_assert_cmpstr (cherish_customer_get_email (leila), ==, "leila@example.com");
  g_assert_cmpstr (cherish_customer_get_notes (leila), ==,
                   "VIP\nOrganization: Nouri & Co\nOther phone: 0912 345 6789\nOther phone: 021 8888 1111\n"
                   "Other e-mail: leila@work.example");
  g_assert_cmpuint (anniversaries_of (f, leila, "2015-06-12"), ==, 1);
  amir = find (f, "Amir Tehrani");
  g_assert_null (cherish_customer_get_birthday (amir));   /* "0/0/00": none */
}

/* Dates whose day and month cannot tell: asked, and read as told. */
static void
test_date_order (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *csv = g_strconcat (
    outlook_header,
    "\"Ali\",\"\",\"Rad\",\"\",\"\",\"\",\"\",\"\",\"3/4/1990\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\","
    "\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n",
    NULL);
  g_autoptr(CherishImport) import = import_bytes (csv, strlen (csv));
  g_autoptr(CherishCustomer) ali = NULL;
  g_autoptr(GPtrArray) described = NULL;
  g_autoptr(GError) error = NULL;
  CherishImportReport report;
  gboolean needs_order = FALSE;
  GDate today;

  cherish_clock_get_today (f->shop.clock, &today);
  described = cherish_import_describe_dates (import, &today, &needs_order);
  g_assert_true (needs_order);
  g_assert_false (cherish_import_run (import, f->customers, CHERISH_IMPORT_SKIP, FALSE, NULL, &report, &error));
  g_assert_cmpstr (cherish_error_get_field (error), ==, "date-order");
  cherish_import_report_clear (&report);

  cherish_import_set_date_order (import, CHERISH_DATE_ORDER_MDY);
  run_ok (f, import, &report);
  cherish_import_report_clear (&report);
  ali = find (f, "Ali Rad");
  g_assert_cmpstr (cherish_customer_get_birthday (ali), ==, "1990-03-04");
}

/* As Excel saves Persian text in Windows-1256, which has no Persian yeh:
 * it writes the Arabic one. */
static char *
as_excel_saves (const char *utf8)
{
  g_autoptr(GString) text = g_string_new (utf8);

  g_string_replace (text, "ی", "ي", 0);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A Persian shop's Excel sheet, "CSV" in Excel's words: Windows-1256,
 * semicolons, CRLF, Solar Hijri dates, a year-less birthday. */
static void
test_persian_excel (Fixture       *f,
                    gconstpointer  data)
{
  const char *utf8 =
    "نام;نام خانوادگی;تلفن همراه;پست الکترونیک;تاریخ تولد;تاریخ عضویت;یادداشت\r\n"
    "سارا;احمدی;09121112233;sara@example.com;1365/05/12;1398/03/20;مشتری ثابت\r\n"
    "رضا;کریمی;09350001111;;1370/1/1;1400/12/29;\r\n"
    "لیلا;نوری;09120002222;;05/12;1403/12/30;\r\n";
  g_autofree char *saved = as_excel_saves (utf8);
  g_autofree char *cp1256 = g_convert (saved, -1, "WINDOWS-1256", "UTF-8", NULL, NULL, NULL);
  g_autoptr(CherishImport) import = NULL;
  g_autoptr(CherishCustomer) sara = NULL;
  g_autoptr(CherishCustomer) reza = NULL;
  g_autoptr(CherishCustomer) leila = NULL;
  g_autofree char *sara_name = as_excel_saves ("سارا احمدی");
  g_autofree char *reza_name = as_excel_saves ("رضا کریمی");
  g_autofree char *leila_name = as_excel_saves ("لیلا نوری");
  CherishImportReport report;

  g_assert_nonnull (cp1256);
  import = import_bytes (cp1256, strlen (cp1256));
  g_assert_cmpstr (cherish_import_get_encoding (import), ==, "WINDOWS-1256");
  g_assert_cmpint (cherish_import_get_separator (import), ==, ';');
  g_assert_cmpint (cherish_import_get_field (import, 0), ==, CHERISH_IMPORT_FIRST_NAME);
  g_assert_cmpint (cherish_import_get_field (import, 1), ==, CHERISH_IMPORT_LAST_NAME);
  g_assert_cmpint (cherish_import_get_field (import, 2), ==, CHERISH_IMPORT_PHONE);
  g_assert_cmpint (cherish_import_get_field (import, 3), ==, CHERISH_IMPORT_EMAIL);
  g_assert_cmpint (cherish_import_get_field (import, 4), ==, CHERISH_IMPORT_BIRTHDAY);
  g_assert_cmpint (cherish_import_get_field (import, 5), ==, CHERISH_IMPORT_CUSTOMER_SINCE);
  g_assert_cmpint (cherish_import_get_field (import, 6), ==, CHERISH_IMPORT_NOTES);
  run_ok (f, import, &report);
  g_assert_cmpuint (report.added, ==, 3);
  g_assert_nonnull (strstr (report.dates->pdata[0], "Solar Hijri"));
  cherish_import_report_clear (&report);

  sara = find (f, sara_name);
  g_assert_cmpstr (cherish_customer_get_birthday (sara), ==, "1986-08-03");
  g_assert_cmpstr (cherish_customer_get_customer_since (sara), ==, "2019-06-10");
  reza = find (f, reza_name);
  g_assert_cmpstr (cherish_customer_get_birthday (reza), ==, "1991-03-21");
  g_assert_cmpstr (cherish_customer_get_customer_since (reza), ==, "2022-03-20");
  leila = find (f, leila_name);
  g_assert_cmpstr (cherish_customer_get_birthday (leila), ==, "--08-03");   /* 12 Mordad, this year */
  g_assert_cmpstr (cherish_customer_get_customer_since (leila), ==, "2025-03-20");
}

/* A row with a bad e-mail and an impossible date names both; a bad
 * Solar Hijri day is told in its calendar. */
static void
test_every_problem (Fixture       *f,
                    gconstpointer  data)
{
  const char *csv =
    "name,email,birthday,customer since,prospect,contact by\n"
    "Sara,sara@,1990-02-30,1404/12/30,maybe,\"email, fax\"\n"
    ",,,,,\n";
  g_autoptr(CherishImport) import = import_bytes (csv, strlen (csv));
  g_autoptr(GError) error = NULL;
  CherishImportReport report;
  const char *problem;

  g_assert_false (cherish_import_run (import, f->customers, CHERISH_IMPORT_SKIP, FALSE, NULL, &report, &error));
  g_assert_cmpuint (report.bad, ==, 2);
  problem = report.problems->pdata[0];
  g_assert_true (g_str_has_prefix (problem, "Line 2: "));
  g_assert_nonnull (strstr (problem, "E-mail: “sara@”"));
  g_assert_nonnull (strstr (problem, "Birthday: “1990-02-30” is not a date: February 1990 has 28 days."));
  g_assert_nonnull (strstr (problem, "Customer since: “1404/12/30” is not a date: Esfand 1404 has 29 days."));
  g_assert_nonnull (strstr (problem, "Prospect: “maybe” is neither yes nor no."));
  g_assert_nonnull (strstr (problem, "Contact by: “fax” is no way to reach a customer"));
  g_assert_true (g_str_has_prefix (report.problems->pdata[1], "Line 3: Name"));
  cherish_import_report_clear (&report);
}

static void
test_vcard_more (Fixture       *f,
                 gconstpointer  data)
{
  const char *vcf =
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Mina Sadeghi\r\n"
    "EMAIL;TYPE=home:mina@example.com\r\n"
    "EMAIL;TYPE=work:mina@work.example\r\n"
    "TEL;TYPE=cell:+98 912 444 5555\r\n"
    "ORG:Sadeghi Tailors;Design\r\n"
    "ANNIVERSARY:20100915\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "ORG:Rose Café\r\n"
    "TEL;TYPE=WORK:021 3333 4444\r\n"
    "X-ANNIVERSARY:2001-04-01\r\n"
    "END:VCARD\r\n";
  g_autoptr(CherishImport) import = import_bytes (vcf, strlen (vcf));
  g_autoptr(CherishCustomer) mina = NULL;
  g_autoptr(CherishCustomer) cafe = NULL;
  CherishImportReport report;

  run_ok (f, import, &report);
  g_assert_cmpuint (report.added, ==, 2);
  g_assert_cmpuint (report.anniversaries, ==, 2);
  g_assert_cmpuint (report.more_contacts, ==, 1);
  cherish_import_report_clear (&report);
  mina = find (f, "Mina Sadeghi");
  g_assert_cmpstr (cherish_customer_get_email (mina), ==, "mina@example.com");
  g_assert_cmpstr (cherish_customer_get_notes (mina), ==,
                   "Organization: Sadeghi Tailors\nOther e-mail: mina@work.example");
  g_assert_cmpuint (anniversaries_of (f, mina, "2010-09-15"), ==, 1);
  cafe = find (f, "Rose Café");
  g_assert_cmpuint (anniversaries_of (f, cafe, "2001-04-01"), ==, 1);

  /* Imported again: the anniversary is not added twice. */
  {
    g_autoptr(CherishImport) again = import_bytes (vcf, strlen (vcf));
    g_autoptr(GError) error = NULL;

    g_assert_true (cherish_import_run (again, f->customers, CHERISH_IMPORT_MERGE, FALSE, NULL, &report, &error));
    g_assert_cmpuint (report.merged, ==, 2);
    g_assert_cmpuint (report.anniversaries, ==, 0);
    cherish_import_report_clear (&report);
  }
}

static void
count_change (guint *changed)
{
  (*changed)++;
}

/* The same customer on several rows, as merged contact books have them:
 * an anniversary once however many rows give it, another date too, none
 * of a row that only repeats one already in the shop. */
static void
test_anniversary_rows (Fixture       *f,
                       gconstpointer  data)
{
  const char *csv =
    "Name,E-mail,Anniversary\n"
    "Sara Ahmadi,sara@example.com,2015-06-12\n"
    "Sara A.,sara@example.com,2015-06-12\n"
    "Sara,sara@example.com,2016-01-01\n"
    "Reza Karimi,reza@example.com,2001-04-01\n";
  g_autoptr(CherishCustomer) sara = NULL;
  g_autoptr(CherishCustomer) reza = NULL;
  g_autoptr(GError) error = NULL;
  CherishImportReport report;

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(CherishImport) import = import_bytes (csv, strlen (csv));
      guint changed = 0;
      gulong handler = g_signal_connect_swapped (f->shop.db, "changed::customers", G_CALLBACK (count_change),
                                                 &changed);

      g_assert_true (cherish_import_run (import, f->customers, CHERISH_IMPORT_MERGE, FALSE, NULL, &report, &error));
      g_signal_handler_disconnect (f->shop.db, handler);
      g_assert_cmpuint (changed, ==, round == 0 ? 1 : 0);   /* again: nothing new, nothing written */
      g_assert_no_error (error);
      g_assert_cmpuint (report.added, ==, round == 0 ? 2 : 0);
      g_assert_cmpuint (report.merged, ==, round == 0 ? 2 : 4);
      g_assert_cmpuint (report.anniversaries, ==, round == 0 ? 3 : 0);
      cherish_import_report_clear (&report);
    }
  sara = find (f, "Sara Ahmadi");
  reza = find (f, "Reza Karimi");
  g_assert_cmpuint (anniversaries_of (f, reza, "2001-04-01"), ==, 1);
  {
    g_autoptr(CherishLifeEventStore) events = cherish_life_event_store_new (f->shop.db, f->shop.clock);
    g_autoptr(GPtrArray) list = cherish_life_event_store_list_for_customer (events, cherish_customer_get_id (sara),
                                                                            NULL);

    g_assert_cmpuint (list->len, ==, 2);
    g_assert_cmpstr (cherish_life_event_get_date (list->pdata[0]), ==, "2015-06-12");
    g_assert_cmpstr (cherish_life_event_get_date (list->pdata[1]), ==, "2016-01-01");
  }
}

/* Cherish's export in either calendar reads back as it was. */
static void
test_round_trip_calendars (Fixture       *f,
                           gconstpointer  data)
{
  const char *birthdays[] = { "1986-08-03", "--08-03", "--02-29", "--03-20", "2000-03-20", "--12-31", NULL };

  for (guint i = 0; birthdays[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup_printf ("Customer %u", i);

      /* How each may be contacted goes and comes back too. */
      cherish_test_add_customer (f->customers, name, "birthday", birthdays[i], "customer-since", "2025-03-20",
                                 "channels", i == 1 ? 0u : i == 2 ? (guint) (CHERISH_CHANNEL_EMAIL | CHERISH_CHANNEL_CALL)
                                                                  : (guint) CHERISH_CHANNELS_ALL,
                                 "do-not-contact", i == 3, NULL);
    }
  for (guint c = 0; c < 2; c++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *exported = cherish_customer_export_csv (f->customers, c, &error);
      g_autoptr(CherishImport) import = NULL;
      g_autofree char *again = NULL;
      CherishTestShop other;
      CherishImportReport report;

      g_assert_no_error (error);
      if (c == CHERISH_CALENDAR_PERSIAN)
        g_assert_nonnull (strstr (exported, ",1365/05/12,1403/12/30,"));
      g_assert_nonnull (strstr (exported, ",email call,no,"));
      g_assert_nonnull (strstr (exported, ",email sms whatsapp call,yes,"));
      cherish_test_shop_open (&other, "2026-11-29T10:00:00+03:30", "other.db");
      {
        g_autoptr(CherishCustomerStore) store = cherish_customer_store_new (other.db, other.clock);

        import = import_bytes (exported, strlen (exported));
        g_assert_true (cherish_import_run (import, store, CHERISH_IMPORT_SKIP, FALSE, NULL, &report, &error));
        g_assert_no_error (error);
        g_assert_cmpuint (report.added, ==, 6);
        cherish_import_report_clear (&report);
        again = cherish_customer_export_csv (store, c, &error);
        g_assert_cmpstr (again, ==, exported);
      }
      cherish_test_shop_close (&other);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import-formats/google", test_google);
  ADD ("/import-formats/outlook", test_outlook);
  ADD ("/import-formats/date-order", test_date_order);
  ADD ("/import-formats/persian-excel", test_persian_excel);
  ADD ("/import-formats/every-problem", test_every_problem);
  ADD ("/import-formats/vcard", test_vcard_more);
  ADD ("/import-formats/anniversary-rows", test_anniversary_rows);
  ADD ("/import-formats/round-trip-calendars", test_round_trip_calendars);
#undef ADD

  return g_test_run ();
}
