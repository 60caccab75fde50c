// Unicode helpers shared by the front end and the str type: UTF-8 decoding and
// encoding (surrogates allowed as their 3-byte forms, as CPython's
// "surrogatepass"), and the character properties Python exposes, answered as
// CPython 3.11 answers them (its Unicode 14.0 database).
//
// ICU supplies the properties; because the installed ICU may know a newer
// Unicode version, code points assigned after 14.0 are treated as unassigned
// (category Cn), which is what CPython 3.11 sees.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace krait::unicode {

// The code point returned for invalid UTF-8 by decode_utf8.
inline constexpr char32_t kInvalid = 0xFFFFFFFF;

// Decodes the code point at `pos` in `text` and advances `pos` past it.
// Invalid or truncated sequences (overlong forms, code points above U+10FFFF)
// return kInvalid and advance `pos` by one byte. Surrogates encoded as three
// bytes are accepted when `allow_surrogates` is set. Never raises.
char32_t decode_utf8(std::string_view text, size_t& pos, bool allow_surrogates = true) noexcept;

// Appends the UTF-8 form of `cp` (surrogates as three bytes) to `out`.
void append_utf8(std::string& out, char32_t cp);

// The number of code points in valid UTF-8 `text` (invalid bytes count one each).
size_t count_code_points(std::string_view text) noexcept;

// True if `text` is well-formed UTF-8 without surrogates.
bool is_valid_utf8(std::string_view text) noexcept;

// Python's message for the first invalid UTF-8 sequence in `text` (the str()
// of the UnicodeDecodeError bytes.decode("utf-8") raises, e.g. "'utf-8' codec
// can't decode byte 0xf6 in position 1: invalid start byte"); empty if valid.
std::string utf8_decode_error(std::string_view text);

// `text` with each invalid UTF-8 sequence replaced by U+FFFD, as
// bytes.decode("utf-8", "replace").
std::string replace_invalid_utf8(std::string_view text);

// True when CPython 3.11's database (Unicode 14.0) has `cp` assigned: every
// property answered straight from ICU must be masked with it.
bool known_to_cpython(char32_t cp) noexcept;

// Python's str.isprintable() for one code point: false for categories Cc, Cf,
// Cs, Co, Cn, Zl, Zp and Zs other than the ASCII space.
bool is_printable(char32_t cp) noexcept;

// XID_Start / XID_Continue as CPython's _PyUnicode_IsXidStart/Continue.
// (An identifier may also start with '_', which is XID_Continue only.)
bool is_xid_start(char32_t cp) noexcept;
bool is_xid_continue(char32_t cp) noexcept;

// Python's str.isalnum() for one code point (letters L*, numbers N*): what a
// regular expression's \w matches besides '_'.
bool is_alnum(char32_t cp) noexcept;

// Python's str.isidentifier() on UTF-8 text; on failure, `bad_index` (when
// given) is the index in code points of the first offending character.
bool is_identifier(std::string_view utf8, size_t* bad_index = nullptr) noexcept;

// The Unicode normalisation forms (unicodedata.normalize(form, s)), as CPython
// 3.11 applies them: characters newer than Unicode 14.0 are left as they are.
// Characters for which `kept_as_is` (when given) answers true are treated the
// same way: unicodedata.ucd_3_2_0 keeps those Unicode 3.2 did not have.
enum class NormalForm { kNFC, kNFD, kNFKC, kNFKD };
std::string normalize(std::string_view utf8, NormalForm form,
                      bool (*kept_as_is)(char32_t) = nullptr);

}  // namespace krait::unicode
