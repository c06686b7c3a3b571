/* cherish-text.h — folding text for search and sorting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char  *cherish_text_fold             (const char *text);
char  *cherish_text_phone_key        (const char *phone);
char  *cherish_text_digits           (const char *text);
char **cherish_text_split_any        (const char *text,
                                      const char *separators);
char  *cherish_text_fts_query        (const char *search);
char  *cherish_text_fts_query_likes  (const char *text);
char  *cherish_text_normalize        (const char *text);
char **cherish_text_split_lines      (const char *text);

G_END_DECLS
