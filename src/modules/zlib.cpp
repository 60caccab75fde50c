// The `zlib` module on the system's zlib: one-shot compress/decompress,
// Compress and Decompress stream objects (zdict, max_length,
// unused_data/unconsumed_tail/eof, copy), crc32, adler32, the constants and
// zlib.error with CPython's messages.
//
// zlib allocates its stream state through the collector (scanned memory:
// the state holds pointers to its window and buffers), so a stream is freed
// with the object that holds it and needs no finaliser. The state points back
// at its z_stream, which therefore lives inside the (non-moving) object.
#include "modules/zlib.h"

#include <gc/gc.h>
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

constexpr int kDefaultBufferSize = 16384;

Module* zlib_module = nullptr;
Type* zlib_error = nullptr;
Type compress_type;
Type decompress_type;

Value wrap(Object* o) { return Value::from_object(o); }

// zlib's allocator hooks: null on exhaustion (zlib reports Z_MEM_ERROR).
voidpf collector_alloc(voidpf, uInt items, uInt size) {
  return GC_MALLOC(static_cast<size_t>(items) * size);
}
void collector_free(voidpf, voidpf block) { GC_FREE(block); }

void use_collector(z_stream& stream) {
  stream.zalloc = collector_alloc;
  stream.zfree = collector_free;
  stream.opaque = Z_NULL;
}

[[noreturn]] void raise_zlib_error(const z_stream& stream, int error, const char* doing) {
  const char* message = error == Z_VERSION_ERROR ? "library version mismatch" : stream.msg;
  if (!message) {
    switch (error) {
      case Z_BUF_ERROR: message = "incomplete or truncated stream"; break;
      case Z_STREAM_ERROR: message = "inconsistent stream state"; break;
      case Z_DATA_ERROR: message = "invalid input data"; break;
      default: break;
    }
  }
  if (!message) raise(zlib_error, format("Error %d %s", error, doing));
  raise(zlib_error, format("Error %d %s: %.200s", error, doing, message));
}

std::string_view buffer_argument(Value v) {
  if (is_memoryview(v)) return memoryview_buffer(v);
  std::string_view out;
  if (!bytes_like_view(v, out)) {
    throw_type_error("a bytes-like object is required, not '" + type_name(v) + "'");
  }
  return out;
}

int int_argument(Value v, int default_value) {
  return v.is_null() ? default_value : index_as_int(v);
}

// zlib counts in uInt: inputs above 4 GiB are fed in pieces.
void feed(z_stream& stream, std::string_view& input) {
  size_t piece = std::min<size_t>(input.size(), UINT32_MAX);
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
  stream.avail_in = static_cast<uInt>(piece);
}
void consumed(z_stream& stream, std::string_view& input, size_t fed) {
  input.remove_prefix(fed - stream.avail_in);
}

// Runs `step` (deflate or inflate with a flush mode) with growing output
// until it needs more input or answers an end; appends to `out`, stops at
// `limit` output bytes when non-zero. Answers zlib's last code.
template <class Step>
int run_stream(z_stream& stream, std::string_view& input, std::string& out, size_t limit,
               size_t chunk, Step step) {
  int result;
  while (true) {
    size_t room = chunk;
    if (limit) {
      if (out.size() >= limit) return Z_OK;
      room = std::min(room, limit - out.size());
    }
    size_t old = out.size();
    out.resize(old + room);
    stream.next_out = reinterpret_cast<Bytef*>(out.data() + old);
    stream.avail_out = static_cast<uInt>(room);
    feed(stream, input);
    size_t fed = stream.avail_in;
    result = step();
    consumed(stream, input, fed);
    out.resize(old + room - stream.avail_out);
    if (result != Z_OK && result != Z_BUF_ERROR) return result;
    // Output room left over: zlib has done all it can with this input.
    if (stream.avail_out != 0 && input.empty()) return result;
    if (result == Z_BUF_ERROR && stream.avail_out != 0) return result;
    chunk = std::min<size_t>(chunk * 2, 1u << 30);
  }
}

// --- one-shot functions ---

Value zlib_compress(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"compress", {"data", "level", "wbits"}, 1, 1}, args, nargs, kwnames, bound);
  std::string_view input = buffer_argument(bound[0]);
  int level = int_argument(bound[1], Z_DEFAULT_COMPRESSION);
  int wbits = int_argument(bound[2], MAX_WBITS);
  z_stream stream{};
  use_collector(stream);
  int error = deflateInit2(&stream, level, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY);
  if (error == Z_MEM_ERROR) throw_memory_error();
  if (error == Z_STREAM_ERROR) raise(zlib_error, "Bad compression level");
  if (error != Z_OK) raise_zlib_error(stream, error, "while compressing data");
  std::string out;
  while (true) {
    error = run_stream(stream, input, out, 0, kDefaultBufferSize,
                       [&] { return deflate(&stream, input.size() > UINT32_MAX ? Z_NO_FLUSH : Z_FINISH); });
    if (error == Z_STREAM_END) break;
    if (error != Z_OK && error != Z_BUF_ERROR) {
      deflateEnd(&stream);
      raise_zlib_error(stream, error, "while compressing data");
    }
  }
  deflateEnd(&stream);
  return wrap(make_bytes(out));
}

Value zlib_decompress(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"decompress", {"data", "wbits", "bufsize"}, 1, 1}, args, nargs, kwnames, bound);
  std::string_view input = buffer_argument(bound[0]);
  int wbits = int_argument(bound[1], MAX_WBITS);
  int64_t bufsize = bound[2].is_null() ? kDefaultBufferSize : index_as_ssize(bound[2]);
  if (bufsize < 0) throw_value_error("bufsize must be non-negative");
  z_stream stream{};
  use_collector(stream);
  int error = inflateInit2(&stream, wbits);
  if (error == Z_MEM_ERROR) throw_memory_error();
  if (error != Z_OK) raise_zlib_error(stream, error, "while preparing to decompress data");
  std::string out;
  size_t chunk = static_cast<size_t>(std::max<int64_t>(bufsize, 1));
  while (true) {
    error = run_stream(stream, input, out, 0, chunk, [&] { return inflate(&stream, Z_NO_FLUSH); });
    if (error == Z_STREAM_END) break;
    if (error == Z_OK && !input.empty()) continue;
    inflateEnd(&stream);
    // Out of input before the end of the stream.
    raise_zlib_error(stream, error == Z_OK ? Z_BUF_ERROR : error, "while decompressing data");
  }
  inflateEnd(&stream);
  return wrap(make_bytes(out));
}

uint32_t checksum_start(Value v, uint32_t default_value) {
  if (v.is_null()) return default_value;
  Value n = index_value(v);
  int64_t small;
  if (int_to_int64(n, small)) return static_cast<uint32_t>(small);
  int_to_int64(int_remainder(n, make_int(int64_t{1} << 32)), small);
  return static_cast<uint32_t>(small);
}

template <class Checksum>
Value checksum(const char* name, const Value* args, size_t nargs, Tuple* kwnames, uint32_t start,
               Checksum function) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, 1, 2);
  std::string_view data = buffer_argument(args[0]);
  uLong value = checksum_start(nargs > 1 ? args[1] : Value(), start);
  while (!data.empty()) {
    size_t piece = std::min<size_t>(data.size(), 1u << 30);
    value = function(value, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(piece));
    data.remove_prefix(piece);
  }
  return make_int_from_unsigned(value & 0xffffffffu);
}

Value zlib_crc32(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return checksum("crc32", args, nargs, kwnames, 0, ::crc32);
}
Value zlib_adler32(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return checksum("adler32", args, nargs, kwnames, 1, ::adler32);
}

// --- stream objects ---

struct StreamObject : Object {
  z_stream stream;
  bool initialised;
  bool eof;
  Value unused_data;
  Value unconsumed_tail;
  Value zdict;  // null when none
};

StreamObject* as_stream(Value v) { return static_cast<StreamObject*>(v.as_object()); }

StreamObject* new_stream(Type* type) {
  auto* object = static_cast<StreamObject*>(allocate_instance(type));
  std::memset(&object->stream, 0, sizeof(object->stream));
  object->initialised = false;
  object->eof = false;
  object->unused_data = wrap(make_bytes(""));
  object->unconsumed_tail = object->unused_data;
  object->zdict = Value();
  use_collector(object->stream);
  return object;
}

Value zlib_compressobj(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[6];
  bind_arguments({"compressobj", {"level", "method", "wbits", "memLevel", "strategy", "zdict"}},
                 args, nargs, kwnames, bound);
  int level = int_argument(bound[0], Z_DEFAULT_COMPRESSION);
  int method = int_argument(bound[1], Z_DEFLATED);
  int wbits = int_argument(bound[2], MAX_WBITS);
  int mem_level = int_argument(bound[3], 8);
  int strategy = int_argument(bound[4], Z_DEFAULT_STRATEGY);
  std::string_view zdict;
  bool has_zdict = !bound[5].is_null() && !bound[5].is(none());
  if (has_zdict) zdict = buffer_argument(bound[5]);
  StreamObject* object = new_stream(&compress_type);
  int error = deflateInit2(&object->stream, level, method, wbits, mem_level, strategy);
  if (error == Z_MEM_ERROR) throw_memory_error();
  if (error == Z_STREAM_ERROR) throw_value_error("Invalid initialization option");
  if (error != Z_OK) raise_zlib_error(object->stream, error, "while creating compression object");
  object->initialised = true;
  if (has_zdict) {
    error = deflateSetDictionary(&object->stream, reinterpret_cast<const Bytef*>(zdict.data()),
                                 static_cast<uInt>(zdict.size()));
    if (error != Z_OK) throw_value_error("Invalid dictionary");
  }
  return wrap(object);
}

void set_dictionary(StreamObject* object) {
  std::string_view zdict = buffer_argument(object->zdict);
  int error = inflateSetDictionary(&object->stream, reinterpret_cast<const Bytef*>(zdict.data()),
                                   static_cast<uInt>(zdict.size()));
  if (error != Z_OK) raise_zlib_error(object->stream, error, "while setting zdict");
}

Value zlib_decompressobj(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"decompressobj", {"wbits", "zdict"}}, args, nargs, kwnames, bound);
  int wbits = int_argument(bound[0], MAX_WBITS);
  std::string_view probe;
  if (!bound[1].is_null() && !is_memoryview(bound[1]) && !bytes_like_view(bound[1], probe)) {
    throw_type_error("zdict argument must support the buffer protocol");
  }
  StreamObject* object = new_stream(&decompress_type);
  object->zdict = bound[1];
  int error = inflateInit2(&object->stream, wbits);
  if (error == Z_MEM_ERROR) throw_memory_error();
  if (error == Z_STREAM_ERROR) throw_value_error("Invalid initialization option");
  if (error != Z_OK) raise_zlib_error(object->stream, error, "while creating decompression object");
  object->initialised = true;
  // A raw stream has no header to ask for the dictionary: set it now.
  if (!object->zdict.is_null() && wbits < 0) set_dictionary(object);
  return wrap(object);
}

Value compress_compress(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("compress", kwnames);
  check_positional("compress", nargs, 1, 1);
  StreamObject* object = as_stream(self);
  std::string_view input = buffer_argument(args[0]);
  std::string out;
  while (true) {
    int error = run_stream(object->stream, input, out, 0, kDefaultBufferSize,
                           [&] { return deflate(&object->stream, Z_NO_FLUSH); });
    if (error != Z_OK && error != Z_BUF_ERROR) {
      raise_zlib_error(object->stream, error, "while compressing data");
    }
    if (input.empty()) break;
  }
  return wrap(make_bytes(out));
}

Value compress_flush(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("flush", kwnames);
  check_positional("flush", nargs, 0, 1);
  StreamObject* object = as_stream(self);
  int mode = nargs ? index_as_int(args[0]) : Z_FINISH;
  if (mode == Z_NO_FLUSH) return wrap(make_bytes(""));
  std::string_view input;
  std::string out;
  int error = run_stream(object->stream, input, out, 0, kDefaultBufferSize,
                         [&] { return deflate(&object->stream, mode); });
  if (error == Z_STREAM_END && mode == Z_FINISH) {
    deflateEnd(&object->stream);
    object->initialised = false;
  } else if (error != Z_OK && error != Z_BUF_ERROR) {
    raise_zlib_error(object->stream, error, "while flushing");
  }
  return wrap(make_bytes(out));
}

Value stream_copy(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("copy", kwnames);
  StreamObject* object = as_stream(self);
  if (!object->initialised) throw_value_error("Inconsistent stream state");
  bool compressing = type_of(self) == &compress_type;
  StreamObject* copy = new_stream(type_of(self));
  int error = compressing ? deflateCopy(&copy->stream, &object->stream)
                          : inflateCopy(&copy->stream, &object->stream);
  if (error == Z_MEM_ERROR) throw_memory_error();
  if (error == Z_STREAM_ERROR) throw_value_error("Inconsistent stream state");
  if (error != Z_OK) {
    raise_zlib_error(object->stream, error,
                     compressing ? "while copying compression object"
                                 : "while copying decompression object");
  }
  copy->initialised = true;
  copy->eof = object->eof;
  copy->unused_data = object->unused_data;
  copy->unconsumed_tail = object->unconsumed_tail;
  copy->zdict = object->zdict;
  return wrap(copy);
}

Value stream_deepcopy(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_positional("__deepcopy__", nargs, 1, 1);
  return stream_copy(self, nullptr, 0, nullptr);
}

// After a decompression step: input past the end of the stream goes to
// unused_data; input held back by max_length to unconsumed_tail.
void save_unconsumed(StreamObject* object, int error, std::string_view input) {
  if (error == Z_STREAM_END) {
    if (!input.empty()) {
      std::string joined(object->unused_data.as<Bytes>()->view());
      joined.append(input);
      object->unused_data = wrap(make_bytes(joined));
    }
    input = {};
  }
  if (!input.empty() || object->unconsumed_tail.as<Bytes>()->size) {
    object->unconsumed_tail = wrap(make_bytes(input));
  }
}

// Inflates until the end of the stream, the end of the input or `limit`,
// setting the dictionary when the stream asks for it.
int inflate_steps(StreamObject* object, std::string_view& input, std::string& out, size_t limit,
                  size_t chunk, int flush) {
  while (true) {
    int error = run_stream(object->stream, input, out, limit, chunk,
                           [&] { return inflate(&object->stream, flush); });
    if (error == Z_NEED_DICT && !object->zdict.is_null()) {
      set_dictionary(object);
      continue;
    }
    return error;
  }
}

Value decompress_decompress(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"decompress", {"data", "max_length"}, 1, 1}, args, nargs, kwnames, bound);
  StreamObject* object = as_stream(self);
  std::string_view input = buffer_argument(bound[0]);
  int64_t max_length = bound[1].is_null() ? 0 : index_as_ssize(bound[1]);
  if (max_length < 0) throw_value_error("max_length must be non-negative");
  std::string out;
  int error = inflate_steps(object, input, out, static_cast<size_t>(max_length),
                            kDefaultBufferSize, Z_SYNC_FLUSH);
  save_unconsumed(object, error, input);
  if (error == Z_STREAM_END) {
    object->eof = true;
  } else if (error != Z_OK && error != Z_BUF_ERROR) {
    raise_zlib_error(object->stream, error, "while decompressing data");
  }
  return wrap(make_bytes(out));
}

Value decompress_flush(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("flush", kwnames);
  check_positional("flush", nargs, 0, 1);
  StreamObject* object = as_stream(self);
  int64_t length = nargs ? index_as_ssize(args[0]) : kDefaultBufferSize;
  if (length <= 0) throw_value_error("length must be greater than zero");
  Value tail = object->unconsumed_tail;
  std::string_view input = tail.as<Bytes>()->view();
  std::string out;
  if (!object->initialised) return wrap(make_bytes(out));
  int error = inflate_steps(object, input, out, 0, static_cast<size_t>(length), Z_FINISH);
  save_unconsumed(object, error, input);
  if (error == Z_STREAM_END) {
    object->eof = true;
    inflateEnd(&object->stream);
    object->initialised = false;
  } else if (error != Z_OK && error != Z_BUF_ERROR) {
    raise_zlib_error(object->stream, error, "while flushing");
  }
  return wrap(make_bytes(out));
}

Value decompress_unused_data(Value self) { return as_stream(self)->unused_data; }
Value decompress_unconsumed_tail(Value self) { return as_stream(self)->unconsumed_tail; }
Value decompress_eof(Value self) { return make_bool(as_stream(self)->eof); }

void init_zlib_types() {
  init_static_type(&compress_type, "zlib.Compress", nullptr, sizeof(StreamObject), 0);
  compress_type.new_instance = nullptr;
  add_methods(&compress_type, {
      {"compress", compress_compress, kMethodInstance, "Returns a bytes object containing compressed data."},
      {"flush", compress_flush, kMethodInstance, "Return a bytes object containing any remaining compressed data."},
      {"copy", stream_copy, kMethodInstance, "Return a copy of the compression object."},
      {"__copy__", stream_copy, kMethodInstance, nullptr},
      {"__deepcopy__", stream_deepcopy, kMethodInstance, nullptr},
  });
  init_static_type(&decompress_type, "zlib.Decompress", nullptr, sizeof(StreamObject), 0);
  decompress_type.new_instance = nullptr;
  add_methods(&decompress_type, {
      {"decompress", decompress_decompress, kMethodInstance, "Return a bytes object containing the decompressed version of the data."},
      {"flush", decompress_flush, kMethodInstance, "Return a bytes object containing any remaining decompressed data."},
      {"copy", stream_copy, kMethodInstance, "Return a copy of the decompression object."},
      {"__copy__", stream_copy, kMethodInstance, nullptr},
      {"__deepcopy__", stream_deepcopy, kMethodInstance, nullptr},
  });
  add_getsets(&decompress_type, {{"unused_data", decompress_unused_data},
                                 {"unconsumed_tail", decompress_unconsumed_tail},
                                 {"eof", decompress_eof}});
}

}  // namespace

Module* create_zlib_module() {
  if (zlib_module) return zlib_module;
  init_zlib_types();
  zlib_module = make_module(intern("zlib"));
  zlib_error = make_exception_class("zlib.error", &exc_Exception);
  add_functions(zlib_module, {
      {"compress", zlib_compress, kMethodInstance, "Returns a bytes object containing compressed data."},
      {"decompress", zlib_decompress, kMethodInstance, "Returns a bytes object containing the uncompressed data."},
      {"compressobj", zlib_compressobj, kMethodInstance, "Return a compressor object."},
      {"decompressobj", zlib_decompressobj, kMethodInstance, "Return a decompressor object."},
      {"crc32", zlib_crc32, kMethodInstance, "Compute a CRC-32 checksum of data."},
      {"adler32", zlib_adler32, kMethodInstance, "Compute an Adler-32 checksum of data."},
  });
  add_int_constants(zlib_module, {
      {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", Z_DEFLATED}, {"DEF_MEM_LEVEL", 8},
      {"DEF_BUF_SIZE", kDefaultBufferSize}, {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
      {"Z_BEST_SPEED", Z_BEST_SPEED}, {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
      {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION}, {"Z_FILTERED", Z_FILTERED},
      {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
      {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH},
      {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH}, {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
      {"Z_FULL_FLUSH", Z_FULL_FLUSH}, {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK},
      {"Z_TREES", Z_TREES},
  });
  Dict* dict = zlib_module->dict;
  dict_set_str(dict, intern("error"), wrap(zlib_error));
  dict_set_str(dict, intern("ZLIB_VERSION"), str_value(ZLIB_VERSION));
  dict_set_str(dict, intern("ZLIB_RUNTIME_VERSION"), str_value(zlibVersion()));
  dict_set_str(dict, intern("__version__"), str_value("1.0"));
  return zlib_module;
}

}  // namespace krait
