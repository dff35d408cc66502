#include "write/repeated_lines.hpp"

#include <algorithm>
#include <cstring>

namespace evkg::kg {

namespace {

std::uint64_t load8(char const* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

// A few words of the line, not all of it: the lines of one declaration share
// their subject and end in " .\n", and a match is checked byte for byte.
std::uint64_t hash_of(std::string_view line) {
    std::uint64_t h = line.size() * 0x9E3779B97F4A7C15u;
    if (line.size() >= 24) {
        std::size_t const n = line.size();
        for (std::size_t at : {n / 2 - 8, n / 2, n - 19, n - 11}) {
            h ^= load8(line.data() + at);
            h *= 0x9E3779B97F4A7C15u;
            h ^= h >> 32;
        }
    } else {
        for (char c : line)
            h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3u;
    }
    return h;
}

} // namespace

bool repeated_lines::seen_before(std::string_view all, std::size_t start, std::size_t size) {
    std::string_view const candidate = all.substr(start, size);
    if ((lines_.size() + 1) * 2 > slots_.size()) grow(all);
    std::size_t const mask = slots_.size() - 1;
    for (std::size_t slot = hash_of(candidate) & mask;; slot = (slot + 1) & mask) {
        std::uint32_t const taken = slots_[slot];
        if (taken == 0) {
            lines_.push_back({start, candidate.size()});
            slots_[slot] = static_cast<std::uint32_t>(lines_.size());
            return false;
        }
        line const& l = lines_[taken - 1];
        if (all.substr(l.start, l.size) == candidate) return true;
    }
}

void repeated_lines::grow(std::string_view all) {
    slots_.assign(std::max<std::size_t>(64, slots_.size() * 2), 0);
    std::size_t const mask = slots_.size() - 1;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        std::size_t slot = hash_of(all.substr(lines_[i].start, lines_[i].size)) & mask;
        while (slots_[slot] != 0)
            slot = (slot + 1) & mask;
        slots_[slot] = static_cast<std::uint32_t>(i + 1);
    }
}

void repeated_lines::clear() {
    if (lines_.empty()) return;
    lines_.clear();
    // Back to the usual size after a declaration of thousands of lines.
    if (slots_.size() > 256)
        slots_.assign(64, 0);
    else
        std::fill(slots_.begin(), slots_.end(), 0);
}

} // namespace evkg::kg
