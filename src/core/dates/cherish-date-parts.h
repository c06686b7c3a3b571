/* cherish-date-parts.h — a written date's parts, and the rules it keeps (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-date-text.h"

G_BEGIN_DECLS

typedef struct
{
  guint                 n;            /* numbers */
  int                   number[3];
  guint                 digits[3];
  int                   month;        /* by its name; 0 if none */
  CherishCalendarSystem month_calendar;
  guint                 month_at;     /* how many numbers came before the name */
  gboolean              dashes;       /* "--05-17" */
  gboolean              separated;    /* anything between the numbers */
  gboolean              stray;        /* a word that is no month, a fourth number… */
} CherishDateParts;

void     cherish_date_parts_split     (const char             *folded,
                                       CherishDateParts       *parts);
gboolean cherish_date_check_year      (const char             *text,
                                       CherishCalendarSystem   calendar,
                                       int                     year,
                                       GError                **error);
gboolean cherish_date_check_month_day (const char             *text,
                                       CherishCalendarSystem   calendar,
                                       int                     year,
                                       int                     month,
                                       int                     day,
                                       GError                **error);

G_END_DECLS
