/* test-export.c — an event as .ics (read back by libical), guest lists as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libical/ical.h>

#include "cherish-csv.h"
#include "cherish-error.h"
#include "cherish-customer-store.h"
#include "cherish-event-store.h"
#include "cherish-guest-store.h"
#include "cherish-ics.h"
#include "cherish-test-util.h"

static const char *tricky = "Tasting, \"new\"; season\\ — چای و شیرینی\nsecond line";

static void
test_ics (void)
{
  g_autoptr(CherishEvent) event = cherish_event_new (tricky, "2025-06-20T18:00:00+03:30",
                                                     "2025-06-20T21:00:00+03:30");
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2025-06-15T10:00:00Z", NULL);
  g_autofree char *ics = NULL;
  g_autofree char *marked = NULL;
  g_auto(GStrv) lines = NULL;
  icalcomponent *calendar, *vevent;
  struct icaltimetype start, end;

  g_object_set (event, "id", (gint64) 42, "place", "Shop; 2nd floor, Valiasr St.",
                "description", "Long text that goes on and on so that the line must be folded "
                               "somewhere, with Persian too: فصل تازه، شیرینی و چای برای همه",
                "incentives", "10% off everything tonight\nDouble points",
                "status", CHERISH_EVENT_STATUS_CANCELLED, NULL);
  ics = cherish_ics_from_event (event, now);

  /* CRLF only, and no line longer than 75 octets. */
  marked = g_strdelimit (g_strdup (ics), "\r", 'R');
  g_assert_null (strstr (marked, "R\nR"));
  lines = g_strsplit (ics, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }

  calendar = icalparser_parse_string (ics);
  g_assert_nonnull (calendar);
  icalrestriction_check (calendar);
  if (icalcomponent_count_errors (calendar) != 0)
    g_printerr ("%s\n", icalcomponent_as_ical_string (calendar));
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  vevent = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_nonnull (vevent);
  g_assert_cmpstr (icalcomponent_get_summary (vevent), ==, tricky);
  g_assert_cmpstr (icalcomponent_get_location (vevent), ==, "Shop; 2nd floor, Valiasr St.");
  g_assert_nonnull (strstr (icalcomponent_get_description (vevent), "شیرینی و چای برای همه\n\n10% off"));
  g_assert_cmpstr (icalcomponent_get_uid (vevent), ==, "event-42@cherishapp.github.io");
  g_assert_cmpint (icalcomponent_get_status (vevent), ==, ICAL_STATUS_CANCELLED);
  start = icalcomponent_get_dtstart (vevent);
  end = icalcomponent_get_dtend (vevent);
  g_assert_true (icaltime_is_utc (start));
  g_assert_cmpint (start.hour, ==, 14);
  g_assert_cmpint (start.minute, ==, 30);
  g_assert_cmpint (end.hour, ==, 17);
  icalcomponent_free (calendar);
}

static void
test_csv_round_trip (void)
{
  CherishTestShop shop;
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(CherishEventStore) events = NULL;
  g_autoptr(CherishGuestStore) guests = NULL;
  g_autoptr(CherishEvent) event = cherish_event_new ("Evening", "2025-06-20T18:00:00Z",
                                                     "2025-06-20T21:00:00Z");
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *csv = NULL;
  const char *names[] = { "Smith, \"Jo\"", "سارا احمدی", "Line\nbreak", NULL };
  g_autoptr(GError) error = NULL;

  cherish_test_shop_open (&shop, "2025-06-15T10:00:00Z", "csv.db");
  customers = cherish_customer_store_new (shop.db, shop.clock);
  events = cherish_event_store_new (shop.db, shop.clock);
  guests = cherish_guest_store_new (shop.db, shop.clock);
  g_assert_true (cherish_event_store_insert (events, event, &error));
  for (guint i = 0; names[i] != NULL; i++)
    {
      gint64 id = cherish_test_add_customer (customers, names[i], "phone", "0912 345 6789", NULL);

      g_assert_cmpint (cherish_guest_store_invite (guests, cherish_event_get_id (event), id, &error), >, 0);
    }
  list = cherish_guest_store_list (guests, cherish_event_get_id (event), &error);
  csv = cherish_csv_guest_list (list);
  rows = cherish_csv_parse (csv, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_cmpstr (((char **) rows->pdata[0])[0], ==, "name");
  for (guint i = 1; i < rows->len; i++)
    {
      char **row = rows->pdata[i];

      g_assert_cmpuint (g_strv_length (row), ==, 7);
      g_assert_cmpstr (row[0], ==, cherish_invitation_get_customer_name (list->pdata[i - 1]));
      g_assert_cmpstr (row[2], ==, "invited");
      g_assert_cmpstr (row[3], ==, "1");
    }

  /* What spreadsheets write, and a broken file. */
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = cherish_csv_parse ("\xEF\xBB\xBF" "a,b\n\"x\ny\",\"\"\"q\"\"\"\n", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (((char **) rows->pdata[1])[0], ==, "x\ny");
  g_assert_cmpstr (((char **) rows->pdata[1])[1], ==, "\"q\"");
  g_assert_null (cherish_csv_parse ("a,b\n1,\"open\n2,3\n", &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Line 2"));

  g_clear_object (&guests);
  g_clear_object (&events);
  g_clear_object (&customers);
  cherish_test_shop_close (&shop);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/export/ics", test_ics);
  g_test_add_func ("/export/csv-round-trip", test_csv_round_trip);
  return g_test_run ();
}
