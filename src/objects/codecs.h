// The native codecs beneath str.encode, bytes.decode and the module _codecs
// (CPython's Objects/unicodeobject.c codecs): UTF-8, ASCII, Latin-1, UTF-16
// and UTF-32 in objects/str_codecs.cpp; UTF-7, the escape codecs and charmap
// in objects/str_codecs_extra.cpp. Encodings without a native codec go
// through the codec registry of modules/codecs.cpp.
//
// Every codec takes an error handler name: one of CPython's built-in
// handlers (applied natively) or a name given to codecs.register_error, whose
// handler is called with the UnicodeError as CPython calls it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "runtime/value.h"

namespace krait {

struct Str;

enum class Codec { Utf8, Ascii, Latin1, Utf16Le, Utf16Be, Utf32Le, Utf32Be };

// A native codec. `bom`: plain "utf-16"/"utf-32", which write a byte order
// mark (little-endian order here) and read one to choose the order; `sig`:
// "utf-8-sig", UTF-8 with a mark written on encoding and skipped on decoding.
struct NativeCodec {
  Codec codec = Codec::Utf8;
  bool bom = false;
  bool sig = false;
};

// An encoding name as the registry normalises it: lowercased, each run of
// characters other than letters, digits and ., one "_" (none at the ends).
std::string normalized_encoding(std::string_view encoding);

// The native codec of an encoding name, normalised as the codec registry
// normalises it; false when Krait has none.
bool find_native_codec(std::string_view encoding, NativeCodec& out);

// Encodes `s`, answering the bytes.
std::string encode_native(Str* s, NativeCodec codec, std::string_view errors);

struct Decoded {
  Str* text;
  size_t consumed;  // bytes used: all of them unless `final` was false
};

// Decodes `data`. Unless `final`, an incomplete sequence at the end is left
// unconsumed for the next call. `byteorder`, for UTF-16/UTF-32 with a BOM
// (CPython's *_ex_decode): on entry 0 to read a mark, -1 little-endian, 1
// big-endian; on return the order a mark chose (0 if none was read).
Decoded decode_native(std::string_view data, NativeCodec codec, std::string_view errors, bool final,
                      int* byteorder = nullptr);

// unicode_escape and raw_unicode_escape.
std::string encode_unicode_escape(Str* s, bool raw);
Decoded decode_unicode_escape(std::string_view data, std::string_view errors, bool final, bool raw);

std::string encode_utf7(Str* s);
Decoded decode_utf7(std::string_view data, std::string_view errors, bool final);

// escape_encode/escape_decode: bytes to and from a bytes literal's body.
std::string escape_encode_bytes(std::string_view data);
std::string escape_decode_bytes(std::string_view data, std::string_view errors);

// charmap: `mapping` None (Latin-1), a str (decoding), an EncodingMap from
// charmap_build, or any mapping that can be subscripted with ints.
std::string encode_charmap(Str* s, std::string_view errors, Value mapping);
Str* decode_charmap(std::string_view data, std::string_view errors, Value mapping);
Value build_encoding_map(Str* decoding_table);

// The registry (modules/codecs.cpp). The handler registered for an error
// handler name (LookupError "unknown error handler name" if none).
Value lookup_error_handler(std::string_view name);
// The CodecInfo of a text encoding: LookupError for an unknown one or for a
// codec such as rot13 that is not a text encoding, naming `alternative`.
Value lookup_text_encoding(std::string_view encoding, const char* alternative);

// Called while a codec's exception is pending: re-raises it, when its type
// carries no state beyond its message, as "OPERATION with 'ENCODING' codec
// failed (Type: message)" with the original as __cause__ (CPython's
// wrap_codec_error); otherwise returns and the caller rethrows.
void wrap_codec_error(const char* operation, std::string_view encoding);

}  // namespace krait
