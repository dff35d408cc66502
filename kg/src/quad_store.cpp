#include "quad_store.hpp"

#include "reused_vocabulary.hpp"

#include <algorithm>
#include <cstdint>
#include <new>
#include <stdexcept>
#include <utility>

namespace evkg::kg {

namespace {
// Sord would print to stderr; libraries never print, and every model error
// is already a diagnostic of ours.
SerdStatus ignore_sord_error(void*, SerdError const*) { return SERD_SUCCESS; }

uint8_t const* bytes(std::string const& s) { return reinterpret_cast<uint8_t const*>(s.c_str()); }

std::string_view text_of(SordNode const* node) {
    return node == nullptr ? std::string_view{} : handles::node_string(node);
}
} // namespace

quad_store::quad_store() : world_(sord_world_new()) {
    if (!world_) throw std::bad_alloc();
    sord_world_set_error_sink(world_.get(), ignore_sord_error, nullptr);
}

// The nodes are not counted back one by one: sord_world_free frees every
// node the world interned (and giving back the last reference of a node
// costs a move of part of Sord's node table: quadratic over a large graph).
quad_store::~quad_store() = default;

SordNode* quad_store::intern_uri(std::string_view iri) {
    scratch_.assign(iri);
    SordNode* node = sord_new_uri(world_.get(), bytes(scratch_));
    if (node == nullptr) throw std::bad_alloc();
    return node;
}

SordNode* quad_store::intern(std::string_view text, SordNode* cached, std::string& cached_text) {
    if (cached != nullptr && cached_text == text) return cached;
    return intern_uri(text);
}

void quad_store::add(std::string_view graph, std::string_view subject, std::string_view predicate,
                     object_term const& object) {
    quad q{};
    q.graph = intern(graph, last_graph_, last_graph_text_);
    if (q.graph != last_graph_) last_graph_text_.assign(graph);
    last_graph_ = q.graph;
    q.subject = intern(subject, last_subject_, last_subject_text_);
    if (q.subject != last_subject_) last_subject_text_.assign(subject);
    last_subject_ = q.subject;
    q.predicate = intern_uri(predicate);
    if (!object.literal) {
        q.object = intern_uri(object.text);
    } else {
        SordNode* datatype = object.datatype.empty() ? nullptr : intern_uri(object.datatype);
        scratch_.assign(object.text);
        scratch2_.assign(object.language);
        q.object = sord_new_literal(world_.get(), datatype, bytes(scratch_),
                                    scratch2_.empty() ? nullptr : scratch2_.c_str());
        if (q.object == nullptr) throw std::bad_alloc();
    }
    quads_.push_back(q);
}

void quad_store::add_all(quad_buffer const& buffer) {
    for (auto const& q : buffer.quads())
        add(buffer.text(q.graph), buffer.text(q.subject), buffer.text(q.predicate),
            object_term{q.literal, buffer.text(q.object), buffer.text(q.datatype),
                        buffer.text(q.language)});
}

quad_view quad_store::view(quad const& q, bool merge_graphs) {
    bool const literal = sord_node_get_type(q.object) == SORD_LITERAL;
    char const* language = literal ? sord_node_get_language(q.object) : nullptr;
    return {merge_graphs ? std::string_view{} : text_of(q.graph),
            text_of(q.subject),
            text_of(q.predicate),
            text_of(q.object),
            literal ? text_of(sord_node_get_datatype(q.object)) : std::string_view{},
            language != nullptr ? std::string_view(language) : std::string_view{},
            literal};
}

namespace {

// Every node of the store ranked once in quad_order's order of objects (IRIs
// by text, then literals by text, datatype, language), so sorting the quads
// compares integers instead of strings. Open addressing on the node's address.
class node_ranks {
public:
    explicit node_ranks(std::vector<quad_store::quad> const& quads) {
        std::vector<SordNode const*> nodes;
        slots_.assign(64, {});
        for (auto const& q : quads)
            for (SordNode const* n : {q.graph, q.subject, q.predicate, q.object})
                if (insert(n)) nodes.push_back(n);
        auto const key = [](SordNode const* n) {
            quad_view v{};
            v.literal = sord_node_get_type(n) == SORD_LITERAL;
            v.object = text_of(n);
            if (v.literal) {
                v.datatype = text_of(sord_node_get_datatype(n));
                char const* language = sord_node_get_language(n);
                if (language != nullptr) v.language = language;
            }
            return v;
        };
        std::sort(nodes.begin(), nodes.end(), [&](SordNode const* a, SordNode const* b) {
            return compare_quads(key(a), key(b)) < 0;
        });
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            slot_of(nodes[i]).rank = static_cast<std::uint32_t>(i + 1);
            if (text_of(nodes[i]) == rdf::type) type_ = nodes[i];
        }
    }
    std::uint32_t rank(SordNode const* n) const { return n == nullptr ? 0 : slot_of(n).rank; }
    // rdf:type before every other predicate.
    std::uint32_t predicate_rank(SordNode const* n) const { return n == type_ ? 0 : rank(n); }

private:
    struct slot {
        SordNode const* node = nullptr;
        std::uint32_t rank = 0;
    };
    static std::size_t hash(SordNode const* n) {
        auto const bits = reinterpret_cast<std::uintptr_t>(n);
        return static_cast<std::size_t>((bits >> 4) * 0x9E3779B97F4A7C15ull);
    }
    slot& slot_of(SordNode const* n) { return const_cast<slot&>(std::as_const(*this).slot_of(n)); }
    slot const& slot_of(SordNode const* n) const {
        std::size_t const mask = slots_.size() - 1;
        std::size_t at = hash(n) & mask;
        while (slots_[at].node != n && slots_[at].node != nullptr)
            at = (at + 1) & mask;
        return slots_[at];
    }
    bool insert(SordNode const* n) {
        if (n == nullptr) return false;
        if ((used_ + 1) * 2 > slots_.size()) {
            std::vector<slot> old(slots_.size() * 2);
            old.swap(slots_);
            for (auto const& s : old)
                if (s.node != nullptr) slot_of(s.node) = s;
        }
        slot& s = slot_of(n);
        if (s.node != nullptr) return false;
        s.node = n;
        ++used_;
        return true;
    }

    std::vector<slot> slots_;
    std::size_t used_ = 0;
    SordNode const* type_ = nullptr;
};

} // namespace

void quad_store::sort_unique() {
    node_ranks const ranks(quads_);
    auto const less = [&](quad const& a, quad const& b) {
        if (a.graph != b.graph) return ranks.rank(a.graph) < ranks.rank(b.graph);
        if (a.subject != b.subject) return ranks.rank(a.subject) < ranks.rank(b.subject);
        if (a.predicate != b.predicate)
            return ranks.predicate_rank(a.predicate) < ranks.predicate_rank(b.predicate);
        return ranks.rank(a.object) < ranks.rank(b.object);
    };
    std::sort(quads_.begin(), quads_.end(), less);
    // Interned: equal quads have equal pointers.
    auto const same = [](quad const& a, quad const& b) {
        return a.graph == b.graph && a.subject == b.subject && a.predicate == b.predicate &&
               a.object == b.object;
    };
    std::size_t kept = 0;
    for (std::size_t i = 0; i < quads_.size(); ++i) {
        if (kept > 0 && same(quads_[kept - 1], quads_[i])) continue;
        quads_[kept++] = quads_[i];
    }
    quads_.resize(kept);
}

std::vector<std::uint32_t> quad_store::merged_order() const {
    node_ranks const ranks(quads_);
    std::vector<std::uint32_t> order(quads_.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<std::uint32_t>(i);
    auto const less = [&](std::uint32_t x, std::uint32_t y) {
        quad const& a = quads_[x];
        quad const& b = quads_[y];
        if (a.subject != b.subject) return ranks.rank(a.subject) < ranks.rank(b.subject);
        if (a.predicate != b.predicate)
            return ranks.predicate_rank(a.predicate) < ranks.predicate_rank(b.predicate);
        if (a.object != b.object) return ranks.rank(a.object) < ranks.rank(b.object);
        return x < y;
    };
    std::sort(order.begin(), order.end(), less);
    auto const same = [&](std::uint32_t x, std::uint32_t y) {
        return quads_[x].subject == quads_[y].subject &&
               quads_[x].predicate == quads_[y].predicate && quads_[x].object == quads_[y].object;
    };
    order.erase(std::unique(order.begin(), order.end(), same), order.end());
    return order;
}

} // namespace evkg::kg
