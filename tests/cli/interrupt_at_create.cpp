// Preloaded (LD_PRELOAD) by cli.interrupt_as_output_is_created: the instant
// the output's temporary file exists, the process is sent SIGINT, as a
// Ctrl-C can land while mkstemp() returns. The build must still remove that
// file before it dies. Process-directed (kill, not raise), like a real Ctrl-C.
#include <csignal>
#include <cstdlib>
#include <dlfcn.h>
#include <unistd.h>

namespace {

using mkstemp_function = int (*)(char*);

int create_then_interrupt(char const* real_name, char* pattern) {
    auto const real = reinterpret_cast<mkstemp_function>(::dlsym(RTLD_NEXT, real_name));
    if (real == nullptr) std::abort();
    int const fd = real(pattern);
    if (fd >= 0) ::kill(::getpid(), SIGINT);
    return fd;
}

} // namespace

extern "C" int mkstemp(char* pattern) { return create_then_interrupt("mkstemp", pattern); }
extern "C" int mkstemp64(char* pattern) { return create_then_interrupt("mkstemp64", pattern); }
