package org.cinderj.runtime.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.str.StrFormatter;
import org.junit.jupiter.api.Test;

/** Float repr, format specs, %-formatting, hash, hex and round against CPython 3.10.8's output. */
class FloatFormatterTest {
    static List<String[]> load(String name) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(FloatFormatterTest.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    static double bits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    static String errorName(PException e) {
        return "!" + e.getPythonException().getPythonClass().getName();
    }

    @Test
    void repr() throws Exception {
        int bad = 0;
        StringBuilder msgs = new StringBuilder();
        for (String[] row : load("float_repr.txt")) {
            String got = FloatFormatter.repr(bits(row[0]));
            if (!got.equals(row[1])) {
                bad++;
                if (bad < 20) {
                    msgs.append(row[1]).append(" got ").append(got).append('\n');
                }
            }
        }
        assertEquals(0, bad, msgs.toString());
    }

    @Test
    void formatSpecs() throws Exception {
        int bad = 0;
        StringBuilder msgs = new StringBuilder();
        for (String[] row : load("float_format.txt")) {
            String got;
            try {
                got = FloatFormatter.format(bits(row[0]), row[1]);
            } catch (PException e) {
                got = errorName(e);
            }
            if (!got.equals(row[2])) {
                bad++;
                if (bad < 30) {
                    msgs.append(FloatFormatter.repr(bits(row[0]))).append(" '").append(row[1]).append("' expected ").append(row[2]).append(" got ").append(got).append('\n');
                }
            }
        }
        assertEquals(0, bad, msgs.toString());
    }

    @Test
    void percent() throws Exception {
        int bad = 0;
        StringBuilder msgs = new StringBuilder();
        for (String[] row : load("float_percent.txt")) {
            String got = StrFormatter.percentFormat(row[1], bits(row[0]));
            if (!got.equals(row[2])) {
                bad++;
                if (bad < 30) {
                    msgs.append(FloatFormatter.repr(bits(row[0]))).append(" '").append(row[1]).append("' expected ").append(row[2]).append(" got ").append(got).append('\n');
                }
            }
        }
        assertEquals(0, bad, msgs.toString());
    }

    @Test
    void hashHexRound() throws Exception {
        int bad = 0;
        StringBuilder msgs = new StringBuilder();
        for (String[] row : load("float_hash.txt")) {
            double d = bits(row[0]);
            String h = Long.toString(NumberHash.hash(d));
            String hex = FloatOps.hex(d);
            String rounded = row[3].equals("x") ? "x" : FloatFormatter.repr(FloatOps.round(d, 2));
            double back = FloatOps.fromHex(row[2]);
            if (!h.equals(row[1]) || !hex.equals(row[2]) || !rounded.equals(row[3]) || Double.doubleToLongBits(back) != Double.doubleToLongBits(d)) {
                bad++;
                if (bad < 30) {
                    msgs.append(FloatFormatter.repr(d)).append(": ").append(String.join(" ", row)).append(" got ").append(h).append(' ').append(hex).append(' ')
                                    .append(rounded).append(' ').append(back).append('\n');
                }
            }
        }
        assertEquals(0, bad, msgs.toString());
    }
}
