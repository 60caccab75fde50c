// Interned identifiers used by the runtime (names.def), ready after start-up.
#pragma once

namespace krait {

struct Str;

struct Names {
#define KRAIT_NAME(member, text) Str* member;
#include "runtime/names.def"
#undef KRAIT_NAME
};

extern Names names;

// Interns every entry of names.def; called by start-up once str works.
void init_names();

}  // namespace krait
