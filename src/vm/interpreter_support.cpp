#include "vm/interpreter_support.h"

#include <string>

#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/interpreter.h"

namespace krait {

namespace {

Str* localsplus_name(const Code* code, uint32_t index) {
  return (*code->localsplus_names)[index].as<Str>();
}

bool is_key_error(Value exception) { return is_instance_of(exception, &exc_KeyError); }

// PySequence_Check: indexable and not a mapping.
bool is_sequence_like(Value v) {
  Type* type = type_of(v);
  return type->getitem && !is_dict(v);
}

bool is_iterable_like(Value v) { return type_of(v)->iter || is_sequence_like(v); }

bool is_exception_group(Value v) { return is_instance_of(v, &exc_BaseExceptionGroup); }

Value exception_field(Value exception, Value BaseExceptionObject::*field) {
  Value value = exception.as<BaseExceptionObject>()->*field;
  return value.is_null() ? none() : value;
}

}  // namespace

void raise_unbound_local(const Code* code, uint32_t index) {
  raise(&exc_UnboundLocalError, "cannot access local variable " +
                                    str_repr(localsplus_name(code, index)->view()) +
                                    " where it is not associated with a value");
}

void raise_unbound_deref(const Code* code, uint32_t index) {
  Str* name = localsplus_name(code, index);
  if (code->localsplus_kinds[index] & kFastFree) {
    raise(&exc_NameError, "cannot access free variable " + str_repr(name->view()) +
                              " where it is not associated with a value in enclosing scope");
  }
  raise_unbound_local(code, index);
}

void raise_name_error(Str* name) {
  Value exception =
      new_exception_message(&exc_NameError, "name " + str_repr(name->view()) + " is not defined");
  // The traceback printer's "Did you mean" suggestion reads it.
  setattr(exception, names.name, Value::from_object(name));
  raise_exception(exception);
}

Value load_global_uncached(Frame* frame, uint32_t index) {
  Code* code = frame->code;
  Str* name = (*code->names)[index].as<Str>();
  Value value = dict_get_str(frame->globals, name);
  if (value.is_null()) {
    value = dict_get_str(frame->builtins, name);
    if (value.is_null()) raise_name_error(name);
  }
  if (!code->global_cache) {
    code->global_cache =
        static_cast<GlobalCacheEntry*>(gc_alloc(sizeof(GlobalCacheEntry) * code->names->size));
  }
  code->global_cache[index] = {frame->globals, frame->builtins, frame->globals->version,
                               frame->builtins->version, value};
  return value;
}

Value mapping_lookup(Value mapping, Str* name) {
  if (is_exact_dict(mapping)) return dict_get_str(mapping.as<Dict>(), name);
  try {
    return getitem(mapping, Value::from_object(name));
  } catch (const PyException&) {
    if (!is_key_error(current_exception())) throw;
    clear_current_exception();
    return Value::null();
  }
}

void mapping_delete_name(Value mapping, Str* name) {
  if (is_exact_dict(mapping)) {
    if (!dict_delete(mapping.as<Dict>(), Value::from_object(name))) raise_name_error(name);
    return;
  }
  try {
    delitem(mapping, Value::from_object(name));
  } catch (const PyException&) {
    if (!is_key_error(current_exception())) throw;
    clear_current_exception();
    raise_name_error(name);
  }
}

Value lookup_unbound_method(Value object, Str* name) {
  Type* type = type_of(object);
  if (type->getattr != generic_getattr) return Value::null();
  Value method = type_lookup(type, name);
  if (method.is_null() || !(type_of(method)->flags & kTypeMethodDescriptor)) return Value::null();
  if (type->flags & kTypeHasInstanceDict) {
    Dict* dict = *instance_dict_slot(object.as_object());
    if (dict && !dict_get_str(dict, name).is_null()) return Value::null();
  }
  return method;
}

Value yield_from_iter(Value iterable, const Code* code) {
  Type* type = type_of(iterable);
  if (type == &coroutine_type) {
    if (!(code->flags & (kCoCoroutine | kCoIterableCoroutine))) {
      throw_type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return iterable;
  }
  if (type == &generator_type) return iterable;
  return get_iter(iterable);
}

void unpack_iterable(Value iterable, uint32_t before, int32_t after, Value* dest) {
  if (!is_iterable_like(iterable)) {
    throw_type_error("cannot unpack non-iterable " + type_name(iterable) + " object");
  }
  Value iterator = get_iter(iterable);
  size_t total = before + (after >= 0 ? 1 + static_cast<size_t>(after) : 0);
  gc::vector<Value> items;
  items.reserve(total);
  for (uint32_t i = 0; i < before; ++i) {
    Value item = iter_next(iterator);
    if (item.is_null()) {
      if (after < 0) {
        throw_value_error(format("not enough values to unpack (expected %u, got %u)", before, i));
      }
      throw_value_error(format("not enough values to unpack (expected at least %u, got %u)",
                               before + static_cast<uint32_t>(after), i));
    }
    items.push_back(item);
  }
  if (after < 0) {
    if (!iter_next(iterator).is_null()) {
      throw_value_error(format("too many values to unpack (expected %u)", before));
    }
  } else {
    List* rest = make_list(0);
    list_extend(rest, iterator);
    if (rest->size < static_cast<size_t>(after)) {
      throw_value_error(format("not enough values to unpack (expected at least %u, got %zu)",
                               before + static_cast<uint32_t>(after), before + rest->size));
    }
    size_t keep = rest->size - static_cast<size_t>(after);
    List* starred = make_list(rest->items, keep);
    items.push_back(Value::from_object(starred));
    for (size_t i = keep; i < rest->size; ++i) items.push_back(rest->items[i]);
  }
  for (size_t i = 0; i < total; ++i) dest[total - 1 - i] = items[i];
}

Value build_set(const Value* items, size_t count) {
  Set* set = make_set();
  for (size_t i = 0; i < count; ++i) set_add(set, items[i]);
  return Value::from_object(set);
}

void list_extend_checked(List* list, Value iterable) {
  try {
    list_extend(list, iterable);
  } catch (const PyException&) {
    if (!current_exception_matches(&exc_TypeError) || is_iterable_like(iterable)) throw;
    clear_current_exception();
    throw_type_error("Value after * must be an iterable, not " + type_name(iterable));
  }
}

void dict_update_checked(Dict* dict, Value update) {
  if (!is_dict(update) && lookup_attr(update, names.keys).is_null()) {
    throw_type_error("'" + type_name(update) + "' object is not a mapping");
  }
  dict_merge(dict, update, true);
}

std::string function_description(Value callable) {
  Value qualname = lookup_attr(callable, names.dunder_qualname);
  if (qualname.is_null() || !is_str(qualname)) return str_string(callable);
  Value module = lookup_attr(callable, names.dunder_module);
  std::string text;
  if (!module.is_null() && is_str(module) && str_view(module) != "builtins") {
    text += str_view(module);
    text += '.';
  }
  text += str_view(qualname);
  text += "()";
  return text;
}

void dict_merge_checked(Dict* dict, Value update, Value callable) {
  auto add = [&](Value key, Value value) {
    if (!dict_get(dict, key).is_null()) {
      throw_type_error(function_description(callable) +
                       " got multiple values for keyword argument '" + str_string(key) + "'");
    }
    dict_set(dict, key, value);
  };
  // A dict iterating as dict does is read entry by entry, bypassing any
  // __getitem__ of a subclass (CPython's _PyDict_MergeEx).
  if (is_dict(update) && type_of(update)->iter == dict_type.iter) {
    size_t pos = 0;
    Value key, value;
    while (dict_next(update.as<Dict>(), pos, key, value)) add(key, value);
    return;
  }
  Value keys_method = lookup_attr(update, names.keys);
  if (keys_method.is_null()) {
    throw_type_error(function_description(callable) + " argument after ** must be a mapping, not " +
                     type_name(update));
  }
  Value iterator = get_iter(call(keys_method, nullptr, 0));
  for (Value key = iter_next(iterator); !key.is_null(); key = iter_next(iterator)) {
    add(key, getitem(update, key));
  }
}

Value call_with_unpacked(Value callable, Value callargs, Value kwargs) {
  Tuple* positional;
  if (is_exact_tuple(callargs)) {
    positional = callargs.as<Tuple>();
  } else {
    if (!is_iterable_like(callargs)) {
      throw_type_error(function_description(callable) +
                       " argument after * must be an iterable, not " + type_name(callargs));
    }
    List* items = make_list(0);
    list_extend(items, callargs);
    positional = make_tuple(items->items, items->size);
  }
  if (kwargs.is_null() || (is_dict(kwargs) && dict_size(kwargs.as<Dict>()) == 0)) {
    return call(callable, positional->items(), positional->size, nullptr);
  }
  Dict* keywords;
  if (is_exact_dict(kwargs)) {
    keywords = kwargs.as<Dict>();
  } else {
    keywords = make_dict();
    dict_merge_checked(keywords, kwargs, callable);
  }
  size_t count = dict_size(keywords);
  gc::vector<Value> args(positional->size + count);
  for (size_t i = 0; i < positional->size; ++i) args[i] = (*positional)[i];
  Tuple* kwnames = make_tuple(count);
  size_t pos = 0;
  size_t index = 0;
  Value key;
  Value value;
  while (dict_next(keywords, pos, key, value)) {
    if (!is_str(key)) throw_type_error("keywords must be strings");
    (*kwnames)[index] = key;
    args[positional->size + index] = value;
    ++index;
  }
  return call(callable, args.data(), positional->size, kwnames);
}

SendResult send_to(Value receiver, Value value, Value& result) {
  Type* type = type_of(receiver);
  if (type == &generator_type || type == &coroutine_type) {
    return generator_send(receiver.as<Generator>(), value, result);
  }
  try {
    if (is_none(value) && type->next) {
      ThreadState* ts = thread_state();
      ts->stop_iteration_value = Value::null();
      result = iter_next(receiver);
      if (result.is_null()) {
        result = ts->stop_iteration_value.is_null() ? none() : ts->stop_iteration_value;
        ts->stop_iteration_value = Value::null();
        return SendResult::Returned;
      }
      return SendResult::Yielded;
    }
    result = call_method(receiver, names.send, {value});
    return SendResult::Yielded;
  } catch (const PyException&) {
    if (!current_exception_matches(&exc_StopIteration)) throw;
    result = stop_iteration_value(take_current_exception());
    return SendResult::Returned;
  }
}

Value get_async_iter(Value iterable) {
  Value method = lookup_special(iterable, names.dunder_aiter);
  if (method.is_null()) {
    throw_type_error("'async for' requires an object with __aiter__ method, got " +
                     type_name(iterable));
  }
  Value iterator = call(method, nullptr, 0);
  if (type_lookup(type_of(iterator), names.dunder_anext).is_null()) {
    throw_type_error(
        "'async for' received an object from __aiter__ that does not implement __anext__: " +
        type_name(iterator));
  }
  return iterator;
}

Value get_async_next(Value async_iterator) {
  Value method = lookup_special(async_iterator, names.dunder_anext);
  if (method.is_null()) {
    throw_type_error("'async for' requires an iterator with __anext__ method, got " +
                     type_name(async_iterator));
  }
  Value next = call(method, nullptr, 0);
  try {
    return get_awaitable(next, 0);
  } catch (const PyException&) {
    if (!current_exception_matches(&exc_TypeError)) throw;
    clear_current_exception();
    throw_type_error("'async for' received an invalid object from __anext__: " + type_name(next));
  }
}

void check_except_type_valid(Value match_type) {
  static const char kMessage[] =
      "catching classes that do not inherit from BaseException is not allowed";
  if (is_tuple(match_type)) {
    Tuple* tuple = match_type.as<Tuple>();
    for (size_t i = 0; i < tuple->size; ++i) {
      if (!is_exception_class((*tuple)[i])) throw_type_error(kMessage);
    }
    return;
  }
  if (!is_exception_class(match_type)) throw_type_error(kMessage);
}

void check_except_star_type_valid(Value match_type) {
  check_except_type_valid(match_type);
  static const char kMessage[] =
      "catching ExceptionGroup with except* is not allowed. Use except instead.";
  auto is_group_class = [](Value cls) {
    return is_subtype(cls.as<Type>(), &exc_BaseExceptionGroup);
  };
  if (is_tuple(match_type)) {
    Tuple* tuple = match_type.as<Tuple>();
    for (size_t i = 0; i < tuple->size; ++i) {
      if (is_group_class((*tuple)[i])) throw_type_error(kMessage);
    }
    return;
  }
  if (is_group_class(match_type)) throw_type_error(kMessage);
}

bool exception_matches(Value exception, Value match_type) {
  if (is_tuple(match_type)) {
    Tuple* tuple = match_type.as<Tuple>();
    for (size_t i = 0; i < tuple->size; ++i) {
      if (exception_matches(exception, (*tuple)[i])) return true;
    }
    return false;
  }
  if (!is_exception_class(match_type)) return false;
  Type* exception_type = is_exception_class(exception) ? exception.as<Type>() : type_of(exception);
  return is_subtype(exception_type, match_type.as<Type>());
}

Value exception_group_match(Value exception, Value match_type, Value& rest) {
  if (is_none(exception)) {
    rest = none();
    return none();
  }
  if (exception_matches(exception, match_type)) {
    rest = none();
    if (is_exception_group(exception)) return exception;
    // A naked exception caught by except* is wrapped in a new group, with no
    // traceback of its own (3.11 gives it none).
    Value members = Value::from_object(make_tuple({exception}));
    return make_exception_group(names.empty, members);
  }
  if (is_exception_group(exception)) {
    Value pair = call_method(exception, intern("split"), {match_type});
    if (!is_tuple(pair) || pair.as<Tuple>()->size != 2) {
      throw_type_error("X.split(match_type) must return a 2-tuple");
    }
    rest = (*pair.as<Tuple>())[1];
    return (*pair.as<Tuple>())[0];
  }
  rest = exception;
  return none();
}

namespace {

// Whether `a` is `b` or a part of it made by split(): the same traceback,
// cause and context objects. 3.11 does not compare __notes__ (split gives each
// part its own copy of the list).
bool same_exception_metadata(Value a, Value b) {
  return exception_field(a, &BaseExceptionObject::traceback)
             .is(exception_field(b, &BaseExceptionObject::traceback)) &&
         exception_field(a, &BaseExceptionObject::cause)
             .is(exception_field(b, &BaseExceptionObject::cause)) &&
         exception_field(a, &BaseExceptionObject::context)
             .is(exception_field(b, &BaseExceptionObject::context));
}

}  // namespace

// What a try/except* raises once its clauses have run (CPython's
// _PyExc_PrepReraiseStar). `raised` holds what each clause raised (None for
// none) and, last, the unhandled rest. Parts of the original (re-raised or
// unhandled) are put back together with the original's nesting; exceptions
// raised by handlers go beside that in a new group.
Value prepare_reraise_star(Value original, List* raised) {
  if (raised->size == 0) return none();
  // A naked exception: at most one clause ran, so there is one thing to raise.
  if (!is_exception_group(original)) return raised->items[0];
  List* new_raised = make_list(0);
  gc::vector<Value> reraised_leaves;
  for (size_t i = 0; i < raised->size; ++i) {
    Value e = raised->items[i];
    if (is_none(e)) continue;
    if (same_exception_metadata(e, original)) {
      exception_group_collect_leaves(e, reraised_leaves);
    } else {
      list_append(new_raised, e);
    }
  }
  Value reraised_group =
      exception_group_project(original, reraised_leaves.data(), reraised_leaves.size());
  if (new_raised->size == 0) return reraised_group;
  if (!is_none(reraised_group)) list_append(new_raised, reraised_group);
  return make_exception_group(names.empty, Value::from_object(new_raised));
}

void prepare_raise(ThreadState* ts, Value exception, Value cause) {
  Value value;
  if (is_exception_class(exception)) {
    value = call(exception, nullptr, 0);
    if (!is_exception_instance(value)) {
      throw_type_error("calling " + repr_string(exception) +
                       " should have returned an instance of BaseException, not " +
                       type_name(value));
    }
  } else if (is_exception_instance(exception)) {
    value = exception;
  } else {
    throw_type_error("exceptions must derive from BaseException");
  }
  if (!cause.is_null()) {
    Value fixed_cause;
    if (is_exception_class(cause)) {
      fixed_cause = call(cause, nullptr, 0);
      if (!is_exception_instance(fixed_cause)) {
        throw_type_error("calling " + repr_string(cause) +
                         " should have returned an instance of BaseException, not " +
                         type_name(fixed_cause));
      }
    } else if (is_exception_instance(cause)) {
      fixed_cause = cause;
    } else if (is_none(cause)) {
      fixed_cause = none();
    } else {
      throw_type_error("exception causes must derive from BaseException");
    }
    auto* object = value.as<BaseExceptionObject>();
    object->cause = fixed_cause;
    object->suppress_context = true;
  }
  chain_exception_context(value, ts->handled_exception);
  ts->current_exception = value;
}

void import_star(Value module, Value locals) {
  Value all = lookup_attr(module, intern("__all__"));
  bool from_all = !all.is_null();
  Value source = all;
  if (!from_all) {
    Value dict = lookup_attr(module, names.dunder_dict);
    if (dict.is_null()) {
      raise(&exc_ImportError, "from-import-* object has no __dict__ and no __all__");
    }
    source = call_method(dict, names.keys, {});
  }
  Value module_name = lookup_attr(module, names.dunder_name);
  Value iterator = get_iter(source);
  for (Value name = iter_next(iterator); !name.is_null(); name = iter_next(iterator)) {
    if (!is_str(name)) {
      std::string owner = module_name.is_null() || !is_str(module_name)
                              ? std::string("<unknown module name>")
                              : std::string(str_view(module_name));
      throw_type_error((from_all ? "Item in " + owner + ".__all__ must be str, not "
                                 : "Key in " + owner + ".__dict__ must be str, not ") +
                       type_name(name));
    }
    if (!from_all && str_view(name).starts_with('_')) continue;
    Value value = getattr(module, name.as<Str>());
    if (is_exact_dict(locals)) {
      dict_set(locals.as<Dict>(), name, value);
    } else {
      setitem(locals, name, value);
    }
  }
}

void print_expression(Value value) {
  Module* sys = find_builtin_module(names.sys);
  Value hook = sys ? lookup_attr(Value::from_object(sys), intern("displayhook")) : Value::null();
  if (hook.is_null()) throw_runtime_error("lost sys.displayhook");
  call(hook, &value, 1);
}

Value match_keys(Value subject, Value keys) {
  Tuple* key_tuple = keys.as<Tuple>();
  if (key_tuple->size == 0) return Value::from_object(make_tuple(0));
  Value get = getattr(subject, intern("get"));
  // A fresh object no mapping can hold: the "absent" answer of get().
  Value missing = Value::from_object(make_list(0));
  Dict* seen = make_dict();
  Tuple* values = make_tuple(key_tuple->size);
  for (size_t i = 0; i < key_tuple->size; ++i) {
    Value key = (*key_tuple)[i];
    if (!dict_get(seen, key).is_null()) {
      throw_value_error("mapping pattern checks duplicate key (" + repr_string(key) + ")");
    }
    dict_set(seen, key, none());
    Value args[2] = {key, missing};
    Value value = call(get, args, 2);
    if (value.is(missing)) return none();
    (*values)[i] = value;
  }
  return Value::from_object(values);
}

namespace {

// Types whose class patterns match the subject itself (CPython's _Py_TPFLAGS_MATCH_SELF).
bool matches_self(Type* type) {
  for (Type* t = type; t; t = t->base) {
    if (t == &int_type || t == &float_type || t == &str_type || t == &bool_type ||
        t == &tuple_type || t == &list_type || t == &dict_type || t == &bytes_type ||
        t == &bytearray_type) {
      return true;
    }
    if (!(t->flags & kTypeHeap) && (t->name->view() == "set" || t->name->view() == "frozenset")) {
      return true;
    }
  }
  return false;
}

// One attribute of a class pattern; null when the subject lacks it.
Value match_class_attribute(Value subject, Type* type, Value name, Dict* seen) {
  if (!dict_get(seen, name).is_null()) {
    throw_type_error(std::string(type->name->view()) +
                     "() got multiple sub-patterns for attribute " + repr_string(name));
  }
  dict_set(seen, name, none());
  return lookup_attr(subject, name.as<Str>());
}

}  // namespace

Value match_class(Value subject, Value cls, uint32_t nargs, Tuple* kwargs) {
  if (!is_instance_of(cls, &type_type)) throw_type_error("called match pattern must be a type");
  if (!isinstance(subject, cls)) return Value::null();
  Type* type = cls.as<Type>();
  Dict* seen = make_dict();
  List* attributes = make_list(0);
  if (nargs) {
    bool match_self = false;
    Value match_args = lookup_attr(cls, names.dunder_match_args);
    if (!match_args.is_null()) {
      if (!is_tuple(match_args)) {
        throw_type_error(std::string(type->name->view()) +
                         ".__match_args__ must be a tuple (got " + type_name(match_args) + ")");
      }
    } else {
      match_args = Value::from_object(make_tuple(0));
      match_self = matches_self(type);
    }
    Tuple* arg_names = match_args.as<Tuple>();
    size_t allowed = match_self ? 1 : arg_names->size;
    if (allowed < nargs) {
      throw_type_error(format("%s() accepts %zu positional sub-pattern%s (%u given)",
                              std::string(type->name->view()).c_str(), allowed,
                              allowed == 1 ? "" : "s", nargs));
    }
    if (match_self) {
      list_append(attributes, subject);
    } else {
      for (uint32_t i = 0; i < nargs; ++i) {
        Value name = (*arg_names)[i];
        if (!is_str(name)) {
          throw_type_error("__match_args__ elements must be strings (got " + type_name(name) +
                           ")");
        }
        Value attribute = match_class_attribute(subject, type, name, seen);
        if (attribute.is_null()) return Value::null();
        list_append(attributes, attribute);
      }
    }
  }
  for (size_t i = 0; i < kwargs->size; ++i) {
    Value attribute = match_class_attribute(subject, type, (*kwargs)[i], seen);
    if (attribute.is_null()) return Value::null();
    list_append(attributes, attribute);
  }
  return Value::from_object(make_tuple(attributes->items, attributes->size));
}

}  // namespace krait
