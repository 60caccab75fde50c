// libFuzzer target over marshal.loads: any input must load or raise a Python
// exception (never crash, hang or trip a sanitizer), and what loads must
// survive a dumps/loads round trip, dumping to the same bytes again. Loaded
// code objects have passed the loader's validation; they are not run here.
#include <gc/gc.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "modules/marshal.h"
#include "runtime/errors.h"
#include "vm/startup.h"

namespace {

constexpr size_t kMaxHeapBytes = size_t{1} << 30;

void start_once() {
  static bool started = false;
  if (started) return;
  started = true;
  krait::start_runtime();
  GC_set_max_heap_size(kMaxHeapBytes);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  start_once();
  std::string_view input(reinterpret_cast<const char*>(data), size);
  krait::Value loaded;
  try {
    loaded = krait::marshal_loads(input);
  } catch (const krait::PyException&) {
    krait::clear_current_exception();
    return 0;
  }
  // Before version 3 shared objects are written out at every use: data with
  // references may describe a DAG whose tree is exponentially large.
  bool may_share = input.find('r') != std::string_view::npos || input.find('\xf2') != std::string_view::npos;
  for (int version = may_share ? 3 : 0; version <= 4; ++version) {
    std::string first;
    try {
      first = krait::marshal_dumps(loaded, version);
    } catch (const krait::PyException&) {
      // Loaded data may nest deeper through references than dumps allows.
      krait::clear_current_exception();
      continue;
    }
    try {
      std::string second = krait::marshal_dumps(krait::marshal_loads(first), version);
      // Before version 2 floats are text, which keeps no NaN's sign: two
      // NaNs of a set may load as one (a NaN is one value here).
      if (version >= 2 && second != first) std::abort();
    } catch (const krait::PyException&) {
      // What dumps wrote must load again.
      std::abort();
    }
  }
  return 0;
}
