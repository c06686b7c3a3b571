/* cherish-customer-row.c — one customer in the list
 *
 * An avatar with initials, the name, a "Prospect" tag, and when they last
 * came and how often. Rows are recycled by the list view: set_customer()
 * is called again for each customer scrolled into view.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer-row"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cherish-calendar.h"
#include "cherish-customer-row.h"
#include "cherish-date.h"
#include "cherish-enum-types.h"
#include "cherish-labels.h"

/* Occasions further away than this are not worth a line in the list. */
#define OCCASION_HORIZON_DAYS 30

struct _CherishCustomerRow
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  AdwAvatar *avatar;
  GtkLabel  *name_label;
  GtkLabel  *prospect_label;
  GtkLabel  *occasion_label;
  GtkLabel  *subtitle_label;
};

G_DEFINE_FINAL_TYPE (CherishCustomerRow, cherish_customer_row, GTK_TYPE_WIDGET)

static void
cherish_customer_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CHERISH_TYPE_CUSTOMER_ROW);

  G_OBJECT_CLASS (cherish_customer_row_parent_class)->dispose (object);
}

static void
cherish_customer_row_class_init (CherishCustomerRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cherish_customer_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cherishapp/Cherish/cherish-customer-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerRow, box);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerRow, avatar);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerRow, prospect_label);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerRow, occasion_label);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomerRow, subtitle_label);
}

static void
cherish_customer_row_init (CherishCustomerRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CherishCustomerRow *
cherish_customer_row_new (void)
{
  return g_object_new (CHERISH_TYPE_CUSTOMER_ROW, NULL);
}

/**
 * cherish_customer_row_describe:
 * @clock: for "3 days ago"
 * @subtitle: (out) (transfer full): "Last visit: 3 days ago · 12 visits",
 *   "No visit yet" or "Not a customer yet"
 * @when: (out) (transfer full) (nullable): what is coming up in the next
 *   month ("Birthday in 3 days"), or %NULL
 *
 * What a list says of a customer under their name (also the overview's
 * search results). The digits are ASCII: see cherish_calendar_digits().
 */
void
cherish_customer_row_describe (CherishCustomer  *customer,
                               CherishClock     *clock,
                               char            **subtitle,
                               char            **when)
{
  guint visits = cherish_customer_get_visit_count (customer);
  GDate today;
  int days;
  CherishOccasionKind occasion;

  if (cherish_customer_get_last_visit_at (customer) != NULL)
    {
      g_autoptr(GDateTime) now = cherish_clock_get_now (clock);
      g_autofree char *last = cherish_timestamp_describe (cherish_customer_get_last_visit_at (customer), now);

      /* Translators: "Last visit: 3 days ago · 12 visits" */
      *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Last visit: %s · %u visit",
                                                "Last visit: %s · %u visits", visits),
                                   last, visits);
    }
  else if (cherish_customer_get_is_prospect (customer))
    *subtitle = g_strdup (_("Not a customer yet"));
  else
    *subtitle = g_strdup (_("No visit yet"));

  *when = NULL;
  cherish_clock_get_today (clock, &today);
  occasion = cherish_customer_get_next_occasion (customer, &today, &days);
  if (occasion == CHERISH_OCCASION_BIRTHDAY && days <= OCCASION_HORIZON_DAYS)
    *when = cherish_occasion_when (_("Birthday"), days);
  else if (occasion == CHERISH_OCCASION_LIFE_EVENT && days <= OCCASION_HORIZON_DAYS)
    {
      const char *title = cherish_customer_get_next_event_title (customer);
      int kind = CHERISH_LIFE_EVENT_KIND_OTHER;

      cherish_enum_from_nick (CHERISH_TYPE_LIFE_EVENT_KIND, cherish_customer_get_next_event_kind (customer), &kind);
      *when = cherish_occasion_when (title != NULL ? title : cherish_life_event_kind_label (kind), days);
    }
}

/**
 * cherish_customer_row_set_customer:
 * @customer: (nullable): who to show; %NULL while the row is unused
 * @clock: for "3 days ago"
 */
void
cherish_customer_row_set_customer (CherishCustomerRow *self,
                                   CherishCustomer    *customer,
                                   CherishClock       *clock)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *when = NULL;
  g_autofree char *accessible = NULL;

  g_return_if_fail (CHERISH_IS_CUSTOMER_ROW (self));

  if (customer == NULL)
    return;

  adw_avatar_set_text (self->avatar, cherish_customer_get_display_name (customer));
  gtk_label_set_label (self->name_label, cherish_customer_get_display_name (customer));
  gtk_widget_set_visible (GTK_WIDGET (self->prospect_label),
                          cherish_customer_get_is_prospect (customer));

  cherish_customer_row_describe (customer, clock, &subtitle, &when);
  {
    g_autofree char *shown = cherish_calendar_digits (subtitle);

    gtk_label_set_label (self->subtitle_label, shown);
  }
  {
    g_autofree char *shown = cherish_calendar_digits (when);

    gtk_label_set_label (self->occasion_label, shown);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->occasion_label), when != NULL);
  if (when != NULL)
    {
      g_autofree char *with_occasion = g_strdup_printf ("%s, %s", subtitle, when);

      g_free (subtitle);
      subtitle = g_steal_pointer (&with_occasion);
    }

  accessible = g_strdup_printf ("%s, %s%s", cherish_customer_get_display_name (customer), subtitle,
                                cherish_customer_get_is_prospect (customer) ? _(", prospect") : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
}
