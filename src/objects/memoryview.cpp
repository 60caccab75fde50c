// memoryview over bytes, bytearray and the resizable exporters (array.array,
// registered with register_resizable_exporter): an offset, a shape and strides into
// the exporter's data, so that slices are views, not copies. cast()
// reinterprets a C-contiguous view as another native single-character format
// (CPython's struct-module letters with native size and alignment), in one
// dimension or, from one dimension, in several.
//
// Views made from one memoryview() call share a ManagedBuffer, as in CPython,
// which counts the views neither released nor collected. A bytearray with
// such views refuses to change size (BufferError) when a variable holds one
// (bytearray_exports_live; docs/ARCHITECTURE.md says why not every view
// counts). A view the bytearray changed under re-reads its data and size at
// every access (unusable), so it stays memory-safe.
#include "objects/memoryview.h"

#include <gmp.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
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
#include "runtime/thread_state.h"
#include "vm/frame.h"

namespace krait {

Type memoryview_type;
Type memory_iterator_type;

namespace {

constexpr int kMaxDimensions = 64;

// The exporter and the number of views registered on it (CPython's managed
// buffer): released and collected views no longer count.
struct ManagedBuffer {
  Value obj;  // a bytes or a bytearray
  int64_t views;
};

struct MemoryView : Object {
  ManagedBuffer* buffer;
  int64_t offset;    // bytes from the start of obj's data to the first item
  int64_t length;    // shape[0] (1 for a 0-dimensional view)
  int64_t stride;    // strides[0], in bytes (negative for reversed slices)
  int64_t itemsize;
  int64_t hash;      // -1 until computed
  int64_t* inner;    // ndim > 1: shape[1..ndim) then strides[1..ndim), GC-atomic; else null
  int32_t ndim;
  char format[3];    // as given to cast(): "B", "h", "@i" …
  bool readonly;
  bool released;
};

struct ResizableExporter {
  Type* type;
  BufferFormat (*format)(Value object);
};
ResizableExporter resizable_exporters[4];
size_t resizable_exporter_count = 0;

const ResizableExporter* resizable_exporter_of_type(Type* type) {
  for (size_t i = 0; i < resizable_exporter_count; ++i) {
    if (resizable_exporters[i].type == type) return &resizable_exporters[i];
  }
  return nullptr;
}

const ResizableExporter* resizable_exporter_of(Value v) {
  for (size_t i = 0; i < resizable_exporter_count; ++i) {
    if (is_instance_of(v, resizable_exporters[i].type)) return &resizable_exporters[i];
  }
  return nullptr;
}

Value wrap(Object* o) { return Value::from_object(o); }

Value exporter(const MemoryView* v) { return v->buffer->obj; }

[[noreturn]] void throw_released() { throw_value_error("operation forbidden on released memoryview object"); }

int64_t shape_at(const MemoryView* v, int d) { return d == 0 ? v->length : v->inner[d - 1]; }
int64_t stride_at(const MemoryView* v, int d) { return d == 0 ? v->stride : v->inner[v->ndim - 1 + d - 1]; }

int64_t item_count(const MemoryView* v) {
  int64_t n = v->length;
  for (int d = 1; d < v->ndim; ++d) n *= shape_at(v, d);
  return n;
}

// Whether the view is past use: released, or reaching beyond its bytearray's
// data (the safety net should a bytearray ever shrink under a view).
bool unusable(const MemoryView* v) {
  if (v->released) return true;
  if (!resizable_storage(exporter(v)) || item_count(v) == 0) return false;
  int64_t low = v->offset, high = v->offset;
  for (int d = 0; d < std::max(v->ndim, 1); ++d) {
    int64_t span = (shape_at(v, d) - 1) * stride_at(v, d);
    (span < 0 ? low : high) += span;
  }
  int64_t size = static_cast<int64_t>(resizable_storage(exporter(v))->size);
  return low < 0 || high + v->itemsize > size;
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
  if (ByteArray* storage = resizable_storage(obj)) return storage->items;
  return obj.as<Bytes>()->data();
}

char* item_address(const MemoryView* v, int64_t index) {
  return exporter_data(exporter(v)) + v->offset + index * v->stride;
}

// CPython's contiguity flags: strides matching a dense C (last index fastest)
// or Fortran (first index fastest) layout, ignoring dimensions of one item.
// One dimension is judged by its stride alone, even when empty (as CPython).
bool one_dimension_contiguous(const MemoryView* v) { return v->length == 1 || v->stride == v->itemsize; }

bool c_contiguous(const MemoryView* v) {
  if (v->ndim == 1) return one_dimension_contiguous(v);
  if (item_count(v) == 0) return true;
  int64_t expected = v->itemsize;
  for (int d = v->ndim - 1; d >= 0; --d) {
    if (shape_at(v, d) > 1 && stride_at(v, d) != expected) return false;
    expected *= shape_at(v, d);
  }
  return true;
}

bool f_contiguous(const MemoryView* v) {
  if (v->ndim == 1) return one_dimension_contiguous(v);
  if (item_count(v) == 0) return true;
  int64_t expected = v->itemsize;
  for (int d = 0; d < v->ndim; ++d) {
    if (shape_at(v, d) > 1 && stride_at(v, d) != expected) return false;
    expected *= shape_at(v, d);
  }
  return true;
}

void unregister_view(MemoryView* v) {
  ManagedBuffer* buffer = v->buffer;
  if (--buffer->views == 0 && resizable_storage(buffer->obj)) --resizable_storage(buffer->obj)->exports;
}

// A view of a bytearray collected while still registered gives up its export.
void finalize_view(void* block, void* offset) {
  auto* v = reinterpret_cast<MemoryView*>(static_cast<char*>(block) + reinterpret_cast<uintptr_t>(offset));
  if (!v->released) {
    v->released = true;
    unregister_view(v);
  }
}

MemoryView* new_view(ManagedBuffer* buffer, bool readonly) {
  auto* v = static_cast<MemoryView*>(gc_alloc(sizeof(MemoryView)));
  v->type = &memoryview_type;
  v->buffer = buffer;
  v->hash = -1;
  v->ndim = 1;
  v->readonly = readonly;
  v->released = false;
  if (buffer->views++ == 0 && resizable_storage(buffer->obj)) ++resizable_storage(buffer->obj)->exports;
  if (resizable_storage(buffer->obj)) {
    void* block = GC_base(v);
    GC_register_finalizer_no_order(
        block, finalize_view,
        reinterpret_cast<void*>(static_cast<uintptr_t>(reinterpret_cast<char*>(v) - static_cast<char*>(block))),
        nullptr, nullptr);
  }
  return v;
}

void set_inner(MemoryView* v, int ndim) {
  v->ndim = ndim;
  v->inner = ndim > 1 ? static_cast<int64_t*>(gc_alloc_atomic(sizeof(int64_t) * 2 * (ndim - 1))) : nullptr;
}

MemoryView* copy_view(const MemoryView* from) {
  MemoryView* v = new_view(from->buffer, from->readonly);
  v->offset = from->offset;
  v->length = from->length;
  v->stride = from->stride;
  v->itemsize = from->itemsize;
  set_inner(v, from->ndim);
  if (from->ndim > 1) std::memcpy(v->inner, from->inner, sizeof(int64_t) * 2 * (from->ndim - 1));
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

// The geometry of a view, or of a bytes-like object seen as one dimension of
// format 'B': what comparison, copying and traversal need.
struct Layout {
  const char* base;
  int ndim;
  int64_t itemsize;
  char letter;
  std::string_view format;  // without '@'
  int64_t shape[kMaxDimensions];
  int64_t strides[kMaxDimensions];
};

void layout_of(const MemoryView* v, Layout& out) {
  std::string_view format(v->format);
  if (format.starts_with('@')) format.remove_prefix(1);
  out.base = exporter_data(exporter(v)) + v->offset;
  out.ndim = v->ndim;
  out.itemsize = v->itemsize;
  out.letter = format_letter(v);
  out.format = format;
  for (int d = 0; d < v->ndim; ++d) {
    out.shape[d] = shape_at(v, d);
    out.strides[d] = stride_at(v, d);
  }
}

void layout_of_bytes(std::string_view data, Layout& out) {
  out.base = data.data();
  out.ndim = 1;
  out.itemsize = 1;
  out.letter = 'B';
  out.format = "B";
  out.shape[0] = static_cast<int64_t>(data.size());
  out.strides[0] = 1;
}

// The source of a slice assignment or comparison: a view or a bytes-like object.
bool layout_of_buffer(Value v, Layout& out) {
  if (is_memoryview(v)) {
    layout_of(checked(v), out);
    return true;
  }
  std::string_view data;
  if (!bytes_like_view(v, data)) return false;
  layout_of_bytes(data, out);
  return true;
}

bool same_shape(const Layout& a, const Layout& b) {
  if (a.ndim != b.ndim) return false;
  for (int d = 0; d < a.ndim; ++d) {
    if (a.shape[d] != b.shape[d]) return false;
    if (a.shape[d] == 0) break;
  }
  return true;
}

int64_t item_count(const Layout& l) {
  int64_t n = 1;
  for (int d = 0; d < l.ndim; ++d) n *= l.shape[d];
  return n;
}

// Moves a multi-index to the next item: last index fastest (C order) or
// first index fastest (Fortran order).
void advance(int64_t* index, const Layout& l, bool fortran) {
  for (int step = 0; step < l.ndim; ++step) {
    int d = fortran ? step : l.ndim - 1 - step;
    if (++index[d] < l.shape[d]) return;
    index[d] = 0;
  }
}

const char* address_of(const Layout& l, const int64_t* index) {
  const char* p = l.base;
  for (int d = 0; d < l.ndim; ++d) p += index[d] * l.strides[d];
  return p;
}

template <class Visit>
void for_each_item(const Layout& l, bool fortran, Visit visit) {
  int64_t index[kMaxDimensions] = {};
  for (int64_t k = item_count(l); k > 0; --k) {
    visit(address_of(l, index));
    advance(index, l, fortran);
  }
}

bool layouts_equal(const Layout& a, const Layout& b) {
  if (!same_shape(a, b)) return false;
  int64_t index[kMaxDimensions] = {};
  for (int64_t k = item_count(a); k > 0; --k) {
    if (!scalars_equal(scalar_at(a.letter, address_of(a, index)), scalar_at(b.letter, address_of(b, index)))) {
      return false;
    }
    advance(index, a, false);
  }
  return true;
}

std::string gather(const Layout& l, bool fortran = false) {
  std::string out;
  out.reserve(static_cast<size_t>(item_count(l) * l.itemsize));
  for_each_item(l, fortran, [&](const char* p) { out.append(p, static_cast<size_t>(l.itemsize)); });
  return out;
}

std::string gather(const MemoryView* v, bool fortran = false) {
  Layout l;
  layout_of(v, l);
  return gather(l, fortran);
}

// --- Indexing ---

[[noreturn]] void throw_zero_dim_index() { throw_type_error("invalid indexing of 0-dim memory"); }

int64_t checked_index(int64_t length, int64_t index, int dimension) {
  if (index < 0) index += length;
  if (index < 0 || index >= length) throw_index_error(format("index out of bounds on dimension %d", dimension + 1));
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

// The item one index per dimension names (fewer indices would be a sub-view).
char* tuple_item_address(const MemoryView* v, Value key) {
  Tuple* t = key.as<Tuple>();
  auto given = static_cast<int64_t>(t->size);
  if (given < v->ndim) raise(&exc_NotImplementedError, "sub-views are not implemented");
  if (given > v->ndim) {
    throw_type_error(format("cannot index %d-dimension view with %zu-element tuple", v->ndim, t->size));
  }
  char* p = exporter_data(exporter(v)) + v->offset;
  for (int d = 0; d < v->ndim; ++d) {
    int64_t index = 0;
    subscript_index((*t)[static_cast<size_t>(d)], &index);
    p += checked_index(shape_at(v, d), index, d) * stride_at(v, d);
  }
  return p;
}

// The address of v[index] for a one-dimensional view.
char* single_item_address(const MemoryView* v, int64_t index) {
  if (v->ndim == 0) throw_zero_dim_index();
  if (v->ndim > 1) raise(&exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
  return item_address(v, checked_index(v->length, index, 0));
}

// The geometry of v[start:stop:step] on the first dimension (an empty slice
// keeps v's offset, so that no address outside the data is ever formed).
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
  if (v->ndim == 0) {
    if (is_instance_of(key, &tuple_type) && key.as<Tuple>()->size == 0) {
      return unpack_item(format_letter(v), item_address(v, 0));
    }
    if (key.is(ellipsis())) return self;
    throw_zero_dim_index();
  }
  int64_t index;
  if (subscript_index(key, &index)) return unpack_item(format_letter(v), single_item_address(v, index));
  SliceBounds bounds;
  if (unpack_slice(key, v->length, bounds)) return wrap(slice_view(v, bounds));
  if (is_multi_index(key)) return unpack_item(format_letter(v), tuple_item_address(v, key));
  if (is_multi_slice(key)) raise(&exc_NotImplementedError, "multi-dimensional slicing is not implemented");
  throw_type_error("memoryview: invalid slice key");
}

void assign_slice(MemoryView* v, Value key, Value value) {
  Layout source;
  if (!layout_of_buffer(value, source)) {
    throw_type_error("a bytes-like object is required, not '" + type_name(value) + "'");
  }
  SliceBounds bounds;
  unpack_slice(key, v->length, bounds);
  MemoryView target = *v;  // a description only: not an export of its own
  apply_slice(&target, v, bounds);
  Layout dest;
  layout_of(&target, dest);
  if (dest.format != source.format || dest.itemsize != source.itemsize || !same_shape(dest, source)) {
    throw_value_error("memoryview assignment: lvalue and rvalue have different structures");
  }
  // Copied out first: source and destination may overlap.
  std::string items = gather(source);
  size_t i = 0;
  for_each_item(dest, false, [&](const char* p) {
    std::memcpy(const_cast<char*>(p), items.data() + i, static_cast<size_t>(dest.itemsize));
    i += static_cast<size_t>(dest.itemsize);
  });
}

void memoryview_setitem(Value self, Value key, Value value) {
  MemoryView* v = checked(self);
  if (v->readonly) throw_type_error("cannot modify read-only memory");
  if (value.is_null()) throw_type_error("cannot delete memory");
  if (v->ndim == 0) {
    if (key.is(ellipsis()) || (is_instance_of(key, &tuple_type) && key.as<Tuple>()->size == 0)) {
      pack_item(format_letter(v), item_address(v, 0), value);
      return;
    }
    throw_zero_dim_index();
  }
  if (is_index_like(key)) {
    if (v->ndim > 1) raise(&exc_NotImplementedError, "sub-views are not implemented");
    int64_t index;
    subscript_index(key, &index);
    pack_item(format_letter(v), single_item_address(v, index), value);
    return;
  }
  if (is_slice(key) && v->ndim == 1) {
    assign_slice(v, key, value);
    return;
  }
  if (is_multi_index(key)) {
    if (static_cast<int64_t>(key.as<Tuple>()->size) < v->ndim) {
      raise(&exc_NotImplementedError, "sub-views are not implemented");
    }
    pack_item(format_letter(v), tuple_item_address(v, key), value);
    return;
  }
  if (is_slice(key) || is_multi_slice(key)) {
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
  const ResizableExporter* resizable = resizable_exporter_of(source);
  bool writable = is_bytearray(source) || resizable;
  if (!writable && !is_bytes(source)) {
    throw_type_error("memoryview: a bytes-like object is required, not '" + type_name(source) + "'");
  }
  std::string_view data;
  bytes_like_view(source, data);
  auto* buffer = static_cast<ManagedBuffer*>(gc_alloc(sizeof(ManagedBuffer)));
  buffer->obj = source;
  buffer->views = 0;
  MemoryView* v = new_view(buffer, !writable);
  v->offset = 0;
  v->length = static_cast<int64_t>(data.size());
  v->stride = v->itemsize = 1;
  set_inner(v, 1);
  std::memcpy(v->format, "B", 2);
  if (resizable) {
    BufferFormat format = resizable->format(source);
    v->stride = v->itemsize = format.itemsize;
    v->length /= format.itemsize;
    v->format[0] = format.letter;
    v->format[1] = '\0';
  }
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
  hash(exporter(v));  // an unhashable exporter makes the view unhashable too
  std::string data = gather(v);
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
    Layout theirs;
    if (!layout_of_buffer(other, theirs)) return not_implemented();
    Layout ours;
    layout_of(v, ours);
    equal = layouts_equal(ours, theirs);
  }
  return make_bool(op == CompareOp::Eq ? equal : !equal);
}

int64_t memoryview_len(Value self) {
  MemoryView* v = checked(self);
  return v->ndim == 0 ? 1 : v->length;
}

// --- Iteration ---

struct MemoryIterator : Object {
  Value view;  // null once exhausted
  int64_t index;
};

Value memoryview_iter(Value self) {
  MemoryView* v = checked(self);
  if (v->ndim == 0) throw_zero_dim_index();
  if (v->ndim > 1) raise(&exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
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
  bool fortran = false;
  if (!order.is_null() && !is_none(order)) {
    if (!is_str(order)) {
      throw_type_error("tobytes() argument 'order' must be str or None, not " + type_name(order));
    }
    std::string_view text = str_view(order);
    if (text != "C" && text != "F" && text != "A") throw_value_error("order must be 'C', 'F' or 'A'");
    MemoryView* v = checked(self);
    // 'A' is Fortran order only for a view that is Fortran- but not C-contiguous.
    fortran = text == "F" || (text == "A" && f_contiguous(v) && !c_contiguous(v));
  }
  return wrap(make_bytes(gather(checked(self), fortran)));
}

Value nested_list(const MemoryView* v, int d, const char* p) {
  List* list = make_list();
  for (int64_t i = 0; i < shape_at(v, d); ++i) {
    const char* q = p + i * stride_at(v, d);
    list_append(list, d + 1 == v->ndim ? unpack_item(format_letter(v), q) : nested_list(v, d + 1, q));
  }
  return wrap(list);
}

Value memoryview_tolist(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("memoryview.tolist", nargs, kwnames);
  MemoryView* v = checked(self);
  const char* base = exporter_data(exporter(v)) + v->offset;
  if (v->ndim == 0) return unpack_item(format_letter(v), base);
  return nested_list(v, 0, base);
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

void release(MemoryView* v) {
  if (v->released) return;
  v->released = true;
  unregister_view(v);
}

Value memoryview_release(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("memoryview.release", nargs, kwnames);
  release(self.as<MemoryView>());
  return none();
}

Value memoryview_enter(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("memoryview.__enter__", nargs, kwnames);
  checked(self);
  return self;
}

Value memoryview_exit(Value self, const Value*, size_t, Tuple* kwnames) {
  no_keywords("memoryview", "__exit__", kwnames);
  release(self.as<MemoryView>());
  return none();
}

// Reads cast()'s shape: positive ints whose product times the item size is
// the view's size.
int read_cast_shape(Value shape, int64_t nbytes, int64_t itemsize, int64_t* dims) {
  Tuple* items = nullptr;
  List* list_items = nullptr;
  if (is_instance_of(shape, &tuple_type)) {
    items = shape.as<Tuple>();
  } else {
    list_items = shape.as<List>();
  }
  size_t ndim = items ? items->size : list_items->size;
  auto dimension = [&](size_t i) { return items ? (*items)[i] : list_items->items[i]; };
  int64_t product = 1;
  for (size_t i = 0; i < ndim; ++i) {
    Value d = dimension(i);
    if (!is_int(d)) throw_type_error("memoryview.cast(): elements of shape must be integers");
    int64_t n;
    if (!int_to_int64(d, n)) throw_overflow_error("Python int too large to convert to C ssize_t");
    if (n <= 0) throw_value_error("memoryview.cast(): elements of shape must be integers > 0");
    if (n > INT64_MAX / product) throw_value_error("memoryview.cast(): product(shape) > SSIZE_MAX");
    product *= n;
    dims[i] = n;
  }
  if (product * itemsize != nbytes) throw_type_error("memoryview: product(shape) * itemsize != buffer size");
  return static_cast<int>(ndim);
}

Value memoryview_cast(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"cast", {"format", "shape"}, 1, 0}, args, nargs, kwnames, bound);
  if (!is_str(bound[0])) throw_type_error("cast() argument 'format' must be str, not " + type_name(bound[0]));
  MemoryView* v = checked(self);
  if (!c_contiguous(v)) throw_type_error("memoryview: casts are restricted to C-contiguous views");
  Value shape = bound[1];
  bool zero_in_shape = false;
  for (int d = 0; d < v->ndim; ++d) zero_in_shape = zero_in_shape || shape_at(v, d) == 0;
  if ((!shape.is_null() || v->ndim != 1) && zero_in_shape) {
    throw_type_error("memoryview: cannot cast view with zeros in shape or strides");
  }
  size_t new_ndim = 1;
  if (!shape.is_null()) {
    if (!is_instance_of(shape, &tuple_type) && !is_instance_of(shape, &list_type)) {
      throw_type_error("shape must be a list or a tuple");
    }
    new_ndim = is_instance_of(shape, &tuple_type) ? shape.as<Tuple>()->size : shape.as<List>()->size;
    if (new_ndim > kMaxDimensions) throw_value_error("memoryview: number of dimensions must not exceed 64");
    if (v->ndim != 1 && new_ndim != 1) throw_type_error("memoryview: cast must be 1D -> ND or ND -> 1D");
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
  int64_t nbytes = item_count(v) * v->itemsize;
  if (nbytes % itemsize != 0) throw_type_error("memoryview: length is not a multiple of itemsize");
  int64_t dims[kMaxDimensions];
  int ndim = 1;
  dims[0] = nbytes / itemsize;
  if (!shape.is_null()) ndim = read_cast_shape(shape, nbytes, itemsize, dims);
  MemoryView* cast = copy_view(v);
  cast->itemsize = itemsize;
  set_inner(cast, ndim);
  // C-contiguous strides: the last dimension's items are adjacent.
  int64_t stride = itemsize;
  for (int d = ndim - 1; d >= 1; --d) {
    cast->inner[d - 1] = dims[d];
    cast->inner[ndim - 1 + d - 1] = stride;
    stride *= dims[d];
  }
  cast->length = ndim == 0 ? 1 : dims[0];
  cast->stride = ndim == 0 ? itemsize : stride;
  std::memset(cast->format, 0, sizeof cast->format);
  std::memcpy(cast->format, format.data(), format.size());
  return wrap(cast);
}

// --- Attributes (all refused once released) ---

Value dimension_tuple(const MemoryView* v, bool strides) {
  Tuple* t = make_tuple(static_cast<size_t>(v->ndim));
  for (int d = 0; d < v->ndim; ++d) (*t)[static_cast<size_t>(d)] = make_int(strides ? stride_at(v, d) : shape_at(v, d));
  return wrap(t);
}

Value get_obj(Value self) { return exporter(checked(self)); }
Value get_nbytes(Value self) {
  MemoryView* v = checked(self);
  return make_int(item_count(v) * v->itemsize);
}
Value get_readonly(Value self) { return make_bool(checked(self)->readonly); }
Value get_itemsize(Value self) { return make_int(checked(self)->itemsize); }
Value get_format(Value self) { return str_value(checked(self)->format); }
Value get_ndim(Value self) { return Value::from_small_int(checked(self)->ndim); }
Value get_shape(Value self) { return dimension_tuple(checked(self), false); }
Value get_strides(Value self) { return dimension_tuple(checked(self), true); }
Value get_suboffsets(Value self) {
  checked(self);
  return wrap(make_tuple(size_t{0}));
}
Value get_c_contiguous(Value self) { return make_bool(c_contiguous(checked(self))); }
Value get_f_contiguous(Value self) { return make_bool(f_contiguous(checked(self))); }
Value get_contiguous(Value self) {
  MemoryView* v = checked(self);
  return make_bool(c_contiguous(v) || f_contiguous(v));
}

}  // namespace

bool is_memoryview(Value v) { return v.is_object() && v.as_object()->type == &memoryview_type; }

void register_resizable_exporter(Type* type, BufferFormat (*format)(Value object)) {
  if (resizable_exporter_of_type(type)) return;
  resizable_exporters[resizable_exporter_count++] = {type, format};
}

ByteArray* resizable_storage(Value v) {
  if (!v.is_object()) return nullptr;
  if (is_bytearray(v) || resizable_exporter_of(v)) return static_cast<ByteArray*>(v.as_object());
  return nullptr;
}

bool memoryview_contiguous_data(Value view, std::string_view& out) {
  auto* v = view.as<MemoryView>();
  if (unusable(v) || !c_contiguous(v)) return false;
  out = {item_count(v) ? exporter_data(exporter(v)) + v->offset : "", static_cast<size_t>(item_count(v) * v->itemsize)};
  return true;
}

bool memoryview_writable_data(Value view, char*& data, size_t& size) {
  std::string_view bytes;
  if (view.as<MemoryView>()->readonly || !memoryview_contiguous_data(view, bytes)) return false;
  data = const_cast<char*>(bytes.data());
  size = bytes.size();
  return true;
}

std::string_view memoryview_buffer(Value view) {
  std::string_view out;
  if (!memoryview_contiguous_data(view, out)) {
    checked(view);
    raise(&exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
  }
  return out;
}

std::string memoryview_to_bytes(Value view) { return gather(checked(view)); }

namespace {

bool names_view_of(Value v, const ByteArray* array) {
  if (v.is_object() && v.as_object()->type == &cell_type) v = v.as<Cell>()->contents;
  if (!is_memoryview(v)) return false;
  auto* view = v.as<MemoryView>();
  return !view->released && exporter(view).as_object() == array;
}

bool dict_names_view_of(const Dict* dict, const ByteArray* array) {
  for (size_t i = 0; i < dict->entries_used; ++i) {
    const DictEntry& entry = dict->entries[i];
    if (!entry.key.is_null() && names_view_of(entry.value, array)) return true;
  }
  return false;
}

}  // namespace

bool bytearray_exports_live(ByteArray* array) {
  if (array->exports == 0) return false;
  // A view is known to be live when a variable of a running frame (a fast
  // local, a cell, or a name in the frame's globals or locals mapping) holds
  // it. Operand slots and heap containers are not looked at: a conservative
  // collector cannot tell a dead view left there from a live one.
  const Dict* globals_seen = nullptr;
  for (Frame* frame = thread_state()->frame; frame; frame = frame->previous) {
    Value* locals = frame->localsplus();
    for (int64_t i = 0; i < frame->code->nlocalsplus; ++i) {
      if (names_view_of(locals[i], array)) return true;
    }
    if (frame->globals != globals_seen) {
      globals_seen = frame->globals;
      if (dict_names_view_of(frame->globals, array)) return true;
    }
    if (frame->locals.is_object() && is_dict(frame->locals) && frame->locals.as_object() != frame->globals &&
        dict_names_view_of(frame->locals.as<Dict>(), array)) {
      return true;
    }
  }
  return false;
}

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
  set_type_text_signature(&memoryview_type, "(object)");
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
                                    {"obj", get_obj, nullptr, "The underlying object of the memoryview."},
                                    {"nbytes", get_nbytes, nullptr, "The amount of space in bytes that the array would use in\n a contiguous representation."},
                                    {"readonly", get_readonly, nullptr, "A bool indicating whether the memory is read only."},
                                    {"itemsize", get_itemsize, nullptr, "The size in bytes of each element of the memoryview."},
                                    {"format", get_format, nullptr, "A string containing the format (in struct module style)\n for each element in the view."},
                                    {"ndim", get_ndim, nullptr, "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents."},
                                    {"shape", get_shape, nullptr, "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array."},
                                    {"strides", get_strides, nullptr, "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array."},
                                    {"suboffsets", get_suboffsets, nullptr, "A tuple of integers used internally for PIL-style arrays."},
                                    {"c_contiguous", get_c_contiguous, nullptr, "A bool indicating whether the memory is C contiguous."},
                                    {"f_contiguous", get_f_contiguous, nullptr, "A bool indicating whether the memory is Fortran contiguous."},
                                    {"contiguous", get_contiguous, nullptr, "A bool indicating whether the memory is contiguous."},
                                });

  memory_iterator_type.iter = iterator_self;
  memory_iterator_type.next = memory_iterator_next;
  init_static_type(&memory_iterator_type, "memory_iterator", nullptr, sizeof(MemoryIterator), kTypeImmutable);
  memory_iterator_type.new_instance = nullptr;  // made only by the runtime, as CPython's
}

}  // namespace krait
