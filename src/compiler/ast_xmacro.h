// Expands src/compiler/ast.def with whichever KRAIT_AST_* macros the includer
// defined; the others expand to nothing. All of them are undefined afterwards,
// so the file can be included any number of times in one translation unit.
//
//   KRAIT_AST_ENUM_BEGIN(asdl, Cpp) / KRAIT_AST_ENUM_VALUE(asdl, Name) / KRAIT_AST_ENUM_END(asdl, Cpp)
//   KRAIT_AST_CATEGORY(asdl, Cpp, located)    abstract sum type (expr, stmt ...)
//   KRAIT_AST_PRODUCT(asdl, Cpp, located)     product type (arguments, arg ...)
//   KRAIT_AST_NODE(asdl, Cpp, Py) / KRAIT_AST_FIELD(type, name, card) / KRAIT_AST_END(asdl, Cpp, Py)

#ifndef KRAIT_AST_ENUM_BEGIN
#define KRAIT_AST_ENUM_BEGIN(asdl, Cpp)
#endif
#ifndef KRAIT_AST_ENUM_VALUE
#define KRAIT_AST_ENUM_VALUE(asdl, Name)
#endif
#ifndef KRAIT_AST_ENUM_END
#define KRAIT_AST_ENUM_END(asdl, Cpp)
#endif
#ifndef KRAIT_AST_CATEGORY
#define KRAIT_AST_CATEGORY(asdl, Cpp, located)
#endif
#ifndef KRAIT_AST_PRODUCT
#define KRAIT_AST_PRODUCT(asdl, Cpp, located)
#endif
#ifndef KRAIT_AST_NODE
#define KRAIT_AST_NODE(asdl, Cpp, Py)
#endif
#ifndef KRAIT_AST_FIELD
#define KRAIT_AST_FIELD(type, name, card)
#endif
#ifndef KRAIT_AST_END
#define KRAIT_AST_END(asdl, Cpp, Py)
#endif

#include "compiler/ast.def"

#undef KRAIT_AST_ENUM_BEGIN
#undef KRAIT_AST_ENUM_VALUE
#undef KRAIT_AST_ENUM_END
#undef KRAIT_AST_CATEGORY
#undef KRAIT_AST_PRODUCT
#undef KRAIT_AST_NODE
#undef KRAIT_AST_FIELD
#undef KRAIT_AST_END
