/* cherish-bench-ui.c — the customers page at 100,000 customers, timed
 *
 * Usage (under a display, e.g. xvfb-run -a):
 *   cherish-bench-ui --database BIG.db --cherish build/src/cherish
 *
 * BIG.db is made by `cherish-bench --keep BIG.db`. Prints, as median and
 * p95: the time from starting `cherish` to its first frame (the customers
 * page), and from a keystroke in the search entry to the list updated
 * (the query run, and the next frame painted). Then the memory: the
 * resident size of a bare libadwaita window (cherish-bare-window, next to
 * this program), and Cherish's after scrolling the whole customer list
 * from end to end and after opening every page in turn (target: within
 * the bare window's + 60 MB). CHERISH_BENCH_ONLY_MEMORY=1 measures the
 * memory alone, CHERISH_BENCH_ONLY_TYPING=1 leaves it out;
 * CHERISH_BENCH_VERBOSE=1 prints each keystroke's time, and the memory
 * page by page, with the heap's share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <malloc.h>
#include <string.h>

#include "cherish-application.h"
#include "cherish-customers-page.h"
#include "cherish-paged-model.h"
#include "cherish-search-provider.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"
#include "cherish-window.h"

#define RUNS 7

/* GSK_RENDERER as this program was given it. */
static char *user_renderer;

/* Runs @argv until its first frame (CHERISH_QUIT_AFTER_FIRST_FRAME), which
 * it must reach; returns what it printed. It draws with @renderer, or when
 * %NULL as it would by default (the first window here may since have
 * chosen Cairo for this process: cherish-renderer.c). */
static char *
run_to_first_frame (const char * const *argv,
                    const char         *renderer)
{
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "CHERISH_QUIT_AFTER_FIRST_FRAME", "1", TRUE);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  envp = renderer != NULL ? g_environ_setenv (envp, "GSK_RENDERER", renderer, TRUE)
                          : g_environ_unsetenv (envp, "GSK_RENDERER");

  if (!g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error) || strstr (out, "first frame") == NULL)
    g_error ("%s did not show its first frame: %s", argv[0], error != NULL ? error->message : out);
  return g_steal_pointer (&out);
}

static void
bench_start (const char *cherish,
             const char *database)
{
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint r = 0; r < RUNS; r++)
    {
      const char *argv[] = { cherish, "--database", database, NULL };
      gint64 start = g_get_monotonic_time ();
      g_autofree char *out = run_to_first_frame (argv, user_renderer);
      double t = (g_get_monotonic_time () - start) / 1000.0;

      g_array_append_val (ms, t);
    }
  cherish_test_report_ms ("start of cherish to its first frame", ms);
}

static void
on_after_paint (GdkFrameClock *clock,
                gint64        *painted_at)
{
  *painted_at = g_get_monotonic_time ();
}

/* A window on the customers page of @db, shown. */
static CherishWindow *
customers_window (CherishDatabase *db)
{
  CherishWindow *window = cherish_window_new (NULL, db, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  cherish_window_set_page_name (window, "customers");
  gtk_window_present (GTK_WINDOW (window));
  cherish_test_wait_for_frames (GTK_WIDGET (window), 3);
  return window;
}

static void
bench_typing (const char *database)
{
  static const char *typed[] = { "s", "sa", "sar", "sara", "m", "ma", "mar", "mary",
                                 "a", "ah", "ahm", "k", "ka", "kar", "ل", "لی", "0", "09",
                                 "091", "0912" };
  g_autoptr(GArray) query_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(CherishDatabase) db = cherish_database_open (database, &error);
  CherishWindow *window;
  CherishCustomersPage *page;
  GtkEditable *search;
  GdkFrameClock *clock;
  gint64 painted_at = 0;

  g_assert_no_error (error);
  window = customers_window (db);

  page = CHERISH_CUSTOMERS_PAGE (cherish_window_get_page (window, "customers"));
  search = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (page),
                                                        CHERISH_TYPE_CUSTOMERS_PAGE,
                                                        "search_entry"));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted_at);

  for (guint r = 0; r < 3; r++)
    for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
      {
        const char *shown = gtk_editable_get_text (search);
        gint64 start, queried;
        double t;

        /* A letter typed at the end, as a person does, or a new word over
         * the last (which empties the entry first, as typing over a
         * selection does). */
        if (g_str_has_prefix (typed[i], shown))
          {
            int end = g_utf8_strlen (shown, -1);

            gtk_editable_insert_text (search, typed[i] + strlen (shown), -1, &end);
          }
        else
          gtk_editable_set_text (search, typed[i]);
        /* What the entry does once typing pauses (search-delay). */
        start = g_get_monotonic_time ();
        g_signal_emit_by_name (search, "search-changed");
        queried = g_get_monotonic_time ();
        t = (queried - start) / 1000.0;
        g_array_append_val (query_ms, t);

        painted_at = 0;
        while (painted_at == 0)
          g_main_context_iteration (NULL, TRUE);
        t = (painted_at - start) / 1000.0;
        g_array_append_val (frame_ms, t);
        g_assert_nonnull (cherish_customers_page_get_model (page));
        if (g_getenv ("CHERISH_BENCH_VERBOSE"))
          g_printerr ("%s: %d rows alive, %u items, %u pages read, query %.1f ms, painted %.1f ms\n", typed[i],
                      g_type_get_instance_count (g_type_from_name ("CherishCustomerRow")),
                      g_list_model_get_n_items (cherish_customers_page_get_model (page)),
                      cherish_paged_model_get_fetches (CHERISH_PAGED_MODEL (cherish_customers_page_get_model (page))),
                      (queried - start) / 1000.0, t);
      }

  cherish_test_report_ms ("keystroke to list updated (query and model)", query_ms);
  cherish_test_report_ms ("keystroke to the next frame painted", frame_ms);
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, &painted_at);
  gtk_window_destroy (GTK_WINDOW (window));
}

static CherishDatabase *
the_database (gpointer user_data)
{
  return user_data;
}

/* What GNOME Shell asks at each key in the overview: the customers found,
 * then the names, descriptions and initials of the first five (as many as
 * it shows). Target: 10 ms a query. */
static void
bench_search_provider (const char *database)
{
  static const char *typed[] = { "s", "sa", "sar", "sara", "m", "ma", "mar", "mary", "ah", "ahm", "ل", "لی",
                                 "0", "09", "0912", "۰۹۱۲ ۳", "zoe", "lindqvist" };
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(CherishDatabase) db = cherish_database_open (database, &error);
  g_autoptr(GApplication) app = g_application_new (NULL, G_APPLICATION_DEFAULT_FLAGS);
  g_autoptr(CherishSearchProvider) provider = NULL;

  g_assert_no_error (error);
  provider = cherish_search_provider_new (app, the_database, db, NULL);
  for (guint r = 0; r < 5; r++)
    for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
      {
        const char *terms[] = { typed[i], NULL };
        gint64 start = g_get_monotonic_time ();
        g_auto(GStrv) ids = cherish_search_provider_find (provider, terms);
        const char *shown[6] = { NULL };
        g_autoptr(GVariant) metas = NULL;
        gint64 found = g_get_monotonic_time ();
        double t;

        for (guint j = 0; j < 5 && ids[j] != NULL; j++)
          shown[j] = ids[j];
        metas = g_variant_ref_sink (cherish_search_provider_get_metas (provider, shown));
        t = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (ms, t);
        if (g_getenv ("CHERISH_BENCH_VERBOSE"))
          g_printerr ("overview \"%s\": %u found in %.1f ms, metas %.1f ms\n", typed[i], g_strv_length (ids),
                      (found - start) / 1000.0, (g_get_monotonic_time () - found) / 1000.0);
      }
  cherish_test_report_ms ("overview search: results and 5 metas (target 10 ms)", ms);
}

static long
rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return strtol (line + strlen ("VmRSS:"), NULL, 10);
}

/* The bare window's resident size after its first frame, in KiB, drawn
 * with @renderer (%NULL: GTK's default). It is started twice and measured
 * the second time: the first start on a new machine also fills the caches
 * Cherish finds filled later (Mesa's compiled shaders, fontconfig's), and
 * held 36 MB more. */
static long
bare_rss_kib (const char *self,
              const char *renderer)
{
  g_autofree char *dir = g_path_get_dirname (self);
  g_autofree char *bare = g_build_filename (dir, "cherish-bare-window", NULL);
  const char *argv[] = { bare, NULL };
  g_autofree char *warm = run_to_first_frame (argv, renderer);
  g_autofree char *out = run_to_first_frame (argv, renderer);
  const char *rss = strstr (out, "rss ");

  return rss != NULL ? strtol (rss + strlen ("rss "), NULL, 10) : 0;
}

typedef struct
{
  gint64 last;
  gint64 longest;
} Gaps;

static gboolean
on_tick_gap (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  Gaps *gaps = user_data;
  gint64 now = g_get_monotonic_time ();

  gaps->longest = MAX (gaps->longest, now - gaps->last);
  gaps->last = now;
  return G_SOURCE_CONTINUE;
}

/* The longest wait between two frames of @widget over @ms from now. */
static double
longest_frame_gap (GtkWidget *widget,
                   guint      ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;
  Gaps gaps = { g_get_monotonic_time (), 0 };
  guint id = gtk_widget_add_tick_callback (widget, on_tick_gap, &gaps, NULL);

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_remove_tick_callback (widget, id);
  return gaps.longest / 1000.0;
}

static void
bench_memory (const char *self,
              const char *database)
{
  static const char *pages[] = { "today", "celebrations", "events", "rewards", "ideas", "insights",
                                 "customers" };
  g_autoptr(GError) error = NULL;
  g_autoptr(CherishDatabase) db = cherish_database_open (database, &error);
  long bare = bare_rss_kib (self, user_renderer), bare_cairo = bare_rss_kib (self, "cairo");
  long first, scrolled = 0, paged = 0;
  CherishWindow *window;
  GtkWidget *page;
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;
  guint steps = 0;

  g_assert_no_error (error);
  window = customers_window (db);
  first = scrolled = rss_kib ();

  /* The whole list, top to bottom, twenty screens a frame. */
  page = GTK_WIDGET (cherish_window_get_page (window, "customers"));
  scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_template_child (page, CHERISH_TYPE_CUSTOMERS_PAGE,
                                                                 "list_scroller"));
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  while (gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) <
         gtk_adjustment_get_upper (adjustment))
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) +
                                            20 * gtk_adjustment_get_page_size (adjustment));
      cherish_test_wait_for_frames (GTK_WIDGET (window), 1);
      scrolled = MAX (scrolled, rss_kib ());
      steps++;
    }

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      gint64 start = g_get_monotonic_time ();
      double switched, gap = 0;

      cherish_window_set_page_name (window, pages[i]);
      /* A frame after the switch (the page built and shown, its data
       * maybe still read in a thread): what the manager waits for; then
       * the longest wait between two frames while it fills. */
      cherish_test_frames (GTK_WIDGET (window), 2);
      switched = (g_get_monotonic_time () - start) / 1000.0;
      if (g_getenv ("CHERISH_BENCH_VERBOSE"))
        gap = longest_frame_gap (GTK_WIDGET (window), 1500);
      cherish_test_wait_for_frames (GTK_WIDGET (window), 5);
      paged = MAX (paged, rss_kib ());
      /* Where it goes: the heap malloc() holds, and the rest (fonts and
       * libraries mapped, the renderer's buffers). */
      if (g_getenv ("CHERISH_BENCH_VERBOSE"))
        {
          struct mallinfo2 heap = mallinfo2 ();

          g_printerr ("after %s: %.1f MB, %.1f MB of it the heap in use; its first frame %.0f ms after the switch, "
                      "then frames at most %.0f ms apart\n",
                      pages[i], rss_kib () / 1024.0, heap.uordblks / 1048576.0, switched, gap);
        }
    }

  /* Against both: on software OpenGL, GTK 4.8 to 4.12 draw the bare
   * window with OpenGL where Cherish chooses Cairo. */
  g_print ("  %-52s %8.1f MB\n", "a bare libadwaita window, after its first frame", bare / 1024.0);
  g_print ("  %-52s %8.1f MB\n", "the same drawn with Cairo (GSK_RENDERER=cairo)", bare_cairo / 1024.0);
  g_print ("  %-52s %8s     (over the bare window / over it with Cairo)\n", "Cherish", "");
  g_print ("  %-52s %8.1f MB  (%+.1f / %+.1f)\n", "on the customers page, first frames", first / 1024.0,
           (first - bare) / 1024.0, (first - bare_cairo) / 1024.0);
  g_print ("  %-52s %8.1f MB  (%+.1f / %+.1f; %u steps of 20 screens)\n", "peak while scrolling the whole list",
           scrolled / 1024.0, (scrolled - bare) / 1024.0, (scrolled - bare_cairo) / 1024.0, steps);
  g_print ("  %-52s %8.1f MB  (%+.1f / %+.1f; target: within +60)\n", "peak after opening every page in turn",
           MAX (paged, scrolled) / 1024.0, (MAX (paged, scrolled) - bare) / 1024.0,
           (MAX (paged, scrolled) - bare_cairo) / 1024.0);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *database = NULL;
  g_autofree char *cherish = NULL;
  GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "A database made by cherish-bench --keep", "PATH" },
    { "cherish", 0, 0, G_OPTION_ARG_FILENAME, &cherish, "The cherish program to start", "PATH" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— Cherish UI benchmark");
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || database == NULL)
    {
      g_printerr ("%s\n", error ? error->message : "--database is needed");
      return 2;
    }

  user_renderer = g_strdup (g_getenv ("GSK_RENDERER"));
  /* As Cherish's main() does. */
  cherish_application_share_one_heap ();
  cherish_test_gtk_init (&argc, &argv);
  g_print ("Cherish UI benchmark on %s\n", database);
  if (g_getenv ("CHERISH_BENCH_ONLY_MEMORY") == NULL)
    {
      if (cherish != NULL)
        bench_start (cherish, database);
      bench_typing (database);
      bench_search_provider (database);
    }
  if (g_getenv ("CHERISH_BENCH_ONLY_TYPING") == NULL)
    bench_memory (argv[0], database);
  return 0;
}
