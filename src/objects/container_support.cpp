#include "objects/container_support.h"

#include "objects/dict.h"
#include "objects/type.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/native.h"

namespace krait {

namespace {

// The containers whose repr is in progress, innermost last.
gc::vector<Object*> repr_in_progress;

}  // namespace

ReprGuard::ReprGuard(Object* object) : object_(object), entered_(true) {
  for (Object* active : repr_in_progress) {
    if (active == object) {
      entered_ = false;
      return;
    }
  }
  repr_in_progress.push_back(object);
}

ReprGuard::~ReprGuard() {
  if (!entered_) return;
  for (size_t i = repr_in_progress.size(); i-- > 0;) {
    if (repr_in_progress[i] == object_) {
      repr_in_progress.erase(repr_in_progress.begin() + static_cast<std::ptrdiff_t>(i));
      return;
    }
  }
}

void make_unhashable(Type* type) {
  type->hash = nullptr;
  dict_set_str(type_dict(type), names.dunder_hash, none());
}

void check_arguments(const char* name, size_t nargs, Tuple* kwnames, size_t min, size_t max) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, min, max);
}

}  // namespace krait
