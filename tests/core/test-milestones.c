/* test-milestones.c — thresholds and yearly dates, table-driven
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cherish-date.h"
#include "cherish-error.h"
#include "cherish-life-event.h"
#include "cherish-milestones.h"
#include "cherish-occasion.h"

static void
test_steps (void)
{
  CherishMilestoneRules rules;
  static const struct { char what; guint value; gboolean match; guint next; } cases[] = {
    { 't', 0, FALSE, 1 }, { 't', 1, TRUE, 5 }, { 't', 2, FALSE, 5 }, { 't', 5, TRUE, 10 },
    { 't', 25, TRUE, 30 }, { 't', 26, FALSE, 30 }, { 't', 30, TRUE, 35 }, { 't', 31, FALSE, 35 },
    { 'v', 9, FALSE, 10 }, { 'v', 10, TRUE, 25 }, { 'v', 25, TRUE, 50 }, { 'v', 100, TRUE, 200 },
    { 'v', 150, FALSE, 200 }, { 'v', 300, TRUE, 400 },
    { 's', 10, TRUE, 100 }, { 's', 99, FALSE, 100 }, { 's', 1000, TRUE, 2000 },
    { 's', 1500, FALSE, 2000 }, { 's', 3000, TRUE, 4000 },
  };

  cherish_milestone_rules_init_default (&rules);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const CherishMilestoneSteps *steps = cases[i].what == 't' ? &rules.tenure
                                         : cases[i].what == 'v' ? &rules.visits : &rules.shop;

      if (cherish_milestone_steps_match (steps, cases[i].value) != cases[i].match ||
          cherish_milestone_steps_next (steps, cases[i].value) != cases[i].next)
        g_error ("case %u (%c %u): match %d next %u", i, cases[i].what, cases[i].value,
                 cherish_milestone_steps_match (steps, cases[i].value),
                 cherish_milestone_steps_next (steps, cases[i].value));
    }
}

static void
test_yearly (void)
{
  static const struct
  {
    int month, day;
    const char *from, *to;
    gboolean march1;
    const char *expected;   /* dates, comma separated */
  } cases[] = {
    /* 29 February in common, leap and common years */
    { 2, 29, "2025-01-01", "2025-12-31", FALSE, "2025-02-28" },
    { 2, 29, "2025-01-01", "2025-12-31", TRUE, "2025-03-01" },
    { 2, 29, "2027-02-01", "2027-03-31", FALSE, "2027-02-28" },
    { 2, 29, "2028-02-01", "2028-03-31", FALSE, "2028-02-29" },
    { 2, 29, "2028-02-01", "2028-03-31", TRUE, "2028-02-29" },
    { 2, 29, "2025-03-01", "2025-03-01", FALSE, "" },
    { 2, 29, "2025-03-01", "2025-03-01", TRUE, "2025-03-01" },
    /* over the year's end: 30 December to 3 January */
    { 12, 31, "2025-12-30", "2026-01-03", FALSE, "2025-12-31" },
    { 1, 1, "2025-12-30", "2026-01-03", FALSE, "2026-01-01" },
    { 1, 3, "2025-12-30", "2026-01-03", FALSE, "2026-01-03" },
    { 6, 1, "2025-12-30", "2026-01-03", FALSE, "" },
    /* a range longer than a year */
    { 6, 1, "2025-01-01", "2026-12-31", FALSE, "2025-06-01,2026-06-01" },
    /* a day that is not in every month */
    { 4, 31, "2025-01-01", "2025-12-31", FALSE, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) got = g_string_new (NULL);
      GDate from, to, dates[3];
      CherishDayRange range;
      guint n;

      g_assert_true (cherish_date_parse (cases[i].from, &from, NULL));
      g_assert_true (cherish_date_parse (cases[i].to, &to, NULL));
      cherish_day_range_init (&range, &from, &to);
      n = cherish_milestones_yearly (cases[i].month, cases[i].day, &range, cases[i].march1, dates);
      for (guint k = 0; k < n; k++)
        {
          g_autofree char *text = cherish_date_format (&dates[k]);

          g_string_append_printf (got, "%s%s", k ? "," : "", text);
        }
      if (g_strcmp0 (got->str, cases[i].expected) != 0)
        g_error ("case %u: %s, expected %s", i, got->str, cases[i].expected);
    }
}

static void
test_parse_steps (void)
{
  static const struct { const char *text; gboolean ok; const char *formatted; } cases[] = {
    { "1, 5, 10, 15, 20, 25, +5", TRUE, "1, 5, 10, 15, 20, 25, +5" },
    { "10,25,50,100,+100", TRUE, "10, 25, 50, 100, +100" },
    { "۱۰، ۲۵، +۵۰", TRUE, "10, 25, +50" },   /* Persian digits and comma */
    { "+7", TRUE, "+7" },
    { "3", TRUE, "3" },
    { "", FALSE, NULL },
    { "5, 3", FALSE, NULL },           /* not growing */
    { "1, +5, 10", FALSE, NULL },      /* nothing after +N */
    { "1, two", FALSE, NULL },
    { "0, 5", FALSE, NULL },
    { "1,2,3,4,5,6,7,8,9", FALSE, NULL },  /* more than eight */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CherishMilestoneSteps steps = { { 42 }, 1, 0 };
      g_autoptr(GError) error = NULL;
      gboolean ok = cherish_milestone_steps_parse (cases[i].text, &steps, &error);

      if (ok != cases[i].ok)
        g_error ("case %u “%s”: %d", i, cases[i].text, ok);
      if (ok)
        {
          g_autofree char *formatted = cherish_milestone_steps_format (&steps);

          g_assert_cmpstr (formatted, ==, cases[i].formatted);
        }
      else
        {
          g_assert_cmpstr (cherish_error_get_field (error), ==, "thresholds");
          g_assert_cmpuint (steps.values[0], ==, 42);   /* unchanged */
        }
    }
}

static void
test_of_customer (void)
{
  g_autoptr(CherishCustomer) customer = cherish_customer_new ("Maryam");
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GString) got = g_string_new (NULL);
  CherishMilestoneRules rules;
  GDate from, to;

  g_object_set (customer, "id", (gint64) 7, "birthday", "1990-06-20",
                "customer-since", "2020-06-18", "visit-count", 9u, NULL);
  g_ptr_array_add (events, cherish_life_event_new (7, CHERISH_LIFE_EVENT_KIND_ANNIVERSARY,
                                                   "2010-06-17"));
  g_object_set (events->pdata[0], "yearly", TRUE, NULL);
  g_ptr_array_add (events, cherish_life_event_new (7, CHERISH_LIFE_EVENT_KIND_RETIREMENT,
                                                   "2025-06-25"));
  g_ptr_array_add (events, cherish_life_event_new (7, CHERISH_LIFE_EVENT_KIND_MOVE, "2025-08-01"));

  cherish_milestone_rules_init_default (&rules);
  g_assert_true (cherish_date_parse ("2025-06-15", &from, NULL));
  g_assert_true (cherish_date_parse ("2025-06-30", &to, NULL));
  found = cherish_milestones_of_customer (customer, events, &from, &to, &rules);

  for (guint i = 0; i < found->len; i++)
    g_string_append_printf (got, "%d %s %u\n", cherish_occasion_get_kind (found->pdata[i]),
                            cherish_occasion_get_date (found->pdata[i]) ?: "next",
                            cherish_occasion_get_number (found->pdata[i]));

  /* the 10th visit (next), the 15th anniversary, 5 years, 35th birthday, retirement */
  g_assert_cmpstr (got->str, ==,
                   "4 next 10\n"
                   "2 2025-06-17 15\n"
                   "3 2025-06-18 5\n"
                   "1 2025-06-20 35\n"
                   "2 2025-06-25 0\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/milestones/steps", test_steps);
  g_test_add_func ("/milestones/yearly", test_yearly);
  g_test_add_func ("/milestones/of-customer", test_of_customer);
  g_test_add_func ("/milestones/parse-steps", test_parse_steps);

  return g_test_run ();
}
