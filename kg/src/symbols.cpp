#include "symbols.hpp"

#include "evkg/kg/iri.hpp"

#include <array>
#include <fmt/format.h>

namespace evkg::kg {

namespace {
constexpr std::array<std::string_view, 16> kind_names{
    "report",       "outlet", "state",  "government", "force",     "pmc",   "group", "coalition",
    "organisation", "person", "source", "alliance",   "mechanism", "place", "event", "claim"};
} // namespace

std::optional<decl_kind> kind_from_name(std::string_view name) {
    for (std::size_t i = 0; i < kind_names.size(); ++i)
        if (kind_names[i] == name) return static_cast<decl_kind>(i);
    return std::nullopt;
}

std::string_view kind_name(decl_kind kind) { return kind_names[static_cast<std::size_t>(kind)]; }

std::string with_article(std::string_view noun) {
    bool const vowel =
        !noun.empty() && std::string_view("aeiou").find(noun[0]) != std::string_view::npos;
    return (vowel ? "an " : "a ") + std::string(noun);
}

std::string kind_set::describe() const {
    std::vector<std::string_view> names;
    for (std::size_t i = 0; i < kind_names.size(); ++i)
        if (contains(static_cast<decl_kind>(i))) names.push_back(kind_names[i]);
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
        out += names[i];
    }
    return out;
}

symbol_table::symbol_table(corpus const& input, diagnostics& out) {
    for (std::size_t f = 0; f < input.files.size(); ++f) {
        parsed_file const& file = input.files[f];
        for (auto const& statement : file.document.statements) {
            auto const* decl = boost::get<ast::declaration>(&statement);
            if (decl == nullptr) continue;
            auto kind = kind_from_name(decl->kind.name);
            if (!kind) {
                out.error(file.range_of(decl->kind),
                          fmt::format("unknown kind of declaration `{}`", decl->kind.name));
                continue;
            }
            // Identifiers become IRI path segments as written: the parser
            // only produces valid ones, but an AST may come from elsewhere.
            if (!is_identifier(decl->id.name)) {
                out.error(file.range_of(decl->id),
                          fmt::format("`{}` is not an identifier ([A-Za-z_][A-Za-z0-9_-]*)",
                                      decl->id.name));
                continue;
            }
            if (decl->id.name.size() > max_identifier_bytes) {
                out.error(file.range_of(decl->id),
                          fmt::format("identifier of {} bytes, longer than the limit of {} bytes",
                                      decl->id.name.size(), max_identifier_bytes));
                continue;
            }
            auto [it, fresh] =
                by_id_.try_emplace(decl->id.name, symbol{decl->id.name, *kind, decl, f});
            if (fresh) source_order_.push_back(&it->second);
            if (!fresh) {
                symbol const& previous = it->second;
                diagnostic d{severity::error,
                             file.range_of(decl->id),
                             fmt::format("`{}` is already declared (as a {})", decl->id.name,
                                         kind_name(previous.kind)),
                             {}};
                d.notes.push_back(
                    {severity::note,
                     input.files[previous.file_index].range_of(previous.declaration->id),
                     "previous definition here",
                     {}});
                out.add(std::move(d));
            }
        }
    }
}

symbol const* symbol_table::find(std::string_view id) const {
    auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : &it->second;
}

std::vector<symbol const*> symbol_table::in_order() const {
    std::vector<symbol const*> out;
    for (auto const& [id, s] : by_id_)
        out.push_back(&s);
    return out;
}

std::vector<std::string> symbol_table::ids(kind_set wanted) const {
    std::vector<std::string> out;
    for (auto const& [id, s] : by_id_)
        if (wanted.contains(s.kind)) out.push_back(id);
    return out;
}

} // namespace evkg::kg
