/* cherish-labels.h — what the manager reads for each kind of thing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cherish-enums.h"
#include "cherish-occasion.h"

G_BEGIN_DECLS

const char *cherish_visit_kind_label      (CherishVisitKind      kind);
const char *cherish_invitation_status_label (CherishInvitationStatus status);
const char *cherish_life_event_kind_label (CherishLifeEventKind  kind);
char       *cherish_occasion_when         (const char           *what,
                                           int                   days);
char       *cherish_occasion_title        (CherishOccasion      *occasion);
char       *cherish_points_text           (gint64                points);
char       *cherish_occasion_when_from    (CherishOccasion      *occasion,
                                           const GDate          *today);

G_END_DECLS
