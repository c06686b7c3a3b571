/* cherish-event-detail-private.h — what the event page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-customer-store.h"
#include "cherish-event-detail.h"
#include "cherish-event-prizes.h"
#include "cherish-event-store.h"
#include "cherish-guest-store.h"
#include "cherish-tier-store.h"

G_BEGIN_DECLS

struct _CherishEventDetail
{
  GtkBox                parent_instance;

  CherishDatabase      *database;
  CherishClock         *clock;
  CherishEventStore    *events;
  CherishGuestStore    *guests;
  CherishTierStore     *tiers;
  CherishCustomerStore *customers;
  CherishEvent         *event;

  GtkLabel             *title_label;
  GtkLabel             *summary_label;
  GtkLabel             *message_label;
  GtkWidget            *open_button;
  GtkWidget            *done_button;
  GtkWidget            *cancel_button;
  AdwComboRow          *filter_row;
  AdwEntryRow          *filter_text_row;
  GPtrArray            *tier_names;       /* after the filters above, "in this tier or above" */
  AdwActionRow         *preview_row;
  GtkWidget            *add_button;
  GtkSearchEntry       *search_entry;
  AdwPreferencesGroup  *results_group;
  GPtrArray            *result_rows;
  AdwPreferencesGroup  *guests_group;
  GPtrArray            *guest_rows;
  GListStore           *guest_items;   /* every guest, for Show All */
  CherishEventPrizes   *prizes;
};

void       cherish_event_detail_say       (CherishEventDetail *self,
                                           const char         *message,
                                           gboolean            is_error);
GtkWidget *cherish_event_detail_guest_row (CherishEventDetail *self,
                                           CherishInvitation  *guest);

G_END_DECLS
