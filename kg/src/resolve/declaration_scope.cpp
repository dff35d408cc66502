#include "resolve/declaration_scope.hpp"

#include "vocabulary/concepts.hpp"

#include <fmt/format.h>

namespace evkg::kg {

std::optional<resolved::text> declaration_scope::text(ast::text const& t,
                                                      std::string const& default_language,
                                                      bool checked) const {
    auto language = r.language_of(file, t);
    if (!language || (checked && !r.check_text(file, t))) return std::nullopt;
    return resolved::text{t.value, language->empty() ? default_language : std::move(*language)};
}

void declaration_scope::references(std::vector<ast::property> const& properties, language::key key,
                                   resolved::reference_list& into) const {
    for (auto const* p : with_key(properties, key))
        if (auto const* ids = value_as<ast::identifier_list>(*p))
            for (auto const& id : ids->items)
                if (symbol const* target = r.reference(file, id, key, s.kind))
                    into.push_back(target);
}

std::optional<std::string_view>
declaration_scope::concept_of(language::key key, ast::identifier const& notation) const {
    auto const& row = language::info(key);
    return r.concept_iri(file, notation, scheme_of(row.notations), row.notation_noun);
}

void declaration_scope::concepts(std::vector<ast::property> const& properties, language::key key,
                                 resolved::concept_list& into) const {
    for (auto const* p : with_key(properties, key))
        if (auto const* ids = value_as<ast::identifier_list>(*p))
            for (auto const& id : ids->items)
                if (auto iri = concept_of(key, id)) into.push_back(*iri);
}

void declaration_scope::texts(std::vector<ast::property> const& properties, language::key key,
                              resolved::text_list& into,
                              std::string const& default_language) const {
    for (auto const* p : with_key(properties, key))
        if (auto const* list = value_as<ast::text_list>(*p))
            for (auto const& t : list->items)
                if (auto resolved = text(t, default_language)) into.push_back(std::move(*resolved));
}

void declaration_scope::iris(language::key key, resolved::iri_list& into) const {
    for (auto const* p : with_key(properties(), key))
        if (auto const* list = value_as<ast::iri_list>(*p))
            for (auto const& iri : list->items)
                if (auto full = r.expand_iri(file, iri)) into.push_back(std::move(*full));
}

void declaration_scope::targets(language::key key, resolved::target_list& into) const {
    auto const found = with_key(properties(), key);
    if (found.empty()) return;
    for (auto const* p : found) {
        auto const* list = value_as<ast::reference_or_text_list>(*p);
        if (list == nullptr) continue;
        for (auto const& item : list->items) {
            if (auto const* id = boost::get<ast::identifier>(&item)) {
                if (symbol const* actor = r.reference(file, *id, key, s.kind))
                    into.push_back({actor, {}});
            } else if (auto description = text(boost::get<ast::text>(item))) {
                into.push_back({nullptr, std::move(*description)});
            }
        }
    }
}

void declaration_scope::time_nodes(language::key key, resolved::time_node_list& into,
                                   std::string const& default_language) const {
    for (auto const* p : with_key(properties(), key)) {
        auto const* date = value_as<ast::date_expression>(*p);
        if (date == nullptr) continue;
        auto span = r.resolve_date(s, *date);
        if (!span) continue;
        resolved::time_node node{std::move(*span), {}, {}};
        if (date->phrase) {
            // A malformed tag is reported; the phrase stays, untagged.
            node.phrase = date->phrase->value;
            if (auto own = r.language_of(file, *date->phrase))
                node.phrase_language = own->empty() ? default_language : *own;
        } else {
            node.phrase = spell_date_expression(*date);
        }
        into.push_back(std::move(node));
    }
}

std::optional<time_span> declaration_scope::date_value(ast::date_point const& point) const {
    auto span = r.resolve_point(s, point);
    if (!span) return std::nullopt;
    if (span->lexical.empty()) {
        r.error(file, date_point_node(point),
                "this date must be a single day, month or year, not a weekend");
        return std::nullopt;
    }
    return span;
}

void declaration_scope::date_points(language::key key, resolved::list<time_span, 1>& into) const {
    for (auto const* p : with_key(properties(), key))
        if (auto const* date = value_as<ast::date_expression>(*p)) {
            // check_structure says so for parsed files; an AST may come from elsewhere.
            if (date->to) {
                r.error(file, *date,
                        fmt::format("`{}` takes one date, not a range", language::word_of(key)));
                continue;
            }
            if (auto span = date_value(date->from)) into.push_back(std::move(*span));
        }
}

resolved::validity declaration_scope::validity_of(ast::timed_reference const& timing) const {
    resolved::validity valid;
    if (timing.since) valid.since = date_value(*timing.since);
    if (!timing.until) return valid;
    if (auto const* point = boost::get<ast::date_point>(&*timing.until))
        valid.until = date_value(*point);
    else
        valid.ended = true;
    return valid;
}

} // namespace evkg::kg
