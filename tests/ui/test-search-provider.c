/* test-search-provider.c — customers found from the GNOME overview: the
 * real application on a private session bus (dbus-run-session), asked
 * with the gdbus tool as GNOME Shell asks, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cherish-application.h"
#include "cherish-customer-detail.h"
#include "cherish-customer-store.h"
#include "cherish-customers-page.h"
#include "cherish-database.h"
#include "cherish-initials-icon.h"
#include "cherish-sample-data.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"
#include "cherish-window.h"

static GApplication *app;
static char *ahmadi;
static char *lindqvist;

static void
on_communicated_cb (GObject      *gdbus,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* `gdbus call` of the provider's @method with @arguments, as GNOME Shell
 * calls it; its answer, parsed. */
static GVariant *
call (const char *method,
      const char *arguments)
{
  g_autofree char *path = g_strdelimit (g_strconcat ("/" APP_ID "/SearchProvider", NULL), ".", '/');
  g_autofree char *name = g_strconcat ("org.gnome.Shell.SearchProvider2.", method, NULL);
  g_autofree char *command = g_strdup_printf ("gdbus call --session --dest %s --object-path %s --method %s %s",
                                              APP_ID, path, name, arguments);
  g_auto(GStrv) argv = NULL;
  g_autoptr(GSubprocess) gdbus = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  GAsyncResult *result = NULL;
  GVariant *answer;

  g_assert_true (g_shell_parse_argv (command, NULL, &argv, NULL));
  gdbus = g_subprocess_newv ((const char * const *) argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  /* The application answers from this main loop: it runs meanwhile. */
  g_subprocess_communicate_utf8_async (gdbus, NULL, NULL, on_communicated_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_subprocess_communicate_utf8_finish (gdbus, result, &out, NULL, &error);
  g_object_unref (result);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (gdbus));
  answer = g_variant_parse (NULL, out, NULL, NULL, &error);
  g_assert_no_error (error);
  return answer;
}

/* The ids in an (as) answer, joined by spaces. */
static char *
ids_of (GVariant *answer)
{
  g_autofree const char **ids = NULL;

  g_variant_get (answer, "(^a&s)", &ids);
  return g_strjoinv (" ", (char **) ids);
}

static void
test_result_sets (void)
{
  g_autoptr(GVariant) first = call ("GetInitialResultSet", "\"['sara']\"");
  g_autoptr(GVariant) narrower = NULL;
  g_autoptr(GVariant) phone = NULL;
  g_autoptr(GVariant) nobody = NULL;
  g_autofree char *expected = g_strdup_printf ("%s %s", lindqvist, ahmadi);
  g_autofree char *found = ids_of (first);
  g_autofree char *narrowed = NULL;
  g_autofree char *by_phone = NULL;
  g_autofree char *previous = g_strdup_printf ("\"['%s', '%s']\"", ahmadi, lindqvist);

  /* Both Saras, the one seen most recently first (Sara Ahmadi has not
   * come yet). */
  g_assert_cmpstr (found, ==, expected);

  /* Typing on narrows them. */
  narrower = call ("GetSubsearchResultSet", g_strdup_printf ("%s \"['sara', 'lind']\"", previous));
  narrowed = ids_of (narrower);
  g_assert_cmpstr (narrowed, ==, lindqvist);

  /* A phone number, typed with Persian digits and spaces. */
  phone = call ("GetInitialResultSet", "\"['۰۹۱۹', '۸۷۶']\"");
  by_phone = ids_of (phone);
  g_assert_cmpstr (by_phone, ==, ahmadi);

  nobody = call ("GetInitialResultSet", "\"['zzqx']\"");
  g_assert_cmpuint (g_variant_n_children (g_variant_get_child_value (nobody, 0)), ==, 0);
}

static void
test_metas (void)
{
  g_autofree char *ids = g_strdup_printf ("\"['%s', '%s', '999999']\"", ahmadi, lindqvist);
  g_autoptr(GVariant) answer = call ("GetResultMetas", ids);
  g_autoptr(GVariant) metas = g_variant_get_child_value (answer, 0);
  g_autoptr(GVariant) sara = NULL;
  g_autoptr(GVariant) icon_data = NULL;
  g_autoptr(GIcon) icon = NULL;
  g_autoptr(GBytes) png = NULL;
  const char *text = NULL;

  /* A customer no longer there is left out. */
  g_assert_cmpuint (g_variant_n_children (metas), ==, 2);
  sara = g_variant_get_child_value (metas, 0);
  g_assert_true (g_variant_lookup (sara, "id", "&s", &text));
  g_assert_cmpstr (text, ==, ahmadi);
  g_assert_true (g_variant_lookup (sara, "name", "&s", &text));
  g_assert_cmpstr (text, ==, "Sara Ahmadi");
  /* Her birthday is in five days: that is what the overview says. */
  g_assert_true (g_variant_lookup (sara, "description", "&s", &text));
  g_assert_cmpstr (text, ==, "Birthday in 5 days");

  /* Her initials, as an icon GNOME Shell can load (a PNG). */
  icon_data = g_variant_lookup_value (sara, "icon", NULL);
  g_assert_nonnull (icon_data);
  icon = g_icon_deserialize (icon_data);
  g_assert_true (G_IS_BYTES_ICON (icon));
  png = g_bytes_ref (g_bytes_icon_get_bytes (G_BYTES_ICON (icon)));
  g_assert_cmpmem (g_bytes_get_data (png, NULL), 8, "\x89PNG\r\n\x1a\n", 8);
  {
    g_autoptr(GdkTexture) texture = gdk_texture_new_from_bytes (png, NULL);

    g_assert_nonnull (texture);
    g_assert_cmpint (gdk_texture_get_width (texture), ==, 64);
  }
}

/* As AdwAvatar writes them, Persian names too (whose letters' bytes
 * must not be taken for separators). */
static void
test_initials (void)
{
  const struct { const char *name, *initials; } cases[] = {
    { "Sara Ahmadi", "SA" }, { "zoë van dijk", "ZD" }, { "Zoe", "Z" }, { "سارا احمدی", "سا" },
    { "  Grace  O'Brien ", "GO" }, { "", "" }, { "(Table 12)", "1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *initials = cherish_initials_of (cases[i].name);

      g_assert_cmpstr (initials, ==, cases[i].initials);
    }
}

static CherishWindow *
the_window (void)
{
  GtkWindow *window = NULL;

  for (guint i = 0; i < 200 && window == NULL; i++)
    {
      window = gtk_application_get_active_window (GTK_APPLICATION (app));
      if (window == NULL)
        cherish_test_spin (10);
    }
  g_assert_true (CHERISH_IS_WINDOW (window));
  return CHERISH_WINDOW (window);
}

static void
test_activate (void)
{
  g_autofree char *arguments = g_strdup_printf ("%s \"['sara']\" 0", ahmadi);
  g_autoptr(GVariant) answer = NULL;
  CherishWindow *window;
  GPtrArray *details;

  /* Started for a search, Cherish has no window yet. */
  g_assert_null (gtk_application_get_active_window (GTK_APPLICATION (app)));
  answer = call ("ActivateResult", arguments);
  window = the_window ();
  cherish_test_wait_for_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (cherish_window_get_page_name (window), ==, "customers");
  details = cherish_test_find_all (window, CHERISH_TYPE_CUSTOMER_DETAIL);
  g_assert_cmpuint (details->len, ==, 1);
  g_assert_cmpint (cherish_customer_detail_get_customer_id (details->pdata[0]), ==,
                   g_ascii_strtoll (ahmadi, NULL, 10));
  g_ptr_array_unref (details);
}

static void
test_launch_search (void)
{
  g_autoptr(GVariant) answer = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  CherishWindow *window;
  GtkWidget *entry;

  answer = call ("LaunchSearch", "\"['lind']\" 0");
  window = the_window ();
  g_assert_cmpstr (cherish_window_get_page_name (window), ==, "customers");
  pages = cherish_test_find_all (window, CHERISH_TYPE_CUSTOMERS_PAGE);
  g_assert_cmpuint (pages->len, ==, 1);
  entry = cherish_test_find (pages->pdata[0], GTK_TYPE_SEARCH_ENTRY, NULL);
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "lind");
}

/* The sample shop, and Sara Ahmadi with a birthday in five days, in the
 * usual database of a data folder of the test's own. */
static void
fill_shop (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CherishDatabase) db = cherish_database_open (NULL, &error);
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(CherishCustomer) sara = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) in_five = g_date_time_add_days (now, 5);
  /* A leap year: in five days may be 29 February. */
  g_autofree char *birthday = g_date_time_format (in_five, "1992-%m-%d");
  CherishCustomerQuery query = { "lindqvist", CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_FILTER_NONE };
  guint added = 0;

  g_assert_no_error (error);
  g_assert_true (cherish_sample_data_fill (db, NULL, &added, &error));
  g_assert_no_error (error);
  customers = cherish_customer_store_new (db, NULL);
  sara = cherish_customer_new ("Sara Ahmadi");
  g_object_set (sara, "phone", "0919 876 5432", "birthday", birthday, NULL);
  g_assert_true (cherish_customer_store_insert (customers, sara, &error));
  ahmadi = g_strdup_printf ("%" G_GINT64_FORMAT, cherish_customer_get_id (sara));
  found = cherish_customer_store_find (customers, &query, 0, 10, &error);
  g_assert_nonnull (found);
  g_assert_cmpuint (found->len, ==, 1);
  lindqvist = g_strdup_printf ("%" G_GINT64_FORMAT, cherish_customer_get_id (found->pdata[0]));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("cherish-search-XXXXXX", NULL);
  int status;

  /* A data folder of the test's own: the application opens the usual
   * database there, as it does for a user. */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_unsetenv ("CHERISH_DATABASE");
  cherish_test_gtk_init (&argc, &argv);
  fill_shop ();

  app = G_APPLICATION (cherish_application_new ());
  g_assert_true (g_application_register (app, NULL, NULL));
  g_assert_false (g_application_get_is_remote (app));

  g_test_add_func ("/search-provider/initials", test_initials);
  g_test_add_func ("/search-provider/result-sets", test_result_sets);
  g_test_add_func ("/search-provider/metas", test_metas);
  g_test_add_func ("/search-provider/activate", test_activate);
  g_test_add_func ("/search-provider/launch-search", test_launch_search);
  status = g_test_run ();
  g_object_unref (app);
  g_free (ahmadi);
  g_free (lindqvist);
  cherish_test_remove_dir (home);
  return status;
}
