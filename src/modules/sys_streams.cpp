// Text streams over binary files: decoding with newline translation on the
// way in, translation and encoding on the way out.
#include "modules/sys_streams.h"

#include <unistd.h>

#include <string>

#include "modules/io_files.h"
#include "objects/bytes.h"
#include "objects/container_support.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

Type text_stream_type;

namespace {

using Newline = TextStream::Newline;

constexpr uint8_t kSeenCr = 1, kSeenLf = 2, kSeenCrLf = 4;

TextStream* as_stream(Value self) { return self.as<TextStream>(); }

void check_open(TextStream* stream) {
  if (text_stream_closed(stream)) throw_value_error("I/O operation on closed file.");
}

void check_readable(TextStream* stream) {
  check_open(stream);
  if (!stream->buffer->readable) raise_unsupported_operation("not readable");
}

bool is_continuation(const TextStream* stream, unsigned char byte) {
  return stream->utf8 && (byte & 0xC0) == 0x80;
}

// Records the kinds of line end in a chunk just read, for the `newlines`
// attribute. CPython's newline decoder sees each chunk as it is read, before
// the program consumes it; a "\r" ending a chunk waits for the next one.
void note_newlines(TextStream* stream, std::string_view chunk, bool at_end) {
  if (stream->newline != Newline::Universal && stream->newline != Newline::Untranslated) return;
  size_t i = 0;
  if (stream->pending_cr) {
    if (!chunk.empty() || at_end) {
      bool crlf = !chunk.empty() && chunk[0] == '\n';
      stream->seen_newlines |= crlf ? kSeenCrLf : kSeenCr;
      stream->pending_cr = false;
      i = crlf ? 1 : 0;
    }
  }
  for (; i < chunk.size(); ++i) {
    if (chunk[i] == '\n') {
      stream->seen_newlines |= kSeenLf;
    } else if (chunk[i] == '\r') {
      if (i + 1 == chunk.size()) {
        stream->pending_cr = true;
      } else if (chunk[i + 1] == '\n') {
        stream->seen_newlines |= kSeenCrLf;
        ++i;
      } else {
        stream->seen_newlines |= kSeenCr;
      }
    }
  }
}

// Reads up to `limit` characters (all when negative), stopping after the
// first line end when `one_line`. Newlines are recognised and translated on
// the bytes, which is exact for the supported encodings (a "\r" or "\n" byte
// is always that character), and the result is decoded once at the end.
Str* read_text(TextStream* stream, int64_t limit, bool one_line) {
  check_readable(stream);
  BinaryFile* file = stream->buffer;
  Newline newline = stream->newline;
  bool cr_ends = newline == Newline::Universal || newline == Newline::Untranslated || newline == Newline::Cr;
  bool lf_ends = newline == Newline::Universal || newline == Newline::Untranslated || newline == Newline::Lf;
  bool cr_looks_ahead = newline != Newline::Lf && newline != Newline::Cr;
  std::string out;
  int64_t characters = 0;
  bool at_end = false;
  bool done = false;
  while (!done) {
    std::string_view pending = binary_pending_input(file);
    size_t i = 0;
    bool need_more = false;
    while (i < pending.size()) {
      unsigned char byte = static_cast<unsigned char>(pending[i]);
      if (is_continuation(stream, byte)) {
        out.push_back(static_cast<char>(byte));
        ++i;
        continue;
      }
      if (limit >= 0 && characters >= limit) {
        done = true;
        break;
      }
      if (byte == '\r' && cr_looks_ahead) {
        if (i + 1 == pending.size() && !at_end) {
          need_more = true;
          break;
        }
        // Under a limit with room for one more character, an untranslated
        // "\r\n" is split as CPython splits it.
        bool crlf = i + 1 < pending.size() && pending[i + 1] == '\n' &&
                    (newline == Newline::Universal || limit < 0 || characters + 2 <= limit);
        if (newline == Newline::Universal) {
          out.push_back('\n');
          ++characters;
          i += crlf ? 2 : 1;
        } else if (crlf) {
          out += "\r\n";
          characters += 2;
          i += 2;
        } else {
          out.push_back('\r');
          ++characters;
          ++i;
        }
        if (one_line && (crlf || newline != Newline::CrLf)) {
          done = true;
          break;
        }
        continue;
      }
      if ((byte == '\n' && lf_ends) || (byte == '\r' && cr_ends)) {
        out.push_back(static_cast<char>(byte));
        ++characters;
        ++i;
        if (one_line) {
          done = true;
          break;
        }
        continue;
      }
      if (limit < 0) {
        // A run of ordinary bytes at once; characters are only counted under a limit.
        size_t end = pending.find_first_of("\r\n", i + 1);
        if (end == std::string_view::npos) end = pending.size();
        out.append(pending.substr(i, end - i));
        i = end;
        continue;
      }
      out.push_back(static_cast<char>(byte));
      ++characters;
      ++i;
    }
    binary_consume(file, i);
    if (done) break;
    if (at_end) break;
    if (need_more || binary_pending_input(file).empty()) {
      size_t before = binary_pending_input(file).size();
      if (binary_fill(file)) {
        note_newlines(stream, binary_pending_input(file).substr(before), false);
      } else {
        note_newlines(stream, {}, true);
        at_end = true;
      }
    }
  }
  return str_decode(out, stream->encoding->view(), stream->errors->view());
}

int64_t size_argument(const Value* args, size_t nargs) {
  if (nargs == 0 || is_none(args[0])) return -1;
  if (!is_int(args[0])) {
    throw_type_error("argument should be integer or None, not '" + type_name(args[0]) + "'");
  }
  return index_as_ssize(args[0]);
}

Value stream_write(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("write", nargs, kwnames, 1, 1);
  if (!is_str(args[0])) {
    throw_type_error("write() argument must be str, not " + type_name(args[0]));
  }
  return make_int(static_cast<int64_t>(text_stream_write(as_stream(self), args[0].as<Str>())));
}

Value stream_writelines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("writelines", nargs, kwnames, 1, 1);
  check_open(as_stream(self));
  Value iterator = get_iter(args[0]);
  for (Value line = iter_next(iterator); !line.is_null(); line = iter_next(iterator)) {
    if (!is_str(line)) throw_type_error("write() argument must be str, not " + type_name(line));
    text_stream_write(as_stream(self), line.as<Str>());
  }
  return none();
}

Value stream_flush(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("flush", nargs, kwnames, 0, 0);
  TextStream* stream = as_stream(self);
  check_open(stream);
  text_stream_flush(stream);
  return none();
}

Value stream_readline(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("readline", nargs, kwnames, 0, 1);
  int64_t limit = -1;
  if (nargs > 0 && !is_none(args[0])) limit = index_as_ssize(args[0]);
  return Value::from_object(read_text(as_stream(self), limit, true));
}

Value stream_read(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("read", nargs, kwnames, 0, 1);
  return Value::from_object(read_text(as_stream(self), size_argument(args, nargs), false));
}

Value stream_readlines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("readlines", nargs, kwnames, 0, 1);
  int64_t hint = size_argument(args, nargs);
  List* lines = make_list();
  int64_t total = 0;
  while (true) {
    Str* line = read_text(as_stream(self), -1, true);
    if (line->length == 0) break;
    list_append(lines, Value::from_object(line));
    total += static_cast<int64_t>(line->length);
    if (hint > 0 && total >= hint) break;
  }
  return Value::from_object(lines);
}

// The binary layer's methods answer for these (and raise its closed-file messages).
Value delegate(Value self, const char* method) {
  return call_method(Value::from_object(as_stream(self)->buffer), intern(method), {});
}

Value stream_fileno(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("fileno", nargs, kwnames, 0, 0);
  return delegate(self, "fileno");
}

Value stream_isatty(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("isatty", nargs, kwnames, 0, 0);
  return delegate(self, "isatty");
}

Value stream_readable(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("readable", nargs, kwnames, 0, 0);
  return delegate(self, "readable");
}

Value stream_writable(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("writable", nargs, kwnames, 0, 0);
  return delegate(self, "writable");
}

Value stream_seekable(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("seekable", nargs, kwnames, 0, 0);
  return delegate(self, "seekable");
}

// A text position is the byte offset of the next character: decoding keeps
// no state across characters for the supported encodings.
Value stream_tell(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("tell", nargs, kwnames, 0, 0);
  TextStream* stream = as_stream(self);
  check_open(stream);
  if (::lseek(stream->buffer->fd, 0, SEEK_CUR) < 0) raise_unsupported_operation("underlying stream is not seekable");
  if (stream->iterating) raise(&exc_OSError, "telling position disabled by next() call");
  text_stream_flush(stream);
  return make_int(binary_tell(stream->buffer));
}

Value stream_seek(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("seek", nargs, kwnames, 1, 2);
  TextStream* stream = as_stream(self);
  int64_t whence = nargs > 1 ? index_as_ssize(args[1]) : 0;
  check_open(stream);
  if (::lseek(stream->buffer->fd, 0, SEEK_CUR) < 0) raise_unsupported_operation("underlying stream is not seekable");
  if (whence == 1 || whence == 2) {
    if (!is_int(args[0]) || index_as_ssize(args[0]) != 0) {
      raise_unsupported_operation(whence == 1 ? "can't do nonzero cur-relative seeks"
                                              : "can't do nonzero end-relative seeks");
    }
    stream->iterating = false;
    return make_int(binary_seek(stream->buffer, 0, static_cast<int>(whence)));
  }
  if (whence != 0) {
    throw_value_error("invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  }
  int64_t offset = index_as_ssize(args[0]);
  if (offset < 0) throw_value_error("negative seek position " + std::to_string(offset));
  stream->iterating = false;
  binary_seek(stream->buffer, offset, 0);
  return args[0];
}

Value stream_truncate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("truncate", nargs, kwnames, 0, 1);
  TextStream* stream = as_stream(self);
  check_open(stream);
  if (!stream->buffer->writable) raise_unsupported_operation("truncate");
  text_stream_flush(stream);
  int64_t size = nargs == 0 || is_none(args[0]) ? binary_tell(stream->buffer) : index_as_ssize(args[0]);
  binary_truncate(stream->buffer, size);
  return make_int(size);
}

Value stream_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("close", nargs, kwnames, 0, 0);
  TextStream* stream = as_stream(self);
  if (text_stream_closed(stream)) return none();
  binary_close(stream->buffer);
  return none();
}

Value stream_enter(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__enter__", nargs, kwnames, 0, 0);
  check_open(as_stream(self));
  return self;
}

Value stream_exit(Value self, const Value*, size_t, Tuple*) { return stream_close(self, nullptr, 0, nullptr); }

Value stream_repr(Value self) {
  TextStream* stream = as_stream(self);
  return str_value("<_io.TextIOWrapper name=" + std::string(repr(stream->buffer->name)->view()) + " mode=" +
                   str_repr(stream->mode->view()) + " encoding=" + str_repr(stream->encoding->view()) + ">");
}

Value stream_iter(Value self) {
  check_open(as_stream(self));
  return self;
}

Value stream_next(Value self) {
  TextStream* stream = as_stream(self);
  stream->iterating = true;
  Str* line = read_text(stream, -1, true);
  if (line->length == 0) {
    stream->iterating = false;
    return Value::null();
  }
  return Value::from_object(line);
}

Value stream_name_get(Value self) { return as_stream(self)->buffer->name; }
Value stream_mode_get(Value self) { return Value::from_object(as_stream(self)->mode); }
Value stream_buffer_get(Value self) { return Value::from_object(as_stream(self)->buffer); }
Value stream_encoding_get(Value self) { return Value::from_object(as_stream(self)->encoding); }
Value stream_errors_get(Value self) { return Value::from_object(as_stream(self)->errors); }
Value stream_line_buffering_get(Value self) { return make_bool(as_stream(self)->line_buffering); }
Value stream_write_through_get(Value self) { return make_bool(as_stream(self)->write_through); }
Value stream_closed_get(Value self) { return make_bool(text_stream_closed(as_stream(self))); }
// None, one of "\r", "\n", "\r\n", or a tuple of those seen, in that order.
Value stream_newlines_get(Value self) {
  static const char* const kKinds[] = {"\r", "\n", "\r\n"};
  uint8_t seen = as_stream(self)->seen_newlines;
  gc::vector<Value> kinds;
  for (int bit = 0; bit < 3; ++bit) {
    if (seen & (1u << bit)) kinds.push_back(str_value(kKinds[bit]));
  }
  if (kinds.empty()) return none();
  if (kinds.size() == 1) return kinds[0];
  return Value::from_object(make_tuple(kinds.data(), kinds.size()));
}

bool initialized = false;

TextStream* new_stream(BinaryFile* buffer, Str* mode, Str* encoding, Str* errors, Newline newline) {
  init_text_stream_type();
  auto* stream = static_cast<TextStream*>(allocate_instance(&text_stream_type));
  stream->buffer = buffer;
  stream->mode = mode;
  stream->encoding = encoding;
  stream->errors = errors;
  stream->newline = newline;
  stream->utf8 = true;
  return stream;
}

}  // namespace

void init_text_stream_type() {
  if (initialized) return;
  initialized = true;
  text_stream_type.repr = stream_repr;
  text_stream_type.iter = stream_iter;
  text_stream_type.next = stream_next;
  init_static_type(&text_stream_type, "_io.TextIOWrapper", nullptr, sizeof(TextStream), 0);
  add_methods(&text_stream_type, {
      {"write", stream_write},
      {"writelines", stream_writelines},
      {"flush", stream_flush},
      {"readline", stream_readline},
      {"read", stream_read},
      {"readlines", stream_readlines},
      {"fileno", stream_fileno},
      {"isatty", stream_isatty},
      {"readable", stream_readable},
      {"writable", stream_writable},
      {"seekable", stream_seekable},
      {"tell", stream_tell},
      {"seek", stream_seek},
      {"truncate", stream_truncate},
      {"close", stream_close},
      {"__enter__", stream_enter},
      {"__exit__", stream_exit},
  });
  add_getsets(&text_stream_type, {
      {"name", stream_name_get},
      {"mode", stream_mode_get},
      {"buffer", stream_buffer_get},
      {"encoding", stream_encoding_get},
      {"errors", stream_errors_get},
      {"line_buffering", stream_line_buffering_get},
      {"write_through", stream_write_through_get},
      {"closed", stream_closed_get},
      {"newlines", stream_newlines_get},
  });
}

// CPython opens the standard streams with newline="\n" on POSIX, so "\r\n"
// reaches the program unchanged.
TextStream* make_text_stream(int fd, std::string_view name, bool writable, const char* errors,
                             bool line_buffering, bool write_through) {
  BinaryFile* buffer = make_binary_file(writable ? &buffered_writer_type : &buffered_reader_type, fd,
                                        str_value(name), writable ? "wb" : "rb", false);
  TextStream* stream = new_stream(buffer, make_str(writable ? "w" : "r"), make_str("utf-8"), make_str(errors),
                                  Newline::Lf);
  stream->line_buffering = line_buffering;
  stream->write_through = write_through;
  return stream;
}

TextStream* make_text_file(BinaryFile* buffer, Str* mode, Str* encoding, Str* errors, Newline newline,
                           bool line_buffering) {
  // The byte form of "\n" and of a non-ASCII character tell which kind of
  // encoding this is (and raise LookupError for an unknown one).
  std::string_view newline_bytes = str_encode(make_str("\n"), encoding->view(), "strict").as<Bytes>()->view();
  if (newline_bytes != "\n") {
    raise(&exc_NotImplementedError, "open(): the encoding " + str_repr(encoding->view()) + " is not supported yet");
  }
  size_t wide = str_encode(make_str("\xc3\xa9"), encoding->view(), "replace").as<Bytes>()->size;
  TextStream* stream = new_stream(buffer, mode, encoding, errors, newline);
  stream->utf8 = wide > 1;
  stream->line_buffering = line_buffering;
  return stream;
}

bool text_stream_closed(TextStream* stream) { return stream->buffer->closed; }

size_t text_stream_write(TextStream* stream, Str* text) {
  check_open(stream);
  if (!stream->buffer->writable) raise_unsupported_operation("not writable");
  // CPython's text layer has taken the whole chunk read ahead from its
  // binary file, so a write after a read lands after that chunk.
  if (!stream->buffer->holds_output) binary_consume(stream->buffer, binary_pending_input(stream->buffer).size());
  std::string_view chars = text->view();
  std::string translated;
  if ((stream->newline == Newline::Cr || stream->newline == Newline::CrLf) &&
      chars.find('\n') != std::string_view::npos) {
    const char* ending = stream->newline == Newline::Cr ? "\r" : "\r\n";
    for (char c : chars) {
      if (c == '\n') {
        translated += ending;
      } else {
        translated.push_back(c);
      }
    }
    text = make_str(translated);
    chars = text->view();
  }
  std::string_view bytes = chars;
  // Non-ASCII text needs the codec unless it is UTF-8 without surrogates.
  if (!text->is_ascii() &&
      (!stream->utf8 || chars.find('\xed') != std::string_view::npos)) {
    bytes = str_encode(text, stream->encoding->view(), stream->errors->view()).as<Bytes>()->view();
  }
  binary_write(stream->buffer, bytes);
  if (stream->write_through ||
      (stream->line_buffering && chars.find_first_of("\n\r") != std::string_view::npos)) {
    binary_flush(stream->buffer);
  }
  return text->length;
}

void text_stream_flush(TextStream* stream) { binary_flush(stream->buffer); }

Str* text_stream_readline(TextStream* stream) { return read_text(stream, -1, true); }

}  // namespace krait
