/* test-connecting.c — a shop on a server: the window before the server answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cherish-application.h"
#include "cherish-test-gtk.h"
#include "cherish-test-server.h"
#include "cherish-test-util.h"
#include "cherish-window.h"

/* The application's window for the shop at @location, activated as a
 * start does it; NULL in *@app_out's place when it made none. */
static CherishWindow *
start_on (const char      *location,
          GApplication   **app_out)
{
  GApplication *app = G_APPLICATION (cherish_application_new ());
  g_autoptr(GError) error = NULL;

  g_setenv ("CHERISH_DATABASE", location, TRUE);
  g_application_set_flags (app, G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (app, NULL, &error));
  g_assert_no_error (error);
  g_application_activate (app);
  *app_out = app;
  return CHERISH_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
}

static void
wait_for_page_other_than (CherishWindow *window,
                          const char    *page)
{
  gint64 until = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (g_strcmp0 (cherish_window_get_page_name (window), page) == 0 && g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_cmpstr (cherish_window_get_page_name (window), !=, page);
}

/* A shop on a server is reached off the window's thread: the window shows
 * at once, saying where it connects, even when the server does not answer
 * (a listening socket of the test's own that never accepts: libpq would
 * wait its ten seconds); once it is given up, the error page says why.
 * On a real server (the postgresql suite), the shop follows. One
 * application per process: the server's case or the silent one. */
static void
test_connecting (void)
{
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;
  GApplication *app = NULL;
  CherishWindow *window;
  AdwStatusPage *page;
  gint64 start;

  if (cherish_test_on_server ())
    uri = cherish_test_server_database (dir, "connecting.db");
  else
    {
      g_autoptr(GSocketAddress) any = g_inet_socket_address_new_from_string ("127.0.0.1", 0);
      g_autoptr(GSocketAddress) bound = NULL;

      g_assert_true (g_socket_listener_add_address (listener, any, G_SOCKET_TYPE_STREAM,
                                                    G_SOCKET_PROTOCOL_TCP, NULL, &bound, &error));
      g_assert_no_error (error);
      uri = g_strdup_printf ("postgresql://counter1@127.0.0.1:%u/shop",
                             g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
    }

  start = g_get_monotonic_time ();
  window = start_on (uri, &app);
  g_assert_nonnull (window);
  g_assert_cmpstr (cherish_window_get_page_name (window), ==, "connecting");
  cherish_test_wait_for_frames (GTK_WIDGET (window), 2);
  g_test_message ("window shown in %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
  page = cherish_test_child (window, CHERISH_TYPE_WINDOW, "connecting_page");
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "127.0.0.1"));

  if (cherish_test_on_server ())
    {
      wait_for_page_other_than (window, "connecting");
      g_assert_cmpstr (cherish_window_get_page_name (window), !=, "error");
      g_assert_nonnull (cherish_window_get_database (window));
      g_assert_true (gtk_widget_is_sensitive (cherish_test_child (window, CHERISH_TYPE_WINDOW,
                                                                    "new_customer_button")));
    }
  else
    {
      /* Shown while the server has not answered, nothing to add to. */
      g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
      g_assert_cmpstr (cherish_window_get_page_name (window), ==, "connecting");
      g_assert_null (cherish_window_get_database (window));
      g_assert_false (gtk_widget_is_sensitive (cherish_test_child (window, CHERISH_TYPE_WINDOW,
                                                                     "new_customer_button")));
      /* The server goes: the connection waiting in its queue is refused. */
      g_test_expect_message ("cherish-application", G_LOG_LEVEL_WARNING, "*Cannot reach the shop’s database*");
      g_socket_listener_close (listener);
      wait_for_page_other_than (window, "connecting");
      g_test_assert_expected_messages ();
      g_assert_cmpstr (cherish_window_get_page_name (window), ==, "error");
      page = cherish_test_child (window, CHERISH_TYPE_WINDOW, "error_page");
      g_assert_nonnull (strstr (adw_status_page_get_description (page), "127.0.0.1"));

      /* Try Again: the window connects again, and says so. */
      g_assert_true (gtk_widget_get_visible (cherish_test_child (window, CHERISH_TYPE_WINDOW, "retry_button")));
      g_test_expect_message ("cherish-application", G_LOG_LEVEL_WARNING, "*Cannot reach the shop’s database*");
      g_action_group_activate_action (G_ACTION_GROUP (app), "retry-shop", NULL);
      g_assert_cmpstr (cherish_window_get_page_name (window), ==, "connecting");
      wait_for_page_other_than (window, "connecting");
      g_test_assert_expected_messages ();
      g_assert_cmpstr (cherish_window_get_page_name (window), ==, "error");
    }
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (app);
  g_unsetenv ("CHERISH_DATABASE");
  cherish_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  cherish_test_gtk_init (&argc, &argv);
  g_test_add_func ("/window/connecting", test_connecting);
  return g_test_run ();
}
