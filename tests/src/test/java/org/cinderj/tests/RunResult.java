package org.cinderj.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a run produced: stdout, stderr (both decoded as UTF-8) and the exit status. */
record RunResult(String stdout, String stderr, int status, String harnessNote) {

    /** Object addresses in reprs ({@code <object at 0x7f12ab>}): replaced by {@code 0x?}. */
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{6,16}");

    /**
     * The comparison form of stderr: CRLF to LF; the corpus folder, the stdlib folder and the
     * executables replaced by {@code <corpus>}, {@code <stdlib>}, {@code <python>}; object
     * addresses by {@code 0x?}. Stdout is compared exactly (programs print no paths or ids).
     */
    static String normaliseStderr(String s, Paths paths) {
        s = s.replace("\r\n", "\n");
        for (String[] r : paths.replacements()) {
            if (!r[0].isEmpty()) {
                s = s.replace(r[0], r[1]);
            }
        }
        Matcher m = ADDRESS.matcher(s);
        return m.replaceAll("0x?");
    }

    RunResult normalised(Paths paths) {
        return new RunResult(stdout.replace("\r\n", "\n"), normaliseStderr(stderr, paths), status, harnessNote);
    }

    /** The paths to replace (longest first). */
    record Paths(String corpus, String stdlib, String cpythonRoot, String[] executables) {
        String[][] replacements() {
            java.util.List<String[]> r = new java.util.ArrayList<>();
            for (String e : executables) {
                r.add(new String[]{e, "<python>"});
            }
            r.add(new String[]{stdlib, "<stdlib>"});
            r.add(new String[]{corpus, "<corpus>"});
            r.add(new String[]{cpythonRoot, "<cpython>"});
            r.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
            return r.toArray(new String[0][]);
        }
    }

    /** An output stream that keeps at most {@code limit} bytes (runaway programs). */
    static final class Capture extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final int limit;
        boolean truncated;

        Capture(int limit) {
            this.limit = limit;
        }

        @Override
        public synchronized void write(int b) {
            if (bytes.size() < limit) {
                bytes.write(b);
            } else {
                truncated = true;
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            int room = Math.max(0, limit - bytes.size());
            if (len > room) {
                truncated = true;
            }
            bytes.write(b, off, Math.min(len, room));
        }

        @Override
        public void close() throws IOException {
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8) + (truncated ? "\n[harness: output truncated]\n" : "");
        }
    }
}
