/* cherish-enums.c — enum values to and from their stored names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-enums"

#include "config.h"

#include <glib-object.h>

#include "cherish-enums.h"

/**
 * cherish_enum_to_nick:
 *
 * Returns: (transfer none): the stored name of @value in the enum @type
 */
const char *
cherish_enum_to_nick (GType type,
                      int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);

  g_return_val_if_fail (v != NULL, NULL);

  return v->value_nick;
}

/**
 * cherish_enum_from_nick:
 * @value: (out): the value
 *
 * Returns: %TRUE if @nick names a value of the enum @type
 */
gboolean
cherish_enum_from_nick (GType       type,
                        const char *nick,
                        int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

  if (v == NULL)
    return FALSE;

  *value = v->value;
  return TRUE;
}
