// Weak references and the `_weakref` module (CPython's Objects/weakrefobject.c
// and Modules/_weakref.c).
//
// A weak reference keeps its referent's address hidden from the collector and
// registered as a disappearing link, so the collector clears it when the
// referent becomes unreachable. A registry keyed by the (hidden) referent
// address lists each object's weak references in CPython's order, itself
// through links the collector clears when a weak reference dies, so neither
// side keeps the other alive. After each collection, at the next safe point,
// run_pending_finalizers() calls process_cleared_weakrefs(), which calls the
// callbacks of the live weak references whose referent died.
#pragma once

#include "runtime/object.h"

namespace krait {

struct Module;

extern Type weakref_type;               // weakref.ReferenceType
extern Type weakproxy_type;             // weakref.ProxyType
extern Type weakcallableproxy_type;     // weakref.CallableProxyType

// Marks the native types CPython makes weak-referenceable and readies the
// weak reference types; once at start-up, before any class is created.
void init_weakref_types();

// Whether instances of `type` accept weak references (CPython's
// tp_weaklistoffset != 0).
inline bool is_weakrefable(Type* type) { return type->flags & kTypeWeakrefable; }

// `weakref.ref(object)` without a callback (the object's shared basic
// reference); TypeError when `object` does not accept weak references.
Value make_weak_reference(Value object);
// The referent of a weak reference made by make_weak_reference, or null once
// it died.
Value weak_referent(Value ref);

// The getter of `__weakref__`: the first weak reference to `self`, or None.
Value weakref_list_head(Value self);

// Calls the callbacks of weak references whose referents the collector found
// dead; answers how many referents were found dead.
size_t process_cleared_weakrefs();

// The built-in module `_weakref`.
Module* create_weakref_module();

}  // namespace krait
