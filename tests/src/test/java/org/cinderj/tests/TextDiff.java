package org.cinderj.tests;

import java.util.ArrayList;
import java.util.List;

/** A small line diff (longest common subsequence) for failure messages. */
final class TextDiff {
    private TextDiff() {
    }

    private static final int MAX_LINES = 3000;
    private static final int MAX_SHOWN = 60;

    /**
     * Lines prefixed "-" (expected, CPython) and "+" (actual, cinderj), with up to 2 lines of
     * context, at most {@value #MAX_SHOWN} lines.
     */
    static String diff(String expected, String actual) {
        String[] a = split(expected);
        String[] b = split(actual);
        if (a.length > MAX_LINES || b.length > MAX_LINES) {
            return firstDifference(a, b);
        }
        int n = a.length;
        int m = b.length;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> ops = new ArrayList<>(); // " x", "-x", "+x"
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[i].equals(b[j])) {
                ops.add("  " + a[i]);
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                ops.add("+ " + b[j++]);
            } else {
                ops.add("- " + a[i++]);
            }
        }
        boolean[] show = new boolean[ops.size()];
        for (int k = 0; k < ops.size(); k++) {
            if (ops.get(k).charAt(0) != ' ') {
                for (int c = Math.max(0, k - 2); c <= Math.min(ops.size() - 1, k + 2); c++) {
                    show[c] = true;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        boolean gap = false;
        for (int k = 0; k < ops.size(); k++) {
            if (!show[k]) {
                gap = true;
                continue;
            }
            if (gap && sb.length() > 0) {
                sb.append("  ...\n");
            }
            gap = false;
            sb.append(ops.get(k)).append('\n');
            if (++shown >= MAX_SHOWN) {
                sb.append("  ... (diff cut)\n");
                break;
            }
        }
        return sb.toString();
    }

    private static String firstDifference(String[] a, String[] b) {
        int k = 0;
        while (k < a.length && k < b.length && a[k].equals(b[k])) {
            k++;
        }
        return "first difference at line " + (k + 1) + ":\n- " + (k < a.length ? a[k] : "<end>") + "\n+ " + (k < b.length ? b[k] : "<end>") + "\n";
    }

    private static String[] split(String s) {
        if (s.isEmpty()) {
            return new String[0];
        }
        String[] lines = s.split("\n", -1);
        if (s.endsWith("\n")) {
            String[] t = new String[lines.length - 1];
            System.arraycopy(lines, 0, t, 0, t.length);
            return t;
        }
        lines[lines.length - 1] = lines[lines.length - 1] + "\u23CE(no newline at end)";
        return lines;
    }
}
