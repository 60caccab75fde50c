// The matching engine beneath `_sre`: runs the code list that CPython 3.11's
// re._compiler emits over a subject of bytes or code points, backtracking
// with explicit stacks (no C recursion, so deep patterns and long subjects
// cannot overflow the machine stack).
//
// The engine keeps no Python objects: the subject is a plain array (bytes,
// an ASCII str's bytes, or a non-ASCII str decoded to code points) that the
// caller keeps alive, and the results are positions in it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace krait::sre {

// The opcodes, AT codes and CATEGORY codes of re._constants (MAGIC 20220615).
enum Opcode : uint32_t {
  kFailure, kSuccess, kAny, kAnyAll, kAssert, kAssertNot, kAt, kBranch, kCategory, kCharset,
  kBigCharset, kGroupref, kGrouprefExists, kIn, kInfo, kJump, kLiteral, kMark, kMaxUntil,
  kMinUntil, kNotLiteral, kNegate, kRange, kRepeat, kRepeatOne, kSubpattern, kMinRepeatOne,
  kAtomicGroup, kPossessiveRepeat, kPossessiveRepeatOne, kGrouprefIgnore, kInIgnore,
  kLiteralIgnore, kNotLiteralIgnore, kGrouprefLocIgnore, kInLocIgnore, kLiteralLocIgnore,
  kNotLiteralLocIgnore, kGrouprefUniIgnore, kInUniIgnore, kLiteralUniIgnore,
  kNotLiteralUniIgnore, kRangeUniIgnore, kOpcodeCount
};
enum AtCode : uint32_t {
  kAtBeginning, kAtBeginningLine, kAtBeginningString, kAtBoundary, kAtNonBoundary, kAtEnd,
  kAtEndLine, kAtEndString, kAtLocBoundary, kAtLocNonBoundary, kAtUniBoundary,
  kAtUniNonBoundary, kAtCodeCount
};
enum CategoryCode : uint32_t {
  kCatDigit, kCatNotDigit, kCatSpace, kCatNotSpace, kCatWord, kCatNotWord, kCatLinebreak,
  kCatNotLinebreak, kCatLocWord, kCatLocNotWord, kCatUniDigit, kCatUniNotDigit, kCatUniSpace,
  kCatUniNotSpace, kCatUniWord, kCatUniNotWord, kCatUniLinebreak, kCatUniNotLinebreak,
  kCategoryCodeCount
};

inline constexpr uint32_t kMagic = 20220615;
inline constexpr uint32_t kMaxRepeat = 0xFFFFFFFFu;  // CODESIZE 4
inline constexpr uint32_t kMaxGroups = 0x3FFFFFFFu;  // MAXREPEAT / 4, as CPython on 64-bit
inline constexpr uint32_t kInfoPrefix = 1;
inline constexpr uint32_t kInfoLiteral = 2;
inline constexpr uint32_t kInfoCharset = 4;

// Character classification and case mapping as CPython's sre applies them.
char32_t lower_ascii(char32_t ch);
char32_t lower_locale(char32_t ch);
char32_t upper_locale(char32_t ch);
char32_t lower_unicode(char32_t ch);  // Py_UNICODE_TOLOWER
char32_t upper_unicode(char32_t ch);  // Py_UNICODE_TOUPPER
bool in_category(uint32_t category, char32_t ch);

// Checks the structure of a code list (every skip in bounds, every group and
// opcode known); false means CPython's "invalid SRE code".
bool validate_code(const std::vector<uint32_t>& code, size_t groups);

// One search or match: the subject, the window [start, end) within it, and
// after a run the matched span [match_start, ptr) and the group marks
// (mark[2g], mark[2g+1] for group g+1; -1 where unset).
struct State {
  const uint32_t* code = nullptr;
  size_t groups = 0;
  const void* subject = nullptr;
  int char_size = 1;  // 1: bytes or an ASCII str; 4: code points
  int64_t length = 0;
  int64_t start = 0;        // where the next attempt begins (state->start)
  int64_t end = 0;          // endpos
  int64_t pos = 0;          // the pos argument, for Match.pos
  bool match_all = false;   // fullmatch: SUCCESS only at `end`
  bool must_advance = false;  // an empty match at `start` is refused
  int64_t ptr = 0;          // where the last match ended
  std::vector<int64_t> mark;
  int lastmark = -1;
  int lastindex = -1;

  void reset() {
    lastmark = -1;
    lastindex = -1;
  }
};

// 1 when the pattern matches at state.start (setting state.ptr and the
// marks), 0 when it does not. Runs the pending signal handlers now and then,
// so that a long match can be interrupted (their exception propagates);
// RuntimeError for code the engine cannot run.
int match(State& state);
// The first match at or after state.start: 1 (state.start is moved to where
// it begins) or 0.
int search(State& state);

}  // namespace krait::sre
