#!/usr/bin/python3.11
"""Token parity: `krait --dump-tokens F` against `python3.11 -m tokenize -e F`.

Runs both on every .py file of the standard library and counts a file as
identical when both print the same standard output, or when both reject it.
A crash or a hang is never a match. known_token_failures.txt is the ratchet
(see ratchet.py).

Options: --update-known-failures, --show FILE (print a diff), FILE... (check
only these).
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ratchet  # noqa: E402

KNOWN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "known_token_failures.txt")
HEADER = ("# Files whose `krait --dump-tokens` differs from `python3.11 -m tokenize -e`;\n"
          "# maintained by check_tokens.py --update-known-failures. Only ever shrinks.")
REFERENCE = os.environ.get("KRAIT_REFERENCE_PYTHON", "/usr/bin/python3.11")


def run(command):
    try:
        result = subprocess.run(command, capture_output=True, timeout=300)
    except subprocess.TimeoutExpired:
        return None, b""
    return result.returncode, result.stdout


def compare(path):
    want_rc, want = run([REFERENCE, "-m", "tokenize", "-e", path])
    got_rc, got = run([ratchet.krait_binary(), "--dump-tokens", path])
    if got_rc not in (0, 1):
        same = False
    elif want_rc != 0 or got_rc != 0:
        same = want_rc != 0 and got_rc != 0
    else:
        same = want == got
    return same, want, got


def main(argv):
    return ratchet.parity_main("token parity", argv, compare, KNOWN, HEADER)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
