/* cherish-error.h — the CHERISH_ERROR domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CHERISH_ERROR (cherish_error_quark ())

/**
 * CherishError:
 * @CHERISH_ERROR_FAILED: something went wrong that has no better code
 * @CHERISH_ERROR_INVALID: a value given by the user is not acceptable; the
 *   field is named by cherish_error_get_field()
 * @CHERISH_ERROR_NOT_FOUND: the record does not exist (any more)
 * @CHERISH_ERROR_NEWER_SCHEMA: the database was written by a newer Cherish
 * @CHERISH_ERROR_CORRUPT: the database file is damaged
 * @CHERISH_ERROR_NOT_A_DATABASE: the file is not a Cherish database
 * @CHERISH_ERROR_READ_ONLY: the database or its folder cannot be written
 * @CHERISH_ERROR_LOCKED: another program holds the database
 * @CHERISH_ERROR_IO: the file system refused (missing folder, disk full…)
 * @CHERISH_ERROR_CONFLICT: the operation contradicts existing data
 */
typedef enum
{
  CHERISH_ERROR_FAILED,
  CHERISH_ERROR_INVALID,
  CHERISH_ERROR_NOT_FOUND,
  CHERISH_ERROR_NEWER_SCHEMA,
  CHERISH_ERROR_CORRUPT,
  CHERISH_ERROR_NOT_A_DATABASE,
  CHERISH_ERROR_READ_ONLY,
  CHERISH_ERROR_LOCKED,
  CHERISH_ERROR_IO,
  CHERISH_ERROR_CONFLICT,
} CherishError;

GQuark      cherish_error_quark     (void);
void        cherish_set_invalid     (GError     **error,
                                     const char  *field,
                                     const char  *format,
                                     ...) G_GNUC_PRINTF (3, 4);
void        cherish_add_invalid     (GError     **error,
                                     const char  *field,
                                     const char  *format,
                                     ...) G_GNUC_PRINTF (3, 4);
const char *cherish_error_get_field (const GError *error);

G_END_DECLS
