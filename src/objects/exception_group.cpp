// BaseExceptionGroup and ExceptionGroup (PEP 654): the constructor's rules,
// derive/split/subgroup, and the helpers behind except* (CHECK_EG_MATCH,
// PREP_RERAISE_STAR).
#include <string>

#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"

namespace krait {

namespace {

BaseExceptionGroupObject* as_group(Value v) { return v.as<BaseExceptionGroupObject>(); }

bool is_exception_group(Value v) { return is_instance_of(v, &exc_BaseExceptionGroup); }

Value or_none(Value v) { return v.is_null() ? none() : v; }

// CPython's PySequence_Check: indexable and not a dict.
bool is_sequence(Value v) {
  Type* type = type_of(v);
  return type->getitem && !(type->flags & kTypeDictSubclass);
}

// BaseExceptionGroup(message, exceptions). Calling BaseExceptionGroup itself
// gives an ExceptionGroup when every member is an Exception; a group type that
// is also an Exception may not hold a BaseException.
Value group_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 2) {
    throw_type_error(
        format("BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs));
  }
  Value message = args[0];
  if (!is_str(message)) {
    throw_type_error("BaseExceptionGroup.__new__() argument 1 must be str, not " +
                     type_name(message));
  }
  if (!is_sequence(args[1])) {
    throw_type_error("second argument (exceptions) must be a sequence");
  }
  Tuple* exceptions = tuple_from_iterable(args[1]);
  if (exceptions->size == 0) {
    throw_value_error("second argument (exceptions) must be a non-empty sequence");
  }
  bool holds_base_exceptions = false;
  for (size_t i = 0; i < exceptions->size; ++i) {
    Value member = (*exceptions)[i];
    if (!is_exception_instance(member)) {
      throw_value_error(
          format("Item %zu of second argument (exceptions) is not an exception", i));
    }
    if (!is_instance_of(member, &exc_Exception)) holds_base_exceptions = true;
  }
  if (type == &exc_ExceptionGroup) {
    if (holds_base_exceptions) {
      throw_type_error("Cannot nest BaseExceptions in an ExceptionGroup");
    }
  } else if (type == &exc_BaseExceptionGroup) {
    if (!holds_base_exceptions) type = &exc_ExceptionGroup;
  } else if (holds_base_exceptions && is_subtype(type, &exc_Exception)) {
    throw_type_error("Cannot nest BaseExceptions in '" + std::string(type->name->view()) + "'");
  }
  Value self = base_exception_new(type, args, nargs, kwnames);
  as_group(self)->message = message;
  as_group(self)->exceptions = exceptions;
  return self;
}

// The members of a group; none for an instance made by BaseException.__new__
// alone, which skipped the group's constructor.
Tuple* members_of(Value group) {
  Tuple* members = as_group(group)->exceptions;
  return members ? members : make_tuple(0);
}

Value group_str(Value self) {
  size_t count = members_of(self)->size;
  return str_value(str_string(or_none(as_group(self)->message)) +
                   format(" (%zu sub-exception%s)", count, count > 1 ? "s" : ""));
}

Value message_get(Value self) { return or_none(as_group(self)->message); }
Value exceptions_get(Value self) { return Value::from_object(members_of(self)); }
// Both are read-only members in CPython, whose message differs from a getset's.
void readonly_set(Value, Value) { raise(&exc_AttributeError, "readonly attribute"); }

Value group_derive(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("BaseExceptionGroup.derive", kwnames);
  if (nargs != 1) {
    throw_type_error(format("function takes exactly 1 argument (%zu given)", nargs));
  }
  Value derive_args[2] = {or_none(as_group(self)->message), args[0]};
  return call(Value::from_object(&exc_BaseExceptionGroup), derive_args, 2);
}

// --- split ------------------------------------------------------------------

// What split() compares each exception of the tree with.
struct Matcher {
  enum Kind { ByType, ByPredicate, ByLeaves } kind;
  Value condition;          // ByType: a class or tuple of classes; ByPredicate: a function
  const Value* leaves;      // ByLeaves: the exceptions to keep, by identity
  size_t leaf_count;
};

Matcher condition_matcher(Value condition) {
  if (type_of(condition) == &function_type) return {Matcher::ByPredicate, condition, nullptr, 0};
  bool valid = is_exception_class(condition);
  if (!valid && is_exact_tuple(condition)) {
    Tuple* classes = condition.as<Tuple>();
    valid = true;
    for (size_t i = 0; i < classes->size; ++i) valid = valid && is_exception_class((*classes)[i]);
  }
  if (!valid) {
    throw_type_error("expected a function, exception type or tuple of exception types");
  }
  return {Matcher::ByType, condition, nullptr, 0};
}

bool is_instance_of_any(Value exception, Value classes) {
  if (is_tuple(classes)) {
    Tuple* tuple = classes.as<Tuple>();
    for (size_t i = 0; i < tuple->size; ++i) {
      if (is_instance_of_any(exception, (*tuple)[i])) return true;
    }
    return false;
  }
  return is_instance_of(exception, classes.as<Type>());
}

bool matches(Value exception, const Matcher& matcher) {
  switch (matcher.kind) {
    case Matcher::ByType:
      return is_instance_of_any(exception, matcher.condition);
    case Matcher::ByPredicate:
      return truthy(call(matcher.condition, &exception, 1));
    case Matcher::ByLeaves:
      for (size_t i = 0; i < matcher.leaf_count; ++i) {
        if (matcher.leaves[i].is(exception)) return true;
      }
      return false;
  }
  return false;
}

// original.derive(members) with original's traceback, cause, context and a
// copy of its notes; null when `members` is empty.
Value derive_with_metadata(Value original, List* members) {
  if (members->size == 0) return Value::null();
  Value derived = call_method(original, intern("derive"), {Value::from_object(members)});
  if (!is_exception_group(derived)) {
    throw_type_error("derive must return an instance of BaseExceptionGroup");
  }
  BaseExceptionObject* from = original.as<BaseExceptionObject>();
  BaseExceptionObject* to = derived.as<BaseExceptionObject>();
  to->traceback = from->traceback;
  to->context = from->context;
  to->cause = from->cause;
  to->suppress_context = true;  // as setting __cause__ does
  Value notes = lookup_attr(original, names.dunder_notes);
  // Notes that are not a sequence are a user error split() leaves unreported.
  if (!notes.is_null() && is_sequence(notes)) {
    setattr(derived, names.dunder_notes, Value::from_object(list_from_iterable(notes)));
  }
  return derived;
}

struct SplitResult {
  Value match;  // null: nothing
  Value rest;   // null: nothing (or not asked for)
};

// A group that matches as a whole is kept as it is; otherwise, as in 3.11,
// the parts are always new groups derived from it, even if every member matched.
SplitResult split_recursive(Value exception, const Matcher& matcher, bool with_rest) {
  if (matches(exception, matcher)) return {exception, Value::null()};
  if (!is_exception_group(exception)) return {Value::null(), with_rest ? exception : Value::null()};
  RecursionGuard guard(" in exceptiongroup_split_recursive");
  Tuple* members = members_of(exception);
  List* matched = make_list();
  List* rest = make_list();
  for (size_t i = 0; i < members->size; ++i) {
    SplitResult part = split_recursive((*members)[i], matcher, with_rest);
    if (!part.match.is_null()) list_append(matched, part.match);
    if (!part.rest.is_null()) list_append(rest, part.rest);
  }
  SplitResult result{derive_with_metadata(exception, matched), Value::null()};
  if (with_rest) result.rest = derive_with_metadata(exception, rest);
  return result;
}

Value group_split(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("BaseExceptionGroup.split", kwnames);
  if (nargs != 1) throw_type_error(format("split expected 1 argument, got %zu", nargs));
  Value rest;
  Value match = exception_group_split(self, args[0], &rest);
  return Value::from_object(make_tuple({match, rest}));
}

Value group_subgroup(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("BaseExceptionGroup.subgroup", kwnames);
  if (nargs != 1) throw_type_error(format("subgroup expected 1 argument, got %zu", nargs));
  return exception_group_split(self, args[0], nullptr);
}

}  // namespace

Value exception_group_split(Value group, Value condition, Value* rest) {
  SplitResult result = split_recursive(group, condition_matcher(condition), rest != nullptr);
  if (rest) *rest = or_none(result.rest);
  return or_none(result.match);
}

Value exception_group_project(Value group, const Value* leaves, size_t count) {
  Matcher matcher{Matcher::ByLeaves, Value::null(), leaves, count};
  return or_none(split_recursive(group, matcher, false).match);
}

void exception_group_collect_leaves(Value exception, gc::vector<Value>& leaves) {
  if (is_none(exception)) return;
  if (!is_exception_group(exception)) {
    leaves.push_back(exception);
    return;
  }
  RecursionGuard guard(" in collect_exception_group_leaf_ids");
  Tuple* members = members_of(exception);
  for (size_t i = 0; i < members->size; ++i) exception_group_collect_leaves((*members)[i], leaves);
}

Value make_exception_group(Str* message, Value exceptions) {
  Value args[2] = {Value::from_object(message), exceptions};
  return call(Value::from_object(&exc_BaseExceptionGroup), args, 2);
}

void init_exception_group_types() {
  exc_BaseExceptionGroup.new_instance = group_new;
  exc_BaseExceptionGroup.str = group_str;
  add_methods(&exc_BaseExceptionGroup, {
      {"derive", group_derive},
      {"split", group_split},
      {"subgroup", group_subgroup},
  });
  add_getsets(&exc_BaseExceptionGroup, {
      {"message", message_get, readonly_set, "exception message"},
      {"exceptions", exceptions_get, readonly_set, "nested exceptions"},
  });
  set_static_type_bases(&exc_ExceptionGroup, {&exc_BaseExceptionGroup, &exc_Exception});
  // CPython creates ExceptionGroup as a class at start-up, so its dict holds
  // what a class statement's would.
  dict_set_str(type_dict(&exc_ExceptionGroup), names.dunder_module,
               Value::from_object(names.builtins));
  add_getsets(&exc_ExceptionGroup, {{"__weakref__", none_getter, nullptr,
                                     "list of weak references to the object (if defined)"}});
}

}  // namespace krait
