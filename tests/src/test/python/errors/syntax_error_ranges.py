# The range of a SyntaxError raised at an expression: offset to end_offset spans the expression.
snippets = [
    "f() = x",
    "f(a, b) = 1",
    "(a, f()) = 1",
    "a + b = 1",
    "(a + b) = 1",
    "del f()",
    "del (a, f())",
    "for f() in x: pass",
    "x.y() += 1",
    "[a, b+1] = 1",
    "with a as f(): pass",
    "'abc' = 1",
    "a.b.c() = 3",
    "-a = 1",
    "a if b else c = 1",
    "[x for x in y] = 1",
    "x = 1 + f() = 2",
    "*a, f() = 1",
    "print(a=1, f()=2)",
    "f(True=1)",
    "f(x+1=2)",
    "if x:\n    g(a)[0]() = 1\n",
]
for src in snippets:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
    else:
        print(repr(src), "compiled")
