// The built-in module `_codecs`: the codec and error handler registries and
// the native codecs (objects/codecs.h) as CPython's Modules/_codecsmodule.c
// offers them to the module `codecs`.
#pragma once

namespace krait {

struct Module;

Module* create_codecs_module();

}  // namespace krait
