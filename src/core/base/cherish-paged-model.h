/* cherish-paged-model.h — a GListModel that reads its items a page at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CHERISH_TYPE_PAGED_MODEL (cherish_paged_model_get_type ())

G_DECLARE_FINAL_TYPE (CherishPagedModel, cherish_paged_model, CHERISH, PAGED_MODEL, GObject)

/**
 * CherishPagedSource:
 * @count: how many items there are, or @at_most if at least that many (a
 *   source may count to the end anyway when that costs no more)
 * @fetch: items @offset … @offset + @limit - 1, in order
 *
 * Where a #CherishPagedModel gets its items; a store provides one.
 */
typedef struct
{
  guint      (*count) (gpointer   source,
                       guint      at_most,
                       GError   **error);
  GPtrArray *(*fetch) (gpointer   source,
                       guint      offset,
                       guint      limit,
                       GError   **error);
} CherishPagedSource;

CherishPagedModel *cherish_paged_model_new         (GType                     item_type,
                                                    const CherishPagedSource *funcs,
                                                    gpointer                  source,
                                                    GDestroyNotify            source_destroy);
void               cherish_paged_model_reload      (CherishPagedModel        *self);
guint              cherish_paged_model_get_fetches (CherishPagedModel        *self);

G_END_DECLS
