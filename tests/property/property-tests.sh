#!/usr/bin/env bash
# Property tests (docs/hardening.md; reliability anchors §7 T4, T10): random *valid* corpora
# from bench/generate_corpus.py (small scale, fixed seeds) must
#   - build, and every output in all 4 syntaxes must be accepted by serdi and Jena riot;
#   - give byte-identical output whatever the order of the files on the command line
#     (shuffled with a fixed seed), through the `use` entry point, and on every run;
#   - give byte-identical output and diagnostics for every number of workers (-j N), sorted or
#     streamed (--stream), and the same graph streamed as sorted (a streamed triple stated by two
#     declarations may appear twice, so graphs are compared as sets of lines).
#
# usage: property-tests.sh EVKG SOURCE_DIR TEST_NAME   (tests/property/CMakeLists.txt registers
# each function test_NAME below as the CTest test property.NAME; oracle_* are "external")

# shellcheck disable=SC2317 # test functions are called indirectly, by name
# shellcheck source=../cli/testlib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../cli/testlib.sh"

readonly PY=/usr/bin/python3
readonly SEEDS=(1 2 3 4 5)
readonly EVENTS=40
FORMATS=(turtle ntriples nquads trig)
declare -A EXT=([turtle]=ttl [ntriples]=nt [nquads]=nq [trig]=trig)
# Every build below runs once per entry. The entries without --stream must all give the same
# bytes (the sorted output), the entries with --stream too (the streamed output); the two
# outputs must hold the same graph. -j 4 has more workers than this machine may have cores.
readonly PARALLEL_OPTIONS=("" "-j 1" "-j 2" "-j 4" "--stream" "--stream -j 1" "--stream -j 2"
    "--stream -j 4")
# The order, `use` and repeat tests below build each corpus many times: one sorted and one
# streamed parallel build are enough there (the -j arms are compared above, on the same corpora).
readonly QUICK_OPTIONS=("" "--stream -j 2")
OPTIONS=("${PARALLEL_OPTIONS[@]}")
readonly STREAM_ORDER=$SRC/tests/property/stream-order.py

# expect_stream_order STREAM.nt FILE...: the streamed N-Triples hold the declarations of FILE... in
# order: files by canonical path, declarations in source order (tests/property/stream-order.py).
expect_stream_order() {
    expect_status 0 "$PY" "$STREAM_ORDER" "$@"
    [[ ! -s $OUT ]] || fail "$1 is not in stream order: $(cat "$OUT")"
}

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

# graph_lines FORMAT FILE: the distinct statements of FILE, one N-Triples/N-Quads line each, sorted
# (N-Triples and N-Quads are evkg's own lines; Turtle and TriG go through serdi).
graph_lines() {
    case $1 in
        ntriples | nquads) LC_ALL=C sort -u "$2" ;;
        turtle) serdi -i turtle -o ntriples "$2" | LC_ALL=C sort -u ;;
        trig) serdi -i trig -o nquads "$2" | LC_ALL=C sort -u ;;
    esac
}

# expect_same_graph FORMAT A B WHAT: A and B hold the same statements (duplicates allowed).
# Turtle and TriG are compared only when serdi is installed (the oracle_ test requires it).
expect_same_graph() {
    local format=$1 a=$2 b=$3
    [[ $format == ntriples || $format == nquads ]] || command -v serdi >/dev/null || return 0
    graph_lines "$format" "$a" >"$a.set" || fail "$4: cannot read $a as $format"
    graph_lines "$format" "$b" >"$b.set" || fail "$4: cannot read $b as $format"
    [[ -s $a.set ]] || fail "$4: $a holds no statement"
    cmp -s "$a.set" "$b.set" || fail "$4: -f $format: $a and $b are different graphs:
$(diff "$a.set" "$b.set" | head -n 10 | sed 's/^/    /')"
    rm -f "$a.set" "$b.set"
}

# build_all DIR FILE...: DIR/out.{ttl,nt,nq,trig} (sorted) and DIR/stream.{ttl,nt,nq,trig}
# (--stream) for every entry of OPTIONS; each output compared byte for byte with the first of its
# kind, and the streamed graph with the sorted one.
build_all() {
    local dir=$1 format option kind ext new
    local -A first
    shift
    mkdir -p "$dir"
    for format in "${FORMATS[@]}"; do
        ext=${EXT[$format]}
        first=()
        for option in "${OPTIONS[@]}"; do
            kind=out
            [[ $option == *--stream* ]] && kind=stream
            new=$dir/$kind.$ext.new
            # shellcheck disable=SC2086 # the option is up to three words, or none
            expect_status 0 "$EVKG" build $option -f "$format" -o "$new" "$@"
            expect_stderr_empty
            [[ -s $new ]] || fail "-f $format '$option' wrote an empty file"
            if [[ -z ${first[$kind]+set} ]]; then
                mv "$new" "$dir/$kind.$ext"
                first[$kind]=$option
            else
                cmp -s "$dir/$kind.$ext" "$new" ||
                    fail "-f $format: '$option' and '${first[$kind]}' give different bytes:
$(diff "$dir/$kind.$ext" "$new" | head -n 10 | sed 's/^/    /')"
                rm -f "$new"
            fi
        done
        if [[ -n ${first[out]+set} && -n ${first[stream]+set} ]]; then
            expect_same_graph "$format" "$dir/out.$ext" "$dir/stream.$ext" \
                "'${first[stream]}' vs '${first[out]}'"
        fi
    done
}

# expect_same_bytes A B WHAT: every syntax's output in A and B, sorted and streamed (when built),
# is byte-identical.
expect_same_bytes() {
    local format kind
    for format in "${FORMATS[@]}"; do
        for kind in out stream; do
            [[ -e $1/$kind.${EXT[$format]} || -e $2/$kind.${EXT[$format]} ]] || continue
            cmp -s "$1/$kind.${EXT[$format]}" "$2/$kind.${EXT[$format]}" ||
                fail "$3: -f $format $kind output differs ($1 vs $2)"
        done
    done
}

test_random_corpora_build() {
    local seed quads
    for seed in "${SEEDS[@]}"; do
        generate "$seed"
        mapfile -t files < <(files_of "$seed")
        build_all "built-$seed" "${files[@]}"
        expect_stderr_empty
        expect_stream_order "built-$seed/stream.nt" "${files[@]}"
        quads=$(wc -l <"built-$seed/out.nq")
        ((quads > 500)) || fail "seed $seed: only $quads quads: the generator or the build lost data"
    done
}

test_output_independent_of_file_order() {
    local seed shuffle
    OPTIONS=("${QUICK_OPTIONS[@]}")
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
    ! cmp -s sorted-1/stream.nq sorted-2/stream.nq || fail "seeds 1 and 2 gave the same stream"
}

# --stream writes the files in the order of their canonical paths, whatever their spelling on the
# command line: symbolic links (to files, to the corpus folder), `..` detours, relative or absolute
# paths, a file named twice, and a copy of the corpus in another folder give the same bytes. Files
# renamed so that they sort differently give the same graph.
test_stream_independent_of_spelling() {
    local seed=3 file i
    OPTIONS=("" "--stream -j 2")
    generate "$seed"
    mapfile -t files < <(files_of "$seed")
    build_all plain "${files[@]}"
    # Absolute paths through a symbolic link to the corpus folder, in reverse order.
    ln -s "corpus-$seed" alias
    local spelled=()
    for ((i = ${#files[@]} - 1; i >= 0; i--)); do spelled+=("$work/alias/${files[i]#corpus-"$seed"/}"); done
    build_all via-alias "${spelled[@]}"
    expect_same_bytes plain via-alias "paths through a symbolic link to the folder, reversed"
    # Symbolic links to each file whose names sort in the reverse order of their targets', and
    # `..` detours.
    mkdir links
    i=0
    for file in "${files[@]}"; do
        ln -s "../$file" "links/$(printf '%03d' $((999 - i)))-$(basename "$file")"
        i=$((i + 1))
    done
    build_all via-links links/*.ev
    expect_same_bytes plain via-links "symbolic links to each file, sorting the other way"
    spelled=()
    for file in "${files[@]}"; do spelled+=("links/../$file"); done
    build_all detours "${spelled[@]}"
    expect_same_bytes plain detours "links/../FILE spellings"
    # The registry named twice, and again through a link: one file, written once.
    build_all twice "${files[@]}" "corpus-$seed/registry.ev" "$work/alias/registry.ev"
    expect_same_bytes plain twice "the registry named three times"
    # A copy of the corpus in another folder: other canonical paths, in the same order.
    mkdir -p elsewhere/deeper
    cp -r "corpus-$seed" elsewhere/deeper/copy
    build_all copied elsewhere/deeper/copy/corpus.ev
    expect_same_bytes plain copied "a copy of the corpus in another folder"
    # Reports renamed so that their order is reversed: the same graph (maybe other bytes).
    mkdir renamed
    cp -r "corpus-$seed"/* renamed/
    local reports=(renamed/reports/*/r*.ev) n
    n=${#reports[@]}
    for ((i = 0; i < n; i++)); do mv "${reports[i]}" "${reports[i]%/*}/tmp-$i.ev"; done
    for ((i = 0; i < n; i++)); do
        mv "${reports[i]%/*}/tmp-$i.ev" "${reports[i]%/*}/x$(printf '%04d' $((n - i))).ev"
    done
    build_all renamed-out renamed/registry.ev renamed/reports/*/*.ev
    expect_stream_order renamed-out/stream.nt renamed/registry.ev renamed/reports/*/*.ev
    local format
    for format in "${FORMATS[@]}"; do
        cmp -s "plain/out.${EXT[$format]}" "renamed-out/out.${EXT[$format]}" ||
            fail "renamed reports: the sorted -f $format output changed"
        expect_same_graph "$format" "plain/stream.${EXT[$format]}" \
            "renamed-out/stream.${EXT[$format]}" "renamed reports, --stream"
    done
    # The renaming reversed the order of the reports, so the streams differ: the comparisons
    # above can tell one order from another.
    ! cmp -s plain/stream.nt renamed-out/stream.nt ||
        fail "reversing the reports' names did not change the streamed order"
}

test_output_identical_across_runs() {
    local seed
    OPTIONS=("${QUICK_OPTIONS[@]}")
    for seed in "${SEEDS[@]}"; do
        generate "$seed"
        mapfile -t files < <(files_of "$seed")
        build_all "run1-$seed" "${files[@]}"
        # A fresh copy of the corpus (same bytes, same paths) and a second run.
        rm -rf "corpus-$seed"
        generate "$seed"
        build_all "run2-$seed" "${files[@]}"
        expect_same_bytes "run1-$seed" "run2-$seed" "seed $seed, second run"
    done
}

# A larger corpus (300 events, the full-size registry: ~100 files, ~50 000 quads), where workers
# really run side by side: --stream with 1 and 2 workers gives the same bytes, and the same graph
# as the sorted build.
test_large_corpus_parallel_stream() {
    # N-Triples for the order check; Turtle and TriG, the syntaxes whose writer groups statements.
    # (The random corpora above cover N-Quads, and every -j arm.)
    OPTIONS=("" "--stream -j 1" "--stream -j 2")
    FORMATS=(ntriples turtle trig)
    "$PY" "$SRC/bench/generate_corpus.py" --events 300 --seed 7 --out large >/dev/null ||
        fail "bench/generate_corpus.py --events 300 failed"
    build_all large-built large/corpus.ev
    local triples
    triples=$(wc -l <large-built/out.nt)
    ((triples > 20000)) || fail "only $triples triples: the generator or the build lost data"
    ((triples <= $(wc -l <large-built/stream.nt))) ||
        fail "the stream has fewer triples than the graph"
    expect_stream_order large-built/stream.nt large/corpus.ev large/registry.ev large/reports/*/*.ev
    # The stream is in source order, not sorted (or --stream was ignored).
    ! cmp -s large-built/out.nt large-built/stream.nt || fail "--stream gave the sorted output"
    # `check` reports nothing, whatever the number of workers.
    local jobs
    for jobs in 1 2 4; do
        expect_status 0 "$EVKG" check -j "$jobs" large/corpus.ev
        expect_stderr_empty
        expect_stdout_empty
    done
}

test_oracle_random_corpora_accepted() {
    command -v serdi >/dev/null || skip "serdi is not installed"
    [[ -x $SRC/scripts/jena ]] && command -v java >/dev/null || skip "Jena (scripts/jena) is not available"
    local seed format kind all=()
    OPTIONS=("${QUICK_OPTIONS[@]}") # build_all compares the streamed graphs with serdi
    for seed in "${SEEDS[@]}"; do
        generate "$seed"
        mapfile -t files < <(files_of "$seed")
        build_all "built-$seed" "${files[@]}"
        for format in "${FORMATS[@]}"; do
            for kind in out stream; do
                expect_status 0 serdi -i "$format" -o nquads "built-$seed/$kind.${EXT[$format]}"
                expect_stderr_empty
                all+=("built-$seed/$kind.${EXT[$format]}")
            done
        done
    done
    # One JVM for all files; the syntax comes from the extension.
    EVKG_JENA_VERBOSE=1 expect_status 0 "$SRC/scripts/jena" riot --validate "${all[@]}"
    if grep -Eq 'WARN|ERROR' "$ERR"; then fail "riot --validate reported warnings or errors"; fi
}

run_test
