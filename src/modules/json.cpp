// The `_json` module: the native scanner and encoder that the stdlib's json
// package uses when present (scanstring, make_scanner, make_encoder,
// encode_basestring[_ascii]), with the pure-Python versions' results and
// JSONDecodeError messages and positions.
//
// Text is scanned as UTF-8 bytes; positions cross the API as code-point
// indices (str_byte_offset / str_index_of_offset convert).
#include "modules/json.h"

#include <cmath>
#include <cstdio>
#include <string>

#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "runtime/unicode.h"
#include "vm/import.h"

namespace krait {

namespace {

Value wrap(Object* o) { return Value::from_object(o); }

// json.decoder.JSONDecodeError(message, text, position), imported when first
// needed (json.decoder imports this module).
[[noreturn]] void raise_decode_error(const char* message, Str* text, size_t byte_offset) {
  Str* name = intern("JSONDecodeError");
  Value decoder = import_module(intern("json.decoder"), none(),
                                wrap(make_tuple({wrap(name)})), 0);
  Value error_class = getattr(decoder, name);
  Value position = make_int(static_cast<int64_t>(str_index_of_offset(text, byte_offset)));
  raise_exception(call(error_class, {str_value(message), wrap(text), position}));
}

// --- Strings ---

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The four hex digits after "\u" at `at`, or -1.
int32_t unicode_escape_at(std::string_view text, size_t at) {
  if (at + 4 > text.size()) return -1;
  int32_t value = 0;
  for (size_t i = 0; i < 4; ++i) {
    int digit = hex_value(text[at + i]);
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

// Scans the JSON string whose opening quote is just before byte `end`;
// answers its value and sets `end` past the closing quote.
Value scan_string(Str* source, size_t& end, bool strict) {
  std::string_view text = source->view();
  size_t begin = end - 1;
  std::string out;
  size_t pos = end;
  while (true) {
    size_t chunk = pos;
    while (pos < text.size()) {
      unsigned char c = static_cast<unsigned char>(text[pos]);
      if (c == '"' || c == '\\' || (c < 0x20 && strict)) break;
      ++pos;
    }
    if (pos >= text.size()) raise_decode_error("Unterminated string starting at", source, begin);
    out.append(text.substr(chunk, pos - chunk));
    char c = text[pos];
    if (c == '"') {
      end = pos + 1;
      break;
    }
    if (c != '\\') raise_decode_error("Invalid control character at", source, pos);
    ++pos;
    if (pos >= text.size()) raise_decode_error("Unterminated string starting at", source, begin);
    char escape = text[pos];
    switch (escape) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        int32_t unit = unicode_escape_at(text, pos + 1);
        if (unit < 0) raise_decode_error("Invalid \\uXXXX escape", source, pos);
        pos += 4;
        char32_t cp = static_cast<char32_t>(unit);
        if (unit >= 0xD800 && unit <= 0xDBFF && text.substr(pos + 1, 2) == "\\u") {
          int32_t low = unicode_escape_at(text, pos + 3);
          if (low < 0) raise_decode_error("Invalid \\uXXXX escape", source, pos + 2);
          if (low >= 0xDC00 && low <= 0xDFFF) {
            cp = 0x10000 + (((unit - 0xD800) << 10) | (low - 0xDC00));
            pos += 6;
          }
        }
        unicode::append_utf8(out, cp);
        break;
      }
      default:
        raise_decode_error("Invalid \\escape", source, pos - 1);
    }
    ++pos;
  }
  return str_value(out);
}

Value json_scanstring(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"scanstring", {"string", "end", "strict"}, 2, 3}, args, nargs, kwnames, bound);
  // The arguments convert in order ("On|p"), before the type check.
  int64_t end = index_as_ssize_argument(bound[1]);
  bool strict = bound[2].is_null() || truthy(bound[2]);
  if (!is_str(bound[0])) {
    throw_type_error("first argument must be a string, not " + type_name(bound[0]));
  }
  Str* source = bound[0].as<Str>();
  if (end < 0 || static_cast<size_t>(end) > source->length) throw_value_error("end is out of bounds");
  size_t byte_end = str_byte_offset(source, static_cast<size_t>(end));
  Value result = scan_string(source, byte_end, strict);
  return wrap(make_tuple(
      {result, make_int(static_cast<int64_t>(str_index_of_offset(source, byte_end)))}));
}

// --- The scanner ---

struct Scanner : Object {
  bool strict;
  Value object_hook;
  Value object_pairs_hook;
  Value parse_float;
  Value parse_int;
  Value parse_constant;
  Dict* memo;
};

Type scanner_type;

bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

size_t skip_space(std::string_view text, size_t pos) {
  while (pos < text.size() && is_json_space(text[pos])) ++pos;
  return pos;
}

// A value missing inside an object or array ends the scan with
// StopIteration(index), which json.decoder reports as "Expecting value".
[[noreturn]] void throw_missing_value(Str* source, size_t byte_offset) {
  throw_stop_iteration(make_int(static_cast<int64_t>(str_index_of_offset(source, byte_offset))));
}

// Answers null (with `stop` the position) where no value starts.
Value scan_value(Scanner* scanner, Str* source, size_t& pos, size_t& stop);

Value scan_object(Scanner* scanner, Str* source, size_t& pos) {
  RecursionGuard guard(" while decoding a JSON object from a unicode string");
  std::string_view text = source->view();
  bool pairs = !is_none(scanner->object_pairs_hook);
  List* items = pairs ? make_list() : nullptr;
  Dict* dict = pairs ? nullptr : make_dict();
  pos = skip_space(text, pos);
  if (pos < text.size() && text[pos] == '}') {
    ++pos;
  } else {
    while (true) {
      if (pos >= text.size() || text[pos] != '"') {
        raise_decode_error("Expecting property name enclosed in double quotes", source, pos);
      }
      ++pos;
      Value key = scan_string(source, pos, scanner->strict);
      Value memoized = dict_get(scanner->memo, key);
      if (memoized.is_null()) {
        dict_set(scanner->memo, key, key);
      } else {
        key = memoized;
      }
      pos = skip_space(text, pos);
      if (pos >= text.size() || text[pos] != ':') {
        raise_decode_error("Expecting ':' delimiter", source, pos);
      }
      pos = skip_space(text, pos + 1);
      size_t stop;
      Value value = scan_value(scanner, source, pos, stop);
      if (value.is_null()) throw_missing_value(source, stop);
      if (pairs) {
        list_append(items, wrap(make_tuple({key, value})));
      } else {
        dict_set(dict, key, value);
      }
      pos = skip_space(text, pos);
      if (pos < text.size() && text[pos] == '}') {
        ++pos;
        break;
      }
      if (pos >= text.size() || text[pos] != ',') {
        raise_decode_error("Expecting ',' delimiter", source, pos);
      }
      pos = skip_space(text, pos + 1);
    }
  }
  if (pairs) return call(scanner->object_pairs_hook, {wrap(items)});
  if (!is_none(scanner->object_hook)) return call(scanner->object_hook, {wrap(dict)});
  return wrap(dict);
}

Value scan_array(Scanner* scanner, Str* source, size_t& pos) {
  RecursionGuard guard(" while decoding a JSON array from a unicode string");
  std::string_view text = source->view();
  List* list = make_list();
  pos = skip_space(text, pos);
  if (pos < text.size() && text[pos] == ']') {
    ++pos;
    return wrap(list);
  }
  while (true) {
    size_t stop;
    Value value = scan_value(scanner, source, pos, stop);
    if (value.is_null()) throw_missing_value(source, stop);
    list_append(list, value);
    pos = skip_space(text, pos);
    if (pos < text.size() && text[pos] == ']') {
      ++pos;
      return wrap(list);
    }
    if (pos >= text.size() || text[pos] != ',') {
      raise_decode_error("Expecting ',' delimiter", source, pos);
    }
    pos = skip_space(text, pos + 1);
  }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A number at `pos` ( -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)? ), or null.
Value scan_number(Scanner* scanner, std::string_view text, size_t& pos) {
  size_t start = pos, at = pos;
  if (at < text.size() && text[at] == '-') ++at;
  if (at >= text.size() || !is_digit(text[at])) return Value::null();
  if (text[at] == '0') {
    ++at;
  } else {
    while (at < text.size() && is_digit(text[at])) ++at;
  }
  bool is_float = false;
  if (at + 1 < text.size() && text[at] == '.' && is_digit(text[at + 1])) {
    is_float = true;
    at += 2;
    while (at < text.size() && is_digit(text[at])) ++at;
  }
  if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
    size_t exponent = at + 1;
    if (exponent < text.size() && (text[exponent] == '+' || text[exponent] == '-')) ++exponent;
    if (exponent < text.size() && is_digit(text[exponent])) {
      is_float = true;
      at = exponent;
      while (at < text.size() && is_digit(text[at])) ++at;
    }
  }
  std::string_view number = text.substr(start, at - start);
  pos = at;
  if (is_float) {
    if (scanner->parse_float.is(Value::from_object(&float_type))) {
      return make_float(float_from_string(number, number));
    }
    return call(scanner->parse_float, {str_value(number)});
  }
  if (scanner->parse_int.is(Value::from_object(&int_type))) {
    return int_from_string(number, 10, number);
  }
  return call(scanner->parse_int, {str_value(number)});
}

Value scan_value(Scanner* scanner, Str* source, size_t& pos, size_t& stop) {
  std::string_view text = source->view();
  stop = pos;
  if (pos >= text.size()) return Value::null();
  std::string_view rest = text.substr(pos);
  switch (text[pos]) {
    case '"':
      ++pos;
      return scan_string(source, pos, scanner->strict);
    case '{':
      ++pos;
      return scan_object(scanner, source, pos);
    case '[':
      ++pos;
      return scan_array(scanner, source, pos);
    case 'n':
      if (rest.substr(0, 4) == "null") {
        pos += 4;
        return none();
      }
      break;
    case 't':
      if (rest.substr(0, 4) == "true") {
        pos += 4;
        return make_bool(true);
      }
      break;
    case 'f':
      if (rest.substr(0, 5) == "false") {
        pos += 5;
        return make_bool(false);
      }
      break;
    case 'N':
      if (rest.substr(0, 3) == "NaN") {
        pos += 3;
        return call(scanner->parse_constant, {str_value("NaN")});
      }
      break;
    case 'I':
      if (rest.substr(0, 8) == "Infinity") {
        pos += 8;
        return call(scanner->parse_constant, {str_value("Infinity")});
      }
      break;
    case '-':
      if (rest.substr(0, 9) == "-Infinity") {
        pos += 9;
        return call(scanner->parse_constant, {str_value("-Infinity")});
      }
      break;
    default:
      break;
  }
  return scan_number(scanner, text, pos);
}

Value scanner_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"scan_once", {"string", "idx"}, 2}, args, nargs, kwnames, bound);
  auto* scanner = static_cast<Scanner*>(self.as_object());
  // The index converts first ("On"), before the type check.
  int64_t index = index_as_ssize_argument(bound[1]);
  if (!is_str(bound[0])) {
    throw_type_error("first argument must be a string, not " + type_name(bound[0]));
  }
  Str* source = bound[0].as<Str>();
  if (index < 0) throw_value_error("idx cannot be negative");
  if (static_cast<size_t>(index) >= source->length) throw_stop_iteration(make_int(index));
  size_t pos = str_byte_offset(source, static_cast<size_t>(index));
  size_t stop;
  Value value;
  try {
    value = scan_value(scanner, source, pos, stop);
  } catch (const PyException&) {
    dict_clear(scanner->memo);
    throw;
  }
  dict_clear(scanner->memo);
  if (value.is_null()) {
    throw_stop_iteration(make_int(static_cast<int64_t>(str_index_of_offset(source, stop))));
  }
  return wrap(make_tuple({value, make_int(static_cast<int64_t>(str_index_of_offset(source, pos)))}));
}

Value scanner_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"make_scanner", {"context"}, 1}, args, nargs, kwnames, bound);
  Value context = bound[0];
  auto* scanner = static_cast<Scanner*>(allocate_instance(type));
  scanner->strict = truthy(getattr(context, intern("strict")));
  scanner->object_hook = getattr(context, intern("object_hook"));
  scanner->object_pairs_hook = getattr(context, intern("object_pairs_hook"));
  scanner->parse_float = getattr(context, intern("parse_float"));
  scanner->parse_int = getattr(context, intern("parse_int"));
  scanner->parse_constant = getattr(context, intern("parse_constant"));
  scanner->memo = make_dict();
  return wrap(scanner);
}

// --- Strings out ---

void append_escaped(std::string& out, Str* text, bool ascii_only) {
  out += '"';
  std::string_view view = text->view();
  for (size_t pos = 0; pos < view.size();) {
    size_t start = pos;
    char32_t cp = unicode::decode_utf8(view, pos);
    switch (cp) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\b': out += "\\b"; continue;
      case '\f': out += "\\f"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      default: break;
    }
    if (cp < 0x20 || (ascii_only && cp > 0x7E)) {
      char buffer[16];
      if (cp >= 0x10000) {
        char32_t v = cp - 0x10000;
        std::snprintf(buffer, sizeof buffer, "\\u%04x\\u%04x", 0xD800 | (v >> 10),
                      0xDC00 | (v & 0x3FF));
      } else {
        std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(cp));
      }
      out += buffer;
    } else {
      out.append(view.substr(start, pos - start));
    }
  }
  out += '"';
}

Value encode_basestring_function(const char* name, const Value* args, size_t nargs,
                                 Tuple* kwnames, bool ascii_only) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, 1, 1);
  if (!is_str(args[0])) {
    throw_type_error("first argument must be a string, not " + type_name(args[0]));
  }
  std::string out;
  append_escaped(out, args[0].as<Str>(), ascii_only);
  return str_value(out);
}

Value json_encode_basestring_ascii(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return encode_basestring_function("encode_basestring_ascii", args, nargs, kwnames, true);
}

Value json_encode_basestring(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return encode_basestring_function("encode_basestring", args, nargs, kwnames, false);
}

// --- The encoder ---

struct Encoder : Object {
  Value markers;  // a dict of id → object, or None
  Value default_function;
  Value encoder;  // encode_basestring[_ascii] or a Python function
  Value indent;
  Str* key_separator;
  Str* item_separator;
  bool sort_keys;
  bool skip_keys;
  bool allow_nan;
  bool fast_encode;      // `encoder` is one of the native string encoders
  bool ascii_only;
};

Type encoder_type;
Value native_encode_ascii;  // the module's own functions, to recognise them
Value native_encode;

void append_str(std::string& out, Value text) { out.append(str_view(text)); }

void encode_string(Encoder* encoder, std::string& out, Value text) {
  if (encoder->fast_encode) {
    append_escaped(out, text.as<Str>(), encoder->ascii_only);
    return;
  }
  Value encoded = call(encoder->encoder, {text});
  if (!is_str(encoded)) {
    throw_type_error("encoder() must return a string, not " + type_name(encoded));
  }
  append_str(out, encoded);
}

std::string float_text(Encoder* encoder, Value number) {
  double value = float_value(number);
  if (!std::isfinite(value)) {
    if (!encoder->allow_nan) {
      throw_value_error("Out of range float values are not JSON compliant");
    }
    return std::isnan(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
  }
  return float_repr(value);
}

// The id-keyed markers entry of a container being encoded, for the circular
// reference check; null when markers is None.
Value enter_marker(Encoder* encoder, Value container) {
  if (is_none(encoder->markers)) return Value::null();
  Value id = make_int(static_cast<int64_t>(reinterpret_cast<intptr_t>(container.as_object())));
  Dict* markers = encoder->markers.as<Dict>();
  if (!dict_get(markers, id).is_null()) throw_value_error("Circular reference detected");
  dict_set(markers, id, container);
  return id;
}

void leave_marker(Encoder* encoder, Value id) {
  if (!id.is_null()) dict_delete(encoder->markers.as<Dict>(), id);
}

void encode_value(Encoder* encoder, std::string& out, Value value);

void encode_dict(Encoder* encoder, std::string& out, Value value) {
  Dict* dict = value.as<Dict>();
  if (dict_size(dict) == 0) {
    out += "{}";
    return;
  }
  Value marker = enter_marker(encoder, value);
  out += '{';
  Value items = call_method(value, intern("items"), {});
  if (encoder->sort_keys) {
    List* sorted = list_from_iterable(items);
    list_sort(sorted, Value::null(), false);
    items = wrap(sorted);
  }
  bool first = true;
  Value iterator = get_iter(items);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    if (!is_tuple(item) || item.as<Tuple>()->size != 2) {
      throw_value_error("items must return 2-tuples");
    }
    Value key = (*item.as<Tuple>())[0];
    Value entry = (*item.as<Tuple>())[1];
    if (is_float(key)) {
      key = str_value(float_text(encoder, key));
    } else if (key.is(make_bool(true)) || key.is(make_bool(false)) || is_none(key)) {
      key = str_value(is_none(key) ? "null" : key.is(make_bool(true)) ? "true" : "false");
    } else if (is_int(key)) {
      key = str_value(int_to_decimal(key));
    } else if (!is_str(key)) {
      if (encoder->skip_keys) continue;
      throw_type_error("keys must be str, int, float, bool or None, not " +
                       std::string(type_of(key)->name->view()));
    }
    if (!first) append_str(out, wrap(encoder->item_separator));
    first = false;
    encode_string(encoder, out, key);
    append_str(out, wrap(encoder->key_separator));
    encode_value(encoder, out, entry);
  }
  out += '}';
  leave_marker(encoder, marker);
}

void encode_sequence(Encoder* encoder, std::string& out, Value value) {
  Value items = is_list(value) || is_tuple(value) ? value : wrap(list_from_iterable(value));
  size_t size = is_list(items) ? items.as<List>()->size : items.as<Tuple>()->size;
  if (size == 0) {
    out += "[]";
    return;
  }
  Value marker = enter_marker(encoder, value);
  out += '[';
  for (size_t i = 0;; ++i) {
    size_t current = is_list(items) ? items.as<List>()->size : items.as<Tuple>()->size;
    if (i >= current) break;
    if (i) append_str(out, wrap(encoder->item_separator));
    Value item = is_list(items) ? items.as<List>()->items[i] : (*items.as<Tuple>())[i];
    encode_value(encoder, out, item);
  }
  out += ']';
  leave_marker(encoder, marker);
}

void encode_value(Encoder* encoder, std::string& out, Value value) {
  if (is_none(value)) {
    out += "null";
  } else if (value.is(make_bool(true))) {
    out += "true";
  } else if (value.is(make_bool(false))) {
    out += "false";
  } else if (is_str(value)) {
    encode_string(encoder, out, value);
  } else if (is_int(value)) {
    out += int_to_decimal(value);
  } else if (is_float(value)) {
    out += float_text(encoder, value);
  } else if (is_list(value) || is_tuple(value)) {
    RecursionGuard guard(" while encoding a JSON object");
    encode_sequence(encoder, out, value);
  } else if (is_dict(value)) {
    RecursionGuard guard(" while encoding a JSON object");
    encode_dict(encoder, out, value);
  } else {
    RecursionGuard guard(" while encoding a JSON object");
    Value marker = enter_marker(encoder, value);
    Value replacement = call(encoder->default_function, {value});
    encode_value(encoder, out, replacement);
    leave_marker(encoder, marker);
  }
}

Value encoder_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"_iterencode", {"obj", "_current_indent_level"}, 2}, args, nargs, kwnames,
                 bound);
  auto* encoder = static_cast<Encoder*>(self.as_object());
  std::string out;
  encode_value(encoder, out, bound[0]);
  return wrap(make_tuple({str_value(out)}));
}

Value encoder_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[9];
  bind_arguments({"make_encoder",
                  {"markers", "default", "encoder", "indent", "key_separator", "item_separator",
                   "sort_keys", "skipkeys", "allow_nan"},
                  9},
                 args, nargs, kwnames, bound);
  if (!is_none(bound[0]) && !is_dict(bound[0])) {
    throw_type_error("make_encoder() argument 1 must be dict or None, not " + type_name(bound[0]));
  }
  for (int i : {4, 5}) {
    if (!is_str(bound[i])) {
      throw_type_error("make_encoder() argument " + std::to_string(i + 1) + " must be str, not " +
                       type_name(bound[i]));
    }
  }
  auto* encoder = static_cast<Encoder*>(allocate_instance(type));
  encoder->markers = bound[0];
  encoder->default_function = bound[1];
  encoder->encoder = bound[2];
  encoder->indent = bound[3];
  encoder->key_separator = bound[4].as<Str>();
  encoder->item_separator = bound[5].as<Str>();
  encoder->sort_keys = truthy(bound[6]);
  encoder->skip_keys = truthy(bound[7]);
  encoder->allow_nan = truthy(bound[8]);
  encoder->fast_encode = bound[2].is(native_encode_ascii) || bound[2].is(native_encode);
  encoder->ascii_only = bound[2].is(native_encode_ascii);
  return wrap(encoder);
}

void init_json_types() {
  scanner_type.new_instance = scanner_new;
  scanner_type.call = scanner_call;
  init_static_type(&scanner_type, "_json.Scanner", nullptr, sizeof(Scanner), kTypeBaseType);
  set_type_doc(&scanner_type, "JSON scanner object");
  encoder_type.new_instance = encoder_new;
  encoder_type.call = encoder_call;
  init_static_type(&encoder_type, "_json.Encoder", nullptr, sizeof(Encoder), kTypeBaseType);
  set_type_doc(&encoder_type, "Encoder(markers, default, encoder, indent, key_separator, "
                              "item_separator, sort_keys, skipkeys, allow_nan)");
}

}  // namespace

Module* create_json_module() {
  static Module* module = nullptr;
  if (module) return module;
  init_json_types();
  module = make_module(intern("_json"));
  add_functions(module, {
      {"scanstring", json_scanstring, kMethodInstance,
       "scanstring(string, end, strict=True) -> (str, end): the JSON string whose opening "
       "quote is before index end."},
      {"encode_basestring_ascii", json_encode_basestring_ascii, kMethodInstance,
       "A JSON string literal for a str, with only ASCII characters."},
      {"encode_basestring", json_encode_basestring, kMethodInstance,
       "A JSON string literal for a str."},
  });
  native_encode_ascii = dict_get_str(module->dict, intern("encode_basestring_ascii"));
  native_encode = dict_get_str(module->dict, intern("encode_basestring"));
  dict_set_str(module->dict, intern("make_scanner"), wrap(&scanner_type));
  dict_set_str(module->dict, intern("make_encoder"), wrap(&encoder_type));
  dict_set_str(module->dict, intern("__doc__"), str_value("The json package's native speedups."));
  return module;
}

}  // namespace krait
