/* test-renderer.c — how Cherish's window is drawn, under Xvfb
 *
 * Xvfb's OpenGL is Mesa's llvmpipe, which draws on the processor: there
 * the window draws with Cairo by Cherish's own choice (cherish-renderer.c),
 * on GTK 4.8 as on 4.24, where GTK would draw with OpenGL; a renderer the
 * user named in GSK_RENDERER is kept. The test runner sets
 * GSK_RENDERER for every other suite; here it is taken away before the
 * first window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "cherish-renderer.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"
#include "cherish-window.h"

/* The renderer a Cherish window on a small shop draws with. */
static char *
window_renderer (void)
{
  CherishTestShop shop;
  CherishWindow *window;
  char *name;

  cherish_test_shop_open (&shop, "2026-11-24T10:00:00+03:30", "renderer.db");
  window = cherish_window_new (NULL, shop.db, shop.clock);
  gtk_window_present (GTK_WINDOW (window));
  cherish_test_wait_for_frames (GTK_WIDGET (window), 2);
  name = g_strdup (G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
  gtk_window_destroy (GTK_WINDOW (window));
  cherish_test_spin (0);
  cherish_test_shop_close (&shop);
  return name;
}

static void
test_software_gl (void)
{
  g_autofree char *renderer = NULL;

  g_assert_null (g_getenv ("GSK_RENDERER"));
  renderer = window_renderer ();
  g_test_message ("GTK %u.%u draws with %s", gtk_get_major_version (), gtk_get_minor_version (), renderer);
  g_assert_cmpstr (renderer, ==, "GskCairoRenderer");
  g_assert_true (cherish_renderer_choose ());
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
}

static void
test_users_choice (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *renderer = window_renderer ();

      g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "gl");
      g_assert_false (cherish_renderer_choose ());
      g_assert_cmpstr (renderer, !=, "GskCairoRenderer");
      return;
    }
  g_setenv ("GSK_RENDERER", "gl", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("GSK_RENDERER");
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  cherish_test_gtk_init (&argc, &argv);
  /* The runner's choice for the other suites; a subprocess keeps the one
   * its test gave it. No window has been drawn yet. */
  if (!g_test_subprocess ())
    g_unsetenv ("GSK_RENDERER");

  g_test_add_func ("/renderer/users-choice", test_users_choice);
  g_test_add_func ("/renderer/software-gl", test_software_gl);

  return g_test_run ();
}
