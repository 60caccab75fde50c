// The `_abc` module (CPython's Modules/_abc.c): the state of each abstract
// base class and the isinstance/issubclass checks abc.ABCMeta delegates to.
//
// An ABC's registry and its positive and negative caches hold classes by weak
// reference. Each is a table from the class's hidden address to its weak
// reference; an entry whose referent died is treated as absent (the address
// may have been reused) and dropped when met, instead of through a weak
// reference callback as CPython does.
#include "modules/abc.h"

#include <cstdint>
#include <string>

#include <gc/gc.h>

#include "modules/weakref.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

Type abc_data_type;

using WeakTable = gc::unordered_map<uintptr_t, Value>;

struct AbcData : Object {
  WeakTable* registry;
  WeakTable* cache;
  WeakTable* negative_cache;
  uint64_t negative_cache_version;
};

// Bumped by every register(), so that negative caches made before it are stale.
uint64_t abc_invalidation_counter = 0;

uintptr_t table_key(Value object) {
  return static_cast<uintptr_t>(GC_HIDE_POINTER(object.as_object()));
}

bool table_contains(WeakTable& table, Value object) {
  auto found = table.find(table_key(object));
  if (found == table.end()) return false;
  Value referent = weak_referent(found->second);
  if (referent.is_null()) {
    table.erase(found);
    return false;
  }
  return referent.is(object);
}

void table_add(WeakTable& table, Value object) {
  table[table_key(object)] = make_weak_reference(object);
}

// The live classes of a table (copied first: checks on them may run Python
// code that changes the table).
gc::vector<Value> table_classes(WeakTable& table) {
  gc::vector<Value> classes;
  for (auto it = table.begin(); it != table.end();) {
    Value referent = weak_referent(it->second);
    if (referent.is_null()) {
      it = table.erase(it);
    } else {
      classes.push_back(referent);
      ++it;
    }
  }
  return classes;
}

Value table_weakref_set(WeakTable& table) {
  Set* set = make_set();
  for (Value cls : table_classes(table)) set_add(set, make_weak_reference(cls));
  return Value::from_object(set);
}

WeakTable* make_table() { return new (GC_MALLOC(sizeof(WeakTable))) WeakTable(); }

Value abc_data_new(Type* type, const Value*, size_t, Tuple*) {
  auto* data = static_cast<AbcData*>(allocate_instance(type));
  data->registry = make_table();
  data->cache = make_table();
  data->negative_cache = make_table();
  data->negative_cache_version = abc_invalidation_counter;
  return Value::from_object(data);
}

Str* name_abc_impl() {
  static Str* name = intern("_abc_impl");
  return name;
}

AbcData* get_impl(Value self) {
  // The hot path of every check: a class whose metaclass does not define
  // _abc_impl finds it along its own MRO through the method cache. An
  // _abc_data object is no descriptor, so this is what getattr answers.
  if (self.is_object() && (type_of(self)->flags & kTypeTypeSubclass) &&
      type_lookup(type_of(self), name_abc_impl()).is_null()) {
    Value impl = type_lookup(static_cast<Type*>(self.as_object()), name_abc_impl());
    if (!impl.is_null() && type_of(impl) == &abc_data_type) {
      return static_cast<AbcData*>(impl.as_object());
    }
  }
  Value impl = getattr(self, name_abc_impl());
  if (type_of(impl) != &abc_data_type) throw_type_error("_abc_impl is set to a wrong type");
  return static_cast<AbcData*>(impl.as_object());
}

bool is_class(Value v) { return v.is_object() && (type_of(v)->flags & kTypeTypeSubclass); }

bool is_abstract(Value value) {
  static Str* name = intern("__isabstractmethod__");
  Value flag = lookup_attr(value, name);
  return !flag.is_null() && truthy(flag);
}

// The names of self's abstract methods: its own abstract attributes and the
// inherited abstract names it does not override.
void compute_abstract_methods(Value self) {
  static Str* abstractmethods = intern("__abstractmethods__");
  Set* abstracts = make_frozenset();
  Value ns = getattr(self, intern("__dict__"));
  Value items = call_method(ns, intern("items"), {});
  Value iterator = get_iter(items);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    if (!item.is_object() || type_of(item) != &tuple_type ||
        static_cast<Tuple*>(item.as_object())->size != 2) {
      throw_type_error("items() returned item which size is not 2");
    }
    Tuple* pair = static_cast<Tuple*>(item.as_object());
    if (is_abstract((*pair)[1])) set_add(abstracts, (*pair)[0]);
  }
  Value bases = getattr(self, intern("__bases__"));
  if (!bases.is_object() || type_of(bases) != &tuple_type) {
    throw_type_error("__bases__ is not tuple");
  }
  Tuple* base_tuple = static_cast<Tuple*>(bases.as_object());
  for (size_t i = 0; i < base_tuple->size; ++i) {
    Value base_abstracts = lookup_attr((*base_tuple)[i], abstractmethods);
    if (base_abstracts.is_null()) continue;
    Value names_iter = get_iter(base_abstracts);
    for (Value key = iter_next(names_iter); !key.is_null(); key = iter_next(names_iter)) {
      if (!key.is_object() || !(type_of(key)->flags & kTypeStrSubclass)) {
        throw_type_error("attribute name must be string, not '" + type_name(key) + "'");
      }
      Value value = lookup_attr(self, static_cast<Str*>(key.as_object()));
      if (!value.is_null() && is_abstract(value)) set_add(abstracts, key);
    }
  }
  setattr(self, abstractmethods, Value::from_object(abstracts));
}

constexpr uint64_t kCollectionFlags = kTypeSequence | kTypeMapping;

// Gives `type` and its subclasses the pattern-matching kind `flag`, stopping
// at built-in types and at types that have it already, as CPython does.
void set_collection_flag_recursive(Type* type, uint64_t flag) {
  if ((type->flags & kTypeImmutable) || (type->flags & kCollectionFlags) == flag) return;
  type->flags = (type->flags & ~kCollectionFlags) | flag;
  if (!type->subclasses) return;
  for (size_t i = 0; i < type->subclasses->size; ++i) {
    Value sub = type->subclasses->items[i];
    if (is_class(sub)) set_collection_flag_recursive(static_cast<Type*>(sub.as_object()), flag);
  }
}

Value abc_get_cache_token(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("get_cache_token", kwnames);
  check_positional("get_cache_token", nargs, 0, 0);
  return make_int_from_unsigned(abc_invalidation_counter);
}

Value abc_init(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_abc_init", kwnames);
  check_positional("_abc_init", nargs, 1, 1);
  Value self = args[0];
  compute_abstract_methods(self);
  setattr(self, name_abc_impl(), abc_data_new(&abc_data_type, nullptr, 0, nullptr));
  if (is_class(self)) {
    static Str* tpflags = intern("__abc_tpflags__");
    Type* type = static_cast<Type*>(self.as_object());
    Value flags = dict_get_str(type->dict, tpflags);
    if (!flags.is_null()) {
      // CPython's flag bits: Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING.
      constexpr int64_t kSequenceBit = int64_t{1} << 5;
      constexpr int64_t kMappingBit = int64_t{1} << 6;
      if (is_exact_int(flags)) {
        int64_t bits = 0;
        if (!int_to_int64(flags, bits)) {
          throw_overflow_error("Python int too large to convert to C long");
        }
        if ((bits & kSequenceBit) && (bits & kMappingBit)) {
          throw_type_error(
              "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
        }
        if (bits & kSequenceBit) type->flags |= kTypeSequence;
        if (bits & kMappingBit) type->flags |= kTypeMapping;
      }
      dict_delete(type->dict, Value::from_object(tpflags));
    }
  }
  return none();
}

Value abc_register(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_abc_register", kwnames);
  check_positional("_abc_register", nargs, 2, 2);
  Value self = args[0];
  Value subclass = args[1];
  if (!is_class(subclass)) throw_type_error("Can only register classes");
  if (issubclass(subclass, self)) return subclass;  // already a subclass
  // Subtle: test for cycles after the test for "already a subclass";
  // registering a class as its own virtual subclass is then a no-op.
  if (issubclass(self, subclass)) {
    throw_runtime_error("Refusing to create an inheritance cycle");
  }
  AbcData* impl = get_impl(self);
  table_add(*impl->registry, subclass);
  ++abc_invalidation_counter;
  if (is_class(self)) {
    uint64_t flag = static_cast<Type*>(self.as_object())->flags & kCollectionFlags;
    if (flag) set_collection_flag_recursive(static_cast<Type*>(subclass.as_object()), flag);
  }
  return subclass;
}

Value abc_instancecheck(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static Str* subclasscheck = intern("__subclasscheck__");
  static Str* dunder_class = intern("__class__");
  reject_keywords("_abc_instancecheck", kwnames);
  check_positional("_abc_instancecheck", nargs, 2, 2);
  Value self = args[0];
  Value instance = args[1];
  AbcData* impl = get_impl(self);
  // instance.__class__ is type(instance) unless a class overrides __class__.
  static Value object_class_descriptor = type_lookup(&object_type, dunder_class);
  Type* instance_type = type_of(instance);
  Value subclass = type_lookup(instance_type, dunder_class).is(object_class_descriptor)
                       ? Value::from_object(instance_type)
                       : getattr(instance, dunder_class);
  if (subclass.is_object() && table_contains(*impl->cache, subclass)) return make_bool(true);
  Value subtype = Value::from_object(instance_type);
  if (subtype.is(subclass)) {
    if (impl->negative_cache_version == abc_invalidation_counter &&
        table_contains(*impl->negative_cache, subclass)) {
      return make_bool(false);
    }
    return call_method(self, subclasscheck, {subclass});
  }
  Value result = call_method(self, subclasscheck, {subclass});
  if (truthy(result)) return result;
  return call_method(self, subclasscheck, {subtype});
}

Value abc_subclasscheck(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static Str* subclasshook = intern("__subclasshook__");
  static Str* subclasses_name = intern("__subclasses__");
  reject_keywords("_abc_subclasscheck", kwnames);
  check_positional("_abc_subclasscheck", nargs, 2, 2);
  Value self = args[0];
  Value subclass = args[1];
  if (!is_class(subclass)) throw_type_error("issubclass() arg 1 must be a class");
  AbcData* impl = get_impl(self);
  if (table_contains(*impl->cache, subclass)) return make_bool(true);
  if (impl->negative_cache_version < abc_invalidation_counter) {
    impl->negative_cache->clear();
    impl->negative_cache_version = abc_invalidation_counter;
  } else if (table_contains(*impl->negative_cache, subclass)) {
    return make_bool(false);
  }
  Value hook = call_method(self, subclasshook, {subclass});
  if (hook.is(make_bool(true))) {
    table_add(*impl->cache, subclass);
    return make_bool(true);
  }
  if (hook.is(make_bool(false))) {
    table_add(*impl->negative_cache, subclass);
    return make_bool(false);
  }
  if (!hook.is(not_implemented())) {
    raise(&exc_AssertionError,
                "__subclasshook__ must return either False, True, or NotImplemented");
  }
  Tuple* mro = static_cast<Type*>(subclass.as_object())->mro;
  for (size_t i = 0; mro && i < mro->size; ++i) {
    if ((*mro)[i].is(self)) {
      table_add(*impl->cache, subclass);
      return make_bool(true);
    }
  }
  // A class registered directly answers without entering the cache, as in CPython.
  if (table_contains(*impl->registry, subclass)) return make_bool(true);
  for (Value registered : table_classes(*impl->registry)) {
    if (issubclass(subclass, registered)) {
      table_add(*impl->cache, subclass);
      return make_bool(true);
    }
  }
  Value subclasses = call_method(self, subclasses_name, {});
  if (!subclasses.is_object() || type_of(subclasses) != &list_type) {
    throw_type_error("__subclasses__() must return a list");
  }
  List* list = static_cast<List*>(subclasses.as_object());
  for (size_t i = 0; i < list->size; ++i) {
    if (issubclass(subclass, list->items[i])) {
      table_add(*impl->cache, subclass);
      return make_bool(true);
    }
  }
  table_add(*impl->negative_cache, subclass);
  return make_bool(false);
}

Value abc_get_dump(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_get_dump", kwnames);
  check_positional("_get_dump", nargs, 1, 1);
  AbcData* impl = get_impl(args[0]);
  return Value::from_object(make_tuple({table_weakref_set(*impl->registry),
                                        table_weakref_set(*impl->cache),
                                        table_weakref_set(*impl->negative_cache),
                                        make_int_from_unsigned(impl->negative_cache_version)}));
}

Value abc_reset_registry(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_reset_registry", kwnames);
  check_positional("_reset_registry", nargs, 1, 1);
  get_impl(args[0])->registry->clear();
  return none();
}

Value abc_reset_caches(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_reset_caches", kwnames);
  check_positional("_reset_caches", nargs, 1, 1);
  AbcData* impl = get_impl(args[0]);
  impl->cache->clear();
  impl->negative_cache->clear();
  return none();
}

}  // namespace

Module* create_abc_module() {
  static Module* module = nullptr;
  if (module) return module;
  abc_data_type.new_instance = abc_data_new;
  init_static_type(&abc_data_type, "_abc._abc_data", nullptr, sizeof(AbcData), kTypeImmutable);
  set_type_doc(&abc_data_type, "Internal state held by ABC machinery.");
  module = make_module(intern("_abc"));
  add_functions(module, {
      {"get_cache_token", abc_get_cache_token, kMethodInstance,
       "Returns the current ABC cache token.\n\nThe token is an opaque object (supporting "
       "equality testing) identifying the\ncurrent version of the ABC cache for virtual "
       "subclasses. The token changes\nwith every call to register() on any ABC."},
      {"_abc_init", abc_init, kMethodInstance, "Internal ABC helper for class set-up. Should be never used outside abc module."},
      {"_abc_register", abc_register, kMethodInstance, "Internal ABC helper for subclasss registration. Should be never used outside abc module."},
      {"_abc_instancecheck", abc_instancecheck, kMethodInstance, "Internal ABC helper for instance checks. Should be never used outside abc module."},
      {"_abc_subclasscheck", abc_subclasscheck, kMethodInstance, "Internal ABC helper for subclasss checks. Should be never used outside abc module."},
      {"_get_dump", abc_get_dump, kMethodInstance,
       "Internal ABC helper for cache and registry debugging.\n\nReturn shallow copies of "
       "registry, of both caches, and\nnegative cache version. Don't call this function "
       "directly,\ninstead use ABC._dump_registry() for a nice repr."},
      {"_reset_registry", abc_reset_registry, kMethodInstance, "Internal ABC helper to reset registry of a given class.\n\nShould be only used by refleak.py"},
      {"_reset_caches", abc_reset_caches, kMethodInstance, "Internal ABC helper to reset both caches of a given class.\n\nShould be only used by refleak.py"},
  });
  dict_set_str(module->dict, intern("_abc_data"), Value::from_object(&abc_data_type));
  dict_set_str(module->dict, intern("__doc__"), str_value("Module contains faster C implementation of abc.ABCMeta"));
  return module;
}

}  // namespace krait
