/* cherish-list-dialog.h — a whole list, however long, rows recycled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/**
 * CherishDescribeItem:
 * @title: (out) (transfer full): the first line
 * @subtitle: (out) (transfer full) (nullable): the second line
 * @customer_id: (out): the customer the row opens, or 0
 */
typedef void (*CherishDescribeItem) (gpointer   item,
                                     gpointer   user_data,
                                     char     **title,
                                     char     **subtitle,
                                     gint64    *customer_id);

typedef void (*CherishItemAction)   (gpointer   item,
                                     gpointer   user_data);

/**
 * CherishListAction:
 * @icon_name: the button's icon
 * @tooltip: what it does, also its accessible name
 * @action: called with the row's item and the dialog's user data
 *
 * A button at the start of every row.
 */
typedef struct
{
  const char        *icon_name;
  const char        *tooltip;
  CherishItemAction  action;
} CherishListAction;

#define CHERISH_TYPE_LIST_DIALOG (cherish_list_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CherishListDialog, cherish_list_dialog, CHERISH, LIST_DIALOG, AdwWindow)

CherishListDialog *cherish_list_dialog_new        (GtkWindow           *parent,
                                                   const char          *title,
                                                   GListModel          *items,
                                                   CherishDescribeItem  describe,
                                                   gpointer             user_data,
                                                   const CherishListAction *actions,
                                                   guint                n_actions);
guint              cherish_list_dialog_count_rows (CherishListDialog   *self);
void               cherish_list_dialog_set_loading (CherishListDialog  *self,
                                                    gboolean            loading);
gboolean           cherish_list_dialog_get_loading (CherishListDialog  *self);

G_END_DECLS
