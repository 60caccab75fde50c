// The out-of-line parts of the interpreter's instructions: the slower or
// rarer paths the loop (vm/interpreter.cpp) calls, each raising CPython's
// exact error for its instruction.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "runtime/object.h"
#include "vm/generator.h"

namespace krait {

struct Code;
struct Dict;
struct List;
struct Str;
struct ThreadState;

// Name errors: UnboundLocalError for an empty fast local, NameError/
// UnboundLocalError for an empty cell, NameError for a global or builtin.
[[noreturn]] void raise_unbound_local(const Code* code, uint32_t index);
[[noreturn]] void raise_unbound_deref(const Code* code, uint32_t index);
[[noreturn]] void raise_name_error(Str* name);
// LOAD_GLOBAL's lookup of co_names[index] in the globals, then the builtins,
// remembered in the code's global cache; NameError when neither has it.
Value load_global_uncached(Frame* frame, uint32_t index);

// mapping[name] for a LOAD_NAME namespace (any mapping); null when absent.
Value mapping_lookup(Value mapping, Str* name);
// del mapping[name], NameError when absent.
void mapping_delete_name(Value mapping, Str* name);

// The unbound method for LOAD_METHOD when `name` is a method-like attribute
// of object's type not shadowed by its instance dict; null otherwise.
Value lookup_unbound_method(Value object, Str* name);

// GET_YIELD_FROM_ITER.
Value yield_from_iter(Value iterable, const Code* code);
// UNPACK_SEQUENCE (after < 0) and UNPACK_EX: stores the items so that the
// first ends up on top, from dest[0] upwards.
void unpack_iterable(Value iterable, uint32_t before, int32_t after, Value* dest);

// Sets and the checked container updates of the BUILD_* family.
Value build_set(const Value* items, size_t count);
void list_extend_checked(List* list, Value iterable);
void dict_update_checked(Dict* dict, Value update);
void dict_merge_checked(Dict* dict, Value update, Value callable);

// CALL_FUNCTION_EX: callable(*callargs, **kwargs) (kwargs may be null).
Value call_with_unpacked(Value callable, Value callargs, Value kwargs);

// SEND: receiver.send(value) as PyIter_Send.
SendResult send_to(Value receiver, Value value, Value& result);
// GET_AITER / GET_ANEXT.
Value get_async_iter(Value iterable);
Value get_async_next(Value async_iterator);

// Exception matching (CHECK_EXC_MATCH, CHECK_EG_MATCH, PREP_RERAISE_STAR).
void check_except_type_valid(Value match_type);
void check_except_star_type_valid(Value match_type);
bool exception_matches(Value exception, Value match_type);
Value exception_group_match(Value exception, Value match_type, Value& rest);
Value prepare_reraise_star(Value original, List* raised);
// RAISE_VARARGS with an exception (and maybe a cause): instantiates,
// attaches the cause, chains the context and sets it in flight.
void prepare_raise(ThreadState* ts, Value exception, Value cause);

// IMPORT_STAR, PRINT_EXPR.
void import_star(Value module, Value locals);
void print_expression(Value value);

// MATCH_KEYS (values tuple or None) and MATCH_CLASS (attributes tuple or null).
Value match_keys(Value subject, Value keys);
Value match_class(Value subject, Value cls, uint32_t nargs, Tuple* kwargs);

// The name CPython uses for a callable in call errors ("__main__.f()", "print()").
std::string function_description(Value callable);

}  // namespace krait
