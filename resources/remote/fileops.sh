exec 2>&1;
LC_ALL=C; export LC_ALL; PATH=/usr/local/bin:/usr/bin:/bin; export PATH;
refuse() { printf 'mua-refused=%s %s\n' "$1" "$2"; exit 3; };
cannot() { printf 'mua-cannot=%s\n' "$1"; exit 0; };
root=$1; rel=$2; op=$3; mode=$4;
case "/$rel/" in *//*|*/./*|*/../*) refuse path "$rel";; esac;
name=${rel##*/};
case $op/$name in remove/.upgrade-assistant-trash.*) ;; remove/*) refuse name "$rel";; esac;
cd -P -- "$root" 2>/dev/null || refuse root "$root";
top=$(pwd -P);
cur=.; rest=$rel;
while [ -n "$rest" ]; do
c=${rest%%/*};
case $rest in */*) rest=${rest#*/};; *) rest=;; esac;
cur=$cur/$c;
if [ -L "$cur" ]; then refuse link "${cur#./}"; fi;
if [ ! -e "$cur" ]; then printf 'mua-missing\n'; exit 0; fi;
if [ ! -d "$cur" ]; then refuse notdir "${cur#./}"; fi;
done;
cd -P -- "$cur" 2>/dev/null || refuse cd "$rel";
here=$(pwd -P);
[ "$here" = "$top/$rel" ] || refuse moved "$rel";
printf 'mua-top=%s\n' "$here";
mountsbelow() { awk -v p="$here/" '{ m = $5; gsub(/\\040/, " ", m); gsub(/\\011/, "\t", m);
gsub(/\\012/, "\n", m); gsub(/\\134/, "\\", m); if (index(m, p) == 1) f = 1 }
END { print (f ? "some" : "none") }' /proc/self/mountinfo 2>/dev/null; };
case $op in
stats) find -P . -xdev -mindepth 1 -printf '%y %s\n' | awk '{ n++; if ($1 == "d") d++; else f++;
if ($1 == "f") b += $2; if (n % 5000 == 0) { print "mua-progress=" n; fflush() } }
END { printf "mua-result files=%.0f folders=%.0f bytes=%.0f\n", f, d, b }';;
chmod) if [ "$(mountsbelow)" = none ]; then
n=$( { find -P . -xdev ! -type l -printf x 2>/dev/null | wc -c; } & chmod -R "$mode" .; wait );
printf 'mua-result entries=%s bytes=0\n' "${n:-0}";
else
inner='d=$(pwd -P); chmod "$0" -- "$@" 2>&1 >/dev/null | while IFS= read -r l; do
printf "mua-chmod-failed %s\t%s\n" "$d" "$l"; done >&2';
find -P . -xdev ! -type l -printf 'x\n' -execdir sh -c "$inner" "$mode" {} +
| awk '{ n++; if (n % 5000 == 0) { print "mua-progress=" n; fflush() } }
END { printf "mua-result entries=%.0f bytes=0\n", n }';
fi;;
empty) find -P . -xdev -mindepth 1 -links +0 -delete -printf '%y %s\n' | awk '{ n++; if ($1 == "f") b += $2;
if (n % 5000 == 0) { print "mua-progress=" n; fflush() } }
END { printf "mua-result entries=%.0f bytes=%.0f\n", n, b }';;
remove) find -P . -xdev -mindepth 1 -delete;
cd -P .. && [ "$(pwd -P)/$name" = "$here" ] && rmdir -- "$name" && printf 'mua-result entries=0 bytes=0\n';;
aside) command -v perl >/dev/null 2>&1 || cannot noperl;
[ "$(mountsbelow)" = none ] || cannot mount;
cd -P .. && [ "$(pwd -P)/$name" = "$here" ] || refuse moved "$rel";
said=$(perl -e 'my ($n, $t) = @ARGV; opendir(my $d, $n) or die "rename\n";
my @e = grep { $_ ne "." && $_ ne ".." } readdir($d); closedir($d); @e or die "empty\n";
my @s = lstat($n); my @p = lstat("."); $s[0] == $p[0] or die "mount\n";
!lstat($t) && rename($n, $t) or die "rename\n";
sub undo { rmdir($n); rename($t, $n) or die "stuck\n"; die "$_[0]\n" }
mkdir($n, 0700) or undo("mkdir"); chown($s[4], $s[5], $n); my @m = lstat($n);
$m[4] == $s[4] && $m[5] == $s[5] or undo("owner"); chmod($s[2] & 07777, $n) or undo("mode");
print "moved\n"' "$name" "$mode" 2>&1);
case $said in moved) ;; empty) printf 'mua-result moved=0\n'; exit 0;; stuck) refuse stuck "$mode";; *) cannot "$said";; esac;
if command -v getfacl >/dev/null 2>&1; then acl=$(getfacl -cps -- "$mode" 2>/dev/null);
if [ -n "$acl" ]; then printf '%s\n' "$acl" | setfacl --set-file=- -- "$name" || {
rmdir -- "$name"; perl -e 'rename($ARGV[0], $ARGV[1]) or exit 1' "$mode" "$name" || refuse stuck "$mode"; cannot acl; }; fi; fi;
printf 'mua-result moved=1\n';;
keep) dest=$top/$mode; kept=$top/${mode%/*}; shift 4;
case $mode in */.|*/..|.upgrade-assistant-kept/*/*) refuse dest "$mode";; .upgrade-assistant-kept/?*) ;;
*) refuse dest "$mode";; esac;
if [ -L "$kept" ] || [ ! -d "$kept" ] || [ -e "$dest" ] || [ -L "$dest" ]; then refuse dest "$mode"; fi;
for n in "$@"; do case $n in ''|.|..|*/*) refuse path "$n";; esac; done;
cp -a --link -- . "$dest" 2>/dev/null || { rm -rf -- "$dest"; cp -a -- . "$dest"; } || exit 1;
for n in "$@"; do if [ -e "./$n" ] || [ -L "./$n" ]; then
rm -rf -- "$dest/$n"; cp -a -- "./$n" "$dest/$n" || exit 1; fi; done;
printf 'mua-result entries=0 bytes=0\n';;
*) refuse op "$op";;
esac
