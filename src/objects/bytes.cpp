// bytes and bytearray: construction, the sequence slots, comparison and
// hashing (equal to str's for the same ASCII content), and the methods they
// share, written once over a byte view and a "same kind" result.
#include "objects/class.h"
#include "objects/bytes.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "objects/container_support.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/siphash.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/unicode.h"
#include "runtime/protocol.h"

namespace krait {

Type bytes_type;
Type bytearray_type;
Type bytes_iterator_type;
Type bytearray_iterator_type;

namespace {

Bytes* allocate_bytes(size_t size) {
  if (size > max_payload_size()) throw_memory_error();
  auto* b = static_cast<Bytes*>(gc_alloc_atomic(sizeof(Bytes) + size + 1));
  b->type = &bytes_type;
  b->hash = -1;
  b->size = size;
  b->data()[size] = '\0';
  return b;
}

Value wrap(Object* o) { return Value::from_object(o); }

}  // namespace

Bytes* make_bytes(std::string_view data) {
  Bytes* b = allocate_bytes(data.size());
  // An empty view may have no data pointer, which memcpy must not be given.
  if (!data.empty()) std::memcpy(b->data(), data.data(), data.size());
  return b;
}

bool is_bytes(Value v) {
  return v.is_object() &&
         (v.as_object()->type == &bytes_type || (v.as_object()->type->flags & kTypeBytesSubclass));
}

bool is_bytearray(Value v) { return v.is_object() && is_instance_of(v, &bytearray_type); }

namespace {

void bytearray_reserve(ByteArray* a, size_t capacity) {
  if (capacity <= a->capacity) return;
  if (capacity > max_payload_size()) throw_memory_error();
  size_t grown = std::max(capacity, a->capacity + a->capacity / 2 + 8);
  char* items = static_cast<char*>(gc_alloc_atomic(grown + 1));
  if (a->size) std::memcpy(items, a->items, a->size);
  a->items = items;
  a->capacity = grown;
}

void bytearray_assign(ByteArray* a, std::string_view data) {
  bytearray_reserve(a, data.size());
  if (!data.empty()) std::memmove(a->items, data.data(), data.size());
  a->size = data.size();
  if (a->items) a->items[a->size] = '\0';
}

ByteArray* new_bytearray(Type* type) {
  auto* a = static_cast<ByteArray*>(allocate_instance(type));
  a->items = nullptr;
  a->size = a->capacity = 0;
  a->exports = 0;
  return a;
}

}  // namespace

ByteArray* make_bytearray(std::string_view data) {
  ByteArray* a = new_bytearray(&bytearray_type);
  bytearray_assign(a, data);
  return a;
}

bool bytes_like_view(Value v, std::string_view& out) {
  if (is_bytes(v)) {
    out = v.as<Bytes>()->view();
    return true;
  }
  if (ByteArray* a = resizable_storage(v)) {
    out = {a->items ? a->items : "", a->size};
    return true;
  }
  if (is_memoryview(v)) return memoryview_contiguous_data(v, out);
  return false;
}

std::string hex_with_separator(std::string_view data, Value sep_argument, Value bytes_per_sep,
                               bool latin1_separator) {
  std::string sep;
  if (!sep_argument.is_null()) {
    if (length(sep_argument) != 1) throw_value_error("sep must be length 1.");
    char32_t code;
    if (is_str(sep_argument)) {
      size_t pos = 0;
      code = unicode::decode_utf8(str_view(sep_argument), pos);
    } else if (is_bytes(sep_argument)) {
      code = static_cast<unsigned char>(sep_argument.as<Bytes>()->view()[0]);
    } else {
      throw_type_error("sep must be str or bytes.");
    }
    if (code > (latin1_separator ? 255 : 127)) throw_value_error("sep must be ASCII.");
    sep.push_back(static_cast<char>(code));
  }
  int64_t group = 1;
  if (!bytes_per_sep.is_null()) {
    Value n = index_value(bytes_per_sep);
    if (!int_to_int64(n, group) || group < INT32_MIN || group > INT32_MAX) {
      throw_overflow_error("Python int too large to convert to C int");
    }
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  size_t n = data.size();
  size_t every = static_cast<size_t>(group < 0 ? -group : group);
  for (size_t i = 0; i < n; ++i) {
    if (!sep.empty() && i > 0 && every > 0) {
      // Positive counts group from the right, negative from the left.
      bool boundary = group > 0 ? (n - i) % every == 0 : i % every == 0;
      if (boundary) out += sep;
    }
    auto byte = static_cast<unsigned char>(data[i]);
    out.push_back(kHex[byte >> 4]);
    out.push_back(kHex[byte & 15]);
  }
  return out;
}

namespace {

std::string_view view_of(Value self) {
  std::string_view out;
  bytes_like_view(self, out);
  return out;
}

// The type that defines a shared method, as CPython names it in messages.
const char* kind_name(Value self) { return is_bytearray(self) ? "bytearray" : "bytes"; }
std::string qualified(Value self, const char* name) { return std::string(kind_name(self)) + "." + name; }

// A bytes-like argument as CPython's PyObject_GetBuffer(PyBUF_SIMPLE) takes
// it: a released or non-contiguous view raises rather than being refused.
bool buffer_view(Value v, std::string_view& out) {
  if (is_memoryview(v)) {
    out = memoryview_buffer(v);
    return true;
  }
  return bytes_like_view(v, out);
}

std::string_view bytes_argument(Value v) {
  std::string_view out;
  if (!buffer_view(v, out))
    throw_type_error("a bytes-like object is required, not '" + type_name(v) + "'");
  return out;
}

// A result of the same kind as `self` (bytes for bytes and its subclasses, bytearray for bytearray).
Value same_kind(Value self, std::string_view data) {
  if (is_bytearray(self)) return wrap(make_bytearray(data));
  return wrap(make_bytes(data));
}

// Returns `self` itself when it is an exact bytes and nothing changed.
Value unchanged(Value self) {
  if (self.as_object()->type == &bytes_type) return self;
  return same_kind(self, view_of(self));
}

// An item stored into a bytearray (CPython's _getbytevalue): huge ints are out of range too.
int byte_value(Value v) {
  int64_t value;
  if (!int_to_int64(index_value(v), value) || value < 0 || value > 255) {
    throw_value_error("byte must be in range(0, 256)");
  }
  return static_cast<int>(value);
}

// CPython refuses to resize a bytearray while a memoryview exports it.
void check_resizable(ByteArray* a, size_t new_size) {
  if (new_size != a->size && bytearray_exports_live(a)) {
    raise(&exc_BufferError, "Existing exports of data: object cannot be re-sized");
  }
}

// --- Slots ---

Value bytes_repr_slot(Value self) { return str_result(bytes_repr(view_of(self))); }

Value bytearray_repr_slot(Value self) {
  std::string name = type_name(self);
  std::string body = bytes_repr(view_of(self));
  // CPython's bytearray repr escapes ' even inside double quotes.
  if (body[1] == '"') {
    std::string escaped;
    for (char c : body) {
      if (c == '\'') escaped.push_back('\\');
      escaped.push_back(c);
    }
    body = escaped;
  }
  return str_result(name + "(" + body + ")");
}

int64_t bytes_hash_slot(Value self) {
  auto* b = self.as<Bytes>();
  if (b->hash == -1) b->hash = hash_bytes(b->data(), b->size);
  return b->hash;
}

Value bytes_richcompare(Value self, Value other, CompareOp op) {
  // A view compares item by item, in its own format: its own slot decides.
  if (is_memoryview(other)) return not_implemented();
  std::string_view a, b;
  if (!bytes_like_view(self, a) || !bytes_like_view(other, b)) return not_implemented();
  return make_bool(order_satisfies(a.compare(b), op));
}

int64_t bytes_len(Value self) { return static_cast<int64_t>(view_of(self).size()); }

bool bytes_contains(Value self, Value item) {
  std::string_view data = view_of(self);
  if (item.is_small_int() || (type_of(item)->index && !is_bytes(item))) {
    int b = byte_value(item);
    return data.find(static_cast<char>(b)) != std::string_view::npos;
  }
  return data.find(bytes_argument(item)) != std::string_view::npos;
}

std::string slice_bytes(std::string_view data, const SliceBounds& b) {
  std::string out;
  out.reserve(static_cast<size_t>(std::max<int64_t>(b.count, 0)));
  for (int64_t i = 0; i < b.count; ++i) out.push_back(data[static_cast<size_t>(b.start + i * b.step)]);
  return out;
}

Value bytes_getitem(Value self, Value key) {
  std::string_view data = view_of(self);
  if (key.is_small_int() || type_of(key)->index) {
    int64_t i;
    if (!int_to_int64(index_value(key), i)) throw_index_error("cannot fit 'int' into an index-sized integer");
    if (i < 0) i += static_cast<int64_t>(data.size());
    if (i < 0 || i >= static_cast<int64_t>(data.size())) {
      throw_index_error(is_bytearray(self) ? "bytearray index out of range" : "index out of range");
    }
    return Value::from_small_int(static_cast<unsigned char>(data[static_cast<size_t>(i)]));
  }
  SliceBounds bounds;
  if (unpack_slice(key, static_cast<int64_t>(data.size()), bounds)) {
    if (bounds.step == 1) {
      if (bounds.count <= 0) return same_kind(self, "");
      if (bounds.count == static_cast<int64_t>(data.size())) return unchanged(self);
      return same_kind(self,
                       data.substr(static_cast<size_t>(bounds.start), static_cast<size_t>(bounds.count)));
    }
    return same_kind(self, slice_bytes(data, bounds));
  }
  if (is_bytearray(self)) {
    throw_type_error("bytearray indices must be integers or slices, not " + type_name(key));
  }
  throw_type_error("byte indices must be integers or slices, not " + type_name(key));
}

Value bytes_concat(Value a, Value b) {
  std::string_view left, right;
  if (!bytes_like_view(a, left)) return not_implemented();
  if (!bytes_like_view(b, right)) {
    throw_type_error("can't concat " + type_name(b) + " to " + type_name(a));
  }
  std::string joined;
  joined.reserve(left.size() + right.size());
  joined.append(left).append(right);
  return same_kind(a, joined);
}

Value bytes_repeat(Value seq, Value count) {
  std::string_view data = view_of(seq);
  int64_t n = index_as_ssize(count);
  if (n <= 0 || data.empty()) return same_kind(seq, "");
  if (data.size() > static_cast<size_t>(INT64_MAX) / static_cast<size_t>(n)) {
    throw_overflow_error("repeated bytes are too long");
  }
  size_t size = data.size() * static_cast<size_t>(n);
  if (size > max_payload_size()) throw_memory_error();
  std::string out;
  out.reserve(size);
  for (int64_t i = 0; i < n; ++i) out.append(data);
  return same_kind(seq, out);
}

Value bytes_remainder(Value a, Value b) {
  std::string_view format;
  if (!bytes_like_view(a, format)) return not_implemented();
  return same_kind(a, percent_format(format, b, true));
}

// v.__bytes__(): null when v's type has none.
Value call_dunder_bytes(Value v) {
  static Str* const dunder_bytes = intern("__bytes__");
  Value converted = call_special(v, dunder_bytes, {});
  if (converted.is_null()) return converted;
  if (!is_bytes(converted)) throw_type_error("__bytes__ returned non-bytes (type " + type_name(converted) + ")");
  return converted;
}

[[noreturn]] void throw_not_a_string(Value encoding) {
  throw_type_error(encoding.is_null() ? "errors without a string argument" : "encoding without a string argument");
}

}  // namespace

bool bytes_from_dunder_bytes(Value v, std::string& out) {
  Value converted = call_dunder_bytes(v);
  if (converted.is_null()) return false;
  out = std::string(converted.as<Bytes>()->view());
  return true;
}

namespace {

// bytes(x) / bytearray(x) of an object that is neither a str nor a count:
// a buffer, or an iterable of ints.
std::string contents_from_object(bool bytearray, Value source) {
  const char* name = bytearray ? "bytearray" : "bytes";
  if (is_memoryview(source)) return memoryview_to_bytes(source);  // any view, contiguous or not
  std::string_view data;
  if (bytes_like_view(source, data)) return std::string(data);
  Type* type = type_of(source);
  if (!type->iter && !type->getitem) {
    throw_type_error("cannot convert '" + type_name(source) + "' object to " + name);
  }
  std::string out;
  Value iterator = get_iter(source);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    if (bytearray) {
      out.push_back(static_cast<char>(byte_value(item)));
      continue;
    }
    // bytes reads items as clamped Py_ssize_t values, so huge ints are out of range too.
    int64_t value = index_as_ssize_clamped(item);
    if (value < 0 || value > 255) throw_value_error("bytes must be in range(0, 256)");
    out.push_back(static_cast<char>(value));
  }
  return out;
}

// A count argument: its size, or false when its __index__ raised TypeError
// (CPython then treats it as any other object).
bool count_argument(Value source, int64_t& count) {
  if (!source.is_small_int() && !type_of(source)->index) return false;
  try {
    count = index_as_ssize(source);
  } catch (PyException&) {
    if (!current_exception_matches(&exc_TypeError)) throw;
    clear_current_exception();
    return false;
  }
  if (count < 0) throw_value_error("negative count");
  if (static_cast<size_t>(count) > max_payload_size()) throw_memory_error();
  return true;
}

std::string encoded_contents(const char* name, Value source, Value encoding, Value errors) {
  auto text = [&](Value v, const char* which) {
    if (!is_str(v)) {
      throw_type_error(format("%s() argument '%s' must be str, not %s", name, which, type_name(v).c_str()));
    }
    return str_view(v);
  };
  Value encoded = str_encode(source.as<Str>(), text(encoding, "encoding"),
                             errors.is_null() ? "strict" : text(errors, "errors"));
  return std::string(encoded.as<Bytes>()->view());
}

// The contents bytes(x) starts from; `exact` receives the result of
// __bytes__ when it can be returned as is.
std::string bytes_contents(Value source, Value encoding, Value errors, Value* exact) {
  if (source.is_null()) {
    if (!encoding.is_null() || !errors.is_null()) throw_not_a_string(encoding);
    return "";
  }
  if (!encoding.is_null()) {
    if (!is_str(source)) throw_not_a_string(encoding);
    return encoded_contents("bytes", source, encoding, errors);
  }
  if (!errors.is_null()) {
    throw_type_error(is_str(source) ? "string argument without an encoding" : "errors without a string argument");
  }
  Value converted = call_dunder_bytes(source);
  if (!converted.is_null()) {
    *exact = converted;
    return std::string(converted.as<Bytes>()->view());
  }
  if (is_str(source)) throw_type_error("string argument without an encoding");
  int64_t count;
  if (count_argument(source, count)) return std::string(static_cast<size_t>(count), '\0');
  return contents_from_object(false, source);
}

// The contents bytearray(x) starts from (bytearray does not use __bytes__).
std::string bytearray_contents(Value source, Value encoding, Value errors) {
  if (source.is_null()) {
    if (!encoding.is_null() || !errors.is_null()) throw_not_a_string(encoding);
    return "";
  }
  if (is_str(source)) {
    if (encoding.is_null()) throw_type_error("string argument without an encoding");
    return encoded_contents("bytearray", source, encoding, errors);
  }
  if (!encoding.is_null() || !errors.is_null()) throw_not_a_string(encoding);
  int64_t count;
  if (count_argument(source, count)) return std::string(static_cast<size_t>(count), '\0');
  return contents_from_object(true, source);
}

Value bytes_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"bytes", {"source", "encoding", "errors"}, 0, 0}, args, nargs, kwnames, bound);
  if (type == &bytes_type && bound[1].is_null() && bound[2].is_null() && bound[0].is_object() &&
      bound[0].as_object()->type == &bytes_type) {
    return bound[0];
  }
  Value exact = Value::null();
  std::string data = bytes_contents(bound[0], bound[1], bound[2], &exact);
  if (type == &bytes_type) return exact.is_null() ? wrap(make_bytes(data)) : exact;
  auto* b = static_cast<Bytes*>(allocate_instance(type, data.size() + 1));
  b->hash = -1;
  b->size = data.size();
  std::memcpy(b->data(), data.data(), data.size());
  b->data()[data.size()] = '\0';
  return wrap(b);
}

Value bytearray_new(Type* type, const Value*, size_t, Tuple*) { return wrap(new_bytearray(type)); }

void bytearray_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"bytearray", {"source", "encoding", "errors"}, 0, 0}, args, nargs, kwnames, bound);
  auto* a = self.as<ByteArray>();
  check_resizable(a, 0);  // CPython empties the old contents first
  a->size = 0;
  bytearray_assign(a, bytearray_contents(bound[0], bound[1], bound[2]));
}

// --- Iteration: both yield ints ---

struct BytesIterator : Object {
  Value sequence;  // null once exhausted
  size_t index;
};

Value make_bytes_iterator(Value self, Type* type) {
  auto* it = static_cast<BytesIterator*>(gc_alloc(sizeof(BytesIterator)));
  it->type = type;
  it->sequence = self;
  it->index = 0;
  return wrap(it);
}

Value bytes_iter(Value self) { return make_bytes_iterator(self, &bytes_iterator_type); }
Value bytearray_iter(Value self) { return make_bytes_iterator(self, &bytearray_iterator_type); }

Value bytes_iterator_next(Value self) {
  auto* it = self.as<BytesIterator>();
  if (it->sequence.is_null()) return Value::null();
  std::string_view data = view_of(it->sequence);
  if (it->index >= data.size()) {
    it->sequence = Value::null();
    return Value::null();
  }
  return Value::from_small_int(static_cast<unsigned char>(data[it->index++]));
}

Value iterator_self(Value self) { return self; }

Value bytes_iterator_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments((type_name(self) + ".__length_hint__").c_str(), nargs, kwnames);
  auto* it = self.as<BytesIterator>();
  if (it->sequence.is_null()) return make_int(0);
  size_t size = view_of(it->sequence).size();
  return make_int(it->index < size ? static_cast<int64_t>(size - it->index) : 0);
}

Value bytes_iterator_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments((type_name(self) + ".__reduce__").c_str(), nargs, kwnames);
  auto* it = self.as<BytesIterator>();
  if (it->sequence.is_null()) return iterator_reduce("iter", wrap(make_tuple(0)), Value::null());
  return iterator_reduce("iter", it->sequence, make_int(static_cast<int64_t>(it->index)));
}

// __setstate__: the next index, clamped to the sequence.
Value bytes_iterator_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_argument((type_name(self) + ".__setstate__").c_str(), nargs, kwnames);
  auto* it = self.as<BytesIterator>();
  bool active = !it->sequence.is_null();
  int64_t size = active ? static_cast<int64_t>(view_of(it->sequence).size()) : 0;
  int64_t index = iterator_state_index(args[0], 0, size);
  if (active) it->index = static_cast<size_t>(index);
  return none();
}

// --- bytearray mutation ---

void bytearray_setitem(Value self, Value key, Value value) {
  auto* a = self.as<ByteArray>();
  int64_t i;
  if (subscript_index(key, &i)) {
    if (i < 0) i += static_cast<int64_t>(a->size);
    if (i < 0 || i >= static_cast<int64_t>(a->size)) throw_index_error("bytearray index out of range");
    if (value.is_null()) {
      check_resizable(a, a->size - 1);
      std::memmove(a->items + i, a->items + i + 1, a->size - static_cast<size_t>(i) - 1);
      --a->size;
      a->items[a->size] = '\0';
      return;
    }
    a->items[i] = static_cast<char>(byte_value(value));
    return;
  }
  SliceBounds b;
  if (!unpack_slice(key, static_cast<int64_t>(a->size), b)) {
    throw_type_error("bytearray indices must be integers or slices, not " + type_name(key));
  }
  std::string data(a->items ? a->items : "", a->size);
  std::string replacement;
  if (!value.is_null()) {
    std::string_view view;
    Type* type = type_of(value);
    if (bytes_like_view(value, view)) {
      replacement = std::string(view);
    } else if (is_str(value) || type->index || type->to_int || type->to_float) {
      throw_type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    } else {
      replacement = bytearray_contents(value, Value::null(), Value::null());
    }
    if (replacement.empty() && b.step != 1) value = Value::null();  // a[x:y:z] = b'' deletes, as in CPython
  }
  if (b.step == 1) {
    size_t start = static_cast<size_t>(b.start);
    size_t count = static_cast<size_t>(std::max<int64_t>(b.count, 0));
    check_resizable(a, a->size - count + replacement.size());
    data.replace(start, count, replacement);
  } else if (value.is_null()) {
    check_resizable(a, a->size - static_cast<size_t>(std::max<int64_t>(b.count, 0)));
    std::string kept;
    std::vector<bool> drop(data.size(), false);
    for (int64_t i = 0; i < b.count; ++i) drop[static_cast<size_t>(b.start + i * b.step)] = true;
    for (size_t i = 0; i < data.size(); ++i) {
      if (!drop[i]) kept.push_back(data[i]);
    }
    data = kept;
  } else {
    if (static_cast<int64_t>(replacement.size()) != b.count) {
      throw_value_error(format("attempt to assign bytes of size %zu to extended slice of size %ld",
                               replacement.size(), static_cast<long>(b.count)));
    }
    for (int64_t i = 0; i < b.count; ++i) {
      data[static_cast<size_t>(b.start + i * b.step)] = replacement[static_cast<size_t>(i)];
    }
  }
  bytearray_assign(a, data);
}

void bytearray_push(ByteArray* a, char c) {
  check_resizable(a, a->size + 1);
  bytearray_reserve(a, a->size + 1);
  a->items[a->size++] = c;
  a->items[a->size] = '\0';
}

Value bytearray_append(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_argument("bytearray.append", nargs, kwnames);
  bytearray_push(self.as<ByteArray>(), static_cast<char>(byte_value(args[0])));
  return none();
}

Value bytearray_extend(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_argument("bytearray.extend", nargs, kwnames);
  auto* a = self.as<ByteArray>();
  std::string_view view;
  std::string added;
  if (is_memoryview(args[0]) && !bytes_like_view(args[0], view)) {
    throw_type_error("can't set bytearray slice from memoryview");
  }
  if (bytes_like_view(args[0], view)) {
    added = std::string(view);
  } else {
    Type* type = type_of(args[0]);
    if (!type->iter && !type->getitem) {
      throw_type_error("can't extend bytearray with " + type_name(args[0]));
    }
    added = contents_from_object(true, args[0]);
  }
  check_resizable(a, a->size + added.size());
  std::string data(a->items ? a->items : "", a->size);
  data += added;
  bytearray_assign(a, data);
  return none();
}

Value bytearray_inplace_add(Value self, Value other) {
  if (!is_bytearray(self)) return not_implemented();
  std::string_view view;
  if (!bytes_like_view(other, view)) throw_type_error("can't concat " + type_name(other) + " to bytearray");
  auto* a = self.as<ByteArray>();
  // The operand's own buffer export counts too: a += a cannot grow a.
  if (other.is(self) && !view.empty()) raise(&exc_BufferError, "Existing exports of data: object cannot be re-sized");
  check_resizable(a, a->size + view.size());
  std::string data(a->items ? a->items : "", a->size);
  data.append(view);
  bytearray_assign(a, data);
  return self;
}

Value bytearray_inplace_multiply(Value self, Value count) {
  if (!is_bytearray(self) || (!count.is_small_int() && !type_of(count)->index)) return not_implemented();
  auto* a = self.as<ByteArray>();
  int64_t n = std::max<int64_t>(index_as_ssize(count), 0);
  if (n > 1 && a->size > max_payload_size() / static_cast<size_t>(n)) throw_memory_error();
  size_t size = a->size * static_cast<size_t>(n);
  check_resizable(a, size);
  std::string data(a->items ? a->items : "", a->size);
  std::string repeated;
  repeated.reserve(size);
  for (int64_t i = 0; i < n; ++i) repeated.append(data);
  bytearray_assign(a, repeated);
  return self;
}

Value bytearray_dunder_imul(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_argument("bytearray.__imul__", nargs, kwnames);
  if (!args[0].is_small_int() && !type_of(args[0])->index) {
    throw_type_error("'" + type_name(args[0]) + "' object cannot be interpreted as an integer");
  }
  return bytearray_inplace_multiply(self, args[0]);
}

Value bytearray_alloc(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("bytearray.__alloc__", nargs, kwnames);
  auto* a = self.as<ByteArray>();
  return make_int(a->items ? static_cast<int64_t>(a->capacity) + 1 : 0);
}

// Pickling: protocols below 3 carry the contents as a latin-1 str, as CPython.
Value bytearray_reduce_impl(Value self, int64_t protocol) {
  Value state = object_state(self);
  std::string_view data = view_of(self);
  Value args;
  if (protocol < 3) {
    args = wrap(make_tuple({wrap(str_decode(data, "latin-1", "strict")), str_value("latin-1")}));
  } else {
    args = wrap(make_tuple({wrap(make_bytes(data))}));
  }
  return wrap(make_tuple({wrap(type_of(self)), args, state}));
}

Value bytearray_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("bytearray.__reduce__", nargs, kwnames);
  return bytearray_reduce_impl(self, 0);
}

Value bytearray_reduce_ex(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_keywords("bytearray", "__reduce_ex__", kwnames);
  expected_arguments("__reduce_ex__", nargs, 0, 1);
  return bytearray_reduce_impl(self, nargs ? index_argument(args[0]) : 0);
}

Value bytearray_pop(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_keywords("bytearray", "pop", kwnames);
  expected_arguments("pop", nargs, 0, 1);
  auto* a = self.as<ByteArray>();
  int64_t i = nargs ? index_argument(args[0]) : -1;
  if (a->size == 0) throw_index_error("pop from empty bytearray");
  if (i < 0) i += static_cast<int64_t>(a->size);
  if (i < 0 || i >= static_cast<int64_t>(a->size)) throw_index_error("pop index out of range");
  check_resizable(a, a->size - 1);
  auto value = static_cast<unsigned char>(a->items[i]);
  std::memmove(a->items + i, a->items + i + 1, a->size - static_cast<size_t>(i) - 1);
  --a->size;
  a->items[a->size] = '\0';
  return Value::from_small_int(value);
}

Value bytearray_clear(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("bytearray.clear", nargs, kwnames);
  auto* a = self.as<ByteArray>();
  check_resizable(a, 0);
  a->size = 0;
  return none();
}

Value bytearray_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("bytearray.copy", nargs, kwnames);
  return wrap(make_bytearray(view_of(self)));
}

// --- The shared read-only methods ---

Value bytes_decode(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"decode", {"encoding", "errors"}, 0, 0}, args, nargs, kwnames, bound);
  auto text = [](Value v, const char* which) {
    if (!is_str(v)) {
      throw_type_error(
          format("decode() argument '%s' must be str, not %s", which, argument_type_name(v).c_str()));
    }
    return str_view(v);
  };
  std::string_view encoding = bound[0].is_null() ? "utf-8" : text(bound[0], "encoding");
  std::string_view errors = bound[1].is_null() ? "strict" : text(bound[1], "errors");
  return wrap(str_decode(view_of(self), encoding, errors));
}

Value bytes_join(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_argument(qualified(self, "join").c_str(), nargs, kwnames);
  std::string_view sep = view_of(self);
  Type* type = type_of(args[0]);
  if (!type->iter && !type->getitem) throw_type_error("can only join an iterable");
  std::string out;
  Value iterator = get_iter(args[0]);
  size_t index = 0;
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator), ++index) {
    std::string_view part;
    if (!bytes_like_view(item, part)) {
      throw_type_error(format("sequence item %zu: expected a bytes-like object, %s found", index,
                              type_name(item).c_str()));
    }
    if (index) out.append(sep);
    out.append(part);
  }
  return same_kind(self, out);
}

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

Value bytes_split_impl(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames,
                       bool reverse) {
  Value bound[2];
  bind_arguments({name, {"sep", "maxsplit"}, 0, 0}, args, nargs, kwnames, bound);
  std::string_view data = view_of(self);
  int64_t maxsplit = bound[1].is_null() ? -1 : index_argument(bound[1]);
  if (maxsplit < 0) maxsplit = INT64_MAX;
  List* result = make_list();
  gc::vector<Value> pieces;
  if (bound[0].is_null() || is_none(bound[0])) {
    if (!reverse) {
      size_t pos = 0;
      int64_t splits = 0;
      while (pos < data.size()) {
        while (pos < data.size() && is_ascii_space(data[pos])) ++pos;
        if (pos >= data.size()) break;
        if (splits++ == maxsplit) {
          pieces.push_back(same_kind(self, data.substr(pos)));
          break;
        }
        size_t begin = pos;
        while (pos < data.size() && !is_ascii_space(data[pos])) ++pos;
        pieces.push_back(same_kind(self, data.substr(begin, pos - begin)));
      }
    } else {
      size_t pos = data.size();
      int64_t splits = 0;
      while (pos > 0) {
        while (pos > 0 && is_ascii_space(data[pos - 1])) --pos;
        if (pos == 0) break;
        if (splits++ == maxsplit) {
          pieces.push_back(same_kind(self, data.substr(0, pos)));
          break;
        }
        size_t end = pos;
        while (pos > 0 && !is_ascii_space(data[pos - 1])) --pos;
        pieces.push_back(same_kind(self, data.substr(pos, end - pos)));
      }
      std::reverse(pieces.begin(), pieces.end());
    }
  } else {
    std::string_view sep = bytes_argument(bound[0]);
    if (sep.empty()) throw_value_error("empty separator");
    if (!reverse) {
      size_t begin = 0;
      for (int64_t splits = 0; splits < maxsplit; ++splits) {
        size_t at = data.find(sep, begin);
        if (at == std::string_view::npos) break;
        pieces.push_back(same_kind(self, data.substr(begin, at - begin)));
        begin = at + sep.size();
      }
      pieces.push_back(same_kind(self, data.substr(begin)));
    } else {
      size_t end = data.size();
      for (int64_t splits = 0; splits < maxsplit && end >= sep.size(); ++splits) {
        size_t at = data.substr(0, end).rfind(sep);
        if (at == std::string_view::npos) break;
        pieces.push_back(same_kind(self, data.substr(at + sep.size(), end - at - sep.size())));
        end = at;
      }
      pieces.push_back(same_kind(self, data.substr(0, end)));
      std::reverse(pieces.begin(), pieces.end());
    }
  }
  for (Value piece : pieces) list_append(result, piece);
  return wrap(result);
}

Value bytes_split(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_split_impl("split", self, args, nargs, kwnames, false);
}

Value bytes_rsplit(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_split_impl("rsplit", self, args, nargs, kwnames, true);
}

Value bytes_strip_impl(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames,
                       int sides) {
  no_keywords(kind_name(self), name, kwnames);
  expected_arguments(name, nargs, 0, 1);
  std::string_view data = view_of(self);
  bool whitespace = nargs == 0 || is_none(args[0]);
  std::string_view chars = whitespace ? std::string_view(" \t\n\r\x0b\x0c") : bytes_argument(args[0]);
  size_t begin = 0, end = data.size();
  if (sides & 1) {
    while (begin < end && chars.find(data[begin]) != std::string_view::npos) ++begin;
  }
  if (sides & 2) {
    while (end > begin && chars.find(data[end - 1]) != std::string_view::npos) --end;
  }
  if (begin == 0 && end == data.size()) return unchanged(self);
  return same_kind(self, data.substr(begin, end - begin));
}

Value bytes_strip(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_strip_impl("strip", self, args, nargs, kwnames, 3);
}
Value bytes_lstrip(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_strip_impl("lstrip", self, args, nargs, kwnames, 1);
}
Value bytes_rstrip(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_strip_impl("rstrip", self, args, nargs, kwnames, 2);
}

Value bytes_replace(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_keywords(kind_name(self), "replace", kwnames);
  expected_arguments("replace", nargs, 2, 3);
  std::string_view data = view_of(self);
  std::string_view old_part = bytes_argument(args[0]);
  std::string_view new_part = bytes_argument(args[1]);
  int64_t limit = nargs > 2 ? index_argument(args[2]) : -1;
  if (limit < 0) limit = INT64_MAX;
  std::string out;
  size_t pos = 0;
  int64_t done = 0;
  if (old_part.empty()) {
    for (; done < limit && pos <= data.size(); ++done) {
      out.append(new_part);
      if (pos < data.size()) out.push_back(data[pos]);
      ++pos;
    }
    if (pos < data.size()) out.append(data.substr(pos));
    return same_kind(self, out);
  }
  for (; done < limit; ++done) {
    size_t at = data.find(old_part, pos);
    if (at == std::string_view::npos) break;
    out.append(data.substr(pos, at - pos)).append(new_part);
    pos = at + old_part.size();
  }
  if (done == 0) return unchanged(self);
  out.append(data.substr(pos));
  return same_kind(self, out);
}

// The needle of find/count/index: bytes-like or a single byte value.
std::string needle_argument(Value v) {
  std::string_view view;
  if (buffer_view(v, view)) return std::string(view);
  if (v.is_small_int() || type_of(v)->index) return std::string(1, static_cast<char>(byte_value(v)));
  throw_type_error("argument should be integer or bytes-like object, not '" + type_name(v) + "'");
}

int64_t bytes_find_impl(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames,
                        bool reverse) {
  no_keywords(kind_name(self), name, kwnames);
  takes_arguments(name, nargs, 1, 3);
  std::string_view data = view_of(self);
  std::string needle = needle_argument(args[0]);
  int64_t start = 0, end = static_cast<int64_t>(data.size());
  if (nargs > 1) slice_index_argument(args[1], start);
  if (nargs > 2) slice_index_argument(args[2], end);
  adjust_range(static_cast<int64_t>(data.size()), start, end);
  if (end - start < static_cast<int64_t>(needle.size())) return -1;
  std::string_view hay = data.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
  size_t at = reverse ? hay.rfind(needle) : hay.find(needle);
  return at == std::string_view::npos ? -1 : start + static_cast<int64_t>(at);
}

Value bytes_find(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_int(bytes_find_impl("find", self, args, nargs, kwnames, false));
}
Value bytes_rfind(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_int(bytes_find_impl("rfind", self, args, nargs, kwnames, true));
}
Value bytes_index(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t at = bytes_find_impl("index", self, args, nargs, kwnames, false);
  if (at < 0) throw_value_error("subsection not found");
  return make_int(at);
}
Value bytes_rindex(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t at = bytes_find_impl("rindex", self, args, nargs, kwnames, true);
  if (at < 0) throw_value_error("subsection not found");
  return make_int(at);
}

Value bytes_count(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_keywords(kind_name(self), "count", kwnames);
  takes_arguments("count", nargs, 1, 3);
  std::string_view data = view_of(self);
  std::string needle = needle_argument(args[0]);
  int64_t start = 0, end = static_cast<int64_t>(data.size());
  if (nargs > 1) slice_index_argument(args[1], start);
  if (nargs > 2) slice_index_argument(args[2], end);
  adjust_range(static_cast<int64_t>(data.size()), start, end);
  if (end - start < static_cast<int64_t>(needle.size())) return make_int(0);
  if (needle.empty()) return make_int(end - start + 1);
  std::string_view hay = data.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
  int64_t count = 0;
  for (size_t at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + needle.size()))
    ++count;
  return make_int(count);
}

Value bytes_affix_impl(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames,
                       bool at_end) {
  no_keywords(kind_name(self), name, kwnames);
  takes_arguments(name, nargs, 1, 3);
  std::string_view data = view_of(self);
  int64_t start = 0, end = static_cast<int64_t>(data.size());
  if (nargs > 1) slice_index_argument(args[1], start);
  if (nargs > 2) slice_index_argument(args[2], end);
  adjust_range(static_cast<int64_t>(data.size()), start, end);
  auto matches = [&](std::string_view affix) {
    if (end - static_cast<int64_t>(affix.size()) < start) return false;
    std::string_view hay = data.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
    return at_end ? hay.ends_with(affix) : hay.starts_with(affix);
  };
  std::string_view affix;
  if (is_tuple(args[0])) {
    Tuple* options = args[0].as<Tuple>();
    for (size_t i = 0; i < options->size; ++i) {
      if (!buffer_view((*options)[i], affix)) {
        throw_type_error(
            format("a bytes-like object is required, not '%s'", type_name((*options)[i]).c_str()));
      }
      if (matches(affix)) return make_bool(true);
    }
    return make_bool(false);
  }
  if (!buffer_view(args[0], affix)) {
    throw_type_error(
        format("%s first arg must be bytes or a tuple of bytes, not %s", name, type_name(args[0]).c_str()));
  }
  return make_bool(matches(affix));
}

Value bytes_startswith(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_affix_impl("startswith", self, args, nargs, kwnames, false);
}
Value bytes_endswith(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_affix_impl("endswith", self, args, nargs, kwnames, true);
}

Value bytes_hex(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"hex", {"sep", "bytes_per_sep"}, 0, 0}, args, nargs, kwnames, bound);
  return wrap(make_ascii_str(hex_with_separator(view_of(self), bound[0], bound[1], false)));
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value bytes_fromhex(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  one_argument(cls.is(wrap(&bytearray_type)) ? "bytearray.fromhex" : "bytes.fromhex", nargs, kwnames);
  if (!is_str(args[0])) throw_type_error("fromhex() argument must be str, not " + type_name(args[0]));
  Str* text = args[0].as<Str>();
  std::string_view s = text->view();
  std::string out;
  size_t i = 0;
  auto position = [&](size_t byte_offset) { return str_index_of_offset(text, byte_offset); };
  while (i < s.size()) {
    if (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')) {
      ++i;
      continue;
    }
    int high = hex_digit(s[i]);
    if (high < 0) {
      throw_value_error(format("non-hexadecimal number found in fromhex() arg at position %zu", position(i)));
    }
    int low = i + 1 < s.size() ? hex_digit(s[i + 1]) : -1;
    if (low < 0) {
      throw_value_error(
          format("non-hexadecimal number found in fromhex() arg at position %zu", position(i + 1)));
    }
    out.push_back(static_cast<char>(high * 16 + low));
    i += 2;
  }
  Value result = wrap(make_bytes(out));
  if (cls.is(wrap(&bytes_type))) return result;
  if (cls.is(wrap(&bytearray_type))) return wrap(make_bytearray(out));
  return call(cls, {result});
}

Value bytes_case(Value self, size_t nargs, Tuple* kwnames, const char* name, int mode) {
  no_arguments(name, nargs, kwnames);
  std::string out(view_of(self));
  for (char& c : out) {
    bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
    if ((mode == 0 || mode == 2) && lower)
      c = static_cast<char>(c - 32);
    else if ((mode == 1 || mode == 2) && upper)
      c = static_cast<char>(c + 32);
  }
  return same_kind(self, out);
}

Value bytes_upper(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return bytes_case(self, nargs, kwnames, "bytes.upper", 0);
}
Value bytes_lower(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return bytes_case(self, nargs, kwnames, "bytes.lower", 1);
}
Value bytes_swapcase(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return bytes_case(self, nargs, kwnames, "bytes.swapcase", 2);
}

template <bool (*Predicate)(unsigned char)>
Value bytes_all(Value self, size_t nargs, Tuple* kwnames, const char* name) {
  no_arguments(name, nargs, kwnames);
  std::string_view data = view_of(self);
  if (data.empty()) return make_bool(false);
  for (char c : data) {
    if (!Predicate(static_cast<unsigned char>(c))) return make_bool(false);
  }
  return make_bool(true);
}

bool byte_is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool byte_is_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool byte_is_alnum(unsigned char c) { return byte_is_digit(c) || byte_is_alpha(c); }
bool byte_is_space(unsigned char c) { return is_ascii_space(static_cast<char>(c)); }

Value bytes_isdigit(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return bytes_all<byte_is_digit>(self, nargs, kwnames, "bytes.isdigit");
}
Value bytes_isalpha(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return bytes_all<byte_is_alpha>(self, nargs, kwnames, "bytes.isalpha");
}
Value bytes_isalnum(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return bytes_all<byte_is_alnum>(self, nargs, kwnames, "bytes.isalnum");
}
Value bytes_isspace(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return bytes_all<byte_is_space>(self, nargs, kwnames, "bytes.isspace");
}

Value bytes_justify(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames,
                    char align) {
  no_keywords(kind_name(self), name, kwnames);
  expected_arguments(name, nargs, 1, 2);
  std::string_view data = view_of(self);
  int64_t width = index_argument(args[0]);
  char fill = ' ';
  if (nargs > 1) {
    std::string_view f;
    if (!bytes_like_view(args[1], f) || f.size() != 1) {
      throw_type_error(format("%s() argument 2 must be a byte string of length 1, not %s", name,
                              argument_type_name(args[1]).c_str()));
    }
    fill = f[0];
  }
  int64_t extra = width - static_cast<int64_t>(data.size());
  if (extra <= 0) return unchanged(self);
  int64_t left = align == '<' ? 0 : align == '>' ? extra : extra / 2 + (extra & width & 1);
  std::string out(static_cast<size_t>(left), fill);
  out.append(data).append(static_cast<size_t>(extra - left), fill);
  return same_kind(self, out);
}

Value bytes_center(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_justify("center", self, args, nargs, kwnames, '^');
}
Value bytes_ljust(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_justify("ljust", self, args, nargs, kwnames, '<');
}
Value bytes_rjust(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_justify("rjust", self, args, nargs, kwnames, '>');
}

Value bytes_partition_impl(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames,
                           bool reverse) {
  one_argument(qualified(self, name).c_str(), nargs, kwnames);
  std::string_view data = view_of(self);
  std::string_view sep = bytes_argument(args[0]);
  if (sep.empty()) throw_value_error("empty separator");
  size_t at = reverse ? data.rfind(sep) : data.find(sep);
  if (at == std::string_view::npos) {
    Value whole = same_kind(self, data), empty = same_kind(self, "");
    return wrap(reverse ? make_tuple({empty, same_kind(self, ""), whole})
                        : make_tuple({whole, empty, same_kind(self, "")}));
  }
  // bytes gives back the separator object itself; bytearray copies it.
  Value separator = is_bytearray(self) ? same_kind(self, sep) : args[0];
  return wrap(make_tuple({same_kind(self, data.substr(0, at)), separator,
                          same_kind(self, data.substr(at + sep.size()))}));
}

Value bytes_partition(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_partition_impl("partition", self, args, nargs, kwnames, false);
}
Value bytes_rpartition(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_partition_impl("rpartition", self, args, nargs, kwnames, true);
}

Value bytes_dunder_bytes(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("bytes.__bytes__", nargs, kwnames);
  if (self.as_object()->type == &bytes_type) return self;
  return wrap(make_bytes(view_of(self)));
}

Value bytes_getnewargs(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("bytes.__getnewargs__", nargs, kwnames);
  return wrap(make_tuple({wrap(make_bytes(view_of(self)))}));
}

Value bytearray_insert(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_keywords("bytearray", "insert", kwnames);
  expected_arguments("insert", nargs, 2, 2);
  auto* a = self.as<ByteArray>();
  int64_t i = index_argument(args[0]);
  char c = static_cast<char>(byte_value(args[1]));
  auto size = static_cast<int64_t>(a->size);
  if (i < 0) i = std::max<int64_t>(i + size, 0);
  if (i > size) i = size;
  check_resizable(a, a->size + 1);
  bytearray_reserve(a, a->size + 1);
  std::memmove(a->items + i + 1, a->items + i, a->size - static_cast<size_t>(i));
  a->items[i] = c;
  a->items[++a->size] = '\0';
  return none();
}

Value bytearray_remove(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_argument("bytearray.remove", nargs, kwnames);
  auto* a = self.as<ByteArray>();
  char c = static_cast<char>(byte_value(args[0]));
  std::string_view data = view_of(self);
  size_t at = data.find(c);
  if (at == std::string_view::npos) throw_value_error("value not found in bytearray");
  check_resizable(a, a->size - 1);
  std::memmove(a->items + at, a->items + at + 1, a->size - at - 1);
  a->items[--a->size] = '\0';
  return none();
}

Value bytearray_reverse(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("bytearray.reverse", nargs, kwnames);
  auto* a = self.as<ByteArray>();
  if (a->size) std::reverse(a->items, a->items + a->size);
  return none();
}

Value bytes_isascii(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("bytes.isascii", nargs, kwnames);
  for (char c : view_of(self)) {
    if (static_cast<unsigned char>(c) >= 0x80) return make_bool(false);
  }
  return make_bool(true);
}

// istitle: some cased byte, upper case only after an uncased one, lower case only after a cased one.
Value bytes_istitle(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("bytes.istitle", nargs, kwnames);
  bool cased = false, previous_cased = false;
  for (char c : view_of(self)) {
    bool is_lower = c >= 'a' && c <= 'z', is_upper = c >= 'A' && c <= 'Z';
    if ((is_upper && previous_cased) || (is_lower && !previous_cased)) return make_bool(false);
    cased = cased || is_upper;
    previous_cased = is_lower || is_upper;
  }
  return make_bool(cased);
}

// islower/isupper: some cased byte, and none of the other case.
Value bytes_case_check(Value self, size_t nargs, Tuple* kwnames, const char* name, bool lower) {
  no_arguments(name, nargs, kwnames);
  bool cased = false;
  for (char c : view_of(self)) {
    bool is_lower = c >= 'a' && c <= 'z', is_upper = c >= 'A' && c <= 'Z';
    if (lower ? is_upper : is_lower) return make_bool(false);
    cased = cased || (lower ? is_lower : is_upper);
  }
  return make_bool(cased);
}

Value bytes_islower(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return bytes_case_check(self, nargs, kwnames, "bytes.islower", true);
}
Value bytes_isupper(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return bytes_case_check(self, nargs, kwnames, "bytes.isupper", false);
}

Value bytes_remove_affix(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames,
                         bool suffix) {
  one_argument(qualified(self, name).c_str(), nargs, kwnames);
  std::string_view data = view_of(self);
  std::string_view affix = bytes_argument(args[0]);
  if (!affix.empty() && suffix && data.ends_with(affix))
    return same_kind(self, data.substr(0, data.size() - affix.size()));
  if (!affix.empty() && !suffix && data.starts_with(affix)) return same_kind(self, data.substr(affix.size()));
  return unchanged(self);
}

Value bytes_removeprefix(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_remove_affix("removeprefix", self, args, nargs, kwnames, false);
}
Value bytes_removesuffix(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_remove_affix("removesuffix", self, args, nargs, kwnames, true);
}

Value bytes_splitlines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"splitlines", {"keepends"}, 0, 0}, args, nargs, kwnames, bound);
  bool keepends = !bound[0].is_null() && int_sign(index_value(bound[0])) != 0;
  std::string_view data = view_of(self);
  List* result = make_list();
  size_t pos = 0;
  while (pos < data.size()) {
    size_t eol = data.find_first_of("\r\n", pos);
    size_t next = eol == std::string_view::npos ? data.size() : eol + 1;
    if (eol == std::string_view::npos) eol = data.size();
    if (eol < data.size() && data[eol] == '\r' && next < data.size() && data[next] == '\n') ++next;
    list_append(result, same_kind(self, data.substr(pos, (keepends ? next : eol) - pos)));
    pos = next;
  }
  return wrap(result);
}

Value bytes_zfill(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_argument(qualified(self, "zfill").c_str(), nargs, kwnames);
  std::string_view data = view_of(self);
  int64_t extra = index_argument(args[0]) - static_cast<int64_t>(data.size());
  if (extra <= 0) return unchanged(self);
  std::string out;
  size_t body = !data.empty() && (data[0] == '+' || data[0] == '-') ? 1 : 0;
  out.append(data.substr(0, body)).append(static_cast<size_t>(extra), '0').append(data.substr(body));
  return same_kind(self, out);
}

Value bytes_dunder_add(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_keywords(kind_name(self), "__add__", kwnames);
  expected_arguments("__add__", nargs, 1, 1);
  return bytes_concat(self, args[0]);
}

Value bytes_dunder_mul(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_keywords(kind_name(self), "__mul__", kwnames);
  expected_arguments("__mul__", nargs, 1, 1);
  return bytes_repeat(self, args[0]);
}

Value bytes_maketrans(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_keywords("bytes", "maketrans", kwnames);
  expected_arguments("maketrans", nargs, 2, 2);
  std::string_view from = bytes_argument(args[0]);
  std::string_view to = bytes_argument(args[1]);
  if (from.size() != to.size()) throw_value_error("maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[static_cast<size_t>(i)] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return wrap(make_bytes(table));
}

Value bytes_translate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs == 0) throw_type_error("translate() takes at least 1 positional argument (0 given)");
  Value bound[2];
  bind_arguments({"translate", {"table", "delete"}, 1, 1}, args, nargs, kwnames, bound);
  std::string_view table;
  bool identity = is_none(bound[0]);
  if (!identity) {
    table = bytes_argument(bound[0]);
    if (table.size() != 256) throw_value_error("translation table must be 256 characters long");
  }
  std::string_view remove = bound[1].is_null() ? std::string_view() : bytes_argument(bound[1]);
  std::string out;
  for (char c : view_of(self)) {
    if (remove.find(c) != std::string_view::npos) continue;
    out.push_back(identity ? c : table[static_cast<unsigned char>(c)]);
  }
  if (out == view_of(self)) return unchanged(self);
  return same_kind(self, out);
}

// title() and capitalize() on ASCII letters.
Value bytes_title(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("bytes.title", nargs, kwnames);
  std::string out(view_of(self));
  bool previous_cased = false;
  for (char& c : out) {
    bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
    if (lower && !previous_cased)
      c = static_cast<char>(c - 32);
    else if (upper && previous_cased)
      c = static_cast<char>(c + 32);
    previous_cased = lower || upper;
  }
  return same_kind(self, out);
}

Value bytes_capitalize(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("bytes.capitalize", nargs, kwnames);
  std::string out(view_of(self));
  for (size_t i = 0; i < out.size(); ++i) {
    char& c = out[i];
    if (i == 0 && c >= 'a' && c <= 'z')
      c = static_cast<char>(c - 32);
    else if (i > 0 && c >= 'A' && c <= 'Z')
      c = static_cast<char>(c + 32);
  }
  return same_kind(self, out);
}

Value bytes_expandtabs(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"expandtabs", {"tabsize"}, 0, 0}, args, nargs, kwnames, bound);
  int64_t tabsize = bound[0].is_null() ? 8 : index_argument(bound[0]);
  std::string out;
  int64_t column = 0;
  for (char c : view_of(self)) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        out.append(static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      out.push_back(c);
      column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
  }
  return same_kind(self, out);
}

void add_shared_methods(Type* type) {
  add_methods(type, {
                        {"__add__", bytes_dunder_add},
                        {"__mul__", bytes_dunder_mul},
                        {"__rmul__", bytes_dunder_mul},
                        {"decode", bytes_decode},
                        {"join", bytes_join},
                        {"split", bytes_split},
                        {"rsplit", bytes_rsplit},
                        {"strip", bytes_strip},
                        {"lstrip", bytes_lstrip},
                        {"rstrip", bytes_rstrip},
                        {"replace", bytes_replace},
                        {"find", bytes_find, kMethodVarargs},
                        {"rfind", bytes_rfind, kMethodVarargs},
                        {"index", bytes_index, kMethodVarargs},
                        {"rindex", bytes_rindex, kMethodVarargs},
                        {"count", bytes_count, kMethodVarargs},
                        {"startswith", bytes_startswith, kMethodVarargs},
                        {"endswith", bytes_endswith, kMethodVarargs},
                        {"partition", bytes_partition},
                        {"rpartition", bytes_rpartition},
                        {"hex", bytes_hex},
                        {"fromhex", bytes_fromhex, kMethodClass},
                        {"upper", bytes_upper},
                        {"lower", bytes_lower},
                        {"swapcase", bytes_swapcase},
                        {"isdigit", bytes_isdigit},
                        {"isalpha", bytes_isalpha},
                        {"isalnum", bytes_isalnum},
                        {"isspace", bytes_isspace},
                        {"center", bytes_center},
                        {"ljust", bytes_ljust},
                        {"rjust", bytes_rjust},
                        {"isascii", bytes_isascii},
                        {"islower", bytes_islower},
                        {"isupper", bytes_isupper},
                        {"istitle", bytes_istitle},
                        {"removeprefix", bytes_removeprefix},
                        {"removesuffix", bytes_removesuffix},
                        {"splitlines", bytes_splitlines},
                        {"zfill", bytes_zfill},
                        {"maketrans", bytes_maketrans, kMethodStatic},
                        {"translate", bytes_translate},
                        {"title", bytes_title},
                        {"capitalize", bytes_capitalize},
                        {"expandtabs", bytes_expandtabs},
                    });
}

void set_sequence_slots(Type* type) {
  type->richcompare = bytes_richcompare;
  type->len = bytes_len;
  type->contains = bytes_contains;
  type->getitem = bytes_getitem;
  type->concat = bytes_concat;
  type->repeat = bytes_repeat;
  type->number[static_cast<int>(BinaryOp::Remainder)] = bytes_remainder;
}

}  // namespace

void init_bytes_types() {
  set_sequence_slots(&bytes_type);
  bytes_type.repr = bytes_repr_slot;
  bytes_type.str = bytes_repr_slot;
  bytes_type.hash = bytes_hash_slot;
  bytes_type.iter = bytes_iter;
  bytes_type.new_instance = bytes_new;
  bytes_type.item_size = 1;
  init_static_type(&bytes_type, "bytes", nullptr, sizeof(Bytes),
                   kTypeBaseType | kTypeImmutable | kTypeBytesSubclass);
  add_shared_methods(&bytes_type);
  add_methods(&bytes_type, {{"__getnewargs__", bytes_getnewargs}, {"__bytes__", bytes_dunder_bytes}});

  set_sequence_slots(&bytearray_type);
  bytearray_type.repr = bytearray_repr_slot;
  bytearray_type.str = bytearray_repr_slot;
  bytearray_type.iter = bytearray_iter;
  bytearray_type.setitem = bytearray_setitem;
  bytearray_type.new_instance = bytearray_new;
  bytearray_type.init = bytearray_init;
  bytearray_type.inplace[static_cast<int>(BinaryOp::Add)] = bytearray_inplace_add;
  bytearray_type.inplace[static_cast<int>(BinaryOp::Multiply)] = bytearray_inplace_multiply;
  init_static_type(&bytearray_type, "bytearray", nullptr, sizeof(ByteArray), kTypeBaseType | kTypeImmutable);
  add_shared_methods(&bytearray_type);
  add_methods(&bytearray_type, {
                                   {"append", bytearray_append},
                                   {"extend", bytearray_extend},
                                   {"pop", bytearray_pop},
                                   {"clear", bytearray_clear},
                                   {"copy", bytearray_copy},
                                   {"insert", bytearray_insert},
                                   {"remove", bytearray_remove},
                                   {"reverse", bytearray_reverse},
                                   {"__alloc__", bytearray_alloc},
                                   {"__imul__", bytearray_dunder_imul},
                                   {"__reduce__", bytearray_reduce},
                                   {"__reduce_ex__", bytearray_reduce_ex},
                               });
  make_unhashable(&bytearray_type);

  for (Type* type : {&bytes_iterator_type, &bytearray_iterator_type}) {
    type->iter = iterator_self;
    type->next = bytes_iterator_next;
    init_static_type(type, type == &bytes_iterator_type ? "bytes_iterator" : "bytearray_iterator", nullptr,
                     sizeof(BytesIterator), kTypeImmutable);
    type->new_instance = nullptr;  // made only by the runtime, as CPython's
    add_methods(type, {
                          {"__length_hint__", bytes_iterator_length_hint},
                          {"__reduce__", bytes_iterator_reduce},
                          {"__setstate__", bytes_iterator_setstate},
                      });
  }
}

}  // namespace krait
