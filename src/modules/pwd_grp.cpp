// The `pwd` and `grp` modules: the Unix password and group databases, as
// struct sequences (pwd.struct_passwd, grp.struct_group).
#include "modules/pwd_grp.h"

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <string>
#include <vector>

#include "objects/bytes.h"
#include "objects/class.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"

namespace krait {

namespace {

StructSeqType* passwd_type = nullptr;
StructSeqType* group_type = nullptr;

// Text from the databases, decoded as the file system encoding does.
Value database_text(const char* text) {
  return Value::from_object(str_decode(text ? text : "", "utf-8", "surrogateescape"));
}

Value passwd_entry(const passwd* entry) {
  return make_struct_sequence(
      passwd_type, {database_text(entry->pw_name), database_text(entry->pw_passwd),
                    make_int_from_unsigned(entry->pw_uid), make_int_from_unsigned(entry->pw_gid),
                    database_text(entry->pw_gecos), database_text(entry->pw_dir),
                    database_text(entry->pw_shell)});
}

Value group_entry(const group* entry) {
  List* members = make_list();
  for (char** member = entry->gr_mem; member && *member; ++member) {
    list_append(members, database_text(*member));
  }
  return make_struct_sequence(group_type,
                              {database_text(entry->gr_name), database_text(entry->gr_passwd),
                               make_int_from_unsigned(entry->gr_gid),
                               Value::from_object(members)});
}

// A uid or gid argument: -1 stands for the all-ones id, as in CPython's
// converter; false when the int is out of range.
bool id_argument(Value value, const char* kind, uint32_t& out) {
  if (!is_int(value)) {
    Value index = call_special(value, intern("__index__"), {});
    if (index.is_null() || !is_int(index)) {
      throw_type_error(std::string(kind) + " should be integer, not " + type_name(value));
    }
    value = index;
  }
  int64_t number;
  if (!int_to_int64(value, number) || number < -1 || number > UINT32_MAX) return false;
  out = static_cast<uint32_t>(number);
  return true;
}

// How CPython shows an id in "not found" messages: the all-ones id as -1.
std::string id_text(uint32_t id) {
  return id == UINT32_MAX ? "-1" : std::to_string(id);
}

// A name argument: a str without NUL bytes.
std::string name_argument(Value value, const char* message_prefix) {
  if (!is_str(value)) {
    throw_type_error(std::string(message_prefix) + " must be str, not " + type_name(value));
  }
  std::string_view name = value.as<Str>()->view();
  if (name.find('\0') != std::string_view::npos) throw_value_error("embedded null byte");
  Value encoded = str_encode(value.as<Str>(), "utf-8", "surrogateescape");
  return std::string(encoded.as<Bytes>()->view());
}

Value pwd_getpwuid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("pwd.getpwuid", kwnames);
  check_positional("pwd.getpwuid", nargs, 1, 1);
  uint32_t uid;
  if (!id_argument(args[0], "uid", uid)) throw_key_error(str_value("getpwuid(): uid not found"));
  std::vector<char> buffer(1024);
  passwd entry;
  passwd* found = nullptr;
  while (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == ERANGE) {
    buffer.resize(buffer.size() * 2);
  }
  if (!found) throw_key_error(str_value("getpwuid(): uid not found: " + id_text(uid)));
  return passwd_entry(found);
}

Value pwd_getpwnam(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("pwd.getpwnam", kwnames);
  check_positional("getpwnam", nargs, 1, 1);
  std::string name = name_argument(args[0], "getpwnam() argument");
  std::vector<char> buffer(1024);
  passwd entry;
  passwd* found = nullptr;
  while (getpwnam_r(name.c_str(), &entry, buffer.data(), buffer.size(), &found) == ERANGE) {
    buffer.resize(buffer.size() * 2);
  }
  if (!found) {
    throw_key_error(str_value("getpwnam(): name not found: " + repr_string(args[0])));
  }
  return passwd_entry(found);
}

Value pwd_getpwall(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("pwd.getpwall", kwnames);
  check_positional("pwd.getpwall", nargs, 0, 0);
  List* entries = make_list();
  setpwent();
  while (passwd* entry = getpwent()) list_append(entries, passwd_entry(entry));
  endpwent();
  return Value::from_object(entries);
}

Value grp_getgrgid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"getgrgid", {"id"}, 1}, args, nargs, kwnames, bound);
  uint32_t gid;
  if (!id_argument(bound[0], "gid", gid)) throw_overflow_error("gid is less than minimum");
  std::vector<char> buffer(1024);
  group entry;
  group* found = nullptr;
  while (getgrgid_r(gid, &entry, buffer.data(), buffer.size(), &found) == ERANGE) {
    buffer.resize(buffer.size() * 2);
  }
  if (!found) throw_key_error(str_value("getgrgid(): gid not found: " + id_text(gid)));
  return group_entry(found);
}

Value grp_getgrnam(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[1];
  bind_arguments({"getgrnam", {"name"}, 1}, args, nargs, kwnames, bound);
  std::string name = name_argument(bound[0], "getgrnam() argument 'name'");
  std::vector<char> buffer(1024);
  group entry;
  group* found = nullptr;
  while (getgrnam_r(name.c_str(), &entry, buffer.data(), buffer.size(), &found) == ERANGE) {
    buffer.resize(buffer.size() * 2);
  }
  if (!found) {
    throw_key_error(str_value("getgrnam(): name not found: " + repr_string(bound[0])));
  }
  return group_entry(found);
}

Value grp_getgrall(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("grp.getgrall", kwnames);
  check_positional("grp.getgrall", nargs, 0, 0);
  List* entries = make_list();
  setgrent();
  while (group* entry = getgrent()) list_append(entries, group_entry(entry));
  endgrent();
  return Value::from_object(entries);
}

}  // namespace

Module* create_pwd_module() {
  static Module* module = nullptr;
  if (module) return module;
  passwd_type = make_struct_sequence_type(
      "pwd.struct_passwd",
      {"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"});
  module = make_module(intern("pwd"));
  add_functions(module, {
      {"getpwuid", pwd_getpwuid, kMethodInstance, "The password database entry of a user id."},
      {"getpwnam", pwd_getpwnam, kMethodInstance, "The password database entry of a user name."},
      {"getpwall", pwd_getpwall, kMethodInstance, "Every entry of the password database."},
  });
  dict_set_str(module->dict, intern("struct_passwd"), Value::from_object(passwd_type));
  dict_set_str(module->dict, intern("__doc__"),
               str_value("The Unix password database: entries of (pw_name, pw_passwd, pw_uid, "
                         "pw_gid, pw_gecos, pw_dir, pw_shell)."));
  return module;
}

Module* create_grp_module() {
  static Module* module = nullptr;
  if (module) return module;
  group_type = make_struct_sequence_type("grp.struct_group",
                                         {"gr_name", "gr_passwd", "gr_gid", "gr_mem"});
  module = make_module(intern("grp"));
  add_functions(module, {
      {"getgrgid", grp_getgrgid, kMethodInstance, "The group database entry of a group id."},
      {"getgrnam", grp_getgrnam, kMethodInstance, "The group database entry of a group name."},
      {"getgrall", grp_getgrall, kMethodInstance, "Every entry of the group database."},
  });
  dict_set_str(module->dict, intern("struct_group"), Value::from_object(group_type));
  dict_set_str(module->dict, intern("__doc__"),
               str_value("The Unix group database: entries of (gr_name, gr_passwd, gr_gid, "
                         "gr_mem)."));
  return module;
}

}  // namespace krait
