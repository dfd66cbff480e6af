#!/usr/bin/env bash
# Checks SMSSpec as another package uses it: the example package's build and tests, a no-op rebuild that runs
# nothing, the command plugin (on a `specs:` target too), and both plugins' errors on broken targets (each made
# by editing the example in place, then restored). Run from anywhere; CI runs it after `swift test`.
set -euo pipefail
cd "$(dirname "$0")/SMSSpecExample"
example=$PWD
backup=$(mktemp -d)
cp -R Sources "$backup/"
restore() { rm -rf "$example/Sources" && cp -R "$backup/Sources" "$example/Sources" && rm -rf "$backup"; }
trap restore EXIT

# SwiftPM itself has died of a segmentation fault in this script (once in a `swift test`, once in a `swift build`,
# in two CI runs; neither again when re-run): a swift run killed by a signal (status 128 or more) runs once more, and
# says so. Any other failure counts as it is.
swiftpm() {
    local status=0
    swift "$@" || status=$?
    if [ "$status" -ge 128 ]; then
        echo "  (swift $* died of signal $((status - 128)); running it once more)" >&2
        status=0
        swift "$@" || status=$?
    fi
    return "$status"
}
export -f swiftpm

log=$(mktemp)
failures=0
check() { # description, then a command that must succeed
    local description=$1; shift
    if "$@"; then echo "ok: $description"; else echo "FAILED: $description"; failures=$((failures + 1)); fi
}
build_fails_with() { # expected text (a grep -E pattern)
    if swiftpm build >"$log" 2>&1; then echo "  the build succeeded"; return 1; fi
    grep -Eq "$1" "$log" || { echo "  expected /$1/ in:"; grep -E "error" "$log" | head -5; return 1; }
}
reset() { rm -rf "$example/Sources" && cp -R "$backup/Sources" "$example/Sources"; }

# The example's tests; on a failure, enough of the log to see why (a crash's backtrace included).
if swiftpm test >"$log" 2>&1; then tail -3 "$log"; else tail -80 "$log"; echo "FAILED: the example's swift test"; exit 1; fi

check "a no-op rebuild runs no generator" bash -c \
    'swiftpm build >/dev/null 2>&1 && ! swiftpm build 2>&1 | grep -q "Generating SMS provider code"'

touch "$log.marker"
sleep 1
sed 's/name: Alpha SMS}/name: Alpha SMS Gateway}/' Sources/RegionalSMS/alpha.yaml > "$log" && cp "$log" Sources/RegionalSMS/alpha.yaml
check "editing one spec runs that spec's generator only and changes no other target's or spec's output" bash -c '
    swiftpm build >"$0" 2>&1 && grep -q "Generating SMS provider code for RegionalSMS from alpha\.yaml" "$0" &&
    ! grep -Eq "Generating SMS provider code for (RegionalSMS from beta\.yaml|RegionalSMS: the catalog|[^R])" "$0" &&
    changed=$(find .build/plugins/outputs -type f -newer "$0.marker" | sed "s|.*/GeneratedSources/||") &&
    echo "$changed" | grep -q "^alpha/alpha\.models\.swift$" &&
    { ! echo "$changed" | grep -v "^alpha/"; } || { echo "  changed: $changed"; false; }' "$log"
rm -f "$log.marker"
reset

mv Sources/RegionalSMS/alpha.yaml Sources/RegionalSMS/beta.yaml "$backup/"
check "a target with no spec says what to do" build_fails_with "Target 'RegionalSMS' has no SMS specs\. Add a provider spec"
reset

printf '\ntabels: {}\n' >> Sources/AcmeSMS/acme.yaml
check "a spec error is reported against the downstream file" \
    build_fails_with "$example/Sources/AcmeSMS/acme\.yaml:[0-9]+:1: error: unknown key 'tabels' in the spec \(did you mean 'tables'\?\)"
reset

sed 's/name: Beta SMS/name: Another Alpha/; s/id: beta/id: alpha/' Sources/RegionalSMS/beta.yaml > Sources/RegionalSMS/gamma.yaml
check "two specs claiming one provider id are reported" \
    build_fails_with "gamma\.yaml:1:[0-9]+: error: provider id 'alpha' is already claimed by .*alpha\.yaml:1"
reset

printf 'specs: ./no-such-folder\n' >> Sources/AcmeSMS/smsspec-config.yaml
check "an unreadable spec folder in the configuration says what to do" \
    build_fails_with "names .*no-such-folder, which is not a readable directory"
reset

cp Sources/RegionalSMS/alpha.yaml Sources/RegionalSMS/alpha.yml
check "two specs with one name are refused by the build plugin" \
    build_fails_with "alpha\.yml:1:1: error: this spec and .*alpha\.yaml would both generate alpha\.\*\.swift; rename one of them"
check "two specs with one name are refused by the command plugin" bash -c '
    ! swiftpm package --allow-writing-to-package-directory smsspec-generate --target RegionalSMS >"$0" 2>&1 &&
    grep -q "alpha\.yml:1:1: error: this spec and .*alpha\.yaml would both generate" "$0" && test ! -d Sources/RegionalSMS/Generated' "$log"
reset

printf 'acessLevel: public\n' >> Sources/AcmeSMS/smsspec-config.yaml
check "a misspelt configuration key is located" \
    build_fails_with "smsspec-config\.yaml:[0-9]+:1: error: unknown key 'acessLevel' in the configuration \(did you mean 'accessLevel'\?\)"
reset

check "the command plugin writes the generated sources into the target" bash -c '
    swiftpm package --allow-writing-to-package-directory smsspec-generate --target AcmeSMS >/dev/null 2>&1 &&
    test -f Sources/AcmeSMS/Generated/acme.models.swift && test -f Sources/AcmeSMS/Generated/smsspec.catalog.swift'
reset

check "the command plugin generates a target whose specs come from its configuration's specs: folder" bash -c '
    swiftpm package --allow-writing-to-package-directory smsspec-generate --target PackageSMS >/dev/null 2>&1 &&
    grep -q "^package enum Gamma" Sources/PackageSMS/Generated/gamma.models.swift &&
    grep -q "enum PackageCatalog" Sources/PackageSMS/Generated/smsspec.catalog.swift'
reset

rm -f "$log"
if [ "$failures" -gt 0 ]; then echo "$failures plugin check(s) failed"; exit 1; fi
echo "all plugin checks passed"
