// Python classes: what type.__new__ builds for a class statement or
// type(name, bases, dict) (make_class, declared in objects/type.h), the slot
// trampolines through which a class's dunders fill its Type slots, and the
// types the class machinery needs: super, property, classmethod, staticmethod.
#pragma once

#include <initializer_list>
#include <string_view>

#include "runtime/object.h"

namespace krait {

extern Type super_type;

struct Super : Object {
  Type* type;       // __thisclass__: the lookup starts after it in the MRO
  Value obj;        // __self__, null when unbound
  Type* obj_type;   // __self_class__, null when unbound
};

// The C3 linearisation of type's __bases__ (what type.mro() answers), raising
// "Cannot create a consistent method resolution order (MRO) …" or
// "duplicate base class A".
Tuple* compute_mro(Type* type);

// type.__bases__ = value, as CPython's type_set_bases: checks the new bases,
// recomputes the MRO of the class and its subclasses (undone on failure),
// moves the class between its bases' subclass lists and refreshes the slots.
void type_bases_set(Value self, Value value);

// super(start, obj).name for a super bound to `obj` whose MRO is the one of
// `obj_type`: the first definition after `start`, bound with descr_get.
// Null when no class after `start` defines it.
Value super_lookup(Type* start, Value obj, Type* obj_type, Str* name);

// Registers the collector finaliser that calls __del__; allocate_instance
// calls it for instances of types with kTypeHasFinalizer.
void register_instance_finalizer(Object* object);

// Readies super, property, classmethod and staticmethod and installs the
// class machinery's hooks and attributes (object.__class__ assignment,
// object.__reduce_ex__, type.__abstractmethods__). Start-up, after
// init_type_system().
// self.<name>(args) with <name> looked up on self's type, as CPython's
// special-method lookup (a type's own attributes are not consulted for
// itself); null when the type has no such attribute.
Value call_special(Value self, Str* name, std::initializer_list<Value> args);

// Reports an exception escaping __del__ or a callback through
// sys.unraisablehook (modules/sys.h): "Exception ignored in: <what>" and the
// traceback. `message` replaces "Exception ignored in" (atexit: "Exception
// ignored in atexit callback").
inline constexpr std::string_view kDefaultUnraisableMessage = "Exception ignored in";
void report_unraisable(Value what, Value error,
                       std::string_view message = kDefaultUnraisableMessage);

// Whether CPython's counterpart of `type` is collected by its cycle
// collector (Py_TPFLAGS_HAVE_GC, tp_free PyObject_GC_Del).
bool cpython_frees_with_gc(Type* type);

// True when `fn` is the slot function of a class whose __setattr__ or
// __delattr__ is written in Python (CPython's slot_tp_setattro).
bool is_python_setattr(SetAttrFn fn);

// True when `type`'s instances are made by a __new__ written in Python.
bool has_python_new(Type* type);

// What pickling saves of an object's attributes: its __getstate__() (for the
// default, the instance dict and slot values, or None), as the reduce methods
// of built-in containers use (CPython's _PyObject_GetState).
Value object_state(Value self);

void init_class_types();

}  // namespace krait
