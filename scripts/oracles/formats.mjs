// RDF syntax names shared by the oracle scripts: the names evkg's `-f` uses, plus the usual
// file extensions, mapped to the media types Oxigraph's parser and store understand.

const MEDIA_TYPES = new Map([
    ["turtle", "text/turtle"],
    ["ttl", "text/turtle"],
    ["ntriples", "application/n-triples"],
    ["n-triples", "application/n-triples"],
    ["nt", "application/n-triples"],
    ["nquads", "application/n-quads"],
    ["n-quads", "application/n-quads"],
    ["nq", "application/n-quads"],
    ["trig", "application/trig"],
]);

export const FORMAT_NAMES = "turtle|ntriples|nquads|trig";

/** The media type for a syntax name or extension, or undefined when unknown. */
export function mediaType(name) {
    return MEDIA_TYPES.get(String(name).toLowerCase());
}
