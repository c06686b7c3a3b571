/* test-message-dialog.c — from a follow-up to a sent, logged message
 *
 * The desktop's handlers for sms:, mailto:, tel: and https: are, here, a
 * script in a test XDG data folder that writes down the URI it was given:
 * the dialog hands the real launcher exactly the URI the test expects.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cherish-celebration-dialog.h"
#include "cherish-celebration-store.h"
#include "cherish-customer-store.h"
#include "cherish-follow-up-store.h"
#include "cherish-message-dialog.h"
#include "cherish-test-gtk.h"
#include "cherish-test-util.h"
#include "cherish-visit-store.h"
#include "cherish-window.h"

static char *handler_dir;

/* A handler for each scheme a message goes by, writing what it got. */
static void
install_handler (void)
{
  g_autofree char *applications = NULL;
  g_autofree char *script = NULL;
  g_autofree char *desktop = NULL;
  g_autofree char *entry = NULL;
  g_autofree char *config = NULL;
  g_autofree char *mimeapps = NULL;
  const char *schemes[] = { "sms", "mailto", "tel", "https" };
  g_autoptr(GString) defaults = g_string_new ("[Default Applications]\n");

  handler_dir = cherish_test_make_dir ();
  applications = g_build_filename (handler_dir, "data", "applications", NULL);
  config = g_build_filename (handler_dir, "config", NULL);
  g_mkdir_with_parents (applications, 0700);
  g_mkdir_with_parents (config, 0700);
  script = g_build_filename (handler_dir, "handler.sh", NULL);
  g_file_set_contents (script, "#!/bin/sh\nprintf '%s\\n' \"$1\" >> \"$(dirname \"$0\")/uris.txt\"\n", -1, NULL);
  g_chmod (script, 0700);
  entry = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Test handler\nExec=%s %%u\n"
                           "MimeType=x-scheme-handler/sms;x-scheme-handler/mailto;x-scheme-handler/tel;"
                           "x-scheme-handler/https;\n", script);
  desktop = g_build_filename (applications, "cherish-test-handler.desktop", NULL);
  g_file_set_contents (desktop, entry, -1, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    g_string_append_printf (defaults, "x-scheme-handler/%s=cherish-test-handler.desktop\n", schemes[i]);
  mimeapps = g_build_filename (config, "mimeapps.list", NULL);
  g_file_set_contents (mimeapps, defaults->str, -1, NULL);

  /* Ours first; the system's still there for icons and image types. */
  {
    g_autofree char *data = g_build_filename (handler_dir, "data", NULL);
    g_autofree char *dirs = g_strconcat (data, ":", g_getenv ("XDG_DATA_DIRS") ?: "/usr/local/share:/usr/share",
                                         NULL);

    g_setenv ("XDG_DATA_HOME", data, TRUE);
    g_setenv ("XDG_DATA_DIRS", dirs, TRUE);
  }
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  /* No portal: the desktop's own handlers, as outside a sandbox. */
  g_setenv ("GTK_USE_PORTAL", "0", TRUE);
  g_setenv ("GDK_DEBUG", "no-portals", TRUE);
}

/* The URIs the handler got, waiting for the first. */
static char *
uris_received (void)
{
  g_autofree char *path = g_build_filename (handler_dir, "uris.txt", NULL);
  char *text = NULL;

  for (guint i = 0; i < 100 && !g_file_test (path, G_FILE_TEST_EXISTS); i++)
    cherish_test_spin (50);
  cherish_test_spin (100);
  g_file_get_contents (path, &text, NULL, NULL);
  g_remove (path);
  return text;
}

typedef struct
{
  CherishTestShop       shop;
  CherishCustomerStore *customers;
  CherishWindow        *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  cherish_test_shop_open (&f->shop, "2026-11-29T10:00:00+03:30", "messages.db");
  f->customers = cherish_customer_store_new (f->shop.db, f->shop.clock);
  f->window = cherish_window_new (NULL, f->shop.db, f->shop.clock);
  gtk_window_present (GTK_WINDOW (f->window));
  g_settings_set_string (settings, "country", "IR");
  g_settings_set_string (settings, "shop-name", "Rose Salon");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "country");
  g_settings_reset (settings, "shop-name");
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->customers);
  cherish_test_shop_close (&f->shop);
}

static void
set_text (CherishMessageDialog *dialog,
          const char           *text)
{
  GtkTextView *view = GTK_TEXT_VIEW (cherish_test_find (dialog, GTK_TYPE_TEXT_VIEW, NULL));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

/* A follow-up's message by SMS: the handler gets exactly the URI, the
 * timeline has it, the follow-up is done. */
static void
test_send_sms (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CherishFollowUpStore) follow_ups = cherish_follow_up_store_new (f->shop.db, f->shop.clock);
  g_autoptr(CherishVisitStore) visits = cherish_visit_store_new (f->shop.db, f->shop.clock);
  g_autoptr(CherishFollowUp) follow_up = NULL;
  g_autoptr(CherishFollowUp) after = NULL;
  g_autoptr(CherishCustomer) sara = NULL;
  g_autoptr(GPtrArray) timeline = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  g_autofree char *line = NULL;
  CherishMessageDialog *dialog;
  gint64 id;

  id = cherish_test_add_customer (f->customers, "Sara Ahmadi", "phone", "0912 111 2233", "email",
                                  "sara@example.com", NULL);
  sara = cherish_customer_store_get (f->customers, id, NULL);
  follow_up = cherish_follow_up_new (id, "2026-11-29", "How was the purchase?");
  g_assert_true (cherish_follow_up_store_add (follow_ups, follow_up, NULL));
  /* Maryam served her last: she signs it. */
  {
    g_autoptr(CherishVisit) visit = cherish_visit_new (id, CHERISH_VISIT_KIND_PURCHASE, "2026-11-20T10:00:00Z");

    g_object_set (visit, "staff-id", cherish_test_add_staff (f->shop.db, "Maryam"), NULL);
    g_assert_true (cherish_visit_store_insert (visits, visit, NULL));
  }

  dialog = cherish_message_dialog_new (GTK_WINDOW (f->window), f->shop.db, f->shop.clock, sara,
                                       CHERISH_MESSAGE_AFTER_PURCHASE, cherish_follow_up_get_id (follow_up));
  cherish_test_present (dialog, f->window);
  text = cherish_message_dialog_get_text (dialog);
  g_assert_nonnull (strstr (text, "Sara"));
  g_assert_nonnull (strstr (text, "Rose Salon"));
  g_assert_true (g_str_has_suffix (text, "\nMaryam"));
  g_assert_null (strstr (text, "{"));
  /* Each channel she can be reached by, and Copy Text. */
  g_assert_nonnull (cherish_test_row_titled (dialog, ADW_TYPE_ACTION_ROW, "E-mail"));
  g_assert_nonnull (cherish_test_row_titled (dialog, ADW_TYPE_ACTION_ROW, "SMS"));
  g_assert_nonnull (cherish_test_row_titled (dialog, ADW_TYPE_ACTION_ROW, "WhatsApp"));
  g_assert_nonnull (cherish_test_row_titled (dialog, ADW_TYPE_ACTION_ROW, "Calls"));
  g_assert_nonnull (cherish_test_row_titled (dialog, ADW_TYPE_ACTION_ROW, "Copy Text"));

  /* Edited before it goes: Persian, emoji, & # ? and a line break. */
  set_text (dialog, "سلام سارا 🌹\nTea & cake #1?");
  expected = cherish_message_uri (CHERISH_CHANNEL_SMS, "0912 111 2233", "IR", NULL, "سلام سارا 🌹\nTea & cake #1?");
  g_assert_cmpstr (expected, ==, "sms:+989121112233?body=%D8%B3%D9%84%D8%A7%D9%85%20%D8%B3%D8%A7%D8%B1%D8%A7"
                                 "%20%F0%9F%8C%B9%0ATea%20%26%20cake%20%231%3F");
  g_signal_emit_by_name (cherish_test_row_titled (dialog, ADW_TYPE_ACTION_ROW, "SMS"), "activated");
  got = uris_received ();
  line = g_strconcat (expected, "\n", NULL);
  g_assert_cmpstr (got, ==, line);

  timeline = cherish_visit_store_find_for_customer (visits, id, 0, 10, NULL);
  g_assert_cmpuint (timeline->len, ==, 2);   /* the purchase, and the message (newest first) */
  g_assert_cmpint (cherish_visit_get_kind (timeline->pdata[0]), ==, CHERISH_VISIT_KIND_CHAT);
  g_assert_nonnull (strstr (cherish_visit_get_note (timeline->pdata[0]), "Tea & cake #1?"));
  after = cherish_follow_up_store_get (follow_ups, cherish_follow_up_get_id (follow_up), NULL);
  g_assert_cmpint (cherish_follow_up_get_state (after), ==, CHERISH_FOLLOW_UP_STATE_DONE);
}

/* Asked not to be contacted, or not by SMS: no way is offered. */
static void
test_preferences_honoured (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(CherishCustomer) nima = NULL;
  g_autoptr(CherishCustomer) leila = NULL;
  CherishMessageDialog *dialog;
  gint64 id;

  id = cherish_test_add_customer (f->customers, "Nima", "phone", "0935 000 1111", "do-not-contact", TRUE, NULL);
  nima = cherish_customer_store_get (f->customers, id, NULL);
  dialog = cherish_message_dialog_new (GTK_WINDOW (f->window), f->shop.db, f->shop.clock, nima,
                                       CHERISH_MESSAGE_BIRTHDAY, 0);
  cherish_test_present (dialog, f->window);
  g_assert_null (cherish_message_dialog_get_uri (dialog, CHERISH_CHANNEL_SMS));
  g_assert_null (cherish_test_row_titled (dialog, ADW_TYPE_ACTION_ROW, "SMS"));
  g_assert_nonnull (cherish_test_row_titled (dialog, ADW_TYPE_ACTION_ROW, "Copy Text"));
  g_assert_false (cherish_message_dialog_send (dialog, CHERISH_CHANNEL_SMS));
  cherish_test_close (dialog);

  id = cherish_test_add_customer (f->customers, "Leila", "phone", "0912 000 2222", "email", "leila@example.com",
                                  "channels", (guint) CHERISH_CHANNEL_EMAIL, NULL);
  leila = cherish_customer_store_get (f->customers, id, NULL);
  dialog = cherish_message_dialog_new (GTK_WINDOW (f->window), f->shop.db, f->shop.clock, leila,
                                       CHERISH_MESSAGE_NOT_SEEN, 0);
  cherish_test_present (dialog, f->window);
  g_assert_null (cherish_message_dialog_get_uri (dialog, CHERISH_CHANNEL_WHATSAPP));
  g_assert_nonnull (cherish_test_row_titled (dialog, ADW_TYPE_ACTION_ROW, "E-mail"));
  g_assert_true (g_str_has_prefix (cherish_message_dialog_get_uri (dialog, CHERISH_CHANNEL_EMAIL),
                                   "mailto:leila@example.com?subject=We%20miss%20you%2C%20Leila&body=Hi%20Leila"));
  cherish_test_close (dialog);
}

/* A birthday's message by e-mail: the occasion's celebration is done. */
static void
test_occasion (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CherishCelebrationStore) celebrations = cherish_celebration_store_new (f->shop.db, f->shop.clock);
  g_autoptr(CherishCustomer) sara = NULL;
  g_autoptr(CherishOccasion) birthday = NULL;
  g_autoptr(CherishCelebration) celebration = NULL;
  g_autofree char *text = NULL;
  g_autofree char *got = NULL;
  CherishMessageDialog *dialog;
  gint64 id;

  id = cherish_test_add_customer (f->customers, "Sara Ahmadi", "email", "sara@example.com", "birthday",
                                  "1990-12-03", NULL);
  sara = cherish_customer_store_get (f->customers, id, NULL);
  birthday = cherish_occasion_new (CHERISH_OCCASION_BIRTHDAY, id, "Sara Ahmadi", "2026-12-03", 36, NULL, 0);
  dialog = cherish_message_dialog_new (GTK_WINDOW (f->window), f->shop.db, f->shop.clock, sara,
                                       CHERISH_MESSAGE_FOLLOW_UP, 0);
  cherish_message_dialog_set_occasion (dialog, birthday, NULL);
  cherish_test_present (dialog, f->window);
  text = cherish_message_dialog_get_text (dialog);
  g_assert_true (g_str_has_prefix (text, "Happy birthday, Sara! 36 years young today!"));

  g_assert_true (cherish_message_dialog_send (dialog, CHERISH_CHANNEL_EMAIL));
  got = uris_received ();
  g_assert_true (g_str_has_prefix (got, "mailto:sara@example.com?subject=Happy%20birthday%2C%20Sara%21&body="));
  celebration = cherish_celebration_store_plan (celebrations, birthday, NULL);
  g_assert_cmpint (cherish_celebration_get_status (celebration), ==, CHERISH_CELEBRATION_STATUS_DONE);

  /* From the occasion's plan too (the Celebrations page's): the plan closes, the message opens. */
  {
    CherishCelebrationDialog *plan = cherish_celebration_dialog_new (GTK_WINDOW (f->window), f->shop.db,
                                                                     f->shop.clock, birthday, celebration);
    CherishMessageDialog *message;
    g_autofree char *wish = NULL;

    cherish_test_present (plan, f->window);
    g_signal_emit_by_name (cherish_test_find (plan, GTK_TYPE_BUTTON, "Send a Message…"), "clicked");
    cherish_test_spin (100);
    message = cherish_test_toplevel (CHERISH_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (message);
    g_assert_null (cherish_test_toplevel (CHERISH_TYPE_CELEBRATION_DIALOG));
    wish = cherish_message_dialog_get_text (message);
    g_assert_true (g_str_has_prefix (wish, "Happy birthday, Sara!"));
    cherish_test_close (message);
  }
}

/* A guest of tomorrow's evening gets the reminder; after they came, the thanks. */
static void
test_guest (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CherishCustomer) sara = NULL;
  g_autoptr(CherishEvent) evening = cherish_event_new ("Tea Evening", "2026-11-30T14:30:00Z", "2026-11-30T17:30:00Z");
  g_autoptr(CherishInvitation) guest = NULL;
  g_autofree char *reminder = NULL;
  g_autofree char *thanks = NULL;
  CherishMessageDialog *dialog;
  gint64 id;

  id = cherish_test_add_customer (f->customers, "Sara Ahmadi", "phone", "0912 111 2233", NULL);
  sara = cherish_customer_store_get (f->customers, id, NULL);
  g_object_set (evening, "place", "Café Gol", NULL);
  guest = g_object_new (CHERISH_TYPE_INVITATION, "customer-id", id, "customer-name", "Sara Ahmadi", NULL);

  dialog = cherish_message_dialog_new (GTK_WINDOW (f->window), f->shop.db, f->shop.clock, sara,
                                       CHERISH_MESSAGE_FOLLOW_UP, 0);
  cherish_message_dialog_set_guest (dialog, evening, guest);
  reminder = cherish_message_dialog_get_text (dialog);
  /* 14:30 UTC is 18:00 in Tehran, the shop's zone. */
  g_assert_cmpstr (reminder, ==, "Hi Sara, a little reminder: Tea Evening is tomorrow, 30 November 2026 at 18:00, "
                                 "Café Gol. See you there!");

  g_object_set (guest, "checked-in-at", "2026-11-30T14:35:00Z", NULL);
  cherish_message_dialog_set_guest (dialog, evening, guest);
  thanks = cherish_message_dialog_get_text (dialog);
  g_assert_true (g_str_has_prefix (thanks, "Dear Sara, thank you for coming to Tea Evening!"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A guest list, one after another: Sara gets hers, Nima asked not to be
 * contacted and is passed over, Leila is skipped; each sent one logged. */
static void
test_guest_list (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CherishVisitStore) visits = cherish_visit_store_new (f->shop.db, f->shop.clock);
  g_autoptr(CherishEvent) evening = cherish_event_new ("Tea Evening", "2026-12-10T14:30:00Z", "2026-12-10T17:30:00Z");
  g_autoptr(GPtrArray) guests = g_ptr_array_new_with_free_func (g_object_unref);
  const char *names[] = { "Sara", "Nima", "Leila" };
  gint64 ids[3];
  g_autofree char *got = NULL;
  CherishMessageDialog *dialog;

  ids[0] = cherish_test_add_customer (f->customers, names[0], "phone", "0912 111 2233", NULL);
  ids[1] = cherish_test_add_customer (f->customers, names[1], "phone", "0935 000 1111", "do-not-contact", TRUE, NULL);
  ids[2] = cherish_test_add_customer (f->customers, names[2], "email", "leila@example.com", NULL);
  for (guint i = 0; i < 3; i++)
    g_ptr_array_add (guests, g_object_new (CHERISH_TYPE_INVITATION, "customer-id", ids[i], "customer-name", names[i],
                                           NULL));

  dialog = cherish_message_dialog_new_for_guests (GTK_WINDOW (f->window), f->shop.db, f->shop.clock, evening, guests);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  cherish_test_present (dialog, f->window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), !=, NULL);
  {
    g_autofree char *text = cherish_message_dialog_get_text (dialog);

    g_assert_true (g_str_has_prefix (text, "Dear Sara, you are warmly invited to Tea Evening on 10 December 2026"));
  }
  g_assert_true (cherish_message_dialog_send (dialog, CHERISH_CHANNEL_SMS));
  got = uris_received ();
  g_assert_true (g_str_has_prefix (got, "sms:+989121112233?body=Dear%20Sara"));

  /* Nima is passed over: Leila's now. */
  g_assert_nonnull (dialog);
  {
    g_autofree char *text = cherish_message_dialog_get_text (dialog);

    g_assert_true (g_str_has_prefix (text, "Dear Leila,"));
    g_assert_null (cherish_message_dialog_get_uri (dialog, CHERISH_CHANNEL_SMS));
  }
  g_signal_emit_by_name (cherish_test_button (dialog, "_Skip"), "clicked");
  g_assert_null (dialog);
  g_assert_cmpuint (cherish_visit_store_count_for_customer (visits, ids[0], NULL), ==, 1);
  g_assert_cmpuint (cherish_visit_store_count_for_customer (visits, ids[1], NULL), ==, 0);
  g_assert_cmpuint (cherish_visit_store_count_for_customer (visits, ids[2], NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  install_handler ();
  cherish_test_gtk_init (&argc, &argv);

  g_test_add ("/message-dialog/send-sms", Fixture, NULL, fixture_set_up, test_send_sms, fixture_tear_down);
  g_test_add ("/message-dialog/guest-list", Fixture, NULL, fixture_set_up, test_guest_list, fixture_tear_down);
  g_test_add ("/message-dialog/guest", Fixture, NULL, fixture_set_up, test_guest, fixture_tear_down);
  g_test_add ("/message-dialog/occasion", Fixture, NULL, fixture_set_up, test_occasion, fixture_tear_down);
  g_test_add ("/message-dialog/preferences-honoured", Fixture, NULL, fixture_set_up, test_preferences_honoured,
              fixture_tear_down);

  status = g_test_run ();
  cherish_test_remove_dir (handler_dir);
  g_clear_pointer (&handler_dir, g_free);
  return status;
}
