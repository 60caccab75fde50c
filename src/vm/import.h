// The import system (DESIGN §9): `import` and `__import__` as CPython 3.11's
// PyImport_ImportModuleLevelObject and importlib._bootstrap, run natively.
//
// sys.modules is the cache; sys.meta_path's finders are asked in order, the
// default ones (BuiltinImporter, FrozenImporter, PathFinder, classes of the
// frozen `_frozen_importlib` modules, vm/import_bootstrap.cpp) natively, any
// other through its find_spec; module specs, loaders and module attributes
// are the Python objects CPython's importlib makes. Searching directories
// and the bytecode cache are in vm/import_path.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/object.h"

namespace krait {

struct Code;
struct Dict;
struct Module;
struct Str;

// Makes `name` importable; `create` builds the module on first import.
// Call at start-up, before any import runs.
void register_builtin_module(const char* name, Module* (*create)());
// The registered names, sorted (sys.builtin_module_names).
Value builtin_module_names();
// True when `name` is a registered built-in module.
bool is_builtin_module_name(std::string_view name);

// sys.modules: the module table, keyed by module name.
Dict* module_table();

// The built-in module `name` (created on first request and entered in
// sys.modules), or null when no built-in module has that name.
Module* find_builtin_module(Str* name);

// The frozen modules: Python source built into the binary.
struct FrozenModule {
  const char* name;
  const char* source;
};
extern const FrozenModule frozen_modules[];
extern const size_t frozen_module_count;
// The marshalled code of frozen module `name`, compiled at build time by
// krait_freeze (src/freeze.cpp); empty in the binaries built without it
// (krait_freeze itself, the tests), which compile the source at start-up.
std::string_view frozen_module_code(std::string_view name);

// The `_imp` module (register at start-up).
Module* create_imp_module();
// Creates the frozen import modules and fills sys.meta_path and
// sys.path_hooks; start-up, once sys and builtins exist.
void install_import_system();

// IMPORT_NAME with the original __import__: __import__(name, globals, None,
// fromlist, level).
Value import_module(Str* name, Value globals, Value fromlist, int level);
// IMPORT_NAME: through builtins.__import__ when a program replaced it.
Value import_name(Dict* builtins, Str* name, Value globals, Value locals, Value fromlist,
                  int level);
// IMPORT_FROM: `from module import name`.
Value import_from(Value module, Str* name);
// importlib._bootstrap._gcd_import: the module `name` (absolute), imported
// when not in sys.modules.
Value import_absolute(Str* name);

// importlib.util.find_spec(name) for an absolute name: imports the parent
// packages, then asks the finders; None when none knows `name`.
Value find_module_spec(Str* name);
// The code object of the module that `spec` describes (its loader's
// get_code), for running it as __main__ (`krait -m`); raises ImportError
// when the loader has no code for it.
Value module_spec_code(Value spec);

// importlib._bootstrap's functions, for the frozen modules and the loaders:
// _find_spec(name, path), module_from_spec(spec), _init_module_attrs(spec,
// module, override), _load(spec).
Value find_spec(Str* name, Value path);
Value module_from_spec(Value spec);
void init_module_attrs(Value spec, Value module, bool override);
Value load_from_spec(Value spec);
// _handle_fromlist(module, fromlist): imports the submodules of package
// `module` that `fromlist` names and are not attributes yet (`recursive`:
// the list is the package's __all__, followed for `*`).
Value handle_fromlist(Value module, Value fromlist, bool recursive);
// Records builtins.__import__ as start-up made it (IMPORT_NAME's fast path).
void set_original_import(Value import_function);

// True while the module's __spec__._initializing is set (its body runs).
bool module_is_initializing(Value module);

// sys.flags.verbose, read when an import starts.
int import_verbosity();
// Writes CPython's "# ..." -v line to sys.stderr.
void import_verbose_message(const std::string& message);

// --- vm/import_path.cpp: sys.path entries and files -----------------------

// PathFinder.find_spec(fullname, path, target): the spec found along `path`
// (sys.path when null or None), a namespace package's spec, or None.
Value path_finder_find_spec(Str* fullname, Value path);
// FileFinder(directory).find_spec(fullname).
Value file_finder_find_spec(const std::string& directory, Str* fullname);
// The code of a source module: from its cache when valid, else compiled
// (and cached unless sys.dont_write_bytecode). `name` is for messages.
Code* source_file_code(Str* name, const std::string& source_path);
// The code of a .pyc file imported without source.
Code* sourceless_file_code(Str* name, const std::string& pyc_path);
// importlib.util.cache_from_source(path, optimization=...): the cache file of
// a source file ("" for no optimization tag, else the tag's level); raises
// NotImplementedError when sys.implementation.cache_tag is None.
std::string cache_from_source(const std::string& source_path, const std::string& optimization);
// A whole file's bytes; OSError (of the errno's subclass) when unreadable.
std::string read_file_or_raise(const std::string& path);
// SourceFileLoader.set_data: writes `data` atomically (temporary file and
// rename), creating missing folders; a failure only costs the cache and is
// reported under -v.
void write_cache_file(const std::string& path, std::string_view data, unsigned mode);
// _imp._fix_co_filename: renames the file of `code` and of the code objects
// nested in it, so that a cache made for a source elsewhere names it here.
void fix_code_filename(Code* code, Str* path);
// The first four bytes of Krait's .pyc files (importlib.util.MAGIC_NUMBER):
// a number derived from the instruction set and the marshal format at
// build time (CMakeLists.txt), then "\r\n".
const char* pyc_magic_number();
// _imp.source_hash(key, source): SipHash-1-3 of the source under `key`;
// hash-based .pyc files record it keyed by the magic number.
uint64_t pyc_source_hash(uint64_t key, std::string_view source);
// The Python classes of the frozen modules that path finding creates.
struct ImportClasses {
  Value module_spec;
  Value builtin_importer;
  Value frozen_importer;
  Value path_finder;
  Value file_finder;
  Value source_file_loader;
  Value sourceless_file_loader;
  Value namespace_loader;
  Value namespace_path;
  Value spec_from_loader;
};
extern ImportClasses import_classes;
// Forgets FileFinder's directory listings (importlib.invalidate_caches()).
void invalidate_directory_listings();
// os.listdir(path): the names in a folder, without "." and ".."; OSError
// when it cannot be read.
std::vector<std::string> list_directory(const std::string& path);
// os.getcwd() as importlib uses it (OSError on failure).
std::string current_directory();

}  // namespace krait
