#!/usr/bin/env bash
# The Ansible role and playbook of packaging/ansible/ on fleets of sandbox stores, all on this machine
# through Ansible's local connection.
#
# Rollout 1, one store at a time (mua_batch=1):
#   store1, store2  normal: upgraded, reports fetched with result "succeeded"
#   store3          setup:upgrade fails (fake bin/magento switch): report fetched with result "failed"
#   store4          listed after store3: must not be touched, because the rollout stops at store3
# Rollout 2, in batches of two (mua_batch=2), which only any_errors_fatal / max_fail_percentage stop:
#   store5          fails (maintenance:enable)      } one batch: both run to the end and report
#   store6          normal: upgraded                }
#   store7          the next batch: must not be touched
# Also: --syntax-check, and a host without mua_store_root failing early with a clear message.
#
# Usage: run-fleet-test.sh PROGRAM   (the built magento-upgrade-assistant)
# Exit 0 passed, 1 failed (also when ansible-playbook is missing: tools/setup.sh installs it).
set -euo pipefail

program=${1:?usage: run-fleet-test.sh PATH/TO/magento-upgrade-assistant}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
playbook=$(cd "$here/../../../packaging/ansible" && pwd)/upgrade.yml

fail() { echo "FAIL: $*" >&2; exit 1; }
check() { echo "check: $*"; }

command -v ansible-playbook >/dev/null ||
    fail "ansible-playbook is not installed: run bash tools/setup.sh test (or apt-get install ansible-core)"
[ -x "$program" ] || fail "$program is not an executable"
program=$(cd "$(dirname "$program")" && pwd)/$(basename "$program")
[ -f "$playbook" ] || fail "$playbook is missing"
command -v python3 >/dev/null || fail "python3 is needed to read the reports"

work=$(mktemp -d "${TMPDIR:-/tmp}/mua-ansible-test.XXXXXX")
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# Everything Ansible writes stays in the temporary folder (HOME included); no colours, no
# interpreter discovery, no ansible.cfg or inventory from the caller's environment.
export HOME=$work/home
export ANSIBLE_HOME=$work/ansible-home
export ANSIBLE_LOCAL_TEMP=$work/ansible-tmp
export ANSIBLE_REMOTE_TEMP=$work/ansible-remote-tmp
export ANSIBLE_NOCOLOR=1 ANSIBLE_FORCE_COLOR=0
export ANSIBLE_PYTHON_INTERPRETER=/usr/bin/python3
export ANSIBLE_RETRY_FILES_ENABLED=0
export ANSIBLE_CONFIG=$work/no-ansible.cfg
unset ANSIBLE_INVENTORY ANSIBLE_ROLES_PATH ANSIBLE_STDOUT_CALLBACK ANSIBLE_STRATEGY ANSIBLE_FORKS
mkdir -p "$HOME" "$ANSIBLE_HOME" "$ANSIBLE_LOCAL_TEMP" "$ANSIBLE_REMOTE_TEMP"

# store N: a sandbox store in $work/storeN.  fail_in N COMMAND: make the fake bin/magento fail there.
store() {
    "$program" demo-store "$work/store$1" </dev/null >/dev/null || fail "demo-store $work/store$1 failed"
}
fail_in() {
    mkdir -p "$work/store$1/.fake-magento"
    printf '{"fail": {"%s": "%s"}}\n' "$2" "$3" >"$work/store$1/.fake-magento/switches.json"
}
# A fingerprint of a store: every path with its size, modification time and mode.
fingerprint() { (cd "$1" && find . -printf '%p %s %T@ %m\n' | LC_ALL=C sort); }
# inventory FILE N...: stores N... in the group magento_stores, in that order.
inventory() {
    local file=$1 n
    shift
    echo "[magento_stores]" >"$file"
    for n in "$@"; do
        echo "store$n ansible_connection=local mua_store_root=$work/store$n" >>"$file"
    done
}
# playbook NAME INVENTORY ARGS...: runs ansible-playbook, output in $work/NAME.out, exit code in $rc.
playbook() {
    local name=$1 inv=$2
    shift 2
    set +e
    ansible-playbook -i "$inv" "$playbook" -e "mua_program=$program" "$@" </dev/null >"$work/$name.out" 2>&1
    rc=$?
    set -e
    sed 's/^/    | /' "$work/$name.out"
}
# report FILE KEY: a top-level value of a report as text ("null" when null).
report() {
    python3 - "$1" "$2" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    value = json.load(f).get(sys.argv[2])
print("null" if value is None else value)
PY
}
# succeeded DIR N: store N upgraded, with its report in DIR.
succeeded() {
    local r=$1/store$2.json
    check "store$2: report fetched to $r with result succeeded"
    [ -f "$r" ] || fail "no report fetched for store$2"
    [ "$(report "$r" result)" = succeeded ] || fail "store$2's report says $(report "$r" result), not succeeded"
    [ "$(report "$r" store)" = "$work/store$2" ] || fail "store$2's report is about $(report "$r" store)"
    check "store$2: out of maintenance"
    [ ! -e "$work/store$2/var/.maintenance.flag" ] || fail "store$2 was left in maintenance"
}
# failed DIR N STEP: store N failed at STEP, with its report in DIR.
failed() {
    local r=$1/store$2.json
    check "store$2: report fetched with result failed and failedStep $3"
    [ -f "$r" ] || fail "no report fetched for store$2 (the report must come back when the upgrade fails)"
    [ "$(report "$r" result)" = failed ] || fail "store$2's report says $(report "$r" result), not failed"
    [ "$(report "$r" failedStep)" = "$3" ] || fail "store$2's failed step is $(report "$r" failedStep), not $3"
}
# untouched DIR N OUT FINGERPRINT: store N was not reached by the playbook whose output is OUT.
untouched() {
    check "store$2: not reached (no task, no report, no log, files unchanged)"
    ! grep -qE "^(ok|changed|skipping|failed|fatal): \[store$2\]" "$3" ||
        fail "Ansible ran tasks on store$2 after an earlier store failed"
    [ ! -e "$1/store$2.json" ] || fail "store$2 has a report: the rollout did not stop"
    [ -z "$(find "$work/store$2/var/log" -name 'upgrade-assistant-*' 2>/dev/null)" ] ||
        fail "store$2 has upgrade-assistant logs or reports: it was upgraded"
    [ "$(fingerprint "$work/store$2")" = "$4" ] || fail "store$2's files changed"
}

echo "== sandbox stores in $work"
for n in 1 2 3 4 5 6 7; do store "$n"; done
fail_in 3 setup:upgrade "SQLSTATE[42S02]: Base table or view not found"
fail_in 5 maintenance:enable ""
[ "$(find "$work/store4/generated/code" -type f | wc -l)" -gt 0 ] ||
    fail "the sandbox store has no generated code to watch"
store4_before=$(fingerprint "$work/store4")
store7_before=$(fingerprint "$work/store7")

echo "== ansible-playbook --syntax-check"
inventory "$work/inventory-1.ini" 1 2 3 4
ansible-playbook -i "$work/inventory-1.ini" "$playbook" --syntax-check </dev/null >"$work/syntax.out" 2>&1 ||
    { cat "$work/syntax.out" >&2; fail "ansible-playbook --syntax-check failed"; }

echo "== a store without mua_store_root fails early with a clear message"
printf '[magento_stores]\nnostore ansible_connection=local\n' >"$work/inventory-noroot.ini"
playbook noroot "$work/inventory-noroot.ini" -e "mua_reports_dir=$work/reports-noroot"
check "exit code without mua_store_root is non-zero (got $rc)"
[ "$rc" -ne 0 ] || fail "the playbook succeeded without mua_store_root"
check "the message names mua_store_root"
grep -q "mua_store_root is not set for nostore" "$work/noroot.out" ||
    fail "no clear message about the missing mua_store_root"

echo "== rollout 1: stores 1-4, one at a time; store3 fails"
reports=$work/reports-1
playbook rollout-1 "$work/inventory-1.ini" -e "mua_reports_dir=$reports" -e mua_batch=1
check "ansible-playbook exits non-zero because store3 failed (got $rc)"
[ "$rc" -ne 0 ] || fail "ansible-playbook exited 0 although store3's upgrade failed"
succeeded "$reports" 1
succeeded "$reports" 2
failed "$reports" 3 setup-upgrade
check "store3: the failure message carries the exit code, the failed step and the next command"
grep -qF "store3 ($work/store3): failed (exit code 1, failed step setup-upgrade)" "$work/rollout-1.out" ||
    fail "the playbook's failure message does not say that store3 failed at setup-upgrade with exit code 1"
grep -qF "Next: magento-upgrade-assistant upgrade $work/store3 --yes --resume" "$work/rollout-1.out" ||
    fail "the playbook's failure message lacks the report's next command"
untouched "$reports" 4 "$work/rollout-1.out" "$store4_before"

echo "== rollout 2: stores 5-7 in batches of two; store5 fails, store6 in its batch finishes"
reports=$work/reports-2
inventory "$work/inventory-2.ini" 5 6 7
playbook rollout-2 "$work/inventory-2.ini" -e "mua_reports_dir=$reports" -e mua_batch=2
check "ansible-playbook exits non-zero because store5 failed (got $rc)"
[ "$rc" -ne 0 ] || fail "ansible-playbook exited 0 although store5's upgrade failed"
failed "$reports" 5 maintenance-on
succeeded "$reports" 6
untouched "$reports" 7 "$work/rollout-2.out" "$store7_before"

echo "PASS: stores upgraded one at a time and in batches; each rollout stopped at its first failure"
