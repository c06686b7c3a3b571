/* cherish-ics.h — an event as an iCalendar file (RFC 5545)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-event.h"

G_BEGIN_DECLS

char *cherish_ics_from_event (CherishEvent *event,
                              GDateTime    *now);

G_END_DECLS
