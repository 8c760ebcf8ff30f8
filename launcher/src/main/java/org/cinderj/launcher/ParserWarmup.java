package org.cinderj.launcher;

import java.lang.reflect.Method;

/**
 * Startup: warms the parser up on a second thread while the main thread brings up Truffle and
 * the Graal runtime (a few hundred ms). The first parse in a JVM pays for the ANTLR grammar's
 * deserialisation (the lexer's and the parser's ATN, in their class initialisers) and for filling
 * the shared prediction caches (DFA) of the decisions it meets; both are static and shared by
 * every later parse, so the program's own parse then finds them ready.
 *
 * <p>Only pure Java runs here: {@code org.cinderj.parser.PythonParser.parse} touches no Truffle or
 * context state (it builds {@code org.cinderj.ast} records), and the parse result is dropped. The
 * language is a runtime dependency of the launcher, hence the reflection. Any failure is ignored:
 * the program's parse then does the work itself. {@code -Dcinderj.parserWarmup=0} turns it off.
 */
final class ParserWarmup {
    private ParserWarmup() {
    }

    /** Typical first lines of a program: imports, defs, classes, calls, literals, control flow. */
    private static final String SNIPPET = """
                    import sys
                    from os import path as p
                    x = [1, 2.5, 'a', b'b', None, True, (3,), {4: 5}, {6}]
                    def f(a, b=1, *args, c, **kw) -> int:
                        global x
                        for i in range(10):
                            if i % 2 == 0 and not a or b is None:
                                continue
                            elif i < 3: pass
                            else: break
                        while a: a -= 1
                        try:
                            return a.b[c](d, *e, k=v, **kw) + (yield x)
                        except (KeyError, ValueError) as e:
                            raise RuntimeError("x") from e
                        finally:
                            del a
                    class C(object, metaclass=type):
                        @property
                        def m(self): return f"{self!r:>10} {1 + 2}" % (lambda y: y ** 2)(3)
                    with open(__file__) as fh: s = [c for c in fh if c] or {k: v for k, v in x}
                    print('hi', sys.argv[1:], -x if x else ~x, end='')
                    """;

    static void start() {
        Thread t = new Thread(ParserWarmup::run, "cinderj-parser-warmup");
        t.setDaemon(true);
        t.start();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void run() {
        try {
            Class<?> mode = Class.forName("org.cinderj.ast.Module$Mode");
            Method parse = Class.forName("org.cinderj.parser.PythonParser").getMethod("parse", String.class, String.class, mode);
            parse.invoke(null, SNIPPET, "<warmup>", Enum.valueOf((Class) mode, "EXEC"));
        } catch (Throwable e) {
            // Only a warm-up.
        }
    }
}
