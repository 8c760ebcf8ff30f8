package org.cinderj.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One corpus program and its header. The header is the run of comment lines at the top of the
 * file; recognised entries:
 * <pre>
 * # args: one two three        program arguments (sys.argv[1:]), split at blanks; quote with '...'
 * # stdin: a line of input     a line of stdin (repeatable; each adds the text and a newline)
 * # timeout: 120               seconds for the cinderj side (default: cinderj.tests.timeout or 60)
 * # stderr: last-line          compare only the last line of stderr (default: all of it)
 * # stderr: ignore             do not compare stderr
 * </pre>
 */
final class Program {
    final Path file;
    /** Path relative to the corpus root, with '/' separators (the test's name). */
    final String name;
    final String text;
    final List<String> args = new ArrayList<>();
    final StringBuilder stdin = new StringBuilder();
    int timeoutSeconds = -1;
    String stderrMode = "exact";

    Program(Path corpus, Path file) throws IOException {
        this.file = file.toAbsolutePath();
        this.name = corpus.toAbsolutePath().relativize(this.file).toString().replace('\\', '/');
        this.text = Files.readString(file, StandardCharsets.UTF_8);
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith("#")) {
                break;
            }
            String body = line.substring(1).strip();
            if (body.startsWith("args:")) {
                args.addAll(splitArgs(body.substring(5).strip()));
            } else if (body.startsWith("stdin:")) {
                String v = line.substring(line.indexOf("stdin:") + 6);
                stdin.append(v.startsWith(" ") ? v.substring(1) : v).append('\n');
            } else if (body.startsWith("timeout:")) {
                timeoutSeconds = Integer.parseInt(body.substring(8).strip());
            } else if (body.startsWith("stderr:")) {
                stderrMode = body.substring(7).strip();
            }
        }
    }

    static List<String> splitArgs(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inQuote = false;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                inQuote = !inQuote;
                any = true;
            } else if (Character.isWhitespace(c) && !inQuote) {
                if (any) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    any = false;
                }
            } else {
                cur.append(c);
                any = true;
            }
        }
        if (any) {
            out.add(cur.toString());
        }
        return out;
    }

    /** The folder holding the program (its sys.path[0] and working directory). */
    Path dir() {
        return file.getParent();
    }
}
