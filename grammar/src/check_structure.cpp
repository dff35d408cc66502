// The structure rules of docs/language.md, "Properties": where each property
// keyword may stand and how many values it takes, as the language table says.
#include "evkg/grammar/check_structure.hpp"

#include "evkg/grammar/language.hpp"

#include <boost/container/small_vector.hpp>
#include <boost/variant/get.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <utility>

namespace evkg {

namespace {

using language::arity;
using language::date_form;
using language::kind_info;
using language::property_info;

kind_info const* find_kind(std::string_view word) {
    for (auto const& k : language::kinds)
        if (word == k.word) return &k;
    return nullptr;
}

std::string join(std::vector<std::string> const& words) {
    std::string out;
    for (auto const& w : words)
        out += (out.empty() ? "" : ", ") + w;
    return out;
}

class structure_checker {
public:
    structure_checker(parsed_file const& file, diagnostics& out) : file_(file), out_(out) {}

    void check_document() {
        ast::declaration const* first_report = nullptr;
        for (auto const& statement : file_.document.statements) {
            auto const* declaration = boost::get<ast::declaration>(&statement.get());
            if (!declaration) continue;
            if (declaration->kind.name == "report") {
                if (first_report) {
                    diagnostic d{severity::error,
                                 file_.range_of(declaration->kind),
                                 "a file declares at most one report; this is the second",
                                 {}};
                    d.notes.push_back({severity::note,
                                       file_.range_of(first_report->kind),
                                       "the first report is declared here",
                                       {}});
                    out_.add(std::move(d));
                } else {
                    first_report = declaration;
                }
            }
            if (auto const kind = language::kind_named(declaration->kind.name))
                check_block(declaration->properties, language::info(*kind));
        }
    }

private:
    void check_block(std::vector<ast::property> const& properties, kind_info const& kind) {
        // Blocks are short: a linear list of the single-valued keys seen,
        // on the stack.
        boost::container::small_vector<std::pair<property_info const*, ast::property const*>, 16>
            seen;
        for (auto const& property : properties) {
            std::string const& key = property.key.name;
            property_info const* rule = language::find_property(key);
            if (!rule) continue; // the grammar only accepts known keys
            if (!rule->where.contains(kind.which)) {
                report_misplaced(property, kind);
                continue;
            }
            if (rule->how_many != arity::many) {
                auto const previous = std::find_if(seen.begin(), seen.end(),
                                                   [&](auto const& s) { return s.first == rule; });
                bool const inserted = previous == seen.end();
                if (inserted) seen.emplace_back(rule, &property);
                if (!inserted) {
                    diagnostic d{
                        severity::error,
                        file_.range_of(property.key),
                        fmt::format("`{}` is given twice; {} has one `{}`", key, kind.phrase, key),
                        {}};
                    d.notes.push_back({severity::note,
                                       file_.range_of(previous->second->key),
                                       "the first one is here",
                                       {}});
                    out_.add(std::move(d));
                }
            }
            if (rule->how_many == arity::one_item) check_one_item(property);
            check_value(property, *rule);
            if (auto const* figure =
                    boost::get<boost::spirit::x3::forward_ast<ast::casualty_figure>>(
                        &property.value.get()))
                check_block(figure->get().details, language::info(language::kind::figure));
        }
    }

    void report_misplaced(ast::property const& property, kind_info const& kind) {
        std::string const& key = property.key.name;
        std::vector<std::string> const allowed = allowed_properties(kind.word);
        std::string const suggestion = closest_match(key, allowed);
        std::string message;
        if (!suggestion.empty())
            message = fmt::format("`{}` is not a property of {}; did you mean `{}`?", key,
                                  kind.phrase, suggestion);
        else if (key == "casualties")
            message = fmt::format("`casualties` is not a property of {}: casualty figures are "
                                  "what a source claims, so they belong in a claim",
                                  kind.phrase);
        else
            message = fmt::format("`{}` is not a property of {}; properties of {} are: {}", key,
                                  kind.phrase, kind.phrase, join(allowed));
        out_.error(file_.range_of(property.key), std::move(message));
    }

    void check_one_item(ast::property const& property) {
        report_items_after_the_first<ast::identifier_list>(property) ||
            report_items_after_the_first<ast::text_list>(property) ||
            report_items_after_the_first<ast::iri_list>(property);
    }

    // False when the value is not a List.
    template <typename List>
    bool report_items_after_the_first(ast::property const& property) {
        auto const* list = boost::get<List>(&property.value.get());
        if (list == nullptr) return false;
        if (list->items.size() > 1)
            out_.error(
                file_.range_of(list->items[1]),
                fmt::format("`{}` takes one value, not {}", property.key.name, list->items.size()));
        return true;
    }

    void check_value(ast::property const& property, property_info const& rule) {
        auto const* date = ast::value_if<ast::date_expression>(property.value);
        if (!date || rule.dates == date_form::any) return;
        if (date->to) {
            out_.error(file_.range_of(*date),
                       fmt::format("`{}` takes one date, not a range", rule.word));
            return;
        }
        if (rule.dates != date_form::full_day) return;
        auto const* day = boost::get<ast::calendar_date>(&date->from.get());
        if (!day) {
            out_.error(file_.range_of(*date),
                       fmt::format("`{}` must be a full calendar date (YYYY-MM-DD): relative "
                                   "days are resolved against it",
                                   rule.word));
        } else if (day->day == 0) {
            out_.error(file_.range_of(*day),
                       fmt::format("`{}` must be a full calendar date (YYYY-MM-DD), not a "
                                   "month or a year",
                                   rule.word));
        }
    }

    parsed_file const& file_;
    diagnostics& out_;
};

} // namespace

std::vector<std::string> allowed_properties(std::string_view kind) {
    std::vector<std::string> keys;
    kind_info const* info = find_kind(kind);
    if (!info) return keys;
    for (auto const& rule : language::properties)
        if (rule.where.contains(info->which)) keys.emplace_back(rule.word);
    return keys;
}

void check_structure(parsed_file const& file, source_set const&, diagnostics& out) {
    structure_checker(file, out).check_document();
}

} // namespace evkg
