package org.cinderj.parser;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.cinderj.ast.Expr;
import org.cinderj.ast.Module;
import org.cinderj.ast.Pattern;

/** Dumps an AST in the format of ast_dump.py (CPython's side), for comparison. */
public final class AstDump {
    private final StringBuilder out = new StringBuilder();

    public static String dump(Module m) {
        AstDump d = new AstDump();
        d.line(0, "Module");
        d.field(1, "body", m.body());
        return d.out.toString();
    }

    private void line(int ind, String s) {
        out.append(" ".repeat(ind)).append(s).append('\n');
    }

    static String jstr(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 32 && c < 127 && c != '"' && c != '\\') {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.append('"').toString();
    }

    static String constant(Object v) {
        if (v == Expr.Singleton.NONE) {
            return "None";
        } else if (v == Expr.Singleton.ELLIPSIS) {
            return "Ellipsis";
        } else if (v instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (v instanceof Long || v instanceof BigInteger) {
            return "int:" + v;
        } else if (v instanceof Double d) {
            return "float:" + Double.doubleToRawLongBits(d);
        } else if (v instanceof Expr.ComplexLiteral c) {
            return "complex:" + Double.doubleToRawLongBits(c.imag());
        } else if (v instanceof String s) {
            return jstr(s);
        } else if (v instanceof byte[] b) {
            StringBuilder sb = new StringBuilder("bytes:");
            for (byte x : b) {
                sb.append(String.format("%02x", x & 0xFF));
            }
            return sb.toString();
        }
        throw new IllegalArgumentException(String.valueOf(v));
    }

    private boolean inSpec;

    private void node(int ind, Record r) {
        line(ind, r.getClass().getSimpleName());
        RecordComponent[] comps = r.getClass().getRecordComponents();
        Arrays.sort(comps, Comparator.comparing(RecordComponent::getName));
        boolean spec = inSpec;
        for (RecordComponent c : comps) {
            if (spec && (r instanceof Expr.JoinedStr || r instanceof Expr.Constant || r instanceof Expr.FormattedValue)
                            && (c.getName().equals("line") || c.getName().equals("col"))) {
                continue;
            }
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new RuntimeException(e);
            }
            if (c.getName().equals("value") && (r instanceof Expr.Constant || r instanceof Pattern.MatchSingleton)) {
                line(ind + 1, "value=" + constant(v));
            } else {
                boolean saved = inSpec;
                inSpec = saved || c.getName().equals("formatSpec");
                field(ind + 1, c.getName(), v);
                inSpec = saved;
            }
        }
    }

    private void field(int ind, String name, Object v) {
        if (v == null) {
            line(ind, name + "=None");
        } else if (v instanceof Record r) {
            line(ind, name + "=");
            node(ind + 1, r);
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                line(ind, name + "=[]");
                return;
            }
            line(ind, name + "=");
            line(ind + 1, "[");
            for (Object x : l) {
                if (x instanceof Record r) {
                    node(ind + 3, r);
                } else if (x == null) {
                    line(ind + 3, "None");
                } else if (x instanceof String s) {
                    line(ind + 3, jstr(s));
                } else {
                    line(ind + 3, x.toString());
                }
            }
            line(ind + 1, "]");
        } else if (v instanceof String s) {
            line(ind, name + "=" + jstr(s));
        } else {
            line(ind, name + "=" + v);
        }
    }

    /** Dumps every file under args[0] that parses into args[1]/REL.txt. */
    public static void main(String[] args) throws Exception {
        java.nio.file.Path root = java.nio.file.Path.of(args[0]);
        java.nio.file.Path outDir = java.nio.file.Path.of(args[1]);
        for (java.nio.file.Path p : StdlibSweep.pyFiles(root)) {
            try {
                String text = PythonSourceDecoder.decode(java.nio.file.Files.readAllBytes(p), p.toString());
                Module m = PythonParser.parse(text, p.toString(), Module.Mode.EXEC);
                java.nio.file.Path o = outDir.resolve(root.relativize(p).toString() + ".txt");
                java.nio.file.Files.createDirectories(o.getParent());
                java.nio.file.Files.writeString(o, dump(m));
            } catch (PythonSyntaxError e) {
                // not comparable
            }
        }
    }
}
