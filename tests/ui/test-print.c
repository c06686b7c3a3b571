/* test-print.c — a guest list printed to a PDF file under Xvfb: a page per 30 guests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <poppler.h>
#include <string.h>

#include "cherish-event-store.h"
#include "cherish-guest-list-print.h"
#include "cherish-guest-store.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"

/* Pages of a PDF, as a PDF reader (poppler) counts them: newer cairo
 * writes the page objects into compressed object streams. With
 * $CHERISH_TEST_PNG_DIR set, each page is also drawn there as a PNG. */
static guint
count_pages (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  /* No g_autoptr: Debian 12's poppler has no cleanup functions. */
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);
  const char *png_dir = g_getenv ("CHERISH_TEST_PNG_DIR");
  int pages;

  g_assert_no_error (error);
  pages = poppler_document_get_n_pages (document);
  for (int i = 0; png_dir != NULL && i < MIN (pages, 2); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *name = g_strdup_printf ("%.*s-page-%d.png", (int) strlen (base) - 4, base, i + 1);
      g_autofree char *png = g_build_filename (png_dir, name, NULL);
      double width, height;
      cairo_surface_t *surface;
      cairo_t *cr;

      poppler_page_get_size (page, &width, &height);
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
      cr = cairo_create (surface);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      poppler_page_render_for_printing (page, cr);
      cairo_destroy (cr);
      g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (surface);
      g_object_unref (page);
    }
  g_object_unref (document);
  return pages;
}

static guint
print_guests (CherishTestShop *shop,
              guint            n)
{
  g_autoptr(CherishCustomerStore) customers = cherish_customer_store_new (shop->db, shop->clock);
  g_autoptr(CherishEventStore) events = cherish_event_store_new (shop->db, shop->clock);
  g_autoptr(CherishGuestStore) guests = cherish_guest_store_new (shop->db, shop->clock);
  g_autofree char *title = g_strdup_printf ("Evening for %u", n);
  g_autoptr(CherishEvent) event = cherish_event_new (title, "2026-12-01T18:00:00Z", "2026-12-01T21:00:00Z");
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_strdup_printf ("%s/guests-%u.pdf", shop->dir, n);

  g_assert_true (cherish_event_store_insert (events, event, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Guest %u — مهمان", i);
      gint64 id = cherish_test_add_customer (customers, name, "phone", "0912 000 0000", NULL);

      g_assert_cmpint (cherish_guest_store_invite (guests, cherish_event_get_id (event), id, &error), >, 0);
    }
  list = cherish_guest_store_list (guests, cherish_event_get_id (event), &error);
  operation = cherish_guest_list_print_new (event, "1 December 2026, 21:30", list);
  gtk_print_operation_set_export_filename (operation, pdf);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  return count_pages (pdf);
}

static void
test_pages (void)
{
  CherishTestShop shop;

  cherish_test_shop_open (&shop, "2026-11-24T10:00:00+03:30", "print.db");
  g_assert_cmpuint (print_guests (&shop, 0), ==, 1);
  g_assert_cmpuint (print_guests (&shop, 30), ==, 1);
  g_assert_cmpuint (print_guests (&shop, 31), ==, 2);
  g_assert_cmpuint (print_guests (&shop, 95), ==, 4);
  cherish_test_shop_close (&shop);
}

int
main (int   argc,
      char *argv[])
{
  cherish_test_gtk_init (&argc, &argv);
  g_test_add_func ("/print/a-page-per-30-guests", test_pages);
  return g_test_run ();
}
