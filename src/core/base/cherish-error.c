/* cherish-error.c — the CHERISH_ERROR domain
 *
 * Validation errors carry the name of the field they are about, so that a
 * form can turn that very field red (GLib extended error domains).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-error"

#include "config.h"

#include "cherish-error.h"

typedef struct
{
  char *field;
} CherishErrorPrivate;

static void
cherish_error_private_init (CherishErrorPrivate *priv)
{
  priv->field = NULL;
}

static void
cherish_error_private_copy (const CherishErrorPrivate *src,
                            CherishErrorPrivate       *dest)
{
  dest->field = g_strdup (src->field);
}

static void
cherish_error_private_clear (CherishErrorPrivate *priv)
{
  g_clear_pointer (&priv->field, g_free);
}

G_DEFINE_EXTENDED_ERROR (CherishError, cherish_error)

/**
 * cherish_set_invalid:
 * @error: (nullable): return location
 * @field: the machine name of the field ("email", "birthday"…)
 * @format: printf-style message for the shop manager
 *
 * Sets a %CHERISH_ERROR_INVALID error that remembers @field.
 */
void
cherish_set_invalid (GError     **error,
                     const char  *field,
                     const char  *format,
                     ...)
{
  g_autofree char *message = NULL;
  GError *new_error;
  va_list args;

  if (error == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  new_error = g_error_new_literal (CHERISH_ERROR, CHERISH_ERROR_INVALID, message);
  cherish_error_get_private (new_error)->field = g_strdup (field);
  g_propagate_error (error, new_error);
}

/**
 * cherish_add_invalid:
 * @error: (not nullable): where the problems are gathered
 *
 * Like cherish_set_invalid(), but when @error holds a problem already,
 * adds this one to its message (the field stays the first one's).
 */
void
cherish_add_invalid (GError     **error,
                     const char  *field,
                     const char  *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  g_return_if_fail (error != NULL);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (*error == NULL)
    cherish_set_invalid (error, field, "%s", message);
  else
    {
      char *joined = g_strconcat ((*error)->message, " ", message, NULL);

      g_free ((*error)->message);
      (*error)->message = joined;
    }
}

/**
 * cherish_error_get_field:
 * @error: a #GError
 *
 * Returns: (nullable): the field a validation error is about, or %NULL
 */
const char *
cherish_error_get_field (const GError *error)
{
  CherishErrorPrivate *priv;

  g_return_val_if_fail (error != NULL, NULL);

  priv = cherish_error_get_private (error);
  return priv != NULL ? priv->field : NULL;
}
