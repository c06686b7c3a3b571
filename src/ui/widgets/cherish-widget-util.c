/* cherish-widget-util.c — small things every form does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-widget-util"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cherish-calendar.h"
#include "cherish-help.h"
#include "cherish-text.h"
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

/**
 * cherish_scrolled_page_new:
 *
 * Returns: (transfer floating): @child in a scrolling page, clamped to a
 *   readable width, with the margins of a page
 */
GtkWidget *
cherish_scrolled_page_new (GtkWidget *child)
{
  GtkWidget *window = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  gtk_widget_set_margin_top (child, 24);
  gtk_widget_set_margin_bottom (child, 24);
  gtk_widget_set_margin_start (child, 12);
  gtk_widget_set_margin_end (child, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), child);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (window), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (window), clamp);
  gtk_widget_set_vexpand (window, TRUE);
  return window;
}

/**
 * cherish_empty_state_new:
 *
 * @help_page: (nullable): the help page that explains this page, linked
 *   under the explanation
 *
 * Returns: (transfer floating): a big dim icon, a title and a wrapping
 *   explanation, for a page with nothing on it yet
 */
GtkWidget *
cherish_empty_state_new (const char *icon_name,
                         const char *title,
                         const char *text,
                         const char *help_page)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *body = gtk_label_new (text);

  gtk_image_set_pixel_size (GTK_IMAGE (icon), 64);
  gtk_widget_add_css_class (icon, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_widget_add_css_class (heading, "title-2");
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_justify (GTK_LABEL (body), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), body);
  if (help_page != NULL)
    gtk_box_append (GTK_BOX (box), cherish_help_button_new (help_page));
  return box;
}

/**
 * cherish_row_button_new:
 * @accessible_label: (nullable): what a screen reader says, naming the
 *   row's thing ("Vote for Flowers"); @label when %NULL
 * @id: the record the button acts on; see cherish_widget_get_id()
 *
 * Returns: (transfer floating): a button for the end of a row
 */
GtkWidget *
cherish_row_button_new (const char *label,
                        const char *accessible_label,
                        gint64      id,
                        GCallback   clicked,
                        gpointer    user_data)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label != NULL ? accessible_label : label, -1);
  g_object_set_data (G_OBJECT (button), "id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect (button, "clicked", clicked, user_data);
  return button;
}

/**
 * cherish_icon_button_new:
 * @tooltip: what the button does ("Done")
 * @accessible_label: (nullable): what a screen reader says, naming the
 *   row's thing ("Done: Sara Ahmadi"); @tooltip when %NULL
 *
 * Returns: (transfer floating): a flat icon button for a row or a header
 */
GtkWidget *
cherish_icon_button_new (const char *icon_name,
                         const char *tooltip,
                         const char *accessible_label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label != NULL ? accessible_label : tooltip, -1);
  return button;
}

/**
 * cherish_widget_get_id:
 *
 * Returns: the id cherish_row_button_new() (or a row) carries, or 0
 */
gint64
cherish_widget_get_id (gpointer widget)
{
  return (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (widget), "id"));
}

/**
 * cherish_more_button_new:
 * @content: what the menu shows (buttons, a spin…)
 * @accessible_label: what a screen reader says, naming the row's thing
 *
 * Keeps a row narrow: the next step stays a button, the others go here.
 *
 * Returns: (transfer floating): a flat ⋮ button opening @content
 */
GtkWidget *
cherish_more_button_new (GtkWidget  *content,
                         const char *tooltip,
                         const char *accessible_label)
{
  GtkWidget *menu = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();

  /* A button in the menu closes it, before what it opens. */
  for (GtkWidget *child = gtk_widget_get_first_child (content); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      g_signal_connect_object (child, "clicked", G_CALLBACK (gtk_popover_popdown), popover, G_CONNECT_SWAPPED);
  gtk_popover_set_child (GTK_POPOVER (popover), content);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (menu), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "view-more-symbolic");
  gtk_widget_set_valign (menu, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (menu, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  gtk_widget_add_css_class (menu, "flat");
  return menu;
}

/* Newer GTK (4.10 and later) and libadwaita build some controls out of
 * inner widgets that carry no name of their own: the toggle inside a
 * GtkMenuButton, the − and + buttons of a GtkSpinButton, the list inside
 * an AdwPreferencesGroup. A screen reader would announce them bare. Each
 * is named after what holds it when it is shown. */
/* The group's own list: the first list box inside, not inside a row. */
static GtkWidget *
find_list (GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (GTK_IS_LIST_BOX (c))
        return c;
      if (!GTK_IS_LIST_BOX_ROW (c) && (found = find_list (c)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
on_widget_mapped (GSignalInvocationHint *hint,
                  guint                  n_values,
                  const GValue          *values,
                  gpointer               user_data)
{
  GtkWidget *widget = g_value_get_object (&values[0]);

  if (GTK_IS_MENU_BUTTON (widget))
    {
      for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
        if (GTK_IS_TOGGLE_BUTTON (c))
          gtk_accessible_update_relation (GTK_ACCESSIBLE (c), GTK_ACCESSIBLE_RELATION_LABELLED_BY, widget, NULL,
                                          -1);
    }
  else if (GTK_IS_SPIN_BUTTON (widget))
    {
      for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
        if (GTK_IS_BUTTON (c))
          {
            const char *icon = gtk_button_get_icon_name (GTK_BUTTON (c));
            gboolean down = icon != NULL && (strstr (icon, "remove") != NULL || strstr (icon, "decrease") != NULL);

            gtk_accessible_update_property (GTK_ACCESSIBLE (c), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                            down ? _("Decrease") : _("Increase"), -1);
          }
    }
  else if (ADW_IS_PREFERENCES_GROUP (widget))
    {
      const char *title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget));
      GtkWidget *list = find_list (widget);
      GtkRoot *root = gtk_widget_get_root (widget);

      /* A group without a title holds the fields of its dialog. */
#if ADW_CHECK_VERSION (1, 5, 0)
      GtkWidget *dialog = gtk_widget_get_ancestor (widget, ADW_TYPE_DIALOG);

      if ((title == NULL || *title == '\0') && dialog != NULL)
        title = adw_dialog_get_title (ADW_DIALOG (dialog));
#endif
      if ((title == NULL || *title == '\0') && GTK_IS_WINDOW (root))
        title = gtk_window_get_title (GTK_WINDOW (root));

      if (list != NULL && title != NULL && *title != '\0')
        gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
    }
  return TRUE;
}

/**
 * cherish_widget_name_inner_controls:
 *
 * From now on, names the inner controls of menu buttons, spin buttons and
 * preferences groups when they are shown. Once per process.
 */
void
cherish_widget_name_inner_controls (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, on_widget_mapped, NULL, NULL);
      g_once_init_leave (&installed, 1);
    }
}

static void
on_choice_setup (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 6);
    }
  gtk_list_item_set_child (item, label);
}

static void
on_choice_bind (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  ellipsize)
{
  GtkStringObject *choice = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      choice != NULL ? gtk_string_object_get_string (choice) : "");
}

static GtkListItemFactory *
choice_factory_new (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_choice_setup), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (on_choice_bind), GINT_TO_POINTER (ellipsize));
  return factory;
}

/**
 * cherish_drop_down_let_shrink:
 * @drop_down: a drop-down of strings (a GtkStringList)
 *
 * Lets the button show the choice shortened ("Events they…") when the
 * window is narrow or the text large; the list it opens shows each whole.
 */
void
cherish_drop_down_let_shrink (GtkDropDown *drop_down)
{
  g_autoptr(GtkListItemFactory) button = choice_factory_new (TRUE);
  g_autoptr(GtkListItemFactory) list = choice_factory_new (FALSE);

  gtk_drop_down_set_factory (drop_down, button);
  gtk_drop_down_set_list_factory (drop_down, list);
}

/**
 * cherish_separator:
 *
 * Returns: what stands between two parts of a row's line ("Purchase ·
 *   €12.00"), in the shop's language
 */
const char *
cherish_separator (void)
{
  /* Translators: between two parts of a line ("Purchase · €12.00",
   * "3 added · 1 completed"). Persian writes its semicolon ("؛ "): a middle dot
   * beside Persian digits reads as the digit zero. */
  return _(" · ");
}

/**
 * cherish_line_in_direction:
 *
 * cherish_text_in_direction() in the direction of the window's widgets.
 *
 * Returns: (transfer full): @line started with the interface's direction
 *   mark
 */
char *
cherish_line_in_direction (const char *line)
{
  return cherish_text_in_direction (line, gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL);
}

/**
 * cherish_line_typed_first:
 * @typed: what someone typed (a note, a name), in whatever script
 * @rest: the interface's words after it, a separator first
 *
 * An English note in a Persian window would otherwise set the line left
 * to right, and its Persian words after the note would jump to the wrong
 * end.
 *
 * Returns: (transfer full): "@typed@rest", @typed isolated
 *   (cherish_text_isolate()) and the line in the interface's direction
 *   (cherish_line_in_direction())
 */
char *
cherish_line_typed_first (const char *typed,
                          const char *rest)
{
  g_autofree char *isolated = cherish_text_isolate (typed);
  g_autofree char *line = g_strconcat (isolated, rest, NULL);

  return cherish_line_in_direction (line);
}

/**
 * cherish_toast_new:
 * @title: the toast's title (markup, as adw_toast_new() takes it)
 *
 * A toast whose line reads in the interface's direction, even when it
 * begins with a name ("«Aisha Khan» حذف شد").
 *
 * Returns: (transfer full): the toast
 */
AdwToast *
cherish_toast_new (const char *title)
{
  g_autofree char *line = cherish_line_in_direction (title);

  return adw_toast_new (line);
}

/**
 * cherish_count_text:
 *
 * Returns: (transfer full): @count with its thousands apart ("1,934"), in
 *   the digits dates are shown in
 */
char *
cherish_count_text (guint count)
{
  g_autofree char *digits = g_strdup_printf ("%u", count);
  g_autoptr(GString) grouped = g_string_new (NULL);
  size_t length = strlen (digits);

  for (size_t i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        /* Translators: what separates thousands in a count: "1,934" */
        g_string_append (grouped, C_("thousands", ","));
      g_string_append_c (grouped, digits[i]);
    }
  return cherish_calendar_digits (grouped->str);
}

/**
 * cherish_dialog_present:
 * @dialog: an AdwDialog (libadwaita 1.5 and later) or a window
 * @parent: (nullable): a widget of the window it is for
 *
 * Shows @dialog over @parent's window: inside it (a bottom sheet when
 * narrow) for an AdwDialog, as a modal window of its own otherwise.
 */
void
cherish_dialog_present (GtkWidget *dialog,
                        GtkWidget *parent)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

#if ADW_CHECK_VERSION (1, 5, 0)
  if (ADW_IS_DIALOG (dialog))
    {
      adw_dialog_present (ADW_DIALOG (dialog), parent);
      return;
    }
#endif
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  gtk_window_set_modal (GTK_WINDOW (dialog), root != NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * cherish_show_all_row_new:
 * @count: how many items the whole list has
 * @activated: (scope notified): called with @user_data (swapped) when the
 *   row is activated
 *
 * The last row of a list cut short: "Show All 1,934", which opens the
 * whole list.
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
cherish_show_all_row_new (guint     count,
                          GCallback activated,
                          gpointer  user_data)
{
  g_autofree char *number = cherish_count_text (count);
  /* Translators: the last row of a long list: "Show All 1,934" */
  g_autofree char *title = g_strdup_printf (_("Show All %s"), number);
  GtkWidget *row = cherish_info_row_new (title, NULL, 0);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_signal_connect_swapped (row, "activated", activated, user_data);
  return row;
}
