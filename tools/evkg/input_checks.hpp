// Checks the command line makes before any work: inputs that exist, and an
// output that cannot destroy an input or fail half-way for a missing folder.
#pragma once

#include "evkg/grammar/parser.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace evkg::cli {

// A message for the first input that is missing, unreadable or a directory.
std::optional<std::string> check_inputs_readable(std::vector<std::string> const& inputs);

// Calls its argument with each input's path until that returns false.
using input_walk = std::function<void(std::function<bool(std::string const&)> const&)>;

// A message if `output` is the same file as an input (compared by device and
// inode, so `./x`, symlinks and hard links are caught).
std::optional<std::string> output_clashes_with_input(std::string const& output,
                                                     input_walk const& inputs);

// A message if the output's directory does not exist, or the output is a
// directory.
std::optional<std::string> output_directory_problem(std::string const& output);

} // namespace evkg::cli
