// Turning a source file's bytes into the UTF-8 text the tokenizer reads.
//
// PEP 263 / PEP 3120: a UTF-8 BOM, or a coding declaration on line 1 or 2
// ("# -*- coding: latin-1 -*-"), selects the encoding; the default is UTF-8.
// Text in another encoding is converted to UTF-8 (so token and AST positions are
// UTF-8 byte offsets into the converted text, as in CPython).
#pragma once

#include <string>
#include <string_view>

namespace krait {

struct SourceText {
  std::string filename;
  // The whole source, converted to UTF-8, BOM removed.
  std::string text;
  // The encoding as `tokenize` names it: "utf-8", "utf-8-sig", or the
  // normalised name of the declared encoding ("iso-8859-1", "koi8-r" ...).
  std::string encoding;
  // True when a BOM or a coding declaration named the encoding. CPython then
  // reports some error offsets in characters rather than bytes.
  bool encoding_declared = false;
};

enum class NewlineMode {
  // As the compiler reads source: "\r\n" and lone "\r" become "\n", and a
  // final newline is added if missing (CPython's translate_newlines).
  Translate,
  // The same without the final newline: CPython's string input to the eval
  // and single modes of compile().
  TranslateExpression,
  // As Lib/tokenize.py reads source: bytes kept as they are.
  Keep,
};

// Decodes `bytes`; throws SyntaxErrorException for an unknown encoding, bytes
// invalid in the declared encoding, or a bad BOM/declaration combination, with
// CPython's messages, and (kind ValueError) for a NUL byte in compiled source.
SourceText decode_source(std::string_view bytes, std::string filename, NewlineMode newlines);

// A str source (compile(), exec() or eval() of a str): its UTF-8 as it is,
// newlines translated, a coding declaration ignored, as CPython's tokenizer
// reads a string it is told is UTF-8. A NUL is refused as by decode_source.
SourceText text_source(std::string_view utf8, std::string filename, NewlineMode newlines);

}  // namespace krait
