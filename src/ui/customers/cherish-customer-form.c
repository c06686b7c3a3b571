/* cherish-customer-form.c — the fields of a customer, checked as they are typed
 *
 * Used by the new-customer dialog and by the customer's detail. After every
 * keystroke the fields are checked with the core's own validation: the
 * field at fault turns red, the core's message is shown under the details,
 * and ::valid turns false (so Save can be made insensitive). The typed text
 * is never touched, so nothing is lost on an error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer-form"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cherish-customer-form.h"
#include "cherish-date-field.h"
#include "cherish-error.h"
#include "cherish-message.h"
#include "cherish-text.h"

struct _CherishCustomerForm
{
  GtkBox           parent_instance;

  CherishClock    *clock;
  CherishCustomer *original;
  gboolean         valid;
  gboolean         modified;
  gboolean         filling;

  /* Template widgets */
  AdwEntryRow     *name_row;
  AdwEntryRow     *phone_row;
  AdwEntryRow     *email_row;
  AdwEntryRow     *since_row;
  AdwEntryRow     *birthday_row;
  GtkSwitch       *prospect_switch;
  GtkSwitch       *consent_switch;
  AdwExpanderRow  *contact_row;
  GtkSwitch       *channel_switches[4];
  GtkLabel        *error_label;
  AdwEntryRow     *likes_row;
  AdwEntryRow     *dislikes_row;
  GtkTextView     *notes_view;
};

G_DEFINE_FINAL_TYPE (CherishCustomerForm, cherish_customer_form, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_VALID,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

static GtkWidget *
row_for_field (CherishCustomerForm *self,
               const char          *field)
{
  static const struct { const char *field; gsize offset; } rows[] = {
    { "display-name", G_STRUCT_OFFSET (CherishCustomerForm, name_row) },
    { "phone", G_STRUCT_OFFSET (CherishCustomerForm, phone_row) },
    { "email", G_STRUCT_OFFSET (CherishCustomerForm, email_row) },
    { "customer-since", G_STRUCT_OFFSET (CherishCustomerForm, since_row) },
    { "birthday", G_STRUCT_OFFSET (CherishCustomerForm, birthday_row) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_strcmp0 (rows[i].field, field) == 0)
      return G_STRUCT_MEMBER (GtkWidget *, self, rows[i].offset);
  return NULL;
}

static void
clear_error (CherishCustomerForm *self)
{
  static const char *fields[] = { "display-name", "phone", "email", "customer-since", "birthday" };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    gtk_widget_remove_css_class (row_for_field (self, fields[i]), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static char *
row_text (AdwEntryRow *row)
{
  return cherish_text_normalize (gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static char *
lines_to_commas (const char *lines)
{
  g_auto(GStrv) items = cherish_text_split_lines (lines);

  /* Translators: separates likes, as in "coffee, jazz" */
  return g_strjoinv (_(", "), items);
}

static const CherishChannel channels[] = {
  CHERISH_CHANNEL_EMAIL, CHERISH_CHANNEL_SMS, CHERISH_CHANNEL_WHATSAPP, CHERISH_CHANNEL_CALL,
};

/* "E-mail, SMS", or what the switch off means. */
static void
describe_contact (CherishCustomerForm *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  if (!adw_expander_row_get_enable_expansion (self->contact_row))
    {
      adw_expander_row_set_subtitle (self->contact_row, _("Asked not to be contacted"));
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    if (gtk_switch_get_active (self->channel_switches[i]))
      g_ptr_array_add (names, (gpointer) cherish_channel_label (channels[i]));
  g_ptr_array_add (names, NULL);
  /* Translators: separates the ways a customer may be contacted, as in "E-mail, SMS" */
  joined = g_strjoinv (_(", "), (char **) names->pdata);
  adw_expander_row_set_subtitle (self->contact_row, names->len > 1 ? joined : _("By no channel"));
}

static guint
channels_chosen (CherishCustomerForm *self)
{
  guint set = 0;

  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    if (gtk_switch_get_active (self->channel_switches[i]))
      set |= channels[i];
  return set;
}

static void
set_valid (CherishCustomerForm *self,
           gboolean             valid)
{
  if (self->valid == valid)
    return;
  self->valid = valid;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
}

/* The date a field holds, in the shop's calendar; NULL when it is empty
 * or wrong (what is wrong goes to @problems, if given). */
static char *
read_date (CherishCustomerForm  *self,
           AdwEntryRow          *row,
           const char           *field,
           GError              **problems)
{
  g_autoptr(GError) error = NULL;
  char *iso = NULL;
  GDate today;

  cherish_clock_get_today (self->clock, &today);
  if (!cherish_date_field_read (row, &today, field, &iso, &error) && problems != NULL)
    cherish_add_invalid (problems, field, "%s", error->message);
  return iso;
}

static void
check (CherishCustomerForm *self)
{
  g_autoptr(CherishCustomer) candidate = cherish_customer_form_build (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) dates = NULL;
  GDate today;

  g_free (read_date (self, self->since_row, "customer-since", &dates));
  g_free (read_date (self, self->birthday_row, "birthday", &dates));
  cherish_clock_get_today (self->clock, &today);
  if (cherish_customer_validate (candidate, &today, &error) && dates == NULL)
    {
      clear_error (self);
      set_valid (self, TRUE);
      return;
    }

  if (dates != NULL)
    {
      if (error == NULL)
        g_propagate_error (&error, g_steal_pointer (&dates));
      else
        cherish_add_invalid (&error, cherish_error_get_field (dates), "%s", dates->message);
    }
  /* An empty name in a new form is not worth a red line yet. */
  if (self->original == NULL && !self->modified)
    clear_error (self);
  else
    cherish_customer_form_show_error (self, error);
  set_valid (self, FALSE);
}

/* ------------------------------------------------------------------ */
/* Signal callbacks                                                    */
/* ------------------------------------------------------------------ */

static void
on_field_changed_cb (CherishCustomerForm *self)
{
  if (self->contact_row != NULL && self->channel_switches[G_N_ELEMENTS (channels) - 1] != NULL)
    describe_contact (self);
  if (self->filling)
    return;

  if (!self->modified)
    {
      self->modified = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
  check (self);
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */
/* ------------------------------------------------------------------ */

static void
cherish_customer_form_dispose (GObject *object)
{
  CherishCustomerForm *self = (CherishCustomerForm *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CHERISH_TYPE_CUSTOMER_FORM);
  g_clear_object (&self->clock);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (cherish_customer_form_parent_class)->dispose (object);
}

static void
cherish_customer_form_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CherishCustomerForm *self = CHERISH_CUSTOMER_FORM (object);

  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cherish_customer_form_class_init (CherishCustomerFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cherish_customer_form_dispose;
  object_class->get_property = cherish_customer_form_get_property;

  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cherishapp/Cherish/cherish-customer-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerForm, name_row);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerForm, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerForm, email_row);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerForm, since_row);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerForm, birthday_row);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerForm, contact_row);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerForm, prospect_switch);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerForm, consent_switch);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerForm, error_label);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerForm, likes_row);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerForm, dislikes_row);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerForm, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
}

static void
cherish_customer_form_init (CherishCustomerForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->clock = cherish_clock_new_system ();

  /* Numbers and addresses read left to right even in Persian: the text,
   * not the row, so the title stays where the language puts it. Dates
   * are written in the language's own way ("۱۲ مرداد ۱۳۶۵"). */
  {
    AdwEntryRow *ltr[] = { self->phone_row, self->email_row };

    for (guint i = 0; i < G_N_ELEMENTS (ltr); i++)
      gtk_widget_set_direction (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (ltr[i]))),
                                GTK_TEXT_DIR_LTR);
  }
  cherish_date_field_attach (self->since_row, _("Customer Since"), FALSE);
  cherish_date_field_attach (self->birthday_row, _("Birthday"), TRUE);

  /* One switch per way to reach them, under "May Be Contacted". */
  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *toggle = gtk_switch_new ();

      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cherish_channel_label (channels[i]));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      g_signal_connect_swapped (toggle, "notify::active", G_CALLBACK (on_field_changed_cb), self);
      adw_expander_row_add_row (self->contact_row, row);
      self->channel_switches[i] = GTK_SWITCH (toggle);
    }
  describe_contact (self);

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_field_changed_cb), self, G_CONNECT_SWAPPED);
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */
/* ------------------------------------------------------------------ */

void
cherish_customer_form_set_clock (CherishCustomerForm *self,
                                 CherishClock        *clock)
{
  g_return_if_fail (CHERISH_IS_CUSTOMER_FORM (self));
  g_return_if_fail (CHERISH_IS_CLOCK (clock));

  g_set_object (&self->clock, clock);
}

/**
 * cherish_customer_form_set_customer:
 * @customer: (nullable): the customer to edit, or %NULL for a new one
 *
 * Fills the fields; the form is then unmodified.
 */
void
cherish_customer_form_set_customer (CherishCustomerForm *self,
                                    CherishCustomer     *customer)
{
  g_autofree char *likes = NULL;
  g_autofree char *dislikes = NULL;

  g_return_if_fail (CHERISH_IS_CUSTOMER_FORM (self));

  g_clear_object (&self->original);
  if (customer != NULL)
    self->original = cherish_customer_copy (customer);

  self->filling = TRUE;
  set_row_text (self->name_row, customer ? cherish_customer_get_display_name (customer) : NULL);
  set_row_text (self->phone_row, customer ? cherish_customer_get_phone (customer) : NULL);
  set_row_text (self->email_row, customer ? cherish_customer_get_email (customer) : NULL);
  cherish_date_field_set_iso (self->since_row, customer ? cherish_customer_get_customer_since (customer) : NULL);
  cherish_date_field_set_iso (self->birthday_row, customer ? cherish_customer_get_birthday (customer) : NULL);
  likes = lines_to_commas (customer ? cherish_customer_get_likes (customer) : NULL);
  dislikes = lines_to_commas (customer ? cherish_customer_get_dislikes (customer) : NULL);
  set_row_text (self->likes_row, likes);
  set_row_text (self->dislikes_row, dislikes);
  gtk_switch_set_active (self->prospect_switch,
                         customer != NULL && cherish_customer_get_is_prospect (customer));
  gtk_switch_set_active (self->consent_switch,
                         customer != NULL && cherish_customer_get_photo_consent (customer));
  adw_expander_row_set_enable_expansion (self->contact_row,
                                         customer == NULL || !cherish_customer_get_do_not_contact (customer));
  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    gtk_switch_set_active (self->channel_switches[i],
                           customer == NULL || (cherish_customer_get_channels (customer) & channels[i]) != 0);
  describe_contact (self);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            customer && cherish_customer_get_notes (customer)
                              ? cherish_customer_get_notes (customer) : "", -1);
  self->filling = FALSE;

  if (self->modified)
    {
      self->modified = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
  check (self);
}

/**
 * cherish_customer_form_build:
 *
 * Returns: (transfer full): the customer as the fields say (the edited one's
 *   id and dates kept), not yet validated
 */
CherishCustomer *
cherish_customer_form_build (CherishCustomerForm *self)
{
  CherishCustomer *customer;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *phone = row_text (self->phone_row);
  g_autofree char *email = row_text (self->email_row);
  g_autofree char *since = read_date (self, self->since_row, NULL, NULL);
  g_autofree char *birthday = read_date (self, self->birthday_row, NULL, NULL);
  g_autofree char *notes = NULL;
  g_auto(GStrv) likes = cherish_text_split_lines (gtk_editable_get_text (GTK_EDITABLE (self->likes_row)));
  g_auto(GStrv) dislikes = cherish_text_split_lines (gtk_editable_get_text (GTK_EDITABLE (self->dislikes_row)));
  g_autofree char *likes_text = g_strjoinv ("\n", likes);
  g_autofree char *dislikes_text = g_strjoinv ("\n", dislikes);

  g_return_val_if_fail (CHERISH_IS_CUSTOMER_FORM (self), NULL);

  buffer = gtk_text_view_get_buffer (self->notes_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  customer = self->original != NULL ? cherish_customer_copy (self->original)
                                    : cherish_customer_new (NULL);
  g_object_set (customer,
                "display-name", name,
                "phone", phone,
                "email", email,
                "customer-since", since,
                "birthday", birthday,
                "likes", likes_text,
                "dislikes", dislikes_text,
                "notes", notes,
                "is-prospect", gtk_switch_get_active (self->prospect_switch),
                "photo-consent", gtk_switch_get_active (self->consent_switch),
                "channels", channels_chosen (self),
                "do-not-contact", !adw_expander_row_get_enable_expansion (self->contact_row),
                NULL);
  return customer;
}

gboolean
cherish_customer_form_get_valid (CherishCustomerForm *self)
{
  g_return_val_if_fail (CHERISH_IS_CUSTOMER_FORM (self), FALSE);

  return self->valid;
}

gboolean
cherish_customer_form_get_modified (CherishCustomerForm *self)
{
  g_return_val_if_fail (CHERISH_IS_CUSTOMER_FORM (self), FALSE);

  return self->modified;
}

/**
 * cherish_customer_form_show_error:
 *
 * Shows @error under the details and turns its field red, if it names one.
 */
void
cherish_customer_form_show_error (CherishCustomerForm *self,
                                  const GError        *error)
{
  GtkWidget *row;

  g_return_if_fail (CHERISH_IS_CUSTOMER_FORM (self));
  g_return_if_fail (error != NULL);

  clear_error (self);
  row = g_error_matches (error, CHERISH_ERROR, CHERISH_ERROR_INVALID)
          ? row_for_field (self, cherish_error_get_field (error)) : NULL;
  if (row != NULL)
    gtk_widget_add_css_class (row, "error");

  gtk_label_set_label (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

void
cherish_customer_form_focus_name (CherishCustomerForm *self)
{
  g_return_if_fail (CHERISH_IS_CUSTOMER_FORM (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}
