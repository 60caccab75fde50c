#!/usr/bin/env python3
"""Krait's `dis` against Krait's own disassembler, and dis's layout rules.

Krait's instructions differ from CPython's by design (absolute jumps, no
PRECALL, no CACHE entries), so most listings cannot be compared with
CPython's. Instead, for every code object of a corpus (dis_corpus.py and a
generated file with EXTENDED_ARG prefixes, lines past 999 and offsets past
9999), the listing `dis` prints under Krait is compared with
`krait --dump-bytecode` of the same file (src/vm/disassemble.cpp, written
independently in C++): the same instructions in the same order, the same
arguments (constants, names, locals, operators, numbers), jumps to the same
instructions, the same positions and line starts, `>>` exactly on jump and
handler targets, and the exception table as co_exceptiontable encodes it.

The layout rules (column widths, `>>` and `-->` markers, blank lines before
new source lines, "Disassembly of <code object …>:" headers, the
ExceptionTable section) are checked on Krait's listing, and the same parser
is first run on CPython's own listing of the corpus, so the rules are
CPython's. distb(), dis() with sys.last_traceback and
Bytecode.from_traceback() must mark the instruction that raised, and
`krait -m dis FILE` must print what dis.dis(compile(FILE)) prints.
A self-test then corrupts the listing and requires the comparison to fail.

Usage: KRAIT=build/release/krait tests/dis/check_dis.py
"""
import ast
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "programs"))
import program_harness  # noqa: E402
LIB_DIR = os.path.join(ROOT, "lib")
DRIVER = os.path.join(HERE, "dis_driver.py")
CORPUS = os.path.join(HERE, "dis_corpus.py")
KRAIT = os.environ.get("KRAIT", os.path.join(ROOT, "build", "release", "krait"))
REFERENCE = os.environ.get("KRAIT_REFERENCE_PYTHON", "/usr/bin/python3.11")

OPNAME_WIDTH = 20
OPARG_WIDTH = 5
LINE_NUMBER = re.compile(r"^( *\d+) (?:-->|   ) (?:>>|  ) +\d+ [A-Z]")
INSTRUCTION = re.compile(r"^ (?P<mark>-->|   ) (?P<target>>>|  ) +(?P<offset>\d+) "
                         r"(?P<name>[A-Z_]+)(?: +(?P<arg>-?\d+)(?: \((?P<repr>.*)\))?)?$")
HEADER = re.compile(r'^Disassembly of <code object (?P<name>\S+) at 0x[0-9a-f]+, '
                    r'file "(?P<file>.*)", line (?P<line>\d+)>:$')
HANDLER = re.compile(r"^  (\d+) to (\d+) -> (\d+) \[(\d+)\]( lasti)?$")
JUMPS = {"FOR_ITER", "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT",
         "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "SEND", "POP_JUMP_FORWARD_IF_FALSE",
         "POP_JUMP_FORWARD_IF_TRUE", "POP_JUMP_FORWARD_IF_NONE",
         "POP_JUMP_FORWARD_IF_NOT_NONE"}



def format_value_meaning(arg):
    conversion = ("", "str", "repr", "ascii")[arg & 3]
    spec = "with format" if arg & 4 else ""
    return ", ".join(part for part in (conversion, spec) if part)


def make_function_meaning(arg):
    flags = ("defaults", "kwdefaults", "annotations", "closure")
    return ", ".join(flag for bit, flag in enumerate(flags) if arg & (1 << bit))


# Instructions whose argument the listing explains in words, the dump as a number.
FLAG_MEANINGS = {"FORMAT_VALUE": format_value_meaning, "MAKE_FUNCTION": make_function_meaning}


def environment():
    """The test programs' fixed environment, and the sanitizer's options."""
    env = program_harness.environment()
    env["ASAN_OPTIONS"] = os.environ.get("ASAN_OPTIONS", "detect_stack_use_after_return=0")
    return env


def run(command):
    result = subprocess.run(command, capture_output=True, env=environment(), timeout=600)
    if result.returncode != 0:
        sys.stdout.write(result.stderr.decode("utf-8", "replace"))
        sys.exit(f"{' '.join(command)} exited with status {result.returncode}")
    return result.stdout.decode("utf-8")


def generated_corpus(directory):
    """A function long enough for EXTENDED_ARG (300 locals and constants, a
    jump over more than 256 code units), offsets past 9999 and lines past 999."""
    lines = ["def long_function(flag):", "    if flag:"]
    lines += [f"        v{i} = {i * 7 + 1000}" for i in range(300)]
    lines += ["        total = 0"]
    lines += [f"        total = total + v{i % 300} * {i}" for i in range(1000)]
    lines += ["        return total", "    return None", ""]
    path = os.path.join(directory, "generated_corpus.py")
    with open(path, "w") as out:
        out.write("\n".join(lines))
    return path


# --- the listing: layout ------------------------------------------------------

def render(fields, lineno_width, offset_width):
    """An instruction line from its fields, by dis's layout rules."""
    columns = []
    if lineno_width:
        columns.append(("" if fields["starts_line"] is None else str(fields["starts_line"]))
                       .rjust(lineno_width))
    columns.append("-->" if fields["current"] else "   ")
    columns.append(">>" if fields["jump_target"] else "  ")
    columns.append(str(fields["offset"]).rjust(offset_width))
    columns.append(fields["opname"].ljust(OPNAME_WIDTH))
    if fields["arg"] is not None:
        columns.append(str(fields["arg"]).rjust(OPARG_WIDTH))
        if fields["argrepr"]:
            columns.append("(" + fields["argrepr"] + ")")
    return " ".join(columns).rstrip()


def parse_listing(text, problems, label, contiguous=True):
    """Sections (one per code object) of parsed instruction lines and
    exception-table entries; every layout rule broken goes to `problems`.
    `contiguous`: every code unit is listed (Krait has no CACHE entries)."""
    sections = []
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    index = 0
    header = None
    while index <= len(lines):
        block = []
        while index < len(lines) and not HEADER.match(lines[index]):
            block.append(lines[index])
            index += 1
        if index < len(lines) and (not block or block[-1] != ""):
            problems.append(f"{label}: no blank line before {lines[index]!r}")
        sections.append(parse_section(header, block, problems, f"{label} section {len(sections)}",
                                      contiguous))
        if index >= len(lines):
            break
        header = HEADER.match(lines[index])
        index += 1
    return sections


def parse_section(header, block, problems, label, contiguous=True):
    while block and block[-1] == "":
        block.pop()
    instructions, handlers = [], []
    table_at = block.index("ExceptionTable:") if "ExceptionTable:" in block else len(block)
    for text in block[table_at + 1:]:
        match = HANDLER.match(text)
        if not match:
            problems.append(f"{label}: bad exception table line {text!r}")
            continue
        start, end, target, depth = map(int, match.groups()[:4])
        handlers.append((start, end + 2, target, depth, bool(match.group(5))))
    previous_blank = False
    raw = []
    # The line column is as wide as the numbered lines' first field.
    numbered = [LINE_NUMBER.match(text) for text in block[:table_at]]
    widths = {len(match.group(1)) for match in numbered if match}
    if len(widths) > 1:
        problems.append(f"{label}: line numbers in columns of widths {sorted(widths)}")
    lineno_width = min(widths) if widths else 0
    for text in block[:table_at]:
        if text == "":
            if previous_blank or not raw:
                problems.append(f"{label}: unexpected blank line")
            previous_blank = True
            continue
        match = INSTRUCTION.match(text[lineno_width:])
        if not match or not re.fullmatch(r" *\d*", text[:lineno_width]):
            problems.append(f"{label}: not an instruction line {text!r}")
            previous_blank = False
            continue
        line = text[:lineno_width].strip()
        fields = {
            "starts_line": int(line) if line else None,
            "current": match.group("mark") == "-->",
            "jump_target": match.group("target") == ">>",
            "offset": int(match.group("offset")),
            "opname": match.group("name"),
            "arg": None if match.group("arg") is None else int(match.group("arg")),
            "argrepr": match.group("repr") or "",
            "text": text,
            "blank_before": previous_blank,
        }
        raw.append(fields)
        previous_blank = False
    if raw:
        starts = [f["starts_line"] for f in raw if f["starts_line"] is not None]
        expected_width = max(3, len(str(max(starts)))) if starts else 0
        if lineno_width != expected_width:
            problems.append(f"{label}: line column {lineno_width} wide, expected {expected_width}")
        offset_width = max(4, len(str(raw[-1]["offset"])))
        for f in raw:
            if render(f, lineno_width, offset_width) != f["text"]:
                problems.append(f"{label}: layout of {f['text']!r}, expected "
                                f"{render(f, lineno_width, offset_width)!r}")
            wants_blank = bool(lineno_width) and f["starts_line"] is not None and f["offset"] > 0
            if f["blank_before"] != wants_blank:
                problems.append(f"{label}: blank line rule broken before {f['text']!r}")
        for before, after in zip(raw, raw[1:]):
            if contiguous and after["offset"] != before["offset"] + 2:
                problems.append(f"{label}: offset {after['offset']} does not follow {before['offset']}")
    instructions = raw
    return {"header": header, "instructions": instructions, "handlers": handlers}


# --- the listing against --dump-bytecode ------------------------------------

def parse_dump(text):
    """Code objects of `krait --dump-bytecode`: qualname and instructions
    (opname, argument text, position text), EXTENDED_ARG folded in."""
    codes = []
    for line in text.split("\n"):
        if line.startswith("code "):
            codes.append({"qualname": line.split(" ")[1], "instructions": []})
        elif line.startswith("   "):
            body = line[3:]
            name, _, rest = body.partition(" ")
            argument, _, position = rest.rpartition(" ")
            codes[-1]["instructions"].append((name, argument, position))
    return codes


def parse_exception_table(data):
    """co_exceptiontable (a list of byte values) as (start, end, target,
    depth, lasti) in bytes: varints of six bits, bit 6 continuing."""
    entries, position = [], 0

    def number():
        nonlocal position
        byte = data[position]
        position += 1
        value = byte & 63
        while byte & 64:
            byte = data[position]
            position += 1
            value = (value << 6) | (byte & 63)
        return value

    while position < len(data):
        start = number() * 2
        end = start + number() * 2
        target = number() * 2
        depth_lasti = number()
        entries.append((start, end, target, depth_lasti >> 1, bool(depth_lasti & 1)))
    return entries


def position_text(position):
    line, end_line, col, end_col = (("None" if v is None else str(v)) for v in position)
    return f"{line}:{col}-{end_line}:{end_col}"


def compare_code(section, dump, data, problems, counts):
    qualname, name, table, consts, details = data
    label = qualname
    if dump["qualname"] != qualname:
        problems.append(f"{label}: dump has {dump['qualname']} here")
        return
    header = section["header"]
    if header is not None and header.group("name") != name:
        problems.append(f"{label}: header names {header.group('name')}")
    listed = section["instructions"]
    if [(f["offset"], f["opname"], f["arg"]) for f in listed] != [d[:3] for d in details]:
        problems.append(f"{label}: listing and get_instructions() disagree")
    # Each real instruction with the offset of its first EXTENDED_ARG prefix.
    real, chain_start = [], None
    for index, f in enumerate(listed):
        if chain_start is None:
            chain_start = index
        if f["opname"] != "EXTENDED_ARG":
            real.append((listed[chain_start]["offset"], index))
            chain_start = None
    if len(real) != len(dump["instructions"]):
        problems.append(f"{label}: {len(real)} instructions listed, {len(dump['instructions'])} dumped")
        return
    handlers = parse_exception_table(table)
    if section["handlers"] != handlers:
        problems.append(f"{label}: ExceptionTable {section['handlers']} but co_exceptiontable "
                        f"encodes {handlers}")
    targets = {handler[2] for handler in handlers}
    last_line = None
    for (start, index), (name_dumped, argument, position) in zip(real, dump["instructions"]):
        f = listed[index]
        counts["instructions"] += 1
        where = f"{label} offset {f['offset']}"
        if f["opname"] != name_dumped:
            problems.append(f"{where}: {f['opname']} listed, {name_dumped} dumped")
            continue
        if f["opname"] in JUMPS:
            if not argument.startswith("L"):
                problems.append(f"{where}: dump argument {argument!r}")
                continue
            target = real[int(argument[1:])][0]
            targets.add(target)
            if f["argrepr"] != f"to {target}" or f["arg"] * 2 != target:
                problems.append(f"{where}: {f['arg']} ({f['argrepr']}), dump jumps to offset {target}")
        elif f["opname"] == "LOAD_CONST" and argument.startswith("<code "):
            inner = argument[len("<code "):-1].rsplit(".", 1)[-1]
            if not f["argrepr"].startswith(f"<code object {inner} at 0x"):
                problems.append(f"{where}: {f['argrepr']!r}, dump {argument!r}")
        elif f["opname"] == "KW_NAMES":
            if f["argrepr"] or consts[f["arg"]] != argument:
                problems.append(f"{where}: KW_NAMES {f['arg']} ({f['argrepr']}), dump {argument!r}")
        elif f["opname"] in FLAG_MEANINGS:
            if str(f["arg"]) != argument or f["argrepr"] != FLAG_MEANINGS[f["opname"]](f["arg"]):
                problems.append(f"{where}: {f['arg']} ({f['argrepr']}), dump {argument!r}")
        elif f["argrepr"]:
            if f["argrepr"] != argument:
                problems.append(f"{where}: ({f['argrepr']}), dump {argument!r}")
        elif f["arg"] is not None:
            if str(f["arg"]) != argument:
                problems.append(f"{where}: {f['arg']}, dump {argument!r}")
        elif argument:
            problems.append(f"{where}: no argument listed, dump {argument!r}")
        if position_text(details[index][3]) != position:
            problems.append(f"{where}: positions {details[index][3]}, dump {position}")
        # The line column shows each change of line, on the chain's first unit.
        line = None if position.startswith("None") else int(position.split(":")[0])
        shown = [listed[i]["starts_line"] for i in range(real_index_start(listed, index), index + 1)
                 if listed[i]["starts_line"] is not None]
        expected = [line] if line is not None and line != last_line else []
        if shown != expected:
            problems.append(f"{where}: line column {shown}, expected {expected}")
        if line is not None:
            last_line = line
    marked = {f["offset"] for f in listed if f["jump_target"]}
    if marked != targets:
        problems.append(f"{label}: '>>' on {sorted(marked)}, targets are {sorted(targets)}")


def real_index_start(listed, index):
    while index > 0 and listed[index - 1]["opname"] == "EXTENDED_ARG":
        index -= 1
    return index


def compare(listing_text, data_lines, dump_text, problems, counts, label):
    sections = parse_listing(listing_text, problems, label)
    dumps = parse_dump(dump_text)
    if not (len(sections) == len(dumps) == len(data_lines)):
        problems.append(f"{label}: {len(sections)} listings, {len(dumps)} dumps, "
                        f"{len(data_lines)} code objects")
        return
    for section, dump, data in zip(sections, dumps, data_lines):
        counts["code objects"] += 1
        compare_code(section, dump, data, problems, counts)


def split_driver_output(text):
    listing, _, rest = text.partition("=== data\n")
    listing = listing.split("=== dis\n", 1)[1]
    data, _, traceback = rest.partition("=== traceback\n")
    return listing, [ast.literal_eval(line) for line in data.splitlines()], ast.literal_eval(traceback)


def check_traceback(traceback, problems):
    lasti, lineno, by_distb, by_dis, from_traceback, current_offset, name = traceback
    if not (by_distb == by_dis == from_traceback):
        problems.append("traceback: distb(), dis() and Bytecode.from_traceback().dis() differ")
    if current_offset != lasti or name != "raises_inside":
        problems.append(f"traceback: from_traceback at {current_offset} in {name}, tb_lasti {lasti}")
    parsed = parse_section(None, by_distb.rstrip("\n").split("\n"), problems, "distb")
    marked = [f for f in parsed["instructions"] if f["current"]]
    if len(marked) != 1 or marked[0]["offset"] != lasti:
        problems.append(f"traceback: '-->' on {[f['offset'] for f in marked]}, tb_lasti {lasti}")
    line = None
    for f in parsed["instructions"]:
        line = f["starts_line"] if f["starts_line"] is not None else line
        if f["current"] and (line != lineno or f["opname"] != "BINARY_OP"):
            problems.append(f"traceback: marked {f['opname']} on line {line}, tb_lineno {lineno}")


def check_cpython_layout(paths, problems, counts):
    """The layout parser accepts CPython's own listings line for line."""
    for path in paths:
        text = run([REFERENCE, "-c", "import dis, sys; dis.dis(compile(open(sys.argv[1], 'rb').read(), "
                    "sys.argv[1], 'exec'))", path])
        before = len(problems)
        sections = parse_listing(text, problems, f"CPython {os.path.basename(path)}",
                                 contiguous=False)
        counts["CPython lines"] += sum(len(s["instructions"]) for s in sections)
        if len(problems) > before:
            problems.append("the layout rules do not describe CPython's listing")


def check_main(path, listing, problems):
    """`krait -m dis FILE` prints dis.dis(compile(FILE)) (addresses aside)."""
    result = subprocess.run([KRAIT, "-m", "dis", path], capture_output=True, env=environment(),
                            timeout=600)
    if result.returncode != 0:
        problems.append(f"krait -m dis exited with status {result.returncode}: "
                        f"{result.stderr.decode('utf-8', 'replace').strip()[-300:]}")
        return
    out = result.stdout.decode("utf-8")
    if re.sub(r"0x[0-9a-f]+", "0x", out) != re.sub(r"0x[0-9a-f]+", "0x", listing):
        problems.append("krait -m dis FILE differs from dis.dis(compile(FILE))")


def self_test(listing, data_lines, dump_text):
    """Corruptions of a correct listing that the comparison must catch."""
    corruptions = [
        (r"\(to (\d+)\)", lambda m: f"(to {int(m.group(1)) + 2})"),
        (r"LOAD_FAST ", lambda m: "LOAD_NAME "),
        (r"\n\n( +\d+ )", lambda m: "\n" + m.group(1)),
        (r"(\n +\d+ +)   ", lambda m: m.group(1) + ">> "),
        (r"\(NULL \+ ", lambda m: "("),
    ]
    missed = 0
    for pattern, replacement in corruptions:
        corrupted = re.sub(pattern, replacement, listing, count=1)
        if corrupted == listing:
            missed += 1
            continue
        problems = []
        compare(corrupted, data_lines, dump_text, problems, {"code objects": 0, "instructions": 0},
                "self-test")
        missed += not problems
    return len(corruptions), missed


def main():
    counts = {"code objects": 0, "instructions": 0, "CPython lines": 0}
    problems = []
    with tempfile.TemporaryDirectory() as directory:
        generated = generated_corpus(directory)
        corpora = [CORPUS, generated]
        check_cpython_layout(corpora, problems, counts)
        for path in corpora:
            listing, data_lines, traceback = split_driver_output(run([KRAIT, DRIVER, LIB_DIR, path]))
            dump_text = run([KRAIT, "--dump-bytecode", path])
            compare(listing, data_lines, dump_text, problems, counts, os.path.basename(path))
            if traceback is not None:
                check_traceback(traceback, problems)
            if path == CORPUS:
                check_main(path, listing, problems)
                tests, missed = self_test(listing, data_lines, dump_text)
        widest = max(len(str(f["offset"])) for f in parse_listing(listing, [], "")[1]["instructions"])
        if widest < 5:
            problems.append("the generated corpus no longer reaches offsets past 9999")
    for problem in problems[:50]:
        print(problem)
    print(f"{counts['code objects']} code objects, {counts['instructions']} instructions compared "
          f"with --dump-bytecode; {counts['CPython lines']} lines of CPython's listing parsed; "
          f"krait -m dis compared; self-test: {tests - missed}/{tests} corruptions caught; "
          f"{len(problems)} problems")
    if missed:
        print("the comparison missed a corrupted listing")
    return 1 if problems or missed else 0


if __name__ == "__main__":
    sys.exit(main())
