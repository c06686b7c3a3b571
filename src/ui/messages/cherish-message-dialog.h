/* cherish-message-dialog.h — a personal message, written and sent in one dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-customer.h"
#include "cherish-database.h"
#include "cherish-event.h"
#include "cherish-invitation.h"
#include "cherish-occasion.h"
#include "cherish-message.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_MESSAGE_DIALOG (cherish_message_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CherishMessageDialog, cherish_message_dialog, CHERISH, MESSAGE_DIALOG, AdwWindow)

CherishMessageDialog *cherish_message_dialog_new      (GtkWindow              *parent,
                                                       CherishDatabase        *database,
                                                       CherishClock           *clock,
                                                       CherishCustomer        *customer,
                                                       CherishMessagePurpose   purpose,
                                                       gint64                  follow_up_id);
CherishMessageDialog *cherish_message_dialog_new_for_occasion (GtkWindow       *parent,
                                                              CherishDatabase *database,
                                                              CherishClock    *clock,
                                                              CherishOccasion *occasion);
CherishMessageDialog *cherish_message_dialog_new_for_guests (GtkWindow       *parent,
                                                            CherishDatabase *database,
                                                            CherishClock    *clock,
                                                            CherishEvent    *event,
                                                            GPtrArray       *guests);
void                  cherish_message_dialog_set_occasion (CherishMessageDialog *self,
                                                           CherishOccasion      *occasion,
                                                           CherishLifeEvent     *life_event);
void                  cherish_message_dialog_set_guest (CherishMessageDialog *self,
                                                        CherishEvent         *event,
                                                        CherishInvitation    *guest);
char                 *cherish_message_dialog_get_text (CherishMessageDialog   *self);
char                 *cherish_message_dialog_get_uri  (CherishMessageDialog   *self,
                                                       CherishChannel          channel);
gboolean              cherish_message_dialog_send     (CherishMessageDialog   *self,
                                                       CherishChannel          channel);

G_END_DECLS
