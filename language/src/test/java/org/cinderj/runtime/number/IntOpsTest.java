package org.cinderj.runtime.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.cinderj.runtime.exception.PException;
import org.junit.jupiter.api.Test;

/** Random int operations against CPython 3.10.8's results. */
class IntOpsTest {
    static Object parse(String s) {
        return IntOps.normalize(new BigInteger(s));
    }

    static String repr(Object o) {
        if (o instanceof Double d) {
            return FloatFormatter.repr(d);
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return IntOps.toString(o);
    }

    @Test
    void randomOps() throws Exception {
        int bad = 0;
        StringBuilder msgs = new StringBuilder();
        for (String[] row : FloatFormatterTest.load("int_ops.txt")) {
            Object a = parse(row[1]);
            Object b = parse(row[2]);
            String got;
            try {
                Object r = switch (row[0]) {
                    case "add" -> IntOps.add(a, b);
                    case "sub" -> IntOps.sub(a, b);
                    case "mul" -> IntOps.mul(a, b);
                    case "floordiv" -> IntOps.floorDiv(a, b);
                    case "mod" -> IntOps.mod(a, b);
                    case "truediv" -> IntOps.trueDiv(a, b);
                    case "and" -> IntOps.and(a, b);
                    case "or" -> IntOps.or(a, b);
                    case "xor" -> IntOps.xor(a, b);
                    case "lshift" -> IntOps.lshift(a, b);
                    case "rshift" -> IntOps.rshift(a, b);
                    case "pow" -> IntOps.pow(a, b);
                    case "cmp" -> (long) Integer.signum(IntOps.compare(a, b));
                    case "hash" -> a instanceof Long l ? NumberHash.hash(l) : NumberHash.hash((BigInteger) a);
                    case "powmod" -> IntOps.powMod(a, b, 1000000007L);
                    case "powmod2" -> IntOps.powMod(a, -1L, b);
                    case "str" -> "'" + IntOps.toString(a) + "'";
                    case "tofloat" -> IntOps.toDouble(a);
                    default -> throw new IllegalStateException(row[0]);
                };
                got = r instanceof String s ? s : repr(r);
                if (r instanceof BigInteger big && big.bitLength() < 64) {
                    got = "NOT NORMALISED " + got;
                }
            } catch (PException e) {
                got = "!" + e.getPythonException().getPythonClass().getName();
            }
            if (!got.equals(row[3])) {
                bad++;
                if (bad < 30) {
                    msgs.append(String.join(" ", row)).append(" got ").append(got).append('\n');
                }
            }
        }
        assertEquals(0, bad, msgs.toString());
    }

    @Test
    void formatSpecs() throws Exception {
        int bad = 0;
        StringBuilder msgs = new StringBuilder();
        for (String[] row : FloatFormatterTest.load("int_format.txt")) {
            Object v = row[1].equals("bool") ? (Object) (row[0].equals("1")) : parse(row[0]);
            String got;
            try {
                got = IntFormatter.format(v, row[2], row[1]);
                if (row[2].isEmpty() && v instanceof Boolean b) {
                    got = b ? "True" : "False"; // int.__format__ delegates '' to str()
                }
                got = escape(got);
            } catch (PException e) {
                got = "!" + e.getPythonException().getPythonClass().getName() + ": " + e.getPythonException().getArgs()[0];
            }
            if (!got.equals(row[3])) {
                bad++;
                if (bad < 30) {
                    msgs.append(row[0]).append(" '").append(row[2]).append("' expected ").append(row[3]).append(" got ").append(got).append('\n');
                }
            }
        }
        assertEquals(0, bad, msgs.toString());
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp >= 32 && cp < 127 && cp != '\\') {
                sb.append((char) cp);
            } else if (cp == '\\') {
                sb.append("\\\\");
            } else if (cp < 256) {
                sb.append(cp == '\n' ? "\\n" : cp == '\t' ? "\\t" : cp == '\r' ? "\\r" : String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    @Test
    void parsing() {
        assertEquals(1000L, IntParse.parse("1_000", 10));
        assertEquals(42L, IntParse.parse(" 42 ", 10));
        assertEquals(31L, IntParse.parse("0x1f", 0));
        assertEquals(31L, IntParse.parse("0x_1f", 16));
        assertEquals(0L, IntParse.parse("000", 0));
        assertEquals(null, IntParse.tryParse("010", 0));
        assertEquals(null, IntParse.tryParse("_1", 10));
        assertEquals(null, IntParse.tryParse("1__0", 10));
        assertEquals(null, IntParse.tryParse("1_", 10));
        assertEquals(-35L, IntParse.parse("-z", 36));
        assertEquals(new BigInteger("123456789012345678901234567890"), IntParse.parse("123456789012345678901234567890", 10));
        assertEquals(1500.0, FloatOps.parse("  1.5e3 "));
        assertEquals(Double.POSITIVE_INFINITY, FloatOps.parse("inf"));
        assertEquals(1000.5, FloatOps.parse("1_000.5"));
        assertEquals(3L, IntOps.fromDouble(3.9));
        assertEquals(-3L, IntOps.fromDouble(-3.9));
    }

    @Test
    void formatting() {
        assertEquals("00,001,234", IntFormatter.format(1234L, "010,", "int"));
        assertEquals("0b100_1101_0010", IntFormatter.format(1234L, "#010_b", "int"));
        assertEquals("+0x1xxxx", IntFormatter.format(1L, "x<+#8x", "int"));
        assertEquals("0x0_00bc_614e", IntFormatter.format(12345678L, "#012_x", "int"));
        assertEquals("-001,234", IntFormatter.format(-1234L, "08,", "int"));
        assertEquals("xxx1,234", IntFormatter.format(1234L, "x=8,", "int"));
        assertEquals("    A", IntFormatter.format(65L, "=5c", "int"));
        assertEquals("500.000000%", IntFormatter.format(5L, "%", "int"));
        assertEquals("1e+20", IntFormatter.format(BigInteger.TEN.pow(20), "g", "int"));
        assertEquals("  1  ", IntFormatter.format(true, "^5", "bool"));
        assertEquals("1.234560e+02", FloatFormatter.format(123.456, "e"));
        assertEquals("(1+2j)", ComplexOps.format(new PComplex(1, 2), ""));
        assertEquals("    (1+2j)", ComplexOps.format(new PComplex(1, 2), "10"));
        assertEquals("1.00+2.00j", ComplexOps.format(new PComplex(1, 2), ".2f"));
        assertEquals("1j", ComplexOps.repr(0, 1));
        assertEquals("(-0+1j)", ComplexOps.repr(-0.0, 1));
        assertEquals("(nan+infj)", ComplexOps.repr(Double.NaN, Double.POSITIVE_INFINITY));
        assertEquals(2000007L, ComplexOps.hash(new PComplex(1, 2)));
        assertEquals(-2L, NumberHash.hash(-1L));
        assertEquals(1L, NumberHash.hash(BigInteger.TWO.pow(61)));
    }
}
