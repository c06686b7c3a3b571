#include "config.h"
#include <sqlite3.h>
#include <time.h>
#include <glib/gstdio.h>
#include "cherish-database.h"
#include "cherish-milestone-store.h"
#include "cherish-reminders.h"
#include "cherish-guest-store.h"
#include "cherish-event-store.h"
#include "cherish-customer-import.h"
#include "cherish-customer-store.h"
int main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  if (g_str_equal (argv[2], "import")) {
    gchar *text; gsize len;
    g_file_get_contents (g_getenv ("CSV"), &text, &len, NULL);
    for (int r = 0; r < 1; r++) {
      g_autofree char *path = g_strdup_printf ("/tmp/probe/imp-%d.db", r);
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      if (!g_getenv ("KEEP")) { g_unlink (path); g_unlink (wal); }
      CherishDatabase *fresh = cherish_database_open (path, &error);
      CherishCustomerStore *store = cherish_customer_store_new (fresh, NULL);
      GBytes *bytes = g_bytes_new_static (text, len);
      CherishImportReport report;
      gint64 s = g_get_monotonic_time ();
      CherishImport *import = cherish_import_new_csv (bytes, NULL, &error);
      gint64 m = g_get_monotonic_time ();
      g_assert_true (cherish_import_run (import, store, CHERISH_IMPORT_SKIP, TRUE, NULL, &report, &error));
      g_print ("import parse %.0f ms run %.0f ms added %u\n", (m - s) / 1e3, (g_get_monotonic_time () - m) / 1e3, report.added);
      cherish_import_report_clear (&report);
      g_object_unref (import); g_object_unref (store); g_object_unref (fresh);
    }
    return 0;
  }
  CherishDatabase *db = cherish_database_open (argv[1], &error);
  const char *what = argv[2];
  int n = argc > 3 ? atoi (argv[3]) : 20;
  g_assert_no_error (error);
  if (g_str_equal (what, "occasions")) {
    CherishMilestoneStore *m = cherish_milestone_store_new (db, NULL);
    CherishMilestoneRules rules; GDate from, to;
    cherish_milestone_rules_init_default (&rules);
    g_date_clear (&from, 1); g_date_set_time_t (&from, time (NULL)); to = from; g_date_add_days (&to, 30);
    for (int i = 0; i < n; i++) {
      gint64 s = g_get_monotonic_time ();
      GPtrArray *o = cherish_milestone_store_find (m, &from, &to, &rules, &error);
      g_print ("%u %.1f ms\n", o->len, (g_get_monotonic_time () - s) / 1000.0);
      g_ptr_array_unref (o);
    }
  } else if (g_str_equal (what, "due")) {
    CherishReminders *r = cherish_reminders_new (db, NULL);
    CherishReminderSettings settings;
    cherish_reminder_settings_init_default (&settings);
    settings.quiet_from = settings.quiet_until = 0;
    for (int i = 0; i < n; i++) {
      gint64 s = g_get_monotonic_time ();
      GPtrArray *o = cherish_reminders_list_due (r, &settings, &error);
      g_print ("%u %.1f ms\n", o->len, (g_get_monotonic_time () - s) / 1000.0);
      g_ptr_array_unref (o);
    }
  }
  else if (g_str_equal (what, "guests")) {
    CherishGuestStore *g = cherish_guest_store_new (db, NULL);
    CherishGuestFilter filters[] = {
      { CHERISH_GUEST_FILTER_TOP_VISITS, 1000, NULL }, { CHERISH_GUEST_FILTER_TOP_SPEND, 1000, "IRR" },
      { CHERISH_GUEST_FILTER_CELEBRATING, 0, NULL }, { CHERISH_GUEST_FILTER_NOT_SEEN, 0, NULL },
      { CHERISH_GUEST_FILTER_LIKES, 0, "coffee" } };
    for (int f = 0; f < 5; f++) {
      double best = 1e9; gint64 c = 0;
      for (int i = 0; i < n; i++) {
        gint64 s = g_get_monotonic_time ();
        c = cherish_guest_store_count_matching (g, 1, &filters[f], &error);
        g_assert_no_error (error);
        best = MIN (best, (g_get_monotonic_time () - s) / 1000.0);
      }
      g_print ("filter %d: %" G_GINT64_FORMAT " best %.1f ms\n", f, c, best);
    }
  }
  else if (g_str_equal (what, "search")) {
    CherishCustomerStore *st = cherish_customer_store_new (db, NULL);
    const char *qs[] = { "s", "sa", "mar", "reza", "زه", "محم", "ka", "bj", "lé", "zoe", "0", "09", "ahmadi", "karimi sara", "customer77@", NULL };
    for (int q = 0; qs[q]; q++) {
      double bc = 1e9, bf = 1e9; guint found = 0;
      for (int i = 0; i < n; i++) {
        CherishCustomerQuery query = { qs[q], CHERISH_CUSTOMER_SORT_NAME, 0 };
        gint64 s = g_get_monotonic_time ();
        found = cherish_customer_store_count (st, &query, &error);
        gint64 m = g_get_monotonic_time ();
        GPtrArray *page = cherish_customer_store_find (st, &query, 0, 50, &error);
        gint64 e = g_get_monotonic_time ();
        g_ptr_array_unref (page);
        bc = MIN (bc, (m - s) / 1000.0); bf = MIN (bf, (e - m) / 1000.0);
      }
      g_print ("%-12s %6u count %.2f find %.2f\n", qs[q], found, bc, bf);
    }
  }
  return 0;
}
