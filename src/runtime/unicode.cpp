// UTF-8 coding and CPython-compatible character properties on top of ICU
// (see unicode.h for why code points newer than Unicode 14.0 are masked).
#include "runtime/unicode.h"

#include <cstdio>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace krait::unicode {

namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

bool known_to_cpython(char32_t cp) noexcept {
  UVersionInfo age;
  u_charAge(static_cast<UChar32>(cp), age);
  return age[0] < 14 || (age[0] == 14 && age[1] == 0);
}

char32_t decode_utf8(std::string_view text, size_t& pos, bool allow_surrogates) noexcept {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  size_t size = text.size();
  unsigned char lead = bytes[pos];
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  int length;
  char32_t cp;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    cp = lead & 0x0F;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED && !allow_surrogates) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    cp = lead & 0x07;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    ++pos;
    return kInvalid;
  }
  if (pos + length > size || bytes[pos + 1] < low || bytes[pos + 1] > high) {
    ++pos;
    return kInvalid;
  }
  for (int i = 1; i < length; ++i) {
    if (!is_continuation(bytes[pos + i])) {
      ++pos;
      return kInvalid;
    }
    cp = (cp << 6) | (bytes[pos + i] & 0x3F);
  }
  pos += length;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t count_code_points(std::string_view text) noexcept {
  size_t count = 0;
  for (size_t pos = 0; pos < text.size();) {
    decode_utf8(text, pos);
    ++count;
  }
  return count;
}

bool is_valid_utf8(std::string_view text) noexcept {
  for (size_t pos = 0; pos < text.size();) {
    if (decode_utf8(text, pos, false) == kInvalid) return false;
  }
  return true;
}

namespace {

// The length of the maximal invalid subpart at `pos` (CPython's decoder
// replaces or reports exactly these bytes), and whether it is cut short by the
// end of the text rather than by a bad byte.
size_t invalid_length(std::string_view text, size_t pos, bool* truncated) {
  auto lead = static_cast<unsigned char>(text[pos]);
  *truncated = false;
  size_t expected = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  if (lead < 0xC2 || lead > 0xF4) return 1;
  unsigned char low = 0x80, high = 0xBF;
  if (lead == 0xE0) low = 0xA0;
  if (lead == 0xED) high = 0x9F;
  if (lead == 0xF0) low = 0x90;
  if (lead == 0xF4) high = 0x8F;
  size_t length = 1;
  for (; length < expected; ++length) {
    if (pos + length >= text.size()) {
      *truncated = true;
      return length;
    }
    auto byte = static_cast<unsigned char>(text[pos + length]);
    if (length == 1 ? (byte < low || byte > high) : (byte & 0xC0) != 0x80) return length;
  }
  return length;
}

}  // namespace

std::string utf8_decode_error(std::string_view text) {
  for (size_t pos = 0; pos < text.size();) {
    size_t start = pos;
    if (decode_utf8(text, pos, false) != kInvalid) continue;
    bool truncated = false;
    size_t length = invalid_length(text, start, &truncated);
    const char* reason = truncated ? "unexpected end of data"
                         : (static_cast<unsigned char>(text[start]) < 0xC2 ||
                            static_cast<unsigned char>(text[start]) > 0xF4)
                             ? "invalid start byte"
                             : "invalid continuation byte";
    char buffer[128];
    if (length == 1) {
      std::snprintf(buffer, sizeof buffer,
                    "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                    static_cast<unsigned char>(text[start]), start, reason);
    } else {
      std::snprintf(buffer, sizeof buffer, "'utf-8' codec can't decode bytes in position %zu-%zu: %s",
                    start, start + length - 1, reason);
    }
    return buffer;
  }
  return {};
}

std::string replace_invalid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    size_t start = pos;
    if (decode_utf8(text, pos, false) != kInvalid) {
      out.append(text.substr(start, pos - start));
      continue;
    }
    bool truncated = false;
    pos = start + invalid_length(text, start, &truncated);
    out += "\xEF\xBF\xBD";
  }
  return out;
}

bool is_printable(char32_t cp) noexcept {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  if (cp > 0x10FFFF || !known_to_cpython(cp)) return false;
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_SPACE_SEPARATOR:
      return false;
    default:
      return true;
  }
}

bool is_xid_start(char32_t cp) noexcept {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  return cp <= 0x10FFFF && known_to_cpython(cp) &&
         u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_XID_START);
}

bool is_xid_continue(char32_t cp) noexcept {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
           cp == '_';
  }
  return cp <= 0x10FFFF && known_to_cpython(cp) &&
         u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_XID_CONTINUE);
}

bool is_alnum(char32_t cp) noexcept {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  if (cp > 0x10FFFF || !known_to_cpython(cp)) return false;
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return true;
    default:
      return false;
  }
}

bool is_identifier(std::string_view utf8, size_t* bad_index) noexcept {
  size_t index = 0;
  for (size_t pos = 0; pos < utf8.size(); ++index) {
    char32_t cp = decode_utf8(utf8, pos);
    bool ok = index == 0 ? (is_xid_start(cp) || cp == '_') : is_xid_continue(cp);
    if (!ok) {
      if (bad_index) *bad_index = index;
      return false;
    }
  }
  if (index == 0) {
    if (bad_index) *bad_index = 0;
    return false;
  }
  return true;
}

namespace {

const icu::Normalizer2* normalizer_for(NormalForm form) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = nullptr;
  switch (form) {
    case NormalForm::kNFC: normalizer = icu::Normalizer2::getNFCInstance(status); break;
    case NormalForm::kNFD: normalizer = icu::Normalizer2::getNFDInstance(status); break;
    case NormalForm::kNFKC: normalizer = icu::Normalizer2::getNFKCInstance(status); break;
    case NormalForm::kNFKD: normalizer = icu::Normalizer2::getNFKDInstance(status); break;
  }
  return U_SUCCESS(status) ? normalizer : nullptr;
}

// A piece of text ICU may see whole: valid UTF-8 of characters CPython knows.
std::string icu_normalize(std::string_view utf8, const icu::Normalizer2* normalizer) {
  if (!normalizer) return std::string(utf8);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString input = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (normalizer->isNormalized(input, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  icu::UnicodeString output = normalizer->normalize(input, status);
  if (U_FAILURE(status)) return std::string(utf8);
  std::string result;
  output.toUTF8String(result);
  return result;
}

// Characters CPython 3.11 does not know, and lone surrogates (which ICU's
// UTF-8 reader would replace), are unassigned starters to it: they neither
// decompose nor compose, so the text around them is normalised piece by
// piece and they are kept as they are.
bool breaks_normalization(char32_t cp) {
  return cp == kInvalid || (cp >= 0xD800 && cp <= 0xDFFF) || !known_to_cpython(cp);
}

}  // namespace

std::string normalize(std::string_view utf8, NormalForm form, bool (*kept_as_is)(char32_t)) {
  const icu::Normalizer2* normalizer = normalizer_for(form);
  std::string result;
  size_t segment = 0;
  for (size_t pos = 0; pos < utf8.size();) {
    size_t start = pos;
    char32_t cp = decode_utf8(utf8, pos);
    if (cp < 0x80 || !(breaks_normalization(cp) || (kept_as_is && kept_as_is(cp)))) continue;
    result += icu_normalize(utf8.substr(segment, start - segment), normalizer);
    result.append(utf8.substr(start, pos - start));
    segment = pos;
  }
  if (segment == 0) return icu_normalize(utf8, normalizer);
  result += icu_normalize(utf8.substr(segment), normalizer);
  return result;
}

}  // namespace krait::unicode
