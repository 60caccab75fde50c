// Weak references (see modules/weakref.h for the mechanism).
#include "modules/weakref.h"

#include <gc/gc.h>

#include <cstdio>
#include <string>
#include <utility>

#include "objects/class.h"
#include "objects/container_support.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/code.h"
#include "vm/generator.h"
#include "vm/import.h"

namespace krait {

Type weakref_type;
Type weakproxy_type;
Type weakcallableproxy_type;

namespace {

// A weak reference or proxy. `hidden_referent` is the referent's address in
// the collector's hidden form, registered as a disappearing link on its
// block: the collector sets it to 0 when the referent becomes unreachable.
struct WeakRef : Object {
  GC_hidden_pointer hidden_referent;
  Value callback;  // null: none (also once the callback has been called)
  int64_t hash;    // -1 until computed
};

WeakRef* as_weakref(Value v) { return static_cast<WeakRef*>(v.as_object()); }

Object* referent_of(const WeakRef* ref) {
  GC_hidden_pointer hidden = ref->hidden_referent;
  return hidden ? static_cast<Object*>(GC_REVEAL_POINTER(hidden)) : nullptr;
}

bool is_weakref_object(Value v) { return is_instance_of(v, &weakref_type); }
bool is_proxy_object(Value v) {
  Type* type = type_of(v);
  return type == &weakproxy_type || type == &weakcallableproxy_type;
}

// --- the registry --------------------------------------------------------------
//
// Referent address (hidden) → the weak references to it, in CPython's list
// order. Each entry is a one-word atomic block holding a weak reference's
// address hidden, registered as a long link: cleared when the weak reference
// is reclaimed (after finalisers had their chance to keep it), so the list
// never keeps a weak reference alive. An entry whose first live weak
// reference has a cleared referent belongs to a dead object (all links to
// one object clear in the same collection); its address may be reused.

using WeakSlot = GC_hidden_pointer;
using WeakList = gc::vector<WeakSlot*>;

using Registry = gc::unordered_map<GC_hidden_pointer, WeakList>;

// In uncollectable (scanned) memory and never destroyed: weak references may
// still be used while the process exits.
Registry& registry() {
  static Registry* table = new (GC_MALLOC_UNCOLLECTABLE(sizeof(Registry))) Registry();
  return *table;
}

WeakRef* slot_weakref(const WeakSlot* slot) {
  return *slot ? static_cast<WeakRef*>(GC_REVEAL_POINTER(*slot)) : nullptr;
}

// Drops the slots of reclaimed weak references.
void prune(WeakList& list) {
  size_t kept = 0;
  for (WeakSlot* slot : list) {
    if (*slot) list[kept++] = slot;
  }
  list.resize(kept);
}

bool list_is_dead(const WeakList& list) {
  return !list.empty() && !referent_of(slot_weakref(list.front()));
}

// Collects the callbacks of a dead object's weak references (list order),
// forgetting them so that each runs once.
void take_callbacks(const WeakList& list, gc::vector<Value>& pending) {
  for (WeakSlot* slot : list) {
    WeakRef* ref = slot_weakref(slot);
    if (!ref || ref->callback.is_null()) continue;
    pending.push_back(Value::from_object(ref));
    pending.push_back(ref->callback);
    ref->callback = Value::null();
  }
}

void run_callbacks(const gc::vector<Value>& pending) {
  for (size_t i = 0; i < pending.size(); i += 2) {
    Value saved = take_current_exception();
    try {
      call(pending[i + 1], {pending[i]});
    } catch (const PyException&) {
      report_unraisable(pending[i + 1], take_current_exception());
    }
    thread_state()->current_exception = saved;
  }
}

// The live list of `object`'s weak references, or null when it has none. A
// list left by a dead object at the same address is settled first.
WeakList* find_list(Object* object) {
  auto& table = registry();
  auto found = table.find(GC_HIDE_POINTER(object));
  if (found == table.end()) return nullptr;
  prune(found->second);
  if (found->second.empty() || list_is_dead(found->second)) {
    gc::vector<Value> pending;
    if (!found->second.empty()) take_callbacks(found->second, pending);
    table.erase(found);
    run_callbacks(pending);
    return nullptr;
  }
  return &found->second;
}

WeakList& list_for(Object* object) {
  if (WeakList* list = find_list(object)) return *list;
  return registry()[GC_HIDE_POINTER(object)];
}

WeakSlot* make_slot(WeakRef* ref) {
  auto* slot = static_cast<WeakSlot*>(gc_alloc_atomic(sizeof(WeakSlot)));
  *slot = GC_HIDE_POINTER(ref);
  if (void* block = GC_base(ref)) GC_register_long_link(reinterpret_cast<void**>(slot), block);
  return slot;
}

// CPython's basic references: a callback-less exact ref at the head, then a
// callback-less proxy; `ref(o)` and `proxy(o)` reuse them.
struct BasicRefs {
  WeakRef* ref = nullptr;
  WeakRef* proxy = nullptr;
  size_t after = 0;  // index after the basic references
};

BasicRefs basic_refs(const WeakList& list) {
  BasicRefs basic;
  size_t index = 0;
  auto at = [&](size_t i) { return i < list.size() ? slot_weakref(list[i]) : nullptr; };
  WeakRef* head = at(index);
  if (head && head->callback.is_null() && head->type == &weakref_type) {
    basic.ref = head;
    head = at(++index);
  }
  if (head && head->callback.is_null() && is_proxy_object(Value::from_object(head))) {
    basic.proxy = head;
    ++index;
  }
  basic.after = index;
  return basic;
}

void check_weakrefable(Value object) {
  if (!object.is_object() || !is_weakrefable(type_of(object))) {
    throw_type_error("cannot create weak reference to '" + type_name(object) + "' object");
  }
}

WeakRef* new_weakref(Type* type, Object* referent, Value callback) {
  auto* ref = static_cast<WeakRef*>(allocate_instance(type));
  ref->hidden_referent = GC_HIDE_POINTER(referent);
  ref->callback = callback;
  ref->hash = -1;
  if (void* block = GC_base(referent)) {
    GC_general_register_disappearing_link(reinterpret_cast<void**>(&ref->hidden_referent), block);
  }
  return ref;
}

// `ref(object, callback)` of `type` with CPython's reuse and list order.
Value get_or_make_ref(Type* type, Value object, Value callback) {
  check_weakrefable(object);
  if (!callback.is_null() && is_none(callback)) callback = Value::null();
  Object* referent = object.as_object();
  WeakList& list = list_for(referent);
  BasicRefs basic = basic_refs(list);
  bool is_basic = callback.is_null() && type == &weakref_type;
  if (is_basic && basic.ref) return Value::from_object(basic.ref);
  WeakRef* ref = new_weakref(type, referent, callback);
  // list_for's reference stays valid: new_weakref does not touch the table.
  size_t position = is_basic ? 0 : basic.after;
  list.insert(list.begin() + static_cast<ptrdiff_t>(position), make_slot(ref));
  return Value::from_object(ref);
}

Value get_or_make_proxy(Value object, Value callback) {
  check_weakrefable(object);
  if (!callback.is_null() && is_none(callback)) callback = Value::null();
  Object* referent = object.as_object();
  WeakList& list = list_for(referent);
  BasicRefs basic = basic_refs(list);
  if (callback.is_null() && basic.proxy) return Value::from_object(basic.proxy);
  Type* type = is_callable(object) ? &weakcallableproxy_type : &weakproxy_type;
  WeakRef* proxy = new_weakref(type, referent, callback);
  size_t position = callback.is_null() ? (basic.ref ? 1 : 0) : basic.after;
  list.insert(list.begin() + static_cast<ptrdiff_t>(position), make_slot(proxy));
  return Value::from_object(proxy);
}

std::string address_of(const void* pointer) {
  char text[32];
  std::snprintf(text, sizeof text, "%p", pointer);
  return text;
}

// --- weakref.ReferenceType ------------------------------------------------------

Value weakref_new(Type* type, const Value* args, size_t nargs, Tuple*) {
  // CPython unpacks the positional arguments only; keywords are ignored.
  check_positional("__new__", nargs, 1, 2);
  return get_or_make_ref(type, args[0], nargs > 1 ? args[1] : Value::null());
}

void weakref_init(Value, const Value*, size_t nargs, Tuple*) {
  check_positional("__init__", nargs, 1, 2);
}

Value weakref_call(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("weakref", kwnames);
  if (nargs) throw_type_error("weakref expected 0 arguments, got " + std::to_string(nargs));
  Object* referent = referent_of(as_weakref(self));
  return referent ? Value::from_object(referent) : none();
}

int64_t weakref_hash(Value self) {
  WeakRef* ref = as_weakref(self);
  if (ref->hash != -1) return ref->hash;
  Object* referent = referent_of(ref);
  if (!referent) throw_type_error("weak object has gone away");
  ref->hash = hash(Value::from_object(referent));
  return ref->hash;
}

Value weakref_richcompare(Value self, Value other, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_weakref_object(self) ||
      !is_weakref_object(other)) {
    return not_implemented();
  }
  Object* left = referent_of(as_weakref(self));
  Object* right = referent_of(as_weakref(other));
  if (!left || !right) {
    bool same = self.is(other);
    return make_bool(op == CompareOp::Eq ? same : !same);
  }
  return compare(Value::from_object(left), Value::from_object(right), op);
}

Value weakref_repr(Value self) {
  Object* referent = referent_of(as_weakref(self));
  std::string text = "<weakref at " + address_of(self.as_object());
  if (!referent) return str_value(text + "; dead>");
  Value target = Value::from_object(referent);
  text += "; to '" + type_name(target) + "' at " + address_of(referent);
  Value name = lookup_attr(target, names.dunder_name);
  if (!name.is_null() && is_str(name)) text += " (" + std::string(name.as<Str>()->view()) + ")";
  return str_value(text + ">");
}

Value weakref_callback_get(Value self) {
  Value callback = as_weakref(self)->callback;
  return callback.is_null() ? none() : callback;
}

// --- weakref.ProxyType, weakref.CallableProxyType ------------------------------

// The referent of a proxy (other values pass through), ReferenceError once dead.
Value unwrap(Value v) {
  if (!is_proxy_object(v)) return v;
  Object* referent = referent_of(as_weakref(v));
  if (!referent) {
    raise_exception(new_exception_message(&exc_ReferenceError,
                                          "weakly-referenced object no longer exists"));
  }
  return Value::from_object(referent);
}

Value proxy_getattr(Value self, Str* name) { return getattr(unwrap(self), name); }
void proxy_setattr(Value self, Str* name, Value value) {
  if (value.is_null()) {
    delattr(unwrap(self), name);
  } else {
    setattr(unwrap(self), name, value);
  }
}
Value proxy_repr(Value self) {
  Object* referent = referent_of(as_weakref(self));
  Value target = referent ? Value::from_object(referent) : none();
  return str_value("<weakproxy at " + address_of(self.as_object()) + " to " + type_name(target) +
                   " at " + address_of(target.as_object()) + ">");
}
Value proxy_str(Value self) { return Value::from_object(str(unwrap(self))); }
Value proxy_richcompare(Value self, Value other, CompareOp op) {
  return compare(unwrap(self), unwrap(other), op);
}
Value proxy_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return call(unwrap(self), args, nargs, kwnames);
}
int64_t proxy_len(Value self) { return length(unwrap(self)); }
bool proxy_bool(Value self) { return truthy(unwrap(self)); }
bool proxy_contains(Value self, Value item) { return contains(unwrap(self), item); }
Value proxy_getitem(Value self, Value key) { return getitem(unwrap(self), key); }
void proxy_setitem(Value self, Value key, Value value) {
  if (value.is_null()) {
    delitem(unwrap(self), key);
  } else {
    setitem(unwrap(self), key, value);
  }
}
Value proxy_iter(Value self) { return get_iter(unwrap(self)); }
Value proxy_next(Value self) {
  Value target = unwrap(self);
  if (!type_of(target)->next) {
    throw_type_error("Weakref proxy referenced a non-iterator '" + type_name(target) +
                     "' object");
  }
  return iter_next(target);
}
template <int Op>
Value proxy_binary(Value left, Value right) {
  return binary_op(unwrap(left), unwrap(right), static_cast<BinaryOp>(Op));
}
template <int Op>
Value proxy_inplace(Value left, Value right) {
  return inplace_op(unwrap(left), unwrap(right), static_cast<BinaryOp>(Op));
}
template <int Op>
Value proxy_unary(Value self) {
  return unary_op(unwrap(self), static_cast<UnaryOp>(Op));
}
Value proxy_power_mod(Value a, Value b, Value m) { return power(unwrap(a), unwrap(b), unwrap(m)); }
// A function of the builtins module, for the operations without a protocol call.
Value builtin(const char* name) {
  return dict_get_str(find_builtin_module(names.builtins)->dict, intern(name));
}
Value proxy_divmod(Value left, Value right) {
  return call(builtin("divmod"), {unwrap(left), unwrap(right)});
}
Value proxy_index(Value self) { return call_method(unwrap(self), names.dunder_index, {}); }
Value proxy_int(Value self) { return call(Value::from_object(&int_type), {unwrap(self)}); }
Value proxy_float(Value self) { return call(Value::from_object(&float_type), {unwrap(self)}); }

Value proxy_bytes(Value self, const Value*, size_t nargs, Tuple*) {
  check_positional("__bytes__", nargs, 0, 0);
  return call(builtin("bytes"), {unwrap(self)});
}
Value proxy_reversed(Value self, const Value*, size_t nargs, Tuple*) {
  check_positional("__reversed__", nargs, 0, 0);
  return call(builtin("reversed"), {unwrap(self)});
}

template <size_t... Ops>
void fill_binary_slots(Type* type, std::index_sequence<Ops...>) {
  ((type->number[Ops] = proxy_binary<Ops>, type->inplace[Ops] = proxy_inplace<Ops>), ...);
}
template <size_t... Ops>
void fill_unary_slots(Type* type, std::index_sequence<Ops...>) {
  ((type->unary[Ops] = proxy_unary<Ops>), ...);
}

void init_proxy_type(Type* type, const char* name, bool callable) {
  type->getattr = proxy_getattr;
  type->setattr = proxy_setattr;
  type->repr = proxy_repr;
  type->str = proxy_str;
  type->richcompare = proxy_richcompare;
  type->len = proxy_len;
  type->boolean = proxy_bool;
  type->contains = proxy_contains;
  type->getitem = proxy_getitem;
  type->setitem = proxy_setitem;
  type->iter = proxy_iter;
  type->next = proxy_next;
  fill_binary_slots(type, std::make_index_sequence<kBinaryOpCount>());
  fill_unary_slots(type, std::make_index_sequence<kUnaryOpCount>());
  type->power_mod = proxy_power_mod;
  type->divmod = proxy_divmod;
  type->index = proxy_index;
  type->to_int = proxy_int;
  type->to_float = proxy_float;
  if (callable) type->call = proxy_call;
  init_static_type(type, name, nullptr, sizeof(WeakRef), 0);
  type->new_instance = nullptr;
  make_unhashable(type);
  add_methods(type, {{"__bytes__", proxy_bytes}, {"__reversed__", proxy_reversed}});
}

// --- the _weakref module ---------------------------------------------------------

Value weakref_module_getweakrefcount(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("getweakrefcount", kwnames);
  check_positional("getweakrefcount", nargs, 1, 1);
  if (!args[0].is_object() || !is_weakrefable(type_of(args[0]))) return make_int(0);
  WeakList* list = find_list(args[0].as_object());
  return make_int(list ? static_cast<int64_t>(list->size()) : 0);
}

Value weakref_module_getweakrefs(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("getweakrefs", kwnames);
  check_positional("getweakrefs", nargs, 1, 1);
  List* result = make_list();
  if (!args[0].is_object() || !is_weakrefable(type_of(args[0]))) return Value::from_object(result);
  if (WeakList* list = find_list(args[0].as_object())) {
    for (WeakSlot* slot : *list) list_append(result, Value::from_object(slot_weakref(slot)));
  }
  return Value::from_object(result);
}

Value weakref_module_proxy(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("proxy", kwnames);
  check_positional("proxy", nargs, 1, 2);
  return get_or_make_proxy(args[0], nargs > 1 ? args[1] : Value::null());
}

Value weakref_module_remove_dead_weakref(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("_remove_dead_weakref", kwnames);
  check_positional("_remove_dead_weakref", nargs, 2, 2);
  if (!is_dict(args[0])) {
    throw_type_error("_remove_dead_weakref() argument 1 must be dict, not " + type_name(args[0]));
  }
  Dict* dict = args[0].as<Dict>();
  Value value = dict_get(dict, args[1]);
  if (value.is_null()) return none();  // already gone: fine, as in CPython
  if (!is_weakref_object(value) && !is_proxy_object(value)) throw_type_error("not a weakref");
  if (!referent_of(as_weakref(value))) dict_delete(dict, args[1]);
  return none();
}

}  // namespace

Value make_weak_reference(Value object) {
  return get_or_make_ref(&weakref_type, object, Value::null());
}

Value weak_referent(Value ref) {
  Object* referent = referent_of(as_weakref(ref));
  return referent ? Value::from_object(referent) : Value::null();
}

Value weakref_list_head(Value self) {
  WeakList* list = self.is_object() ? find_list(self.as_object()) : nullptr;
  return list && !list->empty() ? Value::from_object(slot_weakref(list->front())) : none();
}

size_t process_cleared_weakrefs() {
  gc::vector<Value> pending;
  size_t dead = 0;
  auto& table = registry();
  for (auto entry = table.begin(); entry != table.end();) {
    prune(entry->second);
    if (entry->second.empty()) {
      entry = table.erase(entry);
    } else if (list_is_dead(entry->second)) {
      ++dead;
      take_callbacks(entry->second, pending);
      entry = table.erase(entry);
    } else {
      ++entry;
    }
  }
  run_callbacks(pending);
  return dead;
}

void init_weakref_types() {
  for (Type* type : {&type_type, &function_type, &method_type, &builtin_function_type,
                     &module_type, &set_type, &frozenset_type, &code_type, &generator_type,
                     &coroutine_type, &async_generator_type, &memoryview_type,
                     &generic_alias_type}) {
    type->flags |= kTypeWeakrefable;
  }
  weakref_type.call = weakref_call;
  weakref_type.hash = weakref_hash;
  weakref_type.richcompare = weakref_richcompare;
  weakref_type.repr = weakref_repr;
  weakref_type.new_instance = weakref_new;
  weakref_type.init = weakref_init;
  init_static_type(&weakref_type, "weakref.ReferenceType", nullptr, sizeof(WeakRef),
                   kTypeBaseType);
  add_getsets(&weakref_type, {{"__callback__", weakref_callback_get}});
  add_methods(&weakref_type,
              {{"__class_getitem__", generic_class_getitem, kMethodClass, "See PEP 585"}});
  init_proxy_type(&weakproxy_type, "weakref.ProxyType", false);
  init_proxy_type(&weakcallableproxy_type, "weakref.CallableProxyType", true);
}

Module* create_weakref_module() {
  static Module* module = nullptr;
  if (module) return module;
  module = make_module(intern("_weakref"));
  add_functions(module, {
      {"getweakrefcount", weakref_module_getweakrefcount, kMethodInstance,
       "Return the number of weak references to 'object'."},
      {"getweakrefs", weakref_module_getweakrefs, kMethodInstance,
       "Return a list of all weak reference objects pointing to 'object'."},
      {"proxy", weakref_module_proxy, kMethodInstance,
       "Create a proxy object that weakly references 'object'.\n\n'callback', if given, is "
       "called with a reference to the\nproxy when 'object' is about to be finalized."},
      {"_remove_dead_weakref", weakref_module_remove_dead_weakref, kMethodInstance,
       "Atomically remove key from dict if it points to a dead weakref."},
  });
  dict_set_str(module->dict, intern("ref"), Value::from_object(&weakref_type));
  dict_set_str(module->dict, intern("ReferenceType"), Value::from_object(&weakref_type));
  dict_set_str(module->dict, intern("ProxyType"), Value::from_object(&weakproxy_type));
  dict_set_str(module->dict, intern("CallableProxyType"),
               Value::from_object(&weakcallableproxy_type));
  dict_set_str(module->dict, intern("__doc__"), str_value("Weak-reference support module."));
  return module;
}

}  // namespace krait
