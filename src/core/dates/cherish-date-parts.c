/* cherish-date-parts.c — a written date's parts, and the rules it keeps
 *
 * Part of reading dates (cherish-date.c, cherish-date-text.c): the text,
 * folded (Persian and Arabic-Indic digits made Latin), is split into up to
 * three numbers and a month's name, which says its calendar; and the rules
 * a date keeps (its year's span, its month's days) are checked in either
 * calendar, each broken rule said in that calendar. Month names come from ICU
 * (English and Persian, both calendars, long and short) and from the
 * spellings people use besides ("Sept", "Amordad", "Dei", "جولای").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-date-text"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <unicode/udat.h>
#include <unicode/ustring.h>

#include "cherish-date.h"
#include "cherish-date-parts.h"
#include "cherish-error.h"
#include "cherish-persian-date.h"
#include "cherish-text.h"

/* ------------------------------------------------------------------ */
/* Month names                                                         */
/* ------------------------------------------------------------------ */

/* A month name's calendar and number, packed as calendar * 16 + month. */
#define NAME_VALUE(calendar, month) GINT_TO_POINTER ((calendar) * 16 + (month))

static void
add_name (GHashTable            *names,
          const char            *name,
          CherishCalendarSystem  calendar,
          int                    month)
{
  char *folded = cherish_text_fold (name);
  gsize length = strlen (folded);

  /* "Aug." */
  if (length > 0 && folded[length - 1] == '.')
    folded[length - 1] = '\0';
  if (*folded == '\0' || g_hash_table_contains (names, folded))
    g_free (folded);
  else
    g_hash_table_insert (names, folded, NAME_VALUE (calendar, month));
}

static void
add_icu_names (GHashTable            *names,
               const char            *locale,
               CherishCalendarSystem  calendar)
{
  static const UDateFormatSymbolType types[] = {
    UDAT_MONTHS, UDAT_SHORT_MONTHS, UDAT_STANDALONE_MONTHS, UDAT_STANDALONE_SHORT_MONTHS,
  };
  UErrorCode status = U_ZERO_ERROR;
  UDateFormat *format = udat_open (UDAT_NONE, UDAT_MEDIUM, locale, NULL, 0, NULL, 0, &status);

  for (guint t = 0; t < G_N_ELEMENTS (types) && U_SUCCESS (status); t++)
    for (int month = 1; month <= 12; month++)
      {
        UChar symbol[64];
        char utf8[256];
        int32_t length;

        status = U_ZERO_ERROR;
        length = udat_getSymbols (format, types[t], month - 1, symbol, G_N_ELEMENTS (symbol), &status);
        u_strToUTF8 (utf8, sizeof utf8, NULL, symbol, length, &status);
        if (U_SUCCESS (status))
          add_name (names, utf8, calendar, month);
      }
  udat_close (format);
}

/* Folded month name → NAME_VALUE */
static GHashTable *
month_names (void)
{
  static GHashTable *names;
  static gsize made;

  if (g_once_init_enter (&made))
    {
      static const char *gregorian[12][6] = {
        { "january", "jan", "ژانویه", "ژانویهٔ" },
        { "february", "feb", "فوریه", "فوریهٔ" },
        { "march", "mar", "مارس" },
        { "april", "apr", "آوریل", "آپریل" },
        { "may", "مه", "می", "مهٔ" },
        { "june", "jun", "ژوئن" },
        { "july", "jul", "ژوئیه", "ژوئیهٔ", "جولای" },
        { "august", "aug", "اوت", "آگوست" },
        { "september", "sep", "sept", "سپتامبر" },
        { "october", "oct", "اکتبر" },
        { "november", "nov", "نوامبر" },
        { "december", "dec", "دسامبر" },
      };
      static const char *persian[12][5] = {
        { "farvardin", "فروردین" },
        { "ordibehesht", "اردیبهشت" },
        { "khordad", "خرداد" },
        { "tir", "تیر" },
        { "mordad", "amordad", "مرداد", "امرداد" },
        { "shahrivar", "شهریور" },
        { "mehr", "مهر" },
        { "aban", "آبان" },
        { "azar", "آذر" },
        { "dey", "dei", "دی" },
        { "bahman", "بهمن" },
        { "esfand", "esfand", "اسفند" },
      };
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (int m = 0; m < 12; m++)
        {
          for (guint i = 0; i < G_N_ELEMENTS (gregorian[m]) && gregorian[m][i] != NULL; i++)
            add_name (table, gregorian[m][i], CHERISH_CALENDAR_GREGORIAN, m + 1);
          for (guint i = 0; i < G_N_ELEMENTS (persian[m]) && persian[m][i] != NULL; i++)
            add_name (table, persian[m][i], CHERISH_CALENDAR_PERSIAN, m + 1);
        }
      add_icu_names (table, "en@calendar=gregorian", CHERISH_CALENDAR_GREGORIAN);
      add_icu_names (table, "fa@calendar=gregorian", CHERISH_CALENDAR_GREGORIAN);
      add_icu_names (table, "en@calendar=persian", CHERISH_CALENDAR_PERSIAN);
      add_icu_names (table, "fa@calendar=persian", CHERISH_CALENDAR_PERSIAN);
      names = table;
      g_once_init_leave (&made, 1);
    }
  return names;
}

/* ------------------------------------------------------------------ */
/* A date's parts                                                      */
/* ------------------------------------------------------------------ */


static gboolean
is_ordinal_suffix (const char *word)
{
  return g_str_equal (word, "st") || g_str_equal (word, "nd") || g_str_equal (word, "rd") ||
         g_str_equal (word, "th");
}

static void
take_word (CherishDateParts *parts,
           GString          *word,
           gboolean          after_number)
{
  gpointer value;

  if (word->len == 0)
    return;
  if (after_number && is_ordinal_suffix (word->str))
    ;   /* "3rd" */
  else if (parts->month == 0 &&
           g_hash_table_lookup_extended (month_names (), word->str, NULL, &value))
    {
      parts->month = GPOINTER_TO_INT (value) % 16;
      parts->month_calendar = GPOINTER_TO_INT (value) / 16;
      parts->month_at = parts->n;
    }
  else
    parts->stray = TRUE;
  g_string_truncate (word, 0);
}

/* Splits @folded (digits already Latin) into numbers and a month name. */
void
cherish_date_parts_split (const char *folded,
                          CherishDateParts *parts)
{
  g_autoptr(GString) word = g_string_new (NULL);
  gboolean in_number = FALSE, after_number = FALSE;

  memset (parts, 0, sizeof *parts);
  parts->dashes = g_str_has_prefix (folded, "--");
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80 && g_ascii_isdigit (c))
        {
          take_word (parts, word, after_number);
          if (!in_number)
            {
              if (parts->n == G_N_ELEMENTS (parts->number))
                {
                  parts->stray = TRUE;
                  return;
                }
              parts->separated |= parts->n > 0;
              parts->n++;
            }
          if (parts->digits[parts->n - 1] < 8)
            parts->number[parts->n - 1] = parts->number[parts->n - 1] * 10 + (int) (c - '0');
          parts->digits[parts->n - 1]++;
          in_number = TRUE;
          after_number = TRUE;
          continue;
        }
      if (in_number)
        in_number = FALSE;
      if (g_unichar_isalpha (c) || g_unichar_ismark (c))
        g_string_append_unichar (word, c);
      else
        {
          take_word (parts, word, after_number);
          after_number = FALSE;
        }
    }
  take_word (parts, word, after_number);
}

/* ------------------------------------------------------------------ */
/* The rules a date keeps                                              */
/* ------------------------------------------------------------------ */

/* The years Cherish takes: 1900–2200, and the same span in Solar Hijri. */
#define MIN_GREGORIAN 1900
#define MAX_GREGORIAN 2200
#define MIN_PERSIAN 1278
#define MAX_PERSIAN 1579

static const char *
month_name_of (CherishCalendarSystem calendar,
               int                   month)
{
  return calendar == CHERISH_CALENDAR_PERSIAN ? cherish_persian_month_name (month)
                                              : cherish_date_month_name (month);
}

/* Whether @year is a year Cherish takes in @calendar; else @error says so
 * of @text. */
gboolean
cherish_date_check_year (const char             *text,
                         CherishCalendarSystem   calendar,
                         int                     year,
                         GError                **error)
{
  int min = calendar == CHERISH_CALENDAR_PERSIAN ? MIN_PERSIAN : MIN_GREGORIAN;
  int max = calendar == CHERISH_CALENDAR_PERSIAN ? MAX_PERSIAN : MAX_GREGORIAN;

  if (year >= min && year <= max)
    return TRUE;
  if (calendar == CHERISH_CALENDAR_PERSIAN)
    g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                 _("“%s” is not a plausible date: a Solar Hijri year must be between %d and %d."),
                 text, min, max);
  else
    g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                 _("“%s” is not a plausible date: the year must be between %d and %d."), text, min, max);
  return FALSE;
}

/* Whether @month and @day are a day of @year in @calendar (@year 0: of
 * any year, 29 February and 30 Esfand allowed); else @error says which
 * rule @text breaks, in that calendar. */
gboolean
cherish_date_check_month_day (const char             *text,
                              CherishCalendarSystem   calendar,
                              int                     year,
                              int                     month,
                              int                     day,
                              GError                **error)
{
  int days;

  if (month < 1 || month > 12)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                   _("“%s” is not a date: there is no month %d."), text, month);
      return FALSE;
    }
  if (calendar == CHERISH_CALENDAR_PERSIAN)
    days = year != 0 ? cherish_persian_days_in_month (year, month) : (month <= 6 ? 31 : 30);
  else
    days = year != 0 ? g_date_get_days_in_month (month, year) : (month == 2 ? 29 : g_date_get_days_in_month (month, 2001));
  if (day >= 1 && day <= days)
    return TRUE;
  if (year != 0)
    g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                 _("“%s” is not a date: %s %d has %d days."), text, month_name_of (calendar, month), year, days);
  else
    g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_INVALID,
                 _("“%s” is not a date: %s has %d days."), text, month_name_of (calendar, month), days);
  return FALSE;
}
