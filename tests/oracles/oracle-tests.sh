#!/usr/bin/env bash
# evkg's output judged by independent RDF parsers, compared across formats, against a reviewed
# golden graph, and for byte-determinism (reliability anchors §1, §6E item 43, §7 T2/T10).
#
# The corpus is every samples/*.ev (the seed report samples/tinzaouatene.ev pulls in
# samples/sahel-registry.ev with `use`; more reports may join). The golden graph is the seed's.
#
# Oracles, all strict, all must accept every output:
#   serdi  (serdi -i SYNTAX -o ntriples)          rapper (rapper -i SYNTAX -c)
#   Jena   (scripts/jena riot --validate)          rdflib (scripts/rdflib-parse)
#   Oxigraph (scripts/oracles/oxigraph-parse.mjs, no base IRI: relative IRIs are errors)
#
# usage: oracle-tests.sh EVKG SOURCE_DIR TEST_NAME   (tests/oracles/CMakeLists.txt registers
# each function test_NAME below as the CTest test oracles.NAME, labelled "external")

# shellcheck disable=SC2317 # test functions are called indirectly, by name
# shellcheck source=../cli/testlib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../cli/testlib.sh"

readonly FORMATS=(turtle ntriples nquads trig)
declare -A EXT=([turtle]=ttl [ntriples]=nt [nquads]=nq [trig]=trig)
readonly SEED=$SRC/samples/tinzaouatene.ev
readonly REGISTRY=$SRC/samples/sahel-registry.ev
readonly GOLDEN=$SRC/tests/oracles/golden/seed.nq
readonly ISOMORPHIC=$SRC/scripts/rdf-isomorphic
mapfile -t CORPUS < <(LC_ALL=C ls "$SRC"/samples/*.ev)

need() {
    command -v "$1" >/dev/null 2>&1 || fail "'$1' is not installed (run scripts/setup)"
}

# build_formats DIR NAME FILE...: DIR/NAME.{ttl,nt,nq,trig} from evkg build FILE...
build_formats() {
    local dir=$1 name=$2
    shift 2
    mkdir -p "$dir"
    local format
    for format in "${FORMATS[@]}"; do
        expect_status 0 "$EVKG" build -f "$format" -o "$dir/$name.${EXT[$format]}" "$@"
        [[ -s $dir/$name.${EXT[$format]} ]] || fail "evkg build -f $format wrote an empty file"
    done
}

# corpus outputs in ./corpus.*
build_corpus() { build_formats . corpus "${CORPUS[@]}"; }

# Counts distinct triples (graph names dropped) and distinct quads of an RDF file with serdi.
distinct_triples() {
    serdi -i "$1" -o ntriples "$2" | LC_ALL=C sort -u | wc -l
}
distinct_quads() {
    serdi -i "$1" -o nquads "$2" | LC_ALL=C sort -u | wc -l
}

# --- (b) strict oracles ------------------------------------------------------------------------

test_serdi_accepts() {
    need serdi
    build_corpus
    local format
    for format in "${FORMATS[@]}"; do
        expect_status 0 serdi -i "$format" -o ntriples "corpus.${EXT[$format]}"
        expect_stderr_empty
        expect_stdout_nonempty
    done
}

test_rapper_accepts() {
    need rapper
    build_corpus
    local format
    for format in "${FORMATS[@]}"; do
        expect_status 0 rapper -i "$format" -c "corpus.${EXT[$format]}"
        if grep -Eiq 'error|warning' "$ERR"; then
            fail "rapper -i $format reported problems"
        fi
    done
}

test_jena_riot_accepts() {
    need java
    [[ -x $SRC/scripts/jena ]] || fail "scripts/jena is missing"
    build_corpus
    # One JVM for all four files; the syntax comes from the extension.
    EVKG_JENA_VERBOSE=1 expect_status 0 "$SRC/scripts/jena" riot --validate \
        corpus.ttl corpus.nt corpus.nq corpus.trig
    # riot --validate reports ill-typed literals as WARN and may still exit 0 in some versions.
    if grep -Eq 'WARN|ERROR' "$ERR"; then
        fail "riot --validate reported warnings or errors"
    fi
}

test_rdflib_accepts() {
    build_corpus
    local format
    for format in "${FORMATS[@]}"; do
        expect_status 0 "$SRC/scripts/rdflib-parse" "$format" "corpus.${EXT[$format]}"
        expect_stderr_empty
    done
}

test_oxigraph_accepts() {
    need node
    [[ -d $SRC/scripts/oracles/node_modules/oxigraph ]] ||
        fail "Oxigraph is not installed in scripts/oracles (run scripts/setup)"
    build_corpus
    local format
    for format in "${FORMATS[@]}"; do
        expect_status 0 node "$SRC/scripts/oracles/oxigraph-parse.mjs" "$format" \
            "corpus.${EXT[$format]}"
    done
}

# The oracles agree with each other on how many quads each file holds (a disagreement means
# one of them read something else than the others: an escaping or injection problem).
test_oracles_agree_on_counts() {
    need serdi
    need rapper
    need node
    build_corpus
    local format file serdi_n rapper_n oxi_n rdflib_n
    for format in "${FORMATS[@]}"; do
        file=corpus.${EXT[$format]}
        serdi_n=$(serdi -i "$format" -o nquads "$file" | wc -l)
        run rapper -i "$format" -c "$file"
        rapper_n=$(sed -n 's/.*Parsing returned \([0-9]*\) triples.*/\1/p' "$ERR")
        run node "$SRC/scripts/oracles/oxigraph-parse.mjs" "$format" "$file"
        oxi_n=$(sed -n 's/.*: \([0-9]*\) quads$/\1/p' "$OUT")
        run "$SRC/scripts/rdflib-parse" "$format" "$file"
        rdflib_n=$(sed -n 's/.*: \([0-9]*\) quads$/\1/p' "$OUT")
        last_command=""
        [[ $serdi_n -gt 0 && $serdi_n == "$rapper_n" && $serdi_n == "$oxi_n" &&
            $serdi_n == "$rdflib_n" ]] ||
            fail "$file: serdi $serdi_n, rapper $rapper_n, Oxigraph $oxi_n, rdflib $rdflib_n quads"
    done
}

# --- (c) the same triples in every format --------------------------------------------------------

test_same_triples_every_format() {
    need serdi
    build_corpus
    local ttl nt nq trig nq_quads trig_quads
    ttl=$(distinct_triples turtle corpus.ttl)
    nt=$(distinct_triples ntriples corpus.nt)
    nq=$(distinct_triples nquads corpus.nq)
    trig=$(distinct_triples trig corpus.trig)
    [[ $ttl -gt 0 && $ttl == "$nt" && $nt == "$nq" && $nq == "$trig" ]] ||
        fail "distinct triples differ: turtle $ttl, ntriples $nt, nquads $nq, trig $trig"
    nq_quads=$(distinct_quads nquads corpus.nq)
    trig_quads=$(distinct_quads trig corpus.trig)
    [[ $nq_quads == "$trig_quads" ]] || fail "quads differ: nquads $nq_quads, trig $trig_quads"
    ((nq_quads >= nq)) || fail "fewer quads ($nq_quads) than distinct triples ($nq)"
    # Turtle and N-Triples hold exactly one statement per line / per triple: no duplicates.
    [[ $(wc -l <corpus.nt) == "$nt" ]] ||
        fail "corpus.nt has $(wc -l <corpus.nt) lines but $nt distinct triples"
    [[ $(wc -l <corpus.nq) == "$nq_quads" ]] ||
        fail "corpus.nq has $(wc -l <corpus.nq) lines but $nq_quads distinct quads"
}

# Stronger than counting: the graphs are isomorphic (blank nodes mapped) across formats.
test_formats_isomorphic() {
    build_corpus
    expect_status 0 "$ISOMORPHIC" corpus.ttl corpus.nt
    expect_status 0 "$ISOMORPHIC" --merge corpus.nt corpus.nq
    expect_status 0 "$ISOMORPHIC" --merge corpus.ttl corpus.trig
    # TriG and N-Quads: the same dataset, graph by graph.
    expect_status 0 "$ISOMORPHIC" corpus.nq corpus.trig
}

# --- (d) golden graph -----------------------------------------------------------------------------

# Every format of one sample's build is isomorphic to its golden N-Quads.
check_golden() { # NAME GOLDEN SAMPLE.ev
    local name=$1 golden=$2 sample=$3
    [[ -s $golden ]] || fail "missing golden file $golden"
    # The golden must itself be valid for the strict parsers.
    expect_status 0 serdi -i nquads -o nquads "$golden"
    build_formats . "$name" "$sample"
    expect_status 0 "$ISOMORPHIC" "$name.nq" "$golden"
    expect_status 0 "$ISOMORPHIC" "$name.trig" "$golden"
    expect_status 0 "$ISOMORPHIC" --merge "$name.ttl" "$golden"
    expect_status 0 "$ISOMORPHIC" --merge "$name.nt" "$golden"
}

test_golden_seed() { check_golden seed "$GOLDEN" "$SEED"; }

# The second report (samples/ecowas-withdrawal.ev, with the shared registry).
test_golden_ecowas() {
    check_golden ecowas "$SRC/tests/oracles/golden/ecowas-withdrawal.nq" \
        "$SRC/samples/ecowas-withdrawal.ev"
}

# The comparison itself must be able to fail: a golden with one triple changed is refused.
test_golden_comparison_can_fail() {
    [[ -s $GOLDEN ]] || fail "missing golden file $GOLDEN"
    # One literal changed, and one quad dropped: both must be reported as differences.
    awk '!done && /"/ { sub(/"/, "\"changed "); done = 1 } { print }' "$GOLDEN" >changed.nq
    head -n -1 "$GOLDEN" >missing-last.nq
    cmp -s "$GOLDEN" changed.nq && fail "could not derive a changed golden"
    expect_status 1 "$ISOMORPHIC" "$GOLDEN" changed.nq
    expect_stdout_matches 'only in B .*: 1$'
    expect_stdout_matches '"changed '
    expect_status 1 "$ISOMORPHIC" "$GOLDEN" missing-last.nq
    expect_stdout_matches 'only in A .*: 1$'
}

# Facts of the seed checked against docs/rdf-mapping.md, independently of the golden file:
# each tests/oracles/seed-facts/*.rq is a SPARQL ASK that must answer true on the seed's
# N-Quads (default graph = union of all graphs; GRAPH patterns see the named graphs).
test_seed_facts() {
    need node
    build_formats . seed "$SEED"
    local query failed=()
    for query in "$SRC"/tests/oracles/seed-facts/*.rq; do
        run node "$SRC/scripts/oracles/oxigraph-query.mjs" --union seed.nq nquads "$query"
        ((status == 0)) || fail "$(basename "$query"): the query failed"
        if [[ $(cat "$OUT") != true ]]; then
            failed+=("$(basename "$query"): $(sed -n '1s/^# //p' "$query")")
        fi
    done
    last_command=""
    ((${#failed[@]} == 0)) || fail "seed facts not in the output:
$(printf '    %s\n' "${failed[@]}")"
}

# --- (e) determinism --------------------------------------------------------------------------------

# expect_identical_outputs DIR_A DIR_B NAME WHAT
expect_identical_outputs() {
    local format
    for format in "${FORMATS[@]}"; do
        cmp -s "$1/$3.${EXT[$format]}" "$2/$3.${EXT[$format]}" ||
            fail "$4: the $format outputs differ:
$(diff "$1/$3.${EXT[$format]}" "$2/$3.${EXT[$format]}" | head -n 10 | sed 's/^/    /')"
    done
}

test_deterministic_repeat() {
    build_formats run1 corpus "${CORPUS[@]}"
    build_formats run2 corpus "${CORPUS[@]}"
    expect_identical_outputs run1 run2 corpus "two runs"
}

test_deterministic_input_order() {
    build_formats forward corpus "$REGISTRY" "$SEED"
    build_formats reverse corpus "$SEED" "$REGISTRY"
    expect_identical_outputs forward reverse corpus \
        "sahel-registry.ev tinzaouatene.ev vs tinzaouatene.ev sahel-registry.ev"
    local reversed=() i
    for ((i = ${#CORPUS[@]} - 1; i >= 0; i--)); do reversed+=("${CORPUS[i]}"); done
    build_formats all-forward corpus "${CORPUS[@]}"
    build_formats all-reverse corpus "${reversed[@]}"
    expect_identical_outputs all-forward all-reverse corpus "samples/*.ev forward vs reverse"
}

# A file pulled in by `use` and the same file named on the command line make one corpus.
test_deterministic_use_or_explicit() {
    build_formats used corpus "$SEED"
    build_formats explicit corpus "$REGISTRY" "$SEED"
    expect_identical_outputs used explicit corpus \
        "tinzaouatene.ev (registry by use) vs sahel-registry.ev tinzaouatene.ev"
}

test_deterministic_environment() {
    build_formats reference corpus "${CORPUS[@]}"
    local setting
    for setting in "TZ=Pacific/Kiritimati LC_ALL=C" "TZ=America/Adak LC_ALL=C.UTF-8" \
        "TZ=Asia/Kathmandu LANG=C.UTF-8 LC_ALL=" "TZ=UTC-14 LC_ALL=POSIX"; do
        # shellcheck disable=SC2086 # split into VAR=value words on purpose
        env $setting bash -c 'true' || fail "cannot set $setting"
        mkdir -p env-run
        local format
        for format in "${FORMATS[@]}"; do
            # shellcheck disable=SC2086
            expect_status 0 env $setting "$EVKG" build -f "$format" \
                -o "env-run/corpus.${EXT[$format]}" "${CORPUS[@]}"
        done
        expect_identical_outputs reference env-run corpus "environment $setting"
        rm -rf env-run
    done
}

# Relative or absolute paths, any working directory: the output does not mention them.
test_deterministic_paths() {
    build_formats absolute corpus "$SEED"
    mkdir relative
    local format
    for format in "${FORMATS[@]}"; do
        (cd "$SRC/samples" && exec "$EVKG" build -f "$format" tinzaouatene.ev) \
            >"relative/corpus.${EXT[$format]}" 2>"$ERR" ||
            fail "building from samples/ with a relative path failed"
    done
    expect_identical_outputs absolute relative corpus "absolute vs relative input path"
    # A copy of the corpus elsewhere builds the same graph.
    mkdir copy copied
    cp "$SRC"/samples/*.ev "$SRC"/samples/*.txt copy/
    build_formats copied corpus copy/tinzaouatene.ev
    expect_identical_outputs absolute copied corpus "samples/ vs a copy in another directory"
}

# --- (f) streamed output (--stream) -----------------------------------------------------------------

# The seed's streamed output (`evkg build --stream`, written while building, in source order) in
# every syntax: accepted by serdi, Jena riot, rdflib and Oxigraph, and isomorphic to the sorted
# output (the same graph; a triple may be written twice). Two workers and one give the same bytes,
# and so does the registry named on the command line instead of pulled in with `use`.
test_stream_seed_oracles() {
    need serdi
    need java
    need node
    [[ -x $SRC/scripts/jena ]] || fail "scripts/jena is missing"
    build_formats sorted seed "$SEED"
    mkdir -p stream stream-j1 stream-explicit
    local format file streamed=()
    for format in "${FORMATS[@]}"; do
        file=seed.${EXT[$format]}
        expect_status 0 "$EVKG" build --stream -j 2 -f "$format" -o "stream/$file" "$SEED"
        expect_stderr_empty
        [[ -s stream/$file ]] || fail "evkg build --stream -f $format wrote an empty file"
        expect_status 0 "$EVKG" build --stream -j 1 -f "$format" -o "stream-j1/$file" "$SEED"
        expect_status 0 "$EVKG" build --stream -f "$format" -o "stream-explicit/$file" \
            "$SEED" "$REGISTRY"
        streamed+=("stream/$file")
    done
    expect_identical_outputs stream stream-j1 seed "--stream -j 2 vs --stream -j 1"
    expect_identical_outputs stream stream-explicit seed "--stream: registry by use vs named"
    for format in "${FORMATS[@]}"; do
        file=stream/seed.${EXT[$format]}
        expect_status 0 serdi -i "$format" -o nquads "$file"
        expect_stderr_empty
        expect_status 0 "$SRC/scripts/rdflib-parse" "$format" "$file"
        expect_stderr_empty
        if [[ -d $SRC/scripts/oracles/node_modules/oxigraph ]]; then
            expect_status 0 node "$SRC/scripts/oracles/oxigraph-parse.mjs" "$format" "$file"
        fi
    done
    # One JVM for the four files; the syntax comes from the extension.
    EVKG_JENA_VERBOSE=1 expect_status 0 "$SRC/scripts/jena" riot --validate "${streamed[@]}"
    if grep -Eq 'WARN|ERROR' "$ERR"; then
        fail "riot --validate reported warnings or errors on the streamed output"
    fi
    expect_status 0 "$ISOMORPHIC" stream/seed.ttl sorted/seed.ttl
    expect_status 0 "$ISOMORPHIC" stream/seed.nt sorted/seed.nt
    expect_status 0 "$ISOMORPHIC" stream/seed.nq sorted/seed.nq
    expect_status 0 "$ISOMORPHIC" stream/seed.trig sorted/seed.trig
    # The stream is written in source order, not sorted: else --stream was ignored.
    cmp -s stream/seed.nt sorted/seed.nt && fail "--stream gave the sorted N-Triples"
    # The registry's declarations, then the report's, each in source order.
    expect_status 0 "$SRC/tests/property/stream-order.py" stream/seed.nt "$SEED" "$REGISTRY"
    return 0
}

run_test
