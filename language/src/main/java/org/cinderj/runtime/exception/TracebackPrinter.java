package org.cinderj.runtime.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;
import java.util.IdentityHashMap;
import org.cinderj.runtime.PyOps;
import org.cinderj.runtime.function.PCode;
import org.cinderj.runtime.object.PNone;
import org.cinderj.runtime.type.PythonClass;

/** CPython's printing of an uncaught exception: the chain, each traceback, the final line. */
public final class TracebackPrinter {
    private TracebackPrinter() {
    }

    private static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

    @TruffleBoundary
    public static String format(PBaseException exc) {
        StringBuilder sb = new StringBuilder();
        formatChain(sb, exc, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void formatChain(StringBuilder sb, PBaseException exc, IdentityHashMap<Object, Boolean> seen) {
        seen.put(exc, Boolean.TRUE);
        Object cause = exc.getCause();
        Object context = exc.getContext();
        if (cause instanceof PBaseException c && !seen.containsKey(c)) {
            formatChain(sb, c, seen);
            sb.append(CAUSE);
        } else if (context instanceof PBaseException c && !exc.getSuppressContext() && !seen.containsKey(c)) {
            formatChain(sb, c, seen);
            sb.append(CONTEXT);
        }
        formatOne(sb, exc);
    }

    private static void formatOne(StringBuilder sb, PBaseException exc) {
        Object tb = exc.getTraceback();
        if (tb instanceof PTraceback) {
            sb.append("Traceback (most recent call last):\n");
            // Like CPython, a run of identical entries prints three times, then a count.
            String last = null;
            int repeats = 0;
            for (Object t = tb; t instanceof PTraceback entry; t = entry.getNext()) {
                PCode code = entry.getFrame().getCode();
                StringBuilder one = new StringBuilder();
                one.append("  File \"").append(code.getFilename()).append("\", line ").append(entry.getLineno()).append(", in ").append(code.getName()).append('\n');
                String line = sourceLine(code, entry.getLineno());
                if (line != null) {
                    one.append("    ").append(line).append('\n');
                }
                String text = one.toString();
                if (text.equals(last)) {
                    repeats++;
                    if (repeats >= 3) {
                        continue;
                    }
                } else {
                    appendRepeats(sb, repeats);
                    last = text;
                    repeats = 0;
                }
                sb.append(text);
            }
            appendRepeats(sb, repeats);
        }
        PythonClass cls = exc.getPythonClass();
        if (cls.isSubclassOf(org.cinderj.runtime.type.BuiltinTypes.SYNTAX_ERROR)) {
            formatSyntaxError(sb, exc);
        }
        sb.append(exceptionLine(exc)).append('\n');
    }

    private static void appendRepeats(StringBuilder sb, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s").append("]\n");
        }
    }

    /** {@code "ValueError: msg"}, with the module prefix for classes outside builtins. */
    @TruffleBoundary
    public static String exceptionLine(PBaseException exc) {
        PythonClass cls = exc.getPythonClass();
        String name = cls.getQualname();
        Object mod = cls.isBuiltin() ? "builtins" : cls.getOwn("__module__");
        if (!(mod instanceof String)) {
            name = "<unknown>." + name;
        } else if (!mod.equals("builtins")) {
            name = mod + "." + name;
        }
        String msg;
        try {
            if (cls.isSubclassOf(org.cinderj.runtime.type.BuiltinTypes.SYNTAX_ERROR)) {
                Object m = PyOps.lookupAttribute(exc, "msg");
                msg = m == null || m == PNone.NONE ? PyOps.str(exc) : PyOps.str(m);
            } else if (cls.lookup("__str__") == org.cinderj.runtime.type.BuiltinTypes.OBJECT.getOwn("__str__")) {
                // No BaseException.__str__ installed: format the args as it would.
                Object[] args = exc.getArgs();
                msg = args.length == 0 ? "" : args.length == 1 ? PyOps.str(args[0]) : PyOps.repr(new org.cinderj.runtime.tuple.PTuple(args));
            } else {
                msg = PyOps.str(exc);
            }
        } catch (PException e) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    private static void formatSyntaxError(StringBuilder sb, PBaseException exc) {
        Object filename = PyOps.lookupAttribute(exc, "filename");
        Object lineno = PyOps.lookupAttribute(exc, "lineno");
        Object text = PyOps.lookupAttribute(exc, "text");
        Object offset = PyOps.lookupAttribute(exc, "offset");
        Object endOffset = PyOps.lookupAttribute(exc, "end_offset");
        Object endLineno = PyOps.lookupAttribute(exc, "end_lineno");
        if (!(filename instanceof String) && !(lineno instanceof Long)) {
            return;
        }
        sb.append("  File \"").append(filename instanceof String f ? f : "<string>").append("\", line ").append(lineno instanceof Long l ? l.longValue() : 0L).append('\n');
        if (text instanceof String t && !t.isBlank()) {
            String line = t;
            while (line.endsWith("\n") || line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            int strip = 0;
            while (strip < line.length() && (line.charAt(strip) == ' ' || line.charAt(strip) == '\t' || line.charAt(strip) == '\f')) {
                strip++;
            }
            String shown = line.substring(strip);
            sb.append("    ").append(shown).append('\n');
            boolean noCaret = endOffset instanceof Long eo0 && eo0 == -1;
            if (offset instanceof Long off && off > 0 && !noCaret) {
                long start = off - 1 - strip;
                long end = start + 1;
                if (endOffset instanceof Long eo && eo > off && (!(endLineno instanceof Long el) || el.equals(lineno))) {
                    end = eo - 1 - strip;
                }
                start = Math.max(0, Math.min(start, shown.length()));
                end = Math.max(start + 1, Math.min(end, shown.length() + 1));
                sb.append("    ").append(" ".repeat((int) start)).append("^".repeat((int) (end - start))).append('\n');
            }
        }
    }

    private static String sourceLine(PCode code, int line) {
        Source src = code.getSource();
        String fn = code.getFilename();
        if (src == null || fn.startsWith("<") || line < 1 || line > src.getLineCount()) {
            return null;
        }
        String text = src.getCharacters(line).toString().strip();
        return text.isEmpty() ? null : text;
    }
}
