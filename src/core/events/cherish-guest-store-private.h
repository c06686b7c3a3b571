/* cherish-guest-store-private.h — what the guest store's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-guest-store.h"

G_BEGIN_DECLS

gboolean cherish_guest_store_check_event_open (CherishGuestStore  *self,
                                               gint64              event_id,
                                               GError            **error);

G_END_DECLS
