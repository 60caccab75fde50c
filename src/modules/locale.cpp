// The `_locale` module beneath the stdlib's locale and gettext: the C
// library's setlocale, localeconv, nl_langinfo, collation and message
// catalogues. Also the process's locale at start-up, as CPython sets it.
#include "modules/locale.h"

#include <langinfo.h>
#include <libintl.h>
#include <locale.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <cwchar>
#include <string>
#include <vector>

#include "modules/io_files.h"
#include "objects/bytes.h"
#include "objects/class.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/unicode.h"

namespace krait {

void init_process_locale(bool use_environment) {
  // LC_CTYPE comes from the environment; the C and POSIX locales are coerced
  // to C.UTF-8 (PEP 538), which child processes inherit through LC_CTYPE.
  std::setlocale(LC_CTYPE, "");
  const char* current = std::setlocale(LC_CTYPE, nullptr);
  std::string name = current ? current : "C";
  const char* coerce = use_environment ? std::getenv("PYTHONCOERCECLOCALE") : nullptr;
  bool disabled = coerce && std::string_view(coerce) == "0";
  const char* all = std::getenv("LC_ALL");
  if ((name == "C" || name == "POSIX") && !disabled && !(all && *all)) {
    if (std::setlocale(LC_CTYPE, "C.UTF-8")) {
      setenv("LC_CTYPE", "C.UTF-8", 1);
      if (coerce && std::string_view(coerce) == "warn") {
        std::fputs("Python detected LC_CTYPE=C: LC_CTYPE coerced to C.UTF-8 (set another "
                   "locale or PYTHONCOERCECLOCALE=0 to disable this locale coercion "
                   "behavior).\n",
                   stderr);
      }
    }
  }
}

namespace {

Type* locale_error = nullptr;

// Text the C library gives in the locale's encoding: decoded as CPython's
// PyUnicode_DecodeLocale does (the current LC_CTYPE's multibyte conversion,
// undecodable bytes as surrogate escapes).
Value locale_text(const char* text) {
  std::string_view bytes(text ? text : "");
  std::mbstate_t state{};
  std::string utf8;
  for (size_t pos = 0; pos < bytes.size();) {
    wchar_t wide;
    size_t used = std::mbrtowc(&wide, bytes.data() + pos, bytes.size() - pos, &state);
    if (used == static_cast<size_t>(-1) || used == static_cast<size_t>(-2)) {
      unicode::append_utf8(utf8, 0xDC00 + static_cast<unsigned char>(bytes[pos]));
      state = std::mbstate_t{};
      ++pos;
      continue;
    }
    unicode::append_utf8(utf8, static_cast<char32_t>(wide));
    pos += used ? used : 1;
  }
  return str_value(utf8);
}

// A str argument as the locale's multibyte text (PyUnicode_EncodeLocale).
std::string locale_bytes(Str* text) {
  std::string out;
  std::mbstate_t state{};
  std::string_view view = text->view();
  for (size_t pos = 0; pos < view.size();) {
    char32_t cp = unicode::decode_utf8(view, pos);
    if (cp >= 0xDC80 && cp <= 0xDCFF) {
      out += static_cast<char>(cp - 0xDC00);
      continue;
    }
    char buffer[MB_LEN_MAX];
    size_t n = std::wcrtomb(buffer, static_cast<wchar_t>(cp), &state);
    if (n == static_cast<size_t>(-1)) {
      raise(&exc_UnicodeEncodeError, "locale codec can't encode character");
    }
    out.append(buffer, n);
  }
  return out;
}

std::wstring wide_text(Str* text) {
  std::wstring wide;
  std::string_view view = text->view();
  for (size_t pos = 0; pos < view.size();) {
    wide += static_cast<wchar_t>(unicode::decode_utf8(view, pos));
  }
  if (wide.find(L'\0') != std::wstring::npos) throw_value_error("embedded null character");
  return wide;
}

int category_argument(Value value) {
  int64_t category = index_as_long(value);
  if (category < INT_MIN || category > INT_MAX) {
    throw_overflow_error("signed integer is greater than maximum");
  }
  return static_cast<int>(category);
}

Value locale_setlocale(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"setlocale", {"category", "locale"}, 1, 2}, args, nargs, kwnames, bound);
  int category = category_argument(bound[0]);
  const char* result;
  if (bound[1].is_null() || is_none(bound[1])) {
    result = std::setlocale(category, nullptr);
    if (!result) raise(locale_error, "locale query failed");
  } else {
    if (!is_str(bound[1])) {
      throw_type_error("setlocale() argument 2 must be str or None, not " + type_name(bound[1]));
    }
    std::string name(bound[1].as<Str>()->view());
    if (name.find('\0') != std::string::npos) throw_value_error("embedded null character");
    result = std::setlocale(category, name.c_str());
    if (!result) raise(locale_error, "unsupported locale setting");
  }
  return locale_text(result);
}

Value grouping_list(const char* grouping) {
  List* list = make_list();
  if (!grouping) return Value::from_object(list);
  for (const char* p = grouping; *p; ++p) {
    list_append(list, make_int(static_cast<unsigned char>(*p) == CHAR_MAX ? CHAR_MAX : *p));
    if (static_cast<unsigned char>(*p) == CHAR_MAX) break;
  }
  // An unterminated list repeats its last size: CPython shows the 0 that says so.
  if (*grouping && static_cast<unsigned char>(grouping[std::strlen(grouping) - 1]) != CHAR_MAX) {
    list_append(list, make_int(0));
  }
  return Value::from_object(list);
}

Value locale_localeconv(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("localeconv", kwnames);
  check_positional("localeconv", nargs, 0, 0);
  const lconv* conv = localeconv();
  Dict* result = make_dict();
  auto text = [&](const char* key, const char* value) {
    dict_set_str(result, intern(key), locale_text(value));
  };
  auto number = [&](const char* key, char value) {
    dict_set_str(result, intern(key), make_int(static_cast<unsigned char>(value) == CHAR_MAX
                                                   ? CHAR_MAX
                                                   : value));
  };
  text("int_curr_symbol", conv->int_curr_symbol);
  text("currency_symbol", conv->currency_symbol);
  text("mon_decimal_point", conv->mon_decimal_point);
  text("mon_thousands_sep", conv->mon_thousands_sep);
  dict_set_str(result, intern("mon_grouping"), grouping_list(conv->mon_grouping));
  text("positive_sign", conv->positive_sign);
  text("negative_sign", conv->negative_sign);
  number("int_frac_digits", conv->int_frac_digits);
  number("frac_digits", conv->frac_digits);
  number("p_cs_precedes", conv->p_cs_precedes);
  number("p_sep_by_space", conv->p_sep_by_space);
  number("n_cs_precedes", conv->n_cs_precedes);
  number("n_sep_by_space", conv->n_sep_by_space);
  number("p_sign_posn", conv->p_sign_posn);
  number("n_sign_posn", conv->n_sign_posn);
  text("decimal_point", conv->decimal_point);
  text("thousands_sep", conv->thousands_sep);
  dict_set_str(result, intern("grouping"), grouping_list(conv->grouping));
  return Value::from_object(result);
}

Value locale_strcoll(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("strcoll", kwnames);
  check_positional("strcoll", nargs, 2, 2);
  for (size_t i = 0; i < 2; ++i) {
    if (!is_str(args[i])) {
      throw_type_error("strcoll() argument " + std::to_string(i + 1) + " must be str, not " +
                       type_name(args[i]));
    }
  }
  std::wstring a = wide_text(args[0].as<Str>()), b = wide_text(args[1].as<Str>());
  return make_int(std::wcscoll(a.c_str(), b.c_str()));
}

Value locale_strxfrm(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("strxfrm", kwnames);
  check_positional("strxfrm", nargs, 1, 1);
  if (!is_str(args[0])) {
    throw_type_error("strxfrm() argument must be str, not " + type_name(args[0]));
  }
  std::wstring text = wide_text(args[0].as<Str>());
  size_t needed = std::wcsxfrm(nullptr, text.c_str(), 0);
  std::vector<wchar_t> buffer(needed + 1);
  std::wcsxfrm(buffer.data(), text.c_str(), buffer.size());
  std::string utf8;
  for (size_t i = 0; i < needed; ++i) unicode::append_utf8(utf8, static_cast<char32_t>(buffer[i]));
  return str_value(utf8);
}

struct LangInfoName {
  const char* name;
  nl_item item;
};

const LangInfoName kLangInfo[] = {
    {"CODESET", CODESET}, {"D_T_FMT", D_T_FMT}, {"D_FMT", D_FMT}, {"T_FMT", T_FMT},
    {"T_FMT_AMPM", T_FMT_AMPM}, {"AM_STR", AM_STR}, {"PM_STR", PM_STR},
    {"DAY_1", DAY_1}, {"DAY_2", DAY_2}, {"DAY_3", DAY_3}, {"DAY_4", DAY_4}, {"DAY_5", DAY_5},
    {"DAY_6", DAY_6}, {"DAY_7", DAY_7}, {"ABDAY_1", ABDAY_1}, {"ABDAY_2", ABDAY_2},
    {"ABDAY_3", ABDAY_3}, {"ABDAY_4", ABDAY_4}, {"ABDAY_5", ABDAY_5}, {"ABDAY_6", ABDAY_6},
    {"ABDAY_7", ABDAY_7}, {"MON_1", MON_1}, {"MON_2", MON_2}, {"MON_3", MON_3},
    {"MON_4", MON_4}, {"MON_5", MON_5}, {"MON_6", MON_6}, {"MON_7", MON_7}, {"MON_8", MON_8},
    {"MON_9", MON_9}, {"MON_10", MON_10}, {"MON_11", MON_11}, {"MON_12", MON_12},
    {"ABMON_1", ABMON_1}, {"ABMON_2", ABMON_2}, {"ABMON_3", ABMON_3}, {"ABMON_4", ABMON_4},
    {"ABMON_5", ABMON_5}, {"ABMON_6", ABMON_6}, {"ABMON_7", ABMON_7}, {"ABMON_8", ABMON_8},
    {"ABMON_9", ABMON_9}, {"ABMON_10", ABMON_10}, {"ABMON_11", ABMON_11},
    {"ABMON_12", ABMON_12}, {"RADIXCHAR", RADIXCHAR}, {"THOUSEP", THOUSEP},
    {"YESEXPR", YESEXPR}, {"NOEXPR", NOEXPR}, {"CRNCYSTR", CRNCYSTR}, {"ERA", ERA},
    {"ERA_D_FMT", ERA_D_FMT}, {"ERA_D_T_FMT", ERA_D_T_FMT}, {"ERA_T_FMT", ERA_T_FMT},
    {"ALT_DIGITS", ALT_DIGITS}, {"_DATE_FMT", _DATE_FMT},
};

Value locale_nl_langinfo(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("nl_langinfo", kwnames);
  check_positional("nl_langinfo", nargs, 1, 1);
  int key = category_argument(args[0]);
  for (const LangInfoName& entry : kLangInfo) {
    if (entry.item == key) return locale_text(nl_langinfo(entry.item));
  }
  throw_value_error("unsupported langinfo constant");
}

Value locale_getencoding(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("getencoding", kwnames);
  check_positional("getencoding", nargs, 0, 0);
  const char* codeset = nl_langinfo(CODESET);
  // CPython reports the C locale's ASCII as UTF-8 when UTF-8 mode is on;
  // the C.UTF-8 coercion at start-up makes that the usual case here.
  return str_value(codeset && *codeset ? codeset : "UTF-8");
}

// An optional domain argument (None: the current domain).
std::string optional_text(Value value, const char* function, int position, bool& given) {
  given = false;
  if (value.is_null() || is_none(value)) return {};
  if (!is_str(value)) {
    throw_type_error(std::string(function) + "() argument " + std::to_string(position) +
                     " must be str or None, not " + type_name(value));
  }
  given = true;
  return locale_bytes(value.as<Str>());
}

std::string required_text(Value value, const char* function, int position) {
  if (!is_str(value)) {
    throw_type_error(std::string(function) + "() argument " + std::to_string(position) +
                     " must be str, not " + type_name(value));
  }
  return locale_bytes(value.as<Str>());
}

Value locale_gettext(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("gettext", kwnames);
  check_positional("gettext", nargs, 1, 1);
  std::string message = required_text(args[0], "gettext", 1);
  return locale_text(gettext(message.c_str()));
}

Value locale_dgettext(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("dgettext", kwnames);
  check_positional("dgettext", nargs, 2, 2);
  bool has_domain;
  std::string domain = optional_text(args[0], "dgettext", 1, has_domain);
  std::string message = required_text(args[1], "dgettext", 2);
  return locale_text(dgettext(has_domain ? domain.c_str() : nullptr, message.c_str()));
}

Value locale_dcgettext(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("dcgettext", kwnames);
  check_positional("dcgettext", nargs, 3, 3);
  bool has_domain;
  std::string domain = optional_text(args[0], "dcgettext", 1, has_domain);
  std::string message = required_text(args[1], "dcgettext", 2);
  int category = category_argument(args[2]);
  return locale_text(
      dcgettext(has_domain ? domain.c_str() : nullptr, message.c_str(), category));
}

Value locale_textdomain(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("textdomain", kwnames);
  check_positional("textdomain", nargs, 1, 1);
  bool has_domain;
  std::string domain = optional_text(args[0], "textdomain", 1, has_domain);
  errno = 0;
  const char* result = textdomain(has_domain ? domain.c_str() : nullptr);
  if (!result) raise_errno(errno);
  return locale_text(result);
}

Value locale_bindtextdomain(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("bindtextdomain", kwnames);
  check_positional("bindtextdomain", nargs, 2, 2);
  std::string domain = required_text(args[0], "bindtextdomain", 1);
  if (domain.empty()) throw_value_error("empty string");
  bool has_directory;
  std::string directory;
  if (!is_none(args[1])) {
    Value path = args[1];
    if (!is_str(path) && !is_bytes(path)) {
      Value fspath = call_special(path, intern("__fspath__"), {});
      if (fspath.is_null()) {
        throw_type_error("expected str, bytes or os.PathLike object, not " + type_name(path));
      }
      path = fspath;
    }
    directory = is_bytes(path) ? std::string(path.as<Bytes>()->view()) : locale_bytes(path.as<Str>());
    has_directory = true;
  } else {
    has_directory = false;
  }
  errno = 0;
  const char* result =
      bindtextdomain(domain.c_str(), has_directory ? directory.c_str() : nullptr);
  if (!result) raise_errno(errno ? errno : ENOMEM);
  return locale_text(result);
}

Value locale_bind_textdomain_codeset(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("bind_textdomain_codeset", kwnames);
  check_positional("bind_textdomain_codeset", nargs, 2, 2);
  std::string domain = required_text(args[0], "bind_textdomain_codeset", 1);
  bool has_codeset;
  std::string codeset = optional_text(args[1], "bind_textdomain_codeset", 2, has_codeset);
  errno = 0;
  const char* result =
      bind_textdomain_codeset(domain.c_str(), has_codeset ? codeset.c_str() : nullptr);
  if (!result) {
    if (errno) raise_errno(errno);
    return none();
  }
  return locale_text(result);
}

}  // namespace

Module* create_locale_module() {
  static Module* module = nullptr;
  if (module) return module;
  module = make_module(intern("_locale"));
  add_functions(module, {
      {"setlocale", locale_setlocale, kMethodInstance,
       "Set the locale of a category, or (locale None) report it."},
      {"localeconv", locale_localeconv, kMethodInstance,
       "The numeric and monetary conventions of the current locale, as a dict."},
      {"strcoll", locale_strcoll, kMethodInstance, "Compare two strings by the locale's collation."},
      {"strxfrm", locale_strxfrm, kMethodInstance,
       "A string whose plain comparison orders as the locale collates the original."},
      {"nl_langinfo", locale_nl_langinfo, kMethodInstance,
       "A piece of the locale's information (a date format, a day name, the codeset...)."},
      {"getencoding", locale_getencoding, kMethodInstance,
       "The encoding of the current locale."},
      {"gettext", locale_gettext, kMethodInstance, "The translation of a message."},
      {"dgettext", locale_dgettext, kMethodInstance, "The translation of a message in a domain."},
      {"dcgettext", locale_dcgettext, kMethodInstance,
       "The translation of a message in a domain and category."},
      {"textdomain", locale_textdomain, kMethodInstance,
       "Set the current message domain, or (None) report it."},
      {"bindtextdomain", locale_bindtextdomain, kMethodInstance,
       "Set the folder of a domain's catalogues, or (None) report it."},
      {"bind_textdomain_codeset", locale_bind_textdomain_codeset, kMethodInstance,
       "Set the encoding of a domain's translations, or (None) report it."},
  });
  add_int_constants(module, {
      {"LC_CTYPE", LC_CTYPE}, {"LC_COLLATE", LC_COLLATE}, {"LC_TIME", LC_TIME},
      {"LC_MONETARY", LC_MONETARY}, {"LC_NUMERIC", LC_NUMERIC}, {"LC_ALL", LC_ALL},
      {"LC_MESSAGES", LC_MESSAGES}, {"CHAR_MAX", CHAR_MAX}});
  for (const LangInfoName& entry : kLangInfo) {
    dict_set_str(module->dict, intern(entry.name), make_int(entry.item));
  }
  locale_error = make_exception_class("locale.Error", &exc_Exception);
  dict_set_str(module->dict, intern("Error"), Value::from_object(locale_error));
  dict_set_str(module->dict, intern("__doc__"), str_value("The C library's locale support."));
  return module;
}

}  // namespace krait
