#include "atomic_output.hpp"

#include "exit_codes.hpp"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <mutex>
#include <pthread.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace evkg::cli {

namespace {

// The temporary file being written. A signal handler could race with the
// thread that creates it (the signal may land between mkstemp() and recording
// its name, or in a worker thread while the main thread creates the file), so
// the signals are taken by one thread with sigwait() instead, and that thread
// and the writer share a mutex: a temporary file is created and recorded, or
// renamed and forgotten, in one step as far as an interruption can see.
// Never destroyed: the signal thread may still run while the process exits.
struct pending_temp {
    std::mutex mutex;
    std::string path;                     // empty: none
    std::atomic<bool> interrupted{false}; // set as the signal thread takes a signal
};

pending_temp& pending() {
    static auto* const state = new pending_temp;
    return *state;
}

constexpr int interrupting_signals[] = {SIGINT, SIGTERM, SIGHUP};

sigset_t interrupting_set() {
    sigset_t set;
    ::sigemptyset(&set);
    for (int s : interrupting_signals)
        ::sigaddset(&set, s);
    return set;
}

// Waits for an interruption, removes the temporary file, then dies of the
// same signal (so the parent sees "killed by SIGINT", status 130 in a shell).
// The mutex stays held: no other temporary file can be created meanwhile.
[[noreturn]] void take_interruptions(sigset_t set) {
    for (;;) {
        int signal_number = 0;
        if (::sigwait(&set, &signal_number) != 0) continue;
        pending_temp& state = pending();
        state.interrupted = true;
        state.mutex.lock();
        if (!state.path.empty()) ::unlink(state.path.c_str());
        std::signal(signal_number, SIG_DFL);
        sigset_t just_this;
        ::sigemptyset(&just_this);
        ::sigaddset(&just_this, signal_number);
        ::pthread_sigmask(SIG_UNBLOCK, &just_this, nullptr);
        ::raise(signal_number);
        std::_Exit(128 + signal_number); // not reached: the default action ends the process
    }
}

extern "C" void ignore_when_unblocked(int) {}

// Whether an interruption came: taken by the signal thread (which may wait
// for the mutex the caller holds), or sent and not yet taken (the signal
// thread not scheduled yet, on a busy machine).
bool interruption_came() {
    if (pending().interrupted.load()) return true;
    sigset_t waiting;
    ::sigemptyset(&waiting);
    if (::sigpending(&waiting) != 0) return false;
    for (int s : interrupting_signals)
        if (::sigismember(&waiting, s) == 1) return true;
    return false;
}

void forget_temp() {
    std::lock_guard const lock(pending().mutex);
    pending().path.clear();
}

write_result failure(int status, std::string message) { return {status, std::move(message)}; }

bool write_all(int fd, std::string_view text) {
    while (!text.empty()) {
        ssize_t const n = ::write(fd, text.data(), text.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        text.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// New files get the usual 0666 & ~umask; a replaced file keeps its mode.
mode_t mode_for(std::string const& path) {
    struct stat existing {};
    if (::stat(path.c_str(), &existing) == 0) return existing.st_mode & 07777;
    mode_t const mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

} // namespace

void install_interrupt_cleanup() {
    // Blocked here, before any other thread exists, so every thread inherits
    // the mask and only take_interruptions() ever receives these signals.
    sigset_t const set = interrupting_set();
    ::pthread_sigmask(SIG_BLOCK, &set, nullptr);
    // A background job of a script starts with SIGINT ignored, and an ignored
    // signal is discarded, never waited for: a disposition of our own (never
    // called while the signals are blocked) makes `kill -INT` end the run.
    for (int s : interrupting_signals)
        std::signal(s, ignore_when_unblocked);
    std::thread(take_interruptions, set).detach();
    // Past a file-size limit, let write() fail with EFBIG (reported, exit 74)
    // instead of the process dying half-way.
    std::signal(SIGXFSZ, SIG_IGN);
}

namespace {

// Devices, FIFOs and the like (`-o /dev/stdout`) cannot be replaced by a
// rename, and must not be: they are written in place.
// Runs `produce` with an emitter that writes to `fd`; false (errno set) when a
// write failed. `early_writeback` (a new regular file that will be fsynced):
// every few MiB, ask the kernel to start writing back what is written, so
// the final fsync of a multi-gigabyte graph has little left to wait for.
bool produce_into(int fd, output_producer const& produce, bool early_writeback = false) {
    constexpr off_t writeback_step = off_t{16} << 20;
    off_t written = 0, flushed = 0;
    int write_errno = 0;
    bool const ok = produce([&](std::string_view piece) {
        if (!write_all(fd, piece)) {
            write_errno = errno;
            return false;
        }
        written += static_cast<off_t>(piece.size());
#ifdef __linux__
        if (early_writeback && written - flushed >= writeback_step) {
            ::sync_file_range(fd, flushed, written - flushed, SYNC_FILE_RANGE_WRITE);
            flushed = written;
        }
#else
        (void)early_writeback;
        (void)flushed;
#endif
        return true;
    });
    if (!ok) errno = write_errno;
    return ok;
}

write_result write_in_place(std::string const& path, output_producer const& produce) {
    int const fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0)
        return failure(exit_cant_create,
                       fmt::format("cannot open '{}': {}", path, std::strerror(errno)));
    bool const written = produce_into(fd, produce);
    int const saved = errno;
    if (::close(fd) != 0 || !written)
        return failure(exit_io_error, fmt::format("cannot write '{}': {}", path,
                                                  std::strerror(written ? errno : saved)));
    return {};
}

} // namespace

write_result write_file_atomically(std::string const& requested_path,
                                   output_producer const& produce) {
    namespace fs = std::filesystem;
    // Replace what a symlink points at, not the link itself.
    std::error_code ec;
    std::string path = requested_path;
    if (fs::is_symlink(requested_path, ec)) {
        fs::path const resolved = fs::weakly_canonical(requested_path, ec);
        if (!ec) path = resolved.string();
    }
    struct stat existing {};
    if (::stat(path.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode)) {
        if (S_ISDIR(existing.st_mode))
            return failure(exit_cant_create,
                           fmt::format("cannot create '{}': it is a directory", path));
        return write_in_place(path, produce);
    }
    fs::path const target(path);
    fs::path const directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string name = ".";
    name.append(target.filename().string()).append(".evkg-XXXXXX");
    std::string temp = (directory / name).string();

    int fd = -1;
    {
        std::lock_guard const lock(pending().mutex);
        fd = ::mkstemp(temp.data());
        if (fd >= 0) pending().path = temp;
    }
    if (fd < 0)
        return failure(exit_cant_create,
                       fmt::format("cannot create '{}': {}", path, std::strerror(errno)));

    auto abandon = [&](int status, std::string const& what) {
        int const saved = errno;
        ::close(fd);
        ::unlink(temp.c_str());
        forget_temp();
        return failure(status,
                       fmt::format("cannot write '{}': {}: {}", path, what, std::strerror(saved)));
    };

    if (::fchmod(fd, mode_for(path)) != 0) return abandon(exit_io_error, "setting permissions");
    bool written = false;
    try {
        written = produce_into(fd, produce, true);
    } catch (...) { // an internal error while producing: leave nothing behind
        ::close(fd);
        ::unlink(temp.c_str());
        forget_temp();
        throw;
    }
    if (!written) return abandon(exit_io_error, "write failed");
    if (::fsync(fd) != 0) return abandon(exit_io_error, "sync failed");
    if (::close(fd) != 0) {
        int const saved = errno;
        ::unlink(temp.c_str());
        forget_temp();
        return failure(exit_io_error,
                       fmt::format("cannot write '{}': {}", path, std::strerror(saved)));
    }
    {
        std::unique_lock lock(pending().mutex);
        if (interruption_came()) {
            // Interrupted before the output was replaced: the old one stays,
            // and the signal thread ends the process as it would have had it
            // run first. This thread only waits for that.
            ::unlink(temp.c_str());
            pending().path.clear();
            lock.unlock();
            for (;;)
                std::this_thread::sleep_for(std::chrono::seconds(1));
        }
        if (::rename(temp.c_str(), path.c_str()) != 0) {
            int const saved = errno;
            ::unlink(temp.c_str());
            pending().path.clear();
            lock.unlock();
            return failure(exit_io_error,
                           fmt::format("cannot replace '{}': {}", path, std::strerror(saved)));
        }
        pending().path.clear();
    }
    // Make the rename itself durable.
    int const dir_fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY);
    if (dir_fd >= 0) {
        ::fsync(dir_fd);
        ::close(dir_fd);
    }
    return {};
}

write_result write_stdout(output_producer const& produce) {
    if (!produce_into(STDOUT_FILENO, produce)) {
        if (errno == EPIPE) return {}; // the reader went away (`| head`): not our failure
        return failure(exit_io_error,
                       fmt::format("cannot write to standard output: {}", std::strerror(errno)));
    }
    return {};
}

} // namespace evkg::cli
