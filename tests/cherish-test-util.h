/* cherish-test-util.h — what every test needs: a temp dir, a database, a clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-clock.h"
#include "cherish-customer-store.h"
#include "cherish-database.h"

G_BEGIN_DECLS

/* What a store test starts from: a private folder, a fixed clock and a
 * new database in the folder. */
typedef struct
{
  char            *dir;
  CherishClock    *clock;
  CherishDatabase *db;
} CherishTestShop;

void             cherish_test_shop_open     (CherishTestShop *shop,
                                             const char      *now,
                                             const char      *db_name);
void             cherish_test_shop_close    (CherishTestShop *shop);

gint64           cherish_test_add_customer  (CherishCustomerStore *store,
                                             const char           *name,
                                             const char           *first_property_name,
                                             ...);

gint64           cherish_test_add_staff     (CherishDatabase      *db,
                                             const char           *name);
char            *cherish_test_make_dir      (void);
void             cherish_test_remove_dir    (const char *dir);
CherishClock    *cherish_test_clock_at      (const char *iso8601);
CherishDatabase *cherish_test_open_database (const char *dir,
                                             const char *name);
char            *cherish_test_filled_database (const char *dir,
                                               guint       n_customers);
char            *cherish_test_file_checksum (const char *path);
void             cherish_test_report_ms     (const char *what,
                                             GArray     *ms);
void             cherish_test_speak_language (void);

G_END_DECLS
