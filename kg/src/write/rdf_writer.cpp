#include "write/rdf_writer.hpp"

#include "vocabulary/reused_vocabulary.hpp"

#include <new>
#include <stdexcept>

namespace evkg::kg {

namespace {

constexpr std::size_t block_bytes = 64 * 1024;

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

bool is_pretty(syntax format) { return format == syntax::turtle || format == syntax::trig; }

} // namespace

rdf_writer::block_sink::block_sink(output_sink const& sink) : sink_(&sink) {
    buffer_.reserve(block_bytes);
}

// Serd 0.30 hands its sink a few bytes at a time: gathered into blocks
// before they reach the caller's sink (a file write, say).
std::size_t rdf_writer::block_sink::put(char const* bytes, std::size_t length) {
    if (into_ != nullptr) {
        into_->append(bytes, length);
        return length;
    }
    if (stopped_) return 0;
    buffer_.append(bytes, length);
    if (buffer_.size() >= block_bytes) flush();
    return stopped_ ? 0 : length;
}

bool rdf_writer::block_sink::flush() {
    if (!stopped_ && !buffer_.empty() && !(*sink_)(buffer_)) stopped_ = true;
    buffer_.clear();
    return !stopped_;
}

std::size_t rdf_writer::put(void const* buffer, std::size_t length, void* stream) {
    return static_cast<block_sink*>(stream)->put(static_cast<char const*>(buffer), length);
}

rdf_writer::rdf_writer(syntax format, output_sink const& sink, bool write_prefixes)
    : merge_(format == syntax::turtle || format == syntax::ntriples), pretty_(is_pretty(format)),
      output_(sink), env_(serd_env_new(nullptr)) {
    open(format, write_prefixes);
}

rdf_writer::rdf_writer(syntax format, std::string& into, bool write_prefixes)
    : merge_(format == syntax::turtle || format == syntax::ntriples), pretty_(is_pretty(format)),
      output_(into), env_(serd_env_new(nullptr)) {
    open(format, write_prefixes);
}

void rdf_writer::open(syntax format, bool write_prefixes) {
    if (!env_) throw std::bad_alloc();
    bool const pretty = is_pretty(format);
    // Full URI nodes only (never SERD_CURIE): with SERD_STYLE_CURIED serd
    // abbreviates them itself, and only when the local name is plainly safe.
    // SERD_STYLE_BULK: Serd fills pages before calling put(), instead of
    // calling it for every few bytes.
    auto const style = static_cast<SerdStyle>(
        SERD_STYLE_BULK | (pretty ? SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED : 0));
    writer_.reset(serd_writer_new(serd_syntax(format), style, env_.get(), nullptr, put, &output_));
    if (!writer_) throw std::bad_alloc();
    serd_writer_set_error_sink(writer_.get(), remember_error, &reported_);
    if (!pretty) return;
    // Bound in the environment for abbreviating; written as `@prefix` lines
    // only once per document (serd_writer_set_prefix does both).
    for (auto const& binding : output_prefixes) {
        std::string const name(binding.name), iri(binding.iri);
        SerdNode const name_node = handles::borrowed_serd_node(SERD_LITERAL, name);
        SerdNode const iri_node = handles::borrowed_serd_node(SERD_URI, iri);
        SerdStatus const set = write_prefixes
                                   ? serd_writer_set_prefix(writer_.get(), &name_node, &iri_node)
                                   : serd_env_set_prefix(env_.get(), &name_node, &iri_node);
        if (output_.stopped()) return;
        check(set, "bind a prefix");
    }
}

bool rdf_writer::write(quad_view const& q) {
    if (output_.stopped()) return false;
    SerdNode const graph = handles::borrowed_serd_node(SERD_URI, q.graph);
    SerdNode const subject = handles::borrowed_serd_node(SERD_URI, q.subject);
    SerdNode const predicate = handles::borrowed_serd_node(SERD_URI, q.predicate);
    SerdNode const object =
        handles::borrowed_serd_node(q.literal ? SERD_LITERAL : SERD_URI, q.object);
    SerdNode const datatype = handles::borrowed_serd_node(SERD_URI, q.datatype);
    SerdNode const language = handles::borrowed_serd_node(SERD_LITERAL, q.language);
    SerdStatus const written = serd_writer_write_statement(
        writer_.get(), 0, merge_ || q.graph.empty() ? nullptr : &graph, &subject, &predicate,
        &object, q.datatype.empty() ? nullptr : &datatype,
        q.language.empty() ? nullptr : &language);
    if (output_.stopped()) return false; // the sink failed: not an internal error
    check(written, "write a statement");
    check(reported_, "write a statement");
    return true;
}

bool rdf_writer::end_document(char const* what) {
    if (output_.stopped()) return false;
    SerdStatus const finished = serd_writer_finish(writer_.get());
    if (output_.stopped()) return false;
    check(finished, what);
    check(reported_, what);
    return true;
}

bool rdf_writer::flush_lines() {
    if (pretty_) throw std::logic_error("evkg: flush_lines in a syntax that groups statements");
    // A line format keeps nothing between statements: finishing the document
    // only empties Serd's page, and the next statement starts another.
    return end_document("write a statement");
}

bool rdf_writer::finish() { return end_document("finish the document") && output_.flush(); }

} // namespace evkg::kg
