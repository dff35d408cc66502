#include "write/line_writer.hpp"

#include <algorithm>
#include <cstring>

namespace evkg::kg {

// Each statement is one line: Serd escapes line ends in literals.
void line_writer::drop_repeated_lines() {
    std::size_t kept = declaration_start_; // the lines kept end here
    for (std::size_t at = declaration_start_; at < bytes_.size();) {
        std::size_t const end = std::min(bytes_.find('\n', at), bytes_.size() - 1) + 1;
        std::size_t const size = end - at;
        if (kept != at) std::memmove(bytes_.data() + kept, bytes_.data() + at, size);
        if (!written_.seen_before(bytes_, kept, size)) kept += size;
        at = end;
    }
    bytes_.resize(kept);
    written_.clear();
}

} // namespace evkg::kg
