#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-help.sh SRCDIR: the help as Yelp will read it. Fails when a page
# is not valid Mallard or links to a page that does not exist
# (yelp-check), or when a language in help/LINGUAS lacks a translation
# (untranslated or fuzzy) of any string the pages have today.

set -euo pipefail
src=$1
cd "$src/help"
status=0

pages=$(sed -n "s/^  '\(.*\.page\)',$/\1/p" meson.build)
(cd C && yelp-check validate $pages) || status=1
yelp-check links C || status=1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd C && itstool -o "$tmp/help.pot" $pages legal.xml)
for lang in $(cat LINGUAS); do
  msgmerge --quiet --no-fuzzy-matching "$lang/$lang.po" "$tmp/help.pot" -o "$tmp/$lang.po"
  stats=$(msgfmt --check --statistics -o /dev/null "$tmp/$lang.po" 2>&1 | tail -1)
  echo "help $lang: $stats"
  if echo "$stats" | grep -qE 'untranslated|fuzzy'; then
    msgattrib --untranslated "$tmp/$lang.po" | grep -A1 '^msgid' | head -40
    status=1
  fi
  # The translated pages are valid too (a broken tag in a translation).
  mkdir -p "$tmp/$lang"
  msgfmt -o "$tmp/$lang.mo" "$lang/$lang.po"
  (cd C && itstool -m "$tmp/$lang.mo" -o "$tmp/$lang/" $pages legal.xml)
  (cd "$tmp/$lang" && yelp-check validate $pages) || status=1
done

exit $status
