// Exit statuses of the evkg command line, following sysexits(3) like serdi
// and most Unix tools, so scripts can tell bad input from a full disk.
#pragma once

namespace evkg::cli {

enum exit_code : int {
    exit_ok = 0,
    exit_usage = 64,       // EX_USAGE: bad options, output equal to an input
    exit_data_error = 65,  // EX_DATAERR: syntax or semantic errors in the input
    exit_no_input = 66,    // EX_NOINPUT: an input is missing, unreadable or a directory
    exit_software = 70,    // EX_SOFTWARE: an internal error (a bug in evkg)
    exit_cant_create = 73, // EX_CANTCREAT: the output file cannot be created
    exit_io_error = 74,    // EX_IOERR: writing the output failed
};

} // namespace evkg::cli
