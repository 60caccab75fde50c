// memoryview: views of the buffer-protocol objects Krait has (bytes,
// bytearray), with cast() to the native single-character formats and shapes.
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

// The memory of a writable C-contiguous view (pack_into, readinto style
// consumers); false for a read-only, released or non-contiguous view.
bool memoryview_writable_data(Value view, char*& data, size_t& size);

// The bytes of a C-contiguous view, for consumers that take any bytes-like
// argument: ValueError if released, BufferError if not C-contiguous.
std::string_view memoryview_buffer(Value view);

// tobytes(): the view's items as one run of bytes. ValueError if released.
std::string memoryview_to_bytes(Value view);

struct ByteArray;
// Whether views of `array` that are neither released nor collected exist
// (runs a collection first when any are registered): resizing is then refused.
bool bytearray_exports_live(ByteArray* array);

// Native types besides bytearray whose instances keep their items in a
// ByteArray header (items, size in bytes, capacity, exports) and export them
// as a writable buffer of one struct-module format (array.array): memoryview()
// and every bytes-like consumer accept them, as views of `format`'s items.
struct BufferFormat {
  char letter;
  int64_t itemsize;
};
void register_resizable_exporter(Type* type, BufferFormat (*format)(Value object));
// The ByteArray header of a bytearray or of a registered exporter, else null.
ByteArray* resizable_storage(Value v);

void init_memoryview_type();

}  // namespace krait
