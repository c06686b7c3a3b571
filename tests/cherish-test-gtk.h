/* cherish-test-gtk.h — waiting for windows and photographing them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void cherish_test_gtk_init         (int        *argc,
                                    char     ***argv);
void cherish_test_frames           (GtkWidget  *widget,
                                    guint       n_frames);
void cherish_test_wait_for_frames  (GtkWidget  *widget,
                                    guint       n_frames);
void cherish_test_save_png         (GtkWidget  *widget,
                                    const char *path);
GPtrArray *cherish_test_find_all  (gpointer    widget,
                                    GType       type);
GtkWidget *cherish_test_find      (gpointer    widget,
                                    GType       type,
                                    const char *tooltip);
gpointer   cherish_test_row_titled (gpointer    widget,
                                    GType       type,
                                    const char *title);
gpointer   cherish_test_row_starting (gpointer   widget,
                                    GType       type,
                                    const char *prefix);
GtkWidget *cherish_test_button    (gpointer    widget,
                                    const char *label);
gpointer        cherish_test_toplevel (GType       type);
gpointer cherish_test_child       (gpointer    widget,
                                    GType       type,
                                    const char *name);
void cherish_test_spin             (guint       milliseconds);
char *cherish_test_without_bidi_marks (const char *text);

void            cherish_test_present  (gpointer    widget,
                                       gpointer    parent);
void            cherish_test_close    (gpointer    widget);
GtkWindow      *cherish_test_window_with (GtkWidget *child,
                                          int        width,
                                          int        height);
void            cherish_test_resize   (GtkWindow  *window,
                                       int         width,
                                       int         height);

G_END_DECLS
