/* cherish-paged-model.c — a GListModel that reads its items a page at a time
 *
 * A list of 100,000 customers must not load 100,000 rows: only the count is
 * asked up front, and items are fetched when a view asks for them, a page
 * at a time. A few recent pages are kept so that scrolling back and forth
 * does not ask the database again; the rest are dropped.
 *
 * The count stops at a thousand (a search for "0" matches the whole shop,
 * and counting 100,000 matches costs more than showing the first page):
 * when a view comes near the end of what was counted, the model counts
 * eight times further and grows, as a chat history grows when scrolled.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-paged-model"

#include "config.h"

#include "cherish-paged-model.h"

/* A page is two screens of a tall window: a search's first page is read
 * at each keystroke, and one of 100 made the walks of searches that match
 * a few percent of a big shop ("sa") give up and sort (cherish-bench-ui:
 * "sa" 10–16 → 5–6 ms). As many rows are kept. */
#define PAGE_SIZE 50
#define MAX_PAGES 32
#define FIRST_COUNT 1000
#define GROWTH 8

struct _CherishPagedModel
{
  GObject                   parent_instance;

  GType                     item_type;
  const CherishPagedSource *funcs;
  gpointer                  source;
  GDestroyNotify            source_destroy;

  guint                     n_items;
  guint                     counted_to;  /* the count stopped here */
  gboolean                  more;        /* there may be more than n_items */
  guint                     grow_id;
  GHashTable               *pages;     /* page number → GPtrArray */
  GQueue                    recent;    /* page numbers, most recent first */
  guint                     fetches;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CherishPagedModel, cherish_paged_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

static guint
count_items (CherishPagedModel *self)
{
  g_autoptr(GError) error = NULL;
  guint n = self->funcs->count (self->source, self->counted_to, &error);

  if (error != NULL)
    {
      g_warning ("Could not count the list: %s", error->message);
      self->more = FALSE;
      return 0;
    }
  self->more = n == self->counted_to && n < G_MAXUINT;
  return n;
}

static void
set_n_items (CherishPagedModel *self,
             guint              n_items)
{
  guint old_n_items = self->n_items;
  guint common = MIN (old_n_items, n_items);

  if (n_items == old_n_items)
    return;
  self->n_items = n_items;
  g_list_model_items_changed (G_LIST_MODEL (self), common, old_n_items - common, n_items - common);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static gboolean
grow_cb (gpointer user_data)
{
  CherishPagedModel *self = user_data;

  self->grow_id = 0;
  self->counted_to = self->counted_to > G_MAXUINT / GROWTH ? G_MAXUINT
                                                           : self->counted_to * GROWTH;
  set_n_items (self, count_items (self));
  return G_SOURCE_REMOVE;
}

static void
drop_pages (CherishPagedModel *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->recent);
}

static GPtrArray *
get_page (CherishPagedModel *self,
          guint              page)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *items;

  items = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (items != NULL)
    {
      /* Most recently used first, for eviction. */
      if (g_queue_peek_head (&self->recent) != GUINT_TO_POINTER (page))
        {
          g_queue_remove (&self->recent, GUINT_TO_POINTER (page));
          g_queue_push_head (&self->recent, GUINT_TO_POINTER (page));
        }
      return items;
    }

  items = self->funcs->fetch (self->source, page * PAGE_SIZE, PAGE_SIZE, &error);
  self->fetches++;
  if (items == NULL)
    {
      g_warning ("Could not read the list: %s", error != NULL ? error->message : "?");
      return NULL;
    }

  if (g_queue_get_length (&self->recent) >= MAX_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->recent));

  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), items);
  g_queue_push_head (&self->recent, GUINT_TO_POINTER (page));
  return items;
}

/* ------------------------------------------------------------------ */
/* GListModel                                                          */
/* ------------------------------------------------------------------ */

static GType
cherish_paged_model_get_item_type (GListModel *model)
{
  return CHERISH_PAGED_MODEL (model)->item_type;
}

static guint
cherish_paged_model_get_n_items (GListModel *model)
{
  return CHERISH_PAGED_MODEL (model)->n_items;
}

static gpointer
cherish_paged_model_get_item (GListModel *model,
                              guint       position)
{
  CherishPagedModel *self = CHERISH_PAGED_MODEL (model);
  GPtrArray *items;
  guint index;

  if (position >= self->n_items)
    return NULL;

  /* Near the end of what was counted: count further once the view is
   * done asking (a model must not change while a view reads it). */
  if (self->more && self->grow_id == 0 && position + PAGE_SIZE >= self->n_items)
    self->grow_id = g_idle_add (grow_cb, self);

  items = get_page (self, position / PAGE_SIZE);
  index = position % PAGE_SIZE;

  /* The database may have changed under us before ::changed reloaded us. */
  if (items == NULL || index >= items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (items, index));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = cherish_paged_model_get_item_type;
  iface->get_n_items = cherish_paged_model_get_n_items;
  iface->get_item = cherish_paged_model_get_item;
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */
/* ------------------------------------------------------------------ */

static void
cherish_paged_model_finalize (GObject *object)
{
  CherishPagedModel *self = (CherishPagedModel *) object;

  g_clear_handle_id (&self->grow_id, g_source_remove);
  drop_pages (self);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  if (self->source_destroy != NULL)
    self->source_destroy (self->source);

  G_OBJECT_CLASS (cherish_paged_model_parent_class)->finalize (object);
}

static void
cherish_paged_model_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CherishPagedModel *self = CHERISH_PAGED_MODEL (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cherish_paged_model_class_init (CherishPagedModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cherish_paged_model_finalize;
  object_class->get_property = cherish_paged_model_get_property;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cherish_paged_model_init (CherishPagedModel *self)
{
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&self->recent);
  self->counted_to = FIRST_COUNT;
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */
/* ------------------------------------------------------------------ */

/**
 * cherish_paged_model_new:
 * @item_type: the #GType of the items
 * @funcs: how to count and fetch; must outlive the model (a static table)
 * @source: passed to @funcs
 * @source_destroy: (nullable): frees @source with the model
 *
 * Returns: (transfer full): a model holding the current count
 */
CherishPagedModel *
cherish_paged_model_new (GType                     item_type,
                         const CherishPagedSource *funcs,
                         gpointer                  source,
                         GDestroyNotify            source_destroy)
{
  CherishPagedModel *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  g_return_val_if_fail (funcs != NULL && funcs->count != NULL && funcs->fetch != NULL, NULL);

  self = g_object_new (CHERISH_TYPE_PAGED_MODEL, NULL);
  self->item_type = item_type;
  self->funcs = funcs;
  self->source = source;
  self->source_destroy = source_destroy;
  self->n_items = count_items (self);

  return self;
}

/**
 * cherish_paged_model_reload:
 *
 * Forgets what was read and tells the views that everything may have
 * changed.
 */
void
cherish_paged_model_reload (CherishPagedModel *self)
{
  guint old_n_items;

  g_return_if_fail (CHERISH_IS_PAGED_MODEL (self));

  old_n_items = self->n_items;
  drop_pages (self);
  self->n_items = count_items (self);

  /* A GTK 4.8 list view told this looks up every added item: show a big
   * paged model through a CherishLiveList, which tells views less. */
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n_items, self->n_items);
  if (old_n_items != self->n_items)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/**
 * cherish_paged_model_get_fetches:
 *
 * Returns: how many pages were read from the source so far (for tests)
 */
guint
cherish_paged_model_get_fetches (CherishPagedModel *self)
{
  g_return_val_if_fail (CHERISH_IS_PAGED_MODEL (self), 0);

  return self->fetches;
}
