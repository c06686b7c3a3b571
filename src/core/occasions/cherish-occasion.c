/* cherish-occasion.c — one moment worth celebrating (plain value, no SQL)
 *
 * What, for whom, on which day (none when it comes with the next visit or
 * customer), and the number that makes it count: the age (0 when the
 * birth year is not known), the years as a customer or since a yearly
 * life event, the Nth visit, the shop's Nth customer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-occasion"

#include "config.h"

#include <string.h>

#include "cherish-date.h"
#include "cherish-enum-types.h"
#include "cherish-occasion.h"
#include "cherish-record.h"

struct _CherishOccasion
{
  GObject              parent_instance;

  CherishOccasionKind  kind;
  gint64               customer_id;
  char                *customer_name;
  char                *date;
  guint                number;
  char                *title;
  gint64               life_event_id;
};

G_DEFINE_FINAL_TYPE (CherishOccasion, cherish_occasion, G_TYPE_OBJECT)

static const CherishField fields[] = {
  CHERISH_FIELD_ENUM_OF (CherishOccasion, kind, "kind", cherish_occasion_kind_get_type,
                         CHERISH_OCCASION_NONE),
  CHERISH_FIELD (CherishOccasion, customer_id, "customer-id", INT64),
  CHERISH_FIELD (CherishOccasion, customer_name, "customer-name", STRING),
  CHERISH_FIELD (CherishOccasion, date, "date", STRING),
  CHERISH_FIELD (CherishOccasion, number, "number", UINT),
  CHERISH_FIELD (CherishOccasion, title, "title", STRING),
  CHERISH_FIELD (CherishOccasion, life_event_id, "life-event-id", INT64),
};

CHERISH_RECORD_IMPLEMENT (cherish_occasion, CherishOccasion, fields)

/**
 * cherish_occasion_new:
 * @date: (nullable): "YYYY-MM-DD", or %NULL for "at the next visit" or
 *   "coming soon"
 *
 * Sets the fields directly: a scan makes thousands of these.
 */
CherishOccasion *
cherish_occasion_new (CherishOccasionKind  kind,
                      gint64               customer_id,
                      const char          *customer_name,
                      const char          *date,
                      guint                number,
                      const char          *title,
                      gint64               life_event_id)
{
  CherishOccasion *self = g_object_new (CHERISH_TYPE_OCCASION, NULL);

  self->kind = kind;
  self->customer_id = customer_id;
  self->customer_name = g_strdup (customer_name);
  self->date = g_strdup (date);
  self->number = number;
  self->title = g_strdup (title && *title ? title : NULL);
  self->life_event_id = life_event_id;
  return self;
}

#define GETTER(ret, member) \
  ret cherish_occasion_get_##member (CherishOccasion *self) \
  { \
    g_return_val_if_fail (CHERISH_IS_OCCASION (self), 0); \
    return self->member; \
  }

GETTER (CherishOccasionKind, kind)
GETTER (gint64, customer_id)
GETTER (const char *, customer_name)
GETTER (const char *, date)
GETTER (guint, number)
GETTER (const char *, title)
GETTER (gint64, life_event_id)

/* An occasion with what it sorts by, read once: 12,000 occasions in a
 * month of a big shop are compared some 170,000 times, and reading each
 * one's date every time was a fifth of finding them. The day is a number
 * (0: no day, first). Every date an occasion gets is written by
 * cherish_date_format (); one that could not be read would sort by its
 * text, after those without a day. */
typedef struct
{
  int              day;
  CherishOccasion *occasion;
} SortedOccasion;

#define UNREAD_DAY 1

static int
compare_sorted (gconstpointer a,
                gconstpointer b)
{
  const SortedOccasion *x = *(SortedOccasion **) a, *y = *(SortedOccasion **) b;

  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;
  if (x->day == UNREAD_DAY && strcmp (x->occasion->date, y->occasion->date) != 0)
    return strcmp (x->occasion->date, y->occasion->date);
  if (x->occasion->kind != y->occasion->kind)
    return (int) x->occasion->kind - (int) y->occasion->kind;
  return g_strcmp0 (x->occasion->customer_name, y->occasion->customer_name);
}

/**
 * cherish_occasion_sort:
 * @occasions: (element-type CherishOccasion): occasions, sorted in place
 *
 * Sorts @occasions by date (those without one first), then kind, then
 * the customer's name; a stable sort.
 */
void
cherish_occasion_sort (GPtrArray *occasions)
{
  g_autofree SortedOccasion *keys = g_new (SortedOccasion, occasions->len);
  g_autoptr(GPtrArray) order = g_ptr_array_sized_new (occasions->len);

  for (guint i = 0; i < occasions->len; i++)
    {
      SortedOccasion *key = &keys[i];
      int year, month, day;

      key->occasion = g_ptr_array_index (occasions, i);
      if (key->occasion->date == NULL)
        key->day = 0;
      else if (cherish_date_read_stored (key->occasion->date, &year, &month, &day))
        key->day = UNREAD_DAY + 1 + (year * 13 + month) * 32 + day;
      else
        key->day = UNREAD_DAY;
      g_ptr_array_add (order, key);
    }
  g_ptr_array_sort (order, compare_sorted);
  for (guint i = 0; i < occasions->len; i++)
    occasions->pdata[i] = ((SortedOccasion *) order->pdata[i])->occasion;
}
