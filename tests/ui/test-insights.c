/* test-insights.c — the Insights page on the sample shop, under Xvfb
 *
 * Its charts carry the core's figures (what a tooltip says of a month is
 * the month's exact numbers, in the shop's calendar and digits), the
 * range drop-down changes the months, a regular slipping away gets a
 * follow-up in one click, each chart's numbers come out as CSV, and a shop
 * without visits says what the page is for. Run in English and in
 * Persian (Solar Hijri months, Persian digits, right to left).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <poppler.h>
#include <string.h>

#include "cherish-calendar.h"
#include "cherish-chart-private.h"
#include "cherish-chart-table.h"
#include "cherish-follow-up-store.h"
#include "cherish-heat-table.h"
#include "cherish-insights-export.h"
#include "cherish-insights-page-private.h"
#include "cherish-insights-page.h"
#include "cherish-page-reading.h"
#include "cherish-sample-data.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"
#include "cherish-widget-util.h"

typedef struct
{
  CherishTestShop      shop;
  GtkWindow           *window;
  CherishInsightsPage *page;
} Fixture;

static void
wait_for_page (Fixture *f)
{
  cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);
  while (cherish_pages_loading () > 0)
    cherish_test_spin (10);
  cherish_test_wait_for_frames (GTK_WIDGET (f->window), 2);
}

static void
open_page (Fixture *f)
{
  f->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (f->window, 900, 700);
  f->page = g_object_new (CHERISH_TYPE_INSIGHTS_PAGE, NULL);
  cherish_insights_page_setup (f->page, f->shop.db, f->shop.clock);
  adw_window_set_content (ADW_WINDOW (f->window), GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  wait_for_page (f);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "insights-months");
  cherish_test_shop_open (&f->shop, "2026-11-24T09:30:00+03:30", "insights.db");
  if (data != NULL && !cherish_sample_data_fill (f->shop.db, f->shop.clock, NULL, &error))
    g_error ("%s", error->message);
  open_page (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* What the test changed is being computed again: the shop's file stays
   * until that is done. */
  wait_for_page (f);
  gtk_window_destroy (f->window);
  cherish_test_shop_close (&f->shop);
}

static CherishChart *
chart_titled (Fixture    *f,
              const char *title)
{
  g_autoptr(GPtrArray) charts = cherish_test_find_all (f->page, CHERISH_TYPE_CHART);

  for (guint i = 0; i < charts->len; i++)
    {
      g_autofree char *csv = NULL;

      /* Its CSV's header names its series. */
      csv = cherish_chart_to_csv (charts->pdata[i]);
      if (g_str_has_prefix (csv, title))
        return charts->pdata[i];
    }
  g_error ("no chart starts with %s", title);
  return NULL;
}

static void
test_charts_carry_the_figures (Fixture       *f,
                               gconstpointer  data)
{
  CherishInsights *insights = cherish_insights_page_get_insights (f->page);
  g_autoptr(GPtrArray) charts = cherish_test_find_all (f->page, CHERISH_TYPE_CHART);
  g_autoptr(GPtrArray) tables = cherish_test_find_all (f->page, CHERISH_TYPE_HEAT_TABLE);
  const CherishInsightsMonth *last;
  g_autofree char *header = g_strdup_printf ("%s,%s,%s,%s,%s", _("Month"), _("Active"), _("New"),
                                             _("Back"), _("Lost"));
  CherishChart *regulars = chart_titled (f, header);
  g_autofree char *tooltip = NULL;
  g_autofree char *active = NULL;
  g_autofree char *active_line = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_nonnull (insights);
  g_assert_cmpuint (insights->months->len, ==, 12);   /* the default range */
  /* Regulars, visits, spending, occasions, follow-ups, points; coming back. */
  g_assert_cmpuint (charts->len, ==, 6);
  g_assert_cmpuint (tables->len, ==, 1);
  for (guint i = 0; i < charts->len; i++)
    g_assert_cmpuint (cherish_chart_get_n_points (charts->pdata[i]), ==, 12);
  /* Each chart's numbers as a table too: a heading row and 12 months of
   * a label and a value per series. */
  {
    g_autoptr(GPtrArray) tables_of_numbers = cherish_test_find_all (f->page, GTK_TYPE_EXPANDER);
    g_autoptr(GPtrArray) cells = NULL;

    g_assert_cmpuint (tables_of_numbers->len, ==, charts->len);
    gtk_expander_set_expanded (tables_of_numbers->pdata[0], TRUE);
    cells = cherish_test_find_all (tables_of_numbers->pdata[0], GTK_TYPE_LABEL);
    g_assert_cmpuint (cells->len, >=, 13 * 5);
  }

  /* The month under way, as the manager reads it. */
  last = &g_array_index (insights->months, CherishInsightsMonth, 11);
  g_assert_cmpuint (last->visits, >, 0);
  cherish_chart_select (regulars, 11);
  g_assert_cmpint (cherish_chart_get_selected (regulars), ==, 11);
  tooltip = cherish_chart_describe (regulars, 11);
  active = g_strdup_printf ("%u", last->active);
  active_line = g_strdup_printf ("\n%s: %s", _("Active"), active);
  {
    g_autofree char *expected = cherish_calendar_digits (active_line);

    g_assert_nonnull (strstr (tooltip, expected));
  }
  if (cherish_calendar_uses_persian ())
    g_assert_nonnull (strstr (tooltip, "آذر ۱۴۰۵"));
  else
    g_assert_true (g_str_has_prefix (tooltip, "November 2026"));

  /* The CSV: a header, then a row per month, plain digits. */
  csv = cherish_chart_to_csv (regulars);
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 14);   /* and the empty tail */
  {
    g_autofree char *cell = g_strdup_printf (",%u,", last->active);

    g_assert_nonnull (strstr (lines[12], cell));
  }
}

static void
test_range (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkDropDown *range = GTK_DROP_DOWN (f->page->range);
  CherishInsights *insights;

  gtk_drop_down_set_selected (range, 0);   /* the last three months */
  wait_for_page (f);
  insights = cherish_insights_page_get_insights (f->page);
  g_assert_cmpuint (insights->months->len, ==, 3);
  g_assert_cmpuint (g_settings_get_uint (settings, "insights-months"), ==, 3);
  {
    g_autoptr(GPtrArray) charts = cherish_test_find_all (f->page, CHERISH_TYPE_CHART);

    g_assert_cmpuint (cherish_chart_get_n_points (charts->pdata[0]), ==, 3);
  }

  /* All time: since the sample shop's first visit, more than a year. */
  gtk_drop_down_set_selected (range, 3);
  wait_for_page (f);
  insights = cherish_insights_page_get_insights (f->page);
  g_assert_cmpuint (insights->months->len, >, 12);
  g_assert_cmpuint (g_settings_get_uint (settings, "insights-months"), ==, 0);
}

static void
test_follow_up_for_slipping (Fixture       *f,
                             gconstpointer  data)
{
  CherishInsights *insights = cherish_insights_page_get_insights (f->page);
  g_autoptr(CherishFollowUpStore) store = cherish_follow_up_store_new (f->shop.db, f->shop.clock);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  GtkWidget *button;
  gint64 customer_id;

  g_assert_cmpuint (insights->slipping->len, >, 0);
  customer_id = g_array_index (insights->slipping, CherishInsightsCustomer, 0).customer_id;
  before = cherish_follow_up_store_list_for_customer (store, customer_id, NULL);

  button = cherish_test_find (f->page, GTK_TYPE_BUTTON, _("Add a Follow-up for Today"));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  after = cherish_follow_up_store_list_for_customer (store, customer_id, NULL);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  g_assert_false (gtk_widget_get_sensitive (button));
  g_assert_cmpstr (cherish_follow_up_get_due_date (after->pdata[0]), ==, "2026-11-24");
}

/* Saved for the owner: all of the page, not only what the window shows;
 * the PDF's text is the page's. */
static void
test_save_page (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *pdf_path = g_build_filename (dir, "insights.pdf", NULL);
  g_autofree char *png_path = g_build_filename (dir, "insights.png", NULL);
  g_autofree char *uri = g_filename_to_uri (pdf_path, NULL, NULL);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GdkTexture) picture = NULL;
  PopplerDocument *document;
  PopplerPage *page;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  int height = gtk_widget_get_height (f->page->sections);

  g_assert_cmpint (height, >, gtk_widget_get_height (GTK_WIDGET (f->window)));
  g_assert_true (cherish_insights_export_save (f->page->sections, CHERISH_INSIGHTS_EXPORT_PDF, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (cherish_insights_export_save (f->page->sections, CHERISH_INSIGHTS_EXPORT_PNG, png, &error));
  g_assert_no_error (error);

  picture = gdk_texture_new_from_file (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_height (picture), >=, height);
  g_assert_cmpint (gdk_texture_get_width (picture), >=, gtk_widget_get_width (f->page->sections));

  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  page = poppler_document_get_page (document, 0);
  {
    g_autofree char *marked = poppler_page_get_text (page);

    text = cherish_test_without_bidi_marks (marked);
  }
  /* A PDF reader gives right-to-left text back in its own order and
   * letter forms: the titles are compared in English, a Latin name in
   * both. */
  if (!cherish_calendar_uses_persian ())
    {
      g_assert_nonnull (strstr (text, _("Regulars Over Time")));
      g_assert_nonnull (strstr (text, _("Top Customers")));   /* far below the window's end */
    }
  {
    CherishInsights *insights = cherish_insights_page_get_insights (f->page);
    const char *latin = NULL;

    for (guint i = 0; i < insights->top->len && latin == NULL; i++)
      if (g_str_is_ascii (g_array_index (insights->top, CherishInsightsCustomer, i).name))
        latin = g_array_index (insights->top, CherishInsightsCustomer, i).name;
    g_assert_nonnull (latin);
    /* Each word: in a right-to-left page the reader gives them in its
     * own order ("TanakaYuki"). */
    {
      g_auto(GStrv) words = g_strsplit (latin, " ", -1);

      for (guint i = 0; words[i] != NULL; i++)
        g_assert_nonnull (strstr (text, words[i]));
    }
  }
  g_object_unref (page);
  g_object_unref (document);

  cherish_test_remove_dir (dir);
}

static void
test_empty_shop (Fixture       *f,
                 gconstpointer  data)
{
  AdwStatusPage *empty = ADW_STATUS_PAGE (cherish_test_find (f->page, ADW_TYPE_STATUS_PAGE, NULL));

  g_assert_nonnull (empty);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (empty)));
  g_assert_cmpstr (adw_status_page_get_title (empty), ==, _("No Visits in These Months"));
}

/* Twelve months, a name every other month, the latest kept inside the
 * chart at its edge: the one two months before, which would run into it
 * ("September 2026November 2026"), is left out; both directions. */
static void
test_month_names_apart (void)
{
  double centres[12];
  int widths[12];
  gboolean shown[12];
  GString *drawn = g_string_new (NULL);

  for (guint rtl = 0; rtl <= 1; rtl++)
    {
      for (guint i = 0; i < 12; i++)
        {
          centres[i] = rtl ? 700 - (30 + 60 * i) : 30 + 60 * i;
          widths[i] = 100;
        }
      centres[11] = rtl ? 8 + 50 : 700 - 8 - 50;
      cherish_chart_pick_labels (12, centres, widths, 2, shown);
      g_string_truncate (drawn, 0);
      for (guint i = 0; i < 12; i++)
        if (shown[i])
          g_string_append_printf (drawn, "%u ", i);
      g_assert_cmpstr (drawn->str, ==, "1 3 5 7 11 ");

      /* Where nothing is pushed in from the edge, every other one. */
      centres[11] = rtl ? 700 - (30 + 60 * 11) : 30 + 60 * 11;
      cherish_chart_pick_labels (12, centres, widths, 2, shown);
      g_string_truncate (drawn, 0);
      for (guint i = 0; i < 12; i++)
        if (shown[i])
          g_string_append_printf (drawn, "%u ", i);
      g_assert_cmpstr (drawn->str, ==, "1 3 5 7 9 11 ");
    }
  g_string_free (drawn, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  cherish_test_gtk_init (&argc, &argv);

#define ADD(path, sample, func) \
  g_test_add (path, Fixture, sample, fixture_set_up, func, fixture_tear_down)
  ADD ("/insights/charts-carry-the-figures", "sample", test_charts_carry_the_figures);
  ADD ("/insights/range", "sample", test_range);
  ADD ("/insights/follow-up-for-slipping", "sample", test_follow_up_for_slipping);
  ADD ("/insights/save-page", "sample", test_save_page);
  ADD ("/insights/empty-shop", NULL, test_empty_shop);
  g_test_add_func ("/insights/month-names-apart", test_month_names_apart);
#undef ADD

  return g_test_run ();
}
