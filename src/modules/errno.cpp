// The `errno` module: the C library's error numbers by name, and
// errorcode mapping each number back to its name (for numbers with two
// names, the one CPython lists last).
#include "modules/errno.h"

#include <cerrno>

#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/native.h"

namespace krait {

Module* create_errno_module() {
  static Module* module = nullptr;
  if (module) return module;
  module = make_module(intern("errno"));
  // In CPython's order, which errorcode's order and its choice among
  // aliases follow.
  static const IntConstant names[] = {
      {"ENODEV", ENODEV}, {"ENOCSI", ENOCSI}, {"EHOSTUNREACH", EHOSTUNREACH}, {"ENOMSG", ENOMSG},
      {"EUCLEAN", EUCLEAN}, {"EL2NSYNC", EL2NSYNC}, {"EL2HLT", EL2HLT}, {"ENODATA", ENODATA},
      {"ENOTBLK", ENOTBLK}, {"ENOSYS", ENOSYS}, {"EPIPE", EPIPE}, {"EINVAL", EINVAL},
      {"EOVERFLOW", EOVERFLOW}, {"EADV", EADV}, {"EINTR", EINTR}, {"EUSERS", EUSERS},
      {"ENOTEMPTY", ENOTEMPTY}, {"ENOBUFS", ENOBUFS}, {"EPROTO", EPROTO}, {"EREMOTE", EREMOTE},
      {"ENAVAIL", ENAVAIL}, {"ECHILD", ECHILD}, {"ELOOP", ELOOP}, {"EXDEV", EXDEV},
      {"E2BIG", E2BIG}, {"ESRCH", ESRCH}, {"EMSGSIZE", EMSGSIZE}, {"EAFNOSUPPORT", EAFNOSUPPORT},
      {"EBADR", EBADR}, {"EHOSTDOWN", EHOSTDOWN}, {"EPFNOSUPPORT", EPFNOSUPPORT},
      {"ENOPROTOOPT", ENOPROTOOPT}, {"EBUSY", EBUSY}, {"EWOULDBLOCK", EWOULDBLOCK},
      {"EBADFD", EBADFD}, {"EDOTDOT", EDOTDOT}, {"EISCONN", EISCONN}, {"ENOANO", ENOANO},
      {"ESHUTDOWN", ESHUTDOWN}, {"ECHRNG", ECHRNG}, {"ELIBBAD", ELIBBAD}, {"ENONET", ENONET},
      {"EBADE", EBADE}, {"EBADF", EBADF}, {"EMULTIHOP", EMULTIHOP}, {"EIO", EIO},
      {"EUNATCH", EUNATCH}, {"EPROTOTYPE", EPROTOTYPE}, {"ENOSPC", ENOSPC}, {"ENOEXEC", ENOEXEC},
      {"EALREADY", EALREADY}, {"ENETDOWN", ENETDOWN}, {"ENOTNAM", ENOTNAM}, {"EACCES", EACCES},
      {"ELNRNG", ELNRNG}, {"EILSEQ", EILSEQ}, {"ENOTDIR", ENOTDIR}, {"ENOTUNIQ", ENOTUNIQ},
      {"EPERM", EPERM}, {"EDOM", EDOM}, {"EXFULL", EXFULL}, {"ECONNREFUSED", ECONNREFUSED},
      {"EISDIR", EISDIR}, {"EPROTONOSUPPORT", EPROTONOSUPPORT}, {"EROFS", EROFS},
      {"EADDRNOTAVAIL", EADDRNOTAVAIL}, {"EIDRM", EIDRM}, {"ECOMM", ECOMM}, {"ESRMNT", ESRMNT},
      {"EREMOTEIO", EREMOTEIO}, {"EL3RST", EL3RST}, {"EBADMSG", EBADMSG}, {"ENFILE", ENFILE},
      {"ELIBMAX", ELIBMAX}, {"ESPIPE", ESPIPE}, {"ENOLINK", ENOLINK}, {"ENETRESET", ENETRESET},
      {"ETIMEDOUT", ETIMEDOUT}, {"ENOENT", ENOENT}, {"EEXIST", EEXIST}, {"EDQUOT", EDQUOT},
      {"ENOSTR", ENOSTR}, {"EBADSLT", EBADSLT}, {"EBADRQC", EBADRQC}, {"ELIBACC", ELIBACC},
      {"EFAULT", EFAULT}, {"EFBIG", EFBIG}, {"EDEADLK", EDEADLK}, {"ENOTCONN", ENOTCONN},
      {"EDESTADDRREQ", EDESTADDRREQ}, {"ELIBSCN", ELIBSCN}, {"ENOLCK", ENOLCK},
      {"EISNAM", EISNAM}, {"ECONNABORTED", ECONNABORTED}, {"ENETUNREACH", ENETUNREACH},
      {"ESTALE", ESTALE}, {"ENOSR", ENOSR}, {"ENOMEM", ENOMEM}, {"ENOTSOCK", ENOTSOCK},
      {"ESTRPIPE", ESTRPIPE}, {"EMLINK", EMLINK}, {"ERANGE", ERANGE}, {"ELIBEXEC", ELIBEXEC},
      {"EL3HLT", EL3HLT}, {"ECONNRESET", ECONNRESET}, {"EADDRINUSE", EADDRINUSE},
      {"EOPNOTSUPP", EOPNOTSUPP}, {"EREMCHG", EREMCHG}, {"EAGAIN", EAGAIN},
      {"ENAMETOOLONG", ENAMETOOLONG}, {"ENOTTY", ENOTTY}, {"ERESTART", ERESTART},
      {"ESOCKTNOSUPPORT", ESOCKTNOSUPPORT}, {"ETIME", ETIME}, {"EBFONT", EBFONT},
      {"EDEADLOCK", EDEADLOCK}, {"ETOOMANYREFS", ETOOMANYREFS}, {"EMFILE", EMFILE},
      {"ETXTBSY", ETXTBSY}, {"EINPROGRESS", EINPROGRESS}, {"ENXIO", ENXIO}, {"ENOPKG", ENOPKG},
      {"ENOMEDIUM", ENOMEDIUM}, {"EMEDIUMTYPE", EMEDIUMTYPE}, {"ECANCELED", ECANCELED},
      {"ENOKEY", ENOKEY}, {"EKEYEXPIRED", EKEYEXPIRED}, {"EKEYREVOKED", EKEYREVOKED},
      {"EKEYREJECTED", EKEYREJECTED}, {"EOWNERDEAD", EOWNERDEAD},
      {"ENOTRECOVERABLE", ENOTRECOVERABLE}, {"ERFKILL", ERFKILL}, {"ENOTSUP", ENOTSUP},
  };
  Dict* errorcode = make_dict();
  for (const IntConstant& name : names) {
    Value number = make_int(name.value);
    dict_set_str(module->dict, intern(name.name), number);
    dict_set(errorcode, number, Value::from_object(intern(name.name)));
  }
  dict_set_str(module->dict, intern("errorcode"), Value::from_object(errorcode));
  dict_set_str(module->dict, intern("__doc__"),
               str_value("This module makes available standard errno system symbols.\n\n"
                         "The value of each symbol is the corresponding integer value,\n"
                         "e.g., on most systems, errno.ENOENT equals the integer 2.\n\n"
                         "The dictionary errno.errorcode maps numeric codes to symbol names,\n"
                         "e.g., errno.errorcode[2] could be the string 'ENOENT'.\n\n"
                         "Symbols that are not relevant to the underlying system are not defined.\n\n"
                         "To map error codes to error messages, use the function os.strerror(),\n"
                         "e.g. os.strerror(2) could return 'No such file or directory'."));
  return module;
}

}  // namespace krait
