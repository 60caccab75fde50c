// The methods of str: searching, splitting and joining, stripping, case
// mapping (full Unicode mappings through ICU), character classes, padding,
// translation.
#include <unicode/ucasemap.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/unicode.h"

namespace krait {

namespace {

Str* self_str(Value self) { return self.as<Str>(); }

Str* str_argument(Value v) {
  if (!is_str(v)) throw_type_error("must be str, not " + type_name(v));
  return v.as<Str>();
}

Value wrap(Str* s) { return Value::from_object(s); }

// A piece of `s` between byte offsets.
Str* piece(Str* s, size_t begin, size_t end) {
  std::string_view text = s->view().substr(begin, end - begin);
  return s->is_ascii() ? make_ascii_str(text) : make_str(text);
}

Value copy_of(Str* s) { return wrap(is_exact_str(wrap(s)) ? s : str_substring(s, 0, s->length)); }

// --- The [start, end) arguments of the search methods ---

struct Range {
  int64_t start;  // code points, after adjustment (start may exceed the length)
  int64_t end;
  size_t begin;  // the same in bytes (valid only when start <= end)
  size_t finish;
};

Range parse_range(Str* s, const Value* args, size_t nargs, size_t first) {
  int64_t length = static_cast<int64_t>(s->length);
  Range r{0, length, 0, 0};
  if (nargs > first) slice_index_argument(args[first], r.start);
  if (nargs > first + 1) slice_index_argument(args[first + 1], r.end);
  adjust_range(length, r.start, r.end);
  if (r.start <= r.end) {
    r.begin = str_byte_offset(s, static_cast<size_t>(r.start));
    r.finish = str_byte_offset(s, static_cast<size_t>(r.end));
  }
  return r;
}

// The code-point index of the first (or last) occurrence of `sub` in the range, or -1.
int64_t find_in(Str* s, Str* sub, const Range& r, bool reverse) {
  if (r.end - r.start < static_cast<int64_t>(sub->length)) return -1;
  std::string_view hay = s->view().substr(r.begin, r.finish - r.begin);
  size_t at = reverse ? hay.rfind(sub->view()) : hay.find(sub->view());
  if (at == std::string_view::npos) return -1;
  return static_cast<int64_t>(str_index_of_offset(s, r.begin + at));
}

int64_t find_method(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames,
                    bool reverse) {
  no_keywords("str", name, kwnames);
  takes_arguments(name, nargs, 1, 3);
  Str* s = self_str(self);
  Str* sub = str_argument(args[0]);
  return find_in(s, sub, parse_range(s, args, nargs, 1), reverse);
}

Value str_find(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_int(find_method("find", self, args, nargs, kwnames, false));
}

Value str_rfind(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_int(find_method("rfind", self, args, nargs, kwnames, true));
}

Value str_index(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t at = find_method("index", self, args, nargs, kwnames, false);
  if (at < 0) throw_value_error("substring not found");
  return make_int(at);
}

Value str_rindex(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t at = find_method("rindex", self, args, nargs, kwnames, true);
  if (at < 0) throw_value_error("substring not found");
  return make_int(at);
}

Value str_count(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_keywords("str", "count", kwnames);
  takes_arguments("count", nargs, 1, 3);
  Str* s = self_str(self);
  Str* sub = str_argument(args[0]);
  Range r = parse_range(s, args, nargs, 1);
  if (r.end - r.start < static_cast<int64_t>(sub->length)) return make_int(0);
  if (sub->size == 0) return make_int(r.end - r.start + 1);
  std::string_view hay = s->view().substr(r.begin, r.finish - r.begin);
  int64_t count = 0;
  for (size_t at = hay.find(sub->view()); at != std::string_view::npos;
       at = hay.find(sub->view(), at + sub->size)) {
    ++count;
  }
  return make_int(count);
}

bool tail_match(Str* s, Str* sub, const Range& r, bool at_end) {
  if (r.end - static_cast<int64_t>(sub->length) < r.start) return false;
  if (sub->size == 0) return true;
  std::string_view hay = s->view().substr(r.begin, r.finish - r.begin);
  if (hay.size() < sub->size) return false;
  return at_end ? hay.substr(hay.size() - sub->size) == sub->view() : hay.substr(0, sub->size) == sub->view();
}

Value starts_or_ends_with(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames,
                          bool at_end) {
  no_keywords("str", name, kwnames);
  takes_arguments(name, nargs, 1, 3);
  Str* s = self_str(self);
  Range r = parse_range(s, args, nargs, 1);
  if (is_tuple(args[0])) {
    Tuple* options = args[0].as<Tuple>();
    for (size_t i = 0; i < options->size; ++i) {
      Value option = (*options)[i];
      if (!is_str(option)) {
        throw_type_error(
            format("tuple for %s must only contain str, not %s", name, type_name(option).c_str()));
      }
      if (tail_match(s, option.as<Str>(), r, at_end)) return make_bool(true);
    }
    return make_bool(false);
  }
  if (!is_str(args[0])) {
    throw_type_error(
        format("%s first arg must be str or a tuple of str, not %s", name, type_name(args[0]).c_str()));
  }
  return make_bool(tail_match(s, args[0].as<Str>(), r, at_end));
}

Value str_startswith(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return starts_or_ends_with("startswith", self, args, nargs, kwnames, false);
}

Value str_endswith(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return starts_or_ends_with("endswith", self, args, nargs, kwnames, true);
}

// --- join ---

Value str_join(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_argument("str.join", nargs, kwnames);
  Str* sep = self_str(self);
  Value iterable = args[0];
  const Value* items;
  size_t count;
  gc::vector<Value> collected;
  if (is_exact_list(iterable)) {
    items = iterable.as<List>()->items;
    count = iterable.as<List>()->size;
  } else if (is_exact_tuple(iterable)) {
    items = iterable.as<Tuple>()->items();
    count = iterable.as<Tuple>()->size;
  } else {
    Type* type = type_of(iterable);
    if (!type->iter && !type->getitem) throw_type_error("can only join an iterable");
    Value iterator = get_iter(iterable);
    for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
      collected.push_back(item);
    }
    items = collected.data();
    count = collected.size();
  }
  if (count == 0) return wrap(empty_str());
  if (count == 1 && is_exact_str(items[0])) return items[0];
  size_t size = sep->size * (count - 1);
  size_t length = sep->length * (count - 1);
  bool ascii = sep->is_ascii();
  for (size_t i = 0; i < count; ++i) {
    if (!is_str(items[i])) {
      throw_type_error(
          format("sequence item %zu: expected str instance, %s found", i, type_name(items[i]).c_str()));
    }
    Str* item = items[i].as<Str>();
    size += item->size;
    length += item->length;
    ascii = ascii && item->is_ascii();
  }
  Str* out = str_new_uninitialized(size);
  char* write = out->data();
  for (size_t i = 0; i < count; ++i) {
    if (i && sep->size) {
      std::memcpy(write, sep->data(), sep->size);
      write += sep->size;
    }
    Str* item = items[i].as<Str>();
    std::memcpy(write, item->data(), item->size);
    write += item->size;
  }
  return wrap(str_finish_known(out, length, ascii));
}

// --- split, rsplit, splitlines, partition ---

struct SplitArguments {
  Str* sep = nullptr;  // null: runs of whitespace
  int64_t maxsplit = -1;
};

SplitArguments parse_split(const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({name, {"sep", "maxsplit"}, 0, 0}, args, nargs, kwnames, bound);
  SplitArguments parsed;
  if (!bound[0].is_null() && !is_none(bound[0])) {
    if (!is_str(bound[0])) throw_type_error("must be str or None, not " + type_name(bound[0]));
    parsed.sep = bound[0].as<Str>();
    if (parsed.sep->size == 0) throw_value_error("empty separator");
  }
  if (!bound[1].is_null()) parsed.maxsplit = index_argument(bound[1]);
  if (parsed.maxsplit < 0) parsed.maxsplit = INT64_MAX;
  return parsed;
}

bool space_at(const char* data, size_t pos, size_t& next) {
  next = pos;
  return is_python_space(next_code_point(data, next));
}

Value str_split(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  SplitArguments a = parse_split("split", args, nargs, kwnames);
  Str* s = self_str(self);
  List* result = make_list();
  const char* data = s->data();
  size_t size = s->size;
  if (a.sep) {
    std::string_view text = s->view();
    size_t begin = 0;
    for (int64_t splits = 0; splits < a.maxsplit; ++splits) {
      size_t at = text.find(a.sep->view(), begin);
      if (at == std::string_view::npos) break;
      list_append(result, wrap(piece(s, begin, at)));
      begin = at + a.sep->size;
    }
    if (begin == 0 && is_exact_str(self)) {
      list_append(result, self);
    } else {
      list_append(result, wrap(piece(s, begin, size)));
    }
    return Value::from_object(result);
  }
  size_t pos = 0, next;
  int64_t splits = 0;
  while (pos < size) {
    while (pos < size && space_at(data, pos, next)) pos = next;
    if (pos >= size) break;
    if (splits++ == a.maxsplit) {
      // The rest, with trailing whitespace kept (CPython keeps it too).
      list_append(result, wrap(piece(s, pos, size)));
      return Value::from_object(result);
    }
    size_t begin = pos;
    while (pos < size && !space_at(data, pos, next)) pos = next;
    if (begin == 0 && pos == size && is_exact_str(self)) {
      list_append(result, self);
    } else {
      list_append(result, wrap(piece(s, begin, pos)));
    }
  }
  return Value::from_object(result);
}

void reverse_list(List* list) { std::reverse(list->items, list->items + list->size); }

Value str_rsplit(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  SplitArguments a = parse_split("rsplit", args, nargs, kwnames);
  Str* s = self_str(self);
  List* result = make_list();
  const char* data = s->data();
  if (a.sep) {
    std::string_view text = s->view();
    size_t end = text.size();
    for (int64_t splits = 0; splits < a.maxsplit && end >= a.sep->size; ++splits) {
      size_t at = text.substr(0, end).rfind(a.sep->view());
      if (at == std::string_view::npos) break;
      list_append(result, wrap(piece(s, at + a.sep->size, end)));
      end = at;
    }
    list_append(result, end == text.size() && is_exact_str(self) ? self : wrap(piece(s, 0, end)));
    reverse_list(result);
    return Value::from_object(result);
  }
  size_t pos = s->size;
  int64_t splits = 0;
  auto space_before = [&](size_t at, size_t& start) {
    start = at;
    return is_python_space(previous_code_point(data, start));
  };
  size_t start;
  while (pos > 0) {
    while (pos > 0 && space_before(pos, start)) pos = start;
    if (pos == 0) break;
    if (splits++ == a.maxsplit) {
      list_append(result, wrap(piece(s, 0, pos)));
      break;
    }
    size_t end = pos;
    while (pos > 0 && !space_before(pos, start)) pos = start;
    list_append(result, pos == 0 && end == s->size && is_exact_str(self) ? self : wrap(piece(s, pos, end)));
  }
  reverse_list(result);
  return Value::from_object(result);
}

Value str_splitlines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"splitlines", {"keepends"}, 0, 0}, args, nargs, kwnames, bound);
  bool keepends = false;
  if (!bound[0].is_null()) {
    if (is_float(bound[0])) throw_type_error("'float' object cannot be interpreted as an integer");
    keepends = int_sign(index_value(bound[0])) != 0;
  }
  Str* s = self_str(self);
  const char* data = s->data();
  List* result = make_list();
  size_t pos = 0;
  while (pos < s->size) {
    size_t begin = pos;
    size_t eol = pos;
    size_t next = pos;
    for (;;) {
      if (pos >= s->size) {
        eol = next = s->size;
        break;
      }
      size_t after = pos;
      char32_t cp = next_code_point(data, after);
      if (is_line_break(cp)) {
        eol = pos;
        next = after;
        if (cp == '\r' && after < s->size && data[after] == '\n') ++next;
        break;
      }
      pos = after;
    }
    size_t end = keepends ? next : eol;
    if (begin == 0 && end == s->size && is_exact_str(self)) {
      list_append(result, self);
    } else {
      list_append(result, wrap(piece(s, begin, end)));
    }
    pos = next;
  }
  return Value::from_object(result);
}

Value partition_method(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames,
                       bool reverse) {
  one_argument(("str." + std::string(name)).c_str(), nargs, kwnames);
  Str* s = self_str(self);
  Str* sep = str_argument(args[0]);
  if (sep->size == 0) throw_value_error("empty separator");
  std::string_view text = s->view();
  size_t at = reverse ? text.rfind(sep->view()) : text.find(sep->view());
  // As in CPython, the string itself (when not split) and the separator come
  // back as given, even as instances of a str subclass.
  Value empty = wrap(empty_str());
  if (at == std::string_view::npos) {
    return Value::from_object(reverse ? make_tuple({empty, empty, self}) : make_tuple({self, empty, empty}));
  }
  return Value::from_object(
      make_tuple({wrap(piece(s, 0, at)), args[0], wrap(piece(s, at + sep->size, text.size()))}));
}

Value str_partition(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return partition_method("partition", self, args, nargs, kwnames, false);
}

Value str_rpartition(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return partition_method("rpartition", self, args, nargs, kwnames, true);
}

// --- strip ---

enum StripSide { kStripLeft = 1, kStripRight = 2, kStripBoth = 3 };

bool char_in(std::string_view chars, bool chars_ascii, char32_t cp) {
  if (chars_ascii) return cp < 0x80 && chars.find(static_cast<char>(cp)) != std::string_view::npos;
  for (size_t pos = 0; pos < chars.size();) {
    if (next_code_point(chars.data(), pos) == cp) return true;
  }
  return false;
}

Value strip_method(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames, int sides) {
  no_keywords("str", name, kwnames);
  expected_arguments(name, nargs, 0, 1);
  Str* s = self_str(self);
  bool whitespace = nargs == 0 || is_none(args[0]);
  if (!whitespace && !is_str(args[0])) throw_type_error(format("%s arg must be None or str", name));
  std::string_view chars = whitespace ? std::string_view() : args[0].as<Str>()->view();
  bool chars_ascii = !whitespace && args[0].as<Str>()->is_ascii();
  auto strips = [&](char32_t cp) {
    return whitespace ? is_python_space(cp) : char_in(chars, chars_ascii, cp);
  };
  const char* data = s->data();
  size_t begin = 0, end = s->size;
  if (sides & kStripLeft) {
    while (begin < end) {
      size_t next = begin;
      if (!strips(next_code_point(data, next))) break;
      begin = next;
    }
  }
  if (sides & kStripRight) {
    while (end > begin) {
      size_t start = end;
      if (!strips(previous_code_point(data, start))) break;
      end = start;
    }
  }
  if (begin == 0 && end == s->size) return copy_of(s);
  return wrap(piece(s, begin, end));
}

Value str_strip(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return strip_method("strip", self, args, nargs, kwnames, kStripBoth);
}

Value str_lstrip(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return strip_method("lstrip", self, args, nargs, kwnames, kStripLeft);
}

Value str_rstrip(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return strip_method("rstrip", self, args, nargs, kwnames, kStripRight);
}

// --- replace, removeprefix, removesuffix ---

Value str_replace(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_keywords("str", "replace", kwnames);
  expected_arguments("replace", nargs, 2, 3);
  Str* s = self_str(self);
  for (size_t i = 0; i < 2; ++i) {
    if (!is_str(args[i])) {
      throw_type_error(
          format("replace() argument %zu must be str, not %s", i + 1, argument_type_name(args[i]).c_str()));
    }
  }
  Str* old_text = args[0].as<Str>();
  Str* new_text = args[1].as<Str>();
  int64_t limit = nargs > 2 ? index_argument(args[2]) : -1;
  if (limit < 0) limit = INT64_MAX;
  std::string_view text = s->view();
  std::string_view old_view = old_text->view();
  std::string_view new_view = new_text->view();
  // Count the replacements first so the result is built in place.
  size_t count = 0;
  if (old_view.empty()) {
    count = std::min<size_t>(static_cast<size_t>(limit), s->length + 1);
  } else {
    for (size_t at = text.find(old_view); at != std::string_view::npos && count < static_cast<size_t>(limit);
         at = text.find(old_view, at + old_view.size())) {
      ++count;
    }
  }
  if (count == 0) return copy_of(s);
  size_t size = text.size() + count * new_view.size() - (old_view.empty() ? 0 : count * old_view.size());
  Str* out = str_new_uninitialized(size);
  char* write = out->data();
  auto put = [&](std::string_view part) {
    std::memcpy(write, part.data(), part.size());
    write += part.size();
  };
  size_t pos = 0;
  if (old_view.empty()) {
    for (size_t i = 0; i < count; ++i) {
      put(new_view);
      if (pos < text.size()) {
        size_t next = pos;
        next_code_point(text.data(), next);
        put(text.substr(pos, next - pos));
        pos = next;
      }
    }
  } else {
    for (size_t i = 0; i < count; ++i) {
      size_t at = text.find(old_view, pos);
      put(text.substr(pos, at - pos));
      put(new_view);
      pos = at + old_view.size();
    }
  }
  put(text.substr(pos));
  return wrap(str_finish(out));
}

Value remove_affix(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames,
                   bool suffix) {
  one_argument(("str." + std::string(name)).c_str(), nargs, kwnames);
  if (!is_str(args[0]))
    throw_type_error(format("%s() argument must be str, not %s", name, argument_type_name(args[0]).c_str()));
  Str* s = self_str(self);
  std::string_view affix = args[0].as<Str>()->view();
  std::string_view text = s->view();
  if (!affix.empty() && suffix && text.ends_with(affix)) return wrap(piece(s, 0, text.size() - affix.size()));
  if (!affix.empty() && !suffix && text.starts_with(affix)) return wrap(piece(s, affix.size(), text.size()));
  return copy_of(s);
}

Value str_removeprefix(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return remove_affix("removeprefix", self, args, nargs, kwnames, false);
}

Value str_removesuffix(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return remove_affix("removesuffix", self, args, nargs, kwnames, true);
}

// --- Case mapping ---

enum class CaseKind { Upper, Lower, Title, Fold };

// Root-locale case maps: Python's mappings are language-independent. The
// title map treats its input as one word and titlecases only the first
// character (callers pass one character at a time, as str.title works).
UCaseMap* open_case_map(uint32_t options) {
  UErrorCode error = U_ZERO_ERROR;
  return ucasemap_open("", options, &error);
}

UCaseMap* case_map(CaseKind kind) {
  static UCaseMap* plain = open_case_map(U_FOLD_CASE_DEFAULT);
  static UCaseMap* title =
      open_case_map(U_TITLECASE_WHOLE_STRING | U_TITLECASE_NO_LOWERCASE | U_TITLECASE_NO_BREAK_ADJUSTMENT);
  return kind == CaseKind::Title ? title : plain;
}

// Maps well-formed UTF-8 (no surrogates) with ICU's full mappings.
void append_mapped(std::string& out, std::string_view text, CaseKind kind) {
  if (text.empty()) return;
  size_t start = out.size();
  size_t capacity = text.size() * 3 + 8;
  for (;;) {
    out.resize(start + capacity);
    UErrorCode error = U_ZERO_ERROR;
    char* dest = out.data() + start;
    auto cap = static_cast<int32_t>(capacity);
    auto length = static_cast<int32_t>(text.size());
    int32_t written = 0;
    switch (kind) {
      case CaseKind::Upper:
        written = ucasemap_utf8ToUpper(case_map(kind), dest, cap, text.data(), length, &error);
        break;
      case CaseKind::Lower:
        written = ucasemap_utf8ToLower(case_map(kind), dest, cap, text.data(), length, &error);
        break;
      case CaseKind::Title:
        written = ucasemap_utf8ToTitle(case_map(kind), dest, cap, text.data(), length, &error);
        break;
      case CaseKind::Fold:
        written = ucasemap_utf8FoldCase(case_map(kind), dest, cap, text.data(), length, &error);
        break;
    }
    if (error == U_BUFFER_OVERFLOW_ERROR) {
      capacity = static_cast<size_t>(written) + 8;
      continue;
    }
    out.resize(start + (U_SUCCESS(error) ? static_cast<size_t>(written) : 0));
    if (U_FAILURE(error)) out.append(text);
    return;
  }
}

bool is_surrogate(char32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

// Maps a whole string: runs between lone surrogates go to ICU, which applies
// the Final_Sigma rule of lower() as Python does; surrogates stay as they are.
Str* map_whole(Str* s, CaseKind kind) {
  if (s->is_ascii() && kind != CaseKind::Title) {
    Str* out = str_new_uninitialized(s->size);
    const char* in = s->data();
    char* write = out->data();
    for (size_t i = 0; i < s->size; ++i) {
      char c = in[i];
      if (kind == CaseKind::Upper) {
        write[i] = c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
      } else {
        write[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      }
    }
    return str_finish_known(out, s->size, true);
  }
  std::string out;
  out.reserve(s->size);
  const char* data = s->data();
  size_t run = 0;
  for (size_t pos = 0; pos < s->size;) {
    size_t start = pos;
    char32_t cp = next_code_point(data, pos);
    if (is_surrogate(cp)) {
      append_mapped(out, s->view().substr(run, start - run), kind);
      out.append(data + start, pos - start);
      run = pos;
    }
  }
  append_mapped(out, s->view().substr(run), kind);
  return make_str(out);
}

// ICU's properties of code points CPython 3.11 does not know are masked
// (unicode::known_to_cpython), here and in the character classes below.
bool is_cased(char32_t cp) {
  return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_CASED) && unicode::known_to_cpython(cp);
}
bool is_case_ignorable(char32_t cp) {
  return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_CASE_IGNORABLE) && unicode::known_to_cpython(cp);
}

// Whether the capital sigma at [at, after) ends a word (Unicode's Final_Sigma).
bool is_final_sigma(std::string_view text, size_t at, size_t after) {
  size_t pos = at;
  char32_t cp = 0;
  bool found = false;
  while (pos > 0) {
    cp = previous_code_point(text.data(), pos);
    if (!is_case_ignorable(cp)) {
      found = true;
      break;
    }
  }
  if (!found || !is_cased(cp)) return false;
  for (pos = after; pos < text.size();) {
    cp = next_code_point(text.data(), pos);
    if (!is_case_ignorable(cp)) return !is_cased(cp);
  }
  return true;
}

// One character's full mapping (lower() with Final_Sigma in context).
void append_char_mapped(std::string& out, std::string_view text, size_t at, size_t after, char32_t cp,
                        CaseKind kind) {
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    if (kind == CaseKind::Lower) {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    } else {
      out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
    }
    return;
  }
  if (is_surrogate(cp)) {
    out.append(text.substr(at, after - at));
    return;
  }
  if (kind == CaseKind::Lower && cp == 0x3A3) {
    out.append(is_final_sigma(text, at, after) ? "\xcf\x82" : "\xcf\x83");
    return;
  }
  append_mapped(out, text.substr(at, after - at), kind);
}

// Unicode 15.0 made these older modifier letters Other_Lowercase; 14.0's
// database (CPython 3.11's) does not have them lowercase.
bool lowercase_since_unicode_15(char32_t cp) {
  return cp == 0x10FC || (cp >= 0xA7F2 && cp <= 0xA7F4) || cp == 0xAB69;
}
bool lowercase_property(char32_t cp) {
  return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_LOWERCASE) && unicode::known_to_cpython(cp) &&
         !lowercase_since_unicode_15(cp);
}
bool uppercase_property(char32_t cp) {
  return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_UPPERCASE) && unicode::known_to_cpython(cp);
}
bool is_titlecase(char32_t cp) {
  return u_charType(static_cast<UChar32>(cp)) == U_TITLECASE_LETTER && unicode::known_to_cpython(cp);
}

Value str_upper(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("str.upper", nargs, kwnames);
  return wrap(map_whole(self_str(self), CaseKind::Upper));
}

Value str_lower(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("str.lower", nargs, kwnames);
  return wrap(map_whole(self_str(self), CaseKind::Lower));
}

Value str_casefold(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("str.casefold", nargs, kwnames);
  return wrap(map_whole(self_str(self), CaseKind::Fold));
}

char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
bool ascii_cased(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// The case mappings of ASCII text, written straight into the new str:
// `map(c, i, previous)` maps byte `c` at index `i`, `previous` being the
// byte before it (0 at the start).
template <class Map>
Str* map_ascii(Str* s, Map map) {
  Str* out = str_new_uninitialized(s->size);
  const char* in = s->data();
  char* write = out->data();
  char previous = 0;
  for (size_t i = 0; i < s->size; ++i) {
    write[i] = map(in[i], i, previous);
    previous = in[i];
  }
  return str_finish_known(out, s->size, true);
}

Value str_title(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("str.title", nargs, kwnames);
  Str* s = self_str(self);
  if (s->is_ascii()) {
    return wrap(map_ascii(s, [](char c, size_t, char previous) {
      return ascii_cased(previous) ? ascii_lower(c) : ascii_upper(c);
    }));
  }
  std::string out;
  out.reserve(s->size);
  bool previous_cased = false;
  for (size_t pos = 0; pos < s->size;) {
    size_t at = pos;
    char32_t cp = next_code_point(s->data(), pos);
    append_char_mapped(out, s->view(), at, pos, cp, previous_cased ? CaseKind::Lower : CaseKind::Title);
    previous_cased = cp < 0x80 ? ascii_cased(static_cast<char>(cp)) : is_cased(cp);
  }
  return str_result(out);
}

Value str_capitalize(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("str.capitalize", nargs, kwnames);
  Str* s = self_str(self);
  if (s->is_ascii()) {
    return wrap(map_ascii(s, [](char c, size_t i, char) { return i == 0 ? ascii_upper(c) : ascii_lower(c); }));
  }
  std::string out;
  out.reserve(s->size);
  for (size_t pos = 0; pos < s->size;) {
    size_t at = pos;
    char32_t cp = next_code_point(s->data(), pos);
    append_char_mapped(out, s->view(), at, pos, cp, at == 0 ? CaseKind::Title : CaseKind::Lower);
  }
  return str_result(out);
}

Value str_swapcase(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("str.swapcase", nargs, kwnames);
  Str* s = self_str(self);
  if (s->is_ascii()) {
    return wrap(map_ascii(s, [](char c, size_t, char) {
      return c >= 'A' && c <= 'Z' ? ascii_lower(c) : ascii_upper(c);
    }));
  }
  std::string out;
  out.reserve(s->size);
  for (size_t pos = 0; pos < s->size;) {
    size_t at = pos;
    char32_t cp = next_code_point(s->data(), pos);
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      out.push_back(c >= 'A' && c <= 'Z' ? ascii_lower(c) : ascii_upper(c));
    } else if (uppercase_property(cp)) {
      append_char_mapped(out, s->view(), at, pos, cp, CaseKind::Lower);
    } else if (lowercase_property(cp)) {
      append_char_mapped(out, s->view(), at, pos, cp, CaseKind::Upper);
    } else {
      out.append(s->view().substr(at, pos - at));
    }
  }
  return str_result(out);
}

// --- Character classes ---

bool is_alpha(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  int8_t category = u_charType(static_cast<UChar32>(cp));
  return (category == U_UPPERCASE_LETTER || category == U_LOWERCASE_LETTER || category == U_TITLECASE_LETTER ||
          category == U_MODIFIER_LETTER || category == U_OTHER_LETTER) &&
         unicode::known_to_cpython(cp);
}

int numeric_type(char32_t cp) {
  int type = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_NUMERIC_TYPE);
  return type != U_NT_NONE && !unicode::known_to_cpython(cp) ? U_NT_NONE : type;
}
bool is_decimal(char32_t cp) { return cp < 0x80 ? cp >= '0' && cp <= '9' : numeric_type(cp) == U_NT_DECIMAL; }
bool is_digit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  int type = numeric_type(cp);
  return type == U_NT_DECIMAL || type == U_NT_DIGIT;
}
bool is_numeric(char32_t cp) { return cp < 0x80 ? cp >= '0' && cp <= '9' : numeric_type(cp) != U_NT_NONE; }
bool is_alnum_char(char32_t cp) { return is_alpha(cp) || is_numeric(cp); }
bool is_space_char(char32_t cp) { return is_python_space(cp); }

}  // namespace

std::string number_text_of(Str* s) {
  std::string_view text = s->view();
  if (static_cast<size_t>(s->length) == text.size()) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp = unicode::decode_utf8(text, pos);
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (is_python_space(cp)) {
      out.push_back(' ');
    } else if (is_decimal(cp)) {
      out.push_back(static_cast<char>('0' + u_charDigitValue(static_cast<UChar32>(cp))));
    } else {
      out.push_back('?');
    }
  }
  return out;
}

namespace {

template <bool (*Predicate)(char32_t)>
Value all_characters(Value self, const char* name, size_t nargs, Tuple* kwnames) {
  no_arguments(name, nargs, kwnames);
  Str* s = self_str(self);
  if (s->size == 0) return make_bool(false);
  for (size_t pos = 0; pos < s->size;) {
    if (!Predicate(next_code_point(s->data(), pos))) return make_bool(false);
  }
  return make_bool(true);
}

#define KRAIT_CLASS_METHOD(method, predicate)                                  \
  Value str_##method(Value self, const Value*, size_t nargs, Tuple* kwnames) { \
    return all_characters<predicate>(self, "str." #method, nargs, kwnames);    \
  }
KRAIT_CLASS_METHOD(isalpha, is_alpha)
KRAIT_CLASS_METHOD(isdecimal, is_decimal)
KRAIT_CLASS_METHOD(isdigit, is_digit)
KRAIT_CLASS_METHOD(isnumeric, is_numeric)
KRAIT_CLASS_METHOD(isalnum, is_alnum_char)
KRAIT_CLASS_METHOD(isspace, is_space_char)
#undef KRAIT_CLASS_METHOD

Value str_isascii(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("str.isascii", nargs, kwnames);
  return make_bool(self_str(self)->is_ascii());
}

Value str_isprintable(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("str.isprintable", nargs, kwnames);
  Str* s = self_str(self);
  for (size_t pos = 0; pos < s->size;) {
    if (!unicode::is_printable(next_code_point(s->data(), pos))) return make_bool(false);
  }
  return make_bool(true);
}

Value str_isidentifier(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("str.isidentifier", nargs, kwnames);
  return make_bool(unicode::is_identifier(self_str(self)->view()));
}

// islower/isupper: at least one cased character, and every cased one of the given case.
Value case_check(Value self, const char* name, size_t nargs, Tuple* kwnames, bool lower) {
  no_arguments(name, nargs, kwnames);
  Str* s = self_str(self);
  bool cased = false;
  for (size_t pos = 0; pos < s->size;) {
    char32_t cp = next_code_point(s->data(), pos);
    if (lower ? uppercase_property(cp) || is_titlecase(cp) : lowercase_property(cp) || is_titlecase(cp)) {
      return make_bool(false);
    }
    if (!cased) cased = lower ? lowercase_property(cp) : uppercase_property(cp);
  }
  return make_bool(cased);
}

Value str_islower(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return case_check(self, "str.islower", nargs, kwnames, true);
}

Value str_isupper(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return case_check(self, "str.isupper", nargs, kwnames, false);
}

Value str_istitle(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("str.istitle", nargs, kwnames);
  Str* s = self_str(self);
  bool cased = false, previous_cased = false;
  for (size_t pos = 0; pos < s->size;) {
    char32_t cp = next_code_point(s->data(), pos);
    if (uppercase_property(cp) || is_titlecase(cp)) {
      if (previous_cased) return make_bool(false);
      previous_cased = cased = true;
    } else if (lowercase_property(cp)) {
      if (!previous_cased) return make_bool(false);
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return make_bool(cased);
}

// --- Padding ---

char32_t fill_argument(Value v) {
  if (!is_str(v)) throw_type_error("The fill character must be a unicode character, not " + type_name(v));
  Str* fill = v.as<Str>();
  if (fill->length != 1) throw_type_error("The fill character must be exactly one character long");
  size_t pos = 0;
  return next_code_point(fill->data(), pos);
}

Value pad(Str* s, int64_t left, int64_t right, char32_t fill) {
  if (left <= 0 && right <= 0) return copy_of(s);
  left = std::max<int64_t>(left, 0);
  right = std::max<int64_t>(right, 0);
  size_t fill_size = utf8_length(fill);
  Str* out = str_new_uninitialized(s->size + static_cast<size_t>(left + right) * fill_size);
  char* write = out->data();
  char encoded[4];
  write_utf8(encoded, fill);
  auto put_fill = [&](int64_t count) {
    if (fill_size == 1) {
      std::memset(write, encoded[0], static_cast<size_t>(count));
      write += count;
    } else {
      for (int64_t i = 0; i < count; ++i) write = write_utf8(write, fill);
    }
  };
  put_fill(left);
  std::memcpy(write, s->data(), s->size);
  write += s->size;
  put_fill(right);
  return wrap(str_finish(out));
}

Value justify(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames, char align) {
  no_keywords("str", name, kwnames);
  expected_arguments(name, nargs, 1, 2);
  Str* s = self_str(self);
  int64_t width = index_argument(args[0]);
  char32_t fill = nargs > 1 ? fill_argument(args[1]) : U' ';
  int64_t extra = width - static_cast<int64_t>(s->length);
  if (extra <= 0) return copy_of(s);
  if (align == '<') return pad(s, 0, extra, fill);
  if (align == '>') return pad(s, extra, 0, fill);
  // CPython's centering puts the odd extra character on the left when the width is odd.
  int64_t left = extra / 2 + (extra & width & 1);
  return pad(s, left, extra - left, fill);
}

Value str_center(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return justify("center", self, args, nargs, kwnames, '^');
}

Value str_ljust(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return justify("ljust", self, args, nargs, kwnames, '<');
}

Value str_rjust(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return justify("rjust", self, args, nargs, kwnames, '>');
}

Value str_zfill(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_argument("str.zfill", nargs, kwnames);
  Str* s = self_str(self);
  int64_t width = index_argument(args[0]);
  int64_t extra = width - static_cast<int64_t>(s->length);
  if (extra <= 0) return copy_of(s);
  if (static_cast<size_t>(extra) > max_payload_size()) throw_memory_error();
  std::string out;
  out.reserve(s->size + static_cast<size_t>(extra));
  std::string_view text = s->view();
  size_t body = 0;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    out.push_back(text[0]);
    body = 1;
  }
  out.append(static_cast<size_t>(extra), '0');
  out.append(text.substr(body));
  return str_result(out);
}

Value str_expandtabs(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"expandtabs", {"tabsize"}, 0, 0}, args, nargs, kwnames, bound);
  int64_t tabsize = 8;
  // tabsize is a C int.
  if (!bound[0].is_null() &&
      (!int_to_int64(index_value(bound[0]), tabsize) || tabsize > INT32_MAX || tabsize < INT32_MIN)) {
    throw_overflow_error("Python int too large to convert to C int");
  }
  Str* s = self_str(self);
  if (s->view().find('\t') == std::string_view::npos) return copy_of(s);
  std::string out;
  int64_t column = 0;
  for (size_t pos = 0; pos < s->size;) {
    size_t at = pos;
    char32_t cp = next_code_point(s->data(), pos);
    if (cp == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        out.append(static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      out.append(s->data() + at, pos - at);
      column = cp == '\n' || cp == '\r' ? 0 : column + 1;
    }
  }
  return str_result(out);
}

// --- maketrans, translate ---

Value str_maketrans(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_keywords("str", "maketrans", kwnames);
  expected_arguments("maketrans", nargs, 1, 3);
  // Argument Clinic checks the optional str arguments before the first one.
  for (size_t i = 1; i < nargs; ++i) {
    if (!is_str(args[i])) {
      throw_type_error(
          format("maketrans() argument %zu must be str, not %s", i + 1, argument_type_name(args[i]).c_str()));
    }
  }
  Dict* table = make_dict();
  if (nargs == 1) {
    if (!is_dict(args[0])) throw_type_error("if you give only one argument to maketrans it must be a dict");
    size_t pos = 0;
    Value key, value;
    while (dict_next(args[0].as<Dict>(), pos, key, value)) {
      if (is_str(key)) {
        Str* k = key.as<Str>();
        if (k->length != 1) throw_value_error("string keys in translate table must be of length 1");
        size_t at = 0;
        dict_set(table, make_int(next_code_point(k->data(), at)), value);
      } else if (is_int(key)) {
        dict_set(table, key, value);
      } else {
        throw_type_error("keys in translate table must be strings or integers");
      }
    }
    return Value::from_object(table);
  }
  if (!is_str(args[0])) throw_type_error("first maketrans argument must be a string if there is a second argument");
  Str* from = args[0].as<Str>();
  Str* to = args[1].as<Str>();
  if (from->length != to->length) {
    throw_value_error("the first two maketrans arguments must have equal length");
  }
  for (size_t i = 0, j = 0; i < from->size;) {
    char32_t a = next_code_point(from->data(), i);
    char32_t b = next_code_point(to->data(), j);
    dict_set(table, make_int(a), make_int(b));
  }
  if (nargs == 3) {
    Str* drop = args[2].as<Str>();
    for (size_t i = 0; i < drop->size;) dict_set(table, make_int(next_code_point(drop->data(), i)), none());
  }
  return Value::from_object(table);
}

Value str_translate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  one_argument("str.translate", nargs, kwnames);
  Str* s = self_str(self);
  Value table = args[0];
  std::string out;
  out.reserve(s->size);
  for (size_t pos = 0; pos < s->size;) {
    size_t at = pos;
    char32_t cp = next_code_point(s->data(), pos);
    Value key = make_int(cp);
    Value mapped;
    if (is_exact_dict(table)) {
      mapped = dict_get(table.as<Dict>(), key);
    } else {
      try {
        mapped = getitem(table, key);
      } catch (PyException&) {
        if (!current_exception_matches(&exc_LookupError)) throw;
        clear_current_exception();
        mapped = Value::null();
      }
    }
    if (mapped.is_null()) {
      out.append(s->data() + at, pos - at);
    } else if (is_none(mapped)) {
      continue;
    } else if (is_int(mapped)) {
      int64_t code;
      if (!int_to_int64(mapped, code) || code < 0 || code > 0x10FFFF) {
        throw_value_error("character mapping must be in range(0x110000)");
      }
      unicode::append_utf8(out, static_cast<char32_t>(code));
    } else if (is_str(mapped)) {
      out.append(mapped.as<Str>()->view());
    } else {
      throw_type_error("character mapping must return integer, None or str");
    }
  }
  return str_result(out);
}

Value str_getnewargs(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("str.__getnewargs__", nargs, kwnames);
  return Value::from_object(make_tuple({copy_of(self_str(self))}));
}

Value str_sizeof(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_arguments("str.__sizeof__", nargs, kwnames);
  // CPython's figure for the same string: its compact ASCII header, or the
  // larger compact header with 1, 2 or 4 bytes per code point.
  Str* s = self_str(self);
  if (s->is_ascii()) return make_int(static_cast<int64_t>(48 + s->size + 1));
  char32_t max_cp = 0;
  for (size_t pos = 0; pos < s->size;) max_cp = std::max(max_cp, next_code_point(s->data(), pos));
  size_t unit = max_cp < 0x100 ? 1 : max_cp < 0x10000 ? 2 : 4;
  return make_int(static_cast<int64_t>(72 + unit * (s->length + 1)));
}

}  // namespace

void add_str_methods() {
  add_methods(&str_type, {
                             {"find", str_find, kMethodVarargs,
                              "S.find(sub[, start[, end]]) -> int\n"
                              "\n"
                              "Return the lowest index in S where substring sub is found,\n"
                              "such that sub is contained within S[start:end].  Optional\n"
                              "arguments start and end are interpreted as in slice notation.\n"
                              "\n"
                              "Return -1 on failure."},
                             {"rfind", str_rfind, kMethodVarargs,
                              "S.rfind(sub[, start[, end]]) -> int\n"
                              "\n"
                              "Return the highest index in S where substring sub is found,\n"
                              "such that sub is contained within S[start:end].  Optional\n"
                              "arguments start and end are interpreted as in slice notation.\n"
                              "\n"
                              "Return -1 on failure."},
                             {"index", str_index, kMethodVarargs,
                              "S.index(sub[, start[, end]]) -> int\n"
                              "\n"
                              "Return the lowest index in S where substring sub is found,\n"
                              "such that sub is contained within S[start:end].  Optional\n"
                              "arguments start and end are interpreted as in slice notation.\n"
                              "\n"
                              "Raises ValueError when the substring is not found."},
                             {"rindex", str_rindex, kMethodVarargs,
                              "S.rindex(sub[, start[, end]]) -> int\n"
                              "\n"
                              "Return the highest index in S where substring sub is found,\n"
                              "such that sub is contained within S[start:end].  Optional\n"
                              "arguments start and end are interpreted as in slice notation.\n"
                              "\n"
                              "Raises ValueError when the substring is not found."},
                             {"count", str_count, kMethodVarargs,
                              "S.count(sub[, start[, end]]) -> int\n"
                              "\n"
                              "Return the number of non-overlapping occurrences of substring sub in\n"
                              "string S[start:end].  Optional arguments start and end are\n"
                              "interpreted as in slice notation."},
                             {"startswith", str_startswith, kMethodVarargs,
                              "S.startswith(prefix[, start[, end]]) -> bool\n"
                              "\n"
                              "Return True if S starts with the specified prefix, False otherwise.\n"
                              "With optional start, test S beginning at that position.\n"
                              "With optional end, stop comparing S at that position.\n"
                              "prefix can also be a tuple of strings to try."},
                             {"endswith", str_endswith, kMethodVarargs,
                              "S.endswith(suffix[, start[, end]]) -> bool\n"
                              "\n"
                              "Return True if S ends with the specified suffix, False otherwise.\n"
                              "With optional start, test S beginning at that position.\n"
                              "With optional end, stop comparing S at that position.\n"
                              "suffix can also be a tuple of strings to try."},
                             {"join", str_join, kMethodInstance,
                              "Concatenate any number of strings.\n"
                              "\n"
                              "The string whose method is called is inserted in between each given string.\n"
                              "The result is returned as a new string.\n"
                              "\n"
                              "Example: '.'.join(['ab', 'pq', 'rs']) -> 'ab.pq.rs'"},
                             {"split", str_split, kMethodInstance,
                              "Return a list of the substrings in the string, using sep as the separator string.\n"
                              "\n"
                              "  sep\n"
                              "    The separator used to split the string.\n"
                              "\n"
                              "    When set to None (the default value), will split on any whitespace\n"
                              "    character (including \\\\n \\\\r \\\\t \\\\f and spaces) and will discard\n"
                              "    empty strings from the result.\n"
                              "  maxsplit\n"
                              "    Maximum number of splits (starting from the left).\n"
                              "    -1 (the default value) means no limit.\n"
                              "\n"
                              "Note, str.split() is mainly useful for data that has been intentionally\n"
                              "delimited.  With natural text that includes punctuation, consider using\n"
                              "the regular expression module."},
                             {"rsplit", str_rsplit, kMethodInstance,
                              "Return a list of the substrings in the string, using sep as the separator string.\n"
                              "\n"
                              "  sep\n"
                              "    The separator used to split the string.\n"
                              "\n"
                              "    When set to None (the default value), will split on any whitespace\n"
                              "    character (including \\\\n \\\\r \\\\t \\\\f and spaces) and will discard\n"
                              "    empty strings from the result.\n"
                              "  maxsplit\n"
                              "    Maximum number of splits (starting from the left).\n"
                              "    -1 (the default value) means no limit.\n"
                              "\n"
                              "Splitting starts at the end of the string and works to the front."},
                             {"splitlines", str_splitlines, kMethodInstance,
                              "Return a list of the lines in the string, breaking at line boundaries.\n"
                              "\n"
                              "Line breaks are not included in the resulting list unless keepends is given and\n"
                              "true."},
                             {"partition", str_partition, kMethodInstance,
                              "Partition the string into three parts using the given separator.\n"
                              "\n"
                              "This will search for the separator in the string.  If the separator is found,\n"
                              "returns a 3-tuple containing the part before the separator, the separator\n"
                              "itself, and the part after it.\n"
                              "\n"
                              "If the separator is not found, returns a 3-tuple containing the original string\n"
                              "and two empty strings."},
                             {"rpartition", str_rpartition, kMethodInstance,
                              "Partition the string into three parts using the given separator.\n"
                              "\n"
                              "This will search for the separator in the string, starting at the end. If\n"
                              "the separator is found, returns a 3-tuple containing the part before the\n"
                              "separator, the separator itself, and the part after it.\n"
                              "\n"
                              "If the separator is not found, returns a 3-tuple containing two empty strings\n"
                              "and the original string."},
                             {"strip", str_strip, kMethodInstance,
                              "Return a copy of the string with leading and trailing whitespace removed.\n"
                              "\n"
                              "If chars is given and not None, remove characters in chars instead."},
                             {"lstrip", str_lstrip, kMethodInstance,
                              "Return a copy of the string with leading whitespace removed.\n"
                              "\n"
                              "If chars is given and not None, remove characters in chars instead."},
                             {"rstrip", str_rstrip, kMethodInstance,
                              "Return a copy of the string with trailing whitespace removed.\n"
                              "\n"
                              "If chars is given and not None, remove characters in chars instead."},
                             {"replace", str_replace, kMethodInstance,
                              "Return a copy with all occurrences of substring old replaced by new.\n"
                              "\n"
                              "  count\n"
                              "    Maximum number of occurrences to replace.\n"
                              "    -1 (the default value) means replace all occurrences.\n"
                              "\n"
                              "If the optional argument count is given, only the first count occurrences are\n"
                              "replaced."},
                             {"removeprefix", str_removeprefix, kMethodInstance,
                              "Return a str with the given prefix string removed if present.\n"
                              "\n"
                              "If the string starts with the prefix string, return string[len(prefix):].\n"
                              "Otherwise, return a copy of the original string."},
                             {"removesuffix", str_removesuffix, kMethodInstance,
                              "Return a str with the given suffix string removed if present.\n"
                              "\n"
                              "If the string ends with the suffix string and that suffix is not empty,\n"
                              "return string[:-len(suffix)]. Otherwise, return a copy of the original\n"
                              "string."},
                             {"upper", str_upper, kMethodInstance,
                              "Return a copy of the string converted to uppercase."},
                             {"lower", str_lower, kMethodInstance,
                              "Return a copy of the string converted to lowercase."},
                             {"casefold", str_casefold, kMethodInstance,
                              "Return a version of the string suitable for caseless comparisons."},
                             {"title", str_title, kMethodInstance,
                              "Return a version of the string where each word is titlecased.\n"
                              "\n"
                              "More specifically, words start with uppercased characters and all remaining\n"
                              "cased characters have lower case."},
                             {"capitalize", str_capitalize, kMethodInstance,
                              "Return a capitalized version of the string.\n"
                              "\n"
                              "More specifically, make the first character have upper case and the rest lower\n"
                              "case."},
                             {"swapcase", str_swapcase, kMethodInstance,
                              "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
                             {"isalpha", str_isalpha, kMethodInstance,
                              "Return True if the string is an alphabetic string, False otherwise.\n"
                              "\n"
                              "A string is alphabetic if all characters in the string are alphabetic and there\n"
                              "is at least one character in the string."},
                             {"isdecimal", str_isdecimal, kMethodInstance,
                              "Return True if the string is a decimal string, False otherwise.\n"
                              "\n"
                              "A string is a decimal string if all characters in the string are decimal and\n"
                              "there is at least one character in the string."},
                             {"isdigit", str_isdigit, kMethodInstance,
                              "Return True if the string is a digit string, False otherwise.\n"
                              "\n"
                              "A string is a digit string if all characters in the string are digits and there\n"
                              "is at least one character in the string."},
                             {"isnumeric", str_isnumeric, kMethodInstance,
                              "Return True if the string is a numeric string, False otherwise.\n"
                              "\n"
                              "A string is numeric if all characters in the string are numeric and there is at\n"
                              "least one character in the string."},
                             {"isalnum", str_isalnum, kMethodInstance,
                              "Return True if the string is an alpha-numeric string, False otherwise.\n"
                              "\n"
                              "A string is alpha-numeric if all characters in the string are alpha-numeric and\n"
                              "there is at least one character in the string."},
                             {"isspace", str_isspace, kMethodInstance,
                              "Return True if the string is a whitespace string, False otherwise.\n"
                              "\n"
                              "A string is whitespace if all characters in the string are whitespace and there\n"
                              "is at least one character in the string."},
                             {"isascii", str_isascii, kMethodInstance,
                              "Return True if all characters in the string are ASCII, False otherwise.\n"
                              "\n"
                              "ASCII characters have code points in the range U+0000-U+007F.\n"
                              "Empty string is ASCII too."},
                             {"isprintable", str_isprintable, kMethodInstance,
                              "Return True if the string is printable, False otherwise.\n"
                              "\n"
                              "A string is printable if all of its characters are considered printable in\n"
                              "repr() or if it is empty."},
                             {"isidentifier", str_isidentifier, kMethodInstance,
                              "Return True if the string is a valid Python identifier, False otherwise.\n"
                              "\n"
                              "Call keyword.iskeyword(s) to test whether string s is a reserved identifier,\n"
                              "such as \"def\" or \"class\"."},
                             {"islower", str_islower, kMethodInstance,
                              "Return True if the string is a lowercase string, False otherwise.\n"
                              "\n"
                              "A string is lowercase if all cased characters in the string are lowercase and\n"
                              "there is at least one cased character in the string."},
                             {"isupper", str_isupper, kMethodInstance,
                              "Return True if the string is an uppercase string, False otherwise.\n"
                              "\n"
                              "A string is uppercase if all cased characters in the string are uppercase and\n"
                              "there is at least one cased character in the string."},
                             {"istitle", str_istitle, kMethodInstance,
                              "Return True if the string is a title-cased string, False otherwise.\n"
                              "\n"
                              "In a title-cased string, upper- and title-case characters may only\n"
                              "follow uncased characters and lowercase characters only cased ones."},
                             {"center", str_center, kMethodInstance,
                              "Return a centered string of length width.\n"
                              "\n"
                              "Padding is done using the specified fill character (default is a space)."},
                             {"ljust", str_ljust, kMethodInstance,
                              "Return a left-justified string of length width.\n"
                              "\n"
                              "Padding is done using the specified fill character (default is a space)."},
                             {"rjust", str_rjust, kMethodInstance,
                              "Return a right-justified string of length width.\n"
                              "\n"
                              "Padding is done using the specified fill character (default is a space)."},
                             {"zfill", str_zfill, kMethodInstance,
                              "Pad a numeric string with zeros on the left, to fill a field of the given width.\n"
                              "\n"
                              "The string is never truncated."},
                             {"expandtabs", str_expandtabs, kMethodInstance,
                              "Return a copy where all tab characters are expanded using spaces.\n"
                              "\n"
                              "If tabsize is not given, a tab size of 8 characters is assumed."},
                             {"maketrans", str_maketrans, kMethodStatic,
                              "Return a translation table usable for str.translate().\n"
                              "\n"
                              "If there is only one argument, it must be a dictionary mapping Unicode\n"
                              "ordinals (integers) or characters to Unicode ordinals, strings or None.\n"
                              "Character keys will be then converted to ordinals.\n"
                              "If there are two arguments, they must be strings of equal length, and\n"
                              "in the resulting dictionary, each character in x will be mapped to the\n"
                              "character at the same position in y. If there is a third argument, it\n"
                              "must be a string, whose characters will be mapped to None in the result."},
                             {"translate", str_translate, kMethodInstance,
                              "Replace each character in the string using the given translation table.\n"
                              "\n"
                              "  table\n"
                              "    Translation table, which must be a mapping of Unicode ordinals to\n"
                              "    Unicode ordinals, strings, or None.\n"
                              "\n"
                              "The table must implement lookup/indexing via __getitem__, for instance a\n"
                              "dictionary or list.  If this operation raises LookupError, the character is\n"
                              "left untouched.  Characters mapped to None are deleted."},
                             {"__getnewargs__", str_getnewargs},
                             {"__sizeof__", str_sizeof, kMethodInstance,
                              "Return the size of the string in memory, in bytes."},
                         });
}

}  // namespace krait
