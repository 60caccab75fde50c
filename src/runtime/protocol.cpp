// The abstract object protocol: slot dispatch with CPython's fallbacks and
// error messages (Objects/abstract.c and Objects/object.c are the behaviour
// this follows).
#include "runtime/protocol.h"

#include <string>

#include "objects/class.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/number_format.h"
#include "objects/iterators.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/thread_state.h"
#include "runtime/unicode.h"

namespace krait {

namespace {

const char* const kBinaryOpSymbols[kBinaryOpCount] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
};
const char* const kInplaceOpSymbols[kBinaryOpCount] = {
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};
const char* const kCompareSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
const CompareOp kSwappedCompare[] = {CompareOp::Gt, CompareOp::Ge, CompareOp::Eq,
                                     CompareOp::Ne, CompareOp::Lt, CompareOp::Le};

Str* checked_str_result(Value result, const char* method) {
  if (!is_str(result)) {
    throw_type_error(format("%s returned non-string (type %s)", method,
                            type_name(result).c_str()));
  }
  return result.as<Str>();
}

// CPython's binary_op1: the right operand's slot first when its type is a
// proper subclass of the left's; NotImplemented from both means unsupported.
Value binary_op_slots(Value a, Value b, BinaryOp op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  int index = static_cast<int>(op);
  BinaryFn slot_a = ta->number[index];
  BinaryFn slot_b = tb != ta ? tb->number[index] : nullptr;
  if (slot_b == slot_a) slot_b = nullptr;
  if (slot_a) {
    if (slot_b && is_subtype(tb, ta)) {
      Value result = slot_b(a, b);
      if (!result.is(not_implemented())) return result;
      slot_b = nullptr;
    }
    Value result = slot_a(a, b);
    if (!result.is(not_implemented())) return result;
  }
  if (slot_b) {
    Value result = slot_b(a, b);
    if (!result.is(not_implemented())) return result;
  }
  return not_implemented();
}

bool supports_index(Value v) { return v.is_small_int() || type_of(v)->index; }

// The sequence fallbacks of + and * (sq_concat, sq_repeat).
Value sequence_fallback(Value a, Value b, BinaryOp op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  if (op == BinaryOp::Add && ta->concat) return ta->concat(a, b);
  if (op == BinaryOp::Multiply) {
    if (ta->repeat) {
      if (!supports_index(b)) {
        throw_type_error("can't multiply sequence by non-int of type '" + type_name(b) + "'");
      }
      return ta->repeat(a, b);
    }
    if (tb->repeat) {
      if (!supports_index(a)) {
        throw_type_error("can't multiply sequence by non-int of type '" + type_name(a) + "'");
      }
      return tb->repeat(b, a);
    }
  }
  return not_implemented();
}

[[noreturn]] void unsupported_binary(Value a, Value b, const char* symbol, bool power) {
  std::string shown = power ? std::string(symbol) + " or pow()" : std::string(symbol);
  throw_type_error("unsupported operand type(s) for " + shown + ": '" + type_name(a) +
                   "' and '" + type_name(b) + "'");
}

}  // namespace

Str* repr(Value v) {
  Type* type = type_of(v);
  RecursionGuard guard(" while getting the repr of an object");
  return checked_str_result(type->repr(v), "__repr__");
}

Str* str(Value v) {
  if (is_exact_str(v)) return v.as<Str>();
  Type* type = type_of(v);
  RecursionGuard guard(" while getting the str of an object");
  ReprFn slot = type->str == object_str ? type->repr : type->str;
  return checked_str_result(slot(v), "__str__");
}

std::string repr_string(Value v) { return std::string(repr(v)->view()); }
std::string str_string(Value v) { return std::string(str(v)->view()); }

Str* ascii(Value v) {
  Str* text = repr(v);
  if (text->is_ascii()) return text;
  std::string out;
  std::string_view utf8 = text->view();
  size_t pos = 0;
  while (pos < utf8.size()) {
    char32_t cp = unicode::decode_utf8(utf8, pos);
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x100) {
      out += format("\\x%02x", static_cast<unsigned>(cp));
    } else if (cp < 0x10000) {
      out += format("\\u%04x", static_cast<unsigned>(cp));
    } else {
      out += format("\\U%08x", static_cast<unsigned>(cp));
    }
  }
  return make_str(out);
}

Value lookup_special(Value object, Str* name) {
  Type* type = type_of(object);
  Value descriptor = type_lookup(type, name);
  if (descriptor.is_null()) return descriptor;
  DescrGetFn get = type_of(descriptor)->descr_get;
  return get ? get(descriptor, object, Value::from_object(type)) : descriptor;
}

Str* format_value(Value v, Str* spec) {
  if (is_exact_str(v) && spec->size == 0) return v.as<Str>();
  // int.__format__ and float.__format__ without the method call.
  if (is_exact_int(v)) {
    if (spec->size == 0) return str(v);
    return make_str(format_int(v, spec->view(), "int"));
  }
  if (v.is_double()) {
    if (spec->size == 0) return str(v);
    return make_str(format_float(v.as_double(), spec->view(), "float"));
  }
  Value result = call_special(v, names.dunder_format, {Value::from_object(spec)});
  if (result.is_null()) {
    throw_type_error("Type " + type_name(v) + " doesn't define __format__");
  }
  if (!is_str(result)) {
    throw_type_error("__format__ must return a str, not " + type_name(result));
  }
  return result.as<Str>();
}

int64_t hash(Value v) {
  Type* type = type_of(v);
  if (!type->hash) throw_type_error("unhashable type: '" + type_name(v) + "'");
  return type->hash(v);
}

bool truthy(Value v) {
  if (v.is_small_int()) return v.as_small_int() != 0;
  if (v.is_double()) return v.as_double() != 0.0;
  if (is_none(v)) return false;
  Type* type = v.as_object()->type;
  if (type->boolean) return type->boolean(v);
  if (type->len) return type->len(v) != 0;
  return true;
}

Value compare(Value a, Value b, CompareOp op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  RecursionGuard guard(" in comparison");
  bool checked_reverse = false;
  if (ta != tb && tb->richcompare && is_subtype(tb, ta)) {
    checked_reverse = true;
    Value result = tb->richcompare(b, a, kSwappedCompare[static_cast<int>(op)]);
    if (!result.is(not_implemented())) return result;
  }
  if (ta->richcompare) {
    Value result = ta->richcompare(a, b, op);
    if (!result.is(not_implemented())) return result;
  }
  if (!checked_reverse && tb->richcompare) {
    Value result = tb->richcompare(b, a, kSwappedCompare[static_cast<int>(op)]);
    if (!result.is(not_implemented())) return result;
  }
  if (op == CompareOp::Eq) return make_bool(a.is(b));
  if (op == CompareOp::Ne) return make_bool(!a.is(b));
  throw_type_error(std::string("'") + kCompareSymbols[static_cast<int>(op)] +
                   "' not supported between instances of '" + type_name(a) + "' and '" +
                   type_name(b) + "'");
}

bool compare_bool(Value a, Value b, CompareOp op) {
  Value result = compare(a, b, op);
  if (type_of(result) == &bool_type) return result.is(make_bool(true));
  return truthy(result);
}

bool equals(Value a, Value b) {
  if (a.is(b)) return true;
  if (a.is_small_int() && b.is_small_int()) return false;
  return compare_bool(a, b, CompareOp::Eq);
}

Value binary_op(Value a, Value b, BinaryOp op) {
  Value result = binary_op_slots(a, b, op);
  if (!result.is(not_implemented())) return result;
  result = sequence_fallback(a, b, op);
  if (!result.is(not_implemented())) return result;
  unsupported_binary(a, b, kBinaryOpSymbols[static_cast<int>(op)], op == BinaryOp::Power);
}

Value inplace_op(Value a, Value b, BinaryOp op) {
  int index = static_cast<int>(op);
  Type* ta = type_of(a);
  if (BinaryFn slot = ta->inplace[index]) {
    Value result = slot(a, b);
    if (!result.is(not_implemented())) return result;
  }
  Value result = binary_op_slots(a, b, op);
  if (!result.is(not_implemented())) return result;
  result = sequence_fallback(a, b, op);
  if (!result.is(not_implemented())) return result;
  unsupported_binary(a, b, kInplaceOpSymbols[index], op == BinaryOp::Power);
}

Value unary_op(Value a, UnaryOp op) {
  Type* type = type_of(a);
  if (UnaryFn slot = type->unary[static_cast<int>(op)]) return slot(a);
  switch (op) {
    case UnaryOp::Negative:
      throw_type_error("bad operand type for unary -: '" + type_name(a) + "'");
    case UnaryOp::Positive:
      throw_type_error("bad operand type for unary +: '" + type_name(a) + "'");
    case UnaryOp::Invert:
      throw_type_error("bad operand type for unary ~: '" + type_name(a) + "'");
    case UnaryOp::Absolute:
      break;
  }
  throw_type_error("bad operand type for abs(): '" + type_name(a) + "'");
}

Value power(Value a, Value b, Value m) {
  if (is_none(m)) return binary_op(a, b, BinaryOp::Power);
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  Type* tm = type_of(m);
  for (Type* type : {ta, tb, tm}) {
    if (type->power_mod) {
      Value result = type->power_mod(a, b, m);
      if (!result.is(not_implemented())) return result;
    }
  }
  throw_type_error("unsupported operand type(s) for ** or pow(): '" + type_name(a) + "', '" +
                   type_name(b) + "', '" + type_name(m) + "'");
}

Value getattr(Value object, Str* name) {
  Value result;
  try {
    result = type_of(object)->getattr(object, name);
  } catch (const PyException&) {
    add_attribute_error_context(thread_state()->current_exception, object, name);
    throw;
  }
  if (result.is_null()) throw_attribute_error(object, Value::from_object(name));
  return result;
}

Value lookup_attr(Value object, Str* name) {
  try {
    return type_of(object)->getattr(object, name);
  } catch (const PyException&) {
    if (!current_exception_matches(&exc_AttributeError)) throw;
    clear_current_exception();
    return Value::null();
  }
}

void setattr(Value object, Str* name, Value value) {
  Type* type = type_of(object);
  if (!type->setattr) {
    if (type->getattr) {
      throw_type_error("'" + type_name(object) +
                       "' object has only read-only attributes (assign to ." +
                       std::string(name->view()) + ")");
    }
    throw_type_error("'" + type_name(object) + "' object has no attributes (assign to ." +
                     std::string(name->view()) + ")");
  }
  type->setattr(object, name, value);
}

void delattr(Value object, Str* name) { setattr(object, name, Value::null()); }

Value call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* type = type_of(callable);
  if (!type->call) throw_type_error("'" + type_name(callable) + "' object is not callable");
  return type->call(callable, args, nargs, kwnames);
}

Value call(Value callable, std::initializer_list<Value> args) {
  return call(callable, args.begin(), args.size(), nullptr);
}

namespace {

// Calls obj.name(args…): an unbound call through the type when the attribute
// is a plain method of the type (no bound-method object), else a bound call.
Value call_method_impl(Value object, Str* name, std::initializer_list<Value> args,
                       bool missing_is_null) {
  Type* type = type_of(object);
  if (type->getattr == generic_getattr) {
    Value method = type_lookup(type, name);
    if (!method.is_null() && (type_of(method)->flags & kTypeMethodDescriptor)) {
      Dict** dict_slot = (type->flags & kTypeHasInstanceDict)
                             ? instance_dict_slot(object.as_object())
                             : nullptr;
      if (!dict_slot || !*dict_slot || dict_get_str(*dict_slot, name).is_null()) {
        Value stack[8];
        size_t n = args.size();
        if (n + 1 <= 8) {
          stack[0] = object;
          size_t i = 1;
          for (Value arg : args) stack[i++] = arg;
          return call(method, stack, n + 1, nullptr);
        }
      }
    }
  }
  Value bound = missing_is_null ? lookup_attr(object, name) : getattr(object, name);
  if (bound.is_null()) return bound;
  return call(bound, args.begin(), args.size(), nullptr);
}

}  // namespace

Value call_method(Value object, Str* name, std::initializer_list<Value> args) {
  return call_method_impl(object, name, args, false);
}

Value call_method_if_present(Value object, Str* name, std::initializer_list<Value> args) {
  return call_method_impl(object, name, args, true);
}

bool is_callable(Value v) { return type_of(v)->call != nullptr; }

Value get_iter(Value iterable) {
  Type* type = type_of(iterable);
  if (type->iter) {
    Value iterator = type->iter(iterable);
    if (!type_of(iterator)->next) {
      throw_type_error("iter() returned non-iterator of type '" + type_name(iterator) + "'");
    }
    return iterator;
  }
  if (type->getitem && !(type->flags & kTypeDictSubclass)) {
    return make_sequence_iterator(iterable);
  }
  throw_type_error("'" + type_name(iterable) + "' object is not iterable");
}

Value iter_next(Value iterator) {
  Type* type = type_of(iterator);
  if (!type->next) throw_type_error("'" + type_name(iterator) + "' object is not an iterator");
  return type->next(iterator);
}

Value getitem(Value container, Value key) {
  Type* type = type_of(container);
  if (type->getitem) return type->getitem(container, key);
  if (is_instance_of(container, &type_type)) {
    // type[int] without a type.__class_getitem__ (which every class would inherit).
    if (container.as<Type>() == &type_type) return make_generic_alias(container, key);
    Value class_getitem = lookup_attr(container, names.dunder_class_getitem);
    if (!class_getitem.is_null()) return call(class_getitem, {key});
    throw_type_error("type '" + std::string(container.as<Type>()->name->view()) +
                     "' is not subscriptable");
  }
  throw_type_error("'" + type_name(container) + "' object is not subscriptable");
}

void setitem(Value container, Value key, Value value) {
  Type* type = type_of(container);
  if (!type->setitem) {
    throw_type_error("'" + type_name(container) + "' object does not support item assignment");
  }
  type->setitem(container, key, value);
}

void delitem(Value container, Value key) {
  Type* type = type_of(container);
  if (!type->setitem) {
    // CPython words it "doesn't" only on its sequence path (a class, or a
    // built-in type with sequence methods, and an index key), "does not"
    // otherwise.
    bool sequence_path = ((type->flags & kTypeHeap) || type->contains || type->len) &&
                         (key.is_small_int() || type_of(key)->index);
    throw_type_error("'" + type_name(container) + "' object " +
                     (sequence_path ? "doesn't" : "does not") + " support item deletion");
  }
  type->setitem(container, key, Value::null());
}

bool contains(Value container, Value item) {
  Type* type = type_of(container);
  if (type->contains) return type->contains(container, item);
  if (!type->iter && !type->getitem) {
    throw_type_error("argument of type '" + type_name(container) + "' is not iterable");
  }
  Value iterator = get_iter(container);
  for (Value element = iter_next(iterator); !element.is_null(); element = iter_next(iterator)) {
    if (equals(element, item)) return true;
  }
  return false;
}

int64_t length(Value v) {
  Type* type = type_of(v);
  if (!type->len) throw_type_error("object of type '" + type_name(v) + "' has no len()");
  return type->len(v);
}

int64_t length_hint(Value v, int64_t default_value) {
  Type* type = type_of(v);
  if (type->len) {
    // A __len__ that refuses with TypeError (a proxy of an iterator) leaves the hint to decide.
    try {
      return type->len(v);
    } catch (const PyException&) {
      if (!current_exception_matches(&exc_TypeError)) throw;
      clear_current_exception();
    }
  }
  Value hint = call_special(v, names.dunder_length_hint, {});
  if (hint.is_null() || hint.is(not_implemented())) return default_value;
  if (!is_int(hint)) {
    throw_type_error("__length_hint__ must be an integer, not " + type_name(hint));
  }
  int64_t result = index_as_ssize(hint);
  if (result < 0) throw_value_error("__length_hint__() should return >= 0");
  return result;
}

// As PyType_IsSubtype: along the MRO once there is one (a custom mro() may
// leave the class itself out), else along the __base__ chain.
bool is_subtype(Type* derived, Type* base) {
  if (Tuple* mro = derived->mro) {
    for (size_t i = 0; i < mro->size; ++i) {
      if ((*mro)[i].as<Type>() == base) return true;
    }
    return false;
  }
  for (Type* type = derived; type; type = type->base) {
    if (type == base) return true;
  }
  return base == &object_type;
}

namespace {

bool is_type_object(Value v) { return v.is_object() && is_instance_of(v, &type_type); }

// The members of a tuple or union `classinfo`, or `classinfo` itself.
template <class Check>
bool any_class(Value classinfo, Check check) {
  if (is_tuple(classinfo) || is_union(classinfo)) {
    Tuple* tuple = is_union(classinfo) ? union_args(classinfo) : classinfo.as<Tuple>();
    RecursionGuard guard(" in __instancecheck__");
    for (size_t i = 0; i < tuple->size; ++i) {
      if (check((*tuple)[i])) return true;
    }
    return false;
  }
  return check(classinfo);
}

bool recursive_isinstance(Value object, Value cls) {
  if (is_type_object(cls)) {
    if (is_instance_of(object, cls.as<Type>())) return true;
    Value klass = lookup_attr(object, names.dunder_class);
    if (!klass.is_null() && !klass.is(Value::from_object(type_of(object))) &&
        is_type_object(klass)) {
      return is_subtype(klass.as<Type>(), cls.as<Type>());
    }
    return false;
  }
  Value bases = lookup_attr(cls, names.dunder_bases);
  if (bases.is_null() || !is_tuple(bases)) {
    throw_type_error(
        "isinstance() arg 2 must be a type, a tuple of types, or a union");
  }
  Value klass = lookup_attr(object, names.dunder_class);
  return !klass.is_null() && issubclass(klass, cls);
}

bool abstract_issubclass(Value derived, Value cls) {
  if (derived.is(cls)) return true;
  Value bases = lookup_attr(derived, names.dunder_bases);
  if (bases.is_null() || !is_tuple(bases)) return false;
  Tuple* tuple = bases.as<Tuple>();
  RecursionGuard guard(" in __subclasscheck__");
  for (size_t i = 0; i < tuple->size; ++i) {
    if (abstract_issubclass((*tuple)[i], cls)) return true;
  }
  return false;
}

bool recursive_issubclass(Value derived, Value cls) {
  if (is_type_object(derived) && is_type_object(cls)) {
    return is_subtype(derived.as<Type>(), cls.as<Type>());
  }
  Value derived_bases = lookup_attr(derived, names.dunder_bases);
  if (derived_bases.is_null() || !is_tuple(derived_bases)) {
    throw_type_error("issubclass() arg 1 must be a class");
  }
  Value cls_bases = lookup_attr(cls, names.dunder_bases);
  if (cls_bases.is_null() || !is_tuple(cls_bases)) {
    throw_type_error(
        "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }
  return abstract_issubclass(derived, cls);
}

// A __instancecheck__ / __subclasscheck__ defined by the metaclass (type's own
// is the plain check and is skipped).
Value checker_hook(Value cls, Str* name) {
  Type* meta = type_of(cls);
  if (meta == &type_type) return Value::null();
  Value hook = type_lookup(meta, name);
  if (hook.is_null() || hook.is(type_lookup(&type_type, name))) return Value::null();
  return hook;
}

}  // namespace

bool isinstance(Value object, Value classinfo) {
  if (is_type_object(classinfo) && type_of(object) == classinfo.as<Type>()) return true;
  return any_class(classinfo, [&](Value cls) {
    if (is_tuple(cls) || is_union(cls)) return isinstance(object, cls);
    Value hook = checker_hook(cls, names.dunder_instancecheck);
    if (!hook.is_null()) {
      Value bound = type_of(hook)->descr_get
                        ? type_of(hook)->descr_get(hook, cls, Value::from_object(type_of(cls)))
                        : hook;
      return truthy(call(bound, {object}));
    }
    return recursive_isinstance(object, cls);
  });
}

bool issubclass(Value derived, Value classinfo) {
  return any_class(classinfo, [&](Value cls) {
    if (is_tuple(cls) || is_union(cls)) return issubclass(derived, cls);
    Value hook = checker_hook(cls, names.dunder_subclasscheck);
    if (!hook.is_null()) {
      Value bound = type_of(hook)->descr_get
                        ? type_of(hook)->descr_get(hook, cls, Value::from_object(type_of(cls)))
                        : hook;
      return truthy(call(bound, {derived}));
    }
    return recursive_issubclass(derived, cls);
  });
}

int as_file_descriptor(Value object) {
  Value number = object;
  if (!is_int(object)) {
    Value fileno = call_method_if_present(object, intern("fileno"), {});
    if (fileno.is_null()) throw_type_error("argument must be an int, or have a fileno() method.");
    if (!is_int(fileno)) throw_type_error("fileno() returned a non-integer");
    number = fileno;
  }
  int64_t fd;
  if (!int_to_int64(number, fd) || fd > INT32_MAX || fd < INT32_MIN) {
    throw_overflow_error("Python int too large to convert to C int");
  }
  if (fd < 0) {
    throw_value_error("file descriptor cannot be a negative integer (" + std::to_string(fd) + ")");
  }
  return static_cast<int>(fd);
}

}  // namespace krait
