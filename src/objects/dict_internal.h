// What dict.cpp and dict_views.cpp share.
#pragma once

#include "runtime/object.h"

namespace krait {

// iter(dict): a dict_keyiterator.
Value dict_iter(Value self);
// Readies dict_keys / dict_values / dict_items and the dict iterator types.
void init_dict_views();

}  // namespace krait
