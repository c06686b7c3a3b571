#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# side-by-side.py BUILD-DIR FILE URI  (a benchmark, not a test)
#
# The same shop measured on both engines in one run: cherish-bench on the
# SQLite FILE, then on the PostgreSQL database at URI (a copy of the same
# shop, made with `cherish --database FILE --move-to URI`), each target
# printed beside the other with its status, each against the floor of its
# own run (the sqlite3 CLI, psql). Each is run twice in turn, and the
# second runs are shown: the first fills the caches the other's run
# emptied. Both whole outputs are kept, and their paths printed.
#
#   /usr/bin/python3 tests/bench/side-by-side.py build-bench big.db postgresql://localhost/bench

import os
import re
import subprocess
import sys
import tempfile

ROUNDS = 2


def run_bench(build, place, log):
    env = dict(os.environ, GSETTINGS_SCHEMA_DIR=os.path.join(build, 'data'))
    bench = os.path.join(build, 'tests', 'bench', 'cherish-bench')
    with open(log, 'w') as out:
        subprocess.run([bench, '--keep', place], env=env, stdout=out, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, check=True)
    with open(log) as out:
        return targets(out.read())


def targets(text):
    """The Targets block: name → (figure, status)."""
    found = {}
    block = text.split('\nTargets', 1)[-1].splitlines()[1:]
    for line in block:
        if not line.startswith('  ') or line.startswith('    '):
            continue
        fields = re.split(r'\s{2,}', line.strip())
        if len(fields) >= 5:            # name, figure, target, ratio, status
            found[fields[0]] = ('%s (%s)' % (fields[1], fields[3]), fields[4])
        elif len(fields) >= 2:          # a floor
            found[fields[0]] = (fields[1], '')
    return found


def main():
    if len(sys.argv) != 4:
        sys.exit('usage: side-by-side.py BUILD-DIR FILE URI')
    build, path, uri = sys.argv[1:]
    logs = tempfile.mkdtemp(prefix='cherish-side-by-side-')
    for round_ in range(ROUNDS):
        file_log = os.path.join(logs, 'sqlite-%d.log' % round_)
        server_log = os.path.join(logs, 'postgresql-%d.log' % round_)
        on_file = run_bench(build, path, file_log)
        on_server = run_bench(build, uri, server_log)

    names = list(on_file) + [name for name in on_server if name not in on_file]
    width = max(len(name) for name in names)
    print('%-*s  %-34s  %s' % (width, '', 'SQLite file', 'PostgreSQL server'))
    for name in names:
        cells = []
        for found in (on_file, on_server):
            figure, status = found.get(name, ('-', ''))
            cells.append(('%s %s' % (figure, status)).strip())
        print('%-*s  %-34s  %s' % (width, name, cells[0], cells[1]))
    print('\nwhole outputs: %s (and the first round\'s beside them)' % ', '.join([file_log, server_log]))
    statuses = {name: (on_file.get(name, ('', ''))[1], on_server.get(name, ('', ''))[1]) for name in names}
    measured = [name for name in names if any(statuses[name])]
    missed = [name for name in measured if 'MISSED' in statuses[name]]
    print('%d targets, %d missed on one engine or both' % (len(measured), len(missed)))


if __name__ == '__main__':
    main()
