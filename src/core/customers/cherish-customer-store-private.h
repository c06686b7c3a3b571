/* cherish-customer-store-private.h — shared by the files of CherishCustomerStore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-customer-store.h"
#include "cherish-store-private.h"

G_BEGIN_DECLS

#define COLUMNS \
  "c.id, c.display_name, c.phone, c.email, c.customer_since, c.birthday, c.likes, " \
  "c.dislikes, c.notes, c.is_prospect, c.photo_consent, c.created_at, c.updated_at, " \
  "c.deleted_at, c.last_visit_at, c.visit_count, c.channels, c.do_not_contact"

/* The column after COLUMNS (a list's next life event). */
#define COLUMNS_N 18

/* The hint under which a server's store keeps the size of the shop
 * until the customers change. */
#define CHERISH_SHOP_SIZE_HINT "shop-size"

gpointer cherish_customer_store_row      (CherishStmt          *stmt);
int      cherish_customer_store_get_hint (CherishCustomerStore *self,
                                          const char           *key);
void     cherish_customer_store_set_hint (CherishCustomerStore *self,
                                          const char           *key,
                                          int                   hint);

/* Shared by cherish-customer-store.c and cherish-customer-store-many.c:
 * a customer made ready to write (names trimmed, lines joined), its
 * columns bound as ?1…?15 past @at (?13, its id, left to the caller),
 * its search row bound as ?1…?4 past @at (@name folded), and a new
 * customer written in the open transaction. */
void     cherish_customer_store_normalize       (CherishCustomer      *customer);
void     cherish_customer_store_bind            (CherishStmt          *stmt,
                                                 int                   at,
                                                 CherishCustomer      *customer,
                                                 const char           *sort_key);
void     cherish_customer_store_bind_search_row (CherishStmt          *stmt,
                                                 int                   at,
                                                 CherishCustomer      *customer,
                                                 const char           *name);
gboolean cherish_customer_store_insert_one      (CherishCustomerStore *self,
                                                 CherishCustomer      *customer,
                                                 GError              **error);

/* A search's match in the search index (cherish-customer-store-query.c). */
extern CherishDialectSql cherish_customer_search_matches;
/* A server's search, ?1 made a query once per statement, for statements
 * that ask each row they read: written in the statement, the server
 * parses it again for each row once it plans the statement for any ?1
 * (from its sixth run). The sample of a search's density took 2.4 ms,
 * 0.6 with it made once; a walk of 7,500 names 8 ms and more, 0.7. Not
 * where the server chooses a plan by how many rows match: it no longer
 * knows (the sort of "s" by last visit took 330 ms). */
#define SERVER_SEARCH_QUERY "(SELECT to_tsquery ('simple', ?1))"

/* Whether the matches of @query are sorted on the search table alone (a
 * server, by name, no filter; cherish-customer-search-server.c). */
gboolean cherish_customer_search_sorts_alone (CherishDatabase            *db,
                                              const CherishCustomerQuery *query);

/* How many customers a search matches, out of all: which way finds the
 * first page fastest (cherish-customer-search-plan.c). */
typedef enum
{
  SEARCH_FEW,    /* under 1 in 50: sort the matches ("lindqvist") */
  SEARCH_SOME,   /* under 1 in 16: as many, but the walk gives up sooner,
                  * and a server sorting them by name alone sorts them at
                  * once ("lé", "zoe") */
  SEARCH_MANY,   /* walk the sort index, skipping those not in the matches
                  * ("s"); sort them after all if they come late ("zoe") */
  SEARCH_MOST,   /* over 1 in 4: walk the sort index, asking the search index
                  * about each row, never reading every match ("0"); on a
                  * file, give up soon if they do not come at the top */
  SEARCH_MOST_GATHERED, /* as many, but few at the top of the order ("m",
                  * a quarter of the shop: the 50th match by name is 911
                  * names down), or a page deep down: gather them and walk
                  * the sort index to the page, however far (sorting a
                  * quarter of the shop would cost more) */
  SEARCH_SOUGHT, /* a file, one word that starts many names and little
                  * else ("sar", "زه"): those names are sought where they
                  * sort in the index of names, the others sorted, the
                  * two merged */
  SEARCH_NAMES_WALKED, /* a server, by name, no filter: its search table's
                  * names walked in order, each entry's words asked, to the
                  * page's end ("s", "reza", "ahmadi"); where they would
                  * come late ("zoe", "sar"), sorted instead */
} SearchDensity;

/* Whether a plan walks the list's own index, gathering the matches first
 * (and may give up, to sort them instead). */
static inline gboolean
search_walks (SearchDensity density)
{
  return density == SEARCH_SOME || density == SEARCH_MANY || density == SEARCH_MOST_GATHERED;
}

/* The stretch of the index of names a search of SEARCH_SOUGHT reads
 * (cherish-customer-search-plan.c): ?10 its word. */
extern const char *cherish_customer_sought_stretch;

SearchDensity cherish_customer_search_density (CherishCustomerStore        *self,
                                               const char                  *search,
                                               const char                  *match,
                                               gint64                      *rows,
                                               GError                     **error);
void          cherish_customer_search_counted (CherishCustomerStore        *self,
                                               const char                  *match,
                                               gint64                       rows,
                                               gint64                       n);
SearchDensity cherish_customer_search_plan    (CherishCustomerStore        *self,
                                               const CherishCustomerQuery  *query,
                                               guint                        offset,
                                               guint                        limit,
                                               char                       **late,
                                               int                         *give_ups,
                                               GError                     **error);
void          cherish_customer_search_walked  (CherishCustomerStore        *self,
                                               const char                  *late,
                                               int                          give_ups,
                                               gboolean                     gave_up);

/* A server's searches by name, and its one-word searches from its list
 * of words (cherish-customer-search-server.c). */
char       *cherish_customer_search_word_listed   (CherishCustomerStore        *self,
                                                   const CherishCustomerQuery  *query,
                                                   GError                     **error);
gint64      cherish_customer_search_words_count   (CherishCustomerStore        *self,
                                                   const CherishCustomerQuery  *query,
                                                   const char                  *match,
                                                   guint                        at_most,
                                                   GError                     **error);
const char *cherish_customer_search_by_name       (CherishDatabase             *db,
                                                   SearchDensity                density,
                                                   gboolean                     listed);
/* A server's one-word search as a condition on the customer c, its word
 * in ?10 and the search in ?1 (for walks along a list's order). */
extern const char *cherish_customer_words_matched;

static inline CherishDatabase *
database_of (CherishCustomerStore *self)
{
  return cherish_store_get_database (CHERISH_STORE (self));
}

G_END_DECLS
