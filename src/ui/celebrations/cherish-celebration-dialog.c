/* cherish-celebration-dialog.c — planning one celebration
 *
 * Status (a skipped one says why), the surprise, who does it among the
 * active staff, the gesture or reward, what it cost, notes, and a photo
 * picked through the file chooser portal — kept only when the customer
 * agreed to photos. Save stays off while something is wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-celebration-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-celebration-dialog.h"
#include "cherish-message-dialog.h"
#include "cherish-file-picker.h"
#include "cherish-celebration-store.h"
#include "cherish-enum-types.h"
#include "cherish-idea-store.h"
#include "cherish-points-store.h"
#include "cherish-labels.h"
#include "cherish-money.h"
#include "cherish-reward.h"
#include "cherish-shop-settings.h"
#include "cherish-staff-store.h"

struct _CherishCelebrationDialog
{
  AdwWindow                parent_instance;

  CherishCelebrationStore *store;
  CherishCelebration      *celebration;
  CherishDatabase         *database;
  CherishClock            *clock;
  CherishOccasion         *occasion;
  GPtrArray               *staff;       /* CherishStaff, in the order of staff_row */
  GPtrArray               *ideas;       /* CherishIdea, in the order of idea_row (after "None") */
  GPtrArray               *rewards;     /* CherishReward, in the order of reward_row */
  char                    *currency;

  /* Template widgets */
  AdwPreferencesGroup     *occasion_group;
  GtkButton               *customer_button;
  AdwComboRow             *status_row;
  AdwEntryRow             *skip_reason_row;
  AdwComboRow             *idea_row;
  AdwEntryRow             *surprise_row;
  AdwComboRow             *reward_row;
  AdwComboRow             *staff_row;
  AdwEntryRow             *gesture_row;
  AdwEntryRow             *cost_row;
  AdwEntryRow             *notes_row;
  AdwActionRow            *photo_row;
  GtkLabel                *error_label;
  GtkButton               *save_button;
};

G_DEFINE_FINAL_TYPE (CherishCelebrationDialog, cherish_celebration_dialog, ADW_TYPE_WINDOW)

static void
show_error (CherishCelebrationDialog *self,
            const char               *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static gboolean
read_cost (CherishCelebrationDialog  *self,
           gint64                    *cost,
           GError                   **error)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->cost_row))));

  *cost = -1;
  return *text == '\0' || cherish_money_parse (text, self->currency, cost, error);
}

/* Reads the fields into a copy and checks it with the core. */
static CherishCelebration *
build (CherishCelebrationDialog  *self,
       GError                   **error)
{
  g_autoptr(CherishCelebration) edited = cherish_celebration_copy (self->celebration);
  guint staff_index = adw_combo_row_get_selected (self->staff_row);
  guint idea_index = adw_combo_row_get_selected (self->idea_row);
  guint reward_index = adw_combo_row_get_selected (self->reward_row);
  gint64 cost;

  if (!read_cost (self, &cost, error))
    return NULL;

  g_object_set (edited,
                "status", adw_combo_row_get_selected (self->status_row),
                "skip-reason", gtk_editable_get_text (GTK_EDITABLE (self->skip_reason_row)),
                "surprise", gtk_editable_get_text (GTK_EDITABLE (self->surprise_row)),
                "staff-id", staff_index > 0 && staff_index <= self->staff->len
                              ? cherish_staff_get_id (self->staff->pdata[staff_index - 1])
                              : (gint64) 0,
                "gesture", gtk_editable_get_text (GTK_EDITABLE (self->gesture_row)),
                "cost", cost,
                "currency", cost >= 0 ? self->currency : NULL,
                "notes", gtk_editable_get_text (GTK_EDITABLE (self->notes_row)),
                "idea-id", idea_index > 0 && idea_index <= self->ideas->len
                             ? cherish_idea_get_id (self->ideas->pdata[idea_index - 1]) : (gint64) 0,
                "reward-id", reward_index > 0 && reward_index <= self->rewards->len
                               ? cherish_reward_get_id (self->rewards->pdata[reward_index - 1]) : (gint64) 0,
                NULL);

  if (!cherish_celebration_validate (edited, error))
    return NULL;
  return g_steal_pointer (&edited);
}

static void
update_photo_row (CherishCelebrationDialog *self)
{
  adw_action_row_set_subtitle (self->photo_row,
                               cherish_celebration_get_photo (self->celebration) != NULL
                                 ? _("A photo is kept") : _("None yet"));
}

static void
on_field_changed_cb (CherishCelebrationDialog *self)
{
  g_autoptr(CherishCelebration) edited = NULL;
  g_autoptr(GError) error = NULL;

  /* Rows announce changes while the template is being built. */
  if (self->celebration == NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->skip_reason_row),
                          adw_combo_row_get_selected (self->status_row) ==
                            CHERISH_CELEBRATION_STATUS_SKIPPED);
  edited = build (self, &error);
  show_error (self, error != NULL ? error->message : NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), edited != NULL);
}

/* The name of the item chosen in @row (after "None"), or %NULL. */
static char *
chosen_name (AdwComboRow *row,
             GPtrArray   *items)
{
  guint index = adw_combo_row_get_selected (row);
  char *name = NULL;

  if (index > 0 && index <= items->len)
    g_object_get (items->pdata[index - 1], g_object_get_data (G_OBJECT (row), "property"), &name, NULL);
  return name;
}

/* Choosing an idea or a reward writes it in, where nothing else was typed. */
static void
on_choice (AdwComboRow *row,
           GPtrArray   *items,
           AdwEntryRow *entry)
{
  g_autofree char *now = NULL;
  const char *text;

  if (items == NULL)
    return;
  now = chosen_name (row, items);
  text = gtk_editable_get_text (GTK_EDITABLE (entry));
  if (now != NULL && (*text == '\0' || g_strcmp0 (text, g_object_get_data (G_OBJECT (row), "was")) == 0))
    gtk_editable_set_text (GTK_EDITABLE (entry), now);
  g_object_set_data_full (G_OBJECT (row), "was", g_steal_pointer (&now), g_free);
}

static void
on_idea_chosen_cb (CherishCelebrationDialog *self)
{
  on_choice (self->idea_row, self->ideas, self->surprise_row);
}

static void
on_reward_chosen_cb (CherishCelebrationDialog *self)
{
  on_choice (self->reward_row, self->rewards, self->gesture_row);
}

/* "None", then the items by their @property, the one with @id chosen. */
static void
fill_choices (AdwComboRow *row,
              GPtrArray   *items,
              const char  *property,
              gint64       id)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  g_object_set_data (G_OBJECT (row), "property", (gpointer) property);
  gtk_string_list_append (names, _("None"));
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *name = NULL;
      gint64 item_id = 0;

      g_object_get (items->pdata[i], property, &name, "id", &item_id, NULL);
      gtk_string_list_append (names, name);
      if (id > 0 && item_id == id)
        selected = i + 1;
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, selected);
  g_object_set_data_full (G_OBJECT (row), "was", chosen_name (row, items), g_free);
}

static void
on_save_clicked_cb (CherishCelebrationDialog *self)
{
  g_autoptr(CherishCelebration) edited = NULL;
  g_autoptr(GError) error = NULL;

  edited = build (self, &error);
  if (edited == NULL || !cherish_celebration_store_update (self->store, edited, &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

/* One click to the customer, in the main window. */
static void
on_customer_clicked_cb (CherishCelebrationDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-customer", "x",
                                cherish_celebration_get_customer_id (self->celebration));
  gtk_window_close (GTK_WINDOW (self));
}

/* The occasion's message; the plan closes (the message marks it done). */
static void
on_message_clicked_cb (CherishCelebrationDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  CherishMessageDialog *dialog = cherish_message_dialog_new_for_occasion (parent, self->database, self->clock,
                                                                         self->occasion);

  gtk_window_close (GTK_WINDOW (self));
  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_photo_picked (GFile    *file,
                 gpointer  user_data)
{
  cherish_celebration_dialog_attach_photo (CHERISH_CELEBRATION_DIALOG (user_data), file);
}

static void
on_photo_clicked_cb (CherishCelebrationDialog *self)
{
  g_autoptr(GtkFileFilter) pictures = gtk_file_filter_new ();

  gtk_file_filter_set_name (pictures, _("Pictures"));
  gtk_file_filter_add_mime_type (pictures, "image/*");
  cherish_file_picker_run (GTK_WINDOW (self), FALSE, _("Choose a Photo"), _("_Choose"), NULL, pictures,
                           on_photo_picked, g_object_ref (self), g_object_unref);
}

static void
cherish_celebration_dialog_dispose (GObject *object)
{
  CherishCelebrationDialog *self = (CherishCelebrationDialog *) object;

  g_clear_object (&self->celebration);
  gtk_widget_dispose_template (GTK_WIDGET (self), CHERISH_TYPE_CELEBRATION_DIALOG);
  g_clear_pointer (&self->staff, g_ptr_array_unref);
  g_clear_pointer (&self->ideas, g_ptr_array_unref);
  g_clear_pointer (&self->rewards, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->database);
  g_clear_object (&self->clock);
  g_clear_object (&self->occasion);
  g_clear_pointer (&self->currency, g_free);

  G_OBJECT_CLASS (cherish_celebration_dialog_parent_class)->dispose (object);
}

static void
cherish_celebration_dialog_class_init (CherishCelebrationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cherish_celebration_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cherishapp/Cherish/cherish-celebration-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CherishCelebrationDialog, occasion_group);
  gtk_widget_class_bind_template_child (widget_class, CherishCelebrationDialog, customer_button);
  gtk_widget_class_bind_template_child (widget_class, CherishCelebrationDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, CherishCelebrationDialog, skip_reason_row);
  gtk_widget_class_bind_template_child (widget_class, CherishCelebrationDialog, idea_row);
  gtk_widget_class_bind_template_child (widget_class, CherishCelebrationDialog, surprise_row);
  gtk_widget_class_bind_template_child (widget_class, CherishCelebrationDialog, reward_row);
  gtk_widget_class_bind_template_child (widget_class, CherishCelebrationDialog, staff_row);
  gtk_widget_class_bind_template_child (widget_class, CherishCelebrationDialog, gesture_row);
  gtk_widget_class_bind_template_child (widget_class, CherishCelebrationDialog, cost_row);
  gtk_widget_class_bind_template_child (widget_class, CherishCelebrationDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, CherishCelebrationDialog, photo_row);
  gtk_widget_class_bind_template_child (widget_class, CherishCelebrationDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CherishCelebrationDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_idea_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reward_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_photo_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_message_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cherish_celebration_dialog_init (CherishCelebrationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cherish_celebration_dialog_new:
 * @occasion: what is celebrated (for the dialog's heading)
 * @celebration: its plan, as saved
 */
CherishCelebrationDialog *
cherish_celebration_dialog_new (GtkWindow          *parent,
                                CherishDatabase    *database,
                                CherishClock       *clock,
                                CherishOccasion    *occasion,
                                CherishCelebration *celebration)
{
  g_autoptr(CherishStaffStore) staff_store = cherish_staff_store_new (database, clock);
  g_autoptr(CherishIdeaStore) idea_store = cherish_idea_store_new (database, clock);
  g_autoptr(CherishPointsStore) points_store = cherish_points_store_new (database, clock);
  g_autoptr(GtkStringList) staff_names = gtk_string_list_new (NULL);
  CherishCelebrationDialog *self;
  g_autofree char *cost_title = NULL;

  g_return_val_if_fail (CHERISH_IS_OCCASION (occasion), NULL);
  g_return_val_if_fail (CHERISH_IS_CELEBRATION (celebration), NULL);

  self = g_object_new (CHERISH_TYPE_CELEBRATION_DIALOG, "transient-for", parent, NULL);
  self->store = cherish_celebration_store_new (database, clock);
  self->database = g_object_ref (database);
  self->clock = g_object_ref (clock);
  self->occasion = g_object_ref (occasion);
  self->currency = cherish_shop_settings_currency ();
  self->staff = cherish_staff_store_list (staff_store, TRUE, NULL);
  if (self->staff == NULL)
    self->staff = g_ptr_array_new_with_free_func (g_object_unref);

  adw_preferences_group_set_title (self->occasion_group,
                                   cherish_occasion_get_customer_name (occasion) ?: "");
  {
    g_autofree char *what = cherish_occasion_title (occasion);
    g_autofree char *day = cherish_calendar_format_iso (cherish_occasion_get_date (occasion));
    g_autofree char *line = day != NULL ? g_strdup_printf ("%s — %s", what, day) : g_strdup (what);
    g_autofree char *shown = cherish_calendar_digits (line);

    adw_preferences_group_set_description (self->occasion_group, shown);
  }
  cost_title = g_strdup_printf (_("Cost in %s (optional)"), self->currency);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->cost_row), cost_title);

  gtk_string_list_append (staff_names, _("Nobody yet"));
  for (guint i = 0; i < self->staff->len; i++)
    {
      gtk_string_list_append (staff_names, cherish_staff_get_name (self->staff->pdata[i]));
      if (cherish_staff_get_id (self->staff->pdata[i]) == cherish_celebration_get_staff_id (celebration))
        adw_combo_row_set_selected (self->staff_row, i + 1);
    }
  adw_combo_row_set_model (self->staff_row, G_LIST_MODEL (staff_names));
  for (guint i = 0; i < self->staff->len; i++)
    if (cherish_staff_get_id (self->staff->pdata[i]) == cherish_celebration_get_staff_id (celebration))
      adw_combo_row_set_selected (self->staff_row, i + 1);

  adw_combo_row_set_selected (self->status_row, cherish_celebration_get_status (celebration));
  gtk_editable_set_text (GTK_EDITABLE (self->skip_reason_row),
                         cherish_celebration_get_skip_reason (celebration) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->surprise_row),
                         cherish_celebration_get_surprise (celebration) ?: "");
  self->ideas = cherish_idea_store_list_for_occasion (idea_store,
                                                      cherish_enum_to_nick (CHERISH_TYPE_OCCASION_KIND,
                                                                            cherish_occasion_get_kind (occasion)),
                                                      NULL);
  if (self->ideas == NULL)
    self->ideas = g_ptr_array_new_with_free_func (g_object_unref);
  fill_choices (self->idea_row, self->ideas, "title", cherish_celebration_get_idea_id (celebration));
  self->rewards = cherish_points_store_list_rewards (points_store, FALSE, NULL);
  if (self->rewards == NULL)
    self->rewards = g_ptr_array_new_with_free_func (g_object_unref);
  fill_choices (self->reward_row, self->rewards, "name", cherish_celebration_get_reward_id (celebration));
  gtk_editable_set_text (GTK_EDITABLE (self->gesture_row),
                         cherish_celebration_get_gesture (celebration) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row),
                         cherish_celebration_get_notes (celebration) ?: "");
  if (cherish_celebration_get_cost (celebration) >= 0)
    {
      g_autofree char *cost = g_strdup_printf ("%" G_GINT64_FORMAT,
                                               cherish_celebration_get_cost (celebration));

      gtk_editable_set_text (GTK_EDITABLE (self->cost_row), cost);
    }

  self->celebration = cherish_celebration_copy (celebration);
  update_photo_row (self);
  on_field_changed_cb (self);
  return self;
}

/**
 * cherish_celebration_dialog_attach_photo:
 *
 * Keeps @file as the celebration's photo, or says why not.
 *
 * Returns: %TRUE if it was kept
 */
gboolean
cherish_celebration_dialog_attach_photo (CherishCelebrationDialog *self,
                                         GFile                    *file)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CHERISH_IS_CELEBRATION_DIALOG (self), FALSE);

  if (!cherish_celebration_store_set_photo (self->store, self->celebration, file, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  show_error (self, NULL);
  update_photo_row (self);
  return TRUE;
}
