/* cherish-idea-store.h — the staff idea board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-idea.h"
#include "cherish-store.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_IDEA_STORE (cherish_idea_store_get_type ())

G_DECLARE_FINAL_TYPE (CherishIdeaStore, cherish_idea_store, CHERISH, IDEA_STORE, CherishStore)

CherishIdeaStore *cherish_idea_store_new               (CherishDatabase    *database,
                                                        CherishClock       *clock);
gint64            cherish_idea_store_suggest           (CherishIdeaStore   *self,
                                                        const char         *title,
                                                        const char         *description,
                                                        gint64              cost_minor,
                                                        const char         *currency,
                                                        const char * const *kinds,
                                                        gint64              staff_id,
                                                        GError            **error);
gboolean          cherish_idea_store_vote              (CherishIdeaStore   *self,
                                                        gint64              idea_id,
                                                        gint64              staff_id,
                                                        GError            **error);
gboolean          cherish_idea_store_decide            (CherishIdeaStore   *self,
                                                        gint64              idea_id,
                                                        gboolean            approve,
                                                        const char         *comment,
                                                        GError            **error);
GPtrArray        *cherish_idea_store_list              (CherishIdeaStore   *self,
                                                        const char         *status,
                                                        GError            **error);
GPtrArray        *cherish_idea_store_list_for_occasion (CherishIdeaStore   *self,
                                                        const char         *kind,
                                                        GError            **error);
CherishIdea      *cherish_idea_store_get               (CherishIdeaStore   *self,
                                                        gint64              idea_id,
                                                        GError            **error);

G_END_DECLS
