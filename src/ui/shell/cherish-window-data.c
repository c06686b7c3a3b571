/* cherish-window-data.c — the shop's data in and out: import, export, backup, restore
 *
 * The window's actions for the main menu: win.import (a CSV file into the
 * import assistant), win.export-customers and win.export-visits (CSV),
 * win.backup (a copy made while the app keeps working, with its progress)
 * and win.restore (after a confirmation naming where the current data is
 * kept). Files are chosen with cherish_file_picker_run() (the portal in
 * Flatpak); what happened is said in a toast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-window-data"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-alert.h"
#include "cherish-calendar.h"
#include "cherish-customer-export.h"
#include "cherish-customer-import.h"
#include "cherish-customer-own-data.h"
#include "cherish-error.h"
#include "cherish-file-picker.h"
#include "cherish-form-dialog.h"
#include "cherish-import-dialog.h"
#include "cherish-message-dialog.h"
#include "cherish-widget-util.h"
#include "cherish-window-data.h"
#include "cherish-window.h"
#include "cherish-widget-thread.h"

typedef void (*FileChosen) (CherishWindow *window,
                            GFile         *file,
                            const char    *what);

typedef struct
{
  CherishWindow *window;
  FileChosen     chosen;
  char          *what;
} Choice;

static void
choice_free (gpointer data)
{
  Choice *choice = data;

  g_object_unref (choice->window);
  g_free (choice->what);
  g_free (choice);
}

static void
on_file_picked (GFile    *file,
                gpointer  user_data)
{
  Choice *choice = user_data;

  choice->chosen (choice->window, file, choice->what);
}

/* Each choice keeps its own @what: two choosers may be open at once. */
static void
choose_file (CherishWindow *window,
             gboolean       save,
             const char    *title,
             const char    *accept,
             const char    *suggested_name,
             const char    *mime_type,
             FileChosen     chosen,
             const char    *what)
{
  g_autoptr(GtkFileFilter) filter = NULL;
  Choice *choice = g_new0 (Choice, 1);

  if (mime_type != NULL)
    {
      filter = gtk_file_filter_new ();
      gtk_file_filter_add_mime_type (filter, mime_type);
      gtk_file_filter_add_suffix (filter, "csv");
      if (!save)
        {
          gtk_file_filter_add_mime_type (filter, "text/vcard");
          gtk_file_filter_add_mime_type (filter, "text/x-vcard");
          gtk_file_filter_add_suffix (filter, "vcf");
        }
      gtk_file_filter_set_name (filter, !save ? _("Spreadsheets (CSV) and contacts (vCard)") : _("CSV files"));
    }
  choice->window = g_object_ref (window);
  choice->chosen = chosen;
  choice->what = g_strdup (what);
  cherish_file_picker_run (GTK_WINDOW (window), save, title, accept, suggested_name, filter,
                           on_file_picked, choice, choice_free);
}

/* "cherish-customers-2026-11-24.csv" */
static char *
dated_name (CherishWindow *window,
            const char    *stem,
            const char    *suffix)
{
  GDate today;

  cherish_clock_get_today (cherish_window_get_clock (window), &today);
  return g_strdup_printf ("%s-%04d-%02d-%02d.%s", stem, g_date_get_year (&today), g_date_get_month (&today),
                          g_date_get_day (&today), suffix);
}

/* ---- Import --------------------------------------------------------- */

static void
import_file (CherishWindow *window,
             GFile         *file,
             const char    *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, &error);
  g_autofree char *name = g_file_get_basename (file);
  CherishImport *import = bytes != NULL ? cherish_import_new (bytes, NULL, &error) : NULL;

  if (import == NULL)
    {
      g_autofree char *text = g_strdup_printf ("%s: %s", name, error->message);

      cherish_window_toast (window, text);
      return;
    }
  {
    CherishImportDialog *dialog = cherish_import_dialog_new (GTK_WINDOW (window),
                                                             cherish_window_get_database (window),
                                                             cherish_window_get_clock (window), import, name);

    cherish_import_dialog_set_source (dialog, bytes);
    gtk_window_present (GTK_WINDOW (dialog));
  }
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  choose_file (CHERISH_WINDOW (widget), FALSE, _("Import Customers"), _("_Open"),
               NULL, "text/csv", import_file, NULL);
}

/* ---- Export --------------------------------------------------------- */

static void
export_file (CherishWindow *window,
             GFile         *file,
             const char    *what)
{
  g_autoptr(CherishCustomerStore) customers = cherish_customer_store_new (cherish_window_get_database (window),
                                                                          cherish_window_get_clock (window));
  g_autoptr(CherishVisitStore) visits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *said = NULL;

  if (g_str_equal (what, "visits"))
    {
      visits = cherish_visit_store_new (cherish_window_get_database (window), cherish_window_get_clock (window));
      text = cherish_visit_export_csv (visits, customers, &error);
    }
  else
    text = cherish_customer_export_csv (customers, cherish_calendar_system (), &error);
  if (text == NULL ||
      !g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, NULL,
                                &error))
    said = g_strdup_printf ("%s: %s", name, error->message);
  else
    /* Translators: %s is a file's name */
    said = g_strdup_printf (_("Saved %s"), name);
  cherish_window_toast (window, said);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CherishWindow *window = CHERISH_WINDOW (widget);
  gboolean visits = g_str_equal (action_name, "win.export-visits");
  g_autofree char *name = dated_name (window, visits ? "cherish-visits" : "cherish-customers", "csv");

  choose_file (window, TRUE, visits ? _("Export Visits") : _("Export Customers"),
               _("_Save"), name, "text/csv", export_file, visits ? "visits" : "customers");
}

/* ---- Backup --------------------------------------------------------- */

typedef struct
{
  CherishDatabase  *database;
  char             *path;
  GtkProgressBar   *bar;          /* weak */
  CherishAlert     *dialog;       /* weak */
  GCancellable     *cancellable;
  int               permille;     /* written by the copy, read by the window */
  guint             tick;
} Backup;

static void
backup_free (Backup *job)
{
  g_clear_handle_id (&job->tick, g_source_remove);
  g_clear_object (&job->database);
  g_clear_object (&job->cancellable);
  g_clear_weak_pointer (&job->bar);
  g_clear_weak_pointer (&job->dialog);
  g_free (job->path);
  g_free (job);
}

static void
on_backup_progress (int      done,
                    int      total,
                    gpointer user_data)
{
  Backup *job = user_data;

  g_atomic_int_set (&job->permille, total > 0 ? (int) (1000.0 * done / total) : 0);
}

static void
backup_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Backup *job = task_data;
  GError *error = NULL;

  if (cherish_database_backup (job->database, job->path, on_backup_progress, job, job->cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static gboolean
show_progress (gpointer user_data)
{
  Backup *job = user_data;

  if (job->bar != NULL)
    gtk_progress_bar_set_fraction (job->bar, g_atomic_int_get (&job->permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
on_backup_done (gpointer      widget,
                GAsyncResult *result)
{
  CherishWindow *window = CHERISH_WINDOW (widget);
  Backup *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *said = NULL;

  if (job->dialog != NULL)
    cherish_alert_close (job->dialog);
  if (g_task_propagate_boolean (G_TASK (result), &error))
    /* Translators: %s is a file */
    said = g_strdup_printf (_("Backed up to %s"), job->path);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    said = g_strdup (error->message);
  if (said != NULL)
    cherish_window_toast (window, said);
}

static void
on_backup_response (CherishAlert *dialog,
                    const char   *response,
                    GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
}

static void
backup_to (CherishWindow *window,
           GFile         *file,
           const char    *what)
{
  Backup *job = g_new0 (Backup, 1);
  GtkWidget *bar = gtk_progress_bar_new ();
  CherishAlert *dialog;

  job->database = g_object_ref (cherish_window_get_database (window));
  job->path = g_file_get_path (file);
  job->cancellable = g_cancellable_new ();
  if (job->path == NULL)
    {
      cherish_window_toast (window, _("Choose a file on this computer for the backup."));
      backup_free (job);
      return;
    }
  dialog = cherish_alert_new (_("Backing Up"), job->path);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Backing up"), -1);
  cherish_alert_set_extra_child (dialog, bar);
  cherish_alert_add_response (dialog, "cancel", _("_Cancel"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_backup_response), job->cancellable, 0);
  g_set_weak_pointer (&job->bar, GTK_PROGRESS_BAR (bar));
  g_set_weak_pointer (&job->dialog, dialog);
  job->tick = g_timeout_add (100, show_progress, job);
  cherish_alert_present (dialog, GTK_WIDGET (window));

  cherish_widget_run_in_thread (window, backup_to, backup_in_thread, job, (GDestroyNotify) backup_free,
                                on_backup_done);
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_autofree char *name = dated_name (CHERISH_WINDOW (widget), "cherish-backup", "db");

  choose_file (CHERISH_WINDOW (widget), TRUE, _("Back Up"), _("_Save"), name, NULL,
               backup_to, NULL);
}

/* ---- Restore -------------------------------------------------------- */

static void
on_restore_response (CherishAlert  *dialog,
                     const char    *response,
                     CherishWindow *window)
{
  const char *source = g_object_get_data (G_OBJECT (dialog), "source");
  const char *keep = g_object_get_data (G_OBJECT (dialog), "keep");
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *said = NULL;

  if (!g_str_equal (response, "restore"))
    return;
  folder = g_path_get_dirname (keep);
  g_mkdir_with_parents (folder, 0700);
  if (cherish_database_restore (cherish_window_get_database (window), source, keep, &error))
    /* Translators: %s is the file the data before the restore is kept in */
    said = g_strdup_printf (_("Restored. What was here before is kept in %s"), keep);
  else
    said = g_strdup (error->message);
  cherish_window_toast (window, said);
}

static void
restore_from (CherishWindow *window,
              GFile         *file,
              const char    *what)
{
  g_autofree char *source = g_file_get_path (file);
  g_autofree char *folder = cherish_database_get_backups_folder (cherish_window_get_database (window));
  g_autoptr(GDateTime) now = cherish_clock_get_now (cherish_window_get_clock (window));
  g_autofree char *stamp = g_date_time_format (now, "before-restore-%Y-%m-%d-%H%M%S.db");
  g_autofree char *keep = g_build_filename (folder, stamp, NULL);
  g_autofree char *body = NULL;
  CherishAlert *dialog;

  if (source == NULL)
    {
      cherish_window_toast (window, _("Choose a file on this computer to restore."));
      return;
    }
  /* Translators: restoring: %s is the file the current data will be kept in */
  body = g_strdup_printf (_("Everything in Cherish now is replaced by this backup. What is here now is "
                            "kept in %s."), keep);
  dialog = cherish_alert_new (_("Restore This Backup?"), body);
  cherish_alert_add_responses (dialog, "cancel", _("_Cancel"), "restore", _("_Restore"), NULL);
  cherish_alert_set_response_appearance (dialog, "restore", ADW_RESPONSE_DESTRUCTIVE);
  cherish_alert_set_default_response (dialog, "cancel");
  cherish_alert_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "source", g_steal_pointer (&source), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "keep", g_steal_pointer (&keep), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response), window, 0);
  cherish_alert_present (dialog, GTK_WIDGET (window));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  choose_file (CHERISH_WINDOW (widget), FALSE, _("Restore a Backup"), _("_Open"), NULL,
               NULL, restore_from, NULL);
}

/* ---- A customer's own data ------------------------------------------ */

static void
save_customer_data (CherishWindow *window,
                    GFile         *file,
                    const char    *what)
{
  gint64 id = g_ascii_strtoll (what, NULL, 10);
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GError) error = NULL;
  g_autofree char *said = NULL;
  g_autofree char *data = g_str_has_suffix (name, ".txt")
    ? cherish_customer_own_data_text (cherish_window_get_database (window), cherish_window_get_clock (window), id,
                                      &error)
    : cherish_customer_own_data_json (cherish_window_get_database (window), cherish_window_get_clock (window), id,
                                      &error);

  if (data == NULL ||
      !g_file_replace_contents (file, data, strlen (data), NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, NULL, &error))
    said = g_strdup_printf ("%s: %s", name, error->message);
  else
    said = g_strdup_printf (_("Saved %s"), name);
  cherish_window_toast (window, said);
}

/* Everything about a customer, as JSON (or as text, for a .txt name). */
static void
save_customer_data_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, g_variant_get_int64 (parameter));

  choose_file (CHERISH_WINDOW (widget), TRUE, _("Save Their Data"), _("_Save"),
               "customer-data.json", NULL, save_customer_data, id_text);
}

/* ---- Merge ---------------------------------------------------------- */

typedef struct
{
  CherishWindow *window;
  gint64         kept_id;
} MergeForm;

static void
on_merge_toast_dismissed (AdwToast      *toast,
                          CherishWindow *window)
{
  /* Too late to undo: the merged customer is erased with the deleted ones. */
  if (g_object_get_data (G_OBJECT (window), "merge") == g_object_get_data (G_OBJECT (toast), "merge"))
    g_object_set_data (G_OBJECT (window), "merge", NULL);
}

static gboolean
merge_customers (CherishFormDialog  *dialog,
                 gpointer            user_data,
                 GError            **error)
{
  MergeForm *form = user_data;
  CherishDatabase *database = cherish_window_get_database (form->window);
  g_autoptr(CherishCustomerStore) customers = cherish_customer_store_new (database,
                                                                          cherish_window_get_clock (form->window));
  g_autofree char *text = g_strstrip (g_strdup (cherish_form_dialog_get_text (dialog, "other")));
  CherishCustomerQuery query = { text, CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_FILTER_NONE };
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(CherishCustomer) kept = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  CherishCustomer *other = NULL;
  CherishMerge *merge;
  AdwToast *toast;

  if (*text != '\0' && (found = cherish_customer_store_find (customers, &query, 0, 20, error)) == NULL)
    return FALSE;
  for (guint i = 0; found != NULL && i < found->len; i++)
    if (cherish_customer_get_id (found->pdata[i]) != form->kept_id)
      g_ptr_array_add (others, found->pdata[i]);
  for (guint i = 0; i < others->len; i++)
    if (others->len == 1 || g_utf8_collate (cherish_customer_get_display_name (others->pdata[i]), text) == 0)
      other = others->pdata[i];
  if (other == NULL)
    {
      cherish_set_invalid (error, "other", others->len > 1
                           ? _("Same person as: more than one customer matches; type the whole name or the phone.")
                           : _("Same person as: no other customer by that name or phone."));
      return FALSE;
    }
  merge = cherish_customer_store_merge (customers, form->kept_id, cherish_customer_get_id (other), error);
  if (merge == NULL)
    return FALSE;
  kept = cherish_customer_store_get (customers, form->kept_id, NULL);
  cherish_window_forget_customer (form->window, cherish_customer_get_id (other));
  g_object_set_data_full (G_OBJECT (form->window), "merge", merge, (GDestroyNotify) cherish_merge_free);
  {
    g_autofree char *a = g_markup_escape_text (cherish_customer_get_display_name (other), -1);
    g_autofree char *b = g_markup_escape_text (kept != NULL ? cherish_customer_get_display_name (kept) : "", -1);

    /* Translators: merging customers: the one merged, then the one kept */
    title = g_strdup_printf (_("“%s” was merged into “%s”"), a, b);
  }
  toast = cherish_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-merge");
  adw_toast_set_timeout (toast, 10);
  g_object_set_data (G_OBJECT (toast), "merge", merge);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_merge_toast_dismissed), form->window, 0);
  cherish_window_add_toast (form->window, toast);
  return TRUE;
}

/* One person entered twice: pick the other entry; everything moves here. */
static void
merge_customer_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MergeForm *form = g_new0 (MergeForm, 1);
  CherishFormDialog *dialog;

  form->window = CHERISH_WINDOW (widget);
  form->kept_id = g_variant_get_int64 (parameter);
  dialog = cherish_form_dialog_new (widget, _("Merge Customers"), _("_Merge"), merge_customers, form, g_free);
  cherish_form_dialog_set_intro (dialog, _("The same person entered twice? Everything of the other entry — visits, "
                                           "points, life events, celebrations, invitations — moves to this "
                                           "customer, who keeps their details and gets the missing ones. You "
                                           "can undo it for a few seconds."));
  cherish_form_dialog_add_entry (dialog, "other", _("Same Person As (name or phone)"), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_merge_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CherishWindow *window = CHERISH_WINDOW (widget);
  CherishMerge *merge = g_object_get_data (G_OBJECT (window), "merge");
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(GError) error = NULL;

  if (merge == NULL)
    return;
  customers = cherish_customer_store_new (cherish_window_get_database (window), cherish_window_get_clock (window));
  if (!cherish_customer_store_unmerge (customers, merge, &error))
    cherish_window_toast (window, error->message);
  g_object_set_data (G_OBJECT (window), "merge", NULL);
}

/* ---- Erase ---------------------------------------------------------- */

/* Appends @item (taken), if any, to a list separated by commas. */
static void
append_item (GString *text,
             char    *item)
{
  if (item == NULL)
    return;
  g_string_append_printf (text, "%s%s", text->len > 0 ? _(", ") : "", item);
  g_free (item);
}

#define COUNTED(n, text) ((n) > 0 ? g_strdup_printf (text, (int) (n)) : NULL)

static void
on_erase_response (CherishAlert  *dialog,
                   const char    *response,
                   CherishWindow *window)
{
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "id"));
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "erase"))
    return;
  customers = cherish_customer_store_new (cherish_window_get_database (window), cherish_window_get_clock (window));
  if (!cherish_customer_store_erase (customers, id, &error))
    {
      cherish_window_toast (window, error->message);
      return;
    }
  cherish_window_forget_customer (window, id);
  cherish_window_toast (window, g_object_get_data (G_OBJECT (dialog), "erased"));
}

/* Erase now and for good, after saying everything that goes. */
/* (customer id, purpose, follow-up id or 0): Send a Message… */
static void
send_message_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CherishWindow *window = CHERISH_WINDOW (widget);
  g_autoptr(CherishCustomerStore) customers = cherish_customer_store_new (cherish_window_get_database (window),
                                                                          cherish_window_get_clock (window));
  g_autoptr(CherishCustomer) customer = NULL;
  gint64 id, follow_up_id;
  int purpose;

  g_variant_get (parameter, "(xix)", &id, &purpose, &follow_up_id);
  customer = cherish_customer_store_get (customers, id, NULL);
  if (customer == NULL || purpose < 0 || purpose >= CHERISH_MESSAGE_N_PURPOSES)
    return;
  gtk_window_present (GTK_WINDOW (cherish_message_dialog_new (GTK_WINDOW (window),
                                                              cherish_window_get_database (window),
                                                              cherish_window_get_clock (window), customer,
                                                              (CherishMessagePurpose) purpose, follow_up_id)));
}

static void
erase_customer_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CherishWindow *window = CHERISH_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(CherishCustomerStore) customers = cherish_customer_store_new (cherish_window_get_database (window),
                                                                          cherish_window_get_clock (window));
  g_autoptr(CherishCustomer) customer = cherish_customer_store_get (customers, id, NULL);
  g_autoptr(GString) what = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  CherishCustomerData counts;
  CherishAlert *dialog;

  if (customer == NULL || !cherish_customer_store_count_data (customers, id, &counts, &error))
    return;
  append_item (what, COUNTED (counts.visits, g_dngettext (GETTEXT_PACKAGE, "%d visit or purchase",
                                                          "%d visits and purchases", (int) counts.visits)));
  append_item (what, COUNTED (counts.life_events, g_dngettext (GETTEXT_PACKAGE, "%d life event",
                                                               "%d life events", (int) counts.life_events)));
  append_item (what, COUNTED (counts.celebrations, g_dngettext (GETTEXT_PACKAGE, "%d celebration",
                                                                "%d celebrations", (int) counts.celebrations)));
  append_item (what, COUNTED (counts.photos, g_dngettext (GETTEXT_PACKAGE, "%d photo", "%d photos",
                                                          (int) counts.photos)));
  append_item (what, COUNTED (counts.follow_ups, g_dngettext (GETTEXT_PACKAGE, "%d follow-up", "%d follow-ups",
                                                              (int) counts.follow_ups)));
  append_item (what, COUNTED (counts.invitations, g_dngettext (GETTEXT_PACKAGE, "%d event invitation",
                                                               "%d event invitations", (int) counts.invitations)));
  append_item (what, COUNTED (counts.ledger_rows, g_dngettext (GETTEXT_PACKAGE, "%d movement of points",
                                                               "%d movements of points", (int) counts.ledger_rows)));
  /* Translators: %s is a customer */
  heading = g_strdup_printf (_("Erase %s?"), cherish_customer_get_display_name (customer));
  /* Translators: %s lists what a customer has: "2 visits and purchases, 1 photo" */
  body = what->len > 0
    ? g_strdup_printf (_("Their profile, notes and everything about them go now and for good: %s. "
                         "This cannot be undone."), what->str)
    : g_strdup (_("Their profile and notes go now and for good. This cannot be undone."));
  dialog = cherish_alert_new (heading, body);
  cherish_alert_add_responses (dialog, "cancel", _("_Cancel"), "erase", _("_Erase"), NULL);
  cherish_alert_set_response_appearance (dialog, "erase", ADW_RESPONSE_DESTRUCTIVE);
  cherish_alert_set_default_response (dialog, "cancel");
  cherish_alert_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "id", GSIZE_TO_POINTER ((gsize) id));
  /* Translators: %s is a customer */
  g_object_set_data_full (G_OBJECT (dialog), "erased",
                          g_strdup_printf (_("%s was erased"), cherish_customer_get_display_name (customer)),
                          g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_erase_response), window, 0);
  cherish_alert_present (dialog, GTK_WIDGET (window));
}

void
cherish_window_data_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.erase-customer", "x", erase_customer_action);
  gtk_widget_class_install_action (widget_class, "win.send-message", "(xix)", send_message_action);
  gtk_widget_class_install_action (widget_class, "win.merge-customer", "x", merge_customer_action);
  gtk_widget_class_install_action (widget_class, "win.undo-merge", NULL, undo_merge_action);
  gtk_widget_class_install_action (widget_class, "win.save-customer-data", "x", save_customer_data_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export-customers", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-visits", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "win.restore", NULL, restore_action);
}
