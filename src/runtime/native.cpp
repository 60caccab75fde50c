#include "runtime/native.h"

#include <algorithm>
#include <string>
#include <vector>

#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"

namespace krait {

namespace {

// Methods and getsets registered before finish_static_types(): kept (they hold
// no Values) and added to the types' dicts when start-up completes them.
struct DeferredEntry {
  Type* type;
  bool is_method;
  MethodDef method;
  GetSetDef getset;
};
std::vector<DeferredEntry>& deferred_entries() {
  static std::vector<DeferredEntry> entries;
  return entries;
}

void add_method(Type* type, const MethodDef& def) {
  Value entry;
  if (def.flags & kMethodStatic) {
    // CPython binds a static method's function to its type (its __self__).
    BuiltinFunction* function =
        make_builtin_function(def.name, def.function, Value::from_object(type), def.doc);
    function->is_static = true;
    entry = make_staticmethod(Value::from_object(function));
  } else {
    entry = make_method_descriptor(type, def);
  }
  dict_set_str(type_dict(type), intern(def.name), entry);
}

void add_getset(Type* type, const GetSetDef& def) {
  dict_set_str(type_dict(type), intern(def.name), make_getset_descriptor(type, def));
}

}  // namespace

void add_methods(Type* type, std::initializer_list<MethodDef> methods) {
  for (const MethodDef& def : methods) {
    if (static_types_finished()) {
      add_method(type, def);
    } else {
      deferred_entries().push_back({type, true, def, {}});
    }
  }
}

Value none_getter(Value) { return none(); }

void add_getsets(Type* type, std::initializer_list<GetSetDef> getsets) {
  for (const GetSetDef& def : getsets) {
    if (static_types_finished()) {
      add_getset(type, def);
    } else {
      deferred_entries().push_back({type, false, {}, def});
    }
  }
}

void add_deferred_native_entries() {
  for (const DeferredEntry& entry : deferred_entries()) {
    if (entry.is_method) {
      add_method(entry.type, entry.method);
    } else {
      add_getset(entry.type, entry.getset);
    }
  }
  deferred_entries().clear();
}

void add_functions(Module* module, std::initializer_list<MethodDef> functions) {
  Value self = Value::from_object(module);
  Value module_name = dict_get_str(module->dict, intern("__name__"));
  for (const MethodDef& def : functions) {
    BuiltinFunction* function = make_builtin_function(def.name, def.function, self, def.doc);
    function->module = module_name;
    dict_set_str(module->dict, intern(def.name), Value::from_object(function));
  }
}

void add_int_constants(Module* module, std::initializer_list<IntConstant> constants) {
  for (const IntConstant& constant : constants) {
    dict_set_str(module->dict, intern(constant.name), make_int(constant.value));
  }
}

void reject_keywords(const char* name, Tuple* kwnames) {
  if (kwnames && kwnames->size) {
    throw_type_error(std::string(name) + "() takes no keyword arguments");
  }
}

void reject_constructor_keywords(const char* name, Type* type, Type* base, Tuple* kwnames) {
  if (type == base || type->init == base->init) reject_keywords(name, kwnames);
}

void check_positional(const char* name, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return;
  if (min == max) {
    if (min == 0) {
      throw_type_error(format("%s() takes no arguments (%zu given)", name, nargs));
    }
    if (min == 1) {
      throw_type_error(format("%s() takes exactly one argument (%zu given)", name, nargs));
    }
    throw_type_error(format("%s expected %zu arguments, got %zu", name, min, nargs));
  }
  if (nargs < min) {
    throw_type_error(format("%s expected at least %zu argument%s, got %zu", name, min,
                            min == 1 ? "" : "s", nargs));
  }
  throw_type_error(format("%s expected at most %zu argument%s, got %zu", name, max,
                          max == 1 ? "" : "s", nargs));
}

void check_tuple_arity(const char* name, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return;
  size_t bound = nargs < min ? min : max;
  throw_type_error(format("%s() takes %s %zu argument%s (%zu given)", name,
                          min == max ? "exactly" : nargs < min ? "at least" : "at most", bound,
                          bound == 1 ? "" : "s", nargs));
}

void bind_arguments(const Signature& signature, const Value* args, size_t nargs, Tuple* kwnames,
                    Value* out) {
  const size_t count = signature.params.size();
  const char* const* params = signature.params.begin();
  const size_t positional_max = std::min(count, signature.kwonly_start);
  const std::string name = signature.name;
  for (size_t i = 0; i < count; ++i) out[i] = Value::null();
  size_t nkw = kwnames ? kwnames->size : 0;
  if (signature.posonly >= count) {
    // Only positional parameters: Argument Clinic's _PyArg_CheckPositional.
    reject_keywords(signature.name, kwnames);
    if (nargs < signature.required || nargs > count) {
      size_t bound = nargs < signature.required ? signature.required : count;
      const char* qualifier = signature.required == count ? ""
                              : nargs < signature.required ? "at least "
                                                           : "at most ";
      throw_type_error(format("%s expected %s%zu argument%s, got %zu", name.c_str(), qualifier,
                              bound, bound == 1 ? "" : "s", nargs));
    }
    for (size_t i = 0; i < nargs; ++i) out[i] = args[i];
    return;
  }
  const size_t positional_required = std::min(signature.required, signature.posonly);
  if (nargs < positional_required) {
    throw_type_error(format("%s() takes %s %zu positional argument%s (%zu given)", name.c_str(),
                            positional_required < positional_max ? "at least" : "exactly",
                            positional_required, positional_required == 1 ? "" : "s", nargs));
  }
  if (nargs + nkw > count) {
    throw_type_error(format("%s() takes at most %zu %sargument%s (%zu given)", name.c_str(), count,
                            nargs == 0 ? "keyword " : "", count == 1 ? "" : "s", nargs + nkw));
  }
  if (nargs > positional_max) {
    // Argument Clinic says "positional" only when there are keyword-only parameters.
    const char* kind = positional_max < count ? "positional " : "";
    if (positional_max == 0) {
      throw_type_error(format("%s() takes no %sarguments", name.c_str(), kind));
    }
    throw_type_error(format("%s() takes %s %zu %sargument%s (%zu given)", name.c_str(),
                            signature.required == positional_max ? "exactly" : "at most",
                            positional_max, kind, positional_max == 1 ? "" : "s", nargs));
  }
  for (size_t i = 0; i < nargs; ++i) out[i] = args[i];
  // In Argument Clinic's order: the parameters after the positional arguments
  // take their keywords, a missing required one failing first; then come the
  // keywords left over.
  auto keyword_index = [&](const char* param) {
    for (size_t k = 0; k < nkw; ++k) {
      if (str_view((*kwnames)[k]) == param) return k;
    }
    return nkw;
  };
  size_t used = 0;
  for (size_t i = std::max(nargs, signature.posonly); i < count; ++i) {
    size_t k = nkw ? keyword_index(params[i]) : nkw;
    if (k < nkw) {
      out[i] = args[nargs + k];
      ++used;
    } else if (i < signature.required) {
      throw_type_error(format("%s() missing required argument '%s' (pos %zu)", name.c_str(),
                              params[i], i + 1));
    }
  }
  if (used == nkw) return;
  for (size_t i = signature.posonly; i < nargs; ++i) {
    if (keyword_index(params[i]) < nkw) {
      throw_type_error(format("argument for %s() given by name ('%s') and position (%zu)",
                              name.c_str(), params[i], i + 1));
    }
  }
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view keyword = str_view((*kwnames)[k]);
    bool known = false;
    for (size_t i = signature.posonly; i < count && !known; ++i) known = keyword == params[i];
    if (!known) {
      throw_type_error(format("'%s' is an invalid keyword argument for %s()",
                              std::string(keyword).c_str(), name.c_str()));
    }
  }
}

}  // namespace krait
