#!/usr/bin/env bash
# The bash completion script, driven the way bash drives it: COMP_WORDS/COMP_CWORD set, the
# function called, COMPREPLY read.   completion.sh COMPLETION_SCRIPT
set -uo pipefail

script=$1
# shellcheck source=/dev/null
source "$script" || { echo "FAIL: cannot source $script" >&2; exit 1; }
func=$(complete -p magento-upgrade-assistant 2>/dev/null | sed -n 's/.*-F \([^ ]*\) .*/\1/p')
[ -n "$func" ] || { echo "FAIL: $script does not register a completion for magento-upgrade-assistant" >&2; exit 1; }

failures=0
# expect "LINE" WORD... : completing LINE (words split at blanks and '=', like bash; a trailing
# blank starts an empty word) offers exactly WORD... (in any order). Folders come without the
# trailing slash: readline adds it (compopt -o filenames), and quotes blanks.
expect() {
    local line=$1
    shift
    local split=${line//=/ = }
    read -r -a COMP_WORDS <<<"$split"
    [[ $line == *' ' ]] && COMP_WORDS+=('')
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE=$line
    COMP_POINT=${#line}
    COMPREPLY=()
    "$func" magento-upgrade-assistant "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    local got want
    got=$(printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort | tr '\n' ' ')
    want=$(printf '%s\n' "$@" | sed '/^$/d' | sort | tr '\n' ' ')
    if [ "$got" != "$want" ]; then
        echo "FAIL: '$line' offers [$got], expected [$want]" >&2
        failures=$((failures + 1))
    else
        echo "ok: '$line' -> [$got]"
    fi
}

work=$(mktemp -d /tmp/mua-completion-XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/shop/app" "$work/shop/bin" "$work/backups/20260101T120000Z" "$work/with space"
touch "$work/shop/composer.json" "$work/notes.txt"
cd "$work"

p=magento-upgrade-assistant
expect "$p " inspect plan upgrade rollback backups versions impact demo-store backups shop "with space"
expect "$p up" upgrade
expect "$p de" demo-store
expect "$p --" --demo --help --version
expect "$p inspect s" shop
expect "$p inspect shop/" shop/app shop/bin
expect "$p inspect --" --json --help --version
expect "$p upgrade shop --run" --runner
expect "$p upgrade shop --runner " local ssh ddev warden compose
expect "$p upgrade shop --runner d" ddev
expect "$p plan shop --runner=" local ssh ddev warden compose
expect "$p plan shop --runner=w" warden
expect "$p upgrade shop --on-failure " keep-maintenance restore
expect "$p upgrade shop --on-failure=r" restore
expect "$p demo-store /tmp/x --era " 2.1 2.4
expect "$p demo-store --" --era --help --version
expect "$p upgrade shop --y" --yes
expect "$p plan shop --j" --json
expect "$p upgrade shop --backup-" --backup-dir --backup-media
expect "$p upgrade shop --backup-dir b" backups
expect "$p upgrade shop --backup " backups shop "with space"
expect "$p rollback shop --backup b" backups
expect "$p rollback shop --backup backups/" backups/20260101T120000Z
expect "$p rollback shop --a" --accept-data-loss
expect "$p backups shop --p" --prune
expect "$p backups shop --prune " ""
expect "$p upgrade shop --target-version " ""
expect "$p upgrade shop --log n" notes.txt
expect "$p w" "with space"

if [ "$failures" -gt 0 ]; then
    echo "$failures completion(s) wrong" >&2
    exit 1
fi
echo "bash completion ok"
