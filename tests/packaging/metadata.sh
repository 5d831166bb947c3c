#!/usr/bin/env bash
# The desktop integration files, checked from the build tree (no install needed):
#   metadata.sh desktop  DESKTOP_FILE APP_ID
#   metadata.sh metainfo METAINFO_FILE APP_ID VERSION DATE
#   metadata.sh manpage  MAN_PAGE
#   metadata.sh icons    ICON_DIR APP_ID SIZE...
#   metadata.sh tree     BUILD_DIR APP_ID      (cmake --install into a scratch prefix, validate-tree)
#   metadata.sh options  PROGRAM MAN_PAGE COMPLETION
# A missing validator is a failure, never a skip: tools/setup.sh installs them.
set -euo pipefail

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
need() { # need TOOL PACKAGE
    command -v "$1" >/dev/null || fail "$1 is missing: install the Debian package $2 (tools/setup.sh lists it)"
}

mode=$1
shift
case "$mode" in
desktop)
    file=$1 id=$2
    need desktop-file-validate desktop-file-utils
    [ "$(basename "$file")" = "$id.desktop" ] || fail "the desktop file is not named $id.desktop"
    out=$(desktop-file-validate "$file" 2>&1) || fail "desktop-file-validate: $out"
    [ -z "$out" ] || fail "desktop-file-validate has remarks: $out"
    grep -qx "Icon=$id" "$file" || fail "Icon= is not $id"
    grep -qx 'Exec=magento-upgrade-assistant %f' "$file" || fail "Exec= does not start the program"
    echo "desktop file ok: $file"
    ;;
metainfo)
    file=$1 id=$2 version=$3 date=$4
    need appstreamcli appstream
    [ "$(basename "$file")" = "$id.metainfo.xml" ] || fail "the metainfo file is not named $id.metainfo.xml"
    appstreamcli validate --no-net --explain "$file" || fail "appstreamcli validate --no-net"
    grep -q "<id>$id</id>" "$file" || fail "the component id is not $id"
    grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$file" || fail "no launchable $id.desktop"
    grep -q "<release version=\"$version\" date=\"$date\">" "$file" ||
        fail "no <release> for the project's version $version of $date"
    grep -q '<content_rating type="oars-1.1"' "$file" || fail "no OARS 1.1 content rating"
    shots=$(grep -c '<image type="source">https://' "$file") || true
    [ "$shots" -ge 3 ] || fail "fewer than 3 https:// screenshots"
    # Every screenshot named in the metainfo exists in docs/screenshots/.
    src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    for png in $(grep -o '[^/]*\.png</image>' "$file" | sed 's|</image>||'); do
        [ -f "$src/docs/screenshots/$png" ] || fail "screenshot $png is not in docs/screenshots/"
    done
    echo "metainfo ok: $file"
    ;;
manpage)
    file=$1
    need man man-db
    grep -q '@[A-Z_]*@' "$file" && fail "unsubstituted @VARIABLE@ in $file"
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$file" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man page warnings: $warnings"
    text=$(LC_ALL=C.UTF-8 MANWIDTH=100 man -l -P cat "$file" 2>/dev/null)
    for section in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS 'EXIT STATUS' FILES EXAMPLES; do
        grep -qx "$section" <<<"$text" || fail "the man page has no $section section"
    done
    status=$(sed -n '/^EXIT STATUS$/,/^[A-Z]/p' <<<"$text")
    for code in 0 1 2 3 130; do
        grep -qE "^ +$code( |$)" <<<"$status" || fail "the man page's EXIT STATUS does not explain $code"
    done
    echo "man page ok: $file"
    ;;
icons)
    dir=$1 id=$2
    shift 2
    need file file
    for size in "$@"; do
        png=$dir/${size}x$size/$id.png
        [ -s "$png" ] || fail "$png is missing"
        file "$png" | grep -q "PNG image data, $size x $size, 8-bit/color RGBA" ||
            fail "$png is not a ${size}x$size RGBA PNG: $(file -b "$png")"
    done
    echo "icons ok: $*"
    ;;
tree)
    build=$1 id=$2
    need appstreamcli appstream
    prefix=$(mktemp -d /tmp/mua-tree-XXXXXX)
    trap 'rm -rf "$prefix"' EXIT
    "${CMAKE:-cmake}" --install "$build" --prefix "$prefix/usr" >/dev/null
    for f in "usr/share/applications/$id.desktop" "usr/share/metainfo/$id.metainfo.xml" \
        "usr/share/icons/hicolor/scalable/apps/$id.svg" "usr/share/icons/hicolor/48x48/apps/$id.png" \
        usr/share/man/man1/magento-upgrade-assistant.1.gz \
        usr/share/bash-completion/completions/magento-upgrade-assistant usr/bin/magento-upgrade-assistant; do
        [ -e "$prefix/$f" ] || fail "cmake --install did not install /$f"
    done
    # validate-tree also checks that the launchable desktop entry and the icon are where they belong.
    appstreamcli validate-tree --no-net --explain "$prefix" || fail "appstreamcli validate-tree --no-net"
    echo "install tree ok"
    ;;
options)
    program=$1 manpage=$2 completion=$3
    help=$(LANGUAGE=en LC_ALL=C.UTF-8 "$program" --help)
    options=$(grep -oE -- '--[a-z][a-z-]+' <<<"$help" | sort -u)
    [ -n "$options" ] || fail "no options in --help"
    # Exact option names: "\-\-ssh" must not pass for "\-\-ssh\-config".
    in_man=$(sed 's/\\-/-/g' "$manpage" | grep -oE -- '--[a-z][a-z-]*[a-z]' | sort -u)
    in_completion=$(grep -oE -- '--[a-z][a-z-]*[a-z]' "$completion" | sort -u)
    for o in $options; do
        grep -qx -- "$o" <<<"$in_man" || fail "the man page does not mention $o"
        grep -qx -- "$o" <<<"$in_completion" || fail "the bash completion does not know $o"
    done
    for c in inspect plan upgrade rollback backups demo-store; do
        esc=$(sed 's/-/\\-/g' <<<"$c")
        grep -q "magento-upgrade-assistant $c " <<<"$help" || fail "--help does not list $c"
        grep -qF -e ".B $esc" -e ".BI $esc" "$manpage" || fail "the man page does not describe $c"
        grep -qw -- "$c" "$completion" || fail "the bash completion does not know $c"
    done
    echo "man page and completion know all of: $(tr '\n' ' ' <<<"$options")"
    ;;
*)
    fail "unknown mode $mode"
    ;;
esac
