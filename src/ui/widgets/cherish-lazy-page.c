/* cherish-lazy-page.c — a part of the window built when first shown
 *
 * The window has seven pages and shows one; the Customers page shows a
 * customer's detail only once one is chosen. Building them all before the
 * first frame cost a big share of the start (the Customers page with its
 * detail and form alone about 20 to 40 ms) for parts most starts never
 * show. A CherishLazyPage stands in for one of them: it builds its widget
 * (of CherishLazyPage:page-type) when it is first mapped, or when asked
 * (cherish_lazy_page_get_page(): "show this customer"), and gives it the
 * shop's database then.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-lazy-page"

#include "config.h"

#include "cherish-lazy-page.h"

struct _CherishLazyPage
{
  GtkWidget         parent_instance;

  GType             page_type;
  CherishPageSetup  setup;
  GtkWidget        *page;        /* NULL until built */
  CherishDatabase  *database;
  CherishClock     *clock;
};

G_DEFINE_FINAL_TYPE (CherishLazyPage, cherish_lazy_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PAGE_TYPE,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cherish_lazy_page_map (GtkWidget *widget)
{
  /* Built before the children are mapped, so it is mapped with them. */
  cherish_lazy_page_get_page (CHERISH_LAZY_PAGE (widget));
  GTK_WIDGET_CLASS (cherish_lazy_page_parent_class)->map (widget);
}

static void
cherish_lazy_page_dispose (GObject *object)
{
  CherishLazyPage *self = CHERISH_LAZY_PAGE (object);

  g_clear_pointer (&self->page, gtk_widget_unparent);
  g_clear_object (&self->database);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (cherish_lazy_page_parent_class)->dispose (object);
}

static void
cherish_lazy_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CherishLazyPage *self = CHERISH_LAZY_PAGE (object);

  switch (prop_id)
    {
    case PROP_PAGE_TYPE:
      g_value_set_gtype (value, self->page_type);
      break;
    case PROP_PAGE:
      g_value_set_object (value, self->page);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cherish_lazy_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CherishLazyPage *self = CHERISH_LAZY_PAGE (object);

  switch (prop_id)
    {
    case PROP_PAGE_TYPE:
      self->page_type = g_value_get_gtype (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cherish_lazy_page_class_init (CherishLazyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cherish_lazy_page_dispose;
  object_class->get_property = cherish_lazy_page_get_property;
  object_class->set_property = cherish_lazy_page_set_property;
  widget_class->map = cherish_lazy_page_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /**
   * CherishLazyPage:page-type:
   *
   * The page's widget type, built when the page is first wanted.
   */
  properties[PROP_PAGE_TYPE] =
    g_param_spec_gtype ("page-type", NULL, NULL, GTK_TYPE_WIDGET,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CherishLazyPage:page:
   *
   * The page, once built; %NULL before.
   */
  properties[PROP_PAGE] =
    g_param_spec_object ("page", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cherish_lazy_page_init (CherishLazyPage *self)
{
  self->page_type = G_TYPE_NONE;
}

/**
 * cherish_lazy_page_set_setup:
 *
 * How the page, once built, is given the shop's database.
 */
void
cherish_lazy_page_set_setup (CherishLazyPage  *self,
                             CherishPageSetup  setup)
{
  g_return_if_fail (CHERISH_IS_LAZY_PAGE (self));
  g_return_if_fail (self->setup == NULL);

  self->setup = setup;
}

/**
 * cherish_lazy_page_set_database:
 *
 * The shop's database, given to the page now if it is built, else when
 * it is. Once only.
 */
void
cherish_lazy_page_set_database (CherishLazyPage *self,
                                CherishDatabase *database,
                                CherishClock    *clock)
{
  g_return_if_fail (CHERISH_IS_LAZY_PAGE (self));
  g_return_if_fail (CHERISH_IS_DATABASE (database));
  g_return_if_fail (self->database == NULL);

  self->database = g_object_ref (database);
  self->clock = g_object_ref (clock);
  if (self->page != NULL && self->setup != NULL)
    self->setup (self->page, self->database, self->clock);
}

/**
 * cherish_lazy_page_get_page:
 *
 * Returns: (transfer none): the page, built now if it was not yet
 */
GtkWidget *
cherish_lazy_page_get_page (CherishLazyPage *self)
{
  g_return_val_if_fail (CHERISH_IS_LAZY_PAGE (self), NULL);
  g_return_val_if_fail (g_type_is_a (self->page_type, GTK_TYPE_WIDGET), NULL);

  if (self->page != NULL)
    return self->page;

  self->page = g_object_new (self->page_type, NULL);
  gtk_widget_set_parent (self->page, GTK_WIDGET (self));
  if (self->database != NULL && self->setup != NULL)
    self->setup (self->page, self->database, self->clock);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
  return self->page;
}

/**
 * cherish_lazy_page_peek_page:
 *
 * Returns: (transfer none) (nullable): the page if it was built, else
 *   %NULL (nothing is built)
 */
GtkWidget *
cherish_lazy_page_peek_page (CherishLazyPage *self)
{
  g_return_val_if_fail (CHERISH_IS_LAZY_PAGE (self), NULL);
  return self->page;
}
