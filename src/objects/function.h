// Python functions, bound methods, cells, and native (built-in) functions.
#pragma once

#include <cstddef>

#include "runtime/object.h"

namespace krait {

struct Code;

extern Type function_type;
extern Type method_type;
extern Type cell_type;
extern Type builtin_function_type;

struct Function : Object {
  Code* code;
  Dict* globals;
  Dict* builtins;
  Str* name;
  Str* qualname;
  Value module;       // __module__
  Value doc;          // __doc__
  Tuple* defaults;    // null when none
  Dict* kwdefaults;   // null when none
  Tuple* closure;     // cells, null when none
  Value annotations;  // a dict, or null until asked for
  Dict* dict;         // __dict__, null until used
};

// A bound method: __func__ and __self__.
struct Method : Object {
  Value function;
  Value self;
};

struct Cell : Object {
  Value contents;  // null: empty (unbound)
};

// The signature of every native function and method: `self` is the bound
// object (the module for module functions), then vectorcall arguments.
using NativeFn = Value (*)(Value self, const Value* args, size_t nargs, Tuple* kwnames);

struct BuiltinFunction : Object {
  const char* name;
  NativeFn function;
  Value self;
  Value module;  // __module__ (a str) or null
  const char* doc;
  // Calls count against the recursion limit (CPython's METH_O/METH_NOARGS builtins).
  bool checks_recursion;
  // A METH_VARARGS method bound to its object: keywords are refused under the
  // bare name ("find() takes no keyword arguments").
  bool rejects_keywords;
  // A type's static method: bound to the type (its qualname's owner) but
  // showing no __self__, as CPython's METH_STATIC functions.
  bool is_static;
};

[[noreturn]] void reject_builtin_keywords(BuiltinFunction* builtin);

inline Value call_builtin(BuiltinFunction* builtin, const Value* args, size_t nargs,
                          Tuple* kwnames) {
  if (builtin->rejects_keywords && kwnames) reject_builtin_keywords(builtin);
  return builtin->function(builtin->self, args, nargs, kwnames);
}

Function* make_function(Code* code, Dict* globals, Str* qualname);
Value make_method(Value function, Value self);
Cell* make_cell(Value contents);
BuiltinFunction* make_builtin_function(const char* name, NativeFn function, Value self,
                                       const char* doc = nullptr);

void init_function_types();

}  // namespace krait
