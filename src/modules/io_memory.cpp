// In-memory files: _io.BytesIO (its bytes in a ByteArray header, so that
// getbuffer() views are memoryviews and resizing is refused while one lives)
// and _io.StringIO (code points, so that positions are character indices).
#include <cstring>
#include <string>

#include "modules/io_files.h"
#include "modules/io_module.h"
#include "objects/bytes.h"
#include "objects/container_support.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

Type bytesio_type;
Type stringio_type;

namespace {

int64_t size_argument(const Value* args, size_t nargs) {
  if (nargs == 0 || is_none(args[0])) return -1;
  if (!is_int(args[0]) && type_of(args[0])->index == nullptr) {
    throw_type_error("argument should be integer or None, not '" + type_name(args[0]) + "'");
  }
  return index_as_ssize(args[0]);
}

Value state_dict(Value self) {
  Dict* dict = instance_dict(self);
  if (dict == nullptr || length(Value::from_object(dict)) == 0) return none();
  return call_method(Value::from_object(dict), intern("copy"), {});
}

void restore_dict(Value self, Value dict) {
  if (is_none(dict)) return;
  if (!is_instance_of(dict, &dict_type)) {
    throw_type_error("third item of state should be a dict, got a " + type_name(dict));
  }
  Value items = get_iter(call_method(dict, intern("items"), {}));
  for (Value item = iter_next(items); !item.is_null(); item = iter_next(items)) {
    setattr(self, getitem(item, make_int(0)).as<Str>(), getitem(item, make_int(1)));
  }
}

// --- BytesIO -----------------------------------------------------------------------

struct BytesIO : ByteArray {
  size_t position;
  bool closed;
};

BytesIO* as_bytesio(Value self) { return self.as<BytesIO>(); }

void bytesio_check_open(BytesIO* file) {
  if (file->closed) throw_value_error("I/O operation on closed file.");
}

void bytesio_check_exports(BytesIO* file) {
  if (file->exports > 0 && bytearray_exports_live(file)) {
    raise(&exc_BufferError, "Existing exports of data: object cannot be re-sized");
  }
}

void bytesio_reserve(BytesIO* file, size_t needed) {
  if (needed <= file->capacity) return;
  size_t capacity = file->capacity < 64 ? 64 : file->capacity;
  while (capacity < needed) capacity *= 2;
  char* items = static_cast<char*>(gc_alloc_atomic(capacity));
  if (file->size > 0) std::memcpy(items, file->items, file->size);
  file->items = items;
  file->capacity = capacity;
}

void bytesio_set(BytesIO* file, std::string_view data) {
  file->size = 0;
  bytesio_reserve(file, data.size());
  if (!data.empty()) std::memcpy(file->items, data.data(), data.size());
  file->size = data.size();
}

BufferFormat bytesio_format(Value) { return {'B', 1}; }

Value bytesio_new(Type* type, const Value*, size_t, Tuple*) {
  auto* file = static_cast<BytesIO*>(allocate_instance(type));
  file->items = nullptr;
  return Value::from_object(file);
}

void bytesio_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"BytesIO", {"initial_bytes"}, 0}, args, nargs, kwnames, bound);
  BytesIO* file = as_bytesio(self);
  bytesio_check_exports(file);
  std::string_view data;
  if (!bound[0].is_null() && !is_none(bound[0]) && !bytes_like_view(bound[0], data)) {
    throw_type_error("a bytes-like object is required, not '" + type_name(bound[0]) + "'");
  }
  bytesio_set(file, data);
  file->position = 0;
}

std::string_view bytesio_view(BytesIO* file) { return {file->items, file->size}; }

Value bytesio_getvalue(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("getvalue", nargs, kwnames, 0, 0);
  BytesIO* file = as_bytesio(self);
  bytesio_check_open(file);
  return Value::from_object(make_bytes(bytesio_view(file)));
}

Value bytesio_getbuffer(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("getbuffer", nargs, kwnames, 0, 0);
  bytesio_check_open(as_bytesio(self));
  return call(Value::from_object(&memoryview_type), {self});
}

// The next `limit` bytes (all when negative) from the position, consumed.
std::string_view bytesio_take(BytesIO* file, int64_t limit) {
  size_t available = file->position < file->size ? file->size - file->position : 0;
  size_t count = limit < 0 ? available : std::min(available, static_cast<size_t>(limit));
  std::string_view taken(file->items + file->position, count);
  file->position += count;
  return taken;
}

Value bytesio_read(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("read", nargs, kwnames, 0, 1);
  BytesIO* file = as_bytesio(self);
  bytesio_check_open(file);
  int64_t limit = size_argument(args, nargs);
  return Value::from_object(make_bytes(bytesio_take(file, limit)));
}

Value bytesio_read1(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("read1", nargs, kwnames, 0, 1);
  return bytesio_read(self, args, nargs, nullptr);
}

std::string_view bytesio_line(BytesIO* file, int64_t limit) {
  size_t available = file->position < file->size ? file->size - file->position : 0;
  std::string_view rest(file->items + file->position, available);
  size_t newline = rest.find('\n');
  size_t count = newline == std::string_view::npos ? available : newline + 1;
  if (limit >= 0) count = std::min(count, static_cast<size_t>(limit));
  file->position += count;
  return rest.substr(0, count);
}

Value bytesio_readline(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("readline", nargs, kwnames, 0, 1);
  BytesIO* file = as_bytesio(self);
  bytesio_check_open(file);
  return Value::from_object(make_bytes(bytesio_line(file, size_argument(args, nargs))));
}

Value bytesio_readlines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("readlines", nargs, kwnames, 0, 1);
  BytesIO* file = as_bytesio(self);
  bytesio_check_open(file);
  int64_t hint = size_argument(args, nargs);
  List* lines = make_list();
  int64_t total = 0;
  while (true) {
    std::string_view line = bytesio_line(file, -1);
    if (line.empty()) break;
    list_append(lines, Value::from_object(make_bytes(line)));
    total += static_cast<int64_t>(line.size());
    if (hint > 0 && total >= hint) break;
  }
  return Value::from_object(lines);
}

Value bytesio_readinto(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("readinto", nargs, kwnames, 1, 1);
  BytesIO* file = as_bytesio(self);
  bytesio_check_open(file);
  ByteArray* target = resizable_storage(args[0]);
  if (target == nullptr) {
    throw_type_error("readinto() argument must be read-write bytes-like object, not " + type_name(args[0]));
  }
  std::string_view data = bytesio_take(file, static_cast<int64_t>(target->size));
  if (!data.empty()) std::memmove(target->items, data.data(), data.size());
  return make_int(static_cast<int64_t>(data.size()));
}

Value bytesio_write(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("write", nargs, kwnames, 1, 1);
  BytesIO* file = as_bytesio(self);
  bytesio_check_open(file);
  bytesio_check_exports(file);
  std::string_view data;
  if (!bytes_like_view(args[0], data)) {
    throw_type_error("a bytes-like object is required, not '" + type_name(args[0]) + "'");
  }
  if (data.empty()) return make_int(0);
  std::string copy(data);  // the argument may be a view of this very file
  size_t end = file->position + copy.size();
  bytesio_reserve(file, end);
  if (file->position > file->size) std::memset(file->items + file->size, 0, file->position - file->size);
  std::memcpy(file->items + file->position, copy.data(), copy.size());
  if (end > file->size) file->size = end;
  file->position = end;
  return make_int(static_cast<int64_t>(copy.size()));
}

Value bytesio_writelines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("writelines", nargs, kwnames, 1, 1);
  bytesio_check_open(as_bytesio(self));
  Value iterator = get_iter(args[0]);
  for (Value line = iter_next(iterator); !line.is_null(); line = iter_next(iterator)) {
    bytesio_write(self, &line, 1, nullptr);
  }
  return none();
}

Value bytesio_seek(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("seek", nargs, kwnames, 1, 2);
  BytesIO* file = as_bytesio(self);
  int64_t offset = index_as_ssize(args[0]);
  int64_t whence = nargs > 1 ? index_as_ssize(args[1]) : 0;
  bytesio_check_open(file);
  if (whence < 0 || whence > 2) {
    throw_value_error("invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  }
  if (whence == 0 && offset < 0) throw_value_error("negative seek value " + std::to_string(offset));
  int64_t base = whence == 0 ? 0 : whence == 1 ? static_cast<int64_t>(file->position) : static_cast<int64_t>(file->size);
  int64_t target = base + offset;
  if (target < 0) target = 0;
  file->position = static_cast<size_t>(target);
  return make_int(target);
}

Value bytesio_tell(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("tell", nargs, kwnames, 0, 0);
  BytesIO* file = as_bytesio(self);
  bytesio_check_open(file);
  return make_int(static_cast<int64_t>(file->position));
}

Value bytesio_truncate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("truncate", nargs, kwnames, 0, 1);
  BytesIO* file = as_bytesio(self);
  bytesio_check_open(file);
  bytesio_check_exports(file);
  int64_t size = nargs == 0 || is_none(args[0]) ? static_cast<int64_t>(file->position) : size_argument(args, nargs);
  if (size < 0) throw_value_error("negative size value " + std::to_string(size));
  if (static_cast<size_t>(size) < file->size) file->size = static_cast<size_t>(size);
  return make_int(size);
}

Value bytesio_answer_true(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("readable", nargs, kwnames, 0, 0);
  bytesio_check_open(as_bytesio(self));
  return make_bool(true);
}

Value bytesio_isatty(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("isatty", nargs, kwnames, 0, 0);
  bytesio_check_open(as_bytesio(self));
  return make_bool(false);
}

Value bytesio_flush(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("flush", nargs, kwnames, 0, 0);
  bytesio_check_open(as_bytesio(self));
  return none();
}

Value bytesio_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("close", nargs, kwnames, 0, 0);
  BytesIO* file = as_bytesio(self);
  bytesio_check_exports(file);
  file->closed = true;
  file->items = nullptr;
  file->size = file->capacity = 0;
  return none();
}

Value bytesio_iter(Value self) {
  bytesio_check_open(as_bytesio(self));
  return self;
}

Value bytesio_next(Value self) {
  BytesIO* file = as_bytesio(self);
  bytesio_check_open(file);
  std::string_view line = bytesio_line(file, -1);
  if (line.empty()) return Value::null();
  return Value::from_object(make_bytes(line));
}

Value bytesio_getstate(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__getstate__", nargs, kwnames, 0, 0);
  BytesIO* file = as_bytesio(self);
  bytesio_check_open(file);
  return Value::from_object(make_tuple({Value::from_object(make_bytes(bytesio_view(file))),
                                        make_int(static_cast<int64_t>(file->position)), state_dict(self)}));
}

Value bytesio_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("__setstate__", nargs, kwnames, 1, 1);
  BytesIO* file = as_bytesio(self);
  Value state = args[0];
  if (!is_instance_of(state, &tuple_type) || length(state) < 3) {
    throw_type_error(tp_name(type_of(self)) + ".__setstate__ argument should be 3-tuple, got " +
                     type_name(state));
  }
  bytesio_check_exports(file);
  std::string_view data;
  if (!bytes_like_view(getitem(state, make_int(0)), data)) {
    throw_type_error("a bytes-like object is required, not '" + type_name(getitem(state, make_int(0))) + "'");
  }
  Value position = getitem(state, make_int(1));
  if (!is_int(position)) {
    throw_type_error("second item of state must be an integer, not " + type_name(position));
  }
  int64_t pos = index_as_ssize(position);
  if (pos < 0) throw_value_error("position value cannot be negative");
  bytesio_set(file, data);
  file->position = static_cast<size_t>(pos);
  restore_dict(self, getitem(state, make_int(2)));
  return none();
}

Value bytesio_closed_get(Value self) { return make_bool(as_bytesio(self)->closed); }

// --- StringIO ------------------------------------------------------------------------

// How newline= was given: None translates "\r" and "\r\n" to "\n" on write;
// '' keeps line ends and splits lines at any; the others split at exactly
// that sequence, and "\r" and "\r\n" are what "\n" is written as.
enum class TextNewline : uint8_t { Universal, Untranslated, Lf, Cr, CrLf };

struct StringIO : Object {
  char32_t* chars;  // GC-atomic
  size_t size;
  size_t capacity;
  size_t position;
  TextNewline newline;
  uint8_t seen;     // line ends seen by write (newline None or '')
  bool pending_cr;  // newline=None: a written "\r" that a "\n" may follow
  bool closed;
  bool initialized;
};

StringIO* as_stringio(Value self) { return self.as<StringIO>(); }

void stringio_check(StringIO* file) {
  if (!file->initialized) throw_value_error("I/O operation on uninitialized object");
  if (file->closed) throw_value_error("I/O operation on closed file");
}

void stringio_reserve(StringIO* file, size_t needed) {
  if (needed <= file->capacity) return;
  size_t capacity = file->capacity < 32 ? 32 : file->capacity;
  while (capacity < needed) capacity *= 2;
  auto* chars = static_cast<char32_t*>(gc_alloc_atomic(capacity * sizeof(char32_t)));
  if (file->size > 0) std::memcpy(chars, file->chars, file->size * sizeof(char32_t));
  file->chars = chars;
  file->capacity = capacity;
}

// The code points of UTF-8 text (surrogates come as their 3-byte forms).
std::u32string code_points(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    auto byte = static_cast<unsigned char>(text[i]);
    char32_t cp;
    size_t extra;
    if (byte < 0x80) {
      cp = byte, extra = 0;
    } else if (byte < 0xE0) {
      cp = byte & 0x1F, extra = 1;
    } else if (byte < 0xF0) {
      cp = byte & 0x0F, extra = 2;
    } else {
      cp = byte & 0x07, extra = 3;
    }
    for (size_t k = 1; k <= extra && i + k < text.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    out.push_back(cp);
    i += extra + 1;
  }
  return out;
}

Str* str_of(const char32_t* chars, size_t count) {
  std::string out;
  out.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    char32_t cp = chars[i];
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  return make_str(out);
}

void note_line_ends(StringIO* file, const std::u32string& text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == U'\n') {
      file->seen |= 2;
    } else if (text[i] == U'\r') {
      bool crlf = i + 1 < text.size() && text[i + 1] == U'\n';
      file->seen |= crlf ? 4 : 1;
      if (crlf) ++i;
    }
  }
}

// The characters a write stores, after newline translation.
std::u32string translate_written(StringIO* file, std::u32string text) {
  switch (file->newline) {
    case TextNewline::Universal: {
      note_line_ends(file, text);
      std::u32string out;
      out.reserve(text.size());
      for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == U'\r') {
          out.push_back(U'\n');
          if (i + 1 < text.size() && text[i + 1] == U'\n') ++i;
        } else {
          out.push_back(text[i]);
        }
      }
      return out;
    }
    case TextNewline::Untranslated:
      note_line_ends(file, text);
      return text;
    case TextNewline::Lf:
      return text;
    case TextNewline::Cr:
    case TextNewline::CrLf: {
      std::u32string out;
      for (char32_t c : text) {
        if (c == U'\n') {
          out += file->newline == TextNewline::Cr ? U"\r" : U"\r\n";
        } else {
          out.push_back(c);
        }
      }
      return out;
    }
  }
  return text;
}

void stringio_store(StringIO* file, const std::u32string& text) {
  if (text.empty()) return;
  size_t end = file->position + text.size();
  stringio_reserve(file, end);
  for (size_t i = file->size; i < file->position; ++i) file->chars[i] = 0;
  std::memcpy(file->chars + file->position, text.data(), text.size() * sizeof(char32_t));
  if (end > file->size) file->size = end;
  file->position = end;
}

TextNewline parse_newline(Value newline) {
  if (newline.is_null()) return TextNewline::Lf;
  if (is_none(newline)) return TextNewline::Universal;
  if (!is_str(newline)) throw_type_error("newline must be str or None, not " + type_name(newline));
  std::string_view text = str_view(newline);
  if (text.empty()) return TextNewline::Untranslated;
  if (text == "\n") return TextNewline::Lf;
  if (text == "\r") return TextNewline::Cr;
  if (text == "\r\n") return TextNewline::CrLf;
  throw_value_error("illegal newline value: " + str_repr(text));
}

Value newline_argument(TextNewline newline) {
  switch (newline) {
    case TextNewline::Universal: return none();
    case TextNewline::Untranslated: return str_value("");
    case TextNewline::Lf: return str_value("\n");
    case TextNewline::Cr: return str_value("\r");
    case TextNewline::CrLf: return str_value("\r\n");
  }
  return none();
}

Value stringio_new(Type* type, const Value*, size_t, Tuple*) {
  auto* file = static_cast<StringIO*>(allocate_instance(type));
  file->chars = nullptr;
  return Value::from_object(file);
}

void stringio_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"StringIO", {"initial_value", "newline"}, 0}, args, nargs, kwnames, bound);
  StringIO* file = as_stringio(self);
  TextNewline newline = parse_newline(bound[1]);
  Value initial = bound[0];
  if (!initial.is_null() && !is_none(initial) && !is_str(initial)) {
    throw_type_error("initial_value must be str or None, not " + type_name(initial));
  }
  file->newline = newline;
  file->size = file->position = 0;
  file->seen = 0;
  file->closed = false;
  file->initialized = true;
  if (!initial.is_null() && !is_none(initial)) {
    stringio_store(file, translate_written(file, code_points(str_view(initial))));
    file->position = 0;
  }
}

Value stringio_getvalue(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("getvalue", nargs, kwnames, 0, 0);
  StringIO* file = as_stringio(self);
  stringio_check(file);
  return Value::from_object(str_of(file->chars, file->size));
}

Value stringio_read(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("read", nargs, kwnames, 0, 1);
  StringIO* file = as_stringio(self);
  stringio_check(file);
  int64_t limit = size_argument(args, nargs);
  size_t available = file->position < file->size ? file->size - file->position : 0;
  size_t count = limit < 0 ? available : std::min(available, static_cast<size_t>(limit));
  Str* text = str_of(file->chars + file->position, count);
  file->position += count;
  return Value::from_object(text);
}

// The length of the next line from the position, with its end, under `limit`.
size_t line_length(StringIO* file, int64_t limit) {
  size_t start = file->position;
  size_t available = start < file->size ? file->size - start : 0;
  size_t max = limit < 0 ? available : std::min(available, static_cast<size_t>(limit));
  const char32_t* chars = file->chars + start;
  for (size_t i = 0; i < max; ++i) {
    char32_t c = chars[i];
    switch (file->newline) {
      case TextNewline::Universal:
      case TextNewline::Lf:
        if (c == U'\n') return i + 1;
        break;
      case TextNewline::Cr:
        if (c == U'\r') return i + 1;
        break;
      case TextNewline::CrLf:
        if (c == U'\r' && i + 1 < available && chars[i + 1] == U'\n') return std::min(i + 2, max);
        break;
      case TextNewline::Untranslated:
        if (c == U'\n') return i + 1;
        if (c == U'\r') return i + 1 < available && chars[i + 1] == U'\n' ? std::min(i + 2, max) : i + 1;
        break;
    }
  }
  return max;
}

Value stringio_readline(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("readline", nargs, kwnames, 0, 1);
  StringIO* file = as_stringio(self);
  stringio_check(file);
  if (nargs > 0 && !is_none(args[0]) && !is_int(args[0]) && type_of(args[0])->index == nullptr) {
    throw_type_error("integer argument expected, got '" + type_name(args[0]) + "'");
  }
  size_t count = line_length(file, size_argument(args, nargs));
  Str* line = str_of(file->chars + file->position, count);
  file->position += count;
  return Value::from_object(line);
}

Value stringio_write(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("write", nargs, kwnames, 1, 1);
  StringIO* file = as_stringio(self);
  stringio_check(file);
  if (!is_str(args[0])) throw_type_error("string argument expected, got '" + type_name(args[0]) + "'");
  Str* text = args[0].as<Str>();
  stringio_store(file, translate_written(file, code_points(text->view())));
  return make_int(static_cast<int64_t>(text->length));
}

Value stringio_tell(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("tell", nargs, kwnames, 0, 0);
  StringIO* file = as_stringio(self);
  stringio_check(file);
  return make_int(static_cast<int64_t>(file->position));
}

Value stringio_seek(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("seek", nargs, kwnames, 1, 2);
  StringIO* file = as_stringio(self);
  int64_t offset = index_as_ssize(args[0]);
  int64_t whence = nargs > 1 ? index_as_ssize(args[1]) : 0;
  stringio_check(file);
  if (whence < 0 || whence > 2) {
    throw_value_error("Invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  }
  if (whence == 0 && offset < 0) throw_value_error("Negative seek position " + std::to_string(offset));
  if (whence != 0 && offset != 0) {
    raise(&exc_OSError, "Can't do nonzero cur-relative seeks");
  }
  if (whence == 2) file->position = file->size;
  if (whence == 0) file->position = static_cast<size_t>(offset);
  return make_int(static_cast<int64_t>(file->position));
}

Value stringio_truncate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("truncate", nargs, kwnames, 0, 1);
  StringIO* file = as_stringio(self);
  stringio_check(file);
  int64_t size = nargs == 0 || is_none(args[0]) ? static_cast<int64_t>(file->position) : size_argument(args, nargs);
  if (size < 0) throw_value_error("Negative size value " + std::to_string(size));
  if (static_cast<size_t>(size) < file->size) file->size = static_cast<size_t>(size);
  return make_int(size);
}

Value stringio_answer_true(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("readable", nargs, kwnames, 0, 0);
  stringio_check(as_stringio(self));
  return make_bool(true);
}

Value stringio_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("close", nargs, kwnames, 0, 0);
  StringIO* file = as_stringio(self);
  file->closed = true;
  file->chars = nullptr;
  file->size = file->capacity = 0;
  return none();
}

Value stringio_iter(Value self) {
  stringio_check(as_stringio(self));
  return self;
}

Value stringio_next(Value self) {
  StringIO* file = as_stringio(self);
  stringio_check(file);
  size_t count = line_length(file, -1);
  if (count == 0) return Value::null();
  Str* line = str_of(file->chars + file->position, count);
  file->position += count;
  return Value::from_object(line);
}

Value stringio_getstate(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__getstate__", nargs, kwnames, 0, 0);
  StringIO* file = as_stringio(self);
  stringio_check(file);
  return Value::from_object(make_tuple({Value::from_object(str_of(file->chars, file->size)),
                                        newline_argument(file->newline),
                                        make_int(static_cast<int64_t>(file->position)), state_dict(self)}));
}

Value stringio_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("__setstate__", nargs, kwnames, 1, 1);
  StringIO* file = as_stringio(self);
  Value state = args[0];
  if (!is_instance_of(state, &tuple_type) || length(state) < 4) {
    throw_type_error(tp_name(type_of(self)) + ".__setstate__ argument should be 4-tuple, got " +
                     type_name(state));
  }
  if (file->closed) throw_value_error("I/O operation on closed file");
  Value text = getitem(state, make_int(0));
  if (!is_str(text)) throw_type_error("initial_value must be str, not " + type_name(text));
  file->newline = parse_newline(getitem(state, make_int(1)));
  file->initialized = true;
  // The stored value is taken as it is, without newline translation.
  std::u32string chars = code_points(str_view(text));
  file->size = file->position = 0;
  stringio_reserve(file, chars.size());
  if (!chars.empty()) std::memcpy(file->chars, chars.data(), chars.size() * sizeof(char32_t));
  file->size = chars.size();
  Value position = getitem(state, make_int(2));
  if (!is_int(position)) throw_type_error("third item of state must be an integer, got " + type_name(position));
  int64_t pos = index_as_ssize(position);
  if (pos < 0) throw_value_error("position value cannot be negative");
  file->position = static_cast<size_t>(pos);
  restore_dict(self, getitem(state, make_int(3)));
  return none();
}

Value stringio_closed_get(Value self) {
  StringIO* file = as_stringio(self);
  if (!file->initialized) throw_value_error("I/O operation on uninitialized object");
  return make_bool(file->closed);
}

Value stringio_line_buffering_get(Value self) {
  stringio_check(as_stringio(self));
  return make_bool(false);
}

Value stringio_newlines_get(Value self) {
  StringIO* file = as_stringio(self);
  stringio_check(file);
  if (file->newline != TextNewline::Universal && file->newline != TextNewline::Untranslated) return none();
  return newlines_value(file->seen);
}

bool initialized = false;

}  // namespace

void init_memory_file_types() {
  if (initialized) return;
  initialized = true;
  init_io_base_types();
  bytesio_type.new_instance = bytesio_new;
  bytesio_type.init = bytesio_init;
  bytesio_type.iter = bytesio_iter;
  bytesio_type.next = bytesio_next;
  init_static_type(&bytesio_type, "_io.BytesIO", &buffered_iobase_type, sizeof(BytesIO),
                   kTypeBaseType | kTypeHasInstanceDict);
  add_methods(&bytesio_type, {
      {"getvalue", bytesio_getvalue},
      {"getbuffer", bytesio_getbuffer},
      {"read", bytesio_read},
      {"read1", bytesio_read1},
      {"readline", bytesio_readline},
      {"readlines", bytesio_readlines},
      {"readinto", bytesio_readinto},
      {"write", bytesio_write},
      {"writelines", bytesio_writelines},
      {"seek", bytesio_seek},
      {"tell", bytesio_tell},
      {"truncate", bytesio_truncate},
      {"readable", bytesio_answer_true},
      {"writable", bytesio_answer_true},
      {"seekable", bytesio_answer_true},
      {"isatty", bytesio_isatty},
      {"flush", bytesio_flush},
      {"close", bytesio_close},
      {"__getstate__", bytesio_getstate},
      {"__setstate__", bytesio_setstate},
  });
  add_getsets(&bytesio_type, {{"closed", bytesio_closed_get}});
  register_resizable_exporter(&bytesio_type, bytesio_format);

  stringio_type.new_instance = stringio_new;
  stringio_type.init = stringio_init;
  stringio_type.iter = stringio_iter;
  stringio_type.next = stringio_next;
  init_static_type(&stringio_type, "_io.StringIO", &text_iobase_type, sizeof(StringIO),
                   kTypeBaseType | kTypeHasInstanceDict);
  add_methods(&stringio_type, {
      {"getvalue", stringio_getvalue},
      {"read", stringio_read},
      {"readline", stringio_readline},
      {"write", stringio_write},
      {"tell", stringio_tell},
      {"seek", stringio_seek},
      {"truncate", stringio_truncate},
      {"readable", stringio_answer_true},
      {"writable", stringio_answer_true},
      {"seekable", stringio_answer_true},
      {"close", stringio_close},
      {"__getstate__", stringio_getstate},
      {"__setstate__", stringio_setstate},
  });
  add_getsets(&stringio_type, {
      {"closed", stringio_closed_get},
      {"line_buffering", stringio_line_buffering_get},
      {"newlines", stringio_newlines_get},
  });
}

}  // namespace krait
