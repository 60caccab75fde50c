// The built-in module `_sre` beneath the stdlib's `re`: compiled patterns
// (re.Pattern), match objects (re.Match) and scanners, over the matching
// engine of modules/sre_engine.h.
#pragma once

namespace krait {

struct Module;

Module* create_sre_module();

}  // namespace krait
