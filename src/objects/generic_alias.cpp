// types.GenericAlias: `list[int]` as CPython's Objects/genericaliasobject.c.
// Most attributes are the origin's (`list[int].append`), the alias only adds
// __origin__, __args__ and __parameters__; calling it creates the origin.
#include "objects/generic_alias.h"

#include <string>
#include <string_view>

#include "objects/container_support.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

Type generic_alias_type;
Type generic_alias_iterator_type;

// Shared with union_type.cpp: how an alias argument shows in a repr.
std::string alias_item_repr(Value item);
// Shared with union_type.cpp: the type variables among `args`, in order.
Tuple* collect_parameters(Tuple* args);

namespace {

Str* origin_name;
Str* args_name;
Str* typing_subst_name;
Str* parameters_name;
Str* orig_class_name;
Str* typing_is_unpacked_typevartuple_name;
Str* typing_unpacked_tuple_args_name;
Str* typing_prepare_subst_name;

GenericAlias* as_alias(Value v) { return v.as<GenericAlias>(); }

Tuple* as_args_tuple(Value args) {
  return is_tuple(args) ? args.as<Tuple>() : make_tuple({args});
}

GenericAlias* new_alias(Type* type, Value origin, Value args) {
  auto* alias = static_cast<GenericAlias*>(allocate_instance(type));
  alias->origin = origin;
  alias->args = as_args_tuple(args);
  return alias;
}

Tuple* alias_parameters(GenericAlias* alias) {
  if (!alias->parameters) alias->parameters = collect_parameters(alias->args);
  return alias->parameters;
}

Value alias_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("GenericAlias", kwnames);
  check_positional("GenericAlias", nargs, 2, 2);
  return Value::from_object(new_alias(type, args[0], args[1]));
}

Value alias_repr(Value self) {
  GenericAlias* alias = as_alias(self);
  std::string text = (alias->starred ? "*" : "") + alias_item_repr(alias->origin) + "[";
  if (alias->args->size == 0) text += "()";
  for (size_t i = 0; i < alias->args->size; ++i) {
    if (i) text += ", ";
    text += alias_item_repr((*alias->args)[i]);
  }
  return str_value(text + "]");
}

int64_t alias_hash(Value self) {
  GenericAlias* alias = as_alias(self);
  int64_t result = hash(alias->origin) ^ hash(Value::from_object(alias->args));
  return result == -1 ? -2 : result;
}

Value alias_richcompare(Value self, Value other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_generic_alias(other)) {
    return not_implemented();
  }
  GenericAlias* a = as_alias(self);
  GenericAlias* b = as_alias(other);
  bool same = a->starred == b->starred && equals(a->origin, b->origin) &&
              equals(Value::from_object(a->args), Value::from_object(b->args));
  return make_bool(op == CompareOp::Eq ? same : !same);
}

Value alias_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  Value result = call(as_alias(callable)->origin, args, nargs, kwnames);
  try {
    setattr(result, orig_class_name, callable);
  } catch (const PyException&) {
    if (!current_exception_matches(&exc_AttributeError) &&
        !current_exception_matches(&exc_TypeError)) {
      throw;
    }
    clear_current_exception();
  }
  return result;
}

// The names the alias answers itself; every other attribute is the origin's.
constexpr std::string_view kOwnAttributes[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__"};

bool is_alias_own_attribute(Str* name) {
  std::string_view text = name->view();
  for (std::string_view own : kOwnAttributes) {
    if (text == own) return true;
  }
  return false;
}

// The origin's names and the alias's own.
Value alias_dir(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_positional("__dir__", nargs, 0, 0);
  Value names_list = call(builtin_named("dir"), {as_alias(self)->origin});
  for (std::string_view own : kOwnAttributes) {
    Value name = Value::from_object(intern(own));
    if (!contains(names_list, name)) list_append(names_list.as<List>(), name);
  }
  return names_list;
}

Value alias_getattr(Value self, Str* name) {
  if (!is_alias_own_attribute(name)) return getattr(as_alias(self)->origin, name);
  return generic_getattr(self, name);
}

// `*Ts`: an argument that stands for any number of items.
bool is_unpacked_typevartuple(Value arg) {
  if (is_instance_of(arg, &type_type)) return false;
  Value flag = lookup_attr(arg, typing_is_unpacked_typevartuple_name);
  return !flag.is_null() && truthy(flag);
}

// The items `*tuple[int, str]` (or `*Tuple[...]`) unpacks to; null for
// anything else.
Tuple* unpacked_tuple_items(Value arg) {
  if (is_generic_alias(arg)) {
    GenericAlias* alias = as_alias(arg);
    if (alias->starred && alias->origin.is(Value::from_object(&tuple_type))) return alias->args;
  }
  Value items = lookup_attr(arg, typing_unpacked_tuple_args_name);
  if (items.is_null() || !is_tuple(items)) return nullptr;
  return items.as<Tuple>();
}

// The subscript as a tuple of items, each fixed-length `*tuple[...]` spliced in.
Tuple* unpack_items(Value item) {
  Tuple* items = as_args_tuple(item);
  gc::vector<Value> result;
  for (size_t i = 0; i < items->size; ++i) {
    Value entry = (*items)[i];
    if (!is_instance_of(entry, &type_type)) {
      Tuple* inner = unpacked_tuple_items(entry);
      if (inner && !(inner->size && (*inner)[inner->size - 1].is(ellipsis()))) {
        for (size_t j = 0; j < inner->size; ++j) result.push_back((*inner)[j]);
        continue;
      }
    }
    result.push_back(entry);
  }
  return make_tuple(result.data(), result.size());
}

size_t parameter_index(Tuple* parameters, Value parameter) {
  for (size_t i = 0; i < parameters->size; ++i) {
    if ((*parameters)[i].is(parameter)) return i;
  }
  return parameters->size;
}

// An argument that is itself generic (`list[T]`) subscripted with the items
// its own parameters get; a TypeVarTuple's items are spliced in.
Value substitute_inner(Value arg, Tuple* parameters, Tuple* items) {
  Value inner = lookup_attr(arg, parameters_name);
  if (inner.is_null() || !is_tuple(inner) || inner.as<Tuple>()->size == 0) return arg;
  Tuple* inner_parameters = inner.as<Tuple>();
  gc::vector<Value> inner_items;
  for (size_t i = 0; i < inner_parameters->size; ++i) {
    Value parameter = (*inner_parameters)[i];
    size_t index = parameter_index(parameters, parameter);
    if (index == parameters->size) {
      inner_items.push_back(parameter);
      continue;
    }
    Value value = (*items)[index];
    // An iterable parameter is a TypeVarTuple, whose item is a tuple.
    if (type_of(parameter)->iter && is_tuple(value)) {
      Tuple* spliced = value.as<Tuple>();
      for (size_t j = 0; j < spliced->size; ++j) inner_items.push_back((*spliced)[j]);
    } else {
      inner_items.push_back(value);
    }
  }
  return getitem(arg, Value::from_object(make_tuple(inner_items.data(), inner_items.size())));
}

}  // namespace

Tuple* substitute_parameters(Value self, Tuple* args, Tuple* parameters, Value item) {
  if (parameters->size == 0) throw_type_error(repr_string(self) + " is not a generic class");
  Tuple* items = unpack_items(item);
  // TypeVarTuples and ParamSpecs regroup the items first (typing's
  // __typing_prepare_subst__).
  for (size_t i = 0; i < parameters->size; ++i) {
    Value prepare = lookup_attr((*parameters)[i], typing_prepare_subst_name);
    if (prepare.is_null() || is_none(prepare)) continue;
    Value prepared = call(prepare, {self, Value::from_object(items)});
    items = as_args_tuple(prepared);
  }
  if (items->size != parameters->size) {
    throw_type_error(std::string(items->size > parameters->size ? "Too many" : "Too few") +
                     " arguments for " + repr_string(self) + "; actual " +
                     std::to_string(items->size) + ", expected " +
                     std::to_string(parameters->size));
  }
  gc::vector<Value> substituted;
  for (size_t i = 0; i < args->size; ++i) {
    Value arg = (*args)[i];
    if (is_instance_of(arg, &type_type)) {
      substituted.push_back(arg);
      continue;
    }
    bool unpack = is_unpacked_typevartuple(arg);
    Value subst = lookup_attr(arg, typing_subst_name);
    // An argument that gained __typing_subst__ after __parameters__ was
    // computed is not among them: it is taken as any other argument.
    size_t index = subst.is_null() ? parameters->size : parameter_index(parameters, arg);
    if (index < parameters->size) {
      arg = call(subst, {(*items)[index]});
    } else {
      arg = substitute_inner(arg, parameters, items);
    }
    if (unpack) {
      Tuple* spliced = tuple_from_iterable(arg);
      for (size_t j = 0; j < spliced->size; ++j) substituted.push_back((*spliced)[j]);
    } else {
      substituted.push_back(arg);
    }
  }
  return make_tuple(substituted.data(), substituted.size());
}

namespace {

// alias[items]: substitutes the type variables of __parameters__.
Value alias_getitem(Value self, Value item) {
  GenericAlias* alias = as_alias(self);
  Tuple* substituted = substitute_parameters(self, alias->args, alias_parameters(alias), item);
  auto* result = new_alias(&generic_alias_type, alias->origin, Value::from_object(substituted));
  result->starred = alias->starred;
  return Value::from_object(result);
}

Value alias_or(Value left, Value right) { return union_or(left, right); }

Value origin_get(Value self) { return as_alias(self)->origin; }
Value args_get(Value self) { return Value::from_object(as_alias(self)->args); }
Value parameters_get(Value self) { return Value::from_object(alias_parameters(as_alias(self))); }
Value unpacked_get(Value self) { return make_bool(as_alias(self)->starred); }
Value unpacked_tuple_args_get(Value self) {
  GenericAlias* alias = as_alias(self);
  if (!alias->starred || !alias->origin.is(Value::from_object(&tuple_type))) return none();
  return Value::from_object(alias->args);
}

// Iterating an alias yields the starred alias once (`*tuple[int, str]`).
struct AliasIterator : Object {
  GenericAlias* alias;  // null once exhausted
};

Value alias_iter(Value self) {
  auto* iterator = static_cast<AliasIterator*>(allocate_instance(&generic_alias_iterator_type));
  iterator->alias = as_alias(self);
  return Value::from_object(iterator);
}

Value alias_iterator_next(Value self) {
  auto* iterator = self.as<AliasIterator>();
  GenericAlias* alias = iterator->alias;
  if (!alias) return Value::null();
  iterator->alias = nullptr;
  GenericAlias* starred = new_alias(type_of(Value::from_object(alias)), alias->origin,
                                    Value::from_object(alias->args));
  starred->starred = true;
  return Value::from_object(starred);
}

Value alias_iterator_self(Value self) { return self; }

Value alias_iterator_reduce(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_positional("__reduce__", nargs, 0, 0);
  GenericAlias* alias = self.as<AliasIterator>()->alias;
  Value source = alias ? Value::from_object(alias) : Value::from_object(make_tuple(0));
  return iterator_reduce("iter", source, Value::null());
}

Value alias_mro_entries(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_positional("__mro_entries__", nargs, 1, 1);
  return Value::from_object(make_tuple({as_alias(self)->origin}));
}

Value alias_instancecheck(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  throw_type_error("isinstance() argument 2 cannot be a parameterized generic");
}

Value alias_subclasscheck(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  throw_type_error("issubclass() argument 2 cannot be a parameterized generic");
}

Value alias_reduce(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  GenericAlias* alias = as_alias(self);
  // `*tuple[int]` is rebuilt as next(iter(tuple[int])).
  if (alias->starred) {
    Value unstarred = make_generic_alias(alias->origin, Value::from_object(alias->args));
    Tuple* next_args = make_tuple({get_iter(unstarred)});
    return Value::from_object(
        make_tuple({builtin_named("next"), Value::from_object(next_args)}));
  }
  Tuple* state = make_tuple({alias->origin, Value::from_object(alias->args)});
  return Value::from_object(
      make_tuple({Value::from_object(type_of(self)), Value::from_object(state)}));
}

}  // namespace

std::string alias_item_repr(Value item) {
  if (item.is(ellipsis())) return "...";
  if (!lookup_attr(item, origin_name).is_null() && !lookup_attr(item, args_name).is_null()) {
    return repr_string(item);
  }
  Value qualname = lookup_attr(item, names.dunder_qualname);
  if (qualname.is_null()) return repr_string(item);
  Value module = lookup_attr(item, names.dunder_module);
  if (module.is_null() || is_none(module)) return repr_string(item);
  if (is_str(module) && str_view(module) == "builtins") return str_string(qualname);
  return str_string(module) + "." + str_string(qualname);
}

Tuple* collect_parameters(Tuple* args) {
  gc::vector<Value> found;
  auto add = [&](Value parameter) {
    for (Value seen : found) {
      if (seen.is(parameter)) return;
    }
    found.push_back(parameter);
  };
  for (size_t i = 0; i < args->size; ++i) {
    Value arg = (*args)[i];
    // A bare class's __parameters__ is a descriptor, not its parameters.
    if (is_instance_of(arg, &type_type)) continue;
    if (!lookup_attr(arg, typing_subst_name).is_null()) {
      add(arg);
      continue;
    }
    Value inner = lookup_attr(arg, parameters_name);
    if (inner.is_null() || !is_tuple(inner)) continue;
    Tuple* inner_tuple = inner.as<Tuple>();
    for (size_t j = 0; j < inner_tuple->size; ++j) add((*inner_tuple)[j]);
  }
  return make_tuple(found.data(), found.size());
}

Value make_generic_alias(Value origin, Value args) {
  return Value::from_object(new_alias(&generic_alias_type, origin, args));
}

Value generic_class_getitem(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  // METH_O class methods name their class in argument errors.
  std::string name = std::string(cls.as<Type>()->name->view()) + ".__class_getitem__";
  reject_keywords(name.c_str(), kwnames);
  check_positional(name.c_str(), nargs, 1, 1);
  return make_generic_alias(cls, args[0]);
}

void init_union_type();

void init_generic_alias_types() {
  origin_name = intern("__origin__");
  args_name = intern("__args__");
  typing_subst_name = intern("__typing_subst__");
  parameters_name = intern("__parameters__");
  orig_class_name = intern("__orig_class__");
  typing_is_unpacked_typevartuple_name = intern("__typing_is_unpacked_typevartuple__");
  typing_unpacked_tuple_args_name = intern("__typing_unpacked_tuple_args__");
  typing_prepare_subst_name = intern("__typing_prepare_subst__");
  generic_alias_type.new_instance = alias_new;
  generic_alias_type.repr = alias_repr;
  generic_alias_type.hash = alias_hash;
  generic_alias_type.richcompare = alias_richcompare;
  generic_alias_type.call = alias_call;
  generic_alias_type.getattr = alias_getattr;
  generic_alias_type.getitem = alias_getitem;
  generic_alias_type.iter = alias_iter;
  generic_alias_type.number[static_cast<int>(BinaryOp::Or)] = alias_or;
  init_static_type(&generic_alias_type, "types.GenericAlias", nullptr, sizeof(GenericAlias),
                   kTypeBaseType);
  add_getsets(&generic_alias_type, {
      {"__origin__", origin_get, readonly_member_set},
      {"__args__", args_get, readonly_member_set},
      {"__parameters__", parameters_get},
      {"__unpacked__", unpacked_get, readonly_member_set},
      {"__typing_unpacked_tuple_args__", unpacked_tuple_args_get},
  });
  add_methods(&generic_alias_type, {
      {"__mro_entries__", alias_mro_entries},
      {"__instancecheck__", alias_instancecheck},
      {"__subclasscheck__", alias_subclasscheck},
      {"__reduce__", alias_reduce},
      {"__dir__", alias_dir},
  });
  set_type_doc(&generic_alias_type,
               "Represent a PEP 585 generic type\n\n"
               "E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).");
  generic_alias_iterator_type.iter = alias_iterator_self;
  generic_alias_iterator_type.next = alias_iterator_next;
  init_static_type(&generic_alias_iterator_type, "generic_alias_iterator", nullptr,
                   sizeof(AliasIterator), kTypeImmutable);
  add_methods(&generic_alias_iterator_type, {{"__reduce__", alias_iterator_reduce}});
  disallow_instantiation(&generic_alias_iterator_type);
  init_union_type();
}

}  // namespace krait
