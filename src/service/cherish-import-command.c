/* cherish-import-command.c — `cherish --import FILE.csv`
 *
 * Imports customers from a CSV or vCard file into the shop's database without
 * opening a window (no display needed), then prints a report: rows read,
 * added, merged, skipped as duplicates, how each column of dates was read,
 * and each bad row with its line and every problem it has. Dates in a
 * column whose years fall between 1278 and 1600 are Solar Hijri, unless
 * --calendar says every date is in one calendar; --date-order says
 * whether 03/04/2020 is day/month or month/day when the file's dates do
 * not tell. All or nothing unless --good-rows-only. Exits 0 when the rows were
 * written, 1 when nothing was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-import-command"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-customer-import.h"
#include "cherish-database.h"
#include "cherish-error.h"
#include "cherish-import-command.h"

static gboolean
duplicates_of (const char              *name,
               CherishImportDuplicates *duplicates)
{
  static const char *names[] = { "skip", "merge", "keep" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (name != NULL ? name : "skip", names[i]) == 0)
      {
        *duplicates = (CherishImportDuplicates) i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
calendar_of (const char            *name,
             CherishCalendarSystem *calendar)
{
  if (g_strcmp0 (name, "persian") == 0 || g_strcmp0 (name, "solar-hijri") == 0)
    *calendar = CHERISH_CALENDAR_PERSIAN;
  else if (g_strcmp0 (name, "gregorian") == 0)
    *calendar = CHERISH_CALENDAR_GREGORIAN;
  else
    return FALSE;
  return TRUE;
}

static gboolean
order_of (const char       *name,
          CherishDateOrder *order)
{
  if (name == NULL)
    *order = CHERISH_DATE_ORDER_UNKNOWN;
  else if (g_ascii_strcasecmp (name, "dmy") == 0)
    *order = CHERISH_DATE_ORDER_DMY;
  else if (g_ascii_strcasecmp (name, "mdy") == 0)
    *order = CHERISH_DATE_ORDER_MDY;
  else
    return FALSE;
  return TRUE;
}

static void
print_report (const CherishImportReport *report)
{
  for (guint i = 0; report->dates != NULL && i < report->dates->len; i++)
    /* Translators: how a column of dates was read, as “Birthday (“DOB”): Gregorian; day/month/year” */
    g_print (_("Dates: %s\n"), (const char *) report->dates->pdata[i]);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u row read\n", "%u rows read\n", report->rows), report->rows);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u customer added\n", "%u customers added\n", report->added),
           report->added);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u customer completed from a duplicate row\n",
                        "%u customers completed from duplicate rows\n", report->merged), report->merged);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u duplicate row skipped\n", "%u duplicate rows skipped\n",
                        report->skipped), report->skipped);
  if (report->more_contacts > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%u customer has more than one phone or e-mail: the first is theirs, the others are in their notes\n",
                          "%u customers have more than one phone or e-mail: the first is theirs, the others are in their notes\n",
                          report->more_contacts), report->more_contacts);
  if (report->anniversaries > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "%u anniversary added as a yearly life event\n",
                          "%u anniversaries added as yearly life events\n", report->anniversaries),
             report->anniversaries);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u row with a problem\n", "%u rows with problems\n", report->bad),
           report->bad);
  for (guint i = 0; report->problems != NULL && i < report->problems->len; i++)
    g_print ("  %s\n", (const char *) report->problems->pdata[i]);
}

/**
 * cherish_import_command:
 * @database_path: (nullable): the database, or %NULL for the usual one
 *
 * Returns: the exit status
 */
int
cherish_import_command (const char                 *database_path,
                        const char                 *file,
                        const CherishImportOptions *options)
{
  g_autoptr(CherishDatabase) database = NULL;
  g_autoptr(CherishCustomerStore) store = NULL;
  g_autoptr(CherishImport) import = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  CherishImportReport report = { 0 };
  CherishImportDuplicates policy;
  CherishCalendarSystem calendar = CHERISH_CALENDAR_GREGORIAN;
  CherishDateOrder order;
  gboolean done;

  if (!duplicates_of (options->duplicates, &policy))
    {
      g_printerr (_("--duplicates: say skip, merge or keep.\n"));
      return 2;
    }
  if (options->calendar != NULL && !calendar_of (options->calendar, &calendar))
    {
      g_printerr (_("--calendar: say persian or gregorian.\n"));
      return 2;
    }
  if (!order_of (options->date_order, &order))
    {
      g_printerr (_("--date-order: say dmy (day/month/year) or mdy (month/day/year).\n"));
      return 2;
    }
  {
    g_autoptr(GFile) source = g_file_new_for_commandline_arg (file);

    bytes = g_file_load_bytes (source, NULL, NULL, &error);
  }
  if (bytes == NULL || (import = cherish_import_new (bytes, options->encoding, &error)) == NULL ||
      (database = cherish_database_open (database_path, &error)) == NULL)
    {
      g_printerr ("%s: %s\n", file, error->message);
      return 1;
    }
  /* Translators: the file, its encoding, then what separates its fields */
  g_print (_("Reading %s (%s, fields separated by %s)\n"), file, cherish_import_get_encoding (import),
           cherish_import_get_separator (import) == '\t' ? _("tabs")
           : cherish_import_get_separator (import) == ';' ? _("semicolons") : _("commas"));
  for (guint c = 0; c < cherish_import_get_n_columns (import); c++)
    g_print ("  %s → %s\n", cherish_import_get_header (import, c),
             cherish_import_field_label (cherish_import_get_field (import, c)));
  cherish_import_set_calendar (import, calendar, options->calendar != NULL);
  cherish_import_set_date_order (import, order);
  store = cherish_customer_store_new (database, NULL);
  done = cherish_import_run (import, store, policy, options->good_rows_only, NULL, &report, &error);
  print_report (&report);
  cherish_import_report_clear (&report);
  if (!done)
    {
      g_printerr ("%s\n", error->message);
      if (g_strcmp0 (cherish_error_get_field (error), "date-order") == 0)
        g_printerr (_("Run it again with --date-order=dmy or --date-order=mdy.\n"));
      return 1;
    }
  return 0;
}
