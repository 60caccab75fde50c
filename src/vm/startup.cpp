#include "vm/startup.h"

#include <gc/gc.h>
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <cstdlib>

#include "compiler/codegen.h"
#include "modules/array.h"
#include "modules/builtins.h"
#include "modules/contextvars.h"
#include "modules/bisect.h"
#include "modules/codecs.h"
#include "modules/collections.h"
#include "modules/functools.h"
#include "modules/heapq.h"
#include "modules/math.h"
#include "modules/cmath.h"
#include "modules/random.h"
#include "modules/struct.h"
#include "modules/csv.h"
#include "modules/errno.h"
#include "modules/fcntl.h"
#include "modules/json.h"
#include "modules/io_module.h"
#include "modules/itertools.h"
#include "modules/locale.h"
#include "modules/marshal.h"
#include "modules/opcode.h"
#include "modules/posix.h"
#include "modules/posixsubprocess.h"
#include "modules/pwd_grp.h"
#include "modules/select.h"
#include "modules/socket.h"
#include "modules/sre.h"
#include "modules/signal.h"
#include "modules/stat.h"
#include "modules/sys.h"
#include "modules/time.h"
#include "modules/thread.h"
#include "modules/unicodedata.h"
#include "modules/warnings.h"
#include "modules/abc.h"
#include "modules/faulthandler.h"
#include "modules/termios.h"
#include "modules/string_module.h"
#include "modules/weakref.h"
#include "modules/gc_module.h"
#include "modules/ast_module.h"
#include "modules/atexit.h"
#include "modules/binascii.h"
#include "modules/hashlib.h"
#include "modules/zlib.h"
#include "objects/bytes.h"
#include "objects/class.h"
#include "objects/complex.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/thread_state.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/import.h"
#include "vm/run.h"
#include "vm/traceback.h"

namespace krait {

namespace {

bool started = false;

// Sanitizer builds need far more stack per native frame.
#if defined(__SANITIZE_ADDRESS__)
constexpr size_t kInterpreterStackSize = size_t{2} << 30;
#else
constexpr size_t kInterpreterStackSize = size_t{512} << 20;
#endif

struct ThreadLaunch {
  int (*body)(void*);
  void* argument;
  int result;
};

// pthread_create is the collector's (GC_THREADS), so the thread is registered.
void* run_registered(void* launch_pointer) {
  auto* launch = static_cast<ThreadLaunch*>(launch_pointer);
  set_c_stack_limit(kInterpreterStackSize);
  thread_state()->is_main = true;
  launch->result = launch->body(launch->argument);
  return nullptr;
}

}  // namespace

void start_runtime() {
  if (started) return;
  started = true;
  gc_init();
  // Bases before subclasses; str first among the rest, since readying the
  // others interns names.
  init_type_system();
  init_str_type();
  init_names();
  init_int_types();
  init_float_type();
  init_complex_type();
  init_bytes_types();
  init_memoryview_type();
  init_tuple_type();
  init_list_type();
  init_dict_type();
  init_set_types();
  init_range_types();
  init_slice_type();
  init_iterator_types();
  init_descriptor_types();
  init_class_types();
  init_singleton_types();
  init_function_types();
  init_module_type();
  init_exception_types();
  init_code_type();
  init_frame_type();
  init_generator_types();
  init_traceback_type();
  init_weakref_types();
  finish_static_types();
  register_builtin_module("builtins", create_builtins_module);
  register_builtin_module("sys", create_sys_module);
  register_builtin_module("marshal", create_marshal_module);
  register_builtin_module("_imp", create_imp_module);
  register_builtin_module("_opcode", create_opcode_module);
  register_builtin_module("_warnings", create_warnings_module);
  register_builtin_module("itertools", create_itertools_module);
  register_builtin_module("unicodedata", create_unicodedata_module);
  register_builtin_module("_posixsubprocess", create_posixsubprocess_module);
  register_builtin_module("select", create_select_module);
  register_builtin_module("_socket", create_socket_module);
  register_builtin_module("array", create_array_module);
  register_builtin_module("pwd", create_pwd_module);
  register_builtin_module("grp", create_grp_module);
  register_builtin_module("_locale", create_locale_module);
  register_builtin_module("_json", create_json_module);
  register_builtin_module("_csv", create_csv_module);
  register_builtin_module("fcntl", create_fcntl_module);
  register_builtin_module("_weakref", create_weakref_module);
  register_builtin_module("_abc", create_abc_module);
  register_builtin_module("_string", create_string_module);
  register_builtin_module("termios", create_termios_module);
  register_builtin_module("faulthandler", create_faulthandler_module);
  register_builtin_module("_tracemalloc", create_tracemalloc_module);
  register_builtin_module("gc", create_gc_module);
  register_builtin_module("_ast", create_ast_module);
  register_builtin_module("atexit", create_atexit_module);
  register_builtin_module("posix", create_posix_module);
  register_builtin_module("errno", create_errno_module);
  register_builtin_module("_stat", create_stat_module);
  register_builtin_module("_signal", create_signal_module);
  register_builtin_module("time", create_time_module);
  register_builtin_module("_thread", create_thread_module);
  register_builtin_module("_contextvars", create_contextvars_module);
  register_builtin_module("_io", create_io_module);
  register_builtin_module("binascii", create_binascii_module);
  register_builtin_module("_hashlib", create_hashlib_module);
  register_builtin_module("_md5", create_md5_module);
  register_builtin_module("_sha1", create_sha1_module);
  register_builtin_module("_sha256", create_sha256_module);
  register_builtin_module("_sha512", create_sha512_module);
  register_builtin_module("_sha3", create_sha3_module);
  register_builtin_module("_blake2", create_blake2_module);
  register_builtin_module("zlib", create_zlib_module);
  register_builtin_module("_collections", create_collections_module);
  register_builtin_module("_heapq", create_heapq_module);
  register_builtin_module("_functools", create_functools_module);
  register_builtin_module("_bisect", create_bisect_module);
  register_builtin_module("_codecs", create_codecs_module);
  register_builtin_module("math", create_math_module);
  register_builtin_module("_struct", create_struct_module);
  register_builtin_module("_random", create_random_module);
  register_builtin_module("cmath", create_cmath_module);
  register_builtin_module("_sre", create_sre_module);
  set_compile_warning_sink(show_syntax_warning);
  install_import_system();
}

int run_on_large_stack(int (*body)(void*), void* argument) {
  gc_init();
  ThreadLaunch launch{body, argument, 0};
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_t thread;
  if (pthread_attr_setstacksize(&attributes, kInterpreterStackSize) != 0 ||
      pthread_create(&thread, &attributes, run_registered, &launch) != 0) {
    // Without a big thread, run here with the default stack's limit.
    pthread_attr_destroy(&attributes);
    set_c_stack_limit(size_t{8} << 20);
    return body(argument);
  }
  pthread_attr_destroy(&attributes);
  // Signals go to the interpreter thread, which runs Python as CPython's
  // main thread does: its blocking calls (the REPL's reads, sleep, pause)
  // then see EINTR.
  sigset_t signals;
  sigfillset(&signals);
  sigset_t previous;
  pthread_sigmask(SIG_BLOCK, &signals, &previous);
  pthread_join(thread, nullptr);
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  return launch.result;
}

}  // namespace krait
