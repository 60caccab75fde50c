// The `_struct` module (CPython's Modules/_struct.c): packing values into
// C layouts and back, with native sizes and alignment ('@') or the standard
// little- and big-endian layouts, and CPython's struct.error messages.
#include "modules/struct.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

Type* struct_error = nullptr;
Type struct_type, unpack_iterator_type;
Dict* struct_cache = nullptr;
constexpr size_t kMaxCacheSize = 100;

[[noreturn]] void raise_struct_error(const std::string& message) { raise(struct_error, message); }

// '@': native sizes and alignment; '<' / '>': standard sizes, no alignment
// ('=' is '<' on this little-endian machine, '!' is '>').
enum class Layout : uint8_t { kNative, kLittle, kBig };

struct Code {
  char letter;
  int64_t offset;
  int64_t size;    // of one item; for 's' and 'p' the whole field
  int64_t repeat;  // items of this code (1 for 's' and 'p')
};

struct StructObject : Object {
  Str* format;
  int64_t size;
  int64_t items;
  int64_t code_count;
  Code* codes;  // GC-atomic
  Layout layout;
};

struct UnpackIterator : Object {
  StructObject* layout;
  Value buffer;
  int64_t offset;
};

int64_t item_size(char letter, Layout layout) {
  switch (letter) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return layout == Layout::kNative ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return layout == Layout::kNative ? 8 : 0;
    default: return 0;
  }
}

void parse_format(StructObject* self, std::string_view text) {
  if (text.find('\0') != std::string_view::npos) raise_struct_error("embedded null character");
  Layout layout = Layout::kNative;
  size_t pos = 0;
  if (!text.empty()) {
    switch (text[0]) {
      case '@': pos = 1; break;
      case '<': case '=': layout = Layout::kLittle; pos = 1; break;
      case '>': case '!': layout = Layout::kBig; pos = 1; break;
    }
  }
  std::vector<Code> codes;
  int64_t size = 0, items = 0;
  const int64_t kMax = INT64_MAX;
  while (pos < text.size()) {
    char c = text[pos++];
    if (c == ' ' || (c >= '\t' && c <= '\r')) continue;
    int64_t count = 1;
    if (c >= '0' && c <= '9') {
      count = c - '0';
      for (;;) {
        if (pos >= text.size()) raise_struct_error("repeat count given without format specifier");
        c = text[pos++];
        if (c < '0' || c > '9') break;
        if (count > (kMax - (c - '0')) / 10) raise_struct_error("total struct size too long");
        count = count * 10 + (c - '0');
      }
    }
    int64_t itemsize = item_size(c, layout);
    if (itemsize == 0) raise_struct_error("bad char in struct format");
    if (layout == Layout::kNative && size > 0) {
      size += (itemsize - 1) - (size - 1) % itemsize;
    }
    if (count > (kMax - size) / itemsize) raise_struct_error("total struct size too long");
    if (c == 's' || c == 'p') {
      codes.push_back({c, size, count, 1});
      items++;
    } else if (c != 'x' && count > 0) {
      codes.push_back({c, size, itemsize, count});
      items += count;
    }
    size += count * itemsize;
  }
  self->layout = layout;
  self->size = size;
  self->items = items;
  self->code_count = static_cast<int64_t>(codes.size());
  size_t bytes = sizeof(Code) * (codes.empty() ? 1 : codes.size());
  self->codes = static_cast<Code*>(gc_alloc_atomic(bytes));
  // An empty format ("", "0i", "5x") has no codes, and data() may be null.
  if (!codes.empty()) std::memcpy(self->codes, codes.data(), sizeof(Code) * codes.size());
}

StructObject* as_struct(Value v) { return v.as<StructObject>(); }

void init_struct(StructObject* self, Value format) {
  std::string text;
  if (is_instance_of(format, &str_type)) {
    Str* s = format.as<Str>();
    if (!s->is_ascii()) {
      // CPython encodes the format as ASCII first.
      call_method(format, intern("encode"), {str_value("ascii")});
    }
    text = std::string(s->view());
  } else if (is_bytes(format)) {
    std::string_view data;
    bytes_like_view(format, data);
    text = std::string(data);
  } else {
    throw_type_error("Struct() argument 1 must be a str or bytes object, not " +
                     type_name(format));
  }
  parse_format(self, text);
  self->format = make_str(text);
}

Value struct_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value format;
  bind_arguments({"Struct", {"format"}, 1}, args, nargs, kwnames, &format);
  auto* self = static_cast<StructObject*>(allocate_instance(type));
  self->format = make_str("");
  self->codes = nullptr;
  self->code_count = 0;
  init_struct(self, format);
  return Value::from_object(self);
}

// The Struct for a format, through the module's cache.
StructObject* cached_struct(Value format) {
  if (!struct_cache) struct_cache = make_dict();
  Value found = dict_get(struct_cache, format);
  if (!found.is_null()) return as_struct(found);
  Value made = struct_new(&struct_type, &format, 1, nullptr);
  if (dict_size(struct_cache) >= kMaxCacheSize) dict_clear(struct_cache);
  dict_set(struct_cache, format, made);
  return as_struct(made);
}

// ---- packing ----

// An int for the integer codes: ints, or objects with __index__.
Value integer_argument(Value v) {
  if (is_int(v)) return v;
  if (type_of(v)->index) return index_value(v);
  raise_struct_error("required argument is not an integer");
}

void store(char* out, uint64_t value, int64_t size, Layout layout) {
  for (int64_t i = 0; i < size; i++) {
    int64_t at = layout == Layout::kBig ? size - 1 - i : i;
    out[at] = static_cast<char>(value >> (8 * i));
  }
}

uint64_t load(const char* in, int64_t size, Layout layout) {
  uint64_t value = 0;
  for (int64_t i = 0; i < size; i++) {
    int64_t at = layout == Layout::kBig ? size - 1 - i : i;
    value |= static_cast<uint64_t>(static_cast<unsigned char>(in[at])) << (8 * i);
  }
  return value;
}

// CPython names the C type for b, B, h and H where it packs with the native
// routines (every layout on a little-endian machine, '>' only for bytes).
const char* range_name(char letter, Layout layout) {
  switch (letter) {
    case 'b': return "byte";
    case 'B': return "ubyte";
    case 'h': return layout == Layout::kBig ? nullptr : "short";
    case 'H': return layout == Layout::kBig ? nullptr : "ushort";
    default: return nullptr;
  }
}

void pack_integer(char* out, const Code& code, Layout layout, Value v) {
  Value n = integer_argument(v);
  char letter = code.letter;
  int64_t size = code.size;
  if (letter == 'P') {
    int64_t signed_value;
    if (int_sign(n) < 0) {
      if (!int_to_int64(n, signed_value)) raise_struct_error("int too large to convert");
      store(out, static_cast<uint64_t>(signed_value), size, layout);
      return;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(n, z);
    bool fits = mpz_sizeinbase(z, 2) <= 64;
    uint64_t value = fits ? mpz_getlimbn(z, 0) : 0;
    mpz_clear(z);
    if (!fits) raise_struct_error("int too large to convert");
    store(out, value, size, layout);
    return;
  }
  bool is_signed = letter == 'b' || letter == 'h' || letter == 'i' || letter == 'l' ||
                   letter == 'q' || letter == 'n';
  const char* name = range_name(letter, layout);
  // '>q' and '>Q' convert through a byte-array routine with its own message.
  const char* overflow = layout == Layout::kBig && (letter == 'q' || letter == 'Q')
                             ? "int too large to convert"
                             : "argument out of range";
  if (is_signed) {
    int64_t value;
    if (!int_to_int64(n, value)) raise_struct_error(overflow);
    if (size < 8) {
      int64_t max = (int64_t{1} << (8 * size - 1)) - 1;
      int64_t min = -max - 1;
      if (value < min || value > max) {
        if (name) raise_struct_error(format("%s format requires %ld <= number <= %ld", name, min, max));
        raise_struct_error(format("'%c' format requires %ld <= number <= %ld", letter, min, max));
      }
    }
    store(out, static_cast<uint64_t>(value), size, layout);
    return;
  }
  if (int_sign(n) < 0) {
    // The native B and H convert as C longs, so negatives fail the range check.
    int64_t small;
    if (name && int_to_int64(n, small)) {
      raise_struct_error(format("%s format requires 0 <= number <= %lu", name,
                                (uint64_t{1} << (8 * size)) - 1));
    }
    raise_struct_error(overflow);
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(n, z);
  bool fits = mpz_sizeinbase(z, 2) <= 64;
  uint64_t value = fits ? mpz_getlimbn(z, 0) : 0;
  mpz_clear(z);
  if (!fits) raise_struct_error(overflow);
  if (size < 8) {
    uint64_t max = (uint64_t{1} << (8 * size)) - 1;
    if (value > max) {
      if (name) raise_struct_error(format("%s format requires 0 <= number <= %lu", name, max));
      raise_struct_error(format("'%c' format requires 0 <= number <= %lu", letter, max));
    }
  }
  store(out, value, size, layout);
}

double float_argument(Value v) {
  try {
    return as_double(v);
  } catch (const PyException&) {
    if (!current_exception_matches(&exc_TypeError)) throw;
    clear_current_exception();
    raise_struct_error("required argument is not a float");
  }
}

// IEEE 754 binary16, rounding half to even (CPython's PyFloat_Pack2).
uint16_t half_from_double(double x) {
  uint16_t sign = std::signbit(x) ? 1 : 0;
  int e;
  uint16_t bits;
  if (x == 0.0) {
    e = 0;
    bits = 0;
  } else if (std::isinf(x)) {
    e = 0x1f;
    bits = 0;
  } else if (std::isnan(x)) {
    e = 0x1f;
    bits = 512;
  } else {
    double f = std::frexp(std::fabs(x), &e);
    f *= 2.0;
    e--;
    if (e >= 16) throw_overflow_error("float too large to pack with e format");
    if (e < -25) {
      f = 0.0;
      e = 0;
    } else if (e < -14) {
      f = std::ldexp(f, 14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1.0;
    }
    f *= 1024.0;
    bits = static_cast<uint16_t>(f);
    if (f - bits > 0.5 || (f - bits == 0.5 && bits % 2 == 1)) {
      if (++bits == 1024) {
        bits = 0;
        if (++e == 31) throw_overflow_error("float too large to pack with e format");
      }
    }
  }
  return static_cast<uint16_t>(bits | (e << 10) | (sign << 15));
}

double half_to_double(uint16_t bits) {
  bool negative = bits >> 15;
  int e = (bits >> 10) & 0x1f;
  int f = bits & 0x3ff;
  if (e == 0x1f) {
    if (f == 0) return negative ? -HUGE_VAL : HUGE_VAL;
    return negative ? -NAN : NAN;
  }
  double x = f / 1024.0;
  if (e == 0) {
    e = -14;
  } else {
    x += 1.0;
    e -= 15;
  }
  x = std::ldexp(x, e);
  return negative ? -x : x;
}

void pack_item(char* out, const Code& code, Layout layout, Value v) {
  switch (code.letter) {
    case 'c': {
      if (!is_bytes(v) || v.as<Bytes>()->size != 1) {
        raise_struct_error("char format requires a bytes object of length 1");
      }
      out[0] = v.as<Bytes>()->data()[0];
      return;
    }
    case 's': case 'p': {
      std::string_view data;
      if (!(is_bytes(v) || is_bytearray(v)) || !bytes_like_view(v, data)) {
        raise_struct_error(format("argument for '%c' must be a bytes object", code.letter));
      }
      if (code.letter == 's') {
        size_t n = std::min<size_t>(data.size(), static_cast<size_t>(code.size));
        if (n) std::memcpy(out, data.data(), n);  // an empty bytearray's data() may be null
        return;
      }
      if (code.size == 0) return;
      size_t n = std::min<size_t>(data.size(), static_cast<size_t>(code.size - 1));
      if (n) std::memcpy(out + 1, data.data(), n);
      out[0] = static_cast<char>(std::min<size_t>(n, 255));
      return;
    }
    case '?':
      out[0] = truthy(v) ? 1 : 0;
      return;
    case 'e':
      store(out, half_from_double(float_argument(v)), 2, layout);
      return;
    case 'f': {
      double x = float_argument(v);
      float y = static_cast<float>(x);
      if (layout != Layout::kNative && std::isinf(y) && !std::isinf(x)) {
        throw_overflow_error("float too large to pack with f format");
      }
      uint32_t bits;
      std::memcpy(&bits, &y, 4);
      store(out, bits, 4, layout);
      return;
    }
    case 'd': {
      double x = float_argument(v);
      uint64_t bits;
      std::memcpy(&bits, &x, 8);
      store(out, bits, 8, layout);
      return;
    }
    default:
      pack_integer(out, code, layout, v);
  }
}

// Packs `values` (self->items of them) into `out` (self->size bytes, zeroed).
void pack_values(StructObject* self, char* out, const Value* values) {
  size_t next = 0;
  for (int64_t i = 0; i < self->code_count; i++) {
    const Code& code = self->codes[i];
    for (int64_t k = 0; k < code.repeat; k++) {
      pack_item(out + code.offset + k * code.size, code, self->layout, values[next++]);
    }
  }
}

Value unpack_item(const char* in, const Code& code, Layout layout) {
  switch (code.letter) {
    case 'c': return Value::from_object(make_bytes(std::string_view(in, 1)));
    case 's': return Value::from_object(make_bytes(std::string_view(in, code.size)));
    case 'p': {
      int64_t n = static_cast<unsigned char>(in[0]);
      if (n >= code.size) n = code.size - 1;
      return Value::from_object(make_bytes(std::string_view(in + 1, n > 0 ? n : 0)));
    }
    case '?': return make_bool(in[0] != 0);
    case 'e': return make_float(half_to_double(static_cast<uint16_t>(load(in, 2, layout))));
    case 'f': {
      uint32_t bits = static_cast<uint32_t>(load(in, 4, layout));
      float y;
      std::memcpy(&y, &bits, 4);
      return make_float(y);
    }
    case 'd': {
      uint64_t bits = load(in, 8, layout);
      double x;
      std::memcpy(&x, &bits, 8);
      return make_float(x);
    }
    case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
      uint64_t bits = load(in, code.size, layout);
      int shift = static_cast<int>(64 - 8 * code.size);
      return make_int(static_cast<int64_t>(bits << shift) >> shift);
    }
    default: return make_int_from_unsigned(load(in, code.size, layout));
  }
}

Value unpack_at(StructObject* self, const char* in) {
  Tuple* result = make_tuple(static_cast<size_t>(self->items));
  size_t next = 0;
  for (int64_t i = 0; i < self->code_count; i++) {
    const Code& code = self->codes[i];
    for (int64_t k = 0; k < code.repeat; k++) {
      (*result)[next++] = unpack_item(in + code.offset + k * code.size, code, self->layout);
    }
  }
  return Value::from_object(result);
}

std::string_view readable_buffer(Value v) {
  std::string_view data;
  if (!bytes_like_view(v, data)) {
    throw_type_error("a bytes-like object is required, not '" + type_name(v) + "'");
  }
  return data;
}

bool writable_buffer(Value v, char*& data, size_t& size) {
  if (ByteArray* storage = resizable_storage(v)) {
    data = storage->items;
    size = storage->size;
    return true;
  }
  return is_memoryview(v) && memoryview_writable_data(v, data, size);
}

// ---- the operations, shared by Struct's methods and the module's functions ----

Value do_pack(StructObject* self, const Value* values, size_t count) {
  if (static_cast<int64_t>(count) != self->items) {
    raise_struct_error(format("pack expected %ld items for packing (got %zu)", self->items, count));
  }
  std::string out(static_cast<size_t>(self->size), '\0');
  pack_values(self, out.data(), values);
  return Value::from_object(make_bytes(out));
}

Value do_pack_into(StructObject* self, const Value* args, size_t nargs) {
  if (static_cast<int64_t>(nargs) != self->items + 2) {
    if (nargs == 0) raise_struct_error("pack_into expected buffer argument");
    if (nargs == 1) raise_struct_error("pack_into expected offset argument");
    raise_struct_error(format("pack_into expected %ld items for packing (got %zu)", self->items,
                              nargs - 2));
  }
  char* data;
  size_t length;
  if (!writable_buffer(args[0], data, length)) {
    throw_type_error("argument must be read-write bytes-like object, not " + type_name(args[0]));
  }
  int64_t offset = index_as_ssize(args[1]);
  int64_t buffer_size = static_cast<int64_t>(length);
  if (offset < 0) {
    if (offset + self->size > 0) {
      raise_struct_error(format("no space to pack %ld bytes at offset %ld", self->size, offset));
    }
    if (offset + buffer_size < 0) {
      raise_struct_error(
          format("offset %ld out of range for %ld-byte buffer", offset, buffer_size));
    }
    offset += buffer_size;
  }
  if (buffer_size - offset < self->size) {
    raise_struct_error(format("pack_into requires a buffer of at least %ld bytes for packing %ld "
                              "bytes at offset %ld (actual buffer size is %ld)",
                              self->size + offset, self->size, offset, buffer_size));
  }
  // As CPython: the field is cleared, then written item by item (a bad value
  // leaves the items before it written).
  std::memset(data + offset, 0, static_cast<size_t>(self->size));
  pack_values(self, data + offset, args + 2);
  return none();
}

Value do_unpack(StructObject* self, Value buffer) {
  std::string_view data = readable_buffer(buffer);
  if (static_cast<int64_t>(data.size()) != self->size) {
    raise_struct_error(format("unpack requires a buffer of %ld bytes", self->size));
  }
  return unpack_at(self, data.data());
}

Value do_unpack_from(StructObject* self, Value buffer, Value offset_value) {
  std::string_view data = readable_buffer(buffer);
  int64_t offset = offset_value.is_null() ? 0 : index_as_ssize(offset_value);
  int64_t buffer_size = static_cast<int64_t>(data.size());
  if (offset < 0) {
    if (offset + buffer_size < 0) {
      raise_struct_error(
          format("offset %ld out of range for %ld-byte buffer", offset, buffer_size));
    }
    if (offset + self->size > 0) {
      raise_struct_error(
          format("not enough data to unpack %ld bytes at offset %ld", self->size, offset));
    }
    offset += buffer_size;
  }
  if (buffer_size - offset < self->size) {
    raise_struct_error(format("unpack_from requires a buffer of at least %ld bytes for unpacking "
                              "%ld bytes at offset %ld (actual buffer size is %ld)",
                              self->size + offset, self->size, offset, buffer_size));
  }
  return unpack_at(self, data.data() + offset);
}

Value do_iter_unpack(StructObject* self, Value buffer) {
  if (self->size == 0) raise_struct_error("cannot iteratively unpack with a struct of length 0");
  std::string_view data = readable_buffer(buffer);
  if (static_cast<int64_t>(data.size()) % self->size != 0) {
    raise_struct_error(format("iterative unpacking requires a buffer of a multiple of %ld bytes",
                              self->size));
  }
  auto* it = static_cast<UnpackIterator*>(allocate_instance(&unpack_iterator_type));
  it->layout = self;
  it->buffer = buffer;
  it->offset = 0;
  return Value::from_object(it);
}

Value unpack_iterator_next(Value self) {
  auto* it = self.as<UnpackIterator>();
  if (!it->layout) return Value::null();
  std::string_view data = readable_buffer(it->buffer);
  if (it->offset + it->layout->size > static_cast<int64_t>(data.size())) {
    it->layout = nullptr;
    it->buffer = none();
    return Value::null();
  }
  Value result = unpack_at(it->layout, data.data() + it->offset);
  it->offset += it->layout->size;
  return result;
}

Value unpack_iterator_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_positional("__length_hint__", nargs, 0, 0);
  auto* it = self.as<UnpackIterator>();
  if (!it->layout) return Value::from_small_int(0);
  std::string_view data = readable_buffer(it->buffer);
  return make_int((static_cast<int64_t>(data.size()) - it->offset) / it->layout->size);
}

Value iterator_self(Value self) { return self; }

// ---- Struct's methods ----

Value struct_pack(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("pack", kwnames);
  return do_pack(as_struct(self), args, nargs);
}

Value struct_pack_into(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("pack_into", kwnames);
  return do_pack_into(as_struct(self), args, nargs);
}

Value struct_unpack(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("unpack", kwnames);
  check_positional("unpack", nargs, 1, 1);
  return do_unpack(as_struct(self), args[0]);
}

Value struct_unpack_from(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"unpack_from", {"buffer", "offset"}, 1}, args, nargs, kwnames, bound);
  return do_unpack_from(as_struct(self), bound[0], bound[1]);
}

Value struct_iter_unpack(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("iter_unpack", kwnames);
  check_positional("iter_unpack", nargs, 1, 1);
  return do_iter_unpack(as_struct(self), args[0]);
}

Value struct_sizeof(Value self, const Value*, size_t, Tuple*) {
  return make_int(static_cast<int64_t>(sizeof(StructObject)) +
                  as_struct(self)->code_count * static_cast<int64_t>(sizeof(Code)));
}

Value struct_format(Value self) { return Value::from_object(as_struct(self)->format); }
Value struct_size(Value self) { return make_int(as_struct(self)->size); }

// ---- module functions ----

Value module_pack(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("pack", kwnames);
  if (nargs == 0) throw_type_error("missing format argument");
  return do_pack(cached_struct(args[0]), args + 1, nargs - 1);
}

Value module_pack_into(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("pack_into", kwnames);
  if (nargs == 0) throw_type_error("missing format argument");
  return do_pack_into(cached_struct(args[0]), args + 1, nargs - 1);
}

Value module_unpack(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("unpack", kwnames);
  check_positional("unpack", nargs, 2, 2);
  return do_unpack(cached_struct(args[0]), args[1]);
}

Value module_unpack_from(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"unpack_from", {"format", "buffer", "offset"}, 2, 1}, args, nargs, kwnames,
                 bound);
  return do_unpack_from(cached_struct(bound[0]), bound[1], bound[2]);
}

Value module_iter_unpack(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("iter_unpack", kwnames);
  check_positional("iter_unpack", nargs, 2, 2);
  return do_iter_unpack(cached_struct(args[0]), args[1]);
}

Value module_calcsize(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("calcsize", kwnames);
  check_positional("calcsize", nargs, 1, 1);
  return make_int(cached_struct(args[0])->size);
}

Value module_clearcache(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_clearcache", kwnames);
  check_positional("_clearcache", nargs, 0, 0);
  if (struct_cache) dict_clear(struct_cache);
  return none();
}

void init_struct_types() {
  struct_type.new_instance = struct_new;
  init_static_type(&struct_type, "_struct.Struct", nullptr, sizeof(StructObject),
                   kTypeBaseType | kTypeImmutable | kTypeWeakrefable);
  set_type_doc(&struct_type,
               "Struct(format)\n--\n\nCreate a compiled struct object.\n\n"
               "Return a new Struct object which writes and reads binary data according to\n"
               "the format string.\n\nSee help(struct) for more on format strings.");
  add_methods(&struct_type, {
      {"pack", struct_pack, kMethodInstance,
       "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... "
       "packed according\nto the format string S.format.  See help(struct) for more on format\n"
       "strings."},
      {"pack_into", struct_pack_into, kMethodInstance,
       "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to "
       "the format string S.format\nand write the packed bytes into the writable buffer buf "
       "starting at\noffset."},
      {"unpack", struct_unpack, kMethodInstance,
       "Return a tuple containing unpacked values."},
      {"unpack_from", struct_unpack_from, kMethodInstance,
       "Return a tuple containing unpacked values."},
      {"iter_unpack", struct_iter_unpack, kMethodInstance,
       "Return an iterator yielding tuples."},
      {"__sizeof__", struct_sizeof, kMethodInstance, "S.__sizeof__() -> size of S in memory, in bytes"},
  });
  add_getsets(&struct_type, {{"format", struct_format, nullptr, "struct format string"},
                             {"size", struct_size, nullptr, "struct size in bytes"}});

  unpack_iterator_type.iter = iterator_self;
  unpack_iterator_type.next = unpack_iterator_next;
  init_static_type(&unpack_iterator_type, "_struct.unpack_iterator", nullptr,
                   sizeof(UnpackIterator), kTypeImmutable);
  unpack_iterator_type.new_instance = nullptr;
  add_methods(&unpack_iterator_type, {{"__length_hint__", unpack_iterator_length_hint,
                                       kMethodInstance, nullptr}});
}

}  // namespace

Module* create_struct_module() {
  static Module* module = nullptr;
  if (module) return module;
  init_struct_types();
  struct_error = make_exception_class("struct.error", &exc_Exception);
  module = make_module(intern("_struct"));
  add_functions(module, {
      {"pack", module_pack, kMethodInstance,
       "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values "
       "v1, v2, ... packed according\nto the format string.  See help(struct) for more on "
       "format strings."},
      {"pack_into", module_pack_into, kMethodInstance,
       "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according "
       "to the format string and write\nthe packed bytes into the writable buffer buf starting "
       "at offset.  Note\nthat the offset is a required argument.  See help(struct) for more\n"
       "on format strings."},
      {"unpack", module_unpack, kMethodInstance,
       "Return a tuple containing values unpacked according to the format string."},
      {"unpack_from", module_unpack_from, kMethodInstance,
       "Return a tuple containing values unpacked according to the format string."},
      {"iter_unpack", module_iter_unpack, kMethodInstance,
       "Return an iterator yielding tuples unpacked from the given bytes."},
      {"calcsize", module_calcsize, kMethodInstance,
       "Return size in bytes of the struct described by the format string."},
      {"_clearcache", module_clearcache, kMethodInstance, "Clear the internal cache."},
  });
  dict_set_str(module->dict, intern("Struct"), Value::from_object(&struct_type));
  dict_set_str(module->dict, intern("error"), Value::from_object(struct_error));
  dict_set_str(module->dict, intern("__doc__"),
               str_value("Functions to convert between Python values and C structs.\n"
                         "Python bytes objects are used to hold the data representing the C "
                         "struct\nand also as format strings (explicitly or implicitly) to "
                         "describe the\nlayout of data in the C struct."));
  return module;
}

}  // namespace krait
