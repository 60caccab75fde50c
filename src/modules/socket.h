// The built-in module `_socket` (registered at start-up): the socket type
// socket.py builds on, address conversion, name resolution and the
// constants of the C library's socket interface.
#pragma once

namespace krait {

struct Module;

Module* create_socket_module();

}  // namespace krait
