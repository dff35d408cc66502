// The lines one declaration wrote to a streamed N-Triples or N-Quads output,
// to take out a line it wrote twice: a line is the whole of a quad in
// those syntaxes, and the same quad always makes the same line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace evkg::kg {

class repeated_lines {
public:
    // The line of `size` bytes at `start` in `text` (whose remembered lines
    // stay where they are until clear()): true if an earlier line equals
    // it, else remembered.
    bool seen_before(std::string_view text, std::size_t start, std::size_t size);
    void clear();

private:
    struct line {
        std::uint64_t start, size;
    };
    void grow(std::string_view text);

    std::vector<line> lines_;
    std::vector<std::uint32_t> slots_; // index into lines_ + 1; 0 = free
};

} // namespace evkg::kg
