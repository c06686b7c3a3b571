/* cherish-preferences-window.c — the shop's settings
 *
 * Each setting is a GSettings key; a value that is not acceptable is shown
 * in red and not saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-message.h"
#include "cherish-milestones.h"
#include "cherish-money.h"
#include "cherish-preferences-window.h"
#include "cherish-message-preferences.h"
#include "cherish-reminder-preferences.h"
#include "cherish-shop-settings.h"
#include "cherish-storage-preferences.h"
#include "cherish-widget-util.h"

#if ADW_CHECK_VERSION (1, 5, 0)
# define PARENT_TYPE ADW_TYPE_PREFERENCES_DIALOG
typedef AdwPreferencesDialog Parent;
# define add_toast(self, toast) adw_preferences_dialog_add_toast (ADW_PREFERENCES_DIALOG (self), toast)
# define add_page(self, page) adw_preferences_dialog_add (ADW_PREFERENCES_DIALOG (self), page)
#else
# define PARENT_TYPE ADW_TYPE_PREFERENCES_WINDOW
typedef AdwPreferencesWindow Parent;
# define add_toast(self, toast) adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast)
# define add_page(self, page) adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), page)
#endif

struct _CherishPreferencesWindow
{
  Parent                parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwComboRow          *calendar_row;
  AdwEntryRow          *shop_name_row;
  AdwComboRow          *country_row;
  GStrv                 countries;   /* by row of country_row */
  AdwEntryRow          *currency_row;
  AdwEntryRow          *tenure_row;
  AdwEntryRow          *visits_row;
  AdwEntryRow          *shop_row;
  GtkSwitch            *feb29_switch;
  AdwComboRow          *horizon_row;
};

static const char *calendars[] = { "automatic", "gregorian", "persian" };
static const int horizons[] = { 7, 30, 90 };

G_DEFINE_FINAL_TYPE (CherishPreferencesWindow, cherish_preferences_window, PARENT_TYPE)

/* Typed in any case, kept in capitals. */
static gboolean
currency_is_valid (const char *text)
{
  g_autofree char *code = g_ascii_strup (text, -1);

  return cherish_money_currency_is_valid (code);
}

static void
on_currency_changed_cb (CherishPreferencesWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->currency_row));

  cherish_widget_set_invalid (GTK_WIDGET (self->currency_row), !currency_is_valid (text));
}

static void
on_currency_apply_cb (CherishPreferencesWindow *self)
{
  g_autofree char *code = g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (self->currency_row)),
                                         -1);

  if (!currency_is_valid (code))
    {
      add_toast (self, cherish_toast_new (_("A currency code has three letters, such as IRR, EUR or USD.")));
      return;
    }
  g_settings_set_string (self->settings, "currency", code);
  gtk_editable_set_text (GTK_EDITABLE (self->currency_row), code);
}

static void
on_country_selected_cb (CherishPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->country_row);

  if (self->settings != NULL && self->countries != NULL && selected < g_strv_length (self->countries))
    g_settings_set_string (self->settings, "country", self->countries[selected]);
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      names)
{
  return g_utf8_collate (g_hash_table_lookup (names, *(char **) a), g_hash_table_lookup (names, *(char **) b));
}

/* The countries whose numbers Cherish makes international, by their
 * names in the manager's language; the shop's chosen (or its locale's,
 * shown but not saved). */
static void
fill_countries (CherishPreferencesWindow *self)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autofree char *country = cherish_shop_settings_country ();
  g_auto(GStrv) codes = cherish_phone_countries ();
  g_autoptr(GPtrArray) countries = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_hash_table_insert (names, codes[i], cherish_calendar_country_name (codes[i]));
      g_ptr_array_add (countries, g_strdup (codes[i]));
    }
  g_ptr_array_sort_with_data (countries, compare_names, names);
  /* First, none: the locale's country, a guess until one is chosen. */
  g_ptr_array_insert (countries, 0, g_strdup (""));
  g_hash_table_insert (names, countries->pdata[0], g_strdup (_("Not Set")));
  for (guint i = 0; i < countries->len; i++)
    gtk_string_list_append (list, g_hash_table_lookup (names, countries->pdata[i]));
  adw_combo_row_set_model (self->country_row, G_LIST_MODEL (list));
  adw_combo_row_set_selected (self->country_row, 0);
  for (guint i = 1; i < countries->len; i++)
    if (g_str_equal (countries->pdata[i], country))
      adw_combo_row_set_selected (self->country_row, i);
  g_ptr_array_add (countries, NULL);
  self->countries = (GStrv) g_ptr_array_free (g_steal_pointer (&countries), FALSE);
}

static void
on_calendar_selected_cb (CherishPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->calendar_row);

  /* Template rows announce their first selection before settings exist. */
  if (self->settings != NULL && selected < G_N_ELEMENTS (calendars))
    g_settings_set_string (self->settings, "calendar", calendars[selected]);
}

static const char *
steps_key (CherishPreferencesWindow *self,
           AdwEntryRow              *row)
{
  if (row == self->tenure_row)
    return "tenure-thresholds";
  if (row == self->visits_row)
    return "visit-thresholds";
  return "shop-thresholds";
}

static void
on_steps_changed_cb (AdwEntryRow              *row,
                     CherishPreferencesWindow *self)
{
  CherishMilestoneSteps steps;

  cherish_widget_set_invalid (GTK_WIDGET (row),
                              !cherish_milestone_steps_parse (gtk_editable_get_text (GTK_EDITABLE (row)),
                                                              &steps, NULL));
}

/* Kept as written back, so that "1,5 ,+5" is shown and saved "1, 5, +5". */
static void
on_steps_apply_cb (AdwEntryRow              *row,
                   CherishPreferencesWindow *self)
{
  CherishMilestoneSteps steps;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!cherish_milestone_steps_parse (gtk_editable_get_text (GTK_EDITABLE (row)), &steps, &error))
    {
      g_autofree char *message = g_strdup_printf ("%s: %s",
                                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                                  error->message);

      add_toast (self, cherish_toast_new (message));
      return;
    }
  text = cherish_milestone_steps_format (&steps);
  g_settings_set_string (self->settings, steps_key (self, row), text);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
on_horizon_selected_cb (CherishPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->horizon_row);

  if (self->settings != NULL && selected < G_N_ELEMENTS (horizons))
    g_settings_set_int (self->settings, "celebrations-days", horizons[selected]);
}

static void
show_setting (CherishPreferencesWindow *self,
              AdwEntryRow              *row,
              const char               *key)
{
  g_autofree char *text = g_settings_get_string (self->settings, key);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_widget_set_direction (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row))),
                            GTK_TEXT_DIR_LTR);
}

static void
cherish_preferences_window_dispose (GObject *object)
{
  CherishPreferencesWindow *self = (CherishPreferencesWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CHERISH_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->countries, g_strfreev);

  G_OBJECT_CLASS (cherish_preferences_window_parent_class)->dispose (object);
}

static void
cherish_preferences_window_class_init (CherishPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cherish_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cherishapp/Cherish/cherish-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CherishPreferencesWindow, calendar_row);
  gtk_widget_class_bind_template_child (widget_class, CherishPreferencesWindow, shop_name_row);
  gtk_widget_class_bind_template_child (widget_class, CherishPreferencesWindow, country_row);
  gtk_widget_class_bind_template_child (widget_class, CherishPreferencesWindow, currency_row);
  gtk_widget_class_bind_template_child (widget_class, CherishPreferencesWindow, tenure_row);
  gtk_widget_class_bind_template_child (widget_class, CherishPreferencesWindow, visits_row);
  gtk_widget_class_bind_template_child (widget_class, CherishPreferencesWindow, shop_row);
  gtk_widget_class_bind_template_child (widget_class, CherishPreferencesWindow, feb29_switch);
  gtk_widget_class_bind_template_child (widget_class, CherishPreferencesWindow, horizon_row);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_country_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_steps_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_steps_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_horizon_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_currency_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_currency_apply_cb);
}

static void
cherish_preferences_window_init (CherishPreferencesWindow *self)
{
  g_autofree char *calendar = NULL;
  int days;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  calendar = g_settings_get_string (self->settings, "calendar");
  for (guint i = 0; i < G_N_ELEMENTS (calendars); i++)
    if (g_strcmp0 (calendar, calendars[i]) == 0)
      adw_combo_row_set_selected (self->calendar_row, i);
  g_settings_bind (self->settings, "shop-name", self->shop_name_row, "text", G_SETTINGS_BIND_DEFAULT);
  fill_countries (self);
  show_setting (self, self->currency_row, "currency");
  show_setting (self, self->tenure_row, "tenure-thresholds");
  show_setting (self, self->visits_row, "visit-thresholds");
  show_setting (self, self->shop_row, "shop-thresholds");
  g_settings_bind (self->settings, "feb29-on-march1", self->feb29_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  add_page (self, cherish_reminder_preferences_new (self->settings));
  add_page (self, cherish_message_preferences_new ());
  days = g_settings_get_int (self->settings, "celebrations-days");
  for (guint i = 0; i < G_N_ELEMENTS (horizons); i++)
    if (days == horizons[i])
      adw_combo_row_set_selected (self->horizon_row, i);
}

/**
 * cherish_preferences_window_new:
 * @database: (nullable): the shop in use, for the Storage page (none
 *   without it)
 */
CherishPreferencesWindow *
cherish_preferences_window_new (CherishDatabase *database)
{
  CherishPreferencesWindow *self = g_object_new (CHERISH_TYPE_PREFERENCES_WINDOW, NULL);

  if (database != NULL)
    add_page (self, cherish_storage_preferences_new (database));
  return self;
}

/**
 * cherish_preferences_window_present:
 * @parent: (nullable): a widget of the window it is for
 */
void
cherish_preferences_window_present (CherishPreferencesWindow *self,
                                    GtkWidget                *parent)
{
  cherish_dialog_present (GTK_WIDGET (self), parent);
}

/**
 * cherish_preferences_window_show_page:
 * @name: "shop", "reminders", "messages" or "storage"
 */
void
cherish_preferences_window_show_page (CherishPreferencesWindow *self,
                                      const char               *name)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_preferences_dialog_set_visible_page_name (ADW_PREFERENCES_DIALOG (self), name);
#else
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (self), name);
#endif
}
