/* cherish-date-picker.h — a calendar beside a date field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void cherish_date_picker_attach (AdwEntryRow *row);

G_END_DECLS
