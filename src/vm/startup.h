// Runtime start-up: the collector, every native type, and the built-in
// modules, in dependency order.
#pragma once

namespace krait {

// Starts the runtime once; later calls do nothing.
void start_runtime();

// Runs `body(argument)` on a thread with a large C stack (registered with
// the collector) and returns its result, so that deep native recursion is
// bounded by the recursion limit rather than by the default 8 MiB stack.
int run_on_large_stack(int (*body)(void*), void* argument);

}  // namespace krait
