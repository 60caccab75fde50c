// The built-in module `_locale` (registered at start-up), and the process
// locale CPython sets before running anything.
#pragma once

namespace krait {

struct Module;

Module* create_locale_module();

// LC_CTYPE from the environment, with PEP 538's coercion of the C locale to
// C.UTF-8 (PYTHONCOERCECLOCALE=0 disables it, =warn reports it); called once
// the start-up flags are computed, since UTF-8 mode looks at the locale as given.
void init_process_locale(bool use_environment);

}  // namespace krait
