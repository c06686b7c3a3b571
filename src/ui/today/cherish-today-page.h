/* cherish-today-page.h — the home page: what to do today
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_TODAY_PAGE (cherish_today_page_get_type ())

G_DECLARE_FINAL_TYPE (CherishTodayPage, cherish_today_page, CHERISH, TODAY_PAGE, AdwBin)

void cherish_today_page_setup  (CherishTodayPage *self,
                                CherishDatabase  *database,
                                CherishClock     *clock);
void cherish_today_page_reload (CherishTodayPage *self);

G_END_DECLS
