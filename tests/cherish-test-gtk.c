/* cherish-test-gtk.c — waiting for windows and photographing them
 *
 * A window photographs itself: its paintable is snapshotted into a render
 * node and rendered to a texture by the window's own renderer. This gives
 * exact, decoration-free PNGs under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include <string.h>

#include "cherish-page-reading.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"
#include "cherish-widget-util.h"
#include "cherish-window.h"

#define TIMEOUT_SECONDS 20

/* Warnings of the toolkit about itself, not mistakes of Cherish, and
 * harmless; they are printed but do not fail the test. Every other
 * warning stays fatal.
 * - GTK 4.20 and later on X11, when a popover opens: "gdk_frame_timings_
 *   submitted() called on submitted frame" (its own frame clock).
 * - GTK 4.22 and later under Xvfb, while a spinner turns:
 *   "gtk_svg_advance: time went backward" (its animated SVG read a frame
 *   time older than the last one it drew). */
static const struct
{
  const char *domain;
  const char *message;
} toolkit_warnings[] = {
  { "Gdk", "gdk_frame_timings_submitted" },
  { "Gtk", "gtk_svg_advance: time went backward" },
};

static GLogWriterOutput
write_log (GLogLevelFlags   level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
      domain = fields[i].value;
    else if (g_str_equal (fields[i].key, "MESSAGE"))
      message = fields[i].value;

  if ((level & G_LOG_LEVEL_WARNING) && message != NULL)
    for (gsize i = 0; i < G_N_ELEMENTS (toolkit_warnings); i++)
      if (g_strcmp0 (domain, toolkit_warnings[i].domain) == 0 &&
          strstr (message, toolkit_warnings[i].message) != NULL)
        return g_log_writer_standard_streams (level, fields, n_fields, user_data);
  return g_log_writer_default (level, fields, n_fields, user_data);
}

/* Like main.c, so the widgets speak the language of $LANGUAGE. */
void
cherish_test_gtk_init (int    *argc,
                       char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  g_log_set_writer_func (write_log, NULL, NULL);

  /* High contrast and large text, as a manager may have set them; read
   * by libadwaita from GtkSettings when no settings portal answers. */
  if (g_getenv ("CHERISH_TEST_HIGH_CONTRAST") != NULL)
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema =
        g_settings_schema_source_lookup (source, "org.gnome.desktop.a11y.interface", TRUE);

      if (schema == NULL || !g_settings_schema_has_key (schema, "high-contrast"))
        g_error ("high contrast needs the org.gnome.desktop.a11y.interface schema");
      {
        g_autoptr(GSettings) a11y = g_settings_new ("org.gnome.desktop.a11y.interface");

        g_settings_set_boolean (a11y, "high-contrast", TRUE);
      }
    }
  if (g_getenv ("CHERISH_TEST_LARGE_TEXT") != NULL)
    g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", (int) (96 * 1.5 * 1024), NULL);
  cherish_test_speak_language ();
  adw_init ();

  /* What AdwApplication does for the app: the app's own style sheet. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    g_type_class_unref (g_type_class_ref (CHERISH_TYPE_WINDOW));  /* registers the resources */
    gtk_css_provider_load_from_resource (css, "/io/github/cherishapp/Cherish/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  /* GTK takes the direction from its own catalogue; say it for Persian
   * even where that catalogue is missing. */
  if (g_str_has_prefix (g_getenv ("LANGUAGE") ?: "", "fa"))
    gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
}

static gboolean on_spin_done (gpointer user_data);

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  guint *left = user_data;

  if (*left > 0)
    (*left)--;
  return *left > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static gboolean
on_timeout (gpointer user_data)
{
  g_error ("timed out waiting for %s", (const char *) user_data);
  return G_SOURCE_REMOVE;
}

/* Presents nothing: waits until @widget is mapped and @n_frames of it
 * have begun, and no longer (not for what they started: see
 * cherish_test_wait_for_frames()). */
void
cherish_test_frames (GtkWidget *widget,
                     guint      n_frames)
{
  guint timeout = g_timeout_add_seconds (TIMEOUT_SECONDS, on_timeout, (gpointer) "a frame");
  guint left = n_frames;

  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);

  gtk_widget_add_tick_callback (widget, on_tick, &left, NULL);
  while (left > 0)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

/* Presents nothing: waits until @widget is mapped and has drawn @n_frames. */
void
cherish_test_wait_for_frames (GtkWidget *widget,
                              guint      n_frames)
{
  cherish_test_frames (widget, n_frames);

  /* And what those frames started: pages read their data in an idle
   * after the first frame of their window, some in a thread. */
  {
    gboolean done = FALSE;
    guint timeout;

    g_idle_add_full (G_PRIORITY_LOW + 10, on_spin_done, &done, NULL);
    while (!done)
      g_main_context_iteration (NULL, TRUE);
    timeout = g_timeout_add_seconds (TIMEOUT_SECONDS, on_timeout, (gpointer) "a page's data");
    while (cherish_pages_loading () > 0)
      g_main_context_iteration (NULL, TRUE);
    g_source_remove (timeout);
  }
}

static gboolean
on_spin_done (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* A named widget of a template, which must be there. */
gpointer
cherish_test_child (gpointer    widget,
                    GType       type,
                    const char *name)
{
  gpointer found = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (found);
  return found;
}

/* Runs the main loop for a while (for transitions to end). */
void
cherish_test_spin (guint milliseconds)
{
  gboolean done = FALSE;
  guint timeout;

  g_timeout_add (milliseconds, on_spin_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  /* The idles that time left (a page's reload after a change), and the
   * pages reading in their threads what they started. */
  done = FALSE;
  g_idle_add_full (G_PRIORITY_LOW + 10, on_spin_done, &done, NULL);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  timeout = g_timeout_add_seconds (TIMEOUT_SECONDS, on_timeout, (gpointer) "a page's data");
  while (cherish_pages_loading () > 0)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

void
cherish_test_save_png (GtkWidget  *widget,
                       const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

/**
 * cherish_test_find_all:
 *
 * Returns: (transfer container): every widget of @type in @widget
 *   (itself included), in tree order
 */
GPtrArray *
cherish_test_find_all (gpointer widget,
                       GType    type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (GTK_WIDGET (widget), type, found);
  return found;
}

/**
 * cherish_test_find:
 * @tooltip: (nullable): the tooltip it must have
 *
 * Returns: (transfer none) (nullable): the first widget of @type in @widget
 */
GtkWidget *
cherish_test_find (gpointer    widget,
                   GType       type,
                   const char *tooltip)
{
  g_autoptr(GPtrArray) all = cherish_test_find_all (widget, type);

  for (guint i = 0; i < all->len; i++)
    if (tooltip == NULL || g_strcmp0 (gtk_widget_get_tooltip_text (all->pdata[i]), tooltip) == 0)
      return all->pdata[i];
  return NULL;
}

/* The first row of @type in @widget titled @title (or starting so). */
static gpointer
find_row (gpointer    widget,
          GType       type,
          const char *title,
          gboolean    prefix)
{
  g_autoptr(GPtrArray) rows = cherish_test_find_all (widget, type);

  for (guint i = 0; i < rows->len; i++)
    {
      const char *its = adw_preferences_row_get_title (rows->pdata[i]);

      if (prefix ? g_str_has_prefix (its, title) : g_strcmp0 (its, title) == 0)
        return rows->pdata[i];
    }
  return NULL;
}

/**
 * cherish_test_row_titled:
 *
 * Returns: (transfer none) (nullable): the first AdwPreferencesRow of
 *   @type in @widget with that title
 */
gpointer
cherish_test_row_titled (gpointer    widget,
                         GType       type,
                         const char *title)
{
  return find_row (widget, type, title, FALSE);
}

/**
 * cherish_test_row_starting:
 *
 * Returns: (transfer none) (nullable): the first row of @type in @widget
 *   whose title starts with @prefix (a date field's: "Birthday (like …)")
 */
gpointer
cherish_test_row_starting (gpointer    widget,
                           GType       type,
                           const char *prefix)
{
  return find_row (widget, type, prefix, TRUE);
}

/**
 * cherish_test_button:
 *
 * Returns: (transfer none) (nullable): the first button in @widget (its
 *   menus included) whose label is @label
 */
GtkWidget *
cherish_test_button (gpointer    widget,
                     const char *label)
{
  g_autoptr(GPtrArray) all = cherish_test_find_all (widget, GTK_TYPE_BUTTON);

  for (guint i = 0; i < all->len; i++)
    if (g_strcmp0 (gtk_button_get_label (all->pdata[i]), label) == 0)
      return all->pdata[i];
  return NULL;
}

/**
 * cherish_test_toplevel:
 *
 * Returns: (transfer none) (nullable): a window of @type on screen, or a
 *   widget of @type inside one (a dialog or an alert a click opened: on
 *   newer libadwaita, dialogs live inside the window they belong to)
 */
gpointer
cherish_test_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) top = g_list_model_get_item (toplevels, i);
      GtkWidget *inside;

      if (G_TYPE_CHECK_INSTANCE_TYPE (top, type))
        return top;
      if ((inside = cherish_test_find (top, type, NULL)) != NULL)
        return inside;
    }
  return NULL;
}

/**
 * cherish_test_present:
 * @parent: (nullable): the window it is for
 *
 * Shows a window, or a dialog (an AdwDialog on newer libadwaita) over
 * @parent, and waits for it to be drawn.
 */
void
cherish_test_present (gpointer widget,
                      gpointer parent)
{
  cherish_dialog_present (widget, parent);
  cherish_test_wait_for_frames (GTK_IS_WINDOW (widget) ? widget : GTK_WIDGET (gtk_widget_get_root (widget)), 2);
}

/**
 * cherish_test_window_with:
 * @child: (transfer floating): a page, say
 *
 * A window of @width × @height holding @child, shown and drawn.
 *
 * Returns: (transfer none): the window (gtk_window_destroy() it)
 */
GtkWindow *
cherish_test_window_with (GtkWidget *child,
                          int        width,
                          int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  cherish_test_wait_for_frames (GTK_WIDGET (window), 2);
  return window;
}

/**
 * cherish_test_close:
 *
 * Closes what cherish_test_present() showed.
 */
void
cherish_test_close (gpointer widget)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  if (ADW_IS_DIALOG (widget))
    {
      adw_dialog_force_close (ADW_DIALOG (widget));
      return;
    }
#endif
  gtk_window_destroy (GTK_WINDOW (widget));
}

/**
 * cherish_test_resize:
 *
 * Makes a shown window's own widget @width × @height, as a screen of that
 * size gives it: without a compositor (Xvfb) GTK counts part of its
 * client-side frame in the default size, so that a window asked to be 360
 * wide would be 350 inside.
 */
void
cherish_test_resize (GtkWindow *window,
                     int        width,
                     int        height)
{
  gtk_window_set_default_size (window, width, height);
  cherish_test_wait_for_frames (GTK_WIDGET (window), 3);
  if (gtk_widget_get_width (GTK_WIDGET (window)) != width ||
      gtk_widget_get_height (GTK_WIDGET (window)) != height)
    {
      gtk_window_set_default_size (window, 2 * width - gtk_widget_get_width (GTK_WIDGET (window)),
                                   2 * height - gtk_widget_get_height (GTK_WIDGET (window)));
      cherish_test_wait_for_frames (GTK_WIDGET (window), 3);
    }
}

/**
 * cherish_test_without_bidi_marks:
 *
 * Returns: (transfer full): @text without the marks that keep runs of
 *   another direction in their place (embeddings, isolates, LRM, RLM):
 *   what a reader sees
 */
char *
cherish_test_without_bidi_marks (const char *text)
{
  GString *plain = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069) && c != 0x200E && c != 0x200F)
        g_string_append_unichar (plain, c);
    }
  return g_string_free (plain, FALSE);
}
