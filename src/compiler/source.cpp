// Source decoding (see source.h): the BOM and PEP 263 rules of CPython's
// tokenizer for compiled source, and those of Lib/tokenize.py's
// detect_encoding() for NewlineMode::Keep, which is how `tokenize` reads.
// Encodings other than UTF-8 are converted with glibc's iconv.
#include "compiler/source.h"

#include <iconv.h>

#include <cctype>
#include <cstdio>

#include "compiler/syntax_error.h"
#include "objects/str.h"
#include "runtime/unicode.h"

namespace krait {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

[[noreturn]] void fail(const std::string& filename, std::string message) {
  SyntaxErrorInfo info;
  info.message = std::move(message);
  info.filename = filename;
  info.lineno = 0;
  info.offset = -1;
  info.end_lineno = kNoPosition;
  info.end_offset = kNoPosition;
  throw SyntaxErrorException(std::move(info));
}

// CPython's get_normal_name: the spellings of UTF-8 and Latin-1 it knows,
// judged on the first 12 characters, lower case, '_' as '-'.
std::string normal_encoding_name(const std::string& name) {
  std::string lowered;
  for (size_t i = 0; i < name.size() && i < 12; ++i) {
    char c = name[i];
    lowered.push_back(c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  auto starts = [&](std::string_view prefix) { return lowered.compare(0, prefix.size(), prefix) == 0; };
  if (lowered == "utf-8" || starts("utf-8-")) return "utf-8";
  if (lowered == "latin-1" || lowered == "iso-8859-1" || lowered == "iso-latin-1" ||
      starts("latin-1-") || starts("iso-8859-1-") || starts("iso-latin-1-")) {
    return "iso-8859-1";
  }
  return name;
}

// The declared encoding of one line (the PEP 263 pattern
// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`), or empty.
std::string coding_spec(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i >= line.size() || line[i] != '#') return {};
  for (size_t at = line.find("coding", i); at != std::string_view::npos;
       at = line.find("coding", at + 1)) {
    size_t p = at + 6;
    if (p >= line.size() || (line[p] != ':' && line[p] != '=')) continue;
    ++p;
    while (p < line.size() && (line[p] == ' ' || line[p] == '\t')) ++p;
    size_t begin = p;
    while (p < line.size() && (std::isalnum(static_cast<unsigned char>(line[p])) ||
                               line[p] == '-' || line[p] == '_' || line[p] == '.')) {
      ++p;
    }
    if (p > begin) return std::string(line.substr(begin, p - begin));
  }
  return {};
}

// True for a line that holds nothing but blanks and maybe a comment, after
// which line 2 may still declare the encoding.
bool is_blank_or_comment(std::string_view line) {
  for (char c : line) {
    if (c == '#' || c == '\n' || c == '\r') return true;
    if (c != ' ' && c != '\t' && c != '\f') return false;
  }
  return true;
}

std::string_view first_line(std::string_view text) {
  size_t newline = text.find('\n');
  return newline == std::string_view::npos ? text : text.substr(0, newline + 1);
}

bool is_utf8_name(const std::string& name) {
  std::string lowered;
  for (char c : name) {
    if (c != '-' && c != '_') lowered.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return lowered == "utf8" || lowered == "u8" || lowered == "utf";
}

// Converts `text` from `encoding` to UTF-8 with iconv; throws the errors
// CPython raises for an unknown codec or undecodable bytes.
std::string to_utf8(std::string_view text, const std::string& encoding, const std::string& filename) {
  std::string iconv_name = encoding;
  iconv_t converter = iconv_open("UTF-8", iconv_name.c_str());
  if (converter == reinterpret_cast<iconv_t>(-1)) {
    for (char& c : iconv_name) {
      if (c == '_') c = '-';
    }
    converter = iconv_open("UTF-8", iconv_name.c_str());
  }
  if (converter == reinterpret_cast<iconv_t>(-1)) fail(filename, "unknown encoding: " + encoding);
  std::string out(text.size() * 4 + 16, '\0');
  char* in_ptr = const_cast<char*>(text.data());
  size_t in_left = text.size();
  char* out_ptr = out.data();
  size_t out_left = out.size();
  size_t result = iconv(converter, &in_ptr, &in_left, &out_ptr, &out_left);
  iconv_close(converter);
  if (result == static_cast<size_t>(-1)) {
    size_t position = static_cast<size_t>(in_ptr - text.data());
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02x", static_cast<unsigned char>(text[position]));
    std::string lowered;
    for (char c : encoding) lowered.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    if (lowered == "ascii" || lowered == "us-ascii") {
      fail(filename, "'ascii' codec can't decode byte " + std::string(byte) + " in position " +
                         std::to_string(position) + ": ordinal not in range(128)");
    }
    fail(filename, "'" + lowered + "' codec can't decode byte " + std::string(byte) +
                       " in position " + std::to_string(position) + ": illegal multibyte sequence");
  }
  out.resize(out.size() - out_left);
  return out;
}

// CPython's translate_newlines: "\r\n" and "\r" to "\n", and a final newline
// for exec input.
std::string translate_newlines(std::string_view text, bool final_newline) {
  std::string out;
  out.reserve(text.size() + 1);
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out.push_back(c);
    }
  }
  if (final_newline && (out.empty() || out.back() != '\n')) out.push_back('\n');
  return out;
}

}  // namespace

// CPython raises ValueError for a NUL in compiled source, before any decoding.
void reject_null_bytes(std::string_view bytes, const std::string& filename) {
  if (bytes.find('\0') == std::string_view::npos) return;
  SyntaxErrorInfo info;
  info.kind = SyntaxErrorKind::ValueError;
  info.message = "source code string cannot contain null bytes";
  info.filename = filename;
  throw SyntaxErrorException(std::move(info));
}

SourceText decode_source(std::string_view bytes, std::string filename, NewlineMode newlines) {
  bool keep = newlines == NewlineMode::Keep;
  SourceText source;
  source.filename = filename;
  if (!keep) reject_null_bytes(bytes, filename);
  // CPython translates newlines before it looks at the BOM and declaration,
  // so decode errors count positions in the translated text.
  std::string translated;
  if (!keep) {
    translated = translate_newlines(bytes, newlines == NewlineMode::Translate);
    bytes = translated;
  }
  bool bom = bytes.substr(0, 3) == kBom;
  if (bom) bytes.remove_prefix(3);

  std::string_view line1 = first_line(bytes);
  std::string_view line2 = first_line(bytes.substr(line1.size()));
  std::string declared;
  for (std::string_view line : {line1, line2}) {
    if (keep && !unicode::is_valid_utf8(line)) {
      fail(filename, "invalid or missing encoding declaration for " + str_repr(filename));
    }
    declared = coding_spec(line);
    if (!declared.empty() || !is_blank_or_comment(line) || line.empty()) break;
  }
  std::string encoding = declared.empty() ? std::string() : normal_encoding_name(declared);
  if (bom && !encoding.empty() && encoding != "utf-8") {
    if (keep) fail(filename, "encoding problem for " + str_repr(filename) + ": utf-8");
    fail(filename, "encoding problem: " + encoding + " with BOM");
  }
  source.encoding_declared = bom || !encoding.empty();
  if (encoding.empty() || encoding == "utf-8") {
    source.encoding = bom ? "utf-8-sig" : "utf-8";
    source.text = std::string(bytes);
  } else {
    source.encoding = encoding;
    if (is_utf8_name(encoding)) {
      if (std::string error = unicode::utf8_decode_error(bytes); !error.empty()) fail(filename, error);
      source.text = std::string(bytes);
    } else {
      source.text = to_utf8(bytes, encoding, filename);
    }
  }
  if (keep) {
    // tokenize decodes every line; a bad byte anywhere ends it.
    if (std::string error = unicode::utf8_decode_error(source.text); !error.empty()) fail(filename, error);
  }
  return source;
}

SourceText text_source(std::string_view utf8, std::string filename, NewlineMode newlines) {
  SourceText source;
  source.filename = filename;
  reject_null_bytes(utf8, filename);
  source.text = newlines == NewlineMode::Keep
                    ? std::string(utf8)
                    : translate_newlines(utf8, newlines == NewlineMode::Translate);
  source.encoding = "utf-8";
  return source;
}

}  // namespace krait
