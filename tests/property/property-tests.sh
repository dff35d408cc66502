#!/usr/bin/env bash
# Property tests (docs/hardening.md; reliability anchors §7 T4, T10): random *valid* corpora
# from bench/generate_corpus.py (small scale, fixed seeds) must
#   - build, and every output in all 4 syntaxes must be accepted by serdi and Jena riot;
#   - give byte-identical output whatever the order of the files on the command line
#     (shuffled with a fixed seed), through the `use` entry point, and on every run.
#
# usage: property-tests.sh EVKG SOURCE_DIR TEST_NAME   (tests/property/CMakeLists.txt registers
# each function test_NAME below as the CTest test property.NAME; oracle_* are "external")

# shellcheck disable=SC2317 # test functions are called indirectly, by name
# shellcheck source=../cli/testlib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../cli/testlib.sh"

readonly PY=/usr/bin/python3
readonly SEEDS=(1 2 3 4 5)
readonly EVENTS=40
readonly FORMATS=(turtle ntriples nquads trig)
declare -A EXT=([turtle]=ttl [ntriples]=nt [nquads]=nq [trig]=trig)
# Every build below runs once per entry; all must give the same bytes. When `evkg build` gets a
# `-j N` option, make this ("-j 1" "-j 2") to compare parallel with sequential builds.
readonly PARALLEL_OPTIONS=("")

# generate SEED: the corpus of SEED in ./corpus-SEED (deterministic: same seed, same files).
generate() {
    "$PY" "$SRC/bench/generate_corpus.py" --events "$EVENTS" --seed "$1" --registry-scale 0.05 \
        --out "corpus-$1" >/dev/null || fail "bench/generate_corpus.py --seed $1 failed"
}

# files_of SEED [SHUFFLE-SEED]: the corpus's files (registry and reports, not the `use` index),
# sorted, or shuffled with a fixed seed.
files_of() {
    find "corpus-$1" -name 'r*.ev' -o -name registry.ev | LC_ALL=C sort |
        "$PY" -c 'import random, sys
files = sys.stdin.read().split()
if len(sys.argv) > 1: random.Random(int(sys.argv[1])).shuffle(files)
print("\n".join(files))' ${2:+"$2"}
}

# build_all DIR FILE...: DIR/out.{ttl,nt,nq,trig} for every entry of PARALLEL_OPTIONS, each
# compared with the first.
build_all() {
    local dir=$1 format option first
    shift
    mkdir -p "$dir"
    for format in "${FORMATS[@]}"; do
        first=""
        for option in "${PARALLEL_OPTIONS[@]}"; do
            # shellcheck disable=SC2086 # the option is one or two words, or none
            expect_status 0 "$EVKG" build $option -f "$format" -o "$dir/out.${EXT[$format]}.new" "$@"
            if [[ -z $first ]]; then
                mv "$dir/out.${EXT[$format]}.new" "$dir/out.${EXT[$format]}"
                first=$option
            else
                cmp -s "$dir/out.${EXT[$format]}" "$dir/out.${EXT[$format]}.new" ||
                    fail "-f $format: '$option' and '$first' give different bytes"
            fi
        done
    done
}

# expect_same_bytes A B WHAT: every syntax's output in A and B is byte-identical.
expect_same_bytes() {
    local format
    for format in "${FORMATS[@]}"; do
        cmp -s "$1/out.${EXT[$format]}" "$2/out.${EXT[$format]}" ||
            fail "$3: -f $format output differs ($1 vs $2)"
    done
}

test_random_corpora_build() {
    local seed quads
    for seed in "${SEEDS[@]}"; do
        generate "$seed"
        mapfile -t files < <(files_of "$seed")
        build_all "built-$seed" "${files[@]}"
        expect_stderr_empty
        quads=$(wc -l <"built-$seed/out.nq")
        ((quads > 500)) || fail "seed $seed: only $quads quads: the generator or the build lost data"
    done
}

test_output_independent_of_file_order() {
    local seed shuffle
    for seed in "${SEEDS[@]}"; do
        generate "$seed"
        mapfile -t files < <(files_of "$seed")
        build_all "sorted-$seed" "${files[@]}"
        for shuffle in 1 2 3; do
            mapfile -t files < <(files_of "$seed" "$shuffle")
            build_all "shuffled-$seed-$shuffle" "${files[@]}"
            expect_same_bytes "sorted-$seed" "shuffled-$seed-$shuffle" "seed $seed, shuffle $shuffle"
        done
        # The same corpus through its `use` entry point (corpus.ev names every report).
        build_all "entry-$seed" "corpus-$seed/corpus.ev"
        expect_same_bytes "sorted-$seed" "entry-$seed" "seed $seed, corpus.ev"
    done
    # Different seeds must give different graphs, or the comparisons above prove nothing.
    ! cmp -s sorted-1/out.nq sorted-2/out.nq || fail "seeds 1 and 2 gave the same graph"
}

test_output_identical_across_runs() {
    local seed
    for seed in "${SEEDS[@]}"; do
        generate "$seed"
        mapfile -t files < <(files_of "$seed")
        build_all "run1-$seed" "${files[@]}"
        # A fresh copy of the corpus (same bytes, other paths) and a second run.
        rm -rf "corpus-$seed"
        generate "$seed"
        build_all "run2-$seed" "${files[@]}"
        expect_same_bytes "run1-$seed" "run2-$seed" "seed $seed, second run"
    done
}

test_oracle_random_corpora_accepted() {
    command -v serdi >/dev/null || skip "serdi is not installed"
    [[ -x $SRC/scripts/jena ]] && command -v java >/dev/null || skip "Jena (scripts/jena) is not available"
    local seed format all=()
    for seed in "${SEEDS[@]}"; do
        generate "$seed"
        mapfile -t files < <(files_of "$seed")
        build_all "built-$seed" "${files[@]}"
        for format in "${FORMATS[@]}"; do
            expect_status 0 serdi -i "$format" -o nquads "built-$seed/out.${EXT[$format]}"
            expect_stderr_empty
            all+=("built-$seed/out.${EXT[$format]}")
        done
    done
    # One JVM for all files; the syntax comes from the extension.
    EVKG_JENA_VERBOSE=1 expect_status 0 "$SRC/scripts/jena" riot --validate "${all[@]}"
    if grep -Eq 'WARN|ERROR' "$ERR"; then fail "riot --validate reported warnings or errors"; fi
}

run_test
