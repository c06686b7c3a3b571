#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-check-reminders.py CHERISH — `cherish --check-reminders` against a
# real org.freedesktop.Notifications server (python3-dbusmock's notification
# daemon), on a real database. Run inside dbus-run-session and xvfb-run.
#
# 0. An empty shop: nothing sent; the day's care claimed, a backup made.
# 1. Two reminders missed yesterday (the last check was three days ago):
#    exactly one summary notification.
# 2. Again: nothing, and the notification server is not even asked.
# 3. A follow-up due today: one notification with Open, Snooze 1 Day and
#    Done; pressing Done (ActionInvoked from the server) marks it done in
#    the database and the command quits.
# 4. Again: nothing (a follow-up due yesterday, written after today's
#    check, is left to Today).
# 5. With no notification server: nothing is claimed (it stays due).

import datetime
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

CHERISH = sys.argv[1]
TAP = []


def ok(cond, what):
    TAP.append(('ok' if cond else 'not ok', what))
    print(f"{'ok' if cond else 'not ok'} {len(TAP)} {what}", flush=True)
    return cond


def gdbus(*args):
    return subprocess.run(['gdbus', 'call', '--session'] + list(args),
                          check=True, capture_output=True, text=True).stdout


def wait_for_name(name, timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        out = gdbus('--dest', 'org.freedesktop.DBus', '--object-path', '/org/freedesktop/DBus',
                    '--method', 'org.freedesktop.DBus.NameHasOwner', name)
        if 'true' in out:
            return True
        time.sleep(0.1)
    return False


def notify_lines(log):
    """The Notify calls in the server's log (a body may span lines)."""
    with open(log, encoding='utf-8') as f:
        entries = re.split(r'\n(?=\d+\.\d+ )', f.read())
    return [entry for entry in entries if re.match(r'\d+\.\d+ Notify ', entry)]


def plain(text):
    """@text as read: without the marks that keep a name in its place."""
    return re.sub('[\u200e\u200f\u202a-\u202e\u2066-\u2069]', '', text)


def server_calls(log):
    """Every call the server logged (GetServerInformation, Notify…)."""
    with open(log, encoding='utf-8') as f:
        return len(re.findall(r'^\d+\.\d+ [A-Z]', f.read(), re.MULTILINE))


def mock(method, *args):
    return gdbus('--dest', 'org.freedesktop.Notifications',
                 '--object-path', '/org/freedesktop/Notifications',
                 '--method', method, *args)


def written_by_cherish(con):
    """Raw SQL here stands for what the app writes; Cherish counts each
    change it makes (data_changes), by which a check knows there is
    something new the same day."""
    con.execute('UPDATE data_changes SET stamp = stamp + 1')


def main():
    tmp = tempfile.mkdtemp(prefix='cherish-notify-')
    log = os.path.join(tmp, 'notifications.log')
    db = os.path.join(tmp, 'shop.db')
    config = os.path.join(tmp, 'config', 'glib-2.0', 'settings')
    os.makedirs(config)
    # No quiet hours, whatever the hour the test runs at.
    with open(os.path.join(config, 'keyfile'), 'w') as f:
        f.write('[io/github/cherishapp/Cherish]\nquiet-from=0\nquiet-until=0\n')

    env = dict(os.environ, GSETTINGS_BACKEND='keyfile', XDG_CONFIG_HOME=os.path.join(tmp, 'config'),
               XDG_DATA_HOME=os.path.join(tmp, 'data'), TZ='UTC', CHERISH_DATABASE=db)
    for variable in ('DISPLAY', 'WAYLAND_DISPLAY'):
        env.pop(variable, None)

    server = subprocess.Popen([sys.executable, '-m', 'dbusmock', '--session',
                               '-t', 'notification_daemon', '-l', log],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if not ok(wait_for_name('org.freedesktop.Notifications'), 'notification server is up'):
            return 1

        def run(timeout=30):
            return subprocess.Popen([CHERISH, '--check-reminders'], env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

        def wait_new(before, count, timeout=15):
            end = time.time() + timeout
            while time.time() < end:
                lines = notify_lines(log)
                if len(lines) >= before + count:
                    return lines[before:]
                time.sleep(0.1)
            return notify_lines(log)[before:]

        # An empty shop: the schema is made, nothing is sent.
        first = run()
        out, err = first.communicate(timeout=30)
        ok(first.returncode == 0 and not notify_lines(log), 'empty shop: no notification')
        if err.strip():
            print('# ' + err.strip().replace('\n', '\n# '))

        now = datetime.datetime.now(datetime.timezone.utc)
        stamp = now.strftime('%Y-%m-%dT%H:%M:%SZ')
        today = now.date()
        yesterday = today - datetime.timedelta(days=1)
        con = sqlite3.connect(db)
        # That first check of the day cared for the shop (claimed in its
        # data, so that no other check does it again today), after the
        # reminders: a backup of the day is there.
        cared = con.execute('SELECT day FROM daily_care').fetchall()
        ok(cared == [(today.isoformat(),)], f"the day's care claimed for today (got {cared})")
        ok(os.path.exists(os.path.join(tmp, 'backups', f'cherish-{today.isoformat()}.db')),
           "the day's backup made")
        with con:
            for name in ('Sara Ahmadi', 'Omid Karimi'):
                con.execute("INSERT INTO customers (display_name, sort_key, birthday, created_at,"
                            " updated_at) VALUES (?, lower(?), ?, ?, ?)",
                            (name, name, yesterday.strftime('--%m-%d') if name.startswith('Sara')
                             else None, stamp, stamp))
            sara, omid = [row[0] for row in con.execute('SELECT id FROM customers ORDER BY id')]
            con.execute("INSERT INTO follow_ups (customer_id, due_date, about, created_at, updated_at)"
                        " VALUES (?, ?, 'Ask how the new colour holds', ?, ?)",
                        (omid, yesterday.isoformat(), stamp, stamp))
            # The computer was off for three days since that first check:
            # the next one looks back over the days missed.
            away = (now - datetime.timedelta(days=3)).strftime('%Y-%m-%dT%H:%M:%SZ')
            con.execute('UPDATE reminder_checks SET checked_at = ?', (away,))

        # 1. Missed yesterday: one summary, which the command waits on.
        proc = run()
        lines = wait_new(0, 1)
        ok(len(lines) == 1, f'missed reminders: one notification (got {len(lines)})')
        summary = lines[0] if lines else ''
        ok('2 reminders while you were away' in summary, 'it is a summary of both')
        ok('Sara Ahmadi: Birthday yesterday' in plain(summary), 'it names the birthday')
        ok('Omid Karimi: follow up: Ask how the new colour holds' in plain(summary), 'it names the follow-up')
        ok('\u200e\u2068Sara Ahmadi\u2069: ' in summary,
           'a line set in the interface\'s direction, the name kept in its place')
        ok('"default"' in summary and '"Open"' in summary, 'it opens Today')
        ok(proc.poll() is None, 'the command waits while it is shown')
        mock('org.freedesktop.Notifications.CloseNotification', '1')
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        ok(proc.returncode == 0, 'it quits once the notification is closed')

        # 2. Nothing new: not even a question to the server (from cron,
        #    every few minutes, it would be woken for nothing).
        calls = server_calls(log)
        proc = run()
        proc.wait(timeout=30)
        time.sleep(0.5)
        ok(len(notify_lines(log)) == 1 and proc.returncode == 0, 'second run: no notification')
        ok(calls > 0 and server_calls(log) == calls,
           f'second run: the server was not asked ({server_calls(log) - calls} calls)')

        # 3. One follow-up on time: a notification with its three buttons.
        with con:
            cur = con.execute("INSERT INTO follow_ups (customer_id, due_date, about, created_at,"
                              " updated_at) VALUES (?, ?, 'Thank her for the referral', ?, ?)",
                              (sara, today.isoformat(), stamp, stamp))
            call = cur.lastrowid
            written_by_cherish(con)
        proc = run()
        lines = wait_new(1, 1)
        ok(len(lines) == 1, f'a follow-up due: one notification (got {len(lines)})')
        line = lines[0] if lines else ''
        ok('"Follow up with Sara Ahmadi"' in plain(line) and 'Thank her for the referral' in line,
           'it says whom and what about')
        for action, label in (('open', 'Open'), ('snooze', 'Snooze 1 Day'), ('done', 'Done')):
            ok(f'"{action}", "{label}"' in line, f'it has the button {label}')
        mock('org.freedesktop.DBus.Mock.EmitSignal', 'org.freedesktop.Notifications',
             'ActionInvoked', 'us', '[<uint32 2>, <"done">]')
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        ok(proc.returncode == 0, 'Done: the command quits')
        state = con.execute('SELECT state FROM follow_ups WHERE id = ?', (call,)).fetchone()[0]
        ok(state == 'done', f'Done: the follow-up is done in the database ({state})')

        # 4. Nothing new; a follow-up written today but due yesterday is
        #    on Today, not a notification: after a check the same day, the
        #    next one looks from today on.
        with con:
            con.execute("INSERT INTO follow_ups (customer_id, due_date, about, created_at, updated_at)"
                        " VALUES (?, ?, 'Written late', ?, ?)", (omid, yesterday.isoformat(), stamp, stamp))
            written_by_cherish(con)
        proc = run()
        proc.wait(timeout=30)
        time.sleep(0.5)
        ok(len(notify_lines(log)) == 2 and proc.returncode == 0, 'last run: no notification')

        # 5. No notification server: nothing is claimed, it stays due.
        server.terminate()
        server.wait()
        with con:
            con.execute("INSERT INTO follow_ups (customer_id, due_date, about, created_at, updated_at)"
                        " VALUES (?, ?, 'Nobody to tell', ?, ?)", (sara, today.isoformat(), stamp, stamp))
            written_by_cherish(con)
        before = con.execute('SELECT count (*) FROM reminders_sent').fetchone()[0]
        proc = run()
        proc.wait(timeout=30)
        after = con.execute('SELECT count (*) FROM reminders_sent').fetchone()[0]
        ok(proc.returncode == 0 and after == before, 'no server: nothing claimed, it stays due')
        con.close()
    finally:
        if server.poll() is None:
            server.terminate()
            server.wait()
        shutil.rmtree(tmp, ignore_errors=True)

    print(f'1..{len(TAP)}')
    return 0 if all(status == 'ok' for status, _ in TAP) else 1


if __name__ == '__main__':
    sys.exit(main())
