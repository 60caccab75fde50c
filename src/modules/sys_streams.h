// The standard text streams (sys.stdin, sys.stdout, sys.stderr): a small
// native text stream over a file descriptor, until the _io module provides
// TextIOWrapper. Output is UTF-8 with the stream's error handler, kept in a
// buffer that is flushed when full, at a newline when line-buffered, at every
// write when write-through, and by flush().
#pragma once

#include <cstddef>
#include <string_view>

#include "runtime/object.h"

namespace krait {

struct Str;

extern Type text_stream_type;

struct TextStream : Object {
  int fd;
  Str* name;            // "<stdout>"
  const char* mode;     // "w" or "r"
  const char* errors;   // the encoding error handler
  bool readable;
  bool writable;
  bool line_buffering;  // flush after a write containing a newline
  bool write_through;   // flush after every write
  bool closed;
  char* buffer;         // GC-atomic; output waiting to be written, or input read ahead
  size_t buffer_size;
  size_t buffer_start;  // reading: the first unconsumed byte
  size_t buffer_capacity;
};

// The output buffer size before a block-buffered stream writes it out.
inline constexpr size_t kTextStreamBufferSize = 8192;

// Readies text_stream_type (idempotent; start-up has finished).
void init_text_stream_type();

TextStream* make_text_stream(int fd, std::string_view name, bool writable, const char* errors,
                             bool line_buffering, bool write_through);

// stream.write(text): answers the number of characters written.
size_t text_stream_write(TextStream* stream, Str* text);
// Writes out the buffered output; raises OSError on failure.
void text_stream_flush(TextStream* stream);
// stream.readline(): the next line with its "\n", or "" at end of file.
Str* text_stream_readline(TextStream* stream);

}  // namespace krait
