/* cherish-guest-list-print.h — an event's guest list on paper (or PDF)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cherish-event.h"

G_BEGIN_DECLS

#define CHERISH_GUESTS_PER_PAGE 30

GtkPrintOperation *cherish_guest_list_print_new (CherishEvent *event,
                                                 const char   *when,
                                                 GPtrArray    *guests);

G_END_DECLS
