// The `_codecs` module (CPython's Modules/_codecsmodule.c and
// Python/codecs.c): the codec registry with its search functions and cache,
// the error handler registry with the built-in handlers as functions, and
// the native codecs of objects/codecs.h with CPython's signatures.
#include "modules/codecs.h"

#include <string>

#include "objects/bytes.h"
#include "objects/codecs_internal.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/unicode.h"
#include "vm/import.h"

namespace krait {

namespace {

// The registry (statics are roots of the collector).
List* search_functions = nullptr;
Dict* lookup_cache = nullptr;
Dict* error_handlers = nullptr;
bool encodings_imported = false;

void ensure_registry() {
  if (search_functions) return;
  search_functions = make_list(0);
  lookup_cache = make_dict();
  error_handlers = make_dict();
}

Value codec_lookup(std::string_view encoding) {
  ensure_registry();
  if (!encodings_imported) {
    // The standard search function registers itself when `encodings` is
    // first imported, as CPython's registry does at its first lookup.
    encodings_imported = true;
    import_absolute(intern("encodings"));
  }
  Str* key = make_str(normalized_encoding(encoding));
  Value cached = dict_get(lookup_cache, Value::from_object(key));
  if (!cached.is_null()) return cached;
  if (search_functions->size == 0) {
    raise(&exc_LookupError, "no codec search functions registered: can't find encoding");
  }
  for (size_t i = 0; i < search_functions->size; ++i) {
    Value result = call(search_functions->items[i], {Value::from_object(key)});
    if (is_none(result)) continue;
    if (!is_tuple(result) || result.as<Tuple>()->size != 4) {
      throw_type_error("codec search functions must return 4-tuples");
    }
    dict_set(lookup_cache, Value::from_object(key), result);
    return result;
  }
  raise(&exc_LookupError, "unknown encoding: " + std::string(encoding));
}

// Exceptions a codec's failure may be re-raised as, with the codec named:
// those whose state is BaseException's alone. CPython's _PyErr_TrySetFromCause
// asks for BaseException's __init__ and __new__ and its instance size (a
// heap subclass may add a weak reference slot, no other __slots__), one str
// argument at most and an empty instance dict.
bool wrappable_codec_error(Value exc) {
  static Type* const kPlain[] = {
      &exc_BaseException, &exc_GeneratorExit, &exc_KeyboardInterrupt, &exc_Exception,
      &exc_ArithmeticError, &exc_FloatingPointError, &exc_OverflowError, &exc_ZeroDivisionError,
      &exc_AssertionError, &exc_BufferError, &exc_EOFError, &exc_LookupError, &exc_IndexError,
      &exc_KeyError, &exc_ReferenceError, &exc_RuntimeError, &exc_NotImplementedError,
      &exc_RecursionError, &exc_StopAsyncIteration, &exc_SystemError, &exc_TypeError,
      &exc_ValueError, &exc_UnicodeError, &exc_Warning, &exc_BytesWarning,
      &exc_DeprecationWarning, &exc_EncodingWarning, &exc_FutureWarning, &exc_ImportWarning,
      &exc_PendingDeprecationWarning, &exc_ResourceWarning, &exc_RuntimeWarning,
      &exc_SyntaxWarning, &exc_UnicodeWarning, &exc_UserWarning};
  Type* type = type_of(exc);
  if (type->slot_count != 0) return false;
  Type* builtin = nullptr;
  Tuple* mro = type->mro;
  for (size_t i = 0; i < mro->size && !builtin; ++i) {
    Type* klass = (*mro)[i].as<Type>();
    if (!(klass->flags & kTypeHeap)) {
      builtin = klass;
    } else if (!dict_get_str(klass->dict, intern("__init__")).is_null() ||
               !dict_get_str(klass->dict, intern("__new__")).is_null()) {
      return false;
    }
  }
  bool plain = false;
  for (Type* candidate : kPlain) plain = plain || candidate == builtin;
  if (!plain) return false;
  Tuple* args = exc.as<BaseExceptionObject>()->args;
  if (args->size > 1 || (args->size == 1 && !is_exact_str((*args)[0]))) return false;
  Value dict = lookup_attr(exc, intern("__dict__"));
  return dict.is_null() || length(dict) == 0;
}

}  // namespace

void wrap_codec_error(const char* operation, std::string_view encoding) {
  Value exc = current_exception();
  if (exc.is_null() || !wrappable_codec_error(exc)) return;
  std::string message = format("%s with '%.400s' codec failed (%s: %s)", operation, std::string(encoding).c_str(),
                               type_name(exc).c_str(), std::string(str(exc)->view()).c_str());
  Value wrapped = new_exception_message(type_of(exc), message);
  wrapped.as<BaseExceptionObject>()->cause = exc;
  wrapped.as<BaseExceptionObject>()->suppress_context = true;
  wrapped.as<BaseExceptionObject>()->traceback = exc.as<BaseExceptionObject>()->traceback;
  clear_current_exception();
  raise_exception(wrapped);
}

namespace {

// --- Argument conversion, as Argument Clinic converts ---

Str* str_arg(const char* function, Value v, int position) {
  if (!is_str(v)) {
    throw_type_error(format("%s() argument %d must be str, not %s", function, position,
                            argument_type_name(v).c_str()));
  }
  return v.as<Str>();
}

std::string_view errors_arg(const char* function, const Value* args, size_t nargs, size_t index) {
  if (index >= nargs || is_none(args[index])) return "strict";
  if (!is_str(args[index])) {
    throw_type_error(format("%s() argument %zu must be str or None, not %s", function, index + 1,
                            argument_type_name(args[index]).c_str()));
  }
  return str_view(args[index]);
}

// A bytes-like argument (`accept_str`: a str reads as its UTF-8 form).
std::string_view data_arg(Value v, bool accept_str) {
  if (accept_str && is_str(v)) return str_view(v);
  std::string_view data;
  if (!bytes_like_view(v, data)) {
    throw_type_error("a bytes-like object is required, not '" + type_name(v) + "'");
  }
  return data;
}

bool flag_arg(const Value* args, size_t nargs, size_t index, bool fallback) {
  if (index >= nargs) return fallback;
  return index_as_int(args[index]) != 0;
}

Value encoded_pair(const std::string& bytes, size_t length) {
  return Value::from_object(
      make_tuple({Value::from_object(make_bytes(bytes)), make_int(static_cast<int64_t>(length))}));
}

Value decoded_pair(Str* text, size_t consumed) {
  return Value::from_object(make_tuple({Value::from_object(text), make_int(static_cast<int64_t>(consumed))}));
}

// --- The registry's functions ---

Value codecs_register(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("register", kwnames);
  check_positional("register", nargs, 1, 1);
  if (!is_callable(args[0])) throw_type_error("argument must be callable");
  ensure_registry();
  list_append(search_functions, args[0]);
  return none();
}

Value codecs_unregister(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("unregister", kwnames);
  check_positional("unregister", nargs, 1, 1);
  ensure_registry();
  for (size_t i = 0; i < search_functions->size; ++i) {
    if (search_functions->items[i].bits() == args[0].bits()) {
      for (size_t j = i + 1; j < search_functions->size; ++j) search_functions->items[j - 1] = search_functions->items[j];
      --search_functions->size;
      dict_clear(lookup_cache);
      break;
    }
  }
  return none();
}

Value codecs_lookup(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("lookup", kwnames);
  check_positional("lookup", nargs, 1, 1);
  if (!is_str(args[0])) {
    throw_type_error("lookup() argument must be str, not " + argument_type_name(args[0]));
  }
  return codec_lookup(str_view(args[0]));
}

// codecs.encode/decode: any codec, any object in and out.
Value apply_codec(const char* function, size_t which, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({function, {"obj", "encoding", "errors"}, 1, 0}, args, nargs, kwnames, bound);
  std::string_view encoding = "utf-8";
  if (!bound[1].is_null()) encoding = str_arg(function, bound[1], 2)->view();
  Value info = codec_lookup(encoding);
  Value codec = getitem(info, make_int(static_cast<int64_t>(which)));
  if (!bound[2].is_null()) str_arg(function, bound[2], 3);
  Value result;
  try {
    result = bound[2].is_null() ? call(codec, {bound[0]}) : call(codec, {bound[0], bound[2]});
  } catch (const PyException&) {
    wrap_codec_error(which == 0 ? "encoding" : "decoding", encoding);
    throw;
  }
  if (!is_tuple(result) || result.as<Tuple>()->size != 2) {
    throw_type_error(which == 0 ? "encoder must return a tuple (object, integer)"
                                : "decoder must return a tuple (object, integer)");
  }
  return result.as<Tuple>()->items()[0];
}

Value codecs_encode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return apply_codec("encode", 0, args, nargs, kwnames);
}

Value codecs_decode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return apply_codec("decode", 1, args, nargs, kwnames);
}

Value codecs_register_error(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("register_error", kwnames);
  check_positional("register_error", nargs, 2, 2);
  Str* name = str_arg("register_error", args[0], 1);
  if (!is_callable(args[1])) throw_type_error("handler must be callable");
  ensure_registry();
  dict_set(error_handlers, Value::from_object(name), args[1]);
  return none();
}

Value codecs_lookup_error(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("lookup_error", kwnames);
  check_positional("lookup_error", nargs, 1, 1);
  return lookup_error_handler(str_arg("lookup_error", args[0], 1)->view());
}

// --- The built-in error handlers as functions ---

enum class ErrorKind { Encode, Decode, Translate };

ErrorKind error_kind(Value exc) {
  if (is_instance_of(exc, &exc_UnicodeEncodeError)) return ErrorKind::Encode;
  if (is_instance_of(exc, &exc_UnicodeDecodeError)) return ErrorKind::Decode;
  if (is_instance_of(exc, &exc_UnicodeTranslateError)) return ErrorKind::Translate;
  throw_type_error("don't know how to handle " + type_name(exc) + " in error callback");
}

[[noreturn]] void wrong_error(Value exc) {
  throw_type_error("don't know how to handle " + type_name(exc) + " in error callback");
}

size_t error_position(Value exc, const char* which) { return static_cast<size_t>(index_as_ssize(getattr(exc, intern(which)))); }

// The characters [start, end) of an encode or translate error's object.
Str* error_text(Value exc, size_t& start, size_t& end) {
  Value object = getattr(exc, intern("object"));
  if (!is_str(object)) throw_type_error("object attribute must be unicode");
  Str* text = object.as<Str>();
  start = error_position(exc, "start");
  end = error_position(exc, "end");
  if (end > text->length) end = text->length;
  if (start > end) start = end;
  return text;
}

std::string_view error_bytes(Value exc, size_t& start, size_t& end) {
  Value object = getattr(exc, intern("object"));
  std::string_view data;
  if (!bytes_like_view(object, data)) throw_type_error("object attribute must be bytes");
  start = error_position(exc, "start");
  end = error_position(exc, "end");
  if (end > data.size()) end = data.size();
  if (start > end) start = end;
  return data;
}

Value handler_answer(Value replacement, size_t resume) {
  return Value::from_object(make_tuple({replacement, make_int(static_cast<int64_t>(resume))}));
}

Value single_exception_arg(const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, 1, 1);
  return args[0];
}

Value strict_errors(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value exc = single_exception_arg("strict_errors", args, nargs, kwnames);
  if (!is_exception_instance(exc)) throw_type_error("codec must pass exception instance");
  raise_exception(exc);
}

Value ignore_errors(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value exc = single_exception_arg("ignore_errors", args, nargs, kwnames);
  error_kind(exc);
  return handler_answer(Value::from_object(empty_str()), error_position(exc, "end"));
}

// The text each unencodable character of [start, end) becomes.
template <void (*Append)(std::string&, char32_t)>
Value replace_each_character(Value exc) {
  size_t start, end;
  Str* text = error_text(exc, start, end);
  std::string out;
  size_t pos = str_byte_offset(text, start);
  for (size_t i = start; i < end; ++i) Append(out, next_code_point(text->data(), pos));
  return handler_answer(str_value(out), end);
}

void append_question_mark(std::string& out, char32_t) { out.push_back('?'); }
void append_replacement_character(std::string& out, char32_t) { out += "\xef\xbf\xbd"; }

Value replace_errors(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value exc = single_exception_arg("replace_errors", args, nargs, kwnames);
  switch (error_kind(exc)) {
    case ErrorKind::Encode: return replace_each_character<append_question_mark>(exc);
    case ErrorKind::Translate: return replace_each_character<append_replacement_character>(exc);
    case ErrorKind::Decode: break;
  }
  size_t start, end;
  error_bytes(exc, start, end);
  return handler_answer(str_value("\xef\xbf\xbd"), end);
}

Value xmlcharrefreplace_errors(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value exc = single_exception_arg("xmlcharrefreplace_errors", args, nargs, kwnames);
  if (!is_instance_of(exc, &exc_UnicodeEncodeError)) wrong_error(exc);
  return replace_each_character<append_xmlcharref>(exc);
}

Value backslashreplace_errors(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value exc = single_exception_arg("backslashreplace_errors", args, nargs, kwnames);
  if (error_kind(exc) != ErrorKind::Decode) return replace_each_character<append_backslash_escape>(exc);
  size_t start, end;
  std::string_view data = error_bytes(exc, start, end);
  std::string out;
  for (size_t i = start; i < end; ++i) {
    out += "\\x";
    append_hex(out, static_cast<unsigned char>(data[i]), 2);
  }
  return handler_answer(str_value(out), end);
}

Value namereplace_errors(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value exc = single_exception_arg("namereplace_errors", args, nargs, kwnames);
  if (!is_instance_of(exc, &exc_UnicodeEncodeError)) wrong_error(exc);
  return replace_each_character<append_name_escape>(exc);
}

Value surrogateescape_errors(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value exc = single_exception_arg("surrogateescape", args, nargs, kwnames);
  ErrorKind kind = error_kind(exc);
  if (kind == ErrorKind::Translate) wrong_error(exc);
  size_t start, end;
  if (kind == ErrorKind::Encode) {
    Str* text = error_text(exc, start, end);
    std::string out;
    size_t pos = str_byte_offset(text, start);
    for (size_t i = start; i < end; ++i) {
      char32_t cp = next_code_point(text->data(), pos);
      if (cp < 0xDC80 || cp > 0xDCFF) raise_exception(exc);
      out.push_back(static_cast<char>(cp - 0xDC00));
    }
    return handler_answer(Value::from_object(make_bytes(out)), end);
  }
  // Decoding: the leading bytes >= 0x80, at most four, become U+DC80..U+DCFF.
  std::string_view data = error_bytes(exc, start, end);
  std::string out;
  size_t used = 0;
  while (used < 4 && start + used < end && static_cast<unsigned char>(data[start + used]) >= 0x80) {
    unicode::append_utf8(out, 0xDC00 + static_cast<unsigned char>(data[start + used]));
    ++used;
  }
  if (used == 0) raise_exception(exc);
  return handler_answer(str_value(out), start + used);
}

// The code unit form surrogatepass uses for an error's encoding: 1 for
// UTF-8, else the unit size (2, 4) with its byte order; 0 for none.
int surrogate_unit_size(Value exc, bool& big_endian) {
  Value encoding = getattr(exc, intern("encoding"));
  if (!is_str(encoding)) throw_type_error("encoding must be a string");
  std::string name = normalized_encoding(str_view(encoding));
  big_endian = name.ends_with("_be") || name.ends_with("be");
  if (name == "utf_8" || name == "utf8") return 1;
  if (name == "utf_16" || name == "utf_16_le" || name == "utf_16le") return big_endian = false, 2;
  if (name == "utf_16_be" || name == "utf_16be") return 2;
  if (name == "utf_32" || name == "utf_32_le" || name == "utf_32le") return big_endian = false, 4;
  if (name == "utf_32_be" || name == "utf_32be") return 4;
  return 0;
}

Value surrogatepass_errors(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value exc = single_exception_arg("surrogatepass", args, nargs, kwnames);
  ErrorKind kind = error_kind(exc);
  if (kind == ErrorKind::Translate) wrong_error(exc);
  bool big = false;
  int unit = surrogate_unit_size(exc, big);
  if (unit == 0) raise_exception(exc);
  size_t start, end;
  if (kind == ErrorKind::Encode) {
    Str* text = error_text(exc, start, end);
    std::string out;
    size_t pos = str_byte_offset(text, start);
    for (size_t i = start; i < end; ++i) {
      char32_t cp = next_code_point(text->data(), pos);
      if (cp < 0xD800 || cp > 0xDFFF) raise_exception(exc);
      if (unit == 1) {
        unicode::append_utf8(out, cp);
        continue;
      }
      for (int b = 0; b < unit; ++b) {
        int shift = 8 * (big ? unit - 1 - b : b);
        out.push_back(static_cast<char>((cp >> shift) & 0xFF));
      }
    }
    return handler_answer(Value::from_object(make_bytes(out)), end);
  }
  std::string_view data = error_bytes(exc, start, end);
  size_t size = unit == 1 ? 3 : static_cast<size_t>(unit);
  if (data.size() - start < size) raise_exception(exc);
  char32_t cp = 0;
  auto byte = [&](size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(data[start + i])); };
  if (unit == 1) {
    if ((byte(0) & 0xF0) != 0xE0 || (byte(1) & 0xC0) != 0x80 || (byte(2) & 0xC0) != 0x80) raise_exception(exc);
    cp = ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
  } else {
    for (size_t b = 0; b < size; ++b) cp |= byte(b) << (8 * (big ? size - 1 - b : b));
  }
  if (cp < 0xD800 || cp > 0xDFFF) raise_exception(exc);
  std::string out;
  unicode::append_utf8(out, cp);
  return handler_answer(str_value(out), start + size);
}

// --- The codecs ---

struct UnicodeForm {
  const char* encode_name;
  const char* decode_name;
  NativeCodec codec;
  bool takes_final;  // the decoder's third argument
};

constexpr UnicodeForm kForms[] = {
    {"utf_8_encode", "utf_8_decode", {Codec::Utf8}, true},
    {"latin_1_encode", "latin_1_decode", {Codec::Latin1}, false},
    {"ascii_encode", "ascii_decode", {Codec::Ascii}, false},
    {"utf_16_le_encode", "utf_16_le_decode", {Codec::Utf16Le}, true},
    {"utf_16_be_encode", "utf_16_be_decode", {Codec::Utf16Be}, true},
    {"utf_32_le_encode", "utf_32_le_decode", {Codec::Utf32Le}, true},
    {"utf_32_be_encode", "utf_32_be_decode", {Codec::Utf32Be}, true},
};

template <size_t I>
Value form_encode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  const UnicodeForm& form = kForms[I];
  reject_keywords(form.encode_name, kwnames);
  check_positional(form.encode_name, nargs, 1, 2);
  Str* text = str_arg(form.encode_name, args[0], 1);
  return encoded_pair(encode_native(text, form.codec, errors_arg(form.encode_name, args, nargs, 1)), text->length);
}

template <size_t I>
Value form_decode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  const UnicodeForm& form = kForms[I];
  reject_keywords(form.decode_name, kwnames);
  check_positional(form.decode_name, nargs, 1, form.takes_final ? 3 : 2);
  std::string_view data = data_arg(args[0], false);
  std::string_view errors = errors_arg(form.decode_name, args, nargs, 1);
  Decoded decoded = decode_native(data, form.codec, errors, !form.takes_final || flag_arg(args, nargs, 2, false));
  return decoded_pair(decoded.text, decoded.consumed);
}

// utf_16_encode/utf_32_encode: byteorder 0 writes a BOM, -1 and 1 choose the order.
Value bom_encode(const char* name, bool wide32, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, 1, 3);
  Str* text = str_arg(name, args[0], 1);
  int order = nargs > 2 ? index_as_int(args[2]) : 0;
  NativeCodec codec{wide32 ? Codec::Utf32Le : Codec::Utf16Le, order == 0};
  if (order > 0) codec.codec = wide32 ? Codec::Utf32Be : Codec::Utf16Be;
  return encoded_pair(encode_native(text, codec, errors_arg(name, args, nargs, 1)), text->length);
}

Value utf_16_encode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return bom_encode("utf_16_encode", false, args, nargs, kwnames);
}

Value utf_32_encode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return bom_encode("utf_32_encode", true, args, nargs, kwnames);
}

// utf_16_decode/utf_32_decode read a BOM; the _ex_ forms take and answer the byte order.
Value bom_decode(const char* name, bool wide32, bool ex, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, 1, ex ? 4 : 3);
  std::string_view data = data_arg(args[0], false);
  std::string_view errors = errors_arg(name, args, nargs, 1);
  int order = ex && nargs > 2 ? index_as_int(args[2]) : 0;
  bool final = flag_arg(args, nargs, ex ? 3 : 2, false);
  NativeCodec codec{wide32 ? Codec::Utf32Le : Codec::Utf16Le, true};
  int found = order < 0 ? -1 : order > 0 ? 1 : 0;
  Decoded decoded = decode_native(data, codec, errors, final, &found);
  if (!ex) return decoded_pair(decoded.text, decoded.consumed);
  return Value::from_object(make_tuple({Value::from_object(decoded.text),
                                        make_int(static_cast<int64_t>(decoded.consumed)), make_int(found)}));
}

Value utf_16_decode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return bom_decode("utf_16_decode", false, false, args, nargs, kwnames);
}
Value utf_32_decode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return bom_decode("utf_32_decode", true, false, args, nargs, kwnames);
}
Value utf_16_ex_decode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return bom_decode("utf_16_ex_decode", false, true, args, nargs, kwnames);
}
Value utf_32_ex_decode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return bom_decode("utf_32_ex_decode", true, true, args, nargs, kwnames);
}

Value utf_7_encode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("utf_7_encode", kwnames);
  check_positional("utf_7_encode", nargs, 1, 2);
  Str* text = str_arg("utf_7_encode", args[0], 1);
  errors_arg("utf_7_encode", args, nargs, 1);
  return encoded_pair(encode_utf7(text), text->length);
}

Value utf_7_decode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("utf_7_decode", kwnames);
  check_positional("utf_7_decode", nargs, 1, 3);
  std::string_view data = data_arg(args[0], false);
  Decoded decoded = decode_utf7(data, errors_arg("utf_7_decode", args, nargs, 1), flag_arg(args, nargs, 2, false));
  return decoded_pair(decoded.text, decoded.consumed);
}

Value escape_encode_function(const char* name, bool raw, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, 1, 2);
  Str* text = str_arg(name, args[0], 1);
  errors_arg(name, args, nargs, 1);
  return encoded_pair(encode_unicode_escape(text, raw), text->length);
}

Value escape_decode_function(const char* name, bool raw, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, 1, 3);
  std::string_view data = data_arg(args[0], true);
  Decoded decoded =
      decode_unicode_escape(data, errors_arg(name, args, nargs, 1), flag_arg(args, nargs, 2, true), raw);
  return decoded_pair(decoded.text, decoded.consumed);
}

Value unicode_escape_encode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return escape_encode_function("unicode_escape_encode", false, args, nargs, kwnames);
}
Value raw_unicode_escape_encode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return escape_encode_function("raw_unicode_escape_encode", true, args, nargs, kwnames);
}
Value unicode_escape_decode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return escape_decode_function("unicode_escape_decode", false, args, nargs, kwnames);
}
Value raw_unicode_escape_decode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return escape_decode_function("raw_unicode_escape_decode", true, args, nargs, kwnames);
}

Value escape_encode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("escape_encode", kwnames);
  check_positional("escape_encode", nargs, 1, 2);
  if (!is_bytes(args[0])) {
    throw_type_error("escape_encode() argument 1 must be bytes, not " + argument_type_name(args[0]));
  }
  errors_arg("escape_encode", args, nargs, 1);
  std::string_view data = args[0].as<Bytes>()->view();
  return encoded_pair(escape_encode_bytes(data), data.size());
}

Value escape_decode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("escape_decode", kwnames);
  check_positional("escape_decode", nargs, 1, 2);
  std::string_view data = data_arg(args[0], true);
  std::string decoded = escape_decode_bytes(data, errors_arg("escape_decode", args, nargs, 1));
  return encoded_pair(decoded, data.size());
}

Value charmap_encode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("charmap_encode", kwnames);
  check_positional("charmap_encode", nargs, 1, 3);
  Str* text = str_arg("charmap_encode", args[0], 1);
  std::string_view errors = errors_arg("charmap_encode", args, nargs, 1);
  Value mapping = nargs > 2 ? args[2] : none();
  if (is_none(mapping)) return encoded_pair(encode_native(text, {Codec::Latin1}, errors), text->length);
  return encoded_pair(encode_charmap(text, errors, mapping), text->length);
}

Value charmap_decode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("charmap_decode", kwnames);
  check_positional("charmap_decode", nargs, 1, 3);
  std::string_view data = data_arg(args[0], false);
  std::string_view errors = errors_arg("charmap_decode", args, nargs, 1);
  Value mapping = nargs > 2 ? args[2] : none();
  return decoded_pair(decode_charmap(data, errors, mapping), data.size());
}

Value charmap_build(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("charmap_build", kwnames);
  check_positional("charmap_build", nargs, 1, 1);
  if (!is_str(args[0])) {
    throw_type_error("charmap_build() argument must be str, not " + argument_type_name(args[0]));
  }
  return build_encoding_map(args[0].as<Str>());
}

Value readbuffer_encode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("readbuffer_encode", kwnames);
  check_positional("readbuffer_encode", nargs, 1, 2);
  std::string_view data = data_arg(args[0], true);
  errors_arg("readbuffer_encode", args, nargs, 1);
  return encoded_pair(std::string(data), data.size());
}

Module* codecs_module = nullptr;

}  // namespace

Value lookup_error_handler(std::string_view name) {
  create_codecs_module();
  Value handler = dict_get(error_handlers, str_value(name));
  if (handler.is_null()) raise(&exc_LookupError, "unknown error handler name '" + std::string(name) + "'");
  return handler;
}

Value lookup_text_encoding(std::string_view encoding, const char* alternative) {
  Value info = codec_lookup(encoding);
  Value is_text = lookup_attr(info, intern("_is_text_encoding"));
  if (!is_text.is_null() && !truthy(is_text)) {
    raise(&exc_LookupError, format("'%.400s' is not a text encoding; use %s to handle arbitrary codecs",
                                   std::string(encoding).c_str(), alternative));
  }
  return info;
}

Module* create_codecs_module() {
  if (codecs_module) return codecs_module;
  codecs_module = make_module(intern("_codecs"));
  add_functions(codecs_module, {
      {"register", codecs_register, kMethodInstance, "Register a codec search function."},
      {"unregister", codecs_unregister, kMethodInstance, "Unregister a codec search function and clear the registry's cache."},
      {"lookup", codecs_lookup, kMethodInstance, "Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."},
      {"encode", codecs_encode, kMethodInstance, "Encodes obj using the codec registered for encoding."},
      {"decode", codecs_decode, kMethodInstance, "Decodes obj using the codec registered for encoding."},
      {"register_error", codecs_register_error, kMethodInstance, "Register the specified error handler under the name errors."},
      {"lookup_error", codecs_lookup_error, kMethodInstance, "lookup_error(errors) -> handler"},
      {"utf_8_encode", form_encode<0>}, {"utf_8_decode", form_decode<0>},
      {"latin_1_encode", form_encode<1>}, {"latin_1_decode", form_decode<1>},
      {"ascii_encode", form_encode<2>}, {"ascii_decode", form_decode<2>},
      {"utf_16_le_encode", form_encode<3>}, {"utf_16_le_decode", form_decode<3>},
      {"utf_16_be_encode", form_encode<4>}, {"utf_16_be_decode", form_decode<4>},
      {"utf_32_le_encode", form_encode<5>}, {"utf_32_le_decode", form_decode<5>},
      {"utf_32_be_encode", form_encode<6>}, {"utf_32_be_decode", form_decode<6>},
      {"utf_16_encode", utf_16_encode}, {"utf_16_decode", utf_16_decode}, {"utf_16_ex_decode", utf_16_ex_decode},
      {"utf_32_encode", utf_32_encode}, {"utf_32_decode", utf_32_decode}, {"utf_32_ex_decode", utf_32_ex_decode},
      {"utf_7_encode", utf_7_encode}, {"utf_7_decode", utf_7_decode},
      {"unicode_escape_encode", unicode_escape_encode}, {"unicode_escape_decode", unicode_escape_decode},
      {"raw_unicode_escape_encode", raw_unicode_escape_encode},
      {"raw_unicode_escape_decode", raw_unicode_escape_decode},
      {"escape_encode", escape_encode}, {"escape_decode", escape_decode},
      {"charmap_encode", charmap_encode}, {"charmap_decode", charmap_decode}, {"charmap_build", charmap_build},
      {"readbuffer_encode", readbuffer_encode},
  });
  ensure_registry();
  // The built-in error handlers are reached through lookup_error only.
  static const struct {
    const char* name;
    const char* function_name;
    NativeFn function;
  } kBuiltinHandlers[] = {
      {"strict", "strict_errors", strict_errors},
      {"ignore", "ignore_errors", ignore_errors},
      {"replace", "replace_errors", replace_errors},
      {"xmlcharrefreplace", "xmlcharrefreplace_errors", xmlcharrefreplace_errors},
      {"backslashreplace", "backslashreplace_errors", backslashreplace_errors},
      {"namereplace", "namereplace_errors", namereplace_errors},
      {"surrogateescape", "surrogateescape", surrogateescape_errors},
      {"surrogatepass", "surrogatepass", surrogatepass_errors},
  };
  Value module_name = str_value("_codecs");
  for (const auto& handler : kBuiltinHandlers) {
    BuiltinFunction* builtin =
        make_builtin_function(handler.function_name, handler.function, Value::from_object(codecs_module), nullptr);
    builtin->module = module_name;
    dict_set(error_handlers, str_value(handler.name), Value::from_object(builtin));
  }
  return codecs_module;
}

}  // namespace krait
