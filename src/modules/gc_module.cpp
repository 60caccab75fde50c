// The `gc` module (see modules/gc_module.h).
#include "modules/gc_module.h"

#include <gc/gc.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "objects/bytes.h"
#include "objects/class.h"
#include "objects/complex.h"
#include "objects/float.h"
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
#include "runtime/thread_state.h"
#include "vm/frame.h"

namespace krait {

namespace {

constexpr int kGenerations = 3;

bool enabled = true;
int64_t debug_flags = 0;
int64_t thresholds[kGenerations] = {700, 10, 10};
int64_t collections[kGenerations] = {0, 0, 0};
int64_t collected[kGenerations] = {0, 0, 0};
bool collecting = false;
Module* gc_module = nullptr;

Value module_attribute(const char* name) { return dict_get_str(gc_module->dict, intern(name)); }

// Calls each of gc.callbacks with (phase, info) as CPython does around a collection.
void run_gc_callbacks(const char* phase, int generation, int64_t found) {
  Value callbacks = module_attribute("callbacks");
  if (callbacks.is_null() || !is_list(callbacks) || callbacks.as<List>()->size == 0) return;
  Dict* info = make_dict();
  dict_set_str(info, intern("generation"), make_int(generation));
  dict_set_str(info, intern("collected"), make_int(found));
  dict_set_str(info, intern("uncollectable"), make_int(0));
  List* snapshot = make_list(callbacks.as<List>()->items, callbacks.as<List>()->size);
  for (size_t i = 0; i < snapshot->size; ++i) {
    Value callback = snapshot->items[i];
    Value saved = take_current_exception();
    try {
      call(callback, {str_value(phase), Value::from_object(info)});
    } catch (const PyException&) {
      report_unraisable(callback, take_current_exception());
    }
    thread_state()->current_exception = saved;
  }
}

// Zeroes the C stack below the caller's frame, where earlier calls left
// words the collector would otherwise take for live pointers once a later
// call's frame covers them. The empty asm that reads the area keeps the
// compiler from dropping the stores (and with them the whole call) as dead.
[[gnu::noinline]] void clear_stale_stack() {
  char area[512 * 1024];
  std::memset(area, 0, sizeof area);
  asm volatile("" : : "r"(area) : "memory");
}

Value* frame_end(Frame* frame) {
  return reinterpret_cast<Value*>(frame) + Frame::words_for(frame->code);
}

// Zeroes the operand slots of the running frames that no longer hold live
// values: a popped operand stays in its slot, where the collector (which
// scans every frame's full extent) would take it for a reference. `live_end`
// is the end of collect()'s own arguments: when they lie on the innermost
// frame's operand stack (a CALL), everything above them is dead. A caller
// frame's saved stack pointer is exact when its callee was pushed by CALL;
// under a native call (the callee started a new run) it is not, and that
// frame is left alone.
void clear_dead_operands(const Value* live_end) {
  Frame* innermost = thread_state()->frame;
  if (!innermost || !innermost->on_thread_stack) return;
  Value* end = frame_end(innermost);
  if (live_end > innermost->stack_bottom() && live_end <= end) {
    std::fill(const_cast<Value*>(live_end), end, Value::null());
  }
  for (Frame* inner = innermost; inner->previous; inner = inner->previous) {
    Frame* caller = inner->previous;
    if (inner->is_entry || !caller->on_thread_stack) continue;
    std::fill(caller->stack_pointer, frame_end(caller), Value::null());
  }
}

int64_t full_collection() {
  int64_t found = 0;
  // An object freed by a __del__ (or a weak reference callback) is only seen
  // dead by the next collection, and a stale word that kept an object alive
  // in one round (the collector's own scratch memory included) is often gone
  // in the next: a few rounds, more while they still find something.
  constexpr int kMinimumRounds = 3;
  constexpr int kMaximumRounds = 8;
  for (int round = 0; round < kMaximumRounds; ++round) {
    clear_stale_stack();
    GC_gcollect();
    size_t dead = run_pending_finalizers();
    found += static_cast<int64_t>(dead);
    if (!dead && round + 1 >= kMinimumRounds) break;
  }
  return found;
}

Value gc_collect(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value generation_arg;
  bind_arguments({"collect", {"generation"}}, args, nargs, kwnames, &generation_arg);
  int64_t generation = generation_arg.is_null() ? 2 : index_as_long(generation_arg);
  if (generation < 0 || generation >= kGenerations) throw_value_error("invalid generation");
  // A collection requested from a callback or a finaliser does nothing, as in CPython.
  if (collecting) return make_int(0);
  collecting = true;
  clear_dead_operands(args + nargs + (kwnames ? kwnames->size : 0));
  int64_t found = 0;
  try {
    run_gc_callbacks("start", static_cast<int>(generation), 0);
    found = full_collection();
    ++collections[generation];
    collected[generation] += found;
    run_gc_callbacks("stop", static_cast<int>(generation), found);
  } catch (const PyException&) {
    collecting = false;
    throw;
  }
  collecting = false;
  return make_int(found);
}

Value gc_enable(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("enable", kwnames);
  check_positional("enable", nargs, 0, 0);
  enabled = true;
  return none();
}

Value gc_disable(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("disable", kwnames);
  check_positional("disable", nargs, 0, 0);
  enabled = false;
  return none();
}

Value gc_isenabled(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("isenabled", kwnames);
  check_positional("isenabled", nargs, 0, 0);
  return make_bool(enabled);
}

Value gc_set_debug(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value flags;
  bind_arguments({"set_debug", {"flags"}, 1, 1}, args, nargs, kwnames, &flags);
  debug_flags = index_as_long(flags);
  return none();
}

Value gc_get_debug(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("get_debug", kwnames);
  check_positional("get_debug", nargs, 0, 0);
  return make_int(debug_flags);
}

Value gc_get_count(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("get_count", kwnames);
  check_positional("get_count", nargs, 0, 0);
  return Value::from_object(make_tuple({make_int(0), make_int(0), make_int(0)}));
}

Value gc_get_threshold(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("get_threshold", kwnames);
  check_positional("get_threshold", nargs, 0, 0);
  return Value::from_object(
      make_tuple({make_int(thresholds[0]), make_int(thresholds[1]), make_int(thresholds[2])}));
}

Value gc_set_threshold(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("set_threshold", kwnames);
  if (nargs < 1) {
    throw_type_error("set_threshold() takes at least 1 argument (0 given)");
  }
  if (nargs > 3) {
    throw_type_error("set_threshold() takes at most 3 arguments (" + std::to_string(nargs) +
                     " given)");
  }
  int64_t values[kGenerations];
  for (size_t i = 0; i < nargs; ++i) {
    if (args[i].is_double() || is_instance_of(args[i], &float_type)) {
      throw_type_error("'float' object cannot be interpreted as an integer");
    }
    values[i] = index_as_long(args[i]);
  }
  for (size_t i = 0; i < nargs; ++i) thresholds[i] = values[i];
  return none();
}

Value gc_get_stats(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("get_stats", kwnames);
  check_positional("get_stats", nargs, 0, 0);
  List* stats = make_list();
  for (int i = 0; i < kGenerations; ++i) {
    Dict* entry = make_dict();
    dict_set_str(entry, intern("collections"), make_int(collections[i]));
    dict_set_str(entry, intern("collected"), make_int(collected[i]));
    dict_set_str(entry, intern("uncollectable"), make_int(0));
    list_append(stats, Value::from_object(entry));
  }
  return Value::from_object(stats);
}

Value gc_get_objects(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value generation;
  bind_arguments({"get_objects", {"generation"}}, args, nargs, kwnames, &generation);
  if (!generation.is_null() && !is_none(generation)) {
    int64_t value = index_as_long(generation);
    if (value >= kGenerations) {
      throw_value_error("generation parameter must be less than the number of available "
                        "generations (3)");
    }
    if (value < -1) throw_value_error("generation parameter cannot be negative");
  }
  return Value::from_object(make_list());
}

// Whether CPython's collector tracks `object`: never the atomic types; a dict
// only while it holds a tracked key or value.
bool is_tracked(Value object) {
  if (!object.is_object()) return false;
  Type* type = type_of(object);
  if (type == &int_type || type == &float_type || type == &str_type || type == &bytes_type ||
      type == &bool_type || type == &complex_type || is_none(object) ||
      object.is(not_implemented()) || object.is(ellipsis())) {
    return false;
  }
  if (type == &dict_type) {
    Dict* dict = object.as<Dict>();
    size_t position = 0;
    Value key, value;
    while (dict_next(dict, position, key, value)) {
      if (is_tracked(key) || is_tracked(value)) return true;
    }
    return false;
  }
  return true;
}

Value gc_is_tracked(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("is_tracked", kwnames);
  check_positional("is_tracked", nargs, 1, 1);
  return make_bool(is_tracked(args[0]));
}

Value gc_is_finalized(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("is_finalized", kwnames);
  check_positional("is_finalized", nargs, 1, 1);
  return make_bool(false);
}

Value gc_freeze(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("freeze", kwnames);
  check_positional("freeze", nargs, 0, 0);
  return none();
}

Value gc_unfreeze(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("unfreeze", kwnames);
  check_positional("unfreeze", nargs, 0, 0);
  return none();
}

Value gc_get_freeze_count(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("get_freeze_count", kwnames);
  check_positional("get_freeze_count", nargs, 0, 0);
  return make_int(0);
}

Value gc_get_referrers(Value, const Value*, size_t, Tuple* kwnames) {
  reject_keywords("get_referrers", kwnames);
  return Value::from_object(make_list());
}

void append_referents(List* result, Value object) {
  if (!object.is_object()) return;
  Type* type = type_of(object);
  // In CPython's traversal order: sequences from the end; a dict with only
  // str keys shows its values only, another each value then its key.
  if (is_tuple(object)) {
    Tuple* tuple = object.as<Tuple>();
    for (size_t i = tuple->size; i-- > 0;) list_append(result, (*tuple)[i]);
  } else if (is_list(object)) {
    List* list = object.as<List>();
    for (size_t i = list->size; i-- > 0;) list_append(result, list->items[i]);
  } else if (is_dict(object)) {
    Dict* dict = object.as<Dict>();
    bool str_keys_only = true;
    size_t position = 0;
    Value key, value;
    while (dict_next(dict, position, key, value)) str_keys_only &= is_exact_str(key);
    position = 0;
    while (dict_next(dict, position, key, value)) {
      list_append(result, value);
      if (!str_keys_only) list_append(result, key);
    }
  } else if (is_instance_of(object, &set_type) || is_instance_of(object, &frozenset_type)) {
    Value iterator = get_iter(object);
    for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
      list_append(result, item);
    }
  }
  if (!(type->flags & kTypeHeap)) return;
  // An instance of a class: its slots, its __dict__ and its class, as CPython's traversal.
  for (Type* walk = type; walk; walk = walk->base) {
    for (uint32_t i = 0; i < walk->slot_count; ++i) {
      Value slot = *reinterpret_cast<Value*>(reinterpret_cast<char*>(object.as_object()) +
                                             walk->slots_offset + i * sizeof(Value));
      if (!slot.is_null()) list_append(result, slot);
    }
  }
  if (type->flags & kTypeHasInstanceDict) {
    Dict* dict = *instance_dict_slot(object.as_object());
    if (dict) list_append(result, Value::from_object(dict));
  }
  list_append(result, Value::from_object(type));
}

Value gc_get_referents(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("get_referents", kwnames);
  List* result = make_list();
  for (size_t i = 0; i < nargs; ++i) append_referents(result, args[i]);
  return Value::from_object(result);
}

}  // namespace

Module* create_gc_module() {
  if (gc_module) return gc_module;
  gc_module = make_module(intern("gc"));
  add_functions(gc_module, {
      {"collect", gc_collect, kMethodInstance,
       "Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional "
       "argument\nmay be an integer specifying which generation to collect.  A ValueError\nis "
       "raised if the generation number is invalid.\n\nThe number of unreachable objects is "
       "returned."},
      {"enable", gc_enable, kMethodInstance, "Enable automatic garbage collection."},
      {"disable", gc_disable, kMethodInstance, "Disable automatic garbage collection."},
      {"isenabled", gc_isenabled, kMethodInstance,
       "Returns true if automatic garbage collection is enabled."},
      {"set_debug", gc_set_debug, kMethodInstance, "Set the garbage collection debugging flags."},
      {"get_debug", gc_get_debug, kMethodInstance, "Get the garbage collection debugging flags."},
      {"get_count", gc_get_count, kMethodInstance,
       "Return a three-tuple of the current collection counts."},
      {"get_threshold", gc_get_threshold, kMethodInstance,
       "Return the current collection thresholds."},
      {"set_threshold", gc_set_threshold, kMethodInstance,
       "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection "
       "thresholds.  Setting threshold0 to zero disables\ncollection.\n"},
      {"get_stats", gc_get_stats, kMethodInstance,
       "Return a list of dictionaries containing per-generation statistics."},
      {"get_objects", gc_get_objects, kMethodInstance,
       "Return a list of objects tracked by the collector (excluding the list returned)."},
      {"is_tracked", gc_is_tracked, kMethodInstance,
       "Returns true if the object is tracked by the garbage collector."},
      {"is_finalized", gc_is_finalized, kMethodInstance,
       "Returns true if the object has been already finalized by the GC."},
      {"freeze", gc_freeze, kMethodInstance,
       "Freeze all current tracked objects and ignore them for future collections."},
      {"unfreeze", gc_unfreeze, kMethodInstance,
       "Unfreeze all objects in the permanent generation."},
      {"get_freeze_count", gc_get_freeze_count, kMethodInstance,
       "Return the number of objects in the permanent generation."},
      {"get_referrers", gc_get_referrers, kMethodInstance,
       "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of "
       "objs."},
      {"get_referents", gc_get_referents, kMethodInstance,
       "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to "
       "by objs."},
  });
  add_int_constants(gc_module, {{"DEBUG_STATS", 1},
                                {"DEBUG_COLLECTABLE", 2},
                                {"DEBUG_UNCOLLECTABLE", 4},
                                {"DEBUG_SAVEALL", 32},
                                {"DEBUG_LEAK", 38}});
  dict_set_str(gc_module->dict, intern("garbage"), Value::from_object(make_list()));
  dict_set_str(gc_module->dict, intern("callbacks"), Value::from_object(make_list()));
  dict_set_str(gc_module->dict, intern("__doc__"),
               str_value("This module provides access to the garbage collector for reference "
                         "cycles.\n"));
  return gc_module;
}

}  // namespace krait
