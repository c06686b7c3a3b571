/* cherish-reminder-preferences.c — the Reminders page of Preferences
 *
 * Lead times per kind of occasion, quiet hours, running in the
 * background, and the follow-up rules. Each number is a spin button bound
 * to its GSettings key, limited to the key's range, so nothing out of
 * range can be saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-reminder-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-reminder-preferences.h"

typedef struct
{
  const char *key;
  const char *title;
  const char *subtitle;
  gboolean    hour;
} NumberRow;

static const NumberRow lead_rows[] = {
  { "lead-days-birthday", N_("Birthdays"), NULL, FALSE },
  { "lead-days-life-event", N_("Life Events"), NULL, FALSE },
  { "lead-days-tenure", N_("Years as a Customer"), NULL, FALSE },
  { "lead-days-nth-visit", N_("A Customer’s Nth Visit"), NULL, FALSE },
  { "lead-days-shop-milestone", N_("The Shop’s Nth Customer"), NULL, FALSE },
};

static const NumberRow quiet_rows[] = {
  { "quiet-from", N_("From"), NULL, TRUE },
  { "quiet-until", N_("Until"), NULL, TRUE },
};

static const NumberRow follow_up_rows[] = {
  { "follow-up-purchase-over", N_("After a Purchase Over"),
    N_("In whole units of the shop’s currency; 0: never"), FALSE },
  { "follow-up-purchase-days", N_("Days After That Purchase"), NULL, FALSE },
  { "follow-up-first-visit-days", N_("Days After a First Visit"), N_("0: never"), FALSE },
  { "follow-up-not-seen-days", N_("Check In After Days Away"), N_("0: never"), FALSE },
};

/* Shows an hour as "21:00" rather than "21". */
static gboolean
on_hour_output (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d:00", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static GtkWidget *
number_row (GSettings       *settings,
            const NumberRow *row)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) limits = NULL;
  const char *type = NULL;
  int min = 0, max = G_MAXINT;
  GtkWidget *action_row = adw_action_row_new ();
  GtkWidget *spin;

  g_object_get (settings, "settings-schema", &schema, NULL);
  key = g_settings_schema_get_key (schema, row->key);
  range = g_settings_schema_key_get_range (key);
  g_variant_get (range, "(&sv)", &type, &limits);
  if (g_str_equal (type, "range"))
    g_variant_get (limits, "(ii)", &min, &max);

  spin = gtk_spin_button_new_with_range (min, max, 1);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), !row->hour);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), row->hour ? 5 : 4);
  if (row->hour)
    g_signal_connect (spin, "output", G_CALLBACK (on_hour_output), NULL);
  g_settings_bind (settings, row->key, spin, "value", G_SETTINGS_BIND_DEFAULT);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(row->title), -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), _(row->title));
  if (row->subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), _(row->subtitle));
  adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (action_row), spin);
  gtk_widget_set_name (action_row, row->key);   /* found by tests */
  return action_row;
}

/* A row with a switch bound to the boolean @key. */
static GtkWidget *
switch_row (GSettings  *settings,
            const char *key,
            const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_settings_bind (settings, key, toggle, "active", G_SETTINGS_BIND_DEFAULT);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  gtk_widget_set_name (row, key);   /* found by tests */
  return row;
}

static AdwPreferencesGroup *
add_group (AdwPreferencesPage *page,
           const char         *title,
           const char         *description,
           GSettings          *settings,
           const NumberRow    *rows,
           guint               n_rows)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  adw_preferences_group_set_description (group, description);
  for (guint i = 0; i < n_rows; i++)
    adw_preferences_group_add (group, number_row (settings, &rows[i]));
  adw_preferences_page_add (page, group);
  return group;
}

/**
 * cherish_reminder_preferences_new:
 *
 * Returns: (transfer floating): the page, bound to @settings
 */
AdwPreferencesPage *
cherish_reminder_preferences_new (GSettings *settings)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *group;
  GtkWidget *row;

  adw_preferences_page_set_name (page, "reminders");
  adw_preferences_page_set_title (page, _("Reminders"));
  adw_preferences_page_set_icon_name (page, "alarm-symbolic");

  add_group (page, _("Remind Me Ahead"),
             _("Days before each kind of occasion; another reminder comes on the day. "
               "0: on the day only."),
             settings, lead_rows, G_N_ELEMENTS (lead_rows));
  add_group (page, _("Quiet Hours"),
             _("No notifications from the first hour until the second; what falls due meanwhile "
               "comes when they end. The same hour twice: never quiet."),
             settings, quiet_rows, G_N_ELEMENTS (quiet_rows));

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("In the Background"));
  row = switch_row (settings, "run-in-background", _("Run in Background"),
                    _("Keep sending reminders after the window is closed, and start at login"));
  adw_preferences_group_add (group, row);
  adw_preferences_page_add (page, group);

  group = add_group (page, _("Follow-ups"),
                     _("Cherish adds these follow-ups by itself, each once, when a visit is "
                       "logged and every day."),
                     settings, follow_up_rows, G_N_ELEMENTS (follow_up_rows));
  adw_preferences_group_add (group, switch_row (settings, "follow-up-slipping",
                                                _("Regulars Slipping Away"),
                                                _("Away twice their usual gap between visits, "
                                                  "as on the Insights page")));
  return page;
}
