/* cherish-bench-import.h — importing 100,000 rows and exporting them all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-customer-store.h"
#include "cherish-visit-store.h"

G_BEGIN_DECLS

double cherish_bench_import_export (CherishCustomerStore *customers,
                                    CherishVisitStore    *visits,
                                    const char           *keep_dir);

G_END_DECLS
