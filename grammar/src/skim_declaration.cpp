#include "skim_declaration.hpp"

#include "evkg/grammar/keywords.hpp"
#include "scanner.hpp"

namespace evkg::detail {

namespace {

using scan::skip_blanks;
using scan::word_at;

// Past a string whose opening quote is at `at`, and its language tag; nullptr
// if it does not end on its line.
char const* past_label(char const* at, char const* last) {
    scan::string_end const s = scan::past_string(at, last);
    return s.closed ? scan::past_language_tag(s.end, last) : nullptr;
}

// Past the block whose '{' is at `at`; nullptr if it does not close. IRIs are
// stepped over too: `<https://www.afp.com/#top>` holds no comment.
char const* past_block(char const* at, char const* last) {
    std::size_t depth = 0;
    while (at != last) {
        if (*at == '<') {
            at = scan::past_iri(at, last);
            if (!at) return nullptr;
            continue;
        }
        scan::token const t = scan::next_token(at, last);
        if (t.kind == scan::token_kind::open_brace) {
            ++depth;
        } else if (t.kind == scan::token_kind::close_brace) {
            if (--depth == 0) return t.end;
        } else if (t.kind == scan::token_kind::unterminated_string) {
            return nullptr;
        }
        at = t.end;
    }
    return nullptr;
}

bool ends_word(char const* at, char const* last) {
    return at == last || scan::is_blank(*at) || *at == '#';
}

} // namespace

skimmed skim_declaration(char const* text_begin, char const* start, char const* last,
                         std::vector<std::pair<std::size_t, std::size_t>>& spans) {
    skimmed result;
    std::string_view const kind = word_at(start, last);
    // A report's date, language, outlet and text go into the index: parsed.
    if (kind.empty() || kind == "report" || !keywords::is_declaration_kind(kind)) return result;
    char const* at = start + kind.size();
    if (!ends_word(at, last)) return result;
    at = skip_blanks(at, last);
    std::string_view const id = word_at(at, last);
    if (id.empty()) return result;
    char const* const id_end = at + id.size();
    if (!ends_word(id_end, last) && *id_end != '"' && *id_end != '{') return result;

    char const* end = id_end;
    at = skip_blanks(id_end, last);
    if (at != last && *at == '"') {
        at = past_label(at, last);
        if (!at) return result;
        end = at;
        at = skip_blanks(at, last);
    }
    if (at != last && *at == '{') {
        at = past_block(at, last);
        if (!at) return result;
        end = at;
    }

    auto const tag = [&](boost::spirit::x3::position_tagged& node, char const* first,
                         char const* stop) {
        node.id_first = node.id_last = static_cast<int>(spans.size());
        spans.emplace_back(static_cast<std::size_t>(first - text_begin),
                           static_cast<std::size_t>(stop - text_begin));
    };
    result.declaration.kind.name = kind;
    tag(result.declaration.kind, start, start + kind.size());
    result.declaration.id.name = id;
    tag(result.declaration.id, id_end - id.size(), id_end);
    tag(result.declaration, start, end);
    result.end = end;
    return result;
}

} // namespace evkg::detail
