#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# start-bench.py BUILD-DIR DATABASE...  (a benchmark, not a test)
#
# How fast Cherish opens, against its floor measured in the same run: a
# bare libadwaita window (tests/bench/cherish-bare-window) started on the
# same Xvfb display, pair by pair. For each database and each page as the
# last one opened, it starts both RUNS times in turn and prints the
# medians and the ratios:
#   - window: from the start of the process to its first frame on screen;
#   - filled: to the first frame after the shown page read its data;
#   - memory: resident memory at that frame, and what Cherish adds.
# The aims: window within 1.3x the bare window, memory within
# bare + 40 MB.
#
#   xvfb is started here; run it as:
#   /usr/bin/python3 tests/bench/start-bench.py build-bench big.db sample.db

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 7
PAGES = ['today', 'customers', 'celebrations', 'events', 'rewards', 'ideas', 'insights']

build, databases = sys.argv[1], sys.argv[2:]
cherish = os.path.join(build, 'src', 'cherish')
bare = os.path.join(build, 'tests', 'bench', 'cherish-bare-window')
schemas = os.path.join(build, 'data')


def start_xvfb():
    for display in range(90, 120):
        if not os.path.exists(f'/tmp/.X11-unix/X{display}'):
            xvfb = subprocess.Popen(['Xvfb', f':{display}', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'],
                                    stderr=subprocess.DEVNULL)
            for _ in range(100):
                if os.path.exists(f'/tmp/.X11-unix/X{display}'):
                    return xvfb, f':{display}'
                time.sleep(0.05)
    sys.exit('could not start Xvfb')


def run(argv, env):
    start = time.monotonic()
    out = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120).stdout
    took = time.monotonic() - start
    if 'first frame' not in out:
        sys.exit(f'{argv[0]} showed no frame: {out}')
    rss = next((int(line.split()[1]) for line in out.splitlines() if line.startswith('rss ')), 0)
    return took * 1000, rss / 1024


def settings_env(display, page, config):
    # The page last opened is a setting, kept in a key file of our own.
    folder = os.path.join(config, 'glib-2.0', 'settings')
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, 'keyfile'), 'w') as f:
        f.write(f"[io/github/cherishapp/Cherish]\nlast-page='{page}'\n")
    # Each draws as it would by default (GTK's choice for the bare window,
    # Cherish's own on software OpenGL: cherish-renderer.c), unless
    # GSK_RENDERER is set for both.
    env = dict(os.environ, DISPLAY=display, GSETTINGS_BACKEND='keyfile', XDG_CONFIG_HOME=config,
               GSETTINGS_SCHEMA_DIR=schemas)
    env.pop('WAYLAND_DISPLAY', None)
    return env


def main():
    xvfb, display = start_xvfb()
    config = tempfile.mkdtemp(prefix='cherish-start-')
    try:
        print(f'{"database / last page":34} {"bare":>9} {"window":>9} {"ratio":>6} {"filled":>9} {"ratio":>6}'
              f' {"bare MB":>8} {"MB":>7} {"+MB":>6}')
        for database in databases:
            for page in PAGES:
                env = settings_env(display, page, config)
                times = {'bare': [], 'window': [], 'filled': []}
                memory = {'bare': [], 'filled': []}
                for _ in range(RUNS):
                    t, m = run([bare], dict(env, CHERISH_QUIT_AFTER_FIRST_FRAME='1'))
                    times['bare'].append(t)
                    memory['bare'].append(m)
                    t, _ = run([cherish, '--database', database], dict(env, CHERISH_QUIT_AFTER_FIRST_FRAME='1'))
                    times['window'].append(t)
                    t, m = run([cherish, '--database', database],
                               dict(env, CHERISH_QUIT_AFTER_FIRST_FRAME='filled'))
                    times['filled'].append(t)
                    memory['filled'].append(m)
                b = statistics.median(times['bare'])
                w = statistics.median(times['window'])
                f = statistics.median(times['filled'])
                bm = statistics.median(memory['bare'])
                fm = statistics.median(memory['filled'])
                name = f'{os.path.basename(database)} / {page}'
                print(f'{name:34} {b:7.0f}ms {w:7.0f}ms {w / b:5.2f}x {f:7.0f}ms {f / b:5.2f}x'
                      f' {bm:8.0f} {fm:7.0f} {fm - bm:+6.0f}', flush=True)
    finally:
        xvfb.terminate()
        shutil.rmtree(config, ignore_errors=True)


main()
