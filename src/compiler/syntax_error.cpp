// SyntaxError reporting: byte-to-character offset conversion and the text
// CPython's default exception display prints for a SyntaxError (the C
// implementation in Python/pythonrun.c, which `python3.11 prog.py` uses, not
// Lib/traceback.py: they differ on tabs and on multi-line ranges).
#include "compiler/syntax_error.h"

#include <cstdio>
#include <cstring>

#include "runtime/unicode.h"

namespace krait {

std::string_view syntax_error_kind_name(SyntaxErrorKind kind) {
  switch (kind) {
    case SyntaxErrorKind::SyntaxError: return "SyntaxError";
    case SyntaxErrorKind::IndentationError: return "IndentationError";
    case SyntaxErrorKind::TabError: return "TabError";
    case SyntaxErrorKind::ValueError: return "ValueError";
  }
  return "SyntaxError";
}

std::string position_repr(int position) {
  return position == kNoPosition ? "None" : std::to_string(position);
}

int character_offset(std::string_view line, int byte_col) {
  if (byte_col < 0) byte_col = 0;
  if (static_cast<size_t>(byte_col) > line.size()) byte_col = static_cast<int>(line.size());
  // CPython decodes the prefix with errors="replace", where an invalid or
  // truncated sequence becomes one U+FFFD per maximal invalid subpart.
  std::string_view prefix = line.substr(0, byte_col);
  int count = 0;
  for (size_t pos = 0; pos < prefix.size(); ++count) {
    size_t start = pos;
    if (unicode::decode_utf8(prefix, pos) != unicode::kInvalid) continue;
    auto lead = static_cast<unsigned char>(prefix[start]);
    size_t expected = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 1;
    while (pos < prefix.size() && pos - start < expected &&
           (static_cast<unsigned char>(prefix[pos]) & 0xC0) == 0x80) {
      ++pos;
    }
  }
  return count + 1;
}

void read_text_from_file(SyntaxErrorInfo& info) {
  if (info.has_text || info.lineno < 1 || info.filename.empty()) return;
  std::FILE* file = std::fopen(info.filename.c_str(), "rb");
  if (!file) return;
  // Lines end at "\n", "\r\n" or a lone "\r", as universal newlines read them.
  std::string line;
  int number = 1;
  bool ended = false;
  for (int c; (c = std::fgetc(file)) != EOF;) {
    bool end = c == '\n' || c == '\r';
    if (c == '\r') {
      int next = std::fgetc(file);
      if (next != '\n' && next != EOF) std::ungetc(next, file);
    }
    if (number == info.lineno) {
      line += end ? '\n' : static_cast<char>(c);
      if (end) {
        ended = true;
        break;
      }
    }
    if (end) ++number;
  }
  std::fclose(file);
  // CPython reads the line in chunks of 999 bytes and keeps the last one; an
  // unterminated last line filling its final chunk exactly is not found.
  constexpr size_t kChunk = 999;
  if (line.empty() || (!ended && line.size() % kChunk == 0)) return;
  line.erase(0, (line.size() - 1) / kChunk * kChunk);
  if (info.lineno == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
  info.text = unicode::replace_invalid_utf8(line);
  info.has_text = true;
}

std::string syntax_error_source_display(const std::string& line, long lineno, long offset,
                                       long end_lineno, long end_offset) {
  long line_size = static_cast<long>(line.size());
  // A range running past its first line is underlined to that line's end.
  if (end_lineno > lineno) end_offset = line_size;
  if (end_offset > line_size + 1) end_offset = line_size + 1;
  long carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
  const char* text = line.c_str();
  --offset;
  while (*text == ' ' || *text == '\t' || *text == '\f') {
    ++text;
    --offset;
  }
  long len = static_cast<long>(std::strlen(text));
  if (len > 0 && text[len - 1] == '\n') --len;
  if (offset > len) offset = len;
  // The display shows the last line of a text with embedded newlines that
  // the offset reaches.
  for (;;) {
    const char* newline = std::strchr(text, '\n');
    if (newline == nullptr) break;
    long index = newline - text;
    if (index >= offset) break;
    ++index;
    text += index;
    len -= index;
    offset -= index;
  }
  std::string out = "    ";
  out += text;
  if (text[len] != '\n') out += "\n";
  if (offset >= 0) {
    out += "    ";
    out.append(static_cast<size_t>(offset), ' ');
    out.append(static_cast<size_t>(carets), '^');
    out += "\n";
  }
  return out;
}

std::string format_syntax_error(const SyntaxErrorInfo& info) {
  if (info.kind == SyntaxErrorKind::ValueError) {
    // `python3.11 -c '...ast.parse(...)...'` raises it from within ast.py.
    return "Traceback (most recent call last):\n"
           "  File \"<string>\", line 1, in <module>\n"
           "  File \"/usr/lib/python3.11/ast.py\", line 50, in parse\n"
           "    return compile(source, filename, mode, flags,\n"
           "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
           "ValueError: " + info.message + "\n";
  }
  std::string out = "  File \"";
  out += info.filename.empty() ? "<string>" : info.filename;
  out += "\", line ";
  out += std::to_string(info.lineno);
  out += "\n";
  if (info.has_text) {
    long offset = info.offset == 0 || info.offset == kNoPosition ? -1 : info.offset;
    // Only a plain SyntaxError carries an end position to the display.
    bool has_end = info.kind == SyntaxErrorKind::SyntaxError;
    bool has_end_offset = has_end && info.end_offset != 0 && info.end_offset != kNoPosition;
    long end_offset = has_end_offset ? info.end_offset : -1;
    bool has_end_lineno = has_end && info.end_lineno != 0 && info.end_lineno != kNoPosition;
    long end_lineno = has_end_lineno ? info.end_lineno : info.lineno;
    out += syntax_error_source_display(info.text, info.lineno, offset, end_lineno, end_offset);
  }
  out += syntax_error_kind_name(info.kind);
  if (!info.message.empty()) {
    out += ": ";
    out += info.message;
  }
  out += "\n";
  return out;
}

}  // namespace krait
