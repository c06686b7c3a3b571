/* cherish-brief.h — what to talk about with a customer coming in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_BRIEF (cherish_brief_get_type ())

G_DECLARE_FINAL_TYPE (CherishBrief, cherish_brief, CHERISH, BRIEF, GtkBox)

void cherish_brief_setup         (CherishBrief    *self,
                                  CherishDatabase *database,
                                  CherishClock    *clock);
void cherish_brief_show_customer (CherishBrief    *self,
                                  gint64           customer_id);

G_END_DECLS
