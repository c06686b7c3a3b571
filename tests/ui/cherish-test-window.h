/* cherish-test-window.h — a whole window on a real shop, for the window's
 * tests, and what they do to it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-customer-detail.h"
#include "cherish-customer-store.h"
#include "cherish-customers-page.h"
#include "cherish-window.h"

G_BEGIN_DECLS

typedef struct
{
  char                 *dir;
  CherishDatabase      *db;
  CherishClock         *clock;
  CherishCustomerStore *store;
  CherishWindow        *window;
} CherishTestWindow;

void                   cherish_test_window_set_up      (CherishTestWindow *f,
                                                        gconstpointer      data);
void                   cherish_test_window_tear_down   (CherishTestWindow *f,
                                                        gconstpointer      data);
CherishCustomersPage  *cherish_test_window_customers   (CherishTestWindow *f);
CherishCustomerDetail *cherish_test_window_detail      (CherishCustomersPage *page);
GtkWindow             *cherish_test_window_dialog      (GType              type);
void                   cherish_test_window_click       (GtkWidget         *button);
void                   cherish_test_window_type        (gpointer           editable,
                                                        const char        *text);

/* A test of the window at @path: a new window on a new shop for each. */
#define CHERISH_TEST_WINDOW_ADD(path, func) \
  g_test_add (path, CherishTestWindow, NULL, cherish_test_window_set_up, func, cherish_test_window_tear_down)

G_END_DECLS
