/* cherish-photo.c — small pictures of celebrations
 *
 * A phone photo is some megapixels; a list shows it at 48 pixels. It is
 * decoded at that size (JPEG scales while decoding), so a list of them
 * stays light.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-photo"

#include "config.h"

#include "cherish-photo.h"

/**
 * cherish_photo_load_thumbnail:
 * @path: (nullable): a photo file
 * @size: the longest side, in pixels
 *
 * Returns: (transfer full) (nullable): the photo at @size, or %NULL when
 *   there is no such file or it is not a picture
 */
GdkPaintable *
cherish_photo_load_thumbnail (const char *path,
                              int         size)
{
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  pixbuf = gdk_pixbuf_new_from_file_at_scale (path, size, size, TRUE, &error);
  if (pixbuf == NULL)
    {
      g_debug ("%s: %s", path, error->message);
      return NULL;
    }
  {
    g_autoptr(GBytes) pixels = gdk_pixbuf_read_pixel_bytes (pixbuf);

    /* A memory texture, as gdk_texture_new_for_pixbuf() is deprecated. */
    return GDK_PAINTABLE (gdk_memory_texture_new (gdk_pixbuf_get_width (pixbuf),
                                                  gdk_pixbuf_get_height (pixbuf),
                                                  gdk_pixbuf_get_has_alpha (pixbuf) ? GDK_MEMORY_R8G8B8A8
                                                                                    : GDK_MEMORY_R8G8B8,
                                                  pixels,
                                                  gdk_pixbuf_get_rowstride (pixbuf)));
  }
}
