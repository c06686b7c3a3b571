/* cherish-live-list.c — a list of stable positions whose contents change
 *
 * A view of a list of 100,000 customers keeps a couple of hundred rows.
 * When the search changes, swapping in a new model makes a GTK 4.8 list
 * view throw those rows away and build them again (and, told "all removed
 * and all added" at once, look up every added item): tens of milliseconds
 * per keystroke. Here the items are positions instead — slot 0, slot 1, … —
 * that stay the same objects while what they hold changes. A new model
 * only moves the end of the list (items-changed at the tail) and tells the
 * slots on screen that their item changed; their rows simply show the new
 * customer. A slot reads its item from the current model when asked.
 *
 * A slot lives only while someone (a view's row) holds it: the list keeps
 * no slot of its own, so scrolling through 100,000 customers does not keep
 * 100,000 customers (it kept 150 MB of them).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-live-list"

#include "config.h"

#include "cherish-live-list.h"

/* ------------------------------------------------------------------ */
/* CherishListSlot                                                     */
/* ------------------------------------------------------------------ */

struct _CherishListSlot
{
  GObject          parent_instance;

  CherishLiveList *list;       /* not owned; NULL once the list let it go */
  guint            position;
  guint            generation;   /* of the list, when item was read */
  guint            told;         /* generation it was last told about */
  gboolean         read;         /* someone showed it: tell it of changes */
  GObject         *item;
};

G_DEFINE_FINAL_TYPE (CherishListSlot, cherish_list_slot, G_TYPE_OBJECT)

enum {
  SLOT_PROP_0,
  SLOT_PROP_ITEM,
  SLOT_N_PROPS
};

static GParamSpec *slot_properties[SLOT_N_PROPS];

/* The slots on screen are told at once of a change; the others hear of
 * it when the main loop is idle, after the frame that shows the first
 * ones. Until the view says which it shows (cherish_live_list_set_shown()),
 * the first this many. */
#define FIRST_SLOTS 48

/* The others are told a few at a time, so that a key typed meanwhile
 * does not wait: the 190 rows a list view kept off screen took 45 ms at
 * once. */
#define REST_AT_ONCE 16

struct _CherishLiveList
{
  GObject     parent_instance;

  GListModel *model;
  GPtrArray  *slots;        /* position → CherishListSlot, made on demand; not
                             * owned: a slot lives as long as a view holds it */
  guint       n_items;
  guint       generation;
  guint       shown_from;   /* the positions on screen: told at once */
  guint       shown_to;
  guint       rest_from;    /* the others: told from here on when idle */
  guint       notify_rest_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CherishLiveList, cherish_live_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
cherish_list_slot_finalize (GObject *object)
{
  CherishListSlot *self = (CherishListSlot *) object;

  /* Nobody shows it any more: the list forgets it (and its item). */
  if (self->list != NULL && self->position < self->list->slots->len &&
      self->list->slots->pdata[self->position] == self)
    self->list->slots->pdata[self->position] = NULL;
  g_clear_object (&self->item);

  G_OBJECT_CLASS (cherish_list_slot_parent_class)->finalize (object);
}

static void
cherish_list_slot_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case SLOT_PROP_ITEM:
      g_value_set_object (value, cherish_list_slot_get_item (CHERISH_LIST_SLOT (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cherish_list_slot_class_init (CherishListSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cherish_list_slot_finalize;
  object_class->get_property = cherish_list_slot_get_property;

  slot_properties[SLOT_PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, SLOT_N_PROPS, slot_properties);
}

static void
cherish_list_slot_init (CherishListSlot *self)
{
}

/**
 * cherish_list_slot_get_item:
 *
 * Returns: (transfer none) (nullable): what the current model holds at
 *   this position, read when first asked after a change
 */
gpointer
cherish_list_slot_get_item (CherishListSlot *self)
{
  g_return_val_if_fail (CHERISH_IS_LIST_SLOT (self), NULL);

  if (self->list != NULL && self->generation != self->list->generation)
    {
      g_clear_object (&self->item);
      if (self->list->model != NULL && self->position < self->list->n_items)
        self->item = g_list_model_get_item (self->list->model, self->position);
      self->generation = self->list->generation;
      self->read = TRUE;
    }

  return self->item;
}

guint
cherish_list_slot_get_position (CherishListSlot *self)
{
  g_return_val_if_fail (CHERISH_IS_LIST_SLOT (self), 0);

  return self->position;
}

/* ------------------------------------------------------------------ */
/* CherishLiveList                                                     */
/* ------------------------------------------------------------------ */

static GType
cherish_live_list_get_item_type (GListModel *model)
{
  return CHERISH_TYPE_LIST_SLOT;
}

static guint
cherish_live_list_get_n_items (GListModel *model)
{
  return CHERISH_LIVE_LIST (model)->n_items;
}

static gpointer
cherish_live_list_get_item (GListModel *model,
                            guint       position)
{
  CherishLiveList *self = CHERISH_LIVE_LIST (model);
  CherishListSlot *slot;

  if (position >= self->n_items)
    return NULL;

  if (position >= self->slots->len)
    g_ptr_array_set_size (self->slots, position + 1);

  slot = g_ptr_array_index (self->slots, position);
  if (slot != NULL)
    return g_object_ref (slot);

  slot = g_object_new (CHERISH_TYPE_LIST_SLOT, NULL);
  slot->list = self;
  slot->position = position;
  slot->generation = self->generation - 1;   /* not read yet */
  self->slots->pdata[position] = slot;
  return slot;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = cherish_live_list_get_item_type;
  iface->get_n_items = cherish_live_list_get_n_items;
  iface->get_item = cherish_live_list_get_item;
}

/* Tells the slots from @from on, before @to, that were read (a row shows
 * them) before the latest change and not told of it yet: at most @most of
 * them. One read since (a row bound to it) holds the new item already.
 * Returns: where it stopped */
static guint
notify_slots (CherishLiveList *self,
              guint            from,
              guint            to,
              guint            most)
{
  guint i;

  for (i = from; i < MIN (to, self->slots->len) && most > 0; i++)
    {
      CherishListSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot != NULL && slot->read && slot->told != self->generation &&
          slot->generation != self->generation)
        {
          slot->told = self->generation;
          most--;
          g_object_notify_by_pspec (G_OBJECT (slot), slot_properties[SLOT_PROP_ITEM]);
        }
    }
  return i;
}

static gboolean
notify_rest_cb (gpointer user_data)
{
  CherishLiveList *self = user_data;

  self->rest_from = notify_slots (self, self->rest_from, self->n_items, REST_AT_ONCE);
  if (self->rest_from < MIN (self->n_items, self->slots->len))
    return G_SOURCE_CONTINUE;
  self->notify_rest_id = 0;
  return G_SOURCE_REMOVE;
}

/* The model's contents changed: slots read again, the tail moves, and the
 * slots that had been read (those on screen) say their item changed. */
static void
refresh (CherishLiveList *self)
{
  guint old_n = self->n_items;
  guint new_n = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
  guint common = MIN (old_n, new_n);

  self->generation++;
  self->n_items = new_n;

  /* Slots past the new end are dropped with their items. */
  for (guint i = new_n; i < self->slots->len; i++)
    {
      CherishListSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot != NULL)
        {
          slot->list = NULL;
          g_clear_object (&slot->item);
        }
    }
  if (self->slots->len > new_n)
    g_ptr_array_set_size (self->slots, new_n);

  if (old_n != new_n)
    g_list_model_items_changed (G_LIST_MODEL (self), common, old_n - common, new_n - common);

  notify_slots (self, self->shown_from, MIN (common, self->shown_to), G_MAXUINT);
  self->rest_from = 0;
  if ((self->shown_from > 0 || common > self->shown_to) && self->notify_rest_id == 0)
    self->notify_rest_id = g_idle_add (notify_rest_cb, self);
}

static void
on_model_items_changed_cb (CherishLiveList *self,
                           guint            position,
                           guint            removed,
                           guint            added)
{
  guint old_n = self->n_items;

  /* Grown at its end (counted further): the slots so far hold what they
   * held, only the end moves. */
  if (removed == 0 && position == old_n)
    {
      self->n_items = old_n + added;
      g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, added);
      return;
    }
  refresh (self);
}

static void
cherish_live_list_finalize (GObject *object)
{
  CherishLiveList *self = (CherishLiveList *) object;

  g_clear_handle_id (&self->notify_rest_id, g_source_remove);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed_cb, self);
  g_clear_object (&self->model);
  /* Slots still held elsewhere must not reach back into a freed list. */
  for (guint i = 0; i < self->slots->len; i++)
    {
      CherishListSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot != NULL)
        slot->list = NULL;
    }
  g_ptr_array_free (self->slots, TRUE);

  G_OBJECT_CLASS (cherish_live_list_parent_class)->finalize (object);
}

static void
cherish_live_list_class_init (CherishLiveListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cherish_live_list_finalize;
}

static void
cherish_live_list_init (CherishLiveList *self)
{
  self->slots = g_ptr_array_new ();
  self->generation = 1;
  self->shown_to = FIRST_SLOTS;
}

CherishLiveList *
cherish_live_list_new (void)
{
  return g_object_new (CHERISH_TYPE_LIVE_LIST, NULL);
}

/**
 * cherish_live_list_set_model:
 * @model: (nullable): the list to show now
 *
 * Shows @model's items in the same slots, following its changes.
 */
void
cherish_live_list_set_model (CherishLiveList *self,
                             GListModel      *model)
{
  g_return_if_fail (CHERISH_IS_LIVE_LIST (self));

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed_cb, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect_swapped (model, "items-changed", G_CALLBACK (on_model_items_changed_cb),
                              self);
  refresh (self);
}

/**
 * cherish_live_list_set_shown:
 * @first: the first position the view shows
 * @n: how many positions it shows at most
 *
 * Which slots are on screen: those are told of a change at once (and
 * when scrolled to before the others were), the others once the main
 * loop is idle. A customers list of 1,000 matches told 48 rows at each
 * keystroke, 3 ms of the 5–9 it took, where a window shows a dozen.
 */
void
cherish_live_list_set_shown (CherishLiveList *self,
                             guint            first,
                             guint            n)
{
  g_return_if_fail (CHERISH_IS_LIVE_LIST (self));

  self->shown_from = first;
  self->shown_to = first + MAX (n, 1);
  /* Scrolled to slots not told of the latest change yet: now, before
   * they are drawn. */
  notify_slots (self, self->shown_from, MIN (self->n_items, self->shown_to), G_MAXUINT);
}

/**
 * cherish_live_list_get_model:
 *
 * Returns: (transfer none) (nullable): the list shown
 */
GListModel *
cherish_live_list_get_model (CherishLiveList *self)
{
  g_return_val_if_fail (CHERISH_IS_LIVE_LIST (self), NULL);

  return self->model;
}
