// _io.TextIOWrapper: the standard streams (sys.stdin, sys.stdout,
// sys.stderr), open()'s text files and TextIOWrapper(buffer, ...), over a
// native binary file (modules/io_files.h) that does the buffering.
// Output is encoded with the stream's error handler and newline translation;
// it is written out when the binary buffer fills, at a newline when
// line-buffered, at every write when write-through, and by flush().
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runtime/object.h"

namespace krait {

struct BinaryFile;
struct Str;

extern Type text_stream_type;

struct TextStream : Object {
  // How lines end: newline=None reads "\r\n" and "\r" as "\n" and writes "\n"
  // as the platform's "\n"; '' ends lines at any of them, untranslated; the
  // others end lines at exactly that sequence and write "\n" as it.
  enum class Newline : uint8_t { Universal, Untranslated, Lf, Cr, CrLf };
  BinaryFile* buffer;   // the binary layer (the `buffer` attribute)
  Value mode;           // as given to open(), or set later; null: none
  Str* encoding;        // as given ("UTF-8" by default)
  Str* errors;          // the encoding error handler
  Newline newline;
  bool utf8;            // else one byte per character (ASCII, Latin-1)
  bool line_buffering;  // flush after a write containing a newline
  bool write_through;   // flush after every write
  bool iterating;       // next() was called: tell() refuses, as CPython's
  uint8_t seen_newlines;  // the kinds of line end read so far (`newlines`)
  bool pending_cr;        // the last chunk read ended in "\r"
  bool detached;          // detach() handed the buffer back
  Value buffer_object;    // a binary stream that is not a native buffered file, under `buffer`
  // An encoding without a native codec: the codecs module's incremental
  // encoder and decoder (null otherwise), and the text decoded not yet read.
  Value encoder;
  Value decoder;
  Str* decoded;
  bool at_eof;          // the binary file ended
  bool decoded_final;   // the decoder was told so
};

// newline= of open() and TextIOWrapper (null for None); ValueError for an illegal one.
TextStream::Newline text_newline_mode(Value newline);

// Readies text_stream_type (idempotent; start-up has finished).
void init_text_stream_type();

// A standard stream over `fd` (left open on close).
TextStream* make_text_stream(int fd, std::string_view name, bool writable, const char* errors,
                             bool line_buffering, bool write_through);
// A text file over `buffer`. LookupError for an unknown encoding;
// NotImplementedError for an encoding whose newline is not the byte "\n".
TextStream* make_text_file(BinaryFile* buffer, Str* mode, Str* encoding, Str* errors, TextStream::Newline newline,
                           bool line_buffering);

bool text_stream_closed(TextStream* stream);
// stream.write(text): answers the number of characters written.
size_t text_stream_write(TextStream* stream, Str* text);
// python -u: an output stream writes through, straight to its FileIO.
void text_stream_set_unbuffered(TextStream* stream, bool unbuffered);
// Writes out the buffered output; raises OSError on failure.
void text_stream_flush(TextStream* stream);
// stream.readline(): the next line with its "\n", or "" at end of file.
Str* text_stream_readline(TextStream* stream);

}  // namespace krait
