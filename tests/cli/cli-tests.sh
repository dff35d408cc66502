#!/usr/bin/env bash
# The command-line contract of evkg (README "The command line"; reliability anchors §6E):
#   evkg build FILE... [-o OUT] [-f turtle|ntriples|nquads|trig] [--base IRI] [--max-errors N]
#   evkg check FILE...        evkg --help / COMMAND --help        evkg --version
# Exit status: 0 ok, 64 usage, 65 bad input, 66 input missing/unreadable/a directory,
# 73 cannot create the output, 74 I/O error while writing, 70 internal error.
# On any failure no output file is created, an existing one is left byte-identical and no
# temporary file is left next to it; output files are replaced atomically (temp + rename).
#
# usage: cli-tests.sh EVKG SOURCE_DIR TEST_NAME   (tests/cli/CMakeLists.txt registers each
# function test_NAME below as the CTest test cli.NAME)

# shellcheck disable=SC2317 # test functions are called indirectly, by name
# shellcheck source=testlib.sh
source "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

readonly FORMATS=(turtle ntriples nquads trig)

# --- inputs ------------------------------------------------------------------------------------

# A small valid corpus file (no report: its statements go to the registry graph).
write_good() {
    cat >"${1:-good.ev}" <<'EOF'
# A valid two-declaration corpus.
state mali "Mali"
place bamako "Bamako" {
  kind town
  in mali
}
EOF
}

# A syntax error on line 2: an identifier may not start with a digit.
write_syntax_error() {
    cat >syntax.ev <<'EOF'
state mali "Mali"
state 42niger "Niger"
EOF
}

# A semantic error: a reference to a place nobody declares.
write_semantic_error() {
    cat >semantic.ev <<'EOF'
state mali "Mali"
place bamako "Bamako" {
  in nowhere
}
EOF
}

# Three independent semantic errors.
write_three_errors() {
    cat >three.ev <<'EOF'
place a "A" { in nowhere-one }
place b "B" { in nowhere-two }
place c "C" { in nowhere-three }
EOF
}

# --- success -----------------------------------------------------------------------------------

test_build_to_stdout() {
    write_good
    expect_status 0 "$EVKG" build good.ev
    expect_stdout_nonempty
    expect_stdout_matches '/place/bamako>'
}

test_build_every_format() {
    write_good
    local format
    for format in "${FORMATS[@]}"; do
        expect_status 0 "$EVKG" build -f "$format" good.ev
        expect_stdout_matches 'bamako'
        cp "$OUT" "stdout.$format"
        expect_status 0 "$EVKG" build --format "$format" good.ev -o "file.$format"
        expect_stdout_empty
        cmp -s "stdout.$format" "file.$format" ||
            fail "-f $format: the -o file differs from standard output"
    done
    cmp -s stdout.turtle stdout.ntriples && fail "turtle and ntriples outputs are identical"
    return 0
}

test_build_default_format_is_turtle() {
    write_good
    expect_status 0 "$EVKG" build -f turtle good.ev
    cp "$OUT" explicit.ttl
    expect_status 0 "$EVKG" build good.ev
    cmp -s "$OUT" explicit.ttl || fail "the default format is not Turtle"
}

test_build_seed_corpus() {
    expect_status 0 "$EVKG" build "$SRC/samples/tinzaouatene.ev"
    expect_stdout_matches 'c4-local-official'
}

test_build_base_option() {
    write_good
    expect_status 0 "$EVKG" build -f ntriples --base https://data.example.net/kg/ good.ev
    expect_stdout_matches '<https://data\.example\.net/kg/place/bamako>'
    grep -q 'https://example.org/evkg/' "$OUT" && fail "--base: the default base is still used"
    return 0
}

test_build_output_dash_is_stdout() {
    write_good
    expect_status 0 "$EVKG" build good.ev
    cp "$OUT" plain.ttl
    expect_status 0 "$EVKG" build good.ev -o -
    cmp -s "$OUT" plain.ttl || fail "-o - does not write the same as standard output"
    [[ -e ./- ]] && fail "-o - created a file named '-'"
    return 0
}

test_build_reads_stdin() {
    write_good
    expect_status 0 "$EVKG" build -f nquads good.ev
    cp "$OUT" from-file.nq
    run_in good.ev "$EVKG" build -f nquads -
    ((status == 0)) || fail "build - < good.ev: expected exit status 0"
    cmp -s "$OUT" from-file.nq || fail "reading '-' from standard input gives another graph"
}

test_check_stdin() {
    write_good
    run_in good.ev "$EVKG" check -
    ((status == 0)) || fail "check - < good.ev: expected exit status 0"
    write_syntax_error
    run_in syntax.ev "$EVKG" check -
    ((status == 65)) || fail "check - < syntax.ev: expected exit status 65"
    expect_stderr_matches ':2:[0-9]+: error: '
}

test_check_silent_on_success() {
    write_good
    expect_status 0 "$EVKG" check good.ev
    expect_stdout_empty
    expect_stderr_empty
    expect_status 0 "$EVKG" check "$SRC/samples/tinzaouatene.ev" "$SRC/samples/sahel-registry.ev"
    expect_stdout_empty
    expect_stderr_empty
}

test_check_writes_no_files() {
    write_good
    local before_check
    before_check=$(snapshot .)
    expect_status 0 "$EVKG" check good.ev
    expect_same_snapshot "$before_check" . "check"
}

test_help_everywhere() {
    local args
    for args in "--help" "-h" "build --help" "check --help" "build -h"; do
        # shellcheck disable=SC2086 # split on purpose
        expect_status 0 "$EVKG" $args
        expect_stdout_nonempty
    done
    expect_status 0 "$EVKG" --help
    expect_stdout_matches 'build'
    expect_stdout_matches 'check'
    expect_status 0 "$EVKG" build --help
    local option
    for option in --output --format --base --max-errors; do
        expect_stdout_matches "$option"
    done
    expect_status 0 "$EVKG" check --help
    expect_stdout_matches '--max-errors'
}

test_version() {
    expect_status 0 "$EVKG" --version
    local version
    version=$(sed -n 's/^project(evkg VERSION \([0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")
    [[ -n $version ]] || fail "cannot read the project version from CMakeLists.txt"
    expect_stdout_matches "^evkg $version\$"
    [[ $(wc -l <"$OUT") -eq 1 ]] || fail "--version: expected exactly one line"
    expect_stderr_empty
}

test_output_replaces_atomically() {
    write_good
    mkdir out
    printf 'old\n' >out/graph.ttl
    ln out/graph.ttl old-content-link # a second name for the old inode
    local inode_before
    inode_before=$(stat -c %i out/graph.ttl)
    expect_status 0 "$EVKG" build good.ev -o out/graph.ttl
    [[ $(stat -c %i out/graph.ttl) != "$inode_before" ]] ||
        fail "the output was rewritten in place (same inode), not renamed over the old file"
    [[ $(cat old-content-link) == old ]] ||
        fail "the old file's content was modified in place before the rename"
    grep -q bamako out/graph.ttl || fail "the new output lacks the graph"
    expect_no_temp_files out
    [[ $(find out -mindepth 1 | wc -l) -eq 1 ]] || fail "out/ holds more than the output"
}

test_output_mode_follows_umask() {
    write_good
    (umask 022 && "$EVKG" build good.ev -o new.ttl) || fail "build -o new.ttl failed"
    [[ $(stat -c %a new.ttl) == 644 ]] ||
        fail "a new output file has mode $(stat -c %a new.ttl), expected 644 under umask 022"
    chmod 600 new.ttl
    "$EVKG" build good.ev -o new.ttl || fail "rebuilding over new.ttl failed"
    [[ $(stat -c %a new.ttl) == 600 ]] ||
        fail "replacing an output changed its mode to $(stat -c %a new.ttl) (was 600)"
}

# --stats: one line on standard error after the diagnostics, nothing more on standard output.
test_stats_line() {
    write_good
    expect_status 0 "$EVKG" build --stats -f ntriples good.ev
    expect_stdout_matches '/place/bamako>'
    grep -Eq '^evkg: stats: 1 files, 2 identifiers, 0 reports; index [0-9.]+ MiB; peak RSS [0-9.]+ MiB$' \
        "$ERR" || fail "no stats line: $(cat "$ERR")"
    expect_status 0 "$EVKG" build --stats --stream -f ntriples good.ev -o good.nt
    grep -q '^evkg: stats: 1 files, 2 identifiers' "$ERR" || fail "--stream: no stats line"
    write_semantic_error
    expect_status 65 "$EVKG" check --stats semantic.ev
    grep -q 'error: `nowhere` is not declared' "$ERR" || fail "the error is missing"
    tail -n 1 "$ERR" | grep -q '^evkg: stats: 1 files, 2 identifiers' || fail "stats not last"
}

# --- 64: usage errors ----------------------------------------------------------------------------

test_usage_unknown_option() {
    write_good
    seed_existing_output
    expect_status 64 "$EVKG" build --no-such-option good.ev -o out/graph.ttl
    expect_stderr_nonempty
    expect_stdout_empty
    expect_failure_left_no_trace
    expect_status 64 "$EVKG" check --no-such-option good.ev
    expect_status 64 "$EVKG" --no-such-option
}

test_usage_unknown_format() {
    write_good
    seed_existing_output
    expect_status 64 "$EVKG" build -f rdfxml good.ev -o out/graph.ttl
    expect_stderr_matches 'rdfxml'
    expect_stdout_empty
    expect_failure_left_no_trace
    expect_status 64 "$EVKG" build -f "" good.ev
    expect_status 64 "$EVKG" build -f TURTLEX good.ev
}

test_usage_no_command_or_unknown_command() {
    expect_status 64 "$EVKG"
    expect_stderr_nonempty
    expect_status 64 "$EVKG" frobnicate good.ev
    expect_stderr_nonempty
}

test_usage_missing_file_argument() {
    expect_status 64 "$EVKG" build
    expect_stderr_nonempty
    expect_status 64 "$EVKG" check
    expect_stderr_nonempty
}

test_usage_bad_max_errors() {
    write_good
    local value
    for value in 0 -1 abc ""; do
        expect_status 64 "$EVKG" build --max-errors "$value" good.ev
        expect_stdout_empty
    done
}

# sysexits(3): EX_USAGE is "a bad flag, a bad syntax in a parameter": an invalid --base value
# is a usage error, like an unknown format, and is refused before anything is written.
test_usage_bad_base_iri() {
    write_good
    seed_existing_output
    local base
    for base in "not an iri" "http://ex.org/a b/" "relative/path/"; do
        expect_status 64 "$EVKG" build good.ev --base "$base" -o out/graph.ttl
        expect_stderr_nonempty
        expect_failure_left_no_trace
    done
}

test_usage_option_without_value() {
    write_good
    expect_status 64 "$EVKG" build good.ev -o
    expect_status 64 "$EVKG" build good.ev -f
}

# The output may not be an input, however it is spelled; the input is left untouched.
test_usage_output_is_input() {
    write_good
    mkdir sub
    ln -s ../good.ev sub/link.ev
    ln good.ev hard.ev
    local original spelling
    original=$(cksum <good.ev)
    for spelling in good.ev ./good.ev "$work/good.ev" sub/../good.ev sub/link.ev hard.ev; do
        expect_status 64 "$EVKG" build good.ev -o "$spelling"
        expect_stderr_nonempty
        [[ $(cksum <good.ev) == "$original" ]] || fail "-o $spelling overwrote the input"
        [[ -L sub/link.ev ]] || fail "-o $spelling replaced the symlink"
    done
    expect_no_temp_files .
    expect_no_temp_files sub
}

# A file pulled in with `use` is an input too.
test_usage_output_is_used_file() {
    mkdir corpus
    write_good corpus/registry.ev
    cat >corpus/report.ev <<'EOF'
use "registry.ev"
place gao "Gao" { in mali }
EOF
    local original
    original=$(cksum <corpus/registry.ev)
    expect_status 64 "$EVKG" build corpus/report.ev -o corpus/registry.ev
    [[ $(cksum <corpus/registry.ev) == "$original" ]] ||
        fail "the used file corpus/registry.ev was overwritten by the output"
    # So is a report's article text (`text "..."`), read to check quotes.
    mkdir seed
    cp "$SRC"/samples/*.ev "$SRC"/samples/*.txt seed/
    original=$(cksum <seed/tinzaouatene-afp.txt)
    expect_status 64 "$EVKG" build seed/tinzaouatene.ev -o seed/tinzaouatene-afp.txt
    [[ $(cksum <seed/tinzaouatene-afp.txt) == "$original" ]] ||
        fail "the report's text file was overwritten by the output"
}

test_stdin_with_output_file() {
    # '-' as input and a real output file are fine together.
    write_good
    run_in good.ev "$EVKG" build - -o out.ttl
    ((status == 0)) || fail "build - -o out.ttl: expected exit status 0"
    [[ -s out.ttl ]] || fail "out.ttl was not written"
}

# --- 65: bad input ---------------------------------------------------------------------------

test_bad_syntax() {
    write_syntax_error
    seed_existing_output
    expect_status 65 "$EVKG" build syntax.ev -o out/graph.ttl
    expect_stdout_empty
    expect_failure_left_no_trace
    expect_status 65 "$EVKG" build syntax.ev
    expect_stdout_empty
    expect_status 65 "$EVKG" check syntax.ev
    expect_stdout_empty
    expect_stderr_matches '^syntax\.ev:2:[0-9]+: error: '
}

test_bad_semantic() {
    write_semantic_error
    seed_existing_output
    expect_status 65 "$EVKG" build semantic.ev -o out/graph.ttl
    expect_failure_left_no_trace
    expect_status 65 "$EVKG" check semantic.ev
    expect_stdout_empty
    expect_stderr_matches '^semantic\.ev:3:[0-9]+: error: .*nowhere'
}

# file:line:col: error: message, then the source line, then a caret under the column.
test_diagnostic_format() {
    write_semantic_error
    expect_status 65 "$EVKG" check semantic.ev
    local first line col caret_line source_line
    first=$(grep -E -m1 '^semantic\.ev:[0-9]+:[0-9]+: error: ' "$ERR")
    [[ -n $first ]] || fail "no 'file:line:col: error: ' line"
    line=$(cut -d: -f2 <<<"$first")
    col=$(cut -d: -f3 <<<"$first")
    [[ $line == 3 ]] || fail "the error is reported on line $line, expected 3 ('in nowhere')"
    # The lines after the message: the source line (possibly indented), then the caret.
    source_line=$(grep -A1 -F -- "$first" "$ERR" | sed -n 2p)
    caret_line=$(grep -A2 -F -- "$first" "$ERR" | sed -n 3p)
    [[ $source_line == *"in nowhere"* ]] ||
        fail "the line after the message is not the source line: '$source_line'"
    [[ $caret_line == *^* ]] || fail "no caret line under the source line: '$caret_line'"
    # The caret sits under column $col of the echoed source (the echo may be indented).
    local indent source_text caret_pos
    source_text=$(sed -n 3p semantic.ev)
    indent=$((${#source_line} - ${#source_text}))
    local before_caret=${caret_line%%^*}
    caret_pos=$((${#before_caret} + 1 - indent))
    ((caret_pos == col)) ||
        fail "the caret is under column $caret_pos of the source line, the message says $col"
    # And column $col is where 'nowhere' (the unknown reference) starts, or its line's keyword.
    local at=${source_text:col-1}
    [[ $at == nowhere* || $at == "in nowhere"* ]] ||
        fail "column $col points at '${at}', expected the reference 'nowhere'"
}

# A used file is named by its path from the one that uses it, lexically normal ("./", "x/../",
# "//" gone), from whatever spelling of the corpus' path was given.
test_used_files_named_by_their_normal_path() {
    mkdir -p d/sub
    printf 'use "./d/a.ev"\nuse "d/sub/../b.ev"\nuse "d//sub/c.ev"\n' >top.ev
    printf 'place a1 "A" { bogus 1 }\n' >d/a.ev
    printf 'use "sub/c.ev"\nplace b1 "B" { bogus 1 }\n' >d/b.ev
    printf 'use "../a.ev"\nuse "./e.ev"\nplace c1 "C" { bogus 1 }\n' >d/sub/c.ev
    printf 'place e1 "E" { bogus 1 }\n' >d/sub/e.ev
    local spelling prefix
    for spelling in top.ev ./top.ev d/../top.ev "$PWD/top.ev" "$PWD/./d//../top.ev"; do
        case $spelling in
        /*) prefix="$PWD/" ;;
        *) prefix="" ;;
        esac
        expect_status 65 "$EVKG" check "$spelling"
        local count
        count=$(grep -Ec ': error: ' "$ERR")
        ((count == 4)) || fail "'$spelling': expected 4 errors, got $count"
        local file
        for file in d/a.ev:1 d/b.ev:2 d/sub/c.ev:3 d/sub/e.ev:1; do
            expect_stderr_matches "^${prefix}${file}:16: error: unknown property"
        done
    done
    (cd d && "$EVKG" check ../top.ev >"$OUT" 2>"$ERR") && fail "from d/: expected a failure"
    expect_stderr_matches '^\.\./d/sub/c\.ev:3:16: error: '
}

test_all_errors_reported() {
    write_three_errors
    expect_status 65 "$EVKG" check three.ev
    local count
    count=$(grep -Ec '^three\.ev:[0-9]+:[0-9]+: error: ' "$ERR")
    ((count == 3)) || fail "expected 3 errors, got $count"
    local line
    for line in 1 2 3; do
        expect_stderr_matches "^three\.ev:$line:[0-9]+: error: "
    done
}

test_max_errors_caps_diagnostics() {
    write_three_errors
    expect_status 65 "$EVKG" check --max-errors 1 three.ev
    local count
    count=$(grep -Ec '^three\.ev:[0-9]+:[0-9]+: error: ' "$ERR")
    ((count == 1)) || fail "--max-errors 1: expected 1 error, got $count"
    expect_stderr_matches '^three\.ev:1:[0-9]+: error: '
    expect_status 65 "$EVKG" build --max-errors 2 three.ev
    count=$(grep -Ec '^three\.ev:[0-9]+:[0-9]+: error: ' "$ERR")
    ((count == 2)) || fail "--max-errors 2: expected 2 errors, got $count"
}

test_bad_input_among_good_ones() {
    write_good
    write_semantic_error
    seed_existing_output
    expect_status 65 "$EVKG" build good.ev semantic.ev -o out/graph.ttl
    expect_failure_left_no_trace
}

# Invalid UTF-8 is bad input (docs/language.md, Lexical structure), reported at the byte.
test_bad_encoding() {
    printf 'state mali "Mali"\nstate niger "Ni\xffger"\n' >latin.ev
    seed_existing_output
    expect_status 65 "$EVKG" build latin.ev -o out/graph.ttl
    expect_failure_left_no_trace
    expect_status 65 "$EVKG" check latin.ev
    expect_stderr_matches '^latin\.ev:2:[0-9]+: error: '
}

# An empty file, or one with only comments and blank lines, is a valid (empty) corpus, and
# equivalent empty inputs give the same bytes.
test_build_empty_input() {
    : >empty.ev
    printf '# nothing yet\n\n   \n# still nothing\n' >comments.ev
    local format
    for format in "${FORMATS[@]}"; do
        expect_status 0 "$EVKG" build -f "$format" empty.ev
        cp "$OUT" "empty.$format"
        expect_status 0 "$EVKG" build -f "$format" comments.ev
        cmp -s "$OUT" "empty.$format" ||
            fail "-f $format: an empty file and a comment-only file give different output"
    done
    expect_status 0 "$EVKG" check empty.ev comments.ev
    expect_stdout_empty
}

# The index takes files in the order they are reached (here z.ev, through a.ev's `use`, before
# a.ev's own declarations are indexed, and the command line in any order), yet the first
# declaration in canonical path order wins and the errors come in that order, with -j 1 and -j 2.
test_duplicates_follow_canonical_order() {
    mkdir -p sub
    cat >z.ev <<'EOF'
group x "X in z"
group y "Y in z"
place x "X again in z"
EOF
    cat >a.ev <<'EOF'
use "z.ev"
state x "X in a"
bogus-kind q "Q"
group y "Y in a"
EOF
    cat >sub/m.ev <<'EOF'
group x "X in m"
EOF
    expect_status 65 "$EVKG" check z.ev a.ev sub/m.ev
    cp "$ERR" first.err
    local order jobs
    for order in "sub/m.ev z.ev a.ev" "a.ev sub/m.ev" "z.ev sub/m.ev a.ev"; do
        for jobs in 1 2; do
            # shellcheck disable=SC2086 # the order is a list of words
            expect_status 65 "$EVKG" check -j "$jobs" $order
            cmp -s "$ERR" first.err || fail "check -j $jobs $order: other diagnostics"
        done
    done
    # a.ev comes first: its `x` and `y` win; z.ev's three and m.ev's one are duplicates.
    [[ $(grep -c 'is already declared' first.err) == 4 ]] || fail "expected 4 duplicates"
    [[ $(grep -c 'is already declared (as a state)' first.err) == 3 ]] ||
        fail "a.ev's state x does not hold x"
    grep -A1 'note: previous definition here' first.err | grep -Fq 'state x "X in a"' ||
        fail "the note does not point at a.ev"
    # In canonical (path) order: a.ev's unknown kind, sub/m.ev, then z.ev's lines 1, 2, 3.
    grep -oE '^[a-z/]+\.ev:[0-9]+:[0-9]+: error' first.err >where.txt
    printf '%s\n' 'a.ev:3:1: error' 'sub/m.ev:1:7: error' 'z.ev:1:7: error' 'z.ev:2:7: error' \
        'z.ev:3:7: error' | cmp -s - where.txt || fail "errors out of order: $(cat where.txt)"
}

# --- 66: inputs that cannot be read ---------------------------------------------------------

test_input_missing() {
    write_good
    seed_existing_output
    expect_status 66 "$EVKG" build good.ev no-such-file.ev -o out/graph.ttl
    expect_stderr_matches 'no-such-file\.ev'
    expect_stdout_empty
    expect_failure_left_no_trace
    expect_status 66 "$EVKG" check no-such-file.ev
    expect_stderr_matches 'no-such-file\.ev'
}

test_input_is_directory() {
    mkdir adir
    seed_existing_output
    expect_status 66 "$EVKG" build adir -o out/graph.ttl
    expect_stderr_matches 'adir'
    expect_failure_left_no_trace
    expect_status 66 "$EVKG" check adir
}

# Run evkg as an unprivileged user (root reads anything), if this machine allows it.
as_nobody() {
    if ((EUID == 0)); then
        setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
    else
        "$@"
    fi
}

need_unprivileged_user() {
    if ((EUID == 0)); then
        command -v setpriv >/dev/null || skip "running as root without setpriv"
        setpriv --reuid=nobody --regid=nogroup --clear-groups -- test -x "$EVKG" ||
            skip "user nobody cannot run $EVKG (a parent directory is not world-searchable)"
        setpriv --reuid=nobody --regid=nogroup --clear-groups -- test -w /dev/null ||
            skip "cannot run as nobody here"
    fi
}

test_input_unreadable() {
    need_unprivileged_user
    write_good
    chmod 000 good.ev
    seed_existing_output
    chmod 777 out
    expect_status 66 as_nobody "$EVKG" build good.ev -o out/graph.ttl
    expect_stderr_matches 'good\.ev'
    expect_failure_left_no_trace
}

# --- 73: the output cannot be created -------------------------------------------------------

test_output_directory_missing() {
    write_good
    expect_status 73 "$EVKG" build good.ev -o no/such/dir/graph.ttl
    expect_stderr_nonempty
    [[ -e no ]] && fail "a directory was created for the output"
    expect_no_temp_files .
}

test_output_is_directory() {
    write_good
    mkdir out
    before=$(snapshot out)
    expect_status 73 "$EVKG" build good.ev -o out
    expect_stderr_nonempty
    expect_same_snapshot "$before" out "output was a directory"
    expect_no_temp_files .
}

test_output_directory_read_only() {
    need_unprivileged_user
    write_good
    seed_existing_output
    chmod 555 out
    chmod 644 out/graph.ttl
    expect_status 73 as_nobody "$EVKG" build good.ev -o out/graph.ttl
    expect_stderr_nonempty
    expect_failure_left_no_trace
}

# --- 74: write errors -------------------------------------------------------------------------

# -o a device that always reports ENOSPC. As root, the test uses its own device node (a copy
# of /dev/full made with mknod), never /dev/full itself: an implementation that writes a temp
# file next to the output and renames it over would replace the device with a regular file.
test_write_error_dev_full_output() {
    [[ -c /dev/full && -w /dev/full ]] || skip "no /dev/full"
    write_good
    local device runner=()
    if ((EUID == 0)) && mknod -m 666 full-device c 1 7 2>/dev/null; then
        device=$work/full-device
    else
        need_unprivileged_user
        device=/dev/full
        runner=(as_nobody)
    fi
    expect_status 74 "${runner[@]}" "$EVKG" build good.ev -o "$device"
    expect_stderr_nonempty
    [[ -c $device ]] || fail "$device is no longer a character device: the output replaced it"
}

# `-o /dev/stdout` is a common idiom; it must write to standard output, not replace the link.
# Tested with a private symlink to /dev/stdout, so a rename-over bug cannot touch /dev.
test_output_to_stdout_device() {
    write_good
    expect_status 0 "$EVKG" build -f ntriples good.ev
    cp "$OUT" expected.nt
    ln -s /dev/stdout stdout-link
    # Standard output is a pipe here (as in `evkg build ... -o /dev/stdout | less`).
    last_command="evkg build -f ntriples good.ev -o stdout-link | cat"
    "$EVKG" build -f ntriples good.ev -o stdout-link 2>"$ERR" | cat >"$OUT"
    status=${PIPESTATUS[0]}
    ((status == 0)) || fail "expected exit status 0, got $status"
    [[ -L stdout-link ]] || fail "-o stdout-link replaced the symlink with a regular file"
    cmp -s "$OUT" expected.nt || fail "-o a link to /dev/stdout did not write the graph to stdout"
}

test_write_error_stdout_dev_full() {
    [[ -w /dev/full ]] || skip "no /dev/full"
    write_good
    last_command="evkg build good.ev > /dev/full"
    "$EVKG" build good.ev >/dev/full 2>"$ERR"
    status=$?
    ((status == 74)) || fail "expected exit status 74, got $status"
    [[ -s $ERR ]] || fail "expected a message on standard error"
}

# A file-size limit makes write() fail with EFBIG (and raise SIGXFSZ): an I/O error like a
# full disk. The old output survives and the temporary file is removed.
test_write_error_file_size_limit() {
    seed_existing_output
    cp "$SRC"/samples/*.ev "$SRC"/samples/*.txt . || fail "cannot copy the samples"
    # Check the real output is larger than the limit, or the test proves nothing.
    "$EVKG" build tinzaouatene.ev -f ntriples >big.nt 2>/dev/null ||
        fail "building the seed failed"
    (($(stat -c %s big.nt) > 8192)) || fail "the seed's output is too small for this test"
    rm big.nt
    last_command="(ulimit -f 8; evkg build tinzaouatene.ev -f ntriples -o out/graph.ttl)"
    (ulimit -f 8 && exec "$EVKG" build tinzaouatene.ev -f ntriples -o out/graph.ttl) \
        >"$OUT" 2>"$ERR"
    status=$?
    expect_failure_left_no_trace
    ((status == 74)) || fail "expected exit status 74, got $status (>128: killed by a signal)"
}

# --- interruption --------------------------------------------------------------------------------

# SIGTERM or SIGINT at any moment of a build (reading, building or writing): the output is either
# the old content or the complete new content, never a mix, and no temporary file remains.
test_interrupted_build_leaves_old_or_new() {
    awk 'BEGIN { for (i = 1; i <= 30000; i++) printf "place p%d \"Place %d\" { kind town }\n", i, i }' \
        </dev/null >big.ev
    local start_ns end_ns
    start_ns=$(date +%s%N)
    expect_status 0 "$EVKG" build -f ntriples big.ev -o complete.nt
    end_ns=$(date +%s%N)
    mkdir out
    # Signals at fractions of one build's duration, so some land while the output is written.
    local duration_ms=$(((end_ns - start_ns) / 1000000)) percent delay signal pid code
    for percent in 5 40 70 85 92 97; do
        delay=$(printf '%d.%03d' $((duration_ms * percent / 100 / 1000)) \
            $((duration_ms * percent / 100 % 1000)))
        signal=$( ((percent % 2)) && echo TERM || echo INT)
        printf 'old content\n' >out/graph.nt
        "$EVKG" build -f ntriples big.ev -o out/graph.nt 2>"$ERR" &
        pid=$!
        sleep "$delay"
        kill -s "$signal" "$pid" 2>/dev/null
        wait "$pid"
        code=$?
        last_command="evkg build -f ntriples big.ev -o out/graph.nt, SIG$signal after $delay s"
        status=$code
        if [[ $(cat out/graph.nt) != "old content" ]] && ! cmp -s out/graph.nt complete.nt; then
            fail "after SIG$signal at $delay s the output is neither the old nor the new graph"
        fi
        expect_no_temp_files out
        [[ $(find out -mindepth 1 | wc -l) -eq 1 ]] || fail "out/ holds more than the output"
    done
}

# A signal that lands the instant the temporary output file is created (between mkstemp() and
# the moment the build records its name, or in another thread meanwhile) must still find it
# removed: a preloaded mkstemp() sends SIGINT to the process right after creating the file.
test_interrupt_as_output_is_created() {
    [[ -n ${EVKG_INTERRUPT_AT_CREATE:-} ]] || fail "EVKG_INTERRUPT_AT_CREATE is not set"
    write_good
    mkdir out
    local code mode
    for mode in "" "--stream" "--stream -j 1"; do
        printf 'old content\n' >out/graph.nt
        # shellcheck disable=SC2086 # $mode is a list of options
        LD_PRELOAD=$EVKG_INTERRUPT_AT_CREATE \
            ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
            "$EVKG" build $mode -f ntriples good.ev -o out/graph.nt 2>"$ERR"
        code=$?
        last_command="evkg build $mode -f ntriples good.ev -o out/graph.nt, SIGINT at mkstemp()"
        status=$code
        ((code == 130)) || fail "expected death by SIGINT (130), got $code"
        [[ $(cat out/graph.nt) == "old content" ]] || fail "the old output was not left intact"
        expect_no_temp_files out
    done
}

run_test
