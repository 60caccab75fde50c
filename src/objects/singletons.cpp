// None, NotImplemented and Ellipsis: static singletons with types of their own.
#include "objects/singletons.h"

#include "modules/warnings.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/native.h"

namespace krait {

Type none_type;
Type not_implemented_type;
Type ellipsis_type;
NoneObject none_object;
Object not_implemented_object;
Object ellipsis_object;

namespace {

Value none_repr(Value) { return str_value("None"); }
Value not_implemented_repr(Value) { return str_value("NotImplemented"); }
Value ellipsis_repr(Value) { return str_value("Ellipsis"); }
bool none_bool(Value) { return false; }
bool not_implemented_bool(Value) {
  warn(&exc_DeprecationWarning, "NotImplemented should not be used in a boolean context");
  return true;
}

// CPython hashes these singletons by address; Debian's python3.11 is not
// position-independent, so the values are fixed, and they decide the order
// of sets and dicts holding them: Krait answers the same numbers.
int64_t none_hash(Value) { return 611532; }
int64_t not_implemented_hash(Value) { return 606843; }
int64_t ellipsis_hash(Value) { return 606842; }

// pickle saves NotImplemented and Ellipsis by name.
Value not_implemented_reduce(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("__reduce__", kwnames);
  check_positional("NotImplementedType.__reduce__", nargs, 0, 0);
  return str_value("NotImplemented");
}

Value ellipsis_reduce(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("__reduce__", kwnames);
  check_positional("ellipsis.__reduce__", nargs, 0, 0);
  return str_value("Ellipsis");
}

// NoneType(), type(NotImplemented)() and type(...)() answer the singleton.
template <Value (*singleton)()>
Value singleton_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs || (kwnames && kwnames->size)) {
    // CPython names type(...) by its types-module name here.
    std::string name = type == &ellipsis_type ? "EllipsisType" : std::string(type->name->view());
    throw_type_error(name + " takes no arguments");
  }
  return singleton();
}

Value none_value() { return none(); }
Value not_implemented_value() { return not_implemented(); }
Value ellipsis_value() { return ellipsis(); }

}  // namespace

void init_singleton_types() {
  none_type.repr = none_repr;
  none_type.boolean = none_bool;
  none_type.hash = none_hash;
  none_type.new_instance = singleton_new<none_value>;
  init_static_type(&none_type, "NoneType", nullptr, sizeof(NoneObject), 0);
  none_object.type = &none_type;

  not_implemented_type.repr = not_implemented_repr;
  not_implemented_type.boolean = not_implemented_bool;
  not_implemented_type.hash = not_implemented_hash;
  not_implemented_type.new_instance = singleton_new<not_implemented_value>;
  init_static_type(&not_implemented_type, "NotImplementedType", nullptr, sizeof(Object), 0);
  not_implemented_object.type = &not_implemented_type;
  add_methods(&not_implemented_type, {{"__reduce__", not_implemented_reduce}});

  ellipsis_type.repr = ellipsis_repr;
  ellipsis_type.hash = ellipsis_hash;
  ellipsis_type.new_instance = singleton_new<ellipsis_value>;
  init_static_type(&ellipsis_type, "ellipsis", nullptr, sizeof(Object), 0);
  ellipsis_object.type = &ellipsis_type;
  add_methods(&ellipsis_type, {{"__reduce__", ellipsis_reduce}});
}

}  // namespace krait
