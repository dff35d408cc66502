// N-Quads on standard input, the evkg::kg::to_dot picture on standard output. A stand-in for
// `evkg build -f dot` until the CLI offers it; scripts/render-seed-picture uses either.
#include "evkg/kg/dot.hpp"

#include <iostream>
#include <iterator>
#include <string>

int main() {
    std::string const nquads((std::istreambuf_iterator<char>(std::cin)), {});
    try {
        std::cout << evkg::kg::to_dot(nquads);
    } catch (evkg::kg::dot_input_error const& error) {
        std::cerr << "nquads_to_dot: " << error.what() << '\n';
        return 65; // EX_DATAERR, as the evkg CLI
    }
    return std::cout.flush() ? 0 : 74;
}
