#!/usr/bin/env bash
# One entry point for the README's two commands and for CI:
#   bash tools/setup.sh demo   install what is needed, build, open the wizard on a sandbox store
#   bash tools/setup.sh test   install what is needed, build, run the whole test suite
#   bash tools/setup.sh build  install and build only
# Safe to run again: packages already present are not reinstalled, the build is incremental.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-demo}
build=${MUA_BUILD_DIR:-$here/build}

# Everything the build, the demo and the tests need, from Debian 12's archive.
packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qt6-translations-l10n libgl-dev libqt6svg6 qt6-qpa-plugins
    clang libclang-rt-14-dev
    php-cli php-symfony-console composer zip unzip
    xvfb xauth x11-apps imagemagick fonts-dejavu-core
    util-linux mount procps acl zsh
    openssh-server openssh-client sshfs fuse3
    mariadb-server-core mariadb-client
    ansible-core
    dpkg-dev file man-db desktop-file-utils appstream
)

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build_project() {
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build" --parallel "$(nproc)"
}

case "$mode" in
    demo)
        install_packages
        build_project
        program="$build/app/magento-upgrade-assistant"
        if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
            exec "$program" --demo
        fi
        echo "No display here: opening the wizard on a virtual X display (Xvfb); close it with Ctrl-C."
        exec xvfb-run -a -s "-screen 0 1280x900x24" "$program" --demo
        ;;
    test)
        install_packages
        build_project
        cd "$build"
        QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 900
        ;;
    build)
        install_packages
        build_project
        ;;
    *)
        echo "usage: bash tools/setup.sh demo|test|build" >&2
        exit 2
        ;;
esac
