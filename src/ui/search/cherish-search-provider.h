/* cherish-search-provider.h — customers found from the GNOME overview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

/* The shop's database, opened when first needed; %NULL if it cannot be. */
typedef CherishDatabase *(*CherishDatabaseGetter) (gpointer user_data);

#define CHERISH_TYPE_SEARCH_PROVIDER (cherish_search_provider_get_type ())

G_DECLARE_FINAL_TYPE (CherishSearchProvider, cherish_search_provider, CHERISH, SEARCH_PROVIDER, GObject)

CherishSearchProvider *cherish_search_provider_new        (GApplication           *application,
                                                           CherishDatabaseGetter   get_database,
                                                           gpointer                user_data,
                                                           CherishClock           *clock);
gboolean               cherish_search_provider_export     (CherishSearchProvider  *self,
                                                           GDBusConnection        *connection,
                                                           const char             *object_path,
                                                           GError                **error);
void                   cherish_search_provider_unexport   (CherishSearchProvider  *self);
GStrv                  cherish_search_provider_find       (CherishSearchProvider  *self,
                                                           const char * const     *terms);
GVariant              *cherish_search_provider_get_metas  (CherishSearchProvider  *self,
                                                           const char * const     *ids);

G_END_DECLS
