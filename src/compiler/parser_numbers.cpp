// NUMBER tokens to constant values, as CPython's parsenumber(): underscores
// dropped, integers in any base converted to decimal text (GMP for the bases
// other than ten), floats correctly rounded, a trailing 'j' making the value
// imaginary.
#include <charconv>
#include <cstdlib>
#include <string>

#include <gmp.h>

#include "compiler/parser_internal.h"

namespace krait::parser_detail {

namespace {

double to_double(const std::string& text) {
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error == std::errc() && end == text.data() + text.size()) return value;
  // Out of range: strtod rounds to infinity or zero as CPython does.
  return std::strtod(text.c_str(), nullptr);
}

}  // namespace

bool parse_number_literal(std::string_view text, Arena& arena, ConstantValue& out) {
  std::string digits;
  digits.reserve(text.size());
  for (char c : text) {
    if (c != '_') digits += c;
  }
  if (digits.empty()) return false;
  char last = digits.back();
  if (last == 'j' || last == 'J') {
    digits.pop_back();
    out.kind = ConstantValue::Kind::Complex;
    out.number = to_double(digits);
    return true;
  }
  if (digits.size() > 1 && digits[0] == '0') {
    char prefix = static_cast<char>(digits[1] | 0x20);
    int base = prefix == 'x' ? 16 : prefix == 'o' ? 8 : prefix == 'b' ? 2 : 0;
    if (base != 0) {
      mpz_t value;
      if (mpz_init_set_str(value, digits.c_str() + 2, base) != 0) {
        mpz_clear(value);
        return false;
      }
      std::string decimal(mpz_sizeinbase(value, 10) + 2, '\0');
      mpz_get_str(decimal.data(), 10, value);
      mpz_clear(value);
      decimal.resize(std::char_traits<char>::length(decimal.c_str()));
      out.kind = ConstantValue::Kind::Int;
      out.text = Str(arena.copy(decimal));
      return true;
    }
  }
  if (digits.find_first_of(".eE") != std::string::npos) {
    out.kind = ConstantValue::Kind::Float;
    out.number = to_double(digits);
    return true;
  }
  size_t first = digits.find_first_not_of('0');
  std::string_view decimal =
      first == std::string::npos ? std::string_view("0") : std::string_view(digits).substr(first);
  out.kind = ConstantValue::Kind::Int;
  out.text = Str(arena.copy(decimal));
  return true;
}

}  // namespace krait::parser_detail
