// The `_functools` module (CPython's Modules/_functoolsmodule.c): reduce,
// partial and cmp_to_key. functools.py keeps its pure-Python
// _lru_cache_wrapper when this module does not provide one.
#include "modules/functools.h"

#include <cstdint>
#include <string>

#include "objects/container_support.h"
#include "objects/dict.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

Type partial_type, keywrapper_type;

// ---- reduce ----

Value reduce(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("reduce", nargs, kwnames, 2, 3);
  Value function = args[0];
  Type* source_type = type_of(args[1]);
  if (!source_type->iter && !source_type->getitem) {
    throw_type_error("reduce() arg 2 must support iteration");
  }
  Value iterator = get_iter(args[1]);
  Value result = nargs == 3 ? args[2] : Value::null();
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    result = result.is_null() ? item : call(function, {result, item});
  }
  if (result.is_null()) throw_type_error("reduce() of empty iterable with no initial value");
  return result;
}

// ---- partial ----

struct Partial : Object {
  Value function;
  Tuple* args;
  Dict* keywords;
};

Value partial_call(Value self, const Value* args, size_t nargs, Tuple* kwnames);

Value partial_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1) throw_type_error("type 'partial' takes at least one argument");
  Value function = args[0];
  if (!is_callable(function)) throw_type_error("the first argument must be callable");
  Tuple* stored_args = make_tuple(args + 1, nargs - 1);
  Dict* keywords = make_dict();
  // partial(partial(f, ...), ...) flattens into one partial of f, unless the
  // inner one has a __dict__ of its own.
  if (is_instance_of(function, &partial_type) && type_of(function)->call == partial_call &&
      *instance_dict_slot(function.as<Partial>()) == nullptr) {
    Partial* inner = function.as<Partial>();
    Tuple* joined = make_tuple(inner->args->size + stored_args->size);
    for (size_t i = 0; i < inner->args->size; ++i) (*joined)[i] = (*inner->args)[i];
    for (size_t i = 0; i < stored_args->size; ++i) {
      (*joined)[inner->args->size + i] = (*stored_args)[i];
    }
    stored_args = joined;
    dict_merge(keywords, Value::from_object(inner->keywords), true);
    function = inner->function;
  }
  for (size_t i = 0; i < keyword_count(kwnames); ++i) {
    dict_set(keywords, (*kwnames)[i], args[nargs + i]);
  }
  Partial* partial = static_cast<Partial*>(allocate_instance(type));
  partial->function = function;
  partial->args = stored_args;
  partial->keywords = keywords;
  return Value::from_object(partial);
}

Value partial_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Partial* partial = self.as<Partial>();
  size_t stored = partial->args->size;
  size_t call_keywords = keyword_count(kwnames);
  if (stored == 0 && dict_size(partial->keywords) == 0) {
    return call(partial->function, args, nargs, kwnames);
  }
  gc::vector<Value> values;
  values.reserve(stored + nargs + dict_size(partial->keywords) + call_keywords);
  for (size_t i = 0; i < stored; ++i) values.push_back((*partial->args)[i]);
  for (size_t i = 0; i < nargs; ++i) values.push_back(args[i]);
  if (dict_size(partial->keywords) == 0) {
    for (size_t i = 0; i < call_keywords; ++i) values.push_back(args[nargs + i]);
    return call(partial->function, values.data(), stored + nargs, kwnames);
  }
  // The stored keywords, overridden by those of the call.
  Dict* merged = dict_copy(partial->keywords);
  for (size_t i = 0; i < call_keywords; ++i) dict_set(merged, (*kwnames)[i], args[nargs + i]);
  Tuple* names = make_tuple(dict_size(merged));
  size_t pos = 0;
  size_t index = 0;
  Value key;
  Value value;
  while (dict_next(merged, pos, key, value)) {
    (*names)[index++] = key;
    values.push_back(value);
  }
  return call(partial->function, values.data(), stored + nargs, names);
}

Value partial_repr(Value self) {
  Partial* partial = self.as<Partial>();
  std::string name = tp_name(type_of(self));
  ReprGuard guard(partial);
  if (guard.recursive()) return str_value("...");
  std::string text = name + "(" + repr_string(partial->function);
  for (size_t i = 0; i < partial->args->size; ++i) text += ", " + repr_string((*partial->args)[i]);
  size_t pos = 0;
  Value key;
  Value value;
  while (dict_next(partial->keywords, pos, key, value)) {
    text += ", " + str_string(key) + "=" + repr_string(value);
  }
  return str_value(text + ")");
}

Value partial_function(Value self) { return self.as<Partial>()->function; }
Value partial_args(Value self) { return Value::from_object(self.as<Partial>()->args); }
Value partial_keywords(Value self) { return Value::from_object(self.as<Partial>()->keywords); }

Value partial_dict(Value self) { return Value::from_object(instance_dict(self)); }

void partial_set_dict(Value self, Value value) {
  if (value.is_null()) throw_type_error("cannot delete __dict__");
  if (!is_dict(value)) {
    throw_type_error("__dict__ must be set to a dictionary, not a '" + type_name(value) + "'");
  }
  *instance_dict_slot(self.as<Partial>()) = value.as<Dict>();
}

Value partial_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__reduce__", nargs, kwnames, 0, 0);
  Partial* partial = self.as<Partial>();
  Dict* dict = *instance_dict_slot(partial);
  Value state_dict = dict && dict_size(dict) ? Value::from_object(dict) : none();
  Value keywords = dict_size(partial->keywords) ? Value::from_object(partial->keywords) : none();
  Tuple* state = make_tuple(
      {partial->function, Value::from_object(partial->args), keywords, state_dict});
  return Value::from_object(make_tuple({Value::from_object(type_of(self)),
                                        Value::from_object(make_tuple({partial->function})),
                                        Value::from_object(state)}));
}

Value partial_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_arguments("__setstate__", nargs, kwnames, 1, 1);
  Value state = args[0];
  if (!is_tuple(state) || state.as<Tuple>()->size != 4) throw_type_error("invalid partial state");
  Tuple* items = state.as<Tuple>();
  Value function = (*items)[0];
  Value stored_args = (*items)[1];
  Value keywords = (*items)[2];
  Value dict = (*items)[3];
  if (!is_callable(function) || !is_tuple(stored_args) ||
      (!is_none(keywords) && !is_dict(keywords))) {
    throw_type_error("invalid partial state");
  }
  Partial* partial = self.as<Partial>();
  partial->function = function;
  partial->args = is_exact_tuple(stored_args) ? stored_args.as<Tuple>()
                                              : tuple_from_iterable(stored_args);
  // Exact dicts are taken as they are, as CPython (a copy shares them).
  if (is_none(keywords)) {
    partial->keywords = make_dict();
  } else if (is_exact_dict(keywords)) {
    partial->keywords = keywords.as<Dict>();
  } else {
    Dict* copied = make_dict();
    dict_merge(copied, keywords, true);
    partial->keywords = copied;
  }
  if (is_dict(dict)) {
    *instance_dict_slot(partial) = dict.as<Dict>();
  } else if (is_none(dict)) {
    *instance_dict_slot(partial) = nullptr;
  }
  return none();
}

// ---- cmp_to_key ----

struct KeyWrapper : Object {
  Value compare;
  Value object;  // null for the K made by cmp_to_key itself
};

Value keywrapper_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1] = {Value::null()};
  bind_arguments({"K", {"obj"}, 1}, args, nargs, kwnames, bound);
  KeyWrapper* wrapper = static_cast<KeyWrapper*>(allocate_instance(&keywrapper_type));
  wrapper->compare = self.as<KeyWrapper>()->compare;
  wrapper->object = bound[0];
  return Value::from_object(wrapper);
}

Value keywrapper_richcompare(Value self, Value other, CompareOp op) {
  if (type_of(other) != &keywrapper_type) throw_type_error("other argument must be K instance");
  KeyWrapper* a = self.as<KeyWrapper>();
  KeyWrapper* b = other.as<KeyWrapper>();
  Value result = call(a->compare, {a->object, b->object});
  return compare(result, Value::from_small_int(0), op);
}

Value keywrapper_object(Value self) {
  Value object = self.as<KeyWrapper>()->object;
  return object.is_null() ? none() : object;
}

void keywrapper_set_object(Value self, Value value) {
  self.as<KeyWrapper>()->object = value;
}

Value cmp_to_key(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1] = {Value::null()};
  bind_arguments({"cmp_to_key", {"mycmp"}, 1}, args, nargs, kwnames, bound);
  KeyWrapper* wrapper = static_cast<KeyWrapper*>(allocate_instance(&keywrapper_type));
  wrapper->compare = bound[0];
  return Value::from_object(wrapper);
}

void init_functools_types() {
  partial_type.new_instance = partial_new;
  partial_type.call = partial_call;
  partial_type.repr = partial_repr;
  init_static_type(&partial_type, "functools.partial", nullptr, sizeof(Partial),
                   kTypeBaseType | kTypeHasInstanceDict | kTypeWeakrefable);
  set_type_doc(&partial_type, "partial(func, *args, **keywords) - new function with partial "
                              "application\n    of the given arguments and keywords.\n");
  add_methods(&partial_type, {
      {"__reduce__", partial_reduce},
      {"__setstate__", partial_setstate},
      {"__class_getitem__", generic_class_getitem, kMethodClass, "See PEP 585"},
  });
  add_getsets(&partial_type, {
      {"func", partial_function, readonly_member_set, "function object to use in future partial calls"},
      {"args", partial_args, readonly_member_set, "tuple of arguments to future partial calls"},
      {"keywords", partial_keywords, readonly_member_set, "dictionary of keyword arguments to future partial calls"},
      {"__dict__", partial_dict, partial_set_dict},
  });

  keywrapper_type.call = keywrapper_call;
  keywrapper_type.richcompare = keywrapper_richcompare;
  init_static_type(&keywrapper_type, "functools.KeyWrapper", nullptr, sizeof(KeyWrapper), 0);
  disallow_instantiation(&keywrapper_type);
  make_unhashable(&keywrapper_type);
  add_getsets(&keywrapper_type, {{"obj", keywrapper_object, keywrapper_set_object,
                                  "Value wrapped by a key function."}});
}

}  // namespace

Module* create_functools_module() {
  static Module* module = nullptr;
  if (module) return module;
  init_functools_types();
  module = make_module(intern("_functools"));
  add_functions(module, {
      {"reduce", reduce, kMethodInstance,
       "reduce(function, iterable[, initial]) -> value\n\n"
       "Apply a function of two arguments cumulatively to the items of a sequence\n"
       "or iterable, from left to right, so as to reduce the iterable to a single\n"
       "value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n"
       "((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\n"
       "of the iterable in the calculation, and serves as a default when the\n"
       "iterable is empty."},
      {"cmp_to_key", cmp_to_key, kMethodInstance, "Convert a cmp= function into a key= function."},
  });
  dict_set_str(module->dict, intern("partial"), Value::from_object(&partial_type));
  dict_set_str(module->dict, intern("__doc__"),
               str_value("Tools that operate on functions."));
  return module;
}

}  // namespace krait
