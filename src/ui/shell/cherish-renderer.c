/* cherish-renderer.c — software OpenGL draws with Cairo
 *
 * A computer without a graphics driver (a virtual machine, a remote
 * desktop, an old laptop) has OpenGL only from Mesa's llvmpipe, which
 * draws on the processor. GTK draws with its OpenGL renderer there too
 * (4.8 to 4.12, and again the newer renderers of 4.24): llvmpipe
 * compiles its shaders in every process and keeps the renderer's glyph
 * and icon atlases in the process's own memory. Measured under Xvfb at
 * 100,000 customers, against the same build drawing with OpenGL:
 *   - Debian 12 (GTK 4.8): the window in 151–164 ms instead of 221–255,
 *     105–125 MB instead of 176–195, 152 MB instead of 233 after every
 *     page, and pages shown sooner;
 *   - Debian unstable (GTK 4.24): the window in 0.90–1.04x a bare
 *     window's time instead of 1.09–1.34x, 16–25 MB below it instead of
 *     10–22 above, the Today page filled in 388 ms instead of 514.
 *
 * So, before the first window is drawn, with no GSK_RENDERER set by the
 * user, Cherish asks the display's OpenGL who renders it, and chooses
 * Cairo when it is llvmpipe. GTK reads GSK_RENDERER when it makes a
 * window's first renderer; no API chooses it. Asking OpenGL needs GTK
 * started, which has made GLib's first threads by then (GLib says so at
 * debug level: setenv () is not safe against another thread's getenv ());
 * it is done once, at the first window, before that window's first
 * renderer. A real graphics driver is left as it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-renderer"

#include "config.h"

#include <epoxy/gl.h>
#include <string.h>

#include "cherish-renderer.h"

static gboolean
gl_is_software (GdkDisplay *display)
{
  g_autoptr(GdkGLContext) context = NULL;
  const char *renderer;
  gboolean software;

  /* Without OpenGL, GTK chooses Cairo itself; why is not ours to say. */
  if (!gdk_display_prepare_gl (display, NULL))
    return FALSE;
  context = gdk_display_create_gl_context (display, NULL);
  if (context == NULL || !gdk_gl_context_realize (context, NULL))
    return FALSE;
  gdk_gl_context_make_current (context);
  renderer = (const char *) glGetString (GL_RENDERER);
  software = renderer != NULL && strstr (renderer, "llvmpipe") != NULL;
  g_debug ("OpenGL renderer: %s", renderer != NULL ? renderer : "(unknown)");
  gdk_gl_context_clear_current ();
  return software;
}

/**
 * cherish_renderer_choose:
 *
 * To be called before the process's first window is shown (the window
 * program's, and a benchmark's). Once per process; again, it tells what
 * it chose.
 *
 * Returns: whether Cairo was chosen here (software OpenGL)
 */
gboolean
cherish_renderer_choose (void)
{
  static gsize chosen = 0;
  static gboolean cairo = FALSE;
  GdkDisplay *display;

  if (!g_once_init_enter (&chosen))
    return cairo;
  display = gdk_display_get_default ();
  /* The user's choice is kept. */
  if (g_getenv ("GSK_RENDERER") == NULL && display != NULL && gl_is_software (display))
    {
      g_setenv ("GSK_RENDERER", "cairo", TRUE);
      cairo = TRUE;
    }
  g_once_init_leave (&chosen, 1);
  return cairo;
}
