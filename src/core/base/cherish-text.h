/* cherish-text.h — folding text for search and sorting, typed text in a line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The query language of the search index: SQLite's FTS5, or PostgreSQL's
 * tsquery (the same values as CherishDialect). */
typedef enum
{
  CHERISH_SEARCH_FTS5    = 0,
  CHERISH_SEARCH_TSQUERY = 1,
} CherishSearchSyntax;

char  *cherish_text_fold             (const char *text);
char  *cherish_text_phone_key        (const char *phone);
char  *cherish_text_digits           (const char *text);
char **cherish_text_split_any        (const char *text,
                                      const char *separators);
char  *cherish_text_fts_query        (const char          *search,
                                      CherishSearchSyntax  syntax);
char  *cherish_text_fts_query_likes  (const char          *text,
                                      CherishSearchSyntax  syntax);
char  *cherish_text_fts_query_spread (const char          *search,
                                      char               **word);
char  *cherish_text_fts_query_name_starts (const char      *search);
char  *cherish_text_search_word      (const char          *search);
char  *cherish_text_normalize        (const char *text);
char **cherish_text_split_lines      (const char *text);
char  *cherish_text_isolate          (const char *typed);
char  *cherish_text_in_direction     (const char *line,
                                      gboolean    rtl);
void   cherish_text_append_int       (GString    *out,
                                      gint64      n);

G_END_DECLS
