/* cherish-date-field.h — a date typed, or picked from a month, in the shop's calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void     cherish_date_field_attach  (AdwEntryRow  *row,
                                     const char   *title,
                                     gboolean      year_optional);
void     cherish_date_field_set_iso (AdwEntryRow  *row,
                                     const char   *iso);
gboolean cherish_date_field_read    (AdwEntryRow  *row,
                                     const GDate  *today,
                                     const char   *field,
                                     char        **iso,
                                     GError      **error);

G_END_DECLS
