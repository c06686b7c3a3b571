/* cherish-bench-targets.h — the targets, against floors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

double cherish_bench_percentile    (GArray             *ms,
                                    double              q);
void   cherish_bench_add_target    (const char         *what,
                                    double              ms,
                                    double              target_ms,
                                    double              target_ratio);
void   cherish_bench_add_target_against (const char    *what,
                                         double         ms,
                                         const char    *floor_what,
                                         double         floor_ms,
                                         double         target_ratio);
double cherish_bench_time_sqlite3  (const char * const *args,
                                    void              (*setup) (gpointer),
                                    gpointer            user_data,
                                    guint               runs);
void   cherish_bench_print_targets (const char         *cli_what,
                                    double              cli_ms,
                                    double              import_floor_ms);

G_END_DECLS
