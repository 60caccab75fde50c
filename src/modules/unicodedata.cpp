// The `unicodedata` module: the Unicode character database as CPython 3.11
// exposes it (Unicode 14.0), answered by ICU with the characters ICU knows
// from later versions masked out (runtime/unicode.h).
//
// `ucd_3_2_0` (used by IDNA and stringprep) is a UCD object that answers for
// the characters Unicode 3.2 had assigned, with 3.2's own category,
// bidirectional class, width, mirrored flag and decimal value where those
// changed since, and 3.2's decompositions of the characters whose mapping
// Unicode later corrected (unicodedata_3_2_0.inc, generated from CPython's
// database).
#include "modules/unicodedata.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <iterator>
#include <cstdio>
#include <string>

#include "compiler/string_parser.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/unicode.h"

namespace krait {

namespace {

// A database of one Unicode version: the module's (14.0) or ucd_3_2_0.
struct UnicodeDatabase : Object {
  bool version_3_2;
};

Type ucd_type;
UnicodeDatabase* ucd_3_2_0 = nullptr;

struct CodePointRange {
  char32_t first, last;
};
// A character whose properties Unicode 3.2 gave differently from 14.0.
struct Change_3_2 {
  char32_t cp;
  const char* category;
  const char* bidirectional;
  const char* east_asian_width;
  int mirrored;
  int decimal;  // -1: none
};
// A decomposition corrected after 3.2: `cp` decomposed to `mapping` then.
struct Correction_3_2 {
  char32_t cp, mapping;
};
#include "modules/unicodedata_3_2_0.inc"

bool is_version_3_2(Value self) {
  return self.is_object() && self.as_object()->type == &ucd_type &&
         static_cast<UnicodeDatabase*>(self.as_object())->version_3_2;
}

bool unassigned_in_3_2(char32_t cp) {
  const CodePointRange* range =
      std::upper_bound(std::begin(kAssigned_3_2), std::end(kAssigned_3_2), cp,
                       [](char32_t c, const CodePointRange& r) { return c < r.first; });
  return range == std::begin(kAssigned_3_2) || cp > (range - 1)->last;
}

// Whether the database of `self` has `cp` assigned; the others are Cn.
bool assigned(Value self, char32_t cp) {
  if (is_version_3_2(self)) return !unassigned_in_3_2(cp);
  // Noncharacters have an age in ICU but no properties.
  if (u_charType(static_cast<UChar32>(cp)) == U_UNASSIGNED) return false;
  return unicode::known_to_cpython(cp);
}

// Unicode 3.2's own values for `cp` when they differ from 14.0's, else null.
const Change_3_2* change_3_2(Value self, char32_t cp) {
  if (!is_version_3_2(self)) return nullptr;
  const Change_3_2* change = std::lower_bound(
      std::begin(kChanges_3_2), std::end(kChanges_3_2), cp,
      [](const Change_3_2& c, char32_t code) { return c.cp < code; });
  return change != std::end(kChanges_3_2) && change->cp == cp ? change : nullptr;
}

// The one character of a str argument; `function` and `argument` shape the
// TypeError as CPython's clinic does ("name() argument 1 must be a unicode
// character, not str", "category() argument must be …").
char32_t character_argument(Value value, const char* function, const char* argument) {
  if (!is_str(value) || value.as<Str>()->length != 1) {
    throw_type_error(std::string(function) + "() argument " + argument +
                     "must be a unicode character, not " + type_name(value));
  }
  size_t pos = 0;
  return unicode::decode_utf8(value.as<Str>()->view(), pos);
}

// The functions of one argument: "unicodedata.category() takes exactly one argument".
char32_t only_character(const char* function, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string qualified = std::string("unicodedata.") + function;
  reject_keywords(qualified.c_str(), kwnames);
  check_positional(qualified.c_str(), nargs, 1, 1);
  return character_argument(args[0], function, "");
}

Value property_name(UProperty property, int32_t value) {
  const char* name = u_getPropertyValueName(property, value, U_SHORT_PROPERTY_NAME);
  return str_value(name ? name : "");
}

Value ucd_category(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  char32_t cp = only_character("category", args, nargs, kwnames);
  if (!assigned(self, cp)) return str_value("Cn");
  if (const Change_3_2* change = change_3_2(self, cp)) return str_value(change->category);
  return property_name(UCHAR_GENERAL_CATEGORY, u_charType(static_cast<UChar32>(cp)));
}

Value ucd_bidirectional(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  char32_t cp = only_character("bidirectional", args, nargs, kwnames);
  if (!assigned(self, cp)) return str_value("");
  if (const Change_3_2* change = change_3_2(self, cp)) return str_value(change->bidirectional);
  return property_name(UCHAR_BIDI_CLASS, u_charDirection(static_cast<UChar32>(cp)));
}

Value ucd_combining(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  char32_t cp = only_character("combining", args, nargs, kwnames);
  if (!assigned(self, cp)) return make_int(0);
  return make_int(u_getCombiningClass(static_cast<UChar32>(cp)));
}

Value ucd_east_asian_width(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  char32_t cp = only_character("east_asian_width", args, nargs, kwnames);
  // CPython's record for a character it does not know says 'F'.
  if (!assigned(self, cp)) return str_value("F");
  if (const Change_3_2* change = change_3_2(self, cp)) return str_value(change->east_asian_width);
  return property_name(UCHAR_EAST_ASIAN_WIDTH,
                       u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH));
}

Value ucd_mirrored(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  char32_t cp = only_character("mirrored", args, nargs, kwnames);
  if (const Change_3_2* change = change_3_2(self, cp)) return make_int(change->mirrored);
  return make_int(assigned(self, cp) && u_isMirrored(static_cast<UChar32>(cp)) ? 1 : 0);
}

// The tags of decomposition(), by ICU's UDecompositionType (canonical: none).
const char* decomposition_tag(int32_t type) {
  switch (type) {
    case U_DT_COMPAT: return "<compat>";
    case U_DT_CIRCLE: return "<circle>";
    case U_DT_FINAL: return "<final>";
    case U_DT_FONT: return "<font>";
    case U_DT_FRACTION: return "<fraction>";
    case U_DT_INITIAL: return "<initial>";
    case U_DT_ISOLATED: return "<isolated>";
    case U_DT_MEDIAL: return "<medial>";
    case U_DT_NARROW: return "<narrow>";
    case U_DT_NOBREAK: return "<noBreak>";
    case U_DT_SMALL: return "<small>";
    case U_DT_SQUARE: return "<square>";
    case U_DT_SUB: return "<sub>";
    case U_DT_SUPER: return "<super>";
    case U_DT_VERTICAL: return "<vertical>";
    case U_DT_WIDE: return "<wide>";
    default: return nullptr;
  }
}

Value ucd_decomposition(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  char32_t cp = only_character("decomposition", args, nargs, kwnames);
  // Hangul syllables decompose by algorithm; the database lists no mapping.
  if (!assigned(self, cp) || (cp >= 0xAC00 && cp <= 0xD7A3)) return str_value("");
  int32_t type = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_DECOMPOSITION_TYPE);
  if (type == U_DT_NONE) return str_value("");
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = type == U_DT_CANONICAL
                                           ? icu::Normalizer2::getNFCInstance(status)
                                           : icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString mapping;
  if (U_FAILURE(status) || !normalizer->getRawDecomposition(static_cast<UChar32>(cp), mapping)) {
    return str_value("");
  }
  std::string text;
  if (const char* tag = decomposition_tag(type)) text = tag;
  for (int32_t i = 0; i < mapping.length(); i = mapping.moveIndex32(i, 1)) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(mapping.char32At(i)));
    if (!text.empty()) text += ' ';
    text += hex;
  }
  return str_value(text);
}

// decimal/digit/numeric(chr, default=<none>, /): the value, else the default,
// else ValueError `missing`.
enum class NumberKind { kDecimal, kDigit, kNumeric };

Value number_property(Value self, const Value* args, size_t nargs, Tuple* kwnames,
                      const char* function, NumberKind kind, const char* missing) {
  reject_keywords(function, kwnames);
  check_positional(function, nargs, 1, 2);
  char32_t cp = character_argument(args[0], function, "1 ");
  int32_t type = assigned(self, cp)
                     ? u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_NUMERIC_TYPE)
                     : U_NT_NONE;
  const Change_3_2* change = kind == NumberKind::kDecimal ? change_3_2(self, cp) : nullptr;
  if (change) {
    if (change->decimal >= 0) return make_int(change->decimal);
    if (nargs == 2) return args[1];
    throw_value_error(missing);
  }
  bool has = kind == NumberKind::kDecimal ? type == U_NT_DECIMAL
             : kind == NumberKind::kDigit ? type == U_NT_DECIMAL || type == U_NT_DIGIT
                                          : type != U_NT_NONE;
  if (!has) {
    if (nargs == 2) return args[1];
    throw_value_error(missing);
  }
  double value = u_getNumericValue(static_cast<UChar32>(cp));
  if (kind == NumberKind::kNumeric) return make_float(value);
  return make_int(static_cast<int64_t>(value));
}

Value ucd_decimal(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return number_property(self, args, nargs, kwnames, "decimal", NumberKind::kDecimal,
                         "not a decimal");
}

Value ucd_digit(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return number_property(self, args, nargs, kwnames, "digit", NumberKind::kDigit, "not a digit");
}

Value ucd_numeric(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return number_property(self, args, nargs, kwnames, "numeric", NumberKind::kNumeric,
                         "not a numeric character");
}

Value ucd_name(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("name", kwnames);
  check_positional("name", nargs, 1, 2);
  char32_t cp = character_argument(args[0], "name", "1 ");
  if (assigned(self, cp)) {
    char buffer[256];
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = u_charName(static_cast<UChar32>(cp), U_UNICODE_CHAR_NAME, buffer,
                                sizeof buffer, &status);
    std::string_view found(buffer, U_SUCCESS(status) && length > 0 ? length : 0);
    // CPython 3.11's database gives the Tangut ideographs, a range in
    // UnicodeData.txt, no names; ICU makes them up as it does for CJK.
    if (!found.empty() && found.substr(0, 17) != "TANGUT IDEOGRAPH-") return str_value(found);
  }
  if (nargs == 2) return args[1];
  throw_value_error("no such name");
}

Value ucd_lookup(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("unicodedata.lookup", kwnames);
  check_positional("unicodedata.lookup", nargs, 1, 1);
  std::string_view name;
  if (is_str(args[0])) {
    name = args[0].as<Str>()->view();
  } else if (is_bytes(args[0])) {
    name = args[0].as<Bytes>()->view();
  } else if (is_bytearray(args[0])) {
    throw_type_error("lookup() argument must be read-only bytes-like object, not bytearray");
  } else {
    throw_type_error("a bytes-like object is required, not '" + type_name(args[0]) + "'");
  }
  if (name.size() > 256) throw_key_error(str_value("name too long"));
  char32_t cp = lookup_character_name(name);
  if (cp == unicode::kInvalid || !assigned(self, cp)) {
    throw_key_error(str_value("undefined character name '" + std::string(name) + "'"));
  }
  return Value::from_object(str_from_code_point(cp));
}

// The normalisation form named by normalize()'s first argument.
unicode::NormalForm form_argument(const char* function, const Value* args, size_t nargs,
                                  Tuple* kwnames) {
  std::string qualified = std::string(function);
  reject_keywords(function, kwnames);
  check_positional(function, nargs, 2, 2);
  for (int i = 0; i < 2; ++i) {
    if (!is_str(args[i])) {
      throw_type_error(qualified + "() argument " + std::to_string(i + 1) + " must be str, not " +
                       type_name(args[i]));
    }
  }
  std::string_view form = args[0].as<Str>()->view();
  if (form == "NFC") return unicode::NormalForm::kNFC;
  if (form == "NFD") return unicode::NormalForm::kNFD;
  if (form == "NFKC") return unicode::NormalForm::kNFKC;
  if (form == "NFKD") return unicode::NormalForm::kNFKD;
  throw_value_error("invalid normalization form");
}

std::string normalized(Value self, std::string_view text, unicode::NormalForm form) {
  if (!is_version_3_2(self)) return unicode::normalize(text, form);
  // The decompositions corrected since 3.2 map one character to another:
  // 3.2's target, normalised, is 3.2's answer.
  std::string before_corrections;
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp = unicode::decode_utf8(text, pos);
    for (const Correction_3_2& correction : kDecompositions_3_2) {
      if (correction.cp == cp) cp = correction.mapping;
    }
    unicode::append_utf8(before_corrections, cp);
  }
  return unicode::normalize(before_corrections, form, unassigned_in_3_2);
}

Value ucd_normalize(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  unicode::NormalForm form = form_argument("normalize", args, nargs, kwnames);
  Str* text = args[1].as<Str>();
  std::string normal = normalized(self, text->view(), form);
  if (normal == text->view() && is_exact_str(args[1])) return args[1];
  return str_value(normal);
}

Value ucd_is_normalized(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  unicode::NormalForm form = form_argument("is_normalized", args, nargs, kwnames);
  std::string_view text = args[1].as<Str>()->view();
  return make_bool(normalized(self, text, form) == text);
}

const MethodDef kDatabaseFunctions[] = {
    {"decimal", ucd_decimal, kMethodInstance,
     "The decimal value of the character, else default (ValueError without one)."},
    {"digit", ucd_digit, kMethodInstance,
     "The digit value of the character, else default (ValueError without one)."},
    {"numeric", ucd_numeric, kMethodInstance,
     "The numeric value of the character as a float, else default."},
    {"category", ucd_category, kMethodInstance,
     "The character's general category, such as 'Lu'."},
    {"bidirectional", ucd_bidirectional, kMethodInstance,
     "The character's bidirectional class, such as 'L' (empty when unassigned)."},
    {"combining", ucd_combining, kMethodInstance,
     "The character's canonical combining class (0 when none)."},
    {"east_asian_width", ucd_east_asian_width, kMethodInstance,
     "The character's East Asian width, such as 'W' or 'Na'."},
    {"mirrored", ucd_mirrored, kMethodInstance,
     "1 when the character is mirrored in bidirectional text, else 0."},
    {"decomposition", ucd_decomposition, kMethodInstance,
     "The character's decomposition: an optional <tag> and hex code points."},
    {"is_normalized", ucd_is_normalized, kMethodInstance,
     "Whether the string is already in normal form NFC, NFD, NFKC or NFKD."},
    {"normalize", ucd_normalize, kMethodInstance,
     "The string in normal form NFC, NFD, NFKC or NFKD."},
    {"name", ucd_name, kMethodInstance,
     "The character's name, else default (ValueError without one)."},
    {"lookup", ucd_lookup, kMethodInstance, "The character with the given name or alias (KeyError when none)."},
};

Value ucd_unidata_version(Value self) {
  return str_value(is_version_3_2(self) ? "3.2.0" : "14.0.0");
}

void init_ucd_type() {
  static bool ready = false;
  if (ready) return;
  ready = true;
  init_static_type(&ucd_type, "unicodedata.UCD", nullptr, sizeof(UnicodeDatabase), 0);
  for (const MethodDef& def : kDatabaseFunctions) add_methods(&ucd_type, {def});
  add_getsets(&ucd_type, {{"unidata_version", ucd_unidata_version}});
  ucd_type.new_instance = nullptr;  // only the module makes databases
  ucd_3_2_0 = static_cast<UnicodeDatabase*>(allocate_instance(&ucd_type));
  ucd_3_2_0->version_3_2 = true;
}

}  // namespace

Module* create_unicodedata_module() {
  static Module* module = nullptr;
  if (module) return module;
  init_ucd_type();
  module = make_module(intern("unicodedata"));
  for (const MethodDef& def : kDatabaseFunctions) add_functions(module, {def});
  dict_set_str(module->dict, intern("unidata_version"), str_value("14.0.0"));
  dict_set_str(module->dict, intern("UCD"), Value::from_object(&ucd_type));
  dict_set_str(module->dict, intern("ucd_3_2_0"), Value::from_object(ucd_3_2_0));
  dict_set_str(module->dict, intern("__doc__"),
               str_value("The Unicode character database (Unicode 14.0.0): the properties of\n"
                         "every character, its name, and the normalisation forms."));
  return module;
}

}  // namespace krait
