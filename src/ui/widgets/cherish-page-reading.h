/* cherish-page-reading.h — pages that read their data when shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cherish-database.h"

G_BEGIN_DECLS

typedef void (*CherishReload) (gpointer page);

void       cherish_page_follow        (GtkWidget     *page,
                                       CherishReload  reload);
void       cherish_page_changed       (gpointer       page);
void       cherish_page_loading       (gpointer     page);
void       cherish_page_loaded        (gpointer     page);
guint      cherish_pages_loading      (void);

/* A page reading its data in a thread, from a connection of its own, one
 * read at a time (Today, Celebrations, Insights). */
typedef struct
{
  CherishDatabase *reader;       /* opened at the first read */
  gboolean         loading;      /* a read is under way in its thread */
  gboolean         read_again;   /* asked for while it was */
} CherishPageRead;

CherishDatabase *cherish_page_read_start (gpointer         page,
                                          CherishPageRead *read,
                                          CherishDatabase *database,
                                          const char      *what);
gboolean         cherish_page_read_done  (gpointer         page,
                                          CherishPageRead *read);
void             cherish_page_read_clear (CherishPageRead *read);

void       cherish_widget_after_first_frame (GtkWidget      *widget,
                                             GSourceFunc     func,
                                             gpointer        data,
                                             GDestroyNotify  destroy);

G_END_DECLS
