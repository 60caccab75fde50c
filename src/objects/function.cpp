#include "objects/function.h"

#include <cstdio>
#include <cstring>
#include <string>

#include "objects/descriptors.h"
#include "objects/dict.h"
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
#include "vm/code.h"
#include "vm/interpreter.h"

namespace krait {

Type function_type;
Type method_type;
Type cell_type;
Type builtin_function_type;

namespace {

std::string address_of(Value v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%p", static_cast<void*>(v.as_object()));
  return buffer;
}

Value or_none(Value v) { return v.is_null() ? none() : v; }

// An attribute lookup for objects that keep a __dict__ of their own outside
// the instance-dict prefix: data descriptors of the type first, then the
// dict, then the rest of the type's attributes.
Value getattr_with_own_dict(Value self, Str* name, Dict* dict) {
  Value descriptor = type_lookup(type_of(self), name);
  if (!descriptor.is_null() && type_of(descriptor)->descr_set) return generic_getattr(self, name);
  if (dict) {
    Value value = dict_get_str(dict, name);
    if (!value.is_null()) return value;
  }
  return generic_getattr(self, name);
}

// ---- function ----

Function* as_function(Value v) { return v.as<Function>(); }

Value function_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  return call_function(as_function(callable), args, nargs, kwnames);
}

Value function_descr_get(Value descriptor, Value instance, Value owner) {
  if (instance.is_null() || is_none(instance)) return descriptor;
  return make_method(descriptor, instance);
}

Value function_repr(Value self) {
  return str_value("<function " + std::string(as_function(self)->qualname->view()) + " at " +
                   address_of(self) + ">");
}

Value function_getattr(Value self, Str* name) {
  return getattr_with_own_dict(self, name, as_function(self)->dict);
}

void function_setattr(Value self, Str* name, Value value) {
  Value descriptor = type_lookup(type_of(self), name);
  if (!descriptor.is_null() && type_of(descriptor)->descr_set) {
    generic_setattr(self, name, value);
    return;
  }
  Function* function = as_function(self);
  if (value.is_null()) {
    if (!function->dict || !dict_delete(function->dict, Value::from_object(name))) {
      throw_attribute_error(self, Value::from_object(name));
    }
    return;
  }
  if (!function->dict) function->dict = make_dict();
  dict_set_str(function->dict, name, value);
}

Value function_get_name(Value self) { return Value::from_object(as_function(self)->name); }
void function_set_name(Value self, Value value) {
  if (value.is_null() || !is_str(value)) throw_type_error("__name__ must be set to a string object");
  as_function(self)->name = value.as<Str>();
}

Value function_get_qualname(Value self) { return Value::from_object(as_function(self)->qualname); }
void function_set_qualname(Value self, Value value) {
  if (value.is_null() || !is_str(value)) {
    throw_type_error("__qualname__ must be set to a string object");
  }
  as_function(self)->qualname = value.as<Str>();
}

Value function_get_doc(Value self) { return or_none(as_function(self)->doc); }
void function_set_doc(Value self, Value value) { as_function(self)->doc = or_none(value); }

Value function_get_module(Value self) { return or_none(as_function(self)->module); }
void function_set_module(Value self, Value value) { as_function(self)->module = or_none(value); }

Value function_get_defaults(Value self) {
  Tuple* defaults = as_function(self)->defaults;
  return defaults ? Value::from_object(defaults) : none();
}
void function_set_defaults(Value self, Value value) {
  if (value.is_null() || is_none(value)) {
    as_function(self)->defaults = nullptr;
    return;
  }
  if (!is_tuple(value)) throw_type_error("__defaults__ must be set to a tuple object");
  as_function(self)->defaults = value.as<Tuple>()->size ? value.as<Tuple>() : nullptr;
}

Value function_get_kwdefaults(Value self) {
  Dict* kwdefaults = as_function(self)->kwdefaults;
  return kwdefaults ? Value::from_object(kwdefaults) : none();
}
void function_set_kwdefaults(Value self, Value value) {
  if (value.is_null() || is_none(value)) {
    as_function(self)->kwdefaults = nullptr;
    return;
  }
  if (!is_dict(value)) throw_type_error("__kwdefaults__ must be set to a dict object");
  as_function(self)->kwdefaults = value.as<Dict>();
}

Value function_get_code(Value self) { return Value::from_object(as_function(self)->code); }
void function_set_code(Value self, Value value) {
  if (value.is_null() || type_of(value) != &code_type) {
    throw_type_error("__code__ must be set to a code object");
  }
  Function* function = as_function(self);
  Code* code = value.as<Code>();
  size_t closure_size = function->closure ? function->closure->size : 0;
  if (static_cast<size_t>(code->nfreevars) != closure_size) {
    throw_value_error(std::string(function->name->view()) + "() requires a code object with " +
                      std::to_string(closure_size) + " free vars, not " +
                      std::to_string(code->nfreevars));
  }
  function->code = code;
}

Value function_get_globals(Value self) { return Value::from_object(as_function(self)->globals); }
Value function_get_builtins(Value self) { return Value::from_object(as_function(self)->builtins); }

Value function_get_closure(Value self) {
  Tuple* closure = as_function(self)->closure;
  return closure ? Value::from_object(closure) : none();
}

Value function_get_annotations(Value self) {
  Function* function = as_function(self);
  Value annotations = function->annotations;
  if (annotations.is_null() || is_none(annotations)) {
    annotations = Value::from_object(make_dict());
  } else if (is_tuple(annotations)) {
    // MAKE_FUNCTION's form: a flat (name, value, name, value …) tuple.
    Tuple* pairs = annotations.as<Tuple>();
    Dict* dict = make_dict(pairs->size / 2);
    for (size_t i = 0; i + 1 < pairs->size; i += 2) dict_set(dict, (*pairs)[i], (*pairs)[i + 1]);
    annotations = Value::from_object(dict);
  }
  function->annotations = annotations;
  return annotations;
}
void function_set_annotations(Value self, Value value) {
  if (value.is_null() || is_none(value)) {
    as_function(self)->annotations = Value::null();
    return;
  }
  if (!is_dict(value)) throw_type_error("__annotations__ must be set to a dict object");
  as_function(self)->annotations = value;
}

Value function_get_dict(Value self) {
  Function* function = as_function(self);
  if (!function->dict) function->dict = make_dict();
  return Value::from_object(function->dict);
}
void function_set_dict(Value self, Value value) {
  if (value.is_null()) throw_type_error("cannot delete __dict__");
  if (!is_dict(value)) {
    throw_type_error("__dict__ must be set to a dictionary, not a '" + type_name(value) + "'");
  }
  as_function(self)->dict = value.as<Dict>();
}

// ---- method ----

Method* as_method(Value v) { return v.as<Method>(); }

Value method_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  Method* method = as_method(callable);
  size_t total = nargs + (kwnames ? kwnames->size : 0);
  Value small[8];
  gc::vector<Value> large;
  Value* with_self = small;
  if (total + 1 > 8) {
    large.resize(total + 1);
    with_self = large.data();
  }
  with_self[0] = method->self;
  for (size_t i = 0; i < total; ++i) with_self[i + 1] = args[i];
  return call(method->function, with_self, nargs + 1, kwnames);
}

Value method_repr(Value self) {
  Method* method = as_method(self);
  Value name = lookup_attr(method->function, names.dunder_qualname);
  if (name.is_null() || !is_str(name)) name = lookup_attr(method->function, names.dunder_name);
  std::string text = "<bound method ";
  text += (!name.is_null() && is_str(name)) ? std::string(str_view(name)) : std::string("?");
  text += " of ";
  text += repr(method->self)->view();
  text += ">";
  return str_value(text);
}

Value method_getattr(Value self, Str* name) {
  Value descriptor = type_lookup(type_of(self), name);
  if (!descriptor.is_null()) return generic_getattr(self, name);
  return getattr(as_method(self)->function, name);
}

Value method_richcompare(Value self, Value other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(other) != &method_type) {
    return not_implemented();
  }
  Method* a = as_method(self);
  Method* b = as_method(other);
  bool equal = a->self.is(b->self) && equals(a->function, b->function);
  return make_bool(op == CompareOp::Eq ? equal : !equal);
}

int64_t method_hash(Value self) {
  Method* method = as_method(self);
  uint64_t address = method->self.bits();
  // The pointer hash CPython uses: rotated by 4 so aligned addresses spread.
  int64_t x = static_cast<int64_t>((address >> 4) | (address << 60));
  int64_t h = x ^ hash(method->function);
  return h == -1 ? -2 : h;
}

Value method_get_func(Value self) { return as_method(self)->function; }
Value method_get_self(Value self) { return as_method(self)->self; }
Value method_get_doc(Value self) {
  Value doc = lookup_attr(as_method(self)->function, names.dunder_doc);
  return or_none(doc);
}

Value method_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("method", kwnames);
  check_positional("method", nargs, 2, 2);
  if (!is_callable(args[0])) throw_type_error("first argument must be callable");
  if (is_none(args[1])) throw_type_error("instance must not be None");
  return make_method(args[0], args[1]);
}

// ---- cell ----

Cell* as_cell(Value v) { return v.as<Cell>(); }

Value cell_repr(Value self) {
  Cell* cell = as_cell(self);
  std::string text = "<cell at " + address_of(self) + ": ";
  if (cell->contents.is_null()) {
    text += "empty>";
  } else {
    Value contents = cell->contents;
    text += type_name(contents) + " object at ";
    if (contents.is_object()) {
      text += address_of(contents);
    } else {
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "0x%llx",
                    static_cast<unsigned long long>(contents.bits()));
      text += buffer;
    }
    text += ">";
  }
  return str_value(text);
}

Value cell_get_contents(Value self) {
  Value contents = as_cell(self)->contents;
  if (contents.is_null()) throw_value_error("Cell is empty");
  return contents;
}
void cell_set_contents(Value self, Value value) { as_cell(self)->contents = value; }

Value cell_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("cell", kwnames);
  check_positional("cell", nargs, 0, 1);
  return Value::from_object(make_cell(nargs ? args[0] : Value::null()));
}

Value cell_richcompare(Value self, Value other, CompareOp op) {
  if (type_of(other) != &cell_type) return not_implemented();
  Value a = as_cell(self)->contents;
  Value b = as_cell(other)->contents;
  if (!a.is_null() && !b.is_null()) return compare(a, b, op);
  // An empty cell orders before a full one.
  int left = a.is_null() ? 0 : 1;
  int right = b.is_null() ? 0 : 1;
  return make_bool(order_satisfies(left - right, op));
}

// ---- builtin_function_or_method ----

BuiltinFunction* as_builtin(Value v) { return v.as<BuiltinFunction>(); }

bool bound_to_module_or_nothing(BuiltinFunction* builtin) {
  return builtin->self.is_null() || type_of(builtin->self) == &module_type;
}

Value builtin_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  return call_builtin(as_builtin(callable), args, nargs, kwnames);
}

Value builtin_repr(Value self) {
  BuiltinFunction* builtin = as_builtin(self);
  if (bound_to_module_or_nothing(builtin)) {
    return str_value(std::string("<built-in function ") + builtin->name + ">");
  }
  std::string text = std::string("<built-in method ") + builtin->name + " of " +
                     type_name(builtin->self) + " object at ";
  text += builtin->self.is_object() ? address_of(builtin->self) : std::string("0x0");
  text += ">";
  return str_value(text);
}

}  // namespace

void reject_builtin_keywords(BuiltinFunction* builtin) {
  throw_type_error(std::string(builtin->name) + "() takes no keyword arguments");
}

namespace {

Value builtin_get_name(Value self) { return str_value(as_builtin(self)->name); }

Value builtin_get_qualname(Value self) {
  BuiltinFunction* builtin = as_builtin(self);
  if (bound_to_module_or_nothing(builtin)) return str_value(builtin->name);
  Type* owner = is_instance_of(builtin->self, &type_type) ? builtin->self.as<Type>()
                                                           : type_of(builtin->self);
  return str_value(std::string(owner->qualname->view()) + "." + builtin->name);
}

Value builtin_get_self(Value self) {
  BuiltinFunction* builtin = as_builtin(self);
  return builtin->is_static ? none() : or_none(builtin->self);
}

Value builtin_get_module(Value self) {
  BuiltinFunction* builtin = as_builtin(self);
  if (!builtin->module.is_null()) return builtin->module;
  if (!builtin->self.is_null() && type_of(builtin->self) == &module_type) {
    Value name = dict_get_str(builtin->self.as<Module>()->dict, names.dunder_name);
    return or_none(name);
  }
  return none();
}
void builtin_set_module(Value self, Value value) { as_builtin(self)->module = or_none(value); }

Value builtin_get_doc(Value self) {
  const char* doc = as_builtin(self)->doc;
  return doc ? str_value(doc) : none();
}


Value builtin_richcompare(Value self, Value other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(other) != &builtin_function_type) {
    return not_implemented();
  }
  BuiltinFunction* a = as_builtin(self);
  BuiltinFunction* b = as_builtin(other);
  bool equal = a->function == b->function && a->self.is(b->self);
  return make_bool(op == CompareOp::Eq ? equal : !equal);
}

int64_t builtin_hash(Value self) {
  BuiltinFunction* builtin = as_builtin(self);
  uint64_t a = builtin->self.bits();
  uint64_t b = reinterpret_cast<uint64_t>(builtin->function);
  int64_t h = static_cast<int64_t>(((a >> 4) | (a << 60)) ^ ((b >> 4) | (b << 60)));
  return h == -1 ? -2 : h;
}

}  // namespace

Function* make_function(Code* code, Dict* globals, Str* qualname) {
  auto* function = static_cast<Function*>(allocate_instance(&function_type));
  function->code = code;
  function->globals = globals;
  function->builtins = builtins_for_globals(globals);
  function->name = code->name;
  function->qualname = qualname ? qualname : code->name;
  Value module = dict_get_str(globals, names.dunder_name);
  function->module = module.is_null() ? none() : module;
  // The compiler puts the docstring, or None, first among a function's constants.
  Value doc = none();
  if (code->consts && code->consts->size > 0 && is_str((*code->consts)[0])) {
    doc = (*code->consts)[0];
  }
  function->doc = doc;
  return function;
}

namespace {

// types.FunctionType(code, globals, name=None, argdefs=None, closure=None).
Value function_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[5];
  bind_arguments({"function", {"code", "globals", "name", "argdefs", "closure"}, 2}, args, nargs,
                 kwnames, bound);
  if (type_of(bound[0]) != &code_type) {
    throw_type_error("function() argument 'code' must be code, not " + type_name(bound[0]));
  }
  if (!is_dict(bound[1])) {
    throw_type_error("function() argument 'globals' must be dict, not " + type_name(bound[1]));
  }
  Value name = bound[2].is_null() ? none() : bound[2];
  Value defaults = bound[3].is_null() ? none() : bound[3];
  Value closure = bound[4].is_null() ? none() : bound[4];
  if (!is_none(name) && !is_str(name)) throw_type_error("arg 3 (name) must be None or string");
  if (!is_none(defaults) && !is_tuple(defaults)) {
    throw_type_error("arg 4 (defaults) must be None or tuple");
  }
  Code* code = bound[0].as<Code>();
  if (!is_tuple(closure)) {
    if (code->nfreevars > 0 && is_none(closure)) {
      throw_type_error("arg 5 (closure) must be tuple");
    }
    if (!is_none(closure)) throw_type_error("arg 5 (closure) must be None or tuple");
  }
  size_t cells = is_tuple(closure) ? closure.as<Tuple>()->size : 0;
  if (static_cast<size_t>(code->nfreevars) != cells) {
    throw_value_error(std::string(code->name->view()) + " requires closure of length " +
                      std::to_string(code->nfreevars) + ", not " + std::to_string(cells));
  }
  for (size_t i = 0; i < cells; ++i) {
    Value cell = (*closure.as<Tuple>())[i];
    if (type_of(cell) != &cell_type) {
      throw_type_error("arg 5 (closure) expected cell, found " + type_name(cell));
    }
  }
  Function* function = make_function(code, bound[1].as<Dict>(), code->qualname);
  if (is_str(name)) function->name = name.as<Str>();
  if (is_tuple(defaults)) function->defaults = defaults.as<Tuple>();
  if (cells) function->closure = closure.as<Tuple>();
  return Value::from_object(function);
}

}  // namespace

Value make_method(Value function, Value self) {
  auto* method = static_cast<Method*>(allocate_instance(&method_type));
  method->function = function;
  method->self = self;
  return Value::from_object(method);
}

Cell* make_cell(Value contents) {
  auto* cell = static_cast<Cell*>(allocate_instance(&cell_type));
  cell->contents = contents;
  return cell;
}

namespace {

// The builtins CPython 3.11 declares METH_O or METH_NOARGS: its calls of
// those always enter a recursion check, even once specialised.
bool is_checked_builtin_name(const char* name) {
  static constexpr const char* kChecked[] = {"abs", "aiter", "ascii", "bin",  "callable",
                                             "chr", "globals", "hash", "hex", "id",
                                             "len", "locals", "oct",  "ord",  "repr"};
  for (const char* checked : kChecked) {
    if (std::strcmp(name, checked) == 0) return true;
  }
  return false;
}

}  // namespace

namespace {

// meth_reduce: a module's function pickles as its name (a global), a
// method bound to an object as getattr(object, name).
Value builtin_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("__reduce__", kwnames);
  check_positional("__reduce__", nargs, 0, 0);
  BuiltinFunction* builtin = as_builtin(self);
  Value bound = builtin_get_self(self);
  if (is_none(bound) || type_of(bound) == &module_type) return str_value(builtin->name);
  return reduce_as_getattr(bound, str_value(builtin->name));
}

}  // namespace

BuiltinFunction* make_builtin_function(const char* name, NativeFn function, Value self,
                                       const char* doc) {
  auto* builtin = static_cast<BuiltinFunction*>(allocate_instance(&builtin_function_type));
  builtin->name = name;
  builtin->function = function;
  builtin->self = self;
  builtin->doc = doc;
  builtin->checks_recursion = is_checked_builtin_name(name);
  builtin->rejects_keywords = false;
  builtin->is_static = false;
  return builtin;
}

void init_function_types() {
  function_type.call = function_call;
  function_type.descr_get = function_descr_get;
  function_type.repr = function_repr;
  function_type.getattr = function_getattr;
  function_type.setattr = function_setattr;
  function_type.new_instance = function_new;
  init_static_type(&function_type, "function", nullptr, sizeof(Function),
                   kTypeMethodDescriptor | kTypeImmutable);
  add_getsets(&function_type,
              {
                  {"__name__", function_get_name, function_set_name},
                  {"__qualname__", function_get_qualname, function_set_qualname},
                  {"__doc__", function_get_doc, function_set_doc},
                  {"__module__", function_get_module, function_set_module},
                  {"__defaults__", function_get_defaults, function_set_defaults},
                  {"__kwdefaults__", function_get_kwdefaults, function_set_kwdefaults},
                  {"__code__", function_get_code, function_set_code},
                  {"__globals__", function_get_globals},
                  {"__builtins__", function_get_builtins},
                  {"__closure__", function_get_closure},
                  {"__annotations__", function_get_annotations, function_set_annotations},
                  {"__dict__", function_get_dict, function_set_dict},
              });

  method_type.call = method_call;
  method_type.repr = method_repr;
  method_type.getattr = method_getattr;
  method_type.richcompare = method_richcompare;
  method_type.hash = method_hash;
  method_type.new_instance = method_new;
  init_static_type(&method_type, "method", nullptr, sizeof(Method), kTypeImmutable);
  add_getsets(&method_type, {
                                {"__func__", method_get_func},
                                {"__self__", method_get_self},
                                {"__doc__", method_get_doc},
                            });

  cell_type.repr = cell_repr;
  cell_type.new_instance = cell_new;
  cell_type.richcompare = cell_richcompare;
  init_static_type(&cell_type, "cell", nullptr, sizeof(Cell), kTypeImmutable);
  add_getsets(&cell_type, {{"cell_contents", cell_get_contents, cell_set_contents}});

  builtin_function_type.call = builtin_call;
  builtin_function_type.repr = builtin_repr;
  builtin_function_type.richcompare = builtin_richcompare;
  builtin_function_type.hash = builtin_hash;
  init_static_type(&builtin_function_type, "builtin_function_or_method", nullptr,
                   sizeof(BuiltinFunction), kTypeImmutable);
  builtin_function_type.new_instance = nullptr;  // made only by the runtime, as CPython's
  add_getsets(&builtin_function_type,
              {
                  {"__name__", builtin_get_name},
                  {"__qualname__", builtin_get_qualname},
                  {"__self__", builtin_get_self},
                  {"__module__", builtin_get_module, builtin_set_module},
                  {"__doc__", builtin_get_doc},
                  {"__text_signature__", none_getter},
              });
  add_methods(&builtin_function_type, {{"__reduce__", builtin_reduce}});
}

}  // namespace krait
