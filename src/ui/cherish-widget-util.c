/* cherish-widget-util.c — small things every form does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-widget-util"

#include "config.h"

#include "cherish-calendar.h"
#include "cherish-widget-util.h"

/**
 * cherish_widget_set_invalid:
 *
 * Shows @widget in red (the "error" style class) while what it holds is
 * not acceptable.
 */
void
cherish_widget_set_invalid (GtkWidget *widget,
                            gboolean   invalid)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (invalid)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

/**
 * cherish_info_row_new:
 * @subtitle: (nullable): the second line
 * @customer_id: the customer activating the row opens, or 0
 *
 * Returns: (transfer floating): a row of plain text (no markup); numbers
 *   of the subtitle in the digits dates are shown in
 */
GtkWidget *
cherish_info_row_new (const char *title,
                      const char *subtitle,
                      gint64      customer_id)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    {
      g_autofree char *digits = cherish_calendar_digits (subtitle);   /* ۳ in Persian */

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), digits);
    }
  if (customer_id > 0)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-customer");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", customer_id);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
  return row;
}

/**
 * cherish_group_add_row:
 * @rows: (element-type GtkWidget): the rows added so far, to clear later
 */
void
cherish_group_add_row (AdwPreferencesGroup *group,
                       GPtrArray           *rows,
                       GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
}

/**
 * cherish_group_clear:
 *
 * Removes the rows cherish_group_add_row() added to @group.
 */
void
cherish_group_clear (AdwPreferencesGroup *group,
                     GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, rows->pdata[i]);
  g_ptr_array_set_size (rows, 0);
}

/**
 * cherish_error_label_new:
 *
 * Returns: (transfer floating): a hidden label for what went wrong, in
 *   red, wrapping, at the start
 */
GtkLabel *
cherish_error_label_new (void)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_xalign (label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
  return label;
}
