// The abstract syntax tree: CPython 3.11's `ast` module, node for node and field
// for field (the list lives in ast.def, generated from CPython itself).
//
// Naming: a node keeps its ASDL constructor name (BinOp, FunctionDef); an ASDL
// sum type becomes an abstract base with a `Node` suffix (ExprNode, StmtNode);
// product types and enums are PascalCase (Arguments, Arg, Operator).
//
// Field types by ASDL type and cardinality:
//   expr / expr? -> ExprNode* (nullptr when absent)     expr*  -> Seq<ExprNode*>
//   identifier, string -> Str (absent: !present())       int    -> int
//   constant -> Constant                                 cmpop* -> Seq<CmpOperator>
// A Seq<ExprNode*> may hold nullptr where CPython's list holds None (Dict.keys
// for `**d`, arguments.kw_defaults).
//
// Nodes live in an Arena and are never freed one by one. Positions follow
// CPython: 1-based lines, 0-based columns in UTF-8 bytes.
#pragma once

#include <cstdint>
#include <string_view>
#include <type_traits>

#include "compiler/arena.h"

namespace krait::ast {

// identifier / string: UTF-8 text owned by the arena, or absent.
struct Str {
  const char* data = nullptr;
  uint32_t size = 0;

  Str() = default;
  Str(std::string_view s) : data(s.data()), size(static_cast<uint32_t>(s.size())) {}
  bool present() const { return data != nullptr; }
  std::string_view view() const { return {data, size}; }
  bool operator==(std::string_view s) const { return present() && view() == s; }
};

// An arena-allocated, immutable sequence (asdl_*_seq).
template <class T>
struct Seq {
  T* items = nullptr;
  uint32_t size = 0;

  T* begin() const { return items; }
  T* end() const { return items + size; }
  T& operator[](uint32_t i) const { return items[i]; }
  bool empty() const { return size == 0; }
};

// The value of a Constant or MatchSingleton node, kept as text and numbers so
// that the AST holds no Python objects (see arena.h).
// Tuple and FrozenSet (and negative ints, complex numbers with a real part)
// never come from the parser: they appear in trees built with the `ast`
// module and handed to compile().
struct ConstantValue {
  enum class Kind : uint8_t {
    None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes, Tuple, FrozenSet
  };
  Kind kind = Kind::None;
  // Float: the value; Complex: the imaginary part.
  double number = 0;
  // Complex: the real part (0 for a literal).
  double real = 0;
  // Int: decimal digits with an optional '-', no underscores; Str: UTF-8,
  // lone surrogates in their 3-byte form; Bytes: the raw bytes.
  Str text;
  // Tuple, FrozenSet: the items.
  Seq<ConstantValue> items;
};

#define KRAIT_AST_ENUM_BEGIN(asdl, Cpp) enum class Cpp : uint8_t {
#define KRAIT_AST_ENUM_VALUE(asdl, Name) Name,
#define KRAIT_AST_ENUM_END(asdl, Cpp) };
#include "compiler/ast_xmacro.h"

enum class NodeKind : uint8_t {
#define KRAIT_AST_NODE(asdl, Cpp, Py) Cpp,
#include "compiler/ast_xmacro.h"
};

struct Node {
  NodeKind node_kind;
};

// Nodes with CPython `_attributes`: lineno, col_offset, end_lineno, end_col_offset.
struct LocatedNode : Node {
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
};

// Abstract sum types: ExprNode, StmtNode ...; `Base_<asdl>` names the base of
// their constructors and `Field_<asdl>` the C++ type of a field of that type.
#define KRAIT_AST_CATEGORY(asdl, Cpp, located)                                \
  struct Cpp : std::conditional_t<located, LocatedNode, Node> {};             \
  using Base_##asdl = Cpp;                                                    \
  using Field_##asdl = Cpp*;
#define KRAIT_AST_PRODUCT(asdl, Cpp, located)                                 \
  struct Cpp;                                                                 \
  using Base_##asdl = std::conditional_t<located, LocatedNode, Node>;         \
  using Field_##asdl = Cpp*;
#define KRAIT_AST_ENUM_END(asdl, Cpp) using Field_##asdl = Cpp;
#include "compiler/ast_xmacro.h"

using Field_identifier = Str;
using Field_string = Str;
using Field_int = int;
using Field_constant = ConstantValue;

template <class T>
using Card_ONE = T;
template <class T>
using Card_OPT = T;
template <class T>
using Card_SEQ = Seq<T>;

#define KRAIT_AST_NODE(asdl, Cpp, Py)  \
  struct Cpp final : Base_##asdl {     \
    static constexpr NodeKind kKind = NodeKind::Cpp;
#define KRAIT_AST_FIELD(type, name, card) Card_##card<Field_##type> name{};
#define KRAIT_AST_END(asdl, Cpp, Py) \
  }                                  \
  ;
#include "compiler/ast_xmacro.h"

// A new node of type T with its kind set and every field empty.
template <class T>
T* make(Arena& arena) {
  T* node = arena.make<T>();
  node->node_kind = T::kKind;
  return node;
}

// A Seq holding a copy of `items`.
template <class T, class Range>
Seq<T> make_seq(Arena& arena, const Range& items) {
  Seq<T> seq;
  seq.size = static_cast<uint32_t>(items.size());
  seq.items = arena.make_array<T>(seq.size);
  uint32_t i = 0;
  for (const auto& item : items) seq.items[i++] = item;
  return seq;
}

// Checked downcast: nullptr unless `node` is a T.
template <class T>
T* as(Node* node) {
  return node && node->node_kind == T::kKind ? static_cast<T*>(node) : nullptr;
}
template <class T>
const T* as(const Node* node) {
  return node && node->node_kind == T::kKind ? static_cast<const T*>(node) : nullptr;
}

// The Python class name of a node ("BinOp", "arguments").
std::string_view node_name(NodeKind kind);

}  // namespace krait::ast
