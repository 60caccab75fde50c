// The types of None, NotImplemented and Ellipsis (the objects are in runtime/object.h).
#pragma once

#include "runtime/object.h"

namespace krait {

extern Type none_type;
extern Type not_implemented_type;
extern Type ellipsis_type;

void init_singleton_types();

}  // namespace krait
