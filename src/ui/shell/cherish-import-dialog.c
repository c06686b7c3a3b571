/* cherish-import-dialog.c — the import assistant: preview, columns, report
 *
 * Shows how the file was read (encoding, separator, rows), the first rows
 * as a preview, and one row per column saying what it holds (guessed from
 * its header; the manager may change it). Then how its dates are read
 * (said for each column of dates; the calendar and the day/month order
 * found from the dates, or chosen — the assistant asks when the dates
 * cannot tell), what to do with customers already there (skip, merge,
 * keep both) and whether to import the good rows when others are bad. Import writes everything in one transaction:
 * on a refusal the dialog stays and lists each bad row with its line;
 * after an import it says what was done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-import-dialog.h"
#include "cherish-text.h"
#include "cherish-widget-util.h"

#define PREVIEW_ROWS 3
#define PROBLEMS_SHOWN 50

struct _CherishImportDialog
{
  AdwWindow             parent_instance;

  CherishCustomerStore *customers;
  CherishImport        *import;
  GBytes               *bytes;         /* the file, to read again in another encoding */
  char                 *file_name;
  GPtrArray            *column_rows;   /* AdwComboRow, one per column */
  AdwPreferencesGroup  *columns_group;
  AdwComboRow          *encoding_row;
  GtkLabel             *about;
  AdwComboRow          *duplicates_row;
  AdwComboRow          *calendar_row;
  AdwComboRow          *order_row;
  AdwPreferencesGroup  *dates_group;
  GtkSwitch            *good_rows_switch;
  GtkLabel             *report_label;
  GtkButton            *import_button;
  gboolean              done;
};

G_DEFINE_FINAL_TYPE (CherishImportDialog, cherish_import_dialog, ADW_TYPE_WINDOW)

static void
cherish_import_dialog_dispose (GObject *object)
{
  CherishImportDialog *self = (CherishImportDialog *) object;

  g_clear_object (&self->customers);
  g_clear_pointer (&self->import, cherish_import_free);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->file_name, g_free);

  G_OBJECT_CLASS (cherish_import_dialog_parent_class)->dispose (object);
}

static void
cherish_import_dialog_class_init (CherishImportDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cherish_import_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cherish_import_dialog_init (CherishImportDialog *self)
{
  self->column_rows = g_ptr_array_new ();
}

static void
report (CherishImportDialog       *self,
        const CherishImportReport *done,
        const GError              *error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *digits = NULL;

  if (error != NULL)
    g_string_append_printf (text, "%s\n", error->message);
  if (done->rows > 0 && error == NULL)
    {
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u customer added", "%u customers added",
                                                 done->added), done->added);
      g_string_append (text, cherish_separator ());
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u completed", "%u completed", done->merged),
                              done->merged);
      g_string_append (text, cherish_separator ());
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u duplicate skipped",
                                                 "%u duplicates skipped", done->skipped), done->skipped);
      g_string_append (text, cherish_separator ());
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u row with a problem",
                                                 "%u rows with problems", done->bad), done->bad);
      if (done->anniversaries > 0)
        {
          g_string_append (text, cherish_separator ());
          g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u anniversary added",
                                                     "%u anniversaries added", done->anniversaries),
                                  done->anniversaries);
        }
      if (done->more_contacts > 0)
        {
          g_string_append_c (text, '\n');
          g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                     "%u customer has more than one phone or e-mail: the first is theirs, the others are in their notes.",
                                                     "%u customers have more than one phone or e-mail: the first is theirs, the others are in their notes.",
                                                     done->more_contacts), done->more_contacts);
        }
    }
  for (guint i = 0; done->problems != NULL && i < MIN (done->problems->len, PROBLEMS_SHOWN); i++)
    g_string_append_printf (text, "\n%s", (const char *) done->problems->pdata[i]);
  if (done->problems != NULL && done->problems->len > PROBLEMS_SHOWN)
    g_string_append_printf (text, "\n…");
  digits = cherish_calendar_digits (text->str);
  gtk_label_set_label (self->report_label, digits);
  gtk_widget_set_visible (GTK_WIDGET (self->report_label), TRUE);
  if (error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->report_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->report_label), "error");
}

/* The columns and date choices shown, into the import. */
static void
apply_choices (CherishImportDialog *self)
{
  guint calendar = adw_combo_row_get_selected (self->calendar_row);

  for (guint c = 0; c < self->column_rows->len; c++)
    cherish_import_set_field (self->import, c, adw_combo_row_get_selected (self->column_rows->pdata[c]));
  /* 0: as the years say, the shop's calendar otherwise; 1: Solar Hijri; 2: Gregorian */
  cherish_import_set_calendar (self->import,
                               calendar == 1 || (calendar == 0 && cherish_calendar_uses_persian ())
                               ? CHERISH_CALENDAR_PERSIAN : CHERISH_CALENDAR_GREGORIAN,
                               calendar != 0);
  cherish_import_set_date_order (self->import, (CherishDateOrder) adw_combo_row_get_selected (self->order_row));
}

/* How each column of dates will be read; the order asked for when the
 * dates cannot tell. */
static void
update_dates (CherishImportDialog *self)
{
  g_autoptr(GPtrArray) described = NULL;
  g_autofree char *text = NULL;
  gboolean needs_order = FALSE;
  GDate today;

  if (self->order_row == NULL)
    return;
  apply_choices (self);
  cherish_clock_get_today (cherish_store_get_clock (CHERISH_STORE (self->customers)), &today);
  described = cherish_import_describe_dates (self->import, &today, &needs_order);
  g_ptr_array_add (described, NULL);
  text = described->len > 1 ? g_strjoinv ("\n", (char **) described->pdata) : g_strdup (_("No column holds dates."));
  if (needs_order)
    {
      g_autofree char *asked = g_strconcat (text, "\n",
                                            _("Some dates could be day/month or month/day: choose which below."),
                                            NULL);

      adw_preferences_group_set_description (self->dates_group, asked);
      gtk_widget_add_css_class (GTK_WIDGET (self->order_row), "error");
    }
  else
    {
      adw_preferences_group_set_description (self->dates_group, text);
      gtk_widget_remove_css_class (GTK_WIDGET (self->order_row), "error");
    }
}

/**
 * cherish_import_dialog_run:
 *
 * Imports with the columns and choices shown, as the Import button does.
 *
 * Returns: whether the rows were written
 */
gboolean
cherish_import_dialog_run (CherishImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  CherishImportReport done = { 0 };
  gboolean ok;

  g_return_val_if_fail (CHERISH_IS_IMPORT_DIALOG (self), FALSE);

  apply_choices (self);
  ok = cherish_import_run (self->import, self->customers,
                           (CherishImportDuplicates) adw_combo_row_get_selected (self->duplicates_row),
                           gtk_switch_get_active (self->good_rows_switch), NULL, &done, &error);
  report (self, &done, error);
  cherish_import_report_clear (&done);
  if (ok)
    {
      /* Done: the button closes now, so that nothing is imported twice. */
      self->done = TRUE;
      gtk_button_set_label (self->import_button, _("_Close"));
      gtk_widget_set_sensitive (GTK_WIDGET (self->duplicates_row), FALSE);
    }
  return ok;
}

static void
on_import (CherishImportDialog *self)
{
  if (self->done)
    gtk_window_destroy (GTK_WINDOW (self));
  else
    cherish_import_dialog_run (self);
}

static GtkWidget *
group_in (GtkWidget  *box,
          const char *title,
          const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (GTK_BOX (box), group);
  return group;
}

/* "customers.csv: 3 rows, UTF-8, fields separated by semicolons." */
static void
describe (CherishImportDialog *self)
{
  /* A file's name keeps its own direction in a Persian sentence. */
  g_autofree char *isolated = cherish_text_isolate (self->file_name);
  guint rows = cherish_import_get_n_rows (self->import);
  char separator = cherish_import_get_separator (self->import);
  g_autofree char *how = NULL;
  g_autofree char *line = NULL;

  /* Translators: a file read for import: its name, its rows, encoding and what separates fields */
  how = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u row, %s, fields separated by %s.",
                                      "%s: %u rows, %s, fields separated by %s.", rows),
                         isolated, rows, cherish_import_get_encoding (self->import),
                         separator == '\t' ? _("tabs") : separator == ';' ? _("semicolons") : _("commas"));
  /* It begins with the file's name: set in the interface's direction. */
  line = cherish_line_in_direction (how);
  gtk_label_set_label (self->about, line);
}

/* One row per column of the file, with samples and what it holds. */
static void
fill_columns (CherishImportDialog *self)
{
  AdwPreferencesGroup *group = self->columns_group;
  g_autoptr(GtkStringList) fields = gtk_string_list_new (NULL);

  for (guint i = 0; i < self->column_rows->len; i++)
    adw_preferences_group_remove (group, self->column_rows->pdata[i]);
  g_ptr_array_set_size (self->column_rows, 0);
  for (int f = 0; f < CHERISH_IMPORT_N_FIELDS; f++)
    gtk_string_list_append (fields, cherish_import_field_label (f));
  for (guint c = 0; c < cherish_import_get_n_columns (self->import); c++)
    {
      GtkWidget *row = adw_combo_row_new ();
      g_autoptr(GString) sample = g_string_new (NULL);
      const char *header = cherish_import_get_header (self->import, c);

      for (guint r = 0; r < MIN (PREVIEW_ROWS, cherish_import_get_n_rows (self->import)); r++)
        {
          const char * const *fields_of_row = cherish_import_get_row (self->import, r);

          if (c < g_strv_length ((GStrv) fields_of_row) && *fields_of_row[c] != '\0')
            g_string_append_printf (sample, "%s%s", sample->len > 0 ? ", " : "", fields_of_row[c]);
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *header != '\0' ? header : _("(no header)"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sample->str);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (fields));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), cherish_import_get_field (self->import, c));
      g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (update_dates), self);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->column_rows, row);
    }
}

static const char *encodings[] = { NULL, "UTF-8", "UTF-16LE", "UTF-16BE", "WINDOWS-1256", "ISO-8859-6",
                                   "WINDOWS-1252", "ISO-8859-1" };

/* The file read again in the encoding chosen. */
static void
on_encoding_chosen (CherishImportDialog *self)
{
  guint chosen = adw_combo_row_get_selected (self->encoding_row);
  g_autoptr(GError) error = NULL;
  CherishImport *again;

  if (self->bytes == NULL || chosen >= G_N_ELEMENTS (encodings))
    return;
  again = cherish_import_new (self->bytes, encodings[chosen], &error);
  if (again == NULL)
    {
      CherishImportReport none = { 0 };

      report (self, &none, error);
      return;
    }
  cherish_import_free (self->import);
  self->import = again;
  gtk_widget_set_visible (GTK_WIDGET (self->report_label), FALSE);
  describe (self);
  fill_columns (self);
  update_dates (self);
}

/**
 * cherish_import_dialog_set_source:
 * @bytes: the file the import was read from
 *
 * Offers to read the file again in another encoding, for a file whose
 * samples do not read right.
 */
void
cherish_import_dialog_set_source (CherishImportDialog *self,
                                  GBytes              *bytes)
{
  g_return_if_fail (CHERISH_IS_IMPORT_DIALOG (self));

  g_clear_pointer (&self->bytes, g_bytes_unref);
  self->bytes = g_bytes_ref (bytes);
  gtk_widget_set_visible (GTK_WIDGET (self->encoding_row), TRUE);
}

static AdwComboRow *
combo_row_new (GtkWidget   *group,
               const char  *title,
               const char  *subtitle,
               const char **choices)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  g_autoptr(GtkStringList) list = gtk_string_list_new (choices);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (row));
  return row;
}

static void
add_dates (CherishImportDialog *self,
           GtkWidget           *box)
{
  GtkWidget *group = group_in (box, _("Dates"), NULL);
  const char *calendars[] = { _("As the Years Say"), _("Solar Hijri"), _("Gregorian"), NULL };
  const char *orders[] = { _("As the Dates Say"), _("Day/Month/Year"), _("Month/Day/Year"), NULL };

  self->dates_group = ADW_PREFERENCES_GROUP (group);
  self->calendar_row = combo_row_new (group, _("Calendar"),
                                      _("Years 1278 to 1600 are Solar Hijri, later ones Gregorian"), calendars);
  self->order_row = combo_row_new (group, _("Dates Like 03/04/2020"), NULL, orders);
  g_signal_connect_swapped (self->calendar_row, "notify::selected", G_CALLBACK (update_dates), self);
  g_signal_connect_swapped (self->order_row, "notify::selected", G_CALLBACK (update_dates), self);
}

static void
add_choices (CherishImportDialog *self,
             GtkWidget           *box)
{
  GtkWidget *group = group_in (box, _("Choices"), NULL);
  GtkWidget *good_row = adw_action_row_new ();
  g_autoptr(GtkStringList) policies = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, _("As found"));
  for (guint i = 1; i < G_N_ELEMENTS (encodings); i++)
    gtk_string_list_append (names, encodings[i]);
  self->encoding_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->encoding_row), _("Encoding"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->encoding_row),
                               _("If the samples above do not read right, try another"));
  adw_combo_row_set_model (self->encoding_row, G_LIST_MODEL (names));
  g_signal_connect_swapped (self->encoding_row, "notify::selected", G_CALLBACK (on_encoding_chosen), self);
  gtk_widget_set_visible (GTK_WIDGET (self->encoding_row), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->encoding_row));

  gtk_string_list_append (policies, _("Skip them"));
  gtk_string_list_append (policies, _("Complete the customer"));
  gtk_string_list_append (policies, _("Keep both"));
  self->duplicates_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->duplicates_row), _("Customers Already Here"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->duplicates_row),
                               _("Same phone or e-mail, or same name and birthday"));
  adw_combo_row_set_model (self->duplicates_row, G_LIST_MODEL (policies));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->duplicates_row));

  self->good_rows_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->good_rows_switch), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (good_row), _("Import the Good Rows Only"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (good_row),
                               _("Off: a single bad row stops the import, with nothing imported"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (good_row), GTK_WIDGET (self->good_rows_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (good_row), GTK_WIDGET (self->good_rows_switch));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), good_row);
}

/**
 * cherish_import_dialog_new:
 * @import: (transfer full): the file as read
 *
 * Returns: (transfer none): the assistant, to present
 */
CherishImportDialog *
cherish_import_dialog_new (GtkWindow       *parent,
                           CherishDatabase *database,
                           CherishClock    *clock,
                           CherishImport   *import,
                           const char      *file_name)
{
  CherishImportDialog *self = g_object_new (CHERISH_TYPE_IMPORT_DIALOG, "transient-for", parent, "modal", TRUE,
                                            "title", _("Import Customers"), "default-width", 520,
                                            "default-height", 680, NULL);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *about = gtk_label_new (NULL);

  self->customers = cherish_customer_store_new (database, clock);
  self->import = import;

  self->import_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Import")));
  gtk_widget_add_css_class (GTK_WIDGET (self->import_button), "suggested-action");
  g_signal_connect_swapped (self->import_button, "clicked", G_CALLBACK (on_import), self);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->import_button));
  gtk_box_append (GTK_BOX (content), header);

  self->about = GTK_LABEL (about);
  self->file_name = g_strdup (file_name);
  gtk_label_set_wrap (GTK_LABEL (about), TRUE);
  gtk_label_set_xalign (GTK_LABEL (about), 0);
  gtk_box_append (GTK_BOX (box), about);
  describe (self);
  self->columns_group = ADW_PREFERENCES_GROUP (group_in (box, _("Columns"),
                                                         _("What each column holds; “Left out” is not imported.")));
  fill_columns (self);
  add_dates (self, box);
  add_choices (self, box);
  update_dates (self);
  self->report_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->report_label, TRUE);
  gtk_label_set_xalign (self->report_label, 0);
  gtk_label_set_selectable (self->report_label, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->report_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->report_label));

  gtk_box_append (GTK_BOX (content), cherish_scrolled_page_new (box));
  adw_window_set_content (ADW_WINDOW (self), content);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->import_button));
  return self;
}
