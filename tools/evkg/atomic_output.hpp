// Publishing output without ever losing data: the whole text is written to a
// temporary file in the target's directory, synced, then renamed over the
// target. A failed or interrupted run leaves the old file as it was and no
// temporary file behind.
#pragma once

#include <string>
#include <string_view>

namespace evkg::cli {

struct write_result {
    int exit_status = 0; // one of exit_code
    std::string message; // empty on success
};

// Writes `text` to `path` atomically.
write_result write_file_atomically(std::string const& path, std::string_view text);

// Writes `text` to standard output and checks that it arrived (a full disk or
// a closed pipe is an I/O error, not a silent success).
write_result write_stdout(std::string_view text);

// Removes a temporary file left by an interrupted write; safe to call from a
// signal handler.
void install_interrupt_cleanup();

} // namespace evkg::cli
