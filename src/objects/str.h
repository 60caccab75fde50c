// str: UTF-8 text (surrogates as their 3-byte forms so every str value is
// representable), a cached code-point length, an ASCII flag for O(1)
// indexing, a cached hash, interning (DESIGN §7).
//
// Most exact strs are one GC-atomic block: the header, then the
// NUL-terminated bytes, then (for long non-ASCII text) the code-point index.
// Such a block holds no GC pointers (its type is static). A long
// concatenation result is a SharedStr instead: a scanned header whose text is
// a prefix of a growable atomic StrBuffer, so that `s += t` in a loop appends
// in place (docs/ARCHITECTURE.md, "str concatenation appends in place").
// Its text is not NUL-terminated: read a str through data() with size, or
// view(). Instances of str subclasses are scanned blocks with the
// instance-dict prefix word and the text after the header.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "runtime/object.h"

namespace krait {

extern Type str_type;

enum StrFlags : uint32_t {
  kStrAscii = 1u << 0,
  kStrInterned = 1u << 1,
  kStrShared = 1u << 2,  // a SharedStr: the text is in a StrBuffer
};

// The growable text of concatenation results. Bytes [0, claimed) never
// change once written, so every SharedStr over the buffer sees a stable
// prefix; appending past `claimed` is how `a + b` extends `a` in place.
struct StrBuffer {
  size_t capacity;  // bytes available after the header
  size_t claimed;   // bytes written so far
  char* bytes() { return reinterpret_cast<char*>(this + 1); }
};

struct Str : Object {
  int64_t hash;    // -1 until computed
  size_t length;   // code points
  size_t size;     // UTF-8 bytes
  uint32_t flags;
  uint32_t index_offset;  // byte offset (from the header) of the code-point index, 0 if none

  // The one way to the text (SharedStr keeps it elsewhere). Writing through
  // data() is only for a str being built (str_new_uninitialized).
  inline const char* data() const;
  char* data() { return const_cast<char*>(std::as_const(*this).data()); }
  std::string_view view() const { return {data(), size}; }
  bool is_ascii() const { return flags & kStrAscii; }
};

// An exact str whose text is the first `size` bytes of `buffer` (kStrShared).
struct SharedStr : Str {
  StrBuffer* buffer;
  uint32_t* index;  // the code-point index, built when first needed; or null
};

inline const char* Str::data() const {
  if (flags & kStrShared) return static_cast<const SharedStr*>(this)->buffer->bytes();
  return reinterpret_cast<const char*>(this + 1);
}

// A new exact str holding `utf8` (well-formed UTF-8, surrogates allowed).
Str* make_str(std::string_view utf8);
inline Value str_value(std::string_view utf8) { return Value::from_object(make_str(utf8)); }
// The interned str for `utf8` (identifiers, attribute names).
Str* intern(std::string_view utf8);
Str* intern(Str* s);

bool is_str(Value v);  // str or a subclass
inline bool is_exact_str(Value v) { return v.is_object() && v.as_object()->type == &str_type; }
inline std::string_view str_view(Value v) { return v.as<Str>()->view(); }

int64_t str_hash(Str* s);
bool str_equal(Str* a, Str* b);
// The byte offset of code point `index` (0 <= index <= length).
size_t str_byte_offset(Str* s, size_t index);
// The code-point index of byte offset `offset` (at a character boundary).
size_t str_index_of_offset(Str* s, size_t offset);

// Building a str in place, without a temporary: reserve `size` bytes, write
// exactly that many bytes of UTF-8 into data(), then str_finish() computes the
// length, the flags and the code-point index (and may move the block).
Str* str_new_uninitialized(size_t size);
Str* str_finish(Str* s);
// str_finish when the caller knows the length and whether the text is ASCII
// (join, case mapping of ASCII text): no second pass over the bytes.
Str* str_finish_known(Str* s, size_t length, bool ascii);
// make_str for text the caller knows to be ASCII.
Str* make_ascii_str(std::string_view ascii);
// The one-character str for code point `cp` (cached for ASCII).
Str* str_from_code_point(char32_t cp);
// The empty str (a shared instance).
Str* empty_str();
// An exact str holding code points [start, stop) of `s` (`s` itself when
// that is all of an exact str).
Str* str_substring(Str* s, size_t start, size_t stop);
// a + b. A long result shares a StrBuffer with `a` when `a`'s text ends
// where that buffer's writing stopped: b is appended in place, so repeated
// `s += t` is amortised linear.
Str* str_concat(Str* a, Str* b);
// An instance of `type` (str or a subclass) with the contents of `s`.
Value str_as_instance_of(Type* type, Str* s);

// Codecs (utf-8, utf-8-sig, utf-16, utf-32 and their -le/-be forms, ascii,
// latin-1) with the error handlers strict, ignore, replace, backslashreplace,
// surrogateescape, surrogatepass, xmlcharrefreplace and namereplace where
// they apply: str.encode answers a bytes object,
// bytes.decode a str. LookupError for an unknown encoding or handler.
Value str_encode(Str* s, std::string_view encoding, std::string_view errors);
Str* str_decode(std::string_view data, std::string_view encoding, std::string_view errors);
// codecs.lookup(encoding).name: the codec's own name ("iso8859-1" for
// "latin1"); LookupError for an unknown encoding.
const char* codec_lookup_name(std::string_view encoding);

// A str's text as int(), float() and complex() read it: each non-ASCII
// decimal digit becomes its ASCII digit and each non-ASCII white space a
// space; any other non-ASCII character becomes '?', which no number accepts.
std::string number_text_of(Str* s);

// The str type's iterator.
extern Type str_iterator_type;

// repr() of str and bytes data (CPython's unicode_repr and PyBytes_Repr rules).
std::string str_repr(std::string_view utf8);
std::string bytes_repr(std::string_view bytes);

void init_str_type();

}  // namespace krait
