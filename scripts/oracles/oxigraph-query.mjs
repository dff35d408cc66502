#!/usr/bin/env node
// Runs a SPARQL query over one RDF file with Oxigraph and prints the result as TSV:
//   SELECT           the SPARQL 1.1 TSV results format: a header `?a\t?b`, then one row per
//                    solution, terms in N-Triples syntax, unbound values empty;
//   ASK              `true` or `false`;
//   CONSTRUCT/DESCRIBE  N-Triples, one triple per line.
// Blank-node labels are renamed _:b0, _:b1, ... in order of first appearance in the output, so
// the same data and query print the same text on every run.
// Exit status: 0 ok; 1 the data or the query could not be read, parsed or evaluated; 2 usage.
//
//   oxigraph-query.mjs [--union] [--sort] DATAFILE FORMAT QUERY.rq
//     --union  the query's default graph is the union of all graphs (for TriG / N-Quads data)
//     --sort   sort the result rows (not the header); for queries without ORDER BY

import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { Store } from "oxigraph";
import { FORMAT_NAMES, mediaType } from "./formats.mjs";

const usage =
    `usage: ${basename(process.argv[1])} [--union] [--sort] DATAFILE FORMAT QUERY.rq` +
    `   (FORMAT: ${FORMAT_NAMES})`;

const options = { union: false, sort: false };
const positional = [];
for (const arg of process.argv.slice(2)) {
    if (arg === "--union") options.union = true;
    else if (arg === "--sort") options.sort = true;
    else if (arg === "-h" || arg === "--help") {
        console.log(usage);
        process.exit(0);
    } else if (arg.startsWith("--")) {
        console.error(`unknown option '${arg}'\n${usage}`);
        process.exit(2);
    } else positional.push(arg);
}
if (positional.length !== 3) {
    console.error(usage);
    process.exit(2);
}
const [dataFile, formatName, queryFile] = positional;
const format = mediaType(formatName);
if (format === undefined) {
    console.error(`unknown format '${formatName}'\n${usage}`);
    process.exit(2);
}

function fail(message) {
    console.error(message);
    process.exit(1);
}

let data, query;
try {
    data = readFileSync(dataFile);
} catch (e) {
    fail(`${dataFile}: cannot read: ${e.message}`);
}
try {
    query = readFileSync(queryFile, "utf8");
} catch (e) {
    fail(`${queryFile}: cannot read: ${e.message}`);
}

const store = new Store();
try {
    store.load(new Uint8Array(data), { format });
} catch (e) {
    fail(`${dataFile}: ${e.message}`);
}

// Ask Oxigraph for text: solutions and booleans as TSV, graphs (CONSTRUCT/DESCRIBE) as
// N-Triples. The query form is known only after parsing, so try TSV first: Oxigraph refuses it
// for a graph result before evaluating anything.
function run(resultsFormat) {
    return store.query(query, {
        results_format: resultsFormat,
        use_default_graph_as_union: options.union,
    });
}
let result;
try {
    try {
        result = run("tsv");
    } catch (e) {
        if (!/Not supported RDF format/.test(e.message)) throw e;
        result = run("nt");
    }
} catch (e) {
    fail(`${queryFile}: ${e.message}`);
}

let lines = String(result).split("\n");
if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();

// The TSV header (SELECT) stays first; everything else may be sorted. Sorting happens before the
// blank nodes are renamed, on text where every label is masked, so the order does not depend on
// Oxigraph's random labels.
const hasHeader = lines.length > 0 && lines[0].startsWith("?");
const header = hasHeader ? [lines[0]] : [];
let rows = hasHeader ? lines.slice(1) : lines;
const blank = /(?<=^|[\t ])_:[A-Za-z0-9_\-.]*[A-Za-z0-9_\-](?=$|[\t ])/g;
if (options.sort) {
    const masked = (row) => row.replace(blank, "_:");
    rows = rows
        .map((row) => ({ row, key: masked(row) }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.row < b.row ? -1 : 1))
        .map((x) => x.row);
}
const renamed = new Map();
rows = rows.map((row) =>
    row.replace(blank, (label) => {
        if (!renamed.has(label)) renamed.set(label, `_:b${renamed.size}`);
        return renamed.get(label);
    }),
);
const out = [...header, ...rows];
process.stdout.write(out.length > 0 ? out.join("\n") + "\n" : "");
