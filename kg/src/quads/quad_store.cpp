#include "quads/quad_store.hpp"

#include "vocabulary/reused_vocabulary.hpp"

#include <algorithm>
#include <new>
#include <stdexcept>

namespace evkg::kg {

namespace {
// Sord would print to stderr; libraries never print, and every model error
// is already a diagnostic of ours.
SerdStatus ignore_sord_error(void*, SerdError const*) { return SERD_SUCCESS; }

uint8_t const* bytes(std::string const& s) { return reinterpret_cast<uint8_t const*>(s.c_str()); }

std::string_view text_of(SordNode const* node) {
    return node == nullptr ? std::string_view{} : handles::node_string(node);
}

std::size_t address_hash(SordNode const* n) {
    auto const bits = reinterpret_cast<std::uintptr_t>(n);
    return static_cast<std::size_t>((bits >> 4) * 0x9E3779B97F4A7C15ull >> 16);
}

// A node as the object of quad_order's comparison.
quad_view object_view(SordNode const* n) {
    quad_view v{};
    v.literal = sord_node_get_type(n) == SORD_LITERAL;
    v.object = text_of(n);
    if (v.literal) {
        v.datatype = text_of(sord_node_get_datatype(n));
        if (char const* language = sord_node_get_language(n)) v.language = language;
    }
    return v;
}
} // namespace

// The nodes are never given back one by one: sord_world_free frees every
// node the world interned (and giving back the last reference of a node
// costs a move of part of Sord's node table: quadratic over a large graph).
quad_store::quad_store() : world_(sord_world_new()) {
    if (!world_) throw std::bad_alloc();
    sord_world_set_error_sink(world_.get(), ignore_sord_error, nullptr);
    numbers_.assign(1024, 0);
}

SordNode* quad_store::intern_uri(std::string_view iri) {
    scratch_.assign(iri);
    SordNode* node = sord_new_uri(world_.get(), bytes(scratch_));
    if (node == nullptr) throw std::bad_alloc();
    return node;
}

SordNode* quad_store::intern_recent_uri(std::string_view iri) {
    SordNode*& slot = recent_[std::hash<std::string_view>{}(iri) % recent_.size()];
    if (slot != nullptr && text_of(slot) == iri) return slot;
    slot = intern_uri(iri);
    return slot;
}

void quad_store::grow_numbers() {
    std::vector<std::uint32_t> numbers(numbers_.size() * 2, 0);
    std::size_t const mask = numbers.size() - 1;
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
        std::size_t at = address_hash(nodes_[i]) & mask;
        while (numbers[at] != 0)
            at = (at + 1) & mask;
        numbers[at] = static_cast<std::uint32_t>(i + 1);
    }
    numbers_.swap(numbers);
}

std::uint32_t quad_store::number_of(SordNode* node) {
    if ((nodes_.size() + 1) * 2 > numbers_.size()) grow_numbers();
    std::size_t const mask = numbers_.size() - 1;
    std::size_t at = address_hash(node) & mask;
    for (; numbers_[at] != 0; at = (at + 1) & mask)
        if (nodes_[numbers_[at] - 1] == node) return numbers_[at] - 1;
    if (nodes_.size() >= UINT32_MAX - 1) throw std::length_error("evkg: too many distinct nodes");
    nodes_.push_back(node);
    numbers_[at] = static_cast<std::uint32_t>(nodes_.size());
    return numbers_[at] - 1;
}

void quad_store::add(std::string_view graph, std::string_view subject, std::string_view predicate,
                     object_term const& object) {
    if (finished_) throw std::logic_error("evkg: quad_store::add after finish");
    if (!has_last_ || last_graph_text_ != graph) {
        last_graph_ = number_of(intern_uri(graph));
        last_graph_text_.assign(graph);
    }
    if (!has_last_ || last_subject_text_ != subject) {
        last_subject_ = number_of(intern_uri(subject));
        last_subject_text_.assign(subject);
    }
    has_last_ = true;
    quad q{last_graph_, last_subject_, number_of(intern_recent_uri(predicate)), 0};
    if (!object.literal) {
        q.object = number_of(intern_recent_uri(object.text));
    } else {
        SordNode* datatype = object.datatype.empty() ? nullptr : intern_recent_uri(object.datatype);
        scratch_.assign(object.text);
        scratch2_.assign(object.language);
        SordNode* literal = sord_new_literal(world_.get(), datatype, bytes(scratch_),
                                             scratch2_.empty() ? nullptr : scratch2_.c_str());
        if (literal == nullptr) throw std::bad_alloc();
        q.object = number_of(literal);
    }
    quads_.push_back(q);
}

void quad_store::add_all(quad_buffer const& buffer) {
    for (auto const& q : buffer.quads())
        add(buffer.text(q.graph), buffer.text(q.subject), buffer.text(q.predicate),
            object_term{q.literal, buffer.text(q.object), buffer.text(q.datatype),
                        buffer.text(q.language)});
}

void quad_store::finish() {
    if (finished_) return;
    finished_ = true;
    std::vector<std::uint32_t>().swap(numbers_); // addresses are no longer looked up
    // Number the nodes in quad_order's order of objects: IRIs by text, then
    // literals by text, datatype, language. Among IRIs (graphs, subjects,
    // predicates) that is the order of their text.
    std::vector<std::uint32_t> order(nodes_.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<std::uint32_t>(i);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return compare_quads(object_view(nodes_[a]), object_view(nodes_[b])) < 0;
    });
    std::vector<std::uint32_t> renumber(nodes_.size());
    std::vector<SordNode*> nodes(nodes_.size());
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
        renumber[order[rank]] = static_cast<std::uint32_t>(rank);
        nodes[rank] = nodes_[order[rank]];
        if (sord_node_get_type(nodes[rank]) == SORD_URI && text_of(nodes[rank]) == rdf::type)
            type_number_ = static_cast<std::uint32_t>(rank);
    }
    nodes_.swap(nodes);
    std::vector<std::uint32_t>().swap(order);
    for (auto& q : quads_)
        q = {renumber[q.graph], renumber[q.subject], renumber[q.predicate], renumber[q.object]};
    std::vector<std::uint32_t>().swap(renumber);

    // rdf:type first among the predicates.
    auto const predicate_key = [this](std::uint32_t p) {
        return p == type_number_ ? 0 : std::uint64_t{p} + 1;
    };
    std::sort(quads_.begin(), quads_.end(), [&](quad const& a, quad const& b) {
        if (a.graph != b.graph) return a.graph < b.graph;
        if (a.subject != b.subject) return a.subject < b.subject;
        if (a.predicate != b.predicate)
            return predicate_key(a.predicate) < predicate_key(b.predicate);
        return a.object < b.object;
    });
    quads_.erase(std::unique(quads_.begin(), quads_.end(),
                             [](quad const& a, quad const& b) {
                                 return a.graph == b.graph && a.subject == b.subject &&
                                        a.predicate == b.predicate && a.object == b.object;
                             }),
                 quads_.end());
    quads_.shrink_to_fit();
}

std::vector<std::uint32_t> quad_store::merged_order() const {
    if (!finished_) throw std::logic_error("evkg: merged_order() before finish()");
    std::vector<std::uint32_t> order(quads_.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<std::uint32_t>(i);
    auto const predicate_key = [this](std::uint32_t p) {
        return p == type_number_ ? 0 : std::uint64_t{p} + 1;
    };
    std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
        quad const& a = quads_[x];
        quad const& b = quads_[y];
        if (a.subject != b.subject) return a.subject < b.subject;
        if (a.predicate != b.predicate)
            return predicate_key(a.predicate) < predicate_key(b.predicate);
        if (a.object != b.object) return a.object < b.object;
        return x < y;
    });
    order.erase(std::unique(order.begin(), order.end(),
                            [&](std::uint32_t x, std::uint32_t y) {
                                return quads_[x].subject == quads_[y].subject &&
                                       quads_[x].predicate == quads_[y].predicate &&
                                       quads_[x].object == quads_[y].object;
                            }),
                order.end());
    return order;
}

quad_view quad_store::view(quad const& q, bool merge_graphs) const {
    quad_view v = object_view(nodes_[q.object]);
    v.graph = merge_graphs ? std::string_view{} : text_of(nodes_[q.graph]);
    v.subject = text_of(nodes_[q.subject]);
    v.predicate = text_of(nodes_[q.predicate]);
    return v;
}

} // namespace evkg::kg
