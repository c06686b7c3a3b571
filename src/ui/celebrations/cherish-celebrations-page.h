/* cherish-celebrations-page.h — the moments coming up, week by week
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_CELEBRATIONS_PAGE (cherish_celebrations_page_get_type ())

G_DECLARE_FINAL_TYPE (CherishCelebrationsPage, cherish_celebrations_page, CHERISH,
                      CELEBRATIONS_PAGE, AdwBin)

void        cherish_celebrations_page_setup     (CherishCelebrationsPage *self,
                                                 CherishDatabase         *database,
                                                 CherishClock            *clock);
void        cherish_celebrations_page_reload    (CherishCelebrationsPage *self);
GListModel *cherish_celebrations_page_get_items (CherishCelebrationsPage *self);

G_END_DECLS
