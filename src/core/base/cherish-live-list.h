/* cherish-live-list.h — a list of stable positions whose contents change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CHERISH_TYPE_LIST_SLOT (cherish_list_slot_get_type ())

G_DECLARE_FINAL_TYPE (CherishListSlot, cherish_list_slot, CHERISH, LIST_SLOT, GObject)

gpointer cherish_list_slot_get_item     (CherishListSlot *self);
guint    cherish_list_slot_get_position (CherishListSlot *self);

#define CHERISH_TYPE_LIVE_LIST (cherish_live_list_get_type ())

G_DECLARE_FINAL_TYPE (CherishLiveList, cherish_live_list, CHERISH, LIVE_LIST, GObject)

CherishLiveList *cherish_live_list_new       (void);
void             cherish_live_list_set_model (CherishLiveList *self,
                                              GListModel      *model);
GListModel      *cherish_live_list_get_model (CherishLiveList *self);
void             cherish_live_list_set_shown (CherishLiveList *self,
                                              guint            first,
                                              guint            n);

G_END_DECLS
