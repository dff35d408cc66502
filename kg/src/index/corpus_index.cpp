#include "index/corpus_index.hpp"

#include "index/ast_properties.hpp"

#include "evkg/kg/iri.hpp"
#include "evkg/kg/lexical.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

namespace evkg::kg {

using language::key;

namespace {

diagnostic error_at(source_range where, std::string message) {
    return {severity::error, where, std::move(message), {}};
}

// `published`, `language` and `text` of one report declaration; errors are
// kept to be reported in the order the index reports them.
file_summary::report summarize_report(parsed_file const& file, source_set const& sources,
                                      ast::declaration const& d, text_access const& access,
                                      std::vector<std::string>& article_files) {
    file_summary::report r;
    r.id = d.id.name;
    for (auto const* p : with_key(d.properties, key::published)) {
        auto const* date = ast::value_if<ast::date_expression>(p->value);
        auto const* day = date == nullptr ? nullptr : boost::get<ast::calendar_date>(&date->from);
        if (day == nullptr || date->to || day->month == 0 || day->day == 0) {
            r.before_outlet.push_back(
                error_at(file.range_of(*p), "`published` needs one full date (YYYY-MM-DD)"));
            continue;
        }
        if (!is_valid_day(day->year, day->month, day->day)) {
            r.before_outlet.push_back(error_at(
                file.range_of(*day), fmt::format("{:04}-{:02}-{:02} is not a calendar date",
                                                 day->year, day->month, day->day)));
            continue;
        }
        r.info.published = civil_date{day->year, day->month, day->day};
    }
    for (auto const* p : with_key(d.properties, key::language)) {
        auto const* ids = ast::value_if<ast::identifier_list>(p->value);
        if (ids == nullptr || ids->items.empty()) continue;
        auto tag = canonical_language_tag(ids->items.front().name);
        if (!tag)
            r.before_outlet.push_back(error_at(
                file.range_of(ids->items.front()),
                fmt::format("`{}` is not a BCP 47 language tag", ids->items.front().name)));
        else
            r.info.language = *tag;
    }
    for (auto const* p : with_key(d.properties, key::outlet)) {
        auto const* ids = ast::value_if<ast::identifier_list>(p->value);
        if (ids != nullptr && !ids->items.empty()) {
            r.outlet = ids->items.front().name;
            r.outlet_range = file.range_of(ids->items.front());
        }
    }
    for (auto const* p : with_key(d.properties, key::text)) {
        auto const* texts = ast::value_if<ast::text_list>(p->value);
        if (texts == nullptr || texts->items.empty()) continue;
        std::string problem;
        // Relative to the declaring file, as load_article_text reads it.
        for (auto const& t : texts->items)
            article_files.push_back(
                (std::filesystem::path(sources[file.file].path()).parent_path() / t.value)
                    .string());
        r.info.text = load_article_text(sources[file.file].path(), texts->items.front().value,
                                        access, problem);
        if (!r.info.text)
            r.after_outlet.push_back(error_at(file.range_of(texts->items.front()), problem));
    }
    return r;
}

// The checks the parser already makes; an AST may come from elsewhere.
file_summary::declared declared_of(parsed_file const& file, ast::declaration const& decl,
                                   std::vector<diagnostic>& problems) {
    file_summary::declared d;
    d.id = decl.id.name;
    source_range const id_range = file.range_of(decl.id);
    d.id_begin = static_cast<std::uint32_t>(id_range.begin);
    auto const problem = [&](source_range where, std::string message) {
        d.problem = static_cast<std::uint32_t>(problems.size());
        problems.push_back(error_at(where, std::move(message)));
        return d;
    };
    auto kind = kind_from_name(decl.kind.name);
    if (!kind)
        return problem(file.range_of(decl.kind),
                       fmt::format("unknown kind of declaration `{}`", decl.kind.name));
    d.kind = *kind;
    // Identifiers become IRI path segments as written.
    if (!is_identifier(d.id))
        return problem(id_range,
                       fmt::format("`{}` is not an identifier ([A-Za-z_][A-Za-z0-9_-]*)", d.id));
    if (d.id.size() > max_identifier_bytes)
        return problem(id_range,
                       fmt::format("identifier of {} bytes, longer than the limit of {} bytes",
                                   d.id.size(), max_identifier_bytes));
    return d;
}

} // namespace

file_summary summarize(parsed_file const& file, source_set const& sources,
                       text_access const& access) {
    file_summary summary;
    summary.file = file.file;
    for (auto const& statement : file.document.statements) {
        if (auto const* decl = boost::get<ast::declaration>(&statement.get())) {
            summary.declarations.push_back(declared_of(file, *decl, summary.problems));
            if (decl->kind.name == kind_name(decl_kind::report))
                summary.reports.push_back(
                    summarize_report(file, sources, *decl, access, summary.article_files));
        } else if (auto const* prefix = boost::get<ast::prefix_declaration>(&statement.get())) {
            summary.prefixes.push_back({prefix->name.name, prefix->value.value,
                                        prefix->value.prefixed, file.range_of(prefix->name),
                                        file.range_of(prefix->value)});
        }
    }
    return summary;
}

corpus_index::corpus_index(source_set const& sources, diagnostics& out)
    : sources_(sources), out_(out) {}

source_range corpus_index::declared_at(symbol const& s) const {
    return {files_[s.file_index].file, s.id_begin, s.id_begin + s.id().size(), true};
}

void corpus_index::add(file_summary summary) {
    if (files_.size() <= summary.file) files_.resize(summary.file + 1);
    file_entry& entry = files_[summary.file];
    entry.file = summary.file;
    for (auto const& d : summary.declarations) {
        if (d.problem != file_summary::no_problem) {
            pending_problems_[summary.file].emplace_back(d.id_begin,
                                                         std::move(summary.problems[d.problem]));
            continue;
        }
        auto [s, fresh] = symbols_.declare(d.id, d.kind, summary.file, d.id_begin);
        if (fresh)
            ++entry.declared;
        else
            contenders_.push_back({s, d.kind, summary.file, d.id_begin});
    }
    if (!summary.prefixes.empty()) pending_prefixes_[summary.file] = std::move(summary.prefixes);
    entry.first_report = static_cast<std::uint32_t>(reports_.size());
    entry.report_count = static_cast<std::uint32_t>(summary.reports.size());
    for (auto& r : summary.reports) {
        reports_.push_back(std::move(r.info));
        report_pending& p = report_pending_.emplace_back();
        p.holder = symbols_.find(r.id);
        p.file = summary.file;
        if (r.outlet) {
            auto [it, fresh] = outlet_numbers_.try_emplace(
                *r.outlet, static_cast<std::uint32_t>(outlet_names_.size()));
            if (fresh) outlet_names_.push_back(*r.outlet);
            p.outlet = it->second;
            p.outlet_begin = static_cast<std::uint32_t>(r.outlet_range.begin);
            p.outlet_end = static_cast<std::uint32_t>(r.outlet_range.end);
        }
        if (!r.before_outlet.empty() || !r.after_outlet.empty()) {
            p.problems = static_cast<std::uint32_t>(report_problems_.size());
            report_problems_.emplace_back(std::move(r.before_outlet), std::move(r.after_outlet));
        }
    }
    if (!summary.article_files.empty())
        article_files_[summary.file] = std::move(summary.article_files);
}

void corpus_index::finish(std::vector<file_id> const& canonical) {
    std::vector<std::uint32_t> rank(files_.size(), 0);
    {
        std::vector<file_entry> ordered;
        ordered.reserve(canonical.size());
        for (std::size_t f = 0; f < canonical.size(); ++f) {
            rank.at(canonical[f]) = static_cast<std::uint32_t>(f);
            ordered.push_back(files_.at(canonical[f]));
        }
        files_.swap(ordered);
    }
    decltype(article_files_) by_rank;
    for (auto& [id, articles] : article_files_)
        by_rank.emplace(rank[id], std::move(articles));
    article_files_.swap(by_rank);
    decide_contenders(rank);
    report_declarations();
    bind_prefixes();
    resolve_reports();
}

// The first declaration in canonical order (then in source order) holds its
// identifier; every other one is a contender, reported as a duplicate.
void corpus_index::decide_contenders(std::vector<std::uint32_t> const& rank) {
    symbols_.renumber_files(rank);
    for (auto& c : contenders_) {
        c.file = rank[c.file];
        symbol& h = *c.holder;
        if (std::pair(c.file, c.id_begin) < std::pair(h.file_index, h.id_begin)) {
            std::swap(c.kind, h.kind);
            std::swap(c.file, h.file_index);
            std::swap(c.id_begin, h.id_begin);
            ++files_[h.file_index].declared;
            --files_[c.file].declared;
        }
    }
    std::sort(contenders_.begin(), contenders_.end(), [](contender const& a, contender const& b) {
        return std::pair(a.file, a.id_begin) < std::pair(b.file, b.id_begin);
    });
}

// Malformed and duplicate declarations, file by file in canonical order and
// in source order within a file.
void corpus_index::report_declarations() {
    auto next = contenders_.begin();
    for (std::size_t f = 0; f < files_.size(); ++f) {
        static std::vector<std::pair<std::uint32_t, diagnostic>> no_problems;
        auto found = pending_problems_.find(files_[f].file);
        auto& problems = found == pending_problems_.end() ? no_problems : found->second;
        auto problem = problems.begin();
        while (true) {
            bool const more_contenders = next != contenders_.end() && next->file == f;
            if (problem != problems.end() &&
                (!more_contenders || problem->first < next->id_begin)) {
                out_.add(std::move(problem->second));
                ++problem;
                continue;
            }
            if (!more_contenders) break;
            symbol const& h = *next->holder;
            source_range const id_range{files_[f].file, next->id_begin,
                                        next->id_begin + h.id().size(), true};
            diagnostic dup = error_at(id_range, fmt::format("`{}` is already declared (as a {})",
                                                            h.id(), kind_name(h.kind)));
            dup.notes.push_back({severity::note, declared_at(h), "previous definition here", {}});
            out_.add(std::move(dup));
            ++next;
        }
    }
    pending_problems_.clear();
    std::vector<contender>().swap(contenders_);
}

void corpus_index::bind_prefixes() {
    for (std::size_t f = 0; f < files_.size(); ++f) {
        auto found = pending_prefixes_.find(files_[f].file);
        if (found == pending_prefixes_.end()) continue;
        for (auto const& prefix : found->second) {
            if (prefix.prefixed) {
                out_.error(prefix.iri_range, "a prefix must be bound to a full IRI in <...>");
                continue;
            }
            if (auto problem = iri_problem(prefix.iri); !problem.empty()) {
                out_.error(prefix.iri_range,
                           fmt::format("invalid IRI for prefix `{}`: {}", prefix.name, problem));
                continue;
            }
            auto& bound = prefixes_[static_cast<std::uint32_t>(f)];
            auto [it, fresh] = bound.try_emplace(prefix.name, prefix.iri);
            if (!fresh && it->second != prefix.iri)
                out_.error(prefix.name_range, fmt::format("prefix `{}` is already bound to <{}>",
                                                          prefix.name, it->second));
        }
    }
    pending_prefixes_.clear();
}

void corpus_index::resolve_reports() {
    // The reports that won their identifier (a duplicate is already an
    // error), file by file, each file's sorted by id.
    std::vector<std::uint32_t> won, in_file; // into reports_
    for (std::size_t f = 0; f < files_.size(); ++f) {
        file_entry& entry = files_[f];
        in_file.clear();
        for (std::uint32_t i = entry.first_report; i < entry.first_report + entry.report_count;
             ++i) {
            symbol const* s = report_pending_[i].holder;
            if (s != nullptr && s->file_index == f && s->kind == decl_kind::report) {
                reports_[i].report = s;
                in_file.push_back(i);
            }
        }
        std::stable_sort(in_file.begin(), in_file.end(), [&](std::uint32_t a, std::uint32_t b) {
            return reports_[a].report->id() < reports_[b].report->id();
        });
        entry.first_report = static_cast<std::uint32_t>(file_reports_.size());
        entry.report_count = static_cast<std::uint32_t>(in_file.size());
        for (std::uint32_t i : in_file) {
            file_reports_.push_back(&reports_[i]);
            won.push_back(i);
        }
    }
    // Their outlets and diagnostics, in report order: the order of the
    // diagnostics.
    std::stable_sort(won.begin(), won.end(), [&](std::uint32_t a, std::uint32_t b) {
        return reports_[a].report->id() < reports_[b].report->id();
    });
    for (std::uint32_t i : won) {
        report_pending& p = report_pending_[i];
        auto* problems =
            p.problems == report_pending::no_problems ? nullptr : &report_problems_[p.problems];
        if (problems)
            for (auto& d : problems->first)
                out_.add(std::move(d));
        if (p.outlet != report_pending::no_outlet)
            reports_[i].outlet = reference(
                out_, {p.file, p.outlet_begin, p.outlet_end, true}, outlet_names_[p.outlet],
                language::info(key::outlet).refers_to, language::info(key::outlet).role);
        if (problems)
            for (auto& d : problems->second)
                out_.add(std::move(d));
    }
    std::deque<report_pending>().swap(report_pending_);
    report_problems_.clear();
    outlet_names_.clear();
    outlet_numbers_.clear();
}

corpus_index::prefix_map const& corpus_index::prefixes(std::size_t file_index) const {
    static prefix_map const none;
    auto it = prefixes_.find(static_cast<std::uint32_t>(file_index));
    return it == prefixes_.end() ? none : it->second;
}

std::vector<std::string> const& corpus_index::article_files(std::size_t file_index) const {
    static std::vector<std::string> const none;
    auto it = article_files_.find(static_cast<std::uint32_t>(file_index));
    return it == article_files_.end() ? none : it->second;
}

std::size_t corpus_index::bytes() const {
    // A std::string's own buffer, when it does not fit in the object.
    auto const heap = [](std::string const& s) { return s.capacity() > 15 ? s.capacity() + 1 : 0; };
    std::size_t n = symbols_.bytes() + files_.capacity() * sizeof(file_entry) +
                    file_reports_.capacity() * sizeof(report_info const*) +
                    reports_.size() * sizeof(report_info);
    for (auto const& r : reports_)
        n += heap(r.language);
    for (auto const& [file, bound] : prefixes_)
        for (auto const& [name, iri] : bound)
            n += 64 + sizeof(name) + sizeof(iri) + heap(name) + heap(iri); // a map node
    for (auto const& [file, articles] : article_files_)
        for (auto const& a : articles)
            n += sizeof(a) + heap(a);
    return n;
}

report_info const* corpus_index::report_info_of(symbol const& report) const {
    for (report_info const* info : reports_in(report.file_index))
        if (info->report->id() == report.id()) return info;
    return nullptr;
}

symbol const* corpus_index::reference(diagnostics& out, source_range where, std::string_view name,
                                      kind_set wanted, std::string_view role) const {
    symbol const* target = symbols_.find(name);
    if (target == nullptr) {
        std::string suggestion = closest_match(name, symbols_.ids(wanted));
        if (suggestion.empty()) suggestion = closest_match(name, symbols_.ids(kinds::any));
        out.error(where,
                  suggestion.empty()
                      ? fmt::format("`{}` is not declared", name)
                      : fmt::format("`{}` is not declared; did you mean `{}`?", name, suggestion));
        return nullptr;
    }
    if (!wanted.contains(target->kind)) {
        diagnostic d = error_at(where, fmt::format("{} must be {}, but `{}` is {}", role,
                                                   with_article(describe(wanted)), name,
                                                   with_article(kind_name(target->kind))));
        d.notes.push_back(
            {severity::note, declared_at(*target), fmt::format("`{}` is declared here", name), {}});
        out.add(std::move(d));
        return nullptr;
    }
    return target;
}

} // namespace evkg::kg
