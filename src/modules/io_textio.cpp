// Text streams over binary files: decoding with newline translation on the
// way in, translation and encoding on the way out.
#include "modules/io_textio.h"

#include <unistd.h>

#include <cstring>
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
#include "vm/import.h"

namespace krait {

Type text_stream_type;

namespace {

using Newline = TextStream::Newline;

constexpr uint8_t kSeenCr = 1, kSeenLf = 2, kSeenCrLf = 4;

TextStream* as_stream(Value self) { return self.as<TextStream>(); }

void check_attached(TextStream* stream) {
  if (stream->detached) throw_value_error("underlying buffer has been detached");
}

void check_open(TextStream* stream) {
  check_attached(stream);
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

// Encodings Krait does not have natively go through the codecs module's
// incremental decoder: chunks are decoded as read, line ends translated on
// the text (a "\r" ending a chunk waits for the next one), and lines and
// limits are cut from the decoded text kept in `decoded`.
bool decode_more(TextStream* stream) {
  BinaryFile* file = stream->buffer;
  if (binary_pending_input(file).empty() && !stream->at_eof && !binary_fill(file)) stream->at_eof = true;
  std::string_view chunk = binary_pending_input(file);
  if (chunk.empty() && stream->decoded_final) return false;
  Value chunk_bytes = Value::from_object(make_bytes(chunk));
  binary_consume(file, chunk.size());
  Value call_args[2] = {chunk_bytes, make_bool(stream->at_eof)};
  Value text = call(getattr(stream->decoder, intern("decode")), call_args, 2, nullptr);
  if (!is_str(text)) throw_type_error("decoder should return a string result, not '" + type_name(text) + "'");
  stream->decoded_final = stream->at_eof;
  std::string added = stream->pending_cr ? "\r" : "";
  stream->pending_cr = false;
  added += str_view(text);
  if (!stream->at_eof && !added.empty() && added.back() == '\r' && stream->newline != Newline::Lf &&
      stream->newline != Newline::Cr) {
    added.pop_back();
    stream->pending_cr = true;
  }
  std::string out;
  for (size_t i = 0; i < added.size(); ++i) {
    if (added[i] == '\r' && (stream->newline == Newline::Universal || stream->newline == Newline::Untranslated)) {
      bool crlf = i + 1 < added.size() && added[i + 1] == '\n';
      stream->seen_newlines |= crlf ? kSeenCrLf : kSeenCr;
      if (stream->newline == Newline::Universal) {
        out.push_back('\n');
        if (crlf) ++i;
        continue;
      }
    } else if (added[i] == '\n' &&
               (stream->newline == Newline::Universal || stream->newline == Newline::Untranslated)) {
      stream->seen_newlines |= kSeenLf;
    }
    out.push_back(added[i]);
  }
  stream->decoded = str_concat(stream->decoded ? stream->decoded : empty_str(), make_str(out));
  return true;
}

// The byte length of the first line of `text`, with its end; npos without one.
size_t decoded_line_end(TextStream* stream, std::string_view text) {
  switch (stream->newline) {
    case Newline::Universal:
    case Newline::Lf: {
      size_t at = text.find('\n');
      return at == std::string_view::npos ? at : at + 1;
    }
    case Newline::Cr: {
      size_t at = text.find('\r');
      return at == std::string_view::npos ? at : at + 1;
    }
    case Newline::CrLf: {
      size_t at = text.find("\r\n");
      return at == std::string_view::npos ? at : at + 2;
    }
    case Newline::Untranslated: {
      size_t at = text.find_first_of("\r\n");
      if (at == std::string_view::npos) return at;
      return text[at] == '\r' && at + 1 < text.size() && text[at + 1] == '\n' ? at + 2 : at + 1;
    }
  }
  return std::string_view::npos;
}

Str* read_decoded_text(TextStream* stream, int64_t limit, bool one_line) {
  while (true) {
    Str* text = stream->decoded ? stream->decoded : empty_str();
    size_t cut = std::string_view::npos;
    if (one_line) {
      size_t end = decoded_line_end(stream, text->view());
      if (end != std::string_view::npos) cut = str_index_of_offset(text, end);
    }
    if (limit >= 0 && static_cast<size_t>(limit) <= text->length && (cut == std::string_view::npos || cut > static_cast<size_t>(limit))) {
      cut = static_cast<size_t>(limit);
    }
    if (cut != std::string_view::npos || !decode_more(stream)) {
      text = stream->decoded ? stream->decoded : empty_str();
      if (cut == std::string_view::npos || cut > text->length) cut = text->length;
      Str* taken = str_substring(text, 0, cut);
      stream->decoded = str_substring(text, cut, text->length);
      return taken;
    }
  }
}

// Reads up to `limit` characters (all when negative), stopping after the
// first line end when `one_line`. Newlines are recognised and translated on
// the bytes, which is exact for the supported encodings (a "\r" or "\n" byte
// is always that character), and the result is decoded once at the end.
Str* read_decoded_text(TextStream* stream, int64_t limit, bool one_line);

Str* read_text(TextStream* stream, int64_t limit, bool one_line) {
  check_readable(stream);
  if (!stream->decoder.is_null()) return read_decoded_text(stream, limit, one_line);
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
  if (!binary_seekable(stream->buffer)) raise_unsupported_operation("underlying stream is not seekable");
  if (stream->iterating) raise(&exc_OSError, "telling position disabled by next() call");
  text_stream_flush(stream);
  int64_t position = binary_tell(stream->buffer);
  // Through a codecs decoder: back over the text decoded and not yet read
  // (exact for the stateless encodings).
  if (!stream->decoder.is_null()) {
    std::string unread = stream->pending_cr ? "\r" : "";
    if (stream->decoded) unread += stream->decoded->view();
    if (!unread.empty() && stream->newline == Newline::Universal) {
      // The translated line ends no longer tell how many bytes they were.
      raise(&exc_NotImplementedError,
            "tell() of a text file read through a codecs decoder with newline translation is not supported yet");
    }
    if (!unread.empty()) {
      Value encoded = call_method(stream->encoder, intern("encode"), {str_value(unread)});
      position -= length(encoded);
    }
  }
  return make_int(position);
}

// After a seek or a write, text decoded ahead no longer follows the position.
void forget_decoded(TextStream* stream) {
  if (stream->decoder.is_null()) return;
  stream->decoded = nullptr;
  stream->pending_cr = stream->at_eof = stream->decoded_final = false;
  call_method_if_present(stream->decoder, intern("reset"), {});
}

Value stream_seek(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("seek", nargs, kwnames, 1, 2);
  TextStream* stream = as_stream(self);
  int64_t whence = nargs > 1 ? index_as_ssize(args[1]) : 0;
  check_open(stream);
  if (!binary_seekable(stream->buffer)) raise_unsupported_operation("underlying stream is not seekable");
  if (whence == 1 || whence == 2) {
    if (!is_int(args[0]) || index_as_ssize(args[0]) != 0) {
      raise_unsupported_operation(whence == 1 ? "can't do nonzero cur-relative seeks"
                                              : "can't do nonzero end-relative seeks");
    }
    stream->iterating = false;
    if (whence == 1 && !stream->decoder.is_null()) {
      Value position = stream_tell(self, nullptr, 0, nullptr);
      forget_decoded(stream);
      return make_int(binary_seek(stream->buffer, index_as_ssize(position), 0));
    }
    forget_decoded(stream);
    return make_int(binary_seek(stream->buffer, 0, static_cast<int>(whence)));
  }
  if (whence != 0) {
    throw_value_error("invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  }
  int64_t offset = index_as_ssize(args[0]);
  if (offset < 0) throw_value_error("negative seek position " + std::to_string(offset));
  stream->iterating = false;
  forget_decoded(stream);
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
  check_attached(stream);
  std::string mode = stream->mode.is_null() ? "" : " mode=" + std::string(repr(stream->mode)->view());
  Value name = stream->buffer->name;
  if (name.is_null()) name = lookup_attr(stream->buffer->object, intern("name"));
  std::string shown = name.is_null() ? "" : " name=" + std::string(repr(name)->view());
  return str_value("<_io.TextIOWrapper" + shown + mode + " encoding=" + str_repr(stream->encoding->view()) + ">");
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

Value stream_name_get(Value self) {
  BinaryFile* buffer = as_stream(self)->buffer;
  if (buffer->name.is_null()) return getattr(buffer->object, intern("name"));
  return buffer->name;
}
// Only open() gives a text file a mode.
Value stream_mode_get(Value self) {
  TextStream* stream = as_stream(self);
  if (stream->mode.is_null()) throw_attribute_error(self, str_value("mode"));
  return stream->mode;
}

void stream_mode_set(Value self, Value mode) {
  if (mode.is_null() && as_stream(self)->mode.is_null()) throw_attribute_error(self, str_value("mode"));
  as_stream(self)->mode = mode;
}

Value stream_buffer_get(Value self) {
  TextStream* stream = as_stream(self);
  if (stream->detached) return none();
  if (!stream->buffer_object.is_null()) return stream->buffer_object;
  return Value::from_object(stream->buffer);
}

// The encoding's kind, from the byte forms of "\n" and of a non-ASCII
// character (LookupError for an unknown encoding).
void set_encoding(TextStream* stream, Str* encoding) {
  stream->encoder = stream->decoder = Value::null();
  Value unknown;  // the native lookup's LookupError
  try {
    codec_lookup_name(encoding->view());
  } catch (const PyException&) {
    if (!current_exception_matches(&exc_LookupError)) throw;
    unknown = take_current_exception();
  }
  if (!unknown.is_null() || str_encode(make_str("\n"), encoding->view(), "strict").as<Bytes>()->view() != "\n") {
    Value codecs;
    try {
      codecs = import_absolute(intern("codecs"));
    } catch (const PyException&) {
      // Without the codecs module only the native encodings exist.
      if (unknown.is_null()) throw;
      clear_current_exception();
      raise_exception(unknown);
    }
    // codecs.lookup raises LookupError for an unknown encoding.
    Value info = call_method(codecs, intern("lookup"), {Value::from_object(encoding)});
    Value errors = Value::from_object(stream->errors);
    stream->encoder = call(getattr(info, intern("incrementalencoder")), {errors});
    stream->decoder = call(getattr(info, intern("incrementaldecoder")), {errors});
    stream->encoding = encoding;
    return;
  }
  size_t wide = str_encode(make_str("\xc3\xa9"), encoding->view(), "replace").as<Bytes>()->size;
  stream->encoding = encoding;
  stream->utf8 = wide > 1;
}

Str* optional_str(Value value, const char* what, Str* fallback) {
  if (value.is_null() || is_none(value)) return fallback;
  if (!is_str(value)) {
    throw_type_error(std::string("TextIOWrapper() argument '") + what + "' must be str or None, not " +
                     type_name(value));
  }
  return value.as<Str>();
}

Str* default_encoding(Value encoding) {
  Str* name = optional_str(encoding, "encoding", make_str("UTF-8"));
  return name->view() == "locale" ? make_str("UTF-8") : name;
}

Newline newline_argument(Value newline) {
  if (newline.is_null()) return Newline::Universal;
  if (!is_none(newline) && !is_str(newline)) {
    throw_type_error("TextIOWrapper() argument 'newline' must be str or None, not " + type_name(newline));
  }
  return text_newline_mode(is_none(newline) ? Value::null() : newline);
}

void reset_stream(TextStream* stream, BinaryFile* buffer, Str* mode, Str* encoding, Str* errors,
                  Newline newline);

// TextIOWrapper.__new__: an instance of `type` that __init__ sets up (a
// subclass's __init__ calls it with arguments of its own). Until then it has
// a closed placeholder buffer and answers as detached.
Value stream_new(Type* type, const Value*, size_t, Tuple*) {
  auto* stream = static_cast<TextStream*>(allocate_instance(type));
  BinaryFile* placeholder = make_binary_file(&buffered_random_type, -1, Value::null(), "rb+", false);
  placeholder->detached = placeholder->closed = true;
  stream->buffer = placeholder;
  stream->encoding = make_str("utf-8");
  stream->errors = make_str("strict");
  stream->utf8 = true;
  stream->detached = true;
  return Value::from_object(stream);
}

// TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
// line_buffering=False, write_through=False), over a buffered file.
void stream_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[6];
  bind_arguments({"TextIOWrapper", {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1},
                 args, nargs, kwnames, bound);
  Str* encoding = default_encoding(bound[1]);
  Str* errors = optional_str(bound[2], "errors", make_str("strict"));
  Newline newline = newline_argument(bound[3]);
  BinaryFile* buffer;
  if (is_instance_of(bound[0], &buffered_reader_type) || is_instance_of(bound[0], &buffered_writer_type) ||
      is_instance_of(bound[0], &buffered_random_type)) {
    buffer = bound[0].as<BinaryFile>();
  } else {
    // Any other binary stream, through a native buffer of its own.
    buffer = make_file_over_object(&buffered_random_type, bound[0]);
    buffer->reads_read1 = !lookup_attr(bound[0], intern("read1")).is_null();
  }
  if (buffer->closed) throw_value_error(buffer->detached ? "raw stream has been detached" : "I/O operation on closed file.");
  TextStream* stream = as_stream(self);
  reset_stream(stream, buffer, nullptr, encoding, errors, newline);
  if (buffer->object.bits() == bound[0].bits()) stream->buffer_object = bound[0];
  set_encoding(stream, encoding);
  stream->line_buffering = !bound[4].is_null() && truthy(bound[4]);
  stream->write_through = !bound[5].is_null() && truthy(bound[5]);
}

// reconfigure(*, encoding, errors, newline, line_buffering, write_through).
Value stream_reconfigure(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[5];
  bind_arguments({"reconfigure", {"encoding", "errors", "newline", "line_buffering", "write_through"}, 0, 0, 0},
                 args, nargs, kwnames, bound);
  TextStream* stream = as_stream(self);
  check_attached(stream);
  text_stream_flush(stream);
  if (!bound[0].is_null() && !is_none(bound[0])) {
    set_encoding(stream, default_encoding(bound[0]));
    if (bound[1].is_null()) stream->errors = make_str("strict");
  }
  if (!bound[1].is_null() && !is_none(bound[1])) stream->errors = optional_str(bound[1], "errors", stream->errors);
  if (!bound[2].is_null()) stream->newline = newline_argument(bound[2]);
  if (!bound[3].is_null() && !is_none(bound[3])) stream->line_buffering = truthy(bound[3]);
  if (!bound[4].is_null() && !is_none(bound[4])) stream->write_through = truthy(bound[4]);
  return none();
}

Value stream_detach(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("detach", nargs, kwnames, 0, 0);
  TextStream* stream = as_stream(self);
  check_open(stream);
  text_stream_flush(stream);
  stream->detached = true;
  if (!stream->buffer_object.is_null()) return stream->buffer_object;
  return Value::from_object(stream->buffer);
}
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

// Sets up `stream` afresh over `buffer` (a second __init__ starts over).
void reset_stream(TextStream* stream, BinaryFile* buffer, Str* mode, Str* encoding, Str* errors,
                  Newline newline) {
  Type* type = stream->type;
  std::memset(reinterpret_cast<char*>(stream) + sizeof(Object), 0,
              sizeof(TextStream) - sizeof(Object));
  stream->type = type;
  stream->buffer = buffer;
  stream->mode = mode ? Value::from_object(mode) : Value::null();
  stream->encoding = encoding;
  stream->errors = errors;
  stream->newline = newline;
  stream->utf8 = true;
}

TextStream* new_stream(BinaryFile* buffer, Str* mode, Str* encoding, Str* errors, Newline newline) {
  auto* stream = static_cast<TextStream*>(allocate_instance(&text_stream_type));
  reset_stream(stream, buffer, mode, encoding, errors, newline);
  return stream;
}

}  // namespace

void init_text_stream_type() {
  if (initialized) return;
  initialized = true;
  init_io_base_types();
  text_stream_type.repr = stream_repr;
  text_stream_type.new_instance = stream_new;
  text_stream_type.init = stream_init;
  text_stream_type.iter = stream_iter;
  text_stream_type.next = stream_next;
  init_static_type(&text_stream_type, "_io.TextIOWrapper", &text_iobase_type, sizeof(TextStream),
                   kTypeBaseType | kTypeHasInstanceDict);
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
      {"reconfigure", stream_reconfigure},
      {"detach", stream_detach},
  });
  add_getsets(&text_stream_type, {
      {"name", stream_name_get},
      {"mode", stream_mode_get, stream_mode_set},
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
  // As CPython's: FileIO beneath, and an output stream that writes through
  // writes straight to it (python -u).
  BinaryFile* buffer = make_binary_file(&file_io_type, fd, str_value(name), writable ? "wb" : "rb", false);
  if (!(writable && write_through)) {
    buffer = make_buffered_file(writable ? &buffered_writer_type : &buffered_reader_type, buffer);
  }
  init_text_stream_type();
  TextStream* stream = new_stream(buffer, make_str(writable ? "w" : "r"), make_str("utf-8"), make_str(errors),
                                  Newline::Lf);
  stream->line_buffering = line_buffering;
  stream->write_through = write_through;
  return stream;
}

TextStream* make_text_file(BinaryFile* buffer, Str* mode, Str* encoding, Str* errors, Newline newline,
                           bool line_buffering) {
  init_text_stream_type();
  TextStream* stream = new_stream(buffer, mode, encoding, errors, newline);
  set_encoding(stream, encoding);
  stream->line_buffering = line_buffering;
  return stream;
}

bool text_stream_closed(TextStream* stream) { return stream->buffer->closed; }

size_t text_stream_write(TextStream* stream, Str* text) {
  check_open(stream);
  if (!stream->buffer->writable) raise_unsupported_operation("not writable");
  // CPython's text layer has taken the whole chunk read ahead from its
  // binary file, so a write after a read lands after that chunk.
  if (!stream->buffer->holds_output) {
    binary_consume(stream->buffer, binary_pending_input(stream->buffer).size());
    if (stream->decoded) forget_decoded(stream);
  }
  size_t written = text->length;
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
  if (!stream->encoder.is_null()) {
    Value encoded = call_method(stream->encoder, intern("encode"), {Value::from_object(text)});
    if (!bytes_like_view(encoded, bytes)) {
      throw_type_error("encoder should return a bytes object, not '" + type_name(encoded) + "'");
    }
  } else if (!text->is_ascii() && (!stream->utf8 || chars.find('\xed') != std::string_view::npos)) {
    // Non-ASCII text needs the codec unless it is UTF-8 without surrogates.
    bytes = str_encode(text, stream->encoding->view(), stream->errors->view()).as<Bytes>()->view();
  }
  binary_write(stream->buffer, bytes);
  if (stream->write_through ||
      (stream->line_buffering && chars.find_first_of("\n\r") != std::string_view::npos)) {
    binary_flush(stream->buffer);
  }
  return written;
}

void text_stream_flush(TextStream* stream) { binary_flush(stream->buffer); }

void text_stream_set_unbuffered(TextStream* stream, bool unbuffered) {
  stream->write_through = unbuffered;
  if (unbuffered) stream->line_buffering = false;
  BinaryFile* buffer = stream->buffer;
  if (!unbuffered || buffer->raw.is_null()) return;
  binary_flush(buffer);
  stream->buffer = buffer->raw.as<BinaryFile>();
  buffer->detached = buffer->closed = true;
}

Str* text_stream_readline(TextStream* stream) { return read_text(stream, -1, true); }

}  // namespace krait
