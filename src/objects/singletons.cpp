// None, NotImplemented and Ellipsis: static singletons with types of their own.
#include "objects/singletons.h"

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

// NoneType(), type(NotImplemented)() and type(...)() answer the singleton.
template <Value (*singleton)()>
Value singleton_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs || (kwnames && kwnames->size)) {
    throw_type_error(std::string(type->name->view()) + " takes no arguments");
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
  none_type.new_instance = singleton_new<none_value>;
  init_static_type(&none_type, "NoneType", nullptr, sizeof(NoneObject), 0);
  none_object.type = &none_type;

  not_implemented_type.repr = not_implemented_repr;
  not_implemented_type.new_instance = singleton_new<not_implemented_value>;
  init_static_type(&not_implemented_type, "NotImplementedType", nullptr, sizeof(Object), 0);
  not_implemented_object.type = &not_implemented_type;

  ellipsis_type.repr = ellipsis_repr;
  ellipsis_type.new_instance = singleton_new<ellipsis_value>;
  init_static_type(&ellipsis_type, "ellipsis", nullptr, sizeof(Object), 0);
  ellipsis_object.type = &ellipsis_type;
}

}  // namespace krait
