// memoryview over bytes and bytearray: one dimension, an offset, a length and
// a stride into the exporter's data, so that slices are views, not copies.
// cast() reinterprets a C-contiguous view as another native single-character
// format (CPython's struct-module letters with native size and alignment).
//
// A bytearray may change size under its views (CPython refuses while views
// are exported, but without reference counts a view nobody references any
// more cannot be told from a live one): a view re-reads the bytearray's
// buffer and size at every access, so it stays memory-safe.
#include "objects/memoryview.h"

#include <gmp.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/siphash.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

Type memoryview_type;
Type memory_iterator_type;

namespace {

struct MemoryView : Object {
  Value obj;         // the exporter: a bytes or a bytearray (shared by derived views)
  int64_t offset;    // bytes from the start of obj's data to item 0
  int64_t length;    // shape[0]
  int64_t stride;    // strides[0], in bytes (negative for reversed slices)
  int64_t itemsize;
  int64_t hash;      // -1 until computed
  char format[3];    // as given to cast(): "B", "h", "@i" …
  bool readonly;
  bool released;
};

Value wrap(Object* o) { return Value::from_object(o); }

[[noreturn]] void throw_released() { throw_value_error("operation forbidden on released memoryview object"); }

// Whether the view is past use: released, or reaching beyond its bytearray's
// data since the bytearray shrank under it (which then counts as released).
bool unusable(const MemoryView* v) {
  if (v->released) return true;
  if (!is_bytearray(v->obj) || v->length == 0) return false;
  int64_t first = v->offset;
  int64_t last = v->offset + (v->length - 1) * v->stride;
  int64_t size = static_cast<int64_t>(v->obj.as<ByteArray>()->size);
  return std::min(first, last) < 0 || std::max(first, last) + v->itemsize > size;
}

MemoryView* checked(Value self) {
  auto* v = self.as<MemoryView>();
  if (unusable(v)) throw_released();
  return v;
}

// The format letter without its optional '@'.
char format_letter(const MemoryView* v) { return v->format[0] == '@' ? v->format[1] : v->format[0]; }

// Native sizes of the formats cast() accepts; 0 for anything else.
int64_t native_item_size(char letter) {
  switch (letter) {
    case 'b': case 'B': case 'c': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'P': case 'd': return 8;
    default: return 0;
  }
}

bool is_byte_format(char letter) { return letter == 'b' || letter == 'B' || letter == 'c'; }

char* exporter_data(Value obj) {
  if (is_bytearray(obj)) return obj.as<ByteArray>()->items;
  return obj.as<Bytes>()->data();
}

char* item_address(const MemoryView* v, int64_t index) {
  return exporter_data(v->obj) + v->offset + index * v->stride;
}

// CPython's flags for one dimension: C- and Fortran-contiguous alike.
bool contiguous(const MemoryView* v) { return v->length == 1 || v->stride == v->itemsize; }

MemoryView* new_view(Value obj, bool readonly) {
  auto* v = static_cast<MemoryView*>(gc_alloc(sizeof(MemoryView)));
  v->type = &memoryview_type;
  v->obj = obj;
  v->hash = -1;
  v->readonly = readonly;
  v->released = false;
  return v;
}

MemoryView* copy_view(const MemoryView* from) {
  MemoryView* v = new_view(from->obj, from->readonly);
  v->offset = from->offset;
  v->length = from->length;
  v->stride = from->stride;
  v->itemsize = from->itemsize;
  std::memcpy(v->format, from->format, sizeof v->format);
  return v;
}

// --- Items ---

template <class T>
T load(const char* p) {
  T value;
  std::memcpy(&value, p, sizeof value);
  return value;
}

template <class T>
void store(char* p, T value) {
  std::memcpy(p, &value, sizeof value);
}

Value unpack_item(char letter, const char* p) {
  switch (letter) {
    case 'b': return make_int(load<int8_t>(p));
    case 'B': return make_int(load<uint8_t>(p));
    case 'c': return wrap(make_bytes(std::string_view(p, 1)));
    case '?': return make_bool(load<uint8_t>(p) != 0);
    case 'h': return make_int(load<int16_t>(p));
    case 'H': return make_int(load<uint16_t>(p));
    case 'i': return make_int(load<int32_t>(p));
    case 'I': return make_int(load<uint32_t>(p));
    case 'l': case 'q': case 'n': return make_int(load<int64_t>(p));
    case 'f': return make_float(load<float>(p));
    case 'd': return make_float(load<double>(p));
    default: return make_int_from_unsigned(load<uint64_t>(p));  // L Q N P
  }
}

[[noreturn]] void invalid_type(char letter) {
  throw_type_error(format("memoryview: invalid type for format '%c'", letter));
}
[[noreturn]] void invalid_value(char letter) {
  throw_value_error(format("memoryview: invalid value for format '%c'", letter));
}

// Runs a conversion, turning its TypeError into "invalid type" and its
// OverflowError or ValueError into "invalid value", as CPython's pack_single.
template <class Convert>
auto converted(char letter, Convert convert) {
  try {
    return convert();
  } catch (PyException&) {
    if (current_exception_matches(&exc_TypeError)) {
      clear_current_exception();
      invalid_type(letter);
    }
    if (current_exception_matches(&exc_OverflowError) || current_exception_matches(&exc_ValueError)) {
      clear_current_exception();
      invalid_value(letter);
    }
    throw;
  }
}

// An int's value as uint64; false when negative or too large.
bool int_to_uint64(Value n, uint64_t& out) {
  int64_t small;
  if (int_to_int64(n, small)) {
    out = static_cast<uint64_t>(small);
    return small >= 0;
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(n, z);
  bool fits = mpz_sgn(z) > 0 && mpz_sizeinbase(z, 2) <= 64;
  if (fits) out = mpz_get_ui(z);
  mpz_clear(z);
  return fits;
}

void pack_signed(char letter, char* p, int64_t value) {
  switch (letter) {
    case 'b':
      if (value < INT8_MIN || value > INT8_MAX) invalid_value(letter);
      return store(p, static_cast<int8_t>(value));
    case 'h':
      if (value < INT16_MIN || value > INT16_MAX) invalid_value(letter);
      return store(p, static_cast<int16_t>(value));
    case 'i':
      if (value < INT32_MIN || value > INT32_MAX) invalid_value(letter);
      return store(p, static_cast<int32_t>(value));
    default: return store(p, value);
  }
}

void pack_unsigned(char letter, char* p, uint64_t value) {
  switch (letter) {
    case 'B':
      if (value > UINT8_MAX) invalid_value(letter);
      return store(p, static_cast<uint8_t>(value));
    case 'H':
      if (value > UINT16_MAX) invalid_value(letter);
      return store(p, static_cast<uint16_t>(value));
    case 'I':
      if (value > UINT32_MAX) invalid_value(letter);
      return store(p, static_cast<uint32_t>(value));
    default: return store(p, value);
  }
}

void pack_item(char letter, char* p, Value item) {
  switch (letter) {
    case 'c': {
      if (!is_bytes(item)) invalid_type(letter);
      auto* b = item.as<Bytes>();
      if (b->size != 1) invalid_value(letter);
      *p = b->data()[0];
      return;
    }
    case '?': store(p, static_cast<uint8_t>(truthy(item))); return;
    case 'f': store(p, static_cast<float>(converted(letter, [&] { return as_double(item); }))); return;
    case 'd': store(p, converted(letter, [&] { return as_double(item); })); return;
    case 'P': {
      // A pointer takes ints only (no __index__), negative ones as their two's complement.
      if (!is_int(item)) invalid_type(letter);
      int64_t negative;
      uint64_t value;
      if (int_sign(item) < 0 && int_to_int64(item, negative)) {
        store(p, static_cast<uint64_t>(negative));
      } else if (int_to_uint64(item, value)) {
        store(p, value);
      } else {
        invalid_value(letter);
      }
      return;
    }
    default: break;
  }
  Value n = converted(letter, [&] { return index_value(item); });
  if (letter == 'b' || letter == 'h' || letter == 'i' || letter == 'l' || letter == 'q' || letter == 'n') {
    int64_t value;
    if (!int_to_int64(n, value)) invalid_value(letter);
    pack_signed(letter, p, value);
    return;
  }
  uint64_t value;
  if (!int_to_uint64(n, value)) invalid_value(letter);
  pack_unsigned(letter, p, value);
}

// An item as compared by ==: ints and bools as numbers, floats as reals,
// 'c' items as bytes (equal only to bytes).
struct Scalar {
  enum Kind { Integer, Real, Byte } kind;
  __int128 integer;
  double real;
};

Scalar scalar_at(char letter, const char* p) {
  switch (letter) {
    case 'c': return {Scalar::Byte, load<uint8_t>(p), 0};
    case 'f': return {Scalar::Real, 0, load<float>(p)};
    case 'd': return {Scalar::Real, 0, load<double>(p)};
    case '?': return {Scalar::Integer, load<uint8_t>(p) != 0, 0};
    case 'b': return {Scalar::Integer, load<int8_t>(p), 0};
    case 'B': return {Scalar::Integer, load<uint8_t>(p), 0};
    case 'h': return {Scalar::Integer, load<int16_t>(p), 0};
    case 'H': return {Scalar::Integer, load<uint16_t>(p), 0};
    case 'i': return {Scalar::Integer, load<int32_t>(p), 0};
    case 'I': return {Scalar::Integer, load<uint32_t>(p), 0};
    case 'l': case 'q': case 'n': return {Scalar::Integer, load<int64_t>(p), 0};
    default: return {Scalar::Integer, load<uint64_t>(p), 0};
  }
}

// An integer equals a real only when the real is exactly that integer.
bool integer_equals_real(__int128 integer, double real) {
  if (!(real >= -0x1p127 && real < 0x1p127) || real != static_cast<double>(static_cast<__int128>(real))) return false;
  return static_cast<__int128>(real) == integer;
}

bool scalars_equal(const Scalar& a, const Scalar& b) {
  if (a.kind == Scalar::Byte || b.kind == Scalar::Byte) return a.kind == b.kind && a.integer == b.integer;
  if (a.kind == Scalar::Real && b.kind == Scalar::Real) return a.real == b.real;
  if (a.kind == Scalar::Real) return integer_equals_real(b.integer, a.real);
  if (b.kind == Scalar::Real) return integer_equals_real(a.integer, b.real);
  return a.integer == b.integer;
}

// One dimension of items anywhere: a view, or a bytes-like object seen as format 'B'.
struct Span {
  const char* base;
  int64_t length;
  int64_t stride;
  int64_t itemsize;
  char letter;
  std::string_view format;  // without '@'
};

Span span_of(const MemoryView* v) {
  std::string_view format(v->format);
  if (format.starts_with('@')) format.remove_prefix(1);
  return {item_address(v, 0), v->length, v->stride, v->itemsize, format_letter(v), format};
}

Span span_of_bytes(std::string_view data) {
  return {data.data(), static_cast<int64_t>(data.size()), 1, 1, 'B', "B"};
}

// The source of a slice assignment or comparison: a view or a bytes-like object.
bool span_of_buffer(Value v, Span& out) {
  if (is_memoryview(v)) {
    out = span_of(checked(v));
    return true;
  }
  std::string_view data;
  if (!bytes_like_view(v, data)) return false;
  out = span_of_bytes(data);
  return true;
}

bool spans_equal(const Span& a, const Span& b) {
  if (a.length != b.length) return false;
  for (int64_t i = 0; i < a.length; ++i) {
    if (!scalars_equal(scalar_at(a.letter, a.base + i * a.stride), scalar_at(b.letter, b.base + i * b.stride)))
      return false;
  }
  return true;
}

std::string gather(const Span& s) {
  std::string out;
  out.reserve(static_cast<size_t>(s.length * s.itemsize));
  for (int64_t i = 0; i < s.length; ++i) out.append(s.base + i * s.stride, static_cast<size_t>(s.itemsize));
  return out;
}

// --- Indexing ---

int64_t checked_index(const MemoryView* v, int64_t index) {
  if (index < 0) index += v->length;
  if (index < 0 || index >= v->length) throw_index_error("index out of bounds on dimension 1");
  return index;
}

bool is_index_like(Value v) { return v.is_small_int() || type_of(v)->index; }

// CPython's multi-index: a tuple whose items all have __index__ (the empty tuple too).
bool is_multi_index(Value key) {
  if (!is_instance_of(key, &tuple_type)) return false;
  Tuple* t = key.as<Tuple>();
  for (size_t i = 0; i < t->size; ++i) {
    if (!is_index_like((*t)[i])) return false;
  }
  return true;
}

bool is_multi_slice(Value key) {
  if (!is_instance_of(key, &tuple_type)) return false;
  Tuple* t = key.as<Tuple>();
  if (t->size == 0) return false;
  for (size_t i = 0; i < t->size; ++i) {
    if (!is_slice((*t)[i])) return false;
  }
  return true;
}

// The item a one-element index tuple names (sub-views and more indices are errors).
int64_t tuple_index(const MemoryView* v, Value key) {
  Tuple* t = key.as<Tuple>();
  if (t->size < 1) raise(&exc_NotImplementedError, "sub-views are not implemented");
  if (t->size > 1) throw_type_error(format("cannot index 1-dimension view with %zu-element tuple", t->size));
  int64_t index = 0;
  subscript_index((*t)[0], &index);
  return checked_index(v, index);
}

// The geometry of v[start:stop:step] (an empty slice keeps v's offset, so
// that no address outside the data is ever formed).
void apply_slice(MemoryView* sliced, const MemoryView* v, const SliceBounds& bounds) {
  sliced->length = bounds.count < 0 ? 0 : bounds.count;
  sliced->offset = sliced->length ? v->offset + bounds.start * v->stride : v->offset;
  sliced->stride = v->stride * bounds.step;
}

MemoryView* slice_view(const MemoryView* v, const SliceBounds& bounds) {
  MemoryView* sliced = copy_view(v);
  apply_slice(sliced, v, bounds);
  return sliced;
}

Value memoryview_getitem(Value self, Value key) {
  MemoryView* v = checked(self);
  int64_t index;
  if (subscript_index(key, &index)) return unpack_item(format_letter(v), item_address(v, checked_index(v, index)));
  SliceBounds bounds;
  if (unpack_slice(key, v->length, bounds)) return wrap(slice_view(v, bounds));
  if (is_multi_index(key)) return unpack_item(format_letter(v), item_address(v, tuple_index(v, key)));
  if (is_multi_slice(key)) raise(&exc_NotImplementedError, "multi-dimensional slicing is not implemented");
  throw_type_error("memoryview: invalid slice key");
}

void assign_slice(MemoryView* v, Value key, Value value) {
  Span source;
  if (!span_of_buffer(value, source)) {
    throw_type_error("a bytes-like object is required, not '" + type_name(value) + "'");
  }
  SliceBounds bounds;
  unpack_slice(key, v->length, bounds);
  MemoryView target = *v;  // a description only: not an export of its own
  apply_slice(&target, v, bounds);
  Span dest = span_of(&target);
  if (dest.format != source.format || dest.itemsize != source.itemsize || dest.length != source.length) {
    throw_value_error("memoryview assignment: lvalue and rvalue have different structures");
  }
  // Copied out first: source and destination may overlap.
  std::string items = gather(source);
  for (int64_t i = 0; i < dest.length; ++i) {
    std::memcpy(const_cast<char*>(dest.base) + i * dest.stride, items.data() + i * dest.itemsize,
                static_cast<size_t>(dest.itemsize));
  }
}

void memoryview_setitem(Value self, Value key, Value value) {
  MemoryView* v = checked(self);
  if (v->readonly) throw_type_error("cannot modify read-only memory");
  if (value.is_null()) throw_type_error("cannot delete memory");
  int64_t index;
  if (subscript_index(key, &index)) {
    pack_item(format_letter(v), item_address(v, checked_index(v, index)), value);
    return;
  }
  if (is_slice(key)) {
    assign_slice(v, key, value);
    return;
  }
  if (is_multi_index(key)) {
    pack_item(format_letter(v), item_address(v, tuple_index(v, key)), value);
    return;
  }
  if (is_multi_slice(key)) {
    raise(&exc_NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
  }
  throw_type_error("memoryview: invalid slice key");
}

// --- Slots ---

Value memoryview_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  // CPython parses this one with PyArg_ParseTupleAndKeywords: its wording,
  // and a missing argument reported before an unknown keyword.
  size_t given = nargs + (kwnames ? kwnames->size : 0);
  if (given > 1) throw_type_error(format("memoryview() takes at most 1 argument (%zu given)", given));
  Value source = nargs ? args[0] : Value::null();
  if (given == 1 && nargs == 0 && str_view((*kwnames)[0]) == "object") source = args[0];
  if (source.is_null()) throw_type_error("memoryview() missing required argument 'object' (pos 1)");
  if (is_memoryview(source)) return wrap(copy_view(checked(source)));
  bool writable = is_bytearray(source);
  if (!writable && !is_bytes(source)) {
    throw_type_error("memoryview: a bytes-like object is required, not '" + type_name(source) + "'");
  }
  std::string_view data;
  bytes_like_view(source, data);
  MemoryView* v = new_view(source, !writable);
  v->offset = 0;
  v->length = static_cast<int64_t>(data.size());
  v->stride = v->itemsize = 1;
  std::memcpy(v->format, "B", 2);
  return wrap(v);
}

Value memoryview_repr(Value self) {
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(self.as_object()));
  return str_result(std::string(self.as<MemoryView>()->released ? "<released memory at " : "<memory at ") +
                    address + ">");
}

int64_t memoryview_hash(Value self) {
  auto* v = self.as<MemoryView>();
  if (v->hash != -1) return v->hash;
  checked(self);
  if (!v->readonly) throw_value_error("cannot hash writable memoryview object");
  if (!is_byte_format(format_letter(v))) {
    throw_value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  }
  hash(v->obj);  // an unhashable exporter makes the view unhashable too
  std::string data = gather(span_of(v));
  v->hash = hash_bytes(data.data(), data.size());
  return v->hash;
}

Value memoryview_richcompare(Value self, Value other, CompareOp op) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return not_implemented();
  auto* v = self.as<MemoryView>();
  bool equal;
  if (unusable(v) || (is_memoryview(other) && unusable(other.as<MemoryView>()))) {
    equal = self.is(other);  // a released view equals only itself
  } else {
    Span theirs;
    if (!span_of_buffer(other, theirs)) return not_implemented();
    equal = spans_equal(span_of(v), theirs);
  }
  return make_bool(op == CompareOp::Eq ? equal : !equal);
}

int64_t memoryview_len(Value self) { return checked(self)->length; }

// --- Iteration ---

struct MemoryIterator : Object {
  Value view;  // null once exhausted
  int64_t index;
};

Value memoryview_iter(Value self) {
  checked(self);
  auto* it = static_cast<MemoryIterator*>(gc_alloc(sizeof(MemoryIterator)));
  it->type = &memory_iterator_type;
  it->view = self;
  it->index = 0;
  return wrap(it);
}

Value memory_iterator_next(Value self) {
  auto* it = self.as<MemoryIterator>();
  if (it->view.is_null()) return Value::null();
  auto* v = it->view.as<MemoryView>();
  if (it->index >= v->length) {
    it->view = Value::null();
    return Value::null();
  }
  checked(it->view);
  return unpack_item(format_letter(v), item_address(v, it->index++));
}

Value iterator_self(Value self) { return self; }

// --- Methods ---

Value memoryview_tobytes(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"tobytes", {"order"}, 0, 0}, args, nargs, kwnames, bound);
  Value order = bound[0];
  if (!order.is_null() && !is_none(order)) {
    if (!is_str(order)) {
      throw_type_error("tobytes() argument 'order' must be str or None, not " + type_name(order));
    }
    std::string_view text = str_view(order);
    if (text != "C" && text != "F" && text != "A") throw_value_error("order must be 'C', 'F' or 'A'");
  }
  return wrap(make_bytes(memoryview_to_bytes(self)));
}

Value memoryview_tolist(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("memoryview.tolist", nargs, kwnames);
  MemoryView* v = checked(self);
  List* list = make_list();
  for (int64_t i = 0; i < v->length; ++i) list_append(list, unpack_item(format_letter(v), item_address(v, i)));
  return wrap(list);
}

// hex() is bytes.hex() of the view's bytes, with the same arguments.
Value memoryview_hex(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value data = wrap(make_bytes(memoryview_to_bytes(self)));
  static Str* const hex_name = intern("hex");
  return call(getattr(data, hex_name), args, nargs, kwnames);
}

Value memoryview_toreadonly(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("memoryview.toreadonly", nargs, kwnames);
  MemoryView* v = copy_view(checked(self));
  v->readonly = true;
  return wrap(v);
}

Value memoryview_release(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("memoryview.release", nargs, kwnames);
  self.as<MemoryView>()->released = true;
  return none();
}

Value memoryview_enter(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("memoryview.__enter__", nargs, kwnames);
  checked(self);
  return self;
}

Value memoryview_exit(Value self, const Value*, size_t, Tuple* kwnames) {
  no_keywords("memoryview", "__exit__", kwnames);
  self.as<MemoryView>()->released = true;
  return none();
}

// The new shape of cast(): a list or tuple of positive ints whose product
// times the item size is the view's size. Only one dimension is supported.
void check_cast_shape(Value shape, int64_t nbytes, int64_t itemsize) {
  Tuple* items = nullptr;
  List* list_items = nullptr;
  if (is_instance_of(shape, &tuple_type)) {
    items = shape.as<Tuple>();
  } else if (is_instance_of(shape, &list_type)) {
    list_items = shape.as<List>();
  } else {
    throw_type_error("shape must be a list or a tuple");
  }
  size_t ndim = items ? items->size : list_items->size;
  if (ndim > 64) throw_value_error("memoryview: number of dimensions must not exceed 64");
  auto dimension = [&](size_t i) { return items ? (*items)[i] : list_items->items[i]; };
  __int128 product = 1;
  for (size_t i = 0; i < ndim; ++i) {
    Value d = dimension(i);
    if (!is_int(d)) throw_type_error("memoryview.cast(): elements of shape must be integers");
    int64_t n = index_as_ssize(d);
    if (n <= 0) throw_value_error("memoryview.cast(): elements of shape must be integers > 0");
    product *= n;
    if (product > INT64_MAX) throw_value_error("memoryview.cast(): product(shape) > SSIZE_MAX");
  }
  if (product * itemsize != nbytes) throw_type_error("memoryview: product(shape) * itemsize != buffer size");
  if (ndim != 1) {
    raise(&exc_NotImplementedError, "memoryview: casts to other than one dimension are not supported");
  }
}

Value memoryview_cast(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"cast", {"format", "shape"}, 1, 0}, args, nargs, kwnames, bound);
  if (!is_str(bound[0])) throw_type_error("cast() argument 'format' must be str, not " + type_name(bound[0]));
  MemoryView* v = checked(self);
  if (!contiguous(v)) throw_type_error("memoryview: casts are restricted to C-contiguous views");
  Value shape = bound[1];
  if (!shape.is_null() && v->length == 0) {
    throw_type_error("memoryview: cannot cast view with zeros in shape or strides");
  }
  if (!shape.is_null() && !is_instance_of(shape, &tuple_type) && !is_instance_of(shape, &list_type)) {
    throw_type_error("shape must be a list or a tuple");
  }
  Str* format_str = bound[0].as<Str>();
  if (!format_str->is_ascii()) str_encode(format_str, "ascii", "strict");  // raises CPython's UnicodeEncodeError
  std::string_view format = format_str->view();
  std::string_view letter = format.starts_with('@') ? format.substr(1) : format;
  int64_t itemsize = letter.size() == 1 ? native_item_size(letter[0]) : 0;
  if (itemsize == 0) {
    throw_value_error(
        "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  if (!is_byte_format(format_letter(v)) && !is_byte_format(letter[0])) {
    throw_type_error("memoryview: cannot cast between two non-byte formats");
  }
  int64_t nbytes = v->length * v->itemsize;
  if (nbytes % itemsize != 0) throw_type_error("memoryview: length is not a multiple of itemsize");
  if (!shape.is_null()) check_cast_shape(shape, nbytes, itemsize);
  MemoryView* cast = copy_view(v);
  cast->itemsize = cast->stride = itemsize;
  cast->length = nbytes / itemsize;
  std::memset(cast->format, 0, sizeof cast->format);
  std::memcpy(cast->format, format.data(), format.size());
  return wrap(cast);
}

// --- Attributes (all refused once released) ---

Value get_obj(Value self) { return checked(self)->obj; }
Value get_nbytes(Value self) {
  MemoryView* v = checked(self);
  return make_int(v->length * v->itemsize);
}
Value get_readonly(Value self) { return make_bool(checked(self)->readonly); }
Value get_itemsize(Value self) { return make_int(checked(self)->itemsize); }
Value get_format(Value self) { return str_value(checked(self)->format); }
Value get_ndim(Value self) {
  checked(self);
  return Value::from_small_int(1);
}
Value get_shape(Value self) { return wrap(make_tuple({make_int(checked(self)->length)})); }
Value get_strides(Value self) { return wrap(make_tuple({make_int(checked(self)->stride)})); }
Value get_suboffsets(Value self) {
  checked(self);
  return wrap(make_tuple(size_t{0}));
}
Value get_contiguous(Value self) { return make_bool(contiguous(checked(self))); }

}  // namespace

bool is_memoryview(Value v) { return v.is_object() && v.as_object()->type == &memoryview_type; }

bool memoryview_contiguous_data(Value view, std::string_view& out) {
  auto* v = view.as<MemoryView>();
  if (unusable(v) || !contiguous(v)) return false;
  out = {v->length ? item_address(v, 0) : "", static_cast<size_t>(v->length * v->itemsize)};
  return true;
}

std::string memoryview_to_bytes(Value view) { return gather(span_of(checked(view))); }

void init_memoryview_type() {
  memoryview_type.repr = memoryview_repr;
  memoryview_type.hash = memoryview_hash;
  memoryview_type.richcompare = memoryview_richcompare;
  memoryview_type.iter = memoryview_iter;
  memoryview_type.len = memoryview_len;
  memoryview_type.getitem = memoryview_getitem;
  memoryview_type.setitem = memoryview_setitem;
  memoryview_type.new_instance = memoryview_new;
  init_static_type(&memoryview_type, "memoryview", nullptr, sizeof(MemoryView), kTypeImmutable | kTypeSequence);
  add_methods(&memoryview_type, {
                                    {"tobytes", memoryview_tobytes},
                                    {"tolist", memoryview_tolist},
                                    {"hex", memoryview_hex},
                                    {"toreadonly", memoryview_toreadonly},
                                    {"release", memoryview_release},
                                    {"cast", memoryview_cast},
                                    {"__enter__", memoryview_enter},
                                    {"__exit__", memoryview_exit},
                                });
  add_getsets(&memoryview_type, {
                                    {"obj", get_obj},
                                    {"nbytes", get_nbytes},
                                    {"readonly", get_readonly},
                                    {"itemsize", get_itemsize},
                                    {"format", get_format},
                                    {"ndim", get_ndim},
                                    {"shape", get_shape},
                                    {"strides", get_strides},
                                    {"suboffsets", get_suboffsets},
                                    {"c_contiguous", get_contiguous},
                                    {"f_contiguous", get_contiguous},
                                    {"contiguous", get_contiguous},
                                });

  memory_iterator_type.iter = iterator_self;
  memory_iterator_type.next = memory_iterator_next;
  init_static_type(&memory_iterator_type, "memory_iterator", nullptr, sizeof(MemoryIterator), kTypeImmutable);
}

}  // namespace krait
