/* cherish-file-picker.c — choosing a file to open or to save to
 *
 * GtkFileDialog where GTK has it (4.10), GtkFileChooserNative before:
 * both go through the file chooser portal in Flatpak, so Cherish needs no
 * access to the manager's files beyond the one picked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-file-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-file-picker.h"

typedef struct
{
  CherishFilePicked picked;
  gpointer          user_data;
  GDestroyNotify    destroy;
} Pick;

static void
pick_done (Pick  *pick,
           GFile *file)
{
  if (file != NULL)
    pick->picked (file, pick->user_data);
  if (pick->destroy != NULL)
    pick->destroy (pick->user_data);
  g_free (pick);
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
on_open_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, NULL);

  pick_done (user_data, file);
}

static void
on_save_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);

  pick_done (user_data, file);
}

#else

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        Pick            *pick)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  pick_done (pick, file);
  g_object_unref (chooser);
}

#endif

/**
 * cherish_file_picker_run:
 * @save: whether a file is chosen to save to (else, to open)
 * @suggested_name: (nullable): the name offered when saving
 * @filter: (nullable): what files are shown first
 * @picked: called with the file, only if one was chosen
 * @destroy: (nullable): frees @user_data, chosen or not
 *
 * Asks for a file, through the portal in Flatpak.
 */
void
cherish_file_picker_run (GtkWindow         *parent,
                         gboolean           save,
                         const char        *title,
                         const char        *accept,
                         const char        *suggested_name,
                         GtkFileFilter     *filter,
                         CherishFilePicked  picked,
                         gpointer           user_data,
                         GDestroyNotify     destroy)
{
  Pick *pick = g_new0 (Pick, 1);

  pick->picked = picked;
  pick->user_data = user_data;
  pick->destroy = destroy;

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, title);
    gtk_file_dialog_set_accept_label (dialog, accept);
    gtk_file_dialog_set_modal (dialog, TRUE);
    if (filter != NULL)
      {
        g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

        g_list_store_append (filters, filter);
        gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
        gtk_file_dialog_set_default_filter (dialog, filter);
      }
    if (save)
      {
        gtk_file_dialog_set_initial_name (dialog, suggested_name);
        gtk_file_dialog_save (dialog, parent, NULL, on_save_done_cb, pick);
      }
    else
      gtk_file_dialog_open (dialog, parent, NULL, on_open_done_cb, pick);
  }
#else
  {
    GtkFileChooserNative *chooser =
      gtk_file_chooser_native_new (title, parent, save ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                   accept, _("_Cancel"));

    if (filter != NULL)
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    if (save && suggested_name != NULL)
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
    g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), pick);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  }
#endif
}
