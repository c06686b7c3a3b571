/* customer-store-fixture.h — a shop with its customers, for the customer tests
 *
 * test-customer-store.c and test-customer-search.c share it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-customer-store.h"
#include "cherish-test-util.h"
#include "cherish-visit-store.h"

typedef struct
{
  CherishTestShop       shop;
  CherishCustomerStore *store;
  CherishVisitStore    *visits;
} Fixture;

void   fixture_set_up         (Fixture             *f,
                               gconstpointer        data);
void   fixture_tear_down      (Fixture             *f,
                               gconstpointer        data);
/* A customer of that name, phone and e-mail (either may be %NULL). */
gint64 fixture_add            (Fixture             *f,
                               const char          *name,
                               const char          *phone,
                               const char          *email);
/* How many customers @search finds. */
guint  fixture_count          (Fixture             *f,
                               const char          *search);
GStrv  fixture_names_in_order (Fixture             *f,
                               CherishCustomerSort  sort);
