#!/usr/bin/env bash
# Reading safely (docs/hardening.md, issue 20): every input is read with a bound; `use` and
# `text` take only regular files and never wait; `use` takes only `.ev` files; --root confines
# `use` and `text`; symbolic link loops are named. Each reproducer of the issue is a case here,
# with its exact diagnostic and exit status. `timeout` turns a hang into a clear failure (the
# CTest TIMEOUT is the last guard); no case asserts a time.
#
# usage: reading-tests.sh EVKG SOURCE_DIR TEST_NAME   (tests/hostile/CMakeLists.txt registers
# each function test_NAME below as the CTest test reading.NAME)

# shellcheck disable=SC2317 # test functions are called indirectly, by name
# shellcheck source=../cli/testlib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../cli/testlib.sh"

# A hang guard for one command: far above what any case takes, far below CTest's TIMEOUT.
readonly GUARD=20

# guarded CMD...: run CMD under `timeout`; a hang fails the test with a message.
guarded() {
    run timeout "$GUARD" "$@"
    ((status != 124)) || fail "still running after ${GUARD} s: reading blocked or did not stop"
}

# expect_stderr_exactly TEXT: standard error is TEXT (and a final newline).
expect_stderr_exactly() {
    local got
    got=$(cat "$ERR")
    [[ $got == "$1" ]] || fail "expected on stderr:
$1
got:
$got"
}

# report_with_text FILE TEXT-PATH: a valid report whose article text is TEXT-PATH.
report_with_text() {
    printf 'outlet afp "AFP"\nreport r { outlet afp  published 2024-07-30  language en  text "%s" }\n' \
        "$2" >"$1"
}

# --- bounded reading: devices and endless pipes ------------------------------------------------

test_command_line_device_bounded() {
    guarded "$EVKG" check --max-file-size 1000 /dev/zero
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_exactly 'evkg: error: cannot read `/dev/zero`: it is a character device and gave more than the limit of 1000 bytes'
    # Memory stays near the limit: under an address-space limit that leaves room for 20 MB
    # twice (the buffer doubles while a device or pipe is read), a 20 MB limit is refused with
    # exit 65; unbounded, the read ended in std::bad_alloc (exit 70). The room evkg itself needs
    # is probed first (ASan cannot run under any such limit: then this part is skipped).
    printf 'state a\n' >small.ev
    local base
    for base in 100000 200000 400000 800000; do
        (ulimit -v "$base" && exec "$EVKG" check small.ev) >/dev/null 2>&1 && break
        base=
    done
    [[ -n $base ]] || return 0
    local limit=$((20 * 1000 * 1000))
    last_command="(ulimit -v $((base + 2 * limit / 1024 + 20000)); evkg check --max-file-size $limit /dev/zero)"
    (ulimit -v $((base + 2 * limit / 1024 + 20000)) &&
        exec timeout "$GUARD" "$EVKG" check --max-file-size "$limit" /dev/zero) >"$OUT" 2>"$ERR"
    status=$?
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_exactly "evkg: error: cannot read \`/dev/zero\`: it is a character device and gave more than the limit of $limit bytes"
}

test_command_line_endless_pipes_bounded() {
    last_command="yes | evkg check --max-file-size 1000 /dev/stdin"
    yes | timeout "$GUARD" "$EVKG" check --max-file-size 1000 /dev/stdin >"$OUT" 2>"$ERR"
    status=$?
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_exactly 'evkg: error: cannot read `/dev/stdin`: it is a pipe (FIFO) and gave more than the limit of 1000 bytes'
    last_command="evkg check --max-file-size 1000 <(yes 'state a')"
    timeout "$GUARD" "$EVKG" check --max-file-size 1000 <(yes 'state a') >"$OUT" 2>"$ERR"
    status=$?
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_matches '^evkg: error: cannot read `/dev/fd/[0-9]+`: it is a pipe \(FIFO\) and gave more than the limit of 1000 bytes$'
    last_command="yes | evkg check --max-file-size 1000 -"
    yes 'state a' | timeout "$GUARD" "$EVKG" check --max-file-size 1000 - >"$OUT" 2>"$ERR"
    status=$?
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_exactly 'evkg: error: cannot read standard input: it is a pipe (FIFO) and gave more than the limit of 1000 bytes'
    # Within the limit, a pipe is read as before.
    last_command="printf 'state a' | evkg check /dev/stdin"
    printf 'state a\n' | timeout "$GUARD" "$EVKG" check /dev/stdin >"$OUT" 2>"$ERR"
    status=$?
    ((status == 0)) || fail "expected exit status 0, got $status"
}

test_pipe_refused_once_is_not_read_on() {
    # A pipe over the limit, whose rest is a valid file: a first pass that failed is done again
    # in full, and must refuse the pipe again rather than read on from where it stopped (that
    # took the rest for the whole input and passed: exit 0).
    { printf '#'; head -c 1000 /dev/zero | tr '\0' 'a'; printf '\nstate a\n'; } >input.ev
    local name
    for name in - /dev/stdin; do
        run_in input.ev timeout "$GUARD" "$EVKG" check --max-file-size 1000 "$name"
        ((status == 65)) || fail "expected exit status 65, got $status"
        expect_stderr_matches 'more than the limit of 1000 bytes$'
        (($(wc -l <"$ERR") == 1)) || fail "expected one diagnostic"
    done
    # run_in gives a regular file: a pipe is what cannot be read twice.
    last_command="cat input.ev | evkg check --max-file-size 1000 /dev/stdin"
    cat input.ev | timeout "$GUARD" "$EVKG" check --max-file-size 1000 /dev/stdin >"$OUT" 2>"$ERR"
    status=$?
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_exactly 'evkg: error: cannot read `/dev/stdin`: it is a pipe (FIFO) and gave more than the limit of 1000 bytes'
    last_command="cat input.ev | evkg check --max-file-size 1000 -"
    cat input.ev | timeout "$GUARD" "$EVKG" check --max-file-size 1000 - >"$OUT" 2>"$ERR"
    status=$?
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_exactly 'evkg: error: cannot read standard input: it is a pipe (FIFO) and gave more than the limit of 1000 bytes'
}

# --- `use`: regular `.ev` files only ------------------------------------------------------------

test_use_of_a_device_refused() {
    # The issue's reproducer: it ran for 100 s and reached 8.4 GB.
    printf 'use "/dev/zero"\nstate a\n' >u.ev
    guarded "$EVKG" check --max-file-size 1000 u.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_exactly 'u.ev:1:5: error: cannot use `/dev/zero`: `use` takes annotation files, whose names end in `.ev`
  use "/dev/zero"
      ^~~~~~~~~~~'
    # The same device under an annotation's name: refused for its type, before it is opened.
    ln -s /dev/zero zero.ev
    printf 'use "zero.ev"\nstate a\n' >u.ev
    guarded "$EVKG" check u.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_exactly 'u.ev:1:5: error: cannot use `zero.ev`: it is a character device, not a regular file
  use "zero.ev"
      ^~~~~~~~~'
}

test_use_of_a_fifo_does_not_block() {
    # A FIFO without a writer: it used to wait forever.
    mkfifo fifo.ev
    printf 'use "fifo.ev"\nstate a\n' >u.ev
    guarded "$EVKG" check u.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_exactly 'u.ev:1:5: error: cannot use `fifo.ev`: it is a pipe (FIFO), not a regular file
  use "fifo.ev"
      ^~~~~~~~~'
    # Also with a writer waiting, and in a `build` (which must write nothing).
    (exec 3>fifo.ev; sleep 30) &
    local writer=$!
    guarded "$EVKG" build -o out.ttl u.ev
    kill "$writer" 2>/dev/null
    wait "$writer" 2>/dev/null
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_matches '^u\.ev:1:5: error: cannot use `fifo\.ev`: it is a pipe \(FIFO\), not a regular file$'
    [[ ! -e out.ttl ]] || fail "a refused input left an output file"
}

test_use_of_a_socket_or_directory_refused() {
    /usr/bin/python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' sock.ev ||
        fail "could not create a socket"
    mkdir dir.ev
    printf 'use "sock.ev"\nuse "dir.ev"\nstate a\n' >u.ev
    guarded "$EVKG" check u.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_exactly 'u.ev:1:5: error: cannot use `sock.ev`: it is a socket, not a regular file
  use "sock.ev"
      ^~~~~~~~~
u.ev:2:5: error: cannot use `dir.ev`: it is a directory, not an annotation file
  use "dir.ev"
      ^~~~~~~~'
}

test_use_of_other_files_never_echoed() {
    # A `use` of a file that is not an annotation file is refused before it is opened: its
    # lines never reach the diagnostics (the issue: /etc/passwd's lines, the environment).
    printf 'secret-line-one\nroot:x:0:0:secret\n' >passwords
    printf 'use "passwords"\nuse "/proc/self/environ"\nstate a\n' >u.ev
    EVKG_SECRET_PROBE=leaked-value guarded "$EVKG" check u.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_exactly 'u.ev:1:5: error: cannot use `passwords`: `use` takes annotation files, whose names end in `.ev`
  use "passwords"
      ^~~~~~~~~~~
u.ev:2:5: error: cannot use `/proc/self/environ`: `use` takes annotation files, whose names end in `.ev`
  use "/proc/self/environ"
      ^~~~~~~~~~~~~~~~~~~~'
}

test_use_of_a_file_over_the_limit_not_read() {
    # A regular file is refused on its size, before a byte of it is read (sparse: 3 GB).
    truncate -s 3G sparse.ev
    printf 'use "sparse.ev"\nstate a\n' >u.ev
    guarded "$EVKG" check u.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_matches '^u\.ev:1:5: error: cannot use `sparse\.ev`: the file is 3221225472 bytes, more than the limit of 268435456 bytes$'
}

# --- `text`: regular files, bounded ------------------------------------------------------------

test_text_over_the_limit_refused() {
    # The issue: a 20 MB text was read under --max-file-size 1000; a 3 GB sparse one for 40 s.
    head -c 20000000 /dev/zero | tr '\0' 'a' >big.txt
    report_with_text r.ev big.txt
    guarded "$EVKG" check --max-file-size 1000 r.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_exactly 'r.ev:2:64: error: cannot read the report text `big.txt`: the file is 20000000 bytes, more than the limit of 1000 bytes
  report r { outlet afp  published 2024-07-30  language en  text "big.txt" }
                                                                 ^~~~~~~~~'
    truncate -s 3G sparse.txt
    report_with_text r.ev sparse.txt
    guarded "$EVKG" check r.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_matches '^r\.ev:2:64: error: cannot read the report text `sparse\.txt`: the file is 3221225472 bytes, more than the limit of 268435456 bytes$'
    # At the limit, it is read (the annotation file is 94 bytes, under it too).
    head -c 99 /dev/zero | tr '\0' 'a' >small.txt
    echo >>small.txt
    report_with_text r.ev small.txt
    guarded "$EVKG" check --max-file-size 100 r.ev
    ((status == 0)) || fail "expected exit status 0, got $status"
    guarded "$EVKG" check --max-file-size 99 r.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_matches 'the file is 100 bytes, more than the limit of 99 bytes$'
    report_with_text r.ev small.txt
    guarded "$EVKG" check --max-file-size 100 r.ev
    ((status == 0)) || fail "expected exit status 0, got $status"
}

test_text_of_a_fifo_or_device_refused() {
    mkfifo fifo.txt
    ln -s /dev/zero zero.txt
    report_with_text r.ev fifo.txt
    guarded "$EVKG" check r.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_matches '^r\.ev:2:64: error: cannot read the report text `fifo\.txt`: it is a pipe \(FIFO\), not a regular file$'
    report_with_text r.ev zero.txt
    guarded "$EVKG" check r.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_matches '^r\.ev:2:64: error: cannot read the report text `zero\.txt`: it is a character device, not a regular file$'
}

# --- symbolic link loops -----------------------------------------------------------------------

test_symlink_loops_named() {
    ln -s loop-b.ev loop-a.ev
    ln -s loop-a.ev loop-b.ev
    ln -s loop.txt loop.txt
    printf 'use "loop-a.ev"\nstate a\n' >u.ev
    guarded "$EVKG" check u.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_exactly 'u.ev:1:5: error: cannot use `loop-a.ev`: a loop of symbolic links (or too many of them in a row)
  use "loop-a.ev"
      ^~~~~~~~~~~'
    guarded "$EVKG" check loop-a.ev
    ((status == 66)) || fail "expected exit status 66, got $status"
    expect_stderr_exactly "evkg: error: cannot read 'loop-a.ev': a loop of symbolic links (or too many of them in a row)"
    report_with_text r.ev loop.txt
    guarded "$EVKG" check r.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_matches '^r\.ev:2:64: error: cannot read the report text `loop\.txt`: a loop of symbolic links \(or too many of them in a row\)$'
}

# --- --root ------------------------------------------------------------------------------------

# A corpus root: corpus/registry.ev, corpus/reports/a.ev using "../registry.ev" with a text.
make_corpus() {
    mkdir -p corpus/reports
    printf 'outlet afp "AFP"\n' >corpus/registry.ev
    printf 'Drones hit the town.\n' >corpus/reports/a.txt
    printf 'use "../registry.ev"\nreport r { outlet afp  published 2024-07-30  language en  text "a.txt" }\n' \
        >corpus/reports/a.ev
    printf 'secret: hunter2\n' >outside.ev
    printf 'hunter2\n' >outside.txt
}

test_root_allows_the_corpus() {
    make_corpus
    guarded "$EVKG" build --root corpus corpus/reports/a.ev
    ((status == 0)) || fail "expected exit status 0, got $status"
    expect_stdout_matches 'report/r>'
    # Also when the root is spelt with `..` or a link, and from inside it.
    ln -s corpus link
    guarded "$EVKG" check --root ./link/../corpus link/reports/a.ev
    ((status == 0)) || fail "expected exit status 0, got $status"
    (cd corpus/reports && timeout "$GUARD" "$EVKG" check --root .. a.ev) >"$OUT" 2>"$ERR" ||
        fail "a check from inside the root failed: $(cat "$ERR")"
}

test_root_refuses_dotdot_escapes() {
    make_corpus
    printf 'use "../../outside.ev"\nuse "../reports/../../outside.ev"\nuse "../../no-such.ev"\nstate a\n' \
        >corpus/reports/b.ev
    guarded "$EVKG" check --root corpus corpus/reports/b.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    local root
    root=$(readlink -f corpus)
    expect_stderr_exactly "corpus/reports/b.ev:1:5: error: cannot use \`../../outside.ev\`: it lies outside the root \`$root\` (after resolving \`..\` and symbolic links)
  use \"../../outside.ev\"
      ^~~~~~~~~~~~~~~~~~
corpus/reports/b.ev:2:5: error: cannot use \`../reports/../../outside.ev\`: it lies outside the root \`$root\` (after resolving \`..\` and symbolic links)
  use \"../reports/../../outside.ev\"
      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
corpus/reports/b.ev:3:5: error: cannot use \`../../no-such.ev\`: it lies outside the root \`$root\` (after resolving \`..\` and symbolic links)
  use \"../../no-such.ev\"
      ^~~~~~~~~~~~~~~~~~"
    # A text escaping by `..`: refused, and the quote check never sees its content.
    printf 'outlet afp "AFP"\nreport r { outlet afp  published 2024-07-30  language en  text "../../outside.txt" }\n' \
        >corpus/reports/c.ev
    guarded "$EVKG" check --root corpus corpus/reports/c.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_matches "^corpus/reports/c\\.ev:2:64: error: cannot read the report text \`\\.\\./\\.\\./outside\\.txt\`: it lies outside the root"
    if grep -q hunter2 "$ERR"; then fail "a diagnostic echoed the content of a file outside the root"; fi
    # Without --root the same corpus reads the file (as `#include` would).
    guarded "$EVKG" check corpus/reports/c.ev
    ((status == 0)) || fail "expected exit status 0 without --root, got $status"
}

test_root_refuses_absolute_paths() {
    make_corpus
    local inside
    inside=$(readlink -f corpus/registry.ev)
    printf 'use "%s"\nuse "/etc/passwd.ev"\nstate a\n' "$inside" >corpus/b.ev
    guarded "$EVKG" check --root corpus corpus/b.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    local root
    root=$(readlink -f corpus)
    # Even an absolute path that points inside the root: the corpus must not depend on where
    # it is checked out.
    expect_stderr_matches "^corpus/b\\.ev:1:5: error: cannot use \`.*registry\\.ev\`: absolute paths are refused under --root \\(write the path relative to this file, inside \`$root\`\\)$"
    expect_stderr_matches "^corpus/b\\.ev:2:5: error: cannot use \`/etc/passwd\\.ev\`: absolute paths are refused under --root"
    report_with_text corpus/c.ev /etc/passwd
    guarded "$EVKG" check --root corpus corpus/c.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_matches '^corpus/c\.ev:2:64: error: cannot read the report text `/etc/passwd`: absolute paths are refused under --root'
}

test_root_refuses_symlinks_out() {
    make_corpus
    ln -s ../outside.ev corpus/link.ev
    ln -s "$(readlink -f .)" corpus/up
    ln -s ../outside.txt corpus/link.txt
    printf 'use "link.ev"\nuse "up/outside.ev"\nuse "up/corpus/registry.ev"\nstate a\n' >corpus/b.ev
    guarded "$EVKG" check --root corpus corpus/b.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    local root
    root=$(readlink -f corpus)
    expect_stderr_matches "^corpus/b\\.ev:1:5: error: cannot use \`link\\.ev\`: it lies outside the root \`$root\` \\(after resolving \`\\.\\.\` and symbolic links\\)$"
    expect_stderr_matches "^corpus/b\\.ev:2:5: error: cannot use \`up/outside\\.ev\`: it lies outside the root"
    # A link that leaves the root and comes back in lands inside: it is the registry.
    (($(grep -c ': error: ' "$ERR") == 2)) || fail "expected exactly two errors"
    report_with_text corpus/c.ev link.txt
    guarded "$EVKG" check --root corpus corpus/c.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_matches '^corpus/c\.ev:2:64: error: cannot read the report text `link\.txt`: it lies outside the root'
    if grep -q hunter2 "$ERR"; then fail "a diagnostic echoed the content of a file outside the root"; fi
}

test_root_names_symlink_loops() {
    make_corpus
    ln -s loop-b.ev corpus/loop-a.ev
    ln -s loop-a.ev corpus/loop-b.ev
    printf 'use "loop-a.ev"\nstate a\n' >corpus/b.ev
    guarded "$EVKG" check --root corpus corpus/b.ev
    ((status == 65)) || fail "expected exit status 65, got $status"
    expect_stderr_matches '^corpus/b\.ev:1:5: error: cannot use `loop-a\.ev`: a loop of symbolic links \(or too many of them in a row\)$'
}

test_root_usage_errors() {
    make_corpus
    guarded "$EVKG" check --root no-such-dir corpus/registry.ev
    ((status == 64)) || fail "expected exit status 64, got $status"
    expect_stderr_exactly "evkg: error: --root 'no-such-dir': no such file"
    guarded "$EVKG" check --root corpus/registry.ev corpus/registry.ev
    ((status == 64)) || fail "expected exit status 64, got $status"
    expect_stderr_exactly "evkg: error: --root 'corpus/registry.ev': it is not a directory"
}

run_test
