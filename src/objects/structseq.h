// Struct sequences: tuple subclasses whose items are also named attributes
// (sys.version_info, sys.flags, time.struct_time, os.stat_result), as
// CPython's PyStructSequence.
//
// An instance holds all its fields inline as a tuple does, but its tuple size
// is only the `visible` leading ones; the rest are reachable by name only
// (struct_time's tm_zone, stat_result's st_atime …).
#pragma once

#include <cstddef>
#include <initializer_list>

#include "runtime/object.h"

namespace krait {

struct StructSeqType : Type {
  size_t visible_count;  // n_sequence_fields
  size_t field_count;    // n_fields
  size_t unnamed_count;  // n_unnamed_fields (all among the visible ones)
  Tuple* field_names;    // every field's name, visible ones first; None when unnamed
  // The named fields' names in order (CPython's tp_members): the repr, the
  // __reduce__ dict and the constructor's dict name field i by
  // member_names[i] for visible fields and member_names[i - unnamed_count]
  // for hidden ones, as CPython does.
  Tuple* member_names;
};

// A new struct sequence type named `dotted_name` ("sys.flags": the part before
// the last dot is its __module__). The first `visible` fields are the tuple
// items (all of them when `visible` is SIZE_MAX); a null name makes an
// unnamed field (os.stat_result's integer times), reachable by index only.
// With `instantiable` false,
// calling the type raises "cannot create 'NAME' instances", as for sys.flags.
// The strings must outlive the type (literals).
StructSeqType* make_struct_sequence_type(const char* dotted_name,
                                         std::initializer_list<const char*> fields,
                                         size_t visible = SIZE_MAX, bool instantiable = true);

// T(sequence, dict=None), the constructor of an instantiable type (for types
// whose own __new__ completes it, as os.stat_result's).
Value struct_sequence_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames);

// A new instance; `values` holds every field (field_count of them).
Value make_struct_sequence(StructSeqType* type, std::initializer_list<Value> values);
Value make_struct_sequence(StructSeqType* type, const Value* values, size_t count);

// Field `index` (visible or not) of an instance.
Value struct_sequence_field(Value instance, size_t index);

}  // namespace krait
