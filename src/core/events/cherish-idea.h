/* cherish-idea.h — a staff member's idea for showing appreciation (plain value, no SQL)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CHERISH_TYPE_IDEA (cherish_idea_get_type ())

G_DECLARE_FINAL_TYPE (CherishIdea, cherish_idea, CHERISH, IDEA, GObject)

CherishIdea *cherish_idea_copy            (CherishIdea *self);
gint64       cherish_idea_get_id          (CherishIdea *self);
const char  *cherish_idea_get_title       (CherishIdea *self);
const char  *cherish_idea_get_description (CherishIdea *self);
gint64       cherish_idea_get_cost_minor  (CherishIdea *self);
const char  *cherish_idea_get_currency    (CherishIdea *self);
const char  *cherish_idea_get_kinds       (CherishIdea *self);
gint64       cherish_idea_get_staff_id    (CherishIdea *self);
const char  *cherish_idea_get_staff_name  (CherishIdea *self);
const char  *cherish_idea_get_status      (CherishIdea *self);
const char  *cherish_idea_get_comment     (CherishIdea *self);
gint64       cherish_idea_get_votes       (CherishIdea *self);
gint64       cherish_idea_get_used        (CherishIdea *self);

G_END_DECLS
