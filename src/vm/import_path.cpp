// Path-based import: sys.path entries (PathFinder, FileFinder, the path hooks
// and sys.path_importer_cache) and the bytecode cache of source modules
// (DESIGN §8): `__pycache__/NAME.krait-311[.opt-N].pyc`, a 16-byte header
// laid out as CPython's (magic, flags, source mtime and size or a source
// hash), then the code object in marshal's format.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/syntax_error.h"
#include "modules/io_files.h"
#include "modules/marshal.h"
#include "modules/sys.h"
#include "modules/warnings.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/siphash.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/names.h"
#include "runtime/protocol.h"
#include "vm/code.h"
#include "vm/import.h"
#include "vm/run.h"

namespace krait {

namespace {

constexpr size_t kPycHeaderSize = 16;
constexpr uint32_t kPycHashBased = 0b01;
constexpr uint32_t kPycCheckSource = 0b10;

// FileFinder's directory listings, as CPython caches them: a name absent
// from a folder's listing needs no stat. A listing is redone when the
// folder's mtime changes, and not reused while that mtime is under a second
// old, since a file created within the file system's timestamp granularity
// of the listing would not change it.
struct DirectoryListing {
  struct timespec mtime;
  bool reusable = false;
  std::unordered_set<std::string> names;
};
std::unordered_map<std::string, DirectoryListing> directory_listings;

// The listing of `directory`, or null when it cannot be listed.
const DirectoryListing* directory_listing(const std::string& directory) {
  struct stat info;
  if (::stat(directory.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) return nullptr;
  DirectoryListing& listing = directory_listings[directory];
  if (listing.reusable && listing.mtime.tv_sec == info.st_mtim.tv_sec &&
      listing.mtime.tv_nsec == info.st_mtim.tv_nsec) {
    return &listing;
  }
  listing.names.clear();
  DIR* stream = ::opendir(directory.c_str());
  if (stream) {
    while (struct dirent* entry = ::readdir(stream)) listing.names.insert(entry->d_name);
    ::closedir(stream);
  }
  struct timespec now;
  ::clock_gettime(CLOCK_REALTIME, &now);
  listing.mtime = info.st_mtim;
  listing.reusable = now.tv_sec - info.st_mtim.tv_sec > 1;
  return &listing;
}

bool is_directory(const std::string& path) {
  struct stat info;
  return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

bool is_regular_file(const std::string& path) {
  struct stat info;
  return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

std::string join_path(std::string_view directory, std::string_view name) {
  if (directory.empty()) return std::string(name);
  std::string result(directory);
  if (result.back() != '/') result += '/';
  result += name;
  return result;
}

void put_uint32(std::string& out, uint32_t value) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((value >> (8 * i)) & 0xff);
}

uint32_t get_uint32(std::string_view data, size_t offset) {
  uint32_t value = 0;
  for (int i = 0; i < 4; ++i) {
    value |= static_cast<uint32_t>(static_cast<unsigned char>(data[offset + i])) << (8 * i);
  }
  return value;
}

// Reads a whole file; false (errno set) when it cannot.
bool read_whole_file(const std::string& path, std::string& out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  out.clear();
  char buffer[65536];
  while (true) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      int saved = errno;
      ::close(fd);
      errno = saved;
      return false;
    }
    if (n == 0) break;
    out.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
  return true;
}

std::string errno_repr(int error_number) {
  try {
    raise_errno(error_number);
  } catch (const PyException&) {
    return repr_string(take_current_exception());
  }
}

// _write_atomic: a temporary file beside `path`, renamed over it.
bool write_atomic(const std::string& path, std::string_view data, mode_t mode, int& error_number) {
  std::string temporary = path + "." + std::to_string(::getpid());
  int fd = ::open(temporary.c_str(), O_EXCL | O_CREAT | O_WRONLY | O_CLOEXEC, mode & 0666);
  if (fd < 0) {
    error_number = errno;
    return false;
  }
  size_t written = 0;
  while (written < data.size()) {
    ssize_t n = ::write(fd, data.data() + written, data.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      error_number = errno;
      ::close(fd);
      ::unlink(temporary.c_str());
      return false;
    }
    written += static_cast<size_t>(n);
  }
  if (::close(fd) != 0 || ::rename(temporary.c_str(), path.c_str()) != 0) {
    error_number = errno;
    ::unlink(temporary.c_str());
    return false;
  }
  return true;
}

}  // namespace

void write_cache_file(const std::string& path, std::string_view data, unsigned mode) {
  size_t slash = path.rfind('/');
  std::string parent = slash == std::string::npos ? std::string() : path.substr(0, slash);
  std::vector<std::string> missing;
  while (!parent.empty() && !is_directory(parent)) {
    missing.push_back(parent);
    size_t up = parent.rfind('/');
    parent = up == std::string::npos || up == 0 ? std::string() : parent.substr(0, up);
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    if (::mkdir(it->c_str(), 0777) != 0 && errno != EEXIST) {
      int error_number = errno;
      if (import_verbosity() > 0) {
        import_verbose_message("# could not create " + str_repr(*it) + ": " +
                               errno_repr(error_number));
      }
      return;
    }
  }
  int error_number = 0;
  if (write_atomic(path, data, mode, error_number)) {
    if (import_verbosity() > 0) import_verbose_message("# created " + str_repr(path));
  } else if (import_verbosity() > 0) {
    import_verbose_message("# could not create " + str_repr(path) + ": " +
                           errno_repr(error_number));
  }
}

namespace {

// The hash a hash-based .pyc records: keyed by the magic number, as
// importlib keys it with _RAW_MAGIC_NUMBER.
uint64_t source_hash(std::string_view source) {
  return pyc_source_hash(get_uint32(std::string_view(pyc_magic_number(), 4), 0), source);
}

// The code object in a cache file's body, or null when it is not one
// (corrupt, truncated or foreign data is ignored and rewritten).
Code* code_from_cache_body(std::string_view body, const std::string& cache_path,
                           const std::string& source_path) {
  Value code;
  try {
    code = marshal_loads(body);
  } catch (const PyException&) {
    Value error = take_current_exception();
    if (import_verbosity() > 0) {
      import_verbose_message("# bad bytecode in " + str_repr(cache_path) + ": " +
                             repr_string(error));
    }
    return nullptr;
  }
  if (code.is_null() || type_of(code) != &code_type) {
    if (import_verbosity() > 0) {
      import_verbose_message("# Non-code object in " + str_repr(cache_path));
    }
    return nullptr;
  }
  if (import_verbosity() > 0) import_verbose_message("# code object from " + str_repr(cache_path));
  Code* result = code.as<Code>();
  if (!source_path.empty() && result->filename->view() != source_path) {
    fix_code_filename(result, make_str(source_path));
  }
  return result;
}

std::string pyc_header(uint32_t flags, uint64_t stamp_or_hash, uint32_t size) {
  std::string header(pyc_magic_number(), 4);
  put_uint32(header, flags);
  if (flags & kPycHashBased) {
    put_uint32(header, static_cast<uint32_t>(stamp_or_hash));
    put_uint32(header, static_cast<uint32_t>(stamp_or_hash >> 32));
  } else {
    put_uint32(header, static_cast<uint32_t>(stamp_or_hash));
    put_uint32(header, size);
  }
  return header;
}

std::string check_hash_based_pycs() {
  Module* imp = find_builtin_module(intern("_imp"));
  Value mode = imp ? dict_get_str(imp->dict, intern("check_hash_based_pycs")) : Value::null();
  return mode.is_null() || !is_str(mode) ? std::string("default") : std::string(str_view(mode));
}

// What a cache file says about its source: whether it matches, and how to
// rewrite it when not.
struct CacheCheck {
  Code* code = nullptr;
  bool hash_based = false;
  bool check_source = false;
};

CacheCheck read_cache(Str* name, const std::string& cache_path, const std::string& source_path,
                      const struct stat& source_info, std::string& source_bytes,
                      bool& source_read) {
  CacheCheck check;
  std::string data;
  if (!read_whole_file(cache_path, data)) return check;
  bool verbose = import_verbosity() > 0;
  std::string quoted_name = str_repr(name->view());
  if (data.size() < 4 || data.compare(0, 4, pyc_magic_number(), 4) != 0) {
    if (verbose) {
      import_verbose_message("# bad magic number in " + quoted_name + ": " +
                             repr_string(Value::from_object(make_bytes(std::string_view(data).substr(0, 4)))));
    }
    return check;
  }
  if (data.size() < kPycHeaderSize) {
    if (verbose) import_verbose_message("# reached EOF while reading pyc header of " + quoted_name);
    return check;
  }
  uint32_t flags = get_uint32(data, 4);
  if (flags & ~(kPycHashBased | kPycCheckSource)) {
    if (verbose) {
      import_verbose_message("# invalid flags " + std::to_string(flags) + " in " + quoted_name);
    }
    return check;
  }
  check.hash_based = (flags & kPycHashBased) != 0;
  check.check_source = (flags & kPycCheckSource) != 0;
  if (check.hash_based) {
    std::string mode = check_hash_based_pycs();
    if (mode != "never" && (check.check_source || mode == "always")) {
      if (!read_whole_file(source_path, source_bytes)) raise_errno(errno, str_value(source_path));
      source_read = true;
      uint64_t expected = static_cast<uint64_t>(get_uint32(data, 8)) |
                          static_cast<uint64_t>(get_uint32(data, 12)) << 32;
      if (source_hash(source_bytes) != expected) {
        if (verbose) {
          import_verbose_message("# hash in bytecode doesn't match hash of source " +
                                 quoted_name);
        }
        return check;
      }
    }
  } else if (get_uint32(data, 8) != static_cast<uint32_t>(source_info.st_mtime) ||
             get_uint32(data, 12) != static_cast<uint32_t>(source_info.st_size)) {
    if (verbose) import_verbose_message("# bytecode is stale for " + quoted_name);
    return check;
  }
  if (verbose) import_verbose_message("# " + cache_path + " matches " + source_path);
  check.code = code_from_cache_body(std::string_view(data).substr(kPycHeaderSize), cache_path,
                                    source_path);
  return check;
}

bool dont_write_bytecode() {
  Value flag = sys_attribute(intern("dont_write_bytecode"));
  return !flag.is_null() && truthy(flag);
}

}  // namespace

void invalidate_directory_listings() { directory_listings.clear(); }

std::vector<std::string> list_directory(const std::string& path) {
  DIR* stream = ::opendir(path.empty() ? "." : path.c_str());
  if (!stream) raise_errno(errno, str_value(path));
  std::vector<std::string> names;
  while (struct dirent* entry = ::readdir(stream)) {
    std::string_view name = entry->d_name;
    if (name != "." && name != "..") names.emplace_back(name);
  }
  ::closedir(stream);
  return names;
}

void fix_code_filename(Code* code, Str* path) {
  Str* old_name = code->filename;
  // Every code object compiled from one file shares its filename.
  gc::vector<Code*> pending{code};
  while (!pending.empty()) {
    Code* current = pending.back();
    pending.pop_back();
    if (!str_equal(current->filename, old_name)) continue;
    current->filename = path;
    for (size_t i = 0; i < current->consts->size; ++i) {
      Value item = current->consts->items()[i];
      if (type_of(item) == &code_type) pending.push_back(item.as<Code>());
    }
  }
}

const char* pyc_magic_number() {
  static const char magic[4] = {static_cast<char>(KRAIT_BYTECODE_MAGIC & 0xff),
                                static_cast<char>(KRAIT_BYTECODE_MAGIC >> 8), '\r', '\n'};
  return magic;
}

std::string current_directory() {
  char buffer[4096];
  if (!::getcwd(buffer, sizeof buffer)) raise_errno(errno);
  return buffer;
}

std::string read_file_or_raise(const std::string& path) {
  std::string data;
  if (!read_whole_file(path, data)) raise_errno(errno, str_value(path));
  return data;
}

std::string cache_from_source(const std::string& source_path, const std::string& optimization) {
  Value implementation = sys_attribute(intern("implementation"));
  Value tag = implementation.is_null() ? Value::null()
                                       : lookup_attr(implementation, intern("cache_tag"));
  if (tag.is_null() || is_none(tag)) {
    raise(&exc_NotImplementedError, "sys.implementation.cache_tag is None");
  }
  size_t slash = source_path.rfind('/');
  std::string head = slash == std::string::npos ? std::string() : source_path.substr(0, slash);
  std::string tail = slash == std::string::npos ? source_path : source_path.substr(slash + 1);
  // As CPython's tail.rpartition('.'): "m.py" gives "m.TAG", ".m" "m.TAG",
  // and a name without a dot "nameTAG".
  size_t dot = tail.rfind('.');
  std::string almost;
  if (dot == std::string::npos) {
    almost = tail + std::string(str_view(tag));
  } else {
    std::string base = tail.substr(0, dot);
    almost = (base.empty() ? tail.substr(dot + 1) : base) + "." + std::string(str_view(tag));
  }
  if (!optimization.empty()) almost += ".opt-" + optimization;
  std::string filename = almost + ".pyc";
  Value prefix = sys_attribute(intern("pycache_prefix"));
  if (!prefix.is_null() && is_str(prefix)) {
    std::string absolute_head = head;
    if (absolute_head.empty() || absolute_head[0] != '/') {
      absolute_head = join_path(current_directory(), head);
    }
    size_t start = absolute_head.find_first_not_of('/');
    std::string relative = start == std::string::npos ? std::string() : absolute_head.substr(start);
    return join_path(join_path(str_view(prefix), relative), filename);
  }
  return join_path(join_path(head, "__pycache__"), filename);
}

Code* source_file_code(Str* name, const std::string& source_path) {
  struct stat source_info;
  std::string source_bytes;
  bool source_read = false;
  std::string cache_path;
  bool have_stats = false;
  CacheCheck cached;
  try {
    cache_path = cache_from_source(
        source_path, optimization_level == 0 ? std::string() : std::to_string(optimization_level));
  } catch (const PyException&) {
    if (!current_exception_matches(&exc_NotImplementedError)) throw;
    clear_current_exception();
  }
  if (!cache_path.empty() && ::stat(source_path.c_str(), &source_info) == 0) {
    have_stats = true;
    cached = read_cache(name, cache_path, source_path, source_info, source_bytes, source_read);
    if (cached.code) return cached.code;
  }
  if (!source_read) source_bytes = read_file_or_raise(source_path);
  Code* code = compile_to_code(source_bytes, source_path, "exec", -1);
  if (import_verbosity() > 0) import_verbose_message("# code object from " + source_path);
  if (!have_stats || dont_write_bytecode()) return code;
  std::string body;
  try {
    body = marshal_dumps(Value::from_object(code));
  } catch (const PyException&) {
    clear_current_exception();
    return code;
  }
  std::string data =
      cached.hash_based
          ? pyc_header(kPycHashBased | (cached.check_source ? kPycCheckSource : 0),
                       source_hash(source_bytes), 0)
          : pyc_header(0, static_cast<uint64_t>(source_info.st_mtime),
                       static_cast<uint32_t>(source_bytes.size()));
  data += body;
  write_cache_file(cache_path, data, (source_info.st_mode | 0200) & 0777);
  return code;
}

Code* sourceless_file_code(Str* name, const std::string& pyc_path) {
  std::string data = read_file_or_raise(pyc_path);
  Value path_value = str_value(pyc_path);
  auto fail = [&](const std::string& message) {
    Value exception = new_exception_message(&exc_ImportError, message);
    setattr(exception, names.name, Value::from_object(name));
    setattr(exception, intern("path"), path_value);
    raise_exception(exception);
  };
  if (data.size() < 4 || data.compare(0, 4, pyc_magic_number(), 4) != 0) {
    fail("bad magic number in " + str_repr(name->view()) + ": " +
         repr_string(Value::from_object(make_bytes(std::string_view(data).substr(0, 4)))));
  }
  if (data.size() < kPycHeaderSize) {
    raise(&exc_EOFError, "reached EOF while reading pyc header of " + str_repr(name->view()));
  }
  uint32_t flags = get_uint32(data, 4);
  if (flags & ~(kPycHashBased | kPycCheckSource)) {
    fail("invalid flags " + std::to_string(flags) + " in " + str_repr(name->view()));
  }
  Value code = marshal_loads(std::string_view(data).substr(kPycHeaderSize));
  if (type_of(code) != &code_type) fail("Non-code object in " + str_repr(pyc_path));
  if (import_verbosity() > 0) import_verbose_message("# code object from " + str_repr(pyc_path));
  return code.as<Code>();
}

uint64_t pyc_source_hash(uint64_t key, std::string_view source) {
  return siphash13(HashKey{key, 0}, source.data(), source.size());
}

// FileFinder.find_spec: a package folder with __init__ first, then a module
// file; a folder without __init__ is a namespace portion.
Value file_finder_find_spec(const std::string& directory, Str* fullname) {
  int verbosity = import_verbosity();
  std::string_view full = fullname->view();
  size_t dot = full.rfind('.');
  std::string_view tail = dot == std::string_view::npos ? full : full.substr(dot + 1);
  std::string base = join_path(directory, tail);
  Value loaders[2] = {import_classes.source_file_loader, import_classes.sourceless_file_loader};
  const char* suffixes[2] = {".py", ".pyc"};
  auto make_spec = [&](const std::string& path, Value loader_class, bool package) {
    Value origin = str_value(path);
    Value loader = call(loader_class, {Value::from_object(fullname), origin});
    Value spec = call(import_classes.module_spec, {Value::from_object(fullname), loader});
    setattr(spec, intern("origin"), origin);
    setattr(spec, intern("_set_fileattr"), make_bool(true));
    if (package) {
      List* locations = make_list();
      list_append(locations, str_value(base));
      setattr(spec, intern("submodule_search_locations"), Value::from_object(locations));
    }
    return spec;
  };
  const DirectoryListing* listing = directory_listing(directory.empty() ? "." : directory);
  if (!listing) return none();
  auto listed = [&](const std::string& name) { return listing->names.count(name) != 0; };
  std::string tail_name(tail);
  bool namespace_portion = false;
  if (listed(tail_name) && is_directory(base)) {
    for (int i = 0; i < 2; ++i) {
      std::string init = join_path(base, std::string("__init__") + suffixes[i]);
      if (verbosity > 1) import_verbose_message("# trying " + init);
      if (is_regular_file(init)) return make_spec(init, loaders[i], true);
    }
    namespace_portion = true;
  }
  for (int i = 0; i < 2; ++i) {
    if (!listed(tail_name + suffixes[i])) continue;
    std::string path = base + suffixes[i];
    if (verbosity > 1) import_verbose_message("# trying " + path);
    if (is_regular_file(path)) return make_spec(path, loaders[i], false);
  }
  if (namespace_portion) {
    if (verbosity > 1) import_verbose_message("# possible namespace for " + base);
    Value spec = call(import_classes.module_spec, {Value::from_object(fullname), none()});
    List* locations = make_list();
    list_append(locations, str_value(base));
    setattr(spec, intern("submodule_search_locations"), Value::from_object(locations));
    return spec;
  }
  return none();
}

namespace {

// _path_importer_cache(entry): the finder for one sys.path entry, made by
// the first path hook that accepts it, cached (None when none does).
Value path_entry_finder(Value entry) {
  Value key = entry;
  if (str_view(entry).empty()) {
    try {
      key = str_value(current_directory());
    } catch (const PyException&) {
      if (!current_exception_matches(&exc_FileNotFoundError)) throw;
      clear_current_exception();
      return none();
    }
  }
  Value cache = sys_attribute(intern("path_importer_cache"));
  if (!cache.is_null() && is_instance_of(cache, &dict_type)) {
    Value finder = dict_get(cache.as<Dict>(), key);
    if (!finder.is_null()) return finder;
  }
  Value hooks = sys_attribute(intern("path_hooks"));
  Value finder = none();
  if (!hooks.is_null() && !is_none(hooks)) {
    List* hook_list = list_from_iterable(hooks);
    if (hook_list->size == 0) warn(&exc_ImportWarning, "sys.path_hooks is empty", 1);
    for (size_t i = 0; i < hook_list->size; ++i) {
      try {
        finder = call(hook_list->items[i], {key});
        break;
      } catch (const PyException&) {
        if (!current_exception_matches(&exc_ImportError)) throw;
        clear_current_exception();
      }
    }
  }
  if (!cache.is_null() && !is_none(cache)) setitem(cache, key, finder);
  return finder;
}

}  // namespace

Value path_finder_find_spec(Str* fullname, Value path) {
  if (path.is_null() || is_none(path)) path = sys_attribute(intern("path"));
  if (path.is_null() || is_none(path)) return none();
  List* entries = list_from_iterable(path);
  List* namespace_path = make_list();
  for (size_t i = 0; i < entries->size; ++i) {
    Value entry = entries->items[i];
    if (!is_str(entry)) continue;
    Value finder = path_entry_finder(entry);
    if (is_none(finder)) continue;
    Value spec;
    if (type_of(finder) == import_classes.file_finder.as<Type>()) {
      Value directory = getattr(finder, intern("path"));
      spec = file_finder_find_spec(std::string(str_view(directory)), fullname);
    } else {
      spec = call_method(finder, intern("find_spec"), {Value::from_object(fullname), none()});
    }
    if (is_none(spec)) continue;
    Value loader = lookup_attr(spec, intern("loader"));
    if (!loader.is_null() && !is_none(loader)) return spec;
    Value portions = lookup_attr(spec, intern("submodule_search_locations"));
    if (portions.is_null() || is_none(portions)) raise(&exc_ImportError, "spec missing loader");
    List* portion_list = list_from_iterable(portions);
    for (size_t k = 0; k < portion_list->size; ++k) list_append(namespace_path, portion_list->items[k]);
  }
  if (namespace_path->size == 0) return none();
  Value spec = call(import_classes.module_spec, {Value::from_object(fullname), none()});
  Value find = getattr(import_classes.path_finder, intern("find_spec"));
  Value locations = call(import_classes.namespace_path,
                         {Value::from_object(fullname), Value::from_object(namespace_path), find});
  setattr(spec, intern("submodule_search_locations"), locations);
  return spec;
}

}  // namespace krait
