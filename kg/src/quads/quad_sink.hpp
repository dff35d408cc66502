// Where the builder's quads go: a store that holds the graph for the sorted
// output (quad_store.hpp), a Serd writer that writes them at once (the
// streaming build, line_writer.hpp and declaration_writer.hpp), a buffer a
// worker thread fills (quad_buffer.hpp). (`check` resolves and builds no quads.)
// model_builder checks every term before it gets here (evkg's own IRIs by
// construction, see model_builder.hpp).
#pragma once

#include <string_view>

namespace evkg::kg {

// The object of a quad: an IRI, or a literal with an optional datatype IRI
// or language tag (never both). The views live until add() returns.
struct object_term {
    bool literal = false;
    std::string_view text;
    std::string_view datatype; // literals only; empty for a plain string
    std::string_view language; // literals only; canonical, or empty
};

class quad_sink {
public:
    virtual ~quad_sink() = default;
    virtual void add(std::string_view graph, std::string_view subject, std::string_view predicate,
                     object_term const& object) = 0;
    // The quads of one declaration are complete (a streaming writer sorts and
    // writes them then).
    virtual void end_declaration() {}
};

} // namespace evkg::kg
