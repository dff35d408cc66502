// Statements into their records: offices, territorial control and
// memberships, each sourced to its report and, with `according-to`, to a
// claim of that report. The membership status on the report's date is
// derived here, from the dates the statement gives.
#include "resolve/declaration_scope.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace evkg::kg {

using language::key;

namespace {

// The first item of the one `key` property (the table gives these one item).
template <typename Value>
Value const* only_value(declaration_scope const& d, language::key key) {
    auto const found = with_key(d.properties(), key);
    return found.empty() ? nullptr : value_as<Value>(**found.begin());
}

// A required key that is missing: at the declaration's identifier.
void require(declaration_scope const& d, bool present, language::key key, std::string_view what) {
    if (present) return;
    d.r.error(d.file, d.s.declaration->id,
              fmt::format("{} `{}` needs `{}` ({})", language::info(d.s.kind).phrase, d.s.id(),
                          language::word_of(key), what));
}

// `since` after `until` cannot hold.
void check_order(declaration_scope const& d, ast::timed_reference const& item,
                 resolved::validity const& valid) {
    if (valid.since && valid.until && valid.until->latest < valid.since->earliest)
        d.r.error(d.file, item.target,
                  fmt::format("`{}` ends ({}) before it begins ({})", item.target.name,
                              valid.until->lexical, valid.since->lexical));
}

// The one time-valid reference of `key` (holder, controller).
void timed_subject(declaration_scope const& d, language::key key, symbol const*& who,
                   resolved::validity& valid) {
    auto const* list = only_value<ast::timed_reference_list>(d, key);
    if (list == nullptr || list->items.empty()) return;
    auto const& item = list->items.front();
    who = d.r.reference(d.file, item.target, key, d.s.kind);
    valid = d.validity_of(item);
    check_order(d, item, valid);
}

// A claim of the same report, declared in the same file: its content graph
// is where the statement goes.
symbol const* claim_of_same_report(declaration_scope const& d, report_info const& report) {
    auto const* ids = only_value<ast::identifier_list>(d, key::according_to);
    if (ids == nullptr || ids->items.empty()) return nullptr;
    auto const& id = ids->items.front();
    symbol const* claim = d.r.reference(d.file, id, key::according_to, d.s.kind);
    if (claim == nullptr) return nullptr;
    auto const& locals = d.r.local_symbols();
    auto const local = std::find_if(locals.begin(), locals.end(),
                                    [&](local_symbol const& l) { return l.id() == claim->id(); });
    report_info const* claim_report = local == locals.end() ? nullptr : d.r.report_of(*local);
    if (claim_report != &report) {
        d.r.error(d.file, id,
                  local == locals.end()
                      ? fmt::format("claim `{}` is declared in another file: a statement "
                                    "`according-to` a claim stands in the claim's file",
                                    claim->id())
                      : fmt::format("claim `{}` belongs to another report than this statement "
                                    "(`{}`)",
                                    claim->id(), report.report->id()));
        return nullptr;
    }
    return claim;
}

void resolve_links(declaration_scope const& d, report_info const& report,
                   resolved::statement_links& links) {
    links.according_to = claim_of_same_report(d, report);
    d.references(key::started_by, links.started_by);
    d.references(key::ended_by, links.ended_by);
    // `report R` only chooses the report: checked, not kept.
    resolved::reference_list reports;
    d.references(key::report, reports);
}

// The one date of a once-only `key`.
std::optional<time_span> one_date(declaration_scope const& d, language::key key) {
    resolved::list<time_span, 1> dates;
    d.date_points(key, dates);
    if (dates.empty()) return std::nullopt;
    return std::move(dates.front());
}

void resolve_office(declaration_scope const& d, report_info const& report,
                    resolved::office& office) {
    timed_subject(d, key::holder, office.holder, office.valid);
    if (auto const* in = only_value<ast::role_in>(d, key::role)) {
        office.post = d.concept_of(key::role, in->role);
        office.organisation = d.r.reference(d.file, in->organisation, key::role, d.s.kind);
    }
    d.concepts(key::rank, office.ranks);
    d.texts(key::title, office.titles, report.language);
    require(d, !with_key(d.properties(), key::holder).empty(), key::holder, "who holds it");
    require(d, !with_key(d.properties(), key::role).empty(), key::role,
            "the post and where: `role president of mali`");
}

void resolve_control(declaration_scope const& d, resolved::control& control) {
    timed_subject(d, key::controller, control.controller, control.valid);
    d.references(key::territory, control.territories);
    require(d, !with_key(d.properties(), key::controller).empty(), key::controller,
            "who controls the territory");
    require(d, !with_key(d.properties(), key::territory).empty(), key::territory,
            "the place controlled");
}

// Has `date` happened by `day`? At the date's own precision, as
// samples/queries/05-members-at-date.rq compares: "2025" has by 2025-01-28.
bool by(std::optional<time_span> const& date, civil_date day) {
    return date && date->earliest <= day;
}

resolved::membership_status status_on(resolved::membership_statement const& m,
                                      resolved::validity const& valid, civil_date day) {
    using enum resolved::membership_status;
    if (valid.since && valid.since->earliest > day) return future;
    if (by(m.expelled, day)) return expelled;
    if (by(valid.until, day) || valid.ended) return withdrawn;
    if (by(m.suspended, day) && !by(m.reinstated, day)) return suspended;
    if (by(m.withdrawal_announced, day)) return withdrawal_pending;
    return active;
}

void resolve_membership(declaration_scope const& d, report_info const& report,
                        resolved::membership_statement& m) {
    if (auto const* ids = only_value<ast::identifier_list>(d, key::of); ids && !ids->items.empty())
        m.organisation = d.r.reference(d.file, ids->items.front(), key::of, d.s.kind);
    m.founding = !with_key(d.properties(), key::founding).empty();
    m.withdrawal_announced = one_date(d, key::withdrawal_announced);
    m.suspended = one_date(d, key::suspended);
    m.reinstated = one_date(d, key::reinstated);
    m.expelled = one_date(d, key::expelled);
    for (auto const* p : with_key(d.properties(), key::member))
        if (auto const* list = value_as<ast::timed_reference_list>(*p))
            for (auto const& item : list->items) {
                symbol const* member = d.r.reference(d.file, item.target, key::member, d.s.kind);
                auto valid = d.validity_of(item);
                check_order(d, item, valid);
                if (member == nullptr) continue;
                // An expulsion ends the membership unless the statement says when.
                if (!valid.until && !valid.ended && m.expelled) valid.until = m.expelled;
                std::optional<resolved::membership_status> status;
                if (report.published) status = status_on(m, valid, *report.published);
                m.members.push_back({member, std::move(valid), status});
            }
    require(d, !with_key(d.properties(), key::member).empty(), key::member, "who is a member");
    require(d, !with_key(d.properties(), key::of).empty(), key::of, "the organisation");
}

} // namespace

void resolve_statement(declaration_scope const& d, report_info const& report,
                       resolved::declaration& record) {
    auto links = [&](auto& statement) -> auto& {
        resolve_links(d, report, statement.links);
        return statement;
    };
    switch (d.s.kind) {
    case decl_kind::office:
        resolve_office(d, report, links(record.details.emplace<resolved::office>()));
        break;
    case decl_kind::control:
        resolve_control(d, links(record.details.emplace<resolved::control>()));
        break;
    default:
        resolve_membership(d, report,
                           links(record.details.emplace<resolved::membership_statement>()));
        break;
    }
}

} // namespace evkg::kg
