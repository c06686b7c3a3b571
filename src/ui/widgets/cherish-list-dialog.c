/* cherish-list-dialog.c — a whole list, however long, rows recycled
 *
 * A page shows the first few of something that can run into thousands
 * (follow-ups due, occasions, guests) and a "Show All" row; that row opens
 * this window: a GtkListView over the page's own list model, so only the
 * rows on screen exist, and the list follows the page's changes. Each row
 * says what the page says of the item, may carry buttons (Done, Snooze),
 * and opens the customer it is about.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-list-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-list-dialog.h"
#include "cherish-widget-util.h"

struct _CherishListDialog
{
  AdwWindow            parent_instance;

  GtkWindow           *parent;          /* weak */
  GListModel          *items;
  CherishDescribeItem  describe;
  GObject             *owner;
  CherishListAction   *actions;         /* static, from the page */
  guint                n_actions;
  GtkListView         *list;
  GtkSpinner          *spinner;         /* the rest of the list is being read */
  guint                rows;            /* row widgets made, for tests */
};

G_DEFINE_FINAL_TYPE (CherishListDialog, cherish_list_dialog, ADW_TYPE_WINDOW)

static void
on_action_clicked_cb (GtkButton         *button,
                      CherishListDialog *self)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (button), "list-item");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "action"));
  gpointer thing = gtk_list_item_get_item (item);

  if (thing != NULL && index < self->n_actions)
    self->actions[index].action (thing, self->owner);
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CherishListDialog        *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *go = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_widget_add_css_class (row, "list-dialog-row");
  for (guint i = 0; i < self->n_actions; i++)
    {
      const CherishListAction *action = &self->actions[i];
      GtkWidget *button = cherish_icon_button_new (action->icon_name, action->tooltip, NULL);

      g_object_set_data (G_OBJECT (button), "list-item", item);
      g_object_set_data (G_OBJECT (button), "action", GUINT_TO_POINTER (i));
      g_signal_connect (button, "clicked", G_CALLBACK (on_action_clicked_cb), self);
      gtk_box_append (GTK_BOX (row), button);
    }
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_box_append (GTK_BOX (row), texts);
  gtk_box_append (GTK_BOX (row), go);
  g_object_set_data (G_OBJECT (row), "title", title);
  g_object_set_data (G_OBJECT (row), "subtitle", subtitle);
  g_object_set_data (G_OBJECT (row), "go", go);
  gtk_list_item_set_child (item, row);
  self->rows++;
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            CherishListDialog        *self)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *digits = NULL;
  gint64 customer_id = 0;

  self->describe (gtk_list_item_get_item (item), self->owner, &title, &subtitle, &customer_id);
  digits = subtitle != NULL ? cherish_calendar_digits (subtitle) : NULL;
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "title"), title);
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "subtitle"), digits != NULL ? digits : "");
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "subtitle"), digits != NULL && *digits != '\0');
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "go"), customer_id > 0);
  gtk_list_item_set_activatable (item, customer_id > 0);
  g_object_set_data (G_OBJECT (row), "customer-id", GSIZE_TO_POINTER ((gsize) customer_id));
}

/* A row opens its customer in the main window. */
static void
on_activate_cb (GtkListView       *list,
                guint              position,
                CherishListDialog *self)
{
  g_autoptr(GObject) thing = g_list_model_get_item (self->items, position);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  gint64 customer_id = 0;

  if (thing == NULL)
    return;
  self->describe (thing, self->owner, &title, &subtitle, &customer_id);
  if (customer_id <= 0 || self->parent == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self->parent), "win.show-customer", "x", customer_id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
cherish_list_dialog_dispose (GObject *object)
{
  CherishListDialog *self = CHERISH_LIST_DIALOG (object);

  g_clear_weak_pointer (&self->parent);
  g_clear_object (&self->items);
  g_clear_object (&self->owner);
  g_clear_pointer (&self->actions, g_free);

  G_OBJECT_CLASS (cherish_list_dialog_parent_class)->dispose (object);
}

static void
cherish_list_dialog_class_init (CherishListDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cherish_list_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cherish_list_dialog_init (CherishListDialog *self)
{
}

/**
 * cherish_list_dialog_new:
 * @items: the whole list; kept, and followed as it changes
 * @describe: what a row says of an item
 * @user_data: a GObject (the page), kept while the window is open, given
 *   to @describe and to the actions
 * @actions: (array length=n_actions): buttons at the start of each row
 *
 * Returns: (transfer none): the window, to add actions to, then present
 */
CherishListDialog *
cherish_list_dialog_new (GtkWindow           *parent,
                         const char          *title,
                         GListModel          *items,
                         CherishDescribeItem  describe,
                         gpointer             user_data,
                         const CherishListAction *actions,
                         guint                n_actions)
{
  CherishListDialog *self = g_object_new (CHERISH_TYPE_LIST_DIALOG,
                                          "title", title,
                                          "transient-for", parent,
                                          "modal", TRUE,
                                          "default-width", 520,
                                          "default-height", 640,
                                          NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkNoSelection *selection;

  g_set_weak_pointer (&self->parent, parent);
  self->items = g_object_ref (items);
  self->describe = describe;
  self->owner = g_object_ref (user_data);
  self->actions = g_memdup2 (actions, n_actions * sizeof *actions);
  self->n_actions = n_actions;

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  selection = gtk_no_selection_new (g_object_ref (items));
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (selection), g_object_ref (factory)));
  gtk_list_view_set_single_click_activate (self->list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "rich-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect (self->list, "activate", G_CALLBACK (on_activate_cb), self);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  /* Translators: a spinner's name while a long list's "Show All" window reads the rest of it */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->spinner), _("Reading the whole list"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spinner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_widget_get_tooltip_text (GTK_WIDGET (self->spinner)), -1);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->spinner));
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_window_set_content (ADW_WINDOW (self), box);
  return self;
}

/**
 * cherish_list_dialog_count_rows:
 *
 * Returns: how many row widgets were made (a few screens' worth, however
 *   long the list)
 */
guint
cherish_list_dialog_count_rows (CherishListDialog *self)
{
  g_return_val_if_fail (CHERISH_IS_LIST_DIALOG (self), 0);

  return self->rows;
}

/**
 * cherish_list_dialog_set_loading:
 * @loading: whether the rest of the list is still being read
 *
 * The window may open with the first items of a list (those the page
 * shows) while the page reads the rest; a spinner says so meanwhile.
 */
void
cherish_list_dialog_set_loading (CherishListDialog *self,
                                 gboolean           loading)
{
  g_return_if_fail (CHERISH_IS_LIST_DIALOG (self));

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), loading);
  gtk_spinner_set_spinning (self->spinner, loading);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_STATE_BUSY, loading, -1);
}

gboolean
cherish_list_dialog_get_loading (CherishListDialog *self)
{
  g_return_val_if_fail (CHERISH_IS_LIST_DIALOG (self), FALSE);

  return gtk_spinner_get_spinning (self->spinner);
}
