// Printing an uncaught exception the way CPython 3.11's default excepthook
// does (the C implementation in Python/pythonrun.c and Python/traceback.c,
// which `python3.11 prog.py` uses): the traceback entries with their source
// lines and position markers, SyntaxError's location, chained causes and
// contexts, exception group boxes, "Did you mean" suggestions and notes.
#pragma once

#include <string>
#include <string_view>

#include "runtime/value.h"

namespace krait {

// Writes the display of `exception` to sys.stderr (through its `write`, then
// calls its `flush`); nothing when sys.stderr is None, and to file
// descriptor 2 when there is no sys.stderr at all. Never raises.
void print_exception(Value exception);

// The text print_exception writes. Never raises.
std::string format_exception(Value exception);

// The "Traceback (most recent call last):" block of a traceback object alone,
// as CPython's PyTraceBack_Print writes it. Never raises.
std::string format_traceback(Value traceback);

// Line `lineno` of source file `filename` without its line ending, found as
// the traceback's source lines are (linecache's lookup); empty when absent.
std::string source_file_line(std::string_view filename, int lineno);

}  // namespace krait
