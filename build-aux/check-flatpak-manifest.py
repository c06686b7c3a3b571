#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-flatpak-manifest.py MANIFEST SRCDIR [GTK-VERSION ADW-VERSION]
#
# The runtime named must be the GNOME release whose GTK and libadwaita the
# newer test leg (build-aux/test-unstable) builds and tests against: run
# there, with the versions it built with, the check fails when the two
# drift apart. Elsewhere (Debian 12's GTK 4.8, or a distribution in
# between) it checks that the runtime is a release the table below knows,
# and not older than the GTK it was built with.
#
# The GNOME runtime cannot be downloaded here, so the manifest is checked
# as far as it can be without it: valid JSON with the keys flatpak-builder
# needs, the app id and command of this project, sandbox holes limited to
# what Cherish needs (portals cover files, notifications and background),
# and every local path it names present. flatpak-builder --show-manifest
# parses it too when flatpak-builder is installed.

import json
import os
import shutil
import subprocess
import sys

manifest_path, srcdir = sys.argv[1], sys.argv[2]
errors = []

# GNOME release → (GTK, libadwaita) minor versions it ships.
RUNTIMES = {
    '47': ('4.16', '1.6'),
    '48': ('4.18', '1.7'),
    '49': ('4.20', '1.8'),
    '50': ('4.22', '1.9'),
    '51': ('4.24', '1.10'),
}


def minor(version):
    return '.'.join(version.split('.')[:2])

with open(manifest_path, encoding='utf-8') as f:
    manifest = json.load(f)   # a syntax error fails the test with its line

app_id = 'io.github.cherishapp.Cherish'
for key, expected in [('id', app_id), ('runtime', 'org.gnome.Platform'),
                      ('sdk', 'org.gnome.Sdk'), ('command', 'cherish')]:
    if manifest.get(key) != expected:
        errors.append(f'"{key}" is {manifest.get(key)!r}, expected {expected!r}')
runtime = str(manifest.get('runtime-version', '')).strip()
if runtime not in RUNTIMES:
    errors.append(f'"runtime-version" {runtime!r} is not a GNOME release this check knows '
                  f'({", ".join(RUNTIMES)})')
elif len(sys.argv) > 4:
    gtk, adw = minor(sys.argv[3]), minor(sys.argv[4])
    newer = [int(n) for n in gtk.split('.')] > [int(n) for n in RUNTIMES[runtime][0].split('.')]
    # On the newer leg (CHERISH_NEWEST_STACK, set by build-aux/test-unstable)
    # the two must be the same; elsewhere (Debian 12, or a distribution in
    # between) only a stack newer than the runtime is an error.
    if (os.environ.get('CHERISH_NEWEST_STACK') and RUNTIMES[runtime] != (gtk, adw)) or newer:
        errors.append(f'the manifest names GNOME {runtime} (GTK {RUNTIMES[runtime][0]}, libadwaita '
                      f'{RUNTIMES[runtime][1]}) but the newer leg tests GTK {gtk}, libadwaita {adw}: '
                      'name the runtime that ships what is tested')

# The network: a shop kept on a PostgreSQL server (cherish --database postgresql://…).
allowed = {'--share=ipc', '--share=network', '--socket=fallback-x11', '--socket=wayland', '--device=dri'}
for arg in manifest.get('finish-args', []):
    if arg not in allowed:
        errors.append(f'finish-arg {arg} is not needed: use a portal '
                      '(file chooser, notifications, background)')

modules = manifest.get('modules', [])
if not modules or modules[-1].get('name') != 'cherish':
    errors.append('the last module must build cherish')
for module in modules:
    if isinstance(module, str):
        path = os.path.join(os.path.dirname(manifest_path), module)
        if not os.path.exists(path):
            errors.append(f'module file {module} does not exist')
        continue
    if module.get('buildsystem') not in ('meson', 'cmake-ninja', 'autotools', 'simple'):
        errors.append(f'module {module.get("name")}: unknown buildsystem')
    for source in module.get('sources', []):
        for key in ('path', 'dest-filename'):
            if key == 'path' and key in source:
                path = os.path.normpath(os.path.join(os.path.dirname(manifest_path), source[key]))
                if not os.path.exists(path):
                    errors.append(f'module {module.get("name")}: {source[key]} does not exist')
                elif source.get('type') == 'dir' and \
                        not os.path.exists(os.path.join(path, 'meson.build')):
                    errors.append(f'module {module.get("name")}: {source[key]} has no meson.build')

# What the sandbox exports must exist in the tree under the app id.
for relative in ['data/io.github.cherishapp.Cherish.desktop.in',
                 'data/io.github.cherishapp.Cherish.metainfo.xml.in',
                 'data/io.github.cherishapp.Cherish.service.in',
                 'data/icons/hicolor/scalable/apps/io.github.cherishapp.Cherish.svg',
                 'data/icons/hicolor/symbolic/apps/io.github.cherishapp.Cherish-symbolic.svg']:
    if not os.path.exists(os.path.join(srcdir, relative)):
        errors.append(f'{relative} is missing')

builder = shutil.which('flatpak-builder')
if builder:
    result = subprocess.run([builder, '--show-manifest', manifest_path],
                            capture_output=True, text=True)
    if result.returncode != 0:
        errors.append('flatpak-builder --show-manifest: ' + result.stderr.strip())

for error in errors:
    print('flatpak manifest:', error)
print('flatpak manifest:', 'OK' if not errors else f'{len(errors)} problem(s)',
      '(checked with flatpak-builder too)' if builder else '')
sys.exit(1 if errors else 0)
