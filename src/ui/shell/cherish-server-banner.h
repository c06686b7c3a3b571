/* cherish-server-banner.h — "the shop's server cannot be reached"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_SERVER_BANNER (cherish_server_banner_get_type ())

G_DECLARE_FINAL_TYPE (CherishServerBanner, cherish_server_banner, CHERISH, SERVER_BANNER, GtkWidget)

void     cherish_server_banner_set_database (CherishServerBanner *self,
                                             CherishDatabase     *database);
gboolean cherish_server_banner_get_shown    (CherishServerBanner *self);

G_END_DECLS
