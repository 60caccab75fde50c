// The `time` module: the clocks, sleep, struct_time with the conversions
// between timestamps and broken-down times, strftime (the C library's),
// strptime (delegated to Lib/_strptime.py, as CPython does) and the time
// zone attributes.
#include "modules/time.h"

#include <gmp.h>
#include <pthread.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <ctime>
#include <string>

#include "modules/posix_support.h"
#include "modules/signal.h"
#include "modules/sys.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/native.h"
#include "runtime/protocol.h"
#include "vm/import.h"

namespace krait {

namespace {

constexpr int64_t kNanosecondsPerSecond = 1000000000;
constexpr double kTwoTo63 = 9223372036854775808.0;

StructSeqType* struct_time_type = nullptr;

int64_t clock_nanoseconds(clockid_t clock) {
  timespec now;
  if (::clock_gettime(clock, &now) != 0) raise_os_error(errno);
  return static_cast<int64_t>(now.tv_sec) * kNanosecondsPerSecond + now.tv_nsec;
}

// Nanoseconds as float seconds, as CPython's _PyTime_AsSecondsDouble.
double seconds_of(int64_t nanoseconds) {
  if (nanoseconds % kNanosecondsPerSecond == 0) {
    return static_cast<double>(nanoseconds / kNanosecondsPerSecond);
  }
  return static_cast<double>(nanoseconds) / 1e9;
}

// The clock readers: float seconds and integer nanoseconds.
Value clock_seconds_function(const char* name, clockid_t clock, size_t nargs, Tuple* kwnames) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, 0, 0);
  return make_float(seconds_of(clock_nanoseconds(clock)));
}

Value clock_nanoseconds_function(const char* name, clockid_t clock, size_t nargs, Tuple* kwnames) {
  reject_keywords(name, kwnames);
  check_positional(name, nargs, 0, 0);
  return make_int(clock_nanoseconds(clock));
}

Value time_time(Value, const Value*, size_t nargs, Tuple* kwnames) {
  return clock_seconds_function("time.time", CLOCK_REALTIME, nargs, kwnames);
}
Value time_time_ns(Value, const Value*, size_t nargs, Tuple* kwnames) {
  return clock_nanoseconds_function("time.time_ns", CLOCK_REALTIME, nargs, kwnames);
}
Value time_monotonic(Value, const Value*, size_t nargs, Tuple* kwnames) {
  return clock_seconds_function("time.monotonic", CLOCK_MONOTONIC, nargs, kwnames);
}
Value time_monotonic_ns(Value, const Value*, size_t nargs, Tuple* kwnames) {
  return clock_nanoseconds_function("time.monotonic_ns", CLOCK_MONOTONIC, nargs, kwnames);
}
Value time_perf_counter(Value, const Value*, size_t nargs, Tuple* kwnames) {
  return clock_seconds_function("time.perf_counter", CLOCK_MONOTONIC, nargs, kwnames);
}
Value time_perf_counter_ns(Value, const Value*, size_t nargs, Tuple* kwnames) {
  return clock_nanoseconds_function("time.perf_counter_ns", CLOCK_MONOTONIC, nargs, kwnames);
}
Value time_process_time(Value, const Value*, size_t nargs, Tuple* kwnames) {
  return clock_seconds_function("time.process_time", CLOCK_PROCESS_CPUTIME_ID, nargs, kwnames);
}
Value time_process_time_ns(Value, const Value*, size_t nargs, Tuple* kwnames) {
  return clock_nanoseconds_function("time.process_time_ns", CLOCK_PROCESS_CPUTIME_ID, nargs, kwnames);
}
Value time_thread_time(Value, const Value*, size_t nargs, Tuple* kwnames) {
  return clock_seconds_function("time.thread_time", CLOCK_THREAD_CPUTIME_ID, nargs, kwnames);
}
Value time_thread_time_ns(Value, const Value*, size_t nargs, Tuple* kwnames) {
  return clock_nanoseconds_function("time.thread_time_ns", CLOCK_THREAD_CPUTIME_ID, nargs, kwnames);
}

Value time_clock_gettime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("time.clock_gettime", kwnames);
  check_positional("time.clock_gettime", nargs, 1, 1);
  timespec now;
  if (::clock_gettime(index_as_int(args[0]), &now) != 0) raise_os_error(errno);
  return make_float(static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9);
}

Value time_clock_gettime_ns(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("time.clock_gettime_ns", kwnames);
  check_positional("time.clock_gettime_ns", nargs, 1, 1);
  return make_int(clock_nanoseconds(index_as_int(args[0])));
}

Value time_clock_getres(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("time.clock_getres", kwnames);
  check_positional("time.clock_getres", nargs, 1, 1);
  timespec resolution;
  if (::clock_getres(index_as_int(args[0]), &resolution) != 0) raise_os_error(errno);
  return make_float(static_cast<double>(resolution.tv_sec) +
                    static_cast<double>(resolution.tv_nsec) * 1e-9);
}

Value time_clock_settime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("clock_settime", kwnames);
  check_positional("clock_settime", nargs, 2, 2);
  int clock = index_as_int(args[0]);
  double seconds = as_double(args[1]);
  if (std::isnan(seconds)) throw_value_error("Invalid value NaN (not a number)");
  double whole = std::floor(seconds);
  timespec value;
  value.tv_sec = static_cast<time_t>(whole);
  value.tv_nsec = static_cast<long>((seconds - whole) * 1e9);
  if (::clock_settime(clock, &value) != 0) raise_os_error(errno);
  return none();
}

Value time_clock_settime_ns(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("clock_settime_ns", kwnames);
  check_positional("clock_settime_ns", nargs, 2, 2);
  int clock = index_as_int(args[0]);
  int64_t nanoseconds;
  if (!int_to_int64(index_value(args[1]), nanoseconds)) {
    throw_overflow_error("timestamp too large to convert to C _PyTime_t");
  }
  timespec value;
  value.tv_sec = static_cast<time_t>(nanoseconds / kNanosecondsPerSecond);
  value.tv_nsec = static_cast<long>(nanoseconds % kNanosecondsPerSecond);
  if (value.tv_nsec < 0) {
    value.tv_nsec += kNanosecondsPerSecond;
    value.tv_sec -= 1;
  }
  if (::clock_settime(clock, &value) != 0) raise_os_error(errno);
  return none();
}

// Seconds as _PyTime_t nanoseconds, as CPython's _PyTime_FromSecondsObject
// (floats rounded away from zero, the timeout rounding).
int64_t timeout_nanoseconds(Value seconds) {
  if (is_float(seconds)) {
    double value = float_value(seconds);
    if (std::isnan(value)) throw_value_error("Invalid value NaN (not a number)");
    double scaled = value * 1e9;
    scaled = scaled >= 0 ? std::ceil(scaled) : std::floor(scaled);
    if (!(scaled >= -kTwoTo63 && scaled < kTwoTo63)) {
      throw_overflow_error("timestamp too large to convert to C _PyTime_t");
    }
    return static_cast<int64_t>(scaled);
  }
  Value exact = index_value(seconds);
  int64_t whole;
  if (!int_to_int64(exact, whole) || whole > INT64_MAX / kNanosecondsPerSecond ||
      whole < INT64_MIN / kNanosecondsPerSecond) {
    throw_overflow_error("timestamp too large to convert to C _PyTime_t");
  }
  return whole * kNanosecondsPerSecond;
}

Value time_sleep(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("time.sleep", kwnames);
  check_positional("time.sleep", nargs, 1, 1);
  int64_t duration = timeout_nanoseconds(args[0]);
  if (duration < 0) throw_value_error("sleep length must be non-negative");
  // An absolute deadline: a signal handler run in between does not lengthen the sleep.
  int64_t deadline = clock_nanoseconds(CLOCK_MONOTONIC) + duration;
  timespec until;
  until.tv_sec = static_cast<time_t>(deadline / kNanosecondsPerSecond);
  until.tv_nsec = static_cast<long>(deadline % kNanosecondsPerSecond);
  int result = blocking_call([&] {
    int error = ::clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, nullptr);
    if (error == 0) return 0;
    errno = error;
    return -1;
  });
  if (result != 0) raise_os_error(errno);
  return none();
}

// --- struct_time and the broken-down conversions ---------------------------

// A timestamp argument as a time_t, rounding floats down (None: now).
time_t timestamp_argument(Value seconds) {
  if (seconds.is_null() || is_none(seconds)) return ::time(nullptr);
  if (is_float(seconds)) {
    double value = float_value(seconds);
    if (std::isnan(value)) throw_value_error("Invalid value NaN (not a number)");
    value = std::floor(value);
    if (!(value >= -kTwoTo63 && value < kTwoTo63)) {
      throw_overflow_error("timestamp out of range for platform time_t");
    }
    return static_cast<time_t>(value);
  }
  int64_t whole;
  if (!int_to_int64(index_value(seconds), whole)) {
    throw_overflow_error("timestamp out of range for platform time_t");
  }
  return static_cast<time_t>(whole);
}

Value struct_time_from(const tm& broken) {
  return make_struct_sequence(
      struct_time_type,
      {make_int(static_cast<int64_t>(broken.tm_year) + 1900), make_int(broken.tm_mon + 1),
       make_int(broken.tm_mday), make_int(broken.tm_hour), make_int(broken.tm_min),
       make_int(broken.tm_sec), make_int((broken.tm_wday + 6) % 7), make_int(broken.tm_yday + 1),
       make_int(broken.tm_isdst),
       broken.tm_zone ? Value::from_object(str_decode(broken.tm_zone, "utf-8", "surrogateescape"))
                      : none(),
       make_int(broken.tm_gmtoff)});
}

tm broken_down(time_t when, bool local) {
  tm broken;
  errno = 0;
  tm* result = local ? ::localtime_r(&when, &broken) : ::gmtime_r(&when, &broken);
  if (!result) raise_os_error(errno != 0 ? errno : EINVAL);
  return broken;
}

Value time_gmtime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("gmtime", kwnames);
  check_tuple_arity("gmtime", nargs, 0, 1);
  return struct_time_from(broken_down(timestamp_argument(nargs ? args[0] : Value::null()), false));
}

Value time_localtime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("localtime", kwnames);
  check_tuple_arity("localtime", nargs, 0, 1);
  return struct_time_from(broken_down(timestamp_argument(nargs ? args[0] : Value::null()), true));
}

// A tm from a 9-item time tuple, as CPython's gettmarg; a struct_time also
// gives its zone and offset. `zone` keeps the zone's text alive.
tm time_tuple_argument(Value tuple, const char* message, std::string& zone) {
  if (!is_tuple(tuple)) throw_type_error("Tuple or struct_time argument required");
  Tuple* items = tuple.as<Tuple>();
  if (items->size != 9) throw_type_error(message);
  int fields[9];
  for (size_t i = 0; i < 9; ++i) {
    Value item = (*items)[i];
    int64_t number = index_as_long(item);
    if (number > INT32_MAX) throw_overflow_error("signed integer is greater than maximum");
    if (number < INT32_MIN) throw_overflow_error("signed integer is less than minimum");
    fields[i] = static_cast<int>(number);
  }
  if (fields[0] < INT_MIN + 1900) throw_overflow_error("year out of range");
  tm broken;
  std::memset(&broken, 0, sizeof broken);
  broken.tm_year = fields[0] - 1900;
  broken.tm_mon = fields[1] - 1;
  broken.tm_mday = fields[2];
  broken.tm_hour = fields[3];
  broken.tm_min = fields[4];
  broken.tm_sec = fields[5];
  broken.tm_wday = (fields[6] + 1) % 7;
  broken.tm_yday = fields[7] - 1;
  broken.tm_isdst = fields[8];
  if (type_of(tuple) == struct_time_type) {
    Value zone_value = struct_sequence_field(tuple, 9);
    if (!is_none(zone_value)) {
      if (!is_str(zone_value)) throw_type_error("bad argument type for built-in operation");
      zone = std::string(str_view(zone_value));
      broken.tm_zone = zone.c_str();
    }
    Value offset = struct_sequence_field(tuple, 10);
    if (!is_none(offset)) broken.tm_gmtoff = index_as_long(offset);
  }
  return broken;
}

// CPython's checktm: the ranges strftime and asctime accept (0 for the
// month, day of month and day of year meaning the first).
void check_time_fields(tm& broken) {
  if (broken.tm_mon == -1) {
    broken.tm_mon = 0;
  } else if (broken.tm_mon < 0 || broken.tm_mon > 11) {
    throw_value_error("month out of range");
  }
  if (broken.tm_mday == 0) {
    broken.tm_mday = 1;
  } else if (broken.tm_mday < 0 || broken.tm_mday > 31) {
    throw_value_error("day of month out of range");
  }
  if (broken.tm_hour < 0 || broken.tm_hour > 23) throw_value_error("hour out of range");
  if (broken.tm_min < 0 || broken.tm_min > 59) throw_value_error("minute out of range");
  if (broken.tm_sec < 0 || broken.tm_sec > 61) throw_value_error("seconds out of range");
  if (broken.tm_wday < 0) throw_value_error("day of week out of range");
  if (broken.tm_yday == -1) {
    broken.tm_yday = 0;
  } else if (broken.tm_yday < 0 || broken.tm_yday > 365) {
    throw_value_error("day of year out of range");
  }
}

Value asctime_text(const tm& broken) {
  static const char* const day_names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return str_value(format("%s %s%3d %.2d:%.2d:%.2d %lld", day_names[broken.tm_wday],
                          month_names[broken.tm_mon], broken.tm_mday, broken.tm_hour,
                          broken.tm_min, broken.tm_sec,
                          static_cast<long long>(broken.tm_year) + 1900));
}

Value time_asctime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("asctime", kwnames);
  check_positional("asctime", nargs, 0, 1);
  if (nargs == 0) return asctime_text(broken_down(::time(nullptr), true));
  std::string zone;
  tm broken = time_tuple_argument(args[0], "asctime(): illegal time tuple argument", zone);
  check_time_fields(broken);
  return asctime_text(broken);
}

Value time_ctime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("ctime", kwnames);
  check_tuple_arity("ctime", nargs, 0, 1);
  return asctime_text(broken_down(timestamp_argument(nargs ? args[0] : Value::null()), true));
}

Value time_mktime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("time.mktime", kwnames);
  check_positional("time.mktime", nargs, 1, 1);
  std::string zone;
  tm broken = time_tuple_argument(args[0], "mktime(): illegal time tuple argument", zone);
  // mktime leaves tm_wday alone only when it fails.
  broken.tm_wday = -1;
  time_t result = ::mktime(&broken);
  if (result == static_cast<time_t>(-1) && broken.tm_wday == -1) {
    throw_overflow_error("mktime argument out of range");
  }
  return make_float(static_cast<double>(result));
}

Value time_strftime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("strftime", kwnames);
  check_tuple_arity("strftime", nargs, 1, 2);
  if (!is_str(args[0])) {
    throw_type_error(format("strftime() argument 1 must be str, not %s", type_name(args[0]).c_str()));
  }
  std::string zone;
  tm broken;
  if (nargs == 1) {
    broken = broken_down(::time(nullptr), true);
  } else {
    broken = time_tuple_argument(args[1], "strftime(): illegal time tuple argument", zone);
    check_time_fields(broken);
  }
  // Some C libraries index tables by tm_isdst.
  if (broken.tm_isdst < -1) broken.tm_isdst = -1;
  if (broken.tm_isdst > 1) broken.tm_isdst = 1;
  std::string format_text = fs_encode(args[0]);
  if (format_text.find('\0') != std::string::npos) throw_value_error("embedded null character");
  // An empty result may be right (a format of "%p" in some locales): give up
  // growing the buffer once it is far larger than the format could need.
  std::string output;
  for (size_t size = 1024;; size += size) {
    output.assign(size, '\0');
    size_t length = ::strftime(output.data(), size, format_text.c_str(), &broken);
    if (length > 0 || size >= 256 * format_text.size()) {
      output.resize(length);
      break;
    }
  }
  return fs_decode(output);
}

Value time_strptime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value strptime_module = import_absolute(intern("_strptime"));
  Value function = getattr(strptime_module, intern("_strptime_time"));
  return call(function, args, nargs, kwnames);
}

// --- the time zone ----------------------------------------------------------

// timezone, altzone, daylight and tzname from the offsets of January and
// July of this year, as CPython computes them where tzname is not trusted.
void set_time_zone_attributes(Module* module) {
  constexpr time_t kYear = (365 * 24 + 6) * 3600;
  time_t start = (::time(nullptr) / kYear) * kYear;
  tm january = broken_down(start, true);
  tm july = broken_down(start + kYear / 2, true);
  long january_offset = -january.tm_gmtoff;
  long july_offset = -july.tm_gmtoff;
  constexpr long kMaxOffset = 48 * 3600;
  if (january_offset < -kMaxOffset || january_offset > kMaxOffset || july_offset < -kMaxOffset ||
      july_offset > kMaxOffset) {
    throw_runtime_error("invalid GMT offset");
  }
  auto zone_name = [](const tm& broken) {
    std::string name = broken.tm_zone ? broken.tm_zone : "   ";
    if (name.size() > 9) name.resize(9);
    return Value::from_object(str_decode(name, "utf-8", "surrogateescape"));
  };
  bool southern = january_offset < july_offset;
  const tm& standard = southern ? july : january;
  const tm& summer = southern ? january : july;
  Dict* dict = module->dict;
  dict_set_str(dict, intern("timezone"), make_int(southern ? july_offset : january_offset));
  dict_set_str(dict, intern("altzone"), make_int(southern ? january_offset : july_offset));
  dict_set_str(dict, intern("daylight"), make_int(january_offset != july_offset));
  dict_set_str(dict, intern("tzname"),
               Value::from_object(make_tuple({zone_name(standard), zone_name(summer)})));
}

Module* time_module = nullptr;

Value time_tzset(Value, const Value*, size_t nargs, Tuple* kwnames) {
  reject_keywords("time.tzset", kwnames);
  check_positional("time.tzset", nargs, 0, 0);
  ::tzset();
  set_time_zone_attributes(time_module);
  return none();
}

Value time_get_clock_info(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("time.get_clock_info", kwnames);
  check_positional("time.get_clock_info", nargs, 1, 1);
  if (!is_str(args[0])) {
    throw_type_error(format("get_clock_info() argument 1 must be str, not %s",
                            type_name(args[0]).c_str()));
  }
  std::string_view name = str_view(args[0]);
  const char* implementation;
  clockid_t clock;
  bool monotonic = true;
  bool adjustable = false;
  if (name == "time") {
    implementation = "clock_gettime(CLOCK_REALTIME)";
    clock = CLOCK_REALTIME;
    monotonic = false;
    adjustable = true;
  } else if (name == "monotonic" || name == "perf_counter") {
    implementation = "clock_gettime(CLOCK_MONOTONIC)";
    clock = CLOCK_MONOTONIC;
  } else if (name == "process_time") {
    implementation = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
    clock = CLOCK_PROCESS_CPUTIME_ID;
  } else if (name == "thread_time") {
    implementation = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
    clock = CLOCK_THREAD_CPUTIME_ID;
  } else {
    throw_value_error("unknown clock");
  }
  timespec resolution;
  if (::clock_getres(clock, &resolution) != 0) raise_os_error(errno);
  Value namespace_type = Value::from_object(type_of(sys_attribute(intern("implementation"))));
  Value fields[4] = {str_value(implementation), make_bool(monotonic), make_bool(adjustable),
                     make_float(static_cast<double>(resolution.tv_sec) +
                                static_cast<double>(resolution.tv_nsec) * 1e-9)};
  Tuple* names = make_tuple({str_value("implementation"), str_value("monotonic"),
                             str_value("adjustable"), str_value("resolution")});
  return call(namespace_type, fields, 0, names);
}

Value time_pthread_getcpuclockid(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  reject_keywords("time.pthread_getcpuclockid", kwnames);
  check_positional("time.pthread_getcpuclockid", nargs, 1, 1);
  Value ident = index_value(args[0]);
  mpz_t big;
  mpz_init(big);
  int_to_mpz(ident, big);
  bool fits = mpz_sgn(big) >= 0 && mpz_fits_ulong_p(big);
  unsigned long thread = fits ? mpz_get_ui(big) : 0;
  mpz_clear(big);
  if (!fits) throw_overflow_error("Python int too large to convert to C unsigned long");
  clockid_t clock;
  int error = pthread_getcpuclockid(static_cast<pthread_t>(thread), &clock);
  if (error != 0) raise_os_error(error);
  return make_int(clock);
}

}  // namespace

Module* create_time_module() {
  if (time_module) return time_module;
  Module* module = make_module(intern("time"));
  time_module = module;
  add_functions(module, {
      {"time", time_time}, {"time_ns", time_time_ns}, {"monotonic", time_monotonic},
      {"monotonic_ns", time_monotonic_ns}, {"perf_counter", time_perf_counter},
      {"perf_counter_ns", time_perf_counter_ns}, {"process_time", time_process_time},
      {"process_time_ns", time_process_time_ns}, {"thread_time", time_thread_time},
      {"thread_time_ns", time_thread_time_ns}, {"clock_gettime", time_clock_gettime},
      {"clock_gettime_ns", time_clock_gettime_ns}, {"clock_getres", time_clock_getres},
      {"clock_settime", time_clock_settime}, {"clock_settime_ns", time_clock_settime_ns},
      {"sleep", time_sleep}, {"gmtime", time_gmtime}, {"localtime", time_localtime},
      {"asctime", time_asctime}, {"ctime", time_ctime}, {"mktime", time_mktime},
      {"strftime", time_strftime}, {"strptime", time_strptime}, {"tzset", time_tzset},
      {"get_clock_info", time_get_clock_info},
      {"pthread_getcpuclockid", time_pthread_getcpuclockid},
  });
  struct_time_type = make_struct_sequence_type(
      "time.struct_time",
      {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
       "tm_isdst", "tm_zone", "tm_gmtoff"},
      9);
  set_type_doc(struct_time_type,
               "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
               " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
               " sequence of 9 integers.\n\n Note that several fields' values are not the same "
               "as those defined by\n the C language standard for struct tm.  For example, the "
               "value of the\n field tm_year is the actual year, not year - 1900.  See individual\n"
               " fields' descriptions for details.");
  dict_set_str(module->dict, intern("struct_time"), Value::from_object(struct_time_type));
  add_int_constants(module, {
      {"CLOCK_BOOTTIME", CLOCK_BOOTTIME}, {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
      {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
      {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
      {"CLOCK_REALTIME", CLOCK_REALTIME}, {"CLOCK_TAI", CLOCK_TAI},
      {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID}, {"_STRUCT_TM_ITEMS", 11},
  });
  ::tzset();
  set_time_zone_attributes(module);
  dict_set_str(module->dict, intern("__doc__"),
               str_value("This module provides various functions to manipulate time values.\n\n"
                         "There are two standard representations of time.  One is the number\n"
                         "of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\n"
                         "or a floating point number (to represent fractions of seconds).\n"
                         "The Epoch is system-defined; on Unix, it is generally January 1st, 1970.\n"
                         "The actual value can be retrieved by calling gmtime(0).\n\n"
                         "The other representation is a tuple of 9 integers giving local time.\n"
                         "The tuple items are:\n  year (including century, e.g. 1998)\n"
                         "  month (1-12)\n  day (1-31)\n  hours (0-23)\n  minutes (0-59)\n"
                         "  seconds (0-59)\n  weekday (0-6, Monday is 0)\n"
                         "  Julian day (day in the year, 1-366)\n  DST (Daylight Savings Time) "
                         "flag (-1, 0 or 1)\nIf the DST flag is 0, the time is given in the "
                         "regular time zone;\nif it is 1, the time is given in the DST time zone;\n"
                         "if it is -1, mktime() should guess based on the date and time.\n"));
  return module;
}

}  // namespace krait
