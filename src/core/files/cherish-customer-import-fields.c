/* cherish-customer-import-fields.c — what each column of a file holds
 *
 * Part of CherishImport (see cherish-customer-import.c). A column's
 * meaning is guessed from its header, in English or Persian, as
 * spreadsheets and address books write them: Google Contacts ("E-mail 1 -
 * Value", "Phone 2 - Value", "Organization Name", "Event 1 - Value" with
 * "Event 1 - Label" saying "Anniversary"), Outlook ("E-mail 2 Address",
 * "Mobile Phone", "Business Phone", "Company", "Anniversary"), and
 * Persian sheets (تلفن همراه، پست الکترونیک، تاریخ تولد…). Phones,
 * e-mails, first names and notes may come from several columns; any
 * other meaning is taken once, by the first column that has it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cherish-customer-import-private.h"
#include "cherish-text.h"

static const struct
{
  CherishImportField  field;
  const char         *names[20];
} header_names[] = {
  { CHERISH_IMPORT_NAME, { "name", "full name", "customer", "customer name", "display name", "contact",
                           "نام و نام خانوادگی", "نام کامل", "مشتری", "نام مشتری" } },
  { CHERISH_IMPORT_FIRST_NAME, { "first name", "given name", "first", "firstname", "middle name",
                                 "additional name", "نام", "اسم" } },
  { CHERISH_IMPORT_LAST_NAME, { "last name", "surname", "family name", "last", "lastname",
                                "نام خانوادگی", "فامیلی", "فامیل" } },
  { CHERISH_IMPORT_PHONE, { "phone", "mobile", "cell", "telephone", "tel", "phone number", "mobile phone",
                            "home phone", "business phone", "other phone", "primary phone", "car phone",
                            "company main phone", "تلفن", "موبایل", "شماره", "شماره تماس", "تلفن همراه",
                            "شماره موبایل", "تلفن ثابت" } },
  { CHERISH_IMPORT_EMAIL, { "email", "e-mail", "mail", "email address", "e-mail address", "ایمیل",
                            "پست الکترونیک", "رایانامه", "نشانی ایمیل" } },
  { CHERISH_IMPORT_BIRTHDAY, { "birthday", "birth date", "date of birth", "dob", "born", "birthdate",
                               "تولد", "تاریخ تولد", "روز تولد" } },
  { CHERISH_IMPORT_CUSTOMER_SINCE, { "customer since", "since", "first visit", "joined", "member since",
                                     "مشتری از", "عضویت", "تاریخ عضویت", "اولین مراجعه" } },
  { CHERISH_IMPORT_LIKES, { "likes", "favourites", "favorites", "preferences", "interests", "علاقه",
                            "علاقه مندی", "علاقه مندی ها", "علایق", "دوست دارد" } },
  { CHERISH_IMPORT_DISLIKES, { "dislikes", "allergies", "avoid", "دوست ندارد", "حساسیت", "نمی پسندد" } },
  { CHERISH_IMPORT_NOTES, { "notes", "note", "comments", "comment", "remarks", "یادداشت", "یادداشت ها",
                            "توضیحات" } },
  { CHERISH_IMPORT_PROSPECT, { "prospect", "lead", "not a customer yet", "مشتری احتمالی", "بالقوه" } },
  { CHERISH_IMPORT_PHOTO_CONSENT, { "photo consent", "agrees to photos", "photos", "رضایت عکس",
                                    "اجازه عکس" } },
  { CHERISH_IMPORT_ORGANIZATION, { "organization", "organisation", "organization name", "company",
                                   "company name", "business", "org", "سازمان", "شرکت", "نام شرکت" } },
  { CHERISH_IMPORT_ANNIVERSARY, { "anniversary", "wedding anniversary", "سالگرد", "سالگرد ازدواج" } },
  { CHERISH_IMPORT_CONTACT_BY, { "contact by", "channels", "contact channels", "راه تماس",
                                 "راه های تماس" } },
  { CHERISH_IMPORT_DO_NOT_CONTACT, { "do not contact", "no contact", "dnc", "تماس نگیرید", "عدم تماس" } },
};

/* "E-mail 1 - Value" → "e-mail", "Home Phone 2" → "home phone",
 * "first_name" → "first name": the words that say what a column holds. */
static char *
header_key (const char *header)
{
  g_autoptr(GString) spaced = g_string_new (header);
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  guint n;

  g_string_replace (spaced, "\u200c", " ", 0);
  folded = cherish_text_fold (g_strdelimit (spaced->str, "_.:", ' '));
  words = g_strsplit (g_strstrip (folded), " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];
      gboolean number = *word != '\0';

      for (const char *p = word; *p != '\0'; p++)
        number &= g_ascii_isdigit (*p);
      if (*word != '\0' && !number && !g_str_equal (word, "-"))
        g_ptr_array_add (kept, (gpointer) word);
    }
  n = kept->len;
  /* Google's "… - Value"; Outlook's "E-mail 2 Address" keeps its words. */
  if (n > 1 && g_str_equal (kept->pdata[n - 1], "value"))
    g_ptr_array_set_size (kept, n - 1);
  g_ptr_array_add (kept, NULL);
  return g_strjoinv (" ", (char **) kept->pdata);
}

/**
 * cherish_import_guess_field:
 * @header: a column's header, as in the file
 *
 * Returns: what the column holds, by its header in English or Persian
 *   (case, accents, letter forms, half-spaces and numbering do not matter)
 */
CherishImportField
cherish_import_guess_field (const char *header)
{
  g_autofree char *key = header_key (header);

  for (guint i = 0; i < G_N_ELEMENTS (header_names); i++)
    for (guint n = 0; n < G_N_ELEMENTS (header_names[i].names) && header_names[i].names[n] != NULL; n++)
      {
        g_autofree char *name = cherish_text_fold (header_names[i].names[n]);

        if (g_strcmp0 (key, name) == 0)
          return header_names[i].field;
      }
  return CHERISH_IMPORT_IGNORE;
}

/**
 * cherish_import_field_label:
 *
 * Returns: (transfer none): what a column holds, for the manager
 */
const char *
cherish_import_field_label (CherishImportField field)
{
  switch (field)
    {
    case CHERISH_IMPORT_NAME:
      return _("Name");
    case CHERISH_IMPORT_FIRST_NAME:
      return _("First name");
    case CHERISH_IMPORT_LAST_NAME:
      return _("Last name");
    case CHERISH_IMPORT_PHONE:
      return _("Phone");
    case CHERISH_IMPORT_EMAIL:
      return _("E-mail");
    case CHERISH_IMPORT_BIRTHDAY:
      return _("Birthday");
    case CHERISH_IMPORT_CUSTOMER_SINCE:
      return _("Customer since");
    case CHERISH_IMPORT_LIKES:
      return _("Likes");
    case CHERISH_IMPORT_DISLIKES:
      return _("Dislikes");
    case CHERISH_IMPORT_NOTES:
      return _("Notes");
    case CHERISH_IMPORT_PROSPECT:
      return _("Prospect");
    case CHERISH_IMPORT_PHOTO_CONSENT:
      return _("Agrees to photos");
    case CHERISH_IMPORT_ORGANIZATION:
      return _("Organization");
    case CHERISH_IMPORT_ANNIVERSARY:
      return _("Anniversary");
    case CHERISH_IMPORT_CONTACT_BY:
      return _("Contact by");
    case CHERISH_IMPORT_DO_NOT_CONTACT:
      return _("Do not contact");
    case CHERISH_IMPORT_IGNORE:
    case CHERISH_IMPORT_N_FIELDS:
    default:
      return _("Left out");
    }
}

gboolean
cherish_import_field_is_date (CherishImportField field)
{
  return field == CHERISH_IMPORT_BIRTHDAY || field == CHERISH_IMPORT_CUSTOMER_SINCE ||
         field == CHERISH_IMPORT_ANNIVERSARY;
}

/* Several columns may hold these: each value is kept. */
static gboolean
field_repeats (CherishImportField field)
{
  return field == CHERISH_IMPORT_PHONE || field == CHERISH_IMPORT_EMAIL ||
         field == CHERISH_IMPORT_FIRST_NAME || field == CHERISH_IMPORT_NOTES;
}

/* Google's "Event 1 - Value" is an anniversary when its "Event 1 - Label"
 * (or "- Type") says so in every row that has one. */
static gboolean
is_anniversary_column (CherishImport *self,
                       guint          column)
{
  const char *header = cherish_import_get_header (self, column);
  g_autofree char *key = header_key (header);
  g_autofree char *prefix = NULL;
  const char *dash = strrchr (header, '-');
  guint labels = G_MAXUINT;
  gboolean any = FALSE;

  if (!g_str_equal (key, "event") || dash == NULL)
    return FALSE;
  prefix = g_strndup (header, dash - header);
  for (guint c = 0; c < self->n_columns; c++)
    {
      const char *other = cherish_import_get_header (self, c);

      if (c != column && g_str_has_prefix (other, prefix) &&
          (g_ascii_strcasecmp (other + (dash - header), "- Label") == 0 ||
           g_ascii_strcasecmp (other + (dash - header), "- Type") == 0))
        labels = c;
    }
  if (labels == G_MAXUINT)
    return FALSE;
  for (guint r = 1; r < self->rows->len; r++)
    {
      g_autofree char *label = cherish_text_fold (cherish_import_cell (self->rows->pdata[r], labels));

      g_strstrip (label);
      if (*label == '\0')
        continue;
      if (cherish_import_guess_field (label) != CHERISH_IMPORT_ANNIVERSARY)
        return FALSE;
      any = TRUE;
    }
  return any;
}

/* Each column's meaning, from its header. */
void
cherish_import_guess_fields (CherishImport *self)
{
  self->fields = g_new0 (CherishImportField, self->n_columns);
  for (guint c = 0; c < self->n_columns; c++)
    {
      CherishImportField field = cherish_import_guess_field (cherish_import_get_header (self, c));

      if (field == CHERISH_IMPORT_IGNORE && is_anniversary_column (self, c))
        field = CHERISH_IMPORT_ANNIVERSARY;
      for (guint before = 0; before < c && field != CHERISH_IMPORT_IGNORE && !field_repeats (field); before++)
        if (self->fields[before] == field)
          field = CHERISH_IMPORT_IGNORE;
      self->fields[c] = field;
    }
}
