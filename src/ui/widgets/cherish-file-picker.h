/* cherish-file-picker.h — choosing a file to open or to save to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*CherishFilePicked) (GFile    *file,
                                   gpointer  user_data);

void cherish_file_picker_run (GtkWindow         *parent,
                              gboolean           save,
                              const char        *title,
                              const char        *accept,
                              const char        *suggested_name,
                              GtkFileFilter     *filter,
                              CherishFilePicked  picked,
                              gpointer           user_data,
                              GDestroyNotify     destroy);

G_END_DECLS
