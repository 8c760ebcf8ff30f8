package org.cinderj.builtins.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import org.cinderj.runtime.exception.PException;
import org.junit.jupiter.api.Test;

/** Compares the math functions with CPython 3.10.8's results (mathref.txt, produced by the reference interpreter). */
class MathModuleTest {
    static double parse(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    static String call(String f, double x) {
        Map<String, DoubleUnaryOperator> fs = Map.ofEntries(Map.entry("erf", v -> MathModule.math1(v, SpecialFunctions::erf, false)),
                        Map.entry("erfc", v -> MathModule.math1(v, SpecialFunctions::erfc, false)), Map.entry("gamma", SpecialFunctions::gamma),
                        Map.entry("lgamma", SpecialFunctions::lgamma), Map.entry("asinh", v -> MathModule.math1(v, MathModule::asinh, false)),
                        Map.entry("acosh", v -> MathModule.math1(v, MathModule::acosh, false)),
                        Map.entry("atanh", v -> MathModule.math1(v, MathModule::atanh, false)),
                        Map.entry("log2", v -> MathModule.loghelper(v, MathModule::log2)), Map.entry("log10", v -> MathModule.loghelper(v, Math::log10)),
                        Map.entry("expm1", v -> MathModule.math1(v, Math::expm1, true)), Map.entry("log1p", v -> {
                            if (v <= -1) {
                                throw MathModule.domainError();
                            }
                            return MathModule.math1(v, Math::log1p, false);
                        }), Map.entry("cosh", v -> MathModule.math1(v, Math::cosh, true)), Map.entry("sinh", v -> MathModule.math1(v, Math::sinh, true)),
                        Map.entry("tanh", v -> MathModule.math1(v, Math::tanh, false)), Map.entry("sqrt", v -> MathModule.math1(v, Math::sqrt, false)),
                        Map.entry("exp", v -> MathModule.math1(v, Math::exp, true)));
        try {
            return Double.toHexString(fs.get(f).applyAsDouble(x));
        } catch (PException e) {
            return e.getPythonException().getPythonClass().getName();
        }
    }

    @Test
    void againstReference() throws Exception {
        Map<String, int[]> stats = new TreeMap<>();
        StringBuilder failures = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(getClass().getResourceAsStream("mathref.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] p = line.split(" ");
                String f = p[0];
                String expected = p[p.length - 1];
                String got;
                if (f.equals("fsum") || f.equals("hypot")) {
                    double[] v = new double[p.length - 2];
                    for (int i = 1; i < p.length - 1; i++) {
                        v[i - 1] = parse(p[i]);
                    }
                    try {
                        if (f.equals("fsum")) {
                            Object[] boxed = new Object[v.length];
                            for (int i = 0; i < v.length; i++) {
                                boxed[i] = v[i];
                            }
                            got = Double.toHexString(MathModule.fsumArray(v));
                        } else {
                            got = Double.toHexString(MathModule.vectorNorm(v));
                        }
                    } catch (PException e) {
                        got = e.getPythonException().getPythonClass().getName();
                    }
                } else {
                    got = call(f, parse(p[1]));
                }
                int[] s = stats.computeIfAbsent(f, k -> new int[3]);
                s[0]++;
                boolean same;
                if (expected.endsWith("Error") || got.endsWith("Error")) {
                    same = expected.equals(got);
                } else {
                    double e = parse(expected);
                    double g = parse(got);
                    same = Double.compare(e, g) == 0;
                    if (!same && Math.abs(e - g) <= Math.ulp(e) * 2.0) {
                        s[2]++; // off by at most 2 ulp (Java Math vs glibc libm)
                        continue;
                    }
                }
                if (!same) {
                    s[1]++;
                    if (failures.length() < 4000) {
                        failures.append(line).append(" got ").append(got).append('\n');
                    }
                }
            }
        }
        StringBuilder summary = new StringBuilder();
        int bad = 0;
        for (var e : stats.entrySet()) {
            summary.append(e.getKey()).append(": ").append(e.getValue()[0]).append(" cases, ").append(e.getValue()[1]).append(" wrong, ")
                            .append(e.getValue()[2]).append(" 1-ulp\n");
            bad += e.getValue()[1];
        }
        System.out.println(summary);
        System.out.println(failures);
        assertTrue(bad == 0, summary + "\n" + failures);
        assertEquals(0, 0);
    }
}
