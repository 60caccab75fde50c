// The `_contextvars` module (CPython's Python/context.c).
//
// A Context maps ContextVars to values in a dict of its own; ContextVar.set
// changes the current context's dict in place, so Context.copy() copies it
// (CPython shares an immutable HAMT instead: the results are the same).
#include "modules/contextvars.h"

#include <string>

#include "objects/container_support.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"

namespace krait {

namespace {

struct ContextObject : Object {
  Dict* vars;            // ContextVar -> value
  Value previous;        // the context current before run() entered this one
  bool entered;
};

struct ContextVarObject : Object {
  Str* name;
  Value default_value;  // null: none
};

struct TokenObject : Object {
  ContextObject* context;
  ContextVarObject* var;
  Value old_value;  // null: Token.MISSING
  bool used;
};

Type context_type;
Type context_var_type;
Type token_type;
Type token_missing_type;
Object token_missing;

Value missing() { return Value::from_object(&token_missing); }

ContextObject* make_context(Dict* vars) {
  auto* context = static_cast<ContextObject*>(allocate_instance(&context_type));
  context->vars = vars;
  return context;
}

// The thread's current context, made empty on first need.
ContextObject* current_context() {
  ThreadState* ts = thread_state();
  if (ts->context.is_null()) ts->context = Value::from_object(make_context(make_dict()));
  return ts->context.as<ContextObject>();
}

std::string address_of(const void* pointer) { return format("%p", pointer); }

// --- Context ------------------------------------------------------------------

ContextObject* as_context(Value self) { return static_cast<ContextObject*>(self.as_object()); }

void check_var_key(Value key) {
  if (type_of(key) != &context_var_type) {
    throw_type_error("a ContextVar key was expected, got " + repr_string(key));
  }
}

Value context_new(Type*, const Value*, size_t nargs, Tuple* kwnames) {
  if (nargs || (kwnames && kwnames->size)) {
    throw_type_error("Context() does not accept any arguments");
  }
  return Value::from_object(make_context(make_dict()));
}

Value context_getitem(Value self, Value key) {
  check_var_key(key);
  Value value = dict_get(as_context(self)->vars, key);
  if (value.is_null()) throw_key_error(key);
  return value;
}

bool context_contains(Value self, Value key) {
  check_var_key(key);
  return !dict_get(as_context(self)->vars, key).is_null();
}

int64_t context_len(Value self) { return static_cast<int64_t>(dict_size(as_context(self)->vars)); }

Value context_iter(Value self) { return get_iter(Value::from_object(dict_copy(as_context(self)->vars))); }

Value context_richcompare(Value self, Value other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(other) != &context_type) {
    return not_implemented();
  }
  bool same = equals(Value::from_object(as_context(self)->vars),
                     Value::from_object(as_context(other)->vars));
  return make_bool(op == CompareOp::Eq ? same : !same);
}

Value context_get(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2] = {Value::null(), Value::null()};
  bind_arguments({"get", {"key", "default"}, 1, 2}, args, nargs, kwnames, bound);
  check_var_key(bound[0]);
  Value value = dict_get(as_context(self)->vars, bound[0]);
  if (!value.is_null()) return value;
  return bound[1].is_null() ? none() : bound[1];
}

// keys(), values() and items() view a snapshot of the mapping.
Value snapshot_view(Value self, const char* view) {
  return call_method(Value::from_object(dict_copy(as_context(self)->vars)), intern(view), {});
}

Value context_keys(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("keys", kwnames);
  check_positional("keys", nargs, 0, 0);
  return snapshot_view(self, "keys");
}

Value context_values(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("values", kwnames);
  check_positional("values", nargs, 0, 0);
  return snapshot_view(self, "values");
}

Value context_items(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("items", kwnames);
  check_positional("items", nargs, 0, 0);
  return snapshot_view(self, "items");
}

Value context_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("copy", kwnames);
  check_positional("copy", nargs, 0, 0);
  return Value::from_object(make_context(dict_copy(as_context(self)->vars)));
}

Value context_run(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs == 0) throw_type_error("run() missing 1 required positional argument");
  ContextObject* context = as_context(self);
  if (context->entered) {
    throw_runtime_error("cannot enter context: " + repr_string(self) + " is already entered");
  }
  ThreadState* ts = thread_state();
  context->previous = ts->context;
  context->entered = true;
  ts->context = self;
  Value result;
  try {
    result = call(args[0], args + 1, nargs - 1, kwnames);
  } catch (const PyException&) {
    ts->context = context->previous;
    context->previous = Value::null();
    context->entered = false;
    throw;
  }
  ts->context = context->previous;
  context->previous = Value::null();
  context->entered = false;
  return result;
}

Value copy_context(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_contextvars.copy_context", kwnames);
  check_positional("_contextvars.copy_context", nargs, 0, 0);
  return Value::from_object(make_context(dict_copy(current_context()->vars)));
}

// --- ContextVar -----------------------------------------------------------------

ContextVarObject* as_var(Value self) { return static_cast<ContextVarObject*>(self.as_object()); }

Value context_var_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  // CPython's "O|$O": the name only by position, the default only by keyword.
  size_t nkw = kwnames ? kwnames->size : 0;
  if (nargs + nkw > 2) {
    throw_type_error(format("ContextVar() takes at most 2 arguments (%zu given)", nargs + nkw));
  }
  if (nargs == 0) throw_type_error("ContextVar() takes exactly 1 positional argument (0 given)");
  if (nargs > 1) {
    throw_type_error(format("ContextVar() takes at most 1 positional argument (%zu given)", nargs));
  }
  Value default_value = Value::null();
  for (size_t i = 0; i < nkw; ++i) {
    Value keyword = (*kwnames)[i];
    if (str_view(keyword) != "default") {
      throw_type_error("'" + std::string(str_view(keyword)) +
                       "' is an invalid keyword argument for ContextVar()");
    }
    default_value = args[nargs + i];
  }
  if (!is_str(args[0])) throw_type_error("context variable name must be a str");
  auto* var = static_cast<ContextVarObject*>(allocate_instance(&context_var_type));
  var->name = args[0].as<Str>();
  var->default_value = default_value;
  return Value::from_object(var);
}

Value context_var_repr(Value self) {
  ContextVarObject* var = as_var(self);
  std::string text = "<ContextVar name=" + repr_string(Value::from_object(var->name));
  if (!var->default_value.is_null()) text += " default=" + repr_string(var->default_value);
  return str_value(text + " at " + address_of(var) + ">");
}

Value context_var_get(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("get", kwnames);
  check_positional("get", nargs, 0, 1);
  ContextVarObject* var = as_var(self);
  Value value = dict_get(current_context()->vars, self);
  if (!value.is_null()) return value;
  if (nargs == 1) return args[0];
  if (!var->default_value.is_null()) return var->default_value;
  raise_with_args(&exc_LookupError, Value::from_object(make_tuple({self})));
}

Value context_var_set(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("set", kwnames);
  check_positional("set", nargs, 1, 1);
  ContextObject* context = current_context();
  auto* token = static_cast<TokenObject*>(allocate_instance(&token_type));
  token->context = context;
  token->var = as_var(self);
  token->old_value = dict_get(context->vars, self);
  dict_set(context->vars, self, args[0]);
  return Value::from_object(token);
}

Value context_var_reset(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("reset", kwnames);
  check_positional("reset", nargs, 1, 1);
  if (type_of(args[0]) != &token_type) {
    throw_type_error("expected an instance of Token, got " + repr_string(args[0]));
  }
  auto* token = args[0].as<TokenObject>();
  if (token->used) throw_runtime_error(repr_string(args[0]) + " has already been used once");
  if (token->var != as_var(self)) {
    throw_value_error(repr_string(args[0]) + " was created by a different ContextVar");
  }
  ContextObject* context = current_context();
  if (token->context != context) {
    throw_value_error(repr_string(args[0]) + " was created in a different Context");
  }
  token->used = true;
  if (token->old_value.is_null()) {
    dict_delete(context->vars, self);
  } else {
    dict_set(context->vars, self, token->old_value);
  }
  return none();
}

Value context_var_name(Value self) { return Value::from_object(as_var(self)->name); }

void read_only_attribute(Value, Value) { raise(&exc_AttributeError, "readonly attribute"); }

// --- Token ------------------------------------------------------------------------

TokenObject* as_token(Value self) { return static_cast<TokenObject*>(self.as_object()); }

Value token_new(Type*, const Value*, size_t, Tuple*) {
  throw_runtime_error("Tokens can only be created by ContextVars");
}

Value token_repr(Value self) {
  TokenObject* token = as_token(self);
  return str_value(std::string("<Token") + (token->used ? " used" : "") +
                   " var=" + repr_string(Value::from_object(token->var)) + " at " +
                   address_of(token) + ">");
}

Value token_var(Value self) { return Value::from_object(as_token(self)->var); }

Value token_old_value(Value self) {
  Value old = as_token(self)->old_value;
  return old.is_null() ? missing() : old;
}

Value token_missing_repr(Value) { return str_value("<Token.MISSING>"); }

void init_contextvars_types() {
  context_type.new_instance = context_new;
  context_type.getitem = context_getitem;
  context_type.contains = context_contains;
  context_type.len = context_len;
  context_type.iter = context_iter;
  context_type.richcompare = context_richcompare;
  init_static_type(&context_type, "_contextvars.Context", nullptr, sizeof(ContextObject), 0);
  make_unhashable(&context_type);
  add_methods(&context_type, {
      {"get", context_get, kMethodInstance,
       "Return the value for `key` if `key` has the value in the context object.\n\n"
       "If `key` does not exist, return `default`. If `default` is not given,\n"
       "return None."},
      {"keys", context_keys, kMethodInstance,
       "Return a list of all variables in the context object."},
      {"values", context_values, kMethodInstance,
       "Return a list of all variables' values in the context object."},
      {"items", context_items, kMethodInstance,
       "Return all variables and their values in the context object.\n\n"
       "The result is returned as a list of 2-tuples (variable, value)."},
      {"copy", context_copy, kMethodInstance, "Return a shallow copy of the context object."},
      {"run", context_run, kMethodInstance, nullptr},
  });

  context_var_type.new_instance = context_var_new;
  context_var_type.repr = context_var_repr;
  init_static_type(&context_var_type, "_contextvars.ContextVar", nullptr,
                   sizeof(ContextVarObject), 0);
  add_methods(&context_var_type, {
      {"get", context_var_get, kMethodInstance,
       "Return a value for the context variable for the current context.\n\n"
       "If there is no value for the variable in the current context, the method will:\n"
       " * return the value of the default argument of the method, if provided; or\n"
       " * return the default value for the context variable, if it was created\n"
       "   with one; or\n"
       " * raise a LookupError."},
      {"set", context_var_set, kMethodInstance,
       "Call to set a new value for the context variable in the current context.\n\n"
       "The required value argument is the new value for the context variable.\n\n"
       "Returns a Token object that can be used to restore the variable to its previous\n"
       "value via the `ContextVar.reset()` method."},
      {"reset", context_var_reset, kMethodInstance,
       "Reset the context variable.\n\n"
       "The variable is reset to the value it had before the `ContextVar.set()` that\n"
       "created the token was used."},
      {"__class_getitem__", generic_class_getitem, kMethodClass, "See PEP 585"},
  });
  add_getsets(&context_var_type, {{"name", context_var_name, read_only_attribute}});

  token_type.new_instance = token_new;
  token_type.repr = token_repr;
  init_static_type(&token_type, "_contextvars.Token", nullptr, sizeof(TokenObject), 0);
  add_getsets(&token_type, {{"var", token_var}, {"old_value", token_old_value}});
  add_methods(&token_type, {
      {"__class_getitem__", generic_class_getitem, kMethodClass, "See PEP 585"},
  });

  token_missing_type.repr = token_missing_repr;
  init_static_type(&token_missing_type, "Token.MISSING", nullptr, sizeof(Object), 0);
  token_missing.type = &token_missing_type;
  dict_set_str(type_dict(&token_type), intern("MISSING"), missing());
}

}  // namespace

Module* create_contextvars_module() {
  static Module* module = nullptr;
  if (module) return module;
  init_contextvars_types();
  module = make_module(intern("_contextvars"));
  add_functions(module, {{"copy_context", copy_context, kMethodInstance, nullptr}});
  Dict* dict = module->dict;
  dict_set_str(dict, intern("Context"), Value::from_object(&context_type));
  dict_set_str(dict, intern("ContextVar"), Value::from_object(&context_var_type));
  dict_set_str(dict, intern("Token"), Value::from_object(&token_type));
  dict_set_str(dict, intern("__doc__"), str_value("Context Variables"));
  return module;
}

}  // namespace krait
