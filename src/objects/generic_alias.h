// types.GenericAlias (`list[int]`, PEP 585) and types.UnionType (`int | str`,
// PEP 604): the parameterised forms of classes that typing builds on.
#pragma once

#include "runtime/object.h"
#include "runtime/protocol.h"

namespace krait {

extern Type generic_alias_type;  // "types.GenericAlias"
extern Type union_type;          // "types.UnionType"

struct GenericAlias : Object {
  Value origin;         // __origin__
  Tuple* args;          // __args__ (always a tuple)
  Tuple* parameters;    // __parameters__, computed on first use (null until then)
  bool starred;         // `*tuple[int]`, what iterating an alias yields
};

struct UnionObject : Object {
  Tuple* args;        // __args__: deduplicated, flattened, None as NoneType
  Tuple* parameters;  // computed on first use
};

// `origin[args]`: `args` is the subscript (a tuple makes several arguments).
Value make_generic_alias(Value origin, Value args);
// The __class_getitem__ that builtin generic classes share (a classmethod).
Value generic_class_getitem(Value cls, const Value* args, size_t nargs, Tuple* kwnames);

// The __args__ of `self[item]`: `parameters` (the type variables among
// `args`) replaced by the items, TypeVarTuples taking several (CPython's
// _Py_subs_parameters).
Tuple* substitute_parameters(Value self, Tuple* args, Tuple* parameters, Value item);

// `left | right` for types, aliases, None and unions; NotImplemented for
// anything else (type.__or__ / __ror__).
Value union_or(Value left, Value right);
// The members an isinstance/issubclass check against a union tries.
inline Tuple* union_args(Value v) { return v.as<UnionObject>()->args; }
inline bool is_union(Value v) { return v.is_object() && v.as_object()->type == &union_type; }
// Subclasses count (collections.abc's _CallableGenericAlias), as CPython's
// _PyGenericAlias_Check.
inline bool is_generic_alias(Value v) { return is_instance_of(v, &generic_alias_type); }

// Start-up (called from init_class_types).
void init_generic_alias_types();

}  // namespace krait
