"""Runs one of CPython's test modules and records each test's outcome.

Run by run_tests.py under the interpreter being tested (Krait, or CPython
for reference): `INTERPRETER unittest_driver.py test_int RESULTS_FILE`.
The module is loaded and run as regrtest does it (its load_tests protocol, or
its test_main when it has one; resources off, quiet), and each outcome is appended to RESULTS_FILE as it happens, one
`STATUS<TAB>TEST-ID<TAB>SUMMARY` line (SUMMARY: the
exception's first line, for a failure or an error), so a crash loses nothing already run. STATUS is
pass, fail, error, skip, xfail (expected failure) or xpass (unexpected
success); a test whose subtests failed is a fail (or an error). The line
`done` ends a complete run. Tracebacks go to stderr.
"""
import sys
import traceback
import unittest

WORST = ["pass", "skip", "xfail", "xpass", "fail", "error"]


def error_summary(error):
    """The exception's first line, short: the reason a failure is listed with."""
    lines = traceback.format_exception_only(error[0], error[1])
    text = (lines[-1] if lines else "").strip().split("\n")[0]
    return text if len(text) <= 160 else text[:157] + "..."


class RecordingResult(unittest.TestResult):
    def __init__(self, results):
        super().__init__()
        self.results = results
        self.failed_by_subtest = {}

    def record(self, test, status, error=None):
        self.write(test.id(), status, error)

    def write(self, test_id, status, error):
        summary = ""
        if error is not None:
            sys.stderr.write(f"{status.upper()}: {test_id}\n"
                             + "".join(traceback.format_exception(*error)) + "\n")
            summary = error_summary(error)
        self.results.write(f"{status}\t{test_id}\t{summary}\n")
        self.results.flush()

    def startTest(self, test):
        super().startTest(test)
        self.failed_by_subtest.pop(test.id(), None)

    def stopTest(self, test):
        super().stopTest(test)
        failed = self.failed_by_subtest.pop(test.id(), None)
        if failed is not None:
            status, summary = failed
            self.results.write(f"{status}\t{test.id()}\t{summary}\n")
            self.results.flush()

    def addSuccess(self, test):
        self.record(test, "pass")

    def addFailure(self, test, err):
        self.record(test, "fail", err)

    def addError(self, test, err):
        self.record(test, "error", err)

    def addSkip(self, test, reason):
        self.record(test, "skip")

    def addExpectedFailure(self, test, err):
        self.record(test, "xfail")

    def addUnexpectedSuccess(self, test):
        self.record(test, "xpass")

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        status = "fail" if issubclass(err[0], test.failureException) else "error"
        sys.stderr.write(f"{status.upper()}: {subtest.id()}\n"
                         + "".join(traceback.format_exception(*err)) + "\n")
        previous = self.failed_by_subtest.get(test.id(), ("pass", ""))
        if WORST.index(status) > WORST.index(previous[0]):
            self.failed_by_subtest[test.id()] = (status, error_summary(err))


def main():
    name, results_path = sys.argv[1], sys.argv[2]
    with open(results_path, "w", encoding="utf-8") as results:
        try:
            from test import support
            support.use_resources = []
            support.verbose = 0
            module = __import__("test." + name, fromlist=["*"])
            suite = unittest.defaultTestLoader.loadTestsFromModule(module)
        except BaseException:
            traceback.print_exc()
            results.write(f"error\ttest.{name} (import)\t{error_summary(sys.exc_info())}\n")
            return 1
        result = RecordingResult(results)
        if hasattr(module, "test_main"):
            # regrtest calls a module's test_main, which sets up and passes its
            # suites to support.run_unittest; they run here instead.
            support._run_suite = lambda suite: suite.run(result)
            module.test_main()
        else:
            suite.run(result)
        results.write("done\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
