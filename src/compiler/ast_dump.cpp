// ast.dump(), reproduced from the rules of CPython 3.11's Lib/ast.py so that the
// front end can be compared with CPython's text for every file of the stdlib:
//  - fields in _fields order, then (if asked) the location attributes;
//  - an optional field whose value is None is left out;
//  - a node prints on one line when all its parts are "simple" (scalars, empty
//    lists, nodes without fields) and it has at most three of them; a node is
//    itself simple only when it has no parts at all (Load(), Add()).
//
// _format builds each subtree's text and pastes it into its parent's, which is
// quadratic in the depth of the tree. Whether a node fits on one line depends
// only on its own parts and on whether its children have parts at all, so the
// dumper decides that first and then streams the text into one buffer: the
// time is linear in the output, and the C++ stack holds one small frame per
// level of nesting, which is itself bounded (kMaxDumpDepth).
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

// What _format gets for one field, attribute or list element: a child node
// (formatted recursively) or a scalar already turned into its repr (a missing
// node in a list, as in Dict.keys, is the scalar "None").
struct Item {
  const Node* node = nullptr;
  std::string text;
};

// One "name=value" of a node; a list's elements are items[first, first + count).
struct Part {
  const char* name;
  bool is_list = false;
  Item item;
  uint32_t first = 0;
  uint32_t count = 0;
};

struct Parts {
  std::vector<Part> parts;
  std::vector<Item> items;
};

class Dumper {
 public:
  explicit Dumper(const DumpOptions& options) : options_(options) {}

  void node(const Node* node, int level);
  std::string& text() { return out_; }

 private:
  // The separators CPython's _format uses at `level` (already incremented).
  void prefix(int level) {
    if (!options_.indent) return;
    out_ += '\n';
    out_.append(static_cast<size_t>(level) * static_cast<size_t>(*options_.indent), ' ');
  }
  void separator(int level) {
    if (!options_.indent) {
      out_ += ", ";
      return;
    }
    out_ += ',';
    prefix(level);
  }

  // ---- turning a node's fields into Parts ----
  static Item item(const Node* n) { return n ? Item{n, {}} : Item{nullptr, "None"}; }
  static Item item(const Str& s) { return {nullptr, s.present() ? str_repr(s.view()) : "None"}; }
  static Item item(int i) { return {nullptr, std::to_string(i)}; }
  static Item item(const ConstantValue& c) { return {nullptr, constant_repr(c)}; }
  template <class E>
    requires std::is_enum_v<E>
  static Item item(E e) {
    return {nullptr, std::string(enum_name(e))};
  }

  template <class T>
  static void add(Parts& parts, const char* name, const T& field) {
    parts.parts.push_back(Part{name, false, item(field), 0, 0});
  }
  template <class T>
  static void add(Parts& parts, const char* name, const Seq<T>& seq) {
    Part part{name, true, {}, 0, 0};
    part.first = static_cast<uint32_t>(parts.items.size());
    part.count = seq.size;
    for (const T& element : seq) parts.items.push_back(item(element));
    parts.parts.push_back(std::move(part));
  }
  template <class T>
  static void add_ONE(Parts& parts, const char* name, const T& field) {
    add(parts, name, field);
  }
  template <class T>
  static void add_SEQ(Parts& parts, const char* name, const T& field) {
    add(parts, name, field);
  }
  static void add_OPT(Parts& parts, const char* name, const Node* field) {
    if (field) add(parts, name, field);
  }
  static void add_OPT(Parts& parts, const char* name, const Str& field) {
    if (field.present()) add(parts, name, field);
  }
  static void add_OPT(Parts& parts, const char* name, int field) { add(parts, name, field); }

  void add_location(Parts& parts, const LocatedNode* n) {
    if (!options_.include_attributes) return;
    add(parts, "lineno", n->lineno);
    add(parts, "col_offset", n->col_offset);
    add(parts, "end_lineno", n->end_lineno);
    add(parts, "end_col_offset", n->end_col_offset);
  }
  void add_location(Parts&, const Node*) {}

  // Fills `parts` with what _format lists for `node`; returns its class name.
  std::string_view collect(const Node* node, Parts& parts);

  // Whether _format calls the part simple: a scalar, an empty list, or a node
  // that itself has no parts.
  bool simple(const Part& part) {
    if (part.is_list) return part.count == 0;
    if (!part.item.node) return true;
    Parts child;
    collect(part.item.node, child);
    return child.parts.empty();
  }

  void write(const Item& item, int level) {
    if (item.node) {
      node(item.node, level);
    } else {
      out_ += item.text;
    }
  }
  void write(const Part& part, const Parts& parts, int level) {
    if (!part.is_list) return write(part.item, level);
    if (part.count == 0) {
      out_ += "[]";
      return;
    }
    if (options_.indent) ++level;
    out_ += '[';
    prefix(level);
    for (uint32_t i = 0; i < part.count; ++i) {
      if (i) separator(level);
      write(parts.items[part.first + i], level);
    }
    out_ += ']';
  }

  const DumpOptions& options_;
  std::string out_;
  int depth_ = 0;
};

std::string_view Dumper::collect(const Node* node, Parts& parts) {
  switch (node->node_kind) {
#define KRAIT_AST_NODE(asdl, Cpp, Py)            \
  case NodeKind::Cpp: {                          \
    [[maybe_unused]] auto* n = static_cast<const Cpp*>(node);
#define KRAIT_AST_FIELD(type, name, card) add_##card(parts, #name, n->name);
#define KRAIT_AST_END(asdl, Cpp, Py) \
  add_location(parts, n);            \
  return #Py;                        \
  }
#include "compiler/ast_xmacro.h"
  }
  return "?";
}

void Dumper::node(const Node* node, int level) {
  if (++depth_ > kMaxDumpDepth) throw DumpTooDeepError();
  if (options_.indent) ++level;
  Parts parts;
  out_ += collect(node, parts);
  out_ += '(';
  bool all_simple = true;
  for (const Part& part : parts.parts) {
    if (!simple(part)) {
      all_simple = false;
      break;
    }
  }
  if (all_simple && parts.parts.size() <= 3) {
    for (size_t i = 0; i < parts.parts.size(); ++i) {
      if (i) out_ += ", ";
      out_ += parts.parts[i].name;
      out_ += '=';
      write(parts.parts[i], parts, level);
    }
  } else {
    prefix(level);
    for (size_t i = 0; i < parts.parts.size(); ++i) {
      if (i) separator(level);
      out_ += parts.parts[i].name;
      out_ += '=';
      write(parts.parts[i], parts, level);
    }
  }
  out_ += ')';
  --depth_;
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
      if (value.real != 0) text = "(" + float_repr_no_dot_zero(value.real) + "+" + text + ")";
      return text;
    }
    case ConstantValue::Kind::Str: return str_repr(value.text.view());
    case ConstantValue::Kind::Bytes: return bytes_repr(value.text.view());
    case ConstantValue::Kind::Tuple:
    case ConstantValue::Kind::FrozenSet: {
      bool tuple = value.kind == ConstantValue::Kind::Tuple;
      std::string text = tuple ? "(" : "frozenset({";
      for (uint32_t i = 0; i < value.items.size; ++i) {
        if (i) text += ", ";
        text += constant_repr(value.items[i]);
      }
      if (tuple && value.items.size == 1) text += ',';
      text += tuple ? ")" : "})";
      return text;
    }
  }
  return "?";
}

std::string dump(const Node* node, const DumpOptions& options) {
  Dumper dumper(options);
  dumper.node(node, 0);
  return std::move(dumper.text());
}

}  // namespace krait::ast
