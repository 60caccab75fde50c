// The str object: allocation in one atomic block with its code-point index,
// interning, hashing, comparison, the type's slots and its iterator; repr()
// of str and bytes (CPython's unicode_repr and PyBytes_Repr rules).
#include "objects/str.h"

#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <utility>

#include "objects/bytes.h"
#include "objects/container_support.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/memoryview.h"
#include "objects/siphash.h"
#include "objects/slice.h"
#include "objects/str_format.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/unicode.h"

namespace krait {

Type str_type;
Type str_iterator_type;

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

void append_hex(std::string& out, char32_t value, int digits) {
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
    out.push_back(kHexDigits[(value >> shift) & 0xF]);
  }
}

// Python prefers single quotes, and switches to double quotes only when that
// avoids escaping: the text holds a ' and no ".
char choose_quote(std::string_view text) {
  bool has_single = text.find('\'') != std::string_view::npos;
  bool has_double = text.find('"') != std::string_view::npos;
  return has_single && !has_double ? '"' : '\'';
}

// Escapes shared by str and bytes for an ASCII character; false if `c` needs
// no escape.
bool append_ascii_escape(std::string& out, unsigned char c, char quote) {
  switch (c) {
    case '\\': out += "\\\\"; return true;
    case '\t': out += "\\t"; return true;
    case '\n': out += "\\n"; return true;
    case '\r': out += "\\r"; return true;
    default: break;
  }
  if (c == static_cast<unsigned char>(quote)) {
    out.push_back('\\');
    out.push_back(quote);
    return true;
  }
  if (c < 0x20 || c >= 0x7F) {
    out += "\\x";
    append_hex(out, c, 2);
    return true;
  }
  return false;
}

}  // namespace

std::string str_repr(std::string_view utf8) {
  char quote = choose_quote(utf8);
  std::string out;
  out.reserve(utf8.size() + 2);
  out.push_back(quote);
  for (size_t pos = 0; pos < utf8.size();) {
    size_t start = pos;
    char32_t cp = unicode::decode_utf8(utf8, pos);
    if (cp == unicode::kInvalid) {
      // Not reachable for a real str; show the stray byte rather than lose it.
      out += "\\x";
      append_hex(out, static_cast<unsigned char>(utf8[start]), 2);
      continue;
    }
    if (cp < 0x80) {
      if (!append_ascii_escape(out, static_cast<unsigned char>(cp), quote)) {
        out.push_back(static_cast<char>(cp));
      }
    } else if (unicode::is_printable(cp)) {
      out.append(utf8.substr(start, pos - start));
    } else if (cp <= 0xFF) {
      out += "\\x";
      append_hex(out, cp, 2);
    } else if (cp <= 0xFFFF) {
      out += "\\u";
      append_hex(out, cp, 4);
    } else {
      out += "\\U";
      append_hex(out, cp, 8);
    }
  }
  out.push_back(quote);
  return out;
}

std::string bytes_repr(std::string_view bytes) {
  char quote = choose_quote(bytes);
  std::string out;
  out.reserve(bytes.size() + 3);
  out.push_back('b');
  out.push_back(quote);
  for (char c : bytes) {
    if (!append_ascii_escape(out, static_cast<unsigned char>(c), quote)) out.push_back(c);
  }
  out.push_back(quote);
  return out;
}

// --- Allocation and the code-point index ---
//
// Layout of a plain exact str: the Str header, `size` bytes of UTF-8 and a
// NUL, then, for a non-ASCII str longer than kIndexStride code points, a
// table of uint32 byte offsets: entry k-1 is the offset of code point
// k * kIndexStride. Locating a code point then scans at most kIndexStride
// characters. A SharedStr builds the same table in its own atomic block the
// first time it is indexed (most concatenation results never are).

namespace {

constexpr size_t kIndexStride = 64;
// Beyond this the table's uint32 offsets would not reach; such strings scan.
constexpr size_t kMaxIndexedBlock = 0xFFFFFFF0u;
// Concatenations shorter than this copy into a plain str: a shared buffer
// only pays for itself once copying the left operand costs more than the
// extra header.
constexpr size_t kSharedMinSize = 128;

Str* ascii_chars[128];
Str* the_empty_str;

size_t index_entries(size_t length) { return length > kIndexStride ? (length - 1) / kIndexStride : 0; }

size_t text_end(size_t size) { return sizeof(Str) + size + 1; }

size_t aligned_index_offset(size_t size) { return (text_end(size) + 3) & ~size_t{3}; }

bool needs_index(size_t size, size_t length, bool ascii) {
  return !ascii && length > kIndexStride &&
         aligned_index_offset(size) + 4 * index_entries(length) <= kMaxIndexedBlock;
}

uint32_t* index_table(Str* s) {
  return reinterpret_cast<uint32_t*>(reinterpret_cast<char*>(s) + s->index_offset);
}

bool bytes_are_ascii(const char* data, size_t size) {
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t word;
    std::memcpy(&word, data + i, 8);
    if (word & 0x8080808080808080ull) return false;
  }
  for (; i < size; ++i) {
    if (static_cast<unsigned char>(data[i]) >= 0x80) return false;
  }
  return true;
}

size_t count_characters(const char* data, size_t size) {
  size_t count = 0;
  for (size_t i = 0; i < size; ++i) count += !is_utf8_continuation(data[i]);
  return count;
}

void build_index(Str* s, uint32_t* table) {
  const char* data = s->data();
  size_t entries = index_entries(s->length);
  size_t cp = 0;
  size_t entry = 0;
  for (size_t pos = 0; pos < s->size && entry < entries; ++pos) {
    if (is_utf8_continuation(data[pos])) continue;
    if (cp && cp % kIndexStride == 0) table[entry++] = static_cast<uint32_t>(pos);
    ++cp;
  }
}

Str* allocate_exact(size_t bytes) {
  if (bytes > max_payload_size()) throw_memory_error();
  auto* s = static_cast<Str*>(gc_alloc_atomic(bytes));
  s->type = &str_type;
  s->hash = -1;
  s->flags = 0;
  s->index_offset = 0;
  return s;
}

// Fills in length, flags and index for a block whose text is in place and
// which has room for the index when one is needed.
void set_text_properties(Str* s, size_t length, bool ascii) {
  s->length = length;
  s->flags = ascii ? uint32_t{kStrAscii} : uint32_t{0};
  s->data()[s->size] = '\0';
  if (needs_index(s->size, length, ascii)) {
    s->index_offset = static_cast<uint32_t>(aligned_index_offset(s->size));
    build_index(s, index_table(s));
  }
}

size_t block_size(size_t size, size_t length, bool ascii) {
  if (size > max_payload_size()) throw_memory_error();
  if (!needs_index(size, length, ascii)) return text_end(size);
  return aligned_index_offset(size) + 4 * index_entries(length);
}

Str* make_str_known(std::string_view utf8, size_t length, bool ascii) {
  if (utf8.empty()) return empty_str();
  if (utf8.size() == 1 && ascii) return str_from_code_point(static_cast<unsigned char>(utf8[0]));
  Str* s = allocate_exact(block_size(utf8.size(), length, ascii));
  s->size = utf8.size();
  std::memcpy(s->data(), utf8.data(), utf8.size());
  set_text_properties(s, length, ascii);
  return s;
}

// The code-point index of a non-ASCII str, or null when it has none (short
// text, or too long for uint32 offsets).
const uint32_t* code_point_index(Str* s) {
  if (!(s->flags & kStrShared)) return s->index_offset ? index_table(s) : nullptr;
  auto* shared = static_cast<SharedStr*>(s);
  if (!shared->index && s->length > kIndexStride && s->size <= kMaxIndexedBlock) {
    auto* table = static_cast<uint32_t*>(gc_alloc_atomic(4 * index_entries(s->length)));
    build_index(s, table);
    shared->index = table;
  }
  return shared->index;
}

StrBuffer* new_str_buffer(size_t capacity) {
  if (capacity > max_payload_size()) throw_memory_error();
  auto* buffer = static_cast<StrBuffer*>(gc_alloc_atomic(sizeof(StrBuffer) + capacity));
  buffer->capacity = capacity;
  buffer->claimed = 0;
  return buffer;
}

// A SharedStr over the first `size` bytes of `buffer`; scanned, since it
// points at the buffer and the index.
Str* make_shared_str(StrBuffer* buffer, size_t size, size_t length, bool ascii) {
  auto* s = static_cast<SharedStr*>(gc_alloc(sizeof(SharedStr)));
  s->type = &str_type;
  s->hash = -1;
  s->length = length;
  s->size = size;
  s->flags = kStrShared | (ascii ? uint32_t{kStrAscii} : uint32_t{0});
  s->index_offset = 0;
  s->buffer = buffer;
  s->index = nullptr;
  return s;
}

}  // namespace

size_t max_payload_size() {
  static const size_t limit = [] {
    long pages = sysconf(_SC_PHYS_PAGES);
    long page_size = sysconf(_SC_PAGESIZE);
    if (pages <= 0 || page_size <= 0) return size_t{1} << 47;
    return static_cast<size_t>(pages) * static_cast<size_t>(page_size);
  }();
  return limit;
}

Str* empty_str() {
  if (!the_empty_str) {
    Str* s = allocate_exact(text_end(0));
    s->size = 0;
    set_text_properties(s, 0, true);
    s->hash = 0;
    the_empty_str = s;
  }
  return the_empty_str;
}

Str* str_from_code_point(char32_t cp) {
  if (cp < 0x80) {
    Str*& cached = ascii_chars[cp];
    if (!cached) {
      Str* s = allocate_exact(text_end(1));
      s->size = 1;
      s->data()[0] = static_cast<char>(cp);
      set_text_properties(s, 1, true);
      cached = s;
    }
    return cached;
  }
  Str* s = allocate_exact(text_end(utf8_length(cp)));
  s->size = utf8_length(cp);
  write_utf8(s->data(), cp);
  set_text_properties(s, 1, false);
  return s;
}

Str* make_str(std::string_view utf8) {
  bool ascii = bytes_are_ascii(utf8.data(), utf8.size());
  size_t length = ascii ? utf8.size() : count_characters(utf8.data(), utf8.size());
  return make_str_known(utf8, length, ascii);
}

Str* make_ascii_str(std::string_view ascii) { return make_str_known(ascii, ascii.size(), true); }

Str* str_new_uninitialized(size_t size) {
  Str* s = allocate_exact(text_end(size));
  s->size = size;
  s->length = 0;
  s->data()[size] = '\0';
  return s;
}

Str* str_finish(Str* s) {
  const char* data = s->data();
  bool ascii = bytes_are_ascii(data, s->size);
  return str_finish_known(s, ascii ? s->size : count_characters(data, s->size), ascii);
}

Str* str_finish_known(Str* s, size_t length, bool ascii) {
  if (s->size <= 1) return make_str_known(s->view(), length, ascii);
  if (needs_index(s->size, length, ascii)) {
    s = static_cast<Str*>(gc_realloc(s, block_size(s->size, length, ascii)));
  }
  set_text_properties(s, length, ascii);
  return s;
}

size_t str_byte_offset(Str* s, size_t index) {
  if (s->is_ascii()) return index;
  if (index >= s->length) return s->size;
  size_t pos = 0;
  size_t cp = 0;
  const uint32_t* table = index >= kIndexStride ? code_point_index(s) : nullptr;
  if (table) {
    size_t entry = index / kIndexStride;
    pos = table[entry - 1];
    cp = entry * kIndexStride;
  } else if (index > s->length / 2 && !code_point_index(s)) {
    // Closer to the end: walk backwards.
    pos = s->size;
    for (size_t left = s->length - index; left > 0; --left) {
      do {
        --pos;
      } while (is_utf8_continuation(s->data()[pos]));
    }
    return pos;
  }
  const char* data = s->data();
  for (; cp < index; ++cp) {
    do {
      ++pos;
    } while (pos < s->size && is_utf8_continuation(data[pos]));
  }
  return pos;
}

size_t str_index_of_offset(Str* s, size_t offset) {
  if (s->is_ascii()) return offset;
  size_t cp = 0;
  size_t pos = 0;
  if (const uint32_t* table = code_point_index(s)) {
    size_t low = 0, high = index_entries(s->length);  // entries [0, low) start at or before offset
    while (low < high) {
      size_t mid = (low + high) / 2;
      if (table[mid] <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    if (low > 0) {
      pos = table[low - 1];
      cp = low * kIndexStride;
    }
  }
  return cp + count_characters(s->data() + pos, offset - pos);
}

Str* str_substring(Str* s, size_t start, size_t stop) {
  if (start >= stop) return empty_str();
  if (start == 0 && stop == s->length && is_exact_str(Value::from_object(s))) return s;
  if (s->is_ascii()) return make_str_known(s->view().substr(start, stop - start), stop - start, true);
  size_t begin = str_byte_offset(s, start);
  size_t end = stop - start <= kIndexStride ? begin : str_byte_offset(s, stop);
  if (end == begin) {
    const char* data = s->data();
    for (size_t i = start; i < stop; ++i) {
      do {
        ++end;
      } while (end < s->size && is_utf8_continuation(data[end]));
    }
  }
  std::string_view text = s->view().substr(begin, end - begin);
  return make_str_known(text, stop - start, bytes_are_ascii(text.data(), text.size()));
}

Str* str_concat(Str* a, Str* b) {
  if (a->size == 0 && is_exact_str(Value::from_object(b))) return b;
  if (b->size == 0 && is_exact_str(Value::from_object(a))) return a;
  size_t size = a->size + b->size;
  size_t length = a->length + b->length;
  bool ascii = a->is_ascii() && b->is_ascii();
  if (size >= kSharedMinSize) {
    if (a->flags & kStrShared) {
      StrBuffer* buffer = static_cast<SharedStr*>(a)->buffer;
      if (buffer->claimed == a->size && buffer->capacity - a->size >= b->size) {
        // b's bytes precede the claimed end even when b shares this buffer.
        std::memcpy(buffer->bytes() + a->size, b->data(), b->size);
        buffer->claimed = size;
        return make_shared_str(buffer, size, length, ascii);
      }
    }
    // Geometric capacity: a chain of appends copies each byte O(1) times.
    // A first concatenation may well be the only one, so it reserves less.
    size_t room = (a->flags & kStrShared) ? size : size / 2;
    StrBuffer* buffer = new_str_buffer(size > max_payload_size() - room ? size : size + room);
    std::memcpy(buffer->bytes(), a->data(), a->size);
    std::memcpy(buffer->bytes() + a->size, b->data(), b->size);
    buffer->claimed = size;
    return make_shared_str(buffer, size, length, ascii);
  }
  Str* s = allocate_exact(block_size(size, length, ascii));
  s->size = size;
  std::memcpy(s->data(), a->data(), a->size);
  std::memcpy(s->data() + a->size, b->data(), b->size);
  set_text_properties(s, length, ascii);
  return s;
}

Value str_as_instance_of(Type* type, Str* s) {
  if (type == &str_type) {
    if (is_exact_str(Value::from_object(s))) return Value::from_object(s);
    return Value::from_object(make_str_known(s->view(), s->length, s->is_ascii()));
  }
  auto* instance =
      static_cast<Str*>(allocate_instance(type, block_size(s->size, s->length, s->is_ascii()) - sizeof(Str)));
  instance->hash = s->hash;
  instance->size = s->size;
  instance->flags = 0;
  instance->index_offset = 0;
  std::memcpy(instance->data(), s->data(), s->size);
  set_text_properties(instance, s->length, s->is_ascii());
  return Value::from_object(instance);
}

bool is_str(Value v) {
  return v.is_object() &&
         (v.as_object()->type == &str_type || (v.as_object()->type->flags & kTypeStrSubclass));
}

// --- Hashing and equality ---

int64_t str_hash(Str* s) {
  if (s->hash != -1) return s->hash;
  int64_t h;
  if (s->is_ascii()) {
    h = hash_bytes(s->data(), s->size);
  } else {
    // CPython hashes its internal form: one, two or four bytes per code point
    // (little-endian) depending on the largest code point.
    const char* data = s->data();
    char32_t max_cp = 0;
    for (size_t pos = 0; pos < s->size;) max_cp = std::max(max_cp, next_code_point(data, pos));
    size_t unit = max_cp < 0x100 ? 1 : max_cp < 0x10000 ? 2 : 4;
    SipHasher hasher(hash_key());
    for (size_t pos = 0; pos < s->size;) {
      char32_t cp = next_code_point(data, pos);
      for (size_t i = 0; i < unit; ++i) hasher.add_byte(static_cast<uint8_t>(cp >> (8 * i)));
    }
    h = python_hash_of(hasher.finish(), s->length * unit);
  }
  s->hash = h;
  return h;
}

bool str_equal(Str* a, Str* b) {
  if (a == b) return true;
  if (a->size != b->size) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->data(), b->data(), a->size) == 0;
}

// --- Interning: an open-addressing table of Str* in scanned GC memory ---

namespace {

Str** intern_slots;
size_t intern_capacity;
size_t intern_count;

void intern_insert(Str** slots, size_t capacity, Str* s) {
  size_t mask = capacity - 1;
  for (size_t i = static_cast<size_t>(str_hash(s)) & mask;; i = (i + 1) & mask) {
    if (!slots[i]) {
      slots[i] = s;
      return;
    }
  }
}

void intern_grow() {
  size_t capacity = intern_capacity ? intern_capacity * 2 : 1024;
  auto** slots = static_cast<Str**>(gc_alloc(capacity * sizeof(Str*)));
  for (size_t i = 0; i < intern_capacity; ++i) {
    if (intern_slots[i]) intern_insert(slots, capacity, intern_slots[i]);
  }
  intern_slots = slots;
  intern_capacity = capacity;
}

// The interned str equal to `text` (with hash `h`), or null.
Str* intern_find(std::string_view text, int64_t h) {
  if (!intern_capacity) return nullptr;
  size_t mask = intern_capacity - 1;
  for (size_t i = static_cast<size_t>(h) & mask;; i = (i + 1) & mask) {
    Str* s = intern_slots[i];
    if (!s) return nullptr;
    if (s->hash == h && s->view() == text) return s;
  }
}

Str* intern_add(Str* s) {
  if ((intern_count + 1) * 2 > intern_capacity) intern_grow();
  s->flags |= kStrInterned;
  intern_insert(intern_slots, intern_capacity, s);
  ++intern_count;
  return s;
}

}  // namespace

Str* intern(std::string_view utf8) {
  // Identifiers are nearly always ASCII: look them up without allocating.
  if (bytes_are_ascii(utf8.data(), utf8.size())) {
    if (Str* found = intern_find(utf8, hash_bytes(utf8.data(), utf8.size()))) return found;
  }
  return intern(make_str(utf8));
}

Str* intern(Str* s) {
  if (s->flags & kStrInterned) return s;
  // The table keeps plain exact strs: NUL-terminated, with no buffer held.
  if (!is_exact_str(Value::from_object(s)) || (s->flags & kStrShared)) {
    s = make_str_known(s->view(), s->length, s->is_ascii());
  }
  if (Str* found = intern_find(s->view(), str_hash(s))) return found;
  return intern_add(s);
}

// --- Arguments shared by the methods ---

int64_t index_argument(Value v) {
  Value index = index_value(v);
  int64_t out;
  if (!int_to_int64(index, out)) {
    throw_overflow_error("Python int too large to convert to C ssize_t");
  }
  return out;
}

bool slice_index_argument(Value v, int64_t& out) {
  if (is_none(v)) return false;
  if (!v.is_small_int() && !type_of(v)->index) {
    throw_type_error("slice indices must be integers or None or have an __index__ method");
  }
  out = index_as_ssize_clamped(v);
  return true;
}

void adjust_range(int64_t length, int64_t& start, int64_t& end) {
  if (end > length) {
    end = length;
  } else if (end < 0) {
    end += length;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += length;
    if (start < 0) start = 0;
  }
}

bool unpack_slice(Value key, int64_t length, SliceBounds& b) {
  if (!is_slice(key)) return false;
  slice_unpack(key.as<Slice>(), &b.start, &b.stop, &b.step);
  b.count = slice_adjust_indices(length, &b.start, &b.stop, b.step);
  return true;
}

namespace {

std::string plural_arguments(size_t n) { return n == 1 ? "argument" : "arguments"; }

}  // namespace

void one_argument(const char* qualified_name, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) throw_type_error(format("%s() takes no keyword arguments", qualified_name));
  if (nargs != 1)
    throw_type_error(format("%s() takes exactly one argument (%zu given)", qualified_name, nargs));
}

void no_keywords(const char* type_name, const char* name, Tuple* kwnames) {
  if (kwnames && kwnames->size)
    throw_type_error(format("%s.%s() takes no keyword arguments", type_name, name));
}

std::string argument_type_name(Value v) { return is_none(v) ? "None" : type_name(v); }

void expected_arguments(const char* name, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return;
  size_t bound = nargs < min ? min : max;
  const char* qualifier = min == max ? "" : nargs < min ? "at least " : "at most ";
  throw_type_error(format("%s expected %s%zu %s, got %zu", name, qualifier, bound,
                          plural_arguments(bound).c_str(), nargs));
}

void takes_arguments(const char* name, size_t nargs, size_t min, size_t max) {
  if (nargs < min) {
    throw_type_error(format("%s() takes %s %zu %s (%zu given)", name, min == max ? "exactly" : "at least",
                            min, plural_arguments(min).c_str(), nargs));
  }
  if (nargs > max) {
    throw_type_error(format("%s() takes %s %zu %s (%zu given)", name, min == max ? "exactly" : "at most", max,
                            plural_arguments(max).c_str(), nargs));
  }
}

void no_arguments(const char* qualified_name, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) {
    throw_type_error(format("%s() takes no keyword arguments", qualified_name));
  }
  if (nargs) throw_type_error(format("%s() takes no arguments (%zu given)", qualified_name, nargs));
}

// --- The type's slots ---

namespace {

Value str_repr_slot(Value self) { return str_result(str_repr(str_view(self))); }

Value str_str_slot(Value self) {
  if (is_exact_str(self)) return self;
  return str_as_instance_of(&str_type, self.as<Str>());
}

int64_t str_hash_slot(Value self) { return str_hash(self.as<Str>()); }

Value str_richcompare(Value self, Value other, CompareOp op) {
  if (!is_str(self) || !is_str(other)) return not_implemented();
  Str* a = self.as<Str>();
  Str* b = other.as<Str>();
  if (op == CompareOp::Eq) return make_bool(str_equal(a, b));
  if (op == CompareOp::Ne) return make_bool(!str_equal(a, b));
  // UTF-8 byte order is code-point order (surrogates included).
  int c = std::memcmp(a->data(), b->data(), std::min(a->size, b->size));
  if (c == 0) c = a->size < b->size ? -1 : a->size > b->size ? 1 : 0;
  return make_bool(order_satisfies(c, op));
}

int64_t str_len(Value self) { return static_cast<int64_t>(self.as<Str>()->length); }

bool str_contains(Value self, Value item) {
  if (!is_str(item)) {
    throw_type_error("'in <string>' requires string as left operand, not " + type_name(item));
  }
  return self.as<Str>()->view().find(item.as<Str>()->view()) != std::string_view::npos;
}

Str* str_slice(Str* s, const SliceBounds& b) {
  if (b.count <= 0) return empty_str();
  if (b.step == 1) return str_substring(s, static_cast<size_t>(b.start), static_cast<size_t>(b.stop));
  const char* data = s->data();
  if (s->is_ascii()) {
    Str* out = str_new_uninitialized(static_cast<size_t>(b.count));
    for (int64_t i = 0; i < b.count; ++i) out->data()[i] = data[b.start + i * b.step];
    return str_finish_known(out, static_cast<size_t>(b.count), true);
  }
  std::string text;
  for (int64_t i = 0; i < b.count; ++i) {
    size_t pos = str_byte_offset(s, static_cast<size_t>(b.start + i * b.step));
    size_t end = pos;
    next_code_point(data, end);
    text.append(data + pos, end - pos);
  }
  return make_str(text);
}

Value str_getitem(Value self, Value key) {
  Str* s = self.as<Str>();
  if (key.is_small_int() || type_of(key)->index) {
    int64_t i;
    if (!int_to_int64(index_value(key), i)) throw_index_error("cannot fit 'int' into an index-sized integer");
    if (i < 0) i += static_cast<int64_t>(s->length);
    if (i < 0 || i >= static_cast<int64_t>(s->length)) throw_index_error("string index out of range");
    if (s->is_ascii())
      return Value::from_object(str_from_code_point(static_cast<unsigned char>(s->data()[i])));
    size_t pos = str_byte_offset(s, static_cast<size_t>(i));
    return Value::from_object(str_from_code_point(next_code_point(s->data(), pos)));
  }
  SliceBounds bounds;
  if (unpack_slice(key, static_cast<int64_t>(s->length), bounds))
    return Value::from_object(str_slice(s, bounds));
  throw_type_error("string indices must be integers, not '" + type_name(key) + "'");
}

Value str_concat_slot(Value a, Value b) {
  if (!is_str(a)) return not_implemented();
  if (!is_str(b)) {
    throw_type_error("can only concatenate str (not \"" + type_name(b) + "\") to str");
  }
  return Value::from_object(str_concat(a.as<Str>(), b.as<Str>()));
}

Value str_repeat_slot(Value seq, Value count) {
  Str* s = seq.as<Str>();
  int64_t n = index_as_ssize(count);
  if (n <= 0 || s->size == 0) return Value::from_object(empty_str());
  if (n == 1 && is_exact_str(seq)) return seq;
  if (s->size > static_cast<size_t>(INT64_MAX) / static_cast<size_t>(n)) {
    throw_overflow_error("repeated string is too long");
  }
  size_t size = s->size * static_cast<size_t>(n);
  size_t length = s->length * static_cast<size_t>(n);
  Str* out = allocate_exact(block_size(size, length, s->is_ascii()));
  out->size = size;
  char* data = out->data();
  std::memcpy(data, s->data(), s->size);
  // Doubling copies: linear in the result.
  for (size_t filled = s->size; filled < size;) {
    size_t chunk = std::min(filled, size - filled);
    std::memcpy(data + filled, data, chunk);
    filled += chunk;
  }
  set_text_properties(out, length, s->is_ascii());
  return Value::from_object(out);
}

Value str_remainder(Value a, Value b) {
  if (!is_str(a)) return not_implemented();
  return Value::from_object(str_percent_format(a.as<Str>(), b));
}

// str(object='') / str(object=b'', encoding='utf-8', errors='strict')
Value str_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"str", {"object", "encoding", "errors"}, 0, 0}, args, nargs, kwnames, bound);
  Str* result;
  if (bound[1].is_null() && bound[2].is_null()) {
    result = bound[0].is_null() ? empty_str() : str(bound[0]);
    // str(x) is whatever x.__str__ answered, even an instance of a subclass.
    if (type == &str_type) return Value::from_object(result);
  } else {
    auto text_argument = [](Value v, const char* which) {
      if (!is_str(v)) {
        throw_type_error(format("str() argument '%s' must be str, not %s", which, argument_type_name(v).c_str()));
      }
      return v.as<Str>()->view();
    };
    std::string_view encoding = bound[1].is_null() ? "utf-8" : text_argument(bound[1], "encoding");
    std::string_view errors = bound[2].is_null() ? "strict" : text_argument(bound[2], "errors");
    Value object = bound[0].is_null() ? Value::from_object(make_bytes("")) : bound[0];
    std::string_view data;
    std::string copy;
    if (is_str(object)) throw_type_error("decoding str is not supported");
    if (is_bytes(object)) {
      data = object.as<Bytes>()->view();
    } else if (is_bytearray(object)) {
      auto* array = object.as<ByteArray>();
      data = {array->items, array->size};
    } else if (is_memoryview(object)) {
      copy = memoryview_to_bytes(object);
      data = copy;
    } else {
      throw_type_error("decoding to str: need a bytes-like object, " + type_name(object) + " found");
    }
    result = str_decode(data, encoding, errors);
  }
  return str_as_instance_of(type, result);
}

// --- The iterator ---

struct StrIterator : Object {
  Str* text;
  size_t pos;  // byte offset of the next character
};

// CPython names the iterator of an ASCII str differently.
Type str_ascii_iterator_type;

Value str_iter(Value self) {
  auto* it = static_cast<StrIterator*>(gc_alloc(sizeof(StrIterator)));
  it->type = self.as<Str>()->is_ascii() ? &str_ascii_iterator_type : &str_iterator_type;
  it->text = self.as<Str>();
  it->pos = 0;
  return Value::from_object(it);
}

Value str_iterator_next(Value self) {
  auto* it = self.as<StrIterator>();
  Str* s = it->text;
  if (!s || it->pos >= s->size) {
    it->text = nullptr;
    return Value::null();
  }
  char32_t cp = next_code_point(s->data(), it->pos);
  return Value::from_object(str_from_code_point(cp));
}

Value str_iterator_iter(Value self) { return self; }

Value str_iterator_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("__length_hint__", nargs, kwnames);
  auto* it = self.as<StrIterator>();
  if (!it->text) return make_int(0);
  return make_int(static_cast<int64_t>(it->text->length - str_index_of_offset(it->text, it->pos)));
}

// __reduce__: iter(text) and the index of the next character; iter('') once
// exhausted.
Value str_iterator_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("__reduce__", nargs, kwnames);
  auto* it = self.as<StrIterator>();
  if (!it->text) return iterator_reduce("iter", Value::from_object(empty_str()), Value::null());
  return iterator_reduce("iter", Value::from_object(it->text),
                         make_int(static_cast<int64_t>(str_index_of_offset(it->text, it->pos))));
}

// __setstate__: the index of the next character, clamped to the text.
Value str_iterator_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_argument((type_name(self) + ".__setstate__").c_str(), nargs, kwnames);
  auto* it = self.as<StrIterator>();
  int64_t length = it->text ? static_cast<int64_t>(it->text->length) : 0;
  int64_t index = iterator_state_index(args[0], 0, length);
  if (it->text) it->pos = str_byte_offset(it->text, static_cast<size_t>(index));
  return none();
}

}  // namespace

void init_str_type() {
  str_type.repr = str_repr_slot;
  str_type.str = str_str_slot;
  str_type.hash = str_hash_slot;
  str_type.richcompare = str_richcompare;
  str_type.len = str_len;
  str_type.contains = str_contains;
  str_type.getitem = str_getitem;
  str_type.concat = str_concat_slot;
  str_type.repeat = str_repeat_slot;
  str_type.number[static_cast<int>(BinaryOp::Remainder)] = str_remainder;
  str_type.iter = str_iter;
  str_type.new_instance = str_new;
  // Instances of subclasses carry the text after the header: one item per byte.
  str_type.item_size = 1;
  init_static_type(&str_type, "str", nullptr, sizeof(Str), kTypeBaseType | kTypeImmutable | kTypeStrSubclass);
  set_type_doc(&str_type,
               "str(object='') -> str\n"
               "str(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
               "Create a new string object from the given object. If encoding or\n"
               "errors is specified, then the object must expose a data buffer\n"
               "that will be decoded using the given encoding and error handler.\n"
               "Otherwise, returns the result of object.__str__() (if defined)\n"
               "or repr(object).\n"
               "encoding defaults to sys.getdefaultencoding().\n"
               "errors defaults to 'strict'.");
  add_str_methods();
  add_str_format_methods();
  add_str_codec_methods();

  for (auto [type, name] : {std::pair{&str_iterator_type, "str_iterator"},
                            std::pair{&str_ascii_iterator_type, "str_ascii_iterator"}}) {
    type->iter = str_iterator_iter;
    type->next = str_iterator_next;
    init_static_type(type, name, nullptr, sizeof(StrIterator), kTypeImmutable);
    type->new_instance = nullptr;  // made only by the runtime, as CPython's
    add_methods(type, {{"__length_hint__", str_iterator_length_hint},
                       {"__reduce__", str_iterator_reduce},
                       {"__setstate__", str_iterator_setstate}});
  }
}

}  // namespace krait
