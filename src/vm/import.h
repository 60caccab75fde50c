// Importing. For now only the native modules registered here are importable
// (`sys`, `builtins` …); each is created on first import and kept in the
// module table (sys.modules).
#pragma once

#include "runtime/object.h"

namespace krait {

struct Dict;
struct Module;
struct Str;

// Makes `name` importable; `create` builds the module on first import.
// Call at start-up, before any import runs.
void register_builtin_module(const char* name, Module* (*create)());

// sys.modules: the module table, keyed by module name.
Dict* module_table();

// The module `name` (created on first request), or null when no built-in
// module has that name.
Module* find_builtin_module(Str* name);

// IMPORT_NAME: __import__(name, globals, locals, fromlist, level). Raises
// ModuleNotFoundError "No module named 'x'" for unknown modules.
Value import_module(Str* name, Value globals, Value fromlist, int level);
// IMPORT_FROM: `from module import name`.
Value import_from(Value module, Str* name);

}  // namespace krait
