/* cherish-server-banner.c — "the shop's server cannot be reached"
 *
 * Under the header bar, shown while the shop's PostgreSQL server cannot be
 * reached (CherishDatabase:connected) and gone once Cherish has connected
 * again by itself; a shop in a file never shows it. An AdwBanner where
 * libadwaita has one (1.3), else a revealed bar of the same look.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-server-banner"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cherish-server-banner.h"

struct _CherishServerBanner
{
  GtkWidget        parent_instance;

  GtkWidget       *banner;      /* AdwBanner, or a GtkRevealer */
  CherishDatabase *database;
  gulong           handler;
};

G_DEFINE_FINAL_TYPE (CherishServerBanner, cherish_server_banner, GTK_TYPE_WIDGET)

static void
show_or_hide (CherishServerBanner *self)
{
  gboolean away = self->database != NULL && !cherish_database_get_connected (self->database);

#if ADW_CHECK_VERSION (1, 3, 0)
  adw_banner_set_revealed (ADW_BANNER (self->banner), away);
#else
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->banner), away);
#endif
}

static void
cherish_server_banner_dispose (GObject *object)
{
  CherishServerBanner *self = CHERISH_SERVER_BANNER (object);

  cherish_server_banner_set_database (self, NULL);
  g_clear_pointer (&self->banner, gtk_widget_unparent);

  G_OBJECT_CLASS (cherish_server_banner_parent_class)->dispose (object);
}

static void
cherish_server_banner_class_init (CherishServerBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cherish_server_banner_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cherish_server_banner_init (CherishServerBanner *self)
{
  const char *text = _("The shop’s server cannot be reached. Cherish connects again by itself; "
                       "what you are writing is kept.");

#if ADW_CHECK_VERSION (1, 3, 0)
  self->banner = adw_banner_new (text);
#else
  {
    GtkWidget *label = gtk_label_new (text);

    gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
    gtk_widget_add_css_class (label, "cherish-banner");
    self->banner = gtk_revealer_new ();
    gtk_revealer_set_child (GTK_REVEALER (self->banner), label);
  }
#endif
  gtk_widget_set_parent (self->banner, GTK_WIDGET (self));
}

/* Follows @database's connection (%NULL: shows nothing). */
void
cherish_server_banner_set_database (CherishServerBanner *self,
                                    CherishDatabase     *database)
{
  g_return_if_fail (CHERISH_IS_SERVER_BANNER (self));

  if (self->database != NULL)
    g_clear_signal_handler (&self->handler, self->database);
  g_set_object (&self->database, database);
  if (database != NULL)
    self->handler = g_signal_connect_swapped (database, "notify::connected", G_CALLBACK (show_or_hide), self);
  if (self->banner != NULL)
    show_or_hide (self);
}

/* Returns: whether it says the server cannot be reached */
gboolean
cherish_server_banner_get_shown (CherishServerBanner *self)
{
  g_return_val_if_fail (CHERISH_IS_SERVER_BANNER (self), FALSE);

#if ADW_CHECK_VERSION (1, 3, 0)
  return adw_banner_get_revealed (ADW_BANNER (self->banner));
#else
  return gtk_revealer_get_reveal_child (GTK_REVEALER (self->banner));
#endif
}
