// Binary files, io.UnsupportedOperation and the built-in open().
#include "modules/io_files.h"

#include <fcntl.h>
#include <gc/gc.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <unordered_set>

#include "modules/io_textio.h"
#include "modules/warnings.h"
#include "objects/bytes.h"
#include "objects/container_support.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

Type file_io_type;
Type buffered_reader_type;
Type buffered_writer_type;
Type buffered_random_type;

namespace {

// The files not yet closed, so that exit can flush them. Addresses only, in
// memory the collector does not scan: the set must not keep a file alive (an
// unreachable one is flushed and closed by its finaliser, which leaves the set).
std::unordered_set<uintptr_t>& open_files() {
  static auto* files = new std::unordered_set<uintptr_t>;
  return *files;
}

struct ModeFlags {
  bool creating = false, reading = false, writing = false, appending = false, updating = false;
  bool text = false, binary = false;
};

BinaryFile* as_file(Value self) { return self.as<BinaryFile>(); }

bool is_buffered(const BinaryFile* file) { return file->type != &file_io_type; }

// The closed-file messages differ per method in CPython: FileIO's are all
// the generic one; the buffered classes' name the operation ("read of closed
// file"), given as `buffered_message`.
void check_open(BinaryFile* file, const char* buffered_message) {
  if (!file->closed) return;
  if (file->detached) throw_value_error("raw stream has been detached");
  if (buffered_message && is_buffered(file)) throw_value_error(buffered_message);
  throw_value_error("I/O operation on closed file");
}

void require_readable(BinaryFile* file) {
  if (!file->readable) raise_unsupported_operation(is_buffered(file) ? "read" : "File not open for reading");
}

void require_writable(BinaryFile* file) {
  if (!file->writable) raise_unsupported_operation(is_buffered(file) ? "write" : "File not open for writing");
}

void reserve(BinaryFile* file, size_t needed) {
  if (needed <= file->buffer_capacity) return;
  size_t capacity = file->buffer_capacity ? file->buffer_capacity : kFileBufferSize;
  while (capacity < needed) capacity *= 2;
  file->buffer = file->buffer ? static_cast<char*>(gc_realloc(file->buffer, capacity))
                              : static_cast<char*>(gc_alloc_atomic(capacity));
  file->buffer_capacity = capacity;
}

void write_all(int fd, const char* data, size_t size) {
  while (size > 0) {
    ssize_t count = ::write(fd, data, size);
    if (count < 0) {
      if (errno == EINTR) continue;
      raise_errno(errno);
    }
    data += count;
    size -= static_cast<size_t>(count);
  }
}

// The operations on what lies beneath: the descriptor, or the Python stream
// (`object`) of a buffered file over a raw file that is not a FileIO, or of a
// text file over a binary file that is not a native buffered one.
bool over_object(const BinaryFile* file) { return file->fd < 0; }

int64_t lowlevel_seek(BinaryFile* file, int64_t offset, int whence) {
  if (over_object(file)) {
    return index_as_ssize(call_method(file->object, intern("seek"), {make_int(offset), make_int(whence)}));
  }
  off_t position = ::lseek(file->fd, offset, whence);
  if (position < 0) raise_errno(errno);
  return position;
}

void lowlevel_write(BinaryFile* file, const char* data, size_t size) {
  if (!over_object(file)) {
    write_all(file->fd, data, size);
    return;
  }
  while (size > 0) {
    Value count = call_method(file->object, intern("write"), {Value::from_object(make_bytes({data, size}))});
    size_t written = is_none(count) ? size : static_cast<size_t>(index_as_ssize(count));
    if (written > size) written = size;
    if (written == 0) break;
    data += written;
    size -= written;
  }
}

// Reads up to `size` bytes into `into`; answers how many (0 at end of file).
size_t lowlevel_read(BinaryFile* file, char* into, size_t size) {
  if (over_object(file)) {
    Value data = call_method(file->object, intern(file->reads_read1 ? "read1" : "read"),
                             {make_int(static_cast<int64_t>(size))});
    if (is_none(data)) return 0;
    std::string_view bytes;
    if (!bytes_like_view(data, bytes)) {
      throw_type_error("read() should return bytes, not '" + type_name(data) + "'");
    }
    if (bytes.size() > size) throw_value_error("read() returned too much data");
    std::memcpy(into, bytes.data(), bytes.size());
    return bytes.size();
  }
  ssize_t count;
  do {
    count = ::read(file->fd, into, size);
  } while (count < 0 && errno == EINTR);
  if (count < 0) raise_errno(errno);
  return static_cast<size_t>(count);
}

// Gives back input read ahead (the descriptor's position moves back to the
// first unconsumed byte) before writing or seeking.
void drop_input(BinaryFile* file) {
  if (file->holds_output) return;
  size_t unread = file->buffer_size - file->buffer_start;
  file->buffer_size = file->buffer_start = 0;
  if (unread > 0) lowlevel_seek(file, -static_cast<int64_t>(unread), SEEK_CUR);
}

void prepare_input(BinaryFile* file) {
  if (!file->holds_output) return;
  binary_flush(file);
  file->holds_output = false;
}

void finalize_file(void* block, void* offset);

// Registers the file for the flush at exit and for its finaliser (also
// without closefd: the finaliser takes the file out of the registry).
void watch_file(BinaryFile* file) {
  void* block = GC_base(file);
  GC_register_finalizer_no_order(
      block, finalize_file,
      reinterpret_cast<void*>(static_cast<uintptr_t>(reinterpret_cast<char*>(file) - static_cast<char*>(block))),
      nullptr, nullptr);
  open_files().insert(reinterpret_cast<uintptr_t>(file));
}

void unwatch_file(BinaryFile* file) {
  open_files().erase(reinterpret_cast<uintptr_t>(file));
  GC_register_finalizer_no_order(GC_base(file), nullptr, nullptr, nullptr, nullptr);
}

void finalize_file(void* block, void* offset) {
  auto* file = reinterpret_cast<BinaryFile*>(static_cast<char*>(block) + reinterpret_cast<uintptr_t>(offset));
  if (file->closed) return;
  try {
    binary_close(file);
  } catch (const PyException&) {
    clear_current_exception();
  }
}

// An argument CPython converts to a C int (OverflowError beyond it).
int c_int_argument(Value value) {
  int64_t result = 0;
  if (!int_to_int64(index_value(value), result) || result > INT32_MAX || result < INT32_MIN) {
    throw_overflow_error("Python int too large to convert to C int");
  }
  return static_cast<int>(result);
}

int64_t size_argument(const Value* args, size_t nargs) {
  if (nargs == 0 || is_none(args[0])) return -1;
  if (!is_int(args[0])) {
    throw_type_error("argument should be integer or None, not '" + type_name(args[0]) + "'");
  }
  return index_as_ssize(args[0]);
}

// The first `count` bytes of the input read ahead (all of it when shorter), consumed.
Bytes* take_input(BinaryFile* file, size_t count) {
  std::string_view pending = binary_pending_input(file);
  count = std::min(count, pending.size());
  Bytes* taken = make_bytes(pending.substr(0, count));
  binary_consume(file, count);
  return taken;
}

Bytes* read_bytes(BinaryFile* file, int64_t limit) {
  while (limit < 0 || binary_pending_input(file).size() < static_cast<size_t>(limit)) {
    size_t wanted = limit < 0 ? kFileBufferSize : static_cast<size_t>(limit) - binary_pending_input(file).size();
    if (!binary_fill(file, wanted)) break;
  }
  return take_input(file, limit < 0 ? binary_pending_input(file).size() : static_cast<size_t>(limit));
}

Bytes* read_line(BinaryFile* file, int64_t limit) {
  size_t scanned = 0;
  while (true) {
    std::string_view pending = binary_pending_input(file);
    size_t newline = pending.find('\n', scanned);
    if (newline != std::string_view::npos && (limit < 0 || newline < static_cast<size_t>(limit))) {
      return take_input(file, newline + 1);
    }
    if (limit >= 0 && pending.size() >= static_cast<size_t>(limit)) return take_input(file, limit);
    scanned = pending.size();
    // FileIO reads no further than the line: one byte at a time.
    if (!binary_fill(file, 1)) return take_input(file, binary_pending_input(file).size());
  }
}

Value file_read(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("read", nargs, kwnames, 0, 1);
  BinaryFile* file = as_file(self);
  if (is_buffered(file)) require_readable(file);
  check_open(file, "read of closed file");
  if (!is_buffered(file)) require_readable(file);
  return Value::from_object(read_bytes(file, size_argument(args, nargs)));
}

// readinto(b) for a bytearray `b` (what marshal.load passes): fills it from
// the start with up to len(b) bytes and answers how many.
Value file_readinto(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("readinto", nargs, kwnames, 1, 1);
  BinaryFile* file = as_file(self);
  ByteArray* target = resizable_storage(args[0]);
  if (target == nullptr) {
    throw_type_error("readinto() argument must be read-write bytes-like object, not " + type_name(args[0]));
  }
  if (is_buffered(file)) require_readable(file);
  check_open(file, "readinto of closed file");
  if (!is_buffered(file)) require_readable(file);
  Bytes* data = read_bytes(file, static_cast<int64_t>(target->size));
  std::memcpy(target->items, data->data(), data->size);
  return make_int(static_cast<int64_t>(data->size));
}

// peek(size=0): the input read ahead, filling the buffer once when it is empty.
Value file_peek(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("peek", nargs, kwnames, 0, 1);
  BinaryFile* file = as_file(self);
  check_open(file, "peek of closed file");
  require_readable(file);
  if (binary_pending_input(file).empty()) binary_fill(file);
  return Value::from_object(make_bytes(binary_pending_input(file)));
}

// read1(size=-1): at most one read of the raw file, and none when input is read ahead.
Bytes* read_once(BinaryFile* file, int64_t limit) {
  if (limit == 0) return make_bytes("");
  if (binary_pending_input(file).empty()) binary_fill(file);
  return take_input(file, limit < 0 ? binary_pending_input(file).size() : static_cast<size_t>(limit));
}

Value file_read1(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("read1", nargs, kwnames, 0, 1);
  BinaryFile* file = as_file(self);
  require_readable(file);
  check_open(file, "read of closed file");
  return Value::from_object(read_once(file, size_argument(args, nargs)));
}

Value file_readinto1(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("readinto1", nargs, kwnames, 1, 1);
  BinaryFile* file = as_file(self);
  ByteArray* target = resizable_storage(args[0]);
  if (target == nullptr) {
    throw_type_error("readinto1() argument must be read-write bytes-like object, not " + type_name(args[0]));
  }
  require_readable(file);
  check_open(file, "readinto of closed file");
  Bytes* data = read_once(file, static_cast<int64_t>(target->size));
  std::memcpy(target->items, data->data(), data->size);
  return make_int(static_cast<int64_t>(data->size));
}

// detach(): flushes and hands back the raw file, leaving this object unusable.
Value file_detach(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("detach", nargs, kwnames, 0, 0);
  BinaryFile* file = as_file(self);
  check_open(file, "raw stream has been detached");
  binary_flush(file);
  drop_input(file);
  Value raw = file->raw;
  unwatch_file(file);
  if (!over_object(file) && !raw.is_null() && !raw.as<BinaryFile>()->closed) watch_file(raw.as<BinaryFile>());
  file->closed = file->detached = true;
  file->raw = Value::null();
  return raw;
}

Value file_readline(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("readline", nargs, kwnames, 0, 1);
  BinaryFile* file = as_file(self);
  if (is_buffered(file)) require_readable(file);
  check_open(file, "readline of closed file");
  if (!is_buffered(file)) require_readable(file);
  return Value::from_object(read_line(file, size_argument(args, nargs)));
}

Value file_readlines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("readlines", nargs, kwnames, 0, 1);
  int64_t hint = size_argument(args, nargs);
  BinaryFile* file = as_file(self);
  if (file->closed) throw_value_error("I/O operation on closed file.");
  require_readable(file);
  List* lines = make_list();
  int64_t total = 0;
  while (true) {
    Bytes* line = read_line(file, -1);
    if (line->size == 0) break;
    list_append(lines, Value::from_object(line));
    total += static_cast<int64_t>(line->size);
    if (hint > 0 && total >= hint) break;
  }
  return Value::from_object(lines);
}

Value file_write(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("write", nargs, kwnames, 1, 1);
  BinaryFile* file = as_file(self);
  if (is_buffered(file)) require_writable(file);
  check_open(file, "write to closed file");
  if (!is_buffered(file)) require_writable(file);
  std::string_view data;
  if (!bytes_like_view(args[0], data)) {
    throw_type_error("a bytes-like object is required, not '" + type_name(args[0]) + "'");
  }
  binary_write(file, data);
  return make_int(static_cast<int64_t>(data.size()));
}

Value file_writelines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("writelines", nargs, kwnames, 1, 1);
  BinaryFile* file = as_file(self);
  if (file->closed) throw_value_error("I/O operation on closed file.");
  Value iterator = get_iter(args[0]);
  for (Value line = iter_next(iterator); !line.is_null(); line = iter_next(iterator)) {
    file_write(self, &line, 1, nullptr);
  }
  return none();
}

Value file_tell(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("tell", nargs, kwnames, 0, 0);
  BinaryFile* file = as_file(self);
  check_open(file, nullptr);
  return make_int(binary_tell(file));
}

Value file_seek(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("seek", nargs, kwnames, 1, 2);
  BinaryFile* file = as_file(self);
  int64_t offset = index_as_ssize(args[0]);
  int whence = nargs > 1 ? c_int_argument(args[1]) : 0;
  check_open(file, "seek of closed file");
  if (whence < 0 || whence > 4) throw_value_error("whence value " + std::to_string(whence) + " unsupported");
  return make_int(binary_seek(file, offset, whence));
}

Value file_truncate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("truncate", nargs, kwnames, 0, 1);
  BinaryFile* file = as_file(self);
  check_open(file, "truncate of closed file");
  if (!file->writable) raise_unsupported_operation(is_buffered(file) ? "truncate" : "File not open for writing");
  int64_t size = nargs == 0 || is_none(args[0]) ? binary_tell(file) : index_as_ssize(args[0]);
  binary_truncate(file, size);
  return make_int(size);
}

Value file_flush(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("flush", nargs, kwnames, 0, 0);
  BinaryFile* file = as_file(self);
  if (file->closed) {
    if (file->type == &buffered_writer_type || file->type == &buffered_random_type) {
      throw_value_error("flush of closed file");
    }
    throw_value_error("I/O operation on closed file.");
  }
  binary_flush(file);
  return none();
}

Value file_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("close", nargs, kwnames, 0, 0);
  BinaryFile* file = as_file(self);
  if (!file->closed) binary_close(file);
  return none();
}

Value file_fileno(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("fileno", nargs, kwnames, 0, 0);
  check_open(as_file(self), nullptr);
  if (over_object(as_file(self))) return call_method(as_file(self)->object, intern("fileno"), {});
  return make_int(as_file(self)->fd);
}

Value file_isatty(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("isatty", nargs, kwnames, 0, 0);
  check_open(as_file(self), nullptr);
  if (over_object(as_file(self))) return call_method(as_file(self)->object, intern("isatty"), {});
  return make_bool(::isatty(as_file(self)->fd) == 1);
}

// BufferedWriter.readable and BufferedReader.writable are IOBase's, which
// answer False without looking at the file.
Value file_readable(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("readable", nargs, kwnames, 0, 0);
  BinaryFile* file = as_file(self);
  if (file->type == &buffered_writer_type) return make_bool(false);
  check_open(file, nullptr);
  return make_bool(file->readable);
}

Value file_writable(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("writable", nargs, kwnames, 0, 0);
  BinaryFile* file = as_file(self);
  if (file->type == &buffered_reader_type) return make_bool(false);
  check_open(file, nullptr);
  return make_bool(file->writable);
}

Value file_seekable(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("seekable", nargs, kwnames, 0, 0);
  check_open(as_file(self), nullptr);
  return make_bool(binary_seekable(as_file(self)));
}

Value file_enter(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__enter__", nargs, kwnames, 0, 0);
  if (as_file(self)->closed) throw_value_error("I/O operation on closed file.");
  return self;
}

Value file_exit(Value self, const Value*, size_t, Tuple*) { return file_close(self, nullptr, 0, nullptr); }

Value file_iter(Value self) {
  if (as_file(self)->closed) throw_value_error("I/O operation on closed file.");
  return self;
}

Value file_next(Value self) {
  BinaryFile* file = as_file(self);
  if (is_buffered(file)) require_readable(file);
  check_open(file, "readline of closed file");
  if (!is_buffered(file)) require_readable(file);
  Bytes* line = read_line(file, -1);
  return line->size == 0 ? Value::null() : Value::from_object(line);
}

Value file_repr(Value self) {
  BinaryFile* file = as_file(self);
  std::string text = "<_io." + std::string(file->type->name->view());
  if (file->name.is_null() && file->type == &file_io_type && file->object.is_null()) {
    // Its name deleted.
    if (file->closed) return str_value("<_io.FileIO [closed]>");
    return str_value(format("<_io.FileIO fd=%d mode='%s' closefd=%s>", file->fd, file->mode,
                            file->closefd ? "True" : "False"));
  }
  if (file->name.is_null()) {
    Value name = file->object.is_null() ? Value::null() : lookup_attr(file->object, intern("name"));
    if (name.is_null()) return str_value(text + ">");
    return str_value(text + " name=" + std::string(repr(name)->view()) + ">");
  }
  if (file->type == &file_io_type) {
    if (file->closed) return str_value("<_io.FileIO [closed]>");
    text += " name=" + std::string(repr(file->name)->view()) + " mode='" + file->mode +
            "' closefd=" + (file->closefd ? "True" : "False") + ">";
    return str_value(text);
  }
  return str_value(text + " name=" + std::string(repr(file->name)->view()) + ">");
}

Value file_name_get(Value self) {
  BinaryFile* file = as_file(self);
  if (file->name.is_null()) {
    if (file->object.is_null()) throw_attribute_error(self, Value::from_object(intern("name")));
    return getattr(file->object, intern("name"));
  }
  return file->name;
}
// FileIO's name is an attribute of the instance in CPython (tempfile sets
// it); the buffered files' is read-only.
void file_name_set(Value self, Value value) {
  if (!is_instance_of(self, &file_io_type)) {
    raise(&exc_AttributeError,
          "attribute 'name' of '" + tp_name(type_of(self)) + "' objects is not writable");
  }
  as_file(self)->name = value;
}
// A buffered file over a Python raw stream answers that stream's mode, as
// CPython's buffered files read raw.mode.
Value file_mode_get(Value self) {
  BinaryFile* file = as_file(self);
  if (file->fd == -1 && !file->object.is_null()) return getattr(file->object, intern("mode"));
  return str_value(file->mode);
}
Value file_closed_get(Value self) { return make_bool(as_file(self)->closed); }
Value file_closefd_get(Value self) { return make_bool(as_file(self)->closefd); }
Value file_raw_get(Value self) { return as_file(self)->raw; }

// FileIO's own mode letters: exactly one of r, w, x, a, at most one plus, and b.
ModeFlags parse_raw_mode(std::string_view mode);
BinaryFile* open_file_io(Value file, const ModeFlags& flags, bool closefd, Value opener);

Value file_io_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[4];
  bind_arguments({"FileIO", {"file", "mode", "closefd", "opener"}, 1}, args, nargs, kwnames, bound);
  std::string_view mode = "r";
  if (!bound[1].is_null()) {
    if (!is_str(bound[1])) {
      throw_type_error("FileIO() argument 'mode' must be str, not " + type_name(bound[1]));
    }
    mode = str_view(bound[1]);
  }
  if (is_float(bound[0])) throw_type_error("integer argument expected, got float");
  ModeFlags flags = parse_raw_mode(mode);
  bool closefd = bound[2].is_null() || truthy(bound[2]);
  Value opener = bound[3].is_null() ? none() : bound[3];
  return Value::from_object(open_file_io(bound[0], flags, closefd, opener));
}

void check_capability_of(Value raw, const char* method, const char* message) {
  if (call_method(raw, intern(method), {}).bits() != make_bool(true).bits()) raise_unsupported_operation(message);
}

// BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE) and its siblings.
Value buffered_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  const char* name = type == &buffered_reader_type   ? "BufferedReader"
                     : type == &buffered_writer_type ? "BufferedWriter"
                                                     : "BufferedRandom";
  bind_arguments({name, {"raw", "buffer_size"}, 1}, args, nargs, kwnames, bound);
  if (!bound[1].is_null() && index_as_ssize(bound[1]) <= 0) {
    throw_value_error("buffer size must be strictly positive");
  }
  Value raw = bound[0];
  if (!is_instance_of(raw, &file_io_type)) {
    BinaryFile* file = make_file_over_object(type, raw);
    if (type != &buffered_writer_type) check_capability_of(raw, "readable", "File or stream is not readable.");
    if (type != &buffered_reader_type) check_capability_of(raw, "writable", "File or stream is not writable.");
    if (type == &buffered_random_type) check_capability_of(raw, "seekable", "File or stream is not seekable.");
    return Value::from_object(file);
  }
  auto* file = raw.as<BinaryFile>();
  if (file->closed) throw_value_error("raw stream has been detached or closed");
  bool wants_read = type != &buffered_writer_type, wants_write = type != &buffered_reader_type;
  if (wants_read && !file->readable) raise_unsupported_operation("File or stream is not readable.");
  if (wants_write && !file->writable) raise_unsupported_operation("File or stream is not writable.");
  if (type == &buffered_random_type && !binary_seekable(file)) {
    raise_unsupported_operation("File or stream is not seekable.");
  }
  return Value::from_object(make_buffered_file(type, file));
}

void init_binary_type(Type* type, const char* name) {
  type->repr = file_repr;
  type->iter = file_iter;
  type->next = file_next;
  Type* base = type == &file_io_type ? &raw_iobase_type : &buffered_iobase_type;
  type->new_instance = type == &file_io_type ? file_io_new : buffered_new;
  init_static_type(type, name, base, sizeof(BinaryFile), kTypeBaseType | kTypeHasInstanceDict);
  add_methods(type, {
      {"read", file_read},
      {"readinto", file_readinto},
      {"readline", file_readline},
      {"readlines", file_readlines},
      {"write", file_write},
      {"writelines", file_writelines},
      {"tell", file_tell},
      {"seek", file_seek},
      {"truncate", file_truncate},
      {"flush", file_flush},
      {"close", file_close},
      {"fileno", file_fileno},
      {"isatty", file_isatty},
      {"readable", file_readable},
      {"writable", file_writable},
      {"seekable", file_seekable},
      {"__enter__", file_enter},
      {"__exit__", file_exit},
  });
  add_getsets(type, {
      {"name", file_name_get, file_name_set},
      {"mode", file_mode_get},
      {"closed", file_closed_get},
  });
  if (type == &file_io_type) {
    add_getsets(type, {{"closefd", file_closefd_get}});
    return;
  }
  add_getsets(type, {{"raw", file_raw_get}});
  add_methods(type, {{"detach", file_detach}});
  if (type != &buffered_writer_type) {
    add_methods(type, {{"peek", file_peek}, {"read1", file_read1}, {"readinto1", file_readinto1}});
  }
}

bool initialized = false;

// --- open() ------------------------------------------------------------------


ModeFlags parse_mode(std::string_view mode) {
  ModeFlags flags;
  std::string seen;
  for (char c : mode) {
    if (std::string_view("xrwab+t").find(c) == std::string_view::npos || seen.find(c) != std::string::npos) {
      throw_value_error("invalid mode: " + str_repr(mode));
    }
    seen.push_back(c);
    switch (c) {
      case 'x': flags.creating = true; break;
      case 'r': flags.reading = true; break;
      case 'w': flags.writing = true; break;
      case 'a': flags.appending = true; break;
      case '+': flags.updating = true; break;
      case 't': flags.text = true; break;
      case 'b': flags.binary = true; break;
    }
  }
  if (flags.text && flags.binary) throw_value_error("can't have text and binary mode at once");
  return flags;
}

ModeFlags parse_raw_mode(std::string_view mode) {
  ModeFlags flags;
  int kinds = 0, pluses = 0;
  for (char c : mode) {
    switch (c) {
      case 'x': flags.creating = true; ++kinds; break;
      case 'r': flags.reading = true; ++kinds; break;
      case 'w': flags.writing = true; ++kinds; break;
      case 'a': flags.appending = true; ++kinds; break;
      case '+': flags.updating = true; ++pluses; break;
      case 'b': break;
      default: throw_value_error("invalid mode: " + std::string(mode));
    }
  }
  if (kinds != 1 || pluses > 1) {
    throw_value_error("Must have exactly one of create/read/write/append mode and at most one plus");
  }
  return flags;
}

// FileIO's spelling of the mode.
const char* raw_mode(const ModeFlags& flags) {
  if (flags.creating) return flags.updating ? "xb+" : "xb";
  if (flags.appending) return flags.updating ? "ab+" : "ab";
  if (flags.updating) return "rb+";
  return flags.writing ? "wb" : "rb";
}

Value optional_text(Value value, const char* parameter) {
  if (value.is_null() || is_none(value)) return Value::null();
  if (!is_str(value)) {
    throw_type_error(std::string("open() argument '") + parameter + "' must be str or None, not " +
                     type_name(value));
  }
  return value;
}

// The path of a str, bytes or os.PathLike argument (a str or bytes).
Value path_argument(Value file) {
  Value path = file;
  if (!is_str(path) && !is_bytes(path)) {
    Value fspath = lookup_attr(Value::from_object(type_of(file)), intern("__fspath__"));
    if (fspath.is_null()) {
      throw_type_error("expected str, bytes or os.PathLike object, not " + type_name(file));
    }
    path = call(fspath, {file});
    if (!is_str(path) && !is_bytes(path)) {
      throw_type_error("expected " + type_name(file) + ".__fspath__() to return str or bytes, not " +
                       type_name(path));
    }
  }
  std::string_view text = is_str(path) ? str_view(path) : path.as<Bytes>()->view();
  if (text.find('\0') != std::string_view::npos) throw_value_error("embedded null byte");
  return path;
}

}  // namespace

TextStream::Newline text_newline_mode(Value newline) {
  if (newline.is_null()) return TextStream::Newline::Universal;
  std::string_view text = str_view(newline);
  if (text.empty()) return TextStream::Newline::Untranslated;
  if (text == "\n") return TextStream::Newline::Lf;
  if (text == "\r") return TextStream::Newline::Cr;
  if (text == "\r\n") return TextStream::Newline::CrLf;
  throw_value_error("illegal newline value: " + std::string(text));
}

namespace {

int open_descriptor(const char* path, int flags) {
  int fd;
  do {
    fd = ::open(path, flags, 0666);
  } while (fd < 0 && errno == EINTR);
  return fd;
}

// FileIO(file, mode, closefd, opener) once the mode is parsed: opens a path
// or takes a descriptor.
BinaryFile* open_file_io(Value file, const ModeFlags& flags, bool closefd, Value opener) {
  int fd;
  Value name = file;
  int64_t descriptor = 0;
  // Like CPython, an int beyond a C int is taken for a path, and refused as one.
  bool is_descriptor = is_int(file) && int_to_int64(file, descriptor) && descriptor <= INT32_MAX &&
                       descriptor >= INT32_MIN;
  if (is_descriptor) {
    if (is_instance_of(file, &bool_type)) warn(&exc_RuntimeWarning, "bool is used as a file descriptor");
    if (descriptor < 0) throw_value_error("negative file descriptor");
    struct stat status;
    if (descriptor > INT32_MAX || ::fstat(static_cast<int>(descriptor), &status) < 0) raise_errno(EBADF);
    if (S_ISDIR(status.st_mode)) raise_errno(EISDIR, file);
    fd = static_cast<int>(descriptor);
  } else {
    name = path_argument(file);
    std::string path(is_str(name) ? str_view(name) : name.as<Bytes>()->view());
    if (!closefd) throw_value_error("Cannot use closefd=False with file name");
    int os_flags = O_CLOEXEC;
    if (flags.updating) {
      os_flags |= O_RDWR;
    } else {
      os_flags |= flags.reading ? O_RDONLY : O_WRONLY;
    }
    if (flags.writing) os_flags |= O_CREAT | O_TRUNC;
    if (flags.appending) os_flags |= O_CREAT | O_APPEND;
    if (flags.creating) os_flags |= O_CREAT | O_EXCL;
    if (!is_none(opener)) {
      Value result = call(opener, {name, make_int(os_flags)});
      if (!is_int(result)) throw_type_error("expected integer from opener");
      int64_t descriptor = index_as_ssize(result);
      if (descriptor < 0) throw_value_error("opener returned " + std::to_string(descriptor));
      fd = static_cast<int>(descriptor);
    } else {
      fd = open_descriptor(path.c_str(), os_flags);
      if (fd < 0 && (errno == EMFILE || errno == ENFILE)) {
        // Unreachable files keep their descriptors until their finalisers
        // run (CPython would have closed them already): collect, then retry.
        GC_gcollect();
        run_pending_finalizers();
        fd = open_descriptor(path.c_str(), os_flags);
      }
      if (fd < 0) raise_errno(errno, file);
    }
    struct stat status;
    if (::fstat(fd, &status) == 0 && S_ISDIR(status.st_mode)) {
      ::close(fd);
      raise_errno(EISDIR, file);
    }
  }
  if (flags.appending) ::lseek(fd, 0, SEEK_END);
  return make_binary_file(&file_io_type, fd, name, raw_mode(flags), closefd);
}

}  // namespace

void init_io_file_types() {
  if (initialized) return;
  initialized = true;
  init_io_base_types();
  init_binary_type(&file_io_type, "_io.FileIO");
  init_binary_type(&buffered_reader_type, "_io.BufferedReader");
  init_binary_type(&buffered_writer_type, "_io.BufferedWriter");
  init_binary_type(&buffered_random_type, "_io.BufferedRandom");
}

BinaryFile* make_binary_file(Type* type, int fd, Value name, const char* mode, bool closefd) {
  init_io_file_types();
  auto* file = static_cast<BinaryFile*>(allocate_instance(type));
  file->fd = fd;
  file->name = name;
  file->mode = mode;
  file->readable = mode[0] == 'r' || mode[2] == '+';
  file->writable = mode[0] != 'r' || mode[2] == '+';
  file->closefd = closefd;
  watch_file(file);
  return file;
}

bool binary_seekable(BinaryFile* file) {
  if (over_object(file)) return truthy(call_method(file->object, intern("seekable"), {}));
  return ::lseek(file->fd, 0, SEEK_CUR) >= 0;
}

BinaryFile* make_file_over_object(Type* type, Value object) {
  BinaryFile* file = make_binary_file(type, -1, Value::null(), "rb+", true);
  file->object = object;
  file->readable = type != &buffered_writer_type && truthy(call_method(object, intern("readable"), {}));
  file->writable = type != &buffered_reader_type && truthy(call_method(object, intern("writable"), {}));
  file->raw = object;
  return file;
}

BinaryFile* make_buffered_file(Type* type, BinaryFile* raw) {
  BinaryFile* buffered = make_binary_file(type, raw->fd, raw->name, raw->mode, false);
  buffered->readable = type != &buffered_writer_type && raw->readable;
  buffered->writable = type != &buffered_reader_type && raw->writable;
  buffered->raw = Value::from_object(raw);
  // The buffered file closes the raw one: finalising the raw file first
  // would close the descriptor before the buffer is written out.
  unwatch_file(raw);
  return buffered;
}

// A class made as io.py's own classes are (its __module__ is writable, and
// io.py sets it), on first use; static storage is a root of the collector.
Type* unsupported_operation_type() {
  static Type* type = nullptr;
  if (type == nullptr) {
    Dict* namespace_dict = make_dict();
    dict_set_str(namespace_dict, intern("__module__"), str_value("io"));
    Value bases = Value::from_object(make_tuple({Value::from_object(&exc_OSError), Value::from_object(&exc_ValueError)}));
    type = call(Value::from_object(&type_type),
                {str_value("UnsupportedOperation"), bases, Value::from_object(namespace_dict)})
               .as<Type>();
  }
  return type;
}

void raise_unsupported_operation(std::string_view message) {
  raise(unsupported_operation_type(), message);
}

void raise_errno(int error_number, Value filename) {
  Value strerror = str_value(std::strerror(error_number));
  Tuple* args = filename.is_null() ? make_tuple({make_int(error_number), strerror})
                                   : make_tuple({make_int(error_number), strerror, filename});
  raise_with_args(&exc_OSError, Value::from_object(args));
}

std::string_view binary_pending_input(BinaryFile* file) {
  prepare_input(file);
  return {file->buffer + file->buffer_start, file->buffer_size - file->buffer_start};
}

void binary_consume(BinaryFile* file, size_t count) { file->buffer_start += count; }

bool binary_fill(BinaryFile* file, size_t wanted) {
  prepare_input(file);
  if (file->buffer_start > 0) {
    std::memmove(file->buffer, file->buffer + file->buffer_start, file->buffer_size - file->buffer_start);
    file->buffer_size -= file->buffer_start;
    file->buffer_start = 0;
  }
  reserve(file, file->buffer_size + kFileBufferSize);
  size_t count = lowlevel_read(file, file->buffer + file->buffer_size, is_buffered(file) ? kFileBufferSize : wanted);
  file->buffer_size += count;
  return count > 0;
}

void binary_write(BinaryFile* file, std::string_view data) {
  if (data.empty()) return;
  drop_input(file);
  file->holds_output = true;
  if (!is_buffered(file)) {
    lowlevel_write(file, data.data(), data.size());
    return;
  }
  reserve(file, file->buffer_size + data.size());
  std::memcpy(file->buffer + file->buffer_size, data.data(), data.size());
  file->buffer_size += data.size();
  if (file->buffer_size >= kFileBufferSize) binary_flush(file);
}

void binary_flush(BinaryFile* file) {
  if (!file->holds_output || file->buffer_size == 0) return;
  size_t size = file->buffer_size;
  file->buffer_size = 0;
  lowlevel_write(file, file->buffer, size);
  if (over_object(file)) call_method_if_present(file->object, intern("flush"), {});
}

int64_t binary_tell(BinaryFile* file) {
  int64_t position = lowlevel_seek(file, 0, SEEK_CUR);
  if (file->holds_output) return position + static_cast<int64_t>(file->buffer_size);
  return position - static_cast<int64_t>(file->buffer_size - file->buffer_start);
}

int64_t binary_seek(BinaryFile* file, int64_t offset, int whence) {
  binary_flush(file);
  drop_input(file);
  return lowlevel_seek(file, offset, whence);
}

void binary_truncate(BinaryFile* file, int64_t size) {
  binary_flush(file);
  drop_input(file);
  if (over_object(file)) {
    call_method(file->object, intern("truncate"), {make_int(size)});
  } else if (::ftruncate(file->fd, size) < 0) {
    raise_errno(errno);
  }
}

void binary_close(BinaryFile* file) {
  if (file->closed) return;
  open_files().erase(reinterpret_cast<uintptr_t>(file));
  int flush_error = 0;
  try {
    binary_flush(file);
  } catch (const PyException&) {
    flush_error = 1;
  }
  file->closed = true;
  GC_register_finalizer_no_order(GC_base(file), nullptr, nullptr, nullptr, nullptr);
  if (over_object(file)) {
    if (flush_error) {
      try {
        call_method(file->object, intern("close"), {});
      } catch (const PyException&) {
        clear_current_exception();
      }
    } else {
      call_method(file->object, intern("close"), {});
    }
  } else if (file->closefd && ::close(file->fd) < 0 && !flush_error) {
    raise_errno(errno);
  }
  if (!file->raw.is_null() && !over_object(file)) {
    if (flush_error) {
      try {
        binary_close(file->raw.as<BinaryFile>());
      } catch (const PyException&) {
        clear_current_exception();
      }
    } else {
      binary_close(file->raw.as<BinaryFile>());
    }
  }
  if (flush_error) throw_pending();
}

void flush_open_files() {
  for (uintptr_t address : open_files()) {
    auto* file = reinterpret_cast<BinaryFile*>(address);
    try {
      binary_flush(file);
    } catch (const PyException&) {
      clear_current_exception();
    }
  }
}

Value builtin_open(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[8];
  bind_arguments({"open", {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1},
                 args, nargs, kwnames, bound);
  Value file = bound[0];
  std::string_view mode_text = "r";
  if (!bound[1].is_null()) {
    if (!is_str(bound[1])) throw_type_error("open() argument 'mode' must be str, not " + type_name(bound[1]));
    mode_text = str_view(bound[1]);
    if (mode_text.find('\0') != std::string_view::npos) throw_value_error("embedded null character");
  }
  int64_t buffering = bound[2].is_null() ? -1 : c_int_argument(bound[2]);
  Value encoding = optional_text(bound[3], "encoding");
  Value errors = optional_text(bound[4], "errors");
  Value newline = optional_text(bound[5], "newline");
  bool closefd = bound[6].is_null() || truthy(bound[6]);
  Value opener = bound[7].is_null() ? none() : bound[7];

  ModeFlags flags = parse_mode(mode_text);
  int kinds = flags.creating + flags.reading + flags.writing + flags.appending;
  if (kinds > 1) throw_value_error("must have exactly one of create/read/write/append mode");
  if (kinds == 0) {
    throw_value_error("Must have exactly one of create/read/write/append mode and at most one plus");
  }
  if (flags.binary && !encoding.is_null()) throw_value_error("binary mode doesn't take an encoding argument");
  if (flags.binary && !errors.is_null()) throw_value_error("binary mode doesn't take an errors argument");
  if (flags.binary && !newline.is_null()) throw_value_error("binary mode doesn't take a newline argument");
  if (flags.binary && buffering == 1) {
    warn(&exc_RuntimeWarning,
         "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used");
    buffering = -1;
  }
  TextStream::Newline newline_kind = text_newline_mode(newline);
  if (!flags.binary && buffering == 0) throw_value_error("can't have unbuffered text I/O");

  BinaryFile* raw = open_file_io(file, flags, closefd, opener);
  int fd = raw->fd;

  BinaryFile* binary = raw;
  if (buffering != 0) {
    Type* type = flags.reading && !flags.updating ? &buffered_reader_type
                 : flags.updating                 ? &buffered_random_type
                                                  : &buffered_writer_type;
    binary = make_buffered_file(type, raw);
  }
  if (flags.binary) return Value::from_object(binary);
  // "locale" is the locale's encoding, which Krait takes to be UTF-8.
  Str* encoding_name = encoding.is_null() || str_view(encoding) == "locale" ? make_str("UTF-8") : encoding.as<Str>();
  Str* errors_name = errors.is_null() ? make_str("strict") : errors.as<Str>();
  try {
    TextStream* text = make_text_file(binary, make_str(mode_text), encoding_name, errors_name, newline_kind,
                                      buffering == 1 || (buffering < 0 && ::isatty(fd) == 1));
    return Value::from_object(text);
  } catch (const PyException&) {
    binary->closed = true;
    open_files().erase(reinterpret_cast<uintptr_t>(binary));
    if (binary != raw) open_files().erase(reinterpret_cast<uintptr_t>(raw));
    raw->closed = true;
    if (closefd) ::close(fd);
    throw;
  }
}

}  // namespace krait
