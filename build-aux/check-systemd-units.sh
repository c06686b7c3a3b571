#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-systemd-units.sh SERVICE TIMER CHERISH — systemd-analyze verify of
# the reminders' user units, the service pointed at the built CHERISH (the
# installed path does not exist yet), in a runtime folder of its own.
set -euo pipefail
service=$1 timer=$2 cherish=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sed "s|^ExecStart=.* --check-reminders|ExecStart=$cherish --check-reminders|" "$service" > "$dir/cherish-reminders.service"
cp "$timer" "$dir/cherish-reminders.timer"
XDG_RUNTIME_DIR=$dir systemd-analyze verify --user --man=no \
  "$dir/cherish-reminders.service" "$dir/cherish-reminders.timer"
grep -q "^ExecStart=$cherish --check-reminders$" "$dir/cherish-reminders.service"
