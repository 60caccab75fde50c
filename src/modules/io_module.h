// The `_io` module (CPython's Modules/_io): the I/O class hierarchy and open().
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace krait {

struct Module;

extern Type bytesio_type;   // _io.BytesIO (modules/io_memory.cpp)
extern Type stringio_type;  // _io.StringIO
void init_memory_file_types();

// The `newlines` attribute for the kinds of line end seen (1 "\r", 2 "\n", 4 "\r\n").
Value newlines_value(uint8_t seen);

Module* create_io_module();

}  // namespace krait
