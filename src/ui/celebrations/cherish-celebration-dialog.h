/* cherish-celebration-dialog.h — planning one celebration
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-celebration.h"
#include "cherish-clock.h"
#include "cherish-database.h"
#include "cherish-occasion.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_CELEBRATION_DIALOG (cherish_celebration_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CherishCelebrationDialog, cherish_celebration_dialog, CHERISH,
                      CELEBRATION_DIALOG, AdwWindow)

CherishCelebrationDialog *cherish_celebration_dialog_new          (GtkWindow          *parent,
                                                                   CherishDatabase    *database,
                                                                   CherishClock       *clock,
                                                                   CherishOccasion    *occasion,
                                                                   CherishCelebration *celebration);
gboolean                  cherish_celebration_dialog_attach_photo (CherishCelebrationDialog *self,
                                                                   GFile                    *file);

G_END_DECLS
