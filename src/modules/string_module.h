// The built-in module `_string` (CPython's string helpers for
// string.Formatter): formatter_parser and formatter_field_name_split.
#pragma once

namespace krait {

struct Module;
Module* create_string_module();

}  // namespace krait
