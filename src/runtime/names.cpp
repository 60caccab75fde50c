#include "runtime/names.h"

#include "objects/str.h"

namespace krait {

Names names;

void init_names() {
#define KRAIT_NAME(member, text) names.member = intern(text);
#include "runtime/names.def"
#undef KRAIT_NAME
}

}  // namespace krait
