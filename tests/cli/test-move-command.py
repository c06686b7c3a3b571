#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-move-command.py CHERISH — `cherish --move-to PLACE` as the one who
# moves a shop runs it: no display, a real shop (the demo one), into a new
# file and, with $CHERISH_TEST_POSTGRESQL, onto the test server and from
# there into another new file; each copy read back with the engine's own
# tool (sqlite3, psql); a place that holds a shop refused.

import os
import sqlite3
import subprocess
import sys
import tempfile

import cherish_cli
from cherish_cli import done, ok

CHERISH = sys.argv[1]
TABLES = ['customers', 'visits', 'life_events', 'points_ledger', 'invitations', 'rewards']


def run(*args):
    return cherish_cli.run(CHERISH, *args, timeout=120)


def file_counts(path):
    con = sqlite3.connect(path)
    counts = {t: con.execute(f'SELECT count(*) FROM {t}').fetchone()[0] for t in TABLES}
    counts['points'] = con.execute('SELECT coalesce(sum(points), 0) FROM points_ledger').fetchone()[0]
    con.close()
    return counts


def server_counts(uri):
    def one(sql):
        return int(subprocess.run(['psql', '-tAc', sql, uri], capture_output=True, text=True,
                                  check=True).stdout.strip())
    counts = {t: one(f'SELECT count(*) FROM {t}') for t in TABLES}
    counts['points'] = one('SELECT coalesce(sum(points), 0) FROM points_ledger')
    return counts


with tempfile.TemporaryDirectory() as tmp:
    shop = os.path.join(tmp, 'shop.db')
    copy = os.path.join(tmp, 'copy.db')
    # A small shop, imported from a CSV as a manager would make it.
    csv = os.path.join(tmp, 'customers.csv')
    with open(csv, 'w', encoding='utf-8') as f:
        f.write('Name,Phone,E-mail,Birthday\n')
        for i in range(40):
            f.write(f'Customer {i},0912 000 {i:04d},c{i}@example.com,1990-0{1 + i % 9}-1{i % 9}\n')
        f.write('سارا احمدی,0912 111 2233,sara@example.com,1370-01-01\n')
    r = run('--database', shop, '--import', csv)
    ok(r.returncode == 0, 'a shop of 41 customers imported')
    before = file_counts(shop)

    r = run('--database', shop, '--move-to', copy)
    ok(r.returncode == 0, f'moved into a new file (exit {r.returncode}: {r.stderr.strip()})')
    ok('customers: 41' in r.stdout, 'the report says what was checked')
    ok(file_counts(copy) == before, 'the new file holds the same rows (sqlite3)')
    ok(file_counts(shop) == before, 'the shop it came from is as it was')

    r = run('--database', shop, '--move-to', copy)
    ok(r.returncode == 1 and 'holds a shop already' in r.stderr, 'a place holding a shop is refused')
    ok(file_counts(copy) == before, '… and left as it was')

    server = os.environ.get('CHERISH_TEST_POSTGRESQL')
    if ok(server is not None, 'a PostgreSQL test server is given'):
        name = f'move_cli_{os.getpid()}'
        subprocess.run(['psql', '-qc', f'CREATE DATABASE {name}', server + '/postgres'], check=True)
        uri = f'{server}/{name}'
        r = run('--database', shop, '--move-to', uri)
        ok(r.returncode == 0, f'moved onto the server (exit {r.returncode}: {r.stderr.strip()})')
        ok(server_counts(uri) == before, 'the server holds the same rows (psql)')
        back = os.path.join(tmp, 'back.db')
        r = run('--database', uri, '--move-to', back)
        ok(r.returncode == 0, 'moved from the server into a new file')
        ok(file_counts(back) == before, 'the same rows back (sqlite3)')
        subprocess.run(['psql', '-qc', f'DROP DATABASE {name} WITH (FORCE)', server + '/postgres'], check=True)

done()
