/* cherish-initials-icon.c — a customer's initials in a coloured circle
 *
 * What AdwAvatar shows in the app, drawn without a display (Cairo and
 * Pango) as a PNG icon: the overview's search results are drawn by
 * GNOME Shell, which is given the icon over D-Bus. The colour follows
 * the name, so a customer keeps theirs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-initials-icon"

#include "config.h"

#include <pango/pangocairo.h>

#include "cherish-initials-icon.h"

/* GNOME's palette: a light background and a dark letter of each hue. */
static const struct
{
  double background[3];
  double letters[3];
} palette[] = {
  { { 0.600, 0.757, 0.945 }, { 0.102, 0.373, 0.706 } },   /* blue */
  { { 0.561, 0.941, 0.643 }, { 0.149, 0.635, 0.412 } },   /* green */
  { { 0.976, 0.941, 0.420 }, { 0.800, 0.620, 0.000 } },   /* yellow */
  { { 1.000, 0.745, 0.435 }, { 0.776, 0.275, 0.000 } },   /* orange */
  { { 0.965, 0.380, 0.318 }, { 0.647, 0.114, 0.176 } },   /* red */
  { { 0.863, 0.541, 0.867 }, { 0.380, 0.208, 0.514 } },   /* purple */
  { { 0.804, 0.671, 0.561 }, { 0.525, 0.369, 0.235 } },   /* brown */
  { { 0.871, 0.867, 0.855 }, { 0.369, 0.361, 0.392 } },   /* grey */
};

/**
 * cherish_initials_of:
 *
 * Returns: (transfer full): the first letters of the first and the last
 *   word of @name, in upper case ("Sara Ahmadi" → "SA", "Zoe" → "Z")
 */
char *
cherish_initials_of (const char *name)
{
  g_auto(GStrv) words = g_strsplit_set (name != NULL ? name : "", " \t", -1);
  g_autoptr(GString) initials = g_string_new (NULL);
  const char *first = NULL, *last = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    if (g_utf8_validate (words[i], -1, NULL) && *words[i] != '\0' &&
        g_unichar_isalnum (g_utf8_get_char (words[i])))
      {
        if (first == NULL)
          first = words[i];
        else
          last = words[i];
      }
  if (first != NULL)
    g_string_append_unichar (initials, g_unichar_toupper (g_utf8_get_char (first)));
  if (last != NULL)
    g_string_append_unichar (initials, g_unichar_toupper (g_utf8_get_char (last)));
  return g_string_free (g_steal_pointer (&initials), FALSE);
}

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * cherish_initials_icon_new:
 * @size: the width and height, in pixels
 *
 * Returns: (transfer full): a PNG of @name's initials on a disc of the
 *   colour that goes with @name (a GBytesIcon: it serializes with its
 *   data)
 */
GIcon *
cherish_initials_icon_new (const char *name,
                           int         size)
{
  g_autofree char *initials = cherish_initials_of (name);
  guint colour = g_str_hash (name != NULL ? name : "") % G_N_ELEMENTS (palette);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans Bold");
  g_autoptr(GByteArray) png = g_byte_array_new ();
  PangoRectangle ink;

  cairo_arc (cr, size / 2.0, size / 2.0, size / 2.0, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, palette[colour].background[0], palette[colour].background[1],
                        palette[colour].background[2]);
  cairo_fill (cr);

  /* AdwAvatar's proportion: letters 0.4 of the disc. */
  pango_font_description_set_absolute_size (font, size * 0.4 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, initials, -1);
  pango_layout_get_pixel_extents (layout, &ink, NULL);
  cairo_move_to (cr, (size - ink.width) / 2.0 - ink.x, (size - ink.height) / 2.0 - ink.y);
  cairo_set_source_rgb (cr, palette[colour].letters[0], palette[colour].letters[1], palette[colour].letters[2]);
  pango_cairo_show_layout (cr, layout);

  cairo_surface_flush (surface);
  cairo_surface_write_to_png_stream (surface, append_png, png);
  pango_font_description_free (font);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  {
    g_autoptr(GBytes) bytes = g_byte_array_free_to_bytes (g_steal_pointer (&png));

    return g_bytes_icon_new (bytes);
  }
}
