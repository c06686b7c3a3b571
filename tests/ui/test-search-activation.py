#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-search-activation.py CHERISH — GNOME Shell's way to Cherish: the
# overview asks org.gnome.Shell.SearchProvider2 on a session bus where
# nothing runs yet, and D-Bus activation (the .service file, `cherish
# --gapplication-service`) starts Cherish without a window to answer.
# Run under xvfb-run; the script starts a session bus of its own, whose
# service folder is a temporary data folder, as a user's would be.

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

CHERISH = os.path.abspath(sys.argv[1])
APP_ID = 'io.github.cherishapp.Cherish'
PATH = '/io/github/cherishapp/Cherish/SearchProvider'
TAP = []


def ok(cond, what):
    TAP.append(cond)
    print(f"{'ok' if cond else 'not ok'} {len(TAP)} {what}", flush=True)
    return cond


def provider(method, *args):
    return subprocess.run(['gdbus', 'call', '--session', '--dest', APP_ID, '--object-path', PATH,
                           '--method', 'org.gnome.Shell.SearchProvider2.' + method] + list(args),
                          check=True, capture_output=True, text=True, timeout=60).stdout.strip()


def windows():
    """Cherish's windows: GtkApplication exports each one's actions on the
    bus, at the application's path /window/N."""
    out = subprocess.run(['gdbus', 'introspect', '--session', '--dest', APP_ID, '--object-path',
                          '/io/github/cherishapp/Cherish/window'], capture_output=True, text=True).stdout
    return re.findall(r'^\s*node (\d+)', out, re.M)


def bus(method, *args):
    return subprocess.run(['gdbus', 'call', '--session', '--dest', 'org.freedesktop.DBus', '--object-path',
                           '/org/freedesktop/DBus', '--method', 'org.freedesktop.DBus.' + method] + list(args),
                          check=True, capture_output=True, text=True).stdout


def running():
    """Whether Cherish answers on this test's own bus."""
    return 'true' in bus('NameHasOwner', APP_ID)


def outside():
    """Sets up a user's data folder and starts a session bus on it."""
    home = tempfile.mkdtemp(prefix='cherish-activation-')
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(home, 'data'),
               XDG_CONFIG_HOME=os.path.join(home, 'config'), CHERISH_TEST_BUS=home)
    env.pop('CHERISH_DATABASE', None)
    services = os.path.join(env['XDG_DATA_HOME'], 'dbus-1', 'services')
    os.makedirs(services)
    with open(os.path.join(services, APP_ID + '.service'), 'w') as f:
        f.write(f'[D-BUS Service]\nName={APP_ID}\nExec={CHERISH} --gapplication-service\n')
    customers = os.path.join(home, 'customers.csv')
    with open(customers, 'w') as f:
        f.write('name,phone\nSara Ahmadi,0919 876 5432\nSara Lindqvist,0912 111 2222\nOmar Haddad,0912 333 4444\n')
    subprocess.run([CHERISH, '--import', customers], env=env, check=True, capture_output=True)
    os.execvpe('dbus-run-session', ['dbus-run-session', '--', sys.executable, __file__, CHERISH], env)


def inside():
    print('TAP version 13', flush=True)
    ok(not running(), 'nothing of Cherish runs before the search')
    start = time.monotonic()
    first = provider('GetInitialResultSet', "['sara']")
    ok(first == "(['1', '2'],)", f'"sara" starts Cherish by D-Bus activation and finds both Saras: {first} '
       f'({(time.monotonic() - start) * 1000:.0f} ms, start included)')
    ok(running(), 'Cherish runs as a D-Bus service')
    ok(not windows(), 'with no window')
    narrower = provider('GetSubsearchResultSet', "['1', '2']", "['sara', 'ahm']")
    ok(narrower == "(['1'],)", f'"sara ahm" narrows them to Sara Ahmadi: {narrower}')
    metas = provider('GetResultMetas', "['1']")
    ok("'name': <'Sara Ahmadi'>" in metas and "'icon': <('bytes'" in metas,
       'her name and her initials for the overview')
    provider('ActivateResult', '1', "['sara']", '0')
    for _ in range(100):
        if windows():
            break
        time.sleep(0.1)
    ok(len(windows()) == 1, 'choosing her opens the window')
    pid = int(bus('GetConnectionUnixProcessID', APP_ID).split()[-1].strip('(),'))
    os.kill(pid, 15)
    shutil.rmtree(os.environ['CHERISH_TEST_BUS'], ignore_errors=True)
    print(f'1..{len(TAP)}', flush=True)
    sys.exit(0 if all(TAP) else 1)


if os.environ.get('CHERISH_TEST_BUS'):
    inside()
else:
    outside()
