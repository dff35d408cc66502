// vocabgen: generates evkg/kg/vocabulary.hpp from the ontology, so the
// ontology is the single source of truth for every evkg IRI the builder emits.
//
//   vocabgen OUTPUT.hpp ontology/evkg.ttl ontology/vocabularies.ttl
//
// It reads the Turtle files with serd's reader and writes
//  - a constant per class or property declared in https://w3id.org/evkg/ns#
//    (owl:Class, owl:ObjectProperty, owl:DatatypeProperty,
//    owl:AnnotationProperty), named by its local name, in namespace
//    evkg::kg::ev;
//  - a constexpr table of the SKOS concepts (scheme, skos:notation, IRI),
//    sorted by IRI, so the builder finds concepts by notation.
// The output is written to a temporary file and renamed, so an interrupted
// run never leaves a half header behind.
#include "../src/quads/serd_handles.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using evkg::kg::handles::serd_reader;

constexpr std::string_view evkg_ns = "https://w3id.org/evkg/ns#";
constexpr std::string_view rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
constexpr std::string_view owl_ns = "http://www.w3.org/2002/07/owl#";
constexpr std::string_view skos_ns = "http://www.w3.org/2004/02/skos/core#";

struct triple {
    std::string subject;
    std::string predicate;
    std::string object;
    bool object_is_iri = false;
};

struct read_state {
    std::vector<triple> triples;
    std::map<std::string, std::string> prefixes;
};

std::string node_text(SerdNode const* node) {
    return {reinterpret_cast<char const*>(node->buf), node->n_bytes};
}

// Expands a CURIE with the prefixes read so far (serd's reader hands CURIEs
// over unexpanded).
std::string expand(read_state const& state, SerdNode const* node) {
    std::string text = node_text(node);
    if (node->type != SERD_CURIE) return text;
    auto colon = text.find(':');
    auto it = state.prefixes.find(text.substr(0, colon));
    if (it == state.prefixes.end()) throw std::runtime_error("undeclared prefix in " + text);
    return it->second + text.substr(colon + 1);
}

SerdStatus on_prefix(void* handle, SerdNode const* name, SerdNode const* uri) {
    static_cast<read_state*>(handle)->prefixes[node_text(name)] = node_text(uri);
    return SERD_SUCCESS;
}

SerdStatus on_statement(void* handle, SerdStatementFlags, SerdNode const*, SerdNode const* subject,
                        SerdNode const* predicate, SerdNode const* object, SerdNode const*,
                        SerdNode const*) {
    auto& state = *static_cast<read_state*>(handle);
    try {
        triple t{expand(state, subject), expand(state, predicate), expand(state, object),
                 object->type == SERD_URI || object->type == SERD_CURIE};
        state.triples.push_back(std::move(t));
    } catch (std::exception const& e) {
        std::cerr << "vocabgen: " << e.what() << "\n";
        return SERD_ERR_BAD_SYNTAX;
    }
    return SERD_SUCCESS;
}

bool read_turtle(std::string const& path, read_state& state) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) {
        std::cerr << "vocabgen: cannot open " << path << "\n";
        return false;
    }
    state.prefixes.clear();
    serd_reader reader(
        serd_reader_new(SERD_TURTLE, &state, nullptr, nullptr, on_prefix, on_statement, nullptr));
    serd_reader_set_strict(reader.get(), true);
    SerdStatus const status = serd_reader_read_file_handle(
        reader.get(), file, reinterpret_cast<uint8_t const*>(path.c_str()));
    std::fclose(file);
    if (status != SERD_SUCCESS) {
        std::cerr << "vocabgen: " << path << ": " << serd_strerror(status) << "\n";
        return false;
    }
    return true;
}

bool is_cpp_keyword(std::string const& name) {
    static std::set<std::string> const keywords = {
        "and",    "auto",    "bool",   "break",  "case",     "catch",  "char",    "class",
        "const",  "default", "delete", "do",     "double",   "else",   "enum",    "export",
        "extern", "false",   "float",  "for",    "friend",   "goto",   "if",      "inline",
        "int",    "long",    "new",    "not",    "operator", "or",     "private", "public",
        "return", "short",   "signed", "sizeof", "static",   "struct", "switch",  "template",
        "this",   "throw",   "true",   "try",    "typedef",  "union",  "using",   "virtual",
        "void",   "while",   "xor"};
    return keywords.count(name) > 0;
}

// A C++ identifier for a local name: non-alphanumerics become '_'.
std::string identifier_for(std::string const& local) {
    std::string name;
    for (char c : local) {
        bool const alnum =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        name += alnum ? c : '_';
    }
    if (name.empty() || (name[0] >= '0' && name[0] <= '9')) name = "_" + name;
    if (is_cpp_keyword(name)) name += '_';
    return name;
}

std::string cpp_string(std::string const& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string generate(std::vector<triple> const& triples) {
    std::set<std::string> const term_types = {
        std::string(owl_ns) + "Class", std::string(owl_ns) + "ObjectProperty",
        std::string(owl_ns) + "DatatypeProperty", std::string(owl_ns) + "AnnotationProperty"};
    std::map<std::string, std::string> terms; // C++ name -> IRI
    std::map<std::string, std::string> notation_of, scheme_of;
    std::set<std::string> concepts;
    for (auto const& t : triples) {
        if (t.predicate == rdf_type && term_types.count(t.object) &&
            t.subject.starts_with(evkg_ns) && t.subject.size() > evkg_ns.size()) {
            std::string const name = identifier_for(t.subject.substr(evkg_ns.size()));
            auto [it, fresh] = terms.emplace(name, t.subject);
            if (!fresh && it->second != t.subject)
                throw std::runtime_error("two terms map to the C++ name " + name);
        }
        if (t.predicate == rdf_type && t.object == std::string(skos_ns) + "Concept")
            concepts.insert(t.subject);
        if (t.predicate == std::string(skos_ns) + "notation") notation_of[t.subject] = t.object;
        if (t.predicate == std::string(skos_ns) + "inScheme") scheme_of[t.subject] = t.object;
    }

    std::ostringstream out;
    out << "// GENERATED by kg/vocabgen from ontology/evkg.ttl and ontology/vocabularies.ttl.\n"
           "// Do not edit: change the ontology instead.\n"
           "#pragma once\n\n#include <array>\n#include <string_view>\n\n"
           "namespace evkg::kg::ev {\n\n"
           "inline constexpr std::string_view ns = \""
        << evkg_ns << "\";\n\n";
    for (auto const& [name, iri] : terms)
        out << "inline constexpr std::string_view " << name << " = " << cpp_string(iri) << ";\n";
    out << "\n} // namespace evkg::kg::ev\n\nnamespace evkg::kg::vocab {\n\n"
           "// A SKOS concept of ontology/vocabularies.ttl, found by its notation (the\n"
           "// keyword written in the language).\n"
           "struct concept_entry {\n    std::string_view scheme;\n"
           "    std::string_view notation;\n    std::string_view iri;\n};\n\n";
    std::vector<std::string> rows;
    for (auto const& iri : concepts) {
        auto notation = notation_of.find(iri);
        auto scheme = scheme_of.find(iri);
        if (notation == notation_of.end() || scheme == scheme_of.end())
            throw std::runtime_error("concept without skos:notation or skos:inScheme: " + iri);
        rows.push_back("    concept_entry{" + cpp_string(scheme->second) + ", " +
                       cpp_string(notation->second) + ", " + cpp_string(iri) + "},\n");
    }
    out << "inline constexpr std::array<concept_entry, " << rows.size() << "> concepts{{\n";
    for (auto const& row : rows)
        out << row;
    out << "}};\n\n} // namespace evkg::kg::vocab\n";
    return out.str();
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: vocabgen OUTPUT.hpp INPUT.ttl...\n";
        return 64;
    }
    read_state state;
    for (int i = 2; i < argc; ++i)
        if (!read_turtle(argv[i], state)) return 65;
    std::string header;
    try {
        header = generate(state.triples);
    } catch (std::exception const& e) {
        std::cerr << "vocabgen: " << e.what() << "\n";
        return 65;
    }
    std::string const output = argv[1];
    std::string const temporary = output + ".tmp";
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        file << header;
        if (!file.flush()) {
            std::cerr << "vocabgen: cannot write " << temporary << "\n";
            return 73;
        }
    }
    if (std::rename(temporary.c_str(), output.c_str()) != 0) {
        std::cerr << "vocabgen: cannot rename to " << output << "\n";
        return 73;
    }
    return 0;
}
