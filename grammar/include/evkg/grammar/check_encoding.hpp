// The byte-level check that runs before the parser (docs/language.md,
// "Encoding"): valid UTF-8 (no overlong forms, surrogates or code points
// above U+10FFFF), no NUL, a BOM only at offset 0, no UTF-16/32 file, no lone
// CR, no bidirectional control characters outside strings. Each problem is a
// diagnostic at the offending byte.
#pragma once

#include "evkg/grammar/diagnostics.hpp"

namespace evkg {

// Returns true when the text of `file` is fit to parse.
bool check_source_text(source_set const& sources, file_id file, diagnostics& out);

} // namespace evkg
