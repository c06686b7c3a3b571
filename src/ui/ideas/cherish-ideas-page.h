/* cherish-ideas-page.h — the staff idea board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_IDEAS_PAGE (cherish_ideas_page_get_type ())

G_DECLARE_FINAL_TYPE (CherishIdeasPage, cherish_ideas_page, CHERISH, IDEAS_PAGE, AdwBin)

void        cherish_ideas_page_setup      (CherishIdeasPage *self,
                                           CherishDatabase  *database,
                                           CherishClock     *clock);
GtkWidget  *cherish_ideas_page_suggest    (CherishIdeasPage *self);
void        cherish_ideas_page_set_voter  (CherishIdeasPage *self,
                                           gint64            staff_id);
const char *cherish_idea_kind_label       (const char       *kind);

G_END_DECLS
