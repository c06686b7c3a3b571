/* cherish-insights-export.c — the Insights page as a PDF or a picture
 *
 * For the owner: the page's content, all of it (not only what the window
 * shows), drawn from its widgets' render nodes. A PDF keeps text and
 * charts as vectors (one tall page, as long as the page is); a PNG is
 * rendered by the window's own renderer at the display's scale. Both on
 * the style's background, light or dark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-insights-page"

#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "cherish-insights-export.h"

static GskRenderNode *
render_content (GtkWidget *content,
                int        width,
                int        height)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (content);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GdkRGBA background;

  gdk_rgba_parse (&background, adw_style_manager_get_dark (adw_style_manager_get_default ())
                                 ? "#242424" : "#fafafa");
  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  return gtk_snapshot_free_to_node (snapshot);
}

/**
 * cherish_insights_export_save:
 * @content: the page's content (inside its scrolled window)
 *
 * Returns: %FALSE with @error set if the file could not be written
 */
gboolean
cherish_insights_export_save (GtkWidget              *content,
                              CherishInsightsExport   format,
                              GFile                  *file,
                              GError                **error)
{
  int width = gtk_widget_get_width (content), height = gtk_widget_get_height (content);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GskRenderNode) node = NULL;

  if (path == NULL || width <= 0 || height <= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("The page can only be saved in a folder of this computer, once it is shown."));
      return FALSE;
    }
  node = render_content (content, width, height);

  if (format == CHERISH_INSIGHTS_EXPORT_PDF)
    {
      cairo_surface_t *surface = cairo_pdf_surface_create (path, width, height);
      cairo_t *cr = cairo_create (surface);
      cairo_status_t status;

      gsk_render_node_draw (node, cr);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
      cairo_surface_destroy (surface);
      if (status != CAIRO_STATUS_SUCCESS)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"), path,
                       cairo_status_to_string (status));
          return FALSE;
        }
      return TRUE;
    }

  {
    GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (content));
    g_autoptr(GdkTexture) texture = gsk_renderer_render_texture (renderer, node,
                                                                  &GRAPHENE_RECT_INIT (0, 0, width, height));

    if (!gdk_texture_save_to_png (texture, path))
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”."), path);
        return FALSE;
      }
  }
  return TRUE;
}
