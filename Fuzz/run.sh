#!/usr/bin/env bash
# Builds the libFuzzer harnesses (Fuzz/Package.swift) and runs each in turn, one process at a time.
#   Fuzz/run.sh --smoke                 a few seconds per harness (CI)
#   Fuzz/run.sh --seconds 600           each harness for 10 minutes
#   Fuzz/run.sh --runs 1000000 FuzzSegments FuzzPhoneNumbers
#   Fuzz/run.sh --replay                only re-run the saved reproducers in Fuzz/regressions/
# Options: --debug / --release (the build; --smoke builds debug, which compiles in about half the time, the rest
# release, which runs several times faster), --timeout S (one input; default 10),
# --rss-limit MB (default 2048), --ignore-crashes (fork mode: keep going after a crash, to find the next one),
# --seed N (libFuzzer's seed and Swift's deterministic hashing: the same inputs in the same order, a slower machine
# running a prefix of them; --smoke uses --seed 1, so a CI result reproduces; other runs explore a new seed each).
# Before fuzzing, every reproducer in Fuzz/regressions/<harness>/ is replayed: a fixed bug must stay fixed.
# A crash, leak, timeout or out-of-memory input is saved in Fuzz/.artifacts/<harness>/ and fails the run.
# See docs/fuzzing.md.
set -uo pipefail
fuzz_dir=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$fuzz_dir")
all=(FuzzSpecPipeline FuzzSpecRender FuzzMessages FuzzRoundTrip FuzzValidate FuzzFormDecoder FuzzTextAnswer FuzzJSONValue FuzzSegments FuzzPhoneNumbers)

limit=(-max_total_time=60)
configuration=release
timeout=10
rss_limit=2048
fork=()
replay_only=false
smoke=false
seed=()
harnesses=()
while [ $# -gt 0 ]; do
    case $1 in
        --smoke) limit=(-max_total_time=8); configuration=debug; timeout=30; smoke=true; [ ${#seed[@]} -gt 0 ] || seed=(-seed=1) ;;
        --seed) [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || { echo "error: --seed takes a positive number (libFuzzer reads 0 as a random seed)" >&2; exit 2; }
            seed=(-seed="$2"); shift ;;
        --debug) configuration=debug ;;
        --release) configuration=release ;;
        --seconds) limit=(-max_total_time="$2"); shift ;;
        --runs) limit=(-runs="$2"); shift ;;
        --replay) replay_only=true ;;
        --timeout) timeout=$2; shift ;;
        --rss-limit) rss_limit=$2; shift ;;
        --ignore-crashes) fork=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1) ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        Fuzz*) harnesses+=("$1") ;;
        *) echo "error: unknown argument '$1' (see $0 --help)" >&2; exit 2 ;;
    esac
    shift
done
[ ${#harnesses[@]} -gt 0 ] || harnesses=("${all[@]}")

echo "== building the harnesses ($configuration, AddressSanitizer, libFuzzer coverage)"
scratch="$fuzz_dir/.build"
# `swiftc -sanitize=fuzzer` links libFuzzer's own `main`, which clashes with the entry point SwiftPM gives every
# executable; so the modules get the same instrumentation by hand and the harnesses call LLVMFuzzerRunDriver.
libfuzzer=$(dirname "$(command -v swiftc)")/../lib/clang
libfuzzer=$(find "$libfuzzer" -name "libclang_rt.fuzzer_no_main-$(uname -m).a" | head -1)
[ -n "$libfuzzer" ] || { echo "error: the Swift toolchain has no libclang_rt.fuzzer_no_main" >&2; exit 1; }
build=(swift build -c "$configuration" --package-path "$fuzz_dir" --scratch-path "$scratch"
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table
    -Xcc -fsanitize=address,fuzzer-no-link -Xlinker "$libfuzzer" -Xlinker -lstdc++)
# A build that dies from a signal (SwiftPM itself has been seen to crash here, once, with nothing in its log) is
# tried again, twice at most; a compile error is not.
build_or_exit() {
    local attempt status
    for attempt in 1 2 3; do
        "${build[@]}" "$@" >"$fuzz_dir/.build.log" 2>&1
        status=$?
        [ $status -ge 128 ] && [ $attempt -lt 3 ] || break
        echo "warning: swift build died from signal $((status - 128)); building again (attempt $((attempt + 1)) of 3)" >&2
    done
    grep -av "warning: Cannot export local symbol" "$fuzz_dir/.build.log" | grep -aE "error|warning:" | head -20
    if [ $status -ne 0 ]; then
        tail -n 30 "$fuzz_dir/.build.log" >&2
        echo "error: the harnesses did not build (exit $status; log: $fuzz_dir/.build.log)" >&2
        exit 1
    fi
}
start=$SECONDS
bin=$("${build[@]}" --show-bin-path)
# The third-party specs (Tests/ThirdPartySpecs) become the module FuzzThirdPartyProviders: the generator, built like
# the harnesses (it shares their SMSSpecCore), writes them into its ignored Generated/ folder, touching only files
# whose bytes change, so an unchanged spec compiles once.
build_or_exit --product smsspec-generator
third_party="$fuzz_dir/Sources/FuzzThirdPartyProviders/Generated"
before=$(ls "$third_party" 2>/dev/null)
ASAN_OPTIONS=detect_leaks=0 "$bin/smsspec-generator" --output "$third_party" --config "$fuzz_dir/thirdparty-config.yaml" \
    "$root/Tests/ThirdPartySpecs" || { echo "error: the third-party specs did not generate" >&2; exit 1; }
# SwiftPM keeps its build plan while Package.swift is unchanged, so a new or removed generated file needs a new plan.
[ "$before" = "$(ls "$third_party")" ] || rm -f "$scratch/$configuration.yaml"
build_or_exit
echo "built in $((SECONDS - start))s"

# Swift's own backtracer would race libFuzzer's crash handling; the sanitizer prints the stack instead.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
# Leaks that are not ours, each with its reason (Fuzz/leak-suppressions.txt); any other leak fails the run.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$fuzz_dir/leak-suppressions.txt:print_suppressions=0}
export SMSSPEC_FUZZ_DOCUMENTS="$root/Tests/SMSProvidersTests/Documents"
export SMSSPEC_FUZZ_SPECS="$root/specs:$root/Examples:$root/Tests/ThirdPartySpecs:$fuzz_dir/spec-seeds"
options=(-timeout="$timeout" -rss_limit_mb="$rss_limit" -malloc_limit_mb="$rss_limit" -print_final_stats=1 "${seed[@]}")
# A seeded run also fixes Swift's hashing, whose per-process seed would otherwise change the order of every
# dictionary's walk, and with it the coverage the fuzzer steers by, and the addresses (no ASLR, where `setarch` may
# turn it off), which key the runtime's type caches: with both, two runs from the same corpus are the same run.
launch=()
if [ ${#seed[@]} -gt 0 ]; then
    export SWIFT_DETERMINISTIC_HASHING=1
    setarch "$(uname -m)" -R true 2>/dev/null && launch=(setarch "$(uname -m)" -R)
fi

passed=0
failed=0
summary=()
for harness in "${harnesses[@]}"; do
    executable="$bin/$harness"
    [ -x "$executable" ] || { echo "error: no harness named $harness (one of: ${all[*]})" >&2; exit 2; }
    work="$fuzz_dir/.corpus/$harness"
    artifacts="$fuzz_dir/.artifacts/$harness/"
    mkdir -p "$work/found" "$artifacts"

    regressions=("$fuzz_dir/regressions/$harness"/*)
    reproducers=()
    for file in "${regressions[@]}"; do [ -f "$file" ] && [[ $file != *.txt ]] && reproducers+=("$file"); done
    if [ ${#reproducers[@]} -gt 0 ]; then
        echo "== $harness: replaying ${#reproducers[@]} reproducer(s) from Fuzz/regressions/$harness"
        if ! "$executable" "${options[@]}" -artifact_prefix="$artifacts" "${reproducers[@]}" >"$work/replay.log" 2>&1; then
            grep -aE "^(==|SUMMARY|Fatal error|.*Fatal error)|#[0-9] " "$work/replay.log" | head -20
            echo "FAILED: $harness: a saved reproducer fails again (log: $work/replay.log)"
            failed=$((failed + 1)); summary+=("$harness: reproducer fails")
            [ ${#fork[@]} -gt 0 ] || continue   # with --ignore-crashes, fuzz on past the known bug
        fi
    fi
    $replay_only && { passed=$((passed + 1)); summary+=("$harness: ${#reproducers[@]} reproducer(s) pass"); continue; }

    # Seeds are written by the harness itself from the documents, the specs and the generated catalog.
    rm -rf "$work/seeds" && mkdir -p "$work/seeds"
    SMSSPEC_FUZZ_WRITE_SEEDS="$work/seeds" "$executable" >/dev/null 2>&1 || { echo "error: $harness could not write its seeds" >&2; exit 1; }
    # libFuzzer runs every seed before it looks at the time: the spec harnesses' 1,400 (the third-party specs, whole and
    # cut) took 45 s in a release build on a loaded machine, so a smoke run (debug) keeps one in four.
    if $smoke && [[ $harness == FuzzSpec* ]]; then
        ls "$work/seeds" | awk 'NR % 4 != 1' | while read -r seed; do rm -f "$work/seeds/$seed"; done
    fi
    # Dictionaries: the spec keys for the spec harness, the generated coding keys for the payload harnesses.
    case $harness in
        # Every key the loader accepts (SpecKeys), the keys the specs write, YAML syntax, and the values of the newest
        # features: server templates, YAML's null spellings, Swift's module names, letters of another font or alphabet.
        FuzzSpecPipeline|FuzzSpecRender) words=$(grep -ohE '"[A-Za-z][A-Za-z0-9]*"' "$root/Sources/SMSSpecCore/Parser/SpecKeys.swift" | tr -d '"'
            grep -ohE '^\s*[A-Za-z_][A-Za-z0-9_]*:' "$root"/specs/*.yaml "$root"/Tests/ThirdPartySpecs/*.yaml | tr -d ' :'
            printf '%s\n' '&a' '*a' '<<' '!!str' '|' '>-' '- ' '{' '[' "'" '"' 'null' '~' 'Null' 'NULL' "'null'" '{region}' \
                'https://{host}/{sid}' 'variables:' 'name: ' 'server2' 'regional' 'enum: [' 'default: ' 'e164' 'international' 'national' \
                'Swift' 'Foundation' 'SMSSpecRuntime' 'self' 'Servers' 'PhoneRules' '\uFB01' '\uFF21'
            # ﬁ, Ａ, 𝐀, Cyrillic О and р, Greek ο, as UTF-8 whatever the locale
            printf '%b\n' '\xef\xac\x81' '\xef\xbc\xa1' '\xf0\x9d\x90\x80' '\xd0\x9e' '\xd1\x80' '\xce\xbf') ;;
        FuzzMessages|FuzzRoundTrip|FuzzValidate|FuzzFormDecoder) words=$(grep -ohE 'forKey: "[^"]+"' "$root"/Generated/Sources/*.swift "$third_party"/*.swift |
            sed -E 's/.*: "(.*)"/\1/; p; s/.*/"&":/'; printf '%s\n' '?' '&' '=' '%' '+' '{' '}' '[' ']' ':' ',' 'null' 'true' '1e999' '-1' '0' '9223372036854775807' '-9223372036854775808' '18446744073709551616' '1.5' \
            '.0' 'e0' 'e-400' '0000000000000001' '9007199254740993') ;;
        *) words="" ;;
    esac
    # libFuzzer reads printable ASCII in a dictionary's quotes: any other byte is written \xNN.
    printf '%s\n' "$words" | sort -u | grep -v '^$' | sed 's/\\/\\\\/g; s/"/\\"/g' |
        perl -pe 's/([^\x20-\x7e\n])/sprintf("\\x%02X", ord($1))/ge' | sed 's/.*/"&"/' >"$work/dict"
    dictionary=(); [ -s "$work/dict" ] && dictionary=(-dict="$work/dict")
    # Spec inputs are capped at 16 KB (the specs' sections are 1–8 KB; whole specs are seeds, cut there): without a
    # cap the corpus grows to 500 KB inputs and the spec harness slows to 60 inputs/s. Payloads keep the 4 KB default.
    max_len=(); case $harness in FuzzSpec*) max_len=(-max_len=16384) ;; esac

    echo "== $harness: fuzzing (${limit[*]}, $(ls "$work/seeds" | wc -l) seeds)"
    "${launch[@]}" "$executable" "${options[@]}" "${limit[@]}" "${fork[@]}" "${dictionary[@]}" "${max_len[@]}" -artifact_prefix="$artifacts" \
        "$work/found" "$work/seeds" >"$work/fuzz.log" 2>&1
    status=$?
    # The last status line ("#N ... exec/s: M", also printed in fork mode) says how far it got.
    progress=$(grep -aE '^#[0-9]+' "$work/fuzz.log" | tail -1)
    runs=$(sed -E 's/^#([0-9]+).*/\1/' <<<"$progress")
    speed=$(grep -o 'exec/s: [0-9]*' <<<"$progress" | awk '{print $2}')
    if [ $status -eq 0 ] && ! grep -aqE "^==[0-9]+==ERROR|deadly signal|ALARM: working|out-of-memory" "$work/fuzz.log"; then
        passed=$((passed + 1)); summary+=("$harness: ok, $runs inputs, $speed exec/s")
    else
        grep -aE "^==[0-9]+==ERROR|deadly signal|Fatal error|ALARM|out-of-memory|^    #[0-9] |Test unit written" "$work/fuzz.log" | head -24
        echo "FAILED: $harness (log: $work/fuzz.log; inputs in $artifacts)"
        failed=$((failed + 1)); summary+=("$harness: FAILED after $runs inputs")
    fi
done

echo "== summary"
printf '  %s\n' "${summary[@]}"
echo "fuzz: $passed passed, $failed failed"
[ $failed -eq 0 ]
