package org.cinderj.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.cinderj.nodes.ExprNode;
import org.cinderj.runtime.PyOps;

/** f-strings: {@code f"a{x!r:>{w}}b"}. */
public final class FormatNodes {
    private FormatNodes() {
    }

    public static final class JoinedStrNode extends ExprNode {
        @Children private final ExprNode[] parts;

        public JoinedStrNode(ExprNode[] parts) {
            this.parts = parts;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            String[] strings = new String[parts.length];
            for (int i = 0; i < parts.length; i++) {
                strings[i] = (String) parts[i].execute(frame);
            }
            return join(strings);
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        private static String join(String[] strings) {
            return String.join("", strings);
        }
    }

    /** One replacement field: conversion ('s', 'r', 'a' or -1) then {@code format(value, spec)}. */
    public static final class FormattedValueNode extends ExprNode {
        @Child private ExprNode value;
        @Child private ExprNode spec;
        private final int conversion;

        public FormattedValueNode(ExprNode value, int conversion, ExprNode spec) {
            this.value = value;
            this.conversion = conversion;
            this.spec = spec;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = value.execute(frame);
            String s = spec == null ? "" : (String) spec.execute(frame);
            return format(v, conversion, s);
        }

        @TruffleBoundary(transferToInterpreterOnException = false)
        private static String format(Object v, int conversion, String spec) {
            Object converted = switch (conversion) {
                case 's' -> PyOps.str(v);
                case 'r' -> PyOps.repr(v);
                case 'a' -> ascii(PyOps.repr(v));
                default -> v;
            };
            if (converted instanceof String s && spec.isEmpty()) {
                return s;
            }
            return PyOps.format(converted, spec);
        }
    }

    /** {@code ascii()}: escapes the non-ASCII characters of a repr. */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }
}
