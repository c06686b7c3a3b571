/* customer-store-fixture.c — a shop with its customers, for the customer tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "customer-store-fixture.h"

void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  cherish_test_shop_open (&f->shop, "2025-06-15T10:00:00+03:30", "customers.db");
  f->store = cherish_customer_store_new (f->shop.db, f->shop.clock);
  f->visits = cherish_visit_store_new (f->shop.db, f->shop.clock);
}

void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->visits);
  g_clear_object (&f->store);
  cherish_test_shop_close (&f->shop);
}

gint64
fixture_add (Fixture    *f,
             const char *name,
             const char *phone,
             const char *email)
{
  return cherish_test_add_customer (f->store, name, "phone", phone, "email", email, NULL);
}

guint
fixture_count (Fixture    *f,
               const char *search)
{
  CherishCustomerQuery query = { search, CHERISH_CUSTOMER_SORT_NAME, 0 };
  g_autoptr(GError) error = NULL;
  guint n = cherish_customer_store_count (f->store, &query, &error);

  g_assert_no_error (error);
  return n;
}

/* The names of the first 100 customers, in the order of @sort. */
GStrv
fixture_names_in_order (Fixture             *f,
                        CherishCustomerSort  sort)
{
  CherishCustomerQuery query = { NULL, sort, 0 };
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GError) error = NULL;

  found = cherish_customer_store_find (f->store, &query, 0, 100, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < found->len; i++)
    g_strv_builder_add (builder, cherish_customer_get_display_name (found->pdata[i]));
  return g_strv_builder_end (builder);
}
