// The built-in module `_sre` (see sre.h): re.Pattern, re.Match and the
// scanner behind finditer, over the engine of modules/sre_engine.h.
#include "modules/sre.h"

#include <cstring>
#include <string>

#include "modules/sre_engine.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/mappingproxy.h"
#include "objects/module.h"
#include "objects/siphash.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "runtime/unicode.h"
#include "vm/import.h"

namespace krait {

namespace {

Module* sre_module = nullptr;
Type pattern_type;
Type match_type;
Type scanner_type;

// Which subjects a pattern accepts: CPython lets a pattern of None (only made
// by hand) match either kind.
enum class Kind : int8_t { kAny = -1, kStr = 0, kBytes = 1 };

struct PatternObject : Object {
  Value pattern;       // the source (str, bytes or None)
  int64_t flags;
  uint32_t* code;      // GC-atomic
  size_t code_size;
  size_t groups;       // capturing groups, not counting group 0
  Dict* groupindex;    // name -> number; null when the pattern names none
  Tuple* indexgroup;   // number -> name or None; null when none is named
  Kind kind;
};

// A subject as the engine sees it, with what keeps it alive.
struct Subject {
  Value string;
  const void* data = nullptr;
  int char_size = 1;
  int64_t length = 0;
  bool is_str = false;
};

struct MatchObject : Object {
  Value string;
  PatternObject* pattern;
  int64_t pos;
  int64_t endpos;
  int64_t lastindex;   // -1: None
  size_t groups;       // including group 0
  int64_t* marks;      // 2 * groups spans, -1 where a group did not take part (GC-atomic)
  Tuple* regs;         // cached Match.regs
};

struct ScannerObject : Object {
  PatternObject* pattern;
  Value string;
  const void* data;
  int char_size;
  int64_t length;
  bool is_str;
  int64_t start;       // -1: exhausted
  int64_t end;
  int64_t pos;
  bool must_advance;
};

Value wrap(Object* o) { return Value::from_object(o); }

PatternObject* self_pattern(Value self) {
  if (!self.is_object() || !is_instance_of(self, &pattern_type)) {
    throw_type_error("descriptor requires a 're.Pattern' object but received a '" + type_name(self) + "'");
  }
  return static_cast<PatternObject*>(self.as_object());
}
MatchObject* self_match(Value self) {
  if (!self.is_object() || !is_instance_of(self, &match_type)) {
    throw_type_error("descriptor requires a 're.Match' object but received a '" + type_name(self) + "'");
  }
  return static_cast<MatchObject*>(self.as_object());
}
ScannerObject* self_scanner(Value self) { return static_cast<ScannerObject*>(self.as_object()); }

// --- Subjects ---

Subject make_subject(PatternObject* pattern, Value string) {
  Subject subject;
  subject.string = string;
  if (is_str(string)) {
    Str* s = string.as<Str>();
    if (pattern->kind == Kind::kBytes) throw_type_error("cannot use a bytes pattern on a string-like object");
    subject.is_str = true;
    subject.length = static_cast<int64_t>(s->length);
    if (s->is_ascii()) {
      subject.data = s->data();
      subject.char_size = 1;
    } else {
      auto* points = static_cast<uint32_t*>(gc_alloc_atomic(sizeof(uint32_t) * (s->length + 1)));
      std::string_view view = s->view();
      size_t at = 0;
      for (size_t pos = 0; pos < view.size();) points[at++] = unicode::decode_utf8(view, pos);
      subject.data = points;
      subject.char_size = 4;
    }
    return subject;
  }
  std::string_view bytes;
  if (!bytes_like_view(string, bytes)) {
    throw_type_error("expected string or bytes-like object, got '" + type_name(string) + "'");
  }
  if (pattern->kind == Kind::kStr) throw_type_error("cannot use a string pattern on a bytes-like object");
  if (is_bytes(string)) {
    subject.data = bytes.data();
  } else {
    // a mutable buffer may move while a callback of sub() runs: match a copy
    auto* copy = static_cast<char*>(gc_alloc_atomic(bytes.size() + 1));
    if (!bytes.empty()) std::memcpy(copy, bytes.data(), bytes.size());
    subject.data = copy;
  }
  subject.length = static_cast<int64_t>(bytes.size());
  return subject;
}

// string[start:stop] as CPython's sre gives it: a str, or bytes for any
// bytes-like subject (the string itself when it is an exact bytes object
// taken whole).
Value subject_slice(const Subject& subject, int64_t start, int64_t stop) {
  if (subject.is_str) {
    return wrap(str_substring(subject.string.as<Str>(), static_cast<size_t>(start), static_cast<size_t>(stop)));
  }
  std::string_view view;
  if (!bytes_like_view(subject.string, view)) throw_type_error("expected a bytes-like object");
  bool exact_bytes = subject.string.is_object() && subject.string.as_object()->type == &bytes_type;
  if (exact_bytes && start == 0 && static_cast<size_t>(stop) == view.size()) return subject.string;
  size_t from = std::min(static_cast<size_t>(start), view.size());
  size_t to = std::min(static_cast<size_t>(stop), view.size());
  return wrap(make_bytes(view.substr(from, to > from ? to - from : 0)));
}

Subject match_subject(MatchObject* m) {
  Subject subject;
  subject.string = m->string;
  subject.is_str = is_str(m->string);
  return subject;
}

// Clamps pos/endpos into [0, length] as CPython does.
int64_t clamp_position(int64_t p, int64_t length) {
  if (p < 0) return 0;
  return p > length ? length : p;
}

struct Run {
  Subject subject;
  sre::State state;
};

void init_run(Run& run, PatternObject* pattern, Value string, Value pos, Value endpos) {
  // pos and endpos are Py_ssize_t arguments, converted before the string is looked at.
  int64_t start = pos.is_null() ? 0 : index_as_ssize_argument(pos);
  int64_t end = endpos.is_null() ? INT64_MAX : index_as_ssize_argument(endpos);
  run.subject = make_subject(pattern, string);
  sre::State& state = run.state;
  state.code = pattern->code;
  state.groups = pattern->groups;
  state.subject = run.subject.data;
  state.char_size = run.subject.char_size;
  state.length = run.subject.length;
  state.start = clamp_position(start, run.subject.length);
  state.end = clamp_position(end, run.subject.length);
  state.pos = state.start;
  state.mark.assign(2 * pattern->groups + 2, -1);
}

void reset_state(sre::State& state) {
  state.reset();
  state.ptr = state.start;
}

MatchObject* new_match(PatternObject* pattern, const Subject& subject, const sre::State& state) {
  auto* m = static_cast<MatchObject*>(allocate_instance(&match_type));
  m->string = subject.string;
  m->pattern = pattern;
  m->pos = state.pos;
  m->endpos = state.end;
  m->lastindex = state.lastindex;
  m->groups = pattern->groups + 1;
  m->marks = static_cast<int64_t*>(gc_alloc_atomic(sizeof(int64_t) * 2 * m->groups));
  m->marks[0] = state.start;
  m->marks[1] = state.ptr;
  for (size_t g = 0; g < pattern->groups; ++g) {
    int64_t from = -1;
    int64_t to = -1;
    if (static_cast<int64_t>(2 * g + 1) <= state.lastmark && state.mark[2 * g] >= 0 && state.mark[2 * g + 1] >= 0) {
      from = state.mark[2 * g];
      to = state.mark[2 * g + 1];
      if (from > to) {
        raise(&exc_SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
      }
    }
    m->marks[2 * g + 2] = from;
    m->marks[2 * g + 3] = to;
  }
  return m;
}

// --- Pattern ---

Value do_match(Value self, const Value* args, size_t nargs, Tuple* kwnames, const char* name, bool search,
               bool full) {
  PatternObject* pattern = self_pattern(self);
  Value bound[3];
  bind_arguments({name, {"string", "pos", "endpos"}, 1}, args, nargs, kwnames, bound);
  Run run;
  init_run(run, pattern, bound[0], bound[1], bound[2]);
  run.state.match_all = full;
  reset_state(run.state);
  int status = search ? sre::search(run.state) : sre::match(run.state);
  if (!status) return none();
  return wrap(new_match(pattern, run.subject, run.state));
}

Value pattern_match(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return do_match(self, args, nargs, kwnames, "match", false, false);
}
Value pattern_fullmatch(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return do_match(self, args, nargs, kwnames, "fullmatch", false, true);
}
Value pattern_search(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return do_match(self, args, nargs, kwnames, "search", true, false);
}

// The value of group `g` of the last match of `run`, `unset` where it did not take part.
Value run_group(const Run& run, size_t g, Value unset) {
  int64_t from;
  int64_t to;
  if (g == 0) {
    from = run.state.start;
    to = run.state.ptr;
  } else {
    size_t j = 2 * (g - 1);
    if (static_cast<int64_t>(j + 1) > run.state.lastmark || run.state.mark[j] < 0 || run.state.mark[j + 1] < 0) {
      return unset;
    }
    from = run.state.mark[j];
    to = run.state.mark[j + 1];
  }
  return subject_slice(run.subject, from, to);
}

void advance(sre::State& state) {
  state.must_advance = state.ptr == state.start;
  state.start = state.ptr;
}

Value pattern_findall(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  PatternObject* pattern = self_pattern(self);
  Value bound[3];
  bind_arguments({"findall", {"string", "pos", "endpos"}, 1}, args, nargs, kwnames, bound);
  Run run;
  init_run(run, pattern, bound[0], bound[1], bound[2]);
  List* result = make_list();
  while (run.state.start <= run.state.end) {
    reset_state(run.state);
    if (!sre::search(run.state)) break;
    Value empty = subject_slice(run.subject, 0, 0);
    Value item;
    if (pattern->groups == 0) {
      item = run_group(run, 0, empty);
    } else if (pattern->groups == 1) {
      item = run_group(run, 1, empty);
    } else {
      Tuple* t = make_tuple(pattern->groups);
      for (size_t g = 0; g < pattern->groups; ++g) (*t)[g] = run_group(run, g + 1, empty);
      item = wrap(t);
    }
    list_append(result, item);
    advance(run.state);
  }
  return wrap(result);
}

ScannerObject* new_scanner(PatternObject* pattern, Value string, Value pos, Value endpos) {
  Run run;
  init_run(run, pattern, string, pos, endpos);
  auto* scanner = static_cast<ScannerObject*>(allocate_instance(&scanner_type));
  scanner->pattern = pattern;
  scanner->string = string;
  scanner->data = run.subject.data;
  scanner->char_size = run.subject.char_size;
  scanner->length = run.subject.length;
  scanner->is_str = run.subject.is_str;
  scanner->start = run.state.start;
  scanner->end = run.state.end;
  scanner->pos = run.state.start;
  scanner->must_advance = false;
  return scanner;
}

Value pattern_scanner(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  PatternObject* pattern = self_pattern(self);
  Value bound[3];
  bind_arguments({"scanner", {"string", "pos", "endpos"}, 1}, args, nargs, kwnames, bound);
  return wrap(new_scanner(pattern, bound[0], bound[1], bound[2]));
}

Value pattern_finditer(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  PatternObject* pattern = self_pattern(self);
  Value bound[3];
  bind_arguments({"finditer", {"string", "pos", "endpos"}, 1}, args, nargs, kwnames, bound);
  ScannerObject* scanner = new_scanner(pattern, bound[0], bound[1], bound[2]);
  return make_callable_iterator(getattr(wrap(scanner), intern("search")), none());
}

Value pattern_split(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  PatternObject* pattern = self_pattern(self);
  Value bound[2];
  bind_arguments({"split", {"string", "maxsplit"}, 1}, args, nargs, kwnames, bound);
  int64_t maxsplit = bound[1].is_null() ? 0 : index_as_ssize(bound[1]);
  Run run;
  init_run(run, pattern, bound[0], Value(), Value());
  List* result = make_list();
  int64_t last = run.state.start;
  int64_t n = 0;
  while (!maxsplit || n < maxsplit) {
    reset_state(run.state);
    if (!sre::search(run.state)) break;
    list_append(result, subject_slice(run.subject, last, run.state.start));
    for (size_t g = 1; g <= pattern->groups; ++g) list_append(result, run_group(run, g, none()));
    ++n;
    advance(run.state);
    last = run.state.start;
  }
  list_append(result, subject_slice(run.subject, last, run.state.end));
  return wrap(result);
}

bool has_backslash(Value repl) {
  std::string_view text;
  if (is_str(repl)) {
    text = repl.as<Str>()->view();
  } else if (!bytes_like_view(repl, text)) {
    return true;
  }
  return text.find('\\') != std::string_view::npos;
}

Value re_module_function(const char* name) { return getattr(import_absolute(intern("re")), intern(name)); }

Value do_sub(Value self, const Value* args, size_t nargs, Tuple* kwnames, const char* name, bool with_count) {
  PatternObject* pattern = self_pattern(self);
  Value bound[3];
  bind_arguments({name, {"repl", "string", "count"}, 2}, args, nargs, kwnames, bound);
  Value repl = bound[0];
  int64_t count = bound[2].is_null() ? 0 : index_as_ssize(bound[2]);
  Value filter = repl;
  bool filter_is_callable = is_callable(repl);
  if (!filter_is_callable && has_backslash(repl)) {
    filter = call(re_module_function("_subx"), {self, repl});
    filter_is_callable = is_callable(filter);
  }
  Run run;
  init_run(run, pattern, bound[1], Value(), Value());
  List* pieces = make_list();
  int64_t i = 0;
  int64_t n = 0;
  while (!count || n < count) {
    reset_state(run.state);
    if (!sre::search(run.state)) break;
    int64_t b = run.state.start;
    int64_t e = run.state.ptr;
    if (i < b) list_append(pieces, subject_slice(run.subject, i, b));
    if (filter_is_callable) {
      Value item = call(filter, {wrap(new_match(pattern, run.subject, run.state))});
      if (!is_none(item)) list_append(pieces, item);
    } else {
      list_append(pieces, filter);
    }
    i = e;
    ++n;
    advance(run.state);
  }
  if (i < run.state.end) list_append(pieces, subject_slice(run.subject, i, run.state.end));
  Value joiner = subject_slice(run.subject, 0, 0);
  Value joined;
  if (run.subject.is_str || is_bytes(run.subject.string)) {
    joined = call_method(joiner, intern("join"), {wrap(pieces)});
  } else {
    joined = call_method(wrap(make_bytes("")), intern("join"), {wrap(pieces)});
  }
  if (!with_count) return joined;
  return wrap(make_tuple({joined, make_int(n)}));
}

Value pattern_sub(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return do_sub(self, args, nargs, kwnames, "sub", false);
}
Value pattern_subn(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return do_sub(self, args, nargs, kwnames, "subn", true);
}

Value return_self(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("__copy__", kwnames);
  check_positional("__copy__", nargs, 0, 0);
  return self;
}
Value return_self_deep(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("__deepcopy__", kwnames);
  check_positional("__deepcopy__", nargs, 1, 1);
  return self;
}

struct FlagName {
  const char* name;
  int64_t value;
};
constexpr FlagName kFlagNames[] = {
    {"re.TEMPLATE", 1}, {"re.IGNORECASE", 2}, {"re.LOCALE", 4}, {"re.MULTILINE", 8},
    {"re.DOTALL", 16},  {"re.UNICODE", 32},   {"re.VERBOSE", 64}, {"re.DEBUG", 128},
    {"re.ASCII", 256},
};

// CPython's %.200R: the repr cut to 200 code points.
std::string truncated_repr(Value v, size_t limit) {
  Str* r = repr(v);
  if (r->length > limit) r = str_substring(r, 0, limit);
  return std::string(r->view());
}

Value pattern_repr(Value self) {
  PatternObject* pattern = self_pattern(self);
  std::string text = "re.compile(" + truncated_repr(pattern->pattern, 200);
  int64_t flags = pattern->flags;
  // UNICODE is the default for a str pattern: not shown alone
  if (pattern->kind != Kind::kBytes && (flags & (4 | 32 | 256)) == 32) flags &= ~int64_t{32};
  if (flags) {
    std::string names;
    for (const FlagName& flag : kFlagNames) {
      if (flags & flag.value) {
        if (!names.empty()) names += "|";
        names += flag.name;
        flags &= ~flag.value;
      }
    }
    if (flags) {
      if (!names.empty()) names += "|";
      names += format("0x%lx", static_cast<unsigned long>(flags));
    }
    text += ", " + names;
  }
  text += ")";
  return str_value(text);
}

Value pattern_richcompare(Value self, Value other, CompareOp op) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return not_implemented();
  if (!other.is_object() || !is_instance_of(other, &pattern_type)) return not_implemented();
  PatternObject* a = self_pattern(self);
  PatternObject* b = self_pattern(other);
  bool same = a == b;
  if (!same) {
    same = a->flags == b->flags && a->kind == b->kind && a->code_size == b->code_size &&
           std::memcmp(a->code, b->code, sizeof(uint32_t) * a->code_size) == 0 && equals(a->pattern, b->pattern);
  }
  return make_bool(op == CompareOp::Eq ? same : !same);
}

int64_t pattern_hash(Value self) {
  PatternObject* pattern = self_pattern(self);
  int64_t h = hash(pattern->pattern);
  h ^= hash_bytes(pattern->code, sizeof(uint32_t) * pattern->code_size);
  h ^= pattern->flags;
  h ^= static_cast<int64_t>(pattern->kind == Kind::kBytes);
  h ^= static_cast<int64_t>(pattern->code_size);
  return h == -1 ? -2 : h;
}

Value pattern_pattern(Value self) { return self_pattern(self)->pattern; }
Value pattern_flags(Value self) { return make_int(self_pattern(self)->flags); }
Value pattern_groups(Value self) { return make_int(static_cast<int64_t>(self_pattern(self)->groups)); }
Value pattern_groupindex(Value self) {
  PatternObject* pattern = self_pattern(self);
  if (!pattern->groupindex) return wrap(make_dict());
  return make_mappingproxy(wrap(pattern->groupindex));
}

// --- Match ---

// The group number that `index` names, or IndexError "no such group".
size_t match_group_index(MatchObject* m, Value index) {
  int64_t i = -1;
  if (type_of(index)->index) {
    i = index_as_ssize_clamped(index);
  } else if (m->pattern->groupindex) {
    Value number = dict_get(m->pattern->groupindex, index);
    if (!number.is_null() && is_int(number)) i = index_as_ssize_clamped(number);
  }
  if (i < 0 || i >= static_cast<int64_t>(m->groups)) throw_index_error("no such group");
  return static_cast<size_t>(i);
}

Value match_group_value(MatchObject* m, size_t g, Value unset) {
  int64_t from = m->marks[2 * g];
  int64_t to = m->marks[2 * g + 1];
  if (from < 0 || to < 0) return unset;
  return subject_slice(match_subject(m), from, to);
}

Value match_group(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  MatchObject* m = self_match(self);
  reject_keywords("group", kwnames);
  if (nargs == 0) return match_group_value(m, 0, none());
  if (nargs == 1) return match_group_value(m, match_group_index(m, args[0]), none());
  Tuple* t = make_tuple(nargs);
  for (size_t i = 0; i < nargs; ++i) (*t)[i] = match_group_value(m, match_group_index(m, args[i]), none());
  return wrap(t);
}

Value match_getitem(Value self, Value key) {
  MatchObject* m = self_match(self);
  return match_group_value(m, match_group_index(m, key), none());
}

Value match_groups(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  MatchObject* m = self_match(self);
  Value bound[1];
  bind_arguments({"groups", {"default"}, 0}, args, nargs, kwnames, bound);
  Value unset = bound[0].is_null() ? none() : bound[0];
  Tuple* t = make_tuple(m->groups - 1);
  for (size_t g = 1; g < m->groups; ++g) (*t)[g - 1] = match_group_value(m, g, unset);
  return wrap(t);
}

Value match_groupdict(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  MatchObject* m = self_match(self);
  Value bound[1];
  bind_arguments({"groupdict", {"default"}, 0}, args, nargs, kwnames, bound);
  Value unset = bound[0].is_null() ? none() : bound[0];
  Dict* result = make_dict();
  if (!m->pattern->groupindex) return wrap(result);
  size_t pos = 0;
  Value key;
  Value value;
  while (dict_next(m->pattern->groupindex, pos, key, value)) {
    dict_set(result, key, match_group_value(m, match_group_index(m, key), unset));
  }
  return wrap(result);
}

size_t optional_group(MatchObject* m, const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({name, {"group"}, 0, 1}, args, nargs, kwnames, bound);
  return bound[0].is_null() ? 0 : match_group_index(m, bound[0]);
}

Value match_start(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  MatchObject* m = self_match(self);
  return make_int(m->marks[2 * optional_group(m, "start", args, nargs, kwnames)]);
}
Value match_end(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  MatchObject* m = self_match(self);
  return make_int(m->marks[2 * optional_group(m, "end", args, nargs, kwnames) + 1]);
}
Value match_span(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  MatchObject* m = self_match(self);
  size_t g = optional_group(m, "span", args, nargs, kwnames);
  return wrap(make_tuple({make_int(m->marks[2 * g]), make_int(m->marks[2 * g + 1])}));
}

Value match_expand(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  MatchObject* m = self_match(self);
  Value bound[1];
  bind_arguments({"expand", {"template"}, 1}, args, nargs, kwnames, bound);
  return call(re_module_function("_expand"), {wrap(m->pattern), self, bound[0]});
}

Value match_repr(Value self) {
  MatchObject* m = self_match(self);
  return str_value(format("<re.Match object; span=(%ld, %ld), match=", static_cast<long>(m->marks[0]),
                          static_cast<long>(m->marks[1])) +
                   truncated_repr(match_group_value(m, 0, none()), 50) + ">");
}

Value match_string(Value self) { return self_match(self)->string; }
Value match_re(Value self) { return wrap(self_match(self)->pattern); }
Value match_pos(Value self) { return make_int(self_match(self)->pos); }
Value match_endpos(Value self) { return make_int(self_match(self)->endpos); }
Value match_lastindex(Value self) {
  MatchObject* m = self_match(self);
  return m->lastindex >= 0 ? make_int(m->lastindex) : none();
}
Value match_lastgroup(Value self) {
  MatchObject* m = self_match(self);
  Tuple* names = m->pattern->indexgroup;
  if (!names || m->lastindex < 0 || static_cast<size_t>(m->lastindex) >= names->size) return none();
  return (*names)[static_cast<size_t>(m->lastindex)];
}
Value match_regs(Value self) {
  MatchObject* m = self_match(self);
  if (!m->regs) {
    Tuple* regs = make_tuple(m->groups);
    for (size_t g = 0; g < m->groups; ++g) {
      (*regs)[g] = wrap(make_tuple({make_int(m->marks[2 * g]), make_int(m->marks[2 * g + 1])}));
    }
    m->regs = regs;
  }
  return wrap(m->regs);
}

// --- Scanner ---

Value scanner_step(Value self, const Value* args, size_t nargs, Tuple* kwnames, bool search) {
  ScannerObject* scanner = self_scanner(self);
  reject_keywords(search ? "search" : "match", kwnames);
  check_positional(search ? "search" : "match", nargs, 0, 0);
  if (scanner->start < 0) return none();
  Subject subject;
  subject.string = scanner->string;
  subject.data = scanner->data;
  subject.char_size = scanner->char_size;
  subject.length = scanner->length;
  subject.is_str = scanner->is_str;
  sre::State state;
  PatternObject* pattern = scanner->pattern;
  state.code = pattern->code;
  state.groups = pattern->groups;
  state.subject = subject.data;
  state.char_size = subject.char_size;
  state.length = subject.length;
  state.start = scanner->start;
  state.end = scanner->end;
  state.pos = scanner->pos;
  state.must_advance = scanner->must_advance;
  state.mark.assign(2 * pattern->groups + 2, -1);
  reset_state(state);
  int status = search ? sre::search(state) : sre::match(state);
  if (!status) {
    scanner->start = -1;
    return none();
  }
  MatchObject* m = new_match(pattern, subject, state);
  scanner->must_advance = state.ptr == state.start;
  scanner->start = state.ptr;
  return wrap(m);
}

Value scanner_match(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return scanner_step(self, args, nargs, kwnames, false);
}
Value scanner_search(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return scanner_step(self, args, nargs, kwnames, true);
}
Value scanner_pattern(Value self) { return wrap(self_scanner(self)->pattern); }

// --- Module functions ---

Value sre_compile(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[6];
  bind_arguments({"compile", {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, 6}, args, nargs,
                 kwnames, bound);
  int64_t flags = index_as_long(bound[1]);
  if (!is_list(bound[2])) throw_type_error("compile() argument 'code' must be list, not " + type_name(bound[2]));
  List* code_list = bound[2].as<List>();
  int64_t groups = index_as_ssize(bound[3]);
  if (!is_dict(bound[4])) {
    throw_type_error("compile() argument 'groupindex' must be dict, not " + type_name(bound[4]));
  }
  if (!is_tuple(bound[5])) {
    throw_type_error("compile() argument 'indexgroup' must be tuple, not " + type_name(bound[5]));
  }
  std::vector<uint32_t> code(code_list->size);
  for (size_t i = 0; i < code_list->size; ++i) {
    Value item = code_list->items[i];
    if (!is_int(item)) throw_type_error("an integer is required");
    int64_t value;
    if (!int_to_int64(item, value) || value < 0 || value > 0xFFFFFFFFll) {
      throw_overflow_error("regular expression code size limit exceeded");
    }
    code[i] = static_cast<uint32_t>(value);
  }
  if (groups < 0 || static_cast<uint64_t>(groups) > sre::kMaxGroups || !sre::validate_code(code, static_cast<size_t>(groups))) {
    throw_runtime_error("invalid SRE code");
  }
  auto* pattern = static_cast<PatternObject*>(allocate_instance(&pattern_type));
  pattern->pattern = bound[0];
  pattern->flags = flags;
  pattern->code_size = code.size();
  pattern->code = static_cast<uint32_t*>(gc_alloc_atomic(sizeof(uint32_t) * (code.size() + 1)));
  if (!code.empty()) std::memcpy(pattern->code, code.data(), sizeof(uint32_t) * code.size());
  pattern->groups = static_cast<size_t>(groups);
  if (is_none(bound[0])) {
    pattern->kind = Kind::kAny;
  } else if (is_str(bound[0])) {
    pattern->kind = Kind::kStr;
  } else {
    std::string_view view;
    if (!bytes_like_view(bound[0], view)) {
      throw_type_error("expected string or bytes-like object, got '" + type_name(bound[0]) + "'");
    }
    pattern->kind = Kind::kBytes;
  }
  Dict* groupindex = bound[4].as<Dict>();
  if (dict_size(groupindex) > 0) {
    pattern->groupindex = dict_copy(groupindex);
    pattern->indexgroup = bound[5].as<Tuple>();
  }
  return wrap(pattern);
}

Value sre_getcodesize(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("getcodesize", kwnames);
  check_positional("getcodesize", nargs, 0, 0);
  return make_int(4);
}

char32_t character_argument(const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({name, {"character"}, 1, 1}, args, nargs, kwnames, bound);
  return static_cast<char32_t>(index_as_int(bound[0]));
}

Value sre_ascii_iscased(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  char32_t ch = character_argument("ascii_iscased", args, nargs, kwnames);
  return make_bool(ch < 128 && ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'));
}
Value sre_unicode_iscased(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  char32_t ch = character_argument("unicode_iscased", args, nargs, kwnames);
  return make_bool(ch != sre::lower_unicode(ch) || ch != sre::upper_unicode(ch));
}
Value sre_ascii_tolower(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_int(sre::lower_ascii(character_argument("ascii_tolower", args, nargs, kwnames)));
}
Value sre_unicode_tolower(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_int(sre::lower_unicode(character_argument("unicode_tolower", args, nargs, kwnames)));
}

void init_sre_types() {
  pattern_type.repr = pattern_repr;
  pattern_type.richcompare = pattern_richcompare;
  pattern_type.hash = pattern_hash;
  init_static_type(&pattern_type, "re.Pattern", nullptr, sizeof(PatternObject), kTypeWeakrefable);
  pattern_type.new_instance = nullptr;
  set_type_doc(&pattern_type, "Compiled regular expression object.");
  add_methods(&pattern_type, {
      {"match", pattern_match, kMethodInstance, "Matches zero or more characters at the beginning of the string."},
      {"fullmatch", pattern_fullmatch, kMethodInstance, "Matches against all of the string."},
      {"search", pattern_search, kMethodInstance,
       "Scan through string looking for a match, and return a corresponding match object instance."},
      {"sub", pattern_sub, kMethodInstance,
       "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in "
       "string by the replacement repl."},
      {"subn", pattern_subn, kMethodInstance,
       "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost "
       "non-overlapping occurrences of pattern with the replacement repl."},
      {"findall", pattern_findall, kMethodInstance, "Return a list of all non-overlapping matches of pattern in string."},
      {"split", pattern_split, kMethodInstance, "Split string by the occurrences of pattern."},
      {"finditer", pattern_finditer, kMethodInstance,
       "Return an iterator over all non-overlapping matches for the RE pattern in string."},
      {"scanner", pattern_scanner, kMethodInstance, nullptr},
      {"__copy__", return_self, kMethodInstance, nullptr},
      {"__deepcopy__", return_self_deep, kMethodInstance, nullptr},
      {"__class_getitem__", generic_class_getitem, kMethodClass, "See PEP 585"},
  });
  add_getsets(&pattern_type, {
      {"pattern", pattern_pattern, nullptr, "The pattern string from which the RE object was compiled."},
      {"flags", pattern_flags, nullptr, "The regex matching flags."},
      {"groups", pattern_groups, nullptr, "The number of capturing groups in the pattern."},
      {"groupindex", pattern_groupindex, nullptr,
       "A dictionary mapping group names to group numbers."},
  });

  match_type.repr = match_repr;
  match_type.getitem = match_getitem;
  init_static_type(&match_type, "re.Match", nullptr, sizeof(MatchObject), 0);
  match_type.new_instance = nullptr;
  set_type_doc(&match_type, "The result of re.match() and re.search().\n"
                            "Match objects always have a boolean value of True.");
  add_methods(&match_type, {
      {"group", match_group, kMethodInstance, "group([group1, ...]) -> str or tuple.\n"
                                              "    Return subgroup(s) of the match by indices or names.\n"
                                              "    For 0 returns the entire match."},
      {"start", match_start, kMethodInstance, "Return index of the start of the substring matched by group."},
      {"end", match_end, kMethodInstance, "Return index of the end of the substring matched by group."},
      {"span", match_span, kMethodInstance, "For match object m, return the 2-tuple (m.start(group), m.end(group))."},
      {"groups", match_groups, kMethodInstance,
       "Return a tuple containing all the subgroups of the match, from 1."},
      {"groupdict", match_groupdict, kMethodInstance,
       "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name."},
      {"expand", match_expand, kMethodInstance,
       "Return the string obtained by doing backslash substitution on the string template, as done by "
       "the sub() method."},
      {"__copy__", return_self, kMethodInstance, nullptr},
      {"__deepcopy__", return_self_deep, kMethodInstance, nullptr},
      {"__class_getitem__", generic_class_getitem, kMethodClass, "See PEP 585"},
  });
  add_getsets(&match_type, {
      {"string", match_string, nullptr, "The string passed to match() or search()."},
      {"re", match_re, nullptr, "The regular expression object."},
      {"pos", match_pos, nullptr, "The index into the string at which the RE engine started looking for a match."},
      {"endpos", match_endpos, nullptr, "The index into the string beyond which the RE engine will not go."},
      {"lastindex", match_lastindex, nullptr, "The integer index of the last matched capturing group."},
      {"lastgroup", match_lastgroup, nullptr, "The name of the last matched capturing group."},
      {"regs", match_regs, nullptr, nullptr},
  });

  init_static_type(&scanner_type, "_sre.SRE_Scanner", nullptr, sizeof(ScannerObject), 0);
  scanner_type.new_instance = nullptr;
  add_methods(&scanner_type, {
      {"match", scanner_match, kMethodInstance, nullptr},
      {"search", scanner_search, kMethodInstance, nullptr},
  });
  add_getsets(&scanner_type, {{"pattern", scanner_pattern, nullptr, nullptr}});
}

}  // namespace

Module* create_sre_module() {
  if (sre_module) return sre_module;
  init_sre_types();
  sre_module = make_module(intern("_sre"));
  add_functions(sre_module, {
      {"compile", sre_compile, kMethodInstance, nullptr},
      {"getcodesize", sre_getcodesize, kMethodInstance, nullptr},
      {"ascii_iscased", sre_ascii_iscased, kMethodInstance, nullptr},
      {"unicode_iscased", sre_unicode_iscased, kMethodInstance, nullptr},
      {"ascii_tolower", sre_ascii_tolower, kMethodInstance, nullptr},
      {"unicode_tolower", sre_unicode_tolower, kMethodInstance, nullptr},
  });
  add_int_constants(sre_module, {
      {"MAGIC", sre::kMagic},
      {"CODESIZE", 4},
      {"MAXREPEAT", sre::kMaxRepeat},
      {"MAXGROUPS", sre::kMaxGroups},
  });
  return sre_module;
}

}  // namespace krait
