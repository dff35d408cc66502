#!/usr/bin/env node
// Oxigraph, in process (the npm package `oxigraph` that scripts/oracles/ installs; no server, no
// network): loads TriG / N-Quads files into one store, named graphs kept, then runs each query
// and writes its SPARQL JSON results.
//
//   scripts/stores/oxigraph.mjs --data FILE.trig|FILE.nq ... [--out DIR] QUERY.rq...
//     without --out: the results of the (single) query on standard output;
//     with --out DIR: DIR/<query name>.json per query.
//
// The query's default graph is the union of all graphs (use_default_graph_as_union), like
// Virtuoso's default and Jena's tdb:unionDefaultGraph, so samples/queries/ run unchanged.
// Exit status: 0 ok; 1 data or query failed; 2 usage.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { createRequire } from "node:module";

// The package lives with the oracles (scripts/oracles/package.json); one install serves both.
const require = createRequire(new URL("../oracles/package.json", import.meta.url));
const { Store } = require("oxigraph");

const usage = "usage: oxigraph.mjs --data FILE... [--out DIR] QUERY.rq...";
const data = [];
const queries = [];
let out;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; ++i) {
    if (args[i] === "--data" && i + 1 < args.length) data.push(args[++i]);
    else if (args[i] === "--out" && i + 1 < args.length) out = args[++i];
    else if (args[i] === "-h" || args[i] === "--help") {
        console.log(usage);
        process.exit(0);
    } else if (args[i].startsWith("--")) {
        console.error(usage);
        process.exit(2);
    } else queries.push(args[i]);
}
if (data.length === 0 || queries.length === 0 || (out === undefined && queries.length !== 1)) {
    console.error(usage);
    process.exit(2);
}

function formatOf(file) {
    if (file.endsWith(".trig")) return "application/trig";
    if (file.endsWith(".nq")) return "application/n-quads";
    console.error(`${file}: only .trig and .nq keep named graphs`);
    process.exit(2);
}

const store = new Store();
for (const file of data) {
    try {
        store.load(new Uint8Array(readFileSync(file)), { format: formatOf(file) });
    } catch (e) {
        console.error(`${file}: ${e.message}`);
        process.exit(1);
    }
}
if (out !== undefined) mkdirSync(out, { recursive: true });
for (const file of queries) {
    let json;
    try {
        json = store.query(readFileSync(file, "utf8"), {
            results_format: "application/sparql-results+json",
            use_default_graph_as_union: true,
        });
    } catch (e) {
        console.error(`${file}: ${e.message}`);
        process.exit(1);
    }
    if (out === undefined) process.stdout.write(json + "\n");
    else writeFileSync(join(out, basename(file, ".rq") + ".json"), json + "\n");
}
