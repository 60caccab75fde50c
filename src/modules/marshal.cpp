// The marshal module: CPython's serialisation format, versions 0 to 4, for
// plain data, byte for byte; code objects in Krait's own layout under the
// same type code ('c'), validated on loading so that no corrupt input can
// reach the interpreter (docs/ARCHITECTURE.md, "marshal").
#include "modules/marshal.h"

#include <gmp.h>

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstring>
#include <string>
#include <vector>

#include "compiler/codegen_internal.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/number_format.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "vm/code.h"
#include "vm/opcodes.h"

namespace krait {

namespace {

constexpr int kCurrentVersion = 4;
// Nesting deeper than this is refused both ways (CPython's limit).
constexpr int kMaxDepth = 2000;
constexpr int64_t kSize32Max = 0x7FFFFFFF;
constexpr uint8_t kFlagRef = 0x80;
// A long's digits are 15 bits wide in the format, whatever the implementation's.
constexpr int kLongShift = 15;

enum TypeCode : uint8_t {
  kNull = '0',
  kNone = 'N',
  kFalse = 'F',
  kTrue = 'T',
  kStopIteration = 'S',
  kEllipsis = '.',
  kInt = 'i',
  kInt64 = 'I',  // read only: no version writes it
  kFloat = 'f',
  kBinaryFloat = 'g',
  kComplex = 'x',
  kBinaryComplex = 'y',
  kLong = 'l',
  kString = 's',  // bytes
  kInterned = 't',
  kRef = 'r',
  kTuple = '(',
  kList = '[',
  kDict = '{',
  kCode = 'c',
  kUnicode = 'u',
  kUnknown = '?',
  kSet = '<',
  kFrozenSet = '>',
  kAscii = 'a',
  kAsciiInterned = 'A',
  kSmallTuple = ')',
  kShortAscii = 'z',
  kShortAsciiInterned = 'Z',
};

// --- Writing ---

class Writer {
 public:
  explicit Writer(int version) : version_(version) {}

  // Like CPython, an error does not stop the walk: the last one recorded wins.
  enum class Error { kNone, kUnmarshallable, kTooDeep };

  void write_object(Value v);
  Error error() const { return error_; }
  std::string& output() { return out_; }

 private:
  void write_byte(uint8_t b) { out_.push_back(static_cast<char>(b)); }
  void write_int32(int64_t x) {
    for (int i = 0; i < 4; ++i) write_byte(static_cast<uint8_t>(x >> (8 * i)));
  }
  void write_bytes(const void* data, size_t size) { out_.append(static_cast<const char*>(data), size); }
  void write_sized(std::string_view data) {
    write_int32(static_cast<int64_t>(data.size()));
    write_bytes(data.data(), data.size());
  }
  void write_double_binary(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, 8);
    for (int i = 0; i < 8; ++i) write_byte(static_cast<uint8_t>(bits >> (8 * i)));
  }
  void write_double_text(double d) {
    std::string text = double_to_string(d, 'g', 17, false, false);
    write_byte(static_cast<uint8_t>(text.size()));
    write_bytes(text.data(), text.size());
  }
  // The recursion runs through write_object and write_complex_object: the
  // helpers with big frames stay out of line, so that 2000 levels fit a
  // thread's default stack even under AddressSanitizer.
  bool write_ref(Value v, uint8_t& flag);
  void write_complex_object(Value v, uint8_t flag);
  [[gnu::noinline]] void write_long(Value v, uint8_t flag);
  [[gnu::noinline]] void write_str(Str* s, uint8_t flag);
  [[gnu::noinline]] void write_set(Set* set, uint8_t flag);
  [[gnu::noinline]] void write_code(Code* code, uint8_t flag);
  [[gnu::noinline]] void write_buffer(std::string_view data, uint8_t flag);

  int version_;
  int depth_ = 0;
  Error error_ = Error::kNone;
  std::string out_;
  // Identity (the value's bits) to reference index; scanned memory, so the
  // keys also keep what they name alive.
  gc::unordered_map<uint64_t, uint32_t> refs_;
};

void Writer::write_object(Value v) {
  ++depth_;
  if (depth_ > kMaxDepth) {
    error_ = Error::kTooDeep;
  } else if (v.is_null()) {
    write_byte(kNull);
  } else if (is_none(v)) {
    write_byte(kNone);
  } else if (v.is(Value::from_object(&exc_StopIteration))) {
    write_byte(kStopIteration);
  } else if (v.is(ellipsis())) {
    write_byte(kEllipsis);
  } else if (v.is(make_bool(false))) {
    write_byte(kFalse);
  } else if (v.is(make_bool(true))) {
    write_byte(kTrue);
  } else {
    uint8_t flag = 0;
    if (!write_ref(v, flag)) write_complex_object(v, flag);
  }
  --depth_;
}

// From version 3 on, every object but the singletons above is entered in the
// reference table (CPython enters those with more than one reference; a
// tracing collector cannot know that: docs/ARCHITECTURE.md, "marshal").
bool Writer::write_ref(Value v, uint8_t& flag) {
  if (version_ < 3) return false;
  auto found = refs_.find(v.bits());
  if (found != refs_.end()) {
    write_byte(kRef);
    write_int32(found->second);
    return true;
  }
  uint32_t index = static_cast<uint32_t>(refs_.size());
  refs_.emplace(v.bits(), index);
  flag = kFlagRef;
  return false;
}

void Writer::write_long(Value v, uint8_t flag) {
  int64_t small;
  if (int_to_int64(v, small) && small >= INT32_MIN && small <= INT32_MAX) {
    write_byte(kInt | flag);
    write_int32(small);
    return;
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  bool negative = mpz_sgn(z) < 0;
  mpz_abs(z, z);
  size_t count = (mpz_sizeinbase(z, 2) + kLongShift - 1) / kLongShift;
  std::vector<uint16_t> digits(count);
  size_t written = 0;
  mpz_export(digits.data(), &written, -1, sizeof(uint16_t), 0, 16 - kLongShift, z);
  mpz_clear(z);
  write_byte(kLong | flag);
  write_int32(negative ? -static_cast<int64_t>(written) : static_cast<int64_t>(written));
  for (size_t i = 0; i < written; ++i) {
    write_byte(static_cast<uint8_t>(digits[i] & 0xFF));
    write_byte(static_cast<uint8_t>(digits[i] >> 8));
  }
}

void Writer::write_str(Str* s, uint8_t flag) {
  // The empty str is interned in CPython (a singleton); here it may be any object.
  bool interned = (s->flags & kStrInterned) || s->size == 0;
  std::string_view text = s->view();
  if (version_ >= 4 && s->is_ascii()) {
    if (text.size() < 256) {
      write_byte((interned ? kShortAsciiInterned : kShortAscii) | flag);
      write_byte(static_cast<uint8_t>(text.size()));
      write_bytes(text.data(), text.size());
    } else {
      write_byte((interned ? kAsciiInterned : kAscii) | flag);
      write_sized(text);
    }
    return;
  }
  // Krait's UTF-8 keeps surrogates as their 3-byte forms: CPython's
  // "surrogatepass" encoding, as the format wants.
  write_byte((version_ >= 3 && interned ? kInterned : kUnicode) | flag);
  write_sized(text);
}

void Writer::write_set(Set* set, uint8_t flag) {
  write_byte((set->type == &frozenset_type ? kFrozenSet : kSet) | flag);
  write_int32(static_cast<int64_t>(set_size(set)));
  // Elements in the order of their own serialisations, so that equal sets
  // give equal output whatever their iteration order (as CPython 3.11.2).
  struct Element {
    std::string key;
    Value value;
  };
  std::vector<Element, gc::allocator<Element>> elements;
  size_t pos = 0;
  Value key;
  while (set_next(set, pos, key)) {
    // Nested at this depth, so that a set reached again through a
    // reference cycle (loaded data can make one) ends at the depth limit.
    Writer alone(version_);
    alone.depth_ = depth_;
    alone.write_object(key);
    if (alone.error() != Error::kNone) {
      error_ = Error::kUnmarshallable;
      return;
    }
    elements.push_back({std::move(alone.output()), key});
  }
  std::stable_sort(elements.begin(), elements.end(),
                   [](const Element& a, const Element& b) { return a.key < b.key; });
  for (const Element& e : elements) write_object(e.value);
}

void Writer::write_code(Code* code, uint8_t flag) {
  write_byte(kCode | flag);
  for (int64_t field : {int64_t{code->argcount}, int64_t{code->posonlyargcount},
                        int64_t{code->kwonlyargcount}, int64_t{code->stacksize},
                        int64_t{code->flags}, int64_t{code->firstlineno}}) {
    write_int32(field);
  }
  write_int32(static_cast<int64_t>(code->code_size));
  for (size_t i = 0; i < code->code_size; ++i) {
    write_byte(static_cast<uint8_t>(code->code[i] & 0xFF));
    write_byte(static_cast<uint8_t>(code->code[i] >> 8));
  }
  for (size_t i = 0; i < code->code_size; ++i) {
    const Position& p = code->positions[i];
    for (int32_t field : {p.line, p.end_line, p.col, p.end_col}) write_int32(field);
  }
  write_sized({reinterpret_cast<const char*>(code->exception_table), code->exception_table_size});
  write_object(Value::from_object(code->consts));
  write_object(Value::from_object(code->names));
  write_object(Value::from_object(code->localsplus_names));
  write_bytes(code->localsplus_kinds, static_cast<size_t>(code->nlocalsplus));
  write_object(Value::from_object(code->filename));
  write_object(Value::from_object(code->name));
  write_object(Value::from_object(code->qualname));
}

// A bytes-like object's data, as PyObject_GetBuffer(PyBUF_SIMPLE) gives it;
// false for anything without a (contiguous) buffer.
bool buffer_data(Value v, std::string_view& out) {
  if (is_memoryview(v)) return memoryview_contiguous_data(v, out);
  if (is_bytes(v)) {
    out = v.as<Bytes>()->view();
    return true;
  }
  if (is_bytearray(v)) {
    auto* array = v.as<ByteArray>();
    out = {array->items, array->size};
    return true;
  }
  return false;
}

void Writer::write_buffer(std::string_view data, uint8_t flag) {
  write_byte(kString | flag);
  write_sized(data);
}

void Writer::write_complex_object(Value v, uint8_t flag) {
  Type* type = type_of(v);
  std::string_view data;
  if (is_exact_int(v)) {
    write_long(v, flag);
  } else if (v.is_double()) {
    if (version_ > 1) {
      write_byte(kBinaryFloat | flag);
      write_double_binary(v.as_double());
    } else {
      write_byte(kFloat | flag);
      write_double_text(v.as_double());
    }
  } else if (type == &complex_type) {
    auto* c = v.as<Complex>();
    if (version_ > 1) {
      write_byte(kBinaryComplex | flag);
      write_double_binary(c->real);
      write_double_binary(c->imag);
    } else {
      write_byte(kComplex | flag);
      write_double_text(c->real);
      write_double_text(c->imag);
    }
  } else if (type == &str_type) {
    write_str(v.as<Str>(), flag);
  } else if (type == &tuple_type) {
    Tuple* t = v.as<Tuple>();
    if (version_ >= 4 && t->size < 256) {
      write_byte(kSmallTuple | flag);
      write_byte(static_cast<uint8_t>(t->size));
    } else {
      write_byte(kTuple | flag);
      write_int32(static_cast<int64_t>(t->size));
    }
    for (size_t i = 0; i < t->size; ++i) write_object((*t)[i]);
  } else if (type == &list_type) {
    List* list = v.as<List>();
    write_byte(kList | flag);
    write_int32(static_cast<int64_t>(list->size));
    for (size_t i = 0; i < list->size; ++i) write_object(list->items[i]);
  } else if (type == &dict_type) {
    Dict* dict = v.as<Dict>();
    write_byte(kDict | flag);
    size_t pos = 0;
    Value key, value;
    while (dict_next(dict, pos, key, value)) {
      write_object(key);
      write_object(value);
    }
    write_byte(kNull);
  } else if (type == &set_type || type == &frozenset_type) {
    write_set(v.as<Set>(), flag);
  } else if (type == &code_type) {
    write_code(v.as<Code>(), flag);
  } else if (buffer_data(v, data)) {
    write_buffer(data, flag);
  } else {
    write_byte(kUnknown);
    error_ = Error::kUnmarshallable;
  }
}

// --- Reading ---

[[noreturn]] void bad_data(const char* what) {
  throw_value_error(std::string("bad marshal data (") + what + ")");
}

[[noreturn]] void eof_where_object_expected() { raise(&exc_EOFError, "EOF read where object expected"); }

// Where the bytes come from: a buffer in memory (loads) or a file object's
// readinto() (load), with CPython's messages for each when they run short.
class Reader {
 public:
  Reader(const char* data, size_t size) : ptr_(data), end_(data + size), begin_(data) {}
  explicit Reader(Value file) : file_(file) {}

  Value read_object();
  size_t consumed() const { return static_cast<size_t>(ptr_ - begin_); }

 private:
  // The next `n` bytes, valid until the next read.
  const char* take(size_t n);
  // The next byte, or -1 at the end (or on a failing read, whose error the
  // caller replaces, as CPython does).
  int read_byte();
  int32_t read_int32() {
    const auto* p = reinterpret_cast<const uint8_t*>(take(4));
    return static_cast<int32_t>(p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<uint32_t>(p[3]) << 24));
  }
  int64_t read_int64() {
    const auto* p = reinterpret_cast<const uint8_t*>(take(8));
    uint64_t x = 0;
    for (int i = 7; i >= 0; --i) x = (x << 8) | p[i];
    return static_cast<int64_t>(x);
  }
  int read_short() {
    const auto* p = reinterpret_cast<const uint8_t*>(take(2));
    return static_cast<int16_t>(p[0] | (p[1] << 8));
  }
  double read_double_binary() {
    uint64_t bits = static_cast<uint64_t>(read_int64());
    double d;
    std::memcpy(&d, &bits, 8);
    return d;
  }
  [[gnu::noinline]] double read_double_text();
  // How many items a container declared to hold `n` may allocate up front:
  // each item takes at least one byte, so never more than the bytes left.
  size_t preallocation_limit(size_t n) const {
    size_t bound = file_.is_null() ? static_cast<size_t>(end_ - ptr_) : size_t{1} << 16;
    return std::min(n, bound);
  }

  size_t reserve_ref(uint8_t flag);
  void fill_ref(size_t index, uint8_t flag, Value v);
  Value add_ref(uint8_t flag, Value v) {
    if (flag) refs_.push_back(v);
    return v;
  }

  // As for writing, only the containers' readers are on the recursive path.
  Value read_item(const char* container);
  Value read_typed(int code);
  [[gnu::noinline]] Value read_long(uint8_t flag);
  [[gnu::noinline]] Value read_str(int type, uint8_t flag);
  Value read_sequence(int type, uint8_t flag);
  Value read_dict(uint8_t flag);
  Value read_set(int type, uint8_t flag);
  [[gnu::noinline]] Value read_code(uint8_t flag);

  const char* ptr_ = nullptr;
  const char* end_ = nullptr;
  const char* begin_ = nullptr;
  Value file_;
  std::string file_buffer_;
  int depth_ = 0;
  // Objects read with FLAG_REF, by index; null while one is being built
  // (a reference to it then is invalid, as in CPython).
  gc::vector<Value> refs_;
};

// readinto() calls read at most this much at a time, so that a huge declared
// size allocates only as the data arrives.
constexpr size_t kFileChunk = size_t{1} << 20;

const char* Reader::take(size_t n) {
  if (file_.is_null()) {
    if (static_cast<size_t>(end_ - ptr_) < n) raise(&exc_EOFError, "marshal data too short");
    const char* p = ptr_;
    ptr_ += n;
    return p;
  }
  file_buffer_.clear();
  Str* readinto = intern("readinto");
  while (file_buffer_.size() < n) {
    size_t want = std::min(n - file_buffer_.size(), kFileChunk);
    ByteArray* chunk = make_bytearray(std::string(want, '\0'));
    Value result = call_method(file_, readinto, {Value::from_object(chunk)});
    Value count = index_value(result);
    int64_t got;
    if (!int_to_int64(count, got)) throw_overflow_error("Python int too large to convert to C ssize_t");
    if (got != static_cast<int64_t>(want)) {
      if (got > static_cast<int64_t>(want)) {
        throw_value_error(format("read() returned too much data: %zu bytes requested, %lld returned", want,
                                 static_cast<long long>(got)));
      }
      raise(&exc_EOFError, "EOF read where not expected");
    }
    // readinto() may have resized the array; what it lacks reads as zeros.
    std::string_view data(chunk->items, std::min(chunk->size, want));
    file_buffer_.append(data);
    file_buffer_.resize(file_buffer_.size() + (want - data.size()), '\0');
  }
  return file_buffer_.data();
}

int Reader::read_byte() {
  if (file_.is_null()) return ptr_ < end_ ? static_cast<uint8_t>(*ptr_++) : -1;
  try {
    return static_cast<uint8_t>(*take(1));
  } catch (const PyException&) {
    clear_current_exception();
    return -1;
  }
}

// PyOS_string_to_double's syntax: no spaces, no underscores.
bool is_float_literal(std::string_view text) {
  size_t i = 0;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
  std::string word;
  for (size_t j = i; j < text.size(); ++j) word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[j]))));
  if (word == "inf" || word == "infinity" || word == "nan") return true;
  size_t digits = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++digits;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    size_t exponent_digits = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++exponent_digits;
    if (exponent_digits == 0) return false;
  }
  return i == text.size();
}

double Reader::read_double_text() {
  int n = read_byte();
  if (n < 0) eof_where_object_expected();
  std::string text(take(static_cast<size_t>(n)), static_cast<size_t>(n));
  // The text is read as a C string: it ends at a NUL.
  text.resize(std::strlen(text.c_str()));
  if (!is_float_literal(text)) {
    std::string shown(str_decode(std::string_view(text).substr(0, 200), "utf-8", "replace")->view());
    throw_value_error("could not convert string to float: '" + shown + "'");
  }
  return float_from_string(text, text);
}

size_t Reader::reserve_ref(uint8_t flag) {
  if (!flag) return 0;
  refs_.push_back(Value::null());
  return refs_.size() - 1;
}

void Reader::fill_ref(size_t index, uint8_t flag, Value v) {
  if (flag) refs_[index] = v;
}

// Kept small: it is the frame that repeats for every level of nesting.
Value Reader::read_object() {
  int code = read_byte();
  if (code < 0) eof_where_object_expected();
  if (++depth_ > kMaxDepth) {
    --depth_;
    throw_value_error("recursion limit exceeded");
  }
  Value v = read_typed(code);
  --depth_;
  return v;
}

Value Reader::read_item(const char* container) {
  Value item = read_object();
  if (item.is_null()) throw_type_error(std::string("NULL object in marshal data for ") + container);
  return item;
}

Value Reader::read_typed(int code) {
  uint8_t flag = code & kFlagRef;
  int type = code & ~kFlagRef;
  switch (type) {
    case kNull: return Value::null();
    case kNone: return none();
    case kStopIteration: return Value::from_object(&exc_StopIteration);
    case kEllipsis: return ellipsis();
    case kFalse: return make_bool(false);
    case kTrue: return make_bool(true);
    case kInt: return add_ref(flag, make_int(read_int32()));
    case kInt64: return add_ref(flag, make_int(read_int64()));
    case kLong: return read_long(flag);
    case kFloat: return add_ref(flag, make_float(read_double_text()));
    case kBinaryFloat: return add_ref(flag, make_float(read_double_binary()));
    case kComplex: {
      double real = read_double_text();
      double imag = read_double_text();
      return add_ref(flag, make_complex(real, imag));
    }
    case kBinaryComplex: {
      double real = read_double_binary();
      double imag = read_double_binary();
      return add_ref(flag, make_complex(real, imag));
    }
    case kString: {
      int32_t n = read_int32();
      if (n < 0) bad_data("bytes object size out of range");
      return add_ref(flag, Value::from_object(make_bytes({take(static_cast<size_t>(n)), static_cast<size_t>(n)})));
    }
    case kUnicode: case kInterned: case kAscii: case kAsciiInterned: case kShortAscii:
    case kShortAsciiInterned:
      return read_str(type, flag);
    case kTuple: case kSmallTuple: case kList: return read_sequence(type, flag);
    case kDict: return read_dict(flag);
    case kSet: case kFrozenSet: return read_set(type, flag);
    case kCode: return read_code(flag);
    case kRef: {
      int32_t n = read_int32();
      if (n < 0 || static_cast<size_t>(n) >= refs_.size() || refs_[static_cast<size_t>(n)].is_null()) {
        bad_data("invalid reference");
      }
      return refs_[static_cast<size_t>(n)];
    }
    default: bad_data("unknown type code");
  }
}

Value Reader::read_long(uint8_t flag) {
  int32_t n = read_int32();
  if (n == 0) return add_ref(flag, make_int(0));
  if (n < -kSize32Max) bad_data("long size out of range");
  size_t count = static_cast<size_t>(n < 0 ? -static_cast<int64_t>(n) : n);
  // Digits are checked as they are read, before any are stored past the data.
  std::vector<uint16_t> digits;
  digits.reserve(preallocation_limit(count));
  for (size_t i = 0; i < count; ++i) {
    int digit = read_short();
    if (digit < 0) bad_data("digit out of range in long");
    if (digit == 0 && i == count - 1) bad_data("unnormalized long data");
    digits.push_back(static_cast<uint16_t>(digit));
  }
  mpz_t z;
  mpz_init(z);
  mpz_import(z, digits.size(), -1, sizeof(uint16_t), 0, 16 - kLongShift, digits.data());
  if (n < 0) mpz_neg(z, z);
  Value v = make_int_from_mpz(z);
  mpz_clear(z);
  return add_ref(flag, v);
}

// Latin-1 bytes (the ASCII types hold those, read as CPython reads them) to UTF-8.
Str* latin1_str(std::string_view bytes) {
  std::string utf8;
  utf8.reserve(bytes.size());
  for (unsigned char c : bytes) {
    if (c < 0x80) {
      utf8.push_back(static_cast<char>(c));
    } else {
      utf8.push_back(static_cast<char>(0xC0 | (c >> 6)));
      utf8.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return make_str(utf8);
}

Value Reader::read_str(int type, uint8_t flag) {
  bool interned = type == kInterned || type == kAsciiInterned || type == kShortAsciiInterned;
  size_t n;
  if (type == kShortAscii || type == kShortAsciiInterned) {
    int size = read_byte();
    if (size < 0) eof_where_object_expected();
    n = static_cast<size_t>(size);
  } else {
    int32_t size = read_int32();
    if (size < 0) bad_data("string size out of range");
    n = static_cast<size_t>(size);
  }
  Str* s;
  if (type == kUnicode || type == kInterned) {
    s = n == 0 ? empty_str() : str_decode({take(n), n}, "utf-8", "surrogatepass");
  } else {
    s = latin1_str({take(n), n});
  }
  if (interned) s = intern(s);
  return add_ref(flag, Value::from_object(s));
}

Value Reader::read_sequence(int type, uint8_t flag) {
  size_t n;
  if (type == kSmallTuple) {
    int size = read_byte();
    if (size < 0) eof_where_object_expected();
    n = static_cast<size_t>(size);
  } else {
    int32_t size = read_int32();
    if (size < 0) bad_data(type == kList ? "list size out of range" : "tuple size out of range");
    n = static_cast<size_t>(size);
  }
  if (type == kList) {
    List* list = make_list();
    add_ref(flag, Value::from_object(list));
    for (size_t i = 0; i < n; ++i) list_append(list, read_item("list"));
    return Value::from_object(list);
  }
  if (preallocation_limit(n) == n) {
    // Entered before its items, so they may refer to it; None until read.
    Tuple* tuple = make_tuple(n);
    for (size_t i = 0; i < n; ++i) (*tuple)[i] = none();
    add_ref(flag, Value::from_object(tuple));
    for (size_t i = 0; i < n; ++i) (*tuple)[i] = read_item("tuple");
    return Value::from_object(tuple);
  }
  // More items declared than bytes can hold: the read fails before the end,
  // and nothing is allocated for the declared size.
  size_t index = reserve_ref(flag);
  gc::vector<Value> items;
  for (size_t i = 0; i < n; ++i) items.push_back(read_item("tuple"));
  Tuple* tuple = make_tuple(items.data(), items.size());
  fill_ref(index, flag, Value::from_object(tuple));
  return Value::from_object(tuple);
}

// Whether hashing `key` would recurse forever: a tuple that contains itself
// through tuples, which only references while loading can build (tuple
// hashing has no recursion limit, in CPython as here). `state` marks each
// tuple on the current path (1) or fully explored (2), so a shared subtuple
// is explored once.
bool is_cyclic_tuple(Value key, gc::unordered_map<uint64_t, int>& state) {
  if (!is_exact_tuple(key)) return false;
  int& mark = state[key.bits()];
  if (mark != 0) return mark == 1;
  mark = 1;
  Tuple* t = key.as<Tuple>();
  for (size_t i = 0; i < t->size; ++i) {
    if (is_cyclic_tuple((*t)[i], state)) return true;
  }
  state[key.bits()] = 2;
  return false;
}

Value hashable_key(Value key) {
  gc::unordered_map<uint64_t, int> state;
  if (is_cyclic_tuple(key, state)) raise(&exc_RecursionError, "maximum recursion depth exceeded while hashing");
  return key;
}

Value Reader::read_dict(uint8_t flag) {
  Dict* dict = make_dict();
  add_ref(flag, Value::from_object(dict));
  while (true) {
    Value key = read_object();
    if (key.is_null()) break;
    Value value = read_object();
    if (value.is_null()) break;
    dict_set(dict, hashable_key(key), value);
  }
  return Value::from_object(dict);
}

Value Reader::read_set(int type, uint8_t flag) {
  int32_t n = read_int32();
  if (n < 0) bad_data("set size out of range");
  if (type == kSet) {
    Set* set = make_set();
    add_ref(flag, Value::from_object(set));
    for (int32_t i = 0; i < n; ++i) set_add(set, hashable_key(read_item("set")));
    return Value::from_object(set);
  }
  if (n == 0) return add_ref(flag, Value::from_object(make_frozenset()));
  size_t index = reserve_ref(flag);
  Set* set = make_frozenset();
  for (int32_t i = 0; i < n; ++i) set_add(set, hashable_key(read_item("set")));
  fill_ref(index, flag, Value::from_object(set));
  return Value::from_object(set);
}

// --- Code objects ---

[[noreturn]] void bad_code(const std::string& what) {
  throw_value_error("bad marshal data (code object: " + what + ")");
}

Tuple* exact_tuple_field(Value v, const char* field) {
  if (!is_exact_tuple(v)) bad_code(std::string(field) + " is not a tuple");
  return v.as<Tuple>();
}

Str* exact_str_field(Value v, const char* field) {
  if (!is_exact_str(v)) bad_code(std::string(field) + " is not a str");
  return v.as<Str>();
}

// A copy of a tuple of names with each interned, as the compiler makes them:
// attribute lookup and the method cache compare names by identity.
Tuple* interned_names(Tuple* names, const char* field) {
  Tuple* out = make_tuple(names->size);
  for (size_t i = 0; i < names->size; ++i) {
    (*out)[i] = Value::from_object(intern(exact_str_field((*names)[i], field)));
  }
  return out;
}

bool is_name_op(Op op) {
  switch (op) {
    case Op::STORE_NAME: case Op::DELETE_NAME: case Op::STORE_ATTR: case Op::DELETE_ATTR:
    case Op::STORE_GLOBAL: case Op::DELETE_GLOBAL: case Op::LOAD_NAME: case Op::LOAD_ATTR:
    case Op::IMPORT_NAME: case Op::IMPORT_FROM: case Op::LOAD_METHOD:
      return true;
    default:
      return false;
  }
}

bool is_deref_op(Op op) {
  switch (op) {
    case Op::MAKE_CELL: case Op::LOAD_CLOSURE: case Op::LOAD_DEREF: case Op::STORE_DEREF:
    case Op::DELETE_DEREF: case Op::LOAD_CLASSDEREF:
      return true;
    default:
      return false;
  }
}

bool is_jump_op(Op op) { return codegen::is_jump(static_cast<int>(op)); }

bool ends_flow(Op op) {
  switch (op) {
    case Op::RETURN_VALUE: case Op::RAISE_VARARGS: case Op::RERAISE: case Op::JUMP_FORWARD:
    case Op::JUMP_BACKWARD: case Op::JUMP_BACKWARD_NO_INTERRUPT:
      return true;
    default:
      return false;
  }
}

// How many stack entries an instruction reads (pops or peeks at), so that a
// loaded code object can never reach below its frame's operand stack.
int64_t stack_inputs(Op op, int64_t oparg) {
  switch (op) {
    case Op::POP_TOP: case Op::UNARY_POSITIVE: case Op::UNARY_NEGATIVE: case Op::UNARY_NOT:
    case Op::UNARY_INVERT: case Op::GET_LEN: case Op::MATCH_MAPPING: case Op::MATCH_SEQUENCE:
    case Op::PUSH_EXC_INFO: case Op::GET_AITER: case Op::GET_ANEXT: case Op::BEFORE_ASYNC_WITH:
    case Op::BEFORE_WITH: case Op::GET_ITER: case Op::GET_YIELD_FROM_ITER: case Op::PRINT_EXPR:
    case Op::LIST_TO_TUPLE: case Op::RETURN_VALUE: case Op::IMPORT_STAR: case Op::YIELD_VALUE:
    case Op::ASYNC_GEN_WRAP: case Op::POP_EXCEPT: case Op::STORE_NAME: case Op::UNPACK_SEQUENCE:
    case Op::FOR_ITER: case Op::UNPACK_EX: case Op::DELETE_ATTR: case Op::STORE_GLOBAL:
    case Op::LOAD_ATTR: case Op::IMPORT_FROM: case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP: case Op::POP_JUMP_FORWARD_IF_FALSE:
    case Op::POP_JUMP_FORWARD_IF_TRUE: case Op::POP_JUMP_FORWARD_IF_NONE:
    case Op::POP_JUMP_FORWARD_IF_NOT_NONE: case Op::STORE_FAST: case Op::GET_AWAITABLE:
    case Op::STORE_DEREF: case Op::LOAD_METHOD:
      return 1;
    case Op::BINARY_SUBSCR: case Op::MATCH_KEYS: case Op::CHECK_EXC_MATCH:
    case Op::CHECK_EG_MATCH: case Op::END_ASYNC_FOR: case Op::DELETE_SUBSCR:
    case Op::PREP_RERAISE_STAR: case Op::STORE_ATTR: case Op::COMPARE_OP: case Op::IMPORT_NAME:
    case Op::IS_OP: case Op::CONTAINS_OP: case Op::BINARY_OP: case Op::SEND:
      return 2;
    case Op::STORE_SUBSCR: case Op::MATCH_CLASS: return 3;
    case Op::WITH_EXCEPT_START: return 4;
    case Op::SWAP: case Op::COPY: case Op::BUILD_TUPLE: case Op::BUILD_LIST: case Op::BUILD_SET:
    case Op::BUILD_STRING: case Op::RAISE_VARARGS: case Op::BUILD_SLICE:
      return oparg;
    case Op::BUILD_MAP: return 2 * oparg;
    case Op::RERAISE: return oparg + 1;
    case Op::MAKE_FUNCTION: return 1 + std::popcount(static_cast<unsigned>(oparg & 0x0F));
    case Op::CALL_FUNCTION_EX: return 3 + (oparg & 1);
    case Op::LIST_APPEND: case Op::SET_ADD: case Op::LIST_EXTEND: case Op::SET_UPDATE:
    case Op::DICT_UPDATE: case Op::BUILD_CONST_KEY_MAP:
      return oparg + 1;
    case Op::MAP_ADD: case Op::CALL: return oparg + 2;
    case Op::DICT_MERGE: return oparg + 3;
    case Op::FORMAT_VALUE: return (oparg & 0x04) ? 2 : 1;
    default: return 0;
  }
}

int64_t decode_varint(const uint8_t*& p, const uint8_t* end) {
  if (p == end) return -1;
  int64_t value = *p & 0x3F;
  while (*p & 0x40) {
    if (++p == end || value > (int64_t{1} << 30)) return -1;
    value = (value << 6) | (*p & 0x3F);
  }
  ++p;
  return value;
}

// Everything the interpreter takes on trust: opcodes, argument indices,
// jump targets, the exception table, and stack depths that stay within the
// frame's operand stack on every path.
void validate_code(Code* code) {
  size_t size = code->code_size;
  if (code->argcount < 0 || code->posonlyargcount < 0 || code->kwonlyargcount < 0 ||
      code->posonlyargcount > code->argcount) {
    bad_code("argument counts out of range");
  }
  int64_t parameters = int64_t{code->argcount} + code->kwonlyargcount +
                       ((code->flags & kCoVarargs) ? 1 : 0) + ((code->flags & kCoVarkeywords) ? 1 : 0);
  if (parameters > code->nlocals) bad_code("more parameters than locals");
  if (code->stacksize < 0 || code->stacksize > (1 << 20)) bad_code("stack size out of range");
  if (size == 0) bad_code("no instructions");

  // Exception table: well-formed, ordered, inside the code.
  std::vector<ExceptionTableEntry> handlers;
  const uint8_t* p = code->exception_table;
  const uint8_t* end = p + code->exception_table_size;
  uint32_t previous_end = 0;
  while (p < end) {
    if (!(*p & 0x80)) bad_code("malformed exception table");
    int64_t start = decode_varint(p, end);
    int64_t length = decode_varint(p, end);
    int64_t target = decode_varint(p, end);
    int64_t depth_lasti = decode_varint(p, end);
    if (start < 0 || length <= 0 || target < 0 || depth_lasti < 0 || start < previous_end ||
        static_cast<size_t>(start + length) > size || static_cast<size_t>(target) >= size ||
        (depth_lasti >> 1) > code->stacksize) {
      bad_code("malformed exception table");
    }
    handlers.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(start + length),
                        static_cast<uint32_t>(target), static_cast<uint32_t>(depth_lasti >> 1),
                        (depth_lasti & 1) != 0});
    previous_end = static_cast<uint32_t>(start + length);
  }

  // Each instruction's full argument, and per-instruction checks.
  std::vector<int64_t> opargs(size);
  int64_t prefix = 0;
  size_t nconsts = code->consts->size;
  size_t nnames = code->names->size;
  auto is_after_extended_arg = [&](size_t target) {
    return target > 0 && instruction_op(code->code[target - 1]) == Op::EXTENDED_ARG;
  };
  for (size_t i = 0; i < size; ++i) {
    uint16_t word = code->code[i];
    uint8_t opcode = word & 0xFF;
    Op op = instruction_op(word);
    if (!opcode_name(opcode) || op == Op::CACHE) bad_code("unknown opcode " + std::to_string(opcode));
    int64_t oparg = (prefix << 8) | instruction_arg(word);
    opargs[i] = oparg;
    prefix = op == Op::EXTENDED_ARG ? oparg : 0;
    if (prefix > (int64_t{1} << 24)) bad_code("argument too large");
    const char* bad = nullptr;
    if ((op == Op::LOAD_CONST || op == Op::KW_NAMES) && static_cast<size_t>(oparg) >= nconsts) {
      bad = "constant index out of range";
    } else if (is_name_op(op) && static_cast<size_t>(oparg) >= nnames) {
      bad = "name index out of range";
    } else if (op == Op::LOAD_GLOBAL && static_cast<size_t>(oparg >> 1) >= nnames) {
      bad = "name index out of range";
    } else if ((op == Op::LOAD_FAST || op == Op::STORE_FAST || op == Op::DELETE_FAST) &&
               (oparg >= code->nlocalsplus || code->localsplus_kinds[oparg] != kFastLocal)) {
      bad = "local index out of range";
    } else if (is_deref_op(op) && (oparg >= code->nlocalsplus ||
                                   !(code->localsplus_kinds[oparg] & (kFastCell | kFastFree)))) {
      bad = "cell index out of range";
    } else if (op == Op::COPY_FREE_VARS && oparg != code->nfreevars) {
      bad = "COPY_FREE_VARS count";
    } else if (is_jump_op(op) && (static_cast<size_t>(oparg) >= size || is_after_extended_arg(oparg))) {
      bad = "jump target out of range";
    } else if ((op == Op::COMPARE_OP && oparg > 5) || (op == Op::BINARY_OP && oparg >= 2 * kBinaryOpCount) ||
               (op == Op::RAISE_VARARGS && oparg > 2) || (op == Op::BUILD_SLICE && oparg != 2 && oparg != 3) ||
               ((op == Op::COPY || op == Op::SWAP) && oparg < 1) || (op == Op::MAKE_FUNCTION && oparg > 0x0F) ||
               (op == Op::FORMAT_VALUE && oparg > 7)) {
      bad = "argument out of range";
    }
    if (bad) bad_code(std::string(bad) + " at offset " + std::to_string(2 * i) + " (" + opcode_name(opcode) + ")");
    if (op == Op::KW_NAMES) {
      Value names = (*code->consts)[static_cast<size_t>(oparg)];
      if (!is_exact_tuple(names)) bad_code("KW_NAMES constant is not a tuple");
      for (size_t k = 0; k < names.as<Tuple>()->size; ++k) {
        if (!is_exact_str((*names.as<Tuple>())[k])) bad_code("KW_NAMES constant is not a tuple of str");
      }
    }
  }
  // The prefix before the first RESUME makes the cells and copies the free
  // variables, once: every later DEREF instruction finds a cell in its slot.
  size_t resume = 0;
  std::vector<bool> made_cell(static_cast<size_t>(code->nlocalsplus), false);
  bool copied_free_vars = false;
  for (; resume < size && instruction_op(code->code[resume]) != Op::RESUME; ++resume) {
    Op op = instruction_op(code->code[resume]);
    if (op == Op::MAKE_CELL) {
      made_cell[static_cast<size_t>(opargs[resume])] = true;
    } else if (op == Op::COPY_FREE_VARS) {
      copied_free_vars = true;
    } else if (op != Op::RETURN_GENERATOR && op != Op::POP_TOP && op != Op::NOP) {
      bad_code("unexpected instruction before RESUME");
    }
  }
  if (resume == size) bad_code("no RESUME");
  for (int32_t i = 0; i < code->nlocalsplus; ++i) {
    uint8_t kind = code->localsplus_kinds[i];
    if ((kind & kFastCell) && !made_cell[static_cast<size_t>(i)]) bad_code("cell not made");
  }
  if (code->nfreevars > 0 && !copied_free_vars) bad_code("free variables not copied");
  for (size_t i = resume; i < size; ++i) {
    Op op = instruction_op(code->code[i]);
    if ((op == Op::MAKE_CELL || op == Op::COPY_FREE_VARS || op == Op::RETURN_GENERATOR) ||
        (is_jump_op(op) && static_cast<size_t>(opargs[i]) <= resume)) {
      bad_code("prefix instruction after RESUME");
    }
  }
  for (const ExceptionTableEntry& h : handlers) {
    if (is_after_extended_arg(h.target) || h.target <= resume) bad_code("malformed exception table");
  }

  // Stack depths: one per reachable instruction, the same on every path.
  std::vector<int64_t> depth(size, -1);
  std::vector<std::pair<size_t, int64_t>> todo{{0, 0}};
  auto reach = [&](size_t target, int64_t d) {
    if (d < 0 || d > code->stacksize) bad_code("stack depth out of range");
    todo.emplace_back(target, d);
  };
  while (!todo.empty()) {
    auto [i, d] = todo.back();
    todo.pop_back();
    if (depth[i] >= 0) {
      if (depth[i] != d) bad_code("inconsistent stack depth at offset " + std::to_string(2 * i));
      continue;
    }
    depth[i] = d;
    Op op = instruction_op(code->code[i]);
    int64_t oparg = opargs[i];
    if (op != Op::EXTENDED_ARG) {
      if (stack_inputs(op, oparg) > d) bad_code("stack underflow at offset " + std::to_string(2 * i));
      for (const ExceptionTableEntry& h : handlers) {
        if (i < h.start || i >= h.end) continue;
        if (h.depth > d) bad_code("exception handler depth above the stack");
        reach(h.target, int64_t{h.depth} + 1 + (h.lasti ? 1 : 0));
        break;
      }
    }
    int effect = codegen::stack_effect(static_cast<int>(op), static_cast<int>(oparg), false);
    if (is_jump_op(op)) {
      reach(static_cast<size_t>(oparg), d + codegen::stack_effect(static_cast<int>(op), static_cast<int>(oparg), true));
    }
    if (ends_flow(op)) continue;
    if (i + 1 >= size) bad_code("code runs past its end");
    reach(i + 1, d + effect);
  }
}

// Reads the rest of a code record; kept apart from the recursive path.
Value Reader::read_code(uint8_t flag) {
  size_t index = reserve_ref(flag);
  Code* code = make_code();
  int32_t header[6];
  for (int32_t& field : header) field = read_int32();
  code->argcount = header[0];
  code->posonlyargcount = header[1];
  code->kwonlyargcount = header[2];
  code->stacksize = header[3];
  code->flags = static_cast<uint32_t>(header[4]);
  code->firstlineno = header[5];
  int32_t words = read_int32();
  if (words <= 0) bad_code("code size out of range");
  size_t size = static_cast<size_t>(words);
  {
    const auto* bytes = reinterpret_cast<const uint8_t*>(take(2 * size));
    code->code = static_cast<uint16_t*>(gc_alloc_atomic(size * sizeof(uint16_t)));
    for (size_t i = 0; i < size; ++i) code->code[i] = static_cast<uint16_t>(bytes[2 * i] | (bytes[2 * i + 1] << 8));
  }
  code->code_size = size;
  {
    const auto* bytes = reinterpret_cast<const uint8_t*>(take(16 * size));
    code->positions = static_cast<Position*>(gc_alloc_atomic(size * sizeof(Position)));
    for (size_t i = 0; i < size; ++i) {
      int32_t fields[4];
      for (int f = 0; f < 4; ++f) {
        const uint8_t* b = bytes + 16 * i + 4 * f;
        fields[f] = static_cast<int32_t>(b[0] | (b[1] << 8) | (b[2] << 16) | (static_cast<uint32_t>(b[3]) << 24));
        if (fields[f] < -1) bad_code("position out of range");
      }
      code->positions[i] = Position{fields[0], fields[1], fields[2], fields[3]};
    }
  }
  int32_t table_size = read_int32();
  if (table_size < 0) bad_code("exception table size out of range");
  {
    size_t n = static_cast<size_t>(table_size);
    const char* bytes = take(n);
    code->exception_table = static_cast<uint8_t*>(gc_alloc_atomic(std::max<size_t>(n, 1)));
    std::memcpy(code->exception_table, bytes, n);
    code->exception_table_size = n;
  }
  code->consts = exact_tuple_field(read_object(), "co_consts");
  code->names = interned_names(exact_tuple_field(read_object(), "co_names"), "co_names");
  Tuple* localsplus = interned_names(exact_tuple_field(read_object(), "localsplus names"), "localsplus names");
  code->localsplus_names = localsplus;
  code->nlocalsplus = static_cast<int32_t>(localsplus->size);
  {
    size_t n = localsplus->size;
    const char* kinds = take(n);
    code->localsplus_kinds = static_cast<uint8_t*>(gc_alloc_atomic(std::max<size_t>(n, 1)));
    std::memcpy(code->localsplus_kinds, kinds, n);
  }
  // The layout the frame relies on: locals (some also cells), then cells,
  // then free variables.
  int section = 0;
  for (int32_t i = 0; i < code->nlocalsplus; ++i) {
    uint8_t kind = code->localsplus_kinds[i];
    int kind_section = kind == kFastLocal || kind == (kFastLocal | kFastCell) ? 0
                       : kind == kFastCell                                    ? 1
                       : kind == kFastFree                                    ? 2
                                                                              : -1;
    if (kind_section < section) bad_code("bad local kinds");
    section = kind_section;
    code->nlocals += kind_section == 0;
    code->ncellvars += (kind & kFastCell) != 0;
    code->nfreevars += kind_section == 2;
  }
  code->filename = exact_str_field(read_object(), "co_filename");
  code->name = intern(exact_str_field(read_object(), "co_name"));
  code->qualname = exact_str_field(read_object(), "co_qualname");
  validate_code(code);
  fill_ref(index, flag, Value::from_object(code));
  return Value::from_object(code);
}

// --- The module ---

int version_argument(Value v) {
  Value index = index_value(v);
  int64_t version;
  if (!int_to_int64(index, version) || version < INT32_MIN || version > INT32_MAX) {
    throw_overflow_error("Python int too large to convert to C int");
  }
  return static_cast<int>(version);
}

Value marshal_module_dumps(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("marshal.dumps", kwnames);
  check_positional("dumps", nargs, 1, 2);
  int version = nargs > 1 ? version_argument(args[1]) : kCurrentVersion;
  return Value::from_object(make_bytes(marshal_dumps(args[0], version)));
}

Value marshal_module_dump(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("marshal.dump", kwnames);
  check_positional("dump", nargs, 2, 3);
  int version = nargs > 2 ? version_argument(args[2]) : kCurrentVersion;
  Value data = Value::from_object(make_bytes(marshal_dumps(args[0], version)));
  return call_method(args[1], intern("write"), {data});
}

Value marshal_module_loads(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("marshal.loads", kwnames);
  check_positional("marshal.loads", nargs, 1, 1);
  std::string_view data;
  if (is_memoryview(args[0])) {
    data = memoryview_buffer(args[0]);
  } else if (!buffer_data(args[0], data)) {
    throw_type_error("a bytes-like object is required, not '" + type_name(args[0]) + "'");
  }
  // The loader may run no Python code, but copy: a bytearray's storage is
  // the caller's.
  std::string copy(data);
  return marshal_loads(copy);
}

Value marshal_module_load(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("marshal.load", kwnames);
  check_positional("marshal.load", nargs, 1, 1);
  Value file = args[0];
  // read(0) first, as CPython: a text file is refused before anything is read.
  Value probe = call_method(file, intern("read"), {make_int(0)});
  if (!is_bytes(probe)) {
    throw_type_error("file.read() returned not bytes but " + tp_name(type_of(probe)));
  }
  Reader reader(file);
  Value v = reader.read_object();
  if (v.is_null()) throw_type_error("NULL object in marshal data for object");
  return v;
}

}  // namespace

Module* create_marshal_module() {
  static Module* module = nullptr;
  if (module) return module;
  module = make_module(intern("marshal"));
  add_functions(module, {
      {"dumps", marshal_module_dumps},
      {"dump", marshal_module_dump},
      {"loads", marshal_module_loads},
      {"load", marshal_module_load},
  });
  dict_set_str(module->dict, intern("version"), make_int(kCurrentVersion));
  dict_set_str(module->dict, intern("__doc__"),
               str_value("Serialisation of Python values in the format of CPython's .pyc files.\n\n"
                         "dumps()/loads() work on bytes, dump()/load() on binary files; version is\n"
                         "the format written by default."));
  return module;
}

std::string marshal_dumps(Value value, int version) {
  Writer writer(version);
  writer.write_object(value);
  switch (writer.error()) {
    case Writer::Error::kNone: break;
    case Writer::Error::kUnmarshallable: throw_value_error("unmarshallable object");
    case Writer::Error::kTooDeep: throw_value_error("object too deeply nested to marshal");
  }
  return std::move(writer.output());
}

Value marshal_loads(std::string_view data, size_t* consumed) {
  Reader reader(data.data(), data.size());
  Value v = reader.read_object();
  if (v.is_null()) throw_type_error("NULL object in marshal data for object");
  if (consumed) *consumed = reader.consumed();
  return v;
}

}  // namespace krait
