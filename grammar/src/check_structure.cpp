// The table of docs/language.md, "Properties", as code: where each property
// keyword may stand, and how many values it takes.
#include "evkg/grammar/check_structure.hpp"

#include "evkg/grammar/keywords.hpp"
#include "keyword_order.hpp"

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

// One bit per declaration kind, plus the casualty-figure block.
enum kind_bit : std::uint32_t {
    report = 1u << 0,
    outlet = 1u << 1,
    state = 1u << 2,
    government = 1u << 3,
    force = 1u << 4,
    pmc = 1u << 5,
    group = 1u << 6,
    coalition = 1u << 7,
    organisation = 1u << 8,
    person = 1u << 9,
    source = 1u << 10,
    alliance = 1u << 11,
    mechanism = 1u << 12,
    place = 1u << 13,
    event = 1u << 14,
    claim = 1u << 15,
    figure = 1u << 16,
};

constexpr std::uint32_t all_declarations = (1u << 16) - 1;
constexpr std::uint32_t actors =
    outlet | state | government | force | pmc | group | coalition | organisation | person | source;
constexpr std::uint32_t organised = alliance | coalition | group | organisation;

struct kind_info {
    std::string_view word;
    kind_bit bit;
    char const* phrase; // "an event"
};

constexpr std::array<kind_info, 17> kinds{{
    {"report", report, "a report"},
    {"outlet", outlet, "an outlet"},
    {"state", state, "a state"},
    {"government", government, "a government"},
    {"force", force, "a force"},
    {"pmc", pmc, "a pmc"},
    {"group", group, "a group"},
    {"coalition", coalition, "a coalition"},
    {"organisation", organisation, "an organisation"},
    {"person", person, "a person"},
    {"source", source, "a source"},
    {"alliance", alliance, "an alliance"},
    {"mechanism", mechanism, "a mechanism"},
    {"place", place, "a place"},
    {"event", event, "an event"},
    {"claim", claim, "a claim"},
    {"figure", figure, "a casualty figure"},
}};

enum class count {
    many,     // a list, and the property may be repeated
    once,     // at most once per declaration
    one_item, // at most once, with exactly one item
};

struct property_rule {
    std::string_view key;
    std::uint32_t where;
    count how_many;
};

// docs/language.md, "Properties", in its order.
constexpr std::array<property_rule, 59> property_rules{{
    {"alias", all_declarations & ~(claim | report), count::many},
    {"same-as", all_declarations & ~claim, count::many},
    {"note", all_declarations, count::many},
    {"sentence", all_declarations, count::many},
    {"outlet", report, count::one_item},
    {"published", report, count::once},
    {"url", report | outlet, count::one_item},
    {"language", report, count::one_item},
    {"text", report, count::one_item},
    {"of", force | government | source | person | organisation | mechanism, count::one_item},
    {"country", actors, count::many},
    {"ideology", group | coalition | organisation, count::many},
    {"ethnic-base", group | coalition, count::once},
    {"objective", actors, count::many},
    {"acled-name", actors, count::many},
    {"member", alliance | coalition | organisation, count::many},
    {"member-of", actors, count::many},
    {"role", person, count::many},
    {"linked-to", actors, count::many},
    {"supported-by", actors, count::many},
    {"founded", organised, count::once},
    {"dissolved", organised, count::once},
    {"ended", organised, count::once},
    {"kind", place, count::one_item},
    {"in", place, count::one_item},
    {"near", place, count::many},
    {"at", place, count::once},
    {"type", event, count::one_item},
    {"date", event, count::once},
    {"place", event | claim, count::one_item},
    {"perpetrator", event | claim, count::many},
    {"coordinated-with", event | claim, count::many},
    {"accompanied-by", event | claim, count::many},
    {"participant", event | claim, count::many},
    {"target", event | claim, count::many},
    {"victim", event | claim, count::many},
    {"under", event | claim, count::one_item},
    {"part-of", event, count::one_item},
    {"by", claim, count::many},
    {"to", claim, count::one_item},
    {"report", claim | event, count::one_item},
    {"act", claim, count::one_item},
    {"on", claim, count::once},
    {"about", claim, count::many},
    {"aspect", claim, count::many},
    {"quote", claim, count::one_item},
    {"verification", claim, count::one_item},
    {"contradicts", claim, count::many},
    {"corroborates", claim, count::many},
    {"revises", claim, count::many},
    {"asserts", claim, count::many},
    {"casualties", claim, count::many},
    {"victims", figure, count::one_item},
    {"status", figure, count::one_item},
    {"nationality", figure, count::many},
    {"ethnicity", figure, count::many},
    {"mainly", figure, count::once},
    {"side", figure, count::many},
    {"including", figure, count::many},
}};

kind_info const* find_kind(std::string_view word) {
    for (auto const& k : kinds)
        if (word == k.word) return &k;
    return nullptr;
}

// property_rules in keyword_order.hpp's order, for find_rule (which runs for
// every property of a corpus).
constexpr auto rules_by_key = [] {
    std::array<property_rule const*, property_rules.size()> index{};
    for (std::size_t i = 0; i < index.size(); ++i)
        index[i] = &property_rules[i];
    std::sort(index.begin(), index.end(), [](property_rule const* a, property_rule const* b) {
        return detail::shorter_first(a->key, b->key);
    });
    return index;
}();

property_rule const* find_rule(std::string_view key) {
    auto const found = std::lower_bound(rules_by_key.begin(), rules_by_key.end(), key,
                                        [](property_rule const* r, std::string_view k) {
                                            return detail::shorter_first(r->key, k);
                                        });
    return found != rules_by_key.end() && (*found)->key == key ? *found : nullptr;
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
            kind_info const* kind = find_kind(declaration->kind.name);
            if (kind) check_block(declaration->properties, *kind);
        }
    }

private:
    void check_block(std::vector<ast::property> const& properties, kind_info const& kind) {
        // Blocks are short: a linear list of the single-valued keys seen,
        // on the stack.
        boost::container::small_vector<std::pair<property_rule const*, ast::property const*>, 16>
            seen;
        for (auto const& property : properties) {
            std::string const& key = property.key.name;
            property_rule const* rule = find_rule(key);
            if (!rule) continue; // the grammar only accepts known keys
            if (!(rule->where & kind.bit)) {
                report_misplaced(property, kind);
                continue;
            }
            if (rule->how_many != count::many) {
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
            if (rule->how_many == count::one_item) check_one_item(property);
            check_value(property);
            if (auto const* figure =
                    boost::get<boost::spirit::x3::forward_ast<ast::casualty_figure>>(
                        &property.value.get()))
                check_block(figure->get().details, kinds.back());
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

    void check_value(ast::property const& property) {
        std::string const& key = property.key.name;
        auto const* date = ast::value_if<ast::date_expression>(property.value);
        if (!date) return;
        if ((key == "published" || key == "founded" || key == "dissolved") && date->to) {
            out_.error(file_.range_of(*date), fmt::format("`{}` takes one date, not a range", key));
            return;
        }
        if (key != "published") return;
        auto const* day = boost::get<ast::calendar_date>(&date->from.get());
        if (!day) {
            out_.error(file_.range_of(*date),
                       "`published` must be a full calendar date (YYYY-MM-DD): relative days "
                       "are resolved against it");
        } else if (day->day == 0) {
            out_.error(file_.range_of(*day),
                       "`published` must be a full calendar date (YYYY-MM-DD), not a month or "
                       "a year");
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
    for (auto const& rule : property_rules)
        if (rule.where & info->bit) keys.emplace_back(rule.key);
    return keys;
}

void check_structure(parsed_file const& file, source_set const&, diagnostics& out) {
    structure_checker(file, out).check_document();
}

} // namespace evkg
