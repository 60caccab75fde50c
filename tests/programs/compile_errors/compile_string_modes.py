# compile() of strings in the eval, single and exec modes: eval and single
# input gets no final newline, so errors at its end have offset 0 and a text
# without newline; single input must hold one statement. The text of an
# error on an earlier line than the tokenizer reached has no newline.
sources = ['1 +', '1 +\n', 'x = 1 +', 'x=1', 'if x:\n  pass', 'f(', '[1, 2', 'a b',
           '1\n+', 'x = (', '"abc', "'''abc", 'def f(:\n', 'lambda: yield', 'x = 1 if 2',
           '1 2 3', '(a for a in b', 'print "x"', ' 1', '\t1 +', 'x = 1\n\n# note\n',
           'x = 1; y = 2', 'for i in x:\n    pass\nelse:\n    pass', '(1,\n2', '(1,\n2\n',
           'f(a,\n  b,\n', 'x = [\n1,\n2']
for src in sources:
    for mode in ['eval', 'single', 'exec']:
        try:
            compile(src, '<s>', mode)
            print(repr(src), mode, 'ok')
        except SyntaxError as e:
            print(repr(src), mode, type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno,
                  e.end_offset, repr(e.text))
