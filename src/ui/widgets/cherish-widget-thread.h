/* cherish-widget-thread.h — a widget's work in a thread, ended on the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Called on the main thread with the widget and the task's result; the
 * task's data (g_task_get_task_data()) is still there. */
typedef void (*CherishThreadDone) (gpointer      widget,
                                   GAsyncResult *result);

void cherish_widget_run_in_thread (gpointer           widget,
                                   gpointer           source_tag,
                                   GTaskThreadFunc    func,
                                   gpointer           data,
                                   GDestroyNotify     data_free,
                                   CherishThreadDone  done);

G_END_DECLS
