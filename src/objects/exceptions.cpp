// The built-in exception types: BaseException's state and methods, and the
// subclasses with attributes of their own.
#include "objects/exceptions.h"

#include <cerrno>
#include <string>

#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/names.h"
#include "runtime/protocol.h"
#include "runtime/unicode.h"

namespace krait {

#define KRAIT_EXCEPTION(name, base) Type exc_##name;
#include "objects/exceptions.def"
#undef KRAIT_EXCEPTION

namespace {

struct StopIterationObject : BaseExceptionObject {
  Value value;
};
struct SystemExitObject : BaseExceptionObject {
  Value code;
};
struct OSErrorObject : BaseExceptionObject {
  Value error_number;
  Value strerror;
  Value filename;
  Value filename2;
  int64_t characters_written;  // BlockingIOError's; -1 when unset
};
struct NameErrorObject : BaseExceptionObject {
  Value name;
};
struct AttributeErrorObject : BaseExceptionObject {
  Value name;
  Value obj;
};
struct ImportErrorObject : BaseExceptionObject {
  Value msg;
  Value name;
  Value path;
};
struct SyntaxErrorObject : BaseExceptionObject {
  Value msg;
  Value filename;
  Value lineno;
  Value offset;
  Value text;
  Value end_lineno;
  Value end_offset;
  Value print_file_and_line;
};
struct UnicodeErrorObject : BaseExceptionObject {
  Value encoding;
  Value object;
  Value start;
  Value end;
  Value reason;
};

BaseExceptionObject* as_exception(Value v) { return v.as<BaseExceptionObject>(); }

Value or_none(Value v) { return v.is_null() ? none() : v; }

size_t keyword_count(Tuple* kwnames) { return kwnames ? kwnames->size : 0; }

// --- BaseException ----------------------------------------------------------

void base_exception_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (keyword_count(kwnames)) {
    throw_type_error(type_name(self) + "() takes no keyword arguments");
  }
  as_exception(self)->args = make_tuple(args, nargs);
}

Value base_exception_repr(Value self) {
  Tuple* args = as_exception(self)->args;
  std::string name(type_of(self)->name->view());
  if (args->size == 1) return str_value(name + "(" + repr_string((*args)[0]) + ")");
  if (args->size == 0) return str_value(name + "()");
  return str_value(name + repr_string(Value::from_object(args)));
}

Value base_exception_str(Value self) {
  Tuple* args = as_exception(self)->args;
  if (args->size == 0) return Value::from_object(names.empty);
  if (args->size == 1) return Value::from_object(str((*args)[0]));
  return Value::from_object(str(Value::from_object(args)));
}

Value args_get(Value self) { return Value::from_object(as_exception(self)->args); }
void args_set(Value self, Value value) {
  if (value.is_null()) throw_type_error("args may not be deleted");
  Value iterator = get_iter(value);
  List* items = make_list();
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    list_append(items, item);
  }
  as_exception(self)->args = make_tuple(items->items, items->size);
}

Value traceback_get(Value self) { return as_exception(self)->traceback; }
void traceback_set(Value self, Value value) {
  if (value.is_null()) throw_type_error("__traceback__ may not be deleted");
  if (!is_none(value) && type_name(value) != "traceback") {
    throw_type_error("__traceback__ must be a traceback or None");
  }
  as_exception(self)->traceback = value;
}

Value context_get(Value self) { return as_exception(self)->context; }
void context_set(Value self, Value value) {
  if (value.is_null()) throw_type_error("__context__ may not be deleted");
  if (!is_none(value) && !is_exception_instance(value)) {
    throw_type_error("exception context must be None or derive from BaseException");
  }
  as_exception(self)->context = value;
}

Value cause_get(Value self) { return as_exception(self)->cause; }
void cause_set(Value self, Value value) {
  if (value.is_null()) throw_type_error("__cause__ may not be deleted");
  if (!is_none(value) && !is_exception_instance(value)) {
    throw_type_error("exception cause must be None or derive from BaseException");
  }
  as_exception(self)->cause = value;
  as_exception(self)->suppress_context = true;
}

Value suppress_context_get(Value self) { return make_bool(as_exception(self)->suppress_context); }
void suppress_context_set(Value self, Value value) {
  if (value.is_null()) throw_type_error("__suppress_context__ may not be deleted");
  as_exception(self)->suppress_context = truthy(value);
}

Value exception_dict_get(Value self) { return Value::from_object(instance_dict(self)); }

Value with_traceback(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("with_traceback", kwnames);
  check_positional("with_traceback", nargs, 1, 1);
  traceback_set(self, args[0]);
  return self;
}

Value add_note(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("add_note", kwnames);
  check_positional("add_note", nargs, 1, 1);
  if (!is_str(args[0])) {
    throw_type_error("note must be a str, not '" + type_name(args[0]) + "'");
  }
  Value notes = lookup_attr(self, names.dunder_notes);
  if (notes.is_null()) {
    notes = Value::from_object(make_list());
    setattr(self, names.dunder_notes, notes);
  } else if (!is_list(notes)) {
    throw_type_error("Cannot add note: __notes__ is not a list");
  }
  list_append(notes.as<List>(), args[0]);
  return none();
}

Value base_exception_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("__setstate__", kwnames);
  check_positional("__setstate__", nargs, 1, 1);
  if (is_none(args[0])) return none();
  if (!is_dict(args[0])) throw_type_error("state is not a dictionary");
  Dict* state = args[0].as<Dict>();
  size_t position = 0;
  Value name, value;
  while (dict_next(state, position, name, value)) {
    if (!is_str(name)) {
      throw_type_error("attribute name must be string, not '" + type_name(name) + "'");
    }
    setattr(self, name.as<Str>(), value);
  }
  return none();
}

Value base_exception_reduce(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value cls = Value::from_object(type_of(self));
  Value state_args = Value::from_object(as_exception(self)->args);
  Dict** dict_slot = instance_dict_slot(self.as_object());
  if (*dict_slot && dict_size(*dict_slot)) {
    return Value::from_object(make_tuple({cls, state_args, Value::from_object(*dict_slot)}));
  }
  return Value::from_object(make_tuple({cls, state_args}));
}

// --- subclasses -------------------------------------------------------------

Value first_arg_or_none(Tuple* args) { return args->size ? (*args)[0] : none(); }

void stop_iteration_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  base_exception_init(self, args, nargs, kwnames);
  self.as<StopIterationObject>()->value = first_arg_or_none(as_exception(self)->args);
}
Value stop_iteration_value_get(Value self) { return or_none(self.as<StopIterationObject>()->value); }
void stop_iteration_value_set(Value self, Value value) {
  self.as<StopIterationObject>()->value = or_none(value);
}

void system_exit_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  base_exception_init(self, args, nargs, kwnames);
  Tuple* tuple = as_exception(self)->args;
  self.as<SystemExitObject>()->code =
      tuple->size == 0 ? none() : tuple->size == 1 ? (*tuple)[0] : Value::from_object(tuple);
}
Value system_exit_code_get(Value self) { return or_none(self.as<SystemExitObject>()->code); }
void system_exit_code_set(Value self, Value value) {
  self.as<SystemExitObject>()->code = or_none(value);
}

// Keyword arguments `allowed` of an exception constructor, stored through `store`.
template <class Store>
void take_keywords(Value self, const char* type_label, const Value* args, size_t nargs,
                   Tuple* kwnames, std::initializer_list<const char*> allowed, Store store) {
  for (size_t k = 0; k < keyword_count(kwnames); ++k) {
    std::string_view keyword = str_view((*kwnames)[k]);
    bool known = false;
    for (const char* name : allowed) {
      if (keyword == name) known = true;
    }
    if (!known) {
      throw_type_error("'" + std::string(keyword) + "' is an invalid keyword argument for " +
                       type_label + "()");
    }
    store(keyword, args[nargs + k]);
  }
}

void name_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* error = self.as<NameErrorObject>();
  error->name = none();
  take_keywords(self, "NameError", args, nargs, kwnames, {"name"},
                [&](std::string_view, Value v) { error->name = v; });
  as_exception(self)->args = make_tuple(args, nargs);
}
Value name_error_name_get(Value self) { return or_none(self.as<NameErrorObject>()->name); }
void name_error_name_set(Value self, Value value) { self.as<NameErrorObject>()->name = or_none(value); }

void attribute_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* error = self.as<AttributeErrorObject>();
  error->name = none();
  error->obj = none();
  take_keywords(self, "AttributeError", args, nargs, kwnames, {"name", "obj"},
                [&](std::string_view keyword, Value v) {
                  (keyword == "name" ? error->name : error->obj) = v;
                });
  as_exception(self)->args = make_tuple(args, nargs);
}
Value attribute_error_name_get(Value self) { return or_none(self.as<AttributeErrorObject>()->name); }
void attribute_error_name_set(Value self, Value value) {
  self.as<AttributeErrorObject>()->name = or_none(value);
}
Value attribute_error_obj_get(Value self) { return or_none(self.as<AttributeErrorObject>()->obj); }
void attribute_error_obj_set(Value self, Value value) {
  self.as<AttributeErrorObject>()->obj = or_none(value);
}

}  // namespace

void add_attribute_error_context(Value error, Value object, Str* name) {
  if (!is_instance_of(error, &exc_AttributeError)) return;
  auto* attribute_error = error.as<AttributeErrorObject>();
  if (!is_none(or_none(attribute_error->name)) || !is_none(or_none(attribute_error->obj))) return;
  attribute_error->name = Value::from_object(name);
  attribute_error->obj = object;
}

namespace {

void import_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* error = self.as<ImportErrorObject>();
  error->name = none();
  error->path = none();
  take_keywords(self, "ImportError", args, nargs, kwnames, {"name", "path"},
                [&](std::string_view keyword, Value v) {
                  (keyword == "name" ? error->name : error->path) = v;
                });
  as_exception(self)->args = make_tuple(args, nargs);
  error->msg = nargs == 1 ? args[0] : none();
}
Value import_error_str(Value self) {
  auto* error = self.as<ImportErrorObject>();
  if (is_exact_str(error->msg)) return error->msg;
  return base_exception_str(self);
}

// (type, args, state) with name and path in the state when set.
Value import_error_reduce(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* error = self.as<ImportErrorObject>();
  Dict* dict = *instance_dict_slot(self.as_object());
  Dict* state = dict ? dict_copy(dict) : nullptr;
  for (auto [name, value] : {std::pair{"name", error->name}, std::pair{"path", error->path}}) {
    if (value.is_null() || is_none(value)) continue;
    if (!state) state = make_dict();
    dict_set_str(state, intern(name), value);
  }
  Value cls = Value::from_object(type_of(self));
  Value state_args = Value::from_object(as_exception(self)->args);
  if (state && dict_size(state)) {
    return Value::from_object(make_tuple({cls, state_args, Value::from_object(state)}));
  }
  return Value::from_object(make_tuple({cls, state_args}));
}

Value import_error_msg_get(Value self) { return or_none(self.as<ImportErrorObject>()->msg); }
void import_error_msg_set(Value self, Value v) { self.as<ImportErrorObject>()->msg = or_none(v); }
Value import_error_name_get(Value self) { return or_none(self.as<ImportErrorObject>()->name); }
void import_error_name_set(Value self, Value v) { self.as<ImportErrorObject>()->name = or_none(v); }
Value import_error_path_get(Value self) { return or_none(self.as<ImportErrorObject>()->path); }
void import_error_path_set(Value self, Value v) { self.as<ImportErrorObject>()->path = or_none(v); }

// OSError(errno, strerror) picks the subclass for the errno, as CPython's.
Type* oserror_subclass_for(int64_t error_number) {
  switch (error_number) {
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS:
      return &exc_BlockingIOError;
    case ECHILD: return &exc_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN:
      return &exc_BrokenPipeError;
    case ECONNABORTED: return &exc_ConnectionAbortedError;
    case ECONNREFUSED: return &exc_ConnectionRefusedError;
    case ECONNRESET: return &exc_ConnectionResetError;
    case EEXIST: return &exc_FileExistsError;
    case ENOENT: return &exc_FileNotFoundError;
    case EISDIR: return &exc_IsADirectoryError;
    case ENOTDIR: return &exc_NotADirectoryError;
    case EINTR: return &exc_InterruptedError;
    case EACCES:
    case EPERM:
      return &exc_PermissionError;
    case ESRCH: return &exc_ProcessLookupError;
    case ETIMEDOUT: return &exc_TimeoutError;
    default: return nullptr;
  }
}

void oserror_init(Value self, const Value* args, size_t nargs, Tuple* kwnames);

// A subclass that defines __init__ but keeps OSError's __new__ gets its
// arguments parsed by OSError.__init__ instead of __new__ (as in CPython).
bool oserror_parses_in_init(Type* type) {
  return type->init != oserror_init && type->new_instance == exc_OSError.new_instance;
}

// CPython's PyNumber_AsSsize_t(v, ValueError).
int64_t characters_written_value(Value v) {
  int64_t written;
  if (!int_to_int64(index_value(v), written)) {
    raise(&exc_ValueError, "cannot fit 'int' into an index-sized integer");
  }
  return written;
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): with 2 to 5
// arguments the fields are set, and with a filename the args keep only the
// first two; BlockingIOError's third argument is characters_written instead.
void oserror_set_fields(Value self, const Value* args, size_t nargs) {
  auto* error = self.as<OSErrorObject>();
  as_exception(self)->args = make_tuple(args, nargs);
  if (nargs < 2 || nargs > 5) return;
  error->error_number = args[0];
  error->strerror = args[1];
  if (nargs < 3 || is_none(args[2])) return;
  if (type_of(self) == &exc_BlockingIOError && (is_int(args[2]) || is_float(args[2]))) {
    error->characters_written = characters_written_value(args[2]);
    return;
  }
  error->filename = args[2];
  if (nargs == 5 && !is_none(args[4])) error->filename2 = args[4];
  as_exception(self)->args = make_tuple(args, 2);
}

Value oserror_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  bool parse_here = !oserror_parses_in_init(type);
  if (parse_here) {
    if (keyword_count(kwnames)) {
      throw_type_error(std::string(type->name->view()) + "() takes no keyword arguments");
    }
    int64_t error_number;
    if (type == &exc_OSError && nargs >= 2 && nargs <= 5 && is_int(args[0]) &&
        int_to_int64(args[0], error_number)) {
      if (Type* subclass = oserror_subclass_for(error_number)) type = subclass;
    }
  }
  Value self = base_exception_new(type, nullptr, 0, nullptr);
  self.as<OSErrorObject>()->characters_written = -1;
  if (parse_here) oserror_set_fields(self, args, nargs);
  return self;
}

void oserror_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!oserror_parses_in_init(type_of(self))) return;
  if (keyword_count(kwnames)) {
    throw_type_error(type_name(self) + "() takes no keyword arguments");
  }
  oserror_set_fields(self, args, nargs);
}

Value oserror_str(Value self) {
  auto* error = self.as<OSErrorObject>();
  std::string head;
  if (!error->filename.is_null() || !error->strerror.is_null()) {
    head = "[Errno " + str_string(or_none(error->error_number)) + "] " +
           str_string(or_none(error->strerror));
  }
  if (!error->filename.is_null()) {
    head += ": " + repr_string(error->filename);
    if (!error->filename2.is_null()) head += " -> " + repr_string(error->filename2);
    return str_value(head);
  }
  if (!error->error_number.is_null() && !error->strerror.is_null()) return str_value(head);
  return base_exception_str(self);
}

// (type, args) with the filenames put back into args, plus the dict if any.
Value oserror_reduce(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* error = self.as<OSErrorObject>();
  Value state_args = Value::from_object(as_exception(self)->args);
  Tuple* stored = as_exception(self)->args;
  if (stored->size == 2 && !error->filename.is_null()) {
    state_args = Value::from_object(
        error->filename2.is_null()
            ? make_tuple({(*stored)[0], (*stored)[1], error->filename})
            : make_tuple({(*stored)[0], (*stored)[1], error->filename, none(), error->filename2}));
  }
  Value cls = Value::from_object(type_of(self));
  Dict* dict = *instance_dict_slot(self.as_object());
  if (dict && dict_size(dict)) {
    return Value::from_object(make_tuple({cls, state_args, Value::from_object(dict)}));
  }
  return Value::from_object(make_tuple({cls, state_args}));
}

// The fields are plain members in CPython: deleting one leaves it unset.
Value oserror_errno_get(Value self) { return or_none(self.as<OSErrorObject>()->error_number); }
void oserror_errno_set(Value self, Value v) { self.as<OSErrorObject>()->error_number = v; }
Value oserror_strerror_get(Value self) { return or_none(self.as<OSErrorObject>()->strerror); }
void oserror_strerror_set(Value self, Value v) { self.as<OSErrorObject>()->strerror = v; }
Value oserror_filename_get(Value self) { return or_none(self.as<OSErrorObject>()->filename); }
void oserror_filename_set(Value self, Value v) { self.as<OSErrorObject>()->filename = v; }
Value oserror_filename2_get(Value self) { return or_none(self.as<OSErrorObject>()->filename2); }
void oserror_filename2_set(Value self, Value v) { self.as<OSErrorObject>()->filename2 = v; }

Value characters_written_get(Value self) {
  int64_t written = self.as<OSErrorObject>()->characters_written;
  if (written < 0) raise(&exc_AttributeError, "characters_written");
  return make_int(written);
}
void characters_written_set(Value self, Value v) {
  auto* error = self.as<OSErrorObject>();
  if (v.is_null()) {
    if (error->characters_written < 0) raise(&exc_AttributeError, "characters_written");
    error->characters_written = -1;
    return;
  }
  error->characters_written = characters_written_value(v);
}

Value key_error_str(Value self) {
  Tuple* args = as_exception(self)->args;
  if (args->size == 1) return Value::from_object(repr((*args)[0]));
  return base_exception_str(self);
}

void syntax_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  base_exception_init(self, args, nargs, kwnames);
  auto* error = self.as<SyntaxErrorObject>();
  for (Value* field : {&error->msg, &error->filename, &error->lineno, &error->offset,
                       &error->text, &error->end_lineno, &error->end_offset,
                       &error->print_file_and_line}) {
    *field = none();
  }
  if (nargs >= 1) error->msg = args[0];
  if (nargs == 2) {
    // (filename, lineno, offset, text[, end_lineno[, end_offset]]), any iterable.
    Tuple* info = tuple_from_iterable(args[1]);
    if (info->size < 4) {
      throw_type_error(format("function takes at least 4 arguments (%zu given)", info->size));
    }
    if (info->size > 6) {
      throw_type_error(format("function takes at most 6 arguments (%zu given)", info->size));
    }
    error->filename = (*info)[0];
    error->lineno = (*info)[1];
    error->offset = (*info)[2];
    error->text = (*info)[3];
    if (info->size > 4) error->end_lineno = (*info)[4];
    if (info->size > 5) error->end_offset = (*info)[5];
    if (info->size == 5) {
      throw_type_error("end_offset must be provided when end_lineno is provided");
    }
  }
}

// "msg (file.py, line N)", leaving out what is unknown: the file when the
// filename is not a str, the line when lineno is not an exact int.
Value syntax_error_str(Value self) {
  auto* error = self.as<SyntaxErrorObject>();
  std::string message = str_string(or_none(error->msg));
  bool have_filename = is_str(error->filename);
  std::string filename;
  if (have_filename) {
    std::string_view path = str_view(error->filename);
    size_t slash = path.rfind('/');
    filename = std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
  }
  bool have_line = is_exact_int(error->lineno);
  if (have_filename && have_line) {
    return str_value(message + " (" + filename + ", line " + str_string(error->lineno) + ")");
  }
  if (have_filename) return str_value(message + " (" + filename + ")");
  if (have_line) return str_value(message + " (line " + str_string(error->lineno) + ")");
  return str_value(message);
}

#define KRAIT_FIELD_ACCESSORS(Struct, field)                                   \
  Value Struct##_##field##_get(Value self) { return or_none(self.as<Struct>()->field); } \
  void Struct##_##field##_set(Value self, Value v) { self.as<Struct>()->field = or_none(v); }
KRAIT_FIELD_ACCESSORS(SyntaxErrorObject, msg)
KRAIT_FIELD_ACCESSORS(SyntaxErrorObject, filename)
KRAIT_FIELD_ACCESSORS(SyntaxErrorObject, lineno)
KRAIT_FIELD_ACCESSORS(SyntaxErrorObject, offset)
KRAIT_FIELD_ACCESSORS(SyntaxErrorObject, text)
KRAIT_FIELD_ACCESSORS(SyntaxErrorObject, end_lineno)
KRAIT_FIELD_ACCESSORS(SyntaxErrorObject, end_offset)
KRAIT_FIELD_ACCESSORS(SyntaxErrorObject, print_file_and_line)
KRAIT_FIELD_ACCESSORS(UnicodeErrorObject, encoding)
KRAIT_FIELD_ACCESSORS(UnicodeErrorObject, object)
KRAIT_FIELD_ACCESSORS(UnicodeErrorObject, reason)
#undef KRAIT_FIELD_ACCESSORS

// A position argument of the Unicode errors (a Py_ssize_t in CPython).
Value unicode_error_position(Value v) {
  Value index = index_value(v);
  int64_t position;
  if (!int_to_int64(index, position)) {
    throw_overflow_error("Python int too large to convert to C ssize_t");
  }
  return make_int(position);
}

Value checked_str_argument(Value v, int position) {
  if (!is_str(v)) {
    throw_type_error(format("argument %d must be str, not %s", position, type_name(v).c_str()));
  }
  return v;
}

// UnicodeEncodeError(encoding, object, start, end, reason),
// UnicodeDecodeError(encoding, object, start, end, reason) with a bytes-like
// object (kept as bytes) and UnicodeTranslateError(object, start, end, reason);
// a plain UnicodeError takes any arguments.
void unicode_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  base_exception_init(self, args, nargs, kwnames);
  Type* type = type_of(self);
  bool decode = is_subtype(type, &exc_UnicodeDecodeError);
  bool encode = is_subtype(type, &exc_UnicodeEncodeError);
  bool translate = is_subtype(type, &exc_UnicodeTranslateError);
  if (!decode && !encode && !translate) return;
  size_t expected = translate ? 4 : 5;
  if (nargs != expected) {
    throw_type_error(format("function takes exactly %zu arguments (%zu given)", expected, nargs));
  }
  auto* error = self.as<UnicodeErrorObject>();
  size_t i = 0;
  Value encoding = translate ? none() : checked_str_argument(args[i++], 1);
  Value object = args[i++];
  if (decode) {
    if (is_bytearray(object)) {
      auto* array = object.as<ByteArray>();
      object = Value::from_object(make_bytes(std::string_view(array->items, array->size)));
    } else if (!is_bytes(object)) {
      throw_type_error("a bytes-like object is required, not '" + type_name(object) + "'");
    }
  } else {
    checked_str_argument(object, translate ? 1 : 2);
  }
  Value start = unicode_error_position(args[i++]);
  Value end = unicode_error_position(args[i++]);
  Value reason = checked_str_argument(args[i], translate ? 4 : 5);
  error->encoding = encoding;
  error->object = object;
  error->start = start;
  error->end = end;
  error->reason = reason;
}

// The character as CPython's messages quote it: '\xNN', '\uNNNN' or '\UNNNNNNNN'.
std::string escaped_code_point(char32_t cp) {
  if (cp <= 0xff) return format("'\\x%02x'", static_cast<unsigned>(cp));
  if (cp <= 0xffff) return format("'\\u%04x'", static_cast<unsigned>(cp));
  return format("'\\U%08x'", static_cast<unsigned>(cp));
}

Value unicode_error_str(Value self) {
  auto* error = self.as<UnicodeErrorObject>();
  Type* type = type_of(self);
  bool decode = is_subtype(type, &exc_UnicodeDecodeError);
  bool encode = is_subtype(type, &exc_UnicodeEncodeError);
  if (!decode && !encode && !is_subtype(type, &exc_UnicodeTranslateError)) {
    return base_exception_str(self);
  }
  if (error->object.is_null()) return Value::from_object(names.empty);  // never initialised
  int64_t start = 0, end = 0;
  int_to_int64(error->start, start);
  int_to_int64(error->end, end);
  std::string reason = str_string(or_none(error->reason));
  if (decode) {
    std::string_view bytes = error->object.as<Bytes>()->view();
    int64_t size = static_cast<int64_t>(bytes.size());
    if (start >= 0 && start < size && end >= 0 && end <= size && end == start + 1) {
      return str_value(format("'%s' codec can't decode byte 0x%02x in position %ld: ",
                              str_string(or_none(error->encoding)).c_str(),
                              static_cast<unsigned char>(bytes[static_cast<size_t>(start)]),
                              static_cast<long>(start)) +
                       reason);
    }
    return str_value(format("'%s' codec can't decode bytes in position %ld-%ld: ",
                            str_string(or_none(error->encoding)).c_str(),
                            static_cast<long>(start), static_cast<long>(end - 1)) +
                     reason);
  }
  Str* text = error->object.as<Str>();
  int64_t length = static_cast<int64_t>(text->length);
  bool one_item = start >= 0 && start < length && end >= 0 && end <= length && end == start + 1;
  std::string prefix = encode ? "'" + str_string(or_none(error->encoding)) + "' codec can't encode"
                              : std::string("can't translate");
  if (one_item) {
    size_t offset = str_byte_offset(text, static_cast<size_t>(start));
    char32_t cp = unicode::decode_utf8(text->view(), offset);
    return str_value(prefix + " character " + escaped_code_point(cp) +
                     format(" in position %ld: ", static_cast<long>(start)) + reason);
  }
  return str_value(prefix + format(" characters in position %ld-%ld: ", static_cast<long>(start),
                                   static_cast<long>(end - 1)) +
                   reason);
}

// start and end are Py_ssize_t members in CPython: ints only, never deleted.
void unicode_error_position_set(Value& field, Value v) {
  if (v.is_null()) throw_type_error("can't delete numeric/char attribute");
  if (!is_int(v)) throw_type_error("an integer is required");
  field = unicode_error_position(v);
}
Value unicode_error_start_get(Value self) { return or_none(self.as<UnicodeErrorObject>()->start); }
void unicode_error_start_set(Value self, Value v) {
  unicode_error_position_set(self.as<UnicodeErrorObject>()->start, v);
}
Value unicode_error_end_get(Value self) { return or_none(self.as<UnicodeErrorObject>()->end); }
void unicode_error_end_set(Value self, Value v) {
  unicode_error_position_set(self.as<UnicodeErrorObject>()->end, v);
}

struct ExceptionEntry {
  const char* name;
  Type* type;
  const char* base;
};

const ExceptionEntry kExceptions[] = {
#define KRAIT_EXCEPTION(name, base) {#name, &exc_##name, #base},
#include "objects/exceptions.def"
#undef KRAIT_EXCEPTION
};

}  // namespace

Value base_exception_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* exception = static_cast<BaseExceptionObject*>(allocate_instance(type));
  exception->args = make_tuple(args, nargs);
  exception->traceback = none();
  exception->context = none();
  exception->cause = none();
  return Value::from_object(exception);
}

Value new_exception(Type* type, Tuple* args) {
  return call(Value::from_object(type), args->items(), args->size);
}

Value new_exception_message(Type* type, std::string_view message) {
  Value text = str_value(message);
  return call(Value::from_object(type), &text, 1);
}

bool is_exception_instance(Value v) {
  return v.is_object() && (type_of(v)->flags & kTypeBaseExceptionSubclass);
}

bool is_exception_class(Value v) {
  return v.is_object() && is_instance_of(v, &type_type) &&
         (v.as<Type>()->flags & kTypeBaseExceptionSubclass);
}

void init_exception_types() {
  constexpr uint64_t kFlags = kTypeBaseType | kTypeHasInstanceDict | kTypeBaseExceptionSubclass;
  exc_BaseException.new_instance = base_exception_new;
  exc_BaseException.init = base_exception_init;
  exc_BaseException.repr = base_exception_repr;
  exc_BaseException.str = base_exception_str;
  exc_StopIteration.init = stop_iteration_init;
  exc_SystemExit.init = system_exit_init;
  exc_NameError.init = name_error_init;
  exc_AttributeError.init = attribute_error_init;
  exc_ImportError.init = import_error_init;
  exc_ImportError.str = import_error_str;
  exc_OSError.new_instance = oserror_new;
  exc_OSError.init = oserror_init;
  exc_OSError.str = oserror_str;
  exc_KeyError.str = key_error_str;
  exc_SyntaxError.init = syntax_error_init;
  exc_SyntaxError.str = syntax_error_str;
  exc_UnicodeError.init = unicode_error_init;
  exc_UnicodeError.str = unicode_error_str;
  init_exception_group_types();

  auto size_of = [](Type* type) -> uint32_t {
    if (type == &exc_StopIteration) return sizeof(StopIterationObject);
    if (type == &exc_SystemExit) return sizeof(SystemExitObject);
    if (type == &exc_OSError) return sizeof(OSErrorObject);
    if (type == &exc_NameError) return sizeof(NameErrorObject);
    if (type == &exc_AttributeError) return sizeof(AttributeErrorObject);
    if (type == &exc_ImportError) return sizeof(ImportErrorObject);
    if (type == &exc_SyntaxError) return sizeof(SyntaxErrorObject);
    if (type == &exc_UnicodeError) return sizeof(UnicodeErrorObject);
    if (type == &exc_BaseExceptionGroup) return sizeof(BaseExceptionGroupObject);
    if (type == &exc_BaseException) return sizeof(BaseExceptionObject);
    return 0;  // inherited
  };
  for (const ExceptionEntry& entry : kExceptions) {
    Type* base = &object_type;
    for (const ExceptionEntry& candidate : kExceptions) {
      if (std::string_view(candidate.name) == entry.base) base = candidate.type;
    }
    init_static_type(entry.type, entry.name, base, size_of(entry.type), kFlags);
  }

  add_methods(&exc_BaseException, {
      {"with_traceback", with_traceback},
      {"add_note", add_note},
      {"__reduce__", base_exception_reduce},
      {"__setstate__", base_exception_setstate},
  });
  add_getsets(&exc_BaseException, {
      {"args", args_get, args_set},
      {"__traceback__", traceback_get, traceback_set},
      {"__context__", context_get, context_set},
      {"__cause__", cause_get, cause_set},
      {"__suppress_context__", suppress_context_get, suppress_context_set},
      {"__dict__", exception_dict_get},
  });
  add_getsets(&exc_StopIteration, {{"value", stop_iteration_value_get, stop_iteration_value_set}});
  add_getsets(&exc_SystemExit, {{"code", system_exit_code_get, system_exit_code_set}});
  add_getsets(&exc_NameError, {{"name", name_error_name_get, name_error_name_set}});
  add_getsets(&exc_AttributeError, {
      {"name", attribute_error_name_get, attribute_error_name_set},
      {"obj", attribute_error_obj_get, attribute_error_obj_set},
  });
  add_getsets(&exc_ImportError, {
      {"msg", import_error_msg_get, import_error_msg_set},
      {"name", import_error_name_get, import_error_name_set},
      {"path", import_error_path_get, import_error_path_set},
  });
  add_getsets(&exc_OSError, {
      {"errno", oserror_errno_get, oserror_errno_set},
      {"strerror", oserror_strerror_get, oserror_strerror_set},
      {"filename", oserror_filename_get, oserror_filename_set},
      {"filename2", oserror_filename2_get, oserror_filename2_set},
      {"characters_written", characters_written_get, characters_written_set},
  });
  add_methods(&exc_OSError, {{"__reduce__", oserror_reduce}});
  add_methods(&exc_ImportError, {{"__reduce__", import_error_reduce}});
  add_getsets(&exc_SyntaxError, {
      {"msg", SyntaxErrorObject_msg_get, SyntaxErrorObject_msg_set},
      {"filename", SyntaxErrorObject_filename_get, SyntaxErrorObject_filename_set},
      {"lineno", SyntaxErrorObject_lineno_get, SyntaxErrorObject_lineno_set},
      {"offset", SyntaxErrorObject_offset_get, SyntaxErrorObject_offset_set},
      {"text", SyntaxErrorObject_text_get, SyntaxErrorObject_text_set},
      {"end_lineno", SyntaxErrorObject_end_lineno_get, SyntaxErrorObject_end_lineno_set},
      {"end_offset", SyntaxErrorObject_end_offset_get, SyntaxErrorObject_end_offset_set},
      {"print_file_and_line", SyntaxErrorObject_print_file_and_line_get,
       SyntaxErrorObject_print_file_and_line_set},
  });
  // The fields belong to the three concrete Unicode errors, not to UnicodeError.
  for (Type* unicode_error : {&exc_UnicodeEncodeError, &exc_UnicodeDecodeError,
                              &exc_UnicodeTranslateError}) {
    add_getsets(unicode_error, {
        {"encoding", UnicodeErrorObject_encoding_get, UnicodeErrorObject_encoding_set},
        {"object", UnicodeErrorObject_object_get, UnicodeErrorObject_object_set},
        {"start", unicode_error_start_get, unicode_error_start_set},
        {"end", unicode_error_end_get, unicode_error_end_set},
        {"reason", UnicodeErrorObject_reason_get, UnicodeErrorObject_reason_set},
    });
  }
}

Type* make_exception_class(std::string_view dotted_name, Type* base) {
  size_t dot = dotted_name.rfind('.');
  Dict* namespace_dict = make_dict();
  dict_set_str(namespace_dict, intern("__module__"), str_value(dotted_name.substr(0, dot)));
  Value bases = Value::from_object(make_tuple({Value::from_object(base)}));
  Value created = call(Value::from_object(&type_type),
                       {str_value(dotted_name.substr(dot + 1)), bases,
                        Value::from_object(namespace_dict)});
  return created.as<Type>();
}

}  // namespace krait
