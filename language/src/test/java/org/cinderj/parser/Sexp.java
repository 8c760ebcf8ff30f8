package org.cinderj.parser;

import java.lang.reflect.RecordComponent;
import java.util.List;

import org.cinderj.ast.Expr;
import org.cinderj.ast.Module;

/** A compact, position-free rendering of AST nodes for assertions, e.g. {@code Name('x' STORE)}. */
final class Sexp {
    private Sexp() {
    }

    static String of(Module m) {
        return of(m.body());
    }

    static String of(Object v) {
        StringBuilder sb = new StringBuilder();
        render(v, sb);
        return sb.toString();
    }

    private static void render(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            sb.append('\'').append(s.replace("\n", "\\n")).append('\'');
        } else if (v instanceof byte[] b) {
            sb.append("b'").append(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1)).append('\'');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                render(l.get(i), sb);
            }
            sb.append(']');
        } else if (v instanceof Expr.ComplexLiteral c) {
            sb.append(c.imag()).append('j');
        } else if (v instanceof Record r) {
            sb.append(r.getClass().getSimpleName()).append('(');
            boolean first = true;
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getName().equals("line") || c.getName().equals("col")) {
                    continue;
                }
                if (!first) {
                    sb.append(' ');
                }
                first = false;
                try {
                    render(c.getAccessor().invoke(r), sb);
                } catch (ReflectiveOperationException e) {
                    throw new RuntimeException(e);
                }
            }
            sb.append(')');
        } else {
            sb.append(v);
        }
    }
}
