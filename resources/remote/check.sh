LC_ALL=C; export LC_ALL;
cd -P -- "$1" 2>/dev/null || { echo mua-root=missing; exit 0; };
echo mua-root=ok;
if [ -f bin/magento ]; then echo mua-magento=yes; else echo mua-magento=no; fi;
if [ -f app/etc/env.php ]; then
echo "mua-env=$( { sha256sum app/etc/env.php || shasum -a 256 app/etc/env.php; } 2>/dev/null | cut -c1-64)";
echo "mua-owner=$(stat -c %u app/etc/env.php 2>/dev/null)";
echo "mua-ownername=$(stat -c %U app/etc/env.php 2>/dev/null)";
fi;
if [ -f var/.upgrade-assistant.lock ]; then
echo "mua-lock=$(sed -n 's/.*"token"[^"]*"\([^"]*\)".*/\1/p' var/.upgrade-assistant.lock | head -n 1)";
fi;
echo "mua-uid=$(id -u)"; echo "mua-user=$(id -un)"
