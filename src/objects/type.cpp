// type and object: static type readiness, MRO lookup with a method cache,
// generic attribute access, and the default slots of object and type.
#include "objects/type.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "objects/class.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/mappingproxy.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "modules/weakref.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

Type type_type;
Type object_type;
void (*type_attribute_changed)(Type* type, Str* name) = nullptr;

namespace {

// Static types readied before finish_static_types(), in order (bases first).
struct PendingType {
  Type* type;
  const char* name;
};
std::vector<PendingType>& pending_types() {
  static std::vector<PendingType> types;
  return types;
}
bool finished = false;

// The docstrings of static types (CPython's tp_doc): type.__doc__ answers
// them even where the class dict's __doc__ is a descriptor for instances
// (property). Static types are not collected, so a plain map may hold them.
std::unordered_map<Type*, const char*>& static_docs() {
  static std::unordered_map<Type*, const char*> docs;
  return docs;
}

// The __text_signature__ of static types (CPython takes them from tp_doc).
std::unordered_map<Type*, const char*>& static_text_signatures() {
  static std::unordered_map<Type*, const char*> signatures;
  return signatures;
}

// The dict's __doc__ becomes the docstring unless a descriptor holds that place.
void store_doc_in_dict(Type* type, const char* doc) {
  Dict* dict = type_dict(type);
  Value current = dict_get_str(dict, names.dunder_doc);
  if (current.is_null() || is_none(current)) dict_set_str(dict, names.dunder_doc, str_value(doc));
}

// Static types given several bases before finish_static_types().
struct PendingBases {
  Type* type;
  std::vector<Type*> bases;
};
std::vector<PendingBases>& pending_bases() {
  static std::vector<PendingBases> requests;
  return requests;
}

void apply_static_type_bases(Type* type, const std::vector<Type*>& bases) {
  Tuple* tuple = make_tuple(bases.size());
  for (size_t i = 0; i < bases.size(); ++i) {
    (*tuple)[i] = Value::from_object(bases[i]);
    if (bases[i] != type->base) list_append(bases[i]->subclasses, Value::from_object(type));
  }
  type->bases = tuple;
  type->mro = compute_mro(type);
  type_modified(type);
}

uint64_t next_version_tag = 1;


template <class Fn>
void inherit(Type* type, Fn Type::*slot) {
  if (!(type->*slot)) type->*slot = type->base->*slot;
}

void inherit_slots(Type* type) {
  Type* base = type->base;
  inherit(type, &Type::repr);
  inherit(type, &Type::str);
  // hash and richcompare go together: a type that defines one keeps the
  // other's absence (CPython's inherit_slots).
  if (!type->hash && !type->richcompare) {
    type->hash = base->hash;
    type->richcompare = base->richcompare;
  }
  inherit(type, &Type::getattr);
  inherit(type, &Type::setattr);
  inherit(type, &Type::call);
  inherit(type, &Type::iter);
  inherit(type, &Type::next);
  inherit(type, &Type::descr_get);
  inherit(type, &Type::descr_set);
  inherit(type, &Type::len);
  inherit(type, &Type::boolean);
  inherit(type, &Type::contains);
  inherit(type, &Type::getitem);
  inherit(type, &Type::setitem);
  inherit(type, &Type::new_instance);
  inherit(type, &Type::init);
  inherit(type, &Type::finalize);
  for (int i = 0; i < kBinaryOpCount; ++i) {
    if (!type->number[i]) type->number[i] = base->number[i];
    if (!type->inplace[i]) type->inplace[i] = base->inplace[i];
  }
  for (int i = 0; i < kUnaryOpCount; ++i) {
    if (!type->unary[i]) type->unary[i] = base->unary[i];
  }
  inherit(type, &Type::power_mod);
  inherit(type, &Type::divmod);
  inherit(type, &Type::concat);
  inherit(type, &Type::repeat);
  inherit(type, &Type::index);
  inherit(type, &Type::to_int);
  inherit(type, &Type::to_float);
  if (!type->basic_size) type->basic_size = base->basic_size;
  if (!type->item_size) type->item_size = base->item_size;
}

constexpr uint64_t kInheritedFlags = kTypeIntSubclass | kTypeListSubclass | kTypeTupleSubclass |
                                     kTypeBytesSubclass | kTypeStrSubclass | kTypeDictSubclass |
                                     kTypeBaseExceptionSubclass | kTypeTypeSubclass |
                                     kTypeFloatSubclass | kTypeSequence | kTypeMapping |
                                     kTypeWeakrefable;

// The allocating part of readying a static type.
void complete_static_type(Type* type, const char* dotted_name) {
  std::string_view full(dotted_name);
  size_t dot = full.rfind('.');
  std::string_view short_name = dot == std::string_view::npos ? full : full.substr(dot + 1);
  type->name = intern(short_name);
  type->qualname = type->name;
  Dict* dict = type_dict(type);
  if (type->base) {
    type->bases = make_tuple({Value::from_object(type->base)});
    Tuple* base_mro = type->base->mro;
    Tuple* mro = make_tuple(base_mro->size + 1);
    (*mro)[0] = Value::from_object(type);
    for (size_t i = 0; i < base_mro->size; ++i) (*mro)[i + 1] = (*base_mro)[i];
    type->mro = mro;
  } else {
    type->bases = make_tuple(0);
    type->mro = make_tuple({Value::from_object(type)});
  }
  type->subclasses = make_list();
  if (type->base && type->base->subclasses) {
    list_append(type->base->subclasses, Value::from_object(type));
  }
  add_slot_wrappers(type);
  if (type->new_instance && dict_get_str(dict, names.dunder_new).is_null() &&
      (!type->base || type->new_instance != type->base->new_instance)) {
    dict_set_str(dict, names.dunder_new, make_new_wrapper(type));
  }
  if (dict_get_str(dict, names.dunder_doc).is_null()) dict_set_str(dict, names.dunder_doc, none());
}

Value type_getattr(Value self, Str* name);
void type_setattr(Value self, Str* name, Value value);

}  // namespace

Object* allocate_instance(Type* type, size_t items) {
  size_t size = type->basic_size + type->item_size * items;
  char* block;
  if (type->flags & kTypeHasInstanceDict) {
    block = static_cast<char*>(gc_alloc(size + sizeof(Dict*))) + sizeof(Dict*);
  } else {
    block = static_cast<char*>(gc_alloc(size));
  }
  auto* object = reinterpret_cast<Object*>(block);
  object->type = type;
  if (type->flags & kTypeHasFinalizer) register_instance_finalizer(object);
  return object;
}

Dict* type_dict(Type* type) {
  if (!type->dict) type->dict = make_dict();
  return type->dict;
}

bool static_types_finished() { return finished; }

void init_static_type(Type* type, const char* name, Type* base, uint32_t basic_size,
                      uint64_t flags) {
  if (!type->type) type->type = &type_type;
  type->native_name = name;
  if (type != &object_type) type->base = base ? base : &object_type;
  if (basic_size) type->basic_size = basic_size;
  type->flags |= flags | kTypeImmutable;
  if (type->base) {
    type->flags |= type->base->flags & kInheritedFlags;
    inherit_slots(type);
  }
  type->version_tag = next_version_tag++;
  if (finished) {
    complete_static_type(type, name);
  } else {
    pending_types().push_back({type, name});
  }
}

void finish_static_types() {
  for (const PendingType& pending : pending_types()) {
    complete_static_type(pending.type, pending.name);
  }
  pending_types().clear();
  for (const PendingBases& request : pending_bases()) {
    apply_static_type_bases(request.type, request.bases);
  }
  pending_bases().clear();
  finished = true;
  add_deferred_native_entries();
  for (const auto& [type, doc] : static_docs()) store_doc_in_dict(type, doc);
}

void set_static_type_bases(Type* type, std::initializer_list<Type*> bases) {
  if (finished) {
    apply_static_type_bases(type, std::vector<Type*>(bases));
  } else {
    pending_bases().push_back({type, std::vector<Type*>(bases)});
  }
}

void set_type_doc(Type* type, const char* doc) {
  static_docs()[type] = doc;
  if (finished) store_doc_in_dict(type, doc);
}

void set_type_text_signature(Type* type, const char* signature) {
  static_text_signatures()[type] = signature;
}

void type_modified(Type* type) {
  type->version_tag = next_version_tag++;
  if (!type->subclasses) return;
  for (size_t i = 0; i < type->subclasses->size; ++i) {
    type_modified(type->subclasses->items[i].as<Type>());
  }
}

MethodCacheEntry method_cache[kMethodCacheSize];

Value type_lookup_uncached(Type* type, Str* name) {
  Value found;
  Tuple* mro = type->mro;
  if (mro) {
    for (size_t i = 0; i < mro->size; ++i) {
      Dict* dict = (*mro)[i].as<Type>()->dict;
      if (!dict) continue;
      found = dict_get_str(dict, name);
      if (!found.is_null()) break;
    }
  }
  if (name->flags & kStrInterned) {
    MethodCacheEntry& entry = method_cache_entry(type, name);
    entry.version = type->version_tag;
    entry.name = name;
    entry.value = found;
  }
  return found;
}

Dict* instance_dict(Value object) {
  if (!object.is_object()) return nullptr;
  Object* instance = object.as_object();
  if (!(instance->type->flags & kTypeHasInstanceDict)) return nullptr;
  Dict** slot = instance_dict_slot(instance);
  if (!*slot) *slot = make_dict();
  return *slot;
}

Value generic_getattr(Value object, Str* name) {
  Type* type = type_of(object);
  Value descr = type_lookup(type, name);
  DescrGetFn get = nullptr;
  if (!descr.is_null()) {
    Type* descr_type = type_of(descr);
    get = descr_type->descr_get;
    if (get && descr_type->descr_set) return get(descr, object, Value::from_object(type));
  }
  if (object.is_object() && (type->flags & kTypeHasInstanceDict)) {
    if (Dict* dict = *instance_dict_slot(object.as_object())) {
      Value value = dict_get_str(dict, name);
      if (!value.is_null()) return value;
    }
  }
  if (get) return get(descr, object, Value::from_object(type));
  return descr;
}

void generic_setattr(Value object, Str* name, Value value) {
  Type* type = type_of(object);
  Value descr = type_lookup(type, name);
  if (!descr.is_null()) {
    if (DescrSetFn set = type_of(descr)->descr_set) {
      set(descr, object, value);
      return;
    }
  }
  if (object.is_object() && (type->flags & kTypeHasInstanceDict)) {
    Dict* dict = instance_dict(object);
    if (value.is_null()) {
      if (!dict_delete(dict, Value::from_object(name))) {
        throw_attribute_error(object, Value::from_object(name));
      }
    } else {
      dict_set_str(dict, name, value);
    }
    return;
  }
  if (descr.is_null()) throw_attribute_error(object, Value::from_object(name));
  raise(&exc_AttributeError, "'" + type_name(object) + "' object attribute '" +
                                 std::string(name->view()) + "' is read-only");
}

int64_t pointer_hash(const void* pointer) {
  uint64_t y = reinterpret_cast<uintptr_t>(pointer);
  y = (y >> 4) | (y << 60);
  auto hash = static_cast<int64_t>(y);
  return hash == -1 ? -2 : hash;
}

Value type_module(Type* type) {
  if (!(type->flags & kTypeHeap)) {
    std::string_view full(type->native_name ? type->native_name : "builtins.?");
    size_t dot = full.rfind('.');
    return dot == std::string_view::npos ? Value::from_object(names.builtins)
                                         : Value::from_object(intern(full.substr(0, dot)));
  }
  if (type->dict) {
    Value module = dict_get_str(type->dict, names.dunder_module);
    if (!module.is_null()) return module;
  }
  return Value::from_object(names.builtins);
}

std::string type_qualified_name(Type* type) {
  Value module = type_module(type);
  std::string qualname(type->qualname->view());
  if (is_str(module) && str_view(module) != "builtins") {
    return std::string(str_view(module)) + "." + qualname;
  }
  return qualname;
}

// --- object's slots ---------------------------------------------------------

Value object_repr(Value self) {
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(self.as_object()));
  return str_value("<" + type_qualified_name(type_of(self)) + " object at " + address + ">");
}

// object.__str__ is repr(): a subclass's __repr__ serves str() too.
Value object_str(Value self) { return Value::from_object(repr(self)); }

int64_t object_hash(Value self) { return pointer_hash(self.as_object()); }

Value object_richcompare(Value self, Value other, CompareOp op) {
  if (op == CompareOp::Eq) return self.is(other) ? make_bool(true) : not_implemented();
  if (op == CompareOp::Ne) {
    // By default __ne__ inverts __eq__ unless that is NotImplemented.
    RichCompareFn eq = type_of(self)->richcompare;
    if (!eq) return not_implemented();
    Value result = eq(self, other, CompareOp::Eq);
    if (result.is(not_implemented())) return result;
    return make_bool(!truthy(result));
  }
  return not_implemented();
}

namespace {

bool excess_args(size_t nargs, Tuple* kwnames) { return nargs > 0 || (kwnames && kwnames->size); }

[[noreturn]] void abstract_instantiation_error(Type* type) {
  Value abstract = type_lookup(type, names.dunder_abstractmethods);
  std::vector<std::string> methods;
  if (!abstract.is_null()) {
    Value iterator = get_iter(abstract);
    for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
      methods.push_back(str_string(item));
    }
  }
  std::sort(methods.begin(), methods.end());
  // 3.11 quotes nothing: "with abstract method f" / "methods f, g".
  std::string joined;
  for (const std::string& method : methods) {
    if (!joined.empty()) joined += ", ";
    joined += method;
  }
  throw_type_error("Can't instantiate abstract class " + std::string(type->name->view()) +
                   " with abstract method" + (methods.size() == 1 ? "" : "s") + " " + joined);
}

}  // namespace

Value object_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (excess_args(nargs, kwnames)) {
    if (type->new_instance != object_new) {
      throw_type_error("object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (type->init == object_init) {
      throw_type_error(tp_name(type) + "() takes no arguments");
    }
  }
  if (type->flags & kTypeAbstract) abstract_instantiation_error(type);
  return Value::from_object(allocate_instance(type));
}

void object_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!excess_args(nargs, kwnames)) return;
  Type* type = type_of(self);
  if (type->init != object_init) {
    throw_type_error("object.__init__() takes exactly one argument (the instance to initialize)");
  }
  if (type->new_instance == object_new) {
    throw_type_error(tp_name(type) +
                     ".__init__() takes exactly one argument (the instance to initialize)");
  }
}

namespace {

Value object_class_get(Value self) { return Value::from_object(type_of(self)); }

Value object_format(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("__format__", kwnames);
  check_positional("__format__", nargs, 1, 1);
  if (!is_str(args[0])) {
    throw_type_error("__format__() argument must be str, not " + type_name(args[0]));
  }
  if (args[0].as<Str>()->size != 0) {
    throw_type_error("unsupported format string passed to " + type_name(self) + ".__format__");
  }
  return Value::from_object(str(self));
}

Value object_init_subclass(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs || (kwnames && kwnames->size)) {
    throw_type_error(std::string(cls.as<Type>()->name->view()) +
                     ".__init_subclass__() takes no keyword arguments");
  }
  return none();
}

Value object_subclasshook(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  return not_implemented();
}

// Adds the names of a class's __dict__ and, recursively, of its __bases__,
// both read as attributes (CPython's merge_class_dict).
void merge_class_names(Dict* names_seen, Value klass) {
  Value class_dict = lookup_attr(klass, names.dunder_dict);
  if (!class_dict.is_null()) dict_merge(names_seen, class_dict, true);
  Value bases = lookup_attr(klass, names.dunder_bases);
  if (bases.is_null()) return;
  int64_t count = length(bases);
  for (int64_t i = 0; i < count; ++i) merge_class_names(names_seen, getitem(bases, make_int(i)));
}

// The instance's __dict__ and what its __class__ reaches, as attributes: a
// slot shadowing either leaves that part out.
Value object_dir(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_positional("__dir__", nargs, 0, 0);
  Dict* names_seen = make_dict();
  Value instance_names = lookup_attr(self, names.dunder_dict);
  if (!instance_names.is_null() && is_dict(instance_names)) {
    dict_merge(names_seen, instance_names, true);
  }
  Value klass = lookup_attr(self, names.dunder_class);
  if (!klass.is_null()) merge_class_names(names_seen, klass);
  List* result = make_list();
  size_t pos = 0;
  Value key, value;
  while (dict_next(names_seen, pos, key, value)) list_append(result, key);
  return Value::from_object(result);
}

Value object_sizeof(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_positional("__sizeof__", nargs, 0, 0);
  Type* type = type_of(self);
  return make_int(static_cast<int64_t>(type->basic_size));
}

// --- type's slots -----------------------------------------------------------

Value type_repr(Value self) {
  return str_value("<class '" + type_qualified_name(self.as<Type>()) + "'>");
}

Value type_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  // Creating an object may run Python code anyway (__new__, __init__): a safe
  // point for the __del__ of objects the collector found dead meanwhile.
  if (__builtin_expect(gc_finalizers_pending, 0)) run_pending_finalizers();
  Type* type = callable.as<Type>();
  if (type == &type_type && nargs == 1 && !(kwnames && kwnames->size)) {
    return Value::from_object(type_of(args[0]));
  }
  if (!type->new_instance) {
    throw_type_error("cannot create '" + type_qualified_name(type) + "' instances");
  }
  Value object = type->new_instance(type, args, nargs, kwnames);
  if (!is_instance_of(object, type)) return object;
  Type* object_type_ = type_of(object);
  if (object_type_->init) object_type_->init(object, args, nargs, kwnames);
  return object;
}

Value type_getattr(Value self, Str* name) {
  Type* type = self.as<Type>();
  Type* meta = type_of(self);
  Value meta_attribute = type_lookup(meta, name);
  DescrGetFn meta_get = nullptr;
  if (!meta_attribute.is_null()) {
    Type* descr_type = type_of(meta_attribute);
    meta_get = descr_type->descr_get;
    if (meta_get && descr_type->descr_set) {
      return meta_get(meta_attribute, self, Value::from_object(meta));
    }
  }
  Value attribute = type_lookup(type, name);
  if (!attribute.is_null()) {
    if (DescrGetFn get = type_of(attribute)->descr_get) {
      return get(attribute, Value::null(), self);
    }
    return attribute;
  }
  if (meta_get) return meta_get(meta_attribute, self, Value::from_object(meta));
  return meta_attribute;
}

void type_setattr(Value self, Str* name, Value value) {
  Type* type = self.as<Type>();
  if (type->flags & kTypeImmutable) {
    // CPython says "set" for a deletion too.
    throw_type_error("cannot set '" + std::string(name->view()) + "' attribute of immutable type '" +
                     type_qualified_name(type) + "'");
  }
  Type* meta = type_of(self);
  Value meta_attribute = type_lookup(meta, name);
  if (!meta_attribute.is_null()) {
    if (DescrSetFn set = type_of(meta_attribute)->descr_set) {
      set(meta_attribute, self, value);
      return;
    }
  }
  Str* key = intern(name);
  if (value.is_null()) {
    if (!dict_delete(type_dict(type), Value::from_object(key))) {
      throw_attribute_error(self, Value::from_object(key));
    }
  } else {
    dict_set_str(type_dict(type), key, value);
  }
  type_modified(type);
  if (type_attribute_changed) type_attribute_changed(type, key);
}

}  // namespace

void check_type_name(Str* name) {
  str_encode(name, "utf-8", "strict");
  if (name->view().find('\0') != std::string_view::npos) {
    throw_value_error("type name must not contain null characters");
  }
}

namespace {

Value type_new(Type* metatype, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = kwnames ? kwnames->size : 0;
  if (metatype == &type_type && nargs == 1 && nkw == 0) {
    return Value::from_object(type_of(args[0]));
  }
  if (nargs != 3) throw_type_error("type() takes 1 or 3 arguments");
  if (!is_str(args[0])) {
    throw_type_error("type.__new__() argument 1 must be str, not " + type_name(args[0]));
  }
  if (!is_tuple(args[1])) {
    throw_type_error("type.__new__() argument 2 must be tuple, not " + type_name(args[1]));
  }
  if (!is_dict(args[2])) {
    throw_type_error("type.__new__() argument 3 must be dict, not " + type_name(args[2]));
  }
  return make_class(metatype, args[0].as<Str>(), args[1].as<Tuple>(), args[2].as<Dict>(),
                    args + nargs, nkw, kwnames);
}

void type_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 1 && nargs != 3) throw_type_error("type.__init__() takes 1 or 3 arguments");
}

Value type_name_get(Value self) { return Value::from_object(self.as<Type>()->name); }
Value type_qualname_get(Value self) { return Value::from_object(self.as<Type>()->qualname); }

void check_heap_type_set(Type* type, const char* attribute, Value value) {
  if (!(type->flags & kTypeHeap)) {
    throw_type_error(std::string("cannot set '") + attribute + "' attribute of immutable type '" +
                     type_qualified_name(type) + "'");
  }
  if (value.is_null()) {
    throw_type_error(std::string("cannot delete '") + attribute + "' attribute of immutable type '" +
                     type_qualified_name(type) + "'");
  }
  if (!is_str(value)) {
    throw_type_error(std::string("can only assign string to ") + std::string(type->name->view()) +
                     "." + attribute + ", not '" + type_name(value) + "'");
  }
}

void type_name_set(Value self, Value value) {
  Type* type = self.as<Type>();
  check_heap_type_set(type, "__name__", value);
  check_type_name(value.as<Str>());
  type->name = value.as<Str>();
}

void type_qualname_set(Value self, Value value) {
  Type* type = self.as<Type>();
  check_heap_type_set(type, "__qualname__", value);
  type->qualname = value.as<Str>();
}

Value type_module_get(Value self) { return type_module(self.as<Type>()); }

void type_module_set(Value self, Value value) {
  Type* type = self.as<Type>();
  if (!(type->flags & kTypeHeap)) {
    throw_type_error("cannot set '__module__' attribute of immutable type '" +
                     type_qualified_name(type) + "'");
  }
  dict_set_str(type_dict(type), names.dunder_module, value);
  type_modified(type);
}

Value type_bases_get(Value self) { return Value::from_object(self.as<Type>()->bases); }
// None while a class's mro() runs (CPython's tp_mro is still NULL then).
Value type_mro_get(Value self) {
  Tuple* mro = self.as<Type>()->mro;
  return mro ? Value::from_object(mro) : none();
}
Value type_base_get(Value self) {
  Type* base = self.as<Type>()->base;
  return base ? Value::from_object(base) : none();
}
Value type_dict_get(Value self) {
  return make_mappingproxy(Value::from_object(type_dict(self.as<Type>())));
}
Value type_text_signature_get(Value self) {
  Type* type = self.as<Type>();
  if (type->flags & kTypeHeap) return none();
  auto found = static_text_signatures().find(type);
  return found == static_text_signatures().end() ? none() : str_value(found->second);
}
Value type_doc_get(Value self) {
  Type* type = self.as<Type>();
  if (!(type->flags & kTypeHeap)) {
    auto found = static_docs().find(type);
    if (found != static_docs().end()) return str_value(found->second);
  }
  // Only the class's own __doc__: a docstring is not inherited.
  Value doc = type->dict ? dict_get_str(type->dict, names.dunder_doc) : Value::null();
  if (doc.is_null()) return none();
  if (DescrGetFn get = type_of(doc)->descr_get) return get(doc, Value::null(), self);
  return doc;
}
void type_doc_set(Value self, Value value) {
  Type* type = self.as<Type>();
  if (!(type->flags & kTypeHeap)) {
    throw_type_error("cannot set '__doc__' attribute of immutable type '" + type_qualified_name(type) + "'");
  }
  if (value.is_null()) {
    throw_type_error("cannot delete '__doc__' attribute of immutable type '" + std::string(type->name->view()) + "'");
  }
  dict_set_str(type_dict(type), names.dunder_doc, value);
  type_modified(type);
}
Value type_basicsize_get(Value self) {
  return make_int(static_cast<int64_t>(self.as<Type>()->basic_size));
}
// CPython's tp_flags bits (Py_TPFLAGS_*) for what Krait's flags record:
// copyreg reads HEAPTYPE, inspect IS_ABSTRACT.
Value type_flags_get(Value self) {
  Type* type = self.as<Type>();
  uint64_t flags = type->flags;
  uint64_t result = uint64_t{1} << 12;  // READY
  auto set_if = [&](uint64_t krait_flag, int bit) {
    if (flags & krait_flag) result |= uint64_t{1} << bit;
  };
  set_if(kTypeSequence, 5);
  set_if(kTypeMapping, 6);
  set_if(kTypeImmutable, 8);
  set_if(kTypeHeap, 9);
  set_if(kTypeBaseType, 10);
  set_if(kTypeMethodDescriptor, 17);
  set_if(kTypeAbstract, 20);
  set_if(kTypeIntSubclass, 24);
  set_if(kTypeListSubclass, 25);
  set_if(kTypeTupleSubclass, 26);
  set_if(kTypeBytesSubclass, 27);
  set_if(kTypeStrSubclass, 28);
  set_if(kTypeDictSubclass, 29);
  set_if(kTypeBaseExceptionSubclass, 30);
  set_if(kTypeTypeSubclass, 31);
  if (cpython_frees_with_gc(type)) result |= uint64_t{1} << 14;  // HAVE_GC
  return make_int(static_cast<int64_t>(result));
}

// CPython's layout numbers; here the instance dict sits one word before the
// header, which CPython spells as a negative offset.
Value type_dictoffset_get(Value self) {
  Type* type = self.as<Type>();
  bool has_dict = type->flags & (kTypeHasInstanceDict | kTypeTypeSubclass);
  return make_int(has_dict ? -static_cast<int64_t>(sizeof(Dict*)) : 0);
}
Value type_itemsize_get(Value self) {
  return make_int(static_cast<int64_t>(self.as<Type>()->item_size));
}
Value type_weakrefoffset_get(Value self) {
  Type* type = self.as<Type>();
  return make_int(is_weakrefable(type) ? static_cast<int64_t>(type->basic_size) : 0);
}

// A class's annotations live in its dict, created empty on first read;
// built-in types have none.
Value type_annotations_get(Value self) {
  Type* type = self.as<Type>();
  if (!(type->flags & kTypeHeap)) {
    raise(&exc_AttributeError,
          "type object '" + std::string(type->name->view()) + "' has no attribute '__annotations__'");
  }
  Dict* dict = type_dict(type);
  Value annotations = dict_get_str(dict, names.dunder_annotations);
  if (!annotations.is_null()) {
    if (Type* kind = type_of(annotations); kind->descr_get) {
      return kind->descr_get(annotations, none(), self);
    }
    return annotations;
  }
  annotations = Value::from_object(make_dict());
  dict_set_str(dict, names.dunder_annotations, annotations);
  type_modified(type);
  return annotations;
}

void type_annotations_set(Value self, Value value) {
  Type* type = self.as<Type>();
  if (!(type->flags & kTypeHeap)) {
    throw_type_error("cannot set '__annotations__' attribute of immutable type '" +
                     type_qualified_name(type) + "'");
  }
  Dict* dict = type_dict(type);
  if (value.is_null()) {
    if (!dict_delete(dict, Value::from_object(names.dunder_annotations))) {
      raise(&exc_AttributeError, "__annotations__");
    }
  } else {
    dict_set_str(dict, names.dunder_annotations, value);
  }
  type_modified(type);
}

Value type_mro_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_positional("mro", nargs, 0, 0);
  Tuple* mro = compute_mro(self.as<Type>());
  return Value::from_object(make_list(mro->items(), mro->size));
}

Value type_subclasses_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_positional("__subclasses__", nargs, 0, 0);
  List* subclasses = self.as<Type>()->subclasses;
  return Value::from_object(subclasses ? make_list(subclasses->items, subclasses->size)
                                       : make_list());
}

Value type_instancecheck(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_positional("__instancecheck__", nargs, 1, 1);
  Type* cls = self.as<Type>();
  if (is_instance_of(args[0], cls)) return make_bool(true);
  Value klass = lookup_attr(args[0], names.dunder_class);
  bool result = !klass.is_null() && !klass.is(Value::from_object(type_of(args[0]))) &&
                is_instance_of(klass, &type_type) && is_subtype(klass.as<Type>(), cls);
  return make_bool(result);
}

Value type_subclasscheck(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_positional("__subclasscheck__", nargs, 1, 1);
  if (!is_instance_of(args[0], &type_type)) {
    throw_type_error("issubclass() arg 1 must be a class");
  }
  return make_bool(is_subtype(args[0].as<Type>(), self.as<Type>()));
}

Value type_prepare(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return Value::from_object(make_dict());
}

Value type_dir(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_positional("__dir__", nargs, 0, 0);
  Dict* seen = make_dict();
  Tuple* mro = self.as<Type>()->mro;
  for (size_t i = 0; i < mro->size; ++i) {
    Dict* dict = (*mro)[i].as<Type>()->dict;
    size_t pos = 0;
    Value key, value;
    while (dict && dict_next(dict, pos, key, value)) dict_set(seen, key, none());
  }
  List* result = make_list();
  size_t pos = 0;
  Value key, value;
  while (dict_next(seen, pos, key, value)) list_append(result, key);
  return Value::from_object(result);
}

// `T.__new__(T, …)`: a builtin function whose self is the type it belongs to.
Value new_wrapper_call(Value owner, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* type = owner.as<Type>();
  std::string owner_name(type->name->view());
  if (nargs == 0) throw_type_error(owner_name + ".__new__(): not enough arguments");
  if (!is_instance_of(args[0], &type_type)) {
    throw_type_error(owner_name + ".__new__(X): X is not a type object (" + type_name(args[0]) +
                     ")");
  }
  Type* subtype = args[0].as<Type>();
  if (!is_subtype(subtype, type)) {
    throw_type_error(owner_name + ".__new__(" + std::string(subtype->name->view()) + "): " +
                     std::string(subtype->name->view()) + " is not a subtype of " + owner_name);
  }
  // CPython's tp_new_wrapper: the nearest base with a native __new__ must
  // be the one called, so that its instance layout is set up.
  Type* native_base = subtype;
  while (native_base && has_python_new(native_base)) native_base = native_base->base;
  if (native_base && native_base->new_instance != type->new_instance) {
    throw_type_error(owner_name + ".__new__(" + tp_name(subtype) + ") is not safe, use " +
                     tp_name(native_base) + ".__new__()");
  }
  return type->new_instance(subtype, args + 1, nargs - 1, kwnames);
}

}  // namespace

Value make_new_wrapper(Type* type) {
  return Value::from_object(
      make_builtin_function("__new__", new_wrapper_call, Value::from_object(type)));
}

void init_type_system() {
  object_type.repr = object_repr;
  object_type.str = object_str;
  object_type.hash = object_hash;
  object_type.richcompare = object_richcompare;
  object_type.getattr = generic_getattr;
  object_type.setattr = generic_setattr;
  object_type.init = object_init;
  object_type.new_instance = object_new;
  init_static_type(&object_type, "object", nullptr, sizeof(Object), kTypeBaseType);
  set_type_text_signature(&object_type, "()");
  set_type_doc(&object_type,
               "The base class of the class hierarchy.\n\n"
               "When called, it accepts no arguments and returns a new featureless\n"
               "instance that has no instance attributes and cannot be given any.\n");
  add_methods(&object_type, {
      {"__format__", object_format},
      {"__init_subclass__", object_init_subclass, kMethodClass},
      {"__subclasshook__", object_subclasshook, kMethodClass},
      {"__dir__", object_dir},
      {"__sizeof__", object_sizeof},
  });
  add_getsets(&object_type, {{"__class__", object_class_get, nullptr}});

  type_type.repr = type_repr;
  type_type.call = type_call;
  type_type.getattr = type_getattr;
  type_type.setattr = type_setattr;
  type_type.new_instance = type_new;
  type_type.init = type_init;
  type_type.number[static_cast<int>(BinaryOp::Or)] = union_or;
  init_static_type(&type_type, "type", &object_type, sizeof(Type),
                   kTypeBaseType | kTypeTypeSubclass);
  add_methods(&type_type, {
      {"mro", type_mro_method},
      {"__subclasses__", type_subclasses_method},
      {"__instancecheck__", type_instancecheck},
      {"__subclasscheck__", type_subclasscheck},
      {"__prepare__", type_prepare, kMethodClass},
      {"__dir__", type_dir},
  });
  add_getsets(&type_type, {
      {"__name__", type_name_get, type_name_set},
      {"__qualname__", type_qualname_get, type_qualname_set},
      {"__module__", type_module_get, type_module_set},
      {"__bases__", type_bases_get, type_bases_set},
      {"__mro__", type_mro_get},
      {"__base__", type_base_get},
      {"__dict__", type_dict_get},
      {"__doc__", type_doc_get, type_doc_set},
      {"__basicsize__", type_basicsize_get},
      {"__flags__", type_flags_get},
      {"__dictoffset__", type_dictoffset_get},
      {"__itemsize__", type_itemsize_get},
      {"__weakrefoffset__", type_weakrefoffset_get},
      {"__text_signature__", type_text_signature_get},
      {"__annotations__", type_annotations_get, type_annotations_set},
  });
}

}  // namespace krait
