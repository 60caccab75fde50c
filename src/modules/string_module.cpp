// The `_string` module (see modules/string_module.h). Both iterators read the
// string lazily with str.format's own parser (objects/str_format.h), so a
// malformed string raises when iteration reaches the fault, as in CPython.
#include "modules/string_module.h"

#include <string>

#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/str_format.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/unicode.h"

namespace krait {

namespace {

Type formatter_iterator_type;
Type field_name_iterator_type;

struct FormatterIterator : Object {
  Str* text;
  size_t pos;  // byte offset of the next piece
};

struct FieldNameIterator : Object {
  Str* name;
  size_t pos;  // byte offset of the next ".attr" or "[key]"
};

Value iterator_self(Value self) { return self; }

Str* checked_str(Value v) {
  if (!is_str(v)) throw_type_error("expected str, got " + type_name(v));
  return v.as<Str>();
}

// A field name part as CPython gives it: an int when it is all digits.
Value name_part_value(std::string_view part) {
  int64_t index = field_integer(part);
  return index >= 0 ? make_int(index) : str_value(part);
}

Value formatter_iterator_next(Value self) {
  auto* it = static_cast<FormatterIterator*>(self.as_object());
  std::string_view text = it->text->view();
  FormatPiece piece;
  if (!next_format_piece(text, it->pos, piece)) return Value::null();
  if (!piece.has_field) {
    return Value::from_object(make_tuple({str_value(piece.literal), none(), none(), none()}));
  }
  Value conversion = none();
  if (piece.conversion) {
    std::string utf8;
    unicode::append_utf8(utf8, piece.conversion);
    conversion = str_value(utf8);
  }
  return Value::from_object(make_tuple({str_value(piece.literal), str_value(piece.field_name),
                                        str_value(piece.spec), conversion}));
}

Value field_name_iterator_next(Value self) {
  auto* it = static_cast<FieldNameIterator*>(self.as_object());
  bool is_attribute = false;
  std::string_view key;
  if (!next_field_name_part(it->name->view(), it->pos, is_attribute, key)) return Value::null();
  return Value::from_object(make_tuple(
      {make_bool(is_attribute), is_attribute ? str_value(key) : name_part_value(key)}));
}

Value string_formatter_parser(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("formatter_parser", kwnames);
  check_positional("formatter_parser", nargs, 1, 1);
  Str* text = checked_str(args[0]);
  auto* it = static_cast<FormatterIterator*>(allocate_instance(&formatter_iterator_type));
  it->text = text;
  it->pos = 0;
  return Value::from_object(it);
}

Value string_formatter_field_name_split(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("formatter_field_name_split", kwnames);
  check_positional("formatter_field_name_split", nargs, 1, 1);
  Str* name = checked_str(args[0]);
  std::string_view first = field_name_first(name->view());
  Value first_value = name_part_value(first);
  auto* it = static_cast<FieldNameIterator*>(allocate_instance(&field_name_iterator_type));
  it->name = name;
  it->pos = first.size();
  return Value::from_object(make_tuple({first_value, Value::from_object(it)}));
}

void init_iterator(Type* type, const char* name, uint32_t size, IterNextFn next) {
  type->iter = iterator_self;
  type->next = next;
  init_static_type(type, name, nullptr, size, kTypeImmutable);
}

}  // namespace

Module* create_string_module() {
  static Module* module = nullptr;
  if (module) return module;
  init_iterator(&formatter_iterator_type, "formatteriterator", sizeof(FormatterIterator),
                formatter_iterator_next);
  init_iterator(&field_name_iterator_type, "fieldnameiterator", sizeof(FieldNameIterator),
                field_name_iterator_next);
  module = make_module(intern("_string"));
  add_functions(module, {
      {"formatter_parser", string_formatter_parser, kMethodInstance,
       "parse the argument as a format string"},
      {"formatter_field_name_split", string_formatter_field_name_split, kMethodInstance,
       "split the argument as a field name"},
  });
  dict_set_str(module->dict, intern("__doc__"), str_value("string helper module"));
  return module;
}

}  // namespace krait
