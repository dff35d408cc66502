#!/usr/bin/env bash
# Self-test of the RDF oracles on hand-made files, no evkg involved: every oracle must accept
# valid RDF in all four syntaxes and refuse broken RDF, rdf-isomorphic must see through blank-node
# renaming and catch a changed triple, and oxigraph-query must print stable TSV. Without this, a
# broken oracle (not installed, wrong flag, always exit 0) would let the oracle tests pass.
#
# usage: oracle-self-test.sh SOURCE_DIR
set -uo pipefail
SRC=$(readlink -f "${1:?usage: oracle-self-test.sh SOURCE_DIR}")
work=$(mktemp -d "${TMPDIR:-/tmp}/evkg-oracle-self-test.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2

failures=0
check() { # check DESCRIPTION EXPECTED_STATUS CMD...
    local what=$1 expected=$2
    shift 2
    "$@" >out.txt 2>err.txt
    local got=$?
    if [[ $expected == nonzero ]] && ((got != 0)) || [[ $expected == "$got" ]]; then
        echo "ok   $what"
    else
        echo "FAIL $what: expected exit $expected, got $got: $(printf '%q ' "$@")"
        sed 's/^/     | /' err.txt | head -n 5
        failures=$((failures + 1))
    fi
}
check_output() { # check_output DESCRIPTION EXPECTED_TEXT (compares out.txt of the last check)
    if [[ $(cat out.txt) == "$2" ]]; then
        echo "ok   $1"
    else
        echo "FAIL $1: got:"
        sed 's/^/     | /' out.txt
        echo "     expected:"
        sed 's/^/     | /' <<<"$2"
        failures=$((failures + 1))
    fi
}

OXI_PARSE=(node "$SRC/scripts/oracles/oxigraph-parse.mjs")
OXI_QUERY=(node "$SRC/scripts/oracles/oxigraph-query.mjs")
RDFLIB=("$SRC/scripts/rdflib-parse")
ISO=("$SRC/scripts/rdf-isomorphic")
JENA=("$SRC/scripts/jena" riot --validate)

# --- valid data in four syntaxes ------------------------------------------------------------------
cat >good.ttl <<'EOF'
@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:mali ex:label "Mali"@en , "Mali"@fr ; ex:count "6"^^xsd:integer .
ex:claim ex:figure [ ex:lower 6 ; ex:phrase "at least \"six\"" ] .
ex:b ex:p ex:mali .
EOF
serdi -i turtle -o ntriples good.ttl >good.nt
serdi -i turtle -o nquads good.ttl >good.nq
# The same triples in TriG: two in a named graph, the rest in the default graph.
{
    echo '@prefix ex: <http://example.org/> .'
    echo 'ex:g { ex:mali ex:label "Mali"@en , "Mali"@fr . }'
    grep -v '"Mali"@' good.nt
} >good.trig
serdi -i trig -o nquads good.trig >good-graphs.nq

declare -A syntax=([ttl]=turtle [nt]=ntriples [nq]=nquads [trig]=trig)
for ext in ttl nt nq trig; do
    f=good.$ext
    s=${syntax[$ext]}
    check "serdi accepts $f" 0 serdi -i "$s" -o ntriples "$f"
    check "rapper accepts $f" 0 rapper -q -i "$s" -c "$f"
    check "rdflib accepts $f" 0 "${RDFLIB[@]}" "$s" "$f"
    check "Oxigraph accepts $f" 0 "${OXI_PARSE[@]}" "$s" "$f"
    check_output "Oxigraph counts $f" "$f: 7 quads"
done
check "Jena riot accepts all four" 0 "${JENA[@]}" good.ttl good.nt good.nq good.trig

# --- invalid data: each strict oracle refuses ------------------------------------------------------
printf '<http://example.org/a> <http://example.org/p> <relative> .\n' >relative.nt
printf '<http://example.org/a b> <http://example.org/p> "x" .\n' >space-iri.nt
printf '<http://example.org/a\\u0020b> <http://example.org/p> "x" .\n' >escaped-space-iri.nt
printf '@prefix ex: <http://example.org/> .\nex:a ex:p "unterminated .\n' >truncated.ttl
printf '<http://example.org/a> <http://example.org/p> "x"@en-- .\n' >bad-lang.nt
printf '@prefix ex: <http://example.org/> .\nex:g { ex:a ex:p ex:b .\n' >unclosed.trig
printf '<http://example.org/a> <http://example.org/p> "a\xffb" .\n' >bad-utf8.nt
for f in relative.nt space-iri.nt truncated.ttl unclosed.trig; do
    s=${syntax[${f##*.}]}
    check "serdi refuses $f" nonzero serdi -i "$s" -o ntriples "$f"
    check "Oxigraph refuses $f" nonzero "${OXI_PARSE[@]}" "$s" "$f"
    check "Jena riot refuses $f" nonzero "${JENA[@]}" "$f"
done
for f in truncated.ttl unclosed.trig space-iri.nt; do
    s=${syntax[${f##*.}]}
    check "rapper refuses $f" nonzero rapper -q -i "$s" -c "$f"
    check "rdflib refuses $f" nonzero "${RDFLIB[@]}" "$s" "$f"
done
# \u0020 in an IRI: W3C-negative; Oxigraph and Jena refuse it (serdi and rdflib do not: why
# neither may be the only oracle).
check "Oxigraph refuses escaped-space-iri.nt" nonzero "${OXI_PARSE[@]}" nt escaped-space-iri.nt
check "Jena riot refuses escaped-space-iri.nt" nonzero "${JENA[@]}" escaped-space-iri.nt
# serdi 0.30.16 reads a malformed language tag without complaint.
check "Oxigraph refuses bad-lang.nt" nonzero "${OXI_PARSE[@]}" nt bad-lang.nt
check "Jena riot refuses bad-lang.nt" nonzero "${JENA[@]}" bad-lang.nt
check "Oxigraph refuses bad-utf8.nt" nonzero "${OXI_PARSE[@]}" nt bad-utf8.nt
check "Oxigraph: a missing file is an error" 1 "${OXI_PARSE[@]}" nt no-such-file.nt
check "Oxigraph: an unknown format is a usage error" 2 "${OXI_PARSE[@]}" rdfxml good.nt
check "rdflib-parse: an unknown format is a usage error" 2 "${RDFLIB[@]}" rdfxml good.nt

# --- rdf-isomorphic -------------------------------------------------------------------------------
sed 's/_:\([A-Za-z0-9]*\)/_:renamed\1/g' good.nt >renamed.nt
sed 's/"at least \\"six\\""/"at least seven"/' good.nt >changed.nt
grep -v 'example.org/b>' good.nt >dropped.nt
check "isomorphic: Turtle vs N-Triples" 0 "${ISO[@]}" good.ttl good.nt
check "isomorphic: blank nodes renamed" 0 "${ISO[@]}" good.nt renamed.nt
check "isomorphic: N-Quads default graph vs Turtle" 0 "${ISO[@]}" good.nq good.ttl
check "isomorphic: TriG vs its N-Quads" 0 "${ISO[@]}" good.trig good-graphs.nq
check "not isomorphic: TriG graphs vs Turtle (graph names differ)" 1 "${ISO[@]}" good.trig good.ttl
check "isomorphic with --merge: TriG vs Turtle" 0 "${ISO[@]}" --merge good.trig good.ttl
check "not isomorphic: a changed literal" 1 "${ISO[@]}" good.nt changed.nt
grep -q 'only in B' out.txt && grep -q 'at least seven' out.txt ||
    {
        echo "FAIL the diff summary does not show the changed triple"
        failures=$((failures + 1))
    }
check "not isomorphic: a dropped triple" 1 "${ISO[@]}" good.nt dropped.nt
sed '0,/_:\([A-Za-z0-9]*\)/s//_:other/' good.nt >split.nt
check "not isomorphic: a blank node split in two" 1 "${ISO[@]}" good.nt split.nt
printf '<http://e/a> <http://e/p> "01"^^<http://www.w3.org/2001/XMLSchema#integer> .\n' >i01.nt
printf '<http://e/a> <http://e/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .\n' >i1.nt
check "not isomorphic: lexical forms are compared as written" 1 "${ISO[@]}" i01.nt i1.nt
check "rdf-isomorphic: a parse error is exit 2" 2 "${ISO[@]}" good.nt truncated.ttl
check "rdf-isomorphic: a missing file is exit 2" 2 "${ISO[@]}" good.nt no-such-file.nt

# --- oxigraph-query -------------------------------------------------------------------------------
printf 'PREFIX ex: <http://example.org/>\nSELECT ?l WHERE { ex:mali ex:label ?l } ORDER BY ?l\n' \
    >labels.rq
check "query: SELECT over the union of graphs" 0 "${OXI_QUERY[@]}" --union good.trig trig labels.rq
check_output "query: TSV header and rows" $'?l\n"Mali"@en\n"Mali"@fr'
check "query: SELECT on the default graph only" 0 "${OXI_QUERY[@]}" good.trig trig labels.rq
check_output "query: the default graph has no labels" '?l'
printf 'PREFIX ex: <http://example.org/>\nCONSTRUCT { ?f ex:lower ?n } WHERE { ?f ex:lower ?n }\n' \
    >figure.rq
check "query: CONSTRUCT" 0 "${OXI_QUERY[@]}" good.ttl turtle figure.rq
check_output "query: CONSTRUCT as N-Triples, blank nodes renamed" \
    '_:b0 <http://example.org/lower> "6"^^<http://www.w3.org/2001/XMLSchema#integer> .'
printf 'ASK { ?s ?p "Mali"@fr }\n' >ask.rq
check "query: ASK" 0 "${OXI_QUERY[@]}" good.nt nt ask.rq
check_output "query: ASK prints true" 'true'
printf 'SELECT ?x WHERE { ?x\n' >broken.rq
check "query: a broken query is exit 1" 1 "${OXI_QUERY[@]}" good.nt nt broken.rq

echo
if ((failures > 0)); then
    echo "oracle self-test: $failures check(s) failed"
    exit 1
fi
echo "oracle self-test: all checks passed"
