// The `atexit` module (see modules/atexit.h).
#include "modules/atexit.h"

#include "objects/class.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/interpreter_support.h"

namespace krait {

namespace {

struct ExitCallback {
  Value function;
  Tuple* args;
  Dict* kwargs;  // null: none
};

// Unregistered entries are cleared, not removed: _ncallbacks() counts them
// until the list is run or cleared, as CPython's.
gc::vector<ExitCallback>& exit_callbacks() {
  static auto* callbacks = new (GC_MALLOC_UNCOLLECTABLE(sizeof(gc::vector<ExitCallback>)))
      gc::vector<ExitCallback>();
  return *callbacks;
}

Value atexit_register(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkeywords = kwnames ? kwnames->size : 0;
  size_t npositional = nargs;  // the keyword values follow
  if (npositional < 1) {
    throw_type_error("register() takes at least 1 argument (0 given)");
  }
  if (!is_callable(args[0])) throw_type_error("the first argument must be callable");
  ExitCallback entry{args[0], make_tuple(args + 1, npositional - 1), nullptr};
  if (nkeywords) {
    entry.kwargs = make_dict();
    for (size_t i = 0; i < nkeywords; ++i) {
      dict_set(entry.kwargs, (*kwnames)[i], args[npositional + i]);
    }
  }
  exit_callbacks().push_back(entry);
  return args[0];
}

Value atexit_unregister(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("unregister", kwnames);
  check_positional("unregister", nargs, 1, 1);
  for (ExitCallback& entry : exit_callbacks()) {
    if (!entry.function.is_null() && equals(entry.function, args[0])) entry = {};
  }
  return none();
}

Value atexit_run_exitfuncs(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_run_exitfuncs", kwnames);
  check_positional("_run_exitfuncs", nargs, 0, 0);
  run_atexit_callbacks();
  return none();
}

Value atexit_clear(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_clear", kwnames);
  check_positional("_clear", nargs, 0, 0);
  exit_callbacks().clear();
  return none();
}

Value atexit_ncallbacks(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_ncallbacks", kwnames);
  check_positional("_ncallbacks", nargs, 0, 0);
  return make_int(static_cast<int64_t>(exit_callbacks().size()));
}

}  // namespace

void run_atexit_callbacks() {
  // Last registered first; functions registered meanwhile are dropped with
  // the rest afterwards, as in CPython.
  gc::vector<ExitCallback>& callbacks = exit_callbacks();
  for (size_t i = callbacks.size(); i-- > 0;) {
    ExitCallback entry = callbacks[i];
    if (entry.function.is_null()) continue;
    Value saved = take_current_exception();
    try {
      Value kwargs = entry.kwargs ? Value::from_object(entry.kwargs) : Value::null();
      call_with_unpacked(entry.function, Value::from_object(entry.args), kwargs);
    } catch (const PyException&) {
      report_unraisable(entry.function, take_current_exception(),
                        "Exception ignored in atexit callback");
    }
    thread_state()->current_exception = saved;
  }
  callbacks.clear();
}

Module* create_atexit_module() {
  static Module* module = nullptr;
  if (module) return module;
  module = make_module(intern("atexit"));
  add_functions(module, {
      {"register", atexit_register, kMethodInstance,
       "register(func, *args, **kwargs) -> func\n\nRegister a function to be executed upon "
       "normal program termination\n\n    func - function to be called at exit\n    args - "
       "optional arguments to pass to func\n    kwargs - optional keyword arguments to pass "
       "to func\n\n    func is returned to facilitate usage as a decorator."},
      {"unregister", atexit_unregister, kMethodInstance,
       "unregister(func) -> None\n\nUnregister an exit function which was previously "
       "registered using\natexit.register\n\n    func - function to be unregistered"},
      {"_run_exitfuncs", atexit_run_exitfuncs, kMethodInstance,
       "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\nIf a callback "
       "raises an exception, it is logged with sys.unraisablehook."},
      {"_clear", atexit_clear, kMethodInstance,
       "_clear() -> None\n\nClear the list of previously registered exit functions."},
      {"_ncallbacks", atexit_ncallbacks, kMethodInstance,
       "_ncallbacks() -> int\n\nReturn the number of registered exit functions."},
  });
  dict_set_str(module->dict, intern("__doc__"),
               str_value("allow programmer to define multiple exit functions to be executed\n"
                         "upon normal program termination.\n\nTwo public functions, register "
                         "and unregister, are defined.\n"));
  return module;
}

}  // namespace krait
