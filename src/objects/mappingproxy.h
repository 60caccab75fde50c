// mappingproxy: the read-only view of a mapping that `type.__dict__` answers
// (types.MappingProxyType).
#pragma once

#include "runtime/object.h"

namespace krait {

extern Type mappingproxy_type;

struct MappingProxy : Object {
  Value mapping;
};

Value make_mappingproxy(Value mapping);

// Start-up (called from init_class_types).
void init_mappingproxy_type();

}  // namespace krait
