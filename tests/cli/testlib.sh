# shellcheck shell=bash disable=SC2034  # variables are used by the sourcing scripts
# Shared helpers for the shell tests in tests/cli and tests/oracles. Sourced, not run.
#
# A test script is called as:  SCRIPT EVKG SOURCE_DIR TEST_NAME
# and runs the function test_TEST_NAME in a fresh scratch directory ($work, the current
# directory), removed afterwards. A test fails by calling `fail`, which prints what was run,
# what was expected and what happened, and exits 1. run_test exits 0 when the function returns.
# A test that cannot run on this machine calls `skip` (exit 77, CTest's SKIP_RETURN_CODE).

set -uo pipefail

if (($# != 3)); then
    echo "usage: $0 EVKG SOURCE_DIR TEST_NAME" >&2
    exit 2
fi
EVKG=$(readlink -f "$1")
SRC=$(readlink -f "$2")
TEST_NAME=$3
readonly EVKG SRC TEST_NAME

work=$(mktemp -d "${TMPDIR:-/tmp}/evkg-${TEST_NAME}.XXXXXX") || exit 2
# Captured streams live outside $work, so listings of $work show only what evkg wrote.
capture=$(mktemp -d "${TMPDIR:-/tmp}/evkg-${TEST_NAME}-io.XXXXXX") || exit 2
chmod 755 "$work" "$capture" # readable when a test runs evkg as an unprivileged user
trap 'rm -rf "$work" "$capture"' EXIT
cd "$work" || exit 2

last_command=""
status=0
OUT=$capture/stdout
ERR=$capture/stderr

# fail MESSAGE...: report and stop.
fail() {
    {
        echo "FAIL [$TEST_NAME]: $*"
        if [[ -n $last_command ]]; then
            echo "  last command: $last_command"
            echo "  exit status:  $status"
            echo "  stderr (first 15 lines):"
            head -n 15 "$ERR" 2>/dev/null | sed 's/^/    /'
            echo "  stdout (first 5 lines):"
            head -n 5 "$OUT" 2>/dev/null | cut -c1-200 | sed 's/^/    /'
        fi
    } >&2
    exit 1
}

skip() {
    echo "SKIP [$TEST_NAME]: $*"
    exit 77
}

# run CMD...: runs it with stdout in $OUT and stderr in $ERR; sets $status. Never fails.
run() {
    last_command=$(printf '%q ' "$@")
    "$@" >"$OUT" 2>"$ERR"
    status=$?
}

# run_in INPUT_FILE CMD...: as run, with standard input from INPUT_FILE.
run_in() {
    local input=$1
    shift
    last_command="$(printf '%q ' "$@")< $input"
    "$@" <"$input" >"$OUT" 2>"$ERR"
    status=$?
}

# expect_status CODE CMD...: runs CMD and fails unless it exits with CODE.
expect_status() {
    local expected=$1
    shift
    run "$@"
    ((status == expected)) || fail "expected exit status $expected, got $status"
}

expect_stdout_empty() { [[ ! -s $OUT ]] || fail "expected nothing on standard output"; }
expect_stderr_empty() { [[ ! -s $ERR ]] || fail "expected nothing on standard error"; }
expect_stdout_nonempty() { [[ -s $OUT ]] || fail "expected output on standard output"; }
expect_stderr_nonempty() { [[ -s $ERR ]] || fail "expected a message on standard error"; }

# expect_stderr_matches ERE: some line of stderr matches the extended regular expression.
expect_stderr_matches() {
    grep -Eq -- "$1" "$ERR" || fail "expected a line of stderr to match /$1/"
}
expect_stdout_matches() {
    grep -Eq -- "$1" "$OUT" || fail "expected a line of stdout to match /$1/"
}

# snapshot DIR: names, types, sizes and checksums of everything in DIR (hidden files too,
# recursively). Two equal snapshots mean nothing was created, removed or changed.
snapshot() {
    (cd "$1" && find . -mindepth 1 -printf '%y %p %l\n' | LC_ALL=C sort |
        while read -r type path link; do
            if [[ $type == f ]]; then
                echo "$type $path $(cksum <"$path")"
            else
                echo "$type $path $link"
            fi
        done)
}

# expect_same_snapshot BEFORE DIR WHAT: DIR still matches the snapshot BEFORE.
expect_same_snapshot() {
    local before=$1 dir=$2 what=$3 after
    after=$(snapshot "$dir")
    if [[ $before != "$after" ]]; then
        fail "$what: the directory changed:
$(diff <(echo "$before") <(echo "$after") | sed 's/^/    /')"
    fi
}

# expect_no_temp_files DIR: no leftover temporary file of evkg's (or anyone's) in DIR.
expect_no_temp_files() {
    local leftovers
    leftovers=$(find "$1" -mindepth 1 -maxdepth 1 \( -name '.*' -o -name '*.tmp' \
        -o -name '*evkg-*' -o -name '*~' \) -printf '%f ')
    [[ -z $leftovers ]] || fail "temporary files left behind in $1: $leftovers"
}

# Runs the selected test function.
run_test() {
    if ! declare -F "test_$TEST_NAME" >/dev/null; then
        echo "no such test: $TEST_NAME" >&2
        exit 2
    fi
    "test_$TEST_NAME"
    echo "PASS [$TEST_NAME]"
    exit 0
}

# An existing output file, and a snapshot of its directory.
seed_existing_output() {
    mkdir -p out
    printf 'previous content, must survive a failed build\n' >out/graph.ttl
    before=$(snapshot out)
}

# expect_failure_left_no_trace: after a failed build into out/: nothing changed in out/.
expect_failure_left_no_trace() {
    expect_same_snapshot "$before" out "after a failed build${last_command:+ ($last_command)}"
    expect_no_temp_files out
}
