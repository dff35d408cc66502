// The public face of kg/: a parsed corpus in, an RDF dataset out.
#pragma once

#include "evkg/grammar/diagnostics.hpp"
#include "evkg/grammar/parser.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace evkg::kg {

enum class syntax { turtle, ntriples, nquads, trig };

// "turtle", "ttl", "ntriples", "nt", "nquads", "nq", "trig"; nullopt otherwise.
std::optional<syntax> parse_syntax_name(std::string_view name);

struct build_options {
    // Every minted IRI starts with this; must be an absolute IRI ending in '/' or '#'.
    std::string base = "https://example.org/evkg/";
};

// The resolved, built dataset (quads in a Sord model). Move-only.
class dataset {
public:
    dataset();
    dataset(dataset&&) noexcept;
    dataset& operator=(dataset&&) noexcept;
    ~dataset();

    std::size_t quad_count() const;

    struct impl;
    impl& internals() { return *impl_; }
    impl const& internals() const { return *impl_; }

private:
    std::unique_ptr<impl> impl_;
};

// Resolves references across the corpus, checks types and vocabulary, resolves
// dates, mints IRIs and builds the dataset. Returns nullopt (with
// diagnostics) when anything is wrong: evkg never writes a partial graph.
std::optional<dataset> build(corpus const& input, build_options const& options, diagnostics& out);

// Serialises the whole dataset into memory: sorted, byte-deterministic.
// Turtle and N-Triples merge all graphs. Throws std::runtime_error only on an
// internal serialiser failure (never on user input, which build() checked).
std::string serialize(dataset const& data, syntax format);

// Receives the serialisation piece by piece; returns false to stop (e.g. on a
// write error).
using output_sink = std::function<bool(std::string_view)>;

// The same bytes as serialize(), handed to `sink` in pieces of about 64 KiB
// instead of being held in memory whole. Returns false if the sink stopped it.
bool serialize_to(dataset const& data, syntax format, output_sink const& sink);

} // namespace evkg::kg
