/* cherish-screenshots.c — photographs every screen, wide and narrow
 *
 * Usage: cherish-screenshots OUTPUT-DIR
 *
 * Starts the real window on a fresh sample-data database (and on an empty
 * one, for the empty state) under Xvfb and writes one PNG per screen and
 * width, named after the language: $LANGUAGE=fa gives the Persian,
 * right-to-left set. Open them and look before calling a screen done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "cherish-sample-data.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"
#include "cherish-window.h"

static const struct
{
  const char *name;
  int         width;
  int         height;
} sizes[] = {
  { "wide", 1000, 700 },
  { "narrow", 360, 720 },
};

static void
photograph (CherishDatabase *db,
            const char      *screen,
            const char      *out_dir,
            const char      *lang)
{
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autofree char *file = g_strdup_printf ("%s-%s-%s.png", screen, sizes[s].name, lang);
      g_autofree char *path = g_build_filename (out_dir, file, NULL);
      CherishWindow *window = cherish_window_new (NULL, db);

      gtk_window_set_default_size (GTK_WINDOW (window), sizes[s].width, sizes[s].height);
      gtk_window_present (GTK_WINDOW (window));
      cherish_test_wait_for_frames (GTK_WIDGET (window), 3);
      cherish_test_spin (400); /* let transitions end */

      cherish_test_save_png (GTK_WIDGET (window), path);
      g_print ("%s\n", path);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(CherishDatabase) empty = NULL;
  g_autoptr(CherishDatabase) sample = NULL;
  g_autoptr(CherishClock) clock = NULL;
  g_autoptr(GError) error = NULL;
  const char *lang;

  cherish_test_gtk_init (&argc, &argv);
  if (argc != 2)
    {
      g_printerr ("Usage: %s OUTPUT-DIR\n", argv[0]);
      return 2;
    }
  g_mkdir_with_parents (argv[1], 0755);
  lang = g_str_has_prefix (g_getenv ("LANGUAGE") ?: "", "fa") ? "fa" : "en";

  dir = cherish_test_make_dir ();
  empty = cherish_test_open_database (dir, "empty.db");
  sample = cherish_test_open_database (dir, "sample.db");
  /* A fixed day, so the pictures do not change from one run to the next. */
  clock = cherish_test_clock_at ("2026-11-24T09:30:00+03:30");
  if (!cherish_sample_data_fill (sample, clock, NULL, &error))
    g_error ("%s", error->message);

  photograph (empty, "empty", argv[1], lang);
  photograph (sample, "customers", argv[1], lang);

  g_clear_object (&empty);
  g_clear_object (&sample);
  cherish_test_remove_dir (dir);
  return 0;
}
