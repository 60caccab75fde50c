// The `_io` module: the abstract bases with their default methods (written
// in terms of the methods a subclass provides, as CPython's are), open(),
// open_code(), text_encoding(), BufferedRWPair and IncrementalNewlineDecoder.
// FileIO and the buffered files are in io_files.cpp, TextIOWrapper in
// io_textio.cpp, BytesIO and StringIO in io_memory.cpp.
#include "modules/io_module.h"

#include <cstring>
#include <string>

#include "modules/io_files.h"
#include "modules/io_textio.h"
#include "objects/bytes.h"
#include "objects/container_support.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "vm/import.h"

namespace krait {

Type iobase_type;
Type raw_iobase_type;
Type buffered_iobase_type;
Type text_iobase_type;

namespace {

Type rwpair_type;
Type newline_decoder_type;
Module* io_module = nullptr;

Value wrap(Type* type) { return Value::from_object(type); }

bool is_closed(Value self) { return truthy(getattr(self, intern("closed"))); }

void check_closed(Value self) {
  if (is_closed(self)) throw_value_error("I/O operation on closed file.");
}

[[noreturn]] Value unsupported(const char* name) { raise_unsupported_operation(name); }

Value iobase_seek(Value, const Value*, size_t, Tuple*) { unsupported("seek"); }
Value iobase_truncate(Value, const Value*, size_t, Tuple*) { unsupported("truncate"); }
Value iobase_fileno(Value, const Value*, size_t, Tuple*) { unsupported("fileno"); }

Value iobase_tell(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("tell", nargs, kwnames, 0, 0);
  return call_method(self, intern("seek"), {make_int(0), make_int(1)});
}

Value iobase_flush(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("flush", nargs, kwnames, 0, 0);
  check_closed(self);
  return none();
}

// The closed state of a plain subclass lives in its __dict__, as CPython keeps it.
Value iobase_closed_get(Value self) {
  Value flag = lookup_attr(self, intern("__IOBase_closed"));
  return make_bool(!flag.is_null() && truthy(flag));
}

Value iobase_dict_get(Value self) { return Value::from_object(instance_dict(self)); }

Value iobase_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("close", nargs, kwnames, 0, 0);
  if (truthy(iobase_closed_get(self))) return none();
  try {
    call_method(self, intern("flush"), {});
  } catch (const PyException&) {
    setattr(self, intern("__IOBase_closed"), make_bool(true));
    throw;
  }
  setattr(self, intern("__IOBase_closed"), make_bool(true));
  return none();
}

Value answer_false(Value, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("readable", nargs, kwnames, 0, 0);
  return make_bool(false);
}

Value iobase_isatty(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("isatty", nargs, kwnames, 0, 0);
  check_closed(self);
  return make_bool(false);
}

// _checkReadable() and its siblings: UnsupportedOperation unless the method answers True.
Value check_capability(Value self, const char* method, const char* message) {
  Value answer = call_method(self, intern(method), {});
  if (answer.bits() != make_bool(true).bits()) {
    raise_unsupported_operation(message);
  }
  return answer;
}

Value iobase_check_readable(Value self, const Value*, size_t, Tuple*) {
  return check_capability(self, "readable", "File or stream is not readable.");
}
Value iobase_check_writable(Value self, const Value*, size_t, Tuple*) {
  return check_capability(self, "writable", "File or stream is not writable.");
}
Value iobase_check_seekable(Value self, const Value*, size_t, Tuple*) {
  return check_capability(self, "seekable", "File or stream is not seekable.");
}
Value iobase_check_closed(Value self, const Value*, size_t, Tuple*) {
  check_closed(self);
  return none();
}

Value iobase_enter(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__enter__", nargs, kwnames, 0, 0);
  check_closed(self);
  return self;
}

Value iobase_exit(Value self, const Value*, size_t, Tuple*) { return call_method(self, intern("close"), {}); }

Value iobase_iter(Value self) {
  check_closed(self);
  return self;
}

Value iobase_next(Value self) {
  Value line = call_method(self, intern("readline"), {});
  if (length(line) == 0) return Value::null();
  return line;
}

int64_t optional_size(Value value) {
  if (value.is_null() || is_none(value)) return -1;
  if (!is_int(value) && type_of(value)->index == nullptr) {
    throw_type_error("argument should be integer or None, not '" + type_name(value) + "'");
  }
  return index_as_ssize(value);
}

std::string_view bytes_result(Value value, const char* method) {
  std::string_view data;
  if (!bytes_like_view(value, data)) {
    throw_type_error(std::string(method) + "() should have returned a bytes object, not '" + type_name(value) + "'");
  }
  return data;
}

// readline() over read(1), or over peek() when the file has it, so that a
// line is found without reading past it.
Value iobase_readline(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("readline", nargs, kwnames, 0, 1);
  int64_t limit = optional_size(nargs > 0 ? args[0] : Value::null());
  Value peek = lookup_attr(self, intern("peek"));
  std::string line;
  while (limit < 0 || static_cast<int64_t>(line.size()) < limit) {
    int64_t take = 1;
    if (!peek.is_null()) {
      std::string_view ahead = bytes_result(call(peek, {make_int(1)}), "peek");
      if (ahead.empty()) break;
      size_t newline = ahead.find('\n');
      take = newline == std::string_view::npos ? static_cast<int64_t>(ahead.size()) : static_cast<int64_t>(newline + 1);
      if (limit >= 0) take = std::min<int64_t>(take, limit - static_cast<int64_t>(line.size()));
    }
    std::string_view chunk = bytes_result(call_method(self, intern("read"), {make_int(take)}), "read");
    if (chunk.empty()) break;
    line += chunk;
    if (line.back() == '\n') break;
  }
  return Value::from_object(make_bytes(line));
}

Value iobase_readlines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("readlines", nargs, kwnames, 0, 1);
  int64_t hint = optional_size(nargs > 0 ? args[0] : Value::null());
  List* lines = make_list();
  Value iterator = get_iter(self);
  int64_t total = 0;
  for (Value line = iter_next(iterator); !line.is_null(); line = iter_next(iterator)) {
    list_append(lines, line);
    total += length(line);
    if (hint > 0 && total >= hint) break;
  }
  return Value::from_object(lines);
}

Value iobase_writelines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("writelines", nargs, kwnames, 1, 1);
  check_closed(self);
  Value iterator = get_iter(args[0]);
  for (Value line = iter_next(iterator); !line.is_null(); line = iter_next(iterator)) {
    call_method(self, intern("write"), {line});
  }
  return none();
}

// --- _RawIOBase ----------------------------------------------------------------

Value raw_read(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("read", nargs, kwnames, 0, 1);
  int64_t size = optional_size(nargs > 0 ? args[0] : Value::null());
  if (size < 0) return call_method(self, intern("readall"), {});
  ByteArray* target = make_bytearray(std::string(static_cast<size_t>(size), '\0'));
  Value count = call_method(self, intern("readinto"), {Value::from_object(target)});
  if (is_none(count)) return count;
  int64_t n = index_as_ssize(count);
  if (n < 0 || n > size) throw_value_error("readinto returned " + std::to_string(n) + " outside buffer size " + std::to_string(size));
  return Value::from_object(make_bytes({target->items, static_cast<size_t>(n)}));
}

Value raw_readall(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("readall", nargs, kwnames, 0, 0);
  std::string all;
  while (true) {
    Value chunk = call_method(self, intern("read"), {make_int(static_cast<int64_t>(kFileBufferSize))});
    if (is_none(chunk)) {
      if (all.empty()) return chunk;
      break;
    }
    if (!is_bytes(chunk)) throw_type_error("read() should return bytes");
    std::string_view data = chunk.as<Bytes>()->view();
    if (data.empty()) break;
    all += data;
  }
  return Value::from_object(make_bytes(all));
}

// --- _BufferedIOBase -------------------------------------------------------------

Value buffered_base_read(Value, const Value*, size_t, Tuple*) { unsupported("read"); }
Value buffered_base_read1(Value, const Value*, size_t, Tuple*) { unsupported("read1"); }
Value buffered_base_write(Value, const Value*, size_t, Tuple*) { unsupported("write"); }
Value base_detach(Value, const Value*, size_t, Tuple*) { unsupported("detach"); }

// readinto(b) through read(len(b)), into a bytearray, a bytearray-like
// exporter or a writable memoryview of one.
Value readinto_with(Value self, const Value* args, size_t nargs, Tuple* kwnames, const char* method) {
  check_arguments(method, nargs, kwnames, 1, 1);
  ByteArray* storage = resizable_storage(args[0]);
  Value target = args[0];
  if (storage == nullptr && is_memoryview(args[0])) {
    Value exporter = getattr(args[0], intern("obj"));
    storage = resizable_storage(exporter);
  }
  if (storage == nullptr) {
    throw_type_error(std::string(method) + "() argument must be read-write bytes-like object, not " +
                     type_name(args[0]));
  }
  int64_t size = length(target);
  Value data = call_method(self, intern(std::strcmp(method, "readinto1") == 0 ? "read1" : "read"), {make_int(size)});
  std::string_view bytes = bytes_result(data, "read");
  if (static_cast<int64_t>(bytes.size()) > size) throw_value_error("read() returned too much data");
  if (is_memoryview(target)) {
    setitem(target, Value::from_object(make_slice(make_int(0), make_int(static_cast<int64_t>(bytes.size())), none())),
            data);
  } else {
    std::memcpy(storage->items, bytes.data(), bytes.size());
  }
  return make_int(static_cast<int64_t>(bytes.size()));
}

Value buffered_base_readinto(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return readinto_with(self, args, nargs, kwnames, "readinto");
}
Value buffered_base_readinto1(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return readinto_with(self, args, nargs, kwnames, "readinto1");
}

// --- _TextIOBase -------------------------------------------------------------------

Value text_base_read(Value, const Value*, size_t, Tuple*) { unsupported("read"); }
Value text_base_readline(Value, const Value*, size_t, Tuple*) { unsupported("readline"); }
Value text_base_write(Value, const Value*, size_t, Tuple*) { unsupported("write"); }

// --- BufferedRWPair ----------------------------------------------------------------

struct RWPair : Object {
  Value reader;  // a BufferedReader over the readable raw stream
  Value writer;  // a BufferedWriter over the writable one
};

RWPair* as_pair(Value self) { return self.as<RWPair>(); }

Value rwpair_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"BufferedRWPair", {"reader", "writer", "buffer_size"}, 2}, args, nargs, kwnames, bound);
  check_capability(bound[0], "readable", "File or stream is not readable.");
  check_capability(bound[1], "writable", "File or stream is not writable.");
  Value size = bound[2].is_null() ? make_int(static_cast<int64_t>(kFileBufferSize)) : bound[2];
  auto* pair = static_cast<RWPair*>(allocate_instance(type));
  pair->reader = call(wrap(&buffered_reader_type), {bound[0], size});
  pair->writer = call(wrap(&buffered_writer_type), {bound[1], size});
  return Value::from_object(pair);
}

Value forward(Value target, const char* method, const Value* args, size_t nargs, Tuple* kwnames) {
  return call(getattr(target, intern(method)), args, nargs, kwnames);
}

#define KRAIT_PAIR_METHOD(name, side)                                         \
  Value rwpair_##name(Value self, const Value* args, size_t nargs, Tuple* kw) { \
    return forward(as_pair(self)->side, #name, args, nargs, kw);              \
  }
KRAIT_PAIR_METHOD(read, reader)
KRAIT_PAIR_METHOD(peek, reader)
KRAIT_PAIR_METHOD(read1, reader)
KRAIT_PAIR_METHOD(readinto, reader)
KRAIT_PAIR_METHOD(readinto1, reader)
KRAIT_PAIR_METHOD(readable, reader)
KRAIT_PAIR_METHOD(write, writer)
KRAIT_PAIR_METHOD(flush, writer)
KRAIT_PAIR_METHOD(writable, writer)
#undef KRAIT_PAIR_METHOD

Value rwpair_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("close", nargs, kwnames, 0, 0);
  try {
    call_method(as_pair(self)->writer, intern("close"), {});
  } catch (const PyException&) {
    Value error = take_current_exception();
    try {
      call_method(as_pair(self)->reader, intern("close"), {});
    } catch (const PyException&) {
      clear_current_exception();
    }
    raise_exception(error);
  }
  return call_method(as_pair(self)->reader, intern("close"), {});
}

Value rwpair_isatty(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("isatty", nargs, kwnames, 0, 0);
  if (truthy(call_method(as_pair(self)->writer, intern("isatty"), {}))) return make_bool(true);
  return call_method(as_pair(self)->reader, intern("isatty"), {});
}

Value rwpair_closed_get(Value self) { return getattr(as_pair(self)->writer, intern("closed")); }

// --- IncrementalNewlineDecoder -------------------------------------------------------

struct NewlineDecoder : Object {
  Value decoder;  // the wrapped incremental decoder, or None for str input
  bool translate;
  bool pending_cr;  // the last input ended in "\r", held back
  uint8_t seen;     // kinds of line end seen: 1 "\r", 2 "\n", 4 "\r\n"
};

NewlineDecoder* as_decoder(Value self) { return self.as<NewlineDecoder>(); }

Value decoder_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"IncrementalNewlineDecoder", {"decoder", "translate", "errors"}, 2}, args, nargs, kwnames, bound);
  auto* decoder = static_cast<NewlineDecoder*>(allocate_instance(type));
  decoder->decoder = bound[0];
  decoder->translate = truthy(bound[1]);
  return Value::from_object(decoder);
}

Value decoder_decode(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"decode", {"input", "final"}, 1}, args, nargs, kwnames, bound);
  NewlineDecoder* decoder = as_decoder(self);
  bool final = !bound[1].is_null() && truthy(bound[1]);
  Value output = bound[0];
  if (!is_none(decoder->decoder)) {
    Value call_args[2] = {bound[0], make_bool(final)};
    Tuple* names = make_tuple({str_value("final")});
    output = call(getattr(decoder->decoder, intern("decode")), call_args, 2, names);
  }
  if (!is_str(output)) {
    throw_type_error("decoder should return a string result, not '" + type_name(output) + "'");
  }
  std::string text(str_view(output));
  if (decoder->pending_cr && (final || !text.empty())) {
    text.insert(text.begin(), '\r');
    decoder->pending_cr = false;
  }
  if (!final && !text.empty() && text.back() == '\r') {
    text.pop_back();
    decoder->pending_cr = true;
  }
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r') {
      bool crlf = i + 1 < text.size() && text[i + 1] == '\n';
      decoder->seen |= crlf ? 4 : 1;
      if (decoder->translate) {
        out.push_back('\n');
      } else {
        out += crlf ? "\r\n" : "\r";
      }
      if (crlf) ++i;
    } else {
      if (c == '\n') decoder->seen |= 2;
      out.push_back(c);
    }
  }
  return str_value(out);
}

Value decoder_getstate(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("getstate", nargs, kwnames, 0, 0);
  NewlineDecoder* decoder = as_decoder(self);
  Value buffer = Value::from_object(make_bytes(""));
  int64_t flag = 0;
  if (!is_none(decoder->decoder)) {
    Value state = call_method(decoder->decoder, intern("getstate"), {});
    if (!is_instance_of(state, &tuple_type) || length(state) != 2) throw_type_error("illegal decoder state");
    buffer = getitem(state, make_int(0));
    flag = index_as_ssize(getitem(state, make_int(1)));
  }
  flag = flag * 2 + (decoder->pending_cr ? 1 : 0);
  return Value::from_object(make_tuple({buffer, make_int(flag)}));
}

Value decoder_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("setstate", nargs, kwnames, 1, 1);
  NewlineDecoder* decoder = as_decoder(self);
  if (!is_instance_of(args[0], &tuple_type)) throw_type_error("state argument must be a tuple");
  Value buffer = getitem(args[0], make_int(0));
  int64_t flag = index_as_ssize(getitem(args[0], make_int(1)));
  decoder->pending_cr = (flag & 1) != 0;
  if (!is_none(decoder->decoder)) {
    call_method(decoder->decoder, intern("setstate"),
                {Value::from_object(make_tuple({buffer, make_int(flag >> 1)}))});
  }
  return none();
}

Value decoder_reset(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("reset", nargs, kwnames, 0, 0);
  NewlineDecoder* decoder = as_decoder(self);
  decoder->seen = 0;
  decoder->pending_cr = false;
  if (!is_none(decoder->decoder)) call_method(decoder->decoder, intern("reset"), {});
  return none();
}

}  // namespace

// None, one of "\r", "\n", "\r\n", or a tuple of those seen, in that order.
Value newlines_value(uint8_t seen) {
  static const char* const kKinds[] = {"\r", "\n", "\r\n"};
  gc::vector<Value> kinds;
  for (int bit = 0; bit < 3; ++bit) {
    if (seen & (1u << bit)) kinds.push_back(str_value(kKinds[bit]));
  }
  if (kinds.empty()) return none();
  if (kinds.size() == 1) return kinds[0];
  return Value::from_object(make_tuple(kinds.data(), kinds.size()));
}

namespace {

Value decoder_newlines_get(Value self) { return newlines_value(as_decoder(self)->seen); }

// --- module functions --------------------------------------------------------------

Value io_open_code(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"open_code", {"path"}, 1}, args, nargs, kwnames, bound);
  if (!is_str(bound[0])) throw_type_error("open_code() argument 'path' must be str, not " + type_name(bound[0]));
  Value open_args[2] = {bound[0], str_value("rb")};
  return builtin_open(none(), open_args, 2, nullptr);
}

// text_encoding(encoding, stacklevel=2): the encoding open() uses for None.
Value io_text_encoding(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"text_encoding", {"encoding", "stacklevel"}, 1}, args, nargs, kwnames, bound);
  if (!is_none(bound[0])) return bound[0];
  Value flags = lookup_attr(import_absolute(intern("sys")), intern("flags"));
  bool utf8_mode = !flags.is_null() && truthy(getattr(flags, intern("utf8_mode")));
  return str_value(utf8_mode ? "utf-8" : "locale");
}

bool bases_initialized = false;

}  // namespace

void init_io_base_types() {
  if (bases_initialized) return;
  bases_initialized = true;
  iobase_type.iter = iobase_iter;
  iobase_type.next = iobase_next;
  init_static_type(&iobase_type, "_io._IOBase", nullptr, sizeof(Object), kTypeBaseType | kTypeHasInstanceDict);
  add_methods(&iobase_type, {
      {"seek", iobase_seek},
      {"tell", iobase_tell},
      {"truncate", iobase_truncate},
      {"flush", iobase_flush},
      {"close", iobase_close},
      {"seekable", answer_false},
      {"readable", answer_false},
      {"writable", answer_false},
      {"_checkClosed", iobase_check_closed},
      {"_checkSeekable", iobase_check_seekable},
      {"_checkReadable", iobase_check_readable},
      {"_checkWritable", iobase_check_writable},
      {"fileno", iobase_fileno},
      {"isatty", iobase_isatty},
      {"__enter__", iobase_enter},
      {"__exit__", iobase_exit},
      {"readline", iobase_readline},
      {"readlines", iobase_readlines},
      {"writelines", iobase_writelines},
  });
  add_getsets(&iobase_type, {{"closed", iobase_closed_get}, {"__dict__", iobase_dict_get}});

  init_static_type(&raw_iobase_type, "_io._RawIOBase", &iobase_type, sizeof(Object),
                   kTypeBaseType | kTypeHasInstanceDict);
  add_methods(&raw_iobase_type, {{"read", raw_read}, {"readall", raw_readall}});

  init_static_type(&buffered_iobase_type, "_io._BufferedIOBase", &iobase_type, sizeof(Object),
                   kTypeBaseType | kTypeHasInstanceDict);
  add_methods(&buffered_iobase_type, {
      {"read", buffered_base_read},
      {"read1", buffered_base_read1},
      {"write", buffered_base_write},
      {"detach", base_detach},
      {"readinto", buffered_base_readinto},
      {"readinto1", buffered_base_readinto1},
  });

  init_static_type(&text_iobase_type, "_io._TextIOBase", &iobase_type, sizeof(Object),
                   kTypeBaseType | kTypeHasInstanceDict);
  add_methods(&text_iobase_type, {
      {"read", text_base_read},
      {"readline", text_base_readline},
      {"write", text_base_write},
      {"detach", base_detach},
  });
  add_getsets(&text_iobase_type, {
      {"encoding", none_getter},
      {"newlines", none_getter},
      {"errors", none_getter},
  });
}

Module* create_io_module() {
  if (io_module) return io_module;
  init_io_file_types();
  init_text_stream_type();
  init_memory_file_types();
  rwpair_type.new_instance = rwpair_new;
  init_static_type(&rwpair_type, "_io.BufferedRWPair", &buffered_iobase_type, sizeof(RWPair),
                   kTypeBaseType | kTypeHasInstanceDict);
  add_methods(&rwpair_type, {
      {"read", rwpair_read},
      {"peek", rwpair_peek},
      {"read1", rwpair_read1},
      {"readinto", rwpair_readinto},
      {"readinto1", rwpair_readinto1},
      {"readable", rwpair_readable},
      {"write", rwpair_write},
      {"flush", rwpair_flush},
      {"writable", rwpair_writable},
      {"close", rwpair_close},
      {"isatty", rwpair_isatty},
  });
  add_getsets(&rwpair_type, {{"closed", rwpair_closed_get}});
  newline_decoder_type.new_instance = decoder_new;
  init_static_type(&newline_decoder_type, "_io.IncrementalNewlineDecoder", nullptr, sizeof(NewlineDecoder),
                   kTypeBaseType | kTypeHasInstanceDict);
  add_methods(&newline_decoder_type, {
      {"decode", decoder_decode},
      {"getstate", decoder_getstate},
      {"setstate", decoder_setstate},
      {"reset", decoder_reset},
  });
  add_getsets(&newline_decoder_type, {{"newlines", decoder_newlines_get}});

  io_module = make_module(intern("_io"));
  Dict* names = io_module->dict;
  // One open(): _io.open is builtins.open.
  dict_set_str(names, intern("open"), getattr(import_absolute(intern("builtins")), intern("open")));
  add_functions(io_module, {
      {"open_code", io_open_code},
      {"text_encoding", io_text_encoding},
  });
  // CPython names io, not _io, as the module of _io's functions.
  for (const char* function : {"open_code", "text_encoding"}) {
    dict_get_str(names, intern(function)).as<BuiltinFunction>()->module = str_value("io");
  }
  dict_set_str(names, intern("DEFAULT_BUFFER_SIZE"), make_int(static_cast<int64_t>(kFileBufferSize)));
  dict_set_str(names, intern("BlockingIOError"), wrap(&exc_BlockingIOError));
  dict_set_str(names, intern("UnsupportedOperation"), wrap(unsupported_operation_type()));
  dict_set_str(names, intern("_IOBase"), wrap(&iobase_type));
  dict_set_str(names, intern("_RawIOBase"), wrap(&raw_iobase_type));
  dict_set_str(names, intern("_BufferedIOBase"), wrap(&buffered_iobase_type));
  dict_set_str(names, intern("_TextIOBase"), wrap(&text_iobase_type));
  dict_set_str(names, intern("FileIO"), wrap(&file_io_type));
  dict_set_str(names, intern("BufferedReader"), wrap(&buffered_reader_type));
  dict_set_str(names, intern("BufferedWriter"), wrap(&buffered_writer_type));
  dict_set_str(names, intern("BufferedRandom"), wrap(&buffered_random_type));
  dict_set_str(names, intern("BufferedRWPair"), wrap(&rwpair_type));
  dict_set_str(names, intern("TextIOWrapper"), wrap(&text_stream_type));
  dict_set_str(names, intern("IncrementalNewlineDecoder"), wrap(&newline_decoder_type));
  dict_set_str(names, intern("BytesIO"), wrap(&bytesio_type));
  dict_set_str(names, intern("StringIO"), wrap(&stringio_type));
  return io_module;
}

}  // namespace krait
