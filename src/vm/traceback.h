// Traceback objects: one entry per frame an exception passes through, added
// as it propagates (the printing is vm/traceback_print.h's).
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace krait {

struct Frame;
struct FrameObject;

extern Type traceback_type;

struct Traceback : Object {
  Value next;          // tb_next: a Traceback or None
  FrameObject* frame;  // tb_frame
  int32_t lasti;       // tb_lasti: the instruction's offset in bytes (2 per code unit), or -1
  int32_t lineno;      // tb_lineno
};

Traceback* make_traceback(Value next, FrameObject* frame, int32_t lasti, int32_t lineno);
// Prepends an entry for `frame` at its current instruction to the traceback
// of `exception` (an exception instance; anything else is left alone).
void add_traceback_entry(Value exception, Frame* frame);

void init_traceback_type();

}  // namespace krait
