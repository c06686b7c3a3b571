#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-start-libraries.sh PROGRAM… — none of the programs links libpq:
# it is loaded only when a shop is on a server (src/core/storage/
# cherish-libpq.c). Linked, it and the TLS, Kerberos and LDAP libraries it
# brings cost every start some 11 ms, --check-reminders from a timer too.
set -euo pipefail
status=0
for program in "$@"; do
  needed=$(readelf --dynamic "$program" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
  if [ -z "$needed" ]; then
    echo "$program: no NEEDED entries read" >&2
    status=1
  elif grep -q '^libpq\.' <<< "$needed"; then
    echo "$program links libpq; it should load it when a server is used (cherish-libpq.c)" >&2
    status=1
  else
    echo "$program: $(wc -l <<< "$needed") libraries, libpq not among them"
  fi
done
exit $status
