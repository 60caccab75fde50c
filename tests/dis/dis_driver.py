# Run by check_dis.py under Krait: prints dis's listing of a source file and,
# in repr form, what the check needs to compare it with `--dump-bytecode`.
# Usage: krait dis_driver.py LIB_DIR CORPUS_FILE
import sys


def load_dis(lib_dir):
    """Krait's own dis (lib/), which must shadow the standard library's."""
    import dis
    if not dis.__file__.startswith(lib_dir + "/"):
        sys.exit("dis was imported from %s, not from %s" % (dis.__file__, lib_dir))
    return dis


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def text(self):
        return "".join(self.parts)


def code_objects(code):
    yield code
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            yield from code_objects(const)


def main():
    lib_dir, corpus = sys.argv[1], sys.argv[2]
    dis = load_dis(lib_dir)
    with open(corpus, "rb") as source:
        module_code = compile(source.read(), corpus, "exec")
    listing = Collector()
    dis.dis(module_code, file=listing)
    print("=== dis")
    print(listing.text(), end="")
    print("=== data")
    for code in code_objects(module_code):
        instructions = [(i.offset, i.opname, i.arg, tuple(i.positions))
                        for i in dis.get_instructions(code)]
        print(repr((code.co_qualname, code.co_name, list(code.co_exceptiontable),
                    [repr(c) for c in code.co_consts], instructions)))
    print("=== traceback")
    namespace = {"__name__": "corpus"}
    exec(module_code, namespace)
    if "raises_inside" not in namespace:
        print(None)
        return
    try:
        namespace["raises_inside"](1)
    except ZeroDivisionError as error:
        tb = error.__traceback__
    sys.last_traceback = tb
    innermost = tb
    while innermost.tb_next:
        innermost = innermost.tb_next
    by_distb = Collector()
    dis.distb(file=by_distb)
    by_dis = Collector()
    dis.dis(file=by_dis)
    from_traceback = dis.Bytecode.from_traceback(tb)
    print(repr((innermost.tb_lasti, innermost.tb_lineno, by_distb.text(), by_dis.text(),
                from_traceback.dis(), from_traceback.current_offset,
                from_traceback.codeobj.co_name)))


main()
