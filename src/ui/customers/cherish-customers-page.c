/* cherish-customers-page.c — the list of customers and one customer's detail
 *
 * The list is the store's lazy paged model: only the rows on screen are
 * read, so it scrolls through 100,000 customers as through ten. Typing in
 * the search entry, or changing the order or the filter, replaces the model
 * with one for the new query. The detail sits beside the list in a wide
 * window and replaces it in a narrow one (AdwLeaflet).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customers-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-customer-detail.h"
#include "cherish-lazy-page.h"
#include "cherish-customer-row.h"
#include "cherish-customer-store.h"
#include "cherish-customers-page.h"
#include "cherish-page-reading.h"
#include "cherish-widget-util.h"
#include "cherish-live-list.h"

struct _CherishCustomersPage
{
  AdwBin                 parent_instance;

  CherishDatabase       *database;
  CherishClock          *clock;
  CherishCustomerStore  *customers;
  GListModel            *model;
  CherishLiveList       *live;
  GtkNoSelection        *selection;

  /* AdwNavigationSplitView (libadwaita 1.4) or AdwLeaflet */
  GtkWidget             *panes;

  /* Template widgets */
  GtkBox                *list_pane;
  GtkSearchEntry        *search_entry;
  GtkDropDown           *sort_dropdown;
  GtkDropDown           *filter_dropdown;
  GtkStack              *list_stack;
  GtkListView           *customer_list;
  GtkScrolledWindow     *list_scroller;
  GtkStack              *detail_stack;
  CherishLazyPage       *detail_slot;   /* a CherishCustomerDetail, once one is shown */
};

G_DEFINE_FINAL_TYPE (CherishCustomersPage, cherish_customers_page, ADW_TYPE_BIN)

static const CherishCustomerFilter filters[] = {
  CHERISH_CUSTOMER_FILTER_NONE,
  CHERISH_CUSTOMER_FILTER_CUSTOMERS,
  CHERISH_CUSTOMER_FILTER_PROSPECTS,
  CHERISH_CUSTOMER_FILTER_NOT_SEEN,
  CHERISH_CUSTOMER_FILTER_COMING_UP,
};

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

static void on_folded_changed_cb (CherishCustomersPage *self);

/* The list and the detail side by side; one at a time when narrow. */
static void
add_panes (CherishCustomersPage *self)
{
#if ADW_CHECK_VERSION (1, 4, 0)
  AdwNavigationSplitView *split = ADW_NAVIGATION_SPLIT_VIEW (adw_navigation_split_view_new ());

  adw_navigation_split_view_set_sidebar (split, adw_navigation_page_new (GTK_WIDGET (self->list_pane),
                                                                         _("Customers")));
  adw_navigation_split_view_set_content (split, adw_navigation_page_new (GTK_WIDGET (self->detail_stack),
                                                                         _("Customer")));
  adw_navigation_split_view_set_min_sidebar_width (split, 300);
  adw_navigation_split_view_set_max_sidebar_width (split, 420);
  adw_navigation_split_view_set_sidebar_width_fraction (split, 0.35);
  g_signal_connect_swapped (split, "notify::collapsed", G_CALLBACK (on_folded_changed_cb), self);
  self->panes = GTK_WIDGET (split);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (split));
#else
  AdwLeaflet *leaflet = ADW_LEAFLET (adw_leaflet_new ());
  AdwLeafletPage *page;

  adw_leaflet_set_can_navigate_back (leaflet, TRUE);
  page = adw_leaflet_append (leaflet, GTK_WIDGET (self->list_pane));
  adw_leaflet_page_set_name (page, "list");
  page = adw_leaflet_append (leaflet, gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  adw_leaflet_page_set_navigatable (page, FALSE);
  page = adw_leaflet_append (leaflet, GTK_WIDGET (self->detail_stack));
  adw_leaflet_page_set_name (page, "detail");
  g_signal_connect_swapped (leaflet, "notify::folded", G_CALLBACK (on_folded_changed_cb), self);
  self->panes = GTK_WIDGET (leaflet);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (leaflet));
#endif
}

/* Shows the detail, or the list (what a narrow window shows alone). */
static void
show_pane (CherishCustomersPage *self,
           gboolean              detail)
{
#if ADW_CHECK_VERSION (1, 4, 0)
  adw_navigation_split_view_set_show_content (ADW_NAVIGATION_SPLIT_VIEW (self->panes), detail);
#else
  adw_leaflet_set_visible_child_name (ADW_LEAFLET (self->panes), detail ? "detail" : "list");
#endif
}

static gboolean
query_is_narrowed (CherishCustomersPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  return (text != NULL && *text != '\0') || gtk_drop_down_get_selected (self->filter_dropdown) > 0;
}

/* In an empty shop, "Choose a Customer" has nobody to choose. */
static void
show_no_detail (CherishCustomersPage *self)
{
  gboolean empty = g_strcmp0 (gtk_stack_get_visible_child_name (self->list_stack), "empty") == 0;

  gtk_stack_set_visible_child_name (self->detail_stack, empty ? "blank" : "none");
}

static void
update_list_state (CherishCustomersPage *self)
{
  const char *state;

  if (g_list_model_get_n_items (self->model) > 0)
    state = "list";
  else if (query_is_narrowed (self))
    state = "no-results";
  else
    state = "empty";

  gtk_stack_set_visible_child_name (self->list_stack, state);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->detail_stack), "detail") != 0)
    show_no_detail (self);
}

static void
on_model_items_changed_cb (CherishCustomersPage *self)
{
  update_list_state (self);
}

static void
run_query (CherishCustomersPage *self)
{
  guint sort = gtk_drop_down_get_selected (self->sort_dropdown);
  guint filter = gtk_drop_down_get_selected (self->filter_dropdown);
  CherishCustomerQuery query = {
    gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
    sort <= CHERISH_CUSTOMER_SORT_VISIT_COUNT ? sort : CHERISH_CUSTOMER_SORT_NAME,
    filter < G_N_ELEMENTS (filters) ? filters[filter] : CHERISH_CUSTOMER_FILTER_NONE,
  };

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed_cb, self);
  g_clear_object (&self->model);

  self->model = cherish_customer_store_list (self->customers, &query);
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (on_model_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  /* The rows on screen stay and show the new results (CherishLiveList),
   * from the top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->list_scroller), 0);
  cherish_live_list_set_model (self->live, self->model);
  update_list_state (self);
}

/* Which rows the list shows, from its scrolling (the list view's height
 * for all its rows, so their average height): those show a new search at
 * once, the rest after the frame. */
static void
on_list_scrolled_cb (CherishCustomersPage *self,
                     GtkAdjustment        *scroll)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->live));
  double row;

  if (n == 0 || gtk_adjustment_get_upper (scroll) <= 0)
    return;
  row = gtk_adjustment_get_upper (scroll) / n;
  /* Three more: the rounding down, and a row partly shown at each end. */
  cherish_live_list_set_shown (self->live, gtk_adjustment_get_value (scroll) / row,
                               (guint) (gtk_adjustment_get_page_size (scroll) / row) + 3);
}

/* The customer's detail, built now if it was not yet. */
static CherishCustomerDetail *
detail (CherishCustomersPage *self)
{
  return CHERISH_CUSTOMER_DETAIL (cherish_lazy_page_get_page (self->detail_slot));
}

static void
show_detail (CherishCustomersPage *self,
             gint64                id)
{
  if (!cherish_customer_detail_show_customer (detail (self), id))
    return;

  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
  show_pane (self, TRUE);
}

/* ------------------------------------------------------------------ */
/* Signal callbacks                                                    */
/* ------------------------------------------------------------------ */

static void
on_setup_row_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 CherishCustomersPage     *self)
{
  gtk_list_item_set_child (item, GTK_WIDGET (cherish_customer_row_new ()));
}

/* The slot on this row now holds another customer. */
static void
on_slot_item_changed_cb (CherishListSlot *slot,
                         GParamSpec      *pspec,
                         GtkListItem     *item)
{
  CherishCustomersPage *self = g_object_get_data (G_OBJECT (item), "page");

  cherish_customer_row_set_customer (CHERISH_CUSTOMER_ROW (gtk_list_item_get_child (item)),
                                     cherish_list_slot_get_item (slot), self->clock);
}

static void
on_bind_row_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                CherishCustomersPage     *self)
{
  CherishListSlot *slot = gtk_list_item_get_item (item);

  g_object_set_data (G_OBJECT (item), "page", self);
  g_signal_connect (slot, "notify::item", G_CALLBACK (on_slot_item_changed_cb), item);
  on_slot_item_changed_cb (slot, NULL, item);
}

static void
on_unbind_row_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  CherishCustomersPage     *self)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), on_slot_item_changed_cb,
                                        item);
}

static void
on_query_changed_cb (CherishCustomersPage *self)
{
  if (self->customers != NULL)
    run_query (self);
}

/* Enter in the search opens the first match. */
static void
on_search_activate_cb (CherishCustomersPage *self)
{
  g_autoptr(CherishCustomer) first = NULL;

  if (self->model == NULL || g_list_model_get_n_items (self->model) == 0)
    return;
  first = g_list_model_get_item (self->model, 0);
  if (first != NULL)
    show_detail (self, cherish_customer_get_id (first));
}

static void
on_customer_activated_cb (CherishCustomersPage *self,
                          guint                 position)
{
  g_autoptr(CherishListSlot) slot = g_list_model_get_item (G_LIST_MODEL (self->live), position);
  CherishCustomer *customer = slot != NULL ? cherish_list_slot_get_item (slot) : NULL;

  if (customer != NULL)
    show_detail (self, cherish_customer_get_id (customer));
}

static void
on_detail_back_cb (CherishCustomersPage *self)
{
  show_pane (self, FALSE);
}

static void
on_folded_changed_cb (CherishCustomersPage *self)
{
#if ADW_CHECK_VERSION (1, 4, 0)
  gboolean folded = adw_navigation_split_view_get_collapsed (ADW_NAVIGATION_SPLIT_VIEW (self->panes));
#else
  gboolean folded = adw_leaflet_get_folded (ADW_LEAFLET (self->panes));
#endif

  GtkWidget *built = cherish_lazy_page_peek_page (self->detail_slot);

  if (built != NULL)
    cherish_customer_detail_set_show_back (CHERISH_CUSTOMER_DETAIL (built), folded);
}

/* The detail, just built: its Back button, shown when folded. */
static void
on_detail_built_cb (CherishCustomersPage *self)
{
  g_signal_connect_object (cherish_lazy_page_peek_page (self->detail_slot), "back",
                           G_CALLBACK (on_detail_back_cb), self, G_CONNECT_SWAPPED);
  on_folded_changed_cb (self);
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */
/* ------------------------------------------------------------------ */

static gboolean
unref_later (gpointer object)
{
  g_object_unref (object);
  return G_SOURCE_REMOVE;
}

static void
cherish_customers_page_dispose (GObject *object)
{
  CherishCustomersPage *self = (CherishCustomersPage *) object;

  /* The template's widgets live in the panes: drop the template's hold
   * on them first, then the panes take them along. */
  gtk_widget_dispose_template (GTK_WIDGET (self), CHERISH_TYPE_CUSTOMERS_PAGE);
  /* libadwaita 1.10's split view leaves work in the main loop that writes
   * to it after it is gone (valgrind: an invalid write in the next main
   * loop iteration): it is let go of only once that work has run. */
  if (self->panes != NULL)
    g_idle_add_full (G_PRIORITY_LOW, unref_later, g_object_ref (self->panes),
                     NULL);
  self->panes = NULL;
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->live);
  g_clear_object (&self->model);
  g_clear_object (&self->customers);
  g_clear_object (&self->clock);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (cherish_customers_page_parent_class)->dispose (object);
}

static void
cherish_customers_page_class_init (CherishCustomersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cherish_customers_page_dispose;

  g_type_ensure (CHERISH_TYPE_CUSTOMER_DETAIL);
  g_type_ensure (CHERISH_TYPE_LAZY_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cherishapp/Cherish/cherish-customers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CherishCustomersPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomersPage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomersPage, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomersPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomersPage, customer_list);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomersPage, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomersPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, CherishCustomersPage, detail_slot);
  gtk_widget_class_bind_template_callback (widget_class, on_query_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_activated_cb);
}

static void
cherish_customers_page_init (CherishCustomersPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkAdjustment *scroll;

  gtk_widget_init_template (GTK_WIDGET (self));
  cherish_lazy_page_set_setup (self->detail_slot, (CherishPageSetup) cherish_customer_detail_setup);
  g_signal_connect_object (self->detail_slot, "notify::page", G_CALLBACK (on_detail_built_cb), self,
                           G_CONNECT_SWAPPED);
  add_panes (self);

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_row_cb), self);
  gtk_list_view_set_factory (self->customer_list, factory);

  self->live = cherish_live_list_new ();
  scroll = gtk_scrolled_window_get_vadjustment (self->list_scroller);
  g_signal_connect_object (scroll, "changed", G_CALLBACK (on_list_scrolled_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scroll, "value-changed", G_CALLBACK (on_list_scrolled_cb), self,
                           G_CONNECT_SWAPPED);
  self->selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->live)));
  gtk_list_view_set_model (self->customer_list, GTK_SELECTION_MODEL (self->selection));
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->customer_list));
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */
/* ------------------------------------------------------------------ */

void
cherish_customers_page_setup (CherishCustomersPage *self,
                              CherishDatabase      *database,
                              CherishClock         *clock)
{
  g_return_if_fail (CHERISH_IS_CUSTOMERS_PAGE (self));
  g_return_if_fail (self->database == NULL);

  self->database = g_object_ref (database);
  self->clock = g_object_ref (clock);
  self->customers = cherish_customer_store_new (database, clock);
  cherish_lazy_page_set_database (self->detail_slot, database, clock);
  cherish_page_follow (GTK_WIDGET (self), (CherishReload) run_query);
}

/**
 * cherish_customers_page_search:
 *
 * Shows the list of the customers @text finds, the search box holding it.
 */
void
cherish_customers_page_search (CherishCustomersPage *self,
                               const char           *text)
{
  g_return_if_fail (CHERISH_IS_CUSTOMERS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  cherish_customers_page_focus_search (self);
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
}

void
cherish_customers_page_focus_search (CherishCustomersPage *self)
{
  g_return_if_fail (CHERISH_IS_CUSTOMERS_PAGE (self));

  show_pane (self, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
cherish_customers_page_show_customer (CherishCustomersPage *self,
                                      gint64                id)
{
  g_return_if_fail (CHERISH_IS_CUSTOMERS_PAGE (self));

  show_detail (self, id);
}

#if ADW_CHECK_VERSION (1, 4, 0)
/**
 * cherish_customers_page_set_folded:
 *
 * Shows the list and the detail one at a time (a narrow window: the
 * window follows its breakpoints and says so, since the page is built
 * later than they are).
 */
void
cherish_customers_page_set_folded (CherishCustomersPage *self,
                                   gboolean              folded)
{
  g_return_if_fail (CHERISH_IS_CUSTOMERS_PAGE (self));

  adw_navigation_split_view_set_collapsed (ADW_NAVIGATION_SPLIT_VIEW (self->panes), folded);
}
#endif

/**
 * cherish_customers_page_forget:
 *
 * The customer @id is gone (deleted): stop showing them.
 */
void
cherish_customers_page_forget (CherishCustomersPage *self,
                               gint64                id)
{
  GtkWidget *built;

  g_return_if_fail (CHERISH_IS_CUSTOMERS_PAGE (self));

  built = cherish_lazy_page_peek_page (self->detail_slot);
  if (built == NULL || cherish_customer_detail_get_customer_id (CHERISH_CUSTOMER_DETAIL (built)) != id)
    return;

  show_no_detail (self);
  show_pane (self, FALSE);
}

/**
 * cherish_customers_page_get_model:
 *
 * Returns: (transfer none): the list's current model
 */
GListModel *
cherish_customers_page_get_model (CherishCustomersPage *self)
{
  g_return_val_if_fail (CHERISH_IS_CUSTOMERS_PAGE (self), NULL);

  return self->model;
}

/**
 * cherish_customers_page_get_state:
 *
 * Returns: "list", "empty" or "no-results"
 */
const char *
cherish_customers_page_get_state (CherishCustomersPage *self)
{
  g_return_val_if_fail (CHERISH_IS_CUSTOMERS_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->list_stack);
}
