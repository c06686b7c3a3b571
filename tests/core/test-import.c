/* test-import.c — CSV files in and out: the parser's edge cases, 10,000
 * mangled files, formulas disarmed, and customers imported all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "cherish-csv.h"
#include "cherish-customer-export.h"
#include "cherish-customer-import.h"
#include "cherish-error.h"
#include "cherish-test-server.h"
#include "cherish-test-util.h"

static GPtrArray *
parse (const char  *text,
       char         separator,
       GArray     **lines)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = cherish_csv_parse_full (text, separator, lines, &error);

  g_assert_no_error (error);
  return rows;
}

static void
test_separators_and_lines (void)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) lines = NULL;
  GStrv row;

  g_assert_cmpint (cherish_csv_guess_separator ("a;b;\"c,d,e\"\n1;2;3"), ==, ';');
  g_assert_cmpint (cherish_csv_guess_separator ("a\tb\tc"), ==, '\t');
  g_assert_cmpint (cherish_csv_guess_separator ("name"), ==, ',');

  /* A quoted field over two lines: the next row starts on line 4. CR alone ends a line too. */
  rows = parse ("\xEF\xBB\xBFname;note\r\nSara;\"first\r\nsecond\"\r\nReza;\"say \"\"hi\"\"\"\rNima;", ';', &lines);
  g_assert_cmpuint (rows->len, ==, 4);
  row = rows->pdata[1];
  g_assert_cmpstr (row[1], ==, "first\nsecond");
  row = rows->pdata[2];
  g_assert_cmpstr (row[1], ==, "say \"hi\"");
  g_assert_cmpuint (g_array_index (lines, guint, 2), ==, 4);
  g_assert_cmpuint (g_array_index (lines, guint, 3), ==, 5);
  row = rows->pdata[3];
  g_assert_cmpstr (row[0], ==, "Nima");
  g_assert_cmpstr (row[1], ==, "");
}

static void
test_encodings (void)
{
  const char *persian = "نام,تلفن\nسارا,0912\n";
  g_autofree char *cp1256 = g_convert (persian, -1, "WINDOWS-1256", "UTF-8", NULL, NULL, NULL);
  g_autoptr(GBytes) legacy = g_bytes_new (cp1256, strlen (cp1256));
  g_autoptr(GBytes) broken = g_bytes_new_static ("ok\nstill ok\n\xff\xfe bad\n", 21);
  g_autoptr(GError) error = NULL;
  g_autofree char *used = NULL;
  g_autofree char *text = NULL;

  g_assert_nonnull (cp1256);
  text = cherish_csv_decode (legacy, NULL, &used, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, persian);
  g_assert_cmpstr (used, ==, "WINDOWS-1256");
  g_clear_pointer (&text, g_free);

  /* Excel's "Unicode text": UTF-16 with a byte order mark, tabs. */
  {
    g_autofree char *utf16 = NULL;
    gsize written = 0;
    g_autoptr(GByteArray) file = g_byte_array_new ();
    g_autoptr(GBytes) unicode = NULL;
    g_autofree char *read_back = NULL;
    g_autofree char *which = NULL;

    utf16 = g_convert ("نام\tتلفن\r\nسارا\t0912\r\n", -1, "UTF-16LE", "UTF-8", NULL, &written, NULL);
    g_byte_array_append (file, (const guint8 *) "\xFF\xFE", 2);
    g_byte_array_append (file, (const guint8 *) utf16, written);
    unicode = g_byte_array_free_to_bytes (g_steal_pointer (&file));
    read_back = cherish_csv_decode (unicode, NULL, &which, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (read_back, ==, "نام\tتلفن\r\nسارا\t0912\r\n");
    g_assert_cmpstr (which, ==, "UTF-16LE");
  }

  /* Said to be UTF-8 and it is not: the line is named. */
  text = cherish_csv_decode (broken, "UTF-8", NULL, &error);
  g_assert_null (text);
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Line 3 "));
}

/* Cells a spreadsheet would run are written after an apostrophe and read back exactly. */
static void
test_formulas (void)
{
  const char *fields[] = { "=SUM(A1:A9)", "+98 912 000 0000", "-5", "@cmd", "\tx", "\rx", "'quoted", "plain",
                           "=1,\"2\"", NULL };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = NULL;
  GStrv row;

  cherish_csv_append_row (out, fields);
  g_assert_true (g_str_has_prefix (out->str, "'=SUM(A1:A9),'+98 912 000 0000,'-5,'@cmd,"));
  g_assert_nonnull (strstr (out->str, ",\"'=1,\"\"2\"\"\""));
  rows = parse (out->str, ',', NULL);
  row = rows->pdata[0];
  for (guint i = 0; fields[i] != NULL; i++)
    if (fields[i][0] != '\r')   /* a lone CR is a line's end to a reader */
      g_assert_cmpstr (cherish_csv_unguard (row[i]), ==, fields[i]);
}

/* 10,000 random and mangled files: no crash, and every error names a line. */
static void
test_fuzz (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4180);
  const char *seed = "name,phone,birthday\r\n\"Sara, A\",0912,1990-01-02\r\n\"multi\nline\",+98,--05-06\r\n";
  const char alphabet[] = "ab,;\t\"\r\n=+'\xd8\xb3\xff";
  guint errors = 0;

  for (guint n = 0; n < 10000; n++)
    {
      g_autoptr(GString) text = g_string_new (n % 2 ? seed : NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(CherishImport) import = NULL;
      guint edits = g_rand_int_range (rand, 1, 40);

      for (guint e = 0; e < edits; e++)
        {
          char c = alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
          gsize at = text->len > 0 ? (gsize) g_rand_int_range (rand, 0, text->len + 1) : 0;

          if (text->len > 0 && g_rand_boolean (rand))
            g_string_erase (text, MIN (at, text->len - 1), 1);
          else
            g_string_insert_c (text, at, c);
        }
      bytes = g_bytes_new (text->str, text->len);
      import = cherish_import_new_csv (bytes, NULL, &error);
      if (import == NULL)
        {
          g_assert_nonnull (error);
          g_assert_true (g_str_has_prefix (error->message, "Line ") ||
                         g_str_equal (error->message, "The file is empty.") ||
                         g_str_has_prefix (error->message, "This file cannot be read"));
          errors++;
          continue;
        }
      g_assert_cmpuint (cherish_import_get_n_columns (import), >=, 1);
      for (guint r = 0; r < cherish_import_get_n_rows (import); r++)
        g_assert_nonnull (cherish_import_get_row (import, r));
    }
  g_test_message ("%u of 10000 mangled files refused, each with its reason", errors);
}

typedef struct
{
  CherishTestShop       shop;
  CherishCustomerStore *customers;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  cherish_test_shop_open (&f->shop, "2026-11-24T10:00:00+03:30", "import.db");
  f->customers = cherish_customer_store_new (f->shop.db, f->shop.clock);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->customers);
  cherish_test_shop_close (&f->shop);
}

static guint
count (Fixture *f)
{
  CherishCustomerQuery everyone = { NULL, CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_FILTER_NONE };

  return cherish_customer_store_count (f->customers, &everyone, NULL);
}

static CherishImport *
import_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  CherishImport *import = cherish_import_new_csv (bytes, NULL, &error);

  g_assert_no_error (error);
  return import;
}

static const char *persian_file =
  "نام و نام خانوادگی;تلفن;ایمیل;تاریخ تولد;علاقه‌مندی‌ها;ستون دیگر\n"
  "سارا احمدی;0912 111 2233;;1990-03-20;گل رز، چای سبز;x\n"
  "\"رضا\n(آقای رضا)\";0935;reza@;;;x\n"          /* lines 3–4: a bad e-mail */
  ";0912 000 0000;;;;x\n"                          /* line 5: no name */
  "نیما;;;1990-02-30;;x\n"                         /* line 6: no such day */
  "لیلا;+98 912 111 2233;leila@example.com;;قهوه;x\n";   /* Sara's phone */

/* Columns guessed from Persian headers; bad rows named by line; all or nothing. */
static void
test_all_or_nothing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CherishImport) import = import_text (persian_file);
  g_autoptr(GError) error = NULL;
  CherishImportReport report;

  g_assert_cmpint (cherish_import_get_separator (import), ==, ';');
  g_assert_cmpint (cherish_import_get_field (import, 0), ==, CHERISH_IMPORT_NAME);
  g_assert_cmpint (cherish_import_get_field (import, 1), ==, CHERISH_IMPORT_PHONE);
  g_assert_cmpint (cherish_import_get_field (import, 2), ==, CHERISH_IMPORT_EMAIL);
  g_assert_cmpint (cherish_import_get_field (import, 3), ==, CHERISH_IMPORT_BIRTHDAY);
  g_assert_cmpint (cherish_import_get_field (import, 4), ==, CHERISH_IMPORT_LIKES);
  g_assert_cmpint (cherish_import_get_field (import, 5), ==, CHERISH_IMPORT_IGNORE);
  g_assert_cmpuint (cherish_import_get_n_rows (import), ==, 5);

  g_assert_false (cherish_import_run (import, f->customers, CHERISH_IMPORT_SKIP, FALSE, NULL, &report, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "3 rows have problems; nothing was imported.");
  g_assert_cmpuint (report.bad, ==, 3);
  g_assert_true (g_str_has_prefix (report.problems->pdata[0], "Line 3: E-mail"));
  g_assert_true (g_str_has_prefix (report.problems->pdata[1], "Line 5: Name"));
  g_assert_true (g_str_has_prefix (report.problems->pdata[2], "Line 6: Birthday"));
  g_assert_cmpuint (count (f), ==, 0);
  cherish_import_report_clear (&report);
  g_clear_error (&error);

  /* Only the good rows: Leila has Sara's phone (another format) and is skipped. */
  g_assert_true (cherish_import_run (import, f->customers, CHERISH_IMPORT_SKIP, TRUE, NULL, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.added, ==, 1);
  g_assert_cmpuint (report.skipped, ==, 1);
  g_assert_cmpuint (report.bad, ==, 3);
  g_assert_cmpuint (count (f), ==, 1);
  cherish_import_report_clear (&report);
}

/* Duplicates: skipped, merged into the customer, or kept as another. */
static void
test_duplicates (Fixture       *f,
                 gconstpointer  data)
{
  const char *file = "Name,Mobile,E-mail,Birthday,Likes,Notes\n"
                     "Sara Ahmadi,+98 912 111 2233,sara@example.com,,\"tea; roses\",Prefers mornings\n"
                     "Reza,0935 000 1111,,,,\n"
                     "reza,,,,,\n";
  gint64 sara = cherish_test_add_customer (f->customers, "Sara", "phone", "09121112233", "likes", "roses", NULL);
  g_autoptr(CherishCustomer) merged = NULL;
  CherishImportReport report;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(CherishImport) import = import_text (file);

    g_assert_true (cherish_import_run (import, f->customers, CHERISH_IMPORT_SKIP, FALSE, NULL, &report, &error));
    g_assert_cmpuint (report.added, ==, 2);
    g_assert_cmpuint (report.skipped, ==, 1);
    g_assert_cmpuint (count (f), ==, 3);
    cherish_import_report_clear (&report);
  }
  {
    g_autoptr(CherishImport) import = import_text (file);

    g_assert_true (cherish_import_run (import, f->customers, CHERISH_IMPORT_MERGE, FALSE, NULL, &report, &error));
    g_assert_no_error (error);
    /* Sara, and Reza by his phone; "reza" alone (a name only) is not a duplicate. */
    g_assert_cmpuint (report.merged, ==, 2);
    g_assert_cmpuint (report.added, ==, 1);
    g_assert_cmpuint (count (f), ==, 4);
    merged = cherish_customer_store_get (f->customers, sara, NULL);
    g_assert_cmpstr (cherish_customer_get_display_name (merged), ==, "Sara");
    g_assert_cmpstr (cherish_customer_get_email (merged), ==, "sara@example.com");
    g_assert_cmpstr (cherish_customer_get_likes (merged), ==, "roses\ntea");
    g_assert_cmpstr (cherish_customer_get_notes (merged), ==, "Prefers mornings");
    cherish_import_report_clear (&report);
  }
  {
    g_autoptr(CherishImport) import = import_text (file);

    g_assert_true (cherish_import_run (import, f->customers, CHERISH_IMPORT_KEEP_BOTH, FALSE, NULL, &report,
                                       &error));
    g_assert_cmpuint (report.added, ==, 3);
    g_assert_cmpuint (count (f), ==, 7);
    cherish_import_report_clear (&report);
  }
}

/* 100,000 rows, 1% bad: the report counts them; nothing is half-imported
 * when refused or cancelled; the good rows only, on request. */
/* The customers' indexes with their definitions, as the engine holds them. */
static char *
customer_indexes (Fixture *f)
{
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;

  if (cherish_test_on_server ())
    {
      g_autoptr(GPtrArray) rows = cherish_test_server_rows (cherish_database_get_path (f->shop.db),
                                                            "SELECT indexdef FROM pg_indexes "
                                                            "WHERE tablename = 'customers' ORDER BY indexname");

      g_assert_cmpuint (rows->len, >, 5);
      for (guint i = 1; i < rows->len; i++)
        g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index ((GPtrArray *) rows->pdata[i], 0));
      return g_string_free (g_steal_pointer (&out), FALSE);
    }

  g_assert_cmpint (sqlite3_open_v2 (cherish_database_get_path (f->shop.db), &db, SQLITE_OPEN_READONLY,
                                    NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT sql FROM sqlite_schema WHERE type = 'index' "
                                           "AND tbl_name = 'customers' AND sql IS NOT NULL ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%s\n", sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* 100,000 rows into an empty shop: the indexes are built after the rows
 * (and are all there again, the same, whether it failed, was cancelled or
 * went through). */
static void
test_big_file (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("first name\tlast name\tphone\tbirthday\n");
  g_autoptr(CherishImport) import = NULL;
  g_autoptr(GCancellable) cancel = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *indexes = customer_indexes (f);
  CherishImportReport report;
  gint64 start;

  /* The last row is the first one's phone again: a duplicate across the
   * whole file, whichever thread read each. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (text, "Customer\t%u\t09%09u\t%s\n", i, i == 99999 ? 0 : i,
                            i % 100 == 7 ? "1990-13-01" : "1990-01-02");
  import = import_text (text->str);
  g_assert_cmpuint (cherish_import_get_n_rows (import), ==, 100000);

  g_assert_false (cherish_import_run (import, f->customers, CHERISH_IMPORT_SKIP, FALSE, NULL, &report, &error));
  g_assert_cmpuint (report.bad, ==, 1000);
  g_assert_cmpstr (report.problems->pdata[0], ==,
                   "Line 9: Birthday: “1990-13-01” is not a date: there is no month 13.");
  for (guint i = 0; i < report.problems->len; i++)
    {
      g_autofree char *expected = g_strdup_printf ("Line %u: ", 100 * i + 9);

      g_assert_true (g_str_has_prefix (report.problems->pdata[i], expected));
    }
  g_assert_cmpuint (count (f), ==, 0);
  cherish_import_report_clear (&report);
  g_clear_error (&error);

  g_cancellable_cancel (cancel);
  g_assert_false (cherish_import_run (import, f->customers, CHERISH_IMPORT_SKIP, TRUE, cancel, &report, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (report.added, ==, 0);
  g_assert_cmpuint (count (f), ==, 0);
  cherish_import_report_clear (&report);
  g_clear_error (&error);
  {
    g_autofree char *after_cancel = customer_indexes (f);

    g_assert_cmpstr (after_cancel, ==, indexes);
  }

  start = g_get_monotonic_time ();
  g_assert_true (cherish_import_run (import, f->customers, CHERISH_IMPORT_SKIP, TRUE, NULL, &report, &error));
  g_test_message ("98,999 customers imported in %.2f s", (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpuint (report.added, ==, 98999);
  g_assert_cmpuint (report.skipped, ==, 1);
  g_assert_cmpuint (count (f), ==, 98999);
  cherish_import_report_clear (&report);
  {
    g_autofree char *after = customer_indexes (f);
    CherishCustomerQuery query = { "customer 42420", CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_FILTER_NONE };
    g_autoptr(GPtrArray) found = cherish_customer_store_find (f->customers, &query, 0, 10, &error);

    g_assert_cmpstr (after, ==, indexes);
    g_assert_no_error (error);
    g_assert_cmpuint (found->len, ==, 1);
    g_assert_cmpstr (cherish_customer_get_phone (found->pdata[0]), ==, "09000042420");
  }
}

/* Exported customers import into an empty shop as they were: exporting
 * them again gives the same file. Visits are listed with their customer. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CherishVisitStore) visits = cherish_visit_store_new (f->shop.db, f->shop.clock);
  g_autoptr(CherishVisit) visit = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *visits_csv = NULL;
  g_autoptr(GError) error = NULL;
  gint64 sara;
  CherishTestShop other;
  CherishImportReport report;

  sara = cherish_test_add_customer (f->customers, "Sara \"Sunny\" Ahmadi", "phone", "+98 912 111 2233",
                                    "email", "sara@example.com", "birthday", "--03-20",
                                    "customer-since", "2019-06-10", "likes", "roses, white\ngreen tea",
                                    "dislikes", "=lilies", "notes", "Two lines\nof notes; with, commas",
                                    "photo-consent", TRUE, NULL);
  cherish_test_add_customer (f->customers, "نیما کریمی", "phone", "0935 000 1111", "is-prospect", TRUE,
                             "notes", "@home -5", NULL);
  cherish_test_add_customer (f->customers, "'Quoted' Name", NULL);
  visit = cherish_visit_new (sara, CHERISH_VISIT_KIND_PURCHASE, "2026-11-20T10:00:00Z");
  cherish_visit_set_amount (visit, 1500000, "IRR");
  g_object_set (visit, "note", "=2+3", NULL);
  g_assert_true (cherish_visit_store_insert (visits, visit, &error));

  first = cherish_customer_export_csv (f->customers, CHERISH_CALENDAR_GREGORIAN, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (first, "name,phone,email,birthday,customer_since,likes,dislikes,notes,"
                                          "prospect,photo_consent,contact_by,do_not_contact,visits,"
                                          "last_visit_at\r\n"));
  g_assert_nonnull (strstr (first, ",'=lilies,"));
  visits_csv = cherish_visit_export_csv (visits, f->customers, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (visits_csv, ==, "customer,customer_phone,kind,at,amount,currency,note\r\n"
                                   "\"Sara \"\"Sunny\"\" Ahmadi\",'+98 912 111 2233,purchase,"
                                   "2026-11-20T10:00:00Z,1500000,IRR,'=2+3\r\n");

  cherish_test_shop_open (&other, "2026-11-24T10:00:00+03:30", "other.db");
  {
    g_autoptr(CherishCustomerStore) store = cherish_customer_store_new (other.db, other.clock);
    g_autoptr(CherishImport) import = import_text (first);
    g_auto(GStrv) lines_before = NULL;
    g_auto(GStrv) lines_after = NULL;

    g_assert_true (cherish_import_run (import, store, CHERISH_IMPORT_SKIP, FALSE, NULL, &report, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (report.added, ==, 3);
    cherish_import_report_clear (&report);
    second = cherish_customer_export_csv (store, CHERISH_CALENDAR_GREGORIAN, &error);
    /* The same, but for the visits they had here (not imported). */
    lines_before = g_strsplit (first, "\r\n", -1);
    lines_after = g_strsplit (second, "\r\n", -1);
    g_assert_cmpuint (g_strv_length (lines_before), ==, g_strv_length (lines_after));
    for (guint i = 0; lines_before[i] != NULL; i++)
      {
        char *cut_before = g_strrstr (lines_before[i], ",");
        char *cut_after = g_strrstr (lines_after[i], ",");

        if (i > 0 && cut_before != NULL)
          {
            *cut_before = '\0';
            *g_strrstr (lines_before[i], ",") = '\0';
            *cut_after = '\0';
            *g_strrstr (lines_after[i], ",") = '\0';
          }
        g_assert_cmpstr (lines_after[i], ==, lines_before[i]);
      }
    g_clear_object (&store);
  }
  cherish_test_shop_close (&other);
}

/* vCard samples as GNOME Contacts (3.0), a newer phone (4.0) and an old
 * one (2.1, quoted-printable) write them. */
static void
test_vcard (Fixture       *f,
            gconstpointer  data)
{
  const char *vcf =
    "BEGIN:VCARD\r\n"                                   /* line 1 */
    "VERSION:3.0\r\n"
    "FN:Sara Ahmadi\r\n"
    "N:Ahmadi;Sara;;;\r\n"
    "TEL;TYPE=CELL:+98 912 111 2233\r\n"
    "TEL;TYPE=HOME:021 5555 5555\r\n"
    "EMAIL;TYPE=INTERNET:sara@example.com\r\n"
    "BDAY:19900320\r\n"
    "NOTE:Likes the window seat\\, and tea.\\nAllergic to li\r\n"
    " lies.\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"                                   /* line 12 */
    "VERSION:4.0\r\n"
    "N:Karimi;Reza;;;\r\n"
    "item1.TEL;VALUE=uri:tel:+98-935-000-1111\r\n"
    "BDAY:--0506\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"                                   /* line 18 */
    "VERSION:2.1\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D9=84=DB=8C=D9=84=D8=A7 =D9=86=D9=88=\r\n"
    "=D8=B1=DB=8C\r\n"
    "TEL;CELL:09121234567\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"                                   /* line 24: no name */
    "VERSION:3.0\r\n"
    "TEL:0912 999 9999\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"                                   /* line 28: no such day */
    "FN:Nima\r\n"
    "BDAY:1990-02-30\r\n"
    "END:VCARD\r\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (vcf, strlen (vcf));
  g_autoptr(CherishImport) import = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  CherishCustomerQuery everyone = { NULL, CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_FILTER_NONE };
  CherishImportReport report;

  import = cherish_import_new_vcard (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cherish_import_get_n_rows (import), ==, 5);
  g_assert_false (cherish_import_run (import, f->customers, CHERISH_IMPORT_SKIP, FALSE, NULL, &report, &error));
  g_assert_cmpuint (report.bad, ==, 2);
  g_assert_true (g_str_has_prefix (report.problems->pdata[0], "Line 24: Name"));
  g_assert_true (g_str_has_prefix (report.problems->pdata[1], "Line 28: Birthday"));
  cherish_import_report_clear (&report);
  g_clear_error (&error);

  g_assert_true (cherish_import_run (import, f->customers, CHERISH_IMPORT_SKIP, TRUE, NULL, &report, &error));
  g_assert_cmpuint (report.added, ==, 3);
  cherish_import_report_clear (&report);
  found = cherish_customer_store_find (f->customers, &everyone, 0, 10, NULL);
  g_assert_cmpuint (found->len, ==, 3);
  g_assert_cmpstr (cherish_customer_get_display_name (found->pdata[0]), ==, "Reza Karimi");
  g_assert_cmpstr (cherish_customer_get_phone (found->pdata[0]), ==, "tel:+98-935-000-1111" + 4);
  g_assert_cmpstr (cherish_customer_get_birthday (found->pdata[0]), ==, "--05-06");
  g_assert_cmpstr (cherish_customer_get_display_name (found->pdata[1]), ==, "Sara Ahmadi");
  g_assert_cmpstr (cherish_customer_get_phone (found->pdata[1]), ==, "+98 912 111 2233");
  g_assert_cmpstr (cherish_customer_get_email (found->pdata[1]), ==, "sara@example.com");
  g_assert_cmpstr (cherish_customer_get_birthday (found->pdata[1]), ==, "1990-03-20");
  g_assert_cmpstr (cherish_customer_get_notes (found->pdata[1]), ==,
                   "Likes the window seat, and tea.\nAllergic to lilies.\nOther phone: 021 5555 5555");
  g_assert_cmpstr (cherish_customer_get_display_name (found->pdata[2]), ==, "لیلا نوری");

  /* Not a contact file at all. */
  {
    g_autoptr(GBytes) csv = g_bytes_new_static ("name,phone\n", 11);

    g_clear_pointer (&import, cherish_import_free);
    import = cherish_import_new_vcard (csv, &error);
    g_assert_null (import);
    g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/csv/separators-and-lines", test_separators_and_lines);
  g_test_add_func ("/csv/encodings", test_encodings);
  g_test_add_func ("/csv/formulas", test_formulas);
  g_test_add_func ("/csv/fuzz", test_fuzz);
#define ADD(path, func) g_test_add ("/import/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("all-or-nothing", test_all_or_nothing);
  ADD ("duplicates", test_duplicates);
  ADD ("big-file", test_big_file);
  ADD ("round-trip", test_round_trip);
  ADD ("vcard", test_vcard);
#undef ADD
  return g_test_run ();
}
