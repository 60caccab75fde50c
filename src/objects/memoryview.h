// memoryview: one-dimensional views of the buffer-protocol objects Krait has
// (bytes, bytearray), with cast() to the native single-character formats.
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace krait {

extern Type memoryview_type;

bool is_memoryview(Value v);

// The bytes a C-contiguous view covers, as bytes-like consumers read them
// (PyBUF_SIMPLE); false for a released or non-contiguous view.
bool memoryview_contiguous_data(Value view, std::string_view& out);

// tobytes(): the view's items as one run of bytes. ValueError if released.
std::string memoryview_to_bytes(Value view);

void init_memoryview_type();

}  // namespace krait
