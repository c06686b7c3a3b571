/* cherish-guest-list-print.c — an event's guest list on paper (or PDF)
 *
 * A GtkPrintOperation: the event's title and day at the top of each page,
 * then 30 guests a page — name, phone, status, party, and a box to tick at
 * the door. Printing to a file gives a PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-guest-list-print"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-guest-list-print.h"
#include "cherish-invitation.h"
#include "cherish-labels.h"
#include "cherish-widget-util.h"

typedef struct
{
  char      *title;
  char      *when;
  GPtrArray *guests;
} Sheet;

static void
sheet_free (gpointer data)
{
  Sheet *sheet = data;

  g_free (sheet->title);
  g_free (sheet->when);
  g_ptr_array_unref (sheet->guests);
  g_free (sheet);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Sheet             *sheet)
{
  guint pages = (sheet->guests->len + CHERISH_GUESTS_PER_PAGE - 1) / CHERISH_GUESTS_PER_PAGE;

  gtk_print_operation_set_n_pages (operation, MAX (pages, 1));
}

static void
show_text (cairo_t     *cr,
           PangoLayout *layout,
           const char  *text,
           double       x,
           double       y,
           double       width)
{
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Sheet             *sheet)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double line = (height - 72) / (CHERISH_GUESTS_PER_PAGE + 1);
  g_autoptr(PangoLayout) layout = gtk_print_context_create_pango_layout (context);
  g_autoptr(PangoFontDescription) heading = pango_font_description_from_string ("Sans Bold 14");
  g_autoptr(PangoFontDescription) body = pango_font_description_from_string ("Sans 9");
  g_autofree char *when = g_strconcat (" — ", sheet->when, NULL);
  g_autofree char *header = cherish_line_typed_first (sheet->title, when);
  /* Translators: a page of a printed list, "Page 2 of 3" */
  g_autofree char *page_text = g_strdup_printf (_("Page %d of %d"), page + 1,
                                                MAX (1, (int) ((sheet->guests->len + CHERISH_GUESTS_PER_PAGE - 1) /
                                                               CHERISH_GUESTS_PER_PAGE)));

  cairo_set_source_rgb (cr, 0, 0, 0);
  pango_layout_set_font_description (layout, heading);
  show_text (cr, layout, header, 0, 0, width);
  pango_layout_set_font_description (layout, body);
  show_text (cr, layout, page_text, 0, 28, width);
  cairo_set_line_width (cr, 0.5);

  for (guint i = 0; i < CHERISH_GUESTS_PER_PAGE; i++)
    {
      guint index = page * CHERISH_GUESTS_PER_PAGE + i;
      CherishInvitation *guest;
      g_autofree char *party = NULL;
      double y = 56 + i * line;

      if (index >= sheet->guests->len)
        break;
      guest = sheet->guests->pdata[index];
      party = g_strdup_printf ("%d", (int) cherish_invitation_get_party_size (guest));
      cairo_rectangle (cr, 0, y + 2, 9, 9);
      cairo_stroke (cr);
      show_text (cr, layout, cherish_invitation_get_customer_name (guest), 18, y, width * 0.40);
      show_text (cr, layout, cherish_invitation_get_customer_phone (guest) ?: "", width * 0.45, y, width * 0.22);
      show_text (cr, layout, cherish_invitation_status_label (cherish_invitation_get_status (guest)),
                 width * 0.70, y, width * 0.20);
      show_text (cr, layout, party, width * 0.93, y, width * 0.07);
      cairo_move_to (cr, 0, y + line - 2);
      cairo_line_to (cr, width, y + line - 2);
      cairo_stroke (cr);
    }
}

/**
 * cherish_guest_list_print_new:
 * @when: the event's day and time, as the manager reads it
 * @guests: (element-type CherishInvitation): the guests, in the order to print
 *
 * Returns: (transfer full): the operation, to run
 */
GtkPrintOperation *
cherish_guest_list_print_new (CherishEvent *event,
                              const char   *when,
                              GPtrArray    *guests)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  Sheet *sheet = g_new0 (Sheet, 1);

  sheet->title = g_strdup (cherish_event_get_title (event));
  sheet->when = g_strdup (when);
  sheet->guests = g_ptr_array_ref (guests);
  gtk_print_operation_set_job_name (operation, sheet->title);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "sheet", sheet, sheet_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), sheet);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), sheet);
  return operation;
}
