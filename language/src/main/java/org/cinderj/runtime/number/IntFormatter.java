package org.cinderj.runtime.number;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.Locale;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.str.FormatSpec;

/** int's {@code __format__}: the integer presentation types, and the float ones by conversion. */
public final class IntFormatter {
    private IntFormatter() {
    }

    /** {@code format(i, spec)} for an int value (Long/BigInteger/Boolean); {@code typeName} for errors. */
    @TruffleBoundary
    public static String format(Object value, String spec, String typeName) {
        Object v = IntOps.asInt(value);
        if (spec.isEmpty()) {
            return IntOps.toString(v);
        }
        FormatSpec f = FormatSpec.parse(spec, '>');
        switch (f.type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return FloatFormatter.format(IntOps.toDouble(v), f, typeName);
            case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
                break;
            default:
                throw FormatSpec.unknownCode(f.type, typeName);
        }
        if (f.precision >= 0) {
            throw PythonErrors.valueError("Precision not allowed in integer format specifier");
        }
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw PythonErrors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw PythonErrors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (!(v instanceof Long)) {
                throw PythonErrors.overflowError("Python int too large to convert to C long");
            }
            long l = (Long) v;
            if (l < 0 || l > 0x10ffff) {
                throw PythonErrors.overflowError("%%c arg not in range(0x110000)");
            }
            String ch = new String(Character.toChars((int) (long) l));
            return f.pad(ch, 0);
        }
        int radix = switch (f.type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        boolean negative = IntOps.signum(v) < 0;
        Object abs = IntOps.abs(v);
        String digits = radix == 10 ? IntOps.toString(abs) : IntOps.toString(abs, radix);
        if (f.type == 'X') {
            digits = digits.toUpperCase(Locale.ROOT);
        }
        String prefix = "";
        if (f.alternate) {
            prefix = switch (f.type) {
                case 'b' -> "0b";
                case 'o' -> "0o";
                case 'x' -> "0x";
                case 'X' -> "0X";
                default -> "";
            };
        }
        String sign = negative ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
        return FloatFormatter.finishNumber(f, sign, prefix, digits, true);
    }
}
