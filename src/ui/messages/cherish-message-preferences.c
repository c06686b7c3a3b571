/* cherish-message-preferences.c — the Messages page of Preferences
 *
 * One row per purpose (a birthday, an event's invitation…): opened, the
 * shop's message for it, to write in its own words — placeholders in
 * braces ({first_name}, {age}, {event_title}…), what may be missing in
 * square brackets — and below it the message as a sample customer, Sara
 * Ahmadi, would get it. Reset brings back Cherish's own. What is typed is
 * saved as it is typed (GSettings "message-templates").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-message-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-clock.h"
#include "cherish-message-preferences.h"
#include "cherish-shop-settings.h"

typedef struct
{
  CherishMessagePurpose  purpose;
  GtkTextBuffer         *buffer;
  GtkLabel              *preview;
  GHashTable            *sample;
} Editor;

static void
editor_free (gpointer data)
{
  Editor *editor = data;

  g_hash_table_unref (editor->sample);
  g_free (editor);
}

/* What a sample customer of the shop would get. */
static GHashTable *
sample_values (void)
{
  g_autoptr(CherishCustomer) sara = cherish_customer_new (_("Sara Ahmadi"));
  g_autoptr(CherishClock) clock = cherish_clock_new_system ();
  g_autofree char *shop_name = cherish_shop_settings_shop_name ();
  GHashTable *values;
  GDate today;

  cherish_clock_get_today (clock, &today);
  g_object_set (sara, "birthday", "1990-03-20", "customer-since", "2020-06-10", NULL);
  values = cherish_message_values_new (sara, shop_name, &today);
  g_hash_table_replace (values, g_strdup ("visit_number"), g_strdup ("10"));
  g_hash_table_replace (values, g_strdup ("shop_number"), g_strdup ("1000"));
  g_hash_table_replace (values, g_strdup ("life_event"), g_strdup (_("move to Shiraz")));
  g_hash_table_replace (values, g_strdup ("event_title"), g_strdup (_("Autumn Tea Evening")));
  g_hash_table_replace (values, g_strdup ("event_day"), g_strdup (_("Thursday")));
  g_hash_table_replace (values, g_strdup ("event_time"), g_strdup ("18:00"));
  cherish_calendar_digits_in_values (values);   /* as the messages have them */
  return values;
}

static void
show_preview (Editor *editor)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autofree char *rendered = NULL;

  gtk_text_buffer_get_bounds (editor->buffer, &start, &end);
  text = gtk_text_buffer_get_text (editor->buffer, &start, &end, FALSE);
  rendered = cherish_message_render (text, editor->sample);
  gtk_label_set_label (editor->preview, rendered);
}

static void
on_changed (GtkTextBuffer *buffer,
            Editor        *editor)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  cherish_shop_settings_set_message_template (editor->purpose, text);
  show_preview (editor);
}

static void
on_reset (GtkButton *button,
          Editor    *editor)
{
  gtk_text_buffer_set_text (editor->buffer, cherish_message_default_template (editor->purpose), -1);
}

static GtkWidget *
editor_row (CherishMessagePurpose purpose)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *preview = gtk_label_new (NULL);
  GtkWidget *reset = gtk_button_new_with_mnemonic (_("_Reset to Cherish’s Own"));
  GtkWidget *holder = adw_preferences_row_new ();
  g_autofree char *own = cherish_shop_settings_message_template (purpose);
  Editor *editor = g_new0 (Editor, 1);

  editor->purpose = purpose;
  editor->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  editor->preview = GTK_LABEL (preview);
  editor->sample = sample_values ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), cherish_message_purpose_label (purpose));
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (view, "notes-view");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cherish_message_purpose_label (purpose), -1);
  gtk_text_buffer_set_text (editor->buffer, own, -1);
  gtk_label_set_wrap (GTK_LABEL (preview), TRUE);
  gtk_label_set_xalign (GTK_LABEL (preview), 0);
  gtk_label_set_selectable (GTK_LABEL (preview), TRUE);
  gtk_widget_add_css_class (preview, "dim-label");
  gtk_widget_set_halign (reset, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), view);
  gtk_box_append (GTK_BOX (box), preview);
  gtk_box_append (GTK_BOX (box), reset);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (holder), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (holder), box);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), holder);
  show_preview (editor);
  g_signal_connect (editor->buffer, "changed", G_CALLBACK (on_changed), editor);
  g_signal_connect (reset, "clicked", G_CALLBACK (on_reset), editor);
  g_object_set_data_full (G_OBJECT (expander), "editor", editor, editor_free);
  return expander;
}

/**
 * cherish_message_preferences_new:
 *
 * Returns: (transfer floating): the Messages page
 */
AdwPreferencesPage *
cherish_message_preferences_new (void)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_page_set_name (page, "messages");
  adw_preferences_page_set_title (page, _("Messages"));
  adw_preferences_page_set_icon_name (page, "mail-send-symbolic");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Your Messages"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("What Send a Message… writes for each purpose, in your words. "
                                           "{first_name}, {name}, {age}, {years}, {visit_number}, "
                                           "{shop_number}, {life_event}, {event_title}, {event_day}, "
                                           "{event_time}, {place} and {shop_name} are filled in; put what "
                                           "may be unknown in [square brackets] and it is left out "
                                           "when it is."));
  for (CherishMessagePurpose p = 0; p < CHERISH_MESSAGE_N_PURPOSES; p++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), editor_row (p));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
  return page;
}
