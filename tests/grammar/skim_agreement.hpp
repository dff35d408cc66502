// The property skim_file promises (parser.hpp): on a file parse_file accepts,
// the skim reads exactly what the first pass needs as parse_file does; on a
// file the skim refuses, parse_file refuses too. Shared by the grammar tests
// and the fuzz_parse target.
#pragma once

#include "evkg/grammar/ast_dump.hpp"
#include "evkg/grammar/parser.hpp"

#include <boost/variant/get.hpp>

#include <string>
#include <utility>

namespace evkg::testing {

namespace skim_detail {

inline std::pair<std::size_t, std::size_t> at(parsed_file const& file,
                                              boost::spirit::x3::position_tagged const& node) {
    source_range const r = file.range_of(node);
    return {r.begin, r.end};
}

inline std::string dump_one(ast::statement const& statement) {
    ast::document one;
    one.statements.push_back(statement);
    return ast::dump(one);
}

} // namespace skim_detail

// Empty when they agree; otherwise what differs.
inline std::string skim_disagreement(source_set const& sources, file_id file) {
    using skim_detail::at;
    diagnostics full_found(1000), skim_found(1000);
    parsed_file const full = parse_file(sources, file, full_found);
    parsed_file const skim = skim_file(sources, file, skim_found);
    if (skim_found.has_errors() && !full_found.has_errors())
        return "the skim found errors parse_file did not";
    if (!full.ok) return {};
    if (skim_found.has_errors()) return "the skim found errors in a valid file";
    auto const& a = full.document.statements;
    auto const& b = skim.document.statements;
    if (a.size() != b.size())
        return "statements: " + std::to_string(a.size()) + " parsed, " + std::to_string(b.size()) +
               " skimmed";
    for (std::size_t i = 0; i < a.size(); ++i) {
        std::string const where = "statement " + std::to_string(i + 1) + ": ";
        if (a[i].get().which() != b[i].get().which()) return where + "not the same kind";
        if (auto const* d = boost::get<ast::declaration>(&a[i].get())) {
            auto const& s = boost::get<ast::declaration>(b[i].get());
            if (d->kind.name != s.kind.name || d->id.name != s.id.name)
                return where + d->kind.name + " " + d->id.name + " skimmed as " + s.kind.name +
                       " " + s.id.name;
            if (at(full, d->id) != at(skim, s.id) || at(full, d->kind) != at(skim, s.kind))
                return where + "the identifier's range differs";
            if (d->kind.name != "report") continue; // only kind and identifier are skimmed
        } else if (auto const* u = boost::get<ast::use_declaration>(&a[i].get())) {
            if (at(full, u->path) != at(skim, boost::get<ast::use_declaration>(b[i].get()).path))
                return where + "the `use` path's range differs";
        } else if (auto const* p = boost::get<ast::prefix_declaration>(&a[i].get())) {
            auto const& q = boost::get<ast::prefix_declaration>(b[i].get());
            if (at(full, p->name) != at(skim, q.name) || at(full, p->value) != at(skim, q.value))
                return where + "the prefix's ranges differ";
        }
        if (skim_detail::dump_one(a[i]) != skim_detail::dump_one(b[i]))
            return where + "parsed differently";
    }
    return {};
}

} // namespace evkg::testing
