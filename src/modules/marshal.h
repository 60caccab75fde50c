// The marshal module: CPython's format (versions 0–4) for plain data; code
// objects in Krait's own layout. The .pyc cache (vm/import) uses it too.
#pragma once

#include <string>
#include <string_view>

#include "runtime/value.h"

namespace krait {

struct Module;

// marshal.dumps(value, version); raises ValueError "unmarshallable object".
std::string marshal_dumps(Value value, int version = 4);
// marshal.loads(data): raises EOFError/ValueError/TypeError on bad input as
// CPython; `consumed`, when given, receives the number of bytes read.
Value marshal_loads(std::string_view data, size_t* consumed = nullptr);
// The built-in module `marshal` (registered at start-up).
Module* create_marshal_module();

}  // namespace krait
