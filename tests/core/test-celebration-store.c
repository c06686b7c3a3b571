/* test-celebration-store.c — planning, skipping, photos only with consent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cherish-celebration-store.h"
#include "cherish-customer-store.h"
#include "cherish-error.h"
#include "cherish-staff-store.h"
#include "cherish-test-server.h"
#include "cherish-test-util.h"

typedef struct
{
  CherishTestShop          shop;
  CherishCustomerStore    *customers;
  CherishCelebrationStore *celebrations;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  cherish_test_shop_open (&f->shop, "2025-06-15T10:00:00+03:30", "celebrations.db");
  f->customers = cherish_customer_store_new (f->shop.db, f->shop.clock);
  f->celebrations = cherish_celebration_store_new (f->shop.db, f->shop.clock);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->celebrations);
  g_clear_object (&f->customers);
  cherish_test_shop_close (&f->shop);
}

static gint64
customer (Fixture    *f,
          const char *name,
          gboolean    consent)
{
  return cherish_test_add_customer (f->customers, name, "photo-consent", consent, NULL);
}

static CherishCelebration *
plan_birthday (Fixture *f,
               gint64   id)
{
  g_autoptr(CherishOccasion) birthday = cherish_occasion_new (CHERISH_OCCASION_BIRTHDAY, id,
                                                              "x", "2025-06-20", 35, NULL, 0);
  g_autoptr(GError) error = NULL;
  CherishCelebration *c = cherish_celebration_store_plan (f->celebrations, birthday, &error);

  g_assert_no_error (error);
  return c;
}

static guint
count_photos (Fixture *f)
{
  g_autofree char *folder = cherish_database_get_folder (f->shop.db);
  g_autofree char *photos = g_build_filename (folder, "photos", NULL);
  g_autoptr(GDir) dir = g_dir_open (photos, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_plan_and_update (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CherishStaffStore) staff_store = cherish_staff_store_new (f->shop.db, f->shop.clock);
  g_autoptr(CherishStaff) jonas = cherish_staff_new ("Jonas");
  gint64 sara = customer (f, "Sara", FALSE);
  g_autoptr(CherishCelebration) first = plan_birthday (f, sara);
  g_autoptr(CherishCelebration) again = plan_birthday (f, sara);
  g_autoptr(CherishCelebration) loaded = NULL;
  g_autoptr(GPtrArray) june = NULL;
  g_autoptr(GError) error = NULL;

  /* Planning an occasion twice gives the same celebration. */
  g_assert_cmpint (cherish_celebration_get_id (first), >, 0);
  g_assert_cmpint (cherish_celebration_get_id (again), ==, cherish_celebration_get_id (first));
  g_assert_cmpint (cherish_celebration_get_status (first), ==, CHERISH_CELEBRATION_STATUS_IDEA);

  g_assert_true (cherish_staff_store_insert (staff_store, jonas, NULL));
  g_object_set (first, "status", CHERISH_CELEBRATION_STATUS_PLANNED,
                "surprise", "A cake with her favourite lavender", "staff-id",
                cherish_staff_get_id (jonas), "gesture", "Free coffee", "cost", (gint64) 450000,
                "currency", "IRR", NULL);
  g_assert_true (cherish_celebration_store_update (f->celebrations, first, &error));
  g_assert_no_error (error);

  loaded = cherish_celebration_store_get (f->celebrations, cherish_celebration_get_id (first),
                                          &error);
  g_assert_cmpint (cherish_celebration_get_status (loaded), ==, CHERISH_CELEBRATION_STATUS_PLANNED);
  g_assert_cmpstr (cherish_celebration_get_surprise (loaded), ==, "A cake with her favourite lavender");
  g_assert_cmpint (cherish_celebration_get_staff_id (loaded), ==, cherish_staff_get_id (jonas));
  g_assert_cmpint (cherish_celebration_get_cost (loaded), ==, 450000);
  g_assert_cmpstr (cherish_celebration_get_occasion_date (loaded), ==, "2025-06-20");
  g_assert_cmpuint (cherish_celebration_get_number (loaded), ==, 35);

  /* Skipped needs a reason; without one nothing changes. */
  g_object_set (loaded, "status", CHERISH_CELEBRATION_STATUS_SKIPPED, NULL);
  g_assert_false (cherish_celebration_store_update (f->celebrations, loaded, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
  g_assert_cmpstr (cherish_error_get_field (error), ==, "skip-reason");
  g_clear_error (&error);
  {
    g_autoptr(CherishCelebration) unchanged = cherish_celebration_store_get (
      f->celebrations, cherish_celebration_get_id (first), NULL);

    g_assert_cmpint (cherish_celebration_get_status (unchanged), ==,
                     CHERISH_CELEBRATION_STATUS_PLANNED);
  }
  g_object_set (loaded, "skip-reason", "She is travelling that week", NULL);
  g_assert_true (cherish_celebration_store_update (f->celebrations, loaded, &error));

  /* A negative cost is refused. */
  g_object_set (loaded, "cost", (gint64) -5, NULL);
  g_assert_false (cherish_celebration_store_update (f->celebrations, loaded, &error));
  g_assert_cmpstr (cherish_error_get_field (error), ==, "cost");
  g_clear_error (&error);

  june = cherish_celebration_store_list_between (f->celebrations, "2025-06-01", "2025-06-30", &error);
  g_assert_cmpuint (june->len, ==, 1);

  /* They go with the customer. */
  g_assert_true (cherish_customer_store_erase (f->customers, sara, NULL));
  g_clear_pointer (&june, g_ptr_array_unref);
  june = cherish_celebration_store_list_for_customer (f->celebrations, sara, &error);
  g_assert_cmpuint (june->len, ==, 0);
}

static void
test_photo_needs_consent (Fixture       *f,
                          gconstpointer  data)
{
  /* The 8 bytes every PNG file starts with, and a name that says so. */
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 };
  g_autofree char *png_path = g_build_filename (f->shop.dir, "party.png", NULL);
  g_autofree char *text_path = g_build_filename (f->shop.dir, "notes.txt", NULL);
  g_autoptr(GFile) picture = g_file_new_for_path (png_path);
  g_autoptr(GFile) text = g_file_new_for_path (text_path);
  g_autoptr(CherishCelebration) no = plan_birthday (f, customer (f, "Private", FALSE));
  g_autoptr(CherishCelebration) yes = plan_birthday (f, customer (f, "Happy", TRUE));
  g_autoptr(GError) error = NULL;
  g_autofree char *first_path = NULL;
  g_autofree char *second_path = NULL;

  g_assert_true (g_file_set_contents (png_path, (const char *) png, sizeof png, NULL));
  g_assert_true (g_file_set_contents (text_path, "not a picture", -1, NULL));

  /* No consent: refused, nothing copied. */
  g_assert_false (cherish_celebration_store_set_photo (f->celebrations, no, picture, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID);
  g_assert_cmpstr (cherish_error_get_field (error), ==, "photo");
  g_assert_nonnull (strstr (error->message, "Private"));
  g_clear_error (&error);
  g_assert_cmpuint (count_photos (f), ==, 0);

  /* Not a picture: refused too. */
  g_assert_false (cherish_celebration_store_set_photo (f->celebrations, yes, text, &error));
  g_assert_cmpstr (cherish_error_get_field (error), ==, "photo");
  g_clear_error (&error);
  g_assert_cmpuint (count_photos (f), ==, 0);

  /* Consent and a picture: copied, private, and a new one replaces it. */
  g_assert_true (cherish_celebration_store_set_photo (f->celebrations, yes, picture, &error));
  g_assert_no_error (error);
  first_path = cherish_celebration_store_photo_path (f->celebrations, yes);
  g_assert_true (g_file_test (first_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_photos (f), ==, 1);
  {
    g_autofree char *folder = cherish_database_get_folder (f->shop.db);
  g_autofree char *photos = g_build_filename (folder, "photos", NULL);
    GStatBuf st;

    g_assert_cmpint (g_stat (photos, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  }

  g_assert_true (cherish_celebration_store_set_photo (f->celebrations, yes, picture, &error));
  second_path = cherish_celebration_store_photo_path (f->celebrations, yes);
  g_assert_cmpstr (first_path, !=, second_path);
  g_assert_false (g_file_test (first_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_photos (f), ==, 1);
  {
    g_autoptr(CherishCelebration) loaded = cherish_celebration_store_get (
      f->celebrations, cherish_celebration_get_id (yes), NULL);

    g_assert_cmpstr (cherish_celebration_get_photo (loaded), ==,
                     cherish_celebration_get_photo (yes));
  }
}

/* The photos on the server: rows of the database. */
static guint
count_server_photos (Fixture *f)
{
  g_autoptr(GPtrArray) rows = cherish_test_server_rows (cherish_database_get_path (f->shop.db),
                                                        "SELECT count (*) FROM photos");

  return (guint) g_ascii_strtoull (g_ptr_array_index ((GPtrArray *) rows->pdata[1], 0), NULL, 10);
}

/* A server shop's photo is seen by every computer: this one's cache
 * gone (another computer's is empty), it comes again from the server,
 * byte for byte; a photo replaced or a customer erased leaves no row
 * behind. A file shop's photo is its file. */
static void
test_photo_for_every_computer (Fixture       *f,
                               gconstpointer  data)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 1, 2, 0xff };
  g_autofree char *png_path = g_build_filename (f->shop.dir, "cake.png", NULL);
  g_autoptr(GFile) picture = g_file_new_for_path (png_path);
  gint64 id = customer (f, "Donna Martin", TRUE);
  g_autoptr(CherishCelebration) party = plan_birthday (f, id);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *again = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_set_contents (png_path, (const char *) png, sizeof png, NULL));
  g_assert_true (cherish_celebration_store_set_photo (f->celebrations, party, picture, &error));
  g_assert_no_error (error);
  g_assert_true (cherish_celebration_store_set_photo (f->celebrations, party, picture, &error));
  g_assert_no_error (error);
  if (cherish_test_on_server ())
    g_assert_cmpuint (count_server_photos (f), ==, 1);

  path = cherish_celebration_store_photo_path (f->celebrations, party);
  g_assert_cmpint (g_unlink (path), ==, 0);
  again = cherish_celebration_store_photo_path (f->celebrations, party);
  g_assert_cmpstr (again, ==, path);
  if (cherish_test_on_server ())
    {
      g_assert_true (g_file_get_contents (again, &contents, &length, NULL));
      g_assert_cmpmem (contents, length, png, sizeof png);
    }
  else
    g_assert_false (g_file_test (again, G_FILE_TEST_EXISTS));

  g_assert_true (cherish_customer_store_erase (f->customers, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_photos (f), ==, 0);
  if (cherish_test_on_server ())
    g_assert_cmpuint (count_server_photos (f), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/celebration-store/plan-and-update", test_plan_and_update);
  ADD ("/celebration-store/photo-needs-consent", test_photo_needs_consent);
  ADD ("/celebration-store/photo-for-every-computer", test_photo_for_every_computer);

  return g_test_run ();
}
