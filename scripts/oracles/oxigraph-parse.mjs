#!/usr/bin/env node
// Strict RDF oracle: parses each FILE with Oxigraph (strict mode, no base IRI, so any relative
// IRI is an error) and prints `FILE: N quads`.
// Exit status: 0 all files parsed; 1 a file could not be read or parsed (the parser's message
// goes to stderr); 2 usage error.
//
//   oxigraph-parse.mjs FORMAT FILE...     FORMAT: turtle|ntriples|nquads|trig (or ttl, nt, nq)

import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parse } from "oxigraph";
import { FORMAT_NAMES, mediaType } from "./formats.mjs";

const usage = `usage: ${basename(process.argv[1])} FORMAT FILE...   (FORMAT: ${FORMAT_NAMES})`;
const [formatName, ...files] = process.argv.slice(2);

if (formatName === "-h" || formatName === "--help") {
    console.log(usage);
    process.exit(0);
}
const format = mediaType(formatName ?? "");
if (format === undefined || files.length === 0) {
    console.error(formatName && format === undefined ? `unknown format '${formatName}'` : usage);
    process.exit(2);
}

let failed = false;
for (const file of files) {
    let bytes;
    try {
        // Bytes, not a JS string: decoding here would silently replace invalid UTF-8 and hide
        // exactly the kind of output bug this oracle exists to catch.
        bytes = readFileSync(file);
    } catch (e) {
        console.error(`${file}: cannot read: ${e.message}`);
        failed = true;
        continue;
    }
    try {
        const quads = parse(new Uint8Array(bytes), { format });
        console.log(`${file}: ${quads.length} quads`);
    } catch (e) {
        console.error(`${file}: ${e.message}`);
        failed = true;
    }
}
process.exit(failed ? 1 : 0);
