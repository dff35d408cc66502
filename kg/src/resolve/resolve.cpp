#include "resolve/resolve.hpp"

#include "evkg/kg/iri.hpp"
#include "evkg/kg/lexical.hpp"
#include "vocabulary/concepts.hpp"

#include <fmt/format.h>

#include <stdexcept>

namespace evkg::kg {

using language::key;

resolver::resolver(corpus_index const& index, std::size_t file_index, parsed_file const& file,
                   diagnostics& out)
    : index_(index), file_index_(file_index), file_(file), out_(out) {
    for (auto const& statement : file.document.statements) {
        auto const* decl = boost::get<ast::declaration>(&statement.get());
        if (decl == nullptr) continue;
        symbol const* s = index.symbols().find(decl->id.name);
        // Only the declaration that won its identifier (the index reported
        // the others); a file parsed again must declare what it declared.
        if (s == nullptr || s->file_index != file_index ||
            s->id_begin != file.range_of(decl->id).begin)
            continue;
        local_.emplace_back(*s, *decl);
    }
}

source_range resolver::range(std::size_t file,
                             boost::spirit::x3::position_tagged const& node) const {
    if (file != file_index_)
        throw std::logic_error("evkg: a resolver reached into a file it is not building");
    return file_.range_of(node);
}

void resolver::error(std::size_t file, boost::spirit::x3::position_tagged const& node,
                     std::string message) const {
    out_.error(range(file, node), std::move(message));
}

std::string reference_role(language::key key, decl_kind where) {
    auto const& row = language::info(key);
    if (!row.role.empty()) return std::string(row.role);
    std::string_view const what = language::info(where).phrase;
    // Built for every reference the declaration makes: by concatenation,
    // which costs a tenth of fmt::format.
    std::string role;
    role.reserve(row.word.size() + what.size() + 10);
    role.append("the `").append(row.word).append("` of ").append(what);
    return role;
}

symbol const* resolver::reference(std::size_t file, ast::identifier const& id, kind_set wanted,
                                  std::string_view role) const {
    // The common case first: no source range, no message.
    if (symbol const* target = index_.symbols().find(id.name);
        target != nullptr && wanted.contains(target->kind))
        return target;
    return index_.reference(out_, range(file, id), id.name, wanted, role);
}

symbol const* resolver::reference(std::size_t file, ast::identifier const& id, language::key key,
                                  decl_kind where) const {
    kind_set const wanted = language::refers_to(key, where);
    if (symbol const* target = index_.symbols().find(id.name);
        target != nullptr && wanted.contains(target->kind))
        return target;
    return index_.reference(out_, range(file, id), id.name, wanted, reference_role(key, where));
}

std::optional<std::string_view> resolver::concept_iri(std::size_t file,
                                                      ast::identifier const& notation,
                                                      std::string_view scheme_namespace,
                                                      std::string_view what) const {
    if (auto iri = find_concept(scheme_namespace, notation.name)) return iri;
    std::string const suggestion = closest_match(notation.name, notations_of(scheme_namespace));
    error(file, notation,
          suggestion.empty() ? fmt::format("unknown {} `{}`", what, notation.name)
                             : fmt::format("unknown {} `{}`; did you mean `{}`?", what,
                                           notation.name, suggestion));
    return std::nullopt;
}

std::optional<std::string> resolver::expand_iri(std::size_t file, ast::iri const& iri) const {
    std::string full = iri.value;
    if (iri.prefixed) {
        auto const& bound = index_.prefixes(file);
        auto it = bound.find(iri.prefix);
        if (it == bound.end()) {
            error(file, iri,
                  fmt::format("undeclared prefix `{}:` (declare it with `prefix {}: <...>` "
                              "in this file)",
                              iri.prefix, iri.prefix));
            return std::nullopt;
        }
        full = it->second + iri.value;
    }
    if (auto problem = iri_problem(full); !problem.empty()) {
        error(file, iri, fmt::format("invalid IRI <{}>: {}", full, problem));
        return std::nullopt;
    }
    return full;
}

std::optional<std::string> resolver::language_of(std::size_t file, ast::text const& text) const {
    if (text.language.empty()) return std::string();
    auto tag = canonical_language_tag(text.language);
    if (!tag) error(file, text, fmt::format("`{}` is not a BCP 47 language tag", text.language));
    return tag;
}

bool resolver::check_text(std::size_t file, ast::text const& text) const {
    if (is_literal_text(text.value)) return true;
    error(file, text, "text is not valid UTF-8 or holds a NUL byte");
    return false;
}

report_info const* resolver::report_info_of(symbol const* report) const {
    return report == nullptr ? nullptr : index_.report_info_of(*report);
}

report_info const* resolver::report_of(local_symbol const& declaration) const {
    if (declaration.kind == decl_kind::report) return report_info_of(&declaration);
    for (auto const* p : with_key(declaration.declaration->properties, key::report)) {
        auto const* ids = value_as<ast::identifier_list>(*p);
        if (ids == nullptr || ids->items.empty()) return nullptr;
        symbol const* named = symbols().find(ids->items.front().name);
        return named != nullptr && named->kind == decl_kind::report ? report_info_of(named)
                                                                    : nullptr;
    }
    auto const in_file = index_.reports_in(declaration.file_index);
    return in_file.size() == 1 ? in_file.front() : nullptr;
}

std::string resolver::why_no_report(local_symbol const& declaration) const {
    if (report_of(declaration) != nullptr) return {};
    auto const in_file = index_.reports_in(declaration.file_index);
    if (in_file.size() <= 1) return "its file declares no report; say which with `report ID`";
    std::string names;
    for (report_info const* r : in_file)
        names += (names.empty() ? "`" : ", `") + std::string(r->report->id()) + "`";
    return fmt::format("its file declares several reports ({}); say which with `report ID`", names);
}

// A date resolved against the report of `at`: `resolve` does the work
// (dates.hpp), `relative` says whether a missing report is the reason it
// failed, `node` is where the error points.
template <typename Resolve>
std::optional<time_span>
resolver::resolve_against_report(local_symbol const& at, bool relative,
                                 boost::spirit::x3::position_tagged const& node,
                                 Resolve&& resolve) const {
    report_info const* report = report_of(at);
    std::optional<civil_date> published = report ? report->published : std::nullopt;
    std::string problem;
    auto span = resolve(published, problem);
    if (!span) {
        if (report == nullptr && relative) problem += " (" + why_no_report(at) + ")";
        error(at.file_index, node, problem);
    }
    return span;
}

std::optional<time_span> resolver::resolve_point(local_symbol const& at,
                                                 ast::date_point const& p) const {
    bool const relative = boost::get<ast::relative_day>(&p) != nullptr;
    return resolve_against_report(at, relative, date_point_node(p),
                                  [&](auto published, std::string& problem) {
                                      return resolve_date_point(p, published, problem);
                                  });
}

std::optional<time_span> resolver::resolve_date(local_symbol const& at,
                                                ast::date_expression const& e) const {
    bool const relative = boost::get<ast::relative_day>(&e.from) != nullptr ||
                          (e.to && boost::get<ast::relative_day>(&*e.to) != nullptr);
    return resolve_against_report(at, relative, e, [&](auto published, std::string& problem) {
        return resolve_date_expression(e, published, problem);
    });
}

} // namespace evkg::kg
