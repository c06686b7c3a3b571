# SPDX-License-Identifier: GPL-3.0-or-later
#
# cherish_cli.py — what the command-line tests share: their TAP lines, and
# `cherish` run as a user runs it from a terminal (no display).

import os
import subprocess

_count = 0


def ok(cond, what):
    global _count
    _count += 1
    print(f"{'ok' if cond else 'not ok'} {_count} {what}", flush=True)
    return cond


def run(cherish, *args, timeout=60):
    env = dict(os.environ)
    env.pop('DISPLAY', None)
    env.pop('WAYLAND_DISPLAY', None)
    return subprocess.run([cherish] + list(args), capture_output=True, text=True, env=env,
                          timeout=timeout)


def done():
    print(f'1..{_count}')
