// What a built dataset holds: its quads, interned by Sord (quad_store.hpp).
#pragma once

#include "evkg/kg/build.hpp"
#include "quads/quad_store.hpp"

namespace evkg::kg {

struct dataset::impl {
    quad_store store;
};

} // namespace evkg::kg
