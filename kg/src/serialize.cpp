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

// A quad as four pointers to the model's nodes: Sord interns every node for
// as long as the model lives, so sorting 10^6 quads copies no strings and
// costs 32 bytes a quad. The graph is null when graphs are merged.
struct quad {
    SordNode const* graph;
    SordNode const* subject;
    SordNode const* predicate;
    SordNode const* object;
};

std::string_view text_of(SordNode const* node) {
    return node == nullptr ? std::string_view{} : handles::node_string(node);
}

// Literals after IRIs; among literals by lexical form, then datatype, then
// language: the same order for the same quads, whatever order Sord holds them in.
int compare_objects(SordNode const* a, SordNode const* b) {
    if (a == b) return 0; // interned: same pointer, same node
    bool const a_literal = sord_node_get_type(a) == SORD_LITERAL;
    bool const b_literal = sord_node_get_type(b) == SORD_LITERAL;
    if (a_literal != b_literal) return a_literal ? 1 : -1;
    if (int c = text_of(a).compare(text_of(b)); c != 0) return c;
    if (!a_literal) return 0;
    if (int c = text_of(sord_node_get_datatype(a)).compare(text_of(sord_node_get_datatype(b)));
        c != 0)
        return c;
    char const* la = sord_node_get_language(a);
    char const* lb = sord_node_get_language(b);
    return std::string_view(la ? la : "").compare(lb ? lb : "");
}

// Order: graph, subject, then rdf:type before other predicates, predicate,
// object.
bool quad_less(quad const& a, quad const& b) {
    if (a.graph != b.graph)
        if (int c = text_of(a.graph).compare(text_of(b.graph)); c != 0) return c < 0;
    if (a.subject != b.subject)
        if (int c = text_of(a.subject).compare(text_of(b.subject)); c != 0) return c < 0;
    if (a.predicate != b.predicate) {
        bool const a_type = text_of(a.predicate) == rdf::type;
        bool const b_type = text_of(b.predicate) == rdf::type;
        if (a_type != b_type) return a_type;
        if (int c = text_of(a.predicate).compare(text_of(b.predicate)); c != 0) return c < 0;
    }
    return compare_objects(a.object, b.object) < 0;
}

bool quad_equal(quad const& a, quad const& b) { return !quad_less(a, b) && !quad_less(b, a); }

SordNode const* checked(SordNode const* node) {
    // build() never mints blank nodes; meeting one means a bug.
    if (node != nullptr && sord_node_get_type(node) == SORD_BLANK)
        throw std::runtime_error("evkg: unexpected blank node in the model");
    return node;
}

std::vector<quad> sorted_quads(SordModel* model, bool merge_graphs) {
    std::vector<quad> quads;
    quads.reserve(sord_num_quads(model));
    handles::for_each_quad(model, [&](SordQuad const& q) {
        quads.push_back({merge_graphs ? nullptr : checked(q[SORD_GRAPH]), checked(q[SORD_SUBJECT]),
                         checked(q[SORD_PREDICATE]), checked(q[SORD_OBJECT])});
    });
    std::sort(quads.begin(), quads.end(), quad_less);
    quads.erase(std::unique(quads.begin(), quads.end(), quad_equal), quads.end());
    return quads;
}

// Serd 0.30 hands its sink a few bytes at a time: gather them into blocks
// before they reach the caller's sink (a file write, say).
class block_sink {
public:
    explicit block_sink(output_sink const& sink) : sink_(sink) { buffer_.reserve(block_bytes); }

    std::size_t put(char const* bytes, std::size_t length) {
        if (stopped_) return 0;
        buffer_.append(bytes, length);
        if (buffer_.size() >= block_bytes) flush();
        return stopped_ ? 0 : length;
    }
    bool flush() {
        if (!stopped_ && !buffer_.empty() && !sink_(buffer_)) stopped_ = true;
        buffer_.clear();
        return !stopped_;
    }
    bool stopped() const { return stopped_; }

private:
    static constexpr std::size_t block_bytes = 64 * 1024;
    output_sink const& sink_;
    std::string buffer_;
    bool stopped_ = false;
};

std::size_t put_into_block_sink(void const* buffer, std::size_t length, void* stream) {
    return static_cast<block_sink*>(stream)->put(static_cast<char const*>(buffer), length);
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
    std::string output;
    serialize_to(data, format, [&output](std::string_view piece) {
        output.append(piece);
        return true;
    });
    return output;
}

bool serialize_to(dataset const& data, syntax format, output_sink const& sink) {
    bool const pretty = format == syntax::turtle || format == syntax::trig;
    bool const merge = format == syntax::turtle || format == syntax::ntriples;
    std::vector<quad> const quads = sorted_quads(data.internals().model.get(), merge);

    block_sink output(sink);
    handles::serd_env env(serd_env_new(nullptr));
    if (!env) throw std::bad_alloc();
    // Full URI nodes only (never SERD_CURIE): with SERD_STYLE_CURIED serd
    // abbreviates them itself, and only when the local name is plainly safe.
    auto const style =
        static_cast<SerdStyle>(pretty ? SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED : 0);
    handles::serd_writer writer(serd_writer_new(serd_syntax(format), style, env.get(), nullptr,
                                                put_into_block_sink, &output));
    if (!writer) throw std::bad_alloc();
    SerdStatus reported = SERD_SUCCESS;
    serd_writer_set_error_sink(writer.get(), remember_error, &reported);

    if (pretty)
        for (auto const& binding : output_prefixes) {
            std::string const name(binding.name), iri(binding.iri);
            SerdNode const name_node = handles::borrowed_serd_node(SERD_LITERAL, name);
            SerdNode const iri_node = handles::borrowed_serd_node(SERD_URI, iri);
            SerdStatus const set = serd_writer_set_prefix(writer.get(), &name_node, &iri_node);
            if (output.stopped()) return false;
            check(set, "write a prefix");
        }

    for (auto const& q : quads) {
        bool const literal = sord_node_get_type(q.object) == SORD_LITERAL;
        SordNode const* type = literal ? sord_node_get_datatype(q.object) : nullptr;
        char const* lang = literal ? sord_node_get_language(q.object) : nullptr;
        SerdNode const graph = handles::borrowed_serd_node(SERD_URI, text_of(q.graph));
        SerdNode const subject = handles::borrowed_serd_node(SERD_URI, text_of(q.subject));
        SerdNode const predicate = handles::borrowed_serd_node(SERD_URI, text_of(q.predicate));
        SerdNode const object =
            handles::borrowed_serd_node(literal ? SERD_LITERAL : SERD_URI, text_of(q.object));
        SerdNode const datatype = handles::borrowed_serd_node(SERD_URI, text_of(type));
        SerdNode const language =
            handles::borrowed_serd_node(SERD_LITERAL, lang ? std::string_view(lang) : "");
        SerdStatus const written = serd_writer_write_statement(
            writer.get(), 0, merge ? nullptr : &graph, &subject, &predicate, &object,
            type ? &datatype : nullptr, lang && *lang ? &language : nullptr);
        if (output.stopped()) return false; // the sink failed: not an internal error
        check(written, "write a statement");
        check(reported, "write a statement");
    }
    SerdStatus const finished = serd_writer_finish(writer.get());
    if (output.stopped()) return false;
    check(finished, "finish the document");
    check(reported, "finish the document");
    return output.flush();
}

} // namespace evkg::kg
