#!/usr/bin/env bash
# The command-line contract of `evkg build --stream` and of `-j N` / `--jobs N` (build and check):
#   --stream writes the RDF while building (-f turtle|ntriples|nquads|trig; with -f dot it is a
#     usage error, 64): files in canonical-path order, declarations in source order, each
#     declaration's triples sorted; the same graph as the default (sorted) output. All or nothing
#     like the default: on any error exit 65, no output file, an existing one left intact, and
#     nothing on standard output (the corpus is checked before a byte goes to a pipe).
#   -j N: N worker threads, 0 (the default) = all cores. Output and diagnostics are
#     byte-identical for every N, with and without --stream.
# The file-order and spelling properties of --stream are in tests/property, the external parsers'
# verdicts on streamed output in tests/oracles.
#
# usage: stream-tests.sh EVKG SOURCE_DIR TEST_NAME   (tests/cli/CMakeLists.txt registers each
# function test_NAME below as the CTest test stream.NAME)

# shellcheck disable=SC2317 # test functions are called indirectly, by name
# shellcheck disable=SC2016 # backquotes in single quotes are evkg's, in messages
# shellcheck disable=SC2034 # the *_VARIANTS arrays are used by name (local -n)
# shellcheck source=testlib.sh
source "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

readonly FORMATS=(turtle ntriples nquads trig)
readonly PY=/usr/bin/python3
# Every way of running a build compared below: sequential, parallel (more workers than this
# machine may have cores), default, streamed or not; -j 4 twice, as a race may show only now
# and then.
readonly BUILD_VARIANTS=("-j 1" "-j 2" "-j 4" "-j 0" "" "--stream -j 1" "--stream -j 2"
    "--stream -j 4" "--stream" "-j 4" "--stream -j 4")
readonly CHECK_VARIANTS=("-j 1" "-j 2" "-j 4" "-j 0" "" "--jobs 3" "-j 4")
readonly QUICK_VARIANTS=("-j 1" "--stream -j 4")

# --- inputs ------------------------------------------------------------------------------------

write_good() {
    cat >good.ev <<'EOF'
state mali "Mali"
place bamako "Bamako" {
  kind town
  in mali
}
EOF
}

# generate EVENTS SEED DIR: a valid synthetic corpus (bench/generate_corpus.py, small registry).
generate() {
    "$PY" "$SRC/bench/generate_corpus.py" --events "$1" --seed "$2" --registry-scale 0.05 \
        --out "$3" >/dev/null 2>&1 || fail "bench/generate_corpus.py --events $1 --seed $2 failed"
}

# generate_reports SEED: a 120-event corpus in bad/, its report files (at least 25) in REPORTS,
# sorted, for errors to be written into.
generate_reports() {
    generate 120 "$1" bad
    mapfile -t REPORTS < <(find bad/reports -name 'r*.ev' | LC_ALL=C sort)
    ((${#REPORTS[@]} >= 25)) || fail "the generated corpus has only ${#REPORTS[@]} reports"
}

# corpus_files DIR: the registry and the reports of a generated corpus, sorted.
corpus_files() { find "$1" -name 'r*.ev' -o -name registry.ev | LC_ALL=C sort; }

# A corpus of ~35 files with resolution errors spread over five of them, so that parallel
# workers resolve erroneous files side by side: undefined references, references of the wrong
# kind, an unknown vocabulary word, a relative date in a file without report. With `duplicates`,
# also duplicate identifiers across files (whose note must name the first declaration in
# canonical order); with `duplicates-only`, only those. Sets REPORTS (the report files, sorted)
# and INJECTED (the files with errors).
write_resolution_error_corpus() {
    local with=${1:-}
    generate_reports 11
    local place force last=$((${#REPORTS[@]} - 1))
    place=$(sed -n 's/^place \([a-z0-9-]*\) .*/\1/p' bad/registry.ev | head -n 1)
    force=$(sed -n 's/^force \([a-z0-9-]*\) .*/\1/p' bad/registry.ev | head -n 1)
    [[ -n $place && -n $force ]] || fail "no place or force in the generated registry"
    INJECTED=()
    if [[ $with != duplicates-only ]]; then
        cat >>"${REPORTS[2]}" <<'EOF'

event injected-undefined "x" {
  type drone-strike
  participant nowhere-at-all
}
EOF
        cat >>"${REPORTS[5]}" <<EOF

claim injected-wrong-kinds "x" {
  by $place
  act said
  about $force
}
EOF
        cat >>"${REPORTS[9]}" <<'EOF'

event injected-vocabulary "x" { type drone-strik }
EOF
        cat >>bad/registry.ev <<'EOF'

event injected-relative-date "x" {
  type drone-strike
  date monday
}
EOF
        cat >>"${REPORTS[last]}" <<'EOF'

event injected-last "the last file's error" {
  type drone-strike
  perpetrator nowhere-in-the-last-file
}
EOF
        INJECTED+=("${REPORTS[2]}" "${REPORTS[5]}" "${REPORTS[9]}" bad/registry.ev "${REPORTS[last]}")
    fi
    if [[ $with == duplicates || $with == duplicates-only ]]; then
        printf '\nstate injected-twice "first, in canonical order"\n' >>"${REPORTS[8]}"
        printf '\nstate %s "a second declaration of a registry force"\n' "$force" >>"${REPORTS[16]}"
        printf '\nstate injected-twice "second, in canonical order"\n' >>"${REPORTS[21]}"
        INJECTED+=("${REPORTS[16]}" "${REPORTS[21]}")
    fi
}

# Syntax errors and impossible calendar dates (found while parsing, file by file) in five files.
write_parse_error_corpus() {
    generate_reports 12
    printf '\nevent injected-date "x" {\n  type drone-strike\n  date 2024-02-30\n}\n' \
        >>"${REPORTS[1]}"
    printf '\nstate 42niger "Niger"\n' >>"${REPORTS[7]}"
    printf '\nevent injected-month "x" {\n  type drone-strike\n  date 2023-13\n}\n' \
        >>"${REPORTS[12]}"
    printf '\nplace injected-unclosed "x" {\n  kind town\n' >>"${REPORTS[18]}"
    printf '\nstate injected-bad-escape "\\q"\n' >>"${REPORTS[24]}"
    INJECTED=("${REPORTS[1]}" "${REPORTS[7]}" "${REPORTS[12]}" "${REPORTS[18]}" "${REPORTS[24]}")
}

# expect_errors_in_every_injected_file: each file of INJECTED has an error line in $ERR.
expect_errors_in_every_injected_file() {
    local file
    for file in "${INJECTED[@]}"; do
        grep -Fq -- "$file:" "$ERR" || fail "no diagnostic for $file"
    done
}

# expect_same_diagnostics_for_every_variant COMMAND VARIANTS_ARRAY_NAME FILE...: every variant of
# COMMAND on FILE... exits 65 and prints the same stderr, byte for byte. `build` writes into
# out/graph.ttl (an existing file: left intact, no temporary file left), and the --stream variants
# also to standard output (nothing written there: README). The first variant's diagnostics are
# left in ./diagnostics.COMMAND.
expect_same_diagnostics_for_every_variant() {
    local command=$1 variants_name=$2 variant first=""
    shift 2
    local -n variants=$variants_name
    for variant in "${variants[@]}"; do
        if [[ $command == build ]]; then
            if [[ $variant == *--stream* ]]; then
                # shellcheck disable=SC2086 # the variant is up to three words, or none
                expect_status 65 "$EVKG" build $variant -f trig "$@"
                # README: streamed to standard output, the corpus is checked first, so a pipe
                # never receives half a graph.
                expect_stdout_empty
                cp "$ERR" stdout-run.err
            fi
            # shellcheck disable=SC2086
            expect_status 65 "$EVKG" build $variant -f ntriples -o out/graph.ttl "$@"
            expect_stdout_empty
            expect_failure_left_no_trace
        else
            # shellcheck disable=SC2086
            expect_status 65 "$EVKG" check $variant "$@"
            expect_stdout_empty
        fi
        expect_stderr_nonempty
        if [[ -z $first ]]; then
            first="'$variant'"
            cp "$ERR" "diagnostics.$command"
        else
            cmp -s "diagnostics.$command" "$ERR" ||
                fail "$command '$variant' and $first print different diagnostics:
$(diff "diagnostics.$command" "$ERR" | head -n 20 | sed 's/^/    /')"
        fi
        if [[ -e stdout-run.err ]]; then
            cmp -s "diagnostics.$command" stdout-run.err ||
                fail "$command '$variant' to standard output and $first print different \
diagnostics:
$(diff "diagnostics.$command" stdout-run.err | head -n 20 | sed 's/^/    /')"
            rm stdout-run.err
        fi
    done
}

# --- usage ---------------------------------------------------------------------------------------

# --stream makes no sense for a picture: a usage error, refused before anything is written.
test_usage_stream_with_dot() {
    write_good
    seed_existing_output
    expect_status 64 "$EVKG" build --stream -f dot good.ev -o out/graph.ttl
    expect_stderr_nonempty
    expect_failure_left_no_trace
    expect_status 64 "$EVKG" build -f dot --stream -j 2 good.ev
    expect_stderr_nonempty
    expect_stdout_empty
    # Without --stream, dot works (and takes -j).
    expect_status 0 "$EVKG" build -f dot -j 2 good.ev
    expect_stdout_matches 'digraph'
}

test_usage_bad_jobs() {
    write_good
    seed_existing_output
    local value command
    for command in build check; do
        for value in -1 abc "" 1.5 2x; do
            expect_status 64 "$EVKG" "$command" -j "$value" good.ev
            expect_stderr_nonempty
            expect_stdout_empty
        done
        expect_status 64 "$EVKG" "$command" good.ev -j
        expect_status 64 "$EVKG" "$command" good.ev --jobs
    done
    expect_status 64 "$EVKG" build --stream -j abc good.ev -o out/graph.ttl
    expect_failure_left_no_trace
    # `check` writes nothing, so it has no --stream.
    expect_status 64 "$EVKG" check --stream good.ev
}

# -j and --jobs are the same option; more workers than files is fine; -j 0 is the default.
test_jobs_spellings() {
    write_good
    expect_status 0 "$EVKG" build -f ntriples good.ev
    cp "$OUT" expected.nt
    local option
    for option in "-j 0" "-j 1" "-j1" "--jobs 2" "--jobs=2" "-j 64" "--stream -j 64" "-j 3 --stream"; do
        # shellcheck disable=SC2086
        expect_status 0 "$EVKG" build $option -f ntriples good.ev
        expect_stderr_empty
        if [[ $option == *--stream* ]]; then
            [[ $(LC_ALL=C sort -u "$OUT") == "$(LC_ALL=C sort -u expected.nt)" ]] ||
                fail "'$option' gave another graph"
        else
            cmp -s "$OUT" expected.nt || fail "'$option' gave other bytes than the default"
            # shellcheck disable=SC2086
            expect_status 0 "$EVKG" check $option good.ev
            expect_stderr_empty
        fi
    done
}

# --- success -------------------------------------------------------------------------------------

# Standard output and -o FILE hold the same bytes; standard input works as an input.
test_stream_stdout_file_stdin() {
    generate 30 21 corpus
    mapfile -t files < <(corpus_files corpus)
    local format
    for format in "${FORMATS[@]}"; do
        expect_status 0 "$EVKG" build --stream -j 2 -f "$format" -o "streamed.$format" "${files[@]}"
        expect_stdout_empty
        expect_stderr_empty
        expect_status 0 "$EVKG" build --stream -j 2 -f "$format" "${files[@]}"
        cmp -s "$OUT" "streamed.$format" || fail "-f $format: stdout and -o differ with --stream"
    done
    write_good
    expect_status 0 "$EVKG" build -f nquads good.ev
    cp "$OUT" sorted.nq
    run_in good.ev "$EVKG" build --stream -f nquads -
    ((status == 0)) || fail "--stream with standard input: exit status $status"
    [[ $(LC_ALL=C sort -u "$OUT") == "$(LC_ALL=C sort -u sorted.nq)" ]] ||
        fail "--stream from standard input gave another graph"
    # --base: the same graph streamed as sorted.
    expect_status 0 "$EVKG" build -f ntriples --base https://data.example.net/kg/ "${files[@]}"
    LC_ALL=C sort -u "$OUT" >based-sorted
    expect_status 0 "$EVKG" build --stream -j 2 -f ntriples --base https://data.example.net/kg/ \
        "${files[@]}"
    cmp -s based-sorted <(LC_ALL=C sort -u "$OUT") || fail "--stream --base gave another graph"
    grep -q '<https://data\.example\.net/kg/' "$OUT" || fail "--stream ignored --base"
    run_in good.ev "$EVKG" build --stream -j 3 -f nquads - -o from-stdin.nq
    ((status == 0)) || fail "--stream - -o FILE: exit status $status"
    [[ $(LC_ALL=C sort -u from-stdin.nq) == "$(LC_ALL=C sort -u sorted.nq)" ]] ||
        fail "--stream - -o FILE gave another graph"
}

# An empty corpus streams the same (empty) graph as the sorted build.
test_stream_empty_input() {
    : >empty.ev
    printf '# nothing yet\n' >comments.ev
    local format
    for format in "${FORMATS[@]}"; do
        expect_status 0 "$EVKG" build --stream -j 2 -f "$format" empty.ev comments.ev
        expect_stderr_empty
        if grep -Ev '^(@prefix|PREFIX|@base|BASE|#|$)' "$OUT" | grep -q .; then
            fail "-f $format: an empty corpus streams statements"
        fi
    done
}

# A triple a declaration states twice (an alias repeated, in one property or two) is streamed
# once; one that two declarations state may be streamed twice. Either way the lines are those
# of the sorted build.
test_stream_repeats_within_a_declaration_once() {
    printf '%s\n' 'state mali "Mali" { alias "Mali", "Mali", "République du Mali" alias "Mali" }' \
        'state niger "Niger" { alias "Niger", "Niger" same-as <http://x.org/n>, <http://x.org/n> }' \
        >repeats.ev
    local format jobs
    for format in ntriples nquads; do
        expect_status 0 "$EVKG" build -f "$format" repeats.ev
        LC_ALL=C sort "$OUT" >sorted.lines
        for jobs in 1 2; do
            expect_status 0 "$EVKG" build --stream -j "$jobs" -f "$format" repeats.ev
            LC_ALL=C sort "$OUT" >streamed.lines
            cmp -s sorted.lines streamed.lines ||
                fail "-f $format -j $jobs: the streamed lines are not the sorted build's"
        done
        (($(grep -c 'altLabel> "Mali"' "$OUT") == 1)) || fail "-f $format: \"Mali\" streamed twice"
    done
}

# A successful --stream build replaces an existing output file (no temporary file left).
test_stream_replaces_existing_output() {
    write_good
    seed_existing_output
    expect_status 0 "$EVKG" build --stream -j 2 -f turtle good.ev -o out/graph.ttl
    expect_no_temp_files out
    grep -q 'previous content' out/graph.ttl && fail "the old content is still in out/graph.ttl"
    grep -q 'bamako' out/graph.ttl || fail "out/graph.ttl does not hold the new graph"
}

# --- errors: all or nothing, the same diagnostics for every -j ------------------------------------

test_resolution_errors_same_for_every_jobs() {
    write_resolution_error_corpus
    mapfile -t files < <(corpus_files bad)
    seed_existing_output
    expect_same_diagnostics_for_every_variant check CHECK_VARIANTS "${files[@]}"
    expect_errors_in_every_injected_file
    expect_stderr_matches '`nowhere-at-all` is not declared'
    expect_stderr_matches '`nowhere-in-the-last-file` is not declared'
    expect_stderr_matches 'did you mean `drone-strike`'
    expect_stderr_matches 'the relative date `monday` needs a report'
    local errors
    errors=$(grep -c ': error: ' "$ERR")
    ((errors == 6)) || fail "expected 6 errors, got $errors"
    expect_same_diagnostics_for_every_variant build BUILD_VARIANTS "${files[@]}"
    cmp -s diagnostics.check diagnostics.build ||
        fail "build and check print different diagnostics:
$(diff diagnostics.check diagnostics.build | head -n 20 | sed 's/^/    /')"
    # Through the `use` entry point, the same diagnostics again.
    rm diagnostics.build
    expect_same_diagnostics_for_every_variant build QUICK_VARIANTS bad/corpus.ev
    cmp -s diagnostics.check diagnostics.build ||
        fail "the corpus through its entry point gives other diagnostics:
$(diff diagnostics.check diagnostics.build | head -n 20 | sed 's/^/    /')"
}

# Duplicate identifiers across files: the note names the first declaration in canonical order,
# whatever worker read which file first and whatever the order of the files on the command line.
test_duplicate_errors_same_for_every_jobs() {
    write_resolution_error_corpus duplicates-only
    mapfile -t files < <(corpus_files bad)
    seed_existing_output
    expect_same_diagnostics_for_every_variant check CHECK_VARIANTS "${files[@]}"
    expect_errors_in_every_injected_file
    grep -A3 -F '`injected-twice` is already declared' "$ERR" | grep -Fq "${REPORTS[8]}:" ||
        fail "the duplicate's note does not point at ${REPORTS[8]}"
    grep -A3 -F 'is already declared (as a force)' "$ERR" | grep -Fq "bad/registry.ev:" ||
        fail "the duplicate force's note does not point at bad/registry.ev"
    expect_same_diagnostics_for_every_variant build BUILD_VARIANTS "${files[@]}"
    local reversed=() i
    for ((i = ${#files[@]} - 1; i >= 0; i--)); do reversed+=("${files[i]}"); done
    rm diagnostics.build
    expect_same_diagnostics_for_every_variant build QUICK_VARIANTS "${reversed[@]}"
    cmp -s diagnostics.check diagnostics.build ||
        fail "the files in reverse order give other diagnostics:
$(diff diagnostics.check diagnostics.build | head -n 20 | sed 's/^/    /')"
}

# Duplicates and the other resolution errors are independent: one run reports them all (README:
# "every independent one in a single run"), for every -j.
test_all_independent_errors_in_one_run() {
    write_resolution_error_corpus duplicates
    mapfile -t files < <(corpus_files bad)
    seed_existing_output
    expect_same_diagnostics_for_every_variant check CHECK_VARIANTS "${files[@]}"
    expect_errors_in_every_injected_file
    local errors
    errors=$(grep -c ': error: ' "$ERR")
    ((errors == 8)) || fail "expected 8 errors (2 duplicates, 6 others), got $errors"
    expect_same_diagnostics_for_every_variant build QUICK_VARIANTS "${files[@]}"
}

test_parse_errors_same_for_every_jobs() {
    write_parse_error_corpus
    mapfile -t files < <(corpus_files bad)
    seed_existing_output
    expect_same_diagnostics_for_every_variant check CHECK_VARIANTS "${files[@]}"
    expect_errors_in_every_injected_file
    expect_same_diagnostics_for_every_variant build BUILD_VARIANTS "${files[@]}"
}

# The first pass skims (docs/loading.md): it steps over the blocks of declarations, so an error
# inside one is found by the second pass. The diagnostics must still be those of a first pass that
# parsed everything: the syntax errors alone, never the second pass's resolution errors, which come
# only once every file parses (README). Also with inputs read once (standard input, a pipe), which
# the first pass, done again in full, cannot read a second time.
test_errors_in_skimmed_blocks_are_first_pass_errors() {
    generate_reports 16
    # Resolution errors before and after the file with the hidden syntax error ...
    printf '\nevent injected-early "x" {\n  type drone-strike\n  participant nowhere-early\n}\n' \
        >>"${REPORTS[2]}"
    printf '\nevent injected-late "x" {\n  type drone-strike\n  participant nowhere-late\n}\n' \
        >>"${REPORTS[20]}"
    # ... which has it deep in a block the first pass skims.
    printf '\nplace injected-hidden "x" {\n  kind town\n  in 42\n}\n' >>"${REPORTS[10]}"
    mapfile -t files < <(corpus_files bad)
    seed_existing_output
    expect_same_diagnostics_for_every_variant check CHECK_VARIANTS "${files[@]}"
    grep -Fq -- "${REPORTS[10]}:" "$ERR" || fail "no diagnostic for the hidden syntax error"
    ! grep -q 'nowhere-' "$ERR" || fail "resolution errors reported along with a syntax error:
$(grep 'nowhere-' "$ERR" | head -n 4)"
    expect_same_diagnostics_for_every_variant build BUILD_VARIANTS "${files[@]}"
    cmp -s diagnostics.check diagnostics.build || fail "build and check print different diagnostics"

    # An input on standard input and one through a pipe, each with a syntax error of its own: the
    # full first pass reports theirs too.
    printf 'plaice stdin-error "x"\n' >stdin.ev
    printf 'plaice pipe-error "x"\n' >pipe.ev
    local variant
    for variant in "-j 1" "-j 4"; do
        last_command="evkg check $variant - <(cat pipe.ev) FILES < stdin.ev"
        # shellcheck disable=SC2086
        "$EVKG" check $variant - <(cat pipe.ev) "${files[@]}" <stdin.ev >"$OUT" 2>"$ERR"
        status=$?
        ((status == 65)) || fail "expected exit status 65, got $status"
        grep -q '^<stdin>:1:1: error: ' "$ERR" || fail "the error on standard input is missing"
        grep -q 'plaice' <(grep -v '^<stdin>' "$ERR") || fail "the error in the pipe is missing"
        grep -Fq -- "${REPORTS[10]}:" "$ERR" || fail "the hidden syntax error is missing"
        ! grep -q 'nowhere-' "$ERR" || fail "resolution errors reported along with syntax errors"
    done
}

# --max-errors N keeps the same first N errors (in the order of the full report) for every -j.
test_max_errors_same_for_every_jobs() {
    write_resolution_error_corpus
    mapfile -t files < <(corpus_files bad)
    seed_existing_output
    expect_status 65 "$EVKG" check -j 1 "${files[@]}"
    grep -v '^evkg: ' "$ERR" | grep ': error: ' | head -n 3 >first-three
    local variant
    for variant in "-j 1" "-j 2" "-j 4" "--stream -j 1" "--stream -j 4"; do
        # shellcheck disable=SC2086
        expect_status 65 "$EVKG" build $variant --max-errors 3 -o out/graph.ttl "${files[@]}"
        expect_failure_left_no_trace
        grep -v '^evkg: ' "$ERR" | grep ': error: ' >kept
        cmp -s first-three kept ||
            fail "'$variant' --max-errors 3 kept other errors than the first three of -j 1:
$(diff first-three kept | sed 's/^/    /')"
    done
    expect_same_diagnostics_for_every_variant check CHECK_VARIANTS --max-errors 3 "${files[@]}"
}

# One error in the last file of a large valid corpus: a stream that already wrote the other files
# must still leave no output file (an existing one intact), and standard output gets nothing.
test_stream_late_error_writes_nothing() {
    generate 120 13 late
    mapfile -t files < <(corpus_files late)
    printf '\nevent injected-late "x" {\n  type drone-strike\n  participant nowhere-late\n}\n' \
        >>"${files[-1]}"
    seed_existing_output
    local format jobs
    for format in "${FORMATS[@]}"; do
        for jobs in 1 4; do
            expect_status 65 "$EVKG" build --stream -j "$jobs" -f "$format" "${files[@]}"
            expect_stderr_matches '`nowhere-late` is not declared'
            # README: streamed to standard output, the corpus is checked first, so a pipe never
            # receives half a graph.
            expect_stdout_empty
            expect_status 65 "$EVKG" build --stream -j "$jobs" -f "$format" -o out/graph.ttl \
                "${files[@]}"
            expect_failure_left_no_trace
            expect_status 65 "$EVKG" build --stream -j "$jobs" -f "$format" -o out/new.ttl \
                "${files[@]}"
            [[ ! -e out/new.ttl ]] || fail "a failed --stream build created out/new.ttl"
            expect_failure_left_no_trace
        done
    done
}

# Unreadable or missing inputs, and an output that is an input, are refused with --stream too.
test_stream_input_and_output_errors() {
    write_good
    seed_existing_output
    expect_status 66 "$EVKG" build --stream -j 2 good.ev no-such-file.ev -o out/graph.ttl
    expect_stderr_matches 'no-such-file\.ev'
    expect_failure_left_no_trace
    local original
    original=$(cksum <good.ev)
    expect_status 64 "$EVKG" build --stream -j 2 good.ev -o good.ev
    [[ $(cksum <good.ev) == "$original" ]] || fail "--stream -o good.ev overwrote the input"
    expect_no_temp_files .
    expect_status 73 "$EVKG" build --stream -j 2 good.ev -o no-such-directory/graph.ttl
    expect_stderr_nonempty
    [[ ! -e no-such-directory ]] || fail "--stream created the missing output directory"
    if [[ -w /dev/full ]]; then
        last_command="evkg build --stream -j 2 good.ev > /dev/full"
        "$EVKG" build --stream -j 2 good.ev >/dev/full 2>"$ERR"
        status=$?
        ((status == 74)) || fail "expected exit status 74, got $status"
        expect_stderr_nonempty
    fi
}

# SIGTERM or SIGINT at any moment of a streamed build (reading, indexing, writing): the output
# file is either the old content or the complete new graph, never a part, and no temporary file
# remains. (The default build's case is cli.interrupted_build_leaves_old_or_new.)
test_stream_interrupted_leaves_old_or_new() {
    awk 'BEGIN { for (i = 1; i <= 30000; i++) printf "place p%d \"Place %d\" { kind town }\n", i, i }' \
        </dev/null >big.ev
    local start_ns end_ns
    start_ns=$(date +%s%N)
    expect_status 0 "$EVKG" build --stream -j 2 -f ntriples big.ev -o complete.nt
    end_ns=$(date +%s%N)
    mkdir out
    local duration_ms=$(((end_ns - start_ns) / 1000000)) percent delay signal pid
    for percent in 5 30 60 80 92 97; do
        delay=$(printf '%d.%03d' $((duration_ms * percent / 100 / 1000)) \
            $((duration_ms * percent / 100 % 1000)))
        signal=$( ((percent % 2)) && echo TERM || echo INT)
        printf 'old content\n' >out/graph.nt
        "$EVKG" build --stream -j 2 -f ntriples big.ev -o out/graph.nt 2>"$ERR" &
        pid=$!
        sleep "$delay"
        kill -s "$signal" "$pid" 2>/dev/null
        wait "$pid"
        status=$?
        last_command="evkg build --stream -j 2 -f ntriples big.ev -o out/graph.nt, SIG$signal after $delay s"
        if [[ $(cat out/graph.nt) != "old content" ]] && ! cmp -s out/graph.nt complete.nt; then
            fail "after SIG$signal at $delay s the output is neither the old nor the new graph"
        fi
        expect_no_temp_files out
        [[ $(find out -mindepth 1 | wc -l) -eq 1 ]] || fail "out/ holds more than the output"
    done
}

# Inputs that can be read only once: a pipe named as a file (process substitution, /dev/stdin on
# a pipe) and a FIFO. Every run reads a corpus in two passes (README), so such an input must be
# read once and kept, like `-`, or refused as unreadable (66) with its name; never hang, never
# blame the user for a file that "changed". Standard output gets nothing on a failure.
test_read_once_inputs() {
    write_good
    local option
    for option in "" "-j 2" "--stream -j 2"; do
        # What the same command makes of the regular file (a stream is in build order).
        # shellcheck disable=SC2086
        expect_status 0 "$EVKG" build $option -f ntriples good.ev
        cp "$OUT" expected.nt
        # shellcheck disable=SC2086
        expect_status_read_once "process substitution, '$option'" \
            timeout 20 "$EVKG" build $option -f ntriples <(cat good.ev)
        last_command="cat good.ev | evkg build $option -f ntriples /dev/stdin"
        # shellcheck disable=SC2002,SC2086 # the cat makes standard input a pipe
        cat good.ev | timeout 20 "$EVKG" build $option -f ntriples /dev/stdin >"$OUT" 2>"$ERR"
        status=${PIPESTATUS[1]}
        expect_read_once_outcome "/dev/stdin on a pipe, '$option'"
        mkfifo fifo.ev || fail "mkfifo failed"
        cat good.ev >fifo.ev &
        local writer=$!
        # shellcheck disable=SC2086
        expect_status_read_once "a FIFO, '$option'" \
            timeout 20 "$EVKG" build $option -f ntriples fifo.ev
        kill "$writer" 2>/dev/null
        wait "$writer" 2>/dev/null
        rm fifo.ev
    done
}

# expect_status_read_once WHAT CMD...: runs CMD, then expect_read_once_outcome WHAT.
expect_status_read_once() {
    local what=$1
    shift
    run "$@"
    expect_read_once_outcome "$what"
}

# expect_read_once_outcome WHAT: the last run wrote ./expected.nt, or refused the input with 66.
expect_read_once_outcome() {
    ((status != 124)) || fail "$1: evkg hung (killed after 20 s)"
    if ((status == 0)); then
        cmp -s "$OUT" expected.nt || fail "$1: the output differs from the regular file's"
    elif ((status == 66)); then
        expect_stdout_empty
        expect_stderr_nonempty
    else
        fail "$1: expected exit status 0 (read once) or 66 (refused), got $status"
    fi
}

# More workers than the system lets evkg create (an address-space limit, as in a container or a
# batch job): evkg must run with the threads it got, or stop with an error message (70 or 71)
# leaving no trace; never abort (SIGABRT: "terminate called without an active exception").
# Limits under which even -j 1 cannot run (a sanitizer build) are skipped.
test_jobs_beyond_the_system_limits() {
    generate 120 14 corpus
    mkdir -p out
    expect_status 0 "$EVKG" build -j 1 -f nquads -o expected.nq corpus/corpus.ev
    local limit jobs option tried=0
    for limit in 200000 400000 600000 1000000; do
        (ulimit -v "$limit" && exec "$EVKG" build -j 1 -f nquads corpus/corpus.ev) \
            >/dev/null 2>&1 || continue
        tried=$((tried + 1))
        for jobs in 64 1024; do
            for option in "" "--stream"; do
                printf 'old content\n' >out/graph.nq
                before=$(snapshot out)
                last_command="(ulimit -v $limit; evkg build $option -j $jobs -f nquads \
-o out/graph.nq corpus/corpus.ev)"
                # shellcheck disable=SC2086
                (ulimit -v "$limit" && exec "$EVKG" build $option -j "$jobs" -f nquads \
                    -o out/graph.nq corpus/corpus.ev) >"$OUT" 2>"$ERR"
                status=$?
                case $status in
                    0)
                        if [[ -z $option ]]; then
                            cmp -s out/graph.nq expected.nq || fail "the output differs from -j 1's"
                        else
                            [[ "$(LC_ALL=C sort -u out/graph.nq)" == "$(LC_ALL=C sort -u expected.nq)" ]] ||
                                fail "the streamed output is not -j 1's graph"
                        fi
                        ;;
                    70 | 71)
                        expect_stderr_nonempty
                        expect_same_snapshot "$before" out "after a failed build"
                        expect_no_temp_files out
                        ;;
                    *) fail "expected exit status 0, 70 or 71 (>128: killed by a signal)" ;;
                esac
            done
        done
    done
    ((tried > 0)) || skip "evkg -j 1 cannot run under an address-space limit here (sanitizers?)"
}

# A file rewritten while evkg reads the corpus (between its two passes): each run builds the
# graph of the old content or of the new one, or stops (65) saying the file changed; never a mix
# of both, never a crash. A writer swaps two versions of one file (same size, other identifiers)
# in place and by rename, as fast as it can, while evkg builds 30 times.
test_file_rewritten_during_the_build() {
    local i
    for i in $(seq 1 30); do printf 'state s%d "S"\n' "$i" >"g$i.ev"; done
    printf 'state aaa "X"\nplace p "P" { in aaa }\n' >A
    printf 'state bbb "X"\nplace p "P" { in bbb }\n' >B
    local format=ntriples option
    cp A f.ev && expect_status 0 "$EVKG" build -f "$format" g*.ev f.ev && cp "$OUT" graph-A
    cp B f.ev && expect_status 0 "$EVKG" build -f "$format" g*.ev f.ev && cp "$OUT" graph-B
    local mode writer
    for mode in in-place rename; do
        # The writer stops by itself after 60 s (a hang guard), or when killed below.
        "$PY" - "$mode" <<'EOF' &
import os, sys, time
a, b = open("A", "rb").read(), open("B", "rb").read()
end = time.time() + 60
if sys.argv[1] == "in-place":
    fd = os.open("f.ev", os.O_WRONLY)
    while time.time() < end:
        os.pwrite(fd, a, 0)
        os.pwrite(fd, b, 0)
else:
    while time.time() < end:
        for name, text in (("t-a", a), ("t-b", b)):
            with open(name, "wb") as f:
                f.write(text)
            os.rename(name, "f.ev")
EOF
        writer=$!
        for i in $(seq 1 15); do
            for option in "-j 4" "--stream -j 4"; do
                # shellcheck disable=SC2086
                run "$EVKG" build $option -f "$format" g*.ev f.ev
                case $status in
                    0)
                        if [[ $option == *--stream* ]]; then
                            [[ $(LC_ALL=C sort -u "$OUT") == "$(LC_ALL=C sort -u graph-A)" ||
                                $(LC_ALL=C sort -u "$OUT") == "$(LC_ALL=C sort -u graph-B)" ]] ||
                                fail "$mode: the streamed graph is neither version's"
                        else
                            cmp -s "$OUT" graph-A || cmp -s "$OUT" graph-B ||
                                fail "$mode: the graph is neither version's"
                        fi
                        ;;
                    65)
                        expect_stdout_empty
                        expect_stderr_matches '`f\.ev`.*changed'
                        ;;
                    *) fail "$mode: expected exit status 0 or 65, got $status" ;;
                esac
            done
        done
        kill "$writer" 2>/dev/null
        wait "$writer" 2>/dev/null
    done
}

run_test
