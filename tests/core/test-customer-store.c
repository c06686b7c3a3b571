/* test-customer-store.c — customers: round trips, validation, sort, filters
 *
 * Searching them: test-customer-search.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cherish-error.h"
#include "cherish-life-event-store.h"
#include "cherish-message.h"
#include "customer-store-fixture.h"

static void
add_visit (Fixture          *f,
           gint64            customer_id,
           CherishVisitKind  kind,
           const char       *at)
{
  g_autoptr(CherishVisit) visit = cherish_visit_new (customer_id, kind, at);
  g_autoptr(GError) error = NULL;

  g_assert_true (cherish_visit_store_insert (f->visits, visit, &error));
  g_assert_no_error (error);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CherishCustomer) customer = cherish_customer_new ("  Sara Ahmadi  ");
  g_autoptr(CherishCustomer) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (customer,
                "phone", "+98 912 345 6789",
                "email", "sara@example.com",
                "customer-since", "2005-03-01",
                "birthday", "--02-29",
                "likes", "Green tea, Jazz\n  Lavender  \n",
                "dislikes", "Loud music",
                "notes", "Retires in spring.\nLikes a window seat.",
                "is-prospect", FALSE,
                "photo-consent", TRUE,
                NULL);
  g_assert_true (cherish_customer_store_insert (f->store, customer, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cherish_customer_get_id (customer), >, 0);
  /* The fixed clock, in UTC. */
  g_assert_cmpstr (cherish_customer_get_created_at (customer), ==, "2025-06-15T06:30:00Z");

  loaded = cherish_customer_store_get (f->store, cherish_customer_get_id (customer), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cherish_customer_get_display_name (loaded), ==, "Sara Ahmadi");
  g_assert_cmpstr (cherish_customer_get_phone (loaded), ==, "+98 912 345 6789");
  g_assert_cmpstr (cherish_customer_get_email (loaded), ==, "sara@example.com");
  g_assert_cmpstr (cherish_customer_get_customer_since (loaded), ==, "2005-03-01");
  g_assert_cmpstr (cherish_customer_get_birthday (loaded), ==, "--02-29");
  g_assert_cmpstr (cherish_customer_get_likes (loaded), ==, "Green tea\nJazz\nLavender");
  g_assert_cmpstr (cherish_customer_get_dislikes (loaded), ==, "Loud music");
  g_assert_cmpstr (cherish_customer_get_notes (loaded), ==,
                   "Retires in spring.\nLikes a window seat.");
  g_assert_false (cherish_customer_get_is_prospect (loaded));
  g_assert_true (cherish_customer_get_photo_consent (loaded));
  g_assert_null (cherish_customer_get_deleted_at (loaded));
  g_assert_cmpuint (cherish_customer_get_visit_count (loaded), ==, 0);

  /* Update */
  cherish_clock_advance (f->shop.clock, G_TIME_SPAN_DAY);
  g_object_set (loaded, "display-name", "Sara Ahmadi-Karimi", "phone", NULL, NULL);
  g_assert_true (cherish_customer_store_update (f->store, loaded, &error));
  g_assert_no_error (error);
  g_clear_object (&customer);
  customer = cherish_customer_store_get (f->store, cherish_customer_get_id (loaded), &error);
  g_assert_cmpstr (cherish_customer_get_display_name (customer), ==, "Sara Ahmadi-Karimi");
  g_assert_null (cherish_customer_get_phone (customer));
  g_assert_cmpstr (cherish_customer_get_updated_at (customer), ==, "2025-06-16T06:30:00Z");
  g_assert_cmpstr (cherish_customer_get_created_at (customer), ==, "2025-06-15T06:30:00Z");
  g_assert_cmpuint (fixture_count (f, "karimi"), ==, 1);
  g_assert_cmpuint (fixture_count (f, "0912"), ==, 0);

  /* Copies are equal and independent. */
  {
    g_autoptr(CherishCustomer) copy = cherish_customer_copy (customer);

    g_assert_cmpstr (cherish_customer_get_display_name (copy), ==, "Sara Ahmadi-Karimi");
    g_assert_cmpint (cherish_customer_get_id (copy), ==, cherish_customer_get_id (customer));
    g_object_set (copy, "display-name", "Other", NULL);
    g_assert_cmpstr (cherish_customer_get_display_name (customer), ==, "Sara Ahmadi-Karimi");
  }
}

static const struct
{
  const char *property;
  const char *value;
  const char *field;
  const char *message_part;
} invalid_cases[] = {
  { "display-name", "", "display-name", "Name" },
  { "display-name", "   \t ", "display-name", "Name" },
  { "email", "sara", "email", "E-mail" },
  { "email", "sara@", "email", "E-mail" },
  { "email", "@example.com", "email", "E-mail" },
  { "email", "sara@example", "email", "E-mail" },
  { "email", "sara @example.com", "email", "E-mail" },
  { "email", "sara@@example.com", "email", "E-mail" },
  { "email", "sara@example.", "email", "E-mail" },
  { "phone", "call me", "phone", "Phone" },
  { "phone", "12", "phone", "Phone" },
  { "customer-since", "2025-02-30", "customer-since", "February 2025 has 28 days" },
  { "customer-since", "2025-13-01", "customer-since", "no month 13" },
  { "customer-since", "1.3.2024", "customer-since", "year-month-day" },
  { "customer-since", "2025-06-16", "customer-since", "in the future" },
  { "customer-since", "1200-01-01", "customer-since", "between 1900" },
  { "birthday", "2023-02-29", "birthday", "February 2023 has 28 days" },
  { "birthday", "--02-30", "birthday", "February has 29 days" },
  { "birthday", "--13-01", "birthday", "no month 13" },
  { "birthday", "02-14", "birthday", "Birthday" },
  { "birthday", "2030-01-01", "birthday", "in the future" },
};

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_autoptr(CherishCustomer) customer = cherish_customer_new ("Valid Name");
      g_autoptr(GError) error = NULL;

      g_object_set (customer, invalid_cases[i].property, invalid_cases[i].value, NULL);
      g_assert_false (cherish_customer_store_insert (f->store, customer, &error));
      g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
      g_assert_cmpstr (cherish_error_get_field (error), ==, invalid_cases[i].field);
      if (strstr (error->message, invalid_cases[i].message_part) == NULL)
        g_error ("case %u (%s = “%s”): message “%s” lacks “%s”", i, invalid_cases[i].property,
                 invalid_cases[i].value, error->message, invalid_cases[i].message_part);
      g_assert_cmpint (cherish_customer_get_id (customer), ==, 0);
    }

  /* Nothing was saved. */
  g_assert_cmpuint (fixture_count (f, NULL), ==, 0);

  /* Valid edge cases. */
  {
    static const char *birthdays[] = { "--02-29", "2024-02-29", "1900-01-01", "2025-06-15" };

    for (guint i = 0; i < G_N_ELEMENTS (birthdays); i++)
      {
        g_autoptr(CherishCustomer) customer = cherish_customer_new ("Edge");
        g_autoptr(GError) error = NULL;

        g_object_set (customer, "birthday", birthdays[i], "customer-since", "2025-06-15",
                      "phone", "(021) 8888-1234", "email", "a.b+c@mail.example.ir", NULL);
        g_assert_true (cherish_customer_store_insert (f->store, customer, &error));
        g_assert_no_error (error);
      }
  }

  /* Persian digits are read as digits. */
  {
    g_autoptr(CherishCustomer) customer = cherish_customer_new ("نگار");
    g_autoptr(GError) error = NULL;

    g_object_set (customer, "customer-since", "۲۰۲۴-۰۳-۲۰", "phone", "۰۹۱۲ ۱۲۳ ۴۵۶۷", NULL);
    g_assert_true (cherish_customer_store_insert (f->store, customer, &error));
    g_assert_no_error (error);
  }

  /* An update that fails leaves the stored customer as it was. */
  {
    gint64 id = fixture_add (f, "Before", NULL, NULL);
    g_autoptr(CherishCustomer) customer = cherish_customer_store_get (f->store, id, NULL);
    g_autoptr(CherishCustomer) again = NULL;
    g_autoptr(GError) error = NULL;

    g_object_set (customer, "display-name", "After", "email", "not-an-email", NULL);
    g_assert_false (cherish_customer_store_update (f->store, customer, &error));
    g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
    again = cherish_customer_store_get (f->store, id, NULL);
    g_assert_cmpstr (cherish_customer_get_display_name (again), ==, "Before");
  }
}

static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  gint64 anna = fixture_add (f, "anna", NULL, NULL);
  gint64 bob = fixture_add (f, "Bob", NULL, NULL);
  gint64 cleo = fixture_add (f, "Cléo", NULL, NULL);
  g_auto(GStrv) by_name = NULL;
  g_auto(GStrv) by_last = NULL;
  g_auto(GStrv) by_count = NULL;

  add_visit (f, bob, CHERISH_VISIT_KIND_VISIT, "2025-06-01T10:00:00Z");
  add_visit (f, bob, CHERISH_VISIT_KIND_PURCHASE, "2025-06-02T10:00:00Z");
  add_visit (f, bob, CHERISH_VISIT_KIND_VISIT, "2025-05-01T10:00:00Z");
  add_visit (f, cleo, CHERISH_VISIT_KIND_VISIT, "2025-06-10T10:00:00+03:30");
  /* A phone call is a contact, not a visit. */
  add_visit (f, anna, CHERISH_VISIT_KIND_PHONE, "2025-06-14T10:00:00Z");

  by_name = fixture_names_in_order (f, CHERISH_CUSTOMER_SORT_NAME);
  by_last = fixture_names_in_order (f, CHERISH_CUSTOMER_SORT_LAST_VISIT);
  by_count = fixture_names_in_order (f, CHERISH_CUSTOMER_SORT_VISIT_COUNT);

  g_assert_cmpstrv (by_name, ((const char *[]) { "anna", "Bob", "Cléo", NULL }));
  g_assert_cmpstrv (by_last, ((const char *[]) { "Cléo", "Bob", "anna", NULL }));
  g_assert_cmpstrv (by_count, ((const char *[]) { "Bob", "Cléo", "anna", NULL }));

  {
    g_autoptr(CherishCustomer) b = cherish_customer_store_get (f->store, bob, NULL);
    g_autoptr(CherishCustomer) c = cherish_customer_store_get (f->store, cleo, NULL);

    g_assert_cmpuint (cherish_customer_get_visit_count (b), ==, 3);
    g_assert_cmpstr (cherish_customer_get_last_visit_at (b), ==, "2025-06-02T10:00:00Z");
    /* Stored in UTC. */
    g_assert_cmpstr (cherish_customer_get_last_visit_at (c), ==, "2025-06-10T06:30:00Z");
  }
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CherishCustomer) prospect = cherish_customer_new ("Maybe Later");
  CherishCustomerQuery prospects = { NULL, 0, CHERISH_CUSTOMER_FILTER_PROSPECTS };
  CherishCustomerQuery customers = { NULL, 0, CHERISH_CUSTOMER_FILTER_CUSTOMERS };
  CherishCustomerQuery prospects_named = { "maybe", 0, CHERISH_CUSTOMER_FILTER_PROSPECTS };

  fixture_add (f, "Regular One", NULL, NULL);
  fixture_add (f, "Regular Two", NULL, NULL);
  g_object_set (prospect, "is-prospect", TRUE, NULL);
  g_assert_true (cherish_customer_store_insert (f->store, prospect, NULL));

  g_assert_cmpuint (cherish_customer_store_count (f->store, &prospects, NULL), ==, 1);
  g_assert_cmpuint (cherish_customer_store_count (f->store, &customers, NULL), ==, 2);
  g_assert_cmpuint (cherish_customer_store_count (f->store, &prospects_named, NULL), ==, 1);
}

/* Each count the lists show, against the figures the test knows: the
 * shop's customers, the prospects, and everyone the unfiltered list
 * shows (each of which a server keeps as rows come and go: server steps
 * 9 and 10; a file counts them from its small indexes). */
static void
assert_shop_size (Fixture *f,
                  guint    customers,
                  guint    prospects)
{
  CherishCustomerQuery everyone = { NULL, 0, CHERISH_CUSTOMER_FILTER_NONE };
  CherishCustomerQuery only_customers = { NULL, 0, CHERISH_CUSTOMER_FILTER_CUSTOMERS };
  CherishCustomerQuery only_prospects = { NULL, 0, CHERISH_CUSTOMER_FILTER_PROSPECTS };

  g_assert_cmpuint (cherish_customer_store_count (f->store, &only_customers, NULL), ==, customers);
  g_assert_cmpuint (cherish_customer_store_count (f->store, &only_prospects, NULL), ==, prospects);
  g_assert_cmpuint (cherish_customer_store_count (f->store, &everyone, NULL), ==, customers + prospects);
}

/* @id deleted, back with Undo, then erased for good, each counted from
 * @customers and @prospects: one fewer of either, as @is_customer says. */
static void
delete_undo_erase (Fixture  *f,
                   gint64    id,
                   guint     customers,
                   guint     prospects,
                   gboolean  is_customer)
{
  guint fewer_customers = is_customer ? customers - 1 : customers;
  guint fewer_prospects = is_customer ? prospects : prospects - 1;

  g_assert_true (cherish_customer_store_delete (f->store, id, NULL));
  assert_shop_size (f, fewer_customers, fewer_prospects);
  g_assert_true (cherish_customer_store_undelete (f->store, id, NULL));
  assert_shop_size (f, customers, prospects);
  g_assert_true (cherish_customer_store_erase (f->store, id, NULL));
  assert_shop_size (f, fewer_customers, fewer_prospects);
}

/* The count of the shop's customers (which a server keeps as rows come
 * and go: server step 9) follows every way a customer comes and goes. */
static void
count_change (guint *changed)
{
  (*changed)++;
}

static int
cmp_id (gconstpointer a,
        gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* Many at once, as an import writes them (on a server, many rows to a
 * statement, the last in smaller ones): each gets its own id, its own
 * row and its own search words, and a bad one among them writes none. */
static void
test_insert_many (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  g_signal_connect_swapped (cherish_store_get_database (CHERISH_STORE (f->store)), "changed::customers",
                            G_CALLBACK (count_change), &changed);
  for (guint i = 0; i < 301; i++)   /* 128 + 128 + 32 + 8 + 4 + 1 */
    {
      g_autofree char *name = g_strdup_printf ("Batch%03u Person", i);
      g_autofree char *phone = g_strdup_printf ("0912 555 %04u", i);

      g_ptr_array_add (many, cherish_customer_new_with ("display-name", name, "phone", phone,
                                                        "birthday", i % 3 == 0 ? "1990-04-05" : NULL, NULL));
    }
  g_assert_true (cherish_customer_store_insert_many (f->store, many, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, >, 0);
  for (guint i = 0; i < many->len; i++)
    {
      gint64 id = cherish_customer_get_id (many->pdata[i]);
      g_autofree char *word = g_strdup_printf ("batch%03u", i);
      g_autofree char *digits = g_strdup_printf ("0912555%04u", i);
      CherishCustomerQuery by_word = { word, CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_FILTER_NONE };
      CherishCustomerQuery by_phone = { digits, CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_FILTER_NONE };
      g_autoptr(CherishCustomer) back = cherish_customer_store_get (f->store, id, &error);
      g_autoptr(GPtrArray) found = NULL;

      g_assert_no_error (error);
      g_array_append_val (ids, id);
      g_assert_cmpstr (cherish_customer_get_display_name (back), ==,
                       cherish_customer_get_display_name (many->pdata[i]));
      g_assert_cmpstr (cherish_customer_get_phone (back), ==, cherish_customer_get_phone (many->pdata[i]));
      g_assert_cmpstr (cherish_customer_get_birthday (back), ==, cherish_customer_get_birthday (many->pdata[i]));
      g_assert_nonnull (cherish_customer_get_created_at (back));
      if (i % 7 != 0 && i < 296)
        continue;
      found = cherish_customer_store_find (f->store, &by_word, 0, 10, NULL);
      g_assert_cmpuint (found->len, ==, 1);
      g_assert_cmpint (cherish_customer_get_id (found->pdata[0]), ==, id);
      g_clear_pointer (&found, g_ptr_array_unref);
      found = cherish_customer_store_find (f->store, &by_phone, 0, 10, NULL);
      g_assert_cmpuint (found->len, ==, 1);
      g_assert_cmpint (cherish_customer_get_id (found->pdata[0]), ==, id);
    }
  g_array_sort (ids, cmp_id);
  for (guint i = 1; i < ids->len; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i - 1), <, g_array_index (ids, gint64, i));
  assert_shop_size (f, 301, 0);

  /* One bad among them: none written, none given an id. */
  g_ptr_array_set_size (many, 0);
  for (guint i = 0; i < 200; i++)
    g_ptr_array_add (many, cherish_customer_new_with ("display-name", i == 150 ? " " : "Second Batch", NULL));
  g_assert_false (cherish_customer_store_insert_many (f->store, many, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
  for (guint i = 0; i < many->len; i++)
    g_assert_cmpint (cherish_customer_get_id (many->pdata[i]), ==, 0);
  assert_shop_size (f, 301, 0);
}

static void
test_shop_size (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CherishCustomer) prospect = cherish_customer_new ("Maybe Later");
  g_autoptr(CherishMerge) merge = NULL;
  gint64 one, two, three, maybe;

  assert_shop_size (f, 0, 0);
  one = fixture_add (f, "Regular One", NULL, NULL);
  two = fixture_add (f, "Regular Two", NULL, NULL);
  three = fixture_add (f, "Regular Three", NULL, NULL);
  assert_shop_size (f, 3, 0);

  /* An import: many in one statement, a prospect among them. */
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf ("Imported %u", i);
      CherishCustomer *customer = cherish_customer_new (name);

      if (i % 10 == 0)
        g_object_set (customer, "is-prospect", TRUE, NULL);
      g_ptr_array_add (many, customer);
    }
  g_assert_true (cherish_customer_store_insert_many (f->store, many, NULL));
  assert_shop_size (f, 39, 4);

  /* A prospect, then the same become a customer. */
  g_object_set (prospect, "is-prospect", TRUE, NULL);
  g_assert_true (cherish_customer_store_insert (f->store, prospect, NULL));
  assert_shop_size (f, 39, 5);
  g_object_set (prospect, "is-prospect", FALSE, NULL);
  g_assert_true (cherish_customer_store_update (f->store, prospect, NULL));
  assert_shop_size (f, 40, 4);
  /* Saving a customer again, unchanged or renamed, counts nothing. */
  g_object_set (prospect, "display-name", "Now Regular", NULL);
  g_assert_true (cherish_customer_store_update (f->store, prospect, NULL));
  assert_shop_size (f, 40, 4);

  /* Deleted, back with Undo, erased; another deleted and purged. */
  delete_undo_erase (f, two, 40, 4, TRUE);
  g_assert_true (cherish_customer_store_delete (f->store, one, NULL));
  g_assert_cmpint (cherish_customer_store_purge_deleted (f->store, NULL), >=, 0);
  assert_shop_size (f, 38, 4);

  /* Two made one, and apart again. */
  merge = cherish_customer_store_merge (f->store, three, cherish_customer_get_id (prospect), NULL);
  g_assert_nonnull (merge);
  assert_shop_size (f, 37, 4);
  g_assert_true (cherish_customer_store_unmerge (f->store, merge, NULL));
  assert_shop_size (f, 38, 4);

  /* A prospect the same: the shop's customers stay as they are. */
  maybe = cherish_customer_get_id (many->pdata[0]);
  g_assert_cmpint (maybe, >, 0);
  delete_undo_erase (f, maybe, 38, 4, FALSE);
}

static gint64
add_with (Fixture    *f,
          const char *name,
          const char *birthday)
{
  return cherish_test_add_customer (f->store, name, "birthday", birthday, NULL);
}

static void
add_life_event (Fixture    *f,
                gint64      customer_id,
                const char *date,
                gboolean    yearly)
{
  g_autoptr(CherishLifeEventStore) events = cherish_life_event_store_new (f->shop.db, f->shop.clock);
  g_autoptr(CherishLifeEvent) event = cherish_life_event_new (customer_id,
                                                              CHERISH_LIFE_EVENT_KIND_WEDDING,
                                                              date);

  g_object_set (event, "yearly", yearly, NULL);
  g_assert_true (cherish_life_event_store_insert (events, event, NULL));
}

static GStrv
names_found (Fixture               *f,
             CherishCustomerFilter  filter)
{
  CherishCustomerQuery query = { NULL, CHERISH_CUSTOMER_SORT_NAME, filter };
  g_autoptr(GPtrArray) found = cherish_customer_store_find (f->store, &query, 0, 100, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_assert_cmpuint (cherish_customer_store_count (f->store, &query, NULL), ==, found->len);
  for (guint i = 0; i < found->len; i++)
    g_strv_builder_add (builder, cherish_customer_get_display_name (found->pdata[i]));
  return g_strv_builder_end (builder);
}

static void
test_filter_not_seen_and_coming_up (Fixture       *f,
                                    gconstpointer  data)
{
  g_auto(GStrv) not_seen = NULL;
  g_auto(GStrv) not_seen_now = NULL;
  g_auto(GStrv) coming_up = NULL;
  gint64 away, recent, yearly, once, once_last_year, prospect;

  /* The clock says 2025-06-15. */
  away = add_with (f, "A away", "1990-07-01");
  recent = add_with (f, "B recent", NULL);
  add_with (f, "C new, no visit yet", NULL);
  add_with (f, "D birthday", "--06-30");
  yearly = add_with (f, "E anniversary", NULL);
  once = add_with (f, "F wedding", NULL);
  once_last_year = add_with (f, "G wedding last year", NULL);
  prospect = add_with (f, "H prospect", NULL);
  {
    g_autoptr(CherishCustomer) p = cherish_customer_store_get (f->store, prospect, NULL);

    g_object_set (p, "is-prospect", TRUE, NULL);
    g_assert_true (cherish_customer_store_update (f->store, p, NULL));
  }

  add_visit (f, away, CHERISH_VISIT_KIND_VISIT, "2025-01-01T10:00:00Z");
  add_visit (f, recent, CHERISH_VISIT_KIND_VISIT, "2025-06-01T10:00:00Z");
  add_life_event (f, yearly, "2010-06-02", TRUE);
  add_life_event (f, once, "2025-06-20", FALSE);
  add_life_event (f, once_last_year, "2024-06-20", FALSE);

  not_seen = names_found (f, CHERISH_CUSTOMER_FILTER_NOT_SEEN);
  g_assert_cmpstrv (not_seen, ((const char *[]) { "A away", NULL }));

  coming_up = names_found (f, CHERISH_CUSTOMER_FILTER_COMING_UP);
  g_assert_cmpstrv (coming_up, ((const char *[]) { "D birthday", "E anniversary", "F wedding",
                                                   NULL }));

  /* 100 days later everyone without a recent visit is "not seen", prospects aside. */
  cherish_clock_advance (f->shop.clock, 100 * G_TIME_SPAN_DAY);
  not_seen_now = names_found (f, CHERISH_CUSTOMER_FILTER_NOT_SEEN);
  g_assert_cmpuint (g_strv_length (not_seen_now), ==, 7);
}

static CherishOccasionKind
next_occasion (Fixture    *f,
               const char *name,
               int        *days,
               char      **title)
{
  CherishCustomerQuery query = { name, CHERISH_CUSTOMER_SORT_NAME, 0 };
  g_autoptr(GPtrArray) found = cherish_customer_store_find (f->store, &query, 0, 1, NULL);
  GDate today;

  g_assert_cmpuint (found->len, ==, 1);
  cherish_clock_get_today (f->shop.clock, &today);
  *title = g_strdup (cherish_customer_get_next_event_title (found->pdata[0]));
  return cherish_customer_get_next_occasion (found->pdata[0], &today, days);
}

static void
test_next_occasion (Fixture       *f,
                    gconstpointer  data)
{
  gint64 both = add_with (f, "Both", "--06-20");
  gint64 past = add_with (f, "Past", "1980-06-20");
  gint64 wrap = add_with (f, "Wrap", NULL);
  g_autofree char *title = NULL;
  int days;

  /* The clock says 2025-06-15. */
  add_life_event (f, both, "2010-06-18", TRUE);     /* in 3 days, yearly */
  add_life_event (f, both, "2025-07-01", FALSE);
  add_life_event (f, past, "2025-06-01", FALSE);    /* over: the birthday wins */
  add_life_event (f, wrap, "2011-01-02", TRUE);
  add_with (f, "Nobody", NULL);

  g_assert_cmpint (next_occasion (f, "both", &days, &title), ==, CHERISH_OCCASION_LIFE_EVENT);
  g_assert_cmpint (days, ==, 3);
  g_clear_pointer (&title, g_free);

  g_assert_cmpint (next_occasion (f, "past", &days, &title), ==, CHERISH_OCCASION_BIRTHDAY);
  g_assert_cmpint (days, ==, 5);
  g_clear_pointer (&title, g_free);

  g_assert_cmpint (next_occasion (f, "nobody", &days, &title), ==, CHERISH_OCCASION_NONE);
  g_clear_pointer (&title, g_free);

  /* Over the year's end: from 30 December, 2 January is 3 days away. */
  {
    g_autoptr(GDateTime) dec30 = g_date_time_new_from_iso8601 ("2025-12-30T12:00:00+03:30", NULL);

    cherish_clock_set_now (f->shop.clock, dec30);
  }
  g_assert_cmpint (next_occasion (f, "wrap", &days, &title), ==, CHERISH_OCCASION_LIFE_EVENT);
  g_assert_cmpint (days, ==, 3);
}

static void
test_delete_undo_erase (Fixture       *f,
                        gconstpointer  data)
{
  gint64 id = fixture_add (f, "Leaving Soon", "0912 000 1111", NULL);
  gint64 other = fixture_add (f, "Staying", NULL, NULL);
  g_autoptr(CherishCustomer) deleted = NULL;
  g_autoptr(GError) error = NULL;

  add_visit (f, id, CHERISH_VISIT_KIND_VISIT, "2025-06-01T10:00:00Z");

  g_assert_true (cherish_customer_store_delete (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture_count (f, NULL), ==, 1);
  g_assert_cmpuint (fixture_count (f, "leaving"), ==, 0);
  deleted = cherish_customer_store_get (f->store, id, &error);
  g_assert_nonnull (cherish_customer_get_deleted_at (deleted));

  /* Deleting twice is an error, not a silent success. */
  g_assert_false (cherish_customer_store_delete (f->store, id, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A deleted customer takes no visits. */
  {
    g_autoptr(CherishVisit) visit = cherish_visit_new (id, CHERISH_VISIT_KIND_VISIT,
                                                       "2025-06-02T10:00:00Z");

    g_assert_false (cherish_visit_store_insert (f->visits, visit, &error));
    g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
    g_assert_cmpstr (cherish_error_get_field (error), ==, "customer-id");
    g_clear_error (&error);
  }

  g_assert_true (cherish_customer_store_undelete (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture_count (f, "leaving"), ==, 1);
  g_assert_cmpuint (cherish_visit_store_count_for_customer (f->visits, id, NULL), ==, 1);

  /* Purge erases what is left deleted, with its visits and search words. */
  g_assert_true (cherish_customer_store_delete (f->store, id, NULL));
  g_assert_cmpint (cherish_customer_store_purge_deleted (f->store, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_null (cherish_customer_store_get (f->store, id, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (cherish_visit_store_count_for_customer (f->visits, id, NULL), ==, 0);
  g_assert_cmpuint (fixture_count (f, "0912"), ==, 0);
  g_assert_cmpuint (fixture_count (f, NULL), ==, 1);

  g_assert_true (cherish_customer_store_erase (f->store, other, &error));
  g_assert_false (cherish_customer_store_erase (f->store, other, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_NOT_FOUND);
}

/* A customer made field by field (as a store makes thousands from rows)
 * is the customer g_object_new() makes from the same properties (an empty
 * text is no text; nothing else is touched). */
static void
test_new_with (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CherishCustomer) by_properties =
    g_object_new (CHERISH_TYPE_CUSTOMER, "id", (gint64) 42, "display-name", "Sara Ahmadi", "phone", "",
                  "email", "sara@example.com", "is-prospect", TRUE, "visit-count", (guint) 7,
                  "channels", (guint) CHERISH_CHANNELS_ALL, "last-visit-at", "2025-06-01T10:00:00Z", NULL);
  g_autoptr(CherishCustomer) by_fields =
    cherish_customer_new_with ("id", (gint64) 42, "display-name", "Sara Ahmadi", "phone", "",
                               "email", "sara@example.com", "is-prospect", TRUE, "visit-count", (guint) 7,
                               "channels", (guint) CHERISH_CHANNELS_ALL, "last-visit-at", "2025-06-01T10:00:00Z",
                               NULL);
  g_autoptr(CherishCustomer) plain = cherish_customer_new ("Sara");
  GParamSpec **pspecs;
  guint n;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (by_fields), &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) a = G_VALUE_INIT;
      g_auto(GValue) b = G_VALUE_INIT;

      g_value_init (&a, pspecs[i]->value_type);
      g_value_init (&b, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (by_properties), pspecs[i]->name, &a);
      g_object_get_property (G_OBJECT (by_fields), pspecs[i]->name, &b);
      g_assert_cmpint (g_param_values_cmp (pspecs[i], &a, &b), ==, 0);
    }
  g_free (pspecs);
  g_assert_null (cherish_customer_get_phone (by_fields));
  g_assert_true (cherish_customer_get_is_prospect (by_fields) == TRUE);
  g_assert_cmpuint (cherish_customer_get_visit_count (by_fields), ==, 7);
  g_assert_cmpuint (cherish_customer_get_channels (plain), ==, CHERISH_CHANNELS_ALL);
  g_assert_cmpstr (cherish_customer_get_display_name (plain), ==, "Sara");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/customer-store/round-trip", test_round_trip);
  ADD ("/customer-store/new-with", test_new_with);
  ADD ("/customer-store/validation", test_validation);
  ADD ("/customer-store/sort", test_sort);
  ADD ("/customer-store/filter", test_filter);
  ADD ("/customer-store/insert-many", test_insert_many);
  ADD ("/customer-store/shop-size", test_shop_size);
  ADD ("/customer-store/filter-not-seen-coming-up", test_filter_not_seen_and_coming_up);
  ADD ("/customer-store/next-occasion", test_next_occasion);
  ADD ("/customer-store/delete-undo-erase", test_delete_undo_erase);

  return g_test_run ();
}
