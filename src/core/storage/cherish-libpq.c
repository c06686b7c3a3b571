/* cherish-libpq.c — libpq, loaded the first time a server is used
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-database"
#define CHERISH_LIBPQ_LOADER

#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>
#include <string.h>

#include "cherish-libpq.h"

/* Its soname since PostgreSQL 8.1; the Flatpak builds it into /app/lib. */
#define LIBPQ_NAME "libpq.so.5"

CherishLibpq cherish_libpq;

static char *
load_once (void)
{
  GModule *module = g_module_open (LIBPQ_NAME, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

  if (module == NULL)
    return g_strdup (g_module_error ());

#define CHERISH_LIBPQ_FIND(name)                                                  \
  if (!g_module_symbol (module, #name, (gpointer *) &cherish_libpq.name))         \
    {                                                                            \
      char *why = g_strdup (g_module_error ());                                  \
                                                                                 \
      memset (&cherish_libpq, 0, sizeof cherish_libpq);                          \
      g_module_close (module);                                                   \
      return why;                                                                \
    }
  CHERISH_LIBPQ_FUNCTIONS (CHERISH_LIBPQ_FIND)
#undef CHERISH_LIBPQ_FIND

  g_module_make_resident (module);
  return NULL;
}

/**
 * cherish_libpq_load:
 * @message: (out) (optional) (transfer full): why not, on failure
 *
 * Loads libpq once for the whole process (from any thread); later calls
 * return what the first found.
 *
 * Returns: whether the PQ… functions can be called
 */
gboolean
cherish_libpq_load (char **message)
{
  static gsize done = 0;
  static char *failure = NULL;

  if (g_once_init_enter (&done))
    {
      failure = load_once ();
      g_once_init_leave (&done, 1);
    }
  if (failure != NULL && message != NULL)
    /* Translators: %s is the system's reason, such as "libpq.so.5: cannot open shared object file" */
    *message = g_strdup_printf (_("PostgreSQL’s client library could not be loaded (%s). Install libpq "
                                  "(the package libpq5) to keep the shop on a server."),
                                failure);
  return failure == NULL;
}
