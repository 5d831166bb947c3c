#!/bin/bash
# Writes the *.txt files next to this script: what the real Composer prints for each case that
# ComposerProblems reads (tests/core/tst_composerproblems.cpp). The files in the repository were
# made by Debian 12's composer 2.5.5 (2023-03-21) on PHP 8.2; run this again to see what another
# Composer prints (the ini file lists and the line numbers in them are the machine's).
#
# Offline: `path` repositories in a scratch folder, packagist.org off; the authentication cases
# ask a PHP built-in server on 127.0.0.1 that answers 401 or 403. Nothing else is touched.
#   bash tests/core/data/composer/capture.sh [OUTDIR]
set -u
out=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 1 ] && out=$1
work=$(mktemp -d)
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
export COMPOSER_HOME=$work/home COMPOSER_CACHE_DIR=$work/cache
unset COMPOSER COMPOSER_AUTH COMPOSER_MEMORY_LIMIT COLUMNS

# pkg DIR NAME VERSION TYPE REQUIRE-JSON [MORE-JSON]: one package of the path repository.
pkg() {
    mkdir -p "$work/repo/$1"
    printf '{"name":"%s","version":"%s","type":"%s","require":%s%s}\n' "$2" "$3" "$4" "$5" "${6:-}" \
        >"$work/repo/$1/composer.json"
}
pkg product-2.4.7 magento/product-community-edition 2.4.7 metapackage \
    '{"php":"~8.1.0||~8.2.0||~8.3.0","ext-bcmath":"*","ext-intl":"*","magento/framework":"103.0.7","magento/module-catalog":"104.0.7"}'
pkg product-2.4.8 magento/product-community-edition 2.4.8 metapackage \
    '{"php":"~8.2.0||~8.3.0||~8.4.0","ext-bcmath":"*","ext-intl":"*","ext-sodium":"*","magento/framework":"103.0.8","magento/module-catalog":"104.0.8"}'
pkg framework-103.0.7 magento/framework 103.0.7 magento2-library '{"php":"~8.1.0||~8.2.0||~8.3.0"}'
pkg framework-103.0.8 magento/framework 103.0.8 magento2-library '{"php":"~8.2.0||~8.3.0||~8.4.0","ext-sodium":"*"}'
pkg catalog-104.0.7 magento/module-catalog 104.0.7 magento2-module '{"magento/framework":"103.0.7"}'
pkg catalog-104.0.8 magento/module-catalog 104.0.8 magento2-module '{"magento/framework":"103.0.8"}'
# third-party modules: made for 2.4.7 (pins), for older releases (versions that are not there),
# one in two versions, one that declares a conflict, one that is fine, one that needs ext-gd
pkg legacy-1.0.0 acme/module-legacy 1.0.0 magento2-module '{"magento/framework":"103.0.7"}'
pkg multi-1.0.0 vendor/module-multi 1.0.0 magento2-module '{"magento/framework":"103.0.7"}'
pkg multi-1.1.0 vendor/module-multi 1.1.0 magento2-module '{"magento/framework":"103.0.7"}'
pkg pinned-2.0.0 other/module-pinned 2.0.0 magento2-module '{"magento/module-catalog":"104.0.7"}'
pkg shipping-1.0.0 acme/module-shipping 1.0.0 magento2-module '{"magento/framework":"103.0.6"}'
pkg reviews-2.1.0 vendor/module-reviews 2.1.0 magento2-module '{"magento/module-catalog":"104.0.5"}'
pkg conflicting-1.0.0 other/module-conflicting 1.0.0 magento2-module '{"magento/framework":"^103.0"}' \
    ',"conflict":{"magento/framework":">=103.0.8"}'
pkg fine-1.2.0 good/module-fine 1.2.0 magento2-module '{"magento/framework":"^103.0"}'
pkg pdf-1.0.0 acme/module-pdf 1.0.0 magento2-module '{"magento/framework":"^103.0","ext-gd":"*"}'
# a Composer plugin (type composer-plugin, a class that does nothing)
pkg plugin-1.0.0 acme/composer-helper 1.0.0 composer-plugin '{"composer-plugin-api":"^2.0"}' \
    ',"autoload":{"psr-4":{"Acme\\Helper\\":"src/"}},"extra":{"class":"Acme\\Helper\\Plugin"}'
mkdir -p "$work/repo/plugin-1.0.0/src"
cat >"$work/repo/plugin-1.0.0/src/Plugin.php" <<'PHP'
<?php
namespace Acme\Helper;
use Composer\Composer;
use Composer\IO\IOInterface;
use Composer\Plugin\PluginInterface;
class Plugin implements PluginInterface {
    public function activate(Composer $c, IOInterface $io) {}
    public function deactivate(Composer $c, IOInterface $io) {}
    public function uninstall(Composer $c, IOInterface $io) {}
}
PHP

PATHREPO='{"type": "path", "url": "'$work'/repo/*", "options": {"symlink": false}}'
PLATFORM='{"php": "8.2.20", "ext-bcmath": "8.2.20"}'
UPDATE=(composer update --no-install --no-plugins --no-scripts -n -W)

# store NAME REQUIRE-JSON [PLATFORM-JSON] [MORE-CONFIG] [REPOSITORY-JSON]: a root composer.json
store() {
    local d=$work/s/$1
    rm -rf "$d" && mkdir -p "$d"
    cat >"$d/composer.json" <<JSON
{
  "name": "acme/shop",
  "type": "project",
  "repositories": [${5:-$PATHREPO}, {"packagist.org": false}],
  "require": $2,
  "config": {"platform": ${3:-$PLATFORM}${4:+, $4}}
}
JSON
}
# capture NAME COMMAND…: run it in the store NAME, output (both streams) to NAME.txt
capture() {
    local name=$1
    shift
    (cd "$work/s/$name" && "$@" >"$out/$name.txt" 2>&1)
    echo "$name: exit $?"
}

store thirdparty-pins-framework '{"magento/product-community-edition": "2.4.8", "acme/module-legacy": "^1.0"}'
capture thirdparty-pins-framework "${UPDATE[@]}"
store thirdparty-two-versions '{"magento/product-community-edition": "2.4.8", "vendor/module-multi": "^1.0"}'
capture thirdparty-two-versions "${UPDATE[@]}"
store module-pins-catalog '{"magento/product-community-edition": "2.4.8", "other/module-pinned": "^2.0"}'
capture module-pins-catalog "${UPDATE[@]}"
store module-conflicts '{"magento/product-community-edition": "2.4.8", "other/module-conflicting": "^1.0"}'
capture module-conflicts "${UPDATE[@]}"
store root-pins-framework '{"magento/product-community-edition": "2.4.8", "magento/framework": "103.0.7"}'
capture root-pins-framework "${UPDATE[@]}"
store two-problems '{"magento/product-community-edition": "2.4.8", "acme/module-shipping": "^1.0", "acme/module-legacy": "^1.0"}'
capture two-problems "${UPDATE[@]}"
store two-problems-no-match '{"magento/product-community-edition": "2.4.8", "acme/module-shipping": "^1.0", "vendor/module-reviews": "^2.1"}'
capture two-problems-no-match "${UPDATE[@]}"

# a store locked at 2.4.7 whose composer.json now asks for 2.4.8: a full update names the module,
# a partial one (composer require … -W) only says that the new framework "was not loaded"
locked() {
    store "$1" '{"magento/product-community-edition": "2.4.7", "acme/module-legacy": "^1.0"}'
    (cd "$work/s/$1" && "${UPDATE[@]}" >/dev/null 2>&1)
}
locked locked-full-update
sed -i 's/"2.4.7"/"2.4.8"/' "$work/s/locked-full-update/composer.json"
capture locked-full-update composer update --no-install --no-plugins --no-scripts -n
locked locked-require-all
capture locked-require-all composer require magento/product-community-edition:2.4.8 --no-install --no-plugins \
    --no-scripts -n -W

store php-too-old '{"magento/product-community-edition": "2.4.8"}' '{"php": "8.1.20", "ext-bcmath": "8.1.20"}'
capture php-too-old "${UPDATE[@]}"
store php-too-new '{"magento/product-community-edition": "2.4.7"}' '{"php": "8.4.5", "ext-bcmath": "8.4.5"}'
capture php-too-new "${UPDATE[@]}"
# bcmath and gd are not in this machine's PHP (config.platform does not fake them here)
store extension-missing '{"magento/product-community-edition": "2.4.8"}' '{"php": "8.2.20"}'
capture extension-missing "${UPDATE[@]}"
store extensions-two-missing '{"magento/product-community-edition": "2.4.8", "acme/module-pdf": "^1.0"}' '{"php": "8.2.20"}'
capture extensions-two-missing "${UPDATE[@]}"
store extension-disabled '{"magento/product-community-edition": "2.4.8"}' \
    '{"php": "8.2.20", "ext-bcmath": "8.2.20", "ext-sodium": false}'
capture extension-disabled "${UPDATE[@]}"
store root-requires-platform '{"magento/product-community-edition": "2.4.8", "php": "~8.3.0", "ext-gd": "*"}'
capture root-requires-platform "${UPDATE[@]}"
store version-not-found '{"magento/product-community-edition": "9.9.9"}'
capture version-not-found "${UPDATE[@]}"
store package-not-found '{"magento/product-community-edition": "2.4.8", "acme/does-not-exist": "^1.0"}'
capture package-not-found "${UPDATE[@]}"

# a plugin not in allow-plugins: only an install loads plugins, so this one installs (in the scratch folder)
store plugin-blocked '{"magento/product-community-edition": "2.4.8", "acme/composer-helper": "^1.0"}' "" \
    '"allow-plugins": {"magento/*": true}'
capture plugin-blocked composer update --no-scripts -n -W
store plugin-blocked-wide '{"magento/product-community-edition": "2.4.8", "acme/composer-helper": "^1.0"}' "" \
    '"allow-plugins": {"magento/*": true}'
capture plugin-blocked-wide env COLUMNS=300 composer update --no-scripts -n -W

store success '{"magento/product-community-edition": "2.4.8", "good/module-fine": "^1.2"}'
capture success "${UPDATE[@]}"
# COMPOSER_MEMORY_LIMIT replaces Composer's own 1.5G floor: 10M lasts until the lock is written
store memory '{"magento/product-community-edition": "2.4.8", "good/module-fine": "^1.2"}'
capture memory env COMPOSER_MEMORY_LIMIT=10M "${UPDATE[@]}"

# a Composer repository that wants credentials (401) or refuses them (403), on 127.0.0.1
cat >"$work/router.php" <<'PHP'
<?php
if (str_starts_with($_SERVER['REQUEST_URI'], '/forbidden')) { http_response_code(403); return true; }
header('WWW-Authenticate: Basic realm="Repository"');
http_response_code(401);
return true;
PHP
port=18731 # the host Composer names is "127.0.0.1:18731" (tst_composerproblems expects it)
php -S 127.0.0.1:"$port" "$work/router.php" >/dev/null 2>&1 &
server_pid=$!
sleep 1
store auth-401 '{"magento/product-community-edition": "2.4.8"}' "" '"secure-http": false' \
    '{"type": "composer", "url": "http://127.0.0.1:'"$port"'"}'
printf '{"http-basic": {"127.0.0.1:%s": {"username": "public", "password": "wrong"}}}\n' "$port" \
    >"$work/s/auth-401/auth.json"
capture auth-401 "${UPDATE[@]}"
store auth-403 '{"magento/product-community-edition": "2.4.8"}' "" '"secure-http": false' \
    '{"type": "composer", "url": "http://127.0.0.1:'"$port"'/forbidden"}'
capture auth-403 "${UPDATE[@]}"
