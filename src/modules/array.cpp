// The `array` module: array.array, compact sequences of one C type.
//
// An array keeps its items in a ByteArray header (GC-atomic storage, size in
// bytes, capacity, export count), so it exports them through memoryview and
// every bytes-like consumer as a bytearray does (register_resizable_exporter),
// and refuses to resize while a view holds them.
#include "modules/array.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

#include "objects/bytes.h"
#include "objects/container_support.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/unicode.h"

namespace krait {

namespace {

// One type code: its item size, how an item is read from storage and how a
// Python value is checked and written (with CPython's messages).
struct TypeCode {
  char code;
  int itemsize;
  Value (*get)(const char* item);
  void (*set)(char* item, Value value);
  int machine_format;  // the pickle format code of this machine's layout
};

template <class T>
T load(const char* item) {
  T value;
  std::memcpy(&value, item, sizeof value);
  return value;
}

template <class T>
void store(char* item, T value) {
  std::memcpy(item, &value, sizeof value);
}

// The C long of an index-able value (PyArg "l"): the first step of every
// signed-or-small integer code.
int64_t long_item(Value value) { return index_as_long(value); }

void check_range(int64_t value, int64_t low, int64_t high, const char* name) {
  if (value > high) throw_overflow_error(std::string(name) + " is greater than maximum");
  if (value < low) throw_overflow_error(std::string(name) + " is less than minimum");
}

// An unsigned value of at most 64 bits from an int (PyLong_AsUnsigned*):
// `negative` and `too_big` are the messages of each failure.
uint64_t unsigned_item(Value value, const char* negative, const char* too_big) {
  Value number = index_value(value);
  if (int_sign(number) < 0) throw_overflow_error(negative);
  int64_t small;
  if (int_to_int64(number, small)) return static_cast<uint64_t>(small);
  mpz_t z;
  mpz_init(z);
  int_to_mpz(number, z);
  bool fits = mpz_sizeinbase(z, 2) <= 64;
  uint64_t result = 0;
  if (fits) mpz_export(&result, nullptr, -1, sizeof result, 0, 0, z);
  mpz_clear(z);
  if (!fits) throw_overflow_error(too_big);
  return result;
}

const TypeCode kTypeCodes[] = {
    {'b', 1, [](const char* p) { return make_int(load<int8_t>(p)); },
     [](char* p, Value v) {
       int64_t n = long_item(v);
       check_range(n, INT16_MIN, INT16_MAX, "signed short integer");
       check_range(n, INT8_MIN, INT8_MAX, "signed char");
       store<int8_t>(p, static_cast<int8_t>(n));
     }, 1},
    {'B', 1, [](const char* p) { return make_int(load<uint8_t>(p)); },
     [](char* p, Value v) {
       int64_t n = long_item(v);
       check_range(n, 0, UINT8_MAX, "unsigned byte integer");
       store<uint8_t>(p, static_cast<uint8_t>(n));
     }, 0},
    {'u', 4, [](const char* p) { return Value::from_object(str_from_code_point(load<char32_t>(p))); },
     [](char* p, Value v) {
       if (!is_str(v) || v.as<Str>()->length != 1) {
         throw_type_error("array item must be unicode character");
       }
       size_t pos = 0;
       store<char32_t>(p, unicode::decode_utf8(v.as<Str>()->view(), pos));
     }, 20},
    {'h', 2, [](const char* p) { return make_int(load<int16_t>(p)); },
     [](char* p, Value v) {
       int64_t n = long_item(v);
       check_range(n, INT16_MIN, INT16_MAX, "signed short integer");
       store<int16_t>(p, static_cast<int16_t>(n));
     }, 4},
    {'H', 2, [](const char* p) { return make_int(load<uint16_t>(p)); },
     [](char* p, Value v) {
       int64_t n = long_item(v);
       check_range(n, INT32_MIN, INT32_MAX, "signed integer");
       check_range(n, 0, UINT16_MAX, "unsigned short");
       store<uint16_t>(p, static_cast<uint16_t>(n));
     }, 2},
    {'i', 4, [](const char* p) { return make_int(load<int32_t>(p)); },
     [](char* p, Value v) {
       int64_t n = long_item(v);
       check_range(n, INT32_MIN, INT32_MAX, "signed integer");
       store<int32_t>(p, static_cast<int32_t>(n));
     }, 8},
    {'I', 4, [](const char* p) { return make_int(load<uint32_t>(p)); },
     [](char* p, Value v) {
       uint64_t n = unsigned_item(v, "can't convert negative value to unsigned int",
                                  "Python int too large to convert to C unsigned long");
       if (n > UINT32_MAX) throw_overflow_error("unsigned int is greater than maximum");
       store<uint32_t>(p, static_cast<uint32_t>(n));
     }, 6},
    {'l', 8, [](const char* p) { return make_int(load<int64_t>(p)); },
     [](char* p, Value v) { store<int64_t>(p, long_item(v)); }, 12},
    {'L', 8, [](const char* p) { return make_int_from_unsigned(load<uint64_t>(p)); },
     [](char* p, Value v) {
       store<uint64_t>(p, unsigned_item(v, "can't convert negative value to unsigned int",
                                        "Python int too large to convert to C unsigned long"));
     }, 10},
    {'q', 8, [](const char* p) { return make_int(load<int64_t>(p)); },
     [](char* p, Value v) {
       Value number = index_value(v);
       int64_t n;
       if (!int_to_int64(number, n)) throw_overflow_error("int too big to convert");
       store<int64_t>(p, n);
     }, 12},
    {'Q', 8, [](const char* p) { return make_int_from_unsigned(load<uint64_t>(p)); },
     [](char* p, Value v) {
       store<uint64_t>(p, unsigned_item(v, "can't convert negative int to unsigned",
                                        "int too big to convert"));
     }, 10},
    {'f', 4, [](const char* p) { return make_float(load<float>(p)); },
     [](char* p, Value v) { store<float>(p, static_cast<float>(as_double(v))); }, 14},
    {'d', 8, [](const char* p) { return make_float(load<double>(p)); },
     [](char* p, Value v) { store<double>(p, as_double(v)); }, 16},
};

const TypeCode* find_type_code(char32_t code) {
  for (const TypeCode& type_code : kTypeCodes) {
    if (static_cast<char32_t>(type_code.code) == code) return &type_code;
  }
  return nullptr;
}

struct ArrayObject : ByteArray {
  const TypeCode* code;
};

Type array_type;
Type array_iterator_type;

struct ArrayIterator : Object {
  ArrayObject* array;  // null once exhausted
  size_t index;
};

bool is_array(Value v) { return v.is_object() && is_instance_of(v, &array_type); }
ArrayObject* as_array(Value v) { return static_cast<ArrayObject*>(v.as_object()); }
size_t item_count(const ArrayObject* a) { return a->size / a->code->itemsize; }
char* item_at(ArrayObject* a, size_t index) { return a->items + index * a->code->itemsize; }
Value get_item(ArrayObject* a, size_t index) { return a->code->get(item_at(a, index)); }

ArrayObject* new_array(Type* type, const TypeCode* code) {
  auto* a = static_cast<ArrayObject*>(allocate_instance(type));
  a->code = code;
  return a;
}

// Resizing is refused while a memoryview holds the items.
void check_resizable(ArrayObject* a) {
  if (bytearray_exports_live(a)) {
    raise(&exc_BufferError, "cannot resize an array that is exporting buffers");
  }
}

void reserve_bytes(ArrayObject* a, size_t bytes) {
  if (bytes <= a->capacity) return;
  size_t capacity = std::max(bytes, a->capacity + a->capacity / 2 + 16);
  auto* items = static_cast<char*>(gc_alloc_atomic(capacity));
  if (a->size) std::memcpy(items, a->items, a->size);
  a->items = items;
  a->capacity = capacity;
}

// Sets the item count, keeping the leading items; checks exports first.
void resize(ArrayObject* a, size_t count) {
  size_t bytes = count * a->code->itemsize;
  if (bytes != a->size) check_resizable(a);
  reserve_bytes(a, bytes);
  a->size = bytes;
}

void append_value(ArrayObject* a, Value value) {
  size_t count = item_count(a);
  // Convert first, so that a bad value leaves the array as it was.
  char item[8];
  a->code->set(item, value);
  resize(a, count + 1);
  std::memcpy(item_at(a, count), item, a->code->itemsize);
}

void append_bytes(ArrayObject* a, std::string_view data) {
  if (data.size() % a->code->itemsize) throw_value_error("bytes length not a multiple of item size");
  size_t old = a->size;
  resize(a, item_count(a) + data.size() / a->code->itemsize);
  std::memcpy(a->items + old, data.data(), data.size());
}

void append_unicode(ArrayObject* a, Str* text) {
  size_t count = item_count(a);
  std::string_view view = text->view();
  resize(a, count + text->length);
  size_t index = count;
  for (size_t pos = 0; pos < view.size();) {
    store<char32_t>(item_at(a, index++), unicode::decode_utf8(view, pos));
  }
}

void extend_from_iterable(ArrayObject* a, Value iterable) {
  Value iterator = get_iter(iterable);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    append_value(a, item);
  }
}

void extend_from_array(ArrayObject* a, ArrayObject* other) {
  if (other->code != a->code) throw_type_error("can only extend with array of same kind");
  std::string copy(other->items ? other->items : "", other->size);
  append_bytes(a, copy);
}

Value wrap(Object* o) { return Value::from_object(o); }

// --- Construction ---

Value array_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size && type == &array_type) {
    throw_type_error("array.array() takes no keyword arguments");
  }
  if (nargs < 1 || nargs > 2) {
    throw_type_error("array() takes at " + std::string(nargs < 1 ? "least" : "most") + " " +
                     (nargs < 1 ? "1 argument" : "2 arguments") + " (" + std::to_string(nargs) +
                     " given)");
  }
  if (!is_str(args[0]) || args[0].as<Str>()->length != 1) {
    throw_type_error("array() argument 1 must be a unicode character, not " + type_name(args[0]));
  }
  size_t pos = 0;
  const TypeCode* code = find_type_code(unicode::decode_utf8(args[0].as<Str>()->view(), pos));
  if (!code) {
    throw_value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  }
  ArrayObject* a = new_array(type, code);
  if (nargs == 1) return wrap(a);
  Value initializer = args[1];
  std::string_view data;
  if (is_str(initializer)) {
    if (code->code != 'u') {
      throw_type_error(std::string("cannot use a str to initialize an array with typecode '") +
                       code->code + "'");
    }
    append_unicode(a, initializer.as<Str>());
  } else if (is_array(initializer)) {
    ArrayObject* other = as_array(initializer);
    if ((other->code->code == 'u') != (code->code == 'u')) {
      throw_type_error(std::string("cannot use a unicode array to initialize an array with "
                                   "typecode '") + code->code + "'");
    }
    if (other->code == code) {
      append_bytes(a, std::string(other->items ? other->items : "", other->size));
    } else {
      for (size_t i = 0; i < item_count(other); ++i) append_value(a, get_item(other, i));
    }
  } else if (bytes_like_view(initializer, data)) {
    append_bytes(a, std::string(data));
  } else {
    extend_from_iterable(a, initializer);
  }
  return wrap(a);
}

// --- Sequence slots ---

int64_t array_len(Value self) { return static_cast<int64_t>(item_count(as_array(self))); }

size_t checked_index(ArrayObject* a, Value key, const char* message) {
  int64_t index;
  subscript_index(key, &index);
  int64_t count = static_cast<int64_t>(item_count(a));
  if (index < 0) index += count;
  if (index < 0 || index >= count) throw_index_error(message);
  return static_cast<size_t>(index);
}

Value array_getitem(Value self, Value key) {
  ArrayObject* a = as_array(self);
  int64_t index;
  if (!is_slice(key) && subscript_index(key, &index)) {
    return get_item(a, checked_index(a, key, "array index out of range"));
  }
  if (!is_slice(key)) throw_type_error("array indices must be integers");
  int64_t start, stop, step;
  slice_unpack(key.as<Slice>(), &start, &stop, &step);
  int64_t length = slice_adjust_indices(static_cast<int64_t>(item_count(a)), &start, &stop, step);
  ArrayObject* result = new_array(&array_type, a->code);
  reserve_bytes(result, length * a->code->itemsize);
  result->size = length * a->code->itemsize;
  for (int64_t i = 0; i < length; ++i) {
    std::memcpy(item_at(result, i), item_at(a, start + i * step), a->code->itemsize);
  }
  return wrap(result);
}

void delete_slice(ArrayObject* a, int64_t start, int64_t step, int64_t length) {
  if (length == 0) return;
  check_resizable(a);
  size_t size = a->code->itemsize;
  if (step < 0) {
    start += (length - 1) * step;
    step = -step;
  }
  size_t count = item_count(a);
  size_t write = static_cast<size_t>(start);
  for (size_t read = start; read < count; ++read) {
    bool deleted = static_cast<int64_t>(read) >= start &&
                   (static_cast<int64_t>(read) - start) % step == 0 &&
                   (static_cast<int64_t>(read) - start) / step < length;
    if (!deleted) std::memmove(item_at(a, write++), item_at(a, read), size);
  }
  a->size = write * size;
}

void array_setitem(Value self, Value key, Value value) {
  ArrayObject* a = as_array(self);
  int64_t index;
  if (!is_slice(key) && subscript_index(key, &index)) {
    size_t at = checked_index(a, key, "array assignment index out of range");
    if (value.is_null()) {
      delete_slice(a, static_cast<int64_t>(at), 1, 1);
    } else {
      a->code->set(item_at(a, at), value);
    }
    return;
  }
  if (!is_slice(key)) throw_type_error("array indices must be integers");
  int64_t start, stop, step;
  slice_unpack(key.as<Slice>(), &start, &stop, &step);
  int64_t length = slice_adjust_indices(static_cast<int64_t>(item_count(a)), &start, &stop, step);
  if (value.is_null()) {
    delete_slice(a, start, step, length);
    return;
  }
  if (!is_array(value)) {
    throw_type_error("can only assign array (not \"" + type_name(value) + "\") to array slice");
  }
  ArrayObject* other = as_array(value);
  if (other->code != a->code) throw_type_error("bad argument type for built-in operation");
  std::string source(other->items ? other->items : "", other->size);
  size_t needed = item_count(other);
  size_t size = a->code->itemsize;
  if (step == 1) {
    size_t count = item_count(a);
    if (stop < start) stop = start;
    size_t tail = count - stop;
    size_t new_count = start + needed + tail;
    std::string tail_bytes(item_at(a, stop), tail * size);
    resize(a, new_count);
    std::memcpy(item_at(a, start), source.data(), source.size());
    std::memcpy(item_at(a, start + needed), tail_bytes.data(), tail_bytes.size());
    return;
  }
  if (static_cast<int64_t>(needed) != length) {
    throw_value_error("attempt to assign array of size " + std::to_string(needed) +
                      " to extended slice of size " + std::to_string(length));
  }
  for (int64_t i = 0; i < length; ++i) {
    std::memcpy(item_at(a, start + i * step), source.data() + i * size, size);
  }
}

bool items_equal(Value a, Value b) { return equals(a, b); }

bool array_contains(Value self, Value item) {
  ArrayObject* a = as_array(self);
  for (size_t i = 0; i < item_count(a); ++i) {
    if (items_equal(get_item(a, i), item)) return true;
  }
  return false;
}

Value array_richcompare(Value self, Value other, CompareOp op) {
  if (!is_array(other)) return not_implemented();
  ArrayObject* a = as_array(self);
  ArrayObject* b = as_array(other);
  size_t na = item_count(a), nb = item_count(b);
  if (na != nb && (op == CompareOp::Eq || op == CompareOp::Ne)) return make_bool(op == CompareOp::Ne);
  size_t i = 0;
  for (; i < na && i < nb; ++i) {
    Value x = get_item(a, i), y = get_item(b, i);
    if (!items_equal(x, y)) {
      if (op == CompareOp::Eq) return make_bool(false);
      if (op == CompareOp::Ne) return make_bool(true);
      return make_bool(compare_bool(x, y, op));
    }
  }
  bool result = false;
  switch (op) {
    case CompareOp::Lt: result = na < nb; break;
    case CompareOp::Le: result = na <= nb; break;
    case CompareOp::Eq: result = na == nb; break;
    case CompareOp::Ne: result = na != nb; break;
    case CompareOp::Gt: result = na > nb; break;
    case CompareOp::Ge: result = na >= nb; break;
  }
  return make_bool(result);
}

ArrayObject* copy_of(ArrayObject* a) {
  ArrayObject* copy = new_array(&array_type, a->code);
  append_bytes(copy, std::string(a->items ? a->items : "", a->size));
  return copy;
}

Value array_concat(Value self, Value other) {
  if (!is_array(other)) {
    throw_type_error("can only append array (not \"" + type_name(other) + "\") to array");
  }
  if (as_array(other)->code != as_array(self)->code) {
    throw_type_error("bad argument type for built-in operation");
  }
  ArrayObject* result = copy_of(as_array(self));
  extend_from_array(result, as_array(other));
  return wrap(result);
}

std::string repeated_bytes(ArrayObject* a, int64_t count) {
  std::string data(a->items ? a->items : "", a->size);
  if (count <= 0 || data.empty()) return {};
  if (static_cast<uint64_t>(count) > SIZE_MAX / 2 / data.size()) throw_memory_error();
  std::string result;
  result.reserve(data.size() * count);
  for (int64_t i = 0; i < count; ++i) result += data;
  return result;
}

Value array_repeat(Value self, Value count) {
  ArrayObject* a = as_array(self);
  ArrayObject* result = new_array(&array_type, a->code);
  append_bytes(result, repeated_bytes(a, index_as_ssize(count)));
  return wrap(result);
}

Value array_inplace_concat(Value self, Value other) {
  if (!is_array(other)) {
    throw_type_error("can only extend array with array (not \"" + type_name(other) + "\")");
  }
  extend_from_array(as_array(self), as_array(other));
  return self;
}

Value array_inplace_repeat(Value self, Value count) {
  ArrayObject* a = as_array(self);
  std::string data = repeated_bytes(a, index_as_ssize(count));
  resize(a, data.size() / a->code->itemsize);
  if (!data.empty()) std::memcpy(a->items, data.data(), data.size());
  return self;
}

Value array_iter(Value self) {
  auto* it = static_cast<ArrayIterator*>(allocate_instance(&array_iterator_type));
  it->array = as_array(self);
  it->index = 0;
  return wrap(it);
}

Value array_iterator_next(Value self) {
  auto* it = static_cast<ArrayIterator*>(self.as_object());
  if (!it->array) return Value::null();
  if (it->index >= item_count(it->array)) {
    it->array = nullptr;
    return Value::null();
  }
  return get_item(it->array, it->index++);
}

Value array_iterator_iter(Value self) { return self; }

Value array_repr(Value self) {
  ArrayObject* a = as_array(self);
  std::string text = "array('";
  text += a->code->code;
  text += "'";
  if (item_count(a)) {
    text += ", ";
    if (a->code->code == 'u') {
      std::string utf8;
      for (size_t i = 0; i < item_count(a); ++i) unicode::append_utf8(utf8, load<char32_t>(item_at(a, i)));
      text += repr_string(str_value(utf8));
    } else {
      Value list = wrap(make_list());
      for (size_t i = 0; i < item_count(a); ++i) list_append(list.as<List>(), get_item(a, i));
      text += repr_string(list);
    }
  }
  text += ")";
  return str_value(text);
}

// --- Methods ---

ArrayObject* self_array(Value self) { return as_array(self); }

void one_arg(const char* name, size_t nargs, Tuple* kwnames) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, 1, 1);
}

void no_args(const char* name, size_t nargs, Tuple* kwnames) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, 0, 0);
}

Value array_append(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_arg("append", nargs, kwnames);
  append_value(self_array(self), args[0]);
  return none();
}

Value array_extend(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_arg("extend", nargs, kwnames);
  if (is_array(args[0])) {
    extend_from_array(self_array(self), as_array(args[0]));
  } else {
    extend_from_iterable(self_array(self), args[0]);
  }
  return none();
}

Value array_buffer_info(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_args("buffer_info", nargs, kwnames);
  ArrayObject* a = self_array(self);
  return wrap(make_tuple({make_int(static_cast<int64_t>(reinterpret_cast<uintptr_t>(a->items))),
                          make_int(static_cast<int64_t>(item_count(a)))}));
}

Value array_byteswap(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_args("byteswap", nargs, kwnames);
  ArrayObject* a = self_array(self);
  size_t size = a->code->itemsize;
  for (size_t i = 0; i < item_count(a); ++i) std::reverse(item_at(a, i), item_at(a, i) + size);
  return none();
}

Value array_count(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_arg("count", nargs, kwnames);
  ArrayObject* a = self_array(self);
  int64_t count = 0;
  for (size_t i = 0; i < item_count(a); ++i) count += items_equal(get_item(a, i), args[0]);
  return make_int(count);
}

Value array_index(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("index", kwnames);
  check_positional("index", nargs, 1, 3);
  ArrayObject* a = self_array(self);
  int64_t count = static_cast<int64_t>(item_count(a));
  int64_t start = nargs > 1 ? search_bound(args[1], count) : 0;
  int64_t stop = nargs > 2 ? search_bound(args[2], count) : count;
  for (int64_t i = std::max<int64_t>(start, 0); i < std::min(stop, count); ++i) {
    if (items_equal(get_item(a, i), args[0])) return make_int(i);
  }
  throw_value_error("array.index(x): x not in array");
}

Value array_remove(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_arg("remove", nargs, kwnames);
  ArrayObject* a = self_array(self);
  for (size_t i = 0; i < item_count(a); ++i) {
    if (items_equal(get_item(a, i), args[0])) {
      delete_slice(a, static_cast<int64_t>(i), 1, 1);
      return none();
    }
  }
  throw_value_error("array.remove(x): x not in array");
}

Value array_insert(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("insert", kwnames);
  check_positional("insert", nargs, 2, 2);
  ArrayObject* a = self_array(self);
  int64_t index = index_as_ssize(args[0]);
  int64_t count = static_cast<int64_t>(item_count(a));
  if (index < 0) index = std::max<int64_t>(index + count, 0);
  index = std::min(index, count);
  char item[8];
  a->code->set(item, args[1]);
  resize(a, count + 1);
  size_t size = a->code->itemsize;
  std::memmove(item_at(a, index + 1), item_at(a, index), (count - index) * size);
  std::memcpy(item_at(a, index), item, size);
  return none();
}

Value array_pop(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("pop", kwnames);
  check_positional("pop", nargs, 0, 1);
  ArrayObject* a = self_array(self);
  int64_t count = static_cast<int64_t>(item_count(a));
  int64_t index = nargs ? index_as_ssize(args[0]) : -1;
  if (count == 0) throw_index_error("pop from empty array");
  if (index < 0) index += count;
  if (index < 0 || index >= count) throw_index_error("pop index out of range");
  Value item = get_item(a, index);
  delete_slice(a, index, 1, 1);
  return item;
}

Value array_reverse(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_args("reverse", nargs, kwnames);
  ArrayObject* a = self_array(self);
  size_t size = a->code->itemsize, count = item_count(a);
  char scratch[8];
  for (size_t i = 0; i < count / 2; ++i) {
    std::memcpy(scratch, item_at(a, i), size);
    std::memcpy(item_at(a, i), item_at(a, count - 1 - i), size);
    std::memcpy(item_at(a, count - 1 - i), scratch, size);
  }
  return none();
}

Value array_tobytes(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_args("tobytes", nargs, kwnames);
  ArrayObject* a = self_array(self);
  return wrap(make_bytes(std::string_view(a->items ? a->items : "", a->size)));
}

Value array_frombytes(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_arg("frombytes", nargs, kwnames);
  std::string_view data;
  if (!bytes_like_view(args[0], data)) {
    throw_type_error("a bytes-like object is required, not '" + type_name(args[0]) + "'");
  }
  append_bytes(self_array(self), std::string(data));
  return none();
}

Value array_tolist(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_args("tolist", nargs, kwnames);
  ArrayObject* a = self_array(self);
  List* list = make_list();
  for (size_t i = 0; i < item_count(a); ++i) list_append(list, get_item(a, i));
  return wrap(list);
}

Value array_fromlist(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_arg("fromlist", nargs, kwnames);
  if (!is_list(args[0])) throw_type_error("arg must be list");
  ArrayObject* a = self_array(self);
  size_t before = item_count(a);
  List* list = args[0].as<List>();
  try {
    for (size_t i = 0; i < list->size; ++i) append_value(a, list->items[i]);
  } catch (const PyException&) {
    resize(a, before);
    throw;
  }
  return none();
}

Value array_tounicode(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_args("tounicode", nargs, kwnames);
  ArrayObject* a = self_array(self);
  if (a->code->code != 'u') throw_value_error("tounicode() may only be called on unicode type arrays");
  std::string utf8;
  for (size_t i = 0; i < item_count(a); ++i) {
    char32_t cp = load<char32_t>(item_at(a, i));
    if (cp > 0x10FFFF) throw_value_error("character U+" + std::to_string(cp) + " is not in range [U+0000; U+10ffff]");
    unicode::append_utf8(utf8, cp);
  }
  return str_value(utf8);
}

Value array_fromunicode(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_arg("fromunicode", nargs, kwnames);
  if (!is_str(args[0])) {
    throw_type_error("fromunicode() argument must be str, not " + type_name(args[0]));
  }
  ArrayObject* a = self_array(self);
  if (a->code->code != 'u') {
    throw_value_error("fromunicode() may only be called on unicode type arrays");
  }
  append_unicode(a, args[0].as<Str>());
  return none();
}

Value array_tofile(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_arg("tofile", nargs, kwnames);
  ArrayObject* a = self_array(self);
  // In blocks, as CPython writes them, so a huge array is not copied whole.
  constexpr size_t kBlock = 64 * 1024;
  for (size_t offset = 0; offset < a->size; offset += kBlock) {
    size_t n = std::min(kBlock, a->size - offset);
    call_method(args[0], intern("write"), {wrap(make_bytes(std::string_view(a->items + offset, n)))});
  }
  return none();
}

Value array_fromfile(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("fromfile", kwnames);
  check_positional("fromfile", nargs, 2, 2);
  ArrayObject* a = self_array(self);
  int64_t n = index_as_ssize(args[1]);
  if (n < 0) throw_value_error("negative count");
  size_t wanted = static_cast<size_t>(n) * a->code->itemsize;
  Value data = call_method(args[0], intern("read"), {make_int(static_cast<int64_t>(wanted))});
  if (!is_bytes(data)) throw_type_error("read() didn't return bytes");
  std::string_view got = data.as<Bytes>()->view();
  size_t whole = got.size() - got.size() % a->code->itemsize;
  append_bytes(a, std::string(got.substr(0, whole)));
  if (got.size() != wanted) raise(&exc_EOFError, "read() didn't return enough bytes");
  return none();
}

Value array_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_args("__copy__", nargs, kwnames);
  return wrap(copy_of(self_array(self)));
}

Value array_deepcopy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  one_arg("__deepcopy__", nargs, kwnames);
  return wrap(copy_of(self_array(self)));
}

Value array_sizeof(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_args("__sizeof__", nargs, kwnames);
  return make_int(static_cast<int64_t>(sizeof(ArrayObject) + self_array(self)->capacity));
}

Value instance_dict_or_none(Value self) {
  Value dict = lookup_attr(self, intern("__dict__"));
  return dict.is_null() || (is_dict(dict) && dict_size(dict.as<Dict>()) == 0) ? none() : dict;
}

Module* array_module = nullptr;

Value array_reduce_ex(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_arg("__reduce_ex__", nargs, kwnames);
  ArrayObject* a = self_array(self);
  int64_t protocol = index_as_long(args[0]);
  Value cls = wrap(type_of(self));
  Value state = instance_dict_or_none(self);
  Value code = Value::from_object(str_from_code_point(static_cast<char32_t>(a->code->code)));
  if (protocol < 3) {
    Value list = array_tolist(self, nullptr, 0, nullptr);
    return wrap(make_tuple({cls, wrap(make_tuple({code, list})), state}));
  }
  Value reconstructor = dict_get_str(array_module->dict, intern("_array_reconstructor"));
  Value data = wrap(make_bytes(std::string_view(a->items ? a->items : "", a->size)));
  return wrap(make_tuple({reconstructor,
                          wrap(make_tuple({cls, code, make_int(a->code->machine_format), data})),
                          state}));
}

// _array_reconstructor(arraytype, typecode, mformat_code, items): the
// pickles of protocol 3 and later, in this machine's layout.
Value array_reconstructor(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_array_reconstructor", kwnames);
  check_positional("_array_reconstructor", nargs, 4, 4);
  if (!args[0].is_object() || !is_instance_of(args[0], &type_type)) {
    throw_type_error("first argument must be a type object, not " + type_name(args[0]));
  }
  Type* type = args[0].as<Type>();
  if (!is_subtype(type, &array_type)) {
    throw_type_error(type_qualified_name(type) + " is not a subtype of array.array");
  }
  if (!is_str(args[1]) || args[1].as<Str>()->length != 1) {
    throw_type_error("_array_reconstructor() argument 2 must be a unicode character, not " +
                     type_name(args[1]));
  }
  size_t pos = 0;
  const TypeCode* code = find_type_code(unicode::decode_utf8(args[1].as<Str>()->view(), pos));
  if (!code) throw_value_error("second argument must be a valid type code");
  int64_t format = index_as_long(args[2]);
  if (format != code->machine_format) throw_value_error("third argument must be a valid machine format code.");
  if (!is_bytes(args[3])) {
    throw_type_error("fourth argument should be bytes, not " + type_name(args[3]));
  }
  ArrayObject* a = new_array(type, code);
  append_bytes(a, std::string(args[3].as<Bytes>()->view()));
  return wrap(a);
}

Value array_typecode(Value self) {
  return Value::from_object(str_from_code_point(static_cast<char32_t>(self_array(self)->code->code)));
}

Value array_itemsize(Value self) { return make_int(self_array(self)->code->itemsize); }

BufferFormat array_buffer_format(Value self) {
  const TypeCode* code = as_array(self)->code;
  // CPython exports 'u' arrays as "w" (wchar_t, 4 bytes here).
  return {code->code == 'u' ? 'w' : code->code, code->itemsize};
}

void init_array_types() {
  array_type.new_instance = array_new;
  array_type.repr = array_repr;
  array_type.richcompare = array_richcompare;
  array_type.len = array_len;
  array_type.contains = array_contains;
  array_type.getitem = array_getitem;
  array_type.setitem = array_setitem;
  array_type.iter = array_iter;
  array_type.concat = array_concat;
  array_type.repeat = array_repeat;
  array_type.inplace[static_cast<int>(BinaryOp::Add)] = array_inplace_concat;
  array_type.inplace[static_cast<int>(BinaryOp::Multiply)] = array_inplace_repeat;
  init_static_type(&array_type, "array.array", nullptr, sizeof(ArrayObject),
                   kTypeBaseType | kTypeSequence);
  make_unhashable(&array_type);
  set_type_doc(&array_type,
               "array(typecode [, initializer]) -> array\n\n"
               "A compact sequence of numbers or characters of one C type, named by the\n"
               "type code (b, B, u, h, H, i, I, l, L, q, Q, f or d).");
  add_methods(&array_type, {
      {"append", array_append, kMethodInstance, "Append an item to the end of the array."},
      {"buffer_info", array_buffer_info, kMethodInstance,
       "(address, length): where the items are in memory and how many there are."},
      {"byteswap", array_byteswap, kMethodInstance, "Swap the bytes of every item."},
      {"count", array_count, kMethodInstance, "How many items equal x."},
      {"extend", array_extend, kMethodInstance, "Append the items of an iterable or array."},
      {"frombytes", array_frombytes, kMethodInstance,
       "Append items from a bytes-like object, in machine layout."},
      {"fromfile", array_fromfile, kMethodInstance, "Read n items from a binary file and append them."},
      {"fromlist", array_fromlist, kMethodInstance, "Append the items of a list."},
      {"fromunicode", array_fromunicode, kMethodInstance,
       "Append the characters of a str to a 'u' array."},
      {"index", array_index, kMethodInstance, "The index of the first item equal to x."},
      {"insert", array_insert, kMethodInstance, "Insert an item before position i."},
      {"pop", array_pop, kMethodInstance, "Remove and return item i (the last by default)."},
      {"remove", array_remove, kMethodInstance, "Remove the first item equal to x."},
      {"reverse", array_reverse, kMethodInstance, "Reverse the items in place."},
      {"tobytes", array_tobytes, kMethodInstance, "The items as bytes, in machine layout."},
      {"tofile", array_tofile, kMethodInstance, "Write the items to a binary file."},
      {"tolist", array_tolist, kMethodInstance, "The items as a list."},
      {"tounicode", array_tounicode, kMethodInstance, "The characters of a 'u' array as a str."},
      {"__copy__", array_copy, kMethodInstance, "A copy of the array."},
      {"__deepcopy__", array_deepcopy, kMethodInstance, "A copy of the array."},
      {"__reduce_ex__", array_reduce_ex, kMethodInstance, "The array's pickle."},
      {"__sizeof__", array_sizeof, kMethodInstance, "The size of the array in memory, in bytes."},
  });
  add_getsets(&array_type, {{"typecode", array_typecode, nullptr, "The type code of the items."},
                            {"itemsize", array_itemsize, nullptr, "The size of one item in bytes."}});
  register_resizable_exporter(&array_type, array_buffer_format);

  array_iterator_type.iter = array_iterator_iter;
  array_iterator_type.next = array_iterator_next;
  init_static_type(&array_iterator_type, "array.arrayiterator", nullptr, sizeof(ArrayIterator), 0);
  array_iterator_type.new_instance = nullptr;
}

}  // namespace

Module* create_array_module() {
  if (array_module) return array_module;
  init_array_types();
  array_module = make_module(intern("array"));
  add_functions(array_module, {{"_array_reconstructor", array_reconstructor, kMethodInstance,
                                "Rebuild an array from its pickle (protocol 3 and later)."}});
  dict_set_str(array_module->dict, intern("array"), wrap(&array_type));
  dict_set_str(array_module->dict, intern("ArrayType"), wrap(&array_type));
  dict_set_str(array_module->dict, intern("typecodes"), str_value("bBuhHiIlLqQfd"));
  dict_set_str(array_module->dict, intern("__doc__"),
               str_value("Arrays: sequences of numbers or characters stored compactly as one C "
                         "type."));
  return array_module;
}

}  // namespace krait
