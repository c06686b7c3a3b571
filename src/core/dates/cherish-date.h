/* cherish-date.h — strict ISO-8601 dates and timestamps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean   cherish_date_parse          (const char  *text,
                                        GDate       *date,
                                        GError     **error);
char      *cherish_date_format         (const GDate *date);
const char *cherish_date_month_name    (int          month);
gboolean   cherish_date_read_stored    (const char  *stored,
                                        int         *year,
                                        int         *month,
                                        int         *day);
gboolean   cherish_date_in_year        (const char  *stored,
                                        int          year,
                                        GDate       *date);
void       cherish_date_next_yearly    (int          month,
                                        int          day,
                                        const GDate *today,
                                        GDate       *next);
gboolean   cherish_birthday_parse      (const char  *text,
                                        int         *year,
                                        int         *month,
                                        int         *day,
                                        GError     **error);
char      *cherish_timestamp_format    (GDateTime   *when);
GDateTime *cherish_timestamp_parse     (const char  *text,
                                        GError     **error);
GDateTime *cherish_timestamp_to_local  (const char  *timestamp,
                                        GTimeZone   *zone);
gboolean   cherish_timestamp_local_day (const char  *timestamp,
                                        GTimeZone   *zone,
                                        GDate       *day);

char      *cherish_timestamp_describe  (const char  *timestamp,
                                        GDateTime   *now);

G_END_DECLS
