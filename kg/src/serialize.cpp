// serialize(): the model, sorted by our own order, written by Serd into
// memory. Sorting ourselves (rather than relying on an index) makes the bytes
// a function of the quads alone; Serd's abbreviating writer then groups
// consecutive statements of a subject with ';' and ','.
#include "dataset_impl.hpp"
#include "reused_vocabulary.hpp"

#include <algorithm>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace evkg::kg {

namespace {

// Views into the model's nodes: Sord interns every node for as long as the
// model lives, and keeps its strings NUL-terminated, so sorting 10^6 quads
// copies no strings.
struct term {
    bool is_literal = false;
    std::string_view value;
    std::string_view datatype; // literals only
    std::string_view language; // literals only
    auto operator<=>(term const&) const = default;
    bool operator==(term const&) const = default;
};

struct quad {
    term graph;
    term subject;
    term predicate;
    term object;
};

term term_of(SordNode const* node) {
    term t;
    t.value = handles::node_string(node);
    if (sord_node_get_type(node) == SORD_LITERAL) {
        t.is_literal = true;
        if (char const* lang = sord_node_get_language(node)) t.language = lang;
        if (SordNode const* type = sord_node_get_datatype(node))
            t.datatype = handles::node_string(type);
    } else if (sord_node_get_type(node) != SORD_URI) {
        // build() never mints blank nodes; meeting one means a bug.
        throw std::runtime_error("evkg: unexpected blank node in the model");
    }
    return t;
}

// Order: graph, subject, then rdf:type before other predicates, predicate,
// object.
bool quad_less(quad const& a, quad const& b) {
    if (a.graph.value != b.graph.value) return a.graph.value < b.graph.value;
    if (a.subject.value != b.subject.value) return a.subject.value < b.subject.value;
    bool const a_type = a.predicate.value == rdf::type, b_type = b.predicate.value == rdf::type;
    if (a_type != b_type) return a_type;
    if (a.predicate.value != b.predicate.value) return a.predicate.value < b.predicate.value;
    return a.object < b.object;
}

bool quad_equal(quad const& a, quad const& b) {
    return a.graph.value == b.graph.value && a.subject.value == b.subject.value &&
           a.predicate.value == b.predicate.value && a.object == b.object;
}

std::vector<quad> sorted_quads(SordModel* model, bool merge_graphs) {
    std::vector<quad> quads;
    quads.reserve(sord_num_quads(model));
    handles::for_each_quad(model, [&](SordQuad const& q) {
        quads.push_back({merge_graphs || q[SORD_GRAPH] == nullptr ? term{} : term_of(q[SORD_GRAPH]),
                         term_of(q[SORD_SUBJECT]), term_of(q[SORD_PREDICATE]),
                         term_of(q[SORD_OBJECT])});
    });
    std::sort(quads.begin(), quads.end(), quad_less);
    quads.erase(std::unique(quads.begin(), quads.end(), quad_equal), quads.end());
    return quads;
}

std::size_t append_to_string(void const* buffer, std::size_t length, void* stream) {
    static_cast<std::string*>(stream)->append(static_cast<char const*>(buffer), length);
    return length;
}

SerdStatus remember_error(void* handle, SerdError const* error) {
    *static_cast<SerdStatus*>(handle) =
        error->status == SERD_SUCCESS ? SERD_ERR_UNKNOWN : error->status;
    return SERD_SUCCESS;
}

void check(SerdStatus status, char const* what) {
    if (status != SERD_SUCCESS)
        throw std::runtime_error(std::string("evkg: serd failed to ") + what + ": " +
                                 reinterpret_cast<char const*>(serd_strerror(status)));
}

SerdSyntax serd_syntax(syntax format) {
    switch (format) {
    case syntax::turtle:
        return SERD_TURTLE;
    case syntax::ntriples:
        return SERD_NTRIPLES;
    case syntax::nquads:
        return SERD_NQUADS;
    case syntax::trig:
        return SERD_TRIG;
    }
    return SERD_NTRIPLES;
}

} // namespace

std::string serialize(dataset const& data, syntax format) {
    bool const pretty = format == syntax::turtle || format == syntax::trig;
    bool const merge = format == syntax::turtle || format == syntax::ntriples;
    std::vector<quad> const quads = sorted_quads(data.internals().model.get(), merge);

    std::string output;
    handles::serd_env env(serd_env_new(nullptr));
    if (!env) throw std::bad_alloc();
    // Full URI nodes only (never SERD_CURIE): with SERD_STYLE_CURIED serd
    // abbreviates them itself, and only when the local name is plainly safe.
    auto const style =
        static_cast<SerdStyle>(pretty ? SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED : 0);
    handles::serd_writer writer(
        serd_writer_new(serd_syntax(format), style, env.get(), nullptr, append_to_string, &output));
    if (!writer) throw std::bad_alloc();
    SerdStatus reported = SERD_SUCCESS;
    serd_writer_set_error_sink(writer.get(), remember_error, &reported);

    if (pretty)
        for (auto const& binding : output_prefixes) {
            std::string const name(binding.name), iri(binding.iri);
            SerdNode const name_node = handles::borrowed_serd_node(SERD_LITERAL, name);
            SerdNode const iri_node = handles::borrowed_serd_node(SERD_URI, iri);
            check(serd_writer_set_prefix(writer.get(), &name_node, &iri_node), "write a prefix");
        }

    for (auto const& q : quads) {
        SerdNode const graph = handles::borrowed_serd_node(SERD_URI, q.graph.value);
        SerdNode const subject = handles::borrowed_serd_node(SERD_URI, q.subject.value);
        SerdNode const predicate = handles::borrowed_serd_node(SERD_URI, q.predicate.value);
        SerdNode const object = handles::borrowed_serd_node(
            q.object.is_literal ? SERD_LITERAL : SERD_URI, q.object.value);
        SerdNode const datatype = handles::borrowed_serd_node(SERD_URI, q.object.datatype);
        SerdNode const language = handles::borrowed_serd_node(SERD_LITERAL, q.object.language);
        check(serd_writer_write_statement(writer.get(), 0, merge ? nullptr : &graph, &subject,
                                          &predicate, &object,
                                          q.object.datatype.empty() ? nullptr : &datatype,
                                          q.object.language.empty() ? nullptr : &language),
              "write a statement");
        check(reported, "write a statement");
    }
    check(serd_writer_finish(writer.get()), "finish the document");
    check(reported, "finish the document");
    return output;
}

} // namespace evkg::kg
