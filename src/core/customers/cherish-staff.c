/* cherish-staff.c — someone who works in the shop
 *
 * Staff who leave are made inactive rather than deleted, so that what they
 * did stays attributed to them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-staff"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-error.h"
#include "cherish-record.h"
#include "cherish-staff.h"
#include "cherish-text.h"

struct _CherishStaff
{
  GObject   parent_instance;

  gint64    id;
  char     *name;
  gboolean  active;
};

G_DEFINE_FINAL_TYPE (CherishStaff, cherish_staff, G_TYPE_OBJECT)

static const CherishField fields[] = {
  CHERISH_FIELD (CherishStaff, id, "id", INT64),
  CHERISH_FIELD (CherishStaff, name, "name", STRING),
  CHERISH_FIELD (CherishStaff, active, "active", BOOLEAN),
};

CHERISH_RECORD_IMPLEMENT (cherish_staff, CherishStaff, fields)

CherishStaff *
cherish_staff_new (const char *name)
{
  return g_object_new (CHERISH_TYPE_STAFF, "name", name, "active", TRUE, NULL);
}

gboolean
cherish_staff_validate (CherishStaff  *self,
                        GError       **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (CHERISH_IS_STAFF (self), FALSE);

  name = cherish_text_normalize (self->name);
  if (name == NULL)
    {
      cherish_set_invalid (error, "name", _("Name: a staff member needs a name."));
      return FALSE;
    }

  return TRUE;
}

#define GETTER(ret, member) \
  ret cherish_staff_get_##member (CherishStaff *self) \
  { \
    g_return_val_if_fail (CHERISH_IS_STAFF (self), 0); \
    return self->member; \
  }

GETTER (gint64, id)
GETTER (const char *, name)
GETTER (gboolean, active)
