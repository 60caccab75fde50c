// The str type's text algorithms that do not need the object model (yet):
// repr() of str and bytes values, byte for byte as CPython 3.11.
#pragma once

#include <string>
#include <string_view>

namespace krait {

// repr() of the str whose UTF-8 form is `utf8` (surrogates may appear as
// their 3-byte forms): quotes chosen as CPython does ('...' unless the text
// holds ' and no "), backslash escapes for \\, the quote, \t \n \r, and
// \xhh / \uhhhh / \Uhhhhhhhh for non-printable characters. Never raises.
std::string str_repr(std::string_view utf8);

// repr() of a bytes value: b'...' with the same quote rule, \xhh for bytes
// outside printable ASCII. Never raises.
std::string bytes_repr(std::string_view bytes);

}  // namespace krait
