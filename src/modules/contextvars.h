// The `_contextvars` module (PEP 567): ContextVar, Token and Context, with
// one current context per thread (ThreadState::context).
#pragma once

namespace krait {

struct Module;

// The built-in module `_contextvars` (registered at start-up).
Module* create_contextvars_module();

}  // namespace krait
