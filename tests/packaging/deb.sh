#!/usr/bin/env bash
# Builds the .deb with CPack, installs it with apt-get, uses the installed copy (version, man
# page, German help, a demo upgrade, the wizard starting), purges it and checks that nothing of
# it is left.   deb.sh BUILD_DIR SOURCE_DIR APP_ID VERSION
# Needs root (CI runs as root) and every Depends/Recommends already installed (tools/setup.sh
# installs them, and the test checks it before it installs), so apt-get never downloads anything.
set -euo pipefail

build=$1 source=$2 id=$3 version=$4
package=magento-upgrade-assistant
program=/usr/bin/$package

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
need() { # need TOOL PACKAGE
    command -v "$1" >/dev/null || fail "$1 is missing: install the Debian package $2 (tools/setup.sh lists it)"
}
step() { echo "== $*"; }

[ "$(id -u)" -eq 0 ] || fail "this test installs the .deb with apt-get, so it must run as root"
need "${CPACK:-cpack}" cmake
need apt-get apt
need dpkg-shlibdeps dpkg-dev
need man man-db
need desktop-file-validate desktop-file-utils
need file file

export DEBIAN_FRONTEND=noninteractive
apt=(apt-get -y -q -o DPkg::Lock::Timeout=300)
work=$(mktemp -d /tmp/mua-deb-XXXXXX)
installed_by_us=0
cleanup() {
    if [ "$installed_by_us" = 1 ] && dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q installed; then
        "${apt[@]}" purge "$package" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok'; then
    step "purging a $package left installed by an earlier run"
    "${apt[@]}" purge "$package" >/dev/null
fi

step "cpack -G DEB"
out=$work/packages
"${CPACK:-cpack}" -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
debs=("$out"/${package}_"${version}"_*.deb)
[ -f "${debs[0]}" ] || { cat "$work/cpack.log"; fail "no ${package}_${version}_*.deb in $out"; }
deb=${debs[0]}
echo "$deb ($(du -h "$deb" | cut -f1))"

step "control fields"
field() { dpkg-deb -f "$deb" "$1"; }
dpkg-deb -f "$deb"
[ "$(field Package)" = "$package" ] || fail "Package is $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version $(field Version) is not the project's $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is $(field Architecture)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
case "$(field Section)" in admin | devel) ;; *) fail "Section is '$(field Section)', not admin or devel" ;; esac
depends=$(field Depends) recommends=$(field Recommends) suggests=$(field Suggests)
for p in libc6 libqt6core6 libqt6widgets6 libqt6network6 libqt6svg6 php-cli qt6-qpa-plugins; do
    grep -qE "(^|, )$p( |,|$)" <<<"$depends" || fail "Depends lacks $p: $depends"
done
for p in php-symfony-console openssh-client sshfs mariadb-client; do
    grep -qE "(^|, )$p( |,|$)" <<<"$recommends, $suggests" || fail "Recommends/Suggests lack $p"
done
[ "$(field Description | wc -l)" -ge 4 ] || fail "the description has no long part"

step "contents"
dpkg-deb -c "$deb" | awk '{print $6}' | sort >"$work/contents"
for f in ./usr/bin/$package ./usr/share/applications/$id.desktop ./usr/share/metainfo/$id.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/$id.svg ./usr/share/man/man1/$package.1.gz \
    ./usr/share/bash-completion/completions/$package; do
    grep -qx "$f" "$work/contents" || fail "the package lacks $f"
done
for size in 16 22 24 32 48 64 128 256; do
    grep -qx "./usr/share/icons/hicolor/${size}x$size/apps/$id.png" "$work/contents" || fail "no ${size}x$size icon"
done
! grep -E '^\./usr/local/|^\./(home|tmp|root)/|mua_render_icon|/tst_' "$work/contents" ||
    fail "the package holds files that do not belong in it"

step "every Depends and Recommends is installed already (so apt needs no download)"
for p in $(sed 's/([^)]*)//g; s/,/\n/g' <<<"$depends, $recommends" | tr -d ' ' | sed '/^$/d'); do
    ok=0
    for alt in ${p//|/ }; do
        dpkg-query -W -f='${Status}' "$alt" 2>/dev/null | grep -q 'install ok installed' && ok=1
    done
    [ "$ok" = 1 ] || fail "$p is not installed: add it to the packages in tools/setup.sh"
    case "$p" in lib* | *'|'*) ;; *)
        grep -qE "(^|[ (])$p( |$)" "$source/tools/setup.sh" || fail "$p is not in tools/setup.sh's packages" ;;
    esac
done

step "apt-get install $deb"
installed_by_us=1
"${apt[@]}" install "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install failed"; }
dpkg-query -W -f='${Status} ${Version}\n' "$package"
dpkg-query -W -f='${Status}' "$package" | grep -q 'install ok installed' || fail "$package is not installed"
dpkg -L "$package" | sort >"$work/listed"

step "the installed program"
[ "$(command -v "$package")" = "$program" ] || fail "$package on PATH is $(command -v "$package"), not $program"
cd "$work"
[ "$("$program" --version)" = "$package $version" ] || fail "--version says: $("$program" --version)"

help_de=$(env LANGUAGE=de LC_ALL=C.UTF-8 "$program" --help)
help_fr=$(env LANGUAGE=fr LC_ALL=C.UTF-8 "$program" --help)
help_en=$(env LANGUAGE=en LC_ALL=C.UTF-8 "$program" --help)
head -n 1 <<<"$help_de" | grep -qx 'Aufruf:' || fail "LANGUAGE=de --help is not German: $(head -n 3 <<<"$help_de")"
grep -q 'den Assistenten öffnen' <<<"$help_de" || fail "LANGUAGE=de --help is not German"
head -n 1 <<<"$help_fr" | grep -q '^Utilisation' || fail "LANGUAGE=fr --help is not French: $(head -n 1 <<<"$help_fr")"
head -n 1 <<<"$help_en" | grep -qx 'Usage:' || fail "LANGUAGE=en --help is not English"
echo "LANGUAGE=de: $(head -n 2 <<<"$help_de" | tail -n 1)"

manual=$(MANWIDTH=100 man -P cat "$package" 2>&1) || fail "man $package: $manual"
grep -q 'EXIT STATUS' <<<"$manual" || fail "man $package shows no EXIT STATUS"
grep -q "$package $version" <<<"$manual" || fail "the man page is not of version $version"
echo "man: $(head -n 1 <<<"$manual")"

bash -c "source /usr/share/bash-completion/completions/$package && complete -p $package" >/dev/null ||
    fail "the installed bash completion does not register itself"

step "a demo upgrade with the installed copy"
"$program" demo-store "$work/shop" || fail "demo-store failed"
"$program" inspect "$work/shop" >"$work/inspect.txt" || { cat "$work/inspect.txt"; fail "inspect failed"; }
grep -q '2\.4' "$work/inspect.txt" || { cat "$work/inspect.txt"; fail "inspect does not see a 2.4 store"; }
"$program" inspect "$work/shop" --json | grep -q '"version"' || fail "inspect --json has no version"
"$program" plan "$work/shop" >/dev/null || fail "plan failed"
rc=0
"$program" upgrade "$work/shop" --yes --report "$work/report.json" >"$work/upgrade.txt" 2>&1 || rc=$?
[ "$rc" = 0 ] || { tail -n 40 "$work/upgrade.txt"; fail "upgrade --yes exited $rc"; }
grep -q '^Done: ' "$work/upgrade.txt" || { tail -n 20 "$work/upgrade.txt"; fail "upgrade did not say Done"; }
grep -q 'setup:upgrade' "$work/upgrade.txt" || fail "the upgrade did not run setup:upgrade"
[ -s "$work/report.json" ] || fail "no report"
tail -n 2 "$work/upgrade.txt"
rc=0
"$program" upgrade "$work/shop" >/dev/null 2>&1 || rc=$?
[ "$rc" = 2 ] || fail "upgrade without --yes exited $rc, not 2"

step "the installed wizard starts"
rc=0
env QT_QPA_PLATFORM=offscreen timeout -s TERM 5 "$program" --demo >"$work/gui.txt" 2>&1 || rc=$?
[ "$rc" = 124 ] || { cat "$work/gui.txt"; fail "the wizard ended by itself (exit $rc) instead of running"; }

step "desktop entry, AppStream metadata, icons"
desktop-file-validate "/usr/share/applications/$id.desktop" || fail "the installed desktop file is not valid"
grep -qx "Icon=$id" "/usr/share/applications/$id.desktop" || fail "the desktop file's Icon is not $id"
grep -q "<id>$id</id>" "/usr/share/metainfo/$id.metainfo.xml" || fail "the metainfo id is not $id"
grep -q "<release version=\"$version\"" "/usr/share/metainfo/$id.metainfo.xml" || fail "no release $version"
file "/usr/share/icons/hicolor/scalable/apps/$id.svg" | grep -q 'SVG' || fail "the scalable icon is not an SVG"
for size in 16 22 24 32 48 64 128 256; do
    file "/usr/share/icons/hicolor/${size}x$size/apps/$id.png" | grep -q "PNG image data, $size x $size" ||
        fail "the ${size}x$size icon is wrong"
done
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "/usr/share/metainfo/$id.metainfo.xml" >/dev/null ||
        fail "the installed metainfo is not valid"
fi

step "apt-get purge $package"
cd /
"${apt[@]}" purge "$package" >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "apt-get purge failed"; }
installed_by_us=0
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'installed'; then
    fail "$package is still installed after the purge"
fi
left=0
while IFS= read -r path; do
    [ "$path" = /. ] && continue
    if [ -d "$path" ] && [ ! -L "$path" ]; then
        # Shared folders stay; one of ours that is empty and owned by no other package must go.
        if ! dpkg -S "$path" >/dev/null 2>&1 && [ -z "$(ls -A "$path")" ]; then
            echo "left behind: empty folder $path" >&2
            left=$((left + 1))
        fi
    elif [ -e "$path" ] || [ -L "$path" ]; then
        echo "left behind: $path" >&2
        left=$((left + 1))
    fi
done <"$work/listed"
[ "$left" = 0 ] || fail "$left path(s) of the package are still there after the purge"
echo "purged: none of the $(wc -l <"$work/listed") paths dpkg -L listed is left"
echo "deb ok"
