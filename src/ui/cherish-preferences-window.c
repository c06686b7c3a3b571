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

#include "cherish-money.h"
#include "cherish-preferences-window.h"

struct _CherishPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwComboRow          *calendar_row;
  AdwEntryRow          *currency_row;
};

static const char *calendars[] = { "automatic", "gregorian", "persian" };

G_DEFINE_FINAL_TYPE (CherishPreferencesWindow, cherish_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

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

  if (currency_is_valid (text))
    gtk_widget_remove_css_class (GTK_WIDGET (self->currency_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->currency_row), "error");
}

static void
on_currency_apply_cb (CherishPreferencesWindow *self)
{
  g_autofree char *code = g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (self->currency_row)),
                                         -1);

  if (!currency_is_valid (code))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (_("A currency code has three letters, "
                                                         "such as IRR, EUR or USD.")));
      return;
    }
  g_settings_set_string (self->settings, "currency", code);
  gtk_editable_set_text (GTK_EDITABLE (self->currency_row), code);
}

static void
on_calendar_selected_cb (CherishPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->calendar_row);

  /* Template rows announce their first selection before settings exist. */
  if (self->settings != NULL && selected < G_N_ELEMENTS (calendars))
    g_settings_set_string (self->settings, "calendar", calendars[selected]);
}

static void
cherish_preferences_window_dispose (GObject *object)
{
  CherishPreferencesWindow *self = (CherishPreferencesWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CHERISH_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

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
  gtk_widget_class_bind_template_child (widget_class, CherishPreferencesWindow, currency_row);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_currency_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_currency_apply_cb);
}

static void
cherish_preferences_window_init (CherishPreferencesWindow *self)
{
  g_autofree char *currency = NULL;
  g_autofree char *calendar = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  calendar = g_settings_get_string (self->settings, "calendar");
  for (guint i = 0; i < G_N_ELEMENTS (calendars); i++)
    if (g_strcmp0 (calendar, calendars[i]) == 0)
      adw_combo_row_set_selected (self->calendar_row, i);
  currency = g_settings_get_string (self->settings, "currency");
  gtk_editable_set_text (GTK_EDITABLE (self->currency_row), currency);
  gtk_widget_set_direction (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->currency_row))),
                            GTK_TEXT_DIR_LTR);
}

CherishPreferencesWindow *
cherish_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (CHERISH_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
}
