package org.cinderj.translator;

import java.util.List;
import org.cinderj.ast.Expr;
import org.cinderj.ast.Keyword;

/**
 * Source text of an annotation expression, for {@code from __future__ import annotations}
 * (PEP 563: annotations are kept as strings, never evaluated).
 */
final class Unparser {
    private Unparser() {
    }

    static String unparse(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(sb, e);
        return sb.toString();
    }

    private static void writeAll(StringBuilder sb, List<Expr> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            write(sb, items.get(i));
        }
    }

    private static void write(StringBuilder sb, Expr e) {
        switch (e) {
            case Expr.Name n -> sb.append(n.id());
            case Expr.Attribute a -> {
                write(sb, a.value());
                sb.append('.').append(a.attr());
            }
            case Expr.Subscript s -> {
                write(sb, s.value());
                sb.append('[');
                if (s.slice() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
                    writeAll(sb, t.elts());
                } else {
                    write(sb, s.slice());
                }
                sb.append(']');
            }
            case Expr.Constant c -> {
                Object v = c.value();
                if (v instanceof String str) {
                    sb.append('\'').append(str.replace("\\", "\\\\").replace("'", "\\'")).append('\'');
                } else if (v == Expr.Singleton.NONE) {
                    sb.append("None");
                } else if (v == Expr.Singleton.ELLIPSIS) {
                    sb.append("...");
                } else if (v instanceof Boolean b) {
                    sb.append(b ? "True" : "False");
                } else {
                    sb.append(v);
                }
            }
            case Expr.Tuple t -> {
                sb.append('(');
                writeAll(sb, t.elts());
                if (t.elts().size() == 1) {
                    sb.append(',');
                }
                sb.append(')');
            }
            case Expr.ListExpr l -> {
                sb.append('[');
                writeAll(sb, l.elts());
                sb.append(']');
            }
            case Expr.BinOp b -> {
                write(sb, b.left());
                sb.append(' ').append(b.op().symbol).append(' ');
                write(sb, b.right());
            }
            case Expr.Call c -> {
                write(sb, c.func());
                sb.append('(');
                writeAll(sb, c.args());
                for (int i = 0; i < c.keywords().size(); i++) {
                    Keyword k = c.keywords().get(i);
                    if (i > 0 || !c.args().isEmpty()) {
                        sb.append(", ");
                    }
                    sb.append(k.arg() == null ? "**" : k.arg() + "=");
                    write(sb, k.value());
                }
                sb.append(')');
            }
            case Expr.Starred s -> {
                sb.append('*');
                write(sb, s.value());
            }
            case Expr.UnaryOp u -> {
                sb.append(u.op() == org.cinderj.ast.UnaryOperator.NOT ? "not " : u.op().symbol);
                write(sb, u.operand());
            }
            default -> sb.append("...");
        }
    }
}
