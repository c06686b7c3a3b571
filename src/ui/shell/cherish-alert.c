/* cherish-alert.c — a short question or message over the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-alert"

#include "config.h"

#include "cherish-alert.h"
#include "cherish-widget-util.h"

/**
 * cherish_alert_new:
 *
 * Returns: (transfer floating): an alert to add responses to, then present
 */
CherishAlert *
cherish_alert_new (const char *heading,
                   const char *body)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  return ADW_ALERT_DIALOG (adw_alert_dialog_new (heading, body));
#else
  return ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, heading, body));
#endif
}

/**
 * cherish_alert_present:
 * @parent: a widget of the window it belongs to
 */
void
cherish_alert_present (CherishAlert *alert,
                       GtkWidget    *parent)
{
  cherish_dialog_present (GTK_WIDGET (alert), parent);
}

void
cherish_alert_close (CherishAlert *alert)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_dialog_force_close (ADW_DIALOG (alert));
#else
  gtk_window_destroy (GTK_WINDOW (alert));
#endif
}

/**
 * cherish_alert_respond:
 *
 * Gives @response as if its button was pressed, and closes the alert.
 */
void
cherish_alert_respond (CherishAlert *alert,
                       const char   *response)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  g_autofree char *signal = g_strdup_printf ("response::%s", response);

  g_object_ref (alert);
  g_signal_emit_by_name (alert, signal, response);
  adw_dialog_force_close (ADW_DIALOG (alert));
  g_object_unref (alert);
#else
  adw_message_dialog_response (alert, response);
  gtk_window_destroy (GTK_WINDOW (alert));
#endif
}
