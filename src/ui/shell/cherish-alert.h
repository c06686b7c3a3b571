/* cherish-alert.h — a short question or message over the window
 *
 * AdwAlertDialog (libadwaita 1.5: a bottom sheet on narrow windows) where
 * the toolkit has it, AdwMessageDialog on libadwaita 1.2–1.4. Both take
 * the same calls; only creating and presenting differ.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#if ADW_CHECK_VERSION (1, 5, 0)
typedef AdwAlertDialog CherishAlert;
# define CHERISH_TYPE_ALERT                  ADW_TYPE_ALERT_DIALOG
# define CHERISH_ALERT(obj)                  ADW_ALERT_DIALOG (obj)
# define cherish_alert_add_response          adw_alert_dialog_add_response
# define cherish_alert_add_responses         adw_alert_dialog_add_responses
# define cherish_alert_set_response_appearance adw_alert_dialog_set_response_appearance
# define cherish_alert_set_default_response  adw_alert_dialog_set_default_response
# define cherish_alert_set_close_response    adw_alert_dialog_set_close_response
# define cherish_alert_set_extra_child       adw_alert_dialog_set_extra_child
# define cherish_alert_get_heading           adw_alert_dialog_get_heading
# define cherish_alert_get_body              adw_alert_dialog_get_body
#else
typedef AdwMessageDialog CherishAlert;
# define CHERISH_TYPE_ALERT                  ADW_TYPE_MESSAGE_DIALOG
# define CHERISH_ALERT(obj)                  ADW_MESSAGE_DIALOG (obj)
# define cherish_alert_add_response          adw_message_dialog_add_response
# define cherish_alert_add_responses         adw_message_dialog_add_responses
# define cherish_alert_set_response_appearance adw_message_dialog_set_response_appearance
# define cherish_alert_set_default_response  adw_message_dialog_set_default_response
# define cherish_alert_set_close_response    adw_message_dialog_set_close_response
# define cherish_alert_set_extra_child       adw_message_dialog_set_extra_child
# define cherish_alert_get_heading           adw_message_dialog_get_heading
# define cherish_alert_get_body              adw_message_dialog_get_body
#endif

CherishAlert *cherish_alert_new     (const char   *heading,
                                     const char   *body);
void          cherish_alert_present (CherishAlert *alert,
                                     GtkWidget    *parent);
void          cherish_alert_close   (CherishAlert *alert);
void          cherish_alert_respond (CherishAlert *alert,
                                     const char   *response);

G_END_DECLS
