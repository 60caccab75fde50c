// Token dump in Lib/tokenize.py's format (see token_dump.h). The tokens come
// from the compiler's own Tokenizer in tokenize-module compatibility mode; this
// file only converts byte columns to character columns and formats.
#include "compiler/token_dump.h"

#include <algorithm>
#include <vector>

#include "compiler/source.h"
#include "compiler/tokenizer.h"
#include "objects/str.h"
#include "runtime/unicode.h"

namespace krait {

namespace {

// Byte offsets of the start of each line (lines end at '\n', as tokenize's
// readline splits them).
std::vector<size_t> line_starts(std::string_view text) {
  std::vector<size_t> starts{0};
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(i + 1);
  }
  return starts;
}

// tokenize reports columns in code points; a column past the end of the line
// (the empty NEWLINE after an unterminated last line) keeps its overhang.
// Tokens come in order, so counting resumes from the previous column.
class CharacterColumns {
 public:
  explicit CharacterColumns(std::string_view text) : text_(text), starts_(line_starts(text)) {}

  int column(int lineno, int byte_col) {
    if (lineno < 1 || static_cast<size_t>(lineno) > starts_.size() || byte_col <= 0) return byte_col;
    size_t start = starts_[lineno - 1];
    size_t in_line = std::min(static_cast<size_t>(byte_col), text_.size() - start);
    if (lineno != lineno_ || in_line < bytes_) {
      lineno_ = lineno;
      bytes_ = 0;
      chars_ = 0;
    }
    chars_ += unicode::count_code_points(text_.substr(start + bytes_, in_line - bytes_));
    bytes_ = in_line;
    return static_cast<int>(chars_ + (static_cast<size_t>(byte_col) - in_line));
  }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
  int lineno_ = 0;
  size_t bytes_ = 0;
  size_t chars_ = 0;
};

void pad(std::string& out, std::string_view field, size_t width) {
  out += field;
  if (field.size() < width) out.append(width - field.size(), ' ');
}

// Python's "%-15s" pads by code points, not bytes.
void pad_text(std::string& out, std::string_view field, size_t width) {
  out += field;
  size_t length = unicode::count_code_points(field);
  if (length < width) out.append(width - length, ' ');
}

}  // namespace

std::string dump_tokens(std::string_view file_bytes, const std::string& filename) {
  SourceText source = decode_source(file_bytes, filename, NewlineMode::Keep);
  CharacterColumns columns(source.text);
  TokenizerOptions options;
  options.extra_tokens = true;
  options.tokenize_module_compat = true;
  Tokenizer tokenizer(source, options);

  std::string out;
  std::string encoding = source.encoding == "utf-8-sig" ? "utf-8" : source.encoding;
  pad(out, "0,0-0,0:", 20);
  pad(out, "ENCODING", 15);
  pad_text(out, str_repr(encoding), 15);
  out += '\n';
  for (;;) {
    Token token = tokenizer.next();
    std::string range = std::to_string(token.lineno);
    range += ',';
    range += std::to_string(columns.column(token.lineno, token.col_offset));
    range += '-';
    range += std::to_string(token.end_lineno);
    range += ',';
    range += std::to_string(columns.column(token.end_lineno, token.end_col_offset));
    range += ':';
    pad(out, range, 20);
    pad(out, token_type_name(token.type), 15);
    pad_text(out, str_repr(token.text), 15);
    // print() ends the line; trailing padding stays, as Python's does.
    out += '\n';
    if (token.type == TokenType::ENDMARKER) break;
  }
  return out;
}

}  // namespace krait
