#include "rdf_reader.hpp"

namespace evkg::test {

namespace {

struct reader_state {
    kg::handles::serd_env env{serd_env_new(nullptr)};
    std::vector<read_statement> statements;
    bool failed = false;
};

std::string expanded(reader_state& state, SerdNode const* node) {
    if (node == nullptr) return {};
    if (node->type == SERD_CURIE) {
        kg::handles::owned_serd_node full(serd_env_expand_node(state.env.get(), node));
        if (full.get()->buf == nullptr) {
            state.failed = true;
            return {};
        }
        return {reinterpret_cast<char const*>(full.get()->buf), full.get()->n_bytes};
    }
    return {reinterpret_cast<char const*>(node->buf), node->n_bytes};
}

SerdStatus on_prefix(void* handle, SerdNode const* name, SerdNode const* uri) {
    return serd_env_set_prefix(static_cast<reader_state*>(handle)->env.get(), name, uri);
}

SerdStatus on_statement(void* handle, SerdStatementFlags, SerdNode const* graph,
                        SerdNode const* subject, SerdNode const* predicate, SerdNode const* object,
                        SerdNode const* datatype, SerdNode const* language) {
    auto& state = *static_cast<reader_state*>(handle);
    read_statement s;
    s.graph = expanded(state, graph);
    s.subject = expanded(state, subject);
    s.predicate = expanded(state, predicate);
    s.object = expanded(state, object);
    s.object_is_literal = object->type == SERD_LITERAL;
    s.datatype = expanded(state, datatype);
    if (language != nullptr)
        s.language.assign(reinterpret_cast<char const*>(language->buf), language->n_bytes);
    state.statements.push_back(std::move(s));
    return SERD_SUCCESS;
}

SerdStatus on_error(void* handle, SerdError const*) {
    static_cast<reader_state*>(handle)->failed = true;
    return SERD_SUCCESS;
}

} // namespace

read_result read_rdf(std::string const& document, SerdSyntax syntax) {
    read_result result;
    if (document.empty()) { // serd_reader_read_string("") reads past the end
        result.ok = true;
        return result;
    }
    reader_state state;
    kg::handles::serd_reader reader(
        serd_reader_new(syntax, &state, nullptr, nullptr, on_prefix, on_statement, nullptr));
    serd_reader_set_strict(reader.get(), true);
    serd_reader_set_error_sink(reader.get(), on_error, &state);
    SerdStatus const status =
        serd_reader_read_string(reader.get(), reinterpret_cast<uint8_t const*>(document.c_str()));
    result.ok = status == SERD_SUCCESS && !state.failed;
    result.statements = std::move(state.statements);
    return result;
}

} // namespace evkg::test
