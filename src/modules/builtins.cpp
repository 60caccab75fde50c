// The builtins module: its namespace of types and constants, and the
// built-in functions (CPython's Python/bltinmodule.c).
#include "modules/builtins.h"

#include <string>

#include "modules/builtins_eval.h"
#include "modules/sys.h"
#include "modules/io_files.h"
#include "modules/io_textio.h"
#include "objects/bytes.h"
#include "objects/class.h"
#include "objects/complex.h"
#include "objects/container_support.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/generator.h"
#include "vm/import.h"

namespace krait {

namespace {

Str* attribute_name(Value name) {
  if (!is_str(name)) {
    throw_type_error("attribute name must be string, not '" + type_name(name) + "'");
  }
  return name.as<Str>();
}

// --- print and input --------------------------------------------------------

void write_text(Value file, Str* text) {
  if (file.is_object() && file.as_object()->type == &text_stream_type) {
    text_stream_write(file.as<TextStream>(), text);
  } else {
    call_method(file, names.write, {Value::from_object(text)});
  }
}

Str* separator_argument(Value value, const char* which, const char* fallback) {
  if (value.is_null() || is_none(value)) return intern(fallback);
  if (!is_str(value)) {
    throw_type_error(std::string(which) + " must be None or a string, not " + type_name(value));
  }
  return value.as<Str>();
}

Value builtin_print(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value sep, end, file, flush;
  for (size_t i = 0; i < keyword_count(kwnames); ++i) {
    Str* name = (*kwnames)[i].as<Str>();
    Value value = args[nargs + i];
    if (str_equal(name, names.sep)) {
      sep = value;
    } else if (str_equal(name, names.end)) {
      end = value;
    } else if (str_equal(name, names.file)) {
      file = value;
    } else if (str_equal(name, names.flush)) {
      flush = value;
    } else {
      throw_type_error("'" + std::string(name->view()) +
                       "' is an invalid keyword argument for print()");
    }
  }
  if (file.is_null() || is_none(file)) {
    file = sys_stdout();
    if (file.is_null()) throw_runtime_error("lost sys.stdout");
    // print() to a None sys.stdout (pythonw) does nothing.
    if (is_none(file)) return none();
  }
  Str* separator = separator_argument(sep, "sep", " ");
  Str* terminator = separator_argument(end, "end", "\n");
  for (size_t i = 0; i < nargs; ++i) {
    if (i > 0) write_text(file, separator);
    write_text(file, str(args[i]));
  }
  write_text(file, terminator);
  if (!flush.is_null() && truthy(flush)) call_method(file, names.flush, {});
  return none();
}

Value builtin_input(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("input", kwnames);
  check_positional("input", nargs, 0, 1);
  Value in = sys_stdin();
  Value out = sys_stdout();
  Value err = sys_stderr();
  if (in.is_null() || is_none(in)) throw_runtime_error("input(): lost sys.stdin");
  if (out.is_null() || is_none(out)) throw_runtime_error("input(): lost sys.stdout");
  if (err.is_null() || is_none(err)) throw_runtime_error("input(): lost sys.stderr");
  // A stream that cannot be flushed is no obstacle, as in CPython.
  auto flush_quietly = [](Value stream) {
    try {
      call_method(stream, names.flush, {});
    } catch (const PyException&) {
      clear_current_exception();
    }
  };
  flush_quietly(err);
  if (nargs == 1) write_text(out, str(args[0]));
  flush_quietly(out);
  Value line = call_method(in, names.readline, {});
  if (!is_str(line)) throw_type_error("object.readline() returned non-string");
  Str* text = line.as<Str>();
  if (text->size == 0) raise(&exc_EOFError, "EOF when reading a line");
  if (text->data()[text->size - 1] == '\n') {
    return Value::from_object(str_substring(text, 0, text->length - 1));
  }
  return line;
}

// --- object basics ----------------------------------------------------------

Value builtin_repr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("repr", nargs, kwnames, 1, 1);
  return Value::from_object(repr(args[0]));
}

Value builtin_ascii(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("ascii", nargs, kwnames, 1, 1);
  return Value::from_object(ascii(args[0]));
}

Value builtin_len(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("len", nargs, kwnames, 1, 1);
  return make_int(length(args[0]));
}

Value builtin_isinstance(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("isinstance", nargs, kwnames, 2, 2);
  return make_bool(isinstance(args[0], args[1]));
}

Value builtin_issubclass(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("issubclass", nargs, kwnames, 2, 2);
  return make_bool(issubclass(args[0], args[1]));
}

Value builtin_hasattr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("hasattr", nargs, kwnames, 2, 2);
  return make_bool(!lookup_attr(args[0], attribute_name(args[1])).is_null());
}

Value builtin_getattr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("getattr", nargs, kwnames, 2, 3);
  Str* name = attribute_name(args[1]);
  if (nargs == 2) return getattr(args[0], name);
  Value found = lookup_attr(args[0], name);
  return found.is_null() ? args[2] : found;
}

Value builtin_setattr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("setattr", nargs, kwnames, 3, 3);
  setattr(args[0], attribute_name(args[1]), args[2]);
  return none();
}

Value builtin_delattr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("delattr", nargs, kwnames, 2, 2);
  delattr(args[0], attribute_name(args[1]));
  return none();
}

// Heap objects answer their address; immediates their bits, which no
// address can equal (addresses stay below 2^48).
Value builtin_id(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("id", nargs, kwnames, 1, 1);
  return make_int_from_unsigned(args[0].bits());
}

Value builtin_hash(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("hash", nargs, kwnames, 1, 1);
  return make_int(hash(args[0]));
}

Value builtin_aiter(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("aiter", nargs, kwnames, 1, 1);
  Value iterator = call_special(args[0], names.dunder_aiter, {});
  if (iterator.is_null()) {
    throw_type_error("'" + type_name(args[0]) + "' object is not an async iterable");
  }
  if (type_lookup(type_of(iterator), names.dunder_anext).is_null()) {
    throw_type_error("aiter() returned not an async iterator of type '" + type_name(iterator) +
                     "'");
  }
  return iterator;
}

Value builtin_anext(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"anext", {"aiterator", "default"}, 1, 2}, args, nargs, kwnames, bound);
  Value awaitable = call_special(bound[0], names.dunder_anext, {});
  if (awaitable.is_null()) {
    throw_type_error("'" + type_name(bound[0]) + "' object is not an async iterator");
  }
  return bound[1].is_null() ? awaitable : make_anext_awaitable(awaitable, bound[1]);
}

// breakpoint(*args, **kws): sys.breakpointhook(*args, **kws).
Value builtin_breakpoint(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Module* sys_module = find_builtin_module(names.sys);
  Value hook = sys_module ? dict_get_str(sys_module->dict, intern("breakpointhook")) : Value::null();
  if (hook.is_null()) throw_runtime_error("lost sys.breakpointhook");
  return call(hook, args, nargs, kwnames);
}

Value builtin_callable(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("callable", nargs, kwnames, 1, 1);
  return make_bool(is_callable(args[0]));
}

Value builtin_format(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"format", {"value", "format_spec"}, 1, 2}, args, nargs, kwnames, bound);
  Str* spec = empty_str();
  if (!bound[1].is_null()) {
    if (!is_str(bound[1])) {
      throw_type_error("format() argument 2 must be str, not " + type_name(bound[1]));
    }
    spec = bound[1].as<Str>();
  }
  return Value::from_object(format_value(bound[0], spec));
}

// dir() without an argument lists the caller's locals, through the
// locals() builtin (builtins_eval.cpp knows the frames).
Value builtin_dir(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("dir", nargs, kwnames, 0, 1);
  Value names_iterable;
  if (nargs == 0) {
    Value locals = dict_get_str(self.as<Module>()->dict, intern("locals"));
    names_iterable = call_method(call(locals, {}), names.keys, {});
  } else {
    names_iterable = call_special(args[0], names.dunder_dir, {});
    if (names_iterable.is_null()) throw_type_error("object does not provide __dir__");
  }
  List* result = list_from_iterable(names_iterable);
  list_sort(result, Value::null(), false);
  return Value::from_object(result);
}

Value builtin_import(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[5];
  bind_arguments({"__import__", {"name", "globals", "locals", "fromlist", "level"}, 1}, args,
                 nargs, kwnames, bound);
  if (!is_str(bound[0])) {
    throw_type_error("module name must be a string");
  }
  int64_t level = bound[4].is_null() ? 0 : index_as_ssize(bound[4]);
  if (level < 0) throw_value_error("level must be >= 0");
  if (level == 0 && bound[0].as<Str>()->size == 0) throw_value_error("Empty module name");
  Value globals = bound[1].is_null() ? none() : bound[1];
  Value fromlist = bound[3].is_null() ? none() : bound[3];
  return import_module(bound[0].as<Str>(), globals, fromlist, static_cast<int>(level));
}

// --- iteration ----------------------------------------------------------------

Value builtin_iter(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("iter", nargs, kwnames, 1, 2);
  if (nargs == 1) return get_iter(args[0]);
  if (!is_callable(args[0])) throw_type_error("iter(v, w): v must be callable");
  return make_callable_iterator(args[0], args[1]);
}

Value builtin_next(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("next", nargs, kwnames, 1, 2);
  if (!type_of(args[0])->next) {
    throw_type_error("'" + type_name(args[0]) + "' object is not an iterator");
  }
  thread_state()->stop_iteration_value = Value::null();
  Value item = iter_next(args[0]);
  if (!item.is_null()) return item;
  if (nargs == 2) {
    thread_state()->stop_iteration_value = Value::null();
    return args[1];
  }
  throw_recorded_stop_iteration();
}

Value builtin_all(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("all", nargs, kwnames, 1, 1);
  Value iterator = get_iter(args[0]);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    if (!truthy(item)) return make_bool(false);
  }
  return make_bool(true);
}

Value builtin_any(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("any", nargs, kwnames, 1, 1);
  Value iterator = get_iter(args[0]);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    if (truthy(item)) return make_bool(true);
  }
  return make_bool(false);
}

// sum() keeps int and float totals unboxed while the items allow, exactly as
// CPython 3.11 does (so float rounding matches): a float total adds the
// items one at a time, and ints that fit a C long are converted first.
Value builtin_sum(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs == 0) throw_type_error("sum() takes at least 1 positional argument (0 given)");
  Value bound[2];
  bind_arguments({"sum", {"iterable", "start"}, 1, 1}, args, nargs, kwnames, bound);
  Value result = bound[1].is_null() ? make_int(0) : bound[1];
  if (is_str(result)) throw_type_error("sum() can't sum strings [use ''.join(seq) instead]");
  if (is_bytes(result)) throw_type_error("sum() can't sum bytes [use b''.join(seq) instead]");
  if (is_bytearray(result)) {
    throw_type_error("sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  Value iterator = get_iter(bound[0]);
  int64_t int_total;
  if (is_exact_int(result) && int_to_int64(result, int_total)) {
    while (true) {
      Value item = iter_next(iterator);
      if (item.is_null()) return make_int(int_total);
      int64_t addend, sum;
      if ((is_exact_int(item) || type_of(item) == &bool_type) && int_to_int64(item, addend) &&
          !__builtin_add_overflow(int_total, addend, &sum)) {
        int_total = sum;
        continue;
      }
      result = binary_op(make_int(int_total), item, BinaryOp::Add);
      break;
    }
  }
  if (result.is_double()) {
    double float_total = result.as_double();
    while (true) {
      Value item = iter_next(iterator);
      if (item.is_null()) return make_float(float_total);
      if (item.is_double()) {
        float_total += item.as_double();
        continue;
      }
      int64_t addend;
      if (is_int(item) && int_to_int64(item, addend)) {
        float_total += static_cast<double>(addend);
        continue;
      }
      result = binary_op(make_float(float_total), item, BinaryOp::Add);
      break;
    }
  }
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    result = binary_op(result, item, BinaryOp::Add);
  }
  return result;
}

Value min_max(const char* name, CompareOp op, const Value* args, size_t nargs, Tuple* kwnames) {
  Value key, default_value;
  if (keyword_count(kwnames) > 2) {
    throw_type_error(format("%s() takes at most 2 keyword arguments (%zu given)", name,
                            keyword_count(kwnames)));
  }
  for (size_t i = 0; i < keyword_count(kwnames); ++i) {
    Str* keyword = (*kwnames)[i].as<Str>();
    if (keyword->view() == "key") {
      key = args[nargs + i];
    } else if (keyword->view() == "default") {
      default_value = args[nargs + i];
    } else {
      throw_type_error("'" + std::string(keyword->view()) +
                       "' is an invalid keyword argument for " + name + "()");
    }
  }
  if (nargs == 0) throw_type_error(std::string(name) + " expected at least 1 argument, got 0");
  if (nargs > 1 && !default_value.is_null()) {
    throw_type_error(std::string("Cannot specify a default for ") + name +
                     "() with multiple positional arguments");
  }
  if (!key.is_null() && is_none(key)) key = Value::null();
  Value iterator = get_iter(nargs == 1 ? args[0] : Value::from_object(make_tuple(args, nargs)));
  Value best, best_key;
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    Value item_key = key.is_null() ? item : call(key, {item});
    if (best.is_null() || compare_bool(item_key, best_key, op)) {
      best = item;
      best_key = item_key;
    }
  }
  if (!best.is_null()) return best;
  if (!default_value.is_null()) return default_value;
  throw_value_error(std::string(name) + "() arg is an empty sequence");
}

Value builtin_min(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return min_max("min", CompareOp::Lt, args, nargs, kwnames);
}

Value builtin_max(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return min_max("max", CompareOp::Gt, args, nargs, kwnames);
}

// sorted() is list(iterable).sort(**keywords): the keywords go to list.sort
// unchanged, so its checks and messages apply.
Value builtin_sorted(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 1) throw_type_error(format("sorted expected 1 argument, got %zu", nargs));
  List* result = list_from_iterable(args[0]);
  Value sort = getattr(Value::from_object(result), intern("sort"));
  call(sort, args + 1, 0, kwnames);
  return Value::from_object(result);
}

// --- numbers ------------------------------------------------------------------

Value builtin_abs(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("abs", nargs, kwnames, 1, 1);
  return unary_op(args[0], UnaryOp::Absolute);
}

Value builtin_divmod(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("divmod", nargs, kwnames, 2, 2);
  Value a = args[0];
  Value b = args[1];
  Type* left = type_of(a);
  Type* right = type_of(b);
  BinaryFn left_slot = left->divmod;
  BinaryFn right_slot = right != left ? right->divmod : nullptr;
  if (right_slot == left_slot) right_slot = nullptr;
  // A subclass operand's reflected method goes first, as for operators.
  if (right_slot && is_subtype(right, left)) {
    Value result = right_slot(a, b);
    if (!result.is(not_implemented())) return result;
    right_slot = nullptr;
  }
  if (left_slot) {
    Value result = left_slot(a, b);
    if (!result.is(not_implemented())) return result;
  }
  if (right_slot) {
    Value result = right_slot(a, b);
    if (!result.is(not_implemented())) return result;
  }
  throw_type_error("unsupported operand type(s) for divmod(): '" + type_name(a) + "' and '" +
                   type_name(b) + "'");
}

Value builtin_pow(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"pow", {"base", "exp", "mod"}, 2}, args, nargs, kwnames, bound);
  return power(bound[0], bound[1], bound[2].is_null() ? none() : bound[2]);
}

Value builtin_round(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"round", {"number", "ndigits"}, 1}, args, nargs, kwnames, bound);
  Value round = lookup_special(bound[0], names.dunder_round);
  if (round.is_null()) {
    throw_type_error("type " + type_name(bound[0]) + " doesn't define __round__ method");
  }
  if (bound[1].is_null() || is_none(bound[1])) return call(round, {});
  return call(round, {bound[1]});
}

Value int_in_base(const char* name, const Value* args, size_t nargs, Tuple* kwnames,
                  const char* spec) {
  check_arguments(name, nargs, kwnames, 1, 1);
  return Value::from_object(format_value(index_value(args[0]), make_ascii_str(spec)));
}

Value builtin_bin(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return int_in_base("bin", args, nargs, kwnames, "#b");
}

Value builtin_oct(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return int_in_base("oct", args, nargs, kwnames, "#o");
}

Value builtin_hex(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return int_in_base("hex", args, nargs, kwnames, "#x");
}

Value builtin_chr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("chr", nargs, kwnames, 1, 1);
  Value code = index_value(args[0]);
  int64_t cp;
  if (!int_to_int64(code, cp) || cp < INT32_MIN || cp > INT32_MAX) {
    throw_overflow_error("Python int too large to convert to C int");
  }
  if (cp < 0 || cp > 0x10FFFF) throw_value_error("chr() arg not in range(0x110000)");
  return Value::from_object(str_from_code_point(static_cast<char32_t>(cp)));
}

char32_t decode_code_point(std::string_view utf8) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(utf8[i]); };
  unsigned char lead = byte(0);
  if (lead < 0x80) return lead;
  if (lead < 0xE0) return ((lead & 0x1F) << 6) | (byte(1) & 0x3F);
  if (lead < 0xF0) return ((lead & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
  return ((lead & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) |
         (byte(3) & 0x3F);
}

Value builtin_ord(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("ord", nargs, kwnames, 1, 1);
  Value c = args[0];
  size_t size;
  if (is_str(c)) {
    Str* s = c.as<Str>();
    if (s->length == 1) return make_int(decode_code_point(s->view()));
    size = s->length;
  } else if (is_bytes(c)) {
    Bytes* b = c.as<Bytes>();
    if (b->size == 1) return make_int(static_cast<unsigned char>(b->data()[0]));
    size = b->size;
  } else if (is_bytearray(c)) {
    ByteArray* b = c.as<ByteArray>();
    if (b->size == 1) return make_int(static_cast<unsigned char>(b->items[0]));
    size = b->size;
  } else {
    throw_type_error("ord() expected string of length 1, but " + type_name(c) + " found");
  }
  throw_type_error(format("ord() expected a character, but string of length %zu found", size));
}

// --- exit and quit --------------------------------------------------------------

Value builtin_exit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value code;
  bind_arguments({"exit", {"code"}, 0}, args, nargs, kwnames, &code);
  if (code.is_null() || is_none(code)) raise_exception(Value::from_object(&exc_SystemExit));
  raise_with_args(&exc_SystemExit, Value::from_object(make_tuple({code})));
}

// --- the namespace ------------------------------------------------------------

void add_value(Module* module, const char* name, Value value) {
  dict_set_str(module->dict, intern(name), value);
}

void add_type(Module* module, const char* name, Type* type) {
  add_value(module, name, Value::from_object(type));
}

}  // namespace

Module* create_builtins_module() {
  Module* module = make_module(names.builtins);
  add_value(module, "__doc__",
            str_value("Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is "
                      "the `nil' object; Ellipsis represents `...' in slices."));
  add_value(module, "__package__", str_value(""));
  add_value(module, "None", none());
  add_value(module, "Ellipsis", ellipsis());
  add_value(module, "NotImplemented", not_implemented());
  add_value(module, "True", make_bool(true));
  add_value(module, "False", make_bool(false));
  add_value(module, "__debug__", make_bool(true));

  add_type(module, "bool", &bool_type);
  add_type(module, "bytearray", &bytearray_type);
  add_type(module, "bytes", &bytes_type);
  add_type(module, "classmethod", &classmethod_type);
  add_type(module, "complex", &complex_type);
  add_type(module, "dict", &dict_type);
  add_type(module, "enumerate", &enumerate_type);
  add_type(module, "filter", &filter_type);
  add_type(module, "float", &float_type);
  add_type(module, "frozenset", &frozenset_type);
  add_type(module, "int", &int_type);
  add_type(module, "list", &list_type);
  add_type(module, "map", &map_type);
  add_type(module, "memoryview", &memoryview_type);
  add_type(module, "object", &object_type);
  add_type(module, "property", &property_type);
  add_type(module, "super", &super_type);
  add_type(module, "range", &range_type);
  add_type(module, "reversed", &reversed_type);
  add_type(module, "set", &set_type);
  add_type(module, "slice", &slice_type);
  add_type(module, "staticmethod", &staticmethod_type);
  add_type(module, "str", &str_type);
  add_type(module, "tuple", &tuple_type);
  add_type(module, "type", &type_type);
  add_type(module, "zip", &zip_type);
#define KRAIT_EXCEPTION(name, base) add_type(module, #name, &exc_##name);
#include "objects/exceptions.def"
#undef KRAIT_EXCEPTION
  add_type(module, "EnvironmentError", &exc_OSError);
  add_type(module, "IOError", &exc_OSError);

  add_functions(module, {
      {"print", builtin_print},
      {"input", builtin_input},
      {"open", builtin_open},
      {"repr", builtin_repr},
      {"ascii", builtin_ascii},
      {"len", builtin_len},
      {"isinstance", builtin_isinstance},
      {"issubclass", builtin_issubclass},
      {"hasattr", builtin_hasattr},
      {"getattr", builtin_getattr},
      {"setattr", builtin_setattr},
      {"delattr", builtin_delattr},
      {"id", builtin_id},
      {"hash", builtin_hash},
      {"callable", builtin_callable},
      {"aiter", builtin_aiter},
      {"breakpoint", builtin_breakpoint},
      {"anext", builtin_anext},
      {"format", builtin_format},
      {"dir", builtin_dir},
      {"__import__", builtin_import},
      {"iter", builtin_iter},
      {"next", builtin_next},
      {"all", builtin_all},
      {"any", builtin_any},
      {"sum", builtin_sum},
      {"min", builtin_min},
      {"max", builtin_max},
      {"sorted", builtin_sorted},
      {"abs", builtin_abs},
      {"divmod", builtin_divmod},
      {"pow", builtin_pow},
      {"round", builtin_round},
      {"bin", builtin_bin},
      {"oct", builtin_oct},
      {"hex", builtin_hex},
      {"chr", builtin_chr},
      {"ord", builtin_ord},
      {"exit", builtin_exit},
      {"quit", builtin_exit},
  });
  // open() is _io.open (modules/io_module.cpp), as CPython's is io.open.
  dict_get_str(module->dict, intern("open")).as<BuiltinFunction>()->module = str_value("io");
  add_eval_builtins(module);
  return module;
}

}  // namespace krait
