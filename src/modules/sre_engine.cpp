// The `_sre` matching engine (see sre_engine.h).
//
// Matching is a loop over frames kept in a vector: an opcode that has to try
// something and possibly come back (an alternative, one more repetition, an
// assertion) records in its frame what it was doing (`resume`), pushes a
// child frame and starts the child's code; when a frame succeeds or fails,
// its parent continues from its `resume` point with that result. The group
// marks that backtracking must restore are saved on a separate value stack,
// at the same points and with the same extent as CPython's engine saves
// them, so that the groups a match reports are the ones CPython reports.
#include "modules/sre_engine.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include <cctype>
#include <cstring>

#include "objects/str_internal.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"
#include "runtime/unicode.h"
#include "vm/interpreter.h"

namespace krait::sre {

namespace {

bool is_decimal(char32_t ch) {
  if (ch < 0x80) return ch >= '0' && ch <= '9';
  return ch <= 0x10FFFF && unicode::known_to_cpython(ch) &&
         u_getIntPropertyValue(static_cast<UChar32>(ch), UCHAR_NUMERIC_TYPE) == U_NT_DECIMAL;
}

bool is_ascii_word(char32_t ch) {
  return ch < 0x80 && (ch == '_' || (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'));
}
bool is_ascii_space(char32_t ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); }
bool is_locale_word(char32_t ch) { return ch < 256 && (ch == '_' || std::isalnum(static_cast<int>(ch))); }
bool is_unicode_word(char32_t ch) { return ch == '_' || unicode::is_alnum(ch); }

// The first code point of ICU's full case mapping of `ch` alone: CPython's
// database keeps, for a character with a special (multi-character) mapping,
// the first character of that mapping as its simple one.
char32_t full_mapping_first(char32_t ch, bool upper) {
  UChar source[2];
  int32_t source_length = 0;
  U16_APPEND_UNSAFE(source, source_length, static_cast<UChar32>(ch));
  UChar mapped[8];
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = upper ? u_strToUpper(mapped, 8, source, source_length, "", &status)
                         : u_strToLower(mapped, 8, source, source_length, "", &status);
  if (U_FAILURE(status) || length == 0) return ch;
  UChar32 first;
  int32_t at = 0;
  U16_NEXT(mapped, at, length, first);
  return static_cast<char32_t>(first);
}

char32_t case_map(char32_t ch, bool upper) {
  if (ch < 0x80) {
    if (upper) return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
  }
  if (ch > 0x10FFFF || !unicode::known_to_cpython(ch)) return ch;
  // The BMP's mappings are computed once (two tables of 64 Ki entries):
  // ignore-case matching asks for them at every character.
  static char32_t* tables[2] = {nullptr, nullptr};
  if (ch < 0x10000) {
    char32_t*& table = tables[upper];
    if (!table) {
      table = new char32_t[0x10000];
      for (char32_t c = 0; c < 0x10000; ++c) {
        char32_t mapped = upper ? u_toupper(static_cast<UChar32>(c)) : u_tolower(static_cast<UChar32>(c));
        if (c >= 0xD800 && c < 0xE000) {
          mapped = c;
        } else if (c >= 0x80 && unicode::known_to_cpython(c)) {
          char32_t full = full_mapping_first(c, upper);
          if (full != mapped && full != c) mapped = full;
        } else if (c >= 0x80) {
          mapped = c;
        }
        table[c] = mapped;
      }
    }
    return table[ch];
  }
  return upper ? u_toupper(static_cast<UChar32>(ch)) : u_tolower(static_cast<UChar32>(ch));
}

}  // namespace

char32_t lower_ascii(char32_t ch) { return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch; }
char32_t lower_locale(char32_t ch) { return ch < 256 ? static_cast<unsigned char>(std::tolower(static_cast<int>(ch))) : ch; }
char32_t upper_locale(char32_t ch) { return ch < 256 ? static_cast<unsigned char>(std::toupper(static_cast<int>(ch))) : ch; }
char32_t lower_unicode(char32_t ch) { return case_map(ch, false); }
char32_t upper_unicode(char32_t ch) { return case_map(ch, true); }

bool in_category(uint32_t category, char32_t ch) {
  switch (category) {
    case kCatDigit: return ch >= '0' && ch <= '9';
    case kCatNotDigit: return !(ch >= '0' && ch <= '9');
    case kCatSpace: return is_ascii_space(ch);
    case kCatNotSpace: return !is_ascii_space(ch);
    case kCatWord: return is_ascii_word(ch);
    case kCatNotWord: return !is_ascii_word(ch);
    case kCatLinebreak: return ch == '\n';
    case kCatNotLinebreak: return ch != '\n';
    case kCatLocWord: return is_locale_word(ch);
    case kCatLocNotWord: return !is_locale_word(ch);
    case kCatUniDigit: return is_decimal(ch);
    case kCatUniNotDigit: return !is_decimal(ch);
    case kCatUniSpace: return is_python_space(ch);
    case kCatUniNotSpace: return !is_python_space(ch);
    case kCatUniWord: return is_unicode_word(ch);
    case kCatUniNotWord: return !is_unicode_word(ch);
    case kCatUniLinebreak: return is_line_break(ch);
    case kCatUniNotLinebreak: return !is_line_break(ch);
    default: return false;
  }
}

namespace {

// --- Validation ---

class Validator {
 public:
  Validator(const std::vector<uint32_t>& code, size_t groups) : code_(code), groups_(groups) {}
  bool valid() { return block(0, code_.size()); }

 private:
  const std::vector<uint32_t>& code_;
  size_t groups_;

  // A charset: a sequence of set items ended by FAILURE, within [pc, end).
  bool charset(size_t pc, size_t end) {
    while (pc < end) {
      uint32_t op = code_[pc++];
      switch (op) {
        case kFailure: return pc == end;
        case kNegate: break;
        case kLiteral: pc += 1; break;
        case kCategory:
          if (pc >= end || code_[pc] >= kCategoryCodeCount) return false;
          pc += 1;
          break;
        case kRange:
        case kRangeUniIgnore:
          if (pc + 2 > end || code_[pc] > code_[pc + 1]) return false;
          pc += 2;
          break;
        case kCharset: pc += 8; break;
        case kBigCharset: {
          if (pc >= end) return false;
          uint32_t blocks = code_[pc++];
          if (pc + 64 > end) return false;
          for (size_t i = 0; i < 256; ++i) {
            if (((code_[pc + i / 4] >> (8 * (i % 4))) & 0xFF) >= blocks) return false;
          }
          pc += 64 + static_cast<size_t>(blocks) * 8;
          break;
        }
        default: return false;
      }
    }
    return false;
  }

  // A skip at `pc`: the target pc + code[pc] lies within (pc, end].
  bool skip_target(size_t pc, size_t end, size_t& target) {
    if (pc >= end || code_[pc] == 0) return false;
    target = pc + code_[pc];
    return target <= end;
  }

  bool single_character(size_t pc, size_t end) {
    if (pc >= end) return false;
    switch (code_[pc]) {
      case kAny:
      case kAnyAll: return pc + 1 < end && code_[pc + 1] == kSuccess && pc + 2 == end;
      case kLiteral: case kNotLiteral: case kLiteralIgnore: case kNotLiteralIgnore:
      case kLiteralUniIgnore: case kNotLiteralUniIgnore: case kLiteralLocIgnore:
      case kNotLiteralLocIgnore:
        return pc + 3 == end && code_[pc + 2] == kSuccess;
      case kCategory:
        return pc + 3 == end && code_[pc + 1] < kCategoryCodeCount && code_[pc + 2] == kSuccess;
      case kIn: case kInIgnore: case kInUniIgnore: case kInLocIgnore: {
        size_t target;
        return skip_target(pc + 1, end, target) && charset(pc + 2, target) && target + 1 == end &&
               code_[target] == kSuccess;
      }
      default: return false;
    }
  }

  bool block(size_t pc, size_t end) {
    while (pc < end) {
      uint32_t op = code_[pc++];
      size_t target;
      switch (op) {
        case kFailure: case kSuccess: case kAny: case kAnyAll: break;
        case kAt:
          if (pc >= end || code_[pc] >= kAtCodeCount) return false;
          pc += 1;
          break;
        case kCategory:
          if (pc >= end || code_[pc] >= kCategoryCodeCount) return false;
          pc += 1;
          break;
        case kLiteral: case kNotLiteral: case kLiteralIgnore: case kNotLiteralIgnore:
        case kLiteralUniIgnore: case kNotLiteralUniIgnore: case kLiteralLocIgnore:
        case kNotLiteralLocIgnore:
          if (pc >= end) return false;
          pc += 1;
          break;
        case kMark:
          if (pc >= end || code_[pc] >= 2 * groups_) return false;
          pc += 1;
          break;
        case kGroupref: case kGrouprefIgnore: case kGrouprefUniIgnore: case kGrouprefLocIgnore:
          if (pc >= end || code_[pc] >= groups_) return false;
          pc += 1;
          break;
        case kIn: case kInIgnore: case kInUniIgnore: case kInLocIgnore:
          if (!skip_target(pc, end, target) || !charset(pc + 1, target)) return false;
          pc = target;
          break;
        case kInfo: {
          if (!skip_target(pc, end, target) || pc + 4 > target) return false;
          uint32_t flags = code_[pc + 1];
          if (flags & kInfoPrefix) {
            if (pc + 6 > target) return false;
            uint64_t prefix_length = code_[pc + 4];
            uint64_t prefix_skip = code_[pc + 5];
            if (prefix_length == 0 || prefix_skip > prefix_length ||
                pc + 6 + 2 * prefix_length > target) {
              return false;
            }
            for (size_t i = 0; i < prefix_length; ++i) {
              if (code_[pc + 6 + prefix_length + i] >= prefix_length) return false;
            }
          } else if (flags & kInfoCharset) {
            if (!charset(pc + 4, target)) return false;
          }
          pc = target;
          break;
        }
        case kJump:
          if (!skip_target(pc, code_.size(), target)) return false;
          pc += 1;
          break;
        case kBranch:
          for (;;) {
            if (pc >= end) return false;
            if (code_[pc] == 0) {
              pc += 1;
              break;
            }
            if (!skip_target(pc, end, target) || !block(pc + 1, target)) return false;
            pc = target;
          }
          break;
        case kRepeatOne: case kMinRepeatOne: case kPossessiveRepeatOne:
          if (!skip_target(pc, end, target) || pc + 3 > target || code_[pc + 1] > code_[pc + 2] ||
              !single_character(pc + 3, target)) {
            return false;
          }
          pc = target;
          break;
        case kRepeat:
          if (!skip_target(pc, end, target) || pc + 3 > target || target >= end ||
              code_[pc + 1] > code_[pc + 2] || !block(pc + 3, target) ||
              (code_[target] != kMaxUntil && code_[target] != kMinUntil)) {
            return false;
          }
          pc = target + 1;
          break;
        case kPossessiveRepeat:
          if (!skip_target(pc, end, target) || pc + 3 > target || target >= end ||
              code_[pc + 1] > code_[pc + 2] || !block(pc + 3, target) || code_[target] != kSuccess) {
            return false;
          }
          pc = target + 1;
          break;
        case kAtomicGroup:
          if (!skip_target(pc, end, target) || !block(pc + 1, target) || code_[target - 1] != kSuccess) {
            return false;
          }
          pc = target;
          break;
        case kAssert: case kAssertNot:
          if (!skip_target(pc, end, target) || pc + 2 > target || !block(pc + 2, target) ||
              code_[target - 1] != kSuccess) {
            return false;
          }
          pc = target;
          break;
        case kGrouprefExists:
          if (pc + 2 > end || code_[pc] >= groups_ || code_[pc + 1] < 2) return false;
          // the yes branch (ending with a JUMP over the no branch, if any)
          // is validated here; the no branch follows it in this block
          target = pc + code_[pc + 1];
          if (target > end || !block(pc + 2, target)) return false;
          pc = target;
          break;
        default: return false;
      }
    }
    return pc == end;
  }
};

// --- Matching ---

enum Resume : uint8_t {
  kResumeNone, kResumeBranch, kResumeRepeatOneLiteral, kResumeRepeatOne, kResumeMinRepeatOne,
  kResumeRepeat, kResumeMaxUntilMinimum, kResumeMaxUntilMore, kResumeMaxUntilTail,
  kResumeMinUntilMinimum, kResumeMinUntilTail, kResumeMinUntilMore, kResumePossessiveMinimum,
  kResumePossessiveMore, kResumeAtomic, kResumeAssert, kResumeAssertNot
};

struct Frame {
  size_t pc = 0;      // while a child runs: the opcode's first argument
  int64_t ptr = 0;    // while a child runs: the subject position to come back to
  int64_t count = 0;
  size_t alternative = 0;  // BRANCH: the skip word of the alternative being tried
  uint32_t literal = 0;    // REPEAT_ONE: the literal the tail starts with
  int repeat = -1;
  int lastmark = -1;
  int lastindex = -1;
  bool toplevel = false;
  bool marks_saved = false;
  Resume resume = kResumeNone;
};

// The context of a REPEAT … MAX_UNTIL/MIN_UNTIL loop.
struct Repeat {
  int64_t count;
  size_t pc;         // the REPEAT's first argument (skip, min, max, body)
  int previous;
  int64_t last_ptr;  // where the last iteration started (-1: none), against empty loops
};

template <typename Char>
class Matcher {
 public:
  explicit Matcher(State& state)
      : state_(state), subject_(static_cast<const Char*>(state.subject)), code_(state.code) {}

  int match() {
    state_.ptr = state_.start;
    return run(0, true);
  }

  int search() {
    int64_t ptr = state_.start;
    int64_t end = state_.end;
    if (ptr > end) return 0;
    size_t pc = 0;
    uint32_t flags = 0;
    int64_t last_start = end;
    size_t prefix_length = 0;
    size_t prefix_skip = 0;
    size_t charset_pc = 0;
    if (code_[0] == kInfo) {
      flags = code_[2];
      uint32_t min = code_[3];
      if (min && end - ptr < static_cast<int64_t>(min)) return 0;
      if (min > 1) last_start = std::max(ptr, end - static_cast<int64_t>(min - 1));
      if (flags & kInfoPrefix) {
        prefix_length = code_[5];
        prefix_skip = code_[6];
      } else if (flags & kInfoCharset) {
        charset_pc = 5;
      }
      pc = 1 + code_[1];
    }
    if (prefix_length > 0) {
      const uint32_t* prefix = code_ + 7;
      for (size_t i = 0; i < prefix_length; ++i) {
        if (sizeof(Char) == 1 && prefix[i] > 0xFF) return 0;
      }
      state_.must_advance = false;
      for (int64_t at = ptr; at + static_cast<int64_t>(prefix_length) <= end; ++at) {
        if (subject_[at] != prefix[0]) continue;
        size_t i = 1;
        while (i < prefix_length && subject_[at + i] == prefix[i]) ++i;
        if (i < prefix_length) continue;
        state_.start = at;
        state_.ptr = at + static_cast<int64_t>(prefix_skip);
        if (flags & kInfoLiteral) return 1;
        int status = run(pc + 2 * prefix_skip, false);
        if (status) return status;
        state_.reset();
      }
      return 0;
    }
    if (charset_pc) {
      state_.must_advance = false;
      for (int64_t at = ptr; at < end; ++at) {
        if (!in_set(charset_pc, subject_[at])) continue;
        state_.start = state_.ptr = at;
        int status = run(pc, false);
        if (status) return status;
        state_.reset();
      }
      return 0;
    }
    state_.start = state_.ptr = ptr;
    int status = run(pc, true);
    state_.must_advance = false;
    if (!status && code_[pc] == kAt && (code_[pc + 1] == kAtBeginning || code_[pc + 1] == kAtBeginningString)) {
      state_.start = state_.ptr = end;
      return 0;
    }
    while (!status && ptr < last_start) {
      ++ptr;
      state_.reset();
      state_.start = state_.ptr = ptr;
      status = run(pc, false);
    }
    return status;
  }

 private:
  State& state_;
  const Char* subject_;
  const uint32_t* code_;
  std::vector<Frame> frames_;
  std::vector<Repeat> repeats_;
  std::vector<int64_t> saved_;  // saved marks and Repeat::last_ptr values, LIFO
  int current_repeat_ = -1;

  char32_t at(int64_t i) const { return static_cast<char32_t>(subject_[i]); }

  bool in_set(size_t pc, char32_t ch) const {
    bool ok = true;
    for (;;) {
      switch (code_[pc++]) {
        case kFailure: return !ok;
        case kLiteral:
          if (ch == code_[pc]) return ok;
          pc += 1;
          break;
        case kCategory:
          if (in_category(code_[pc], ch)) return ok;
          pc += 1;
          break;
        case kCharset:
          if (ch < 256 && (code_[pc + ch / 32] & (1u << (ch & 31)))) return ok;
          pc += 8;
          break;
        case kRange:
          if (code_[pc] <= ch && ch <= code_[pc + 1]) return ok;
          pc += 2;
          break;
        case kRangeUniIgnore: {
          // ch is already lower case
          if (code_[pc] <= ch && ch <= code_[pc + 1]) return ok;
          char32_t upper = upper_unicode(ch);
          if (code_[pc] <= upper && upper <= code_[pc + 1]) return ok;
          pc += 2;
          break;
        }
        case kNegate: ok = !ok; break;
        case kBigCharset: {
          uint32_t blocks = code_[pc++];
          if (ch < 0x10000) {
            uint32_t block = (code_[pc + (ch >> 8) / 4] >> (8 * ((ch >> 8) % 4))) & 0xFF;
            const uint32_t* bits = code_ + pc + 64 + block * 8;
            if (bits[(ch & 255) / 32] & (1u << (ch & 31))) return ok;
          }
          pc += 64 + static_cast<size_t>(blocks) * 8;
          break;
        }
        default: return false;
      }
    }
  }

  bool locale_ignore_equal(uint32_t pattern, char32_t ch) const {
    return ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern;
  }

  bool in_set_locale_ignore(size_t pc, char32_t ch) const {
    char32_t lower = lower_locale(ch);
    if (in_set(pc, lower)) return true;
    char32_t upper = upper_locale(ch);
    return upper != lower && in_set(pc, upper);
  }

  // One single-character item (a REPEAT_ONE body) against one character.
  bool one(size_t pc, char32_t ch) const {
    uint32_t arg = code_[pc + 1];
    switch (code_[pc]) {
      case kAny: return ch != '\n';
      case kAnyAll: return true;
      case kLiteral: return ch == arg;
      case kNotLiteral: return ch != arg;
      case kLiteralIgnore: return lower_ascii(ch) == arg;
      case kNotLiteralIgnore: return lower_ascii(ch) != arg;
      case kLiteralUniIgnore: return lower_unicode(ch) == arg;
      case kNotLiteralUniIgnore: return lower_unicode(ch) != arg;
      case kLiteralLocIgnore: return locale_ignore_equal(arg, ch);
      case kNotLiteralLocIgnore: return !locale_ignore_equal(arg, ch);
      case kCategory: return in_category(arg, ch);
      case kIn: return in_set(pc + 2, ch);
      case kInIgnore: return in_set(pc + 2, lower_ascii(ch));
      case kInUniIgnore: return in_set(pc + 2, lower_unicode(ch));
      case kInLocIgnore: return in_set_locale_ignore(pc + 2, ch);
      default: return false;
    }
  }

  // How many times (at most `max`) the item at `pc` matches from `ptr` on.
  int64_t count(size_t pc, int64_t ptr, uint32_t max) const {
    int64_t limit = state_.end;
    if (max != kMaxRepeat && static_cast<int64_t>(max) < limit - ptr) limit = ptr + max;
    int64_t p = ptr;
    switch (code_[pc]) {
      case kAnyAll: return limit - ptr;
      case kAny:
        while (p < limit && subject_[p] != '\n') ++p;
        break;
      case kLiteral: {
        uint32_t literal = code_[pc + 1];
        while (p < limit && subject_[p] == literal) ++p;
        break;
      }
      case kNotLiteral: {
        uint32_t literal = code_[pc + 1];
        while (p < limit && subject_[p] != literal) ++p;
        break;
      }
      case kIn:
        while (p < limit && in_set(pc + 2, at(p))) ++p;
        break;
      default:
        while (p < limit && one(pc, at(p))) ++p;
        break;
    }
    return p - ptr;
  }

  bool at_position(int64_t ptr, uint32_t code) const {
    int64_t end = state_.end;
    auto boundary = [&](bool (*word)(char32_t)) -> int {
      if (end == 0) return -1;  // no boundary in an empty window
      bool before = ptr > 0 && word(at(ptr - 1));
      bool after = ptr < end && word(at(ptr));
      return before != after;
    };
    int b;
    switch (code) {
      case kAtBeginning:
      case kAtBeginningString: return ptr == 0;
      case kAtBeginningLine: return ptr == 0 || subject_[ptr - 1] == '\n';
      case kAtEnd: return (end - ptr == 1 && subject_[ptr] == '\n') || ptr == end;
      case kAtEndLine: return ptr == end || subject_[ptr] == '\n';
      case kAtEndString: return ptr == end;
      case kAtBoundary: return boundary(is_ascii_word) == 1;
      case kAtNonBoundary: b = boundary(is_ascii_word); return b == 0;
      case kAtLocBoundary: return boundary(is_locale_word) == 1;
      case kAtLocNonBoundary: b = boundary(is_locale_word); return b == 0;
      case kAtUniBoundary: return boundary(is_unicode_word) == 1;
      case kAtUniNonBoundary: b = boundary(is_unicode_word); return b == 0;
      default: return false;
    }
  }

  void save_lastmark(Frame& frame) {
    frame.lastmark = state_.lastmark;
    frame.lastindex = state_.lastindex;
  }
  void restore_lastmark(const Frame& frame) {
    state_.lastmark = frame.lastmark;
    state_.lastindex = frame.lastindex;
  }
  void push_marks(int lastmark) {
    if (lastmark < 0) return;
    saved_.insert(saved_.end(), state_.mark.begin(), state_.mark.begin() + lastmark + 1);
  }
  // Copies the marks saved by push_marks(lastmark) back; `discard` drops them.
  void pop_marks(int lastmark, bool discard) {
    if (lastmark < 0) return;
    size_t n = static_cast<size_t>(lastmark) + 1;
    std::copy(saved_.end() - n, saved_.end(), state_.mark.begin());
    if (discard) saved_.resize(saved_.size() - n);
  }
  void drop_marks(int lastmark) {
    if (lastmark >= 0) saved_.resize(saved_.size() - (static_cast<size_t>(lastmark) + 1));
  }
  // BRANCH, REPEAT_ONE and the like save the marks only inside a REPEAT.
  void save_marks_if_repeating(Frame& frame) {
    save_lastmark(frame);
    frame.marks_saved = current_repeat_ >= 0;
    if (frame.marks_saved) push_marks(frame.lastmark);
  }

  bool groupref_span(uint32_t group, int64_t& from, int64_t& to) const {
    int64_t index = static_cast<int64_t>(group) * 2;
    if (index >= state_.lastmark) return false;
    from = state_.mark[index];
    to = state_.mark[index + 1];
    return from >= 0 && to >= 0 && to >= from;
  }

  void poll() {
    if (__builtin_expect(interrupt_pending != 0 || gil_drop_request.load(std::memory_order_relaxed), 0)) {
      handle_pending_events(thread_state());
    }
  }

  [[noreturn]] void illegal() { throw_runtime_error("internal error in regular expression engine"); }

  int run(size_t start_pc, bool toplevel);
};

template <typename Char>
int Matcher<Char>::run(size_t start_pc, bool toplevel) {
  frames_.clear();
  repeats_.clear();
  saved_.clear();
  current_repeat_ = -1;
  frames_.emplace_back();
  frames_.back().toplevel = toplevel;
  const int64_t end = state_.end;
  size_t pc = start_pc;
  int64_t ptr = 0;
  int result = 0;
  uint32_t steps = 0;
  int64_t from = 0;
  int64_t to = 0;

// Runs the code at `child_pc` in a new frame; the current frame continues at
// its `resume_kind` case once the child has succeeded or failed.
#define SRE_CALL(child_pc, child_toplevel, resume_kind) \
  do {                                                  \
    Frame& caller = frames_.back();                     \
    caller.pc = pc;                                     \
    caller.ptr = ptr;                                   \
    caller.resume = resume_kind;                        \
    bool inherited = child_toplevel;                    \
    frames_.emplace_back();                             \
    frames_.back().toplevel = inherited;                \
    pc = child_pc;                                      \
    goto enter;                                         \
  } while (0)

enter:
  ptr = state_.ptr;
  if (code_[pc] == kInfo) {
    if (code_[pc + 3] && static_cast<uint64_t>(end - ptr) < code_[pc + 3]) goto fail;
    pc += code_[pc + 1] + 1;
  }

dispatch:
  for (;;) {
    if (__builtin_expect((++steps & 0xFFF) == 0, 0)) poll();
    Frame& frame = frames_.back();
    switch (code_[pc++]) {
      case kMark: {
        uint32_t i = code_[pc];
        if (i & 1) state_.lastindex = static_cast<int>(i / 2 + 1);
        if (static_cast<int>(i) > state_.lastmark) {
          for (int j = state_.lastmark + 1; j < static_cast<int>(i); ++j) state_.mark[j] = -1;
          state_.lastmark = static_cast<int>(i);
        }
        state_.mark[i] = ptr;
        pc += 1;
        break;
      }
      case kLiteral:
        if (ptr >= end || at(ptr) != code_[pc]) goto fail;
        pc += 1;
        ptr += 1;
        break;
      case kNotLiteral:
        if (ptr >= end || at(ptr) == code_[pc]) goto fail;
        pc += 1;
        ptr += 1;
        break;
      case kSuccess:
        if (frame.toplevel && ((state_.match_all && ptr != state_.end) ||
                               (state_.must_advance && ptr == state_.start))) {
          goto fail;
        }
        state_.ptr = ptr;
        goto succeed;
      case kAt:
        if (!at_position(ptr, code_[pc])) goto fail;
        pc += 1;
        break;
      case kCategory:
        if (ptr >= end || !in_category(code_[pc], at(ptr))) goto fail;
        pc += 1;
        ptr += 1;
        break;
      case kAny:
        if (ptr >= end || subject_[ptr] == '\n') goto fail;
        ptr += 1;
        break;
      case kAnyAll:
        if (ptr >= end) goto fail;
        ptr += 1;
        break;
      case kIn:
        if (ptr >= end || !in_set(pc + 1, at(ptr))) goto fail;
        pc += code_[pc];
        ptr += 1;
        break;
      case kLiteralIgnore:
        if (ptr >= end || lower_ascii(at(ptr)) != code_[pc]) goto fail;
        pc += 1;
        ptr += 1;
        break;
      case kLiteralUniIgnore:
        if (ptr >= end || lower_unicode(at(ptr)) != code_[pc]) goto fail;
        pc += 1;
        ptr += 1;
        break;
      case kLiteralLocIgnore:
        if (ptr >= end || !locale_ignore_equal(code_[pc], at(ptr))) goto fail;
        pc += 1;
        ptr += 1;
        break;
      case kNotLiteralIgnore:
        if (ptr >= end || lower_ascii(at(ptr)) == code_[pc]) goto fail;
        pc += 1;
        ptr += 1;
        break;
      case kNotLiteralUniIgnore:
        if (ptr >= end || lower_unicode(at(ptr)) == code_[pc]) goto fail;
        pc += 1;
        ptr += 1;
        break;
      case kNotLiteralLocIgnore:
        if (ptr >= end || locale_ignore_equal(code_[pc], at(ptr))) goto fail;
        pc += 1;
        ptr += 1;
        break;
      case kInIgnore:
        if (ptr >= end || !in_set(pc + 1, lower_ascii(at(ptr)))) goto fail;
        pc += code_[pc];
        ptr += 1;
        break;
      case kInUniIgnore:
        if (ptr >= end || !in_set(pc + 1, lower_unicode(at(ptr)))) goto fail;
        pc += code_[pc];
        ptr += 1;
        break;
      case kInLocIgnore:
        if (ptr >= end || !in_set_locale_ignore(pc + 1, at(ptr))) goto fail;
        pc += code_[pc];
        ptr += 1;
        break;
      case kJump:
      case kInfo:
        pc += code_[pc];
        break;
      case kBranch:
        // <BRANCH> <skip> alternative <JUMP> … <0>
        save_marks_if_repeating(frame);
        frame.alternative = pc;
        goto branch_next;
      case kRepeatOne:
        // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: greedy, one character per item
        if (static_cast<int64_t>(code_[pc + 1]) > end - ptr) goto fail;
        frame.count = count(pc + 3, ptr, code_[pc + 2]);
        ptr += frame.count;
        if (frame.count < static_cast<int64_t>(code_[pc + 1])) goto fail;
        if (code_[pc + code_[pc]] == kSuccess && ptr == state_.end &&
            !(frame.toplevel && state_.must_advance && ptr == state_.start)) {
          state_.ptr = ptr;
          goto succeed;
        }
        save_marks_if_repeating(frame);
        if (code_[pc + code_[pc]] == kLiteral) {
          frame.literal = code_[pc + code_[pc] + 1];
          goto repeat_one_literal_next;
        }
        goto repeat_one_next;
      case kMinRepeatOne:
        // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: lazy
        if (static_cast<int64_t>(code_[pc + 1]) > end - ptr) goto fail;
        if (code_[pc + 1] == 0) {
          frame.count = 0;
        } else {
          frame.count = count(pc + 3, ptr, code_[pc + 1]);
          if (frame.count < static_cast<int64_t>(code_[pc + 1])) goto fail;
          ptr += frame.count;
        }
        if (code_[pc + code_[pc]] == kSuccess &&
            !(frame.toplevel && ((state_.match_all && ptr != state_.end) ||
                                 (state_.must_advance && ptr == state_.start)))) {
          state_.ptr = ptr;
          goto succeed;
        }
        save_marks_if_repeating(frame);
        goto min_repeat_one_next;
      case kPossessiveRepeatOne:
        if (ptr + static_cast<int64_t>(code_[pc + 1]) > end) goto fail;
        frame.count = count(pc + 3, ptr, code_[pc + 2]);
        ptr += frame.count;
        if (frame.count < static_cast<int64_t>(code_[pc + 1])) goto fail;
        pc += code_[pc];
        if (code_[pc] == kSuccess && ptr == state_.end &&
            !(frame.toplevel && state_.must_advance && ptr == state_.start)) {
          state_.ptr = ptr;
          goto succeed;
        }
        break;
      case kRepeat:
        // <REPEAT> <skip> <min> <max> body <MAX_UNTIL or MIN_UNTIL> tail
        repeats_.push_back(Repeat{-1, pc, current_repeat_, -1});
        current_repeat_ = static_cast<int>(repeats_.size() - 1);
        frame.repeat = current_repeat_;
        state_.ptr = ptr;
        SRE_CALL(pc + code_[pc], frame.toplevel, kResumeRepeat);
      case kMaxUntil: {
        if (current_repeat_ < 0) illegal();
        frame.repeat = current_repeat_;
        Repeat& repeat = repeats_[frame.repeat];
        state_.ptr = ptr;
        frame.count = repeat.count + 1;
        if (frame.count < static_cast<int64_t>(code_[repeat.pc + 1])) {
          repeat.count = frame.count;
          SRE_CALL(repeat.pc + 3, frame.toplevel, kResumeMaxUntilMinimum);
        }
        goto max_until_more;
      }
      case kMinUntil: {
        if (current_repeat_ < 0) illegal();
        frame.repeat = current_repeat_;
        Repeat& repeat = repeats_[frame.repeat];
        state_.ptr = ptr;
        frame.count = repeat.count + 1;
        if (frame.count < static_cast<int64_t>(code_[repeat.pc + 1])) {
          repeat.count = frame.count;
          SRE_CALL(repeat.pc + 3, frame.toplevel, kResumeMinUntilMinimum);
        }
        // enough repetitions: try the tail first
        current_repeat_ = repeat.previous;
        save_marks_if_repeating(frame);
        SRE_CALL(pc, frame.toplevel, kResumeMinUntilTail);
      }
      case kPossessiveRepeat:
        // <POSSESSIVE_REPEAT> <skip> <min> <max> body <SUCCESS> tail
        state_.ptr = ptr;
        frame.count = 0;
        goto possessive_minimum;
      case kAtomicGroup:
        // <ATOMIC_GROUP> <skip> body <SUCCESS> tail
        state_.ptr = ptr;
        SRE_CALL(pc + 1, false, kResumeAtomic);
      case kGroupref:
        if (!groupref_span(code_[pc], from, to)) goto fail;
        for (; from < to; ++from, ++ptr) {
          if (ptr >= end || subject_[ptr] != subject_[from]) goto fail;
        }
        pc += 1;
        break;
      case kGrouprefIgnore:
        if (!groupref_span(code_[pc], from, to)) goto fail;
        for (; from < to; ++from, ++ptr) {
          if (ptr >= end || lower_ascii(at(ptr)) != lower_ascii(at(from))) goto fail;
        }
        pc += 1;
        break;
      case kGrouprefUniIgnore:
        if (!groupref_span(code_[pc], from, to)) goto fail;
        for (; from < to; ++from, ++ptr) {
          if (ptr >= end || lower_unicode(at(ptr)) != lower_unicode(at(from))) goto fail;
        }
        pc += 1;
        break;
      case kGrouprefLocIgnore:
        if (!groupref_span(code_[pc], from, to)) goto fail;
        for (; from < to; ++from, ++ptr) {
          if (ptr >= end || lower_locale(at(ptr)) != lower_locale(at(from))) goto fail;
        }
        pc += 1;
        break;
      case kGrouprefExists:
        // <GROUPREF_EXISTS> <group> <skip> yes <JUMP> no
        if (!groupref_span(code_[pc], from, to)) {
          pc += code_[pc + 1];
        } else {
          pc += 2;
        }
        break;
      case kAssert:
        // <ASSERT> <skip> <back> pattern <SUCCESS>
        if (ptr < static_cast<int64_t>(code_[pc + 1])) goto fail;
        state_.ptr = ptr - code_[pc + 1];
        SRE_CALL(pc + 2, false, kResumeAssert);
      case kAssertNot:
        if (ptr >= static_cast<int64_t>(code_[pc + 1])) {
          state_.ptr = ptr - code_[pc + 1];
          save_marks_if_repeating(frame);
          SRE_CALL(pc + 2, false, kResumeAssertNot);
        }
        pc += code_[pc];
        break;
      case kFailure:
        goto fail;
      default:
        illegal();
    }
  }

branch_next:
  for (;;) {
    Frame& frame = frames_.back();
    size_t alternative = frame.alternative;
    if (code_[alternative] == 0) break;
    uint32_t first = code_[alternative + 1];
    if ((first == kLiteral && (ptr >= end || at(ptr) != code_[alternative + 2])) ||
        (first == kIn && (ptr >= end || !in_set(alternative + 3, at(ptr))))) {
      frame.alternative += code_[alternative];
      continue;
    }
    state_.ptr = ptr;
    SRE_CALL(alternative + 1, frame.toplevel, kResumeBranch);
  }
  if (frames_.back().marks_saved) drop_marks(frames_.back().lastmark);
  goto fail;

repeat_one_literal_next: {
  Frame& frame = frames_.back();
  int64_t min = code_[pc + 1];
  while (frame.count >= min && (ptr >= end || at(ptr) != frame.literal)) {
    ptr -= 1;
    frame.count -= 1;
  }
  if (frame.count < min) {
    if (frame.marks_saved) drop_marks(frame.lastmark);
    goto fail;
  }
  state_.ptr = ptr;
  SRE_CALL(pc + code_[pc], frame.toplevel, kResumeRepeatOneLiteral);
}

repeat_one_next: {
  Frame& frame = frames_.back();
  if (frame.count < static_cast<int64_t>(code_[pc + 1])) {
    if (frame.marks_saved) drop_marks(frame.lastmark);
    goto fail;
  }
  state_.ptr = ptr;
  SRE_CALL(pc + code_[pc], frame.toplevel, kResumeRepeatOne);
}

min_repeat_one_next: {
  Frame& frame = frames_.back();
  if (code_[pc + 2] != kMaxRepeat && frame.count > static_cast<int64_t>(code_[pc + 2])) {
    if (frame.marks_saved) drop_marks(frame.lastmark);
    goto fail;
  }
  state_.ptr = ptr;
  SRE_CALL(pc + code_[pc], frame.toplevel, kResumeMinRepeatOne);
}

max_until_more: {
  Frame& frame = frames_.back();
  Repeat& repeat = repeats_[frame.repeat];
  uint32_t max = code_[repeat.pc + 2];
  if ((frame.count < static_cast<int64_t>(max) || max == kMaxRepeat) && state_.ptr != repeat.last_ptr) {
    // one more iteration, marks saved whether or not an outer repeat exists
    repeat.count = frame.count;
    save_lastmark(frame);
    push_marks(frame.lastmark);
    saved_.push_back(repeat.last_ptr);
    repeat.last_ptr = state_.ptr;
    SRE_CALL(repeat.pc + 3, frame.toplevel, kResumeMaxUntilMore);
  }
}
max_until_tail: {
  Frame& frame = frames_.back();
  current_repeat_ = repeats_[frame.repeat].previous;
  SRE_CALL(pc, frame.toplevel, kResumeMaxUntilTail);
}

possessive_minimum: {
  Frame& frame = frames_.back();
  if (frame.count < static_cast<int64_t>(code_[pc + 1])) {
    SRE_CALL(pc + 3, false, kResumePossessiveMinimum);
  }
  // `ptr` now holds where the last iteration began (-1: none yet)
  ptr = -1;
}
possessive_more: {
  Frame& frame = frames_.back();
  uint32_t max = code_[pc + 2];
  if ((frame.count < static_cast<int64_t>(max) || max == kMaxRepeat) && state_.ptr != ptr) {
    save_lastmark(frame);
    push_marks(frame.lastmark);
    ptr = state_.ptr;
    SRE_CALL(pc + 3, false, kResumePossessiveMore);
  }
}
possessive_tail:
  pc += code_[pc] + 1;
  ptr = state_.ptr;
  goto dispatch;

fail:
  result = 0;
  goto finish;
succeed:
  result = 1;
finish:
  frames_.pop_back();
  if (frames_.empty()) return result;
  {
    Frame& frame = frames_.back();
    pc = frame.pc;
    ptr = frame.ptr;
    switch (frame.resume) {
      case kResumeNone: illegal();
      case kResumeBranch:
        if (result) {
          if (frame.marks_saved) drop_marks(frame.lastmark);
          goto succeed;
        }
        if (frame.marks_saved) pop_marks(frame.lastmark, false);
        restore_lastmark(frame);
        frame.alternative += code_[frame.alternative];
        goto branch_next;
      case kResumeRepeatOneLiteral:
      case kResumeRepeatOne:
        if (result) {
          if (frame.marks_saved) drop_marks(frame.lastmark);
          goto succeed;
        }
        if (frame.marks_saved) pop_marks(frame.lastmark, false);
        restore_lastmark(frame);
        ptr -= 1;
        frame.count -= 1;
        if (frame.resume == kResumeRepeatOneLiteral) goto repeat_one_literal_next;
        goto repeat_one_next;
      case kResumeMinRepeatOne:
        if (result) {
          if (frame.marks_saved) drop_marks(frame.lastmark);
          goto succeed;
        }
        if (frame.marks_saved) pop_marks(frame.lastmark, false);
        restore_lastmark(frame);
        state_.ptr = ptr;
        if (count(pc + 3, ptr, 1) == 0) {
          if (frame.marks_saved) drop_marks(frame.lastmark);
          goto fail;
        }
        ptr += 1;
        frame.count += 1;
        goto min_repeat_one_next;
      case kResumeRepeat:
        current_repeat_ = repeats_[frame.repeat].previous;
        repeats_.pop_back();
        if (result) goto succeed;
        goto fail;
      case kResumeMaxUntilMinimum:
      case kResumeMinUntilMinimum:
        if (result) goto succeed;
        repeats_[frame.repeat].count = frame.count - 1;
        state_.ptr = ptr;
        goto fail;
      case kResumeMaxUntilMore: {
        Repeat& repeat = repeats_[frame.repeat];
        repeat.last_ptr = saved_.back();
        saved_.pop_back();
        if (result) {
          drop_marks(frame.lastmark);
          goto succeed;
        }
        pop_marks(frame.lastmark, true);
        restore_lastmark(frame);
        repeat.count = frame.count - 1;
        state_.ptr = ptr;
        goto max_until_tail;
      }
      case kResumeMaxUntilTail:
        current_repeat_ = frame.repeat;
        if (result) goto succeed;
        state_.ptr = ptr;
        goto fail;
      case kResumeMinUntilTail: {
        current_repeat_ = frame.repeat;
        if (result) {
          if (frame.marks_saved) drop_marks(frame.lastmark);
          goto succeed;
        }
        if (frame.marks_saved) pop_marks(frame.lastmark, true);
        restore_lastmark(frame);
        state_.ptr = ptr;
        Repeat& repeat = repeats_[frame.repeat];
        uint32_t max = code_[repeat.pc + 2];
        if ((frame.count >= static_cast<int64_t>(max) && max != kMaxRepeat) || state_.ptr == repeat.last_ptr) {
          goto fail;
        }
        repeat.count = frame.count;
        saved_.push_back(repeat.last_ptr);
        repeat.last_ptr = state_.ptr;
        SRE_CALL(repeat.pc + 3, frame.toplevel, kResumeMinUntilMore);
      }
      case kResumeMinUntilMore: {
        Repeat& repeat = repeats_[frame.repeat];
        repeat.last_ptr = saved_.back();
        saved_.pop_back();
        if (result) goto succeed;
        repeat.count = frame.count - 1;
        state_.ptr = ptr;
        goto fail;
      }
      case kResumePossessiveMinimum:
        if (!result) {
          state_.ptr = ptr;
          goto fail;
        }
        frame.count += 1;
        goto possessive_minimum;
      case kResumePossessiveMore:
        if (result) {
          drop_marks(frame.lastmark);
          frame.count += 1;
          goto possessive_more;
        }
        pop_marks(frame.lastmark, true);
        restore_lastmark(frame);
        state_.ptr = ptr;
        goto possessive_tail;
      case kResumeAtomic:
        if (!result) {
          state_.ptr = ptr;
          goto fail;
        }
        pc += code_[pc];
        ptr = state_.ptr;
        goto dispatch;
      case kResumeAssert:
        if (!result) goto fail;
        pc += code_[pc];
        goto dispatch;
      case kResumeAssertNot:
        if (result) {
          if (frame.marks_saved) drop_marks(frame.lastmark);
          goto fail;
        }
        if (frame.marks_saved) pop_marks(frame.lastmark, true);
        restore_lastmark(frame);
        pc += code_[pc];
        goto dispatch;
    }
  }
  illegal();
#undef SRE_CALL
}

}  // namespace

bool validate_code(const std::vector<uint32_t>& code, size_t groups) {
  return Validator(code, groups).valid();
}

int match(State& state) {
  if (state.char_size == 1) return Matcher<uint8_t>(state).match();
  return Matcher<uint32_t>(state).match();
}

int search(State& state) {
  if (state.char_size == 1) return Matcher<uint8_t>(state).search();
  return Matcher<uint32_t>(state).search();
}

}  // namespace krait::sre
