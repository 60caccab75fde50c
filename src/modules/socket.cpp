// The `_socket` module: the socket type (family, type, proto, timeout and
// the BSD calls as methods), address tuples in CPython's forms for
// AF_INET, AF_INET6 and AF_UNIX, name resolution (getaddrinfo, getnameinfo,
// gethostbyname …), byte-order and address-text conversions and the
// constants. Blocking calls release the GIL (signal.h's blocking_call); a
// socket with a timeout is non-blocking underneath and waits with poll().
#include "modules/socket.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include <linux/netlink.h>
#include <linux/vm_sockets.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <string>
#include <vector>

#include "modules/io_files.h"
#include "modules/posix_support.h"
#include "modules/signal.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
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

Type socket_type;
Type* herror_type = nullptr;
Type* gaierror_type = nullptr;

// The module's default timeout in seconds; negative: none (blocking).
double default_timeout = -1;

struct SocketObject : Object {
  int fd;
  int family;
  int kind;  // the `type` attribute, without SOCK_NONBLOCK and SOCK_CLOEXEC
  int proto;
  double timeout;  // seconds; negative: blocking
};

SocketObject* as_socket(Value self) { return static_cast<SocketObject*>(self.as_object()); }

double monotonic_seconds() {
  timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return static_cast<double>(now.tv_sec) + now.tv_nsec * 1e-9;
}

[[noreturn]] void raise_timeout() { raise(&exc_TimeoutError, "timed out"); }

[[noreturn]] void raise_message(std::string_view message) { raise(&exc_OSError, message); }

[[noreturn]] void raise_gaierror(int code) {
  if (code == EAI_SYSTEM) raise_errno(errno);
  raise_with_args(gaierror_type,
                  Value::from_object(make_tuple({make_int(code), str_value(gai_strerror(code))})));
}

[[noreturn]] void raise_herror(int code) {
  raise_with_args(herror_type,
                  Value::from_object(make_tuple({make_int(code), str_value(hstrerror(code))})));
}

// A C int argument ('i' of PyArg_ParseTuple).
int int_argument(Value value) { return index_as_int(value); }

// A timeout in seconds as _PyTime_FromSecondsObject takes it; None: -1.
double timeout_argument(Value value) {
  if (is_none(value)) return -1;
  double seconds;
  if (value.is_double() || is_instance_of(value, &float_type)) {
    seconds = float_value(value);
    if (std::isnan(seconds)) throw_value_error("Invalid value NaN (not a number)");
  } else {
    seconds = int_to_double(index_value(value));
  }
  if (seconds < 0) throw_value_error("Timeout value out of range");
  return seconds;
}

Value timeout_value(double seconds) { return seconds < 0 ? none() : make_float(seconds); }

void set_blocking(int fd, bool blocking) {
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0) raise_errno(errno);
  int wanted = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
  if (wanted != flags && fcntl(fd, F_SETFL, wanted) < 0) raise_errno(errno);
}

// Waits until `fd` is ready for `events` or `deadline` (monotonic seconds;
// negative: no limit) passes. Answers false on time-out.
bool wait_ready(int fd, short events, double deadline) {
  while (true) {
    int wait_ms = -1;
    if (deadline >= 0) {
      double left = std::max(0.0, deadline - monotonic_seconds());
      wait_ms = static_cast<int>(std::min(std::ceil(left * 1e3), static_cast<double>(INT_MAX)));
    }
    pollfd entry{fd, events, 0};
    int count;
    {
      ReleaseGil unlocked;
      count = poll(&entry, 1, wait_ms);
    }
    if (count > 0) return true;
    if (count == 0) return false;
    if (errno != EINTR) raise_errno(errno);
    run_pending_signal_handlers();
  }
}

// A socket operation as CPython's sock_call: with a timeout, waits for
// readiness first (TimeoutError "timed out"), retrying after EAGAIN; EINTR
// runs the signal handlers and retries. `call` runs without the GIL.
template <typename Call>
ssize_t socket_call(SocketObject* sock, bool writing, Call call) {
  double deadline = sock->timeout > 0 ? monotonic_seconds() + sock->timeout : -1;
  while (true) {
    if (sock->timeout > 0 && !wait_ready(sock->fd, writing ? POLLOUT : POLLIN, deadline)) {
      raise_timeout();
    }
    ssize_t result = blocking_call(call);
    if (result >= 0) return result;
    if (sock->timeout > 0 && (errno == EWOULDBLOCK || errno == EAGAIN)) continue;
    raise_errno(errno);
  }
}

// --- addresses ---------------------------------------------------------------

struct SocketAddress {
  sockaddr_storage storage;
  socklen_t length;
  sockaddr* get() { return reinterpret_cast<sockaddr*>(&storage); }
};

std::string address_text(const void* address, int family) {
  char text[INET6_ADDRSTRLEN];
  if (!inet_ntop(family, address, text, sizeof text)) raise_errno(errno);
  return text;
}

// CPython's makesockaddr: the Python form of a socket address.
Value make_address(const sockaddr* address, socklen_t length, int protocol_family) {
  if (length == 0) return none();
  switch (address->sa_family) {
    case AF_INET: {
      auto* in = reinterpret_cast<const sockaddr_in*>(address);
      return Value::from_object(make_tuple(
          {str_value(address_text(&in->sin_addr, AF_INET)), make_int(ntohs(in->sin_port))}));
    }
    case AF_INET6: {
      auto* in6 = reinterpret_cast<const sockaddr_in6*>(address);
      return Value::from_object(make_tuple({str_value(address_text(&in6->sin6_addr, AF_INET6)),
                                            make_int(ntohs(in6->sin6_port)),
                                            make_int_from_unsigned(ntohl(in6->sin6_flowinfo)),
                                            make_int_from_unsigned(in6->sin6_scope_id)}));
    }
    case AF_UNIX: {
      auto* un = reinterpret_cast<const sockaddr_un*>(address);
      size_t path_length = length > offsetof(sockaddr_un, sun_path)
                               ? length - offsetof(sockaddr_un, sun_path)
                               : 0;
      if (path_length > 0 && un->sun_path[0] == 0) {
        return Value::from_object(make_bytes(std::string_view(un->sun_path, path_length)));
      }
      size_t end = 0;
      while (end < path_length && un->sun_path[end]) ++end;
      return fs_decode(std::string_view(un->sun_path, end));
    }
    case AF_VSOCK: {
      auto* vm = reinterpret_cast<const sockaddr_vm*>(address);
      return Value::from_object(make_tuple(
          {make_int_from_unsigned(vm->svm_cid), make_int_from_unsigned(vm->svm_port)}));
    }
    case AF_NETLINK: {
      auto* nl = reinterpret_cast<const sockaddr_nl*>(address);
      return Value::from_object(make_tuple(
          {make_int_from_unsigned(nl->nl_pid), make_int_from_unsigned(nl->nl_groups)}));
    }
    default: {
      (void)protocol_family;
      size_t data_length = length > offsetof(sockaddr, sa_data)
                               ? std::min<size_t>(length - offsetof(sockaddr, sa_data),
                                                  sizeof address->sa_data)
                               : 0;
      return Value::from_object(make_tuple(
          {make_int(address->sa_family),
           Value::from_object(make_bytes(std::string_view(address->sa_data, data_length)))}));
    }
  }
}

// CPython's idna_converter: a host name as bytes.
std::string host_argument(Value host) {
  std::string name;
  if (is_instance_of(host, &str_type)) {
    Str* text = host.as<Str>();
    bool ascii = true;
    for (char c : text->view()) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii) {
      name = std::string(text->view());
    } else {
      Value encoded = str_encode(text, "idna", "strict");
      name = std::string(encoded.as<Bytes>()->view());
    }
  } else if (is_bytes(host) || is_bytearray(host)) {
    std::string_view data;
    bytes_like_view(host, data);
    name = std::string(data);
  } else {
    throw_type_error("str, bytes or bytearray expected, not " + type_name(host));
  }
  if (name.find('\0') != std::string::npos) {
    throw_type_error("host name must not contain null character");
  }
  return name;
}

// CPython's setipaddr: a host name or address text resolved for `family`.
void resolve_host(const std::string& name, SocketAddress& out, int family) {
  std::memset(&out.storage, 0, sizeof out.storage);
  if (name.empty()) {
    // The wildcard address.
    if (family == AF_INET6) {
      auto* in6 = reinterpret_cast<sockaddr_in6*>(&out.storage);
      in6->sin6_family = AF_INET6;
      in6->sin6_addr = in6addr_any;
      out.length = sizeof(sockaddr_in6);
    } else {
      auto* in = reinterpret_cast<sockaddr_in*>(&out.storage);
      in->sin_family = AF_INET;
      in->sin_addr.s_addr = htonl(INADDR_ANY);
      out.length = sizeof(sockaddr_in);
    }
    return;
  }
  if (name == "<broadcast>" || name == "255.255.255.255") {
    if (family != AF_INET && family != AF_UNSPEC) raise_message("address family mismatched");
    auto* in = reinterpret_cast<sockaddr_in*>(&out.storage);
    in->sin_family = AF_INET;
    in->sin_addr.s_addr = htonl(INADDR_BROADCAST);
    out.length = sizeof(sockaddr_in);
    return;
  }
  if (family == AF_INET || family == AF_UNSPEC) {
    auto* in = reinterpret_cast<sockaddr_in*>(&out.storage);
    if (inet_pton(AF_INET, name.c_str(), &in->sin_addr) == 1) {
      in->sin_family = AF_INET;
      out.length = sizeof(sockaddr_in);
      return;
    }
  }
  if (family == AF_INET6 || family == AF_UNSPEC) {
    auto* in6 = reinterpret_cast<sockaddr_in6*>(&out.storage);
    if (name.find('%') == std::string::npos &&
        inet_pton(AF_INET6, name.c_str(), &in6->sin6_addr) == 1) {
      in6->sin6_family = AF_INET6;
      out.length = sizeof(sockaddr_in6);
      return;
    }
  }
  addrinfo hints{};
  hints.ai_family = family;
  addrinfo* result = nullptr;
  int code;
  {
    ReleaseGil unlocked;
    code = getaddrinfo(name.c_str(), nullptr, &hints, &result);
  }
  if (code) raise_gaierror(code);
  std::memcpy(&out.storage, result->ai_addr, result->ai_addrlen);
  out.length = result->ai_addrlen;
  freeaddrinfo(result);
}

// An 'I' argument of PyArg_ParseTuple: an int taken modulo 2**32.
uint64_t unsigned_int_argument(Value value) {
  if (!is_int(value)) {
    throw_type_error("'" + type_name(value) + "' object cannot be interpreted as an integer");
  }
  int64_t small;
  if (int_to_int64(value, small)) return static_cast<uint32_t>(small);
  mpz_t big;
  mpz_init(big);
  int_to_mpz(value, big);
  mpz_fdiv_r_2exp(big, big, 32);
  uint64_t result = mpz_get_ui(big);
  mpz_clear(big);
  return result;
}

int port_argument(Value value, const char* caller) {
  int64_t port = index_as_int(value);
  if (port < 0 || port > 0xffff) throw_overflow_error(std::string(caller) + "(): port must be 0-65535.");
  return static_cast<int>(port);
}

// CPython's getsockaddrarg: the C address of `address` for the socket's family.
SocketAddress parse_address(SocketObject* sock, Value address, const char* caller) {
  SocketAddress out;
  std::memset(&out.storage, 0, sizeof out.storage);
  switch (sock->family) {
    case AF_UNIX: {
      std::string path;
      if (is_instance_of(address, &str_type)) {
        path = fs_encode(address);
      } else {
        std::string_view data;
        if (!bytes_like_view(address, data)) {
          throw_type_error("a bytes-like object is required, not '" + type_name(address) + "'");
        }
        path = std::string(data);
      }
      auto* un = reinterpret_cast<sockaddr_un*>(&out.storage);
      bool abstract = !path.empty() && path[0] == 0;
      if (abstract ? path.size() > sizeof un->sun_path : path.size() >= sizeof un->sun_path) {
        raise_message("AF_UNIX path too long");
      }
      un->sun_family = AF_UNIX;
      std::memcpy(un->sun_path, path.data(), path.size());
      out.length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + path.size());
      return out;
    }
    case AF_INET: {
      if (!is_instance_of(address, &tuple_type)) {
        throw_type_error(std::string(caller) + "(): AF_INET address must be tuple, not " +
                         type_name(address));
      }
      Tuple* pair = address.as<Tuple>();
      if (pair->size != 2) throw_type_error("AF_INET address must be a pair (host, port)");
      std::string host = host_argument((*pair)[0]);
      int port = port_argument((*pair)[1], caller);
      resolve_host(host, out, AF_INET);
      reinterpret_cast<sockaddr_in*>(&out.storage)->sin_port = htons(static_cast<uint16_t>(port));
      out.length = sizeof(sockaddr_in);
      return out;
    }
    case AF_INET6: {
      if (!is_instance_of(address, &tuple_type)) {
        throw_type_error(std::string(caller) + "(): AF_INET6 address must be tuple, not " +
                         type_name(address));
      }
      Tuple* items = address.as<Tuple>();
      if (items->size < 2 || items->size > 4) {
        throw_type_error("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
      }
      std::string host = host_argument((*items)[0]);
      int port = port_argument((*items)[1], caller);
      uint64_t flowinfo = 0, scope_id = 0;
      if (items->size > 2) {
        int64_t value = index_as_long((*items)[2]);
        if (value < 0 || value > 0xffffffffLL) {
          throw_overflow_error("Python int too large to convert to C unsigned long");
        }
        flowinfo = static_cast<uint64_t>(value);
      }
      if (items->size > 3) {
        int64_t value = index_as_long((*items)[3]);
        if (value < 0 || value > 0xffffffffLL) {
          throw_overflow_error("Python int too large to convert to C unsigned long");
        }
        scope_id = static_cast<uint64_t>(value);
      }
      if (flowinfo > 0xfffff) {
        throw_overflow_error(std::string(caller) + "(): flowinfo must be 0-1048575.");
      }
      resolve_host(host, out, AF_INET6);
      auto* in6 = reinterpret_cast<sockaddr_in6*>(&out.storage);
      in6->sin6_port = htons(static_cast<uint16_t>(port));
      in6->sin6_flowinfo = htonl(static_cast<uint32_t>(flowinfo));
      if (items->size > 3) in6->sin6_scope_id = static_cast<uint32_t>(scope_id);
      out.length = sizeof(sockaddr_in6);
      return out;
    }
    case AF_VSOCK:
    case AF_NETLINK: {
      const char* family_name = sock->family == AF_VSOCK ? "AF_VSOCK" : "AF_NETLINK";
      if (!is_instance_of(address, &tuple_type)) {
        // CPython names the caller for AF_NETLINK only.
        throw_type_error((sock->family == AF_NETLINK ? std::string(caller) + "(): "
                                                     : std::string("getsockaddrarg: ")) +
                         family_name + " address must be tuple, not " + type_name(address));
      }
      Tuple* pair = address.as<Tuple>();
      if (pair->size != 2) {
        if (sock->family == AF_NETLINK) {
          throw_type_error("AF_NETLINK address must be a pair (pid, groups)");
        }
        throw_type_error(format("getsockaddrarg() takes exactly 2 arguments (%zu given)",
                                static_cast<size_t>(pair->size)));
      }
      uint32_t first = static_cast<uint32_t>(unsigned_int_argument((*pair)[0]));
      uint32_t second = static_cast<uint32_t>(unsigned_int_argument((*pair)[1]));
      if (sock->family == AF_VSOCK) {
        auto* vm = reinterpret_cast<sockaddr_vm*>(&out.storage);
        vm->svm_family = AF_VSOCK;
        vm->svm_cid = first;
        vm->svm_port = second;
        out.length = sizeof(sockaddr_vm);
      } else {
        auto* nl = reinterpret_cast<sockaddr_nl*>(&out.storage);
        nl->nl_family = AF_NETLINK;
        nl->nl_pid = first;
        nl->nl_groups = second;
        out.length = sizeof(sockaddr_nl);
      }
      return out;
    }
    default:
      raise_message(std::string(caller) + "(): bad family");
  }
}

// --- the socket type ---------------------------------------------------------

void finalize_socket(void* block, void* offset) {
  auto* sock = reinterpret_cast<SocketObject*>(static_cast<char*>(block) +
                                               reinterpret_cast<uintptr_t>(offset));
  if (sock->fd >= 0) {
    ::close(sock->fd);
    sock->fd = -1;
  }
}

void watch_socket(SocketObject* sock) {
  if (sock->type->flags & kTypeHasFinalizer) return;  // a __del__ of a subclass runs instead
  void* block = GC_base(sock);
  GC_register_finalizer_no_order(
      block, finalize_socket,
      reinterpret_cast<void*>(static_cast<uintptr_t>(reinterpret_cast<char*>(sock) -
                                                     static_cast<char*>(block))),
      nullptr, nullptr);
}

Value socket_new(Type* type, const Value*, size_t, Tuple*) {
  auto* sock = static_cast<SocketObject*>(allocate_instance(type));
  sock->fd = -1;
  sock->family = AF_INET;
  sock->kind = SOCK_STREAM;
  sock->proto = 0;
  sock->timeout = -1;
  watch_socket(sock);
  return Value::from_object(sock);
}

// Sets up an open descriptor as CPython's init_sockobject does.
void init_socket(SocketObject* sock, int fd, int family, int kind, int proto) {
  sock->fd = fd;
  sock->family = family;
  sock->kind = kind & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  sock->proto = proto;
  if (kind & SOCK_NONBLOCK) {
    sock->timeout = 0;
  } else {
    sock->timeout = default_timeout;
    if (default_timeout >= 0) set_blocking(fd, false);
  }
}

int socket_option_int(int fd, int option) {
  int value = 0;
  socklen_t size = sizeof value;
  if (getsockopt(fd, SOL_SOCKET, option, &value, &size) < 0) raise_errno(errno);
  return value;
}

void socket_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[4];
  bind_arguments({"socket", {"family", "type", "proto", "fileno"}}, args, nargs, kwnames, bound);
  SocketObject* sock = as_socket(self);
  int family = bound[0].is_null() ? -1 : int_argument(bound[0]);
  int kind = bound[1].is_null() ? -1 : int_argument(bound[1]);
  int proto = bound[2].is_null() ? -1 : int_argument(bound[2]);
  int fd;
  if (!bound[3].is_null() && !is_none(bound[3])) {
    if (bound[3].is_double() || is_instance_of(bound[3], &float_type)) {
      throw_type_error("'float' object cannot be interpreted as an integer");
    }
    int64_t number = index_as_long(bound[3]);
    if (number < 0) throw_value_error("negative file descriptor");
    if (number > INT_MAX) throw_overflow_error("Python int too large to convert to C int");
    fd = static_cast<int>(number);
    if (family == -1) {
      sockaddr_storage address;
      socklen_t size = sizeof address;
      std::memset(&address, 0, sizeof address);
      if (getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) < 0) raise_errno(errno);
      family = address.ss_family;
    }
    if (kind == -1) kind = socket_option_int(fd, SO_TYPE);
    if (proto == -1) proto = socket_option_int(fd, SO_PROTOCOL);
  } else {
    if (family == -1) family = AF_INET;
    if (kind == -1) kind = SOCK_STREAM;
    if (proto == -1) proto = 0;
    fd = ::socket(family, kind | SOCK_CLOEXEC, proto);
    if (fd < 0) raise_errno(errno);
  }
  if (sock->fd >= 0 && sock->fd != fd) ::close(sock->fd);
  init_socket(sock, fd, family, kind, proto);
}

Value socket_repr(Value self) {
  SocketObject* sock = as_socket(self);
  return str_value(format("<socket object, fd=%d, family=%d, type=%d, proto=%d>", sock->fd,
                          sock->family, sock->kind, sock->proto));
}

Value socket_fileno(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("fileno", kwnames);
  check_positional("fileno", nargs, 0, 0);
  return make_int(as_socket(self)->fd);
}

Value socket_detach(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("detach", kwnames);
  check_positional("detach", nargs, 0, 0);
  SocketObject* sock = as_socket(self);
  int fd = sock->fd;
  sock->fd = -1;
  return make_int(fd);
}

Value socket_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("close", kwnames);
  check_positional("close", nargs, 0, 0);
  SocketObject* sock = as_socket(self);
  int fd = sock->fd;
  if (fd >= 0) {
    sock->fd = -1;
    int result;
    {
      ReleaseGil unlocked;
      result = ::close(fd);
    }
    // ECONNRESET may be reported by close() after the peer reset.
    if (result < 0 && errno != ECONNRESET) raise_errno(errno);
  }
  return none();
}

Value socket_bind(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("bind", kwnames);
  check_positional("bind", nargs, 1, 1);
  SocketObject* sock = as_socket(self);
  SocketAddress address = parse_address(sock, args[0], "bind");
  if (::bind(sock->fd, address.get(), address.length) < 0) raise_errno(errno);
  return none();
}

Value socket_listen(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("listen", kwnames);
  check_tuple_arity("listen", nargs, 0, 1);
  SocketObject* sock = as_socket(self);
  int backlog = nargs ? int_argument(args[0]) : std::min(SOMAXCONN, 128);
  if (backlog < 0) backlog = 0;
  if (::listen(sock->fd, backlog) < 0) raise_errno(errno);
  return none();
}

Value socket_accept(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("_accept", kwnames);
  check_positional("_accept", nargs, 0, 0);
  SocketObject* sock = as_socket(self);
  SocketAddress address;
  std::memset(&address.storage, 0, sizeof address.storage);
  int fd = sock->fd;
  ssize_t accepted = socket_call(sock, false, [&]() -> ssize_t {
    address.length = sizeof address.storage;
    return accept4(fd, address.get(), &address.length, SOCK_CLOEXEC);
  });
  int new_fd = static_cast<int>(accepted);
  Value peer;
  try {
    peer = make_address(address.get(), address.length, sock->family);
  } catch (...) {
    ::close(new_fd);
    throw;
  }
  return Value::from_object(make_tuple({make_int(new_fd), peer}));
}

// connect() as CPython's internal_connect: the error number (0 on success);
// a time-out raises TimeoutError when `raise_timeouts`, else answers EWOULDBLOCK.
int connect_socket(SocketObject* sock, SocketAddress& address, bool raise_timeouts) {
  int result;
  {
    ReleaseGil unlocked;
    result = ::connect(sock->fd, address.get(), address.length);
  }
  int error = result < 0 ? errno : 0;
  if (error == EINTR) {
    run_pending_signal_handlers();
    if (sock->timeout == 0) return error;
  } else if (!(error == EINPROGRESS && sock->timeout > 0)) {
    return error;
  }
  // Wait for the connection to complete (EINPROGRESS with a timeout, or a
  // blocking connect() interrupted by a signal).
  double deadline = sock->timeout > 0 ? monotonic_seconds() + sock->timeout : -1;
  if (!wait_ready(sock->fd, POLLOUT, deadline)) {
    if (raise_timeouts) raise_timeout();
    return EWOULDBLOCK;
  }
  int status = 0;
  socklen_t size = sizeof status;
  if (getsockopt(sock->fd, SOL_SOCKET, SO_ERROR, &status, &size) < 0) return errno;
  return status;
}

Value socket_connect(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("connect", kwnames);
  check_positional("connect", nargs, 1, 1);
  SocketObject* sock = as_socket(self);
  SocketAddress address = parse_address(sock, args[0], "connect");
  int error = connect_socket(sock, address, true);
  if (error) raise_errno(error);
  return none();
}

Value socket_connect_ex(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("connect_ex", kwnames);
  check_positional("connect_ex", nargs, 1, 1);
  SocketObject* sock = as_socket(self);
  SocketAddress address = parse_address(sock, args[0], "connect_ex");
  return make_int(connect_socket(sock, address, false));
}

std::string_view data_argument(Value value) {
  std::string_view data;
  if (!bytes_like_view(value, data)) {
    throw_type_error("a bytes-like object is required, not '" + type_name(value) + "'");
  }
  return data;
}

Value socket_send(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("send", kwnames);
  check_tuple_arity("send", nargs, 1, 2);
  SocketObject* sock = as_socket(self);
  std::string data(data_argument(args[0]));
  int flags = nargs > 1 ? int_argument(args[1]) : 0;
  int fd = sock->fd;
  ssize_t sent = socket_call(sock, true, [&] { return ::send(fd, data.data(), data.size(), flags); });
  return make_int(sent);
}

Value socket_sendall(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("sendall", kwnames);
  check_tuple_arity("sendall", nargs, 1, 2);
  SocketObject* sock = as_socket(self);
  std::string data(data_argument(args[0]));
  int flags = nargs > 1 ? int_argument(args[1]) : 0;
  int fd = sock->fd;
  size_t done = 0;
  while (done < data.size()) {
    ssize_t sent = socket_call(
        sock, true, [&] { return ::send(fd, data.data() + done, data.size() - done, flags); });
    done += static_cast<size_t>(sent);
    run_pending_signal_handlers();
  }
  return none();
}

Value socket_sendto(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("sendto", kwnames);
  if (nargs != 2 && nargs != 3) {
    throw_type_error(format("sendto() takes 2 or 3 arguments (%zu given)", nargs));
  }
  SocketObject* sock = as_socket(self);
  std::string data(data_argument(args[0]));
  int flags = nargs == 3 ? int_argument(args[1]) : 0;
  SocketAddress address = parse_address(sock, args[nargs - 1], "sendto");
  int fd = sock->fd;
  ssize_t sent = socket_call(sock, true, [&] {
    return ::sendto(fd, data.data(), data.size(), flags, address.get(), address.length);
  });
  return make_int(sent);
}

int64_t size_argument(Value value, const char* what) {
  int64_t size = index_as_ssize(value);
  if (size < 0) throw_value_error(std::string("negative buffersize in ") + what);
  return size;
}

Value socket_recv(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("recv", kwnames);
  check_tuple_arity("recv", nargs, 1, 2);
  SocketObject* sock = as_socket(self);
  int64_t size = size_argument(args[0], "recv");
  int flags = nargs > 1 ? int_argument(args[1]) : 0;
  std::string buffer(static_cast<size_t>(size), '\0');
  int fd = sock->fd;
  ssize_t received =
      socket_call(sock, false, [&] { return ::recv(fd, buffer.data(), buffer.size(), flags); });
  return Value::from_object(make_bytes(std::string_view(buffer.data(), static_cast<size_t>(received))));
}

Value socket_recvfrom(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("recvfrom", kwnames);
  check_tuple_arity("recvfrom", nargs, 1, 2);
  SocketObject* sock = as_socket(self);
  int64_t size = size_argument(args[0], "recvfrom");
  int flags = nargs > 1 ? int_argument(args[1]) : 0;
  std::string buffer(static_cast<size_t>(size), '\0');
  SocketAddress address;
  std::memset(&address.storage, 0, sizeof address.storage);
  int fd = sock->fd;
  ssize_t received = socket_call(sock, false, [&] {
    address.length = sizeof address.storage;
    return ::recvfrom(fd, buffer.data(), buffer.size(), flags, address.get(), &address.length);
  });
  Value peer = make_address(address.get(), address.length, sock->family);
  return Value::from_object(make_tuple(
      {Value::from_object(make_bytes(std::string_view(buffer.data(), static_cast<size_t>(received)))),
       peer}));
}

bool writable_buffer(Value v, char*& data, size_t& size) {
  if (ByteArray* storage = resizable_storage(v)) {
    data = storage->items;
    size = storage->size;
    return true;
  }
  return is_memoryview(v) && memoryview_writable_data(v, data, size);
}

// recv_into / recvfrom_into: (buffer, nbytes=0, flags=0) with keywords.
Value receive_into(Value self, const Value* args, size_t nargs, Tuple* kwnames, const char* name,
                   bool with_address) {
  Value bound[3];
  bind_arguments({name, {"buffer", "nbytes", "flags"}, 1}, args, nargs, kwnames, bound);
  char* data;
  size_t capacity;
  if (!writable_buffer(bound[0], data, capacity)) {
    throw_type_error(std::string(name) + "() argument 1 must be read-write bytes-like object, not " +
                     type_name(bound[0]));
  }
  int64_t wanted = bound[1].is_null() ? 0 : index_as_ssize(bound[1]);
  int flags = bound[2].is_null() ? 0 : int_argument(bound[2]);
  if (wanted < 0) throw_value_error(std::string("negative buffersize in ") + name);
  if (wanted == 0) wanted = static_cast<int64_t>(capacity);
  if (static_cast<size_t>(wanted) > capacity) {
    throw_value_error(with_address ? "nbytes is greater than the length of the buffer"
                                   : "buffer too small for requested bytes");
  }
  SocketObject* sock = as_socket(self);
  std::string buffer(static_cast<size_t>(wanted), '\0');
  SocketAddress address;
  std::memset(&address.storage, 0, sizeof address.storage);
  int fd = sock->fd;
  ssize_t received = socket_call(sock, false, [&] {
    address.length = sizeof address.storage;
    return ::recvfrom(fd, buffer.data(), buffer.size(), flags,
                      with_address ? address.get() : nullptr,
                      with_address ? &address.length : nullptr);
  });
  // The buffer may have moved while the GIL was released: look it up again.
  if (writable_buffer(bound[0], data, capacity)) {
    std::memcpy(data, buffer.data(), std::min(capacity, static_cast<size_t>(received)));
  }
  if (!with_address) return make_int(received);
  return Value::from_object(
      make_tuple({make_int(received), make_address(address.get(), address.length, sock->family)}));
}

Value socket_recv_into(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return receive_into(self, args, nargs, kwnames, "recv_into", false);
}

Value socket_recvfrom_into(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return receive_into(self, args, nargs, kwnames, "recvfrom_into", true);
}

// sendmsg(buffers[, ancdata[, flags[, address]]]): the buffers gathered, with
// control messages of (level, type, data) items.
Value socket_sendmsg(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("sendmsg", kwnames);
  check_tuple_arity("sendmsg", nargs, 1, 4);
  SocketObject* sock = as_socket(self);
  std::vector<std::string> pieces;
  Type* buffers_type = type_of(args[0]);
  if (!buffers_type->iter && !buffers_type->getitem) {
    throw_type_error("sendmsg() argument 1 must be an iterable");
  }
  Value iterator = get_iter(args[0]);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    pieces.emplace_back(data_argument(item));
  }
  std::string control;
  if (nargs > 1 && !is_none(args[1])) {
    Type* ancillary_type = type_of(args[1]);
    if (!ancillary_type->iter && !ancillary_type->getitem) {
      throw_type_error("sendmsg() argument 2 must be an iterable");
    }
    Value items = get_iter(args[1]);
    for (Value item = iter_next(items); !item.is_null(); item = iter_next(items)) {
      Type* item_type = type_of(item);
      if (!item_type->getitem || is_instance_of(item, &str_type) || is_int(item)) {
        throw_type_error("[sendmsg() ancillary data items]() argument must be 3-item sequence, not " +
                         type_name(item));
      }
      int64_t size = length(item);
      if (size != 3) {
        throw_type_error(format("[sendmsg() ancillary data items]() argument must be sequence of "
                                "length 3, not %ld", static_cast<long>(size)));
      }
      int level = int_argument(getitem(item, make_int(0)));
      int kind = int_argument(getitem(item, make_int(1)));
      std::string_view data = data_argument(getitem(item, make_int(2)));
      size_t offset = control.size();
      control.resize(offset + CMSG_SPACE(data.size()), '\0');
      auto* header = reinterpret_cast<cmsghdr*>(control.data() + offset);
      header->cmsg_level = level;
      header->cmsg_type = kind;
      header->cmsg_len = CMSG_LEN(data.size());
      std::memcpy(CMSG_DATA(header), data.data(), data.size());
    }
  }
  int flags = nargs > 2 ? int_argument(args[2]) : 0;
  SocketAddress address;
  bool has_address = nargs > 3 && !is_none(args[3]);
  if (has_address) address = parse_address(sock, args[3], "sendmsg");
  std::vector<iovec> vectors(pieces.size());
  for (size_t i = 0; i < pieces.size(); ++i) vectors[i] = {pieces[i].data(), pieces[i].size()};
  msghdr message{};
  message.msg_iov = vectors.data();
  message.msg_iovlen = vectors.size();
  if (!control.empty()) {
    message.msg_control = control.data();
    message.msg_controllen = control.size();
  }
  if (has_address) {
    message.msg_name = address.get();
    message.msg_namelen = address.length;
  }
  int fd = sock->fd;
  ssize_t sent = socket_call(sock, true, [&] { return ::sendmsg(fd, &message, flags); });
  return make_int(sent);
}

// The shared part of recvmsg and recvmsg_into: receives into `vectors`,
// answering the byte count and setting the rest of the result.
ssize_t receive_message(SocketObject* sock, std::vector<iovec>& vectors, Value ancillary_size,
                        Value flags_value, const char* name, List*& ancillary, int& message_flags,
                        Value& address_value) {
  int64_t control_size = ancillary_size.is_null() ? 0 : index_as_ssize(ancillary_size);
  if (control_size < 0 || control_size > INT32_MAX) {
    throw_value_error("invalid ancillary data buffer length");
  }
  int flags = flags_value.is_null() ? 0 : int_argument(flags_value);
  std::string control(static_cast<size_t>(control_size), '\0');
  SocketAddress address;
  std::memset(&address.storage, 0, sizeof address.storage);
  msghdr message{};
  int fd = sock->fd;
  ssize_t received = socket_call(sock, false, [&] {
    message = msghdr{};
    message.msg_name = address.get();
    message.msg_namelen = sizeof address.storage;
    message.msg_iov = vectors.data();
    message.msg_iovlen = vectors.size();
    if (!control.empty()) {
      message.msg_control = control.data();
      message.msg_controllen = control.size();
    }
    return ::recvmsg(fd, &message, flags);
  });
  (void)name;
  ancillary = make_list();
  if (message.msg_controllen > 0) {
    for (cmsghdr* header = CMSG_FIRSTHDR(&message); header; header = CMSG_NXTHDR(&message, header)) {
      size_t data_offset = static_cast<size_t>(reinterpret_cast<char*>(CMSG_DATA(header)) -
                                               reinterpret_cast<char*>(header));
      size_t end = std::min<size_t>(header->cmsg_len, control.data() + message.msg_controllen -
                                                          reinterpret_cast<char*>(header));
      size_t data_size = end > data_offset ? end - data_offset : 0;
      list_append(ancillary, Value::from_object(make_tuple(
                                 {make_int(header->cmsg_level), make_int(header->cmsg_type),
                                  Value::from_object(make_bytes(std::string_view(
                                      reinterpret_cast<char*>(CMSG_DATA(header)), data_size)))})));
    }
  }
  message_flags = message.msg_flags;
  address_value = make_address(address.get(), message.msg_namelen, sock->family);
  return received;
}

Value socket_recvmsg(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("recvmsg", kwnames);
  check_tuple_arity("recvmsg", nargs, 1, 3);
  int64_t size = index_as_ssize(args[0]);
  if (size < 0) throw_value_error("negative buffer size in recvmsg()");
  std::string buffer(static_cast<size_t>(size), '\0');
  std::vector<iovec> vectors{{buffer.data(), buffer.size()}};
  List* ancillary;
  int flags;
  Value address;
  ssize_t received = receive_message(as_socket(self), vectors, nargs > 1 ? args[1] : Value::null(),
                                     nargs > 2 ? args[2] : Value::null(), "recvmsg", ancillary,
                                     flags, address);
  return Value::from_object(make_tuple(
      {Value::from_object(make_bytes(std::string_view(buffer.data(), static_cast<size_t>(received)))),
       Value::from_object(ancillary), make_int(flags), address}));
}

Value socket_recvmsg_into(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("recvmsg_into", kwnames);
  check_tuple_arity("recvmsg_into", nargs, 1, 3);
  Type* buffers_type = type_of(args[0]);
  if (!buffers_type->iter && !buffers_type->getitem) {
    throw_type_error("recvmsg_into() argument 1 must be an iterable");
  }
  gc::vector<Value> targets;
  std::vector<std::string> storage;
  Value iterator = get_iter(args[0]);
  for (Value item = iter_next(iterator); !item.is_null(); item = iter_next(iterator)) {
    char* data;
    size_t size;
    if (!writable_buffer(item, data, size)) {
      throw_type_error("recvmsg_into() argument 1 must be an iterable of single-segment "
                       "read-write buffers");
    }
    targets.push_back(item);
    storage.emplace_back(size, '\0');
  }
  std::vector<iovec> vectors(storage.size());
  for (size_t i = 0; i < storage.size(); ++i) vectors[i] = {storage[i].data(), storage[i].size()};
  List* ancillary;
  int flags;
  Value address;
  ssize_t received = receive_message(as_socket(self), vectors, nargs > 1 ? args[1] : Value::null(),
                                     nargs > 2 ? args[2] : Value::null(), "recvmsg_into", ancillary,
                                     flags, address);
  size_t left = static_cast<size_t>(received);
  for (size_t i = 0; i < targets.size() && left > 0; ++i) {
    char* data;
    size_t size;
    size_t count = std::min(left, storage[i].size());
    if (writable_buffer(targets[i], data, size)) std::memcpy(data, storage[i].data(), std::min(count, size));
    left -= count;
  }
  return Value::from_object(make_tuple(
      {make_int(received), Value::from_object(ancillary), make_int(flags), address}));
}

Value socket_shutdown(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("shutdown", kwnames);
  check_positional("shutdown", nargs, 1, 1);
  int how = int_argument(args[0]);
  int result;
  {
    ReleaseGil unlocked;
    result = ::shutdown(as_socket(self)->fd, how);
  }
  if (result < 0) raise_errno(errno);
  return none();
}

Value socket_setsockopt(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("setsockopt", kwnames);
  check_tuple_arity("setsockopt", nargs, 3, 4);
  SocketObject* sock = as_socket(self);
  int level = int_argument(args[0]);
  int option = int_argument(args[1]);
  int result;
  if (nargs == 4) {
    if (!is_none(args[2])) {
      throw_type_error("setsockopt() argument 3 must be NoneType, not " + type_name(args[2]));
    }
    int64_t length = index_as_long(args[3]);
    if (length < 0 || length > UINT32_MAX) {
      throw_overflow_error("Python int too large to convert to C unsigned long");
    }
    result = setsockopt(sock->fd, level, option, nullptr, static_cast<socklen_t>(length));
  } else if (is_int(args[2]) && sock->family == AF_VSOCK) {
    Value number = index_value(args[2]);
    if (int_sign(number) < 0) throw_overflow_error("can't convert negative int to unsigned");
    mpz_t big;
    int64_t small;
    uint64_t value;
    if (int_to_int64(number, small)) {
      value = static_cast<uint64_t>(small);
    } else {
      mpz_init(big);
      int_to_mpz(number, big);
      if (mpz_sizeinbase(big, 2) > 64) {
        mpz_clear(big);
        throw_overflow_error("int too big to convert");
      }
      value = mpz_get_ui(big);
      mpz_clear(big);
    }
    result = setsockopt(sock->fd, level, option, &value, sizeof value);
  } else if (is_int(args[2])) {
    int value = int_argument(args[2]);
    result = setsockopt(sock->fd, level, option, &value, sizeof value);
  } else {
    std::string_view data = data_argument(args[2]);
    result = setsockopt(sock->fd, level, option, data.data(), static_cast<socklen_t>(data.size()));
  }
  if (result < 0) raise_errno(errno);
  return none();
}

Value socket_getsockopt(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("getsockopt", kwnames);
  check_tuple_arity("getsockopt", nargs, 2, 3);
  SocketObject* sock = as_socket(self);
  int level = int_argument(args[0]);
  int option = int_argument(args[1]);
  int length = nargs == 3 ? int_argument(args[2]) : 0;
  if (length == 0 && sock->family == AF_VSOCK) {
    // The VSOCK options are 64-bit.
    uint64_t value = 0;
    socklen_t size = sizeof value;
    if (getsockopt(sock->fd, level, option, &value, &size) < 0) raise_errno(errno);
    return make_int_from_unsigned(value);
  }
  if (length == 0) {
    int value = 0;
    socklen_t size = sizeof value;
    if (getsockopt(sock->fd, level, option, &value, &size) < 0) raise_errno(errno);
    return make_int(value);
  }
  if (length < 0 || length > 1024) raise_message("getsockopt buflen out of range");
  std::string buffer(static_cast<size_t>(length), '\0');
  socklen_t size = static_cast<socklen_t>(length);
  if (getsockopt(sock->fd, level, option, buffer.data(), &size) < 0) raise_errno(errno);
  return Value::from_object(make_bytes(std::string_view(buffer.data(), size)));
}

Value socket_getsockname(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("getsockname", kwnames);
  check_positional("getsockname", nargs, 0, 0);
  SocketObject* sock = as_socket(self);
  SocketAddress address;
  std::memset(&address.storage, 0, sizeof address.storage);
  address.length = sizeof address.storage;
  if (getsockname(sock->fd, address.get(), &address.length) < 0) raise_errno(errno);
  return make_address(address.get(), address.length, sock->family);
}

Value socket_getpeername(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("getpeername", kwnames);
  check_positional("getpeername", nargs, 0, 0);
  SocketObject* sock = as_socket(self);
  SocketAddress address;
  std::memset(&address.storage, 0, sizeof address.storage);
  address.length = sizeof address.storage;
  if (getpeername(sock->fd, address.get(), &address.length) < 0) raise_errno(errno);
  return make_address(address.get(), address.length, sock->family);
}

Value socket_setblocking(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("setblocking", kwnames);
  check_positional("setblocking", nargs, 1, 1);
  SocketObject* sock = as_socket(self);
  bool blocking = truthy(args[0]);
  sock->timeout = blocking ? -1 : 0;
  set_blocking(sock->fd, blocking);
  return none();
}

Value socket_getblocking(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("getblocking", kwnames);
  check_positional("getblocking", nargs, 0, 0);
  return make_bool(as_socket(self)->timeout != 0);
}

Value socket_settimeout(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("settimeout", kwnames);
  check_positional("settimeout", nargs, 1, 1);
  SocketObject* sock = as_socket(self);
  sock->timeout = timeout_argument(args[0]);
  set_blocking(sock->fd, sock->timeout < 0);
  return none();
}

Value socket_gettimeout(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("gettimeout", kwnames);
  check_positional("gettimeout", nargs, 0, 0);
  return timeout_value(as_socket(self)->timeout);
}

Value socket_family(Value self) { return make_int(as_socket(self)->family); }
Value socket_kind(Value self) { return make_int(as_socket(self)->kind); }
Value socket_proto(Value self) { return make_int(as_socket(self)->proto); }
Value socket_timeout(Value self) { return timeout_value(as_socket(self)->timeout); }

void init_socket_type() {
  socket_type.new_instance = socket_new;
  socket_type.init = socket_init;
  socket_type.repr = socket_repr;
  init_static_type(&socket_type, "_socket.socket", nullptr, sizeof(SocketObject),
                   kTypeBaseType | kTypeImmutable);
  set_type_doc(&socket_type,
               "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\n"
               "socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\n"
               "Open a socket of the given type.");
  add_methods(&socket_type, {
      {"_accept", socket_accept, kMethodInstance,
       "_accept() -> (integer, address info)\n\nWait for an incoming connection."},
      {"bind", socket_bind, kMethodInstance, "bind(address)\n\nBind the socket to a local address."},
      {"close", socket_close, kMethodInstance, "close()\n\nClose the socket."},
      {"connect", socket_connect, kMethodInstance,
       "connect(address)\n\nConnect the socket to a remote address."},
      {"connect_ex", socket_connect_ex, kMethodInstance,
       "connect_ex(address) -> errno\n\nThis is like connect(address), but returns an error "
       "code (the errno value)\ninstead of raising an exception when an error occurs."},
      {"detach", socket_detach, kMethodInstance,
       "detach()\n\nClose the socket object without closing the underlying file descriptor."},
      {"fileno", socket_fileno, kMethodInstance,
       "fileno() -> integer\n\nReturn the integer file descriptor of the socket."},
      {"getpeername", socket_getpeername, kMethodInstance,
       "getpeername() -> address info\n\nReturn the address of the remote endpoint."},
      {"getsockname", socket_getsockname, kMethodInstance,
       "getsockname() -> address info\n\nReturn the address of the local endpoint."},
      {"getsockopt", socket_getsockopt, kMethodInstance,
       "getsockopt(level, option[, buffersize]) -> value\n\nGet a socket option."},
      {"listen", socket_listen, kMethodInstance,
       "listen([backlog])\n\nEnable a server to accept connections."},
      {"recv", socket_recv, kMethodInstance,
       "recv(buffersize[, flags]) -> data\n\nReceive up to buffersize bytes from the socket."},
      {"recv_into", socket_recv_into, kMethodInstance,
       "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read"},
      {"recvfrom", socket_recvfrom, kMethodInstance,
       "recvfrom(buffersize[, flags]) -> (data, address info)"},
      {"recvfrom_into", socket_recvfrom_into, kMethodInstance,
       "recvfrom_into(buffer[, nbytes[, flags]]) -> (nbytes, address info)"},
      {"send", socket_send, kMethodInstance,
       "send(data[, flags]) -> count\n\nSend a data string to the socket."},
      {"sendall", socket_sendall, kMethodInstance,
       "sendall(data[, flags])\n\nSend a data string to the socket."},
      {"sendmsg", socket_sendmsg, kMethodInstance,
       "sendmsg(buffers[, ancdata[, flags[, address]]]) -> count\n\nSend normal and ancillary "
       "data to the socket, gathering the non-ancillary data\nfrom a series of buffers and "
       "concatenating it into a single message."},
      {"recvmsg", socket_recvmsg, kMethodInstance,
       "recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address)\n\n"
       "Receive normal data and ancillary data from the socket."},
      {"recvmsg_into", socket_recvmsg_into, kMethodInstance,
       "recvmsg_into(buffers[, ancbufsize[, flags]]) -> (nbytes, ancdata, msg_flags, address)"
       "\n\nReceive normal data and ancillary data from the socket, scattering the\n"
       "non-ancillary data into a series of buffers."},
      {"sendto", socket_sendto, kMethodInstance,
       "sendto(data[, flags], address) -> count\n\nLike send(data, flags) but allows specifying "
       "the destination address."},
      {"setblocking", socket_setblocking, kMethodInstance,
       "setblocking(flag)\n\nSet the socket to blocking (flag is true) or non-blocking (false)."},
      {"getblocking", socket_getblocking, kMethodInstance,
       "getblocking()\n\nReturns True if socket is in blocking mode, or False if it\nis in "
       "non-blocking mode."},
      {"settimeout", socket_settimeout, kMethodInstance,
       "settimeout(timeout)\n\nSet a timeout on socket operations."},
      {"gettimeout", socket_gettimeout, kMethodInstance,
       "gettimeout() -> timeout\n\nReturns the timeout in seconds (float) associated\nwith "
       "socket operations."},
      {"setsockopt", socket_setsockopt, kMethodInstance,
       "setsockopt(level, option, value: int)\nsetsockopt(level, option, value: buffer)\n"
       "setsockopt(level, option, None, optlen: int)\n\nSet a socket option."},
      {"shutdown", socket_shutdown, kMethodInstance,
       "shutdown(flag)\n\nShut down the reading side of the socket (flag == SHUT_RD), the "
       "writing side\nof the socket (flag == SHUT_WR), or both ends (flag == SHUT_RDWR)."},
  });
  add_getsets(&socket_type, {
      {"family", socket_family, nullptr, "the socket family"},
      {"type", socket_kind, nullptr, "the socket type"},
      {"proto", socket_proto, nullptr, "the socket protocol"},
      {"timeout", socket_timeout, nullptr, "the socket timeout"},
  });
}

// --- module functions --------------------------------------------------------

Value make_socket_object(int fd, int family, int kind, int proto) {
  auto* sock = static_cast<SocketObject*>(allocate_instance(&socket_type));
  sock->fd = -1;
  watch_socket(sock);
  init_socket(sock, fd, family, kind, proto);
  return Value::from_object(sock);
}

Value module_socketpair(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("socketpair", kwnames);
  check_tuple_arity("socketpair", nargs, 0, 3);
  int family = nargs > 0 ? int_argument(args[0]) : AF_UNIX;
  int kind = nargs > 1 ? int_argument(args[1]) : SOCK_STREAM;
  int proto = nargs > 2 ? int_argument(args[2]) : 0;
  int fds[2];
  if (::socketpair(family, kind | SOCK_CLOEXEC, proto, fds) < 0) raise_errno(errno);
  Value first = make_socket_object(fds[0], family, kind, proto);
  Value second = make_socket_object(fds[1], family, kind, proto);
  return Value::from_object(make_tuple({first, second}));
}

Value module_dup(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("dup", kwnames);
  check_positional("dup", nargs, 1, 1);
  int fd = int_argument(args[0]);
  int copy = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (copy < 0) raise_errno(errno);
  return make_int(copy);
}

Value module_close(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("close", kwnames);
  check_positional("close", nargs, 1, 1);
  int fd = int_argument(args[0]);
  int result;
  {
    ReleaseGil unlocked;
    result = ::close(fd);
  }
  if (result < 0 && errno != ECONNRESET) raise_errno(errno);
  return none();
}

Value module_getdefaulttimeout(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("getdefaulttimeout", kwnames);
  check_positional("getdefaulttimeout", nargs, 0, 0);
  return timeout_value(default_timeout);
}

Value module_setdefaulttimeout(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("setdefaulttimeout", kwnames);
  check_positional("setdefaulttimeout", nargs, 1, 1);
  default_timeout = timeout_argument(args[0]);
  return none();
}

uint64_t unsigned_argument(Value value) {
  Value number = index_value(value);
  if (int_sign(number) < 0) throw_overflow_error("can't convert negative value to unsigned int");
  int64_t result;
  if (!int_to_int64(number, result) || result > 0xffffffffLL) {
    throw_overflow_error("int larger than 32 bits");
  }
  return static_cast<uint64_t>(result);
}

uint16_t short_argument(Value value, const char* name) {
  Value number = index_value(value);
  if (int_sign(number) < 0) {
    throw_overflow_error(std::string(name) +
                         ": can't convert negative Python int to C 16-bit unsigned integer");
  }
  int64_t result;
  if (!int_to_int64(number, result) || result > 0xffff) {
    throw_overflow_error(std::string(name) +
                         ": Python int too large to convert to C 16-bit unsigned integer");
  }
  return static_cast<uint16_t>(result);
}

Value module_htons(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("htons", kwnames);
  check_positional("htons", nargs, 1, 1);
  return make_int(htons(short_argument(args[0], "htons")));
}

Value module_ntohs(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("ntohs", kwnames);
  check_positional("ntohs", nargs, 1, 1);
  return make_int(ntohs(short_argument(args[0], "ntohs")));
}

Value module_htonl(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("htonl", kwnames);
  check_positional("htonl", nargs, 1, 1);
  if (!is_int(args[0])) {
    throw_type_error("expected int, " + type_name(args[0]) + " found");
  }
  return make_int_from_unsigned(htonl(static_cast<uint32_t>(unsigned_argument(args[0]))));
}

Value module_ntohl(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("ntohl", kwnames);
  check_positional("ntohl", nargs, 1, 1);
  if (!is_int(args[0])) {
    throw_type_error("expected int, " + type_name(args[0]) + " found");
  }
  return make_int_from_unsigned(ntohl(static_cast<uint32_t>(unsigned_argument(args[0]))));
}

std::string str_argument(Value value, const char* function, int position = 1) {
  if (!is_instance_of(value, &str_type)) {
    throw_type_error(format("%s() argument %d must be str, not %s", function, position,
                            type_name(value).c_str()));
  }
  std::string text(str_view(value));
  if (text.find('\0') != std::string::npos) throw_value_error("embedded null character");
  return text;
}

Value module_inet_aton(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("inet_aton", kwnames);
  check_positional("inet_aton", nargs, 1, 1);
  std::string text = str_argument(args[0], "inet_aton");
  in_addr address;
  if (inet_aton(text.c_str(), &address) == 0) {
    raise_message("illegal IP address string passed to inet_aton");
  }
  return Value::from_object(make_bytes(std::string_view(reinterpret_cast<char*>(&address), 4)));
}

Value module_inet_ntoa(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("inet_ntoa", kwnames);
  check_positional("inet_ntoa", nargs, 1, 1);
  std::string_view packed = data_argument(args[0]);
  if (packed.size() != 4) raise_message("packed IP wrong length for inet_ntoa");
  return str_value(address_text(packed.data(), AF_INET));
}

Value module_inet_pton(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("inet_pton", kwnames);
  check_tuple_arity("inet_pton", nargs, 2, 2);
  int family = int_argument(args[0]);
  std::string text = str_argument(args[1], "inet_pton", 2);
  unsigned char packed[sizeof(in6_addr)];
  int result = inet_pton(family, text.c_str(), packed);
  if (result < 0) raise_errno(errno);
  if (result == 0) raise_message("illegal IP address string passed to inet_pton");
  size_t size = family == AF_INET ? 4 : 16;
  return Value::from_object(make_bytes(std::string_view(reinterpret_cast<char*>(packed), size)));
}

Value module_inet_ntop(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("inet_ntop", kwnames);
  check_tuple_arity("inet_ntop", nargs, 2, 2);
  int family = int_argument(args[0]);
  std::string_view packed = data_argument(args[1]);
  if (family == AF_INET) {
    if (packed.size() != 4) throw_value_error("invalid length of packed IP address string");
  } else if (family == AF_INET6) {
    if (packed.size() != 16) throw_value_error("invalid length of packed IP address string");
  } else {
    throw_value_error(format("unknown address family %d", family));
  }
  std::string copy(packed);
  return str_value(address_text(copy.data(), family));
}

Value module_gethostname(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("gethostname", kwnames);
  check_positional("gethostname", nargs, 0, 0);
  char name[1024];
  if (gethostname(name, sizeof name - 1) < 0) raise_errno(errno);
  name[sizeof name - 1] = 0;
  return fs_decode(name);
}

// The optional host argument of getaddrinfo: None, str (IDNA) or bytes.
bool optional_host(Value value, std::string& out) {
  if (is_none(value)) return false;
  if (is_instance_of(value, &str_type)) {
    out = host_argument(value);
  } else if (is_bytes(value)) {
    out = std::string(value.as<Bytes>()->view());
  } else {
    throw_type_error("getaddrinfo() argument 1 must be string or None");
  }
  return true;
}

Value module_sethostname(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("sethostname", kwnames);
  check_tuple_arity("sethostname", nargs, 1, 1);
  std::string name = fs_converter(args[0]);
  if (sethostname(name.data(), name.size()) < 0) raise_errno(errno);
  return none();
}

Value module_getaddrinfo(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[6];
  bind_arguments({"getaddrinfo", {"host", "port", "family", "type", "proto", "flags"}, 2}, args,
                 nargs, kwnames, bound);
  std::string host, port;
  bool has_host = optional_host(bound[0], host);
  bool has_port = true;
  if (is_int(bound[1])) {
    port = int_to_decimal(bound[1]);
  } else if (is_instance_of(bound[1], &str_type)) {
    port = std::string(str_encode(bound[1].as<Str>(), "utf-8", "strict").as<Bytes>()->view());
  } else if (is_bytes(bound[1])) {
    port = std::string(bound[1].as<Bytes>()->view());
  } else if (is_none(bound[1])) {
    has_port = false;
  } else {
    raise_message("Int or String expected");
  }
  addrinfo hints{};
  hints.ai_family = bound[2].is_null() ? 0 : int_argument(bound[2]);
  hints.ai_socktype = bound[3].is_null() ? 0 : int_argument(bound[3]);
  hints.ai_protocol = bound[4].is_null() ? 0 : int_argument(bound[4]);
  hints.ai_flags = bound[5].is_null() ? 0 : int_argument(bound[5]);
  addrinfo* result = nullptr;
  int code;
  {
    ReleaseGil unlocked;
    code = getaddrinfo(has_host ? host.c_str() : nullptr, has_port ? port.c_str() : nullptr,
                       &hints, &result);
  }
  if (code) raise_gaierror(code);
  List* list = make_list();
  try {
    for (addrinfo* entry = result; entry; entry = entry->ai_next) {
      Value address = make_address(entry->ai_addr, entry->ai_addrlen, entry->ai_protocol);
      list_append(list, Value::from_object(make_tuple(
                            {make_int(entry->ai_family), make_int(entry->ai_socktype),
                             make_int(entry->ai_protocol),
                             str_value(entry->ai_canonname ? entry->ai_canonname : ""), address})));
    }
  } catch (...) {
    freeaddrinfo(result);
    throw;
  }
  freeaddrinfo(result);
  return Value::from_object(list);
}

Value module_getnameinfo(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("getnameinfo", kwnames);
  check_tuple_arity("getnameinfo", nargs, 2, 2);
  if (!is_instance_of(args[0], &tuple_type)) {
    throw_type_error("getnameinfo() argument 1 must be a tuple");
  }
  Tuple* items = args[0].as<Tuple>();
  if (items->size < 2 || items->size > 4) {
    throw_type_error("getnameinfo(): illegal sockaddr argument");
  }
  std::string host = str_argument((*items)[0], "getnameinfo");
  int port = int_argument((*items)[1]);
  uint64_t flowinfo = items->size > 2 ? unsigned_argument((*items)[2]) : 0;
  uint64_t scope_id = items->size > 3 ? unsigned_argument((*items)[3]) : 0;
  if (flowinfo > 0xfffff) throw_overflow_error("getnameinfo(): flowinfo must be 0-1048575.");
  int flags = int_argument(args[1]);
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_DGRAM;
  hints.ai_flags = AI_NUMERICHOST;
  std::string port_text = std::to_string(port);
  addrinfo* result = nullptr;
  int code;
  {
    ReleaseGil unlocked;
    code = getaddrinfo(host.c_str(), port_text.c_str(), &hints, &result);
  }
  if (code) raise_gaierror(code);
  if (result->ai_next) {
    freeaddrinfo(result);
    raise_message("sockaddr resolved to multiple addresses");
  }
  SocketAddress address;
  std::memset(&address.storage, 0, sizeof address.storage);
  std::memcpy(&address.storage, result->ai_addr, result->ai_addrlen);
  address.length = result->ai_addrlen;
  int family = result->ai_family;
  freeaddrinfo(result);
  if (family == AF_INET) {
    if (items->size != 2) raise_message("IPv4 sockaddr must be 2 tuple");
  } else if (family == AF_INET6) {
    auto* in6 = reinterpret_cast<sockaddr_in6*>(&address.storage);
    in6->sin6_flowinfo = htonl(static_cast<uint32_t>(flowinfo));
    in6->sin6_scope_id = static_cast<uint32_t>(scope_id);
  }
  char host_name[NI_MAXHOST], service[NI_MAXSERV];
  {
    ReleaseGil unlocked;
    code = getnameinfo(address.get(), address.length, host_name, sizeof host_name, service,
                       sizeof service, flags);
  }
  if (code) raise_gaierror(code);
  return Value::from_object(make_tuple({str_value(host_name), str_value(service)}));
}

// The (name, aliases, addresses) of a hostent, as gethostbyname_ex answers.
Value host_entry_tuple(const hostent* entry) {
  List* aliases = make_list();
  for (char** alias = entry->h_aliases; alias && *alias; ++alias) {
    list_append(aliases, str_value(*alias));
  }
  List* addresses = make_list();
  for (char** address = entry->h_addr_list; address && *address; ++address) {
    list_append(addresses, str_value(address_text(*address, entry->h_addrtype)));
  }
  return Value::from_object(make_tuple(
      {str_value(entry->h_name), Value::from_object(aliases), Value::from_object(addresses)}));
}

Value lookup_host(const std::string& name, int family, bool by_address, const void* packed,
                  socklen_t packed_size) {
  hostent entry;
  hostent* result = nullptr;
  std::vector<char> buffer(16384);
  int error = 0;
  int status;
  {
    ReleaseGil unlocked;
    while (true) {
      status = by_address
                   ? gethostbyaddr_r(packed, packed_size, family, &entry, buffer.data(),
                                     buffer.size(), &result, &error)
                   : gethostbyname2_r(name.c_str(), family, &entry, buffer.data(), buffer.size(),
                                      &result, &error);
      if (status != ERANGE || buffer.size() > (1u << 22)) break;
      buffer.resize(buffer.size() * 2);
    }
  }
  if (!result) raise_herror(error ? error : HOST_NOT_FOUND);
  return host_entry_tuple(result);
}

std::string name_argument(Value value, const char* function) {
  if (is_instance_of(value, &str_type) || is_bytes(value) || is_bytearray(value)) {
    if (is_instance_of(value, &str_type)) return fs_encode(value);
    std::string_view data;
    bytes_like_view(value, data);
    return std::string(data);
  }
  throw_type_error(format("%s() argument 1 must be str, bytes or bytearray, not %s", function,
                          type_name(value).c_str()));
}

Value module_gethostbyname(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("gethostbyname", kwnames);
  check_positional("gethostbyname", nargs, 1, 1);
  std::string name = name_argument(args[0], "gethostbyname");
  SocketAddress address;
  resolve_host(name, address, AF_INET);
  return str_value(address_text(&reinterpret_cast<sockaddr_in*>(&address.storage)->sin_addr,
                                AF_INET));
}

Value module_gethostbyname_ex(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("gethostbyname_ex", kwnames);
  check_positional("gethostbyname_ex", nargs, 1, 1);
  std::string name = name_argument(args[0], "gethostbyname_ex");
  SocketAddress address;
  resolve_host(name, address, AF_INET);
  return lookup_host(name, AF_INET, false, nullptr, 0);
}

Value module_gethostbyaddr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("gethostbyaddr", kwnames);
  check_positional("gethostbyaddr", nargs, 1, 1);
  std::string name = name_argument(args[0], "gethostbyaddr");
  SocketAddress address;
  resolve_host(name, address, AF_UNSPEC);
  if (address.storage.ss_family == AF_INET6) {
    auto* in6 = reinterpret_cast<sockaddr_in6*>(&address.storage);
    return lookup_host(name, AF_INET6, true, &in6->sin6_addr, sizeof in6->sin6_addr);
  }
  auto* in = reinterpret_cast<sockaddr_in*>(&address.storage);
  return lookup_host(name, AF_INET, true, &in->sin_addr, sizeof in->sin_addr);
}

Value module_getservbyname(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"getservbyname", {"servicename", "protocolname"}, 1, 2}, args, nargs, kwnames,
                 bound);
  std::string name = str_argument(bound[0], "getservbyname");
  std::string proto;
  bool has_proto = !bound[1].is_null();
  if (has_proto) proto = str_argument(bound[1], "getservbyname", 2);
  servent* entry;
  {
    ReleaseGil unlocked;
    entry = getservbyname(name.c_str(), has_proto ? proto.c_str() : nullptr);
  }
  if (!entry) raise_message("service/proto not found");
  return make_int(ntohs(static_cast<uint16_t>(entry->s_port)));
}

Value module_getservbyport(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  bind_arguments({"getservbyport", {"port", "protocolname"}, 1, 2}, args, nargs, kwnames, bound);
  int port = int_argument(bound[0]);
  if (port < 0 || port > 0xffff) throw_overflow_error("getservbyport: port must be 0-65535.");
  std::string proto;
  bool has_proto = !bound[1].is_null();
  if (has_proto) proto = str_argument(bound[1], "getservbyport", 2);
  servent* entry;
  {
    ReleaseGil unlocked;
    entry = getservbyport(htons(static_cast<uint16_t>(port)), has_proto ? proto.c_str() : nullptr);
  }
  if (!entry) raise_message("port/proto not found");
  return str_value(entry->s_name);
}

Value module_getprotobyname(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("getprotobyname", kwnames);
  check_positional("getprotobyname", nargs, 1, 1);
  std::string name = str_argument(args[0], "getprotobyname");
  protoent* entry = getprotobyname(name.c_str());
  if (!entry) raise_message("protocol not found");
  return make_int(entry->p_proto);
}

Value module_if_nameindex(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("if_nameindex", kwnames);
  check_positional("if_nameindex", nargs, 0, 0);
  struct if_nameindex* names = ::if_nameindex();
  if (!names) raise_errno(errno);
  List* list = make_list();
  for (struct if_nameindex* entry = names; entry->if_index; ++entry) {
    list_append(list, Value::from_object(make_tuple(
                          {make_int_from_unsigned(entry->if_index), fs_decode(entry->if_name)})));
  }
  if_freenameindex(names);
  return Value::from_object(list);
}

Value module_if_nametoindex(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("if_nametoindex", kwnames);
  check_positional("if_nametoindex", nargs, 1, 1);
  std::string name = fs_converter(args[0]);
  unsigned index = ::if_nametoindex(name.c_str());
  if (index == 0) raise_message("no interface with this name");
  return make_int_from_unsigned(index);
}

Value module_if_indextoname(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("if_indextoname", kwnames);
  check_positional("if_indextoname", nargs, 1, 1);
  if (!is_int(args[0])) throw_type_error("an integer is required");
  uint64_t index = unsigned_argument(args[0]);
  char name[IF_NAMESIZE + 1];
  if (!::if_indextoname(static_cast<unsigned>(index), name)) raise_errno(errno);
  return fs_decode(name);
}

Value module_cmsg_len(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("CMSG_LEN", kwnames);
  check_tuple_arity("CMSG_LEN", nargs, 1, 1);
  int64_t length = index_as_ssize(args[0]);
  // The result must fit a socklen_t (CPython's limit: INT_MAX).
  if (length < 0 || static_cast<uint64_t>(length) > INT32_MAX - CMSG_LEN(0)) {
    throw_overflow_error("CMSG_LEN() argument out of range");
  }
  return make_int(static_cast<int64_t>(CMSG_LEN(static_cast<size_t>(length))));
}

Value module_cmsg_space(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("CMSG_SPACE", kwnames);
  check_tuple_arity("CMSG_SPACE", nargs, 1, 1);
  int64_t length = index_as_ssize(args[0]);
  if (length < 0 || static_cast<uint64_t>(length) > INT32_MAX - CMSG_SPACE(1)) {
    throw_overflow_error("CMSG_SPACE() argument out of range");
  }
  return make_int(static_cast<int64_t>(CMSG_SPACE(static_cast<size_t>(length))));
}

}  // namespace

Module* create_socket_module() {
  static Module* module = nullptr;
  if (module) return module;
  init_socket_type();
  module = make_module(intern("_socket"));
  add_functions(module, {
      {"socketpair", module_socketpair, kMethodInstance,
       "socketpair([family[, type [, proto]]]) -> (socket object, socket object)"},
      {"dup", module_dup, kMethodInstance, "dup(integer) -> integer\n\nDuplicate an integer socket file descriptor."},
      {"close", module_close, kMethodInstance, "close(integer) -> None\n\nClose an integer socket file descriptor."},
      {"getdefaulttimeout", module_getdefaulttimeout, kMethodInstance,
       "getdefaulttimeout() -> timeout\n\nReturns the default timeout in seconds (float) for "
       "new socket objects."},
      {"setdefaulttimeout", module_setdefaulttimeout, kMethodInstance,
       "setdefaulttimeout(timeout)\n\nSet the default timeout in seconds (float) for new "
       "socket objects."},
      {"htons", module_htons, kMethodInstance, "Convert a 16-bit unsigned integer from host to network byte order."},
      {"ntohs", module_ntohs, kMethodInstance, "Convert a 16-bit unsigned integer from network to host byte order."},
      {"htonl", module_htonl, kMethodInstance, "Convert a 32-bit integer from host to network byte order."},
      {"ntohl", module_ntohl, kMethodInstance, "Convert a 32-bit integer from network to host byte order."},
      {"inet_aton", module_inet_aton, kMethodInstance,
       "Convert an IP address in string format (123.45.67.89) to the 32-bit packed binary format."},
      {"inet_ntoa", module_inet_ntoa, kMethodInstance,
       "Convert an IP address from 32-bit packed binary format to string format."},
      {"inet_pton", module_inet_pton, kMethodInstance,
       "inet_pton(af, ip) -> packed IP address string"},
      {"inet_ntop", module_inet_ntop, kMethodInstance,
       "inet_ntop(af, packed_ip) -> string formatted IP address"},
      {"gethostname", module_gethostname, kMethodInstance, "gethostname() -> string"},
      {"sethostname", module_sethostname, kMethodInstance, "sethostname(name)\n\nSets the hostname to name."},
      {"gethostbyname", module_gethostbyname, kMethodInstance,
       "gethostbyname(host) -> address\n\nReturn the IP address (a string of the form "
       "'255.255.255.255') for a host."},
      {"gethostbyname_ex", module_gethostbyname_ex, kMethodInstance,
       "gethostbyname_ex(host) -> (name, aliaslist, addresslist)"},
      {"gethostbyaddr", module_gethostbyaddr, kMethodInstance,
       "gethostbyaddr(host) -> (name, aliaslist, addresslist)"},
      {"getaddrinfo", module_getaddrinfo, kMethodInstance,
       "getaddrinfo(host, port [, family, type, proto, flags])\n    -> list of (family, type, "
       "proto, canonname, sockaddr)\n\nResolve host and port into addrinfo struct."},
      {"getnameinfo", module_getnameinfo, kMethodInstance,
       "getnameinfo(sockaddr, flags) --> (host, port)\n\nGet host and port for a sockaddr."},
      {"getservbyname", module_getservbyname, kMethodInstance,
       "getservbyname(servicename[, protocolname]) -> integer"},
      {"getservbyport", module_getservbyport, kMethodInstance,
       "getservbyport(port[, protocolname]) -> string"},
      {"getprotobyname", module_getprotobyname, kMethodInstance, "getprotobyname(name) -> integer"},
      {"if_nameindex", module_if_nameindex, kMethodInstance,
       "if_nameindex()\n\nReturns a list of network interface information (index, name) tuples."},
      {"if_nametoindex", module_if_nametoindex, kMethodInstance,
       "Returns the interface index corresponding to the interface name if_name."},
      {"if_indextoname", module_if_indextoname, kMethodInstance,
       "Returns the interface name corresponding to the interface index if_index."},
      {"CMSG_LEN", module_cmsg_len, kMethodInstance,
       "CMSG_LEN(length) -> control message length"},
      {"CMSG_SPACE", module_cmsg_space, kMethodInstance,
       "CMSG_SPACE(length) -> buffer size"},
  });
  add_int_constants(module, {
#include "modules/socket_constants.inc"
  });
  herror_type = make_exception_class("socket.herror", &exc_OSError);
  gaierror_type = make_exception_class("socket.gaierror", &exc_OSError);
  Dict* dict = module->dict;
  dict_set_str(dict, intern("socket"), Value::from_object(&socket_type));
  dict_set_str(dict, intern("SocketType"), Value::from_object(&socket_type));
  dict_set_str(dict, intern("error"), Value::from_object(&exc_OSError));
  dict_set_str(dict, intern("timeout"), Value::from_object(&exc_TimeoutError));
  dict_set_str(dict, intern("herror"), Value::from_object(herror_type));
  dict_set_str(dict, intern("gaierror"), Value::from_object(gaierror_type));
  dict_set_str(dict, intern("has_ipv6"), make_bool(true));
  dict_set_str(dict, intern("BDADDR_ANY"), str_value("00:00:00:00:00:00"));
  dict_set_str(dict, intern("BDADDR_LOCAL"), str_value("00:00:00:FF:FF:FF"));
  dict_set_str(dict, intern("__doc__"),
               str_value("Implementation module for socket operations.\n\n"
                         "See the socket module for documentation."));
  return module;
}

}  // namespace krait
