#include "objects/float.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string_view>

namespace krait {

namespace {

std::string format_shortest(double x, bool add_dot_zero) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";

  // std::to_chars in scientific form gives the shortest round-tripping digits
  // ("d.ddde±XX"); Python's layout is then decided from the decimal exponent.
  char buf[64];
  auto result = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  std::string_view sci(buf, static_cast<size_t>(result.ptr - buf));

  std::string out;
  size_t pos = 0;
  if (sci[0] == '-') {
    out.push_back('-');
    pos = 1;
  }
  size_t e = sci.find('e');
  std::string digits;
  for (size_t i = pos; i < e; ++i) {
    if (sci[i] != '.') digits.push_back(sci[i]);
  }
  int exponent = std::atoi(std::string(sci.substr(e + 1)).c_str());
  // decpt: the position of the decimal point relative to the digit string.
  int decpt = exponent + 1;
  int ndigits = static_cast<int>(digits.size());

  if (decpt <= -4 || decpt > 16) {
    out.push_back(digits[0]);
    if (ndigits > 1) {
      out.push_back('.');
      out.append(digits, 1, std::string::npos);
    }
    int shown = decpt - 1;
    out.push_back('e');
    out.push_back(shown < 0 ? '-' : '+');
    int magnitude = shown < 0 ? -shown : shown;
    if (magnitude < 10) out.push_back('0');
    out.append(std::to_string(magnitude));
    return out;
  }
  if (decpt <= 0) {
    out.append("0.");
    out.append(static_cast<size_t>(-decpt), '0');
    out.append(digits);
    return out;
  }
  if (decpt >= ndigits) {
    out.append(digits);
    out.append(static_cast<size_t>(decpt - ndigits), '0');
    if (add_dot_zero) out.append(".0");
    return out;
  }
  out.append(digits, 0, static_cast<size_t>(decpt));
  out.push_back('.');
  out.append(digits, static_cast<size_t>(decpt), std::string::npos);
  return out;
}

}  // namespace

std::string float_repr(double x) { return format_shortest(x, true); }

std::string float_repr_no_dot_zero(double x) { return format_shortest(x, false); }

}  // namespace krait
