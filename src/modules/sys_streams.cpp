// The standard text streams over file descriptors.
#include "modules/sys_streams.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "objects/bytes.h"
#include "objects/container_support.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

Type text_stream_type;

namespace {

constexpr size_t kReadChunk = 8192;

TextStream* as_stream(Value self) { return self.as<TextStream>(); }

[[noreturn]] void raise_os_error(int error_number) {
  raise_with_args(&exc_OSError,
                  Value::from_object(make_tuple({make_int(error_number),
                                                 str_value(std::strerror(error_number))})));
}

// io.UnsupportedOperation is both an OSError and a ValueError; until _io
// exists, OSError carries the same message.
[[noreturn]] void raise_unsupported(const char* what) { raise(&exc_OSError, what); }

void check_open(TextStream* stream) {
  if (stream->closed) throw_value_error("I/O operation on closed file.");
}

void reserve(TextStream* stream, size_t needed) {
  if (needed <= stream->buffer_capacity) return;
  size_t capacity = stream->buffer_capacity ? stream->buffer_capacity : kReadChunk;
  while (capacity < needed) capacity *= 2;
  stream->buffer = stream->buffer
                       ? static_cast<char*>(gc_realloc(stream->buffer, capacity))
                       : static_cast<char*>(gc_alloc_atomic(capacity));
  stream->buffer_capacity = capacity;
}

// Reads one more chunk into the input buffer; false at end of file. Lines
// end at "\n" only: CPython opens the standard streams with newline="\n"
// on POSIX, so "\r\n" reaches the program unchanged.
bool fill(TextStream* stream) {
  if (stream->buffer_start > 0) {
    std::memmove(stream->buffer, stream->buffer + stream->buffer_start,
                 stream->buffer_size - stream->buffer_start);
    stream->buffer_size -= stream->buffer_start;
    stream->buffer_start = 0;
  }
  reserve(stream, stream->buffer_size + kReadChunk);
  ssize_t count;
  do {
    count = ::read(stream->fd, stream->buffer + stream->buffer_size, kReadChunk);
  } while (count < 0 && errno == EINTR);
  if (count < 0) raise_os_error(errno);
  stream->buffer_size += static_cast<size_t>(count);
  return count > 0;
}

Str* decode(TextStream* stream, std::string_view bytes) {
  return str_decode(bytes, "utf-8", stream->errors);
}

// The byte length of the first `characters` code points of `bytes` (all of it
// when shorter).
size_t prefix_bytes(std::string_view bytes, size_t characters) {
  size_t pos = 0;
  for (size_t seen = 0; pos < bytes.size(); ++pos) {
    if ((static_cast<unsigned char>(bytes[pos]) & 0xC0) != 0x80) {
      if (seen == characters) break;
      ++seen;
    }
  }
  return pos;
}

// Takes `size` bytes (whole characters, or the rest at end of file) off the
// front of the input buffer.
Str* take_input(TextStream* stream, size_t size) {
  Str* text = decode(stream, std::string_view(stream->buffer + stream->buffer_start, size));
  stream->buffer_start += size;
  return text;
}

Str* read_line(TextStream* stream, int64_t limit) {
  check_open(stream);
  if (!stream->readable) raise_unsupported("not readable");
  size_t scanned = 0;
  while (true) {
    std::string_view pending(stream->buffer + stream->buffer_start,
                             stream->buffer_size - stream->buffer_start);
    size_t newline = pending.find('\n', scanned);
    size_t line_end = newline == std::string_view::npos ? std::string_view::npos : newline + 1;
    if (limit >= 0) {
      size_t limited = prefix_bytes(pending, static_cast<size_t>(limit));
      if (limited < pending.size() && (line_end == std::string_view::npos || limited < line_end)) {
        return take_input(stream, limited);
      }
    }
    if (line_end != std::string_view::npos) return take_input(stream, line_end);
    scanned = pending.size();
    if (!fill(stream)) return take_input(stream, pending.size());
  }
}

Str* read_all(TextStream* stream, int64_t limit) {
  check_open(stream);
  if (!stream->readable) raise_unsupported("not readable");
  while (true) {
    std::string_view pending(stream->buffer + stream->buffer_start,
                             stream->buffer_size - stream->buffer_start);
    if (limit >= 0) {
      size_t limited = prefix_bytes(pending, static_cast<size_t>(limit));
      if (limited < pending.size()) return take_input(stream, limited);
    }
    if (!fill(stream)) return take_input(stream, pending.size());
  }
}

int64_t size_argument(const Value* args, size_t nargs) {
  if (nargs == 0 || is_none(args[0])) return -1;
  if (!is_int(args[0])) {
    throw_type_error("argument should be integer or None, not '" + type_name(args[0]) + "'");
  }
  return index_as_ssize(args[0]);
}

Value stream_write(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("write", nargs, kwnames, 1, 1);
  if (!is_str(args[0])) {
    throw_type_error("write() argument must be str, not " + type_name(args[0]));
  }
  return make_int(static_cast<int64_t>(text_stream_write(as_stream(self), args[0].as<Str>())));
}

Value stream_writelines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("writelines", nargs, kwnames, 1, 1);
  Value iterator = get_iter(args[0]);
  for (Value line = iter_next(iterator); !line.is_null(); line = iter_next(iterator)) {
    if (!is_str(line)) throw_type_error("write() argument must be str, not " + type_name(line));
    text_stream_write(as_stream(self), line.as<Str>());
  }
  return none();
}

Value stream_flush(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("flush", nargs, kwnames, 0, 0);
  TextStream* stream = as_stream(self);
  check_open(stream);
  text_stream_flush(stream);
  return none();
}

Value stream_readline(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("readline", nargs, kwnames, 0, 1);
  return Value::from_object(read_line(as_stream(self), size_argument(args, nargs)));
}

Value stream_read(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("read", nargs, kwnames, 0, 1);
  return Value::from_object(read_all(as_stream(self), size_argument(args, nargs)));
}

Value stream_readlines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("readlines", nargs, kwnames, 0, 1);
  int64_t hint = size_argument(args, nargs);
  List* lines = make_list();
  int64_t total = 0;
  while (true) {
    Str* line = read_line(as_stream(self), -1);
    if (line->length == 0) break;
    list_append(lines, Value::from_object(line));
    total += static_cast<int64_t>(line->length);
    if (hint > 0 && total >= hint) break;
  }
  return Value::from_object(lines);
}

Value stream_fileno(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("fileno", nargs, kwnames, 0, 0);
  TextStream* stream = as_stream(self);
  check_open(stream);
  return make_int(stream->fd);
}

Value stream_isatty(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("isatty", nargs, kwnames, 0, 0);
  TextStream* stream = as_stream(self);
  check_open(stream);
  return make_bool(::isatty(stream->fd) == 1);
}

Value stream_readable(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("readable", nargs, kwnames, 0, 0);
  check_open(as_stream(self));
  return make_bool(as_stream(self)->readable);
}

Value stream_writable(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("writable", nargs, kwnames, 0, 0);
  check_open(as_stream(self));
  return make_bool(as_stream(self)->writable);
}

Value stream_seekable(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("seekable", nargs, kwnames, 0, 0);
  TextStream* stream = as_stream(self);
  check_open(stream);
  return make_bool(::lseek(stream->fd, 0, SEEK_CUR) >= 0);
}

// Closing a standard stream flushes it and marks it closed; the descriptor
// stays open (CPython opens them with closefd=False).
Value stream_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("close", nargs, kwnames, 0, 0);
  TextStream* stream = as_stream(self);
  if (stream->closed) return none();
  try {
    text_stream_flush(stream);
  } catch (const PyException&) {
    stream->closed = true;
    throw;
  }
  stream->closed = true;
  return none();
}

Value stream_enter(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__enter__", nargs, kwnames, 0, 0);
  check_open(as_stream(self));
  return self;
}

Value stream_exit(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return stream_close(self, nullptr, 0, nullptr);
}

Value stream_repr(Value self) {
  TextStream* stream = as_stream(self);
  return str_value("<_io.TextIOWrapper name=" + str_repr(stream->name->view()) + " mode='" +
                   stream->mode + "' encoding='utf-8'>");
}

Value stream_iter(Value self) {
  check_open(as_stream(self));
  return self;
}

Value stream_next(Value self) {
  Str* line = read_line(as_stream(self), -1);
  return line->length == 0 ? Value::null() : Value::from_object(line);
}

Value stream_name_get(Value self) { return Value::from_object(as_stream(self)->name); }
Value stream_mode_get(Value self) { return str_value(as_stream(self)->mode); }
Value stream_encoding_get(Value self) { return str_value("utf-8"); }
Value stream_errors_get(Value self) { return str_value(as_stream(self)->errors); }
Value stream_line_buffering_get(Value self) { return make_bool(as_stream(self)->line_buffering); }
Value stream_write_through_get(Value self) { return make_bool(as_stream(self)->write_through); }
Value stream_closed_get(Value self) { return make_bool(as_stream(self)->closed); }
Value stream_newlines_get(Value self) { return none(); }

bool initialized = false;

}  // namespace

void init_text_stream_type() {
  if (initialized) return;
  initialized = true;
  text_stream_type.repr = stream_repr;
  text_stream_type.iter = stream_iter;
  text_stream_type.next = stream_next;
  init_static_type(&text_stream_type, "_io.TextIOWrapper", nullptr, sizeof(TextStream), 0);
  add_methods(&text_stream_type, {
      {"write", stream_write},
      {"writelines", stream_writelines},
      {"flush", stream_flush},
      {"readline", stream_readline},
      {"read", stream_read},
      {"readlines", stream_readlines},
      {"fileno", stream_fileno},
      {"isatty", stream_isatty},
      {"readable", stream_readable},
      {"writable", stream_writable},
      {"seekable", stream_seekable},
      {"close", stream_close},
      {"__enter__", stream_enter},
      {"__exit__", stream_exit},
  });
  add_getsets(&text_stream_type, {
      {"name", stream_name_get},
      {"mode", stream_mode_get},
      {"encoding", stream_encoding_get},
      {"errors", stream_errors_get},
      {"line_buffering", stream_line_buffering_get},
      {"write_through", stream_write_through_get},
      {"closed", stream_closed_get},
      {"newlines", stream_newlines_get},
  });
}

TextStream* make_text_stream(int fd, std::string_view name, bool writable, const char* errors,
                             bool line_buffering, bool write_through) {
  init_text_stream_type();
  auto* stream = static_cast<TextStream*>(allocate_instance(&text_stream_type));
  stream->fd = fd;
  stream->name = make_str(name);
  stream->mode = writable ? "w" : "r";
  stream->errors = errors;
  stream->readable = !writable;
  stream->writable = writable;
  stream->line_buffering = line_buffering;
  stream->write_through = write_through;
  return stream;
}

size_t text_stream_write(TextStream* stream, Str* text) {
  check_open(stream);
  if (!stream->writable) raise_unsupported("not writable");
  std::string_view bytes = text->view();
  if (!text->is_ascii() && bytes.find('\xed') != std::string_view::npos) {
    // Possibly a surrogate: the error handler decides.
    bytes = str_encode(text, "utf-8", stream->errors).as<Bytes>()->view();
  }
  if (bytes.empty()) return 0;  // the buffer may not exist yet
  reserve(stream, stream->buffer_size + bytes.size());
  std::memcpy(stream->buffer + stream->buffer_size, bytes.data(), bytes.size());
  stream->buffer_size += bytes.size();
  if (stream->write_through || stream->buffer_size >= kTextStreamBufferSize ||
      (stream->line_buffering && bytes.find_first_of("\n\r") != std::string_view::npos)) {
    text_stream_flush(stream);
  }
  return text->length;
}

void text_stream_flush(TextStream* stream) {
  if (!stream->writable) return;
  size_t written = 0;
  while (written < stream->buffer_size) {
    ssize_t count = ::write(stream->fd, stream->buffer + written, stream->buffer_size - written);
    if (count < 0) {
      if (errno == EINTR) continue;
      int error_number = errno;
      stream->buffer_size = 0;
      raise_os_error(error_number);
    }
    written += static_cast<size_t>(count);
  }
  stream->buffer_size = 0;
}

Str* text_stream_readline(TextStream* stream) { return read_line(stream, -1); }

}  // namespace krait
