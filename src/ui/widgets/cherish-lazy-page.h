/* cherish-lazy-page.h — a part of the window built when first shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_LAZY_PAGE (cherish_lazy_page_get_type ())

G_DECLARE_FINAL_TYPE (CherishLazyPage, cherish_lazy_page, CHERISH, LAZY_PAGE, GtkWidget)

/* A page's cherish_…_setup(): it reads @database from then on. */
typedef void (*CherishPageSetup) (gpointer         page,
                                  CherishDatabase *database,
                                  CherishClock    *clock);

void       cherish_lazy_page_set_setup    (CherishLazyPage  *self,
                                           CherishPageSetup  setup);
void       cherish_lazy_page_set_database (CherishLazyPage  *self,
                                           CherishDatabase  *database,
                                           CherishClock     *clock);
GtkWidget *cherish_lazy_page_get_page     (CherishLazyPage  *self);
GtkWidget *cherish_lazy_page_peek_page    (CherishLazyPage  *self);

G_END_DECLS
