#include "modules/ast_module.h"

#include <string>
#include <string_view>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/codegen.h"
#include "compiler/parser.h"
#include "compiler/symtable.h"
#include "compiler/syntax_error.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "vm/run.h"

namespace krait {

namespace {

using ast::ConstantValue;
using ast::LocatedNode;
using ast::ModNode;
using ast::Node;
using ast::NodeKind;

constexpr size_t kNodeCount = 0
#define KRAIT_AST_NODE(asdl, Cpp, Py) +1
#include "compiler/ast_xmacro.h"
    ;

// The classes and singletons of the module; a static, so a GC root.
struct Classes {
  Value ast;
  Value node[kNodeCount];
#define KRAIT_AST_CATEGORY(asdl, Cpp, located) Value category_##asdl;
#define KRAIT_AST_ENUM_BEGIN(asdl, Cpp) Value category_##asdl;
#define KRAIT_AST_ENUM_VALUE(asdl, Name) \
  Value class_##asdl##_##Name;           \
  Value singleton_##asdl##_##Name;
#include "compiler/ast_xmacro.h"
};
Classes classes;

size_t index_of(NodeKind kind) { return static_cast<size_t>(kind); }

// ---- the AST base class ----

Value ast_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value fields = lookup_attr(Value::from_object(type_of(self)), intern("_fields"));
  size_t numfields = fields.is_null() ? 0 : static_cast<size_t>(length(fields));
  if (nargs > numfields) {
    throw_type_error(type_name(self) + std::string(" constructor takes at most ") +
                     std::to_string(numfields) + " positional argument" +
                     (numfields == 1 ? "" : "s"));
  }
  for (size_t i = 0; i < nargs; ++i) {
    Value name = getitem(fields, make_int(static_cast<int64_t>(i)));
    if (!is_str(name)) {
      throw_type_error("attribute name must be string, not '" + type_name(name) + "'");
    }
    setattr(self, name.as<Str>(), args[i]);
  }
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t i = 0; i < nkw; ++i) setattr(self, (*kwnames)[i].as<Str>(), args[nargs + i]);
  return none();
}

Value ast_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_positional("__reduce__", nargs, 0, 0);
  reject_keywords("__reduce__", kwnames);
  Value cls = Value::from_object(type_of(self));
  Dict* dict = instance_dict(self);
  Value empty = Value::from_object(make_tuple(0));
  if (dict) return Value::from_object(make_tuple({cls, empty, Value::from_object(dict)}));
  return Value::from_object(make_tuple({cls, empty}));
}

Tuple* names_tuple(std::initializer_list<const char*> names) {
  Tuple* tuple = make_tuple(names.size());
  size_t i = 0;
  for (const char* name : names) (*tuple)[i++] = Value::from_object(intern(name));
  return tuple;
}

Tuple* location_names() {
  return names_tuple({"lineno", "col_offset", "end_lineno", "end_col_offset"});
}

Value new_class(std::string_view name, Value base, Dict* dict) {
  dict_set_str(dict, intern("__module__"), str_value("ast"));
  return make_class(&type_type, intern(name), make_tuple({base}), dict, nullptr, 0, nullptr);
}

// A class with no fields: a category (expr, operator), or an operator or
// context (Add, Load).
Value new_abstract_class(std::string_view name, Value base, bool located) {
  Dict* dict = make_dict();
  dict_set_str(dict, intern("_fields"), Value::from_object(make_tuple(0)));
  if (located) {
    dict_set_str(dict, intern("_attributes"), Value::from_object(location_names()));
    dict_set_str(dict, intern("end_lineno"), none());
    dict_set_str(dict, intern("end_col_offset"), none());
  } else {
    dict_set_str(dict, intern("_attributes"), Value::from_object(make_tuple(0)));
  }
  return new_class(name, base, dict);
}

void make_classes() {
  Dict* base_dict = make_dict();
  dict_set_str(base_dict, intern("_fields"), Value::from_object(make_tuple(0)));
  dict_set_str(base_dict, intern("_attributes"), Value::from_object(make_tuple(0)));
  dict_set_str(base_dict, intern("__init__"),
               make_method_descriptor(&object_type, {"__init__", ast_init}));
  dict_set_str(base_dict, intern("__reduce__"),
               make_method_descriptor(&object_type, {"__reduce__", ast_reduce}));
  classes.ast = new_class("AST", Value::from_object(&object_type), base_dict);

#define KRAIT_AST_CATEGORY(asdl, Cpp, located) \
  classes.category_##asdl = new_abstract_class(#asdl, classes.ast, located);
#define KRAIT_AST_ENUM_BEGIN(asdl, Cpp) \
  classes.category_##asdl = new_abstract_class(#asdl, classes.ast, false);
#define KRAIT_AST_ENUM_VALUE(asdl, Name)                                                  \
  classes.class_##asdl##_##Name = new_abstract_class(#Name, classes.category_##asdl, false); \
  classes.singleton_##asdl##_##Name = call(classes.class_##asdl##_##Name, {});
#include "compiler/ast_xmacro.h"

  // Products are their own category: their class derives from AST directly.
#define KRAIT_AST_CATEGORY(asdl, Cpp, located) [[maybe_unused]] constexpr bool product_##asdl = false;
#define KRAIT_AST_PRODUCT(asdl, Cpp, located)                     \
  [[maybe_unused]] constexpr bool product_##asdl = true;          \
  [[maybe_unused]] constexpr bool located_##asdl = located;       \
  [[maybe_unused]] Value category_##asdl = classes.ast;
#include "compiler/ast_xmacro.h"
#define KRAIT_AST_CATEGORY(asdl, Cpp, located) \
  [[maybe_unused]] Value category_##asdl = classes.category_##asdl; \
  [[maybe_unused]] constexpr bool located_##asdl = false;
#include "compiler/ast_xmacro.h"

#define KRAIT_AST_NODE(asdl, Cpp, Py)          \
  {                                            \
    Dict* dict = make_dict();                  \
    List* fields = make_list(0);               \
    std::string doc = #Py "(";
#define KRAIT_AST_FIELD(type, name, card)                                   \
  if (fields->size) doc += ", ";                                            \
  doc += #type;                                                             \
  doc += std::string_view(#card) == "OPT" ? "?" : std::string_view(#card) == "SEQ" ? "*" : ""; \
  doc += " " #name;                                                         \
  list_append(fields, Value::from_object(intern(#name)));                   \
  if (std::string_view(#card) == "OPT") dict_set_str(dict, intern(#name), none());
#define KRAIT_AST_END(asdl, Cpp, Py)                                                        \
  doc += ")";                                                                               \
  Value field_tuple = Value::from_object(make_tuple(fields->items, fields->size));          \
  dict_set_str(dict, intern("_fields"), field_tuple);                                       \
  dict_set_str(dict, intern("__match_args__"), field_tuple);                                \
  dict_set_str(dict, intern("__doc__"), str_value(doc));                                    \
  if (product_##asdl) {                                                                     \
    if (located_##asdl) {                                                                   \
      dict_set_str(dict, intern("_attributes"), Value::from_object(location_names()));      \
      dict_set_str(dict, intern("end_lineno"), none());                                     \
      dict_set_str(dict, intern("end_col_offset"), none());                                 \
    } else {                                                                                \
      dict_set_str(dict, intern("_attributes"), Value::from_object(make_tuple(0)));         \
    }                                                                                       \
  }                                                                                         \
  classes.node[index_of(NodeKind::Cpp)] = new_class(#Py, category_##asdl, dict);            \
  }
#include "compiler/ast_xmacro.h"
}

// ---- compiler AST -> _ast objects ----

class ToObjects {
 public:
  Value node(const Node* node);

 private:
  template <class T>
    requires std::is_base_of_v<Node, T>
  Value value(const T* n) {
    return n ? node(n) : none();
  }
  Value value(const ast::Str& s) { return s.present() ? str_value(s.view()) : none(); }
  Value value(int i) { return make_int(i); }
  Value value(const ConstantValue& c) {
    switch (c.kind) {
      case ConstantValue::Kind::None: return none();
      case ConstantValue::Kind::True: return make_bool(true);
      case ConstantValue::Kind::False: return make_bool(false);
      case ConstantValue::Kind::Ellipsis: return ellipsis();
      case ConstantValue::Kind::Int: {
        std::string_view digits = c.text.view();
        if (!digits.empty() && digits[0] == '-') {
          return unary_op(int_from_decimal_digits(digits.substr(1)), UnaryOp::Negative);
        }
        return int_from_decimal_digits(digits.empty() ? "0" : digits);
      }
      case ConstantValue::Kind::Float: return make_float(c.number);
      case ConstantValue::Kind::Complex: return make_complex(c.real, c.number);
      case ConstantValue::Kind::Str: return str_value(c.text.view());
      case ConstantValue::Kind::Bytes: return Value::from_object(make_bytes(c.text.view()));
      case ConstantValue::Kind::Tuple: {
        Tuple* tuple = make_tuple(c.items.size);
        for (uint32_t i = 0; i < c.items.size; ++i) (*tuple)[i] = value(c.items[i]);
        return Value::from_object(tuple);
      }
      case ConstantValue::Kind::FrozenSet: {
        Set* set = make_frozenset();
        for (const ConstantValue& item : c.items) set_add(set, value(item));
        return Value::from_object(set);
      }
    }
    return none();
  }
#define KRAIT_AST_ENUM_BEGIN(asdl, Cpp) \
  Value value(ast::Cpp e) {                  \
    switch (e) {
#define KRAIT_AST_ENUM_VALUE(asdl, Name) \
  case decltype(e)::Name:                \
    return classes.singleton_##asdl##_##Name;
#define KRAIT_AST_ENUM_END(asdl, Cpp) \
  }                                   \
  return none();                      \
  }
#include "compiler/ast_xmacro.h"
  template <class T>
  Value value(const ast::Seq<T>& seq) {
    List* list = make_list(seq.size);
    for (uint32_t i = 0; i < seq.size; ++i) list->items[i] = value(seq[i]);
    return Value::from_object(list);
  }

  void location(Value object, const LocatedNode* n) {
    setattr(object, intern("lineno"), make_int(n->lineno));
    setattr(object, intern("col_offset"), make_int(n->col_offset));
    setattr(object, intern("end_lineno"), make_int(n->end_lineno));
    setattr(object, intern("end_col_offset"), make_int(n->end_col_offset));
  }
  void location(Value, const Node*) {}
};

Value ToObjects::node(const Node* node) {
  switch (node->node_kind) {
#define KRAIT_AST_NODE(asdl, Cpp, Py)                                   \
  case NodeKind::Cpp: {                                                 \
    [[maybe_unused]] auto* n = static_cast<const ast::Cpp*>(node);           \
    Value object = call(classes.node[index_of(NodeKind::Cpp)], {});
#define KRAIT_AST_FIELD(type, name, card) setattr(object, intern(#name), value(n->name));
#define KRAIT_AST_END(asdl, Cpp, Py) \
  location(object, n);               \
  return object;                     \
  }
#include "compiler/ast_xmacro.h"
  }
  return none();
}

// ---- _ast objects -> compiler AST ----

constexpr int kMaxConversionDepth = 3000;

class FromObjects {
 public:
  explicit FromObjects(Arena& arena) : arena_(arena) {}

#define KRAIT_AST_CATEGORY(asdl, Cpp, located) ast::Cpp* convert_##asdl(Value object);
#define KRAIT_AST_PRODUCT(asdl, Cpp, located) ast::Cpp* convert_##asdl(Value object);
#include "compiler/ast_xmacro.h"

 private:
  struct DepthGuard {
    explicit DepthGuard(int& depth) : depth_(depth) {
      if (++depth_ > kMaxConversionDepth) {
        --depth_;
        raise(&exc_RecursionError, "maximum recursion depth exceeded during ast construction");
      }
    }
    ~DepthGuard() { --depth_; }
    int& depth_;
  };

  static Value attribute(Value object, const char* name) {
    return lookup_attr(object, intern(name));
  }
  [[noreturn]] static void missing(const char* name, const char* owner) {
    throw_type_error(std::string("required field \"") + name + "\" missing from " + owner);
  }

  // One value of a field's ASDL type (None already allowed by the caller).
#define KRAIT_AST_CATEGORY(asdl, Cpp, located) \
  void one(Value v, ast::Cpp*& out) { out = is_none(v) ? nullptr : convert_##asdl(v); }
#define KRAIT_AST_PRODUCT(asdl, Cpp, located) \
  void one(Value v, ast::Cpp*& out) { out = is_none(v) ? nullptr : convert_##asdl(v); }
#define KRAIT_AST_ENUM_BEGIN(asdl, Cpp) \
  void one(Value v, ast::Cpp& out) {
#define KRAIT_AST_ENUM_VALUE(asdl, Name)               \
  if (isinstance(v, classes.class_##asdl##_##Name)) { \
    out = std::remove_reference_t<decltype(out)>::Name;                        \
    return;                                             \
  }
#define KRAIT_AST_ENUM_END(asdl, Cpp) \
  throw_type_error("expected some sort of " #asdl ", but got " + repr_string(v)); \
  }
#include "compiler/ast_xmacro.h"
  void one(Value v, ast::Str& out) {
    if (is_none(v)) {
      out = ast::Str();
      return;
    }
    if (type_of(v) != &str_type) throw_type_error("AST identifier must be of type str");
    out = ast::Str(arena_.copy(str_view(v)));
  }
  void one(Value v, int& out) {
    if (!is_int(v)) throw_value_error("invalid integer value: " + repr_string(v));
    out = static_cast<int>(index_as_ssize(v));
  }
  void one(Value v, ConstantValue& out) { constant(v, out); }

  void constant(Value v, ConstantValue& out) {
    using K = ConstantValue::Kind;
    Type* type = type_of(v);
    if (is_none(v)) {
      out.kind = K::None;
    } else if (v.is(ellipsis())) {
      out.kind = K::Ellipsis;
    } else if (type == &bool_type) {
      out.kind = truthy(v) ? K::True : K::False;
    } else if (type == &int_type) {
      out.kind = K::Int;
      out.text = ast::Str(arena_.copy(repr_string(v)));
    } else if (type == &float_type) {
      out.kind = K::Float;
      out.number = float_value(v);
    } else if (type == &complex_type) {
      out.kind = K::Complex;
      out.real = v.as<Complex>()->real;
      out.number = v.as<Complex>()->imag;
    } else if (type == &str_type) {
      out.kind = K::Str;
      out.text = ast::Str(arena_.copy(str_view(v)));
    } else if (type == &bytes_type) {
      out.kind = K::Bytes;
      out.text = ast::Str(arena_.copy(v.as<Bytes>()->view()));
    } else if (type == &tuple_type || type == &frozenset_type) {
      out.kind = type == &tuple_type ? K::Tuple : K::FrozenSet;
      List* items = make_list(0);
      Value iterator = get_iter(v);
      for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
        list_append(items, item);
      }
      out.items.size = static_cast<uint32_t>(items->size);
      out.items.items = arena_.make_array<ConstantValue>(items->size);
      for (size_t i = 0; i < items->size; ++i) constant(items->items[i], out.items.items[i]);
    } else {
      throw_type_error("got an invalid type in Constant: " + type_name(v));
    }
  }

  template <class T>
  static bool absent(T* p) {
    return p == nullptr;
  }
  static bool absent(const ast::Str& s) { return !s.present(); }
  template <class T>
    requires(!std::is_pointer_v<T>)
  static bool absent(const T&) {
    return false;
  }

  template <class T>
  void read_ONE(Value object, const char* owner, const char* name, T& out) {
    Value v = attribute(object, name);
    if (v.is_null()) missing(name, owner);
    one(v, out);
    if (absent(out)) {
      throw_value_error(std::string("field '") + name + "' is required for " + owner);
    }
  }
  template <class T>
  void read_OPT(Value object, const char*, const char* name, T& out) {
    Value v = attribute(object, name);
    if (v.is_null() || is_none(v)) return;
    one(v, out);
  }
  template <class T>
  void read_SEQ(Value object, const char* owner, const char* name, ast::Seq<T>& out) {
    Value v = attribute(object, name);
    if (v.is_null()) missing(name, owner);
    if (!is_instance_of(v, &list_type)) {
      throw_type_error(std::string(owner) + " field \"" + name + "\" must be a list, not a " +
                       type_name(v));
    }
    List* list = v.as<List>();
    size_t size = list->size;
    out.size = static_cast<uint32_t>(size);
    out.items = arena_.make_array<T>(size);
    for (size_t i = 0; i < size; ++i) {
      if (list->size != size) {
        throw_runtime_error(std::string(owner) + " field \"" + name +
                            "\" changed size during iteration");
      }
      one(list->items[i], out.items[i]);
    }
  }

  void read_location(Value object, const char* owner, LocatedNode* n) {
    Value v = attribute(object, "lineno");
    if (v.is_null()) missing("lineno", owner);
    one(v, n->lineno);
    v = attribute(object, "col_offset");
    if (v.is_null()) missing("col_offset", owner);
    one(v, n->col_offset);
    // A missing end is the start, as CPython's converter has it.
    v = attribute(object, "end_lineno");
    n->end_lineno = n->lineno;
    if (!v.is_null() && !is_none(v)) one(v, n->end_lineno);
    v = attribute(object, "end_col_offset");
    n->end_col_offset = n->col_offset;
    if (!v.is_null() && !is_none(v)) one(v, n->end_col_offset);
  }
  void read_location(Value, const char*, Node*) {}

  // A node's fields, in _fields order.
#define KRAIT_AST_NODE(asdl, Cpp, Py)       \
  void fields(Value object, ast::Cpp* n) {       \
    [[maybe_unused]] const char* owner = #Py; \
    (void)object;                           \
    (void)n;
#define KRAIT_AST_FIELD(type, name, card) read_##card(object, owner, #name, n->name);
#define KRAIT_AST_END(asdl, Cpp, Py) }
#include "compiler/ast_xmacro.h"

  template <class T>
  T* fill(Value object, const char* category) {
    T* n = ast::make<T>(arena_);
    if constexpr (std::is_base_of_v<LocatedNode, T>) read_location(object, category, n);
    fields(object, n);
    return n;
  }

  // The first constructor of `category` that `object` is an instance of.
  Node* dispatch(Value object, std::string_view category);

  Arena& arena_;
  int depth_ = 0;
};

Node* FromObjects::dispatch(Value object, std::string_view category) {
#define KRAIT_AST_NODE(asdl, Cpp, Py)                                                 \
  if (category == #asdl && isinstance(object, classes.node[index_of(NodeKind::Cpp)])) { \
    return fill<ast::Cpp>(object, #asdl);                                                  \
  }
#include "compiler/ast_xmacro.h"
  throw_type_error("expected some sort of " + std::string(category) + ", but got " +
                   repr_string(object));
}

// CPython reads a category's attributes before it looks at the constructor.
#define KRAIT_AST_CATEGORY(asdl, Cpp, located)                        \
  ast::Cpp* FromObjects::convert_##asdl(Value object) {               \
    DepthGuard guard(depth_);                                         \
    if (located) {                                                    \
      LocatedNode location;                                           \
      read_location(object, #asdl, &location);                        \
    }                                                                 \
    return static_cast<ast::Cpp*>(dispatch(object, #asdl));           \
  }
#define KRAIT_AST_PRODUCT(asdl, Cpp, located)          \
  ast::Cpp* FromObjects::convert_##asdl(Value object) {     \
    DepthGuard guard(depth_);                          \
    return fill<ast::Cpp>(object, #asdl);                   \
  }
#include "compiler/ast_xmacro.h"


// ---- the checks compile() makes on a converted tree (CPython's ast.c) ----

class Validator {
 public:
  void node(const Node* n, ast::ExprContext expected) {
    if (++depth_ > kMaxConversionDepth) {
      raise(&exc_RecursionError, "maximum recursion depth exceeded during compilation");
    }
    check(n, expected);
    switch (n->node_kind) {
#define KRAIT_AST_NODE(asdl, Cpp, Py)                               \
  case NodeKind::Cpp: {                                             \
    [[maybe_unused]] auto* p = static_cast<const ast::Cpp*>(n);     \
    [[maybe_unused]] ast::ExprContext own = own_context(p);         \
    check_positions(p);
#define KRAIT_AST_FIELD(type, name, card) field(n->node_kind, #name, p->name, own);
#define KRAIT_AST_END(asdl, Cpp, Py) \
  break;                             \
  }
#include "compiler/ast_xmacro.h"
    }
    --depth_;
  }

 private:
  template <class T>
  static ast::ExprContext own_context(const T* p) {
    if constexpr (requires { p->ctx; }) {
      return p->ctx;
    } else {
      return ast::ExprContext::Load;
    }
  }

  // The context an expression field must have.
  static ast::ExprContext child_context(NodeKind kind, std::string_view name,
                                        ast::ExprContext own) {
    switch (kind) {
      case NodeKind::Assign:
      case NodeKind::AugAssign:
      case NodeKind::AnnAssign:
      case NodeKind::For:
      case NodeKind::AsyncFor:
      case NodeKind::Comprehension:
      case NodeKind::NamedExpr:
        return name == "target" || name == "targets" ? ast::ExprContext::Store
                                                     : ast::ExprContext::Load;
      case NodeKind::WithItem:
        return name == "optional_vars" ? ast::ExprContext::Store : ast::ExprContext::Load;
      case NodeKind::Delete: return ast::ExprContext::Del;
      case NodeKind::Starred:
      case NodeKind::List:
      case NodeKind::Tuple: return own;
      default: return ast::ExprContext::Load;
    }
  }

  template <class T>
    requires std::is_base_of_v<Node, T>
  void field(NodeKind kind, const char* name, T* child, ast::ExprContext own) {
    if (child) node(child, child_context(kind, name, own));
  }
  template <class T>
    requires std::is_base_of_v<Node, T>
  void field(NodeKind kind, const char* name, const ast::Seq<T*>& seq, ast::ExprContext own) {
    std::string_view field_name = name;
    bool none_allowed = (kind == NodeKind::Dict && field_name == "keys") ||
                        (kind == NodeKind::Arguments && field_name == "kw_defaults");
    for (const T* child : seq) {
      if (child) {
        node(child, child_context(kind, name, own));
      } else if (!none_allowed) {
        throw_value_error(std::is_same_v<T, ast::StmtNode> ? "None disallowed in statement list"
                                                           : "None disallowed in expression list");
      }
    }
  }
  template <class T>
    requires(!std::is_pointer_v<T>)
  void field(NodeKind, const char*, const T&, ast::ExprContext) {}

  static const char* context_name(ast::ExprContext c) {
    return c == ast::ExprContext::Load ? "Load" : c == ast::ExprContext::Store ? "Store" : "Del";
  }
  static void check_context(ast::ExprContext actual, ast::ExprContext expected) {
    if (actual != expected) {
      throw_value_error(std::string("expression must have ") + context_name(expected) +
                        " context but has " + context_name(actual) + " instead");
    }
  }
  template <class T>
  static void nonempty(const ast::Seq<T>& seq, const char* what, NodeKind kind) {
    if (seq.empty()) {
      throw_value_error(std::string("empty ") + what + " on " + std::string(ast::node_name(kind)));
    }
  }
  static void identifier(const ast::Str& s) {
    if (s == "None" || s == "True" || s == "False") {
      throw_value_error("identifier field can't represent '" + std::string(s.view()) +
                        "' constant");
    }
  }

  // Statements, expressions and patterns must have ordered positions.
  template <class T>
  static void check_positions(const T* n) {
    if constexpr (std::is_base_of_v<ast::StmtNode, T> || std::is_base_of_v<ast::ExprNode, T> ||
                  std::is_base_of_v<ast::PatternNode, T>) {
      if (n->lineno > n->end_lineno) {
        throw_value_error("AST node line range (" + std::to_string(n->lineno) + ", " +
                          std::to_string(n->end_lineno) + ") is not valid");
      }
      if ((n->lineno < 0 && n->end_lineno != n->lineno) ||
          (n->col_offset < 0 && n->col_offset != n->end_col_offset)) {
        throw_value_error("AST node column range (" + std::to_string(n->col_offset) + ", " +
                          std::to_string(n->end_col_offset) + ") for line range (" +
                          std::to_string(n->lineno) + ", " + std::to_string(n->end_lineno) +
                          ") is not valid");
      }
      if (n->lineno == n->end_lineno && n->col_offset > n->end_col_offset) {
        throw_value_error("line " + std::to_string(n->lineno) + ", column " +
                          std::to_string(n->col_offset) + "-" + std::to_string(n->end_col_offset) +
                          " is not a valid range");
      }
    }
  }

  void check(const Node* n, ast::ExprContext expected) {
    NodeKind kind = n->node_kind;
    if (auto* e = ast::as<ast::Name>(n)) {
      check_context(e->ctx, expected);
      identifier(e->id);
    } else if (auto* e = ast::as<ast::Attribute>(n)) {
      check_context(e->ctx, expected);
    } else if (auto* e = ast::as<ast::Subscript>(n)) {
      check_context(e->ctx, expected);
    } else if (auto* e = ast::as<ast::Starred>(n)) {
      check_context(e->ctx, expected);
    } else if (auto* e = ast::as<ast::List>(n)) {
      check_context(e->ctx, expected);
    } else if (auto* e = ast::as<ast::Tuple>(n)) {
      check_context(e->ctx, expected);
    } else if (auto* s = ast::as<ast::FunctionDef>(n)) {
      nonempty(s->body, "body", kind);
    } else if (auto* s = ast::as<ast::AsyncFunctionDef>(n)) {
      nonempty(s->body, "body", kind);
    } else if (auto* s = ast::as<ast::ClassDef>(n)) {
      nonempty(s->body, "body", kind);
    } else if (auto* s = ast::as<ast::For>(n)) {
      nonempty(s->body, "body", kind);
    } else if (auto* s = ast::as<ast::AsyncFor>(n)) {
      nonempty(s->body, "body", kind);
    } else if (auto* s = ast::as<ast::While>(n)) {
      nonempty(s->body, "body", kind);
    } else if (auto* s = ast::as<ast::If>(n)) {
      nonempty(s->body, "body", kind);
    } else if (auto* s = ast::as<ast::With>(n)) {
      nonempty(s->items, "items", kind);
      nonempty(s->body, "body", kind);
    } else if (auto* s = ast::as<ast::AsyncWith>(n)) {
      nonempty(s->items, "items", kind);
      nonempty(s->body, "body", kind);
    } else if (auto* s = ast::as<ast::Match>(n)) {
      nonempty(s->cases, "cases", kind);
    } else if (auto* s = ast::as<ast::Try>(n)) {
      nonempty(s->body, "body", kind);
      if (s->handlers.empty() && s->finalbody.empty()) {
        throw_value_error("Try has neither except handlers nor finalbody");
      }
      if (s->handlers.empty() && !s->orelse.empty()) {
        throw_value_error("Try has orelse but no except handlers");
      }
    } else if (auto* s = ast::as<ast::TryStar>(n)) {
      nonempty(s->body, "body", kind);
      if (s->handlers.empty() && s->finalbody.empty()) {
        throw_value_error("TryStar has neither except handlers nor finalbody");
      }
      if (s->handlers.empty() && !s->orelse.empty()) {
        throw_value_error("TryStar has orelse but no except handlers");
      }
    } else if (auto* s = ast::as<ast::ExceptHandler>(n)) {
      nonempty(s->body, "body", kind);
    } else if (auto* s = ast::as<ast::Assign>(n)) {
      nonempty(s->targets, "targets", kind);
    } else if (auto* s = ast::as<ast::Delete>(n)) {
      nonempty(s->targets, "targets", kind);
    } else if (auto* s = ast::as<ast::Global>(n)) {
      nonempty(s->names, "names", kind);
    } else if (auto* s = ast::as<ast::Nonlocal>(n)) {
      nonempty(s->names, "names", kind);
    } else if (auto* s = ast::as<ast::Import>(n)) {
      nonempty(s->names, "names", kind);
    } else if (auto* s = ast::as<ast::ImportFrom>(n)) {
      if (s->level < 0) throw_value_error("Negative ImportFrom level");
      nonempty(s->names, "names", kind);
    } else if (auto* e = ast::as<ast::BoolOp>(n)) {
      if (e->values.size < 2) throw_value_error("BoolOp with less than 2 values");
    } else if (auto* e = ast::as<ast::Dict>(n)) {
      if (e->keys.size != e->values.size) {
        throw_value_error("Dict doesn't have the same number of keys as values");
      }
    } else if (auto* e = ast::as<ast::Compare>(n)) {
      if (e->comparators.empty()) throw_value_error("Compare with no comparators");
      if (e->comparators.size != e->ops.size) {
        throw_value_error("Compare has a different number of comparators and operands");
      }
    } else if (auto* e = ast::as<ast::ListComp>(n)) {
      nonempty_generators(e->generators);
    } else if (auto* e = ast::as<ast::SetComp>(n)) {
      nonempty_generators(e->generators);
    } else if (auto* e = ast::as<ast::DictComp>(n)) {
      nonempty_generators(e->generators);
    } else if (auto* e = ast::as<ast::GeneratorExp>(n)) {
      nonempty_generators(e->generators);
    } else if (auto* e = ast::as<ast::MatchCase>(n)) {
      nonempty(e->body, "body", kind);
    } else if (auto* a = ast::as<ast::Arguments>(n)) {
      if (a->defaults.size > a->posonlyargs.size + a->args.size) {
        throw_value_error("more positional defaults than args on arguments");
      }
      if (a->kw_defaults.size != a->kwonlyargs.size) {
        throw_value_error("length of kwonlyargs is not the same as kw_defaults on arguments");
      }
    }
  }
  static void nonempty_generators(const ast::Seq<ast::Comprehension*>& generators) {
    if (generators.empty()) throw_value_error("comprehension with no generators");
  }

  int depth_ = 0;
};

}  // namespace

bool is_ast_object(Value source) {
  return !classes.ast.is_null() && isinstance(source, classes.ast);
}

Value parse_to_ast_object(std::string_view source, std::string_view filename,
                          std::string_view mode, int64_t flags, bool source_is_text) {
  ParseOptions options;
  if (mode == "eval") {
    options.mode = ParseMode::Eval;
  } else if (mode == "single") {
    options.mode = ParseMode::Interactive;
  } else if (mode == "func_type") {
    options.mode = ParseMode::FuncType;
  }
  options.type_comments = (flags & kTypeCommentsFlag) != 0;
  Arena arena;
  try {
    ParseResult result = source_is_text
                             ? parse_text(source, std::string(filename), arena, options)
                             : parse_bytes(source, std::string(filename), arena, options);
    report_parse_warnings(result.warnings, filename, source);
    return ToObjects().node(result.module);
  } catch (const SyntaxErrorException& error) {
    raise_exception(syntax_error_exception(error.info()));
  }
}

Code* compile_ast_object(Value tree, std::string_view filename, std::string_view mode,
                         int optimize) {
  Value required = mode == "eval"     ? classes.node[index_of(NodeKind::Expression)]
                   : mode == "single" ? classes.node[index_of(NodeKind::Interactive)]
                                      : classes.node[index_of(NodeKind::Module)];
  if (!isinstance(tree, required)) {
    const char* name = mode == "eval" ? "Expression" : mode == "single" ? "Interactive" : "Module";
    throw_type_error(std::string("expected ") + name + " node, got " +
                     type_name(tree));
  }
  Arena arena;
  ModNode* module = FromObjects(arena).convert_mod(tree);
  Validator().node(module, ast::ExprContext::Load);
  CompileOptions options;
  options.mode = mode == "eval"     ? CompileMode::Eval
                 : mode == "single" ? CompileMode::Single
                                    : CompileMode::Exec;
  options.optimize = optimize < 0 ? optimization_level : optimize;
  try {
    return compile_module(module, filename, options);
  } catch (const SyntaxErrorException& error) {
    raise_exception(syntax_error_exception(error.info()));
  } catch (const CompileRecursionError& error) {
    raise(&exc_RecursionError, error.what());
  }
}

Module* create_ast_module() {
  static Module* module = nullptr;
  if (module) return module;
  make_classes();
  module = make_module(intern("_ast"));
  Dict* dict = module->dict;
  dict_set_str(dict, intern("AST"), classes.ast);
#define KRAIT_AST_CATEGORY(asdl, Cpp, located) dict_set_str(dict, intern(#asdl), classes.category_##asdl);
#define KRAIT_AST_ENUM_BEGIN(asdl, Cpp) dict_set_str(dict, intern(#asdl), classes.category_##asdl);
#define KRAIT_AST_ENUM_VALUE(asdl, Name) dict_set_str(dict, intern(#Name), classes.class_##asdl##_##Name);
#define KRAIT_AST_NODE(asdl, Cpp, Py) dict_set_str(dict, intern(#Py), classes.node[index_of(NodeKind::Cpp)]);
#include "compiler/ast_xmacro.h"
  add_int_constants(module, {{"PyCF_ONLY_AST", kOnlyAstFlag},
                             {"PyCF_TYPE_COMMENTS", kTypeCommentsFlag},
                             {"PyCF_ALLOW_TOP_LEVEL_AWAIT", kAllowTopLevelAwaitFlag}});
  return module;
}

}  // namespace krait
