// One Serd writer: quads in, the bytes of one syntax out, in blocks of about
// 64 KiB handed to an output_sink. Used by the sorted serialisation and by
// the streaming build (one writer per file, so a file's bytes do not depend
// on which thread wrote them or on the file before it).
#pragma once

#include "evkg/kg/syntax.hpp"
#include "quads/quad_order.hpp"
#include "quads/serd_handles.hpp"

#include <string>

namespace evkg::kg {

class rdf_writer {
public:
    // Turtle and TriG abbreviate with evkg's prefixes; `write_prefixes`
    // says whether the `@prefix` lines are written (once per document).
    rdf_writer(syntax format, output_sink const& sink, bool write_prefixes);
    // Into a string, without blocks: a streaming worker's bytes of one file.
    rdf_writer(syntax format, std::string& into, bool write_prefixes);
    rdf_writer(rdf_writer const&) = delete;
    rdf_writer& operator=(rdf_writer const&) = delete;

    bool merges_graphs() const { return merge_; }
    // Turtle and TriG: subjects grouped, prefixes used.
    bool pretty() const { return pretty_; }
    // False once the sink refused bytes; throws on a Serd failure.
    bool write(quad_view const& q);
    // N-Triples and N-Quads only: hands the lines Serd holds to the sink
    // now, not with the rest of its page.
    bool flush_lines();
    // Closes the last statement and hands over the rest.
    bool finish();

private:
    class block_sink {
    public:
        explicit block_sink(output_sink const& sink);
        explicit block_sink(std::string& into) : into_(&into) {}
        std::size_t put(char const* bytes, std::size_t length);
        bool flush();
        bool stopped() const { return stopped_; }

    private:
        output_sink const* sink_ = nullptr;
        std::string* into_ = nullptr; // else buffer_ is handed to sink_
        std::string buffer_;
        bool stopped_ = false;
    };
    static std::size_t put(void const* buffer, std::size_t length, void* stream);
    void open(syntax format, bool write_prefixes);
    // serd_writer_finish: Serd closes the last statement and empties its page.
    bool end_document(char const* what);

    bool merge_;
    bool pretty_;
    block_sink output_;
    handles::serd_env env_;
    handles::serd_writer writer_;
    SerdStatus reported_ = SERD_SUCCESS;
};

} // namespace evkg::kg
