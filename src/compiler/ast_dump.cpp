// ast.dump(), reproduced from the rules of CPython 3.11's Lib/ast.py so that the
// front end can be compared with CPython's text for every file of the stdlib:
//  - fields in _fields order, then (if asked) the location attributes;
//  - an optional field whose value is None is left out;
//  - a node prints on one line when all its parts are "simple" (scalars, empty
//    lists, nodes without fields) and it has at most three of them; a node is
//    itself simple only when it has no parts at all (Load(), Add()).
#include "compiler/ast_dump.h"

#include <string_view>
#include <vector>

#include "objects/float.h"
#include "objects/str.h"

namespace krait::ast {

namespace {

#define KRAIT_AST_ENUM_BEGIN(asdl, Cpp) \
  [[maybe_unused]] std::string_view enum_name(Cpp value) { \
    switch (value) {
#define KRAIT_AST_ENUM_VALUE(asdl, Name) \
  case decltype(value)::Name:            \
    return #Name "()";
#define KRAIT_AST_ENUM_END(asdl, Cpp) \
  }                                   \
  return "?";                         \
  }
#include "compiler/ast_xmacro.h"

struct Formatted {
  std::string text;
  bool simple;
};

class Dumper {
 public:
  explicit Dumper(const DumpOptions& options) : options_(options) {
    if (options.indent) unit_.assign(static_cast<size_t>(*options.indent), ' ');
  }

  Formatted node(const Node* node, int level);

 private:
  // The separators CPython's _format uses at `level` (already incremented).
  std::string prefix(int level) const {
    if (!options_.indent) return {};
    std::string s = "\n";
    for (int i = 0; i < level; ++i) s += unit_;
    return s;
  }
  std::string separator(int level) const {
    if (!options_.indent) return ", ";
    std::string s = ",";
    s += prefix(level);
    return s;
  }

  Formatted value(const Node* n, int level) {
    if (!n) return {"None", true};
    return node(n, level);
  }
  Formatted value(const Str& s, int) { return {s.present() ? str_repr(s.view()) : "None", true}; }
  Formatted value(int i, int) { return {std::to_string(i), true}; }
  Formatted value(const ConstantValue& c, int) { return {constant_repr(c), true}; }
  template <class E>
    requires std::is_enum_v<E>
  Formatted value(E e, int) {
    return {std::string(enum_name(e)), true};
  }
  template <class T>
  Formatted value(const Seq<T>& seq, int level) {
    if (seq.empty()) return {"[]", true};
    if (options_.indent) ++level;
    std::string text = "[";
    text += prefix(level);
    std::string sep = separator(level);
    for (uint32_t i = 0; i < seq.size; ++i) {
      if (i) text += sep;
      text += value(seq[i], level).text;
    }
    text += "]";
    return {std::move(text), false};
  }

  struct Parts {
    std::vector<std::string> args;
    bool all_simple = true;
  };

  template <class T>
  void add(Parts& parts, const char* name, const T& field, int level) {
    Formatted f = value(field, level);
    parts.all_simple = parts.all_simple && f.simple;
    std::string arg = name;
    arg += '=';
    arg += f.text;
    parts.args.push_back(std::move(arg));
  }
  template <class T>
  void add_ONE(Parts& parts, const char* name, const T& field, int level) {
    add(parts, name, field, level);
  }
  template <class T>
  void add_SEQ(Parts& parts, const char* name, const T& field, int level) {
    add(parts, name, field, level);
  }
  void add_OPT(Parts& parts, const char* name, const Node* field, int level) {
    if (field) add(parts, name, field, level);
  }
  void add_OPT(Parts& parts, const char* name, const Str& field, int level) {
    if (field.present()) add(parts, name, field, level);
  }
  void add_OPT(Parts& parts, const char* name, int field, int level) {
    add(parts, name, field, level);
  }

  void add_location(Parts& parts, const LocatedNode* n, int level) {
    add(parts, "lineno", n->lineno, level);
    add(parts, "col_offset", n->col_offset, level);
    add(parts, "end_lineno", n->end_lineno, level);
    add(parts, "end_col_offset", n->end_col_offset, level);
  }
  void add_location(Parts&, const Node*, int) {}

  Formatted finish(std::string_view name, Parts& parts, int level) {
    std::string text(name);
    text += "(";
    if (parts.all_simple && parts.args.size() <= 3) {
      for (size_t i = 0; i < parts.args.size(); ++i) {
        if (i) text += ", ";
        text += parts.args[i];
      }
      text += ")";
      return {std::move(text), parts.args.empty()};
    }
    text += prefix(level);
    std::string sep = separator(level);
    for (size_t i = 0; i < parts.args.size(); ++i) {
      if (i) text += sep;
      text += parts.args[i];
    }
    text += ")";
    return {std::move(text), false};
  }

  const DumpOptions& options_;
  std::string unit_;
};

Formatted Dumper::node(const Node* node, int level) {
  if (options_.indent) ++level;
  Parts parts;
  switch (node->node_kind) {
#define KRAIT_AST_NODE(asdl, Cpp, Py)            \
  case NodeKind::Cpp: {                          \
    [[maybe_unused]] auto* n = static_cast<const Cpp*>(node);
#define KRAIT_AST_FIELD(type, name, card) add_##card(parts, #name, n->name, level);
#define KRAIT_AST_END(asdl, Cpp, Py)                                  \
  if (options_.include_attributes) add_location(parts, n, level);     \
  return finish(#Py, parts, level);                                   \
  }
#include "compiler/ast_xmacro.h"
  }
  return {"?", true};
}

}  // namespace

std::string_view node_name(NodeKind kind) {
  switch (kind) {
#define KRAIT_AST_NODE(asdl, Cpp, Py) \
  case NodeKind::Cpp:                 \
    return #Py;
#include "compiler/ast_xmacro.h"
  }
  return "?";
}

std::string constant_repr(const ConstantValue& value) {
  switch (value.kind) {
    case ConstantValue::Kind::None: return "None";
    case ConstantValue::Kind::True: return "True";
    case ConstantValue::Kind::False: return "False";
    case ConstantValue::Kind::Ellipsis: return "Ellipsis";
    case ConstantValue::Kind::Int: return std::string(value.text.view());
    case ConstantValue::Kind::Float: return float_repr(value.number);
    case ConstantValue::Kind::Complex: {
      std::string text = float_repr_no_dot_zero(value.number);
      text += 'j';
      return text;
    }
    case ConstantValue::Kind::Str: return str_repr(value.text.view());
    case ConstantValue::Kind::Bytes: return bytes_repr(value.text.view());
  }
  return "?";
}

std::string dump(const Node* node, const DumpOptions& options) {
  Dumper dumper(options);
  return dumper.node(node, 0).text;
}

}  // namespace krait::ast
