/* cherish-text.c — folding text for search and sorting, and keeping
 * what was typed in its place in a line
 *
 * A manager types "sara", "SÁRA" or "ساره" and expects the same people as
 * when the name was saved as "Sára" or "ساره" with an Arabic yeh. Folding
 * makes both sides of a search equal: decompose, drop combining marks
 * (Latin accents, Arabic harakat, hamza and madda on alef), fold case, unify
 * the Arabic and Persian forms of yeh, kaf and heh, read Persian and Arabic
 * digits as ASCII, drop the tatweel and treat ZWNJ as a word break.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-text"

#include "config.h"

#include <string.h>

#include "cherish-text.h"

static gunichar
fold_char (gunichar c)
{
  switch (c)
    {
    case 0x064A: /* ARABIC LETTER YEH */
    case 0x0649: /* ARABIC LETTER ALEF MAKSURA */
      return 0x06CC; /* ARABIC LETTER FARSI YEH */
    case 0x0643: /* ARABIC LETTER KAF */
      return 0x06A9; /* ARABIC LETTER KEHEH */
    case 0x0629: /* ARABIC LETTER TEH MARBUTA */
    case 0x06C0: /* HEH WITH YEH ABOVE */
    case 0x06D5: /* AE, what 0x06C0 decomposes to */
      return 0x0647; /* ARABIC LETTER HEH */
    case 0x200C: /* ZERO WIDTH NON-JOINER */
    case 0x00A0: /* NO-BREAK SPACE */
      return ' ';
    default:
      break;
    }

  if (c >= 0x06F0 && c <= 0x06F9) /* EXTENDED ARABIC-INDIC (Persian) digits */
    return '0' + (c - 0x06F0);
  if (c >= 0x0660 && c <= 0x0669) /* ARABIC-INDIC digits */
    return '0' + (c - 0x0660);

  return c;
}

static gboolean
is_ascii (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if (*p >= 0x80)
      return FALSE;
  return TRUE;
}

/* The same as the general case below, for plain ASCII (most names, phones
 * and e-mails of an import): lower case, white space collapsed. */
static char *
fold_ascii (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  gboolean pending_space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_c (out, g_ascii_tolower (*p));
    }
  return g_string_free (out, FALSE);
}

/**
 * cherish_text_fold:
 * @text: (nullable): any UTF-8 text
 *
 * Returns: (transfer full): @text folded for matching and ordering, with
 *   runs of white space collapsed to one space and no space at either end
 */
char *
cherish_text_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  if (text == NULL)
    return g_strdup ("");
  if (is_ascii (text))
    return fold_ascii (text);

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL) /* not valid UTF-8 */
    return g_strdup ("");

  folded = g_utf8_casefold (decomposed, -1);
  out = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = fold_char (g_utf8_get_char (p));
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK ||
          c == 0x0640 /* TATWEEL */ || type == G_UNICODE_FORMAT)
        continue;

      if (g_unichar_isspace (c))
        {
          pending_space = out->len > 0;
          continue;
        }

      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/**
 * cherish_text_digits:
 * @text: (nullable): text as typed, maybe in Persian or Arabic digits
 *
 * Returns: (transfer full): only its digits, as ASCII, maybe empty
 */
char *
cherish_text_digits (const char *text)
{
  g_autofree char *folded = cherish_text_fold (text);
  GString *digits = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);

  return g_string_free (digits, FALSE);
}

/**
 * cherish_text_phone_key:
 * @phone: (nullable): a phone number as typed
 *
 * The words a phone number is found by: its digits, the same without
 * leading zeros ("0912…" → "912…") and its last ten digits (to drop a
 * country code), so "+98 912 345 6789", "0912 345 6789" and "912345" meet.
 *
 * Returns: (transfer full): space-separated search words, maybe empty
 */
char *
cherish_text_phone_key (const char *phone)
{
  g_autofree char *digits = cherish_text_digits (phone);
  GString *key = g_string_new (digits);
  const char *stripped = digits;
  gsize len = strlen (digits);

  while (*stripped == '0')
    stripped++;
  if (*stripped != '\0' && stripped != digits)
    g_string_append_c (key, ' '), g_string_append (key, stripped);
  /* The last ten, unless that is what dropping the zeros gave. */
  if (len > 10 && strcmp (digits + len - 10, stripped) != 0)
    g_string_append_c (key, ' '), g_string_append (key, digits + len - 10);

  return g_string_free (key, FALSE);
}

static gboolean
looks_like_phone (const char *text)
{
  guint digits = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (!strchr ("+-() ", *p))
        return FALSE;
    }

  return digits >= 3;
}

/* Every word of @folded (split where the index's tokenizer would,
 * letters and digits only) must start a word:
 *   FTS5:    '"sara"* "ahm"*' (the caller names the columns)
 *   tsquery: "'sara':* & 'ahm':*" (the caller picks the vector, see
 *            schema/postgresql/0004-search-unweighted.sql)
 * %NULL if there is no word. */
static GString *
words_query (const char          *folded,
             CherishSearchSyntax  syntax)
{
  g_autoptr(GString) query = g_string_new (NULL);
  g_autoptr(GString) clean = g_string_new (NULL);
  g_auto(GStrv) words = NULL;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (clean, c);
      else
        g_string_append_c (clean, ' ');
    }
  words = g_strsplit (clean->str, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (query->len > 0)
        g_string_append (query, syntax == CHERISH_SEARCH_TSQUERY ? " & " : " ");
      if (syntax == CHERISH_SEARCH_TSQUERY)
        g_string_append_printf (query, "'%s':*", words[i]);
      else
        g_string_append_printf (query, "\"%s\"*", words[i]);
    }
  if (query->len == 0)
    return NULL;
  return g_steal_pointer (&query);
}

/* @words, words_query()'s in FTS5, as a search of the name and the
 * contact: what the search box finds. */
static char *
name_or_contact (GString *words)
{
  return g_strdup_printf ("{name contact} : (%s)", words->str);
}

/**
 * cherish_text_fts_query:
 * @search: what the manager typed
 * @syntax: the search index's language
 *
 * Builds a query in which every word of @search must start a word of the
 * customer's name or contact (prefix match, any order). Text that looks
 * like a phone number becomes one run of digits, so spaces typed in it do
 * not matter; it finds phone numbers, and names with that number in them.
 *
 * Returns: (transfer full) (nullable): the query, or %NULL if @search has
 *   no word to look for
 */
char *
cherish_text_fts_query (const char          *search,
                        CherishSearchSyntax  syntax)
{
  g_autofree char *folded = cherish_text_fold (search);
  g_autoptr(GString) query = NULL;

  if (looks_like_phone (folded))
    {
      g_autofree char *digits = cherish_text_digits (folded);
      const char *start = digits;

      while (*start == '0' && start[1] != '\0')
        start++;
      /* A number in a name ("Table 12") is found too. */
      if (syntax == CHERISH_SEARCH_TSQUERY)
        return g_strdup_printf ("'%s':* | '%s':*", start, digits);
      return g_strdup_printf ("contact : \"%s\"* OR name : \"%s\"*", start, digits);
    }

  /* Likes are searched by their own filter, not by the search box. */
  query = words_query (folded, syntax);
  if (query == NULL || syntax == CHERISH_SEARCH_TSQUERY)
    return query != NULL ? g_string_free (g_steal_pointer (&query), FALSE) : NULL;
  return name_or_contact (query);
}

/* A one-word search as an FTS5 prefix term ("\"sar\"*"), its word folded
 * in @word; %NULL when @search is not one word, or looks like a phone
 * number. */
static GString *
one_word_query (const char  *search,
                char       **word)
{
  g_autofree char *folded = search != NULL ? cherish_text_fold (search) : NULL;
  g_autoptr(GString) query = NULL;

  if (folded == NULL || looks_like_phone (folded))
    return NULL;
  query = words_query (folded, CHERISH_SEARCH_FTS5);
  if (query == NULL || strchr (query->str, ' ') != NULL)
    return NULL;
  *word = g_strndup (query->str + 1, query->len - 3);
  return g_steal_pointer (&query);
}

/**
 * cherish_text_fts_query_spread:
 * @search: what the manager typed
 * @word: (out) (transfer full): the word @search is, folded
 *
 * For a search of one word, in a file's search index (FTS5): a query
 * finding those of its customers whose name does not start with it (the
 * word starts their contact, or a later word of their name). By name,
 * they are spread over the list; the others come where the word sorts.
 *
 * Returns: (transfer full) (nullable): the query, or %NULL (and @word
 *   untouched) when @search is not one word, or looks like a phone number
 */
char *
cherish_text_fts_query_spread (const char  *search,
                               char       **word)
{
  g_autoptr(GString) query = one_word_query (search, word);
  g_autofree char *matches = NULL;

  if (query == NULL)
    return NULL;
  matches = name_or_contact (query);
  return g_strdup_printf ("%s NOT name : ^ %s", matches, query->str);
}

/**
 * cherish_text_fts_query_name_starts:
 * @search: what the manager typed
 *
 * The other part of a one-word search (see
 * cherish_text_fts_query_spread()): the customers whose name starts with
 * the word.
 *
 * Returns: (transfer full) (nullable): the query, or %NULL as there
 */
char *
cherish_text_fts_query_name_starts (const char *search)
{
  g_autofree char *word = NULL;
  g_autoptr(GString) query = one_word_query (search, &word);

  return query != NULL ? g_strdup_printf ("name : ^ %s", query->str) : NULL;
}

/**
 * cherish_text_search_word:
 * @search: what the manager typed
 *
 * Returns: (transfer full) (nullable): the one word @search is, folded as
 *   names are (the names starting with it sort from there on), or %NULL
 *   when it is not one word, or looks like a phone number
 */
char *
cherish_text_search_word (const char *search)
{
  char *word = NULL;
  g_autoptr(GString) query = one_word_query (search, &word);

  return word;
}

/**
 * cherish_text_fts_query_likes:
 * @text: a word or two of what a customer likes
 * @syntax: the search index's language
 *
 * Returns: (transfer full) (nullable): a query finding customers whose
 *   likes have every word of @text starting a word (folded as the search
 *   is), or %NULL if @text has no word
 */
char *
cherish_text_fts_query_likes (const char          *text,
                              CherishSearchSyntax  syntax)
{
  g_autofree char *folded = cherish_text_fold (text);
  g_autoptr(GString) query = words_query (folded, syntax);

  if (query == NULL || syntax == CHERISH_SEARCH_TSQUERY)
    return query != NULL ? g_string_free (g_steal_pointer (&query), FALSE) : NULL;
  g_string_prepend (query, "likes : (");
  g_string_append_c (query, ')');
  return g_string_free (g_steal_pointer (&query), FALSE);
}

/**
 * cherish_text_normalize:
 * @text: (nullable): text from a form or a file
 *
 * Returns: (transfer full): @text in NFC with white space trimmed at both
 *   ends, or %NULL if nothing is left (or it was not UTF-8)
 */
char *
cherish_text_normalize (const char *text)
{
  g_autofree char *nfc = NULL;

  if (text == NULL)
    return NULL;

  /* Plain ASCII is in NFC already. */
  nfc = is_ascii (text) ? g_strdup (text) : g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  if (nfc == NULL)
    return NULL;

  g_strstrip (nfc);
  if (*nfc == '\0')
    return NULL;

  return g_steal_pointer (&nfc);
}

/**
 * cherish_text_split_any:
 * @separators: the characters that separate, any of them (UTF-8)
 *
 * Like g_strsplit_set(), for separators beyond ASCII ("،", the Arabic
 * comma), and without a regular expression to compile each time.
 *
 * Returns: (transfer full): the pieces, empty ones included
 */
char **
cherish_text_split_any (const char *text,
                        const char *separators)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *start = text;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_utf8_strchr (separators, -1, g_utf8_get_char (p)) != NULL)
      {
        g_autofree char *piece = g_strndup (start, p - start);

        g_strv_builder_add (builder, piece);
        start = g_utf8_next_char (p);
      }
  g_strv_builder_add (builder, start);
  return g_strv_builder_end (builder);
}

/**
 * cherish_text_split_lines:
 * @text: (nullable): items one per line (or comma separated)
 *
 * Returns: (transfer full): the non-empty, trimmed items
 */
char **
cherish_text_split_lines (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return g_strv_builder_end (builder);

  parts = cherish_text_split_any (text, "\n,،");
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *item = cherish_text_normalize (parts[i]);

      if (item != NULL)
        g_strv_builder_add (builder, item);
    }

  return g_strv_builder_end (builder);
}

/**
 * cherish_text_isolate:
 * @typed: (nullable): what someone typed (a name, a note, a file's name),
 *   in whatever script
 *
 * Returns: (transfer full): @typed isolated (U+2068 … U+2069), to go in a
 *   line of the interface's words: a Latin name in a Persian sentence (or
 *   the other way round) keeps its place, and so do the words around it
 */
char *
cherish_text_isolate (const char *typed)
{
  return g_strconcat ("\u2068", typed != NULL ? typed : "", "\u2069", NULL);
}

/**
 * cherish_text_in_direction:
 * @rtl: whether the interface is written right to left
 *
 * A line that may begin with what someone typed ("Aisha Khan was
 * erased" in Persian begins with the name) is laid out by its first
 * letter; started with the interface's direction mark, it reads in the
 * interface's direction all the same.
 *
 * Returns: (transfer full): @line so started
 */
char *
cherish_text_in_direction (const char *line,
                           gboolean    rtl)
{
  return g_strconcat (rtl ? "\u200f" : "\u200e", line, NULL);
}

/**
 * cherish_text_append_int:
 * @out: where to write
 * @n: the number
 *
 * Appends @n in decimal: g_string_append_printf () goes through printf,
 * whose formatting was half of building a claim of 13,700 reminders and
 * a tenth of working them out.
 */
void
cherish_text_append_int (GString *out,
                         gint64   n)
{
  char digits[24];
  char *start = digits + sizeof digits;
  guint64 u = n < 0 ? -(guint64) n : (guint64) n;

  do
    *--start = (char) ('0' + u % 10);
  while ((u /= 10) != 0);
  if (n < 0)
    *--start = '-';
  g_string_append_len (out, start, digits + sizeof digits - start);
}
