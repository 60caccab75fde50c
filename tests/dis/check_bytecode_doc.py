#!/usr/bin/env python3
"""docs/BYTECODE.md documents exactly the instructions of src/vm/opcodes.def.

Every `KRAIT_OPCODE(NAME, NUMBER, CACHE)` line must have one entry headed
"#### `NAME` (NUMBER)" with a "Stack effect:" line, and every such heading
must name an instruction of the table with its number. Prints the counts and
exits 1 on any difference.

Usage: tests/dis/check_bytecode_doc.py
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OPCODES = os.path.join(ROOT, "src", "vm", "opcodes.def")
DOC = os.path.join(ROOT, "docs", "BYTECODE.md")

TABLE_LINE = re.compile(r"^KRAIT_OPCODE\((\w+), (\d+), (\d+)\)\s*$")
HEADING = re.compile(r"^#### `(\w+)` \((\d+)\)\s*$")
# Anything that looks like an instruction heading, to catch malformed ones.
LOOSE_HEADING = re.compile(r"^#+ .*`[A-Z_]+`")


def read_table():
    table = {}
    with open(OPCODES) as source:
        for line in source:
            match = TABLE_LINE.match(line)
            if match:
                table[match.group(1)] = int(match.group(2))
    return table


def read_doc(problems):
    """{name: number} of the entries, each with the text under its heading."""
    entries, bodies, current = {}, {}, None
    with open(DOC) as source:
        for number, line in enumerate(source, 1):
            match = HEADING.match(line)
            if match:
                name = match.group(1)
                if name in entries:
                    problems.append(f"BYTECODE.md:{number}: {name} documented twice")
                entries[name] = int(match.group(2))
                bodies[name] = []
                current = name
            elif line.startswith("#"):
                if LOOSE_HEADING.match(line):
                    problems.append(f"BYTECODE.md:{number}: malformed instruction heading "
                                    f"{line.strip()!r}")
                current = None
            elif current:
                bodies[current].append(line)
    for name, body in bodies.items():
        if not any(line.startswith("Stack effect:") for line in body):
            problems.append(f"BYTECODE.md: {name} has no 'Stack effect:' line")
        if len("".join(body).split()) < 5:
            problems.append(f"BYTECODE.md: {name} has no description")
    return entries


def main():
    problems = []
    table = read_table()
    documented = read_doc(problems)
    if not table:
        problems.append(f"no KRAIT_OPCODE lines found in {OPCODES}")
    for name, number in sorted(table.items(), key=lambda item: item[1]):
        if name not in documented:
            problems.append(f"{name} ({number}) is not documented in docs/BYTECODE.md")
        elif documented[name] != number:
            problems.append(f"{name} is {number} in opcodes.def but {documented[name]} in BYTECODE.md")
    for name, number in sorted(documented.items(), key=lambda item: item[1]):
        if name not in table:
            problems.append(f"BYTECODE.md documents {name} ({number}), which opcodes.def does not have")
    for problem in problems:
        print(problem)
    print(f"{len(table)} instructions in opcodes.def, {len(documented)} documented, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
