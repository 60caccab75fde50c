// The abstract object protocol: what the interpreter and native code call to
// operate on any value. Each function dispatches through type slots and
// raises CPython's TypeError when the operation is unsupported.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>

#include "runtime/object.h"

namespace krait {

// repr(v) / str(v) as Str* (raise on non-str results from __repr__/__str__).
Str* repr(Value v);
Str* str(Value v);
std::string repr_string(Value v);
std::string str_string(Value v);
// ascii(v)
Str* ascii(Value v);
// format(v, spec)
Str* format_value(Value v, Str* spec);

int64_t hash(Value v);
bool truthy(Value v);

// Rich comparison with reflection and NotImplemented fallback; Eq/Ne fall
// back to identity. Raises "'<' not supported between instances of 'A' and 'B'".
Value compare(Value a, Value b, CompareOp op);
bool compare_bool(Value a, Value b, CompareOp op);
// a == b with the identity shortcut (as containers compare).
bool equals(Value a, Value b);

// a ○ b with __r○__ reflection and subclass priority; a ○= b.
Value binary_op(Value a, Value b, BinaryOp op);
Value inplace_op(Value a, Value b, BinaryOp op);
Value unary_op(Value a, UnaryOp op);
// pow(a, b, m) (m may be none()).
Value power(Value a, Value b, Value m);

// Attribute access. getattr raises AttributeError; lookup_attr answers null
// for a plain miss (DESIGN §6).
Value getattr(Value object, Str* name);
Value lookup_attr(Value object, Str* name);
void setattr(Value object, Str* name, Value value);
void delattr(Value object, Str* name);

// Calls. `kwnames` lists the names of the trailing keyword arguments.
Value call(Value callable, const Value* args, size_t nargs, Tuple* kwnames = nullptr);
Value call(Value callable, std::initializer_list<Value> args);
// obj.name(args…), without building a bound method where avoidable.
Value call_method(Value object, Str* name, std::initializer_list<Value> args);
// Like call_method but answers null when the attribute is missing.
Value call_method_if_present(Value object, Str* name, std::initializer_list<Value> args);
bool is_callable(Value v);
// A special method: type(object).name bound to object, the instance's own
// attributes and __getattr__ not consulted (CPython's _PyObject_LookupSpecial);
// null when the type has none.
Value lookup_special(Value object, Str* name);

// Iteration. iter_next answers null when exhausted (StopIteration is never
// raised through it; a StopIteration raised by a Python __next__ is turned
// into exhaustion here).
Value get_iter(Value iterable);
Value iter_next(Value iterator);

// Item access and containment.
Value getitem(Value container, Value key);
void setitem(Value container, Value key, Value value);
void delitem(Value container, Value key);
bool contains(Value container, Value item);
// len(v), raising "object of type 'T' has no len()".
int64_t length(Value v);
// operator.length_hint
int64_t length_hint(Value v, int64_t default_value);

// isinstance / issubclass with __instancecheck__ / __subclasscheck__.
bool isinstance(Value object, Value classinfo);
bool issubclass(Value derived, Value classinfo);
// The plain MRO check (no hooks).
bool is_subtype(Type* derived, Type* base);
inline bool is_instance_of(Value v, Type* type) { return is_subtype(type_of(v), type); }

// The file descriptor of an int or of an object with a fileno() method
// (PyObject_AsFileDescriptor), with CPython's TypeError, OverflowError and
// "file descriptor cannot be a negative integer (-1)" ValueError.
int as_file_descriptor(Value object);

}  // namespace krait
