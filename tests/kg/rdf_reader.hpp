// Reads RDF text back with serd's own reader, in-process: the round-trip
// oracle of the kg/ tests (expanding prefixed names with the document's
// prefixes).
#pragma once

#include "quads/serd_handles.hpp"

#include <string>
#include <vector>

namespace evkg::test {

struct read_statement {
    std::string graph;
    std::string subject;
    std::string predicate;
    std::string object;
    bool object_is_literal = false;
    std::string datatype;
    std::string language;
};

struct read_result {
    bool ok = false;
    std::vector<read_statement> statements;
};

read_result read_rdf(std::string const& document, SerdSyntax syntax);

} // namespace evkg::test
