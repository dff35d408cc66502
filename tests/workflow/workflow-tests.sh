#!/usr/bin/env bash
# The research workflow's external tests. Every function test_NAME is the CTest test
# workflow.NAME (tests/workflow/CMakeLists.txt finds them).
#
#   workflow-tests.sh NAME SOURCE_DIR EVKG NQUADS_TO_DOT
#
# Exit 0 pass, 1 fail, 77 skipped (a tool that scripts/setup installs is missing).
set -euo pipefail

name=$1 root=$2 evkg=$3
stores=$root/scripts/stores
fixture=$root/tests/workflow/fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
need() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || {
            echo "SKIP: $tool not installed (scripts/setup installs it)" >&2
            exit 77
        }
    done
}
need_stores() {
    need node java python3 virtuoso-t isql-vt
    [[ -d $root/scripts/oracles/node_modules/oxigraph ]] || {
        echo "SKIP: scripts/oracles/node_modules missing (npm ci in scripts/oracles)" >&2
        exit 77
    }
}

# The N-Quads copy of the hand-written fixture (read by the to_dot unit tests) is the TriG one.
test_fixture_nquads_in_sync() {
    need serdi
    serdi -i trig -o nquads "$fixture/seed-subset.trig" | sort >"$work/from-trig.nq"
    sort "$fixture/seed-subset.nq" >"$work/committed.nq"
    [[ -s $work/from-trig.nq ]] || fail "serdi read nothing from the fixture"
    diff -u "$work/from-trig.nq" "$work/committed.nq" ||
        fail "fixtures/seed-subset.nq is stale: serdi -i trig -o nquads seed-subset.trig"
}

# Every research query answers, and answers the same, in Oxigraph, Jena TDB2 and Virtuoso,
# on the hand-written fixture (N-Quads) ...
test_stores_agree_on_fixture() {
    need_stores
    "$stores/query-all" "$fixture/seed-subset.nq" "$work/out" "$root"/samples/queries/*.rq
}

# ... and on the builder's real output for the two sample reports (TriG).
test_stores_agree_on_samples() {
    need_stores
    "$evkg" build "$root/samples/tinzaouatene.ev" "$root/samples/ecowas-withdrawal.ev" \
        "$root/samples/ecowas-exit-date.ev" -f trig -o "$work/samples.trig" ||
        fail "evkg build of the samples failed"
    "$stores/query-all" "$work/samples.trig" "$work/out" "$root"/samples/queries/*.rq
    # Spot checks of the answers themselves, not only of the agreement.
    local rows=$work/out/oxigraph
    grep -q '"Mohamed Elmaouloud".*"dozens of deaths"@en' "$rows/01-casualty-claims.tsv" ||
        fail "Q1 lacks Elmaouloud's dozens"
    grep -qP '<https://example.org/evkg/event/drone-strike>\t<[^>]*/Killed>\t\t4\t6\t24\t99' \
        "$rows/02-casualty-spread.tsv" || fail "Q2: drone strike spread is not 4 claims, 6..24..99"
    grep -q 'claim/c6-elmaouloud-target>.*claim/c8-malian-source-target>' \
        "$rows/03-contradicting-claims.tsv" || fail "Q3 lacks c6/c8"
    grep -q '"2025-03-01".*ecowas' "$rows/05-members-at-date.tsv" &&
        fail "Q5: ECOWAS members after the withdrawal took effect"
    grep -q '"2024-07-30".*ecowas.*"Mali"' "$rows/05-members-at-date.tsv" ||
        fail "Q5: Mali not in ECOWAS on 2024-07-30"
    grep -q 'report/afp-2024-07-30-tinzaouatene>.14.4.29$' "$rows/12-unnamed-source-share.tsv" ||
        fail "Q12: the seed's unnamed-source share is not 4 of 14 (29 %)"
    # Q15: before the announcement, between it and the effective date, after (3 states each).
    local day standing day_standing
    for day_standing in '2024-01-27:member' '2024-06-01:member, withdrawal announced' \
        '2025-03-01:left'; do
        day=${day_standing%%:*} standing=${day_standing#*:}
        (($(grep -cP "^\"$day\"\t\"[^\"]*\"\t\"$standing\"$" "$rows/15-membership-over-time.tsv") == 3)) ||
            fail "Q15: on $day the three states are not all '$standing'"
    done
}

# The comparison itself can fail: a query without answers, and stores that disagree.
test_stores_comparison_can_fail() {
    need node python3
    printf 'SELECT ?s WHERE { ?s <urn:evkg:no-such-property> ?o }\n' >"$work/empty.rq"
    if EVKG_STORES=oxigraph "$stores/query-all" "$fixture/seed-subset.nq" "$work/o1" \
        "$work/empty.rq" 2>/dev/null; then
        fail "a query with no answer passed"
    fi
    # Two documents that differ only in ways the normaliser must ignore ...
    cat >"$work/a.json" <<'JSON'
{"head":{"vars":["x","n","b"]},"results":{"bindings":[
 {"x":{"type":"literal","value":"a","datatype":"http://www.w3.org/2001/XMLSchema#string"},
  "n":{"type":"literal","value":"6.0","datatype":"http://www.w3.org/2001/XMLSchema#decimal"},
  "b":{"type":"literal","value":"true","datatype":"http://www.w3.org/2001/XMLSchema#boolean"}}]}}
JSON
    cat >"$work/b.json" <<'JSON'
{"head":{"vars":["x","n","b"]},"results":{"bindings":[
 {"x":{"type":"literal","value":"a"},
  "n":{"type":"typed-literal","value":"6","datatype":"http://www.w3.org/2001/XMLSchema#integer"},
  "b":{"type":"typed-literal","value":"1","datatype":"http://www.w3.org/2001/XMLSchema#boolean"}}]}}
JSON
    # ... and one that differs in a value.
    sed 's/"value":"a"/"value":"A"/' "$work/b.json" >"$work/c.json"
    "$stores/sparql-json-rows" "$work/a.json" >"$work/a.tsv"
    "$stores/sparql-json-rows" "$work/b.json" >"$work/b.tsv"
    "$stores/sparql-json-rows" "$work/c.json" >"$work/c.tsv"
    diff -q "$work/a.tsv" "$work/b.tsv" >/dev/null || fail "equivalent results compare unequal"
    diff -q "$work/a.tsv" "$work/c.tsv" >/dev/null && fail "different results compare equal"
    return 0
}

# Every query file says what it answers.
test_queries_documented() {
    local count=0 query
    for query in "$root"/samples/queries/*.rq; do
        head -n 1 "$query" | grep -q '^# Q[0-9]*\. ' || fail "$query: no '# Qn. what it answers' header"
        count=$((count + 1))
    done
    ((count >= 12)) || fail "only $count research queries"
}

# The second sample builds, shares the registry's entities with the seed, and accounts for
# every line of its text.
test_second_sample() {
    local ev=$root/samples/ecowas-withdrawal.ev txt=$root/samples/ecowas-withdrawal.txt
    "$evkg" check "$ev" || fail "evkg check $ev"
    "$evkg" build "$root/samples/tinzaouatene.ev" "$ev" -f nquads -o "$work/both.nq" ||
        fail "the two samples do not build as one corpus"
    local shared
    for shared in mali burkina-faso niger; do
        grep -q "<https://example.org/evkg/claim/w1-sovereign-decision> <http://www.w3.org/ns/prov#wasAttributedTo> <https://example.org/evkg/actor/$shared>" \
            "$work/both.nq" || fail "w1 not attributed to the registry's $shared"
    done
    local lines covered line
    lines=$(wc -l <"$txt")
    covered=$(grep -oE '^\s*sentence [0-9, ]+' "$ev" | grep -oE '[0-9]+' | sort -un)
    for ((line = 1; line <= lines; line++)); do
        grep -qx "$line" <<<"$covered" || fail "line $line of $(basename "$txt") is not annotated"
    done
}

# The seed picture renders, with the nodes a reader looks for.
test_seed_picture() {
    need dot
    "$root/scripts/render-seed-picture" --evkg "$evkg" --out "$work/img" \
        >/dev/null
    local svg=$work/img/seed-graph.svg
    [[ -s $svg && -s $work/img/seed-graph.png ]] || fail "no picture"
    local label
    for label in "Drone strike on Tinzaouatene" "Tinzaouatene" "Malian Armed Forces" \
        "Wagner Group" "Confederation of Sahel States" "Mohamed Elmaouloud" \
        "dozens of deaths" "contradicts" "could not verify"; do
        grep -qF "$label" "$svg" || fail "the picture lacks '$label'"
    done
    # Deterministic: the same input gives the same DOT source.
    "$root/scripts/render-seed-picture" --evkg "$evkg" --out "$work/img2" \
        >/dev/null
    cmp -s "$work/img/seed-graph.dot" "$work/img2/seed-graph.dot" || fail "DOT output varies"
}

declare -F "test_$name" >/dev/null || {
    echo "workflow-tests.sh: no test '$name'" >&2
    exit 2
}
"test_$name"
