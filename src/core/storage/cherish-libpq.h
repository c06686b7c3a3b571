/* cherish-libpq.h — libpq, loaded the first time a server is used
 *
 * A shop on this computer never needs libpq, and linking it (with the
 * TLS, Kerberos and LDAP libraries it brings) cost every start of
 * Cherish some 11 ms. The files that talk to a server include this
 * header instead of calling libpq directly: each PQ… function they use
 * is a pointer, filled by cherish_libpq_load().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libpq-fe.h>

G_BEGIN_DECLS

#define CHERISH_LIBPQ_FUNCTIONS(F) \
  F (PQbackendPID) F (PQclear) F (PQcmdTuples) F (PQconnectdb) F (PQconnectdbParams) \
  F (PQconninfoFree) F (PQconninfoParse) F (PQconsumeInput) F (PQerrorMessage) F (PQexec) \
  F (PQexecParams) F (PQexecPrepared) F (PQfinish) F (PQfname) F (PQfreemem) F (PQftype) \
  F (PQgetisnull) F (PQgetvalue) \
  F (PQnfields) F (PQnotifies) F (PQntuples) F (PQprepare) F (PQresetPoll) F (PQresetStart) \
  F (PQresultErrorField) F (PQresultStatus) F (PQsetNoticeProcessor) F (PQsocket) F (PQstatus) \
  F (PQtransactionStatus)

#define CHERISH_LIBPQ_POINTER(name) __typeof__ (name) *name;

typedef struct
{
  CHERISH_LIBPQ_FUNCTIONS (CHERISH_LIBPQ_POINTER)
} CherishLibpq;

extern CherishLibpq cherish_libpq;

gboolean cherish_libpq_load (char **message);

/* cherish-libpq.c fills the pointers by these names. */
#ifndef CHERISH_LIBPQ_LOADER
#define PQbackendPID          (cherish_libpq.PQbackendPID)
#define PQclear               (cherish_libpq.PQclear)
#define PQcmdTuples           (cherish_libpq.PQcmdTuples)
#define PQconnectdb           (cherish_libpq.PQconnectdb)
#define PQconnectdbParams     (cherish_libpq.PQconnectdbParams)
#define PQconninfoFree        (cherish_libpq.PQconninfoFree)
#define PQconninfoParse       (cherish_libpq.PQconninfoParse)
#define PQconsumeInput        (cherish_libpq.PQconsumeInput)
#define PQerrorMessage        (cherish_libpq.PQerrorMessage)
#define PQexec                (cherish_libpq.PQexec)
#define PQexecParams          (cherish_libpq.PQexecParams)
#define PQexecPrepared        (cherish_libpq.PQexecPrepared)
#define PQfinish              (cherish_libpq.PQfinish)
#define PQfname               (cherish_libpq.PQfname)
#define PQfreemem             (cherish_libpq.PQfreemem)
#define PQftype               (cherish_libpq.PQftype)
#define PQgetisnull           (cherish_libpq.PQgetisnull)
#define PQgetvalue            (cherish_libpq.PQgetvalue)
#define PQnfields             (cherish_libpq.PQnfields)
#define PQnotifies            (cherish_libpq.PQnotifies)
#define PQntuples             (cherish_libpq.PQntuples)
#define PQprepare             (cherish_libpq.PQprepare)
#define PQresetPoll           (cherish_libpq.PQresetPoll)
#define PQresetStart          (cherish_libpq.PQresetStart)
#define PQresultErrorField    (cherish_libpq.PQresultErrorField)
#define PQresultStatus        (cherish_libpq.PQresultStatus)
#define PQsetNoticeProcessor  (cherish_libpq.PQsetNoticeProcessor)
#define PQsocket              (cherish_libpq.PQsocket)
#define PQstatus              (cherish_libpq.PQstatus)
#define PQtransactionStatus   (cherish_libpq.PQtransactionStatus)
#endif

G_END_DECLS
