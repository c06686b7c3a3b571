/* cherish-window.h — the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_WINDOW (cherish_window_get_type ())

G_DECLARE_FINAL_TYPE (CherishWindow, cherish_window, CHERISH, WINDOW, AdwApplicationWindow)

CherishWindow *cherish_window_new           (GtkApplication  *application,
                                             CherishDatabase *database,
                                             CherishClock    *clock);
void           cherish_window_show_error    (CherishWindow   *self,
                                             const GError    *error);
void           cherish_window_offer_retry   (CherishWindow   *self);
void           cherish_window_show_connecting (CherishWindow   *self,
                                               const char      *label);
void           cherish_window_set_database  (CherishWindow   *self,
                                             CherishDatabase *database);
const char    *cherish_window_get_page_name (CherishWindow   *self);
void           cherish_window_set_page_name (CherishWindow   *self,
                                             const char      *name);
GtkWidget     *cherish_window_get_page      (CherishWindow   *self,
                                             const char      *name);
CherishDatabase *cherish_window_get_database (CherishWindow *self);
CherishClock  *cherish_window_get_clock     (CherishWindow   *self);
void           cherish_window_toast         (CherishWindow   *self,
                                             const char      *text);
void           cherish_window_add_toast     (CherishWindow   *self,
                                             AdwToast        *toast);
void           cherish_window_search_customers (CherishWindow *self,
                                             const char      *text);
void           cherish_window_forget_customer (CherishWindow *self,
                                             gint64           id);

G_END_DECLS
