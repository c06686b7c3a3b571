#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-translations.sh SRCDIR: fails when a source file with translatable
# strings is missing from po/POTFILES, or when po/fa.po lacks a translation
# (untranslated or fuzzy) of any string the sources have today.

set -euo pipefail
src=$1
cd "$src"
status=0

# 1. POTFILES lists every file that has translatable strings.
while IFS= read -r file; do
  if ! grep -qxF "$file" po/POTFILES; then
    echo "po/POTFILES lacks $file"
    status=1
  fi
done < <(grep -rlE '(^|[^a-z_])(_|N_|C_|g_dngettext)\(|translatable="yes"' \
           src ui data --include='*.c' --include='*.ui' --include='*.xml' --include='*.in' \
           | sort)

while IFS= read -r file; do
  [ -z "$file" ] || [ -f "$file" ] || { echo "po/POTFILES names a missing file: $file"; status=1; }
done < po/POTFILES

# 2. Every string of today's sources is translated in each language.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
xgettext --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=g_strdup_printf:1:c-format --flag=g_set_error:4:c-format \
  --files-from=po/POTFILES --directory=. --output="$tmp/cherish.pot" 2>/dev/null
for lang in $(cat po/LINGUAS); do
  msgmerge --quiet --no-fuzzy-matching "po/$lang.po" "$tmp/cherish.pot" -o "$tmp/$lang.po"
  stats=$(msgfmt --check --statistics -o /dev/null "$tmp/$lang.po" 2>&1 | tail -1)
  echo "$lang: $stats"
  if echo "$stats" | grep -qE 'untranslated|fuzzy'; then
    msgattrib --untranslated --only-fuzzy "$tmp/$lang.po" 2>/dev/null | grep '^msgid' | head -20 || true
    msgattrib --untranslated "$tmp/$lang.po" | grep -A1 '^msgid' | head -40
    status=1
  fi
done

exit $status
