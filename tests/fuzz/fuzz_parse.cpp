// Fuzz target: bytes -> source checks -> X3 parser -> structure checks.
// Property: never crash, hang or trip a sanitizer; a file that fails has at
// least one error, and every diagnostic points inside the input. And the
// first pass's skim (skim_file) agrees with the parse on every valid input
// and finds no error the parse does not.
#include "../grammar/skim_agreement.hpp"
#include "evkg/grammar/parser.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    evkg::source_set sources;
    evkg::file_id const id =
        sources.add("fuzz.ev", std::string(reinterpret_cast<char const*>(data), size));
    evkg::diagnostics ds(20);
    evkg::parsed_file const parsed = evkg::parse_file(sources, id, ds);

    if (!parsed.ok && !ds.has_errors()) std::abort(); // failed silently
    for (auto const& d : ds.all())
        if (d.where.known &&
            (d.where.begin > size || d.where.end > size || d.where.begin > d.where.end))
            std::abort(); // a diagnostic outside the input
    // Rendering must cope with any position and any bytes.
    (void)evkg::render_all(ds, sources);
    if (!evkg::testing::skim_disagreement(sources, id).empty()) std::abort();
    return 0;
}
