// type and object: the type system (DESIGN §4). C3 method resolution order,
// attribute lookup along the MRO, Python classes whose dunders fill the slots
// through trampolines, version tags.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>

#include "runtime/object.h"

namespace krait {

extern Type type_type;
extern Type object_type;

// Readies a static (native) type: sets its header to `type`, its base (object
// when null), bases, mro and dict, inherits the slots it leaves null from its
// base, and fills the Python-visible slot wrappers (`__add__`, `__repr__` …)
// for the slots it defines. `name` may be dotted ("itertools.count") to give
// the module. Call once per native type at start-up, bases first; set the
// slots before the call. During start-up the parts that allocate (dict,
// tuples, names, wrappers, and methods added with add_methods) are completed
// by finish_static_types(), once str, dict and tuple work.
void init_static_type(Type* type, const char* name, Type* base, uint32_t basic_size,
                      uint64_t flags);

// Gives a static type bases beyond its solid base (ExceptionGroup derives from
// BaseExceptionGroup and Exception): __bases__ becomes `bases`, the solid base
// first, and __mro__ their C3 linearisation. During start-up it takes effect
// in finish_static_types().
void set_static_type_bases(Type* type, std::initializer_list<Type*> bases);

// Sets the __doc__ of a static type (during start-up, once its dict exists).
void set_type_doc(Type* type, const char* doc);
// Sets the __text_signature__ of a static type ("(iterable=(), /)"), the
// constructor signature inspect.signature() reads.
void set_type_text_signature(Type* type, const char* signature);

// The method cache: (version tag, interned name) → the MRO lookup's answer,
// as CPython's type attribute cache. Entries of a modified type are abandoned
// by giving it a new tag.
struct MethodCacheEntry {
  uint64_t version;
  Str* name;
  Value value;
};
inline constexpr size_t kMethodCacheSize = 4096;
extern MethodCacheEntry method_cache[kMethodCacheSize];
inline MethodCacheEntry& method_cache_entry(const Type* type, const Str* name) {
  // Str objects are 16-byte aligned: the low address bits carry nothing.
  size_t index = (type->version_tag * 0x9E3779B97F4A7C15ull >> 52) ^
                 (reinterpret_cast<uintptr_t>(name) >> 4);
  return method_cache[index & (kMethodCacheSize - 1)];
}
// The MRO walk behind a cache miss (fills the cache for interned names).
Value type_lookup_uncached(Type* type, Str* name);
// Looks `name` up along type's MRO (no descriptors invoked); null if absent.
// On every attribute access, hence the inline cache probe.
inline Value type_lookup(Type* type, Str* name) {
  const MethodCacheEntry& entry = method_cache_entry(type, name);
  if (entry.version == type->version_tag && entry.name == name) return entry.value;
  return type_lookup_uncached(type, name);
}

// object.__getattribute__ / __setattr__ / __delattr__: data descriptors, the
// instance dict, then non-data descriptors and class attributes.
Value generic_getattr(Value object, Str* name);
void generic_setattr(Value object, Str* name, Value value);

// type(name, bases, dict) as the class statement calls it through the metaclass.
Value make_class(Type* metatype, Str* name, Tuple* bases, Dict* namespace_dict,
                 const Value* kwargs, size_t nkwargs, Tuple* kwnames);

// Bumps the version tag of `type` and of every subclass (after a change to
// its dict or bases).
void type_modified(Type* type);

// The __dict__ of an instance (creating it on first use); null if its type
// has none.
Dict* instance_dict(Value object);

// The header slots of object and type (no allocation): the first step of start-up.
void init_type_system();
// Completes every static type readied so far (see init_static_type); after
// it, init_static_type completes types at once.
void finish_static_types();
// Called when an attribute of a heap type is set or deleted, so that a dunder
// assigned after class creation updates the slot (set by objects/class.cpp).
extern void (*type_attribute_changed)(Type* type, Str* name);
// The dict of `type`, created on first use (for add_methods before start-up ends).
Dict* type_dict(Type* type);
// The default slots of object, for trampolines and comparisons.
Value object_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames);
void object_init(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Value object_repr(Value self);
Value object_str(Value self);
int64_t object_hash(Value self);
Value object_richcompare(Value self, Value other, CompareOp op);
// `T.__new__` for a native type T with its own new_instance slot.
Value make_new_wrapper(Type* type);
// The hash CPython gives an object by address.
int64_t pointer_hash(const void* pointer);
// The __module__ of a type as a str value, and its fully qualified name for reprs
// ("int", "__main__.C").
Value type_module(Type* type);
std::string type_qualified_name(Type* type);
// Refuses a class name CPython cannot keep as its C string: UnicodeEncodeError
// for a lone surrogate, ValueError for a NUL.
void check_type_name(Str* name);

}  // namespace krait
