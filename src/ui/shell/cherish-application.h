/* cherish-application.h — the application: options, database, windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CHERISH_TYPE_APPLICATION (cherish_application_get_type ())

G_DECLARE_FINAL_TYPE (CherishApplication, cherish_application, CHERISH, APPLICATION,
                      AdwApplication)

CherishApplication *cherish_application_new (void);
void                cherish_application_share_one_heap (void);

G_END_DECLS
