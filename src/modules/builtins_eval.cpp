#include "modules/builtins_eval.h"

#include <string>
#include <string_view>

#include "modules/ast_module.h"
#include "objects/bytes.h"
#include "objects/class.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/thread_state.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/run.h"

namespace krait {

namespace {

Frame* current_frame() { return thread_state()->frame; }

Dict* current_globals() {
  Frame* frame = current_frame();
  if (frame) return frame->globals;
  Value main = dict_get_str(module_table(), intern("__main__"));
  return main.is_null() ? make_dict() : main.as<Module>()->dict;
}

Value current_locals() {
  Frame* frame = current_frame();
  if (!frame) return Value::from_object(current_globals());
  return frame_locals(frame);
}

bool is_mapping(Value v) { return is_dict(v) || type_of(v)->getitem != nullptr; }

// __mro_entries__ substitution of the class statement's bases (PEP 560).
Tuple* update_bases(Tuple* bases) {
  List* updated = nullptr;
  for (size_t i = 0; i < bases->size; ++i) {
    Value base = (*bases)[i];
    Value entries = Value::null();
    if (!is_instance_of(base, &type_type)) {
      Value method = lookup_attr(base, names.dunder_mro_entries);
      if (!method.is_null()) {
        Value argument = Value::from_object(bases);
        entries = call(method, &argument, 1);
        if (!is_tuple(entries)) throw_type_error("__mro_entries__ must return a tuple");
      }
    }
    if (entries.is_null()) {
      if (updated) list_append(updated, base);
      continue;
    }
    if (!updated) updated = make_list((*bases).items(), i);
    Tuple* replacement = entries.as<Tuple>();
    for (size_t j = 0; j < replacement->size; ++j) list_append(updated, (*replacement)[j]);
  }
  return updated ? make_tuple(updated->items, updated->size) : bases;
}

// The most derived metaclass among `meta` and the bases' types.
Value calculate_metaclass(Type* meta, Tuple* bases) {
  Type* winner = meta;
  for (size_t i = 0; i < bases->size; ++i) {
    Type* candidate = type_of((*bases)[i]);
    if (is_subtype(winner, candidate)) continue;
    if (is_subtype(candidate, winner)) {
      winner = candidate;
      continue;
    }
    throw_type_error(
        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
        "of the metaclasses of all its bases");
  }
  return Value::from_object(winner);
}

Value builtin_build_class(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 2) throw_type_error("__build_class__: not enough arguments");
  Value function = args[0];
  if (type_of(function) != &function_type) {
    throw_type_error("__build_class__: func must be a function");
  }
  Value name = args[1];
  if (!is_str(name)) throw_type_error("__build_class__: name is not a string");
  Tuple* original_bases = make_tuple(args + 2, nargs - 2);
  Tuple* bases = update_bases(original_bases);

  // Keyword arguments other than metaclass= go to __prepare__ and the metaclass.
  Value meta = Value::null();
  gc::vector<Value> keyword_values;
  gc::vector<Value> keyword_names;
  size_t kwcount = kwnames ? kwnames->size : 0;
  for (size_t i = 0; i < kwcount; ++i) {
    if (str_view((*kwnames)[i]) == "metaclass") {
      meta = args[nargs + i];
    } else {
      keyword_names.push_back((*kwnames)[i]);
      keyword_values.push_back(args[nargs + i]);
    }
  }
  bool is_class = true;
  if (meta.is_null()) {
    meta = bases->size == 0 ? Value::from_object(&type_type)
                            : Value::from_object(type_of((*bases)[0]));
  } else {
    is_class = is_instance_of(meta, &type_type);
  }
  if (is_class) meta = calculate_metaclass(meta.as<Type>(), bases);
  Tuple* extra_names =
      keyword_names.empty() ? nullptr : make_tuple(keyword_names.data(), keyword_names.size());

  gc::vector<Value> call_args;
  call_args.push_back(name);
  call_args.push_back(Value::from_object(bases));
  Value prepare = lookup_attr(meta, names.dunder_prepare);
  Value namespace_value;
  if (prepare.is_null()) {
    namespace_value = Value::from_object(make_dict());
  } else {
    gc::vector<Value> prepare_args = call_args;
    prepare_args.insert(prepare_args.end(), keyword_values.begin(), keyword_values.end());
    namespace_value = call(prepare, prepare_args.data(), 2, extra_names);
  }
  if (!is_mapping(namespace_value)) {
    std::string owner = is_class ? std::string(meta.as<Type>()->name->view()) : "<metaclass>";
    throw_type_error(owner + ".__prepare__() must return a mapping, not " +
                     type_name(namespace_value));
  }
  Value cell = call_function_with_locals(function.as<Function>(), namespace_value);
  if (bases != original_bases) {
    setitem(namespace_value, str_value("__orig_bases__"), Value::from_object(original_bases));
  }
  call_args.push_back(namespace_value);
  call_args.insert(call_args.end(), keyword_values.begin(), keyword_values.end());
  Value cls = call(meta, call_args.data(), 3, extra_names);
  if (is_instance_of(cls, &type_type) && type_of(cell) == &cell_type) {
    Value cell_class = cell.as<Cell>()->contents;
    if (!cell_class.is(cls)) {
      if (cell_class.is_null()) {
        throw_runtime_error("__class__ not set defining " + repr_string(name) + " as " +
                            repr_string(cls) +
                            ". Was __classcell__ propagated to type.__new__?");
      }
      throw_type_error("__class__ set to " + repr_string(cell_class) + " defining " +
                       repr_string(name) + " as " + repr_string(cls));
    }
  }
  return cls;
}

// The source of exec()/eval()/compile(): str text, or a bytes-like object's bytes.
bool source_text(Value source, std::string& out) {
  if (is_str(source)) {
    out = str_view(source);
    return true;
  }
  std::string_view data;
  if (!bytes_like_view(source, data)) return false;
  out = data;
  return true;
}

// The namespaces of exec()/eval(): the caller's when omitted, __builtins__
// added to globals when missing.
void resolve_namespaces(Value& globals, Value& locals) {
  if (is_none(globals)) {
    globals = Value::from_object(current_globals());
    if (is_none(locals)) locals = current_locals();
  } else if (is_none(locals)) {
    locals = globals;
  }
  Dict* globals_dict = globals.as<Dict>();
  if (dict_get_str(globals_dict, names.dunder_builtins).is_null()) {
    Module* builtins = find_builtin_module(names.builtins);
    if (builtins) dict_set_str(globals_dict, names.dunder_builtins, Value::from_object(builtins->dict));
  }
}

Value run_code_object(Code* code, Value globals, Value locals) {
  return run_code(code, globals.as<Dict>(), locals);
}

Value builtin_exec(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[4];
  bind_arguments({"exec", {"source", "globals", "locals", "closure"}, 1, 3, 3}, args, nargs,
                 kwnames, bound);
  Value globals = bound[1].is_null() ? none() : bound[1];
  Value locals = bound[2].is_null() ? none() : bound[2];
  if (!is_none(globals) && !is_dict(globals)) {
    throw_type_error("exec() globals must be a dict, not " + type_name(globals));
  }
  if (!is_none(locals) && !is_mapping(locals)) {
    throw_type_error("locals must be a mapping or None, not " + type_name(locals));
  }
  resolve_namespaces(globals, locals);
  Code* code;
  if (type_of(bound[0]) == &code_type) {
    code = bound[0].as<Code>();
    if (code->nfreevars > 0) {
      throw_type_error("code object passed to exec() may not contain free variables");
    }
  } else {
    std::string text;
    if (!source_text(bound[0], text)) {
      throw_type_error("exec() arg 1 must be a string, bytes or code object");
    }
    code = compile_to_code(text, "<string>", "exec", -1, is_str(bound[0]));
  }
  run_code_object(code, globals, locals);
  return none();
}

Value builtin_eval(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  bind_arguments({"eval", {"source", "globals", "locals"}, 1, 3}, args, nargs, kwnames, bound);
  Value globals = bound[1].is_null() ? none() : bound[1];
  Value locals = bound[2].is_null() ? none() : bound[2];
  if (!is_none(locals) && !is_mapping(locals)) throw_type_error("locals must be a mapping");
  if (!is_none(globals) && !is_dict(globals)) {
    throw_type_error(is_mapping(globals)
                         ? "globals must be a real dict; try eval(expr, {}, mapping)"
                         : "globals must be a dict");
  }
  resolve_namespaces(globals, locals);
  Code* code;
  if (type_of(bound[0]) == &code_type) {
    code = bound[0].as<Code>();
    if (code->nfreevars > 0) {
      throw_type_error("code object passed to eval() may not contain free variables");
    }
  } else {
    std::string text;
    if (!source_text(bound[0], text)) {
      throw_type_error("eval() arg 1 must be a string, bytes or code object");
    }
    // eval() ignores leading blanks, so that indented expressions work.
    size_t start = text.find_first_not_of(" \t");
    std::string_view expression =
        start == std::string::npos ? std::string_view() : std::string_view(text).substr(start);
    code = compile_to_code(expression, "<string>", "eval", -1, is_str(bound[0]));
  }
  return run_code_object(code, globals, locals);
}

Value builtin_compile(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[7];
  bind_arguments({"compile",
                  {"source", "filename", "mode", "flags", "dont_inherit", "optimize",
                   "_feature_version"},
                  3, 0, 6},
                 args, nargs, kwnames, bound);
  std::string text;
  bool tree = is_ast_object(bound[0]);
  if (!tree && !source_text(bound[0], text)) {
    throw_type_error("compile() arg 1 must be a string, bytes or AST object");
  }
  std::string filename;
  if (is_str(bound[1])) {
    filename = str_view(bound[1]);
  } else if (is_bytes(bound[1])) {
    filename = bound[1].as<Bytes>()->view();
  } else {
    Value path = call_special(bound[1], intern("__fspath__"), {});
    if (path.is_null() || !is_str(path)) {
      throw_type_error("expected str, bytes or os.PathLike object, not " + type_name(bound[1]));
    }
    filename = str_view(path);
  }
  if (!is_str(bound[2])) {
    throw_type_error("compile() argument 'mode' must be str, not " + type_name(bound[2]));
  }
  std::string_view mode = str_view(bound[2]);
  int64_t flags = bound[3].is_null() ? 0 : index_as_ssize(bound[3]);
  bool only_ast = (flags & kOnlyAstFlag) != 0;
  if (mode != "exec" && mode != "eval" && mode != "single" &&
      !(mode == "func_type" && only_ast)) {
    throw_value_error(only_ast
                          ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                          : "compile() mode must be 'exec', 'eval' or 'single'");
  }
  // The __future__ flags, CO_NESTED, and the PyCF_* compile flags.
  constexpr int64_t kKnownFlags = 0x1FE0000 | 0x10 | 0x400 | 0x1000 | 0x200 | 0x2000 | 0x4000;
  if (flags & ~kKnownFlags) throw_value_error("compile(): unrecognised flags");
  int64_t optimize = bound[5].is_null() ? -1 : index_as_ssize(bound[5]);
  if (optimize < -1 || optimize > 2) throw_value_error("compile(): invalid optimize value");
  if (tree) {
    if (only_ast) return bound[0];
    return Value::from_object(
        compile_ast_object(bound[0], filename, mode, static_cast<int>(optimize)));
  }
  bool source_is_text = is_str(bound[0]);
  if (only_ast) return parse_to_ast_object(text, filename, mode, flags, source_is_text);
  return Value::from_object(
      compile_to_code(text, filename, mode, static_cast<int>(optimize), source_is_text));
}

Value builtin_globals(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("globals", kwnames);
  check_positional("globals", nargs, 0, 0);
  return Value::from_object(current_globals());
}

Value builtin_locals(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("locals", kwnames);
  check_positional("locals", nargs, 0, 0);
  return current_locals();
}

Value builtin_vars(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("vars", kwnames);
  check_positional("vars", nargs, 0, 1);
  if (nargs == 0) return current_locals();
  Value dict = lookup_attr(args[0], names.dunder_dict);
  if (dict.is_null()) throw_type_error("vars() argument must have __dict__ attribute");
  return dict;
}

}  // namespace

void add_eval_builtins(Module* builtins) {
  add_functions(builtins, {
                              {"__build_class__", builtin_build_class},
                              {"exec", builtin_exec},
                              {"eval", builtin_eval},
                              {"compile", builtin_compile},
                              {"globals", builtin_globals},
                              {"locals", builtin_locals},
                              {"vars", builtin_vars},
                          });
}

}  // namespace krait
