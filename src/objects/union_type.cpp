// types.UnionType: `int | str` as CPython's Objects/unionobject.c. The
// members are flattened and deduplicated; a union of one member is that
// member. isinstance/issubclass take a union like a tuple (runtime/protocol.cpp).
#include <string>

#include "objects/container_support.h"
#include "objects/dict.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

Type union_type;

std::string alias_item_repr(Value item);
Tuple* collect_parameters(Tuple* args);

namespace {

Value none_type_value() { return Value::from_object(&none_type); }

bool is_unionable(Value v) {
  return is_none(v) || is_instance_of(v, &type_type) || is_generic_alias(v) || is_union(v);
}

// The members of `left | right`: unions spliced in, None as NoneType, each
// member once (aliases compared by ==, the rest by identity).
Tuple* union_members(Value left, Value right) {
  gc::vector<Value> members;
  auto add = [&](Value member) {
    if (is_none(member)) member = none_type_value();
    for (Value seen : members) {
      bool duplicate = is_generic_alias(seen) && is_generic_alias(member)
                           ? equals(seen, member)
                           : seen.is(member);
      if (duplicate) return;
    }
    members.push_back(member);
  };
  for (Value side : {left, right}) {
    if (is_union(side)) {
      Tuple* args = union_args(side);
      for (size_t i = 0; i < args->size; ++i) add((*args)[i]);
    } else {
      add(side);
    }
  }
  return make_tuple(members.data(), members.size());
}

UnionObject* as_union(Value v) { return v.as<UnionObject>(); }

Value union_repr(Value self) {
  Tuple* args = union_args(self);
  std::string text;
  for (size_t i = 0; i < args->size; ++i) {
    if (i) text += " | ";
    Value member = (*args)[i];
    text += member.is(none_type_value()) ? "None" : alias_item_repr(member);
  }
  return str_value(text);
}

bool contains_member(Tuple* args, Value member) {
  for (size_t i = 0; i < args->size; ++i) {
    if (equals((*args)[i], member)) return true;
  }
  return false;
}

// Unions compare as the sets of their members.
Value union_richcompare(Value self, Value other, CompareOp op) {
  if (!is_union(other) || (op != CompareOp::Eq && op != CompareOp::Ne)) return not_implemented();
  Tuple* a = union_args(self);
  Tuple* b = union_args(other);
  bool same = true;
  for (size_t i = 0; i < a->size && same; ++i) same = contains_member(b, (*a)[i]);
  for (size_t i = 0; i < b->size && same; ++i) same = contains_member(a, (*b)[i]);
  return make_bool(op == CompareOp::Eq ? same : !same);
}

int64_t union_hash(Value self) {
  Value members = call(Value::from_object(&frozenset_type), {Value::from_object(union_args(self))});
  return hash(members);
}

Value union_or_slot(Value left, Value right) { return union_or(left, right); }

Value args_get(Value self) { return Value::from_object(union_args(self)); }

Tuple* union_parameters(UnionObject* object) {
  if (!object->parameters) object->parameters = collect_parameters(object->args);
  return object->parameters;
}

Value parameters_get(Value self) { return Value::from_object(union_parameters(as_union(self))); }

// union[items] substitutes type variables in the members, then joins the
// results with `|` again.
Value union_getitem(Value self, Value item) {
  Tuple* members = substitute_parameters(self, union_args(self),
                                         union_parameters(as_union(self)), item);
  if (members->size == 0) {
    auto* object = static_cast<UnionObject*>(allocate_instance(&union_type));
    object->args = members;
    return Value::from_object(object);
  }
  Value result = (*members)[0];
  for (size_t i = 1; i < members->size; ++i) {
    result = binary_op(result, (*members)[i], BinaryOp::Or);
  }
  return result;
}

// typing reads a union's __module__, which is its type's.
Value union_getattr(Value self, Str* name) {
  if (name->view() == "__module__") return getattr(Value::from_object(&union_type), name);
  return generic_getattr(self, name);
}

}  // namespace

Value union_or(Value left, Value right) {
  if (!is_unionable(left) || !is_unionable(right)) return not_implemented();
  Tuple* members = union_members(left, right);
  if (members->size == 1) return (*members)[0];
  auto* object = static_cast<UnionObject*>(allocate_instance(&union_type));
  object->args = members;
  return Value::from_object(object);
}

void init_union_type() {
  union_type.repr = union_repr;
  union_type.hash = union_hash;
  union_type.richcompare = union_richcompare;
  union_type.number[static_cast<int>(BinaryOp::Or)] = union_or_slot;
  union_type.getitem = union_getitem;
  union_type.getattr = union_getattr;
  init_static_type(&union_type, "types.UnionType", nullptr, sizeof(UnionObject), 0);
  union_type.new_instance = nullptr;  // made only by the runtime, as CPython's
  add_getsets(&union_type, {
      {"__args__", args_get, readonly_member_set},
      {"__parameters__", parameters_get},
  });
  set_type_doc(&union_type, "Represent a PEP 604 union type\n\nE.g. for int | str");
}

}  // namespace krait
