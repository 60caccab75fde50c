#include "vm/traceback.h"

#include <cstdint>

#include "objects/container_support.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "vm/frame.h"

namespace krait {

Type traceback_type;

Traceback* make_traceback(Value next, FrameObject* frame, int32_t lasti, int32_t lineno) {
  auto* tb = static_cast<Traceback*>(allocate_instance(&traceback_type));
  tb->next = next.is_null() ? none() : next;
  tb->frame = frame;
  tb->lasti = lasti;
  tb->lineno = lineno;
  return tb;
}

void add_traceback_entry(Value exception, Frame* frame) {
  if (!is_exception_instance(exception)) return;
  auto* object = exception.as<BaseExceptionObject>();
  int32_t lasti = frame->lasti();
  Traceback* tb = make_traceback(object->traceback, frame_object_for(frame),
                                 lasti < 0 ? -1 : lasti * 2, frame->line_number());
  object->traceback = Value::from_object(tb);
}

namespace {

Traceback* as_traceback(Value self) { return self.as<Traceback>(); }

Value tb_get_next(Value self) { return as_traceback(self)->next; }

void tb_set_next(Value self, Value value) {
  if (value.is_null()) throw_type_error("can't delete tb_next attribute");
  if (!is_none(value) && type_of(value) != &traceback_type) {
    throw_type_error("expected traceback object or None, got '" + type_name(value) + "'");
  }
  // A loop in the chain would hang every walker of it.
  for (Value cursor = value; !is_none(cursor); cursor = as_traceback(cursor)->next) {
    if (cursor.is(self)) throw_value_error("traceback loop detected");
  }
  as_traceback(self)->next = value;
}

Value tb_get_frame(Value self) { return Value::from_object(as_traceback(self)->frame); }
Value tb_get_lasti(Value self) { return make_int(as_traceback(self)->lasti); }
Value tb_get_lineno(Value self) { return make_int(as_traceback(self)->lineno); }

// dir() of a traceback: its four attributes only, as CPython's.
Value tb_dir(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_arguments("__dir__", nargs, kwnames, 0, 0);
  return Value::from_object(list_from_iterable(Value::from_object(
      make_tuple({str_value("tb_frame"), str_value("tb_next"), str_value("tb_lasti"),
                  str_value("tb_lineno")}))));
}

Value tb_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[4];
  bind_arguments({"TracebackType", {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"}, 4}, args,
                 nargs, kwnames, bound);
  if (!is_none(bound[0]) && type_of(bound[0]) != &traceback_type) {
    throw_type_error("expected traceback object or None, got '" + type_name(bound[0]) + "'");
  }
  if (type_of(bound[1]) != &frame_type) {
    throw_type_error("TracebackType() argument 'tb_frame' must be frame, not " +
                     type_name(bound[1]));
  }
  int64_t lasti = index_as_ssize(bound[2]);
  int64_t lineno = index_as_ssize(bound[3]);
  for (int64_t number : {lasti, lineno}) {
    if (number < INT32_MIN || number > INT32_MAX) {
      throw_overflow_error("Python int too large to convert to C int");
    }
  }
  return Value::from_object(make_traceback(bound[0], bound[1].as<FrameObject>(),
                                           static_cast<int32_t>(lasti),
                                           static_cast<int32_t>(lineno)));
}

}  // namespace

void init_traceback_type() {
  traceback_type.new_instance = tb_new;
  init_static_type(&traceback_type, "traceback", nullptr, sizeof(Traceback), kTypeImmutable);
  add_getsets(&traceback_type, {
                                   {"tb_next", tb_get_next, tb_set_next},
                                   {"tb_frame", tb_get_frame},
                                   {"tb_lasti", tb_get_lasti},
                                   {"tb_lineno", tb_get_lineno},
                               });
  add_methods(&traceback_type, {{"__dir__", tb_dir}});
}

}  // namespace krait
