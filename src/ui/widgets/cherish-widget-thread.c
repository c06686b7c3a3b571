/* cherish-widget-thread.c — a widget's work in a thread, ended on the main thread
 *
 * A GTask run in a thread is let go by its worker after it returned
 * (GLib's g_task_thread_pool_thread() unrefs it last thing). When the
 * callback on the main thread has run and let go of it first, the worker
 * holds the task's last reference: the task's source object and its data
 * are freed there. A widget whose window was closed during the work would
 * then be finalized off the main thread, at the same time as the main
 * thread uses the toolkit (seen once as a g_object_ref() of a finalized
 * object while a screenshot suite opened its next window).
 *
 * Here the task has no source object: the call holds the widget, and lets
 * go of the task's data and of the widget on the main thread, after the
 * callback.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-widget-thread"

#include "config.h"

#include "cherish-widget-thread.h"

typedef struct
{
  GtkWidget         *widget;
  CherishThreadDone  done;
} Call;

static void
on_thread_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Call *call = user_data;

  call->done (call->widget, result);
  g_task_set_task_data (G_TASK (result), NULL, NULL);   /* frees it, here */
  g_object_unref (call->widget);
  g_free (call);
}

/**
 * cherish_widget_run_in_thread:
 * @widget: the widget the work is for: kept until @done has run
 * @source_tag: the task's source tag (the function starting it)
 * @func: the work, in a thread of GTask's pool
 * @data: (transfer full): the task's data, for @func and @done
 * @data_free: frees @data, on the main thread after @done
 * @done: called on the main thread when @func has returned
 *
 * g_task_run_in_thread() for a widget, which is never finalized off the
 * main thread (see above).
 */
void
cherish_widget_run_in_thread (gpointer           widget,
                              gpointer           source_tag,
                              GTaskThreadFunc    func,
                              gpointer           data,
                              GDestroyNotify     data_free,
                              CherishThreadDone  done)
{
  g_autoptr(GTask) task = NULL;
  Call *call;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  call = g_new (Call, 1);
  call->widget = g_object_ref (widget);
  call->done = done;
  task = g_task_new (NULL, NULL, on_thread_done, call);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, data_free);
  g_task_run_in_thread (task, func);
}
