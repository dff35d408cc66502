// Placeholder until the builder lands (issue 5).
#include "evkg/kg/build.hpp"
#include <stdexcept>
namespace evkg::kg {
struct dataset::impl {};
dataset::dataset() : impl_(std::make_unique<impl>()) {}
dataset::dataset(dataset&&) noexcept = default;
dataset& dataset::operator=(dataset&&) noexcept = default;
dataset::~dataset() = default;
std::size_t dataset::quad_count() const { return 0; }
std::optional<syntax> parse_syntax_name(std::string_view) { return std::nullopt; }
std::optional<dataset> build(corpus const&, build_options const&, diagnostics& out) {
    out.error({}, "builder not built yet");
    return std::nullopt;
}
std::string serialize(dataset const&, syntax) { throw std::runtime_error("not built yet"); }
} // namespace evkg::kg
