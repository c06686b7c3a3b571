/* cherish-sample-data.h — a demo shop to try Cherish with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

gboolean cherish_sample_data_fill (CherishDatabase  *database,
                                   CherishClock     *clock,
                                   guint            *n_customers,
                                   GError          **error);

G_END_DECLS
