// What a built dataset holds: the Sord world and the model of quads.
#pragma once

#include "evkg/kg/build.hpp"
#include "serd_handles.hpp"

namespace evkg::kg {

struct dataset::impl {
    handles::sord_world world;
    handles::sord_model model;
};

} // namespace evkg::kg
