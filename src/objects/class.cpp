// Python classes: type.__new__ as CPython's type_new (metaclass and layout
// calculation, C3 MRO, __slots__, the class namespace's special entries,
// __set_name__ and __init_subclass__), and the slot trampolines: a class
// whose MRO reaches a Python-level dunder before any native definition gets,
// in the matching Type slot, a function that looks the dunder up and calls it.
#include "objects/class.h"

#include <gc/gc.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>

#include "modules/sys.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/mappingproxy.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "modules/weakref.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "runtime/unicode.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/import.h"
#include "vm/interpreter.h"

namespace krait {

namespace {

// The subclass flags a class takes from its solid base (the collection
// flags come from along the MRO: make_class).
constexpr uint64_t kInheritedFlags = kTypeIntSubclass | kTypeListSubclass | kTypeTupleSubclass |
                                     kTypeBytesSubclass | kTypeStrSubclass | kTypeDictSubclass |
                                     kTypeBaseExceptionSubclass | kTypeTypeSubclass |
                                     kTypeFloatSubclass | kTypeWeakrefable;

// The dunder names of the operator families, interned at start-up.
const char* const kBinaryStems[kBinaryOpCount] = {
    "add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift",
    "sub", "truediv", "xor"};
Str* binary_names[kBinaryOpCount];
Str* reflected_names[kBinaryOpCount];
Str* inplace_names[kBinaryOpCount];
Str* unary_names[kUnaryOpCount];
Str* compare_names[6];
Str* rdivmod_name;
Str* rpow_name;
Str* mro_name;
Str* reduce_name;
Str* getstate_name;


bool is_dunder(Str* name) {
  std::string_view text = name->view();
  return text.size() > 4 && text.substr(0, 2) == "__" && text.substr(text.size() - 2) == "__";
}

// The nearest definition of `name` along type's MRO and the class holding it.
Value find_definition(Type* type, Str* name, Type** owner) {
  *owner = nullptr;
  Tuple* mro = type->mro;
  if (!mro) return Value::null();
  for (size_t i = 0; i < mro->size; ++i) {
    Type* klass = (*mro)[i].as<Type>();
    if (!klass->dict) continue;
    Value found = dict_get_str(klass->dict, name);
    if (!found.is_null()) {
      *owner = klass;
      return found;
    }
  }
  return Value::null();
}

// `first` followed by a call's arguments, on the C stack when small (the
// collector scans it conservatively), else in GC memory.
class PrependedArgs {
 public:
  PrependedArgs(Value first, const Value* args, size_t count) {
    if (count + 1 > kInline) {
      heap_.resize(count + 1);
      data_ = heap_.data();
    } else {
      data_ = inline_;
    }
    data_[0] = first;
    std::copy(args, args + count, data_ + 1);
  }
  PrependedArgs(const PrependedArgs&) = delete;
  PrependedArgs& operator=(const PrependedArgs&) = delete;
  const Value* data() const { return data_; }

 private:
  static constexpr size_t kInline = 8;
  Value inline_[kInline];
  gc::vector<Value> heap_;
  Value* data_;
};

size_t keyword_count(Tuple* kwnames) { return kwnames ? kwnames->size : 0; }

// Calls a special method found on self's type, binding self as CPython's
// lookup_maybe_method + call does: functions and method descriptors get self
// prepended, other descriptors are bound through __get__.
Value call_descriptor(Value descr, Value self, const Value* args, size_t nargs,
                      Tuple* kwnames = nullptr) {
  Type* descr_type = type_of(descr);
  if (descr_type->flags & kTypeMethodDescriptor) {
    PrependedArgs all(self, args, nargs + keyword_count(kwnames));
    if (descr_type == &function_type) {
      return call_function(descr.as<Function>(), all.data(), nargs + 1, kwnames);
    }
    return call(descr, all.data(), nargs + 1, kwnames);
  }
  if (descr_type->descr_get) {
    Value bound = descr_type->descr_get(descr, self, Value::from_object(type_of(self)));
    return call(bound, args, nargs, kwnames);
  }
  return call(descr, args, nargs, kwnames);
}


}  // namespace

Value call_special(Value self, Str* name, std::initializer_list<Value> args) {
  Value descr = type_lookup(type_of(self), name);
  if (descr.is_null()) return descr;
  return call_descriptor(descr, self, args.begin(), args.size());
}

namespace {

Value call_special_or_not_implemented(Value self, Str* name, std::initializer_list<Value> args) {
  Value result = call_special(self, name, args);
  return result.is_null() ? not_implemented() : result;
}

// --- slot trampolines -------------------------------------------------------

Value repr_trampoline(Value self) {
  return call_special(self, names.dunder_repr, {});
}

Value str_trampoline(Value self) {
  return call_special(self, names.dunder_str, {});
}

int64_t hash_trampoline(Value self) {
  Value method = type_lookup(type_of(self), names.dunder_hash);
  if (method.is_null() || is_none(method)) {
    throw_type_error("unhashable type: '" + type_name(self) + "'");
  }
  Value result = call_descriptor(method, self, nullptr, 0);
  if (!is_int(result)) throw_type_error("__hash__ method should return an integer");
  int64_t value;
  if (!int_to_int64(result, value)) value = int_hash(result);
  return value == -1 ? -2 : value;
}

Value richcompare_trampoline(Value self, Value other, CompareOp op) {
  Type* type = type_of(self);
  Value descr = type_lookup(type, compare_names[static_cast<int>(op)]);
  if (descr.is_null()) return not_implemented();
  Type* descr_type = type_of(descr);
  if (!(descr_type->flags & kTypeMethodDescriptor) && descr_type->descr_get) {
    // CPython's slot_tp_richcompare: an error while binding the method
    // (a property that raises) means NotImplemented.
    Value bound;
    try {
      bound = descr_type->descr_get(descr, self, Value::from_object(type));
    } catch (const PyException&) {
      clear_current_exception();
      return not_implemented();
    }
    return call(bound, &other, 1, nullptr);
  }
  return call_descriptor(descr, self, &other, 1);
}

Value getattr_trampoline(Value self, Str* name) {
  Type* type = type_of(self);
  Type* owner;
  Value getattribute = find_definition(type, names.dunder_getattribute, &owner);
  Value getattr_hook = type_lookup(type, names.dunder_getattr);
  Value result;
  try {
    if (owner && !(owner->flags & kTypeHeap)) {
      result = owner->getattr(self, name);
    } else if (!getattribute.is_null()) {
      Value name_value = Value::from_object(name);
      result = call_descriptor(getattribute, self, &name_value, 1);
    }
  } catch (const PyException&) {
    if (getattr_hook.is_null() || !current_exception_matches(&exc_AttributeError)) throw;
    clear_current_exception();
    result = Value::null();
  }
  if (!result.is_null() || getattr_hook.is_null()) return result;
  Value name_value = Value::from_object(name);
  return call_descriptor(getattr_hook, self, &name_value, 1);
}

void setattr_trampoline(Value self, Str* name, Value value) {
  if (value.is_null()) {
    call_special(self, names.dunder_delattr, {Value::from_object(name)});
  } else {
    call_special(self, names.dunder_setattr, {Value::from_object(name), value});
  }
}

Value call_trampoline(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  // As CPython's _PyObject_MakeTpCall: a __call__ that is itself an
  // instance of the class would otherwise loop forever.
  RecursionGuard guard(" while calling a Python object");
  Value method = type_lookup(type_of(callable), names.dunder_call);
  if (method.is_null()) {
    throw_type_error("'" + type_name(callable) + "' object is not callable");
  }
  return call_descriptor(method, callable, args, nargs, kwnames);
}

Value iter_trampoline(Value self) {
  Value method = type_lookup(type_of(self), names.dunder_iter);
  if (method.is_null() || is_none(method)) {
    throw_type_error("'" + type_name(self) + "' object is not iterable");
  }
  return call_descriptor(method, self, nullptr, 0);
}

Value next_trampoline(Value self) {
  try {
    return call_special(self, names.dunder_next, {});
  } catch (const PyException&) {
    if (!current_exception_matches(&exc_StopIteration)) throw;
    note_stop_iteration(take_current_exception());
    return Value::null();
  }
}

Value descr_get_trampoline(Value descr, Value instance, Value owner) {
  Value method = type_lookup(type_of(descr), names.dunder_get);
  if (method.is_null()) return descr;
  Value args[2] = {instance.is_null() ? none() : instance, owner.is_null() ? none() : owner};
  return call_descriptor(method, descr, args, 2);
}

void descr_set_trampoline(Value descr, Value instance, Value value) {
  Str* name = value.is_null() ? names.dunder_delete : names.dunder_set;
  Value method = type_lookup(type_of(descr), name);
  if (method.is_null()) raise_exception(new_exception_message(&exc_AttributeError, name->view()));
  if (value.is_null()) {
    call_descriptor(method, descr, &instance, 1);
  } else {
    Value args[2] = {instance, value};
    call_descriptor(method, descr, args, 2);
  }
}

int64_t len_trampoline(Value self) {
  Value result = index_value(call_special(self, names.dunder_len, {}));
  if (int_sign(result) < 0) throw_value_error("__len__() should return >= 0");
  return index_as_ssize(result);
}

bool bool_trampoline(Value self) {
  Value result = call_special(self, names.dunder_bool, {});
  if (type_of(result) != &bool_type) {
    throw_type_error("__bool__ should return bool, returned " + type_name(result));
  }
  return result.is(make_bool(true));
}

bool contains_trampoline(Value self, Value item) {
  Value method = type_lookup(type_of(self), names.dunder_contains);
  if (is_none(method)) throw_type_error("'" + type_name(self) + "' object is not a container");
  return truthy(call_descriptor(method, self, &item, 1));
}

Value getitem_trampoline(Value self, Value key) {
  return call_special(self, names.dunder_getitem, {key});
}

void setitem_trampoline(Value self, Value key, Value value) {
  if (value.is_null()) {
    call_special(self, names.dunder_delitem, {key});
  } else {
    call_special(self, names.dunder_setitem, {key, value});
  }
}

Value new_trampoline(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value type_value = Value::from_object(type);
  Value constructor = getattr(type_value, names.dunder_new);
  PrependedArgs all(type_value, args, nargs + keyword_count(kwnames));
  return call(constructor, all.data(), nargs + 1, kwnames);
}

void init_trampoline(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value method = type_lookup(type_of(self), names.dunder_init);
  Value result = call_descriptor(method, self, args, nargs, kwnames);
  if (!is_none(result)) {
    throw_type_error("__init__() should return None, not '" + type_name(result) + "'");
  }
}

// CPython's SLOT1BINFULL: `left ○ right` where either operand's type may be
// the Python class. The protocol layer calls a slot once when both types
// share it, so the subclass-first rule for the reflected method is here.
template <int Op>
Value binary_trampoline(Value left, Value right) {
  Type* left_type = type_of(left);
  Type* right_type = type_of(right);
  BinaryFn self_slot = binary_trampoline<Op>;
  bool try_right = left_type != right_type && right_type->number[Op] == self_slot;
  if (left_type->number[Op] == self_slot) {
    if (try_right && is_subtype(right_type, left_type)) {
      Type* owner;
      Value right_method = find_definition(right_type, reflected_names[Op], &owner);
      Value left_method = find_definition(left_type, reflected_names[Op], &owner);
      if (!right_method.is(left_method)) {
        Value result = call_special_or_not_implemented(right, reflected_names[Op], {left});
        if (!result.is(not_implemented())) return result;
        try_right = false;
      }
    }
    Value result = call_special_or_not_implemented(left, binary_names[Op], {right});
    if (!result.is(not_implemented()) || left_type == right_type) return result;
  }
  if (try_right) return call_special_or_not_implemented(right, reflected_names[Op], {left});
  return not_implemented();
}

template <int Op>
Value inplace_trampoline(Value left, Value right) {
  return call_special_or_not_implemented(left, inplace_names[Op], {right});
}

template <int Op>
Value unary_trampoline(Value self) {
  return call_special(self, unary_names[Op], {});
}

// pow(a, b, m): __pow__ only (a three-argument power never reflects).
Value power_mod_trampoline(Value base, Value exponent, Value modulus) {
  if (type_of(base)->power_mod != power_mod_trampoline) return not_implemented();
  return call_special_or_not_implemented(base, binary_names[static_cast<int>(BinaryOp::Power)],
                                         {exponent, modulus});
}

Value divmod_trampoline(Value left, Value right) {
  Type* left_type = type_of(left);
  Type* right_type = type_of(right);
  bool try_right = left_type != right_type && right_type->divmod == divmod_trampoline;
  if (left_type->divmod == divmod_trampoline) {
    if (try_right && is_subtype(right_type, left_type)) {
      Type* owner;
      Value right_method = find_definition(right_type, rdivmod_name, &owner);
      Value left_method = find_definition(left_type, rdivmod_name, &owner);
      if (!right_method.is(left_method)) {
        Value result = call_special_or_not_implemented(right, rdivmod_name, {left});
        if (!result.is(not_implemented())) return result;
        try_right = false;
      }
    }
    Value result = call_special_or_not_implemented(left, names.dunder_divmod, {right});
    if (!result.is(not_implemented()) || left_type == right_type) return result;
  }
  if (try_right) return call_special_or_not_implemented(right, rdivmod_name, {left});
  return not_implemented();
}

Value index_trampoline(Value self) {
  Value result = call_special(self, names.dunder_index, {});
  if (!is_int(result)) {
    throw_type_error("__index__ returned non-int (type " + type_name(result) + ")");
  }
  // An int subclass stays one: index_value() warns about it and converts.
  return result;
}

// int() checks the result (and warns about an int subclass).
Value int_trampoline(Value self) { return call_special(self, names.dunder_int, {}); }

Value float_trampoline(Value self) {
  Value result = call_special(self, names.dunder_float, {});
  if (!result.is_double() && !is_instance_of(result, &float_type)) {
    throw_type_error(type_name(self) + ".__float__ returned non-float (type " +
                     type_name(result) + ")");
  }
  return result;
}

template <int... Ops>
constexpr auto make_binary_table(std::integer_sequence<int, Ops...>) {
  struct Tables {
    BinaryFn binary[kBinaryOpCount];
    BinaryFn inplace[kBinaryOpCount];
  };
  return Tables{{binary_trampoline<Ops>...}, {inplace_trampoline<Ops>...}};
}
constexpr auto kBinaryTrampolines =
    make_binary_table(std::make_integer_sequence<int, kBinaryOpCount>());
constexpr UnaryFn kUnaryTrampolines[kUnaryOpCount] = {
    unary_trampoline<0>, unary_trampoline<1>, unary_trampoline<2>, unary_trampoline<3>};

// --- filling the slots ------------------------------------------------------

// Where the nearest definitions of a slot's dunders live: any in a Python
// class means the trampoline; otherwise the native class that defines the
// first of them lends its own slot function.
struct SlotSource {
  bool python = false;
  Type* native_owner = nullptr;
};

SlotSource slot_source(Type* type, std::initializer_list<Str*> dunders) {
  SlotSource source;
  for (Str* name : dunders) {
    Type* owner;
    if (find_definition(type, name, &owner).is_null()) continue;
    if (owner->flags & kTypeHeap) {
      source.python = true;
      return source;
    }
    if (!source.native_owner) source.native_owner = owner;
  }
  return source;
}

template <class Fn>
void fill_slot(Type* type, Fn Type::*slot, Fn trampoline, std::initializer_list<Str*> dunders) {
  SlotSource source = slot_source(type, dunders);
  if (source.python) {
    type->*slot = trampoline;
  } else {
    type->*slot = source.native_owner ? source.native_owner->*slot : nullptr;
  }
}

// A slot no dunder exposes: the first class after `type` in its MRO that has one.
template <class Fn>
void inherit_hidden_slot(Type* type, Fn Type::*slot) {
  type->*slot = nullptr;
  Tuple* mro = type->mro;
  for (size_t i = 1; i < mro->size; ++i) {
    if (Fn inherited = (*mro)[i].as<Type>()->*slot) {
      type->*slot = inherited;
      return;
    }
  }
}

void update_slots(Type* type) {
  fill_slot(type, &Type::repr, repr_trampoline, {names.dunder_repr});
  fill_slot(type, &Type::str, str_trampoline, {names.dunder_str});
  fill_slot(type, &Type::hash, hash_trampoline, {names.dunder_hash});
  Type* owner;
  Value hash_entry = find_definition(type, names.dunder_hash, &owner);
  if (owner && (owner->flags & kTypeHeap) && is_none(hash_entry)) type->hash = nullptr;
  fill_slot(type, &Type::richcompare, richcompare_trampoline,
            {compare_names[0], compare_names[1], compare_names[2], compare_names[3],
             compare_names[4], compare_names[5]});
  fill_slot(type, &Type::getattr, getattr_trampoline,
            {names.dunder_getattribute, names.dunder_getattr});
  fill_slot(type, &Type::setattr, setattr_trampoline,
            {names.dunder_setattr, names.dunder_delattr});
  fill_slot(type, &Type::call, call_trampoline, {names.dunder_call});
  fill_slot(type, &Type::iter, iter_trampoline, {names.dunder_iter});
  fill_slot(type, &Type::next, next_trampoline, {names.dunder_next});
  fill_slot(type, &Type::descr_get, descr_get_trampoline, {names.dunder_get});
  fill_slot(type, &Type::descr_set, descr_set_trampoline,
            {names.dunder_set, names.dunder_delete});
  fill_slot(type, &Type::len, len_trampoline, {names.dunder_len});
  fill_slot(type, &Type::boolean, bool_trampoline, {names.dunder_bool});
  fill_slot(type, &Type::contains, contains_trampoline, {names.dunder_contains});
  fill_slot(type, &Type::getitem, getitem_trampoline, {names.dunder_getitem});
  fill_slot(type, &Type::setitem, setitem_trampoline,
            {names.dunder_setitem, names.dunder_delitem});
  fill_slot(type, &Type::init, init_trampoline, {names.dunder_init});
  SlotSource new_source = slot_source(type, {names.dunder_new});
  if (new_source.python) {
    type->new_instance = new_trampoline;
  } else {
    inherit_hidden_slot(type, &Type::new_instance);
    if (new_source.native_owner) type->new_instance = new_source.native_owner->new_instance;
  }
  for (int op = 0; op < kBinaryOpCount; ++op) {
    SlotSource source = slot_source(type, {binary_names[op], reflected_names[op]});
    type->number[op] = source.python         ? kBinaryTrampolines.binary[op]
                       : source.native_owner ? source.native_owner->number[op]
                                             : nullptr;
    SlotSource inplace_source = slot_source(type, {inplace_names[op]});
    type->inplace[op] = inplace_source.python         ? kBinaryTrampolines.inplace[op]
                        : inplace_source.native_owner ? inplace_source.native_owner->inplace[op]
                                                      : nullptr;
  }
  for (int op = 0; op < kUnaryOpCount; ++op) {
    SlotSource source = slot_source(type, {unary_names[op]});
    type->unary[op] = source.python         ? kUnaryTrampolines[op]
                      : source.native_owner ? source.native_owner->unary[op]
                                            : nullptr;
  }
  SlotSource power_source =
      slot_source(type, {binary_names[static_cast<int>(BinaryOp::Power)], rpow_name});
  if (power_source.python) {
    type->power_mod = power_mod_trampoline;
  } else {
    inherit_hidden_slot(type, &Type::power_mod);
  }
  fill_slot(type, &Type::divmod, divmod_trampoline, {names.dunder_divmod, rdivmod_name});
  fill_slot(type, &Type::index, index_trampoline, {names.dunder_index});
  fill_slot(type, &Type::to_int, int_trampoline, {names.dunder_int});
  fill_slot(type, &Type::to_float, float_trampoline, {names.dunder_float});
  inherit_hidden_slot(type, &Type::concat);
  inherit_hidden_slot(type, &Type::repeat);
  inherit_hidden_slot(type, &Type::finalize);
  if (type_lookup(type, names.dunder_del).is_null()) {
    type->flags &= ~uint64_t{kTypeHasFinalizer};
  } else {
    type->flags |= kTypeHasFinalizer;
  }
}

void update_slots_with_subclasses(Type* type) {
  update_slots(type);
  if (!type->subclasses) return;
  for (size_t i = 0; i < type->subclasses->size; ++i) {
    update_slots_with_subclasses(type->subclasses->items[i].as<Type>());
  }
}

void attribute_changed(Type* type, Str* name) {
  if (is_dunder(name)) update_slots_with_subclasses(type);
}

// --- the MRO ----------------------------------------------------------------

bool tail_contains(Tuple* list, size_t start, Value candidate) {
  for (size_t i = start + 1; i < list->size; ++i) {
    if ((*list)[i].is(candidate)) return true;
  }
  return false;
}

[[noreturn]] void mro_error(const gc::vector<Tuple*>& to_merge, const gc::vector<size_t>& remain) {
  Dict* heads = make_dict();
  for (size_t i = 0; i < to_merge.size(); ++i) {
    if (remain[i] < to_merge[i]->size) dict_set(heads, (*to_merge[i])[remain[i]], none());
  }
  std::string message = "Cannot create a consistent method resolution\norder (MRO) for bases";
  size_t pos = 0;
  Value key, value;
  bool first = true;
  while (dict_next(heads, pos, key, value)) {
    message += first ? " " : ", ";
    first = false;
    Value name = lookup_attr(key, names.dunder_name);
    message += !name.is_null() && is_str(name) ? std::string(str_view(name)) : repr_string(key);
  }
  throw_type_error(message);
}

}  // namespace

bool has_python_new(Type* type) { return type->new_instance == new_trampoline; }

bool is_python_setattr(SetAttrFn fn) { return fn == setattr_trampoline; }

// Whether CPython's counterpart of `type` frees its instances as collected
// objects (tp_free is PyObject_GC_Del): every class made by a class statement or
// type(), and the built-ins other than object and the atomic ones (int, float,
// complex, str, bytes, bytearray, array.array, _random.Random, the
// singletons' types, range, and their built-in subtypes such as bool).
// Layout checks refuse to mix the two.
bool cpython_frees_with_gc(Type* type) {
  if (type->flags & kTypeHeap) return true;
  if (type == &object_type) return false;
  for (Type* t = type; t && t != &object_type; t = t->base) {
    if (t == &int_type || t == &float_type || t == &complex_type ||
        t == &str_type || t == &bytes_type || t == &bytearray_type) {
      return false;
    }
    std::string_view native = t->native_name ? t->native_name : "";
    if (native == "array.array" || native == "_random.Random" || native == "NoneType" ||
        native == "range" || native == "NotImplementedType" || native == "ellipsis") {
      return false;
    }
  }
  return true;
}


Tuple* compute_mro(Type* type) {
  Tuple* bases = type->bases;
  for (size_t i = 0; i < bases->size; ++i) {
    Type* base = (*bases)[i].as<Type>();
    if (!base->mro) {
      throw_type_error("Cannot extend an incomplete type '" + tp_name(base) + "'");
    }
  }
  Value self = Value::from_object(type);
  if (bases->size == 1) {
    Tuple* base_mro = (*bases)[0].as<Type>()->mro;
    Tuple* mro = make_tuple(base_mro->size + 1);
    (*mro)[0] = self;
    for (size_t i = 0; i < base_mro->size; ++i) (*mro)[i + 1] = (*base_mro)[i];
    return mro;
  }
  for (size_t i = 0; i < bases->size; ++i) {
    for (size_t j = i + 1; j < bases->size; ++j) {
      if ((*bases)[i].is((*bases)[j])) {
        throw_type_error("duplicate base class " +
                         std::string((*bases)[i].as<Type>()->name->view()));
      }
    }
  }
  gc::vector<Tuple*> to_merge;
  for (size_t i = 0; i < bases->size; ++i) to_merge.push_back((*bases)[i].as<Type>()->mro);
  to_merge.push_back(bases);
  gc::vector<size_t> remain(to_merge.size(), 0);
  gc::vector<Value> result{self};
  for (;;) {
    size_t empty = 0;
    bool merged = false;
    for (size_t i = 0; i < to_merge.size() && !merged; ++i) {
      if (remain[i] >= to_merge[i]->size) {
        ++empty;
        continue;
      }
      Value candidate = (*to_merge[i])[remain[i]];
      bool in_a_tail = false;
      for (size_t j = 0; j < to_merge.size() && !in_a_tail; ++j) {
        in_a_tail = tail_contains(to_merge[j], remain[j], candidate);
      }
      if (in_a_tail) continue;
      result.push_back(candidate);
      for (size_t j = 0; j < to_merge.size(); ++j) {
        if (remain[j] < to_merge[j]->size && (*to_merge[j])[remain[j]].is(candidate)) ++remain[j];
      }
      merged = true;
    }
    if (merged) continue;
    if (empty != to_merge.size()) mro_error(to_merge, remain);
    break;
  }
  return make_tuple(result.data(), result.size());
}

namespace {

// CPython's solid_base: the nearest ancestor that adds to the instance layout.
Type* solid_base(Type* type) {
  Type* base = type->base ? solid_base(type->base) : &object_type;
  bool extra = type->basic_size != base->basic_size || type->item_size != base->item_size;
  return extra ? type : base;
}

// CPython's variable-sized built-ins (tp_itemsize != 0): no __weakref__ and no
// __slots__ after them.
bool is_variable_sized_in_cpython(Type* type) {
  return type->flags & (kTypeIntSubclass | kTypeTupleSubclass | kTypeBytesSubclass |
                        kTypeTypeSubclass);
}

// Types whose instances vary in size here: slot values cannot follow them.
bool is_variable_sized(Type* type) {
  return type->item_size != 0 || is_variable_sized_in_cpython(type);
}

Tuple* mro_from_metaclass(Type* type, Type* metatype) {
  Type* owner;
  find_definition(metatype, mro_name, &owner);
  if (!owner || owner == &type_type) return compute_mro(type);
  Value result = call_method(Value::from_object(type), mro_name, {});
  Tuple* mro = tuple_from_iterable(result);
  Type* solid = solid_base(type);
  for (size_t i = 0; i < mro->size; ++i) {
    Value entry = (*mro)[i];
    if (!is_instance_of(entry, &type_type)) {
      throw_type_error("mro() returned a non-class ('" + type_name(entry) + "')");
    }
    if (!is_subtype(solid, solid_base(entry.as<Type>()))) {
      throw_type_error("mro() returned base with unsuitable layout ('" +
                       tp_name(entry.as<Type>()) + "')");
    }
  }
  return mro;
}

// Records `type` in base's subclass list, once.
void add_subclass(Type* base, Type* type) {
  if (!base->subclasses) base->subclasses = make_list();
  List* list = base->subclasses;
  for (size_t i = 0; i < list->size; ++i) {
    if (list->items[i].is(Value::from_object(type))) return;
  }
  list_append(list, Value::from_object(type));
}

// CPython's best_base: the base whose solid base is the most derived, raising
// when a base is not a class or not subclassable, or when two layouts conflict.
Type* best_base(Tuple* bases) {
  Type* base = nullptr;
  Type* solid_winner = nullptr;
  for (size_t i = 0; i < bases->size; ++i) {
    Value entry = (*bases)[i];
    if (!is_instance_of(entry, &type_type)) throw_type_error("bases must be types");
    Type* candidate_base = entry.as<Type>();
    if (!(candidate_base->flags & kTypeBaseType)) {
      throw_type_error("type '" + tp_name(candidate_base) +
                       "' is not an acceptable base type");
    }
    Type* candidate = solid_base(candidate_base);
    if (!solid_winner) {
      solid_winner = candidate;
      base = candidate_base;
    } else if (is_subtype(solid_winner, candidate)) {
      continue;
    } else if (is_subtype(candidate, solid_winner)) {
      solid_winner = candidate;
      base = candidate_base;
    } else {
      throw_type_error("multiple bases have instance lay-out conflict");
    }
  }
  return base;
}

// _Py_Mangle for a slot name inside class `class_name`.
Str* mangle(Str* class_name, Str* name) {
  std::string_view text = name->view();
  if (text.size() < 2 || text.substr(0, 2) != "__" ||
      (text.size() >= 2 && text.substr(text.size() - 2) == "__") ||
      text.find('.') != std::string_view::npos) {
    return name;
  }
  std::string_view owner = class_name->view();
  size_t start = owner.find_first_not_of('_');
  if (start == std::string_view::npos) return name;
  return intern("_" + std::string(owner.substr(start)) + std::string(text));
}

Value dict_getter(Value self) {
  Dict* dict = instance_dict(self);
  return dict ? Value::from_object(dict) : none();
}

void dict_setter(Value self, Value value) {
  Dict** slot = instance_dict_slot(self.as_object());
  if (value.is_null()) {
    *slot = nullptr;
    return;
  }
  if (!is_dict(value)) {
    throw_type_error("__dict__ must be set to a dictionary, not a '" + type_name(value) + "'");
  }
  *slot = value.as<Dict>();
}


// The __slots__ entries of a class body, checked as CPython's type_new_visit_slots.
struct SlotsSpec {
  gc::vector<Str*> names;  // mangled, sorted; __dict__ and __weakref__ removed
  bool add_dict = false;
  bool add_weakref = false;
};

SlotsSpec read_slots(Value slots, Str* class_name, Dict* ns, Type* base, bool base_has_dict,
                     bool base_has_weakref) {
  SlotsSpec spec;
  Tuple* items = is_str(slots) ? make_tuple({slots}) : tuple_from_iterable(slots);
  bool may_add_weakref = !base_has_weakref && !is_variable_sized_in_cpython(base);
  gc::vector<Str*> plain;
  for (size_t i = 0; i < items->size; ++i) {
    Value item = (*items)[i];
    if (!is_str(item)) {
      throw_type_error("__slots__ items must be strings, not '" + type_name(item) + "'");
    }
    Str* name = item.as<Str>();
    if (!unicode::is_identifier(name->view())) throw_type_error("__slots__ must be identifiers");
    if (name->view() == "__dict__") {
      if (base_has_dict || spec.add_dict) {
        throw_type_error("__dict__ slot disallowed: we already got one");
      }
      spec.add_dict = true;
      continue;
    }
    if (name->view() == "__weakref__") {
      if (!may_add_weakref || spec.add_weakref) {
        throw_type_error(
            "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
      }
      spec.add_weakref = true;
      continue;
    }
    plain.push_back(name);
  }
  if (!plain.empty() && is_variable_sized(base)) {
    throw_type_error("nonempty __slots__ not supported for subtype of '" +
                     tp_name(base) + "'");
  }
  for (Str* name : plain) {
    Str* mangled = mangle(class_name, name);
    if (!dict_get_str(ns, mangled).is_null() && name->view() != "__qualname__" &&
        name->view() != "__classcell__") {
      throw_value_error(repr_string(Value::from_object(name)) +
                        " in __slots__ conflicts with class variable");
    }
    spec.names.push_back(intern(mangled));
  }
  std::sort(spec.names.begin(), spec.names.end(),
            [](Str* a, Str* b) { return a->view() < b->view(); });
  return spec;
}

// A plain function in the namespace under `name` becomes `wrapper(function)`.
void wrap_function(Dict* dict, Str* name, Type* wrapper) {
  Value entry = dict_get_str(dict, name);
  if (!entry.is_null() && type_of(entry) == &function_type) {
    dict_set_str(dict, name, call(Value::from_object(wrapper), {entry}));
  }
}

void call_set_names(Type* type) {
  Value type_value = Value::from_object(type);
  Dict* snapshot = dict_copy(type->dict);
  size_t pos = 0;
  Value key, value;
  while (dict_next(snapshot, pos, key, value)) {
    Value set_name = type_lookup(type_of(value), names.dunder_set_name);
    if (set_name.is_null()) continue;
    try {
      Value args[2] = {type_value, key};
      call_descriptor(set_name, value, args, 2);
    } catch (const PyException&) {
      Value cause = take_current_exception();
      Value error = new_exception_message(
          &exc_RuntimeError, "Error calling __set_name__ on '" + type_name(value) +
                                 "' instance " + repr_string(key) + " in '" +
                                 std::string(type->name->view()) + "'");
      auto* exception = error.as<BaseExceptionObject>();
      exception->cause = cause;
      exception->context = cause;
      exception->suppress_context = true;
      raise_exception(error);
    }
  }
}

void call_init_subclass(Type* type, const Value* kwargs, size_t nkwargs, Tuple* kwnames) {
  // super(type, type).__init_subclass__(…): a custom mro() may have left
  // the class out of its own MRO.
  if (!is_subtype(type, type)) {
    throw_type_error("super(type, obj): obj must be an instance or subtype of type");
  }
  Value type_value = Value::from_object(type);
  Value method = super_lookup(type, type_value, type, names.dunder_init_subclass);
  if (method.is_null()) return;
  call(method, kwargs, 0, nkwargs ? kwnames : nullptr);
}

Value module_of_caller() {
  Frame* frame = thread_state()->frame;
  if (!frame || !frame->globals) return Value::null();
  return dict_get_str(frame->globals, names.dunder_name);
}

}  // namespace

Value make_class(Type* metatype, Str* name, Tuple* bases, Dict* namespace_dict,
                 const Value* kwargs, size_t nkwargs, Tuple* kwnames) {
  // The most derived metaclass wins; one that is not type's own __new__ takes over.
  Type* winner = metatype;
  for (size_t i = 0; i < bases->size; ++i) {
    Type* candidate = type_of((*bases)[i]);
    if (is_subtype(winner, candidate)) continue;
    if (is_subtype(candidate, winner)) {
      winner = candidate;
      continue;
    }
    throw_type_error(
        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
        "of the metaclasses of all its bases");
  }
  if (winner != metatype && winner->new_instance != type_type.new_instance) {
    gc::vector<Value> args{Value::from_object(name), Value::from_object(bases),
                           Value::from_object(namespace_dict)};
    args.insert(args.end(), kwargs, kwargs + nkwargs);
    return winner->new_instance(winner, args.data(), 3, nkwargs ? kwnames : nullptr);
  }
  metatype = winner;
  check_type_name(name);

  if (bases->size == 0) bases = make_tuple({Value::from_object(&object_type)});
  Type* base = best_base(bases);

  Dict* dict = make_dict();
  dict_merge(dict, Value::from_object(namespace_dict), true);
  if (dict_get_str(dict, names.dunder_module).is_null()) {
    Value module = module_of_caller();
    if (!module.is_null()) dict_set_str(dict, names.dunder_module, module);
  }
  // CPython keeps a str docstring as UTF-8 too.
  Value doc = dict_get_str(dict, names.dunder_doc);
  if (!doc.is_null() && is_str(doc)) str_encode(doc.as<Str>(), "utf-8", "strict");
  Str* qualname = name;
  Value qualname_entry = dict_get_str(dict, names.dunder_qualname);
  if (!qualname_entry.is_null()) {
    if (!is_str(qualname_entry)) {
      throw_type_error("type __qualname__ must be a str, not " + type_name(qualname_entry));
    }
    qualname = qualname_entry.as<Str>();
    dict_delete(dict, Value::from_object(names.dunder_qualname));
  }

  // Native types with a __dict__ of their own (type, function, module) keep it.
  bool base_has_dict = (base->flags & kTypeHasInstanceDict) ||
                       !type_lookup(base, names.dunder_dict).is_null();
  bool base_has_weakref =
      is_weakrefable(base) || !type_lookup(base, names.dunder_weakref).is_null();
  SlotsSpec slots;
  Value slots_entry = dict_get_str(dict, names.dunder_slots);
  if (slots_entry.is_null()) {
    slots.add_dict = !base_has_dict;
    slots.add_weakref = !base_has_weakref && !is_variable_sized_in_cpython(base);
  } else {
    slots = read_slots(slots_entry, name, dict, base, base_has_dict, base_has_weakref);
    // As CPython's type_new_slots_impl: secondary bases may provide the
    // instance dict or weak references.
    bool may_add_weakref = !base_has_weakref && !is_variable_sized_in_cpython(base) &&
                           base->item_size == 0;
    for (size_t i = 0; i < bases->size && bases->size > 1; ++i) {
      Type* other = (*bases)[i].as<Type>();
      if (other == base) continue;
      if (!base_has_dict && !slots.add_dict && (other->flags & kTypeHasInstanceDict)) {
        slots.add_dict = true;
      }
      if (may_add_weakref && !slots.add_weakref && is_weakrefable(other)) {
        slots.add_weakref = true;
      }
    }
  }

  auto* type = static_cast<Type*>(allocate_instance(metatype));
  type_modified(type);
  type->name = name;
  type->qualname = qualname;
  type->base = base;
  type->bases = bases;
  type->dict = dict;
  type->subclasses = make_list();
  type->flags = kTypeHeap | kTypeBaseType | (base->flags & kInheritedFlags);
  if ((base->flags & kTypeHasInstanceDict) || slots.add_dict) type->flags |= kTypeHasInstanceDict;
  type->item_size = base->item_size;
  uint32_t slots_start = (base->basic_size + 7u) & ~7u;
  type->basic_size = base->basic_size;
  if (!slots.names.empty()) {
    type->slots_offset = slots_start;
    type->slot_count = static_cast<uint32_t>(slots.names.size());
    type->basic_size = slots_start + type->slot_count * static_cast<uint32_t>(sizeof(Value));
  }
  for (size_t i = 0; i < slots.names.size(); ++i) {
    uint32_t offset = slots_start + static_cast<uint32_t>(i * sizeof(Value));
    dict_set_str(dict, slots.names[i], make_member_descriptor(type, slots.names[i], offset));
  }
  // The class body's own __dict__ / __weakref__ stay in place (CPython adds
  // its getsets with setdefault).
  if (slots.add_dict && dict_get_str(dict, names.dunder_dict).is_null()) {
    dict_set_str(dict, names.dunder_dict,
                 make_getset_descriptor(type, {"__dict__", dict_getter, dict_setter,
                                               "dictionary for instance variables (if defined)"}));
  }
  if (slots.add_weakref) {
    type->flags |= kTypeWeakrefable;
    if (dict_get_str(dict, names.dunder_weakref).is_null()) {
      dict_set_str(dict, names.dunder_weakref,
                   make_getset_descriptor(
                       type, {"__weakref__", weakref_list_head, nullptr,
                              "list of weak references to the object (if defined)"}));
    }
  }
  if (dict_get_str(dict, names.dunder_doc).is_null()) dict_set_str(dict, names.dunder_doc, none());
  wrap_function(dict, names.dunder_new, &staticmethod_type);
  wrap_function(dict, names.dunder_init_subclass, &classmethod_type);
  wrap_function(dict, names.dunder_class_getitem, &classmethod_type);
  if (!dict_get_str(dict, names.dunder_eq).is_null() &&
      dict_get_str(dict, names.dunder_hash).is_null()) {
    dict_set_str(dict, names.dunder_hash, none());
  }
  Value classcell = dict_get_str(dict, names.dunder_classcell);
  if (!classcell.is_null()) {
    if (type_of(classcell) != &cell_type) {
      throw_type_error("__classcell__ must be a nonlocal cell, not " +
                       repr_string(Value::from_object(type_of(classcell))));
    }
    classcell.as<Cell>()->contents = Value::from_object(type);
    dict_delete(dict, Value::from_object(names.dunder_classcell));
  }

  // A __bases__ assignment made by a custom mro() has already set the MRO
  // (and the subclass lists): that one stays, as in CPython's mro_internal.
  Tuple* mro = mro_from_metaclass(type, metatype);
  if (!type->mro) {
    type->mro = mro;
    for (size_t i = 0; i < bases->size; ++i) {
      Type* direct_base = (*bases)[i].as<Type>();
      if (!direct_base->subclasses) direct_base->subclasses = make_list();
      list_append(direct_base->subclasses, Value::from_object(type));
    }
  }
  // The sequence/mapping flag comes from the first class along the MRO that
  // has one, not only from the solid base (CPython's inherit_patma_flags).
  if (!(type->flags & (kTypeSequence | kTypeMapping))) {
    for (size_t i = 1; i < type->mro->size; ++i) {
      uint64_t flags = (*type->mro)[i].as<Type>()->flags & (kTypeSequence | kTypeMapping);
      if (flags) {
        type->flags |= flags;
        break;
      }
    }
  }
  update_slots(type);
  type_modified(type);

  call_set_names(type);
  call_init_subclass(type, kwargs, nkwargs, kwnames);
  return Value::from_object(type);
}

void report_unraisable(Value what, Value error, std::string_view message) {
  Value err_msg = message == kDefaultUnraisableMessage ? Value::null() : str_value(message);
  report_unraisable_exception(error, what, err_msg);
}

namespace {

void run_finalizer(void* block, void* header_offset) {
  auto* instance = reinterpret_cast<Object*>(static_cast<char*>(block) +
                                             reinterpret_cast<uintptr_t>(header_offset));
  Value method = type_lookup(instance->type, names.dunder_del);
  if (method.is_null()) return;
  Value saved = take_current_exception();
  try {
    call_descriptor(method, Value::from_object(instance), nullptr, 0);
  } catch (const PyException&) {
    report_unraisable(method, take_current_exception());
  }
  thread_state()->current_exception = saved;
}

}  // namespace

void register_instance_finalizer(Object* object) {
  void* block = GC_base(object);
  auto offset = static_cast<uintptr_t>(reinterpret_cast<char*>(object) -
                                       static_cast<char*>(block));
  GC_register_finalizer_no_order(block, run_finalizer, reinterpret_cast<void*>(offset), nullptr,
                                 nullptr);
}

namespace {

// --- type.__abstractmethods__ -----------------------------------------------

Value abstractmethods_get(Value self) {
  Type* type = self.as<Type>();
  Value value = type != &type_type && type->dict
                    ? dict_get_str(type->dict, names.dunder_abstractmethods)
                    : Value::null();
  if (value.is_null()) {
    raise_exception(new_exception_message(&exc_AttributeError, "__abstractmethods__"));
  }
  return value;
}

void abstractmethods_set(Value self, Value value) {
  Type* type = self.as<Type>();
  bool abstract = false;
  if (value.is_null()) {
    if (!type->dict || !dict_delete(type->dict, Value::from_object(names.dunder_abstractmethods))) {
      raise_exception(new_exception_message(&exc_AttributeError, "__abstractmethods__"));
    }
  } else {
    abstract = truthy(value);
    dict_set_str(type_dict(type), names.dunder_abstractmethods, value);
  }
  type_modified(type);
  if (abstract) {
    type->flags |= kTypeAbstract;
  } else {
    type->flags &= ~uint64_t{kTypeAbstract};
  }
}

// --- object.__class__ -------------------------------------------------------

Value class_get(Value self) { return Value::from_object(type_of(self)); }

// Member names a class adds itself (its __slots__ entries), sorted.
gc::vector<Str*> own_slot_names(Type* type) {
  gc::vector<Str*> result;
  if (!type->dict) return result;
  size_t pos = 0;
  Value key, value;
  while (dict_next(type->dict, pos, key, value)) {
    if (type_of(value) == &member_descriptor_type && value.as<MemberDescriptor>()->owner == type) {
      result.push_back(value.as<MemberDescriptor>()->name);
    }
  }
  std::sort(result.begin(), result.end(), [](Str* a, Str* b) { return a->view() < b->view(); });
  return result;
}

bool same_layout_step(Type* child) {
  Type* parent = child->base;
  // The instance dict and the weak reference list count as layout, as the
  // slots CPython gives them do.
  constexpr uint64_t kLayoutFlags = kTypeHasInstanceDict | kTypeWeakrefable;
  return parent && child->basic_size == parent->basic_size &&
         child->item_size == parent->item_size &&
         (child->flags & kLayoutFlags) == (parent->flags & kLayoutFlags);
}

bool same_slots_added(Type* a, Type* b) {
  constexpr uint64_t kLayoutFlags = kTypeHasInstanceDict | kTypeWeakrefable;
  if (a->basic_size != b->basic_size || a->item_size != b->item_size ||
      (a->flags & kLayoutFlags) != (b->flags & kLayoutFlags)) {
    return false;
  }
  gc::vector<Str*> names_a = own_slot_names(a);
  gc::vector<Str*> names_b = own_slot_names(b);
  return std::equal(names_a.begin(), names_a.end(), names_b.begin(), names_b.end(),
                    [](Str* x, Str* y) { return x->view() == y->view(); });
}

// CPython's compatible_for_assignment: instances laid out for `oldto` must
// suit `newto` (for __class__ and __bases__ assignment); raises otherwise.
void check_compatible_for_assignment(Type* oldto, Type* newto, const char* attribute) {
  if (cpython_frees_with_gc(newto) != cpython_frees_with_gc(oldto)) {
    throw_type_error(std::string(attribute) + " assignment: '" + tp_name(newto) +
                     "' deallocator differs from '" + tp_name(oldto) + "'");
  }
  Type* new_base = newto;
  Type* old_base = oldto;
  while (same_layout_step(new_base)) new_base = new_base->base;
  while (same_layout_step(old_base)) old_base = old_base->base;
  if (new_base != old_base &&
      (new_base->base != old_base->base || !same_slots_added(new_base, old_base))) {
    throw_type_error(std::string(attribute) + " assignment: '" + tp_name(newto) +
                     "' object layout differs from '" + tp_name(oldto) + "'");
  }
}

void class_set(Value self, Value value) {
  if (value.is_null()) throw_type_error("can't delete __class__ attribute");
  if (!is_instance_of(value, &type_type)) {
    throw_type_error("__class__ must be set to a class, not '" + type_name(value) + "' object");
  }
  Type* new_type = value.as<Type>();
  Type* old_type = type_of(self);
  if ((new_type->flags & kTypeImmutable) || (old_type->flags & kTypeImmutable) ||
      !self.is_object()) {
    throw_type_error(
        "__class__ assignment only supported for mutable types or ModuleType subclasses");
  }
  check_compatible_for_assignment(old_type, new_type, "__class__");
  self.as_object()->type = new_type;
}

// --- __bases__ assignment -----------------------------------------------------

// One class whose MRO a __bases__ assignment replaced, to undo on failure.
struct MroChange {
  Type* type;
  Tuple* new_mro;
  Tuple* old_mro;
};

// CPython's mro_internal: recomputes type's MRO (through its metaclass's
// mro() when overridden). False when a nested __bases__ assignment made
// during mro() already replaced it.
bool recompute_mro(Type* type, Tuple** old_mro) {
  Tuple* before = type->mro;
  Tuple* mro = mro_from_metaclass(type, type_of(Value::from_object(type)));
  if (type->mro != before) return false;
  type->mro = mro;
  type_modified(type);
  *old_mro = before;
  return true;
}

// CPython's mro_hierarchy: the new MRO of `type` and of all its subclasses,
// each change recorded in `changes`.
void recompute_mro_hierarchy(Type* type, gc::vector<MroChange>& changes) {
  Tuple* old_mro = nullptr;
  if (!recompute_mro(type, &old_mro)) return;
  changes.push_back({type, type->mro, old_mro});
  if (!type->subclasses || type->subclasses->size == 0) return;
  // A copy: a custom mro() may change the list while it is walked.
  List* subclasses = make_list(type->subclasses->items, type->subclasses->size);
  for (size_t i = 0; i < subclasses->size; ++i) {
    recompute_mro_hierarchy(subclasses->items[i].as<Type>(), changes);
  }
}

void remove_subclass(Type* base, Type* type) {
  List* list = base->subclasses;
  if (!list) return;
  for (size_t i = 0; i < list->size; ++i) {
    if (list->items[i].is(Value::from_object(type))) {
      for (size_t j = i + 1; j < list->size; ++j) list->items[j - 1] = list->items[j];
      --list->size;
      list->items[list->size] = Value::null();
      return;
    }
  }
}

// type_is_subtype_base_chain: `base` reaches `type` through __base__ links.
bool base_chain_reaches(Type* base, Type* type) {
  for (Type* t = base; t; t = t->base) {
    if (t == type) return true;
  }
  return type == &object_type;
}

}  // namespace

void type_bases_set(Value self, Value value) {
  Type* type = self.as<Type>();
  if (type->flags & kTypeImmutable) {
    throw_type_error("cannot set '__bases__' attribute of immutable type '" + tp_name(type) + "'");
  }
  if (value.is_null()) {
    throw_type_error("cannot delete '__bases__' attribute of immutable type '" + tp_name(type) +
                     "'");
  }
  if (!is_tuple(value)) {
    throw_type_error("can only assign tuple to " + tp_name(type) + ".__bases__, not " +
                     type_name(value));
  }
  Tuple* new_bases = value.as<Tuple>();
  if (new_bases->size == 0) {
    throw_type_error("can only assign non-empty tuple to " + tp_name(type) +
                     ".__bases__, not ()");
  }
  for (size_t i = 0; i < new_bases->size; ++i) {
    Value entry = (*new_bases)[i];
    if (!is_instance_of(entry, &type_type)) {
      throw_type_error(tp_name(type) + ".__bases__ must be tuple of classes, not '" +
                       type_name(entry) + "'");
    }
    Type* base = entry.as<Type>();
    // The base chain too: a nested assignment made by a custom mro() sets
    // __base__ before the MRO it checks against.
    if (is_subtype(base, type) || (base->mro && base_chain_reaches(base, type))) {
      throw_type_error("a __bases__ item causes an inheritance cycle");
    }
  }
  Type* new_base = best_base(new_bases);
  check_compatible_for_assignment(type->base, new_base, "__bases__");

  Tuple* old_bases = type->bases;
  Type* old_base = type->base;
  type->bases = new_bases;
  type->base = new_base;
  gc::vector<MroChange> changes;
  try {
    recompute_mro_hierarchy(type, changes);
  } catch (...) {
    // Undo, latest first, leaving alone any MRO a nested assignment replaced.
    for (size_t i = changes.size(); i-- > 0;) {
      MroChange& change = changes[i];
      if (change.type->mro == change.new_mro) {
        change.type->mro = change.old_mro;
        type_modified(change.type);
      }
    }
    if (type->bases == new_bases) {
      type->bases = old_bases;
      type->base = old_base;
    }
    throw;
  }
  // Nothing more when a nested assignment replaced __bases__ meanwhile.
  if (type->bases != new_bases) return;
  for (size_t i = 0; i < old_bases->size; ++i) remove_subclass((*old_bases)[i].as<Type>(), type);
  for (size_t i = 0; i < new_bases->size; ++i) add_subclass((*new_bases)[i].as<Type>(), type);
  update_slots_with_subclasses(type);
  type_modified(type);
}

namespace {

// --- object.__reduce_ex__ / __reduce__ / __getstate__ -----------------------

Value copyreg_attribute(const char* name) {
  Value module = import_module(intern("copyreg"), none(), none(), 0);
  return getattr(module, intern(name));
}

}  // namespace

namespace {

// The __slots__ members along type's MRO, in MRO order (copyreg._slotnames).
gc::vector<Value> slot_members(Type* type) {
  gc::vector<Value> members;
  Tuple* mro = type->mro;
  for (size_t i = 0; i < mro->size; ++i) {
    Type* klass = (*mro)[i].as<Type>();
    if (!(klass->flags & kTypeHeap) || !klass->dict) continue;
    size_t pos = 0;
    Value key, value;
    while (dict_next(klass->dict, pos, key, value)) {
      if (type_of(value) == &member_descriptor_type &&
          value.as<MemberDescriptor>()->owner == klass) {
        members.push_back(value);
      }
    }
  }
  return members;
}

Value object_getstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("__getstate__", kwnames);
  check_positional("__getstate__", nargs, 0, 0);
  Value state = none();
  if (self.is_object() && (type_of(self)->flags & kTypeHasInstanceDict)) {
    Dict* dict = *instance_dict_slot(self.as_object());
    if (dict && dict_size(dict)) state = Value::from_object(dict_copy(dict));
  }
  Dict* slots = nullptr;
  for (Value member : slot_members(type_of(self))) {
    auto* descr = member.as<MemberDescriptor>();
    Value value = *reinterpret_cast<Value*>(reinterpret_cast<char*>(self.as_object()) +
                                            descr->offset);
    if (value.is_null()) continue;
    if (!slots) slots = make_dict();
    dict_set_str(slots, descr->name, value);
  }
  if (slots) return Value::from_object(make_tuple({state, Value::from_object(slots)}));
  return state;
}

}  // namespace

Value object_state(Value self) { return call_method(self, getstate_name, {}); }

namespace {

// CPython's object_getstate_default for a reduction without constructor
// arguments: state in a native layout, which the default __getstate__ cannot
// see, makes the instance unpicklable.
void check_default_state_suffices(Value self) {
  Type* owner;
  find_definition(type_of(self), getstate_name, &owner);
  if (owner != &object_type || is_list(self) || is_dict(self)) return;
  Type* native = type_of(self);
  while (native->flags & kTypeHeap) native = native->base;
  if (native->basic_size <= object_type.basic_size) return;
  // Variable-sized in CPython, which words the refusal differently.
  if (native == &code_type || native == &memoryview_type ||
      is_variable_sized_in_cpython(native)) {
    throw_type_error("cannot pickle " + type_name(self) + " objects");
  }
  throw_type_error("cannot pickle '" + type_name(self) + "' object");
}

Value common_reduce(Value self, int64_t protocol) {
  if (protocol < 2) {
    return call(copyreg_attribute("_reduce_ex"), {self, make_int(protocol)});
  }
  Type* type = type_of(self);
  if (!type->new_instance) throw_type_error("cannot pickle '" + type_name(self) + "' object");
  // CPython's _PyObject_GetNewArguments: __getnewargs_ex__, else __getnewargs__, looked
  // up on the type (an instance's __getattr__ is not asked).
  Value args;
  Value kwargs;
  Value getnewargs_ex = call_special(self, intern("__getnewargs_ex__"), {});
  if (!getnewargs_ex.is_null()) {
    if (!is_tuple(getnewargs_ex)) {
      throw_type_error("__getnewargs_ex__ should return a tuple, not '" +
                       type_name(getnewargs_ex) + "'");
    }
    Tuple* pair = getnewargs_ex.as<Tuple>();
    if (pair->size != 2) {
      throw_value_error("__getnewargs_ex__ should return a tuple of length 2, not " +
                        std::to_string(pair->size));
    }
    args = (*pair)[0];
    kwargs = (*pair)[1];
    if (!is_tuple(args)) {
      throw_type_error(
          "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '" +
          type_name(args) + "'");
    }
    if (!is_dict(kwargs)) {
      throw_type_error(
          "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '" +
          type_name(kwargs) + "'");
    }
  } else {
    Value getnewargs = call_special(self, intern("__getnewargs__"), {});
    if (!getnewargs.is_null()) {
      if (!is_tuple(getnewargs)) {
        throw_type_error("__getnewargs__ should return a tuple, not '" + type_name(getnewargs) +
                         "'");
      }
      args = getnewargs;
    }
  }
  if (args.is_null()) check_default_state_suffices(self);
  Value newobj;
  Value newargs_value;
  if (kwargs.is_null() || dict_size(kwargs.as<Dict>()) == 0) {
    Tuple* extra = args.is_null() ? make_tuple(0) : args.as<Tuple>();
    Tuple* newargs = make_tuple(extra->size + 1);
    (*newargs)[0] = Value::from_object(type);
    for (size_t i = 0; i < extra->size; ++i) (*newargs)[i + 1] = (*extra)[i];
    newobj = copyreg_attribute("__newobj__");
    newargs_value = Value::from_object(newargs);
  } else {
    newobj = copyreg_attribute("__newobj_ex__");
    newargs_value = Value::from_object(make_tuple({Value::from_object(type), args, kwargs}));
  }
  Value state = object_state(self);
  Value list_items = is_list(self) ? get_iter(self) : none();
  Value dict_items =
      is_dict(self) ? get_iter(call_method(self, names.items, {})) : none();
  return Value::from_object(make_tuple({newobj, newargs_value, state, list_items, dict_items}));
}

Value object_reduce(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("__reduce__", kwnames);
  check_positional("__reduce__", nargs, 0, 0);
  return common_reduce(self, 0);
}

Value object_reduce_ex(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("__reduce_ex__", kwnames);
  check_positional("__reduce_ex__", nargs, 1, 1);
  int64_t protocol = index_as_ssize(args[0]);
  Type* owner;
  find_definition(type_of(self), reduce_name, &owner);
  if (owner && owner != &object_type) return call_method(self, reduce_name, {});
  return common_reduce(self, protocol);
}

void init_class_names() {
  for (int op = 0; op < kBinaryOpCount; ++op) {
    std::string stem = kBinaryStems[op];
    binary_names[op] = intern("__" + stem + "__");
    reflected_names[op] = intern("__r" + stem + "__");
    inplace_names[op] = intern("__i" + stem + "__");
  }
  const char* const unary[kUnaryOpCount] = {"__neg__", "__pos__", "__invert__", "__abs__"};
  for (int op = 0; op < kUnaryOpCount; ++op) unary_names[op] = intern(unary[op]);
  const char* const compare[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  for (int op = 0; op < 6; ++op) compare_names[op] = intern(compare[op]);
  rdivmod_name = intern("__rdivmod__");
  rpow_name = intern("__rpow__");
  mro_name = intern("mro");
  reduce_name = intern("__reduce__");
  getstate_name = intern("__getstate__");
}

}  // namespace

void init_super_type();
void init_property_types();

void init_class_types() {
  init_class_names();
  type_attribute_changed = attribute_changed;
  init_super_type();
  init_property_types();
  add_getsets(&object_type, {{"__class__", class_get, class_set}});
  add_methods(&object_type, {
      {"__reduce_ex__", object_reduce_ex},
      {"__reduce__", object_reduce},
      {"__getstate__", object_getstate},
  });
  add_getsets(&type_type, {{"__abstractmethods__", abstractmethods_get, abstractmethods_set}});
  init_mappingproxy_type();
  init_generic_alias_types();
  for (Type* generic : {&list_type, &tuple_type, &dict_type, &set_type, &frozenset_type,
                        &enumerate_type, &exc_BaseExceptionGroup, &mappingproxy_type,
                        &async_generator_type}) {
    add_methods(generic, {{"__class_getitem__", generic_class_getitem, kMethodClass,
                           "See PEP 585"}});
  }
}

}  // namespace krait
