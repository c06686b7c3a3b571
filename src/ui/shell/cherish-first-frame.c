/* cherish-first-frame.c — for the start benchmark: quit at the first frame
 *
 * tests/bench/start-bench.py starts Cherish with CHERISH_QUIT_AFTER_FIRST_FRAME
 * and times it until it prints "first frame" (or, with "filled", the
 * frame after the shown page read its data: the page sets "cherish-filled"
 * on its window), then reads the resident memory it prints.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cherish-first-frame.h"

/* For tests/bench: with CHERISH_QUIT_AFTER_FIRST_FRAME the app prints its
 * memory and quits once its first frame is on screen, or, when the
 * variable says "filled", once the frame after the shown page read its
 * data. */
static void
on_first_frame_cb (GdkFrameClock *clock,
                   GtkWindow     *self)
{
  g_autofree char *status = NULL;
  const char *rss;

  if (g_strcmp0 (g_getenv ("CHERISH_QUIT_AFTER_FIRST_FRAME"), "filled") == 0 &&
      g_object_get_data (G_OBJECT (self), "cherish-filled") == NULL)
    return;
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_cb, self);
  g_print ("first frame\n");
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (rss = strstr (status, "VmRSS:")) != NULL)
    g_print ("rss %ld KiB\n", strtol (rss + strlen ("VmRSS:"), NULL, 10));
  if (gtk_window_get_application (self) != NULL)
    g_application_quit (G_APPLICATION (gtk_window_get_application (self)));
}

static void
on_realize_cb (GtkWindow *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (on_first_frame_cb), self, 0);
}

/**
 * cherish_first_frame_watch:
 *
 * With CHERISH_QUIT_AFTER_FIRST_FRAME set, quits @window's application
 * at its first frame (see above); otherwise does nothing.
 */
void
cherish_first_frame_watch (GtkWindow *window)
{
  if (g_getenv ("CHERISH_QUIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), NULL);
}
