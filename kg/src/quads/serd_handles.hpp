// RAII owners for every Serd and Sord handle evkg uses. This is the only file
// that calls the *_free functions: everything else holds these types, so a
// handle is released on every path, including exceptions and early returns.
#pragma once

#include <serd/serd.h>
#include <sord/sord.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace evkg::kg::handles {

struct serd_env_deleter {
    void operator()(SerdEnv* env) const { serd_env_free(env); }
};
struct serd_writer_deleter {
    void operator()(SerdWriter* writer) const { serd_writer_free(writer); }
};
struct serd_reader_deleter {
    void operator()(SerdReader* reader) const { serd_reader_free(reader); }
};
struct sord_world_deleter {
    void operator()(SordWorld* world) const { sord_world_free(world); }
};

using serd_env = std::unique_ptr<SerdEnv, serd_env_deleter>;
using serd_writer = std::unique_ptr<SerdWriter, serd_writer_deleter>;
using serd_reader = std::unique_ptr<SerdReader, serd_reader_deleter>;
using sord_world = std::unique_ptr<SordWorld, sord_world_deleter>;

// A SerdNode whose buffer serd allocated (serd_node_new_*, serd_node_copy).
class owned_serd_node {
public:
    owned_serd_node() = default;
    explicit owned_serd_node(SerdNode node) : node_(node) {}
    owned_serd_node(owned_serd_node const&) = delete;
    owned_serd_node& operator=(owned_serd_node const&) = delete;
    owned_serd_node(owned_serd_node&& other) noexcept : node_(other.node_) {
        other.node_ = SERD_NODE_NULL;
    }
    owned_serd_node& operator=(owned_serd_node&& other) noexcept {
        if (this != &other) {
            serd_node_free(&node_);
            node_ = other.node_;
            other.node_ = SERD_NODE_NULL;
        }
        return *this;
    }
    ~owned_serd_node() { serd_node_free(&node_); }

    SerdNode const* get() const { return &node_; }

private:
    SerdNode node_ = SERD_NODE_NULL;
};

// A view of NUL-terminated UTF-8 (callers validated it: no NUL inside) as a
// SerdNode, built field by field: serd_node_from_substring scans the text
// byte by byte for flags we would clear anyway, and Serd 0.30's writer reads
// only buf, n_bytes and type (flags only of literals, n_chars only in
// serd_node_equals, between nodes made here: any function of the bytes keeps
// that test exact, so n_chars is the byte count, not counted for every node
// written). Flags 0 makes serd 0.30.16 write the short, fully escaped
// literal form, which its own reader can read back (see conventions.md,
// Known traps). The node borrows `nul_terminated`, which must outlive it;
// an empty view gives an empty node.
inline SerdNode borrowed_serd_node(SerdType type, std::string_view nul_terminated) {
    static constexpr char empty[] = "";
    char const* data = nul_terminated.empty() ? empty : nul_terminated.data();
    return {reinterpret_cast<uint8_t const*>(data), nul_terminated.size(), nul_terminated.size(), 0,
            type};
}

inline SerdNode borrowed_serd_node(SerdType type, std::string const& text) {
    return borrowed_serd_node(type, std::string_view(text.c_str(), text.size()));
}

inline std::string_view node_string(SordNode const* node) {
    std::size_t bytes = 0;
    auto const* text = sord_node_get_string_counted(node, &bytes);
    return {reinterpret_cast<char const*>(text), bytes};
}

} // namespace evkg::kg::handles
