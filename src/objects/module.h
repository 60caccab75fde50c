// Module objects.
#pragma once

#include "runtime/object.h"

namespace krait {

extern Type module_type;

struct Module : Object {
  Dict* dict;
};

Module* make_module(Str* name);

void init_module_type();

}  // namespace krait
