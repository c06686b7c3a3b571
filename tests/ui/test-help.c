/* test-help.c — F1, the main menu and the empty pages open the help:
 * the desktop's handler of help: URIs (Yelp on a user's machine; here a
 * script that writes down what it was asked and in which language) is
 * started with the page, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cherish-test-gtk.h"
#include "cherish-test-util.h"
#include "cherish-window.h"

static char *record;

/* What the help browser was asked, one line per URI ("URI LANGUAGE"). */
static char *
wait_for_request (guint n)
{
  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *text = NULL;

      if (g_file_get_contents (record, &text, NULL, NULL) && g_strv_length (g_strsplit (text, "\n", -1)) > n)
        {
          g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

          return g_strdup (lines[n - 1]);
        }
      cherish_test_spin (10);
    }
  g_assert_not_reached ();
}

/* Whether @widget answers @key (no modifier) with @action: its class's
 * shortcuts are among its controllers. */
static gboolean
has_shortcut (GtkWidget  *widget,
              guint       key,
              const char *action)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean found = FALSE;

  for (guint c = 0; c < g_list_model_get_n_items (controllers) && !found; c++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, c);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !found; i++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), i);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *what = gtk_shortcut_get_action (shortcut);

          found = GTK_IS_KEYVAL_TRIGGER (trigger) &&
                  gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == key &&
                  gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0 &&
                  GTK_IS_NAMED_ACTION (what) &&
                  g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (what)), action);
        }
    }
  return found;
}

static gboolean
menu_has (GMenuModel *menu,
          const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      GMenuModel *section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (section != NULL && menu_has (section, action))
        {
          g_object_unref (section);
          return TRUE;
        }
      g_clear_object (&section);
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
    }
  return FALSE;
}

static void
test_help (void)
{
  CherishTestShop shop;
  CherishWindow *window;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GHashTable) uris = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autofree char *expected = NULL;
  const char *language = g_getenv ("LANGUAGE");
  GtkWidget *menu_button;
  static const char *page_names[] = { "today", "customers", "celebrations", "events", "rewards", "ideas",
                                      "insights" };

  /* An empty shop: the empty pages explain themselves. */
  cherish_test_shop_open (&shop, "2026-11-24T10:00:00+03:30", "help.db");
  window = cherish_window_new (NULL, shop.db, shop.clock);
  gtk_window_present (GTK_WINDOW (window));
  cherish_test_wait_for_frames (GTK_WIDGET (window), 2);

  /* F1, and Help in the main menu. */
  g_assert_true (has_shortcut (GTK_WIDGET (window), GDK_KEY_F1, "win.help"));
  menu_button = cherish_test_find (window, GTK_TYPE_MENU_BUTTON, NULL);
  g_assert_nonnull (menu_button);
  g_assert_true (menu_has (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)), "win.help"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.help", NULL));
  first = wait_for_request (1);
  /* The help browser is started in the interface's language. */
  expected = g_strdup_printf ("help:cherish %s", language != NULL ? language : "");
  g_assert_cmpstr (first, ==, expected);

  /* Each empty page links to the page that explains it. */
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    cherish_window_get_page (window, page_names[i]);   /* each is built when first wanted */
  links = cherish_test_find_all (window, GTK_TYPE_LINK_BUTTON);
  for (guint i = 0; i < links->len; i++)
    g_hash_table_add (uris, (gpointer) gtk_link_button_get_uri (links->pdata[i]));
  g_assert_true (g_hash_table_contains (uris, "help:cherish/getting-started#import"));
  g_assert_true (g_hash_table_contains (uris, "help:cherish/celebrations"));
  g_assert_true (g_hash_table_contains (uris, "help:cherish/event-day"));
  g_assert_true (g_hash_table_contains (uris, "help:cherish/ideas"));
  for (guint i = 0; i < links->len; i++)
    if (g_str_equal (gtk_link_button_get_uri (links->pdata[i]), "help:cherish/event-day"))
      g_signal_emit_by_name (links->pdata[i], "clicked");
  second = wait_for_request (2);
  g_assert_true (g_str_has_prefix (second, "help:cherish/event-day "));
  for (guint i = 0; i < links->len; i++)
    if (g_str_equal (gtk_link_button_get_uri (links->pdata[i]), "help:cherish/getting-started#import"))
      g_signal_emit_by_name (links->pdata[i], "clicked");
  third = wait_for_request (3);
  g_assert_true (g_str_has_prefix (third, "help:cherish/getting-started#import "));

  cherish_test_close (window);
  cherish_test_shop_close (&shop);
}

/* The pages Yelp will show a Persian manager are built, in Persian. */
static void
test_persian_pages (void)
{
  g_autofree char *index = g_build_filename (BUILD_ROOT, "help", "fa", "index.page", NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (index, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "راهنمای Cherish"));
  g_assert_nonnull (strstr (text, "مشتریان و مناسبت‌هایشان"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("cherish-help-XXXXXX", NULL);
  g_autofree char *applications = g_build_filename (home, "data", "applications", NULL);
  g_autofree char *config = g_build_filename (home, "config", NULL);
  g_autofree char *script = g_build_filename (home, "help-browser", NULL);
  g_autofree char *desktop = g_build_filename (applications, "cherish-test-help.desktop", NULL);
  g_autofree char *mimeapps = g_build_filename (config, "mimeapps.list", NULL);
  g_autofree char *script_text = NULL;
  g_autofree char *desktop_text = NULL;
  int status;

  /* The desktop's handler of help: URIs, as Yelp is on a user's machine. */
  record = g_build_filename (home, "asked", NULL);
  g_mkdir_with_parents (applications, 0700);
  g_mkdir_with_parents (config, 0700);
  script_text = g_strdup_printf ("#!/bin/sh\necho \"$1 $LANGUAGE\" >> '%s'\n", record);
  g_assert_true (g_file_set_contents (script, script_text, -1, NULL));
  g_chmod (script, 0755);
  desktop_text = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Help\nExec=%s %%u\n"
                                  "MimeType=x-scheme-handler/help;\nNoDisplay=true\n", script);
  g_assert_true (g_file_set_contents (desktop, desktop_text, -1, NULL));
  g_assert_true (g_file_set_contents (mimeapps, "[Default Applications]\n"
                                      "x-scheme-handler/help=cherish-test-help.desktop\n", -1, NULL));
  g_setenv ("XDG_DATA_HOME", g_build_filename (home, "data", NULL), TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);

  cherish_test_gtk_init (&argc, &argv);
  g_test_add_func ("/help/opened", test_help);
  g_test_add_func ("/help/persian-pages", test_persian_pages);
  status = g_test_run ();
  cherish_test_remove_dir (home);
  return status;
}
