// mappingproxy: every read goes to the wrapped mapping (a dict takes the
// direct path); writes are refused because the type has no setitem slot.
#include "objects/mappingproxy.h"

#include <string>

#include "objects/dict.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

Type mappingproxy_type;

namespace {

Value mapping_of(Value self) { return self.as<MappingProxy>()->mapping; }

Dict* exact_dict_of(Value self) {
  Value mapping = mapping_of(self);
  return is_exact_dict(mapping) ? mapping.as<Dict>() : nullptr;
}

// CPython's mappingproxy_check_mapping: a mapping, but not a list or tuple
// (which have __getitem__ too).
bool accepts_mapping(Value mapping) {
  Type* type = type_of(mapping);
  if (!type->getitem || (type->flags & (kTypeListSubclass | kTypeTupleSubclass))) return false;
  return !is_instance_of(mapping, &type_type);
}

Value mappingproxy_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"mappingproxy", {"mapping"}, 1}, args, nargs, kwnames, bound);
  if (!accepts_mapping(bound[0])) {
    throw_type_error("mappingproxy() argument must be a mapping, not " + type_name(bound[0]));
  }
  return make_mappingproxy(bound[0]);
}

Value mappingproxy_repr(Value self) {
  return str_value("mappingproxy(" + repr_string(mapping_of(self)) + ")");
}

Value mappingproxy_str(Value self) { return Value::from_object(str(mapping_of(self))); }

Value mappingproxy_getitem(Value self, Value key) {
  if (Dict* dict = exact_dict_of(self)) {
    Value value = dict_get(dict, key);
    if (value.is_null()) throw_key_error(key);
    return value;
  }
  return getitem(mapping_of(self), key);
}

int64_t mappingproxy_len(Value self) { return length(mapping_of(self)); }

bool mappingproxy_contains(Value self, Value key) {
  if (Dict* dict = exact_dict_of(self)) return !dict_get(dict, key).is_null();
  return contains(mapping_of(self), key);
}

Value mappingproxy_iter(Value self) { return get_iter(mapping_of(self)); }

Value mappingproxy_richcompare(Value self, Value other, CompareOp op) {
  return compare(mapping_of(self), other, op);
}

Value unwrap(Value v) {
  return type_of(v) == &mappingproxy_type ? mapping_of(v) : v;
}

Value mappingproxy_or(Value left, Value right) {
  return binary_op(unwrap(left), unwrap(right), BinaryOp::Or);
}

Value mappingproxy_ior(Value left, Value right) {
  throw_type_error("'|=' is not supported by " + type_name(left) + "; use '|' instead");
}

Value mappingproxy_get(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("get", kwnames);
  check_positional("get", nargs, 1, 2);
  Value fallback = nargs == 2 ? args[1] : none();
  if (Dict* dict = exact_dict_of(self)) {
    Value value = dict_get(dict, args[0]);
    return value.is_null() ? fallback : value;
  }
  return call_method(mapping_of(self), intern("get"), {args[0], fallback});
}

// keys(), values(), items() and copy() are the mapping's own.
Value forward_call(Value self, size_t nargs, const char* method, Str* name) {
  check_positional(method, nargs, 0, 0);
  return call_method(mapping_of(self), name, {});
}

Value mappingproxy_keys(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return forward_call(self, nargs, "keys", names.keys);
}

Value mappingproxy_values(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return forward_call(self, nargs, "values", names.values);
}

Value mappingproxy_items(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return forward_call(self, nargs, "items", names.items);
}

Str* copy_name;

Value mappingproxy_copy(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return forward_call(self, nargs, "copy", copy_name);
}

Value mappingproxy_reversed(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_positional("__reversed__", nargs, 0, 0);
  return call(Value::from_object(&reversed_type), {mapping_of(self)});
}

}  // namespace

Value make_mappingproxy(Value mapping) {
  auto* proxy = static_cast<MappingProxy*>(allocate_instance(&mappingproxy_type));
  proxy->mapping = mapping;
  return Value::from_object(proxy);
}

void init_mappingproxy_type() {
  copy_name = intern("copy");
  mappingproxy_type.new_instance = mappingproxy_new;
  mappingproxy_type.repr = mappingproxy_repr;
  mappingproxy_type.str = mappingproxy_str;
  mappingproxy_type.getitem = mappingproxy_getitem;
  mappingproxy_type.len = mappingproxy_len;
  mappingproxy_type.contains = mappingproxy_contains;
  mappingproxy_type.iter = mappingproxy_iter;
  mappingproxy_type.richcompare = mappingproxy_richcompare;
  mappingproxy_type.number[static_cast<int>(BinaryOp::Or)] = mappingproxy_or;
  mappingproxy_type.inplace[static_cast<int>(BinaryOp::Or)] = mappingproxy_ior;
  init_static_type(&mappingproxy_type, "mappingproxy", nullptr, sizeof(MappingProxy), 0);
  add_methods(&mappingproxy_type, {
      {"get", mappingproxy_get},
      {"keys", mappingproxy_keys},
      {"values", mappingproxy_values},
      {"items", mappingproxy_items},
      {"copy", mappingproxy_copy},
      {"__reversed__", mappingproxy_reversed},
  });
}

}  // namespace krait
