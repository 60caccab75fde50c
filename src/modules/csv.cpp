// The `_csv` module beneath the stdlib's csv: dialects, the reader's
// character-by-character state machine and the writer's quoting rules, as
// CPython's C module behaves.
#include "modules/csv.h"

#include <cstring>
#include <string>

#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/unicode.h"

namespace krait {

namespace {

enum Quoting { kQuoteMinimal = 0, kQuoteAll = 1, kQuoteNonNumeric = 2, kQuoteNone = 3 };
constexpr char32_t kNoChar = 0xFFFFFFFF;  // an unset quotechar or escapechar

struct DialectObject : Object {
  char32_t delimiter;
  char32_t quotechar;
  char32_t escapechar;
  Str* lineterminator;
  int quoting;
  bool doublequote;
  bool skipinitialspace;
  bool strict;
};

Type dialect_type;
Type reader_type;
Type writer_type;
Type* csv_error = nullptr;
Dict* dialects = nullptr;
int64_t field_limit = 128 * 1024;

Value wrap(Object* o) { return Value::from_object(o); }

[[noreturn]] void raise_csv_error(const std::string& message) { raise(csv_error, message); }

char32_t only_char(Str* s) {
  size_t pos = 0;
  return unicode::decode_utf8(s->view(), pos);
}

// The dialect parameters, read from an object's attributes or keywords and
// checked with CPython's messages.
char32_t char_parameter(Value value, const char* name, char32_t fallback, bool may_be_none) {
  if (value.is_null()) return fallback;
  if (may_be_none && is_none(value)) return kNoChar;
  if (!is_str(value)) {
    throw_type_error(std::string("\"") + name + "\" must be string" +
                     (may_be_none ? " or None" : "") + ", not " + type_name(value));
  }
  if (value.as<Str>()->length != 1) {
    throw_type_error(std::string("\"") + name + "\" must be a 1-character string");
  }
  return only_char(value.as<Str>());
}

bool bool_parameter(Value value, bool fallback) { return value.is_null() ? fallback : truthy(value); }

const char* const kParameterNames[] = {"delimiter", "doublequote", "escapechar", "lineterminator",
                                       "quotechar", "quoting", "skipinitialspace", "strict"};
constexpr size_t kParameterCount = 8;

DialectObject* lookup_dialect(Value name) {
  Value found = dict_get(dialects, name);
  if (found.is_null()) raise_csv_error("unknown dialect");
  return static_cast<DialectObject*>(found.as_object());
}

// A dialect from `base` (a name, a Dialect, any object with the attributes,
// or null) overridden by `given` (the keyword values, null where absent).
DialectObject* make_dialect(Type* type, Value base, const Value* given) {
  if (!base.is_null() && is_str(base)) base = wrap(lookup_dialect(base));
  bool any_given = false;
  for (size_t i = 0; i < kParameterCount; ++i) any_given |= !given[i].is_null();
  if (!base.is_null() && !any_given && type == &dialect_type &&
      type_of(base) == &dialect_type) {
    return static_cast<DialectObject*>(base.as_object());
  }
  Value values[kParameterCount];
  for (size_t i = 0; i < kParameterCount; ++i) {
    values[i] = given[i];
    if (values[i].is_null() && !base.is_null()) values[i] = lookup_attr(base, intern(kParameterNames[i]));
  }
  auto* d = static_cast<DialectObject*>(allocate_instance(type));
  d->delimiter = char_parameter(values[0], "delimiter", ',', false);
  d->doublequote = bool_parameter(values[1], true);
  d->escapechar = char_parameter(values[2], "escapechar", kNoChar, true);
  if (values[3].is_null()) {
    d->lineterminator = make_str("\r\n");
  } else if (!is_str(values[3])) {
    throw_type_error("\"lineterminator\" must be a string");
  } else {
    d->lineterminator = values[3].as<Str>();
  }
  d->quotechar = char_parameter(values[4], "quotechar", '"', true);
  // A quotechar of None given without a quoting means QUOTE_NONE.
  d->quoting = values[4].is_object() && is_none(values[4]) && values[5].is_null() ? kQuoteNone
                                                                                   : kQuoteMinimal;
  if (!values[5].is_null()) {
    int64_t quoting;
    if (!is_int(values[5]) || !int_to_int64(values[5], quoting) || quoting < 0 || quoting > 3) {
      throw_type_error("bad \"quoting\" value");
    }
    d->quoting = static_cast<int>(quoting);
  }
  d->skipinitialspace = bool_parameter(values[6], false);
  d->strict = bool_parameter(values[7], false);
  if (d->quotechar == kNoChar && d->quoting != kQuoteNone) {
    throw_type_error("quotechar must be set if quoting enabled");
  }
  return d;
}

// Binds (first_name, dialect, **fmtparams) for reader, writer and Dialect.
DialectObject* dialect_from_call(Type* type, const Value* args, size_t nargs, Tuple* kwnames,
                                 size_t leading, Value* first) {
  if (nargs < leading) {
    throw_type_error(" expected at least 1 argument, got " + std::to_string(nargs));
  }
  if (nargs > leading + 1) {
    throw_type_error(" expected at most " + std::to_string(leading + 1) + " arguments, got " +
                     std::to_string(nargs));
  }
  if (leading) *first = args[0];
  Value base = nargs > leading ? args[leading] : Value::null();
  Value given[kParameterCount];
  size_t keywords = kwnames ? kwnames->size : 0;
  for (size_t k = 0; k < keywords; ++k) {
    std::string_view name = str_view((*kwnames)[k]);
    Value value = args[nargs + k];
    if (name == "dialect") {
      base = value;
      continue;
    }
    size_t i = 0;
    while (i < kParameterCount && name != kParameterNames[i]) ++i;
    if (i == kParameterCount) {
      throw_type_error("'" + std::string(name) + "' is an invalid keyword argument for this function");
    }
    given[i] = value;
  }
  return make_dialect(type, base, given);
}

Value dialect_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return wrap(dialect_from_call(type, args, nargs, kwnames, 0, nullptr));
}

DialectObject* as_dialect(Value v) { return static_cast<DialectObject*>(v.as_object()); }

Value char_or_none(char32_t c) { return c == kNoChar ? none() : wrap(str_from_code_point(c)); }

Value dialect_delimiter(Value self) { return char_or_none(as_dialect(self)->delimiter); }
Value dialect_quotechar(Value self) { return char_or_none(as_dialect(self)->quotechar); }
Value dialect_escapechar(Value self) { return char_or_none(as_dialect(self)->escapechar); }
Value dialect_lineterminator(Value self) { return wrap(as_dialect(self)->lineterminator); }
Value dialect_quoting(Value self) { return make_int(as_dialect(self)->quoting); }
Value dialect_doublequote(Value self) { return make_bool(as_dialect(self)->doublequote); }
Value dialect_skipinitialspace(Value self) { return make_bool(as_dialect(self)->skipinitialspace); }
Value dialect_strict(Value self) { return make_bool(as_dialect(self)->strict); }

// --- The reader ---

enum class ParseState {
  StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField,
  QuoteInQuotedField, EatCrNl, AfterEscapedCrNl
};
constexpr char32_t kEndOfLine = 0xFFFFFFFE;

struct ReaderObject : Object {
  Value input;  // the iterator of lines
  DialectObject* dialect;
  List* fields;
  char* field;  // UTF-8 of the field being read (GC-atomic)
  size_t field_size;
  size_t field_capacity;
  ParseState state;
  bool numeric_field;
  int64_t field_length;
  int64_t line_num;
};

ReaderObject* as_reader(Value v) { return static_cast<ReaderObject*>(v.as_object()); }

void clear_field(ReaderObject* r) {
  r->field_size = 0;
  r->field_length = 0;
}

void save_field(ReaderObject* r) {
  Value field = str_value(std::string_view(r->field ? r->field : "", r->field_size));
  if (r->numeric_field) {
    r->numeric_field = false;
    field = call(wrap(&float_type), {field});
  }
  clear_field(r);
  list_append(r->fields, field);
}

void add_char(ReaderObject* r, char32_t c) {
  if (r->field_length >= field_limit) {
    raise_csv_error("field larger than field limit (" + std::to_string(field_limit) + ")");
  }
  if (r->field_size + 4 > r->field_capacity) {
    size_t capacity = r->field_capacity * 2 + 64;
    auto* grown = static_cast<char*>(gc_alloc_atomic(capacity));
    if (r->field_size) std::memcpy(grown, r->field, r->field_size);
    r->field = grown;
    r->field_capacity = capacity;
  }
  std::string utf8;
  unicode::append_utf8(utf8, c);
  std::memcpy(r->field + r->field_size, utf8.data(), utf8.size());
  r->field_size += utf8.size();
  ++r->field_length;
}

bool is_newline(char32_t c) { return c == '\n' || c == '\r'; }

void process_char(ReaderObject* r, char32_t c) {
  DialectObject* d = r->dialect;
  switch (r->state) {
    case ParseState::StartRecord:
      if (c == kEndOfLine) return;
      if (is_newline(c)) {
        r->state = ParseState::EatCrNl;
        return;
      }
      r->state = ParseState::StartField;
      [[fallthrough]];
    case ParseState::StartField:
      if (is_newline(c) || c == kEndOfLine) {
        save_field(r);
        r->state = c == kEndOfLine ? ParseState::StartRecord : ParseState::EatCrNl;
      } else if (c == d->quotechar && d->quoting != kQuoteNone) {
        r->state = ParseState::InQuotedField;
      } else if (c == d->escapechar) {
        r->state = ParseState::EscapedChar;
      } else if (c == ' ' && d->skipinitialspace) {
      } else if (c == d->delimiter) {
        save_field(r);
      } else {
        if (d->quoting == kQuoteNonNumeric) r->numeric_field = true;
        add_char(r, c);
        r->state = ParseState::InField;
      }
      return;
    case ParseState::EscapedChar:
      if (is_newline(c)) {
        add_char(r, c);
        r->state = ParseState::AfterEscapedCrNl;
        return;
      }
      add_char(r, c == kEndOfLine ? '\n' : c);
      r->state = ParseState::InField;
      return;
    case ParseState::AfterEscapedCrNl:
      if (c == kEndOfLine) return;
      [[fallthrough]];
    case ParseState::InField:
      if (is_newline(c) || c == kEndOfLine) {
        save_field(r);
        r->state = c == kEndOfLine ? ParseState::StartRecord : ParseState::EatCrNl;
      } else if (c == d->escapechar) {
        r->state = ParseState::EscapedChar;
      } else if (c == d->delimiter) {
        save_field(r);
        r->state = ParseState::StartField;
      } else {
        add_char(r, c);
      }
      return;
    case ParseState::InQuotedField:
      if (c == kEndOfLine) {
      } else if (c == d->escapechar) {
        r->state = ParseState::EscapeInQuotedField;
      } else if (c == d->quotechar && d->quoting != kQuoteNone) {
        r->state = d->doublequote ? ParseState::QuoteInQuotedField : ParseState::InField;
      } else {
        add_char(r, c);
      }
      return;
    case ParseState::EscapeInQuotedField:
      add_char(r, c == kEndOfLine ? '\n' : c);
      r->state = ParseState::InQuotedField;
      return;
    case ParseState::QuoteInQuotedField:
      if (d->quoting != kQuoteNone && c == d->quotechar) {
        add_char(r, c);
        r->state = ParseState::InQuotedField;
      } else if (c == d->delimiter) {
        save_field(r);
        r->state = ParseState::StartField;
      } else if (is_newline(c) || c == kEndOfLine) {
        save_field(r);
        r->state = c == kEndOfLine ? ParseState::StartRecord : ParseState::EatCrNl;
      } else if (!d->strict) {
        add_char(r, c);
        r->state = ParseState::InField;
      } else {
        std::string message = "'";
        unicode::append_utf8(message, d->delimiter);
        message += "' expected after '";
        unicode::append_utf8(message, d->quotechar);
        raise_csv_error(message + "'");
      }
      return;
    case ParseState::EatCrNl:
      if (is_newline(c)) return;
      if (c == kEndOfLine) {
        r->state = ParseState::StartRecord;
        return;
      }
      raise_csv_error("new-line character seen in unquoted field - do you need to open the file "
                      "in universal-newline mode?");
  }
}

Value reader_next(Value self) {
  ReaderObject* r = as_reader(self);
  r->fields = make_list();
  clear_field(r);
  r->numeric_field = false;
  r->state = ParseState::StartRecord;
  do {
    Value line = iter_next(r->input);
    if (line.is_null()) {
      if (r->field_length != 0 || r->state == ParseState::InQuotedField) {
        if (r->dialect->strict) raise_csv_error("unexpected end of data");
        save_field(r);
        break;
      }
      return Value::null();
    }
    if (!is_str(line)) {
      raise_csv_error("iterator should return strings, not " + type_name(line) +
                      " (the file should be opened in text mode)");
    }
    ++r->line_num;
    std::string_view text = line.as<Str>()->view();
    for (size_t pos = 0; pos < text.size();) process_char(r, unicode::decode_utf8(text, pos));
    process_char(r, kEndOfLine);
  } while (r->state != ParseState::StartRecord);
  Value fields = wrap(r->fields);
  r->fields = make_list();
  return fields;
}

Value reader_iter(Value self) { return self; }

Value csv_reader(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value input;
  DialectObject* dialect = dialect_from_call(&dialect_type, args, nargs, kwnames, 1, &input);
  auto* r = static_cast<ReaderObject*>(allocate_instance(&reader_type));
  r->input = get_iter(input);
  r->dialect = dialect;
  r->fields = make_list();
  r->state = ParseState::StartRecord;
  return wrap(r);
}

Value reader_dialect(Value self) { return wrap(as_reader(self)->dialect); }
Value reader_line_num(Value self) { return make_int(as_reader(self)->line_num); }

// --- The writer ---

struct WriterObject : Object {
  Value write;  // the file's bound write method
  DialectObject* dialect;
};

WriterObject* as_writer(Value v) { return static_cast<WriterObject*>(v.as_object()); }

bool in_lineterminator(DialectObject* d, char32_t c) {
  std::string_view text = d->lineterminator->view();
  for (size_t pos = 0; pos < text.size();) {
    if (unicode::decode_utf8(text, pos) == c) return true;
  }
  return false;
}

// PyNumber_Check: ints, floats, complex and objects with __index__,
// __int__ or __float__.
bool is_number(Value v) {
  if (is_int(v) || is_float(v) || is_complex(v)) return true;
  Type* type = type_of(v);
  return type->index || type->to_int || type->to_float;
}

// Appends one field, quoted and escaped as the dialect says.
void append_field(DialectObject* d, std::string& line, Value field, bool only_field) {
  bool quoted;
  switch (d->quoting) {
    case kQuoteNonNumeric: quoted = !is_number(field); break;
    case kQuoteAll: quoted = true; break;
    default: quoted = false; break;
  }
  std::string text;
  if (is_none(field)) {
    text.clear();
  } else if (is_str(field)) {
    text = std::string(field.as<Str>()->view());
  } else if (is_float(field)) {
    text = repr_string(field);
  } else {
    text = str_string(field);
  }
  std::string body;
  for (size_t pos = 0; pos < text.size();) {
    char32_t c = unicode::decode_utf8(text, pos);
    bool want_escape = false;
    if (c == d->delimiter || c == d->escapechar || c == d->quotechar || in_lineterminator(d, c)) {
      if (d->quoting == kQuoteNone) {
        want_escape = true;
      } else {
        if (c == d->quotechar) {
          if (d->doublequote) {
            unicode::append_utf8(body, d->quotechar);
          } else {
            want_escape = true;
          }
        } else if (c == d->escapechar) {
          want_escape = true;
        }
        if (!want_escape) quoted = true;
      }
      if (want_escape) {
        if (d->escapechar == kNoChar) raise_csv_error("need to escape, but no escapechar set");
        unicode::append_utf8(body, d->escapechar);
      }
    }
    unicode::append_utf8(body, c);
  }
  if (text.empty() && only_field) {
    if (d->quoting == kQuoteNone) raise_csv_error("single empty field record must be quoted");
    quoted = true;
  }
  if (quoted) unicode::append_utf8(line, d->quotechar);
  line += body;
  if (quoted) unicode::append_utf8(line, d->quotechar);
}

Value writer_writerow(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("writerow", kwnames);
  check_positional("writerow", nargs, 1, 1);
  WriterObject* w = as_writer(self);
  Type* row_type = type_of(args[0]);
  if (!row_type->iter && !row_type->getitem) {
    raise_csv_error("iterable expected, not " + type_name(args[0]));
  }
  List* fields = list_from_iterable(args[0]);
  std::string line;
  for (size_t i = 0; i < fields->size; ++i) {
    if (i) unicode::append_utf8(line, w->dialect->delimiter);
    append_field(w->dialect, line, fields->items[i], fields->size == 1);
  }
  line += w->dialect->lineterminator->view();
  return call(w->write, {str_value(line)});
}

Value writer_writerows(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("writerows", kwnames);
  check_positional("writerows", nargs, 1, 1);
  Value iterator = get_iter(args[0]);
  for (Value row = iter_next(iterator); !row.is_null(); row = iter_next(iterator)) {
    writer_writerow(self, &row, 1, nullptr);
  }
  return none();
}

Value csv_writer(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value file;
  DialectObject* dialect = dialect_from_call(&dialect_type, args, nargs, kwnames, 1, &file);
  Value write = lookup_attr(file, intern("write"));
  if (write.is_null() || !is_callable(write)) {
    throw_type_error("argument 1 must have a \"write\" method");
  }
  auto* w = static_cast<WriterObject*>(allocate_instance(&writer_type));
  w->write = write;
  w->dialect = dialect;
  return wrap(w);
}

Value writer_dialect(Value self) { return wrap(as_writer(self)->dialect); }

// --- The registry ---

Value csv_register_dialect(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value name;
  if (nargs >= 1 && !is_str(args[0])) throw_type_error("dialect name must be a string");
  DialectObject* dialect = dialect_from_call(&dialect_type, args, nargs, kwnames, 1, &name);
  dict_set(dialects, name, wrap(dialect));
  return none();
}

Value csv_unregister_dialect(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"unregister_dialect", {"name"}, 1}, args, nargs, kwnames, bound);
  if (!dict_delete(dialects, bound[0])) raise_csv_error("unknown dialect");
  return none();
}

Value csv_get_dialect(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"get_dialect", {"name"}, 1}, args, nargs, kwnames, bound);
  return wrap(lookup_dialect(bound[0]));
}

Value csv_list_dialects(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("list_dialects", kwnames);
  check_positional("list_dialects", nargs, 0, 0);
  return wrap(list_from_iterable(wrap(dialects)));
}

Value csv_field_size_limit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"field_size_limit", {"new_limit"}, 0}, args, nargs, kwnames, bound);
  int64_t old = field_limit;
  if (!bound[0].is_null()) {
    if (!is_int(bound[0])) throw_type_error("limit must be an integer");
    field_limit = index_as_long(bound[0]);
  }
  return make_int(old);
}

void init_csv_types() {
  dialect_type.new_instance = dialect_new;
  init_static_type(&dialect_type, "_csv.Dialect", nullptr, sizeof(DialectObject), kTypeBaseType);
  set_type_doc(&dialect_type, "CSV dialect\n\nThe options of reading and writing one CSV format.");
  add_getsets(&dialect_type, {
      {"delimiter", dialect_delimiter}, {"quotechar", dialect_quotechar},
      {"escapechar", dialect_escapechar}, {"lineterminator", dialect_lineterminator},
      {"quoting", dialect_quoting}, {"doublequote", dialect_doublequote},
      {"skipinitialspace", dialect_skipinitialspace}, {"strict", dialect_strict},
  });
  reader_type.iter = reader_iter;
  reader_type.next = reader_next;
  init_static_type(&reader_type, "_csv.reader", nullptr, sizeof(ReaderObject), 0);
  reader_type.new_instance = nullptr;
  add_getsets(&reader_type, {{"dialect", reader_dialect}, {"line_num", reader_line_num}});
  init_static_type(&writer_type, "_csv.writer", nullptr, sizeof(WriterObject), 0);
  writer_type.new_instance = nullptr;
  add_methods(&writer_type, {
      {"writerow", writer_writerow, kMethodInstance,
       "Write one row (an iterable of fields) to the file, formatted by the dialect."},
      {"writerows", writer_writerows, kMethodInstance, "Write every row of an iterable."},
  });
  add_getsets(&writer_type, {{"dialect", writer_dialect}});
}

}  // namespace

Module* create_csv_module() {
  static Module* module = nullptr;
  if (module) return module;
  init_csv_types();
  module = make_module(intern("_csv"));
  add_functions(module, {
      {"reader", csv_reader, kMethodInstance,
       "reader(iterable [, dialect='excel'] [, **fmtparams]): the rows of CSV lines."},
      {"writer", csv_writer, kMethodInstance,
       "writer(fileobj [, dialect='excel'] [, **fmtparams]): writes rows as CSV lines."},
      {"register_dialect", csv_register_dialect, kMethodInstance,
       "Register a dialect under a name."},
      {"unregister_dialect", csv_unregister_dialect, kMethodInstance,
       "Remove a registered dialect."},
      {"get_dialect", csv_get_dialect, kMethodInstance, "The dialect registered under a name."},
      {"list_dialects", csv_list_dialects, kMethodInstance, "The names of the registered dialects."},
      {"field_size_limit", csv_field_size_limit, kMethodInstance,
       "Set the largest field the reader accepts; returns the previous limit."},
  });
  dialects = make_dict();
  csv_error = make_exception_class("_csv.Error", &exc_Exception);
  dict_set_str(module->dict, intern("Error"), wrap(csv_error));
  dict_set_str(module->dict, intern("Dialect"), wrap(&dialect_type));
  dict_set_str(module->dict, intern("Reader"), wrap(&reader_type));
  dict_set_str(module->dict, intern("Writer"), wrap(&writer_type));
  dict_set_str(module->dict, intern("_dialects"), wrap(dialects));
  dict_set_str(module->dict, intern("__version__"), str_value("1.0"));
  add_int_constants(module, {{"QUOTE_MINIMAL", kQuoteMinimal}, {"QUOTE_ALL", kQuoteAll},
                             {"QUOTE_NONNUMERIC", kQuoteNonNumeric}, {"QUOTE_NONE", kQuoteNone}});
  dict_set_str(module->dict, intern("__doc__"), str_value("The CSV reader and writer of the csv module."));
  return module;
}

}  // namespace krait
