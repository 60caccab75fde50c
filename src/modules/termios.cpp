// The `termios` module (see modules/termios.h).
#include "modules/termios.h"

#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

Type* termios_error = nullptr;

// termios.error(errno, strerror): not an OSError, as in CPython.
[[noreturn]] void raise_termios_error(int error) {
  raise_with_args(termios_error, Value::from_object(make_tuple(
                                     {make_int(error), str_value(std::strerror(error))})));
}

int int_argument(Value value) {
  int64_t number = index_as_long(value);
  if (number > INT32_MAX) throw_overflow_error("signed integer is greater than maximum");
  if (number < INT32_MIN) throw_overflow_error("signed integer is less than minimum");
  return static_cast<int>(number);
}

termios get_attributes(int fd) {
  termios mode;
  if (tcgetattr(fd, &mode) < 0) raise_termios_error(errno);
  return mode;
}

Value termios_tcgetattr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("termios.tcgetattr", kwnames);
  check_positional("termios.tcgetattr", nargs, 1, 1);
  termios mode = get_attributes(as_file_descriptor(args[0]));
  List* cc = make_list(NCCS);
  for (size_t i = 0; i < NCCS; ++i) {
    char c = static_cast<char>(mode.c_cc[i]);
    cc->items[i] = Value::from_object(make_bytes(std::string_view(&c, 1)));
  }
  // In non-canonical mode VMIN and VTIME are counts, not characters.
  if ((mode.c_lflag & ICANON) == 0) {
    cc->items[VMIN] = make_int(mode.c_cc[VMIN]);
    cc->items[VTIME] = make_int(mode.c_cc[VTIME]);
  }
  List* result = make_list(7);
  result->items[0] = make_int_from_unsigned(mode.c_iflag);
  result->items[1] = make_int_from_unsigned(mode.c_oflag);
  result->items[2] = make_int_from_unsigned(mode.c_cflag);
  result->items[3] = make_int_from_unsigned(mode.c_lflag);
  result->items[4] = make_int_from_unsigned(cfgetispeed(&mode));
  result->items[5] = make_int_from_unsigned(cfgetospeed(&mode));
  result->items[6] = Value::from_object(cc);
  return Value::from_object(result);
}

Value termios_tcsetattr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("tcsetattr", kwnames);
  check_positional("tcsetattr", nargs, 3, 3);
  int fd = as_file_descriptor(args[0]);
  int when = int_argument(args[1]);
  if (!is_exact_list(args[2]) || static_cast<List*>(args[2].as_object())->size != 7) {
    throw_type_error("tcsetattr, arg 3: must be 7 element list");
  }
  List* attributes = static_cast<List*>(args[2].as_object());
  termios mode = get_attributes(fd);
  mode.c_iflag = static_cast<tcflag_t>(index_as_long(attributes->items[0]));
  mode.c_oflag = static_cast<tcflag_t>(index_as_long(attributes->items[1]));
  mode.c_cflag = static_cast<tcflag_t>(index_as_long(attributes->items[2]));
  mode.c_lflag = static_cast<tcflag_t>(index_as_long(attributes->items[3]));
  speed_t ispeed = static_cast<speed_t>(index_as_long(attributes->items[4]));
  speed_t ospeed = static_cast<speed_t>(index_as_long(attributes->items[5]));
  Value cc_value = attributes->items[6];
  if (!is_exact_list(cc_value) || static_cast<List*>(cc_value.as_object())->size != NCCS) {
    throw_type_error("tcsetattr: attributes[6] must be " + std::to_string(NCCS) +
                     " element list");
  }
  List* cc = static_cast<List*>(cc_value.as_object());
  for (size_t i = 0; i < NCCS; ++i) {
    Value item = cc->items[i];
    if (is_bytes(item) && item.as<Bytes>()->size == 1) {
      mode.c_cc[i] = static_cast<cc_t>(item.as<Bytes>()->view()[0]);
    } else if (is_int(item)) {
      mode.c_cc[i] = static_cast<cc_t>(index_as_long(item));
    } else {
      throw_type_error("tcsetattr: elements of attributes must be characters or integers");
    }
  }
  if (cfsetispeed(&mode, ispeed) < 0) raise_termios_error(errno);
  if (cfsetospeed(&mode, ospeed) < 0) raise_termios_error(errno);
  if (tcsetattr(fd, when, &mode) < 0) raise_termios_error(errno);
  return none();
}

// The functions of one int argument after the descriptor.
template <int (*Function)(int, int)>
Value fd_and_int(const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, 2, 2);
  int fd = as_file_descriptor(args[0]);
  int argument = int_argument(args[1]);
  int result;
  {
    ReleaseGil unlocked;
    result = Function(fd, argument);
  }
  if (result < 0) raise_termios_error(errno);
  return none();
}

Value termios_tcsendbreak(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return fd_and_int<tcsendbreak>("tcsendbreak", args, nargs, kwnames);
}
Value termios_tcflush(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return fd_and_int<tcflush>("tcflush", args, nargs, kwnames);
}
Value termios_tcflow(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return fd_and_int<tcflow>("tcflow", args, nargs, kwnames);
}

Value termios_tcdrain(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("termios.tcdrain", kwnames);
  check_positional("termios.tcdrain", nargs, 1, 1);
  int fd = as_file_descriptor(args[0]);
  int result;
  {
    ReleaseGil unlocked;
    result = tcdrain(fd);
  }
  if (result < 0) raise_termios_error(errno);
  return none();
}

winsize get_window_size(int fd) {
  winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) < 0) raise_termios_error(errno);
  return size;
}

Value termios_tcgetwinsize(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("termios.tcgetwinsize", kwnames);
  check_positional("termios.tcgetwinsize", nargs, 1, 1);
  winsize size = get_window_size(as_file_descriptor(args[0]));
  return Value::from_object(make_tuple({make_int(size.ws_row), make_int(size.ws_col)}));
}

Value termios_tcsetwinsize(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("tcsetwinsize", kwnames);
  check_positional("tcsetwinsize", nargs, 2, 2);
  int fd = as_file_descriptor(args[0]);
  Value winsize_value = args[1];
  bool is_sequence = winsize_value.is_object() &&
                     !lookup_attr(winsize_value, intern("__getitem__")).is_null() &&
                     !lookup_attr(winsize_value, intern("__len__")).is_null() &&
                     !is_dict(winsize_value);
  if (!is_sequence || length(winsize_value) != 2) {
    throw_type_error("tcsetwinsize, arg 2: must be a two-item sequence");
  }
  Value rows = getitem(winsize_value, make_int(0));
  Value columns = getitem(winsize_value, make_int(1));
  int64_t row_count = index_as_long(rows);
  int64_t column_count = index_as_long(columns);
  winsize size = get_window_size(fd);
  size.ws_row = static_cast<unsigned short>(row_count);
  size.ws_col = static_cast<unsigned short>(column_count);
  if (size.ws_row != row_count || size.ws_col != column_count) {
    throw_overflow_error("winsize value(s) out of range.");
  }
  if (ioctl(fd, TIOCSWINSZ, &size) < 0) raise_termios_error(errno);
  return none();
}

}  // namespace

Module* create_termios_module() {
  static Module* module = nullptr;
  if (module) return module;
  module = make_module(intern("termios"));
  termios_error = make_exception_class("termios.error", &exc_Exception);
  add_functions(module, {
      {"tcgetattr", termios_tcgetattr, kMethodInstance,
       "Get the tty attributes for file descriptor fd.\n\nReturns a list [iflag, oflag, "
       "cflag, lflag, ispeed, ospeed, cc]\nwhere cc is a list of the tty special characters "
       "(each a string of\nlength 1, except the items with indices VMIN and VTIME, which "
       "are\nintegers when these fields are defined).  The interpretation of the\nflags and "
       "the speeds as well as the indexing in the cc array must be\ndone using the symbolic "
       "constants defined in this module."},
      {"tcsetattr", termios_tcsetattr, kMethodInstance,
       "Set the tty attributes for file descriptor fd.\n\nThe attributes to be set are taken "
       "from the attributes argument, which\nis a list like the one returned by tcgetattr(). "
       "The when argument\ndetermines when the attributes are changed: termios.TCSANOW to\n"
       "change immediately, termios.TCSADRAIN to change after transmitting all\nqueued output, "
       "or termios.TCSAFLUSH to change after transmitting all\nqueued output and discarding "
       "all queued input."},
      {"tcsendbreak", termios_tcsendbreak, kMethodInstance,
       "Send a break on file descriptor fd.\n\nA zero duration sends a break for 0.25-0.5 "
       "seconds; a nonzero duration\nhas a system dependent meaning."},
      {"tcdrain", termios_tcdrain, kMethodInstance,
       "Wait until all output written to file descriptor fd has been transmitted."},
      {"tcflush", termios_tcflush, kMethodInstance,
       "Discard queued data on file descriptor fd.\n\nThe queue selector specifies which "
       "queue: termios.TCIFLUSH for the input\nqueue, termios.TCOFLUSH for the output queue, "
       "or termios.TCIOFLUSH for\nboth queues."},
      {"tcflow", termios_tcflow, kMethodInstance,
       "Suspend or resume input or output on file descriptor fd.\n\nThe action argument can "
       "be termios.TCOOFF to suspend output,\ntermios.TCOON to restart output, termios.TCIOFF "
       "to suspend input,\nor termios.TCION to restart input."},
      {"tcgetwinsize", termios_tcgetwinsize, kMethodInstance,
       "Get the tty winsize for file descriptor fd.\n\nReturns a tuple (ws_row, ws_col)."},
      {"tcsetwinsize", termios_tcsetwinsize, kMethodInstance,
       "Set the tty winsize for file descriptor fd.\n\nThe winsize to be set is taken from "
       "the winsize argument, which\nis a two-item tuple (ws_row, ws_col) like the one "
       "returned by tcgetwinsize()."},
  });
  dict_set_str(module->dict, intern("error"), Value::from_object(termios_error));
  add_int_constants(module, {
#include "modules/termios_constants.inc"
  });
  dict_set_str(module->dict, intern("__doc__"),
               str_value("This module provides an interface to the Posix calls for tty I/O "
                         "control.\nFor a complete description of these calls, see the Posix "
                         "or Unix manual\npages. It is only available for those Unix versions "
                         "that support POSIX\ntermios style tty I/O control.\n\nAll functions "
                         "in this module take a file descriptor fd as their\nfirst argument. "
                         "This can be an integer file descriptor, such as\nreturned by "
                         "sys.stdin.fileno(), or a file object, such as\nsys.stdin itself."));
  return module;
}

}  // namespace krait
