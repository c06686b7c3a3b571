/* cherish-page-reading.c — pages that read their data when shown
 *
 * A page reads when it is first shown (after the window's first frame),
 * again when what it shows changes (at once if shown, else when next
 * shown), and in a thread of its own with a reading connection for the
 * pages whose data is big (Today, Celebrations, Insights); the tests and
 * the screenshots wait on cherish_pages_loading().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-page-reading"

#include "config.h"

#include "cherish-page-reading.h"

typedef struct
{
  GtkWidget     *page;      /* weak: the data lives on it */
  CherishReload  reload;
  gboolean       dirty;
  gboolean       waiting;   /* for the window's first frame */
} Follow;


/* Pages reading their data in a thread of their own (see
 * cherish_page_loading()). */
static guint pages_loading;

static void
reload_now (Follow *follow)
{
  follow->dirty = FALSE;
  follow->reload (follow->page);
}

/* The window is on screen: the page may read now. */
static gboolean
on_first_frame_shown (gpointer user_data)
{
  GtkWidget *page = user_data;
  Follow *follow = g_object_get_data (G_OBJECT (page), "cherish-follow");
  GtkRoot *root = gtk_widget_get_root (page);

  if (follow == NULL)
    return G_SOURCE_REMOVE;
  follow->waiting = FALSE;
  if (root != NULL)
    g_object_set_data (G_OBJECT (root), "cherish-painted", GINT_TO_POINTER (TRUE));
  if (follow->dirty && gtk_widget_get_mapped (page))
    {
      reload_now (follow);
      /* For the start bench: the window has its data now (or when a page
       * reading in a thread shows it, see cherish_page_loaded()). */
      if (root != NULL && g_object_get_data (G_OBJECT (page), "cherish-loading") == NULL)
        g_object_set_data (G_OBJECT (root), "cherish-filled", GINT_TO_POINTER (TRUE));
      gtk_widget_queue_draw (page);
    }
  return G_SOURCE_REMOVE;
}

static void
on_page_map (GtkWidget *page,
             Follow    *follow)
{
  GtkRoot *root = gtk_widget_get_root (page);

  if (!follow->dirty)
    return;
  /* A window being opened is shown first, and filled after its first
   * frame: it never waits for the data. */
  if (root != NULL && g_object_get_data (G_OBJECT (root), "cherish-painted") == NULL)
    {
      if (!follow->waiting)
        {
          follow->waiting = TRUE;
          cherish_widget_after_first_frame (page, on_first_frame_shown, g_object_ref (page), g_object_unref);
        }
      return;
    }
  reload_now (follow);
}

/**
 * cherish_page_follow:
 * @reload: reads the page's data again and shows it
 *
 * Makes @page read its data when it is shown, not before: at the first
 * frame of a window being opened (after it), and at once when the window
 * is already up. Data changed while the page is hidden is read when it
 * is shown again (see cherish_page_changed()).
 */
void
cherish_page_follow (GtkWidget     *page,
                     CherishReload  reload)
{
  Follow *follow = g_new0 (Follow, 1);

  follow->page = page;
  follow->reload = reload;
  follow->dirty = TRUE;
  g_object_set_data_full (G_OBJECT (page), "cherish-follow", follow, g_free);
  g_signal_connect (page, "map", G_CALLBACK (on_page_map), follow);
  if (gtk_widget_get_mapped (page))
    on_page_map (page, follow);
}

/**
 * cherish_page_changed:
 *
 * What @page shows has changed: read again now if it is shown, else when
 * it is.
 */
void
cherish_page_changed (gpointer page)
{
  Follow *follow = g_object_get_data (G_OBJECT (page), "cherish-follow");

  if (follow == NULL)   /* not set up: there is nothing to read */
    return;
  follow->dirty = TRUE;
  if (gtk_widget_get_mapped (page))
    on_page_map (page, follow);
}

typedef struct
{
  GSourceFunc    func;
  gpointer       data;
  GDestroyNotify destroy;
  guint          ticks;
} AfterFrame;

static void
after_frame_free (gpointer user_data)
{
  AfterFrame *after = user_data;

  if (after->destroy != NULL)
    after->destroy (after->data);
  g_free (after);
}

static gboolean
on_after_frame_tick (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       user_data)
{
  AfterFrame *after = user_data;

  /* The second tick comes after the first frame was painted. */
  if (++after->ticks < 2)
    return G_SOURCE_CONTINUE;
  g_idle_add_full (G_PRIORITY_LOW, after->func, after->data, after->destroy);
  after->destroy = NULL;
  return G_SOURCE_REMOVE;
}

/**
 * cherish_widget_after_first_frame:
 * @func: called once, in a low-priority idle (after what the pages read),
 *   when @widget's first frame is on screen
 * @destroy: (nullable): frees @data
 *
 * For work that need not hold up a window's first frame.
 */
void
cherish_widget_after_first_frame (GtkWidget      *widget,
                                  GSourceFunc     func,
                                  gpointer        data,
                                  GDestroyNotify  destroy)
{
  AfterFrame *after = g_new0 (AfterFrame, 1);

  after->func = func;
  after->data = data;
  after->destroy = destroy;
  gtk_widget_add_tick_callback (widget, on_after_frame_tick, after, after_frame_free);
}

/**
 * cherish_page_loading:
 *
 * @page started reading its data in a thread of its own; it calls
 * cherish_page_loaded() once it shows it.
 */
void
cherish_page_loading (gpointer page)
{
  g_return_if_fail (GTK_IS_WIDGET (page));

  if (g_object_get_data (G_OBJECT (page), "cherish-loading") != NULL)
    return;
  g_object_set_data (G_OBJECT (page), "cherish-loading", GINT_TO_POINTER (TRUE));
  pages_loading++;
}

/**
 * cherish_page_loaded:
 *
 * @page shows the data it read in its thread.
 */
void
cherish_page_loaded (gpointer page)
{
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (page));

  if (g_object_get_data (G_OBJECT (page), "cherish-loading") == NULL)
    return;
  g_object_set_data (G_OBJECT (page), "cherish-loading", NULL);
  pages_loading--;
  root = gtk_widget_get_root (page);
  if (root != NULL && g_object_get_data (G_OBJECT (root), "cherish-painted") != NULL)
    g_object_set_data (G_OBJECT (root), "cherish-filled", GINT_TO_POINTER (TRUE));
  gtk_widget_queue_draw (page);
}

/**
 * cherish_pages_loading:
 *
 * Returns: how many pages are reading their data in a thread now (tests
 *   wait for none)
 */
guint
cherish_pages_loading (void)
{
  return pages_loading;
}

/**
 * cherish_page_read_start:
 * @what: what the page reads, for the warning when it cannot ("the occasions")
 *
 * A read of @page's data, in a thread, is to begin. When one is under way
 * already, it is read once more after it (cherish_page_read_done() says
 * so) and nothing begins now.
 *
 * Returns: (transfer none) (nullable): the page's own connection to read
 *   from (opened the first time), or %NULL: no read begins
 */
CherishDatabase *
cherish_page_read_start (gpointer         page,
                         CherishPageRead *read,
                         CherishDatabase *database,
                         const char      *what)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (page), NULL);
  g_return_val_if_fail (CHERISH_IS_DATABASE (database), NULL);

  if (read->loading)
    {
      read->read_again = TRUE;
      return NULL;
    }
  if (read->reader == NULL && (read->reader = cherish_database_open_reader (database, &error)) == NULL)
    {
      g_warning ("Could not read %s: %s", what, error->message);
      return NULL;
    }
  read->loading = TRUE;
  cherish_page_loading (page);
  return read->reader;
}

/**
 * cherish_page_read_done:
 *
 * The read cherish_page_read_start() began has ended, and @page shows
 * what it read.
 *
 * Returns: whether to read again (asked for meanwhile)
 */
gboolean
cherish_page_read_done (gpointer         page,
                        CherishPageRead *read)
{
  gboolean again = read->read_again;

  if (read->reader != NULL && !again)
    cherish_database_release_memory (read->reader);
  read->loading = FALSE;
  read->read_again = FALSE;
  cherish_page_loaded (page);
  return again;
}

void
cherish_page_read_clear (CherishPageRead *read)
{
  g_clear_object (&read->reader);
}
