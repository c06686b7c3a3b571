#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-import-command.py CHERISH — `cherish --import FILE.csv` as a shop
# moving from a spreadsheet runs it: no display, a real database, a file
# exported by Excel on Windows (Windows-1256, ';', CRLF, formulas
# disarmed), then its report and what is in SQLite.

import os
import sqlite3
import sys
import tempfile

import cherish_cli
from cherish_cli import done, ok

CHERISH = sys.argv[1]


def run(*args):
    return cherish_cli.run(CHERISH, *args)


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, 'shop.db')
    csv = os.path.join(tmp, 'customers.csv')
    rows = [
        'نام;نام خانوادگی;موبایل;تاریخ تولد;یادداشت',
        'سارا;احمدی;0912 111 2233;1990-03-20;"\'=HYPERLINK(""x"")"',
        'رضا;کریمی;0935 000 1111;1990-02-30;',
        'لیلا;نوری;+98 912 111 2233;;',
        'نیما;;09120000000;--05-06;"دو\r\nخط"',
    ]
    # Windows-1256 has no Persian yeh: Excel writes the Arabic one.
    rows = [row.replace('ی', 'ي') for row in rows]
    with open(csv, 'wb') as f:
        f.write('\r\n'.join(rows).encode('cp1256') + b'\r\n')

    # All or nothing: one bad row, nothing written, its line named.
    r = run('--database', db, '--import', csv)
    ok(r.returncode == 1, 'a bad row: exit status 1')
    ok('WINDOWS-1256' in r.stdout and 'semicolons' in r.stdout, 'encoding and separator found')
    ok('موبايل → Phone' in r.stdout and 'نام خانوادگي → Last name' in r.stdout, 'Persian headers mapped')
    ok('Line 3: Birthday' in r.stdout, 'the bad row named by its line: ' + r.stdout.splitlines()[-1])
    ok('nothing was imported' in r.stderr, 'says nothing was imported')
    con = sqlite3.connect(db)
    ok(con.execute('SELECT count(*) FROM customers').fetchone()[0] == 0, 'the database has no customer')
    con.close()

    # The good rows; Leila has Sara's number in another form: skipped.
    r = run('--database', db, '--import', csv, '--good-rows-only')
    ok(r.returncode == 0, 'good rows only: exit status 0')
    ok('2 customers added' in r.stdout and '1 duplicate row skipped' in r.stdout, 'report: 2 added, 1 skipped')
    con = sqlite3.connect(db)
    names = [row[0] for row in con.execute('SELECT display_name FROM customers ORDER BY id')]
    ok(names == ['سارا احمدي', 'نيما'], 'first and last names joined: %r' % names)
    notes = con.execute("SELECT notes FROM customers WHERE display_name = 'سارا احمدي'").fetchone()[0]
    ok(notes == '=HYPERLINK("x")', 'a disarmed formula read back as text: %r' % notes)
    notes = con.execute("SELECT notes FROM customers WHERE display_name = 'نيما'").fetchone()[0]
    ok(notes == 'دو\nخط', 'a quoted two-line cell kept')
    con.close()

    # Merge: each row completes the customer it matches (Leila's, Sara, by phone).
    r = run('--database', db, '--import', csv, '--good-rows-only', '--duplicates', 'merge')
    ok(r.returncode == 0 and '3 customers completed from duplicate rows' in r.stdout, 'merge: 3 completed')
    r = run('--database', db, '--import', csv, '--duplicates', 'sometimes')
    ok(r.returncode == 2 and 'skip, merge or keep' in r.stderr, 'a wrong --duplicates is refused')
    r = run('--database', db, '--import', os.path.join(tmp, 'missing.csv'))
    ok(r.returncode == 1 and 'missing.csv' in r.stderr, 'a missing file is named')

    # Contacts from a phone (vCard): the same command.
    vcf = os.path.join(tmp, 'contacts.vcf')
    with open(vcf, 'w', encoding='utf-8') as f:
        f.write('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Omid Rahimi\r\nTEL:0936 222 3333\r\n'
                'BDAY:1988-07-01\r\nEND:VCARD\r\n')
    r = run('--database', db, '--import', vcf)
    ok(r.returncode == 0 and '1 customer added' in r.stdout, 'a vCard file imported')
    con = sqlite3.connect(db)
    row = con.execute("SELECT phone, birthday FROM customers WHERE display_name = 'Omid Rahimi'").fetchone()
    ok(row == ('0936 222 3333', '1988-07-01'), 'its phone and birthday kept: %r' % (row,))
    con.close()

    # Dates as the shop writes them: a Solar Hijri column found by its
    # years, said in the report; an order the dates cannot tell, asked.
    dated = os.path.join(tmp, 'dated.csv')
    with open(dated, 'w', encoding='utf-8') as f:
        f.write('name,birthday,customer since\n'
                'Parisa,1365/05/12,03/04/2020\n'
                'Kian,۱۳۷۰/۰۱/۰۱,05/06/2021\n')
    r = run('--database', db, '--import', dated)
    ok(r.returncode == 1 and '--date-order' in r.stderr, 'an order the dates cannot tell is asked for')
    ok('Birthday (“birthday”): Solar Hijri; year/month/day' in r.stdout,
       'how the birthdays are read is said: ' + repr([line for line in r.stdout.splitlines() if 'Dates' in line]))
    r = run('--database', db, '--import', dated, '--date-order', 'dmy')
    ok(r.returncode == 0 and '2 customers added' in r.stdout, 'imported with --date-order=dmy')
    con = sqlite3.connect(db)
    rows = con.execute("SELECT birthday, customer_since FROM customers WHERE display_name IN ('Parisa', 'Kian') "
                       "ORDER BY display_name DESC").fetchall()
    ok(rows == [('1986-08-03', '2020-04-03'), ('1991-03-21', '2021-06-05')], 'dates stored as ISO: %r' % rows)
    con.close()
    r = run('--database', db, '--import', dated, '--date-order', 'dmy', '--calendar', 'gregorian')
    ok(r.returncode == 1 and 'between 1900 and 2200' in r.stdout, '--calendar=gregorian refuses 1365')
    r = run('--database', db, '--import', dated, '--calendar', 'julian')
    ok(r.returncode == 2 and 'persian or gregorian' in r.stderr, 'a wrong --calendar is refused')

done()
