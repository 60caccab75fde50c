// libFuzzer target over the whole pipeline: each input is compiled and run
// as a Python program in a fresh __main__ module, with its output going to
// /dev/null. The run is bounded: an instruction budget (backward jumps and
// calls) ends endless loops and recursions with RuntimeError, and a heap
// limit turns runaway allocation into MemoryError. Any Python exception is
// an acceptable end; a crash, sanitizer report or hang is a bug.
#include <fcntl.h>
#include <gc/gc.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "modules/io_textio.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/thread_state.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/run.h"
#include "vm/tracing.h"
#include "vm/startup.h"

namespace {

constexpr uint64_t kInstructionBudget = 200000;
constexpr size_t kMaxHeapBytes = size_t{1} << 30;

// The null streams every input's sys.stdin/stdout/stderr start as.
krait::TextStream* null_input = nullptr;
krait::TextStream* null_output = nullptr;

// Copies of the namespaces a program can rebind (builtins.len = …,
// sys.excepthook = …, sys.modules entries), restored before every input so
// that each input runs as in a fresh process and a crash reproduces alone.
struct Snapshot {
  krait::Dict* builtins = nullptr;
  krait::Dict* sys = nullptr;
  krait::Dict* modules = nullptr;
};
Snapshot snapshot;
int64_t default_int_max_str_digits = 0;

krait::Dict* module_dict(krait::Str* name) { return krait::find_builtin_module(name)->dict; }

void restore(krait::Dict* live, krait::Dict* saved) {
  krait::dict_clear(live);
  krait::dict_update(live, krait::Value::from_object(saved));
}

void start_once() {
  static bool started = false;
  if (started) return;
  started = true;
  krait::start_runtime();
  GC_set_max_heap_size(kMaxHeapBytes);
  int fd = open("/dev/null", O_RDWR);
  null_input = krait::make_text_stream(fd, "<stdin>", false, "strict", false, false);
  null_output = krait::make_text_stream(fd, "<stdout>", true, "strict", false, false);
  GC_add_roots(&null_input, &null_output + 1);
  krait::Dict* sys = module_dict(krait::names.sys);
  krait::dict_set_str(sys, krait::names.stdin, krait::Value::from_object(null_input));
  krait::dict_set_str(sys, krait::names.stdout, krait::Value::from_object(null_output));
  krait::dict_set_str(sys, krait::names.stderr, krait::Value::from_object(null_output));
  snapshot.builtins = krait::dict_copy(module_dict(krait::names.builtins));
  snapshot.sys = krait::dict_copy(sys);
  snapshot.modules = krait::dict_copy(krait::module_table());
  GC_add_roots(&snapshot, &snapshot + 1);
  default_int_max_str_digits = krait::int_max_str_digits;
}

// Undoes what a previous input may have changed in the thread and in sys.
void reset_state(krait::ThreadState* ts, int recursion_limit) {
  krait::recursion_limit = recursion_limit;
  ts->current_exception = krait::Value::null();
  ts->handled_exception = krait::Value::null();
  ts->base_exception_state.value = krait::Value::null();
  ts->exception_state = nullptr;
  ts->stop_iteration_value = krait::Value::null();
  ts->instruction_budget = kInstructionBudget;
  krait::set_trace_function(ts, krait::Value::null());
  restore(module_dict(krait::names.builtins), snapshot.builtins);
  restore(module_dict(krait::names.sys), snapshot.sys);
  restore(krait::module_table(), snapshot.modules);
  krait::int_max_str_digits = default_int_max_str_digits;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  start_once();
  krait::ThreadState* ts = krait::thread_state();
  static const int default_recursion_limit = krait::recursion_limit;
  reset_state(ts, default_recursion_limit);
  const krait::Frame* frame_before = ts->frame;
  // The value stack is allocated by the first call: then it starts empty.
  const krait::Value* stack_top_before = ts->stack_top;
  const int recursion_depth_before = ts->recursion_depth;
  const int native_depth_before = ts->native_depth;
  std::string_view source(reinterpret_cast<const char*>(data), size);
  try {
    krait::Code* code = krait::compile_to_code(source, "<fuzz>", "exec", 0);
    krait::Module* module = krait::make_main_module();
    krait::run_code(code, module->dict, krait::Value::from_object(module->dict));
  } catch (const krait::PyException&) {
    // Reported as the command line would (into /dev/null), which runs the
    // traceback printer on whatever the program raised.
    krait::handle_uncaught_exception(krait::take_current_exception());
  }
  // However the program ended, the interpreter must be back where it started.
  if (!stack_top_before) stack_top_before = ts->stack_base;
  if (ts->frame != frame_before || ts->stack_top != stack_top_before ||
      ts->recursion_depth != recursion_depth_before || ts->native_depth != native_depth_before) {
    std::fprintf(stderr, "fuzz_run: thread state not restored (frame %p→%p, stack %p→%p, "
                 "recursion depth %d→%d, native depth %d→%d)\n",
                 static_cast<const void*>(frame_before), static_cast<const void*>(ts->frame),
                 static_cast<const void*>(stack_top_before), static_cast<const void*>(ts->stack_top),
                 recursion_depth_before, ts->recursion_depth, native_depth_before, ts->native_depth);
    std::abort();
  }
  reset_state(ts, default_recursion_limit);
  ts->instruction_budget = 0;
  return 0;
}
