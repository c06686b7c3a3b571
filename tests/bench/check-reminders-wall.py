#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-reminders-wall.py CHERISH DATABASE — the wall time of
# `cherish --check-reminders` on a big database (say the one
# `cherish-bench --keep=PATH` built), against a real notification server.
# Run it on a session bus of its own; it needs no display (DISPLAY and
# WAYLAND_DISPLAY are removed for the command):
#
#   GSETTINGS_SCHEMA_DIR=build/data dbus-run-session -- /usr/bin/python3 \
#       tests/bench/check-reminders-wall.py build/src/cherish /tmp/bench.db
#
# Each run empties the sent-log and forgets the last check (as after days
# away: the 14-day catch-up), then times the command until its
# notification reaches the server, and a second run (nothing new) until
# it exits.

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

CHERISH, DATABASE = sys.argv[1], sys.argv[2]
RUNS = 7


def gdbus(*args):
    return subprocess.run(['gdbus', 'call', '--session'] + list(args),
                          check=True, capture_output=True, text=True).stdout


def notifications(log):
    with open(log, encoding='utf-8') as f:
        return f.read().count(' Notify ')


def main():
    tmp = tempfile.mkdtemp(prefix='cherish-wall-')
    log = os.path.join(tmp, 'notifications.log')
    config = os.path.join(tmp, 'glib-2.0', 'settings')
    os.makedirs(config)
    with open(os.path.join(config, 'keyfile'), 'w') as f:
        f.write('[io/github/cherishapp/Cherish]\nquiet-from=0\nquiet-until=0\n')
    env = dict(os.environ, GSETTINGS_BACKEND='keyfile', XDG_CONFIG_HOME=tmp,
               CHERISH_DATABASE=DATABASE)
    for variable in ('DISPLAY', 'WAYLAND_DISPLAY'):
        env.pop(variable, None)
    server = subprocess.Popen([sys.executable, '-m', 'dbusmock', '--session',
                               '-t', 'notification_daemon', '-l', log])
    while 'true' not in gdbus('--dest', 'org.freedesktop.DBus', '--object-path',
                              '/org/freedesktop/DBus', '--method',
                              'org.freedesktop.DBus.NameHasOwner',
                              'org.freedesktop.Notifications'):
        time.sleep(0.05)

    first, again = [], []
    try:
        for _ in range(RUNS):
            con = sqlite3.connect(DATABASE)
            with con:
                con.execute('DELETE FROM reminders_sent')
                if con.execute("SELECT count(*) FROM sqlite_schema "
                               "WHERE name = 'reminder_checks'").fetchone()[0]:
                    con.execute('DELETE FROM reminder_checks')
            due = con.execute("SELECT count(*) FROM follow_ups WHERE state = 'open' AND "
                              "due_date = date('now', 'localtime')").fetchone()[0]
            con.close()

            before = notifications(log)
            start = time.monotonic()
            proc = subprocess.Popen([CHERISH, '--check-reminders'], env=env)
            while notifications(log) == before:
                if proc.poll() is not None:
                    sys.exit(f'cherish --check-reminders exited ({proc.returncode}) with no '
                             'notification: is GSETTINGS_SCHEMA_DIR set for an uninstalled build?')
                time.sleep(0.002)
            first.append((time.monotonic() - start) * 1000)
            gdbus('--dest', 'org.freedesktop.Notifications', '--object-path',
                  '/org/freedesktop/Notifications', '--method',
                  'org.freedesktop.Notifications.CloseNotification', str(notifications(log)))
            proc.wait(timeout=60)

            start = time.monotonic()
            subprocess.run([CHERISH, '--check-reminders'], env=env, check=True, timeout=60)
            again.append((time.monotonic() - start) * 1000)
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(tmp, ignore_errors=True)

    print(f'cherish --check-reminders on {DATABASE} ({due} follow-ups due today, '
          f'{RUNS} runs):')
    print(f'  until the summary notification reaches the server: median '
          f'{statistics.median(first):.0f} ms, max {max(first):.0f} ms')
    print(f'  a second run, nothing new, start to exit:         median '
          f'{statistics.median(again):.0f} ms, max {max(again):.0f} ms')


if __name__ == '__main__':
    main()
