#include "resolve.hpp"

#include "concepts.hpp"
#include "evkg/kg/iri.hpp"
#include "evkg/kg/lexical.hpp"

#include <fmt/format.h>

namespace evkg::kg {

std::vector<ast::property const*> properties_named(std::vector<ast::property> const& properties,
                                                   std::string_view key) {
    std::vector<ast::property const*> out;
    for (auto const& p : properties)
        if (p.key.name == key) out.push_back(&p);
    return out;
}

ast::casualty_figure const* figure_of(ast::property const& p) {
    auto const* f = boost::get<boost::spirit::x3::forward_ast<ast::casualty_figure>>(&p.value);
    return f == nullptr ? nullptr : &f->get();
}

boost::spirit::x3::position_tagged const& date_point_node(ast::date_point const& p) {
    if (auto const* c = boost::get<ast::calendar_date>(&p)) return *c;
    return boost::get<ast::relative_day>(p);
}

resolver::resolver(corpus const& input, diagnostics& out)
    : input_(input), out_(out), symbols_(input, out), prefixes_(input.files.size()),
      reports_in_file_(input.files.size()) {
    read_prefixes();
    read_reports();
}

void resolver::error(std::size_t file, boost::spirit::x3::position_tagged const& node,
                     std::string message) const {
    out_.error(range(file, node), std::move(message));
}

void resolver::read_prefixes() {
    for (std::size_t f = 0; f < input_.files.size(); ++f) {
        for (auto const& statement : input_.files[f].document.statements) {
            auto const* prefix = boost::get<ast::prefix_declaration>(&statement);
            if (prefix == nullptr) continue;
            std::string const& name = prefix->name.name;
            if (prefix->value.prefixed) {
                error(f, prefix->value, "a prefix must be bound to a full IRI in <...>");
                continue;
            }
            if (auto problem = iri_problem(prefix->value.value); !problem.empty()) {
                error(f, prefix->value,
                      fmt::format("invalid IRI for prefix `{}`: {}", name, problem));
                continue;
            }
            auto [it, fresh] = prefixes_[f].try_emplace(name, prefix->value.value);
            if (!fresh && it->second != prefix->value.value)
                error(f, prefix->name,
                      fmt::format("prefix `{}` is already bound to <{}>", name, it->second));
        }
    }
}

void resolver::read_reports() {
    for (symbol const* s : symbols_.in_order()) {
        if (s->kind != decl_kind::report) continue;
        reports_in_file_[s->file_index].push_back(s);
        std::size_t const f = s->file_index;
        auto const& props = s->declaration->properties;
        report_info info;
        info.report = s;
        for (auto const* p : properties_named(props, "published")) {
            auto const* date = value_as<ast::date_expression>(*p);
            auto const* day =
                date == nullptr ? nullptr : boost::get<ast::calendar_date>(&date->from);
            if (day == nullptr || date->to || day->month == 0 || day->day == 0) {
                error(f, *p, "`published` needs one full date (YYYY-MM-DD)");
                continue;
            }
            if (!is_valid_day(day->year, day->month, day->day)) {
                error(f, *day,
                      fmt::format("{:04}-{:02}-{:02} is not a calendar date", day->year, day->month,
                                  day->day));
                continue;
            }
            info.published = civil_date{day->year, day->month, day->day};
        }
        for (auto const* p : properties_named(props, "language")) {
            auto const* ids = value_as<ast::identifier_list>(*p);
            if (ids == nullptr || ids->items.empty()) continue;
            auto tag = canonical_language_tag(ids->items.front().name);
            if (!tag)
                error(f, ids->items.front(),
                      fmt::format("`{}` is not a BCP 47 language tag", ids->items.front().name));
            else
                info.language = *tag;
        }
        for (auto const* p : properties_named(props, "outlet")) {
            auto const* ids = value_as<ast::identifier_list>(*p);
            if (ids != nullptr && !ids->items.empty())
                info.outlet = reference(f, ids->items.front(), {decl_kind::outlet}, "the outlet");
        }
        for (auto const* p : properties_named(props, "text")) {
            auto const* texts = value_as<ast::text_list>(*p);
            if (texts == nullptr || texts->items.empty()) continue;
            std::string problem;
            info.text = load_article_text(input_.sources[input_.files[f].file].path(),
                                          texts->items.front().value, problem);
            if (!info.text) error(f, texts->items.front(), problem);
        }
        reports_.emplace(s->id, std::move(info));
    }
}

symbol const* resolver::reference(std::size_t file, ast::identifier const& id, kind_set wanted,
                                  std::string_view role) const {
    symbol const* target = symbols_.find(id.name);
    if (target == nullptr) {
        std::vector<std::string> candidates = symbols_.ids(wanted);
        std::string suggestion = closest_match(id.name, candidates);
        if (suggestion.empty()) suggestion = closest_match(id.name, symbols_.ids(kinds::any));
        error(file, id,
              suggestion.empty()
                  ? fmt::format("`{}` is not declared", id.name)
                  : fmt::format("`{}` is not declared; did you mean `{}`?", id.name, suggestion));
        return nullptr;
    }
    if (!wanted.contains(target->kind)) {
        diagnostic d{severity::error,
                     range(file, id),
                     fmt::format("{} must be {}, but `{}` is {}", role,
                                 with_article(wanted.describe()), id.name,
                                 with_article(kind_name(target->kind))),
                     {}};
        d.notes.push_back({severity::note,
                           range(target->file_index, target->declaration->id),
                           fmt::format("`{}` is declared here", id.name),
                           {}});
        out_.add(std::move(d));
        return nullptr;
    }
    return target;
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
        auto const& bound = prefixes_[file];
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
    if (report == nullptr) return nullptr;
    auto it = reports_.find(report->id);
    return it == reports_.end() ? nullptr : &it->second;
}

report_info const* resolver::report_of(symbol const& declaration) const {
    if (declaration.kind == decl_kind::report) return report_info_of(&declaration);
    for (auto const* p : properties_named(declaration.declaration->properties, "report")) {
        auto const* ids = value_as<ast::identifier_list>(*p);
        if (ids == nullptr || ids->items.empty()) return nullptr;
        symbol const* named = symbols_.find(ids->items.front().name);
        return named != nullptr && named->kind == decl_kind::report ? report_info_of(named)
                                                                    : nullptr;
    }
    auto const& in_file = reports_in_file_[declaration.file_index];
    return in_file.size() == 1 ? report_info_of(in_file.front()) : nullptr;
}

std::string resolver::why_no_report(symbol const& declaration) const {
    if (report_of(declaration) != nullptr) return {};
    auto const& in_file = reports_in_file_[declaration.file_index];
    if (in_file.size() <= 1) return "its file declares no report; say which with `report ID`";
    std::string names;
    for (symbol const* r : in_file)
        names += (names.empty() ? "`" : ", `") + r->id + "`";
    return fmt::format("its file declares several reports ({}); say which with `report ID`", names);
}

std::optional<time_span> resolver::resolve_point(symbol const& at, ast::date_point const& p) const {
    report_info const* report = report_of(at);
    std::optional<civil_date> published = report ? report->published : std::nullopt;
    std::string problem;
    auto span = resolve_date_point(p, published, problem);
    if (!span) {
        if (report == nullptr && boost::get<ast::relative_day>(&p) != nullptr)
            problem += " (" + why_no_report(at) + ")";
        error(at.file_index, date_point_node(p), problem);
    }
    return span;
}

std::optional<time_span> resolver::resolve_date(symbol const& at,
                                                ast::date_expression const& e) const {
    report_info const* report = report_of(at);
    std::optional<civil_date> published = report ? report->published : std::nullopt;
    std::string problem;
    auto span = resolve_date_expression(e, published, problem);
    if (!span) {
        bool const relative = boost::get<ast::relative_day>(&e.from) != nullptr ||
                              (e.to && boost::get<ast::relative_day>(&*e.to) != nullptr);
        if (report == nullptr && relative) problem += " (" + why_no_report(at) + ")";
        error(at.file_index, e, problem);
    }
    return span;
}

} // namespace evkg::kg
