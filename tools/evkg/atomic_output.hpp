// Publishing output without ever losing data: the whole text is written to a
// temporary file in the target's directory, synced, then renamed over the
// target. A failed or interrupted run leaves the old file as it was and no
// temporary file behind.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace evkg::cli {

struct write_result {
    int exit_status = 0; // one of exit_code
    std::string message; // empty on success
};

// Produces the output piece by piece: calls `emit` for each piece and returns
// false as soon as `emit` does (a write failed). Large graphs are thus written
// without ever being held in memory as one text.
using output_producer = std::function<bool(std::function<bool(std::string_view)> const& emit)>;

// Writes what `produce` emits to `path` atomically.
write_result write_file_atomically(std::string const& path, output_producer const& produce);

// Writes what `produce` emits to standard output and checks that it arrived
// (a full disk is an I/O error, not a silent success; a closed pipe ends
// the output quietly).
write_result write_stdout(output_producer const& produce);

// On SIGINT, SIGTERM or SIGHUP, removes the temporary file being written and
// ends the process by that signal. Call it first thing in main(), before any
// other thread starts: it blocks those signals for every thread to come and
// leaves them to one thread of its own.
void install_interrupt_cleanup();

} // namespace evkg::cli
