/* cherish-background.c — start at login to run in the background
 *
 * Inside Flatpak, asks the Background portal (libportal) for permission
 * to run in the background and to start at login with `cherish
 * --background`. Outside, writes (or removes) the XDG autostart file
 * ~/.config/autostart/<app id>.desktop with the same command.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-background"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>

#include <glib/gstdio.h>
#include <libportal-gtk4/portal-gtk4.h>

#include "cherish-background.h"

/**
 * cherish_background_autostart_path:
 *
 * Returns: (transfer full): the autostart file used outside Flatpak
 */
char *
cherish_background_autostart_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", APP_ID ".desktop", NULL);
}

static void
write_autostart (gboolean enabled)
{
  g_autofree char *path = cherish_background_autostart_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GKeyFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (!enabled)
    {
      if (g_unlink (path) != 0 && errno != ENOENT)
        g_warning ("Could not remove %s: %s", path, g_strerror (errno));
      return;
    }

  file = g_key_file_new ();
  g_key_file_set_string (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_TYPE,
                         G_KEY_FILE_DESKTOP_TYPE_APPLICATION);
  g_key_file_set_string (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NAME, _("Cherish"));
  g_key_file_set_string (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_COMMENT,
                         _("Reminders of your customers’ celebrations and follow-ups"));
  g_key_file_set_string (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC,
                         "cherish --background");
  g_key_file_set_string (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_ICON, APP_ID);
  g_key_file_set_boolean (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, TRUE);
  g_key_file_set_boolean (file, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", TRUE);

  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_key_file_save_to_file (file, path, &error))
    g_warning ("Could not write %s: %s", path,
               error != NULL ? error->message : g_strerror (errno));
}

static void
on_background_requested (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!xdp_portal_request_background_finish (XDP_PORTAL (source), result, &error))
    g_warning ("Could not start at login: %s", error->message);
}

/**
 * cherish_background_set_autostart:
 * @parent: (nullable): the window asking
 *
 * Starts Cherish at login in the background, or no longer.
 */
void
cherish_background_set_autostart (GtkWindow *parent,
                                  gboolean   enabled)
{
  g_autoptr(XdpPortal) portal = NULL;
  g_autoptr(GPtrArray) command = NULL;
  XdpParent *xdp_parent = NULL;

  if (!xdp_portal_running_under_flatpak ())
    {
      write_autostart (enabled);
      return;
    }

  portal = xdp_portal_new ();
  command = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (command, g_strdup ("cherish"));
  g_ptr_array_add (command, g_strdup ("--background"));
  if (parent != NULL)
    xdp_parent = xdp_parent_new_gtk (parent);
  xdp_portal_request_background (portal, xdp_parent,
                                 _("Cherish checks reminders while its window is closed."),
                                 command,
                                 enabled ? XDP_BACKGROUND_FLAG_AUTOSTART : XDP_BACKGROUND_FLAG_NONE,
                                 NULL, on_background_requested, NULL);
  if (xdp_parent != NULL)
    xdp_parent_free (xdp_parent);
}
