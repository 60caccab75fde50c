// Declaring native methods and parsing their arguments.
//
// A type's methods are registered once at start-up into its dict as method
// descriptors (objects/descriptors.h), so they are reachable both through
// slots and as attributes (`list.append`, `int.__add__`).
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "objects/function.h"
#include "runtime/object.h"

namespace krait {

struct Module;

enum MethodFlags : uint32_t {
  kMethodInstance = 0,      // self is the instance
  kMethodClass = 1u << 0,   // self is the class (classmethod)
  kMethodStatic = 1u << 1,  // self is null
  // CPython's METH_VARARGS (str/bytes find, count, startswith …): the call
  // path rejects keywords, naming the method "find()" when called as a bound
  // method object and "str.find()" when called through the type.
  kMethodVarargs = 1u << 2,
};

struct MethodDef {
  const char* name;
  NativeFn function;
  uint32_t flags = kMethodInstance;
  const char* doc = nullptr;
};

// Adds each method to `type`'s dict as a descriptor (during start-up, once
// finish_static_types() has made the dict).
void add_methods(Type* type, std::initializer_list<MethodDef> methods);

using GetterFn = Value (*)(Value self);
using SetterFn = void (*)(Value self, Value value);  // value null: delete
struct GetSetDef {
  const char* name;
  GetterFn get;
  SetterFn set = nullptr;  // null: read-only ("attribute 'x' of 'T' objects is not writable")
  const char* doc = nullptr;
};
void add_getsets(Type* type, std::initializer_list<GetSetDef> getsets);
// The getter of an attribute that is always None here (__weakref__ without
// weak references, __text_signature__ without signature text, …).
Value none_getter(Value self);
// Start-up: true once finish_static_types() ran; it calls add_deferred_native_entries().
bool static_types_finished();
void add_deferred_native_entries();

// Adds native functions to a module's namespace.
void add_functions(Module* module, std::initializer_list<MethodDef> functions);

// Adds int constants (flags, limits, C library values) to a module's namespace.
struct IntConstant {
  const char* name;
  int64_t value;
};
void add_int_constants(Module* module, std::initializer_list<IntConstant> constants);

// Argument checking with CPython's messages. `name` is the function's name as
// CPython prints it ("len", "append", "int.bit_length" style where CPython does).
// TypeError "NAME() takes no keyword arguments".
void reject_keywords(const char* name, Tuple* kwnames);
// The keyword check of a native constructor whose parameters are all
// positional, as CPython's (type == base || type->tp_init == base->tp_init):
// a subclass defining its own __init__ may be called with keywords, which
// that __init__ takes; otherwise reject_keywords.
void reject_constructor_keywords(const char* name, Type* type, Type* base, Tuple* kwnames);
// TypeError for nargs outside [min, max]: "NAME expected at most 2 arguments, got 3",
// "NAME() takes exactly one argument (0 given)" … in CPython's wording for the
// arity (exactly/at least/at most).
void check_positional(const char* name, size_t nargs, size_t min, size_t max);
// The same check in PyArg_ParseTuple's wording, for the functions CPython
// parses that way: "NAME() takes at most 1 argument (2 given)".
void check_tuple_arity(const char* name, size_t nargs, size_t min, size_t max);

// Binds positional-or-keyword arguments as Argument Clinic does: `params`
// names every parameter in order; the first `posonly` are positional-only,
// those from `kwonly_start` on keyword-only; `required` is how many leading
// parameters must be given. Missing optional parameters are left null in `out`.
// Raises CPython's TypeErrors ("NAME() missing required argument 'x' (pos 1)",
// "'y' is an invalid keyword argument for NAME()", "NAME() takes at most 2
// arguments (3 given)" — "positional arguments" when there are keyword-only
// parameters —, "argument for NAME() given by name ('x') and position (1)").
struct Signature {
  const char* name;
  std::initializer_list<const char*> params;
  size_t required = 0;
  size_t posonly = 0;
  size_t kwonly_start = SIZE_MAX;
};
void bind_arguments(const Signature& signature, const Value* args, size_t nargs, Tuple* kwnames,
                    Value* out);

}  // namespace krait
