/* cherish-money.h — amounts in minor units, read and written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint    cherish_money_decimals (const char  *currency);
gboolean cherish_money_parse    (const char  *text,
                                 const char  *currency,
                                 gint64      *amount_minor,
                                 GError     **error);
char    *cherish_money_format   (gint64       amount_minor,
                                 const char  *currency);
gboolean cherish_money_currency_is_valid (const char *currency);
gboolean cherish_money_check    (gint64       amount_minor,
                                 const char  *currency,
                                 const char  *field,
                                 const char  *label,
                                 GError     **error);

G_END_DECLS
