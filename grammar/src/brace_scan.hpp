// The braces of a stretch of source outside strings and comments: error
// recovery needs this reading both to find the block a broken statement left
// open and to decide where to resume parsing.
#pragma once

namespace evkg::detail {

// Calls `on_brace(p)` for every '{' or '}' in [from, to) that is not inside a
// string or a comment, in order. Returns whether `to` lies inside a string
// (one-line strings: a line end closes an unterminated one).
template <typename OnBrace>
bool scan_braces(char const* from, char const* to, OnBrace&& on_brace) {
    bool in_string = false;
    for (char const* p = from; p < to; ++p) {
        char const c = *p;
        if (in_string) {
            if (c == '\\' && p + 1 < to)
                ++p;
            else if (c == '"' || c == '\n')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '#') {
            while (p + 1 < to && p[1] != '\n')
                ++p;
        } else if (c == '{' || c == '}') {
            on_brace(p);
        }
    }
    return in_string;
}

} // namespace evkg::detail
