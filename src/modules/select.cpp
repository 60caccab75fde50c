// The `select` module: select() and poll objects, what subprocess and
// selectors need to wait on pipes. (epoll and devpoll are not provided;
// selectors.DefaultSelector then picks PollSelector.)
#include "modules/select.h"

#include <poll.h>
#include <sys/select.h>
#include <time.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <string>
#include <vector>

#include "modules/io_files.h"
#include "modules/signal.h"
#include "objects/class.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

double monotonic_seconds() {
  timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return static_cast<double>(now.tv_sec) + now.tv_nsec * 1e-9;
}

// A timeout argument in seconds: negative for "wait for ever" (None).
// `scale` converts the unit given (1 for seconds, 1e-3 for poll's ms).
double timeout_seconds(Value timeout, double scale, const char* type_message) {
  if (timeout.is_null() || is_none(timeout)) return -1;
  double value;
  if (is_int(timeout)) {
    value = int_to_double(timeout);
  } else if (timeout.is_double() || is_instance_of(timeout, &float_type)) {
    value = float_value(timeout);
  } else {
    Value index = call_special(timeout, intern("__index__"), {});
    if (index.is_null()) throw_type_error(type_message);
    value = int_to_double(index);
  }
  if (std::isnan(value)) throw_value_error("Invalid value NaN (not a number)");
  return value * scale;
}

// The items of a select() list with their descriptors.
struct Watched {
  gc::vector<Value> objects;
  std::vector<int> fds;
};

Watched watched_list(Value sequence, fd_set& set, int& max_fd) {
  Watched watched;
  Value iterator = get_iter(sequence);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    int fd = as_file_descriptor(item);
    if (fd >= FD_SETSIZE) throw_value_error("filedescriptor out of range in select()");
    FD_SET(fd, &set);
    if (fd > max_fd) max_fd = fd;
    watched.objects.push_back(item);
    watched.fds.push_back(fd);
  }
  return watched;
}

Value ready_list(const Watched& watched, const fd_set& set) {
  List* ready = make_list();
  for (size_t i = 0; i < watched.fds.size(); ++i) {
    if (FD_ISSET(watched.fds[i], &set)) list_append(ready, watched.objects[i]);
  }
  return Value::from_object(ready);
}

Value select_select(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("select", kwnames);
  check_positional("select", nargs, 3, 4);
  double timeout = timeout_seconds(nargs == 4 ? args[3] : Value::null(), 1,
                                   "timeout must be a float or None");
  if (nargs == 4 && !is_none(args[3]) && timeout < 0) {
    throw_value_error("timeout must be non-negative");
  }
  fd_set sets[3];
  int max_fd = -1;
  Watched watched[3];
  for (int i = 0; i < 3; ++i) {
    // Any iterable will do, as PySequence_Fast takes it.
    Type* type = type_of(args[i]);
    if (!type->iter && !type->getitem) {
      throw_type_error("arguments 1-3 must be sequences");
    }
  }
  for (int i = 0; i < 3; ++i) {
    FD_ZERO(&sets[i]);
    watched[i] = watched_list(args[i], sets[i], max_fd);
  }
  double deadline = timeout >= 0 ? monotonic_seconds() + timeout : 0;
  fd_set ready[3];
  while (true) {
    for (int i = 0; i < 3; ++i) ready[i] = sets[i];
    timeval wait;
    timeval* wait_pointer = nullptr;
    if (timeout >= 0) {
      double left = std::max(0.0, deadline - monotonic_seconds());
      wait.tv_sec = static_cast<time_t>(left);
      wait.tv_usec = static_cast<suseconds_t>((left - static_cast<double>(wait.tv_sec)) * 1e6);
      wait_pointer = &wait;
    }
    int count;
    {
      ReleaseGil unlocked;
      count = select(max_fd + 1, &ready[0], &ready[1], &ready[2], wait_pointer);
    }
    if (count >= 0) break;
    if (errno != EINTR) raise_errno(errno);
    run_pending_signal_handlers();
  }
  return Value::from_object(
      make_tuple({ready_list(watched[0], ready[0]), ready_list(watched[1], ready[1]),
                  ready_list(watched[2], ready[2])}));
}

// A poll object: the registered descriptors and their event masks.
struct PollObject : Object {
  Dict* registered;  // fd (int) -> events (int)
  bool polling;
};

Type poll_type;

PollObject* as_poll(Value self) { return static_cast<PollObject*>(self.as_object()); }

short event_mask(Value value) {
  if (!is_int(value)) {
    Value index = call_special(value, intern("__index__"), {});
    if (index.is_null() || !is_int(index)) throw_type_error("an integer is required");
    value = index;
  }
  int64_t mask;
  bool fits = int_to_int64(value, mask);
  if (fits ? mask < 0 : int_sign(value) < 0) throw_value_error("value must be positive");
  if (!fits || mask > 0xFFFF) throw_overflow_error("Python int too large for C unsigned short");
  return static_cast<short>(mask);
}

Value poll_register(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("register", kwnames);
  check_positional("register", nargs, 1, 2);
  int fd = as_file_descriptor(args[0]);
  short events = nargs == 2 ? event_mask(args[1]) : POLLIN | POLLPRI | POLLOUT;
  dict_set(as_poll(self)->registered, make_int(fd), make_int(static_cast<uint16_t>(events)));
  return none();
}

Value poll_modify(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("modify", kwnames);
  check_positional("modify", nargs, 2, 2);
  int fd = as_file_descriptor(args[0]);
  short events = event_mask(args[1]);
  Value key = make_int(fd);
  if (dict_get(as_poll(self)->registered, key).is_null()) raise_errno(ENOENT);
  dict_set(as_poll(self)->registered, key, make_int(static_cast<uint16_t>(events)));
  return none();
}

Value poll_unregister(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("unregister", kwnames);
  check_positional("unregister", nargs, 1, 1);
  Value key = make_int(as_file_descriptor(args[0]));
  if (dict_get(as_poll(self)->registered, key).is_null()) throw_key_error(key);
  dict_delete(as_poll(self)->registered, key);
  return none();
}

Value poll_poll(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("poll", kwnames);
  check_positional("poll", nargs, 0, 1);
  double timeout = timeout_seconds(nargs == 1 ? args[0] : Value::null(), 1e-3,
                                   "timeout must be an integer or None");
  PollObject* poll_object = as_poll(self);
  if (poll_object->polling) throw_runtime_error("concurrent poll() invocation");
  std::vector<pollfd> fds;
  Value items = call_method(Value::from_object(poll_object->registered), intern("items"), {});
  Value iterator = get_iter(items);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    Tuple* pair = item.as<Tuple>();
    int64_t fd = 0, events = 0;
    int_to_int64((*pair)[0], fd);
    int_to_int64((*pair)[1], events);
    fds.push_back({static_cast<int>(fd), static_cast<short>(events), 0});
  }
  double deadline = timeout >= 0 ? monotonic_seconds() + timeout : 0;
  int count;
  poll_object->polling = true;
  while (true) {
    int wait_ms = -1;
    if (timeout >= 0) {
      double left = std::max(0.0, deadline - monotonic_seconds());
      wait_ms = static_cast<int>(std::min(std::ceil(left * 1e3), static_cast<double>(INT_MAX)));
    }
    {
      ReleaseGil unlocked;
      count = poll(fds.data(), fds.size(), wait_ms);
    }
    if (count >= 0 || errno != EINTR) break;
    try {
      run_pending_signal_handlers();
    } catch (...) {
      poll_object->polling = false;
      throw;
    }
  }
  poll_object->polling = false;
  if (count < 0) raise_errno(errno);
  List* result = make_list();
  for (const pollfd& entry : fds) {
    if (entry.revents) {
      list_append(result, Value::from_object(make_tuple(
                              {make_int(entry.fd), make_int(static_cast<uint16_t>(entry.revents))})));
    }
  }
  return Value::from_object(result);
}

Value select_poll(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("select.poll", kwnames);
  check_positional("select.poll", nargs, 0, 0);
  auto* poll_object = static_cast<PollObject*>(allocate_instance(&poll_type));
  poll_object->registered = make_dict();
  return Value::from_object(poll_object);
}

void init_poll_type() {
  init_static_type(&poll_type, "select.poll", nullptr, sizeof(PollObject), 0);
  poll_type.new_instance = nullptr;
  add_methods(&poll_type, {
      {"register", poll_register, kMethodInstance,
       "Watch a file descriptor for the events of the mask (POLLIN|POLLPRI|POLLOUT by default)."},
      {"modify", poll_modify, kMethodInstance,
       "Change the event mask of a registered file descriptor."},
      {"unregister", poll_unregister, kMethodInstance, "Stop watching a file descriptor."},
      {"poll", poll_poll, kMethodInstance,
       "Wait up to timeout milliseconds (for ever when None or negative) for events; a list "
       "of (fd, events) pairs."},
  });
}

}  // namespace

Module* create_select_module() {
  static Module* module = nullptr;
  if (module) return module;
  init_poll_type();
  module = make_module(intern("select"));
  add_functions(module, {
      {"select", select_select, kMethodInstance,
       "Wait until some of the three lists' objects are ready for reading, for writing or "
       "have an exceptional condition, or the timeout (seconds) passes."},
      {"poll", select_poll, kMethodInstance, "A new poll object."},
  });
  add_int_constants(module, {
      {"POLLIN", POLLIN}, {"POLLPRI", POLLPRI}, {"POLLOUT", POLLOUT},
      {"POLLERR", POLLERR}, {"POLLHUP", POLLHUP}, {"POLLNVAL", POLLNVAL},
      {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND},
      {"POLLWRNORM", POLLWRNORM}, {"POLLWRBAND", POLLWRBAND}, {"POLLMSG", POLLMSG},
      {"POLLRDHUP", POLLRDHUP}, {"PIPE_BUF", PIPE_BUF}});
  dict_set_str(module->dict, intern("error"), Value::from_object(&exc_OSError));
  dict_set_str(module->dict, intern("__doc__"),
               str_value("Waiting for file descriptors to become ready: select() and poll()."));
  return module;
}

}  // namespace krait
