// Struct sequence types: named-field tuple subclasses made at run time.
#include "objects/structseq.h"

#include <gc/gc.h>

#include <new>
#include <string>

#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

StructSeqType* struct_type_of(Value v) { return static_cast<StructSeqType*>(type_of(v)); }

// Every field lives inline after the tuple header, hidden ones after the
// visible ones; the tuple size covers the visible ones only.
Value* field_slots(Value instance) { return instance.as<Tuple>()->items(); }

Value allocate_struct_sequence(StructSeqType* type) {
  auto* tuple = static_cast<Tuple*>(allocate_instance(type, type->field_count));
  tuple->size = type->visible_count;
  return Value::from_object(tuple);
}

Value struct_sequence_repr(Value self) {
  StructSeqType* type = struct_type_of(self);
  std::string text = type->native_name;
  text += '(';
  Value* fields = field_slots(self);
  for (size_t i = 0; i < type->visible_count; ++i) {
    if (i > 0) text += ", ";
    text += str_view((*type->member_names)[i]);
    text += '=';
    text += repr(fields[i])->view();
  }
  text += ')';
  return str_value(text);
}

bool is_field_name(StructSeqType* type, Str* name) {
  for (size_t i = 0; i < type->member_names->size; ++i) {
    if (str_equal((*type->member_names)[i].as<Str>(), name)) return true;
  }
  return false;
}

void struct_sequence_setattr(Value self, Str* name, Value value) {
  StructSeqType* type = struct_type_of(self);
  if (is_field_name(type, name)) raise(&exc_AttributeError, "readonly attribute");
  // CPython names a native type by its dotted name here.
  raise(&exc_AttributeError, std::string("'") + type->native_name + "' object has no attribute '" +
                                 std::string(name->view()) + "'");
}

Value struct_sequence_refuse_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  throw_type_error(std::string("cannot create '") + type->native_name + "' instances");
}

// The name __reduce__ and the constructor's dict give hidden field `index`.
Value hidden_field_name(StructSeqType* type, size_t index) {
  return (*type->member_names)[index - type->unnamed_count];
}

Value struct_sequence_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("__reduce__", kwnames);
  check_positional("__reduce__", nargs, 0, 0);
  StructSeqType* type = struct_type_of(self);
  Value* fields = field_slots(self);
  Tuple* visible = make_tuple(fields, type->visible_count);
  Dict* hidden = make_dict();
  for (size_t i = type->visible_count; i < type->field_count; ++i) {
    dict_set(hidden, hidden_field_name(type, i), fields[i]);
  }
  Tuple* arguments = make_tuple({Value::from_object(visible), Value::from_object(hidden)});
  return Value::from_object(
      make_tuple({Value::from_object(type), Value::from_object(arguments)}));
}

}  // namespace

// T(sequence, dict=None): the sequence gives the visible fields and possibly
// some hidden ones; the dict supplies the remaining hidden ones by name.
Value struct_sequence_new(Type* type_arg, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* type = static_cast<StructSeqType*>(type_arg);
  std::string name = type->native_name;
  Value bound[2];
  bind_arguments({"structseq", {"sequence", "dict"}, 1}, args, nargs, kwnames, bound);
  Value sequence = bound[0];
  Value dict = bound[1].is_null() ? none() : bound[1];
  Tuple* items;
  if (is_tuple(sequence)) {
    items = sequence.as<Tuple>();
  } else {
    Value iterator;
    try {
      iterator = get_iter(sequence);
    } catch (const PyException&) {
      if (!current_exception_matches(&exc_TypeError)) throw;
      clear_current_exception();
      throw_type_error("constructor requires a sequence");
    }
    items = tuple_from_iterable(iterator);
  }
  size_t given = items->size;
  if (given < type->visible_count) {
    throw_type_error(type->visible_count == type->field_count
                         ? format("%s() takes a %zu-sequence (%zu-sequence given)", name.c_str(),
                                  type->visible_count, given)
                         : format("%s() takes an at least %zu-sequence (%zu-sequence given)",
                                  name.c_str(), type->visible_count, given));
  }
  if (given > type->field_count) {
    throw_type_error(type->visible_count == type->field_count
                         ? format("%s() takes a %zu-sequence (%zu-sequence given)", name.c_str(),
                                  type->field_count, given)
                         : format("%s() takes an at most %zu-sequence (%zu-sequence given)",
                                  name.c_str(), type->field_count, given));
  }
  if (!is_none(dict) && !is_dict(dict)) {
    throw_type_error(name + "() takes a dict as second arg, if any");
  }
  Value result = allocate_struct_sequence(type);
  Value* fields = field_slots(result);
  for (size_t i = 0; i < given; ++i) fields[i] = (*items)[i];
  for (size_t i = given; i < type->field_count; ++i) {
    Value value = is_none(dict) ? Value::null() : dict_get(dict.as<Dict>(), hidden_field_name(type, i));
    fields[i] = value.is_null() ? none() : value;
  }
  return result;
}

StructSeqType* make_struct_sequence_type(const char* dotted_name,
                                         std::initializer_list<const char*> fields,
                                         size_t visible, bool instantiable) {
  // Types live as long as the runtime: uncollectable, and scanned for the
  // objects they point to.
  void* memory = GC_MALLOC_UNCOLLECTABLE(sizeof(StructSeqType));
  if (!memory) throw_memory_error();
  auto* type = new (memory) StructSeqType{};
  type->field_count = fields.size();
  type->visible_count = visible < fields.size() ? visible : fields.size();
  type->repr = struct_sequence_repr;
  type->setattr = struct_sequence_setattr;
  type->new_instance = instantiable ? struct_sequence_new : struct_sequence_refuse_new;
  type->item_size = sizeof(Value);
  init_static_type(type, dotted_name, &tuple_type, sizeof(Tuple), 0);

  Tuple* names_tuple = make_tuple(fields.size());
  size_t index = 0;
  for (const char* field : fields) {
    (*names_tuple)[index++] = field ? Value::from_object(intern(field)) : none();
    if (!field) ++type->unnamed_count;
  }
  type->field_names = names_tuple;
  Tuple* members = make_tuple(fields.size() - type->unnamed_count);
  index = 0;
  for (size_t i = 0; i < type->field_count; ++i) {
    if (!is_none((*names_tuple)[i])) (*members)[index++] = (*names_tuple)[i];
  }
  type->member_names = members;

  Dict* dict = type_dict(type);
  for (size_t i = 0; i < type->field_count; ++i) {
    if (is_none((*names_tuple)[i])) continue;
    Str* field = (*names_tuple)[i].as<Str>();
    dict_set_str(dict, field,
                 make_member_descriptor(type, field,
                                        static_cast<uint32_t>(sizeof(Tuple) + i * sizeof(Value))));
  }
  dict_set_str(dict, intern("n_sequence_fields"),
               make_int(static_cast<int64_t>(type->visible_count)));
  dict_set_str(dict, intern("n_fields"), make_int(static_cast<int64_t>(type->field_count)));
  dict_set_str(dict, intern("n_unnamed_fields"), make_int(static_cast<int64_t>(type->unnamed_count)));
  dict_set_str(dict, intern("__match_args__"),
               Value::from_object(
                   make_tuple(members->items(), type->visible_count - type->unnamed_count)));
  add_methods(type, {{"__reduce__", struct_sequence_reduce}});
  type_modified(type);
  return type;
}

Value make_struct_sequence(StructSeqType* type, std::initializer_list<Value> values) {
  return make_struct_sequence(type, values.begin(), values.size());
}

Value make_struct_sequence(StructSeqType* type, const Value* values, size_t count) {
  Value result = allocate_struct_sequence(type);
  Value* fields = field_slots(result);
  for (size_t i = 0; i < type->field_count; ++i) fields[i] = i < count ? values[i] : none();
  return result;
}

Value struct_sequence_field(Value instance, size_t index) { return field_slots(instance)[index]; }

}  // namespace krait
