/* cherish-notifier.h — reminders as desktop notifications
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CHERISH_TYPE_NOTIFIER (cherish_notifier_get_type ())

G_DECLARE_FINAL_TYPE (CherishNotifier, cherish_notifier, CHERISH, NOTIFIER, GObject)

CherishNotifier *cherish_notifier_new     (GActionGroup    *actions);
guint            cherish_notifier_deliver (CherishNotifier *self,
                                           GPtrArray       *reminders,
                                           GDateTime       *now,
                                           const GDate     *today);
guint            cherish_notifier_get_n_open (CherishNotifier *self);
gboolean         cherish_notifier_is_available (CherishNotifier *self);
void             cherish_notifier_withdraw (CherishNotifier *self,
                                            const char      *key);

G_END_DECLS
