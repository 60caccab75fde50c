// The built-in exception types (exceptions.def) and exception objects.
#pragma once

#include <cstddef>
#include <string_view>

#include "runtime/gc.h"
#include "runtime/object.h"

namespace krait {

#define KRAIT_EXCEPTION(name, base) extern Type exc_##name;
#include "objects/exceptions.def"
#undef KRAIT_EXCEPTION

// The state every exception instance has (BaseException's layout); the
// subclasses with attributes of their own (OSError, SyntaxError, StopIteration,
// SystemExit, KeyError, NameError, AttributeError, ImportError, UnicodeError,
// BaseExceptionGroup) extend it in objects/exceptions.cpp.
struct BaseExceptionObject : Object {
  Tuple* args;
  Value traceback;  // a traceback object or None
  Value context;    // __context__ or None
  Value cause;      // __cause__ or None
  bool suppress_context;
};

// BaseExceptionGroup's layout (objects/exception_group.cpp).
struct BaseExceptionGroupObject : BaseExceptionObject {
  Value message;      // a str
  Tuple* exceptions;  // never empty
};

// BaseException.__new__: an instance of `type` whose args are `args`.
Value base_exception_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames);

// group.split(condition) without the method call: the matching part of the
// group (None when nothing matches) and, in *rest, the other part (None when
// everything matches). `condition` is an exception type, a tuple of them or a
// Python function, as split() accepts (TypeError otherwise).
Value exception_group_split(Value group, Value condition, Value* rest);
// The part of `group` whose leaves are among `leaves` (compared by identity),
// keeping the group's structure and metadata; None when there is none. This
// is the matcher PREP_RERAISE_STAR needs (CPython's match by instance ids).
Value exception_group_project(Value group, const Value* leaves, size_t count);
// Appends the leaf exceptions of `exception` (itself when it is not a group).
void exception_group_collect_leaves(Value exception, gc::vector<Value>& leaves);
// BaseExceptionGroup(message, exceptions): an ExceptionGroup when every member
// is an Exception (what the interpreter makes for except*).
Value make_exception_group(Str* message, Value exceptions);

// A new instance of `type` called with `args` (as `type(*args)`).
Value new_exception(Type* type, Tuple* args);
// A new instance of `type` called with one str argument.
Value new_exception_message(Type* type, std::string_view message);
bool is_exception_instance(Value v);
// Gives an AttributeError raised while getting object.name without its name
// and obj (a bare `raise AttributeError` in __getattr__) those two, so that
// its display can suggest a similar name (CPython's set_attribute_error_context).
void add_attribute_error_context(Value error, Value object, Str* name);
bool is_exception_class(Value v);
// A new exception class as a class statement makes it (PyErr_NewException):
// "module.Name" gives its __module__ and __name__; it derives from `base`.
Type* make_exception_class(std::string_view dotted_name, Type* base);

void init_exception_types();
// BaseExceptionGroup's slots, methods and attributes, and ExceptionGroup's
// second base: called by init_exception_types before it readies the types.
void init_exception_group_types();

}  // namespace krait
