/* cherish-help.c — the help pages, opened in Yelp
 *
 * The help ships with Cherish as Mallard pages (help/C, and each language
 * through help/LANG/LANG.po), installed where Yelp finds "help:cherish".
 * The desktop opens the URI (through the OpenURI portal in a Flatpak),
 * and Yelp shows the pages in the language of the environment Cherish
 * runs in. F1 and the main menu open the first page; a page with nothing
 * on it yet links to the page that explains it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-help"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-help.h"

static void
report (GtkWidget    *widget,
        const GError *error)
{
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Translators: the help could not be opened (no help browser) */
      g_autofree char *text = g_strdup_printf (_("Could not open the help: %s"), error->message);

      g_warning ("%s", text);
      gtk_widget_activate_action (widget, "win.toast", "s", text);
    }
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
on_launched_cb (GObject      *launcher,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (launcher), result, &error))
    report (widget, error);
}
#else
static void
on_shown_cb (GObject      *window,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (window), result, &error))
    report (widget, error);
}
#endif

/* Opens @uri (help:…) from @widget's window; a toast if it cannot. */
static void
open_uri (GtkWidget  *widget,
          const char *uri)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (widget));

#if GTK_CHECK_VERSION (4, 10, 0)
  g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

  gtk_uri_launcher_launch (launcher, window, NULL, on_launched_cb, g_object_ref (widget));
#else
  gtk_show_uri_full (window, uri, GDK_CURRENT_TIME, NULL, on_shown_cb, g_object_ref (widget));
#endif
}

/**
 * cherish_show_help:
 * @widget: in the window the help is for
 * @page: (nullable): a page's id ("celebrations"), or %NULL for the first
 *
 * Opens Cherish's help; says so in a toast if it cannot.
 */
void
cherish_show_help (GtkWidget  *widget,
                   const char *page)
{
  g_autofree char *uri = page != NULL ? g_strconcat ("help:cherish/", page, NULL) : g_strdup ("help:cherish");

  g_return_if_fail (GTK_IS_WIDGET (widget));

  open_uri (widget, uri);
}

static gboolean
on_activate_link_cb (GtkLinkButton *button,
                     gpointer       user_data)
{
  open_uri (GTK_WIDGET (button), gtk_link_button_get_uri (button));
  return TRUE;
}

/**
 * cherish_help_button_new:
 * @page: the id of the help page that explains what is around the button
 *
 * Returns: (transfer floating): a "Learn More" link to @page
 */
GtkWidget *
cherish_help_button_new (const char *page)
{
  g_autofree char *uri = g_strconcat ("help:cherish/", page, NULL);
  GtkWidget *button = gtk_link_button_new_with_label (uri, _("_Learn More"));

  gtk_button_set_use_underline (GTK_BUTTON (button), TRUE);
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "activate-link", G_CALLBACK (on_activate_link_cb), NULL);
  return button;
}
